/* The one annotation layer: tokens, sentences, quotation spans, titles of
 * works, headlines and coreference (annotate.h states the contract).
 *
 * A block is read in three steps, each linear: the quotation marks are
 * found on the raw text (so no word ever swallows a mark), then the text
 * is cut into tokens, then sentences, spans and headlines are marked on the
 * tokens. The result is then kept, compactly encoded, so that the passes
 * after the first decode a block instead of reading it again: each key is
 * interned once, and a token costs a few bytes. */
#include "annotate.h"

#include <stdlib.h>
#include <string.h>

#include "cue.h"
#include "hash.h"
#include "lexicon.h"
#include "utf8.h"
#include "xalloc.h"

#define MAX_KEY 96 /* longer words are no names and get no key */

typedef annotate_token token;

/* Words repeat (Zipf): the interned keys of short words met lately are
 * kept in a small direct-mapped table that stays in cache, so a word seen
 * before is neither folded nor looked up again. */
#define MEMO_SLOTS 4096
#define MEMO_RAW 16 /* bytes of the word as written */
struct memo {
    char raw[MEMO_RAW];
    uint8_t rlen; /* 0: empty */
    uint32_t id;  /* its interned key */
};

/* An interned key: where it lives in the pool, and what the lexicon says
 * of it, looked up once. In the pool each key is preceded by its id, so a
 * token's key offset leads back to this record. */
struct ikey {
    uint32_t off, hash;
    uint16_t klen;
    uint32_t lex;
    unsigned cue;
    const char *cue_canonical;
    const lexicon_entry *entry;
    bool capitalised;  /* seen so inside a sentence (annotate_capitalised) */
    bool heads_phrase; /* lexicon_heads_phrase */
};

/* Where a block's encoded annotation lives; ntok == UINT32_MAX: not read
 * yet. */
struct stored {
    size_t enc, qoff;
    uint32_t ntok, nquotes;
};

typedef struct {
    size_t block, start, entity;
} pronoun_ref;

/* A person as a candidate antecedent: who, when last noted, and in which
 * paragraph. */
typedef struct {
    size_t entity, seq, para;
} coref_recent;

/* What coreference knows of one person. */
typedef struct {
    unsigned char learnt; /* doc_gender given by a mention or a pronoun */
    unsigned votes_female, votes_male;
} coref_person;

struct annotate {
    const doc *d;
    /* the block annotated last */
    annotate_block ab;
    size_t loaded; /* its block id, or DOC_NONE */
    token *tok;
    uint32_t *tok_key; /* by token: the interned key id of a word */
    size_t ntok, cap_tok, cap_tok_key;
    /* the interned keys: NUL-terminated in the pool, found by hash */
    char *keys;
    size_t nkeys, cap_keys;
    struct ikey *ikeys;
    size_t nikeys, cap_ikeys;
    uint32_t *itab; /* id + 1, 0 empty; power of two, at most half full */
    size_t cap_itab;
    /* scratch for folding one word */
    char *fold;
    size_t nfold, cap_fold;
    /* every block read so far, encoded (see the top of the file) */
    struct stored *stored;
    size_t nstored;
    uint8_t *enc;
    size_t nenc, cap_enc;
    annotate_quote *qstore;
    size_t nqstore, cap_qstore;
    annotate_quote *quotes;
    size_t nquotes, cap_quotes;
    /* blocks showing a caption: block -> caption, built on first use */
    size_t *caption_of;
    size_t ncaption_of;
    /* coreference: the latest person of each gender (doc_gender), among
     * subjects and among anyone named */
    coref_recent salient[3], any[3];
    size_t seq, para;
    size_t sent_first; /* first person noted in the current sentence */
    bool lead_clause;
    coref_person *people; /* by entity */
    size_t cap_people;
    pronoun_ref *refs;
    size_t nrefs, cap_refs;
    /* the text being tokenised; words never run past stop (a mark) */
    const char *text;
    size_t len, stop;
    struct memo *memo; /* interned keys of short words seen lately */
};

/* Short names for the token flags inside this file. */
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

/* ---- characters ---------------------------------------------------------- */

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

static bool is_apostrophe(ucs4_t c)
{
    return c == '\'' || c == 0x2019;
}

static inline bool is_word_char(ucs4_t c)
{
    if (c < 0x80)
        return c_alnum(c);
    return c_alnum(c) || utf8_is_mark(c);
}

/* ---- look-up keys ---------------------------------------------------------
 */

/* Appends the key of text[a,b) to the fold scratch. ASCII is folded here;
 * anything else goes through utf8_fold_key. */
static void fold_into(annotate *c, const char *s, size_t n, size_t *off,
                      size_t *klen)
{
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) {
            ascii = false;
            break;
        }
    *off = c->nfold;
    if (ascii) {
        if (c->nfold + n + 1 > c->cap_fold)
            XGROW(c->fold, c->cap_fold, c->nfold + n + 1);
        for (size_t i = 0; i < n; i++) {
            char ch = s[i];
            if (ch >= 'A' && ch <= 'Z')
                ch = (char)(ch - 'A' + 'a');
            c->fold[c->nfold++] = ch;
        }
    } else {
        /* Curly apostrophes read as straight ones. */
        char *tmp = xmalloc(n + 1);
        size_t m = 0;
        for (size_t i = 0; i < n;) {
            if (i + 2 < n + 0 && (unsigned char)s[i] == 0xE2 &&
                (unsigned char)s[i + 1] == 0x80 &&
                (unsigned char)s[i + 2] == 0x99) {
                tmp[m++] = '\'';
                i += 3;
            } else {
                tmp[m++] = s[i++];
            }
        }
        size_t flen = 0;
        char *f = utf8_fold_key(tmp, m, &flen);
        free(tmp);
        XGROW(c->fold, c->cap_fold, c->nfold + flen + 1);
        memcpy(c->fold + c->nfold, f, flen);
        c->nfold += flen;
        free(f);
    }
    *klen = c->nfold - *off;
    c->fold[c->nfold++] = '\0';
}

/* ---- quotation marks ------------------------------------------------------
 */

typedef enum { MARK_NONE, MARK_OPEN, MARK_CLOSE, MARK_EITHER } mark_kind;

/* The quotation mark at s, if any, and its length in bytes. Single quotes
 * count only doubled (``…'' and ‘‘…’’): alone they are nested quotations or
 * apostrophes. */
static mark_kind mark_at(const char *s, size_t len, size_t *mlen)
{
    const unsigned char *u = (const unsigned char *)s;
    *mlen = 1;
    if (u[0] == '"')
        return MARK_EITHER;
    if (len >= 2 && u[0] == '`' && u[1] == '`') {
        *mlen = 2;
        return MARK_OPEN;
    }
    if (len >= 2 && u[0] == '\'' && u[1] == '\'') {
        *mlen = 2;
        return MARK_CLOSE;
    }
    if (len >= 2 && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB)) {
        *mlen = 2;
        return u[1] == 0xAB ? MARK_OPEN : MARK_CLOSE; /* « » */
    }
    if (len >= 3 && u[0] == 0xE2 && u[1] == 0x80) {
        *mlen = 3;
        switch (u[2]) {
        case 0x9C: /* “ */
        case 0x9E: /* „ */
        case 0x9F: /* ‟ */ return MARK_OPEN;
        case 0x9D: return MARK_CLOSE; /* ” */
        case 0x98:                    /* ‘‘ */
        case 0x99:                    /* ’’ */
            if (len >= 6 && u[3] == 0xE2 && u[4] == 0x80 && u[5] == u[2]) {
                *mlen = 6;
                return u[2] == 0x98 ? MARK_OPEN : MARK_CLOSE;
            }
            return MARK_NONE;
        default: return MARK_NONE;
        }
    }
    return MARK_NONE;
}

static bool is_space_at(const char *s, size_t len, size_t pos)
{
    if (pos >= len)
        return true;
    ucs4_t cp;
    utf8_decode(s + pos, len - pos, &cp);
    return utf8_is_space(cp);
}

/* The character before pos lets a mark open: start, space, bracket, dash. */
static bool opens_after(const char *s, size_t pos)
{
    if (pos == 0)
        return true;
    size_t p = utf8_prev(s, pos);
    ucs4_t cp;
    utf8_decode(s + p, pos - p, &cp);
    return utf8_is_space(cp) || utf8_is_dash(cp) || cp == '(' || cp == '[' ||
           cp == '{' || cp == '/' || utf8_is_quote_mark(cp);
}

/* The character after a mark lets it close: end, space or punctuation. */
static bool closes_before(const char *s, size_t len, size_t pos)
{
    if (pos >= len)
        return true;
    ucs4_t cp;
    utf8_decode(s + pos, len - pos, &cp);
    return !utf8_is_alnum(cp);
}

static size_t trim_end(const char *s, size_t from, size_t to)
{
    while (to > from) {
        size_t p = utf8_prev(s, to);
        if (p < from || !is_space_at(s, to, p))
            break;
        to = p;
    }
    return to;
}

static void push_span(annotate *an, const char *s, size_t open, size_t start,
                      size_t end, size_t after, bool closed)
{
    XGROW(an->quotes, an->cap_quotes, an->nquotes + 1);
    annotate_quote *q = &an->quotes[an->nquotes++];
    memset(q, 0, sizeof *q);
    q->open = open;
    q->start = start;
    q->end = end;
    q->after = after;
    q->closed = closed;
    q->empty = trim_end(s, start, end) == start;
}

/* All top-level quotations of one block, in order. A straight mark
 * toggles; curly and doubled marks say which way they face, unless the
 * context plainly says otherwise (a typesetter's ” used to open). A
 * quotation still open at the block's end runs to it, so an unbalanced
 * mark never reaches beyond its block. */
static void find_spans(annotate *an, const char *s, size_t len)
{
    /* the bytes a mark may start with */
    static const bool lead[256] = {['"'] = true,
                                   ['`'] = true,
                                   ['\''] = true,
                                   [0xC2] = true,
                                   [0xE2] = true};
    an->nquotes = 0;
    bool open = false;
    size_t open_at = 0, start = 0;
    for (size_t i = 0; i < len;) {
        if (!lead[(unsigned char)s[i]]) {
            i++;
            continue;
        }
        size_t mlen;
        mark_kind k = mark_at(s + i, len - i, &mlen);
        if (k == MARK_NONE) {
            i++;
            continue;
        }
        size_t next = i + mlen;
        bool can_open = opens_after(s, i) && !is_space_at(s, len, next);
        bool can_close = !opens_after(s, i) && closes_before(s, len, next);
        if (k == MARK_EITHER)
            k = open ? MARK_CLOSE : (can_close ? MARK_NONE : MARK_OPEN);
        else if (k == MARK_OPEN && open && can_close)
            k = MARK_CLOSE; /* “…“ */
        else if (k == MARK_CLOSE && !open)
            k = can_open ? MARK_OPEN : MARK_NONE; /* ”…” or a stray mark */
        if (k == MARK_OPEN) {
            if (open) /* a new opening mark ends a quotation left open */
                push_span(an, s, open_at, start, trim_end(s, start, i), i,
                          false);
            open = true;
            open_at = i;
            start = next;
        } else if (k == MARK_CLOSE) {
            push_span(an, s, open_at, start, i, next, true);
            open = false;
        }
        i = next;
    }
    if (open)
        push_span(an, s, open_at, start, trim_end(s, start, len), len, false);
}

/* ---- words -----------------------------------------------------------------
 */

/* A lower-case word after a hyphen that turns a name into an adjective:
 * "-based", "-led", "-wide", "-style". */
static bool adjective_suffix(const char *s, size_t n)
{
    static const char *const words[] = {
        "based", "wide", "born", "style", "era",      "made",
        "owned", "run",  "area", "bound", "friendly", "level",
        "class", "type", "list", "like",  "speaking", "language"};
    if (n >= 3 && s[n - 2] == 'e' && s[n - 1] == 'd')
        return true;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && memcmp(words[i], s, n) == 0)
            return true;
    return false;
}

/* Reads one word starting at i; returns its end and sets flags for a
 * possessive or a lower-case hyphen suffix that follows it. */
static size_t read_word(annotate *c, size_t i, token *t)
{
    const char *s = c->text;
    size_t len = c->stop, j = i, n;
    size_t seg_start = i; /* start of the current hyphen segment */
    for (;;) {
        while (j < len && is_word_char(char_at(s, len, j, &n)))
            j += n;
        if (j >= len)
            break;
        ucs4_t ch = char_at(s, len, j, &n);
        size_t after = j + n;
        ucs4_t next = after < len ? char_at(s, len, after, NULL) : 0;
        if (is_apostrophe(ch)) {
            /* 's at the end of a word is a possessive (or "it's"). */
            if ((next == 's' || next == 'S') &&
                (after + 1 >= len ||
                 !is_word_char(char_at(s, len, after + 1, NULL)))) {
                t->flags |= T_POSS;
                t->extra_end = after + 1;
                return j;
            }
            if (c_alpha(next)) {
                j = after;
                continue;
            }
            /* Daniels' : a plural-style possessive. */
            if (j > i && (s[j - 1] == 's' || s[j - 1] == 'z') &&
                (t->flags & T_CAP)) {
                t->flags |= T_POSS;
                t->extra_end = after;
            }
            return j;
        }
        if (ch == '-' && c_alnum(next)) {
            ucs4_t seg_first = char_at(s, len, seg_start, NULL);
            if (c_lower(next) && c_upper(seg_first)) {
                size_t k = after;
                while (k < len && is_word_char(char_at(s, len, k, &n)))
                    k += n;
                /* "Angeles-based", "US-led": the word ends here; but
                 * "Ji-woo" is one given name. */
                if (adjective_suffix(s + after, k - after)) {
                    t->flags |= T_HYPH;
                    t->extra_end = k;
                    return j;
                }
            }
            j = after;
            seg_start = after;
            continue;
        }
        if (ch == '.' && c_alnum(next) && j > i) {
            j = after; /* U.S, example.com */
            continue;
        }
        if ((ch == ',') && c_digit(next) && c_digit(s[j - 1])) {
            j = after; /* 5,500 */
            continue;
        }
        if (ch == '&' && c_upper(next) && j - i <= 2) {
            j = after; /* AT&T, A&M */
            continue;
        }
        if (ch == '+' && !c_alnum(next)) {
            j = after; /* Disney+ */
            break;
        }
        break;
    }
    return j;
}

static bool has_inner_dot(const char *s, size_t a, size_t b)
{
    return memchr(s + a, '.', b - a) != NULL;
}

static void itab_place(annotate *c, uint32_t id)
{
    size_t i = c->ikeys[id].hash & (c->cap_itab - 1);
    while (c->itab[i])
        i = (i + 1) & (c->cap_itab - 1);
    c->itab[i] = id + 1;
}

/* The id of key k (klen bytes), interned on first sight with its lexicon
 * classes. */
static uint32_t intern(annotate *c, const char *k, size_t klen)
{
    if (2 * (c->nikeys + 1) > c->cap_itab) {
        free(c->itab);
        c->cap_itab = c->cap_itab ? 2 * c->cap_itab : 4096;
        c->itab = xcalloc(c->cap_itab, sizeof *c->itab);
        for (uint32_t id = 0; id < c->nikeys; id++)
            itab_place(c, id);
    }
    uint32_t h = (uint32_t)hash_bytes(k, klen);
    size_t i = h & (c->cap_itab - 1);
    for (uint32_t v; (v = c->itab[i]) != 0; i = (i + 1) & (c->cap_itab - 1)) {
        const struct ikey *e = &c->ikeys[v - 1];
        if (e->hash == h && e->klen == klen &&
            memcmp(c->keys + e->off, k, klen) == 0)
            return v - 1;
    }
    XGROW(c->keys, c->cap_keys, c->nkeys + sizeof(uint32_t) + klen + 1);
    XGROW(c->ikeys, c->cap_ikeys, c->nikeys + 1);
    if (c->nkeys + sizeof(uint32_t) + klen + 1 > UINT32_MAX ||
        c->nikeys >= UINT32_MAX - 1)
        xalloc_die("annotation keys");
    uint32_t id = (uint32_t)c->nikeys++;
    memcpy(c->keys + c->nkeys, &id, sizeof id);
    c->nkeys += sizeof id;
    const lexicon_entry *entry = lexicon_find(k, klen);
    struct ikey *e = &c->ikeys[id];
    *e = (struct ikey){.off = (uint32_t)c->nkeys,
                       .hash = h,
                       .klen = (uint16_t)klen,
                       .lex = entry ? entry->classes : 0,
                       .entry = entry};
    e->cue = lexicon_cue_classes(k, klen, &e->cue_canonical);
    e->heads_phrase = lexicon_heads_phrase(k, klen);
    memcpy(c->keys + c->nkeys, k, klen);
    c->nkeys += klen;
    c->keys[c->nkeys++] = '\0';
    c->itab[i] = id + 1;
    return id;
}

static void use_key(annotate *c, token *t, uint32_t id)
{
    const struct ikey *e = &c->ikeys[id];
    t->key = e->off;
    t->klen = e->klen;
    t->lex = e->lex;
    size_t at = (size_t)(t - c->tok);
    if (at >= c->cap_tok_key)
        XGROW(c->tok_key, c->cap_tok_key, at + 1);
    c->tok_key[at] = id;
}

static void set_key(annotate *c, token *t)
{
    const char *raw = c->text + t->start;
    size_t n = t->end - t->start;
    /* the word as written, looked up in the cache first: a hit saves the
     * fold (Unicode normalisation for accented names) and the look-up */
    struct memo *m = NULL;
    if (n > 0 && n <= MEMO_RAW) {
        uint32_t h = 2166136261u;
        for (size_t i = 0; i < n; i++)
            h = (h ^ (unsigned char)raw[i]) * 16777619u;
        if (!c->memo)
            c->memo = xcalloc(MEMO_SLOTS, sizeof *c->memo);
        m = &c->memo[h & (MEMO_SLOTS - 1)];
        if (m->rlen == n && memcmp(m->raw, raw, n) == 0) {
            use_key(c, t, m->id);
            return;
        }
    }
    size_t off = 0, klen = 0;
    c->nfold = 0;
    if (n <= MAX_KEY)
        fold_into(c, raw, n, &off, &klen);
    if (klen > MAX_KEY * 4)
        klen = 0;
    uint32_t id = intern(c, c->fold ? c->fold + off : "", klen);
    use_key(c, t, id);
    if (m) {
        memcpy(m->raw, raw, n);
        m->rlen = (uint8_t)n;
        m->id = id;
    }
}

/* Classifies a word's shape: capital, all capitals, number. */
static void word_shape(annotate *c, token *t)
{
    const char *s = c->text;
    size_t n;
    ucs4_t first = char_at(s, c->len, t->start, &n);
    if (c_digit(first)) {
        t->flags |= T_NUM;
        return;
    }
    if (c_upper(first))
        t->flags |= T_CAP;
    else {
        /* al-Nouri, el-Sayed: a lower-case particle joined to a name. */
        size_t dash = t->start + 1;
        while (dash < t->end && dash <= t->start + 3 && s[dash] != '-')
            dash++;
        if (dash <= t->start + 3 && dash + 1 < t->end && s[dash] == '-' &&
            c_upper(char_at(s, c->len, dash + 1, NULL)))
            t->flags |= T_CAP;
        if (c_lower(first))
            return; /* so not all capitals */
    }
    /* all capitals: every letter upper-case, two or more */
    size_t letters = 0;
    for (size_t i = t->start; i < t->end; i += n) {
        ucs4_t ch = char_at(s, c->len, i, &n);
        if (c_alpha(ch)) {
            if (!c_upper(ch))
                return;
            letters++;
        }
    }
    if (letters >= 2)
        t->flags |= T_ALLCAPS;
}

/* ---- tokens ---------------------------------------------------------------
 */

static token *push_token(annotate *c)
{
    if (c->ntok + 1 > c->cap_tok)
        XGROW(c->tok, c->cap_tok, c->ntok + 1);
    token *t = &c->tok[c->ntok++];
    *t = (token){0};
    return t;
}

/* Where the next quotation mark at or after i starts (len when none); *q
 * walks the spans, *closing tells whether it is a span's closing mark. */
static size_t next_mark(const annotate *c, size_t i, size_t *q, bool *closing)
{
    while (*q < c->nquotes) {
        const annotate_quote *s = &c->quotes[*q];
        if (s->open >= i) {
            *closing = false;
            return s->open;
        }
        if (s->closed && s->end >= i) {
            *closing = true;
            return s->end;
        }
        ++*q;
    }
    *closing = false;
    return c->len;
}

static void tokenise(annotate *c)
{
    const char *s = c->text;
    size_t len = c->len, i = 0, n, q = 0;
    c->ntok = 0;
    bool closing = false;
    size_t mark = next_mark(c, 0, &q, &closing);
    while (i < len) {
        if (mark < i)
            mark = next_mark(c, i, &q, &closing);
        if (i == mark && q < c->nquotes) {
            /* a quotation mark of a span: one token, whatever its kind */
            annotate_quote *sp = &c->quotes[q];
            token *t = push_token(c);
            t->flags =
                ANNOTATE_PUNCT | (closing ? ANNOTATE_CLOSEQ : ANNOTATE_OPENQ);
            t->start = (uint32_t)i;
            t->end = (uint32_t)(closing ? sp->after : sp->start);
            t->punct = '"';
            t->quote = q < 0xFFFF ? (uint16_t)q : 0xFFFF;
            if (closing)
                sp->tok_close = c->ntok - 1;
            else
                sp->tok_open = c->ntok - 1;
            i = t->end;
            mark = next_mark(c, i, &q, &closing);
            continue;
        }
        c->stop = mark;
        ucs4_t ch = char_at(s, len, i, &n);
        if (c_space(ch)) {
            i += n;
            continue;
        }
        if (c_alnum(ch)) {
            token *t = push_token(c);
            t->flags = T_WORD;
            t->start = (uint32_t)i;
            if (c_upper(ch))
                t->flags |= T_CAP; /* provisional, for Daniels' */
            size_t j = read_word(c, i, t);
            t->end = (uint32_t)j;
            t->flags &= ~(uint32_t)T_CAP;
            /* A final period belongs to abbreviations and initials. */
            if (j < mark && s[j] == '.' && !(t->flags & (T_POSS | T_HYPH))) {
                bool take =
                    has_inner_dot(s, i, j) || (j - i == 1 && c_upper(ch));
                if (!take) {
                    size_t off, kl;
                    c->nfold = 0;
                    fold_into(c, s + i, j + 1 - i, &off, &kl);
                    take =
                        (lexicon_classes(c->fold + off, kl) & LEX_ABBREV) != 0;
                }
                if (take) {
                    t->end = (uint32_t)++j;
                    /* "U.K.-wide" */
                    if (j + 1 < mark && s[j] == '-' &&
                        c_lower(char_at(s, len, j + 1, NULL))) {
                        size_t k = j + 1;
                        while (k < mark && is_word_char(char_at(s, len, k, &n)))
                            k += n;
                        t->flags |= T_HYPH;
                        t->extra_end = (uint32_t)k;
                    }
                }
            }
            word_shape(c, t);
            set_key(c, t);
            if (t->flags & (T_POSS | T_HYPH))
                i = t->extra_end;
            else
                i = t->end;
            continue;
        }
        token *t = push_token(c);
        t->flags = T_PUNCT;
        t->start = (uint32_t)i;
        t->punct = ch;
        /* "--" is one dash; `` and '' outside a span still read as marks */
        if ((ch == '-' || ch == '`' || ch == '\'') && i + 1 < mark &&
            s[i + 1] == (char)ch) {
            t->end = (uint32_t)(i + 2);
            t->punct = ch == '-' ? 0x2014 : '"';
        } else {
            t->end = (uint32_t)(i + n);
        }
        if (utf8_is_quote_mark(ch) && ch != '\'' && ch != 0x2018 &&
            ch != 0x2019)
            t->punct = '"';
        i = t->end;
    }
    c->stop = len;
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

static bool tkey_is(const annotate *c, const token *t, const char *w)
{
    return (t->flags & T_WORD) && strlen(w) == t->klen &&
           memcmp(c->keys + t->key, w, t->klen) == 0;
}

/* ---- titles of works -------------------------------------------------------
 */

static bool title_tokens(const annotate *c, const token *tok, size_t a,
                         size_t b)
{
    size_t words = 0;
    for (size_t i = a; i < b; i++) {
        const token *t = &tok[i];
        if (t->flags & T_PUNCT) {
            if (is_punct(t, ',') || is_punct(t, '.') || is_punct(t, '!') ||
                is_punct(t, '?') || is_punct(t, ':')) {
                if (i + 1 != b)
                    return false; /* a sentence, not a title */
            }
            continue;
        }
        words++;
        if (t->flags & (T_CAP | T_NUM))
            continue;
        /* "Gone With the Wind": short function words after the first */
        if ((t->lex & LEX_FUNCTION) && words > 1 && t->klen <= 4 &&
            !tkey_is(c, t, "not") && !tkey_is(c, t, "do"))
            continue;
        return false;
    }
    return words > 0 && words <= ANNOTATE_TITLE_WORDS;
}

bool annotate_is_title(const annotate_block *ab, size_t a, size_t b)
{
    /* the keys live in the annotator that made ab */
    annotate fake;
    memset(&fake, 0, sizeof fake);
    fake.keys = (char *)ab->keys;
    return title_tokens(&fake, ab->tok, a, b);
}

/* ---- sentences, spans, headlines -------------------------------------------
 */

/* Does a token open a sentence, for a stop before it to end one? */
static bool opens_sentence(const token *t)
{
    return (t->flags & (T_CAP | T_NUM | ANNOTATE_OPENQ)) ||
           ((t->flags & T_PUNCT) && t->punct == '"');
}

static void mark_tokens(annotate *c)
{
    bool start = true;
    size_t q = 0; /* the span we are in or next */
    size_t words = 0, capwords = 0, allcaps = 0;
    bool in_quote = false;
    for (size_t i = 0; i < c->ntok; i++) {
        token *t = &c->tok[i];
        if (t->flags & ANNOTATE_OPENQ) {
            in_quote = true;
            start = true;
            q = t->quote;
            continue;
        }
        if (t->flags & ANNOTATE_CLOSEQ) {
            in_quote = false;
            continue;
        }
        if (in_quote && q < c->nquotes && !c->quotes[q].closed &&
            t->start >= c->quotes[q].after)
            in_quote = false; /* a span left open ends at the next mark */
        if (t->flags & T_WORD) {
            words++;
            if (t->flags & T_CAP)
                capwords++;
            if (t->flags & T_ALLCAPS)
                allcaps++;
            if (start)
                t->flags |= T_SENT;
            start = false;
            if (in_quote) {
                t->flags |= T_QUOTED;
                t->quote = q < 0xFFFF ? (uint16_t)q : 0xFFFF;
            }
            if (t->start >= c->ab.credit_start)
                t->flags |= T_CREDIT;
            continue;
        }
        if (in_quote) {
            t->flags |= T_QUOTED;
            t->quote = q < 0xFFFF ? (uint16_t)q : 0xFFFF;
        }
        if (is_sentence_end(t))
            start = true;
    }
    /* Spans left open run to the next mark or the end of the block. */
    for (size_t k = 0; k < c->nquotes; k++) {
        annotate_quote *sp = &c->quotes[k];
        if (!sp->closed)
            sp->tok_close = c->ntok;
        size_t a = sp->tok_open + 1, b = sp->tok_close;
        if (!sp->closed) {
            b = a;
            while (b < c->ntok && c->tok[b].start < sp->after &&
                   !(c->tok[b].flags & ANNOTATE_OPENQ))
                b++;
        }
        if (a <= b && b <= c->ntok && title_tokens(c, c->tok, a, b)) {
            sp->title = true;
            for (size_t m = a; m < b; m++)
                c->tok[m].flags |= T_WORK;
        }
    }
    /* Abbreviations that can end a sentence leave the next word unproven. */
    for (size_t i = 0; i + 1 < c->ntok; i++) {
        token *t = &c->tok[i];
        if ((t->flags & T_WORD) && t->end > t->start &&
            c->text[t->end - 1] == '.' && !(t->lex & LEX_TITLE) &&
            t->klen > 2 && (c->tok[i + 1].flags & T_WORD))
            c->tok[i + 1].flags |= T_SENT;
    }
    /* Where sentences end: a stop before a capital, a number, a quotation
     * or the end (never the period of an abbreviation, which stays inside
     * its word); a quotation closing on a stop. */
    for (size_t i = 0; i < c->ntok; i++) {
        token *t = &c->tok[i];
        const token *next = i + 1 < c->ntok ? &c->tok[i + 1] : NULL;
        if ((t->flags & T_PUNCT) &&
            (t->punct == '.' || t->punct == '!' || t->punct == '?' ||
             t->punct == 0x2026) &&
            !(t->flags & T_QUOTED) && (!next || opens_sentence(next)))
            t->flags |= ANNOTATE_SENT_END;
        if ((t->flags & ANNOTATE_CLOSEQ) && i > 0) {
            const token *last = &c->tok[i - 1];
            if (is_punct(last, '.') || is_punct(last, 0x2026))
                t->flags |=
                    (!next || opens_sentence(next)) ? ANNOTATE_SENT_END : 0;
            else if (is_punct(last, '!') || is_punct(last, '?'))
                /* '"Why?" she asked' goes on */
                t->flags |= (!next || (next->flags & ANNOTATE_OPENQ))
                                ? ANNOTATE_SENT_END
                                : 0;
        }
    }
    if (c->ntok)
        c->tok[c->ntok - 1].flags |= ANNOTATE_SENT_END;
    /* A line of capitals, or a short line without an ending stop, is a
     * headline: its capitals prove nothing. */
    bool headline = false;
    if (words >= 2 && allcaps * 10 >= words * 6)
        headline = true;
    if (c->ntok && words <= 12 && words >= 2 && capwords * 2 > words &&
        !(c->tok[c->ntok - 1].flags & T_PUNCT))
        headline = true;
    if (headline && c->ab.kind != DOC_BLOCK_CREDIT &&
        c->ab.kind != DOC_BLOCK_CAPTION) {
        for (size_t i = 0; i < c->ntok; i++)
            c->tok[i].flags |= T_HEADLINE;
        return;
    }
    /* Runs of two or more words in capitals ("ONWARD TO THE COAST."). */
    for (size_t i = 0; i < c->ntok;) {
        size_t j = i;
        while (j < c->ntok && (c->tok[j].flags & T_ALLCAPS) &&
               c->tok[j].klen > 1)
            j++;
        if (j - i >= 2) {
            for (size_t k = i; k < j; k++)
                c->tok[k].flags |= T_HEADLINE;
            if (j < c->ntok)
                c->tok[j].flags |= T_SENT;
            /* a stop after the run starts a sentence */
            if (j < c->ntok && is_sentence_end(&c->tok[j]) && j + 1 < c->ntok)
                c->tok[j + 1].flags |= T_SENT;
        }
        i = j > i ? j : i + 1;
    }
}

/* ---- blocks ----------------------------------------------------------------
 */

/* Where a caption block's credit starts: the last place its caption's
 * credit text appears, with an opening parenthesis before it. */
static size_t credit_offset(const char *text, size_t len, const char *credit)
{
    if (!credit || !*credit)
        return len;
    size_t cl = strlen(credit);
    if (cl > len)
        return len;
    for (size_t i = len - cl + 1; i-- > 0;)
        if (memcmp(text + i, credit, cl) == 0) {
            while (i > 0 && (text[i - 1] == '(' || text[i - 1] == ' '))
                i--;
            return i;
        }
    return len;
}

/* block -> the caption it shows; a caption's later copies are found by
 * their identical text. */
static void build_captions(annotate *an)
{
    size_t nb = doc_block_count(an->d);
    an->caption_of = xmalloc((nb ? nb : 1) * sizeof *an->caption_of);
    an->ncaption_of = nb;
    for (size_t b = 0; b < nb; b++)
        an->caption_of[b] = DOC_NONE;
    size_t nc = doc_caption_count(an->d);
    for (size_t i = 0; i < nc; i++) {
        const doc_caption *dc = doc_caption_get(an->d, i);
        if (dc->block < nb)
            an->caption_of[dc->block] = i;
    }
    /* copies: the same text as a caption's first block */
    for (size_t b = 0; b < nb; b++) {
        const doc_block *blk = doc_block_get(an->d, b);
        if (blk->kind != DOC_BLOCK_CAPTION || an->caption_of[b] != DOC_NONE)
            continue;
        for (size_t i = 0; i < nc; i++) {
            const doc_block *first =
                doc_block_get(an->d, doc_caption_get(an->d, i)->block);
            if (first && first->len == blk->len &&
                memcmp(first->text, blk->text, blk->len) == 0) {
                an->caption_of[b] = i;
                break;
            }
        }
    }
}

static void annotate_text(annotate *an, const char *text, size_t len,
                          doc_block_kind kind, size_t credit_start)
{
    an->text = text;
    an->len = len;
    an->stop = len;
    an->ab.text = text;
    an->ab.len = len;
    an->ab.kind = kind;
    an->ab.credit_start = credit_start;
    an->ntok = 0;
    an->nquotes = 0;
    if (len < UINT32_MAX / 2) {
        find_spans(an, text, len);
        tokenise(an);
        mark_tokens(an);
    }
    an->ab.tok = an->tok;
    an->ab.ntok = an->ntok;
    an->ab.keys = an->keys ? an->keys : "";
    an->ab.quotes = an->quotes;
    an->ab.nquotes = an->nquotes;
}

annotate *annotate_new(const doc *d)
{
    annotate *an = xcalloc(1, sizeof *an);
    an->d = d;
    an->loaded = DOC_NONE;
    for (size_t g = 0; g < 3; g++)
        an->salient[g] = an->any[g] = (coref_recent){DOC_NONE, 0, 0};
    an->sent_first = DOC_NONE;
    return an;
}

void annotate_free(annotate *an)
{
    if (!an)
        return;
    free(an->tok);
    free(an->tok_key);
    free(an->keys);
    free(an->ikeys);
    free(an->itab);
    free(an->fold);
    free(an->stored);
    free(an->enc);
    free(an->qstore);
    free(an->quotes);
    free(an->caption_of);
    free(an->refs);
    free(an->people);
    free(an->memo);
    free(an);
}

/* ---- the store ------------------------------------------------------------
 * A token is kept as: flags, start (from the last token's start), length,
 * then as its flags say the suffix's length, the key id or the character,
 * and the span; each a LEB128 number. */

/* The caller has made room: 5 bytes at most. */
static inline void put_num(annotate *an, uint32_t v)
{
    while (v >= 0x80) {
        an->enc[an->nenc++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    an->enc[an->nenc++] = (uint8_t)v;
}

static inline uint32_t get_num(const uint8_t **p)
{
    const uint8_t *q = *p;
    if (*q < 0x80) {
        *p = q + 1;
        return *q;
    }
    uint32_t v = *q & 0x7F;
    for (unsigned shift = 7; *q++ & 0x80; shift += 7)
        v |= (uint32_t)(*q & 0x7F) << shift;
    *p = q;
    return v;
}

#define QUOTE_FLAGS (ANNOTATE_OPENQ | ANNOTATE_CLOSEQ | ANNOTATE_QUOTED)

static void store_block(annotate *an, size_t block)
{
    struct stored *st = &an->stored[block];
    st->enc = an->nenc;
    st->ntok = (uint32_t)an->ntok;
    /* six numbers of five bytes at most a token */
    if (an->ntok > (SIZE_MAX - an->nenc) / 30)
        xalloc_die("annotation store");
    XGROW(an->enc, an->cap_enc, an->nenc + an->ntok * 30);
    uint32_t last = 0;
    bool names = an->ab.kind != DOC_BLOCK_EMBED;
    for (size_t i = 0; i < an->ntok; i++) {
        const token *t = &an->tok[i];
        if (names && (t->flags & T_CAP) &&
            !(t->flags & (T_SENT | T_HEADLINE | T_WORK | T_ALLCAPS)))
            an->ikeys[an->tok_key[i]].capitalised = true;
        put_num(an, t->flags);
        put_num(an, t->start - last);
        put_num(an, t->end - t->start);
        last = t->start;
        if (t->flags & (T_POSS | T_HYPH))
            put_num(an, t->extra_end - t->end);
        put_num(an, (t->flags & T_WORD) ? an->tok_key[i] : t->punct);
        if (t->flags & QUOTE_FLAGS)
            put_num(an, t->quote);
    }
    st->qoff = an->nqstore;
    st->nquotes = (uint32_t)an->nquotes;
    XGROW(an->qstore, an->cap_qstore, an->nqstore + an->nquotes);
    if (an->nquotes)
        memcpy(an->qstore + an->nqstore, an->quotes,
               an->nquotes * sizeof *an->quotes);
    an->nqstore += an->nquotes;
}

static void load_block(annotate *an, size_t block)
{
    const struct stored *st = &an->stored[block];
    if (st->ntok > an->cap_tok)
        XGROW(an->tok, an->cap_tok, st->ntok);
    const uint8_t *p = an->enc + st->enc;
    uint32_t last = 0;
    for (size_t i = 0; i < st->ntok; i++) {
        token *t = &an->tok[i];
        *t = (token){0};
        t->flags = get_num(&p);
        t->start = last + get_num(&p);
        t->end = t->start + get_num(&p);
        last = t->start;
        if (t->flags & (T_POSS | T_HYPH))
            t->extra_end = t->end + get_num(&p);
        uint32_t v = get_num(&p);
        if (t->flags & T_WORD) {
            const struct ikey *e = &an->ikeys[v];
            t->key = e->off;
            t->klen = e->klen;
            t->lex = e->lex;
        } else {
            t->punct = v;
        }
        if (t->flags & QUOTE_FLAGS)
            t->quote = (uint16_t)get_num(&p);
    }
    an->ntok = st->ntok;
    an->ab.tok = an->tok;
    an->ab.ntok = an->ntok;
    /* no span stored yet leaves the store NULL: NULL + 0 is undefined */
    an->ab.quotes = an->qstore ? an->qstore + st->qoff : NULL;
    an->ab.nquotes = st->nquotes;
}

/* Makes room for every block of the document in the store. */
static void store_reserve(annotate *an)
{
    if (!an->caption_of)
        build_captions(an);
    size_t nb = doc_block_count(an->d);
    if (an->stored && an->nstored >= nb)
        return;
    an->stored = xreallocarray(an->stored, nb, sizeof *an->stored);
    size_t bytes = 0;
    for (size_t b = an->nstored; b < nb; b++) {
        an->stored[b] = (struct stored){.ntok = UINT32_MAX};
        bytes += doc_block_get(an->d, b)->len;
    }
    an->nstored = nb;
    /* room for the whole document at once (two bytes a byte of text is
     * plenty): growing a large store would copy it again and again, and
     * pages never written cost nothing */
    if (bytes < SIZE_MAX / 4)
        XGROW(an->enc, an->cap_enc, an->nenc + 2 * bytes + 64);
}

/* Sets up an->ab for block b and reads it if it was never read; false
 * when it was read before (and only needs decoding). */
static bool block_read(annotate *an, size_t block, const doc_block **blk)
{
    *blk = doc_block_get(an->d, block);
    size_t cap = block < an->ncaption_of ? an->caption_of[block] : DOC_NONE;
    an->ab.credit_start = (*blk)->len;
    if ((*blk)->kind == DOC_BLOCK_CAPTION && cap != DOC_NONE)
        an->ab.credit_start = credit_offset(
            (*blk)->text, (*blk)->len, doc_caption_get(an->d, cap)->credit);
    an->ab.block = block;
    an->ab.caption = (*blk)->kind == DOC_BLOCK_CAPTION ? cap : DOC_NONE;
    if (an->stored[block].ntok != UINT32_MAX)
        return false;
    annotate_text(an, (*blk)->text, (*blk)->len, (*blk)->kind,
                  an->ab.credit_start);
    store_block(an, block);
    return true;
}

const annotate_block *annotate_get(annotate *an, size_t block)
{
    if (an->loaded == block)
        return &an->ab;
    store_reserve(an);
    const doc_block *blk;
    if (!block_read(an, block, &blk)) {
        an->text = blk->text;
        an->len = blk->len;
        an->ab.text = blk->text;
        an->ab.len = blk->len;
        an->ab.kind = blk->kind;
        an->ab.keys = an->keys ? an->keys : "";
        load_block(an, block);
    }
    an->loaded = block;
    return &an->ab;
}

void annotate_read_all(annotate *an)
{
    store_reserve(an);
    for (size_t b = 0; b < an->nstored; b++) {
        const doc_block *blk;
        if (an->stored[b].ntok == UINT32_MAX)
            block_read(an, b, &blk);
    }
    an->loaded = DOC_NONE;
}

static const struct ikey *ikey_of(const annotate *an, const annotate_token *t)
{
    uint32_t id;
    memcpy(&id, an->keys + t->key - sizeof id, sizeof id);
    return &an->ikeys[id];
}

bool annotate_capitalised(const annotate *an, const annotate_token *t)
{
    return (t->flags & T_WORD) && ikey_of(an, t)->capitalised;
}

bool annotate_heads_phrase(const annotate *an, const annotate_token *t)
{
    return (t->flags & T_WORD) && ikey_of(an, t)->heads_phrase;
}

size_t annotate_spans_read(const annotate *an)
{
    return an->nqstore;
}

const lexicon_entry *annotate_entry(const annotate *an, const annotate_token *t)
{
    return (t->flags & ANNOTATE_WORD) ? ikey_of(an, t)->entry : NULL;
}

unsigned annotate_cue(const annotate *an, const annotate_token *t,
                      const char **canonical)
{
    const struct ikey *e = (t->flags & ANNOTATE_WORD) ? ikey_of(an, t) : NULL;
    if (canonical)
        *canonical = e ? e->cue_canonical : NULL;
    return e ? e->cue : 0;
}

const annotate_block *annotate_string(annotate *an, const char *s, size_t len)
{
    annotate_text(an, s, len, DOC_BLOCK_CREDIT, len);
    an->ab.block = DOC_NONE;
    an->ab.caption = DOC_NONE;
    an->loaded = DOC_NONE;
    return &an->ab;
}

/* ---- coreference -----------------------------------------------------------
 * One model for every pass. A he or she means the latest person of that
 * gender who stood as a subject (the walking pass says which mentions were
 * not: objects, owners, relatives, names inside reported speech), else the
 * latest person of that gender named at all; a subject pronoun carries the
 * chain on. Subjects first because "X met Y ... she said" means X far more
 * often than the nearest name. A person whose name gives no gender takes
 * the first one a pronoun gives, so a later pronoun of the other gender
 * passes over them. */

static coref_person *coref_of(annotate *an, size_t id)
{
    if (id >= an->cap_people) {
        size_t old = an->cap_people;
        XGROW(an->people, an->cap_people, id + 1);
        memset(an->people + old, 0,
               (an->cap_people - old) * sizeof *an->people);
    }
    return &an->people[id];
}

static void coref_note(annotate *an, size_t id, doc_gender g, bool subject)
{
    coref_person *p = coref_of(an, id);
    coref_recent now = {id, ++an->seq, an->para};
    if (g == DOC_GENDER_UNKNOWN)
        g = (doc_gender)p->learnt;
    else if (!p->learnt)
        p->learnt = (unsigned char)g;
    if (g != DOC_GENDER_UNKNOWN) /* no longer a candidate of either gender */
        for (int o = 0; o < 3; o++)
            if (o != (int)g) {
                if (an->any[o].entity == id)
                    an->any[o].entity = DOC_NONE;
                if (an->salient[o].entity == id)
                    an->salient[o].entity = DOC_NONE;
            }
    an->any[g] = now;
    if (subject)
        an->salient[g] = now;
    if (an->sent_first == DOC_NONE)
        an->sent_first = id;
}

/* A person's gender learnt from a pronoun, their place kept. */
static void coref_learn(annotate *an, size_t id, doc_gender g)
{
    coref_person *p = coref_of(an, id);
    if (p->learnt)
        return;
    p->learnt = (unsigned char)g;
    coref_recent *lists[] = {an->any, an->salient};
    for (size_t l = 0; l < 2; l++) {
        coref_recent *r = lists[l];
        if (r[DOC_GENDER_UNKNOWN].entity != id)
            continue;
        if (r[g].entity == DOC_NONE || r[g].seq < r[DOC_GENDER_UNKNOWN].seq)
            r[g] = r[DOC_GENDER_UNKNOWN];
        r[DOC_GENDER_UNKNOWN].entity = DOC_NONE;
    }
}

void annotate_coref_person(annotate *an, size_t id, doc_gender g, bool subject)
{
    coref_note(an, id, g, subject);
}

/* The latest person not of the other gender, subjects first; never skip.
 * Someone whose gender nothing gave yet competes with a person of the
 * wanted gender only while still the topic (named in this paragraph or
 * the one before): further back, the known match is the better bet. */
static size_t coref_latest(const annotate *an, doc_gender want, size_t skip)
{
    for (int pass = 0; pass < 2; pass++) {
        const coref_recent *r = pass == 0 ? an->salient : an->any;
        coref_recent best = {DOC_NONE, 0, 0};
        for (int g = 0; g < 3; g++) {
            if (r[g].entity == DOC_NONE || r[g].entity == skip ||
                (want != DOC_GENDER_UNKNOWN && g != DOC_GENDER_UNKNOWN &&
                 g != (int)want))
                continue;
            bool stale = best.entity != DOC_NONE && an->para > best.para + 1;
            if (r[g].seq >= best.seq || (want != DOC_GENDER_UNKNOWN && stale))
                best = r[g];
        }
        if (best.entity != DOC_NONE)
            return best.entity;
    }
    return DOC_NONE;
}

size_t annotate_coref_latest(const annotate *an, doc_gender g)
{
    return coref_latest(an, g, DOC_NONE);
}

static bool key_is(const annotate_block *ab, const token *t, const char *w)
{
    size_t n = strlen(w);
    return t->klen == n && memcmp(ab->keys + t->key, w, n) == 0;
}

void annotate_coref_sentence(annotate *an, const annotate_block *ab,
                             const annotate_token *t)
{
    /* "Asked whether he would run, X said": a clause before the main one,
     * whose pronouns mean the subject still to come */
    static const char *const leads[] = {
        "asked", "when",    "while", "after", "before", "although", "though",
        "since", "because", "if",    "once",  "until",  "unless",   "whether"};
    an->sent_first = DOC_NONE;
    an->lead_clause = false;
    for (size_t i = 0; t && i < sizeof leads / sizeof *leads; i++)
        an->lead_clause |= key_is(ab, t, leads[i]);
}

void annotate_coref_paragraph(annotate *an)
{
    an->para++;
    annotate_coref_sentence(an, NULL, NULL);
}

void annotate_coref_clause_end(annotate *an)
{
    an->lead_clause = false;
}

size_t annotate_coref_resolve(annotate *an, const annotate_block *ab,
                              const annotate_token *t)
{
    if (!(t->flags & T_WORD) || !(t->lex & LEX_PRONOUN) ||
        (t->flags & T_QUOTED) || an->lead_clause)
        return DOC_NONE;
    const char *key = ab->keys + t->key;
    const lexicon_entry *le = lexicon_find(key, t->klen);
    doc_gender g = le ? le->gender : DOC_GENDER_UNKNOWN;
    if (g == DOC_GENDER_UNKNOWN)
        return DOC_NONE;
    /* "X accused him": an object is seldom its own sentence's subject */
    size_t skip = key_is(ab, t, "him") && !(t->flags & T_SENT) ? an->sent_first
                                                               : DOC_NONE;
    size_t id = coref_latest(an, g, skip);
    if (id == DOC_NONE)
        return DOC_NONE;
    coref_person *p = coref_of(an, id);
    if (g == DOC_GENDER_FEMALE)
        p->votes_female++;
    else
        p->votes_male++;
    /* "he said": the chain goes on through a subject pronoun; "his" or
     * "her" only tells the person's gender */
    if (lexicon_cue_classes(key, t->klen, NULL) & CUE_PRONOUN)
        coref_note(an, id, g, true);
    else
        coref_learn(an, id, g);
    if (ab->block != DOC_NONE) {
        XGROW(an->refs, an->cap_refs, an->nrefs + 1);
        an->refs[an->nrefs++] = (pronoun_ref){ab->block, t->start, id};
    }
    return id;
}

doc_gender annotate_coref_gender(const annotate *an, size_t id)
{
    if (id >= an->cap_people)
        return DOC_GENDER_UNKNOWN;
    const coref_person *p = &an->people[id];
    if (p->votes_female == p->votes_male)
        return DOC_GENDER_UNKNOWN;
    return p->votes_female > p->votes_male ? DOC_GENDER_FEMALE
                                           : DOC_GENDER_MALE;
}

size_t annotate_pronoun_at(const annotate *an, size_t block, size_t offset)
{
    /* recorded in document order: a binary search */
    size_t lo = 0, hi = an->nrefs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const pronoun_ref *r = &an->refs[mid];
        if (r->block < block || (r->block == block && r->start < offset))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < an->nrefs && an->refs[lo].block == block &&
        an->refs[lo].start == offset)
        return an->refs[lo].entity;
    return DOC_NONE;
}
