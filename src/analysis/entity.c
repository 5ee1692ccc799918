/* Entities by rules over capitalised runs and the compiled-in lexicons.
 *
 * Per block, from the annotation layer (annotate.h: tokens with look-up
 * keys and lexicon classes, sentence starts, quotations and titles of
 * works, headlines), walk runs of capitalised words left to right. Each run
 * is matched against the entities already known (hash maps keyed by look-up
 * key: full names and surname suffixes of people, names of places and
 * organisations, roles), else typed by the first of an ordered table of
 * named passes that decides it (see "typing passes" below; each entity
 * records its pass as its rule), else kept for a second look once the whole
 * document is read. Pronouns are resolved once, by the annotation layer's
 * coreference state. Everything is one pass over the text plus constant
 * work per run. */
#include "entity.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "hash.h"
#include "lexicon.h"
#include "utf8.h"
#include "xalloc.h"

/* ---- a string -> id hash map ------------------------------------------- */

typedef struct {
    char **keys;
    size_t *vals;
    size_t cap, n; /* cap is a power of two */
} smap;

static size_t smap_slot(const smap *m, const char *k, size_t len)
{
    size_t i = (size_t)hash_bytes(k, len) & (m->cap - 1);
    while (m->keys[i] &&
           (strncmp(m->keys[i], k, len) != 0 || m->keys[i][len] != '\0'))
        i = (i + 1) & (m->cap - 1);
    return i;
}

static size_t smap_get(const smap *m, const char *k, size_t len)
{
    if (!m->cap || len == 0)
        return DOC_NONE;
    size_t i = smap_slot(m, k, len);
    return m->keys[i] ? m->vals[i] : DOC_NONE;
}

static void smap_put(smap *m, const char *k, size_t len, size_t val)
{
    if (len == 0)
        return;
    if ((m->n + 1) * 4 > m->cap * 3) {
        smap old = *m;
        m->cap = old.cap ? old.cap * 2 : 256;
        m->keys = xcalloc(m->cap, sizeof *m->keys);
        m->vals = xcalloc(m->cap, sizeof *m->vals);
        m->n = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i]) {
                size_t j = smap_slot(m, old.keys[i], strlen(old.keys[i]));
                m->keys[j] = old.keys[i];
                m->vals[j] = old.vals[i];
                m->n++;
            }
        free(old.keys);
        free(old.vals);
    }
    size_t i = smap_slot(m, k, len);
    if (!m->keys[i]) {
        m->keys[i] = xstrndup(k, len);
        m->n++;
    }
    m->vals[i] = val;
}

static void smap_free(smap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ---- tokens: the annotation layer's ----------------------------------- */

typedef annotate_token token;

/* Short names for the annotation layer's token flags. */
#define T_WORD ANNOTATE_WORD
#define T_CAP ANNOTATE_CAP
#define T_ALLCAPS ANNOTATE_ALLCAPS
#define T_NUM ANNOTATE_NUM
#define T_PUNCT ANNOTATE_PUNCT
#define T_SENT ANNOTATE_SENT
#define T_POSS ANNOTATE_POSS
#define T_HYPH ANNOTATE_HYPH
#define T_QUOTED ANNOTATE_QUOTED
#define T_WORK ANNOTATE_WORK
#define T_HEADLINE ANNOTATE_HEADLINE
#define T_CREDIT ANNOTATE_CREDIT

#define MAX_RUN 12 /* words in the longest run read as one name */

/* ---- entities as we build them ------------------------------------------ */

typedef struct {
    doc_entity_type type;
    size_t name_words; /* words in the current name */
    size_t name_bytes;
    int title_gender; /* doc_gender from a title, or -1 */
    int given_gender;
    bool body;          /* mentioned outside credit lines and caption credits */
    size_t body_blocks; /* distinct blocks of those mentions */
    size_t last_body_block;
    bool credit; /* named as contributor or photographer */
    bool has_title;
    /* People sharing a last name ("Ann Roe", "Ben Roe") are chained, so a
     * later "Ms. Roe" or "Roe" picks one of them (kin_pick). */
    size_t kin_next;     /* the next person with this last name, or DOC_NONE */
    bool kin_linked;     /* in a chain already */
    size_t seen_full;    /* stamp of the latest full-name (or kin) reference */
    size_t seen_short;   /* ... of the latest last-name-only one, 0 for none */
    size_t seen_block;   /* the block of the latest full-name reference */
    uint64_t title_hash; /* the key of the first title given, 0 for none */
    char *role_key;      /* ... that key itself, or NULL */
} ent_info;

/* A run that matched nothing while reading; looked at again at the end. */
typedef struct {
    size_t block, start, end;
    char *key;
    size_t caption;
    bool role;     /* a role phrase waiting for its title's one holder */
    bool role_dem; /* ... with a nationality ("the Chilean president") */
    bool locative; /* after in/at/from/to: a place rather than a person */
    bool credit;
} pending;

typedef struct {
    doc *d;
    annotate *an;
    /* per block: the annotation of the block being read */
    const annotate_block *ab;
    const char *text;
    size_t len, block;
    doc_block_kind kind;
    size_t credit_start; /* captions: where the credit begins, else len */
    size_t caption;      /* the caption this block shows, or DOC_NONE */
    const token *tok;
    size_t ntok;
    const char *keys;
    char *fold; /* keys of titles and demonyms */
    size_t nfold, cap_fold;
    /* document-wide */
    smap persons;      /* full names and surname suffixes -> entity */
    smap things;       /* places and organisations -> entity */
    smap roles;        /* "vice president", "mexican president" -> entity */
    smap role_holders; /* the same keys -> their one holder, or AMBIGUOUS */
    smap acronyms;     /* initials of organisations -> entity */
    smap firsts;       /* first words of names that are no given names ("Zhou
                          Minhao") -> entity, or AMBIGUOUS */
    smap givens;       /* given names of persons named in full -> entity, or
                          AMBIGUOUS */
    smap storms;       /* names of storms ("Hurricane X"): never an entity */
    smap lastnames;    /* last names of people named in full -> the first
                          of the chain of people who share it */
    smap kin;          /* "son", "wife": the one person introduced as such,
                          or AMBIGUOUS */
    size_t stamp;      /* counts references to people, for recency */
    ent_info *info;
    size_t cap_info;
    pending *pend;
    size_t npend, cap_pend;
    char *scratch;
    size_t cap_scratch;
    size_t context_place_end; /* token index after the last "town of X" */
    size_t org_end;           /* token index after the last organisation */
    size_t person_end;        /* token index after the last person's name */
    bool sport;       /* a sports club was named: the story is about matches */
    const char *rule; /* the pass deciding now, recorded on new entities */
} ctx;

/* ---- character helpers ------------------------------------------------- */

/* ASCII answers here; the rest goes to the Unicode classes. */
static inline bool c_alnum(ucs4_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') ||
               ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return utf8_is_alnum(c);
}

static inline bool c_alpha(ucs4_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return utf8_is_alpha(c);
}

static inline bool c_upper(ucs4_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return utf8_is_upper(c);
}

static inline bool c_lower(ucs4_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    return utf8_is_lower(c);
}

static inline bool c_digit(ucs4_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9';
    return utf8_is_digit(c);
}

static inline bool c_space(ucs4_t c)
{
    if (c < 0x80)
        return c == ' ' || (c >= '\t' && c <= '\r');
    return utf8_is_space(c);
}

static inline ucs4_t char_at(const char *s, size_t len, size_t i, size_t *n)
{
    if ((unsigned char)s[i] < 0x80) {
        if (n)
            *n = 1;
        return (unsigned char)s[i];
    }
    ucs4_t cp;
    size_t k = utf8_decode(s + i, len - i, &cp);
    if (n)
        *n = k;
    return cp;
}

static inline bool is_word_char(ucs4_t c)
{
    if (c < 0x80)
        return c_alnum(c);
    return c_alnum(c) || utf8_is_mark(c);
}

/* ---- look-up keys ------------------------------------------------------- */

/* The key of s[0,n) in c->fold at *off (valid until the next call's
 * growth: use it at once). */
static void fold_into(ctx *c, const char *s, size_t n, size_t *off,
                      size_t *klen)
{
    size_t flen = 0;
    char *f = utf8_fold_key(s, n, &flen);
    *off = c->nfold;
    XGROW(c->fold, c->cap_fold, c->nfold + flen + 1);
    memcpy(c->fold + c->nfold, f, flen);
    c->nfold += flen;
    c->fold[c->nfold++] = '\0';
    *klen = flen;
    free(f);
}

static const char *tkey(const ctx *c, const token *t)
{
    return c->keys + t->key;
}

static doc_gender tok_gender(const ctx *c, const token *t)
{
    const lexicon_entry *le = annotate_entry(c->an, t);
    return le ? le->gender : DOC_GENDER_UNKNOWN;
}

static inline bool tkey_is(const ctx *c, const token *t, const char *w)
{
    if (!(t->flags & T_WORD))
        return false;
    /* the first byte first (keys are NUL-terminated): word lists are
     * walked for every token */
    const char *k = tkey(c, t);
    return k[0] == w[0] && strlen(w) == t->klen && memcmp(k, w, t->klen) == 0;
}

/* The key of tokens [a,b) joined by spaces, in c->scratch. */
static const char *phrase_key(ctx *c, size_t a, size_t b, size_t *len)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += c->tok[i].klen + 1;
    XGROW(c->scratch, c->cap_scratch, n + 1);
    size_t w = 0;
    for (size_t i = a; i < b; i++) {
        if (w)
            c->scratch[w++] = ' ';
        if (c->tok[i].klen) {
            memcpy(c->scratch + w, tkey(c, &c->tok[i]), c->tok[i].klen);
            w += c->tok[i].klen;
        }
    }
    c->scratch[w] = '\0';
    *len = w;
    return c->scratch;
}

static const lexicon_entry *phrase_lex(ctx *c, size_t a, size_t b)
{
    if (b == a + 1) /* one word: the annotation looked it up already */
        return annotate_entry(c->an, &c->tok[a]);
    /* most words begin no phrase of the lexicon: no key to build */
    if (!annotate_heads_phrase(c->an, &c->tok[a]))
        return NULL;
    size_t len;
    const char *k = phrase_key(c, a, b, &len);
    return lexicon_find(k, len);
}

static bool is_punct(const token *t, ucs4_t ch)
{
    return (t->flags & T_PUNCT) && t->punct == ch;
}

static bool is_sentence_end(const token *t)
{
    return (t->flags & T_PUNCT) &&
           (t->punct == '.' || t->punct == '!' || t->punct == '?' ||
            t->punct == ':' || t->punct == ';' || t->punct == 0x2014 ||
            t->punct == 0x2013 || t->punct == 0x2026);
}

/* ---- entity bookkeeping -------------------------------------------------- */

static ent_info *info(ctx *c, size_t id)
{
    if (id >= c->cap_info) {
        size_t old = c->cap_info;
        XGROW(c->info, c->cap_info, id + 1);
        memset(c->info + old, 0, (c->cap_info - old) * sizeof *c->info);
    }
    return &c->info[id];
}

static size_t word_count(const char *s)
{
    size_t n = 0;
    bool in = false;
    for (; *s; s++) {
        bool sp = *s == ' ';
        if (!sp && !in)
            n++;
        in = !sp;
    }
    return n;
}

static size_t new_entity(ctx *c, doc_entity_type type, const char *name,
                         size_t len)
{
    char *copy = xstrndup(name, len);
    size_t id = doc_add_entity(c->d, type, copy);
    free(copy);
    ent_info *e = info(c, id);
    memset(e, 0, sizeof *e);
    e->type = type;
    e->name_words = word_count(doc_entity_get(c->d, id)->name);
    e->name_bytes = len;
    e->title_gender = e->given_gender = -1;
    e->kin_next = DOC_NONE;
    const char *rule = c->rule;
    if (rule && strcmp(rule, "lexicon") == 0)
        rule = type == DOC_PERSON  ? "lexicon-person"
               : type == DOC_PLACE ? "lexicon-place"
                                   : "lexicon-org";
    if (rule)
        doc_entity_set_rule(c->d, id, rule);
    return id;
}

/* Records a mention at [start,end) of the current block: the surface form
 * becomes the name when it is fuller, else an alias. */
static void mention(ctx *c, size_t id, size_t start, size_t end,
                    bool may_rename)
{
    if (end <= start)
        return;
    doc_entity_add_mention(c->d, id, (doc_span){c->block, start, end});
    ent_info *e = info(c, id);
    bool in_credit = c->kind == DOC_BLOCK_CREDIT || start >= c->credit_start;
    if (!in_credit) {
        if (!e->body || e->last_body_block != c->block)
            e->body_blocks++;
        e->body = true;
        e->last_body_block = c->block;
    }
    const doc_entity *de = doc_entity_get(c->d, id);
    const char *surface = c->text + start;
    size_t len = end - start;
    if (strlen(de->name) == len && memcmp(de->name, surface, len) == 0)
        return;
    char *form = xstrndup(surface, len);
    size_t words = word_count(form);
    if (may_rename && (words > e->name_words ||
                       (words == e->name_words && len > e->name_bytes &&
                        e->type != DOC_PERSON))) {
        char *old = xstrdup(de->name);
        doc_entity_set_name(c->d, id, form);
        doc_entity_add_alias(c->d, id, old);
        free(old);
        e->name_words = words;
        e->name_bytes = len;
    } else {
        doc_entity_add_alias(c->d, id, form);
    }
    free(form);
}

/* mention() for every entity, plus the caption's list of people shown. */
static void mention_any(ctx *c, size_t id, size_t start, size_t end)
{
    mention(c, id, start, end, true);
    if (c->caption != DOC_NONE && start < c->credit_start &&
        info(c, id)->type == DOC_PERSON)
        doc_caption_add_person(c->d, c->caption, id);
}

/* ---- runs ---------------------------------------------------------------- */

static bool is_name_word(const token *t)
{
    return (t->flags & T_WORD) && (t->flags & (T_CAP | T_ALLCAPS)) &&
           !(t->flags & (T_WORK | T_HEADLINE));
}

static bool is_lower_word(const token *t)
{
    return (t->flags & T_WORD) && !(t->flags & (T_CAP | T_NUM));
}

/* Does the capitalised run [a,b) with its last word at b-1 end in a head
 * word of the given class? */
static bool ends_with(const ctx *c, size_t a, size_t b, unsigned cls)
{
    return b > a && (c->tok[b - 1].lex & cls) && (c->tok[b - 1].flags & T_CAP);
}

/* Do tokens [a,b) name a state the lexicon knows whole, from any of its
 * words on? ("Officials in Bosnia and Herzegovina": from "Bosnia") */
static bool state_through(ctx *c, size_t a, size_t b)
{
    if (b > c->ntok)
        return false;
    for (size_t k = a; k + 2 < b; k++) {
        if (!annotate_heads_phrase(c->an, &c->tok[k]))
            continue;
        size_t len;
        const char *key = phrase_key(c, k, b, &len);
        if (lexicon_classes(key, len) & LEX_COUNTRY)
            return true;
    }
    return false;
}

/* "Arts and Sciences" ends the name; "Red Cross and Save the Children"
 * starts another. j is the "and". */
static bool and_ends_name(const ctx *c, size_t j)
{
    size_t k = j + 1;
    if (k >= c->ntok ||
        (c->tok[k].lex & (LEX_ORG_LEAD | LEX_ORG | LEX_PLACE_ANY | LEX_GIVEN)))
        return false;
    while (k < c->ntok && k < j + 8 && is_name_word(&c->tok[k]))
        k++;
    return !(k < c->ntok &&
             (tkey_is(c, &c->tok[k], "the") || tkey_is(c, &c->tok[k], "of")));
}

/* The end of 1..max capitalised words from k with no lexicon class but
 * those of ok (so no place, given name or organisation unless ok says), no
 * possessive, or k. */
static size_t plain_words_end(const ctx *c, size_t k, size_t max, unsigned ok)
{
    size_t e = k;
    while (e < c->ntok && e < k + max && is_name_word(&c->tok[e]) &&
           !(c->tok[e].flags & (T_POSS | T_HYPH | T_ALLCAPS)) &&
           !(c->tok[e].lex & ~ok))
        e++;
    return e;
}

#define FIELD_WORDS (LEX_COMMON | LEX_ORG_HEAD | LEX_PLACE_HEAD)

/* "Ministry of Agriculture, Forests and Water": an official name's field
 * may be a list. j is the comma after the first field; returns the end of
 * the list ("... and Water"), or j when none follows. */
static size_t field_list_end(const ctx *c, size_t j)
{
    size_t k = j;
    for (int items = 0; items < 4; items++) {
        if (k >= c->ntok || !is_punct(&c->tok[k], ','))
            return j;
        size_t e = plain_words_end(c, k + 1, 3, FIELD_WORDS);
        if (e == k + 1)
            return j;
        /* "Forests, and Water": a serial comma */
        if (e < c->ntok && tkey_is(c, &c->tok[e], "and")) {
            size_t f = plain_words_end(c, e + 1, 3, FIELD_WORDS);
            if (f == e + 1 || (f < c->ntok && is_name_word(&c->tok[f])))
                return j;
            return f;
        }
        if (e + 1 < c->ntok && is_punct(&c->tok[e], ',') &&
            tkey_is(c, &c->tok[e + 1], "and")) {
            size_t f = plain_words_end(c, e + 2, 3, FIELD_WORDS);
            if (f == e + 2 || (f < c->ntok && is_name_word(&c->tok[f])))
                return j;
            return f;
        }
        k = e;
    }
    return j;
}

/* Is token e a lower-case "party", "movement", ...? */
static bool party_noun_at(const ctx *c, size_t e)
{
    if (e >= c->ntok)
        return false;
    const token *n = &c->tok[e];
    return is_lower_word(n) &&
           (tkey_is(c, n, "party") || tkey_is(c, n, "movement") ||
            tkey_is(c, n, "coalition") || tkey_is(c, n, "alliance") ||
            tkey_is(c, n, "campaign") || tkey_is(c, n, "bloc") ||
            tkey_is(c, n, "list"));
}

/* "Hope for the Valley party": a party or movement whose name holds
 * "for the"; k is the first capitalised word after the connector. */
static bool named_party_ahead(const ctx *c, size_t k)
{
    size_t e = plain_words_end(c, k, 4, ~(unsigned)(LEX_CALENDAR | LEX_GIVEN));
    return e > k && party_noun_at(c, e);
}

/* Extends a run of capitalised words from a; connectors join the words of
 * an organisation or title ("University of Leeds", "Minister of
 * Foreign Affairs", "Embassy in Peru"), particles join names ("Luis de la
 * Vega"), and a possessive joins a name ending in a head word ("People's
 * Art Museum"). */
static size_t run_end(ctx *c, size_t a)
{
    size_t j = a;
    bool tail = false; /* inside "X of Y" */
    while (j < c->ntok) {
        const token *t = &c->tok[j];
        if (j > a && (t->flags & T_SENT) && !(c->tok[j - 1].flags & T_WORD))
            break;
        /* No name is this long; a longer run is cut so that every step
         * after it stays constant work. */
        if (j - a >= MAX_RUN)
            break;
        /* "Brack Leith & Co" */
        if (j > a && is_punct(t, '&') && j + 1 < c->ntok &&
            is_name_word(&c->tok[j + 1]) && (c->tok[j - 1].flags & T_WORD) &&
            !(c->tok[j - 1].flags & (T_POSS | T_HYPH))) {
            j++;
            continue;
        }
        if (is_name_word(t) && !(t->lex & LEX_CALENDAR && j > a)) {
            if (t->lex & LEX_CALENDAR)
                return j + 1;
            j++;
            if (t->flags & T_HYPH)
                return j;
            if (t->flags & T_POSS) {
                /* join only into a name that ends in a head word */
                size_t k = j;
                while (k < c->ntok && k < j + 4 && is_name_word(&c->tok[k]) &&
                       !(c->tok[k].flags & (T_POSS | T_HYPH)))
                    k++;
                if (k > j &&
                    ends_with(c, j, k, LEX_ORG_HEAD | LEX_PLACE_HEAD) &&
                    !(t->lex & LEX_PLACE_ANY) && k - j <= 3) {
                    j = k;
                    if (k < c->ntok && (c->tok[k - 1].flags & T_POSS))
                        return j;
                    continue;
                }
                return j;
            }
            continue;
        }
        /* "van der Zee", "de la Vega": particles before a name */
        if (j > a && is_lower_word(t) && (t->lex & LEX_PARTICLE)) {
            size_t k = j;
            while (k < c->ntok && k < j + 3 && is_lower_word(&c->tok[k]) &&
                   (c->tok[k].lex & LEX_PARTICLE))
                k++;
            if (k < c->ntok && is_name_word(&c->tok[k]) &&
                !(c->tok[k].lex & LEX_CALENDAR)) {
                j = k;
                continue;
            }
        }
        /* "Food and Drug Administration", "Securities and Exchange
         * Commission", "Ontario Water and Sewer Authority" */
        if (j > a && j - a <= 3 && tkey_is(c, t, "and") && !tail) {
            size_t k = j + 1;
            while (k < c->ntok && k < j + 5 && is_name_word(&c->tok[k]) &&
                   !(c->tok[k].flags & (T_POSS | T_HYPH)))
                k++;
            /* but "Nomura Securities and Mizuho Group" and "Japan and
             * Mizuho Group" are two: a name already whole before "and" */
            size_t first = a + (tkey_is(c, &c->tok[a], "the") ? 1 : 0);
            bool whole = j - first >= 2
                             ? (c->tok[j - 1].lex & LEX_ORG_HEAD) != 0
                             : (c->tok[first].lex & LEX_PLACE_ANY) != 0;
            if (k > j + 1 && j > first &&
                ends_with(c, j + 1, k, LEX_ORG_HEAD) && !whole &&
                !(c->tok[first].lex & LEX_GIVEN)) {
                j = k;
                return j;
            }
        }
        /* "Committee of the Red Cross" */
        /* "Committee for a Fair Budget", "Council on the Arts" */
        if (j > a && j + 2 < c->ntok &&
            (tkey_is(c, t, "of") || tkey_is(c, t, "for") ||
             tkey_is(c, t, "on")) &&
            (tkey_is(c, &c->tok[j + 1], "the") ||
             tkey_is(c, &c->tok[j + 1], "a") ||
             tkey_is(c, &c->tok[j + 1], "an")) &&
            is_lower_word(&c->tok[j + 1]) && is_name_word(&c->tok[j + 2]) &&
            (tail || (c->tok[j - 1].lex & (LEX_ORG_LEAD | LEX_ORG_HEAD)) ||
             named_party_ahead(c, j + 2)) &&
            (c->tok[j - 1].flags & T_CAP)) {
            tail = true;
            j += 2;
            continue;
        }
        /* "Ministry of Agriculture, Forests and Water" */
        if (tail && j > a && is_punct(t, ',')) {
            size_t e = field_list_end(c, j);
            if (e > j) {
                j = e;
                break;
            }
        }
        if (j > a && j + 1 < c->ntok && is_lower_word(t) &&
            is_name_word(&c->tok[j + 1]) &&
            !(c->tok[j + 1].lex & LEX_CALENDAR)) {
            const token *prev = &c->tok[j - 1];
            if (t->lex & LEX_PARTICLE) {
                j++;
                continue;
            }
            bool lead = (prev->lex & (LEX_ORG_LEAD | LEX_ORG_HEAD |
                                      LEX_PLACE_LEAD | LEX_TITLE)) != 0;
            /* "Council on Foreign Relations" */
            bool on = tkey_is(c, t, "on") &&
                      (prev->lex & (LEX_ORG_LEAD | LEX_ORG_HEAD)) &&
                      !(prev->lex & LEX_TITLE);
            if ((tkey_is(c, t, "of") || tkey_is(c, t, "for") || on) &&
                (lead || tail)) {
                tail = true;
                j++;
                /* "of the Interior" */
                if (j + 1 < c->ntok && tkey_is(c, &c->tok[j], "the") &&
                    is_name_word(&c->tok[j + 1]))
                    j++;
                continue;
            }
            /* "Trinidad and Tobago": a state whose name holds "and" */
            if (tkey_is(c, t, "and") && state_through(c, a, j + 2)) {
                j += 2;
                continue;
            }
            if (tkey_is(c, t, "and") && tail && and_ends_name(c, j)) {
                j++;
                continue;
            }
            /* "Fish and Game Director X" after "the Department of Fish and
             * Game": a known name's words joined by "and" */
            if (tkey_is(c, t, "and") && j + 2 <= c->ntok) {
                size_t len;
                const char *key = phrase_key(c, a, j + 2, &len);
                if (smap_get(&c->things, key, len) != DOC_NONE) {
                    j += 2;
                    continue;
                }
            }
            if (tkey_is(c, t, "in") && (tkey_is(c, prev, "embassy") ||
                                        tkey_is(c, prev, "consulate"))) {
                j++;
                continue;
            }
            /* "Council for Science in Norway" */
            if (tkey_is(c, t, "in") && tail &&
                (c->tok[j + 1].lex & (LEX_COUNTRY | LEX_US_STATE))) {
                j++;
                continue;
            }
        }
        break;
    }
    /* Never end on a connector. */
    while (j > a && is_lower_word(&c->tok[j - 1]))
        j--;
    return j;
}

/* ---- context tests ------------------------------------------------------- */

static const token *tok_before(const ctx *c, size_t a)
{
    return a > 0 ? &c->tok[a - 1] : NULL;
}

static const token *tok_after(const ctx *c, size_t b)
{
    return b < c->ntok ? &c->tok[b] : NULL;
}

static inline bool word_is(const ctx *c, const token *t, const char *w)
{
    return t && tkey_is(c, t, w);
}

static bool preceded_by_the(const ctx *c, size_t a)
{
    const token *t = tok_before(c, a);
    return word_is(c, t, "the");
}

static bool locative_before(const ctx *c, size_t a)
{
    const token *t = tok_before(c, a);
    if (!t || !(t->flags & T_WORD))
        return false;
    return word_is(c, t, "in") || word_is(c, t, "near") ||
           word_is(c, t, "outside") || word_is(c, t, "at") ||
           word_is(c, t, "from") || word_is(c, t, "to") ||
           word_is(c, t, "into") || word_is(c, t, "across") ||
           word_is(c, t, "toward") || word_is(c, t, "towards");
}

static bool is_media_word(const ctx *c, const token *t);

/* "in X", "town of X", "north of X", "X province", "X-based", "X, Texas" */
static bool place_context(ctx *c, size_t a, size_t b)
{
    const token *p = tok_before(c, a);
    const token *n = tok_after(c, b);
    /* "in Smith's view" says nothing of Smith */
    if (c->tok[b - 1].flags & T_POSS)
        p = NULL;
    if (p && (word_is(c, p, "in") || word_is(c, p, "near") ||
              word_is(c, p, "outside") ||
              (p->lex & LEX_DIRECTION && is_lower_word(p))))
        return true;
    if (p && word_is(c, p, "of") && a >= 2) {
        const token *pp = &c->tok[a - 2];
        if (is_lower_word(pp) && (pp->lex & (LEX_PLACE_NOUN | LEX_DIRECTION)))
            return true;
        if ((pp->lex & LEX_DIRECTION) && (pp->flags & T_WORD))
            return true;
        /* "residents of X", "mayor of X", "parts of X" */
        static const char *const of_place[] = {
            "residents", "inhabitants", "citizens", "mayor",   "governor",
            "outskirts", "streets",     "parts",    "suburbs", "heart",
            "edge",      "centre",      "center",   "people"};
        for (size_t k = 0; k < sizeof of_place / sizeof *of_place; k++)
            if (word_is(c, pp, of_place[k]))
                return true;
    }
    if (p && (p->lex & LEX_PLACE_NOUN) && is_lower_word(p) &&
        word_is(c, p, "capital"))
        return true;
    /* "towns of Arvel and Oston"; but in "the village of Arvel, Ifan Rhys
     * lifts ..." the comma ends the place and a clause's subject follows:
     * a list goes on with a comma or "and", a subject with its verb */
    if (p && a >= 2 && c->context_place_end == a - 1 &&
        (word_is(c, p, "and") ||
         (is_punct(p, ',') && !(b - a >= 2 && n && is_lower_word(n) &&
                                !(n->lex & (LEX_FUNCTION | LEX_PLACE_NOUN))))))
        return true;
    static const char *const kinds[] = {
        "province",      "village",        "region",  "county",   "district",
        "governorate",   "neighborhood",   "suburb",  "state",    "stadium",
        "arena",         "airport",        "square",  "prison",   "river",
        "provinces",     "villages",       "regions", "counties", "districts",
        "neighborhoods", "neighbourhoods", "suburbs", "hospital", "museum",
        "cathedral",     "mosque",         "church",  "bridge",   "park"};
    if (n && is_lower_word(n))
        for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
            if (word_is(c, n, kinds[k]))
                return true;
    /* "the Arvel and Oston neighborhoods": the first of a pair */
    if (n && word_is(c, n, "and") && b + 2 < c->ntok &&
        is_name_word(&c->tok[b + 1]) && is_lower_word(&c->tok[b + 2]) &&
        (c->tok[b + 2].lex & LEX_PLACE_NOUN) &&
        c->text[c->tok[b + 2].end - 1] == 's')
        return true;
    /* "Arvel and other cities" */
    if (n && word_is(c, n, "and") && b + 2 < c->ntok &&
        word_is(c, &c->tok[b + 1], "other") &&
        (c->tok[b + 2].lex & LEX_PLACE_NOUN))
        return true;
    /* "outside the Ravenhof" */
    if (p && word_is(c, p, "the") && a >= 2 &&
        (word_is(c, &c->tok[a - 2], "outside") ||
         word_is(c, &c->tok[a - 2], "near")))
        return true;
    /* "a Kelbrook radio station", "an Ostrava newspaper", "a Kelbrook
     * company": where the business is */
    if (p && (word_is(c, p, "a") || word_is(c, p, "an")) && b - a == 1 && n &&
        is_lower_word(n) &&
        (is_media_word(c, n) || word_is(c, n, "company") ||
         word_is(c, n, "firm") || word_is(c, n, "business") ||
         word_is(c, n, "contractor") || word_is(c, n, "manufacturer")))
        return true;
    /* "a Democrat from Kelsby": where a party's member is from */
    if (p && word_is(c, p, "from") && a >= 2 &&
        (c->tok[a - 2].lex & LEX_DEMONYM) && (c->tok[a - 2].flags & T_CAP))
        return true;
    /* a hometown right after a name: "Ada Kemp of Pinebrook, 23," */
    if (p && word_is(c, p, "of") && a >= 2 && c->person_end == a - 1 &&
        b - a <= 2 && !(c->tok[a].lex & (LEX_ORG | LEX_ORG_HEAD)) &&
        (!n || is_punct(n, ',') || is_sentence_end(n)))
        return true;
    /* a hometown: "X, of Pinebrook," */
    if (p && word_is(c, p, "of") && a >= 2 && is_punct(&c->tok[a - 2], ',') &&
        n && is_punct(n, ','))
        return true;
    const token *last = &c->tok[b - 1];
    if ((last->flags & T_HYPH) &&
        strncmp(c->text + last->end, "-based", 6) == 0)
        return true;
    /* "Cheshire, England"; but in '"...," said X, Peru country director'
     * X is the speaker */
    if (n && is_punct(n, ',') && b + 1 < c->ntok &&
        !(p && (p->lex & LEX_SPEECH) && is_lower_word(p))) {
        const token *m = &c->tok[b + 1];
        if ((m->flags & T_CAP) && !(m->flags & T_POSS) &&
            (m->lex & (LEX_COUNTRY | LEX_US_STATE | LEX_STATE_ABBREV))) {
            const token *after = tok_after(c, b + 2);
            if (!after || !(after->flags & T_CAP) ||
                (after->lex & LEX_CALENDAR))
                return true;
        }
    }
    return false;
}

static bool is_service_word(const ctx *c, const token *t)
{
    static const char *const words[] = {
        "health",       "school",     "water",   "fire",    "transit",
        "sanitation",   "irrigation", "utility", "library", "park",
        "conservation", "housing",    "flood",   "sewer",   "hospital"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tkey_is(c, t, words[i]))
            return true;
    return false;
}

static bool is_media_word(const ctx *c, const token *t)
{
    static const char *const words[] = {
        "daily",   "weekly",  "newspaper", "broadcaster", "magazine",
        "channel", "station", "radio",     "television",  "tv",
        "tabloid", "website", "outlet",    "network",     "broadsheet"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tkey_is(c, t, words[i]))
            return true;
    return false;
}

/* "the X group", "a spokesman for X", "X spokeswoman", "X (ABC)", x.com */
static bool org_context(ctx *c, size_t a, size_t b)
{
    const token *p = tok_before(c, a);
    const token *n = tok_after(c, b);
    const token *last = &c->tok[b - 1];
    /* "the Eindhoven-based company" is where the company is */
    if ((last->flags & T_HYPH) &&
        strncmp(c->text + last->end, "-based", 6) == 0)
        return false;
    /* "Hallam-owned stores", "a Brisk-backed startup": owners and backers
     * are companies and funds */
    if ((last->flags & T_HYPH) &&
        (strncmp(c->text + last->end, "-owned", 6) == 0 ||
         strncmp(c->text + last->end, "-backed", 7) == 0 ||
         strncmp(c->text + last->end, "-funded", 7) == 0 ||
         strncmp(c->text + last->end, "-operated", 9) == 0))
        return true;
    if (last->klen > 4 &&
        (memcmp(tkey(c, last) + last->klen - 4, ".com", 4) == 0 ||
         memcmp(tkey(c, last) + last->klen - 4, ".org", 4) == 0))
        return true;
    /* "a campaigner at X", "an analyst at X": where someone works */
    if (p && word_is(c, p, "at") && a >= 2 && is_lower_word(&c->tok[a - 2]) &&
        (c->tok[a - 2].lex & LEX_ROLE) && !(c->tok[a - 2].lex & LEX_FUNCTION))
        return true;
    size_t pi = a - 1; /* p's index */
    if (p && word_is(c, p, "the") && a >= 2)
        p = &c->tok[pi = a - 2];
    if (p && (word_is(c, p, "for") || word_is(c, p, "of")) && pi >= 1) {
        /* the word before "for"/"of": "a member of the X" */
        const token *r = &c->tok[pi - 1];
        if (word_is(c, r, "spokesman") || word_is(c, r, "spokeswoman") ||
            word_is(c, r, "spokesperson") || word_is(c, r, "member") ||
            word_is(c, r, "members") || word_is(c, r, "leader") ||
            word_is(c, r, "head") || word_is(c, r, "chief") ||
            word_is(c, r, "shares") || word_is(c, r, "stock") ||
            word_is(c, r, "shareholders") || word_is(c, r, "subsidiary") ||
            word_is(c, r, "employees") || word_is(c, r, "clients"))
            return true;
    }
    /* "Velcorp raised its forecast", "Brandvik and its lenders": whoever
     * "its" belongs to is no person */
    if (b - a <= 3 && !(c->tok[a].lex & (LEX_GIVEN | LEX_TITLE)) && n) {
        size_t k = b;
        if (is_lower_word(n) && !word_is(c, n, "said") &&
            !word_is(c, n, "says") && !word_is(c, n, "told") &&
            !word_is(c, n, "of") && !word_is(c, n, "in"))
            k++;
        if (k < c->ntok && word_is(c, &c->tok[k], "its") &&
            !(c->tok[b - 1].flags & T_POSS))
            return true;
        /* "Velcorp said it would": one unknown word speaking of itself as
         * "it" (a person named so briefly is already known by then) */
        if (b - a == 1 && (word_is(c, n, "said") || word_is(c, n, "says")) &&
            b + 1 < c->ntok && word_is(c, &c->tok[b + 1], "it") &&
            !(c->tok[b - 1].flags & T_POSS))
            return true;
    }
    static const char *const members[] = {
        "spokesman",   "spokeswoman", "spokesperson", "officials",
        "activists",   "employees",   "executives",   "shareholders",
        "shares",      "lawmakers",   "staffers",     "militants",
        "fighters",    "analyst",     "analysts",     "economist",
        "economists",  "strategist",  "strategists",  "stores",
        "customers",   "shoppers",    "subscribers",  "investors",
        "stockholders"};
    for (size_t k = 0;
         n && is_lower_word(n) && k < sizeof members / sizeof *members; k++)
        if (word_is(c, n, members[k]))
            return true;
    /* "the daily Le Clairon", "Nordia Inter radio" */
    const token *pm = tok_before(c, a);
    if (pm && is_lower_word(pm) && is_media_word(c, pm))
        return true;
    /* but "a Kelbrook radio station" is a station in Kelbrook */
    if (n && is_lower_word(n) && is_media_word(c, n) &&
        !(pm && (word_is(c, pm, "a") || word_is(c, pm, "an"))))
        return true;
    /* "The Arizona Republic reported": a person takes no article; but "the
     * Ohio Democrat said" describes one */
    if (preceded_by_the(c, a) && n && (n->lex & LEX_SPEECH) &&
        is_lower_word(n) && b - a >= 2 &&
        !(last->lex & (LEX_DEMONYM | LEX_ROLE | LEX_TITLE)))
        return true;
    /* "X, a small Swedish company based in ..." */
    if (n && is_punct(n, ',') && b + 2 < c->ntok &&
        (word_is(c, &c->tok[b + 1], "a") || word_is(c, &c->tok[b + 1], "an") ||
         word_is(c, &c->tok[b + 1], "the") || (c->tok[b + 1].flags & T_POSS))) {
        bool org = false;
        for (size_t k = b + 2; k < b + 8 && k < c->ntok; k++) {
            const token *w = &c->tok[k];
            if (w->flags & T_PUNCT)
                break;
            if (!is_lower_word(w) || (w->flags & T_POSS))
                continue;
            if ((w->lex & LEX_ROLE) && !(w->lex & LEX_ORG_NOUN))
                return false; /* "the company's chief engineer" */
            if (w->lex & LEX_ORG_NOUN)
                org = true;
        }
        if (org)
            return true;
    }
    /* "the ruling Likud party", "Arlen's Unity party": up to two
     * adjectives after "the" or an owner */
    bool the =
        preceded_by_the(c, a) || (a > 0 && (c->tok[a - 1].flags & T_POSS));
    for (size_t k = a; !the && k > 0 && k + 3 > a; k--) {
        const token *w = &c->tok[k - 1];
        if (!is_lower_word(w))
            break;
        if (word_is(c, w, "the"))
            the = true;
    }
    if (the && n) {
        /* up to two lower-case words before the organisation noun */
        for (size_t k = b; k < b + 3 && k < c->ntok; k++) {
            const token *w = &c->tok[k];
            if (!is_lower_word(w))
                break;
            if (w->lex & LEX_ORG_NOUN)
                return true;
        }
    }
    return false;
}

/* Evidence that a run names a person: an apposition after it (", a
 * spokesman for", ", who", ", 45,"), a role phrase before it ("the commander
 * of the operation, X,"), a reporting verb beside it, a party-state tag. */
static bool apposition_evidence(ctx *c, size_t a, size_t b);

static bool person_evidence(ctx *c, size_t a, size_t b)
{
    const token *p = tok_before(c, a);
    const token *n = tok_after(c, b);
    /* "economists at Arden Economics said" */
    if (preceded_by_the(c, a) || word_is(c, p, "at"))
        return false;
    if (n && (n->lex & LEX_SPEECH) && is_lower_word(n))
        return true;
    if (p && (p->lex & LEX_SPEECH) && is_lower_word(p))
        return true;
    if (p && word_is(c, p, "to") && a >= 2 &&
        word_is(c, &c->tok[a - 2], "according"))
        return true;
    return apposition_evidence(c, a, b);
}

/* The apposition part of person_evidence: what the text says about the
 * name beside it, not what the name does. */
static bool apposition_evidence(ctx *c, size_t a, size_t b)
{
    const token *p = tok_before(c, a);
    const token *n = tok_after(c, b);
    if (preceded_by_the(c, a))
        return false;
    if (n && is_punct(n, ',') && b + 1 < c->ntok) {
        size_t k = b + 1;
        const token *w = &c->tok[k];
        if (word_is(c, w, "who") ||
            ((w->flags & T_NUM) && w->end - w->start <= 3 && b + 2 < c->ntok &&
             is_punct(&c->tok[b + 2], ',')))
            return true;
        /* D-Ohio, R-Texas */
        if ((w->flags & T_CAP) && w->end - w->start >= 3 &&
            (c->text[w->start] == 'D' || c->text[w->start] == 'R' ||
             c->text[w->start] == 'I') &&
            c->text[w->start + 1] == '-')
            return true;
        if (word_is(c, w, "a") || word_is(c, w, "an") || word_is(c, w, "the"))
            k++;
        for (size_t m = k; m < k + 5 && m < c->ntok; m++) {
            const token *x = &c->tok[m];
            if (x->flags & T_PUNCT)
                break;
            /* "the agency's director": the owner is not the head */
            if (x->flags & T_POSS)
                continue;
            if (is_lower_word(x) && (x->lex & LEX_ROLE))
                return true;
            if (is_lower_word(x) && (x->lex & LEX_ORG_NOUN))
                return false;
        }
    }
    /* reverse apposition: "the overall commander of ..., X," */
    if (p && is_punct(p, ',') && n &&
        (is_punct(n, ',') || (n->lex & LEX_SPEECH))) {
        for (size_t k = a - 1; k > 0 && k + 10 > a; k--) {
            const token *x = &c->tok[k - 1];
            if (x->flags & T_PUNCT)
                break;
            if (is_lower_word(x) && (x->lex & LEX_ROLE) &&
                !(x->lex & LEX_FUNCTION))
                return true;
        }
    }
    return false;
}

/* ---- people -------------------------------------------------------------- */

#define AMBIGUOUS ((size_t)-2)

/* Registers the full name [a,b) and every shorter ending of it ("Garcia
 * Marquez", "Marquez") for later surname mentions. */
static void register_person_keys(ctx *c, size_t id, size_t a, size_t b)
{
    /* a family name written first: "Zhou" after "Zhou Minhao" */
    const token *f = &c->tok[a];
    if (b - a >= 2 && f->klen &&
        !(f->lex & (LEX_GIVEN | LEX_PARTICLE | LEX_TITLE | LEX_FUNCTION))) {
        size_t old = smap_get(&c->firsts, tkey(c, f), f->klen);
        smap_put(&c->firsts, tkey(c, f), f->klen,
                 old == DOC_NONE || old == id ? id : AMBIGUOUS);
    }
    /* "Odile" after "Odile Ferreira-Lind", as obituaries and features write */
    if (b - a >= 2 && f->klen && (f->lex & LEX_GIVEN) &&
        !(f->lex & (LEX_PLACE_ANY | LEX_ORG | LEX_TITLE | LEX_FUNCTION))) {
        size_t old = smap_get(&c->givens, tkey(c, f), f->klen);
        smap_put(&c->givens, tkey(c, f), f->klen,
                 old == DOC_NONE || old == id ? id : AMBIGUOUS);
    }
    for (size_t k = a; k < b; k++) {
        size_t len;
        const char *key = phrase_key(c, k, b, &len);
        /* a particle alone ("de") is no surname */
        if (k + 1 == b && (c->tok[k].lex & LEX_PARTICLE))
            continue;
        if (k > a && (c->tok[k].lex & (LEX_FUNCTION | LEX_TITLE)) && k + 1 == b)
            continue;
        smap_put(&c->persons, key, len, id);
    }
}

/* The first known gender from a title or given name sticks. */
static void set_gender_once(int *slot, doc_gender g)
{
    if (g != DOC_GENDER_UNKNOWN && *slot < 0)
        *slot = (int)g;
}

/* ---- relatives: people who share a last name -------------------------- */

enum { KIN_MAX = 32 }; /* people sharing a last name that kin_pick reads */

/* Chains id to the others whose full name ends in the same last name. */
static void kin_link(ctx *c, size_t id, size_t a, size_t b)
{
    const token *last = &c->tok[b - 1];
    ent_info *e = info(c, id);
    if (b - a < 2 || !last->klen || e->kin_linked ||
        (last->lex & (LEX_PARTICLE | LEX_TITLE | LEX_FUNCTION)))
        return;
    size_t head = smap_get(&c->lastnames, tkey(c, last), last->klen);
    e->kin_linked = true;
    if (head == DOC_NONE) {
        smap_put(&c->lastnames, tkey(c, last), last->klen, id);
        return;
    }
    e->kin_next = info(c, head)->kin_next;
    info(c, head)->kin_next = id;
}

static int known_gender(const ent_info *e)
{
    return e->title_gender >= 0  ? e->title_gender
           : e->given_gender > 0 ? e->given_gender
                                 : -1;
}

/* Which of the people sharing the last name key means "Ms. Roe", "Dr. Roe"
 * or a bare "Roe", or DOC_NONE when only one person has it. With a title:
 * the one of the title's gender (by given name, kin word or an earlier
 * gendered title), then the one given that title before, then the latest
 * named. Bare: the one the text already calls by the last name alone, as
 * news writing keeps the bare name for its main person and names the
 * relatives in full, unless another was named in full in this block since;
 * with none called so yet, the latest named in full. */
static size_t kin_pick(ctx *c, const char *key, size_t klen, bool titled,
                       int want, uint64_t title_hash)
{
    size_t head = smap_get(&c->lastnames, key, klen);
    if (head == DOC_NONE || info(c, head)->kin_next == DOC_NONE)
        return DOC_NONE;
    size_t best = DOC_NONE, held = DOC_NONE, full = DOC_NONE;
    int best_score = -1;
    size_t best_seen = 0;
    /* a family is short; a long chain is a common name in a long text,
     * where the nearest holders are enough */
    size_t steps = 0;
    for (size_t id = head; id != DOC_NONE && steps < KIN_MAX;
         id = info(c, id)->kin_next, steps++) {
        const ent_info *e = info(c, id);
        if (held == DOC_NONE || e->seen_short > info(c, held)->seen_short)
            held = e->seen_short ? id : held;
        if (full == DOC_NONE || e->seen_full > info(c, full)->seen_full)
            full = id;
        int g = known_gender(e);
        int score = want < 0 ? 1 : g == want ? 2 : g < 0 ? 1 : 0;
        score = score * 2 + (title_hash && e->title_hash == title_hash);
        size_t seen =
            e->seen_full > e->seen_short ? e->seen_full : e->seen_short;
        if (score > best_score || (score == best_score && seen > best_seen)) {
            best = id;
            best_score = score;
            best_seen = seen;
        }
    }
    if (titled)
        return best;
    if (held == DOC_NONE)
        return full;
    const ent_info *f = info(c, full);
    if (full != held && f->seen_block == c->block &&
        f->seen_full > info(c, held)->seen_short)
        return full;
    return held;
}

/* A reference to person id: by full name (or kin word), or by last name. */
static void kin_seen(ctx *c, size_t id, bool full)
{
    ent_info *e = info(c, id);
    if (full) {
        e->seen_full = ++c->stamp;
        e->seen_block = c->block;
    } else {
        e->seen_short = ++c->stamp;
    }
}

/* A reference by the name [a,b): in full, or by the last name alone (a
 * given name alone, "Ann", is neither). A name inside a quotation is the
 * speaker's ("my father, Ole Roe,"), not the writer's naming: the '"…,"
 * Roe said' after it means the speaker still. */
static void kin_seen_name(ctx *c, size_t id, size_t a, size_t b)
{
    if (c->tok[a].flags & T_QUOTED)
        return;
    if (b - a >= 2) {
        kin_seen(c, id, true);
        return;
    }
    const token *t = &c->tok[a];
    if (t->klen && smap_get(&c->lastnames, tkey(c, t), t->klen) != DOC_NONE)
        kin_seen(c, id, false);
}

static bool is_determiner_word(const ctx *c, const token *t)
{
    return (t->flags & T_POSS) || tkey_is(c, t, "her") ||
           tkey_is(c, t, "his") || tkey_is(c, t, "their") ||
           tkey_is(c, t, "a") || tkey_is(c, t, "an") || tkey_is(c, t, "the");
}

/* "her son, Tom Roe", "a daughter, Ann Roe", "his older brother Ben Roe":
 * the gendered family or role noun a name at a stands in apposition to,
 * as a token index, or SIZE_MAX. */
static size_t kin_noun_before(const ctx *c, size_t a)
{
    if (a < 2)
        return SIZE_MAX;
    size_t n = is_punct(&c->tok[a - 1], ',') ? a - 2 : a - 1;
    const token *t = &c->tok[n];
    if (!is_lower_word(t) || (t->flags & T_POSS) || !(t->lex & LEX_TITLE) ||
        tok_gender(c, t) == DOC_GENDER_UNKNOWN)
        return SIZE_MAX;
    for (size_t k = n; k > 0 && k + 3 > n; k--)
        if (is_determiner_word(c, &c->tok[k - 1]))
            return n;
    return SIZE_MAX;
}

/* A person named in full at [a,b): the kin noun before gives the gender
 * and is remembered, so a later "her son said" refers to them. */
static void kin_named(ctx *c, size_t id, size_t a)
{
    size_t n = kin_noun_before(c, a);
    if (n == SIZE_MAX)
        return;
    const token *t = &c->tok[n];
    set_gender_once(&info(c, id)->title_gender, tok_gender(c, t));
    size_t old = smap_get(&c->kin, tkey(c, t), t->klen);
    smap_put(&c->kin, tkey(c, t), t->klen,
             old == DOC_NONE || old == id ? id : AMBIGUOUS);
}

/* "her son", "his wife" at token i, naming nobody new: a reference to the
 * one introduced so. */
static void kin_reference(ctx *c, size_t i)
{
    if (i + 1 >= c->ntok ||
        !(tkey_is(c, &c->tok[i], "her") || tkey_is(c, &c->tok[i], "his") ||
          tkey_is(c, &c->tok[i], "their")))
        return;
    const token *t = &c->tok[i + 1];
    if (!is_lower_word(t) || !t->klen)
        return;
    size_t id = smap_get(&c->kin, tkey(c, t), t->klen);
    if (id == DOC_NONE || id == AMBIGUOUS)
        return;
    const token *n = tok_after(c, i + 2);
    if (n && (is_name_word(n) || (is_punct(n, ',') && i + 3 < c->ntok &&
                                  is_name_word(&c->tok[i + 3]))))
        return; /* "her son, Tom Roe": a name follows, read there */
    kin_seen(c, id, true);
}

/* The title's key for role mentions: "vice president". */
static void put_role(ctx *c, const char *key, size_t len, size_t id)
{
    smap_put(&c->roles, key, len, id);
    size_t old = smap_get(&c->role_holders, key, len);
    smap_put(&c->role_holders, key, len,
             old == DOC_NONE || old == id ? id : AMBIGUOUS);
}

static void register_role(ctx *c, size_t id, const char *title, size_t tlen,
                          const char *demonym, size_t dlen)
{
    put_role(c, title, tlen, id);
    /* "chief engineer" is also "the engineer" */
    size_t sp = tlen;
    while (sp > 0 && title[sp - 1] != ' ')
        sp--;
    /* but a vice president is no president */
    static const char *const lesser[] = {
        "vice ",       "deputy ", "assistant ", "under ",
        "lieutenant ", "lt. ",    "associate ", "acting "};
    bool sub = false;
    for (size_t i = 0; i < sizeof lesser / sizeof *lesser; i++)
        if (strncmp(title, lesser[i], strlen(lesser[i])) == 0)
            sub = true;
    if (sp > 0 && !sub)
        put_role(c, title + sp, tlen - sp, id);
    if (demonym && dlen) {
        char *k = xmalloc(dlen + tlen + 2);
        memcpy(k, demonym, dlen);
        k[dlen] = ' ';
        memcpy(k + dlen + 1, title, tlen);
        put_role(c, k, dlen + tlen + 1, id);
        free(k);
    }
}

/* A titled person named again: "the deputy" is now the latest deputy
 * mentioned, not the latest given the title. */
static void role_again(ctx *c, size_t id)
{
    const ent_info *e = info(c, id);
    if (e->role_key)
        register_role(c, id, e->role_key, strlen(e->role_key), NULL, 0);
}

/* Is token i a determiner or an owner that makes the role after it one
 * person's: "the", "his", "the club's", "the visitors'"? */
static bool role_owner(const ctx *c, size_t i)
{
    const token *t = &c->tok[i];
    if (tkey_is(c, t, "the") || tkey_is(c, t, "his") || tkey_is(c, t, "her") ||
        tkey_is(c, t, "their") || tkey_is(c, t, "its") ||
        ((t->flags & T_WORD) && (t->flags & T_POSS)))
        return true;
    /* a plural owner: "visitors" and a lone apostrophe */
    return (t->flags & T_PUNCT) && (t->punct == '\'' || t->punct == 0x2019) &&
           i > 0 && is_lower_word(&c->tok[i - 1]) && c->tok[i - 1].klen > 1 &&
           tkey(c, &c->tok[i - 1])[c->tok[i - 1].klen - 1] == 's';
}

static bool role_noun(const token *t)
{
    return is_lower_word(t) && (t->lex & LEX_ROLE) && !(t->lex & LEX_FUNCTION);
}

/* The role after a name in a definite apposition: "X, the club's coach,"
 * or "X, the visitors' coach,". The token of the role word, or SIZE_MAX. */
static size_t role_after(const ctx *c, size_t b)
{
    if (b + 2 >= c->ntok || !is_punct(&c->tok[b], ',') || !role_owner(c, b + 1))
        return SIZE_MAX;
    size_t r = b + 2;
    /* the owner's own word: "X, the club's coach," */
    if ((c->tok[b + 1].flags & T_POSS) || is_punct(&c->tok[b + 1], '\''))
        return SIZE_MAX;
    if (r + 1 < c->ntok && is_lower_word(&c->tok[r]) &&
        (c->tok[r].flags & T_POSS))
        r++; /* "X, the club's coach," */
    else if (r + 2 < c->ntok && is_lower_word(&c->tok[r]) &&
             is_punct(&c->tok[r + 1], '\''))
        r += 2; /* "X, the visitors' coach," */
    if (r < c->ntok && role_noun(&c->tok[r]) &&
        (r + 1 >= c->ntok || is_punct(&c->tok[r + 1], ',') ||
         is_sentence_end(&c->tok[r + 1])))
        return r;
    return SIZE_MAX;
}

static size_t lower_title_before(ctx *c, size_t a);

/* The roles a definite apposition gives the person named in full at
 * [a,b): before the name ("the finance minister, Ann Roe,", "the visitors'
 * coach, X,") or after it ("X, the club's coach,"). X then holds the role
 * too, so that a later "the finance minister" or "the coach" means X and
 * not another minister or coach named since. */
static void apposed_roles(ctx *c, size_t id, size_t a, size_t b)
{
    if (a >= 3 && is_punct(&c->tok[a - 1], ',')) {
        size_t lt = lower_title_before(c, a - 1);
        if (lt == a - 1 && role_noun(&c->tok[a - 2]))
            lt = a - 2; /* a role that is no title: "a rice farmer" */
        if (lt < a - 1 && lt > 0 && role_owner(c, lt - 1)) {
            size_t len;
            const char *key = phrase_key(c, lt, a - 1, &len);
            char *copy = xstrndup(key, len);
            register_role(c, id, copy, len, NULL, 0);
            ent_info *e = info(c, id);
            if (!e->role_key)
                e->role_key = copy;
            else
                free(copy);
            return;
        }
    }
    size_t r = role_after(c, b);
    if (r != SIZE_MAX)
        put_role(c, tkey(c, &c->tok[r]), c->tok[r].klen, id);
}

/* A given name the lexicon does not list, with an ending that is a
 * woman's in the languages that use it: "-ise", "-elle", "-ette"
 * ("Annelise", "Maribelle", "Claudette"). */
static bool female_ending(const ctx *c, const token *t)
{
    static const char *const endings[] = {"ise", "elle", "ette"};
    const char *k = tkey(c, t);
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
        size_t n = strlen(endings[i]);
        if (t->klen > n + 2 && memcmp(k + t->klen - n, endings[i], n) == 0)
            return true;
    }
    return false;
}

/* A person named by tokens [a,b), with an optional title text. */
static size_t add_person(ctx *c, size_t a, size_t b, const char *title,
                         size_t tlen, doc_gender title_gender,
                         const char *demonym, size_t dlen)
{
    c->person_end = b;
    uint64_t th = 0;
    if (title && tlen && b - a == 1) {
        size_t off, kl;
        c->nfold = 0;
        fold_into(c, title, tlen, &off, &kl);
        th = hash_bytes(c->fold + off, kl) | 1;
    }
    size_t len;
    const char *key = phrase_key(c, a, b, &len);
    size_t id = DOC_NONE;
    if (b - a == 1)
        id = kin_pick(
            c, key, len, title && tlen,
            title_gender == DOC_GENDER_UNKNOWN ? -1 : (int)title_gender, th);
    if (id == DOC_NONE)
        id = smap_get(&c->persons, key, len);
    if (id == DOC_NONE && b - a >= 2) {
        /* "Ann Colfax" after "Mayor Colfax": upgrade that entity */
        size_t slen;
        const char *sk = phrase_key(c, b - 1, b, &slen);
        size_t sid = smap_get(&c->persons, sk, slen);
        if (sid != DOC_NONE && info(c, sid)->name_words == 1)
            id = sid;
        /* "Zhou said" before "Zhou Minhao": a family name written first;
         * "Odile said" before "Odile Ferrand": the given name alone */
        const token *f = &c->tok[a];
        if (id == DOC_NONE && !(f->lex & LEX_PARTICLE)) {
            sid = smap_get(&c->persons, tkey(c, f), f->klen);
            if (sid != DOC_NONE && info(c, sid)->name_words == 1)
                id = sid;
        }
    }
    if (id == DOC_NONE) {
        id = new_entity(c, DOC_PERSON, c->text + c->tok[a].start,
                        c->tok[b - 1].end - c->tok[a].start);
    }
    ent_info *e = info(c, id);
    if (title && tlen) {
        if (!e->has_title) {
            char *t = xstrndup(title, tlen);
            doc_entity_set_title(c->d, id, t);
            free(t);
            e->has_title = true;
        }
        size_t off, kl;
        c->nfold = 0;
        fold_into(c, title, tlen, &off, &kl);
        size_t doff = 0, dkl = 0;
        if (demonym)
            fold_into(c, demonym, dlen, &doff, &dkl);
        if (!e->title_hash) {
            e->title_hash = hash_bytes(c->fold + off, kl) | 1;
            free(e->role_key); /* an apposition's role, given before */
            e->role_key = xstrndup(c->fold + off, kl);
        }
        register_role(c, id, c->fold + off, kl, demonym ? c->fold + doff : NULL,
                      dkl);
        set_gender_once(&e->title_gender, title_gender);
    } else {
        role_again(c, id);
        if (b - a >= 2)
            apposed_roles(c, id, a, b);
    }
    if (b - a >= 2)
        kin_named(c, id, a);
    if (b - a >= 2 && (c->tok[a].lex & LEX_GIVEN))
        set_gender_once(&e->given_gender, tok_gender(c, &c->tok[a]));
    else if (b - a >= 2 && !c->tok[a].lex && female_ending(c, &c->tok[a]))
        set_gender_once(&e->given_gender, DOC_GENDER_FEMALE);
    mention_any(c, id, c->tok[a].start, c->tok[b - 1].end);
    register_person_keys(c, id, a, b);
    kin_link(c, id, a, b);
    kin_seen_name(c, id, a, b);
    return id;
}

/* ---- places and organisations ---------------------------------------------
 */

static void register_initials(ctx *c, size_t id, size_t a, size_t b,
                              bool small_words);

static void register_acronym(ctx *c, size_t id, size_t a, size_t b)
{
    /* "Bank of Japan": "BJ" and "BOJ" */
    register_initials(c, id, a, b, false);
    register_initials(c, id, a, b, true);
}

static void register_initials(ctx *c, size_t id, size_t a, size_t b,
                              bool small_words)
{
    char buf[16];
    size_t n = 0;
    for (size_t k = a; k < b && n + 1 < sizeof buf; k++) {
        const token *t = &c->tok[k];
        if (!(t->flags & T_CAP) && !(small_words && (t->flags & T_WORD) &&
                                     t->klen && !tkey_is(c, t, "and")))
            continue;
        /* Counter-Narcotics gives two letters */
        const char *s = tkey(c, t);
        buf[n++] = s[0];
        for (size_t i = 1; i + 1 < t->klen && n + 1 < sizeof buf; i++)
            if (s[i] == '-' && s[i + 1] != '\0')
                buf[n++] = s[i + 1];
    }
    if (n >= 2)
        smap_put(&c->acronyms, buf, n, id);
}

/* A place or organisation named by text[start,end) with look-up key. */
static size_t add_thing(ctx *c, doc_entity_type type, size_t start, size_t end,
                        const char *key, size_t klen)
{
    size_t id = smap_get(&c->things, key, klen);
    if (id == DOC_NONE) {
        id = new_entity(c, type, c->text + start, end - start);
        smap_put(&c->things, key, klen, id);
    }
    mention_any(c, id, start, end);
    return id;
}

static bool is_company_suffix(const ctx *c, const token *t)
{
    static const char *const words[] = {
        "inc.", "inc", "corp.", "corp", "co.", "co",   "ltd.", "ltd",  "llc",
        "plc",  "ag",  "gmbh",  "n.v.", "nv",  "s.a.", "sa",   "l.p.", "lp"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tkey_is(c, t, words[i]))
            return true;
    return false;
}

/* "The Arizona Republic": a capitalised article before an organisation is
 * part of its name as written. */
static size_t thing_start(const ctx *c, doc_entity_type type, size_t a)
{
    if (type == DOC_ORG && a > 0 && tkey_is(c, &c->tok[a - 1], "the") &&
        c->text[c->tok[a - 1].start] == 'T' &&
        !(c->tok[a - 1].flags & (T_SENT | T_HEADLINE)))
        return a - 1;
    return a;
}

static size_t add_thing_tokens(ctx *c, doc_entity_type type, size_t a, size_t b)
{
    const lexicon_entry *le = phrase_lex(c, a, b);
    size_t len;
    const char *key;
    char *own = NULL;
    if (le && le->canonical) {
        key = le->canonical;
        len = strlen(key);
    } else {
        key = phrase_key(c, a, b, &len);
    }
    /* "Acme Corp." and "Acme Corp" and "Acme" share a key */
    if (type == DOC_ORG && b - a >= 2 && is_company_suffix(c, &c->tok[b - 1]))
        key = phrase_key(c, a, b - 1, &len);
    own = xstrndup(key, len);
    size_t id = add_thing(c, type, c->tok[thing_start(c, type, a)].start,
                          c->tok[b - 1].end, own, len);
    free(own);
    if (type == DOC_ORG)
        c->org_end = b;
    /* An organisation's later mentions may drop leading words ("Air Defence
     * Command" after "Peruvian Air Defence Command"). */
    for (size_t k = a; type == DOC_ORG && k + 2 < b; k++) {
        if (!(c->tok[k].lex & (LEX_DEMONYM | LEX_PLACE_ANY | LEX_FUNCTION)))
            break;
        const char *sk = phrase_key(c, k + 1, b, &len);
        if (smap_get(&c->things, sk, len) == DOC_NONE)
            smap_put(&c->things, sk, len, id);
    }
    /* "Department of Water Supply" is also "Water Supply Department" and
     * "Water Supply" (officials), when those say nothing else; so is the
     * "Harlan Department of Fish and Game" "Fish and Game" */
    size_t l = a;
    if (type == DOC_ORG && b - a >= 5 && !word_is(c, &c->tok[a + 1], "of") &&
        word_is(c, &c->tok[a + 2], "of") && (c->tok[a].flags & T_CAP))
        l = a + 1;
    if (type == DOC_ORG && b - l >= 4 && word_is(c, &c->tok[l + 1], "of") &&
        (c->tok[l].lex & LEX_ORG_LEAD) && !(c->tok[l].flags & T_POSS)) {
        bool plain = true;
        for (size_t k = l + 2; k < b; k++)
            if (k + 1 < b && k > l + 2 && tkey_is(c, &c->tok[k], "and"))
                continue; /* "Fish and Game" */
            else if (!(c->tok[k].flags & T_CAP) ||
                     (c->tok[k].lex & (LEX_PLACE_ANY | LEX_ORG | LEX_DEMONYM |
                                       LEX_GIVEN | LEX_FUNCTION)))
                plain = false;
        if (plain) {
            size_t rl;
            const char *rk = phrase_key(c, l + 2, b, &rl);
            char *inv = xasprintf("%.*s %.*s", (int)rl, rk, (int)c->tok[l].klen,
                                  tkey(c, &c->tok[l]));
            if (smap_get(&c->things, inv, strlen(inv)) == DOC_NONE)
                smap_put(&c->things, inv, strlen(inv), id);
            free(inv);
            rk = phrase_key(c, l + 2, b, &rl);
            if (smap_get(&c->things, rk, rl) == DOC_NONE)
                smap_put(&c->things, rk, rl, id);
        }
    }
    if (type == DOC_ORG && b - a >= 2) {
        register_acronym(c, id, a, b);
        /* "Brannock" after "Brannock Therapeutics Inc." */
        const token *f = &c->tok[a];
        if (b - a <= 4 && (f->flags & T_CAP) && f->klen &&
            !(f->lex & ~(unsigned)(LEX_ORG_HEAD | LEX_ORG_LEAD | LEX_ORG |
                                   LEX_COMMON)) &&
            smap_get(&c->things, tkey(c, f), f->klen) == DOC_NONE)
            smap_put(&c->things, tkey(c, f), f->klen, id);
    }
    /* agencies named with "The" in their canonical form */
    if (le && (le->classes & LEX_AGENCY) && le->canonical) {
        const doc_entity *e = doc_entity_get(c->d, id);
        size_t cl = strlen(le->canonical);
        if (strlen(e->name) + 4 == cl &&
            strncmp(le->canonical, "The ", 4) == 0) {
            char *old = xstrdup(e->name);
            doc_entity_set_name(c->d, id, le->canonical);
            doc_entity_add_alias(c->d, id, old);
            free(old);
            info(c, id)->name_words = word_count(le->canonical);
            info(c, id)->name_bytes = cl;
        }
    }
    return id;
}

/* ---- the run classifier ------------------------------------------------- */

static bool known_thing(ctx *c, size_t a, size_t b)
{
    size_t len;
    const char *key = phrase_key(c, a, b, &len);
    size_t id = smap_get(&c->things, key, len);
    if (id == DOC_NONE && b - a >= 2 && is_company_suffix(c, &c->tok[b - 1])) {
        key = phrase_key(c, a, b - 1, &len);
        id = smap_get(&c->things, key, len);
    }
    if (id == DOC_NONE && b - a == 1 && (c->tok[a].flags & T_ALLCAPS))
        id = smap_get(&c->acronyms, key, len);
    if (id == DOC_NONE) {
        const lexicon_entry *le = lexicon_find(key, len);
        if (le && le->canonical)
            id = smap_get(&c->things, le->canonical, strlen(le->canonical));
    }
    if (id == DOC_NONE)
        return false;
    mention_any(c, id, c->tok[a].start, c->tok[b - 1].end);
    return true;
}

static bool known_person(ctx *c, size_t a, size_t b)
{
    size_t len;
    const char *key = phrase_key(c, a, b, &len);
    size_t id = b - a == 1 ? kin_pick(c, key, len, false, -1, 0) : DOC_NONE;
    if (id == DOC_NONE)
        id = smap_get(&c->persons, key, len);
    if (id == DOC_NONE && b - a == 1)
        id = smap_get(&c->firsts, key, len);
    if (id == DOC_NONE && b - a == 1)
        id = smap_get(&c->givens, key, len);
    if (id == DOC_NONE || id == AMBIGUOUS)
        return false;
    if (b - a == 1 && locative_before(c, a) && (c->tok[a].lex & LEX_PLACE_ANY))
        return false;
    mention_any(c, id, c->tok[a].start, c->tok[b - 1].end);
    c->person_end = b;
    kin_seen_name(c, id, a, b);
    role_again(c, id);
    return true;
}

static bool lexicon_thing(ctx *c, size_t a, size_t b)
{
    const lexicon_entry *le = phrase_lex(c, a, b);
    if (!le)
        return false;
    const token *last = &c->tok[b - 1];
    bool hyph = (last->flags & T_HYPH) != 0;
    bool based = hyph && strncmp(c->text + last->end, "-based", 6) == 0;
    /* "in the Amazon" is the region; the company takes no article */
    if ((le->classes & (LEX_ORG | LEX_AGENCY)) &&
        !((le->classes & LEX_REGION) && preceded_by_the(c, a))) {
        add_thing_tokens(c, DOC_ORG, a, b);
        return true;
    }
    if (le->classes & LEX_STATE_ABBREV) {
        /* "Merriwether Air Base, Md." but not "D-Ohio" */
        const token *p = tok_before(c, a);
        if (!p || !is_punct(p, ','))
            return true;
        add_thing_tokens(c, DOC_PLACE, a, b);
        return true;
    }
    /* "France 2", "France 24": a channel */
    const token *num = tok_after(c, b);
    const token *pv = tok_before(c, a);
    const token *after_num = tok_after(c, b + 1);
    if ((le->classes & LEX_COUNTRY) && num && (num->flags & T_NUM) &&
        num->end - num->start <= 2 && num->start == last->end + 1 &&
        ((pv && ((pv->lex & LEX_SPEECH) || word_is(c, pv, "on"))) ||
         (after_num &&
          ((after_num->flags & T_PUNCT) || is_media_word(c, after_num))))) {
        add_thing_tokens(c, DOC_ORG, a, b + 1);
        return true;
    }
    if (le->classes & LEX_PLACE_ANY) {
        if (locative_before(c, a) || c->context_place_end + 1 == a)
            c->context_place_end = b; /* "outside Glasgow and Havre" */
        /* "US-led" is an adjective; "X-based" still names the place */
        if (hyph && !based)
            return true;
        /* "US forces", "the U.S. border": an abbreviation as adjective */
        const token *n = tok_after(c, b);
        if (b - a == 1 && (last->flags & T_ALLCAPS) &&
            (le->classes & LEX_COUNTRY) && n && is_lower_word(n) &&
            !(n->lex & (LEX_FUNCTION | LEX_SPEECH)))
            return true;
        add_thing_tokens(c, DOC_PLACE, a, b);
        return true;
    }
    if (le->classes & (LEX_DEMONYM | LEX_CALENDAR | LEX_EVENT_HEAD |
                       LEX_FUNCTION | LEX_NUMBER | LEX_PRONOUN))
        return true; /* never a name */
    return false;
}

/* The longest title phrase starting at k within [k,b): capitalised title
 * words, optionally with an "of X" tail; returns its end or k. */
/* "Interior" in "Interior Cabinet Secretary": a ministry's field before a
 * title. */
static bool portfolio_word(const ctx *c, const token *t)
{
    static const char *const words[] = {
        "interior",    "foreign",     "finance",  "energy",    "health",
        "defence",     "defense",     "trade",    "education", "agriculture",
        "justice",     "transport",   "labour",   "labor",     "culture",
        "tourism",     "mining",      "water",    "economy",   "information",
        "environment", "immigration", "treasury", "home"};
    if (!(t->flags & T_CAP))
        return false;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tkey_is(c, t, words[i]))
            return true;
    return false;
}

/* Kin and companions stand before a name in lower case ("his son Tom");
 * capitalised, the word is a name ("Son Heung-min"), not a title. */
static bool kin_word(const ctx *c, const token *t)
{
    static const char *const words[] = {
        "son",           "daughter", "wife",   "husband",   "widow",
        "widower",       "grandson", "nephew", "niece",     "cousin",
        "granddaughter", "uncle",    "aunt",   "boyfriend", "girlfriend",
        "fiance",        "fiancee",  "friend", "neighbor",  "colleague"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tkey_is(c, t, words[i]))
            return true;
    return false;
}

static size_t title_at(ctx *c, size_t k, size_t b)
{
    size_t best = k;
    if (kin_word(c, &c->tok[k]) && (c->tok[k].flags & T_CAP))
        return k;
    if (k + 2 < b && portfolio_word(c, &c->tok[k]) &&
        !(phrase_lex(c, k, k + 2) &&
          (phrase_lex(c, k, k + 2)->classes & LEX_TITLE))) {
        size_t inner = title_at(c, k + 1, b);
        if (inner > k + 2 || (inner == k + 2 && inner < b &&
                              !(c->tok[k + 1].lex & LEX_ORG_HEAD)))
            return inner;
    }
    for (size_t m = k + 1; m <= b && m <= k + 4; m++) {
        const lexicon_entry *le = phrase_lex(c, k, m);
        if (le && (le->classes & LEX_TITLE))
            best = m;
    }
    if (best == k)
        return k;
    /* "Deputy" + "Foreign Minister" */
    if (best < b) {
        size_t more = title_at(c, best, b);
        if (more > best && more < b)
            best = more;
    }
    /* "Minister of Foreign Affairs" */
    if (best < b && word_is(c, &c->tok[best], "of")) {
        size_t m = best + 1;
        while (m < b && (c->tok[m].flags & T_CAP) &&
               !(c->tok[m].lex & LEX_GIVEN))
            m++;
        /* keep at least one word for the name */
        if (m >= b)
            m = b - 1 > best + 1 ? b - 1 : best + 1;
        if (m > best + 1)
            best = m;
    }
    return best;
}

/* Lower-case title words right before the run: "special envoy", "chief
 * negotiator", "spokeswoman". Returns the first token of the title or a. */
static size_t lower_title_before(ctx *c, size_t a)
{
    size_t best = a;
    for (size_t k = a; k > 0 && k + 3 > a; k--) {
        const token *t = &c->tok[k - 1];
        if (!is_lower_word(t))
            break;
        const lexicon_entry *le = phrase_lex(c, k - 1, a);
        if (le && (le->classes & LEX_TITLE))
            best = k - 1;
    }
    return best;
}

static doc_gender title_gender_of(ctx *c, size_t a, size_t b)
{
    const lexicon_entry *le = phrase_lex(c, a, b);
    if (le && le->gender != DOC_GENDER_UNKNOWN)
        return le->gender;
    return tok_gender(c, &c->tok[a]);
}

static void defer(ctx *c, size_t a, size_t b)
{
    size_t len;
    const char *key = phrase_key(c, a, b, &len);
    XGROW(c->pend, c->cap_pend, c->npend + 1);
    pending *p = &c->pend[c->npend++];
    memset(p, 0, sizeof *p);
    p->block = c->block;
    p->start = c->tok[a].start;
    p->end = c->tok[b - 1].end;
    p->key = xstrndup(key, len);
    p->locative = locative_before(c, a);
    p->credit = (c->tok[a].flags & T_CREDIT) != 0;
    p->caption = c->caption;
}

static bool classify(ctx *c, size_t a, size_t b, bool weak_start);

/* The prefix of a titled name ("Harlow Water Board" before
 * "Director X"): an organisation or place of its own, never a person. */
/* "Board of Supervisors", "Embassy in Peru": a head word with a tail. */
static bool has_org_tail(ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k + 2 < b; k++) {
        const token *t = &c->tok[k], *n = &c->tok[k + 1];
        /* a lead word that names a building ("Museum of") is left to
         * official-name */
        bool lead = (t->lex & LEX_ORG_LEAD) && !(t->lex & LEX_PLACE_HEAD);
        if ((t->flags & T_CAP) && ((t->lex & LEX_ORG_HEAD) || lead) &&
            is_lower_word(n) &&
            (word_is(c, n, "of") || word_is(c, n, "for") ||
             word_is(c, n, "in")))
            return true;
    }
    return false;
}

static void classify_prefix_typed(ctx *c, size_t a, size_t b, bool org_title);

/* The prefix's entities record "title-prefix". */
static void classify_prefix(ctx *c, size_t a, size_t b, bool org_title)
{
    const char *rule = c->rule;
    c->rule = "title-prefix";
    classify_prefix_typed(c, a, b, org_title);
    c->rule = rule;
}

static void classify_prefix_typed(ctx *c, size_t a, size_t b, bool org_title)
{
    /* "Assistant" in "Assistant Harlan County Attorney" */
    while (a < b && (c->tok[a].lex & LEX_TITLE))
        a++;
    if (a >= b)
        return;
    if (known_thing(c, a, b) || lexicon_thing(c, a, b))
        return;
    if (ends_with(c, a, b, LEX_ORG_HEAD) || has_org_tail(c, a, b)) {
        add_thing_tokens(c, DOC_ORG, a, b);
        return;
    }
    /* "Harlan County Road Management": the county */
    for (size_t k = b; k > a + 1; k--)
        if (ends_with(c, a, k, LEX_PLACE_HEAD)) {
            add_thing_tokens(c, DOC_PLACE, a, k);
            return;
        }
    /* a place at the start: "Peru's", "U.S." */
    for (size_t k = b; k > a; k--) {
        const lexicon_entry *le = phrase_lex(c, a, k);
        if (le && (le->classes & LEX_PLACE_ANY)) {
            add_thing_tokens(c, DOC_PLACE, a, k);
            return;
        }
    }
    /* "Brenwick CEO X", "Arden spokeswoman X": whom the title serves */
    if (!org_title || (c->tok[a].lex & (LEX_GIVEN | LEX_DEMONYM)))
        return;
    for (size_t k = a; k < b; k++)
        if (!(c->tok[k].flags & T_CAP) ||
            ((c->tok[k].flags & T_POSS) && k + 1 < b))
            return;
    add_thing_tokens(c, DOC_ORG, a, b);
}

/* Titles held in an organisation: an unknown name before them is one. */
static bool org_title_word(ctx *c, size_t ta, size_t tb)
{
    static const char *const words[] = {
        "ceo",         "cfo",          "coo",      "executive",  "chairman",
        "chairwoman",  "chair",        "founder",  "co-founder", "spokesman",
        "spokeswoman", "spokesperson", "director", "manager",    "coach",
        "president",   "chairperson",  "officer"};
    const token *t = &c->tok[tb - 1];
    (void)ta;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tkey_is(c, t, words[i]))
            return true;
    return false;
}

/* Title words that also open names of things ("General Electric", "Major
 * League Baseball", "Chief Justice Building"). */
static bool ambiguous_title(ctx *c, size_t ta, size_t tb)
{
    static const char *const words[] = {"general", "major", "private",
                                        "chief",   "first", "grand",
                                        "royal",   "star",  "judge"};
    for (size_t k = ta; k < tb; k++)
        for (size_t i = 0; i < sizeof words / sizeof *words; i++)
            if (tkey_is(c, &c->tok[k], words[i]))
                return true;
    return false;
}

/* A person with a title: [ta,tb) title words, [na,nb) the name; prefix
 * words [pa,ta) before the title. Returns false when [na,nb) is no name. */
static bool titled_person(ctx *c, size_t pa, size_t ta, size_t tb, size_t na,
                          size_t nb)
{
    if (na >= nb)
        return false;
    /* the rest must look like a name, not "General Motors" */
    /* "General Motors" is no general; "Defender Ed Mills" is a player:
     * a two-word rest ending in a head word counts after a plain title */
    if (nb - na >= 2 && ends_with(c, na, nb, LEX_ORG_HEAD | LEX_PLACE_HEAD) &&
        (nb - na >= 3 || ambiguous_title(c, ta, tb)))
        return false;
    for (size_t k = na; nb - na >= 2 && k < nb; k++)
        if ((c->tok[k].flags & T_CAP) && (c->tok[k].lex & LEX_ORG_HEAD) &&
            !(c->tok[k].lex & LEX_GIVEN))
            return false;
    if (nb - na == 1 && (c->tok[na].lex & (LEX_ORG_HEAD | LEX_EVENT_HEAD |
                                           LEX_CALENDAR | LEX_FUNCTION)))
        return false;
    const lexicon_entry *whole = phrase_lex(c, na, nb);
    if (whole && (whole->classes & (LEX_PLACE_ANY | LEX_ORG | LEX_DEMONYM)))
        return false;
    /* demonym before the title: "Peruvian President" */
    const char *dem = NULL;
    size_t dlen = 0;
    if (ta > pa && (c->tok[ta - 1].lex & LEX_DEMONYM)) {
        dem = c->text + c->tok[ta - 1].start;
        dlen = c->tok[ta - 1].end - c->tok[ta - 1].start;
        classify_prefix(c, pa, ta - 1, org_title_word(c, ta, tb));
    } else {
        classify_prefix(c, pa, ta, org_title_word(c, ta, tb));
    }
    size_t tstart = c->tok[ta].start, tend = c->tok[tb - 1].end;
    add_person(c, na, nb, c->text + tstart, tend - tstart,
               title_gender_of(c, ta, tb), dem, dlen);
    return true;
}

/* "Kansas City Chiefs", "San Francisco 49ers": a city and a plural. */
static bool match_side(const ctx *c, size_t a, size_t b);

/* The people of a club: "City manager", "United fans". */
static bool squad_word(const ctx *c, const token *t)
{
    static const char *const words[] = {
        "manager",    "coach",   "striker", "midfielder", "defender",
        "goalkeeper", "captain", "fans",    "players",    "supporters",
        "forward",    "winger",  "squad"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tkey_is(c, t, words[i]))
            return true;
    return false;
}

static size_t team_end(ctx *c, size_t a, size_t b)
{
    /* "Leeds United", "Harlow City": a city and a club word, when the
     * whole is no place the lexicon knows ("Quebec City") */
    if (b - a >= 2 && (tkey_is(c, &c->tok[b - 1], "united") ||
                       tkey_is(c, &c->tok[b - 1], "city"))) {
        const lexicon_entry *city = phrase_lex(c, a, b - 1);
        const lexicon_entry *whole = phrase_lex(c, a, b);
        /* many cities are called "X City": that one needs a match or
         * a squad beside it */
        const token *n = tok_after(c, b);
        bool club = tkey_is(c, &c->tok[b - 1], "united") ||
                    match_side(c, a, b) ||
                    (n && is_lower_word(n) && squad_word(c, n));
        if (club && city && (city->classes & LEX_CITY) &&
            !(city->classes & (LEX_COUNTRY | LEX_US_STATE | LEX_REGION)) &&
            !(whole && (whole->classes & LEX_PLACE_ANY)))
            return b;
    }
    for (size_t k = b - 1; k > a; k--) {
        const lexicon_entry *le = phrase_lex(c, a, k);
        if (!le || !(le->classes & (LEX_CITY | LEX_US_STATE)))
            continue;
        if (k == b) /* the number after the city */
            break;
        if (b - k > 2)
            return 0;
        for (size_t m = k; m < b; m++)
            if (c->tok[m].lex & (LEX_DEMONYM | LEX_ORG_HEAD | LEX_PLACE_HEAD |
                                 LEX_EVENT_HEAD | LEX_CALENDAR | LEX_PLACE_ANY))
                return 0;
        const token *last = &c->tok[b - 1];
        /* "Sofia Tavares", "Helena Marques": a given name that is also a
         * city, before a surname in -s, is a person unless a match or a
         * squad says otherwise */
        const token *n = tok_after(c, b);
        if (b - a == 2 && (c->tok[a].lex & LEX_GIVEN) && !match_side(c, a, b) &&
            !(n && is_lower_word(n) && squad_word(c, n)))
            return 0;
        if (last->klen > 2 && tkey(c, last)[last->klen - 1] == 's')
            return b;
        return 0;
    }
    /* a number team name follows the city: "49ers" */
    const lexicon_entry *le = phrase_lex(c, a, b);
    const token *n = tok_after(c, b);
    if (le && (le->classes & (LEX_CITY | LEX_US_STATE)) && n &&
        (n->flags & T_NUM) && n->start == c->tok[b - 1].end + 1 &&
        n->klen > 2 && tkey(c, n)[n->klen - 1] == 's' &&
        c_alpha((ucs4_t)tkey(c, n)[n->klen - 2]))
        return b + 1;
    return 0;
}

/* "3-1", "2-0": a score. */
static bool is_score(const ctx *c, const token *t)
{
    if (!t || !(t->flags & T_NUM) || t->end - t->start < 3 ||
        t->end - t->start > 5)
        return false;
    const char *s = c->text + t->start;
    size_t n = t->end - t->start, i = 0;
    while (i < n && c_digit((ucs4_t)s[i]))
        i++;
    if (i == 0 || i >= n || s[i] != '-')
        return false;
    size_t j = i + 1;
    while (j < n && c_digit((ucs4_t)s[j]))
        j++;
    return j == n && j > i + 1;
}

static bool is_result_verb(const ctx *c, const token *t)
{
    static const char *const words[] = {
        "beat",    "beats",  "beaten",  "defeated", "edged",     "thrashed",
        "routed",  "downed", "stunned", "crushed",  "outlasted", "over",
        "against", "drew",   "tied",    "trounced", "upset",     "hammered",
        "blanked", "lost",   "fell",    "won"};
    if (!t || !is_lower_word(t))
        return false;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tkey_is(c, t, words[i]))
            return true;
    return false;
}

/* "Arden beat Colby 3-1", "a 2-0 win over Colby": sides of a match. */
static bool match_side(const ctx *c, size_t a, size_t b)
{
    const token *p = tok_before(c, a), *n = tok_after(c, b);
    /* "beat the Rangers 3-1", "lost to the Hawks 98-91" */
    size_t back = a;
    if (p && word_is(c, p, "the") && back >= 2)
        p = &c->tok[--back - 1];
    if (p && word_is(c, p, "to") && back >= 2)
        p = &c->tok[--back - 1];
    if (is_result_verb(c, p) && is_score(c, n))
        return true;
    if (!is_result_verb(c, n))
        return false;
    /* the other side, then the score */
    size_t k = b + 1;
    /* "lost to the Hawks 98-91" */
    if (k < c->ntok && word_is(c, &c->tok[k], "to"))
        k++;
    if (k < c->ntok && word_is(c, &c->tok[k], "the"))
        k++;
    size_t side = k;
    while (k < c->ntok && k < b + 5 && is_name_word(&c->tok[k]))
        k++;
    return k > side && k < c->ntok && is_score(c, &c->tok[k]);
}

/* Two or three capitalised words that no list knows, in a place where a
 * name fits (no article or possessive before, no organisation noun
 * after): a person's name, the most common such run in news copy. */
static bool plain_name(ctx *c, size_t a, size_t b)
{
    if (b - a < 2 || b - a > 3)
        return false;
    for (size_t k = a; k < b; k++) {
        const token *t = &c->tok[k];
        if (!(t->flags & T_CAP) || (t->flags & T_ALLCAPS) || !t->klen ||
            (t->lex & ~(unsigned)(LEX_GIVEN | LEX_PARTICLE | LEX_COMMON)))
            return false;
        /* "Big Tech", "Black Lives Matter", "Covid Relief" */
        if ((t->lex & LEX_COMMON) && !(t->lex & LEX_GIVEN) &&
            (k == a || k + 1 < b || b - a == 2))
            return false;
        if (k + 1 < b && (t->flags & (T_POSS | T_HYPH)))
            return false;
    }
    /* "Le Clairon", "El Heraldo": an article opens a title */
    if ((c->tok[a].lex & (LEX_PARTICLE | LEX_FUNCTION)) &&
        !(c->tok[a].lex & LEX_GIVEN))
        return false;
    const token *p = tok_before(c, a);
    if (p && (p->flags & T_WORD)) {
        static const char *const before[] = {
            "the",   "a",    "an",  "this", "that",  "these",
            "those", "his",  "her", "its",  "their", "our",
            "my",    "your", "on",  "at",   "via",   "into"};
        for (size_t k = 0; k < sizeof before / sizeof *before; k++)
            if (word_is(c, p, before[k]))
                return false;
        /* "the poetry of Alma Verek" names a person; "a group of Boy
         * Scouts", "the shores of ..." and "towns of ..." do not */
        if (word_is(c, p, "of")) {
            const token *q = a >= 2 ? &c->tok[a - 2] : NULL;
            if (!q || !is_lower_word(q) || (q->flags & T_POSS) ||
                (q->lex & (LEX_PLACE_NOUN | LEX_ORG_NOUN | LEX_DIRECTION |
                           LEX_NUMBER | LEX_FUNCTION | LEX_SPEECH)) ||
                word_is(c, q, "group") || word_is(c, q, "team"))
                return false;
        }
        if (p->flags & T_POSS)
            return false;
    }
    const token *n = tok_after(c, b);
    if (n && is_lower_word(n) && (n->lex & (LEX_ORG_NOUN | LEX_PLACE_NOUN)))
        return false;
    return true;
}

/* "Heung-min": a capitalised syllable, a hyphen and a short lower-case
 * one, a shape East Asian given names take in the Latin alphabet. */
static bool hyphen_given(const ctx *c, const token *t)
{
    if (!(t->flags & T_CAP) || (t->flags & (T_ALLCAPS | T_POSS | T_HYPH)) ||
        t->lex)
        return false;
    const char *s = c->text + t->start;
    size_t n = t->end - t->start;
    const char *dash = memchr(s, '-', n);
    if (!dash || dash == s || (size_t)(dash - s) > 5)
        return false;
    size_t tail = n - (size_t)(dash - s) - 1;
    if (tail < 2 || tail > 4)
        return false;
    for (size_t i = (size_t)(dash - s) + 1; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z')
            return false;
    return true;
}

/* ---- typing passes ---------------------------------------------------------
 *
 * A run of capitalised words is typed by the first pass, in the order of
 * the table below (most precise first), that decides it; a pass that
 * cannot tell leaves it open for the next. Each entity records the name
 * of the pass that created it (entities[].rule in --json).
 *
 *   pass               decides
 *   credit-line        in a photo credit only people already known count
 *   sentence-adverb    "Currently, ...": an adverb opening a sentence
 *   court-district     "the Southern District of X": no entity of its own
 *   platform           "a post on X": the social platform
 *   bloc-plus          "OPEC+": an alliance grown around a bloc
 *   ampersand          "Harlow & Sons": no person's name has "&"
 *   team-city          "Kansas City Chiefs", "Leeds United"
 *   known              a name the document already typed
 *   group-plural       "the Islamists": a movement's members, no entity
 *   match-side         "Arden beat Colby 3-1": clubs
 *   team-nickname      "the Comets beat ...", "Comets fans": a club
 *   party-descriptor   "a Virginia Democrat": the state, and no person
 *   lexicon            places, organisations and outlets the lexicon knows
 *   greater-place      "Greater Manchester": a known place's region
 *   city-side          "the Lower East Side", "the South End"
 *   region-demonym     "Swiss Alps": a nationality before a region
 *   org-division       "Acme Cloud": a known company's division
 *   team-lead          "Real Valdora": a club's opening word
 *   club-town          "held 0-0 by Kelsby Town": a town's club in a match
 *   club-context       "Oston coach X", "Oston (17-5)", "No. 9 Oston": clubs
 *   party-name         "the Hope for the Valley party": a party's own name
 *   outlet             "told the X", "of The X", "X reported", KXRB-TV
 *   brand              "VeloTrak said": a capital inside one word that speaks
 *   event              "X Jr. Day": an event, no entity
 *   title-person       "Vice President X", "special envoy X"
 *   org-noun-before    "rescue group Tide Watch": a kind of organisation
 *   party-person       "Republican X Y": a party label before a name
 *   given-evidence     a given name with a person's context
 *   apposition-person  "X Lake, a former anchor": a surname like a place
 *   not-a-name         events, numbers, wars: no entity
 *   facility           "outside the Harlan Government Center": a building
 *   facility-centre    "the Hollen Cultural Centre": a building
 *   programme          "its Deep Orbit program": no entity
 *   church-building    "St. Alban's Church": a named church is a building
 *   org-suffix         "Kestrel Systems Inc.", "Northwind Labs": a head word
 *   public-body        "School District": a public body
 *   numbered-road      "U.S. Highway 12", "Route 9": the number is the name's
 *   shire              "Brackenshire": an English county's ending
 *   place-head         "X Airport", "X County", "X Museum"
 *   org-tail           "Board of Supervisors", "Embassy in Peru"
 *   official-name      "Center for Civil Liberties": a lead word with of/for
 *   place-lead         "Mount X", "Lake X"
 *   which-clause       "X Y, which ...": a thing, not a person ("who")
 *   given-name         a given name first: a person
 *   statement-org      "X said in a statement": an organisation
 *   hyphen-given       "Son Heung-min": a hyphenated given name
 *   weak-start         a sentence's first word: only with evidence
 *   acronym-org        "X (ABC)": an organisation with its initials
 *   org-context        "the X group", "X shares", "a spokesman for X"
 *   place-context      "in X", "X-based", "X, Texas", "residents of X"
 *   said-subject       "X said", "according to X", "X, 45,": a person
 *   name-particle      "Saif al-Nouri": a name with an Arabic particle
 *   plain-name         two or three unknown capitalised words: a person
 */

typedef enum {
    PASS_OPEN,  /* not decided: the next pass looks */
    PASS_TYPED, /* decided: an entity, a mention, or deliberately nothing */
    PASS_UNUSED /* decided: no name here (the run may be looked at later) */
} pass_result;

typedef pass_result (*pass_fn)(ctx *c, size_t a, size_t b, bool weak);

typedef struct {
    const char *name;
    pass_fn fn;
} entity_pass;

static pass_result typed(bool yes)
{
    return yes ? PASS_TYPED : PASS_OPEN;
}

static pass_result p_credit_line(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (!(c->tok[a].flags & T_CREDIT))
        return PASS_OPEN;
    for (size_t k = a; k < b; k++)
        for (size_t m = b; m > k; m--)
            if (known_person(c, k, m))
                return PASS_TYPED;
    return PASS_TYPED;
}

static pass_result p_court_district(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    return typed(b - a == 2 && tkey_is(c, &c->tok[a + 1], "district") &&
                 (tkey_is(c, &c->tok[a], "southern") ||
                  tkey_is(c, &c->tok[a], "northern") ||
                  tkey_is(c, &c->tok[a], "eastern") ||
                  tkey_is(c, &c->tok[a], "western") ||
                  tkey_is(c, &c->tok[a], "central") ||
                  tkey_is(c, &c->tok[a], "middle")) &&
                 b < c->ntok && word_is(c, &c->tok[b], "of"));
}

static pass_result org(ctx *c, size_t a, size_t b)
{
    add_thing_tokens(c, DOC_ORG, a, b);
    return PASS_TYPED;
}

static pass_result place(ctx *c, size_t a, size_t b)
{
    add_thing_tokens(c, DOC_PLACE, a, b);
    return PASS_TYPED;
}

/* A sports club: the document is about matches from here on. */
static pass_result club(ctx *c, size_t a, size_t b)
{
    c->sport = true;
    return org(c, a, b);
}

static pass_result person(ctx *c, size_t a, size_t b)
{
    add_person(c, a, b, NULL, 0, DOC_GENDER_UNKNOWN, NULL, 0);
    return PASS_TYPED;
}

static pass_result p_platform(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a == 1 && c->tok[a].end - c->tok[a].start == 1 &&
        c->text[c->tok[a].start] == 'X' && a >= 2 &&
        word_is(c, &c->tok[a - 1], "on") && is_lower_word(&c->tok[a - 2]))
        return org(c, a, b);
    return PASS_OPEN;
}

static pass_result p_bloc_plus(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a == 1 && (c->tok[a].flags & T_ALLCAPS) &&
        c->text[c->tok[a].end - 1] == '+')
        return org(c, a, b);
    return PASS_OPEN;
}

static pass_result p_ampersand(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    for (size_t k = a + 1; k + 1 < b; k++)
        if (is_punct(&c->tok[k], '&'))
            return org(c, a, b);
    return PASS_OPEN;
}

/* "Lakeshore: Hosts Dakota Plains on Saturday.", "Carver State: At Northern
 * Prairie on Sunday.": the wire's schedule line after a match report names
 * the opponent, a club, whatever its words. */
static bool schedule_verb(const ctx *c, const token *t)
{
    return tkey_is(c, t, "hosts") || tkey_is(c, t, "visits") ||
           tkey_is(c, t, "at") || tkey_is(c, t, "vs.") || tkey_is(c, t, "vs");
}

static pass_result p_schedule_line(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (!c->sport || a < 1)
        return PASS_OPEN;
    size_t v = a; /* the verb: in the run ("Hosts X") or before it ("At X") */
    if (!(schedule_verb(c, &c->tok[a]) && b - a >= 2)) {
        v = a - 1;
        if (!schedule_verb(c, &c->tok[v]))
            return PASS_OPEN;
    }
    if (v < 1 || !is_punct(&c->tok[v - 1], ':'))
        return PASS_OPEN;
    /* then the day: "on Saturday", "Saturday" */
    const token *n = tok_after(c, b);
    if (n && word_is(c, n, "on"))
        n = tok_after(c, b + 1);
    if (!n || !(n->lex & LEX_CALENDAR))
        return PASS_OPEN;
    return club(c, v == a ? a + 1 : a, b);
}

/* "the Seattle Storm", "the Chicago Sky": in a story about matches, "the"
 * and a known city or state before one capitalised word that names no
 * place is a club by a singular nickname. */
static bool singular_nickname(ctx *c, size_t a, size_t b)
{
    if (!c->sport || b - a < 2 || b - a > 3 || !preceded_by_the(c, a))
        return false;
    const lexicon_entry *home = phrase_lex(c, a, b - 1);
    const lexicon_entry *whole = phrase_lex(c, a, b);
    const token *last = &c->tok[b - 1];
    return home && (home->classes & (LEX_CITY | LEX_US_STATE)) &&
           !(whole && (whole->classes & LEX_PLACE_ANY)) &&
           (last->flags & T_CAP) &&
           !(last->flags & (T_POSS | T_HYPH | T_ALLCAPS | T_NUM)) &&
           !(last->lex & (LEX_PLACE_ANY | LEX_PLACE_HEAD | LEX_ORG_HEAD |
                          LEX_DEMONYM | LEX_CALENDAR | LEX_DIRECTION |
                          LEX_GIVEN | LEX_FUNCTION | LEX_AGENCY));
}

static pass_result p_team_city(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    size_t te = team_end(c, a, b);
    if (te)
        return club(c, a, te);
    return singular_nickname(c, a, b) ? club(c, a, b) : PASS_OPEN;
}

static pass_result p_known(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    return typed(known_person(c, a, b) || known_thing(c, a, b));
}

/* "Dovecote Energy, which supplies the valley": people take "who". */
static pass_result p_which_clause(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    const token *n = tok_after(c, b);
    if (!n || !is_punct(n, ',') || b + 1 >= c->ntok ||
        !word_is(c, &c->tok[b + 1], "which") || b - a < 2)
        return PASS_OPEN;
    if (c->tok[a].lex & (LEX_GIVEN | LEX_TITLE))
        return PASS_OPEN;
    for (size_t k = a; k < b; k++)
        if (c->tok[k].lex & LEX_CALENDAR)
            return PASS_OPEN;
    /* a known place stays a place ("Lyon, which ...") */
    const lexicon_entry *le = phrase_lex(c, a, b);
    if (le && (le->classes & LEX_PLACE_ANY))
        return PASS_OPEN;
    /* "in Cedar Hollow, which ..." is a place */
    const token *p = tok_before(c, a);
    if (p && (word_is(c, p, "in") || word_is(c, p, "near") ||
              word_is(c, p, "outside")))
        return PASS_OPEN;
    if (c->tok[a].flags & T_ALLCAPS)
        return PASS_OPEN;
    return org(c, a, b);
}

static pass_result p_match_side(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (!(c->tok[a].lex & LEX_PLACE_ANY) &&
        (!(c->tok[a].lex & LEX_GIVEN) || b - a == 1) && match_side(c, a, b)) {
        const lexicon_entry *le = phrase_lex(c, a, b);
        if (!le || !(le->classes & LEX_PLACE_ANY))
            return club(c, a, b);
    }
    return PASS_OPEN;
}

/* "a Virginia Democrat", "the Ohio Republican": a state and a party name
 * a person; the state is a place, the phrase no name. */
static pass_result p_party_descriptor(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a < 2 || !(c->tok[b - 1].lex & LEX_DEMONYM) ||
        !(c->tok[b - 1].flags & T_CAP))
        return PASS_OPEN;
    const token *p = tok_before(c, a);
    if (!p ||
        !(word_is(c, p, "a") || word_is(c, p, "an") || word_is(c, p, "the")))
        return PASS_OPEN;
    const lexicon_entry *le = phrase_lex(c, a, b - 1);
    /* "a Kelsby Republican": a town the lexicon does not know, before a
     * party's member */
    const token *t = &c->tok[a];
    bool town = b - a == 2 && !t->lex && !(t->flags & (T_POSS | T_HYPH)) &&
                (tkey_is(c, &c->tok[b - 1], "republican") ||
                 tkey_is(c, &c->tok[b - 1], "democrat"));
    if (!town &&
        (!le || !(le->classes & (LEX_US_STATE | LEX_COUNTRY | LEX_CITY))))
        return PASS_OPEN;
    return place(c, a, b - 1);
}

static pass_result p_lexicon(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    return typed(lexicon_thing(c, a, b));
}

/* "north", "Central": a compass point, as a place's qualifier. */
static bool compass_word(const ctx *c, const token *t)
{
    static const char *const words[] = {
        "north",       "south",        "east",         "west",
        "northern",    "southern",     "eastern",      "western",
        "central",     "northeast",    "northwest",    "southeast",
        "southwest",   "northeastern", "northwestern", "southeastern",
        "southwestern"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tkey_is(c, t, words[i]))
            return true;
    return false;
}

/* "Greater Lisbon"; "West Texas", "Northern Ontario": a known place with a
 * compass word before it is a part of that place. */
static pass_result p_greater_place(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a < 2 || !(c->tok[a].flags & T_CAP))
        return PASS_OPEN;
    bool greater = tkey_is(c, &c->tok[a], "greater");
    if (!greater && !compass_word(c, &c->tok[a]))
        return PASS_OPEN;
    const lexicon_entry *le = phrase_lex(c, a + 1, b);
    unsigned known = greater
                         ? LEX_CITY | LEX_REGION
                         : LEX_CITY | LEX_REGION | LEX_COUNTRY | LEX_US_STATE;
    if (le && (le->classes & known))
        return place(c, a, b);
    return PASS_OPEN;
}

static pass_result p_region_demonym(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 2 && (c->tok[a].lex & LEX_DEMONYM) &&
        !(c->tok[a].lex & LEX_PLACE_ANY)) {
        const lexicon_entry *rest = phrase_lex(c, a + 1, b);
        if (rest && (rest->classes & LEX_REGION))
            return place(c, a, b);
    }
    return PASS_OPEN;
}

static pass_result p_org_division(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 2 && b - a <= 3 && (c->tok[a].lex & LEX_ORG) &&
        !(c->tok[a].flags & T_POSS)) {
        for (size_t k = a + 1; k < b; k++)
            if (c->tok[k].lex & (LEX_TITLE | LEX_GIVEN | LEX_PLACE_ANY |
                                 LEX_CALENDAR | LEX_DEMONYM))
                return PASS_OPEN;
        return org(c, a, b);
    }
    return PASS_OPEN;
}

static pass_result p_team_lead(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 2 && (c->tok[a].lex & LEX_TEAM) && (c->tok[a].flags & T_CAP)) {
        /* "Stade de France", "Estadio del Sol": "of" makes the ground,
         * an adjective the club ("Stade Rennais") */
        if (is_lower_word(&c->tok[a + 1]) &&
            (c->tok[a + 1].lex & LEX_PARTICLE) &&
            tkey_is(c, &c->tok[a], "stade"))
            return place(c, a, b);
        return club(c, a, b);
    }
    return PASS_OPEN;
}

/* Is there a score ("2-1", "0-0") in the sentence of [a,b), within a
 * few words? */
static bool score_in_sentence(const ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k > 0 && k + 16 > a; k--) {
        const token *t = &c->tok[k - 1];
        if (is_sentence_end(t))
            break;
        if (is_score(c, t))
            return true;
        if (t->flags & T_SENT)
            break;
    }
    for (size_t k = b; k < c->ntok && k < b + 16; k++) {
        if (is_score(c, &c->tok[k]))
            return true;
        if (is_sentence_end(&c->tok[k]))
            break;
    }
    return false;
}

/* "held 0-0 by Kelsby Town": in a story about matches, a town's name with
 * Town, City or County beside a score is its club. ("Kelsby City" may be
 * the place itself: only a club named before and the score tell.) */
static pass_result p_club_town(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (!c->sport || b - a < 2 || b - a > 3 || !(c->tok[b - 1].flags & T_CAP) ||
        !(tkey_is(c, &c->tok[b - 1], "town") ||
          tkey_is(c, &c->tok[b - 1], "city") ||
          tkey_is(c, &c->tok[b - 1], "county")))
        return PASS_OPEN;
    for (size_t k = a; k < b; k++)
        if (c->tok[k].flags & (T_POSS | T_HYPH) && k + 1 < b)
            return PASS_OPEN;
    /* a known city's club is team-city's to find ("Leeds City") */
    const lexicon_entry *le = phrase_lex(c, a, b);
    const lexicon_entry *town = phrase_lex(c, a, b - 1);
    if ((le && (le->classes & LEX_PLACE_ANY)) ||
        (town && (town->classes & LEX_PLACE_ANY)))
        return PASS_OPEN;
    const token *p = tok_before(c, a), *n = tok_after(c, b);
    /* "from Arvel to Oston and Kelsby City": a list of places */
    if (a >= 2 && c->context_place_end == a - 1)
        return PASS_OPEN;
    if (word_is(c, p, "in") || word_is(c, p, "near") ||
        word_is(c, p, "outside") || word_is(c, p, "across") ||
        word_is(c, p, "into"))
        return PASS_OPEN;
    if (score_in_sentence(c, a, b) || is_result_verb(c, p) ||
        (n && is_lower_word(n) && (squad_word(c, n) || is_result_verb(c, n))))
        return club(c, a, b);
    return PASS_OPEN;
}

/* AP sports copy: "Oston coach Ada Kemp", "Oston (17-5, 7-3) led", "beat
 * No. 9 Oston": a club by its staff, its record or its ranking. */
static pass_result p_club_context(ctx *c, size_t a, size_t b, bool weak)
{
    if (b - a > 3 || (c->tok[a].lex & (LEX_GIVEN | LEX_TITLE)) ||
        (c->tok[b - 1].flags & (T_POSS | T_HYPH)))
        return PASS_OPEN;
    /* "City manager X", "Rovers fans", "Hornets coach X": a club's short
     * name or nickname, not a club of its own */
    const token *w = &c->tok[a];
    if (b - a == 1 && ((w->lex & (LEX_CLUB_HEAD | LEX_PLACE_HEAD)) ||
                       (w->klen > 2 && tkey(c, w)[w->klen - 1] == 's')))
        return PASS_OPEN;
    const token *n = tok_after(c, b);
    /* "Home coach X", "Visiting coach X": a sentence's first word that is
     * capitalised nowhere else is an adjective there, not a club */
    bool adjective = weak && b - a == 1;
    if (n && !adjective && is_lower_word(n) && squad_word(c, n) &&
        b + 1 < c->ntok && is_name_word(&c->tok[b + 1]) &&
        !(c->tok[b + 1].lex & (LEX_CALENDAR | LEX_FUNCTION)))
        return club(c, a, b);
    if (n && is_punct(n, '(') && b + 1 < c->ntok && is_score(c, &c->tok[b + 1]))
        return club(c, a, b);
    if (a >= 2 && (c->tok[a - 1].flags & T_NUM) &&
        tkey_is(c, &c->tok[a - 2], "no.") &&
        (c->sport || score_in_sentence(c, a, b)))
        return club(c, a, b);
    return PASS_OPEN;
}

/* "the Onward for the Valley party": a name with a connector before
 * "party" or "movement" is the party's, whatever its last word. */
static pass_result p_party_name(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a < 3 || !party_noun_at(c, b))
        return PASS_OPEN;
    for (size_t k = a + 1; k + 1 < b; k++)
        if (is_lower_word(&c->tok[k]))
            return org(c, a, b);
    return PASS_OPEN;
}

/* "KXRB-TV", "WQPN": a North American broadcaster's call sign, four
 * capitals from K or W (not a roman numeral), with its band after. */
static bool call_sign(const ctx *c, const token *t)
{
    if (!(t->flags & T_ALLCAPS) || t->lex)
        return false;
    const char *s = c->text + t->start;
    size_t n = t->end - t->start;
    if (n != 4 && !(n == 7 && s[4] == '-'))
        return false;
    if (s[0] != 'K' && s[0] != 'W')
        return false;
    for (size_t i = 0; i < n; i++)
        if (i != 4 && !(s[i] >= 'A' && s[i] <= 'Z'))
            return false;
    if (n == 7 && !((s[5] == 'T' && s[6] == 'V') || s[6] == 'M' ||
                    (s[5] == 'D' && s[6] == 'T')))
        return false;
    return !(s[2] == 'I' && s[3] == 'I');
}

/* News outlets named as sources: "told the Harlow Courier-Post", "Rosa
 * Lind of The Pit" (a capital "The" inside a sentence opens a title),
 * "Marquee reported", "according to Marquee, which first reported", and
 * call signs. */
static pass_result p_outlet(ctx *c, size_t a, size_t b, bool weak)
{
    if (b - a == 1 && call_sign(c, &c->tok[a]))
        return org(c, a, b);
    if (c->tok[a].lex & (LEX_TITLE | LEX_ROLE | LEX_GIVEN))
        return PASS_OPEN;
    for (size_t k = a; k < b; k++)
        if (c->tok[k].flags & (T_QUOTED | T_ALLCAPS))
            return PASS_OPEN;
    /* "in the Harlow area": a place's name before a noun */
    const lexicon_entry *whole = phrase_lex(c, a, b);
    if (whole && (whole->classes & LEX_PLACE_ANY))
        return PASS_OPEN;
    const token *the = tok_before(c, a);
    if (word_is(c, the, "the") && a >= 2) {
        const token *v = &c->tok[a - 2];
        bool capital = c->text[the->start] == 'T' && !(the->flags & T_SENT);
        /* "Rosa Lind of The Pit" names her paper, "the author of The
         * Long Field" a book */
        bool of = word_is(c, v, "of") && a >= 3 &&
                  (c->tok[a - 3].flags & T_CAP) &&
                  !(c->tok[a - 3].flags & T_SENT);
        if (word_is(c, v, "told") ||
            (capital && (of || word_is(c, v, "for") || word_is(c, v, "with") ||
                         word_is(c, v, "by") ||
                         (word_is(c, v, "to") && a >= 3 &&
                          word_is(c, &c->tok[a - 3], "according")))))
            return org(c, a, b);
    }
    /* "Residents reported": a sentence's first word needs more */
    if (weak || b - a != 1 || (c->tok[a].flags & (T_POSS | T_HYPH)) ||
        c->tok[a].lex)
        return PASS_OPEN;
    const token *n = tok_after(c, b);
    size_t k = b;
    if (n && is_punct(n, ',') && b + 1 < c->ntok &&
        word_is(c, &c->tok[b + 1], "which"))
        k = b + 2;
    if (k < c->ntok && word_is(c, &c->tok[k], "first"))
        k++;
    if (k < c->ntok &&
        (word_is(c, &c->tok[k], "reported") ||
         (k > b && (word_is(c, &c->tok[k], "published") ||
                    word_is(c, &c->tok[k], "broke")))) &&
        !(k + 1 < c->ntok && word_is(c, &c->tok[k + 1], "from")))
        return org(c, a, b);
    return PASS_OPEN;
}

/* "VeloTrak", "AgriNova": a word with a capital inside after three or
 * more small letters is a brand; "MacArthur", "FitzGerald", "DelBene" and
 * "DesJarlais" are surnames. */
static bool camel_brand(const ctx *c, const token *t)
{
    if ((t->flags & (T_ALLCAPS | T_POSS)) || t->lex || !(t->flags & T_CAP))
        return false;
    const char *s = c->text + t->start;
    size_t n = t->end - t->start, i = 1;
    /* "@AdaKemp" is a person's handle */
    if (t->start > 0 && s[-1] == '@')
        return false;
    while (i < n && s[i] >= 'a' && s[i] <= 'z')
        i++;
    if (i < 4 || i + 2 > n || !(s[i] >= 'A' && s[i] <= 'Z') ||
        !(s[i + 1] >= 'a' && s[i + 1] <= 'z'))
        return false;
    static const char *const surname[] = {"mac", "fitz", "del", "des",
                                          "van", "von",  "dal", "san"};
    for (size_t k = 0; k < sizeof surname / sizeof *surname; k++)
        if (strlen(surname[k]) == i && s[0] - 'A' + 'a' == surname[k][0] &&
            strncmp(s + 1, surname[k] + 1, i - 1) == 0)
            return false;
    return true;
}

/* A brand that speaks ("VeloTrak said") or owns ("VeloTrak shares") is a
 * company, not a person. */
static pass_result p_brand(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a != 1 || !camel_brand(c, &c->tok[a]))
        return PASS_OPEN;
    const token *n = tok_after(c, b);
    if ((n && is_lower_word(n) && (n->lex & LEX_SPEECH)) ||
        org_context(c, a, b))
        return org(c, a, b);
    return PASS_OPEN;
}

static pass_result p_event(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    return typed(b - a >= 3 && ends_with(c, a, b, LEX_EVENT_HEAD));
}

static pass_result p_title_person(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    /* lower-case title words before the run ("special envoy X") */
    size_t lt = lower_title_before(c, a);
    if (lt < a) {
        /* "army chief General X": the capitalised title joins it */
        size_t na = title_at(c, a, b);
        if (na >= b)
            na = a;
        if (titled_person(c, a, lt, na, na, b))
            return PASS_TYPED;
    }
    /* The title that ends last wins ("Assistant Harlan County Attorney
     * X": "County Attorney"), taken from its earliest start ("Vice
     * President", not "President"). */
    size_t ends[16];
    size_t nrun = b - a < 16 ? b - a : 16;
    for (size_t k = 0; k < nrun; k++)
        ends[k] = title_at(c, a + k, b);
    for (size_t e = b - 1; e > a; e--) {
        size_t k = 0;
        while (k < nrun && ends[k] != e)
            k++;
        if (k < nrun && ends[k] > a + k && titled_person(c, a, a + k, e, e, b))
            return PASS_TYPED;
    }
    return PASS_OPEN;
}

static pass_result p_party_person(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 3 && (c->tok[a].lex & LEX_DEMONYM) &&
        !(c->tok[a].lex & LEX_PLACE_ANY) &&
        ((c->tok[a + 1].lex & LEX_GIVEN) || person_evidence(c, a, b)) &&
        !ends_with(c, a + 1, b, LEX_ORG_HEAD)) {
        add_person(c, a + 1, b, NULL, 0, DOC_GENDER_UNKNOWN, NULL, 0);
        return PASS_TYPED;
    }
    return PASS_OPEN;
}

static pass_result p_given_evidence(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 2 && (c->tok[a].lex & LEX_GIVEN) && person_evidence(c, a, b))
        return person(c, a, b);
    return PASS_OPEN;
}

static pass_result p_apposition_person(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 2 && ends_with(c, a, b, LEX_PLACE_HEAD) &&
        apposition_evidence(c, a, b))
        return person(c, a, b);
    return PASS_OPEN;
}

/* "Tiana, the Brazilian forward who ...", "Odair, 31, ...": one word the
 * lexicon does not know, in a person's apposition, is a person known by
 * one name. */
static pass_result p_one_name(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    const token *t = &c->tok[a];
    if (b - a != 1 || !(t->flags & T_CAP) ||
        (t->flags & (T_ALLCAPS | T_POSS | T_HYPH | T_NUM)) ||
        (t->lex & ~(unsigned)(LEX_GIVEN | LEX_COMMON)))
        return PASS_OPEN;
    /* ", the Brazilian forward": an article, then a role noun (not a
     * nationality: "the Norwegian archipelago") before the phrase ends */
    if (b + 2 >= c->ntok || !is_punct(&c->tok[b], ',') ||
        !(word_is(c, &c->tok[b + 1], "the") ||
          word_is(c, &c->tok[b + 1], "a") || word_is(c, &c->tok[b + 1], "an")))
        return PASS_OPEN;
    for (size_t m = b + 2; m < c->ntok && m < b + 6; m++) {
        const token *x = &c->tok[m];
        if (!is_lower_word(x) && !(x->lex & LEX_DEMONYM))
            return PASS_OPEN;
        if (x->lex & (LEX_PLACE_NOUN | LEX_ORG_NOUN | LEX_PLACE_HEAD))
            return PASS_OPEN;
        if (is_lower_word(x) && (x->lex & LEX_ROLE) &&
            !(x->lex & (LEX_DEMONYM | LEX_FUNCTION))) {
            const token *n = tok_after(c, m + 1);
            /* the role ends the phrase: "forward who", "forward,"; but
             * "near X, a rice farmer, Y," gives Y the role, and X is a
             * place */
            const token *p = tok_before(c, a);
            bool next_name = n && is_punct(n, ',') && m + 2 < c->ntok &&
                             is_name_word(&c->tok[m + 2]);
            bool locative =
                p && (word_is(c, p, "in") || word_is(c, p, "near") ||
                      word_is(c, p, "at") || word_is(c, p, "from") ||
                      word_is(c, p, "to") || word_is(c, p, "outside"));
            if ((!n || is_punct(n, ',') || word_is(c, n, "who") ||
                 is_sentence_end(n)) &&
                !next_name && !locative)
                return person(c, a, b);
            return PASS_OPEN;
        }
    }
    return PASS_OPEN;
}

static pass_result p_not_a_name(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (ends_with(c, a, b, LEX_EVENT_HEAD) || (c->tok[b - 1].lex & LEX_NUMBER))
        return PASS_TYPED;
    for (size_t k = a; k < b; k++)
        if (tkey_is(c, &c->tok[k], "war"))
            return PASS_TYPED;
    return PASS_OPEN;
}

static pass_result p_facility(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 2 &&
        (tkey_is(c, &c->tok[b - 1], "center") ||
         tkey_is(c, &c->tok[b - 1], "centre")) &&
        preceded_by_the(c, a) && a >= 2 &&
        (word_is(c, &c->tok[a - 2], "outside") ||
         word_is(c, &c->tok[a - 2], "inside") ||
         word_is(c, &c->tok[a - 2], "near")))
        return place(c, a, b);
    return PASS_OPEN;
}

static pass_result p_programme(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    const token *n = tok_after(c, b);
    return typed(b - a >= 2 && n && is_lower_word(n) &&
                 (word_is(c, n, "program") || word_is(c, n, "programme") ||
                  word_is(c, n, "scheme") || word_is(c, n, "initiative")));
}

/* "St. Alban's Church", "Orrin Street Baptist Church": a church with a
 * name of its own is the building; "the Greek Orthodox Church", "the
 * United Methodist Church" (denominations only) the body. */
static pass_result p_church_building(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a < 2 || !tkey_is(c, &c->tok[b - 1], "church") ||
        !(c->tok[b - 1].flags & T_CAP))
        return PASS_OPEN;
    for (size_t k = a; k + 1 < b; k++)
        if (!(c->tok[k].lex & LEX_DEMONYM) && !tkey_is(c, &c->tok[k], "united"))
            return place(c, a, b);
    return PASS_OPEN;
}

static pass_result p_org_suffix(ctx *c, size_t a, size_t b, bool weak)
{
    if (!ends_with(c, a, b, LEX_ORG_HEAD) || (b - a == 1 && weak))
        return PASS_OPEN;
    if (b - a == 1 && !preceded_by_the(c, a))
        return PASS_UNUSED;
    return ends_with(c, a, b, LEX_CLUB_HEAD) ? club(c, a, b) : org(c, a, b);
}

/* "Statistics Norway", "Parks Canada", "Air France": a word or two before
 * a country's name make a national body or company; a person is hardly
 * ever surnamed after a country, and a given name before it says so. */
static pass_result p_country_tail(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a < 2 || b - a > 3 || !(c->tok[b - 1].lex & LEX_COUNTRY) ||
        !(c->tok[b - 1].flags & T_CAP) ||
        (c->tok[b - 1].flags & (T_POSS | T_HYPH)))
        return PASS_OPEN;
    for (size_t k = a; k + 1 < b; k++)
        if (!(c->tok[k].flags & T_CAP) || (c->tok[k].flags & T_ALLCAPS) ||
            (c->tok[k].lex &
             (LEX_GIVEN | LEX_TITLE | LEX_PLACE_ANY | LEX_DIRECTION |
              LEX_DEMONYM | LEX_FUNCTION | LEX_PARTICLE | LEX_CALENDAR)))
            return PASS_OPEN;
    return org(c, a, b);
}

static pass_result p_public_body(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 2 && tkey_is(c, &c->tok[b - 1], "district") &&
        is_service_word(c, &c->tok[b - 2]))
        return org(c, a, b);
    return PASS_OPEN;
}

/* "U.S. Highway 12", "Route 9", "Interstate 80": a road and its number */
static pass_result p_numbered_road(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    const token *last = &c->tok[b - 1], *n = tok_after(c, b);
    if (!n || !(n->flags & T_NUM) || n->end - n->start > 4 ||
        (last->flags & (T_POSS | T_HYPH)) || n->start != last->end + 1 ||
        !(tkey_is(c, last, "highway") || tkey_is(c, last, "route") ||
          tkey_is(c, last, "interstate")))
        return PASS_OPEN;
    for (size_t k = n->start; k < n->end; k++)
        if (!c_digit((ucs4_t)(unsigned char)c->text[k]))
            return PASS_OPEN;
    return place(c, a, b + 1);
}

/* "Brackenshire", "North Oxshire": an English county's ending */
static pass_result p_shire(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    const token *last = &c->tok[b - 1];
    if (b - a > 2 || last->klen < 8 || (last->flags & (T_HYPH | T_ALLCAPS)) ||
        memcmp(tkey(c, last) + last->klen - 5, "shire", 5) != 0)
        return PASS_OPEN;
    if (b - a == 2 && !(c->tok[a].lex & LEX_DIRECTION))
        return PASS_OPEN;
    return place(c, a, b);
}

static pass_result p_place_head(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (ends_with(c, a, b, LEX_PLACE_HEAD) && b - a >= 2) {
        size_t s = a;
        /* "221 Baker St." */
        if (a > 0 && (c->tok[a - 1].flags & T_NUM))
            s = a - 1;
        return place(c, s, b);
    }
    return PASS_OPEN;
}

static pass_result p_org_tail(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    return has_org_tail(c, a, b) ? org(c, a, b) : PASS_OPEN;
}

static pass_result p_official_name(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 3 && (c->tok[a].lex & LEX_ORG_LEAD)) {
        for (size_t k = a + 1; k < b; k++)
            if (word_is(c, &c->tok[k], "of") || word_is(c, &c->tok[k], "for") ||
                word_is(c, &c->tok[k], "on")) {
                /* "Museum of Flight", "Hospital for Sick Children": a
                 * building one visits */
                if ((c->tok[a].lex & LEX_PLACE_HEAD) &&
                    !(c->tok[a].lex & LEX_ORG_HEAD))
                    return place(c, a, b);
                return org(c, a, b);
            }
    }
    return PASS_OPEN;
}

static pass_result p_place_lead(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 2 && (c->tok[a].lex & LEX_PLACE_LEAD) &&
        (c->tok[a].flags & T_CAP))
        return place(c, a, b);
    return PASS_OPEN;
}

static pass_result p_given_name(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 2 && (c->tok[a].lex & LEX_GIVEN) &&
        !(c->tok[a].flags & T_ALLCAPS))
        return person(c, a, b);
    return PASS_OPEN;
}

static pass_result p_statement_org(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b + 4 < c->ntok && (c->tok[b].lex & LEX_SPEECH) &&
        word_is(c, &c->tok[b + 1], "in") &&
        (word_is(c, &c->tok[b + 2], "a") ||
         word_is(c, &c->tok[b + 2], "its")) &&
        (word_is(c, &c->tok[b + 3], "statement") ||
         word_is(c, &c->tok[b + 3], "filing") ||
         word_is(c, &c->tok[b + 3], "release")))
        return org(c, a, b);
    return PASS_OPEN;
}

static pass_result p_hyphen_given(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a == 2 && hyphen_given(c, &c->tok[a + 1]) &&
        !(c->tok[a].flags & (T_POSS | T_HYPH)) &&
        !(c->tok[a].lex & (LEX_PLACE_ANY | LEX_ORG | LEX_FUNCTION)))
        return person(c, a, b);
    return PASS_OPEN;
}

/* A sentence's first word proves nothing by its capital: the run is a
 * name only with evidence, and no later pass may guess. */
static pass_result p_weak_start(ctx *c, size_t a, size_t b, bool weak)
{
    if (!weak)
        return PASS_OPEN;
    /* "Velco, the world's largest miner, said": an unknown word with an
     * organisation's apposition or companions */
    if (c->tok[a].lex == 0 && !(c->tok[a].flags & T_ALLCAPS) &&
        org_context(c, a, b))
        return org(c, a, b);
    /* "Tomás X, the regional councillor, said" opens a sentence */
    if (b - a == 2) {
        const token *second = &c->tok[a + 1];
        if (person_evidence(c, a, b))
            return person(c, a, b);
        /* "Ask Ines in a year": an unknown first word before a given
         * name, or in speech before a name a person already goes by (an
         * imperative), is a verb or an adverb; the name is looked at
         * alone */
        const char *sk = tkey(c, second);
        bool named = (second->lex & LEX_GIVEN) ||
                     ((c->tok[a].flags & T_QUOTED) &&
                      (smap_get(&c->persons, sk, second->klen) != DOC_NONE ||
                       smap_get(&c->firsts, sk, second->klen) != DOC_NONE ||
                       smap_get(&c->givens, sk, second->klen) != DOC_NONE));
        if (!c->tok[a].lex && named &&
            !(c->tok[a].flags & (T_ALLCAPS | T_POSS | T_HYPH)))
            return PASS_UNUSED;
        if (annotate_capitalised(c->an, second) && plain_name(c, a, b))
            return person(c, a, b);
    }
    /* "Tedla Mesfin Abebe, the agency's director, urged": three unknown
     * capitalised words with a person's apposition */
    if (b - a == 3 && plain_name(c, a, b) && apposition_evidence(c, a, b))
        return person(c, a, b);
    return PASS_UNUSED;
}

static pass_result p_acronym_org(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    const token *n = tok_after(c, b);
    if (n && is_punct(n, '(') && b + 2 < c->ntok &&
        (c->tok[b + 1].flags & T_ALLCAPS) && is_punct(&c->tok[b + 2], ')'))
        return org(c, a, b);
    return PASS_OPEN;
}

static pass_result p_org_context(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    /* "Health officials said": an everyday word opening a sentence */
    const token *t = &c->tok[a];
    if (b - a == 1 && (t->flags & T_SENT) && (t->lex & LEX_COMMON) &&
        !(t->lex & (LEX_ORG | LEX_AGENCY | LEX_PLACE_ANY | LEX_GIVEN)))
        return PASS_UNUSED;
    bool allcaps = b - a == 1 && (c->tok[a].flags & T_ALLCAPS);
    /* "public broadcaster NOS"; "the national weather agency, KLIM," */
    const token *p = tok_before(c, a);
    const token *pp = a >= 2 ? &c->tok[a - 2] : NULL;
    if (org_context(c, a, b) ||
        (allcaps && p && is_lower_word(p) && (p->lex & LEX_ORG_NOUN)) ||
        (allcaps && p && is_punct(p, ',') && pp && is_lower_word(pp) &&
         (pp->lex & LEX_ORG_NOUN) && !(pp->flags & T_POSS)))
        return org(c, a, b);
    return PASS_OPEN;
}

static pass_result p_place_context(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a == 1 && (c->tok[a].flags & T_ALLCAPS))
        return PASS_UNUSED; /* initials need more than a place's context */
    if (place_context(c, a, b)) {
        /* "the Royal Harlow hospital": a building's kind in lower case is
         * part of its name */
        static const char *const buildings[] = {
            "hospital", "museum", "cathedral", "mosque", "church", "bridge",
            "stadium",  "arena",  "airport",   "prison", "temple"};
        const token *n = tok_after(c, b);
        size_t e = b;
        for (size_t k = 0; n && is_lower_word(n) &&
                           !(c->tok[b - 1].flags & (T_POSS | T_HYPH)) &&
                           k < sizeof buildings / sizeof *buildings;
             k++)
            if (word_is(c, n, buildings[k]))
                e = b + 1;
        add_thing_tokens(c, DOC_PLACE, a, e);
        c->context_place_end = e;
        return PASS_TYPED;
    }
    return PASS_OPEN;
}

static pass_result p_said_subject(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    /* "according to Nielsen" names a source, not always a person */
    bool according = b - a == 1 && a >= 2 && word_is(c, &c->tok[a - 1], "to") &&
                     word_is(c, &c->tok[a - 2], "according");
    if ((!according && person_evidence(c, a, b)) ||
        (c->kind == DOC_BLOCK_CREDIT && b - a >= 2 && b - a <= 4))
        return person(c, a, b);
    return PASS_OPEN;
}

static pass_result p_name_particle(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a >= 2 && !preceded_by_the(c, a)) {
        for (size_t k = a + 1; k < b; k++) {
            const char *s = c->text + c->tok[k].start;
            if ((s[0] == 'a' || s[0] == 'e') && s[1] == 'l' && s[2] == '-')
                return person(c, a, b);
        }
    }
    return PASS_OPEN;
}

static pass_result p_plain_name(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    return plain_name(c, a, b) ? person(c, a, b) : PASS_OPEN;
}

/* "Currently, the board ...", "Reportedly, X wanted": an adverb opening a
 * sentence is capitalised by its place alone. */
static bool adverb_shape(const ctx *c, const token *t)
{
    static const char *const endings[] = {"ally", "ntly", "edly", "usly",
                                          "vely", "tely", "ably", "ibly",
                                          "arly", "ssly", "ctly", "ftly"};
    if (t->klen < 6 || (t->lex & ~(unsigned)(LEX_COMMON | LEX_FUNCTION)))
        return false;
    const char *k = tkey(c, t) + t->klen - 4;
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++)
        if (memcmp(k, endings[i], 4) == 0)
            return true;
    return false;
}

static pass_result p_sentence_adverb(ctx *c, size_t a, size_t b, bool weak)
{
    if (!weak || !adverb_shape(c, &c->tok[a]))
        return PASS_OPEN;
    const token *n = tok_after(c, a + 1);
    if (b - a == 1 && n && is_punct(n, ','))
        return PASS_UNUSED;
    return PASS_OPEN;
}

/* "the Comets beat the Rangers 3-1", "Comets fans", "beat the Rangers":
 * a club by its nickname, a capitalised plural after "the" in a match or
 * beside its squad. */
static pass_result p_team_nickname(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a > 2)
        return PASS_OPEN;
    const token *last = &c->tok[b - 1];
    if (last->klen < 4 || tkey(c, last)[last->klen - 1] != 's' ||
        (last->flags & (T_POSS | T_ALLCAPS)))
        return PASS_OPEN;
    for (size_t k = a; k < b; k++)
        if (c->tok[k].lex & (LEX_PLACE_ANY | LEX_DEMONYM | LEX_GIVEN |
                             LEX_TITLE | LEX_ORG_HEAD | LEX_CALENDAR))
            return PASS_OPEN;
    if (!preceded_by_the(c, a))
        return PASS_OPEN;
    const token *n = tok_after(c, b);
    bool match =
        match_side(c, a, b) ||
        (n && is_lower_word(n) && (squad_word(c, n) || is_result_verb(c, n)));
    /* "beat the Rangers", "a win over the Rangers" */
    if (!match && a >= 2 && is_result_verb(c, &c->tok[a - 2]))
        match = true;
    return match ? club(c, a, b) : PASS_OPEN;
}

/* "the Hollen Cultural Centre", "Brisk Convention Center": a building. */
static pass_result p_facility_centre(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    static const char *const kinds[] = {
        "cultural",   "community", "convention", "shopping",   "arts",
        "medical",    "aquatic",   "civic",      "visitor",    "visitors",
        "conference", "detention", "leisure",    "exhibition", "heritage",
        "recreation", "events",    "performing", "science",    "trauma"};
    if (b - a < 2 || !(tkey_is(c, &c->tok[b - 1], "center") ||
                       tkey_is(c, &c->tok[b - 1], "centre")))
        return PASS_OPEN;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (tkey_is(c, &c->tok[b - 2], kinds[i]))
            return place(c, a, b);
    return PASS_OPEN;
}

/* "rescue group Tide Watch", "the retailer Brisk": a name right after the
 * noun saying what kind of organisation it is. */
static pass_result p_org_noun_before(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    const token *p = tok_before(c, a);
    if (!p || !is_lower_word(p) || !(p->lex & LEX_ORG_NOUN) ||
        (p->flags & T_POSS) || (p->lex & (LEX_TITLE | LEX_ROLE)))
        return PASS_OPEN;
    /* "the band's singer X", "court Judge X" are left to the others */
    if (c->tok[a].lex & (LEX_GIVEN | LEX_TITLE | LEX_PLACE_ANY | LEX_DEMONYM))
        return PASS_OPEN;
    if (c->tok[b - 1].flags & T_POSS)
        return PASS_OPEN;
    return org(c, a, b);
}

/* "the Islamists", "Trotskyites": a movement's members, no one person. */
static pass_result p_group_plural(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    const token *t = &c->tok[a];
    if (b - a != 1 || t->klen < 6 || (t->lex & ~(unsigned)LEX_COMMON))
        return PASS_OPEN;
    const char *k = tkey(c, t) + t->klen - 4;
    return typed(memcmp(k, "ists", 4) == 0 || memcmp(k, "ites", 4) == 0);
}

/* "the West Side", "Lower East Side", "the South End": a city's part. */
static pass_result p_city_side(ctx *c, size_t a, size_t b, bool weak)
{
    (void)weak;
    if (b - a < 2 || b - a > 3 ||
        !(tkey_is(c, &c->tok[b - 1], "side") ||
          tkey_is(c, &c->tok[b - 1], "end")))
        return PASS_OPEN;
    const token *d = &c->tok[b - 2];
    if (!(tkey_is(c, d, "west") || tkey_is(c, d, "east") ||
          tkey_is(c, d, "north") || tkey_is(c, d, "south")))
        return PASS_OPEN;
    if (b - a == 3 &&
        !(tkey_is(c, &c->tok[a], "upper") || tkey_is(c, &c->tok[a], "lower")))
        return PASS_OPEN;
    return place(c, a, b);
}

static const entity_pass passes[] = {
    {"credit-line", p_credit_line},
    {"sentence-adverb", p_sentence_adverb},
    {"court-district", p_court_district},
    {"platform", p_platform},
    {"bloc-plus", p_bloc_plus},
    {"ampersand", p_ampersand},
    {"schedule-line", p_schedule_line},
    {"team-city", p_team_city},
    {"known", p_known},
    {"group-plural", p_group_plural},
    {"match-side", p_match_side},
    {"team-nickname", p_team_nickname},
    {"party-descriptor", p_party_descriptor},
    {"lexicon", p_lexicon},
    {"greater-place", p_greater_place},
    {"city-side", p_city_side},
    {"region-demonym", p_region_demonym},
    {"org-division", p_org_division},
    {"team-lead", p_team_lead},
    {"club-town", p_club_town},
    {"club-context", p_club_context},
    {"party-name", p_party_name},
    {"outlet", p_outlet},
    {"brand", p_brand},
    {"event", p_event},
    {"title-person", p_title_person},
    {"org-noun-before", p_org_noun_before},
    {"party-person", p_party_person},
    {"given-evidence", p_given_evidence},
    {"apposition-person", p_apposition_person},
    {"one-name", p_one_name},
    {"not-a-name", p_not_a_name},
    {"facility", p_facility},
    {"facility-centre", p_facility_centre},
    {"programme", p_programme},
    {"church-building", p_church_building},
    {"country-tail", p_country_tail},
    {"org-suffix", p_org_suffix},
    {"public-body", p_public_body},
    {"numbered-road", p_numbered_road},
    {"shire", p_shire},
    {"place-head", p_place_head},
    {"org-tail", p_org_tail},
    {"official-name", p_official_name},
    {"place-lead", p_place_lead},
    {"which-clause", p_which_clause},
    {"given-name", p_given_name},
    {"statement-org", p_statement_org},
    {"hyphen-given", p_hyphen_given},
    {"weak-start", p_weak_start},
    {"acronym-org", p_acronym_org},
    {"org-context", p_org_context},
    {"place-context", p_place_context},
    {"said-subject", p_said_subject},
    {"name-particle", p_name_particle},
    {"plain-name", p_plain_name},
};

/* Classifies the run [a,b). weak_start: the first word opens a sentence and
 * nothing else shows it is a name. Returns true when the run was used. */
static bool classify(ctx *c, size_t a, size_t b, bool weak_start)
{
    if (a >= b)
        return false;
    /* A leading "The" belongs only to names the lexicon knows with it. */
    if (c->tok[a].lex & LEX_FUNCTION && !(c->tok[a].lex & LEX_GIVEN)) {
        /* "writes for The Atlantic": a capital "The" inside a sentence
         * opens a title (a paper, a magazine), not a sea or a region */
        const lexicon_entry *rest = phrase_lex(c, a + 1, b);
        if (b - a >= 2 && c->text[c->tok[a].start] == 'T' &&
            !(c->tok[a].flags & (T_SENT | T_HEADLINE | T_QUOTED)) && rest &&
            (rest->classes & LEX_REGION) &&
            !(rest->classes &
              (LEX_CITY | LEX_COUNTRY | LEX_US_STATE | LEX_ORG | LEX_AGENCY))) {
            c->rule = "capital-the";
            add_thing_tokens(c, DOC_ORG, a + 1, b);
            return true;
        }
        const lexicon_entry *le = phrase_lex(c, a, b);
        if (le && (le->classes & (LEX_ORG | LEX_AGENCY | LEX_PLACE_ANY))) {
            c->rule = "lexicon";
            lexicon_thing(c, a, b);
            return true;
        }
        return classify(c, a + 1, b, false);
    }
    for (size_t i = 0; i < sizeof passes / sizeof *passes; i++) {
        c->rule = passes[i].name;
        pass_result r = passes[i].fn(c, a, b, weak_start);
        if (r != PASS_OPEN)
            return r == PASS_TYPED;
    }
    return false;
}

/* "(HDC)" after a name: the acronym joins that name's entity; a name
 * before an acronym already known joins the acronym's entity. */
static bool paren_acronym(ctx *c, size_t a, size_t b)
{
    const token *n = tok_after(c, b);
    if (!n || !is_punct(n, '(') || b + 2 >= c->ntok ||
        !(c->tok[b + 1].flags & T_ALLCAPS) || !is_punct(&c->tok[b + 2], ')'))
        return false;
    const token *acr = &c->tok[b + 1];
    size_t id = smap_get(&c->things, tkey(c, acr), acr->klen);
    if (id == DOC_NONE)
        id = smap_get(&c->acronyms, tkey(c, acr), acr->klen);
    if (id != DOC_NONE) {
        size_t len;
        const char *key = phrase_key(c, a, b, &len);
        if (smap_get(&c->things, key, len) == DOC_NONE)
            smap_put(&c->things, key, len, id);
        mention_any(c, id, c->tok[a].start, c->tok[b - 1].end);
        mention_any(c, id, acr->start, acr->end);
        return true;
    }
    return false;
}

static void after_paren(ctx *c, size_t a, size_t b)
{
    /* register "(ACR)" for the entity the run just got */
    const token *n = tok_after(c, b);
    if (!n || !is_punct(n, '(') || b + 2 >= c->ntok ||
        !(c->tok[b + 1].flags & T_ALLCAPS) || !is_punct(&c->tok[b + 2], ')'))
        return;
    size_t len;
    const char *key = phrase_key(c, a, b, &len);
    size_t id = smap_get(&c->things, key, len);
    if (id == DOC_NONE)
        return;
    const token *acr = &c->tok[b + 1];
    smap_put(&c->things, tkey(c, acr), acr->klen, id);
    mention_any(c, id, acr->start, acr->end);
}

/* A run's first word opens a sentence: is there anything else showing the
 * word is a name? */
static bool weak_initial(ctx *c, size_t a)
{
    const token *t = &c->tok[a];
    if (!(t->flags & (T_SENT | T_HEADLINE)))
        return false;
    if (c->kind == DOC_BLOCK_CREDIT)
        return false;
    if (t->lex & (LEX_GIVEN | LEX_PLACE_ANY | LEX_ORG | LEX_AGENCY |
                  LEX_PARTICLE | LEX_DEMONYM))
        return false;
    return !annotate_capitalised(c->an, t);
}

/* A department or desk of an organisation: not one of its own. */
static bool unit_head(const ctx *c, size_t k, bool after_owner)
{
    const token *t = &c->tok[k];
    if (!(t->flags & T_CAP))
        return false;
    return tkey_is(c, t, "department") || tkey_is(c, t, "desk") ||
           tkey_is(c, t, "division") || tkey_is(c, t, "unit") ||
           (after_owner && (tkey_is(c, t, "group") || tkey_is(c, t, "team")));
}

/* "The Courier Health and Science Department", "the Institute's Science
 * and Media Group": a known organisation's unit names the organisation
 * only. Returns the token after the unit, or 0 when [a,b) is none. */
static size_t org_unit_end(ctx *c, size_t a, size_t b)
{
    c->rule = "org-unit";
    size_t e = b;
    if (e + 2 < c->ntok && word_is(c, &c->tok[e], "and") &&
        is_lower_word(&c->tok[e])) {
        size_t k = e + 1;
        while (k < c->ntok && k < e + 5 && is_name_word(&c->tok[k]) &&
               !(c->tok[k].flags & (T_POSS | T_HYPH)))
            k++;
        if (k > e + 1 && unit_head(c, k - 1, a == c->org_end))
            e = k;
    }
    if (!unit_head(c, e - 1, a == c->org_end))
        return 0;
    /* right after "the Institute's" */
    if (a == c->org_end && a > 0 && (c->tok[a - 1].flags & T_POSS))
        return e;
    for (size_t m = b - 1; m > a; m--) {
        const lexicon_entry *le = phrase_lex(c, a, m);
        if (le && (le->classes & (LEX_ORG | LEX_AGENCY))) {
            add_thing_tokens(c, DOC_ORG, a, m);
            return e;
        }
    }
    return 0;
}

/* "Federal Reserve Chair X": the run opens with a name the lexicon
 * knows, so its first word is no common noun. */
static bool known_lead(ctx *c, size_t a, size_t b)
{
    for (size_t m = a + 2; m <= b && m <= a + 5; m++) {
        const lexicon_entry *le = phrase_lex(c, a, m);
        if (le &&
            (le->classes & (LEX_ORG | LEX_AGENCY | LEX_PLACE_ANY | LEX_TITLE)))
            return true;
    }
    /* "Energy Cabinet Secretary X" */
    return portfolio_word(c, &c->tok[a]) && title_at(c, a + 1, b) > a + 1;
}

/* "Hurricane Milton", "Tropical Storm Odile", "Typhoon Kelva": a storm,
 * whose name alone later is no person either. */
static bool storm_run(ctx *c, size_t a, size_t b)
{
    size_t k = a;
    if (k < b && tkey_is(c, &c->tok[k], "tropical"))
        k++;
    if (k >= b || !(tkey_is(c, &c->tok[k], "hurricane") ||
                    tkey_is(c, &c->tok[k], "typhoon") ||
                    tkey_is(c, &c->tok[k], "cyclone") ||
                    tkey_is(c, &c->tok[k], "storm") ||
                    tkey_is(c, &c->tok[k], "depression")))
        return false;
    if (k + 1 >= b)
        return true;
    const token *name = &c->tok[b - 1];
    if (name->klen && !(name->flags & T_POSS))
        smap_put(&c->storms, tkey(c, name), name->klen, 0);
    return true;
}

static void handle_run(ctx *c, size_t a, size_t b)
{
    if (paren_acronym(c, a, b))
        return;
    if (storm_run(c, a, b))
        return;
    if (b - a == 1 && c->tok[a].klen &&
        smap_get(&c->storms, tkey(c, &c->tok[a]), c->tok[a].klen) != DOC_NONE)
        return;
    bool weak = weak_initial(c, a);
    /* "The Tarrant administration": the article is no part of a name
     * unless the lexicon knows it so ("The Associated Press") */
    while (a + 1 < b && (c->tok[a].lex & LEX_FUNCTION) &&
           !(c->tok[a].lex & LEX_GIVEN)) {
        const lexicon_entry *le = phrase_lex(c, a, b);
        if (le && (le->classes & (LEX_ORG | LEX_AGENCY | LEX_PLACE_ANY)))
            break;
        a++;
        weak = false;
    }
    bool used;
    /* "Supplier Okuma Rubber Co": a sentence-initial common noun */
    if (weak && b - a >= 2 &&
        (c->tok[a].lex & (LEX_ORG_NOUN | LEX_COMMON | LEX_PLACE_NOUN)) &&
        !(c->tok[a].lex & (LEX_TITLE | LEX_GIVEN)) && !known_lead(c, a, b)) {
        a++;
        weak = false;
    }
    if (weak) {
        /* the whole run may still be a known or evidently typed name */
        used = classify(c, a, b, true);
        if (!used && b - a >= 2) {
            if (!classify(c, a + 1, b, false))
                defer(c, a + 1, b);
        } else if (!used && !(c->tok[a].flags & T_HEADLINE) &&
                   !(c->tok[a].lex & LEX_FUNCTION)) {
            defer(c, a, b);
        }
        return;
    }
    used = classify(c, a, b, false);
    if (used)
        after_paren(c, a, b);
    else if (!(c->tok[a].lex & (LEX_FUNCTION | LEX_TITLE)))
        defer(c, a, b);
}

/* "the vice president", "the Mexican president": the latest person with
 * that title. Returns the token after the phrase, or i when none. */
static size_t role_mention(ctx *c, size_t i)
{
    if ((!word_is(c, &c->tok[i], "the") && !word_is(c, &c->tok[i], "its")) ||
        i + 1 >= c->ntok)
        return i;
    size_t k = i + 1;
    /* "the company's chief engineer" */
    if (is_lower_word(&c->tok[k]) && (c->tok[k].flags & T_POSS) &&
        !(c->tok[k].lex & LEX_TITLE) && k + 1 < c->ntok)
        k++;
    const char *dem = NULL;
    size_t dlen = 0;
    if (c->tok[k].lex & LEX_DEMONYM) {
        dem = tkey(c, &c->tok[k]);
        dlen = c->tok[k].klen;
        k++;
    }
    size_t best = k;
    for (size_t m = k + 1; m <= c->ntok && m <= k + 3; m++) {
        const lexicon_entry *le = phrase_lex(c, k, m);
        if (le && (le->classes & LEX_TITLE))
            best = m;
        if (!(c->tok[m - 1].flags & T_WORD))
            break;
    }
    if (best == k)
        return i;
    if (best < c->ntok &&
        ((is_name_word(&c->tok[best]) && !(c->tok[best].lex & LEX_CALENDAR)) ||
         word_is(c, &c->tok[best], "of")))
        return i; /* "the President Joe X", "the president of" */
    size_t tl;
    const char *tk = phrase_key(c, k, best, &tl);
    char *key = dem ? xasprintf("%.*s %.*s", (int)dlen, dem, (int)tl, tk)
                    : xstrndup(tk, tl);
    size_t id = smap_get(&c->roles, key, strlen(key));
    if (id == DOC_NONE && !dem && best - k >= 2) {
        tk = phrase_key(c, best - 1, best, &tl);
        id = smap_get(&c->roles, tk, tl);
        /* "the finance minister" is no prime minister */
        const char *held = id != DOC_NONE ? info(c, id)->role_key : NULL;
        if (held && strchr(held, ' ') && strcmp(held, key) != 0)
            id = DOC_NONE;
    }
    size_t start = c->tok[i].start, end = c->tok[best - 1].end;
    if (id == DOC_NONE) {
        /* perhaps named later: "its mayor said ... Mayor X" */
        XGROW(c->pend, c->cap_pend, c->npend + 1);
        pending *p = &c->pend[c->npend++];
        memset(p, 0, sizeof *p);
        p->block = c->block;
        p->start = start;
        p->end = end;
        p->key = key;
        p->caption = c->caption;
        p->role = true;
        p->role_dem = dem != NULL;
        return best;
    }
    free(key);
    /* a role phrase is an alias, never the name */
    mention(c, id, start, end, false);
    if (c->caption != DOC_NONE && start < c->credit_start)
        doc_caption_add_person(c->d, c->caption, id);
    return best;
}

/* A known place of one to three words at token i of a headline line
 * ("..., BBC News, Washington"): typed as the lexicon says. Returns the
 * token after it, or i. */
static size_t headline_place(ctx *c, size_t i)
{
    const token *t = &c->tok[i];
    if (!(t->flags & T_HEADLINE) || !(t->flags & T_CAP) ||
        (t->flags & (T_WORK | T_QUOTED)) ||
        (t->lex & (LEX_GIVEN | LEX_FUNCTION | LEX_COMMON)))
        return i;
    if (i > 0 && (c->tok[i - 1].flags & T_CAP) &&
        (c->tok[i - 1].flags & T_WORD))
        return i; /* "Mount Washington" */
    for (size_t m = i + 3 < c->ntok ? i + 3 : c->ntok; m > i; m--) {
        bool caps = true;
        for (size_t k = i; k < m; k++)
            caps =
                caps && (c->tok[k].flags & T_CAP) && (c->tok[k].flags & T_WORD);
        if (!caps)
            continue;
        const lexicon_entry *le = phrase_lex(c, i, m);
        if (!le || !(le->classes & (LEX_COUNTRY | LEX_US_STATE | LEX_CITY)) ||
            (le->classes & (LEX_GIVEN | LEX_ORG | LEX_AGENCY)))
            continue;
        /* the whole word run, not a piece of a longer name */
        if (m < c->ntok && (c->tok[m].flags & T_CAP) &&
            (c->tok[m].flags & T_WORD))
            return i;
        c->rule = "headline-place";
        add_thing_tokens(c, DOC_PLACE, i, m);
        return m;
    }
    return i;
}

/* "47th Street", "East 125th St.": an ordinal street at token i (with
 * its direction), typed as a place. Returns the token after it, or i. */
static size_t numbered_street(ctx *c, size_t i)
{
    size_t k = i;
    const token *t = &c->tok[k];
    if (is_name_word(t) && (t->flags & T_CAP) &&
        (tkey_is(c, t, "east") || tkey_is(c, t, "west") ||
         tkey_is(c, t, "north") || tkey_is(c, t, "south")))
        t = &c->tok[++k];
    if (k + 1 >= c->ntok || !(t->flags & T_NUM) || t->end - t->start < 3 ||
        t->end - t->start > 6)
        return i;
    const char *s = c->text + t->start;
    size_t n = t->end - t->start, d = 0;
    while (d < n && c_digit((ucs4_t)(unsigned char)s[d]))
        d++;
    if (d == 0 || n - d != 2 ||
        !(memcmp(s + d, "st", 2) == 0 || memcmp(s + d, "nd", 2) == 0 ||
          memcmp(s + d, "rd", 2) == 0 || memcmp(s + d, "th", 2) == 0))
        return i;
    const token *h = &c->tok[k + 1];
    if (!is_name_word(h) || !(h->lex & LEX_PLACE_HEAD) || (h->flags & T_HYPH) ||
        h->start != t->end + 1)
        return i;
    c->rule = "numbered-street";
    add_thing_tokens(c, DOC_PLACE, i, k + 2);
    return k + 2;
}

static void scan_block(ctx *c)
{
    c->context_place_end = (size_t)-2;
    c->org_end = (size_t)-2;
    c->person_end = (size_t)-2;
    for (size_t i = 0; i < c->ntok;) {
        const token *t = &c->tok[i];
        if ((t->lex & LEX_PRONOUN) && (t->flags & T_WORD)) {
            kin_reference(c, i);
            i++; /* coreference is the annotation layer's */
            continue;
        }
        if (t->flags & T_CREDIT && !is_name_word(t)) {
            i++;
            continue;
        }
        size_t r = role_mention(c, i);
        if (r > i) {
            i = r;
            continue;
        }
        if (is_lower_word(t) && (t->lex & LEX_PARTICLE) && i + 1 < c->ntok) {
            /* "de la Vega said" after "Luis de la Vega" */
            size_t k = i;
            while (k < c->ntok && k < i + 3 && is_lower_word(&c->tok[k]) &&
                   (c->tok[k].lex & LEX_PARTICLE))
                k++;
            if (k < c->ntok && is_name_word(&c->tok[k])) {
                size_t j = run_end(c, k);
                if (j > k && known_person(c, i, j)) {
                    i = j;
                    continue;
                }
            }
        }
        size_t street = numbered_street(c, i);
        if (street > i) {
            i = street;
            continue;
        }
        if (!is_name_word(t)) {
            /* in a headline or a line of capitals, capitals prove nothing,
             * but a place the lexicon knows is still that place */
            size_t h = headline_place(c, i);
            i = h > i ? h : i + 1;
            continue;
        }
        size_t j = run_end(c, i);
        if (j <= i)
            j = i + 1;
        size_t unit = org_unit_end(c, i, j);
        if (unit) {
            i = unit;
            continue;
        }
        handle_run(c, i, j);
        i = j;
    }
}

/* ---- blocks and credits ------------------------------------------------- */

static void use_annotation(ctx *c, const annotate_block *ab)
{
    c->ab = ab;
    c->block = ab->block;
    c->text = ab->text;
    c->len = ab->len;
    c->kind = ab->kind;
    c->credit_start = ab->credit_start;
    c->caption = ab->caption;
    c->tok = ab->tok;
    c->ntok = ab->ntok;
    c->keys = ab->keys;
}

static void load_block(ctx *c, size_t b)
{
    use_annotation(c, annotate_get(c->an, b));
}

/* Names from the parser (contributors, photographers) as credit people. */
static void add_credit_person(ctx *c, const char *name)
{
    c->rule = "credit";
    if (!name || !*name)
        return;
    /* the name's own tokens give its keys */
    use_annotation(c, annotate_string(c->an, name, strlen(name)));
    bool words = false;
    for (size_t i = 0; i < c->ntok; i++)
        words = words || (c->tok[i].flags & T_WORD);
    if (!words)
        return;
    size_t len;
    const char *key = phrase_key(c, 0, c->ntok, &len);
    size_t id = smap_get(&c->persons, key, len);
    if (id == DOC_NONE) {
        id = new_entity(c, DOC_PERSON, name, strlen(name));
        if (c->ntok >= 2 && (c->tok[0].lex & LEX_GIVEN))
            info(c, id)->given_gender = (int)tok_gender(c, &c->tok[0]);
        /* full name only: a credit's surname says little in the body */
        smap_put(&c->persons, key, len, id);
    }
    info(c, id)->credit = true;
}

/* ---- the document ---------------------------------------------------------
 */

static void title_case(char *s)
{
    bool start = true;
    for (; *s; s++) {
        if (*s >= 'A' && *s <= 'Z' && !start)
            *s = (char)(*s - 'A' + 'a');
        start = *s == ' ' || *s == '-';
    }
}

/* The dateline's places ("BAGHDAD, Iraq"): entities even with no mention
 * in a block. */
static void dateline_places(ctx *c)
{
    c->rule = "dateline";
    const char *dl = doc_dateline(c->d);
    if (!dl)
        return;
    const char *p = dl;
    while (*p) {
        const char *e = strchr(p, ',');
        if (!e)
            e = p + strlen(p);
        while (p < e && *p == ' ')
            p++;
        size_t n = (size_t)(e - p);
        while (n > 0 && p[n - 1] == ' ')
            n--;
        if (n > 0) {
            char *name = xstrndup(p, n);
            size_t kl;
            char *key = utf8_fold_key(name, n, &kl);
            const lexicon_entry *le = lexicon_find(key, kl);
            const char *k = key;
            if (le && le->canonical && !(le->classes & LEX_AGENCY)) {
                k = le->canonical;
                kl = strlen(k);
            }
            /* a dateline names a place: "HARLOW" stays one even when
             * "Harlow City" or "Harlow Courier" lent the word to an
             * organisation */
            size_t known = smap_get(&c->things, k, kl);
            if (!(le && (le->classes & (LEX_ORG | LEX_DEMONYM))) &&
                (known == DOC_NONE || info(c, known)->type == DOC_ORG)) {
                title_case(name);
                size_t id = new_entity(c, DOC_PLACE, name, n);
                smap_put(&c->things, k, kl, id);
            }
            free(key);
            free(name);
        }
        p = *e ? e + 1 : e;
    }
}

/* An embed is a placeholder for a clip or a post, not the article's
 * prose: its label names no one the story speaks of. */
static bool names_read_in(const doc *d, size_t b)
{
    return doc_block_get(d, b)->kind != DOC_BLOCK_EMBED;
}

static void resolve_pending(ctx *c)
{
    for (size_t i = 0; i < c->npend; i++) {
        pending *p = &c->pend[i];
        size_t len = strlen(p->key);
        size_t id = DOC_NONE;
        if (p->role) {
            id = smap_get(&c->role_holders, p->key, len);
            if (id == DOC_NONE && !p->role_dem) {
                const char *sp = strrchr(p->key, ' ');
                if (sp)
                    id = smap_get(&c->role_holders, sp + 1, strlen(sp + 1));
                /* "the finance minister" is no prime minister */
                const char *held = id != DOC_NONE && id != AMBIGUOUS
                                       ? info(c, id)->role_key
                                       : NULL;
                if (held && strchr(held, ' ') && strcmp(held, p->key) != 0)
                    id = DOC_NONE;
            }
            if (id != DOC_NONE && id != AMBIGUOUS) {
                const doc_block *blk = doc_block_get(c->d, p->block);
                c->block = p->block;
                c->text = blk->text;
                c->len = blk->len;
                c->kind = blk->kind;
                c->credit_start = blk->len;
                mention(c, id, p->start, p->end, false);
                if (p->caption != DOC_NONE)
                    doc_caption_add_person(c->d, p->caption, id);
            }
            free(p->key);
            continue;
        }
        if (!p->locative || p->credit) {
            id = smap_get(&c->persons, p->key, len);
            if (id == DOC_NONE && !strchr(p->key, ' '))
                id = smap_get(&c->firsts, p->key, len);
            if (id == DOC_NONE && !strchr(p->key, ' '))
                id = smap_get(&c->givens, p->key, len);
            if (id == AMBIGUOUS)
                id = DOC_NONE;
        }
        if (id == DOC_NONE && !p->credit)
            id = smap_get(&c->things, p->key, len);
        /* "Whole Cart Market" left open, "Whole Cart" an organisation
         * since: the longer name is the organisation's own */
        if (id == DOC_NONE && !p->credit && !p->locative) {
            const char *sp = strrchr(p->key, ' ');
            if (sp && strchr(p->key, ' ') != sp) {
                size_t oid =
                    smap_get(&c->things, p->key, (size_t)(sp - p->key));
                if (oid != DOC_NONE && info(c, oid)->type == DOC_ORG)
                    id = oid;
            }
        }
        if (id != DOC_NONE) {
            const doc_block *blk = doc_block_get(c->d, p->block);
            c->block = p->block;
            c->text = blk->text;
            c->len = blk->len;
            c->kind = blk->kind;
            c->credit_start = p->credit ? p->start : blk->len;
            c->caption = p->caption;
            mention_any(c, id, p->start, p->end);
        }
        free(p->key);
    }
    c->npend = 0;
}

static void finish_entities(ctx *c)
{
    size_t ne = doc_entity_count(c->d);
    for (size_t id = 0; id < ne && id < c->cap_info; id++) {
        ent_info *e = &c->info[id];
        if (e->type != DOC_PERSON)
            continue;
        doc_gender g = DOC_GENDER_UNKNOWN;
        if (e->title_gender >= 0)
            g = (doc_gender)e->title_gender;
        else if (e->given_gender > 0)
            g = (doc_gender)e->given_gender;
        if (g != DOC_GENDER_UNKNOWN)
            doc_entity_set_gender(c->d, id, g);
        /* named only in credits, or a contributor whose one line the
         * parser left as a paragraph ("AP writer X contributed") */
        if (!e->body || (e->credit && e->body_blocks <= 1))
            doc_entity_set_credit(c->d, id, true);
    }
}

void entity_analyse_with(doc *d, annotate *an)
{
    ctx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    c.an = an;
    c.caption = DOC_NONE;
    size_t nb = doc_block_count(d);

    for (size_t i = 0; i < doc_contributor_count(d); i++)
        add_credit_person(&c, doc_contributor(d, i));
    for (size_t i = 0; i < doc_caption_count(d); i++)
        add_credit_person(&c, doc_caption_get(d, i)->photographer);

    annotate_read_all(an); /* every word seen capitalised, before a name */
    for (size_t b = 0; b < nb; b++) {
        if (!names_read_in(d, b))
            continue;
        load_block(&c, b);
        scan_block(&c);
    }
    resolve_pending(&c);
    dateline_places(&c);
    finish_entities(&c);

    smap_free(&c.persons);
    smap_free(&c.things);
    smap_free(&c.roles);
    smap_free(&c.role_holders);
    smap_free(&c.acronyms);
    smap_free(&c.firsts);
    smap_free(&c.givens);
    smap_free(&c.storms);
    for (size_t i = 0; i < c.cap_info; i++)
        free(c.info[i].role_key);
    smap_free(&c.lastnames);
    smap_free(&c.kin);
    free(c.info);
    free(c.pend);
    free(c.scratch);
    free(c.fold);
}

void entity_pronoun_genders(doc *d, const annotate *an)
{
    for (size_t id = 0; id < doc_entity_count(d); id++) {
        const doc_entity *e = doc_entity_get(d, id);
        if (e->type != DOC_PERSON || e->gender != DOC_GENDER_UNKNOWN)
            continue;
        doc_gender g = annotate_coref_gender(an, id);
        if (g != DOC_GENDER_UNKNOWN)
            doc_entity_set_gender(d, id, g);
    }
}

void entity_analyse(doc *d)
{
    annotate *an = annotate_new(d);
    entity_analyse_with(d, an);
    annotate_free(an);
}
