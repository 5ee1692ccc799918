/* doc — the document model: one article as blocks, entities, quotations and
 * captions (../shared/spec/export.md is its contract).
 *
 * Life cycle: doc_new() gives a mutable document that the parser and the
 * analysers fill through the doc_add_* / doc_*_set_* calls; doc_freeze() then
 * sorts entities into document order (renumbering every reference), builds
 * the look-up indices and makes the document read-only. Everything downstream
 * (layout, export, view) sees only `const doc *`. All strings and arrays live
 * in one arena freed by doc_free().
 *
 * Offsets are byte offsets into a block's text, half-open, on UTF-8
 * character boundaries. Ids are dense from 0. DOC_NONE means "no id". */
#ifndef DATELINE_DOC_H
#define DATELINE_DOC_H

#include <stdbool.h>
#include <stddef.h>

#define DOC_NONE ((size_t)-1)

typedef struct doc doc;

typedef enum {
    DOC_BLOCK_PARAGRAPH, /* body text */
    DOC_BLOCK_EMBED,     /* a video or link placeholder, with url */
    DOC_BLOCK_CREDIT,    /* contributor / byline / separator lines */
    DOC_BLOCK_CAPTION,   /* a photo caption ending in a credit */
    DOC_BLOCK_HEADING,   /* a subhead inside the body */
    DOC_BLOCK_ITEM,      /* one list item */
    DOC_BLOCK_BLOCKQUOTE /* a block quotation set off by the page */
} doc_block_kind;

/* Body text for reading and extraction scoring: paragraph, heading, item,
 * blockquote. */
bool doc_block_kind_is_body(doc_block_kind kind);

typedef struct {
    doc_block_kind kind;
    const char *text;     /* NUL-terminated UTF-8, NFC */
    size_t len;           /* bytes */
    const char *url;      /* embed blocks: the link, else NULL */
    size_t source_offset; /* where the block starts in the decoded input */
} doc_block;

typedef enum { DOC_PERSON, DOC_PLACE, DOC_ORG } doc_entity_type;
typedef enum {
    DOC_GENDER_UNKNOWN,
    DOC_GENDER_FEMALE,
    DOC_GENDER_MALE
} doc_gender;

typedef struct {
    size_t block, start, end;
} doc_span;

typedef struct {
    doc_entity_type type;
    const char *name;  /* fullest form, without title */
    const char *title; /* role or office, or NULL */
    const char *const *aliases;
    size_t n_aliases;
    doc_gender gender;
    bool credit; /* named only as photographer / contributor / byline */
    const doc_span *mentions; /* document order */
    size_t n_mentions;
    size_t n_quotes;  /* quotations whose speaker this is (after freeze) */
    const char *rule; /* name of the pass that typed it (static), or NULL */
} doc_entity;

typedef enum {
    DOC_QUOTE_SPEECH, /* someone's words (the speaker may be unknown) */
    DOC_QUOTE_TITLE,  /* the title of a film, book, show */
    DOC_QUOTE_TERM    /* a term held at arm's length, nickname, slogan */
} doc_quote_kind;

typedef struct {
    size_t block, start, end; /* the characters between the marks */
    size_t speaker;           /* entity id or DOC_NONE */
    const char *cue;          /* "said", "told", ... or NULL */
    bool continues;           /* later paragraph of a running quotation */
    doc_quote_kind kind;      /* speech (default), title of a work, term */
    const char
        *rule; /* name of the pass that attributed it (static), or NULL */
} doc_quote;

/* A link: its text span in a block and its absolute URL. */
typedef struct {
    size_t block, start, end;
    const char *url;
} doc_link;

typedef struct {
    size_t block;             /* first block showing this caption */
    const char *text;         /* the caption, credit included */
    const char *credit;       /* "AP Photo/Dora Vantreck", or NULL */
    const char *photographer; /* person named in the credit, or NULL */
    const char *date;         /* ISO date written in the caption, or NULL */
    const char *place;        /* place written in the caption, or NULL */
    const size_t *people;     /* person entity ids shown */
    size_t n_people;
    size_t count; /* how often the caption appears */
} doc_caption;

/* One mention in a block, for styling and look-ups by offset. */
typedef struct {
    size_t start, end, entity;
} doc_mark;

/* ---- building (before doc_freeze) ------------------------------------ */

doc *doc_new(void);
void doc_free(doc *d);

/* Copies of strings into the document's arena. */
const char *doc_strdup(doc *d, const char *s);
const char *doc_strndup(doc *d, const char *s, size_t len);
/* Room for `bytes` of text to come (a parser knows its input's length):
 * the copies then share one block of memory. Only a hint. */
void doc_reserve_text(doc *d, size_t bytes);

void doc_set_date(doc *d, const char *iso_date);
void doc_set_dateline(doc *d, const char *place);
void doc_set_source(doc *d, const char *agency);
void doc_add_contributor(doc *d, const char *name); /* ignores duplicates */
/* Metadata a web page, a feed reader or a wire headline gives (0.2). */
void doc_set_title(doc *d, const char *title);
void doc_add_author(doc *d, const char *name); /* ignores duplicates */
void doc_set_site(doc *d, const char *site);
void doc_set_url(doc *d, const char *url);
void doc_set_published(doc *d, const char *iso8601);
void doc_set_description(doc *d, const char *text);
/* A link over text[start, end) of a block (url copied); sorted at freeze. */
void doc_add_link(doc *d, size_t block, size_t start, size_t end,
                  const char *url);

/* Adds a block (text copied); returns its id. url may be NULL. */
size_t doc_add_block(doc *d, doc_block_kind kind, const char *text, size_t len,
                     const char *url, size_t source_offset);

/* Entities. Ids given out here are provisional; doc_freeze renumbers them
 * into order of first mention and rewrites every reference. */
size_t doc_add_entity(doc *d, doc_entity_type type, const char *name);
void doc_entity_set_name(doc *d, size_t entity, const char *name);
void doc_entity_set_title(doc *d, size_t entity, const char *title);
void doc_entity_add_alias(doc *d, size_t entity,
                          const char *alias); /* dedups, skips name */
void doc_entity_set_gender(doc *d, size_t entity, doc_gender gender);
void doc_entity_set_credit(doc *d, size_t entity, bool credit);
/* rule must be a string with static lifetime (a pass's name). */
void doc_entity_set_rule(doc *d, size_t entity, const char *rule);
void doc_entity_add_mention(doc *d, size_t entity, doc_span span); /* dedups */
/* Forget an entity (all its mentions and references); ids stay valid. */
void doc_entity_drop(doc *d, size_t entity);

/* Quotations, in any order; sorted at freeze. Returns a provisional id. */
size_t doc_add_quote(doc *d, const doc_quote *q);
void doc_quote_set_speaker(doc *d, size_t quote, size_t entity,
                           const char *cue);
/* rule must be a string with static lifetime (a pass's name). */
void doc_quote_set_rule(doc *d, size_t quote, const char *rule);
void doc_quote_set_kind(doc *d, size_t quote, doc_quote_kind kind);

/* Captions: the caller merges repeats (count). Returns the caption id. */
size_t doc_add_caption(doc *d, const doc_caption *c);
void doc_caption_add_person(doc *d, size_t caption, size_t entity);
/* A later block repeating the caption (for doc_block_caption look-ups). */
void doc_caption_add_block(doc *d, size_t caption, size_t block);

/* A mutable view of a quotation added so far, for the analysers. */
doc_quote *doc_quote_mut(doc *d, size_t quote);

/* Sort, renumber, index; afterwards only the const API below may be used. */
void doc_freeze(doc *d);

/* ---- reading ---------------------------------------------------------- */

const char *doc_date(const doc *d);     /* or NULL */
const char *doc_dateline(const doc *d); /* or NULL */
const char *doc_source(const doc *d);   /* or NULL */
size_t doc_contributor_count(const doc *d);
const char *doc_contributor(const doc *d, size_t i);
const char *doc_title(const doc *d);       /* or NULL */
const char *doc_site(const doc *d);        /* or NULL */
const char *doc_url(const doc *d);         /* or NULL */
const char *doc_published(const doc *d);   /* or NULL */
const char *doc_description(const doc *d); /* or NULL */
size_t doc_author_count(const doc *d);
const char *doc_author(const doc *d, size_t i);
size_t doc_link_count(const doc *d);
const doc_link *doc_link_get(const doc *d, size_t id); /* document order */
/* Links lying in a block: ids first .. first+count-1. */
void doc_block_links(const doc *d, size_t block, size_t *first, size_t *count);

size_t doc_block_count(const doc *d);
const doc_block *doc_block_get(const doc *d, size_t id);
size_t doc_entity_count(const doc *d);
const doc_entity *doc_entity_get(const doc *d, size_t id);
size_t doc_quote_count(const doc *d);
const doc_quote *doc_quote_get(const doc *d, size_t id); /* document order */
size_t doc_caption_count(const doc *d);
const doc_caption *doc_caption_get(const doc *d, size_t id);

/* Quotations lying in a block: ids first .. first+count-1. */
void doc_block_quotes(const doc *d, size_t block, size_t *first, size_t *count);
/* The quotation covering (block, offset), or DOC_NONE. */
size_t doc_quote_at(const doc *d, size_t block, size_t offset);
/* Every entity mention in a block, sorted by start; *count set. */
const doc_mark *doc_block_marks(const doc *d, size_t block, size_t *count);
/* The caption shown by a block, or DOC_NONE. */
size_t doc_block_caption(const doc *d, size_t block);
/* Total bytes of all block texts: the denominator of a reading percentage. */
size_t doc_text_bytes(const doc *d);
/* 64-bit FNV-1a of all block texts: the article's identity for saved state. */
unsigned long long doc_hash(const doc *d);

#endif
