/* annotate — the one annotation layer the analysis passes read.
 *
 * Per block, computed once:
 *   - tokens: words (with a look-up key folded as lexicon.h wants it and
 *     the word's lexicon classes) and punctuation, one tokeniser for all;
 *   - sentences: ANNOTATE_SENT on the first word of every sentence (and of
 *     every quotation and every clause after ':' ';' or a dash, where a
 *     capital proves nothing), ANNOTATE_SENT_END on the token after which a
 *     sentence ends (a period after an abbreviation the lexicon knows ends
 *     none);
 *   - quotation spans, found with ONE set of marks: straight and curly
 *     double quotes, « », „ “, ‟, doubled ‘‘ ’’ and ``...''. Single quotes
 *     never open a span (they nest inside one, or are apostrophes). A
 *     straight mark toggles; the others face the way they are drawn unless
 *     the spacing plainly says otherwise. A span left open ends with its
 *     block. Each span says whether it is the title of a work (one rule,
 *     annotate_is_title, with one limit: ANNOTATE_TITLE_WORDS);
 *   - headline lines (a line of capitals, or a short unpunctuated line of
 *     capitalised words), whose capitals prove nothing.
 * And, across blocks, the coreference state: the people met so far, so a
 * pronoun is resolved once (annotate_coref_*) and the answer kept for every
 * pass (annotate_pronoun_at, annotate_coref_gender).
 *
 * Offsets are byte offsets into the block's text. Blocks of 2 GiB or more
 * get no tokens. Linear in the text; never prints, never fails. */
#ifndef DATELINE_ANNOTATE_H
#define DATELINE_ANNOTATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "lexicon.h"

/* Token flags. */
enum {
    ANNOTATE_WORD = 1u << 0,
    ANNOTATE_CAP = 1u << 1,     /* starts with a capital (or "al-" + one) */
    ANNOTATE_ALLCAPS = 1u << 2, /* two or more letters, all capitals */
    ANNOTATE_NUM = 1u << 3,     /* starts with a digit */
    ANNOTATE_PUNCT = 1u << 4,
    ANNOTATE_SENT = 1u << 5,      /* first word of a sentence or quotation */
    ANNOTATE_POSS = 1u << 6,      /* followed by a possessive 's or ' */
    ANNOTATE_HYPH = 1u << 7,      /* followed by "-lowercase": X-based */
    ANNOTATE_QUOTED = 1u << 8,    /* inside a quotation span */
    ANNOTATE_WORK = 1u << 9,      /* inside a span that is a title of a work */
    ANNOTATE_HEADLINE = 1u << 10, /* in a headline: capitals prove nothing */
    ANNOTATE_CREDIT = 1u << 11,   /* in a caption's credit */
    ANNOTATE_OPENQ = 1u << 12,    /* the opening mark of a span */
    ANNOTATE_CLOSEQ = 1u << 13,   /* the closing mark of a span */
    ANNOTATE_SENT_END = 1u << 14, /* a sentence ends after this token */
};

/* One token. Offsets are 32-bit to keep a token small: a block of
 * millions of words costs tens of megabytes, not hundreds. */
typedef struct {
    uint32_t start, end; /* the word, possessive excluded */
    uint32_t extra_end;  /* end of the possessive (POSS) or "-suffix" (HYPH) */
    union {
        uint32_t key;   /* words: offset of the look-up key in block keys */
        uint32_t punct; /* punctuation: the character; a quotation mark of
                           any kind reads '"', "--" reads U+2014 */
    };
    uint16_t klen;  /* key length; 0 for words too long to be names */
    uint16_t quote; /* OPENQ/CLOSEQ/QUOTED: index of the span, if < 65535 */
    uint32_t flags;
    uint32_t lex; /* lexicon classes of the key (lexicon.h) */
} annotate_token;

/* One quotation span. */
typedef struct {
    size_t open;       /* the opening mark */
    size_t start, end; /* the characters between the marks (end trimmed of
                          spaces when the span was left open) */
    size_t after;      /* just past the closing mark (block end if none) */
    size_t tok_open;   /* token of the opening mark */
    size_t tok_close;  /* token of the closing mark, or ntok if none */
    bool closed;
    bool empty; /* nothing but spaces between the marks */
    bool title; /* the title of a work (annotate_is_title) */
} annotate_quote;

typedef struct {
    size_t block;        /* DOC_NONE for annotate_string */
    doc_block_kind kind; /* the block's kind */
    const char *text;
    size_t len;
    size_t credit_start; /* captions: where the credit begins, else len */
    size_t caption;      /* the caption this block shows, or DOC_NONE */
    const annotate_token *tok;
    size_t ntok;
    const char *keys; /* key of a word: keys + tok.key, tok.klen bytes */
    const annotate_quote *quotes;
    size_t nquotes;
} annotate_block;

typedef struct annotate annotate;

/* The annotator of a document built by the parser (frozen or not). The
 * doc must outlive it and keep its blocks and captions. */
annotate *annotate_new(const doc *d);
void annotate_free(annotate *an);

/* The annotation of block b. The pointer and everything in it stay valid
 * until the next annotate_get/annotate_string call. A block is read once:
 * asked again, it is decoded from a compact copy (a few bytes a token),
 * so every pass may walk the whole document. */
const annotate_block *annotate_get(annotate *an, size_t block);
/* Reads every block now, so that annotate_get only decodes, and every
 * word's annotate_capitalised answer is known. */
void annotate_read_all(annotate *an);
/* The annotation of a string outside the document (a contributor's name),
 * read as a credit line. Same lifetime as above. */
const annotate_block *annotate_string(annotate *an, const char *s, size_t len);

/* Was the word token's key seen capitalised inside a sentence (not its
 * first word, nor in a headline, a title of a work or all capitals) in a
 * block read so far, embeds aside? After annotate_read_all: anywhere in
 * the document. A sentence's first word is a name only if it also appears
 * so. */
bool annotate_capitalised(const annotate *an, const annotate_token *t);

/* Is the word token's key the first word of some lexicon key of several
 * words (lexicon_heads_phrase)? Looked up once per distinct key. */
bool annotate_heads_phrase(const annotate *an, const annotate_token *t);

/* How many quotation spans the blocks read so far hold: a size to reserve
 * for, once every block has been read. */
size_t annotate_spans_read(const annotate *an);

/* What the lexicon says of a word token's key, looked up once per distinct
 * key: its entry (NULL when unlisted, or for punctuation), and its cue
 * classes (cue.h) with their canonical form. The token must come from an
 * annotate_get or annotate_string of this annotator. */
const lexicon_entry *annotate_entry(const annotate *an,
                                    const annotate_token *t);
unsigned annotate_cue(const annotate *an, const annotate_token *t,
                      const char **canonical);

/* The key of a word token, NUL-terminated. */
static inline const char *annotate_key(const annotate_block *ab,
                                       const annotate_token *t)
{
    return ab->keys + t->key;
}

/* How many words at most a quotation may have to be a title of a work. */
#define ANNOTATE_TITLE_WORDS 10

/* Is tokens [a,b) of ab a title of a work: every word capitalised or a
 * number, or a short function word after the first; at most
 * ANNOTATE_TITLE_WORDS words; no sentence punctuation but at its end. */
bool annotate_is_title(const annotate_block *ab, size_t a, size_t b);

/* ---- coreference --------------------------------------------------------
 * One model, fed in document order by the pass that walks the body text
 * (the quotation pass): it tells the annotator about people
 * (annotate_coref_person, with whether the mention stands as a subject:
 * not an object, an owner, a relative or a name in reported speech),
 * paragraph and sentence starts and clause ends; at a pronoun it asks
 * annotate_coref_resolve, which answers once and keeps the answer for
 * annotate_pronoun_at and the person's gender (annotate_coref_gender). */

/* A person mentioned; g is the gender the name or a family word gives,
 * or DOC_GENDER_UNKNOWN. */
void annotate_coref_person(annotate *an, size_t entity, doc_gender g,
                           bool subject);
/* A sentence starts (outside quotations) at word t of ab; a sentence
 * opening with a clause ("Asked whether he ...,") keeps its pronouns for
 * the subject still to come. t may be NULL. */
void annotate_coref_sentence(annotate *an, const annotate_block *ab,
                             const annotate_token *t);
/* A paragraph starts (and with it a sentence). */
void annotate_coref_paragraph(annotate *an);
/* A clause ended (a comma, a sentence end). */
void annotate_coref_clause_end(annotate *an);
/* The person the gendered pronoun t of ab refers to, or DOC_NONE (not a
 * gendered pronoun, or nobody fits); the answer is recorded. */
size_t annotate_coref_resolve(annotate *an, const annotate_block *ab,
                              const annotate_token *t);
/* The person a gendered noun ("the spokeswoman") would mean now, as for a
 * pronoun of gender g; nothing is recorded. */
size_t annotate_coref_latest(const annotate *an, doc_gender g);
/* The recorded referent of the pronoun starting at (block, offset), or
 * DOC_NONE. Entity ids are those of the unfrozen doc. */
size_t annotate_pronoun_at(const annotate *an, size_t block, size_t offset);
/* The gender most of a person's resolved pronouns give, or UNKNOWN. */
doc_gender annotate_coref_gender(const annotate *an, size_t entity);

#endif
