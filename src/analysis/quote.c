/* Quotations, what they are and who said them.
 *
 * Per body block (paragraph, subhead, list item, block quotation), in
 * document order:
 *   1. take the block's quotation spans and tokens from the annotation
 *      layer (annotate.h: one tokeniser, one set of marks, one decision on
 *      titles of works);
 *   2. turn the narrative around the spans into this module's tokens:
 *      words with their cue classes, punctuation, one token per entity
 *      mention (from a per-block index built once), one per quotation; the
 *      walk feeds the annotation layer's coreference (who stood as a
 *      subject) and reads what each "he" and "she" means from it, and roles
 *      ("coach X", "X, 74,", "her mother, X,") are learnt on the way;
 *   3. cut the tokens into sentences and decide each quotation by the
 *      ordered table of passes (`passes` below): the first pass that fits
 *      decides, and its name is the quotation's rule. Passes that need the
 *      next paragraph or the whole document run when those are read, and
 *      take a quotation only from a pass ranked below them.
 * Every look-around is bounded by a fixed number of tokens, so the whole
 * analysis is linear in the text whatever the marks do. */
#include "quote.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cue.h"
#include "hash.h"
#include "lexicon.h"
#include "utf8.h"
#include "xalloc.h"

/* How far (in tokens) the rules look; generous for real prose, and what
 * keeps pathological inputs linear. */
enum {
    REACH_BACK = 40,   /* from a verb or quotation back to its subject */
    REACH_AFTER = 25,  /* from a quotation to the verb attributing it */
    REACH_NP = 12,     /* a speaker's noun phrase after the verb */
    REACH_CLAUSE = 16, /* a closing ", X said." clause */
    REACH_OBJECT = 6,  /* title words between a preposition and a name */
    WORD_MAX = 16,     /* longer than any listed word */
};

/* ---- the mention index -------------------------------------------------- */

typedef struct {
    size_t start, end, entity;
    doc_entity_type type;
    doc_gender gender;
} mention;

typedef struct {
    mention *all;
    size_t *first; /* mentions of block b: [first[b], first[b + 1]) */
} mention_index;

static int mention_cmp(const void *a, const void *b)
{
    const mention *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1; /* longest first */
    return (x->entity > y->entity) - (x->entity < y->entity);
}

static bool usable_entity(const doc_entity *e)
{
    return e && !(e->type == DOC_PERSON && e->credit);
}

static void index_build(mention_index *ix, const doc *d)
{
    size_t nb = doc_block_count(d), ne = doc_entity_count(d);
    ix->first = xcalloc(nb + 2, sizeof *ix->first);
    size_t total = 0;
    for (size_t e = 0; e < ne; e++) {
        const doc_entity *ent = doc_entity_get(d, e);
        if (!usable_entity(ent))
            continue;
        for (size_t m = 0; m < ent->n_mentions; m++) {
            const doc_span *s = &ent->mentions[m];
            if (s->block < nb) {
                ix->first[s->block + 2]++;
                total++;
            }
        }
    }
    for (size_t b = 0; b < nb; b++)
        ix->first[b + 2] += ix->first[b + 1];
    ix->all = xcalloc(total ? total : 1, sizeof *ix->all);
    for (size_t e = 0; e < ne; e++) {
        const doc_entity *ent = doc_entity_get(d, e);
        if (!usable_entity(ent))
            continue;
        for (size_t m = 0; m < ent->n_mentions; m++) {
            const doc_span *s = &ent->mentions[m];
            if (s->block < nb)
                ix->all[ix->first[s->block + 1]++] =
                    (mention){s->start, s->end, e, ent->type, ent->gender};
        }
    }
    /* first[b + 1] now ends block b, so first[b] starts it. */
    for (size_t b = 0; b < nb; b++)
        qsort(ix->all + ix->first[b], ix->first[b + 1] - ix->first[b],
              sizeof *ix->all, mention_cmp);
}

static void index_free(mention_index *ix)
{
    free(ix->all);
    free(ix->first);
}

/* ---- quotation spans (from the annotation layer) ------------------- */

typedef struct {
    size_t open;       /* the opening mark */
    size_t start, end; /* the characters between the marks */
    size_t after;      /* just past the closing mark (paragraph end if none) */
    size_t tok_open, tok_close; /* its marks' tokens in the annotation */
    bool closed;
    bool empty;
    bool title;    /* the title of a work, as the annotation decided */
    size_t result; /* index into the analysis' results, or DOC_NONE */
} qspan;

typedef struct {
    qspan *v;
    size_t n, cap;
} qspans;

/* ---- tokens ------------------------------------------------------------- */

typedef enum { T_WORD, T_PUNCT, T_MENTION, T_QUOTE } tok_kind;

enum {
    F_CAP = 1,      /* word starts with a capital or a digit */
    F_UPPER = 8,    /* word starts with a capital */
    F_POSS = 2,     /* mention followed by 's */
    F_SENT_END = 4, /* a sentence ends after this token */
};

/* Kept small: a paragraph of many megabytes is one array of these. */
typedef struct {
    unsigned char kind, flags;
    char punct;              /* T_PUNCT: , ; : . ! ? - ( ) or o(ther) */
    unsigned char type;      /* T_MENTION: doc_entity_type */
    unsigned char cue_words; /* T_WORD with a cue: 1 or 2 */
    bool cue_trailing;       /* ... reporting only beside a quotation */
    unsigned short lex;      /* T_WORD: its cue.h classes, looked up once */
    size_t start, end;
    size_t at;          /* the last annotation token it covers */
    size_t ref;         /* mention or pronoun: entity; quotation: span index */
    const char *cue;    /* T_WORD: the reporting cue starting here, or NULL */
    char low[WORD_MAX]; /* T_WORD: its look-up key (lower case, no accents) */
} token;

typedef struct {
    token *v;
    size_t n, cap;
} tokens;

/* Who holds a role, by role word: from the titles entity analysis gave
 * ("Mayor"), the words before a name ("coach X") and appositions ("X, a
 * glaciologist", "X, 74,"), so "the coach said" or "the 74-year-old said"
 * finds the right person when others were named since. Open addressing,
 * capacity a power of two, at most half full. */
typedef struct {
    char word[WORD_MAX];
    size_t who; /* entity, or DOC_NONE for someone unnamed */
} role_slot;

/* A quotation whose speaker is described by a role nobody held yet ("the
 * mother of the victim said"), waiting for the first person the text gives
 * that role afterwards. A handful at a time is plenty: the lede describes,
 * the next paragraphs name. */
enum { PENDING_MAX = 16 };

typedef struct {
    char word[WORD_MAX];
    size_t result; /* the waiting quotation */
    size_t found;  /* who was given the role later, or DOC_NONE */
} pending_role;

typedef struct {
    role_slot *slots;
    size_t cap, used;
    pending_role pending[PENDING_MAX];
    size_t n_pending;
} role_map;

/* Who a descriptor ("the coach", "the Dane") means. */
typedef struct {
    role_map roles;
    char (*title_words)[WORD_MAX]; /* of entity e: [title_first[e], [e+1]) */
    size_t *title_first;
} antecedents;

static role_slot *role_slot_of(role_slot *slots, size_t cap, const char *w)
{
    size_t i = (size_t)hash_bytes(w, strlen(w)) & (cap - 1);
    while (slots[i].word[0] && strcmp(slots[i].word, w) != 0)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

static void role_note(role_map *m, const char *word, size_t who)
{
    if (!word[0] || strlen(word) >= WORD_MAX)
        return;
    if (2 * (m->used + 1) > m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 64;
        role_slot *slots = xcalloc(cap, sizeof *slots);
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].word[0])
                *role_slot_of(slots, cap, m->slots[i].word) = m->slots[i];
        free(m->slots);
        m->slots = slots;
        m->cap = cap;
    }
    if (who != DOC_NONE)
        for (size_t i = 0; i < m->n_pending; i++)
            if (m->pending[i].found == DOC_NONE &&
                strcmp(m->pending[i].word, word) == 0)
                m->pending[i].found = who;
    role_slot *r = role_slot_of(m->slots, m->cap, word);
    if (!r->word[0]) {
        strcpy(r->word, word);
        m->used++;
    }
    r->who = who;
}

/* The latest holder of a role; *known says whether the text gave one at
 * all (an unnamed "a spokesman" is known, and nobody). */
static size_t role_holder(const role_map *m, const char *word, bool *known)
{
    *known = false;
    if (!m->cap)
        return DOC_NONE;
    const role_slot *r = role_slot_of(m->slots, m->cap, word);
    *known = r->word[0] != '\0';
    return *known ? r->who : DOC_NONE;
}

/* The lower-cased words of a title, two letters or more, minor words left
 * out; at most max of them into out; returns how many. */
static size_t title_words(const char *title, char (*out)[WORD_MAX], size_t max)
{
    size_t n = 0;
    for (const char *p = title; *p && n < max;) {
        while (*p == ' ' || *p == '-' || *p == '.' || *p == ',')
            p++;
        size_t len = 0;
        char w[WORD_MAX];
        while (p[len] && p[len] != ' ' && p[len] != '-' && p[len] != ',') {
            if (len + 1 < WORD_MAX) {
                char c = p[len];
                w[len] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
            }
            len++;
        }
        p += len;
        if (len >= WORD_MAX)
            continue;
        while (len > 0 && w[len - 1] == '.')
            len--;
        w[len] = '\0';
        if (len >= 2 && !(cue_classify(w, NULL) & CUE_MINOR))
            memcpy(out[n++], w, len + 1);
    }
    return n;
}

enum { TITLE_WORDS_MAX = 8 };

static void titles_build(antecedents *a, const doc *d)
{
    size_t ne = doc_entity_count(d), total = 0;
    char words[TITLE_WORDS_MAX][WORD_MAX];
    a->title_first = xcalloc(ne + 1, sizeof *a->title_first);
    for (size_t e = 0; e < ne; e++) {
        const doc_entity *ent = doc_entity_get(d, e);
        if (ent->type == DOC_PERSON && ent->title)
            total += title_words(ent->title, words, TITLE_WORDS_MAX);
    }
    a->title_words = xcalloc(total ? total : 1, sizeof *a->title_words);
    size_t k = 0;
    for (size_t e = 0; e < ne; e++) {
        a->title_first[e] = k;
        const doc_entity *ent = doc_entity_get(d, e);
        if (ent->type == DOC_PERSON && ent->title)
            k += title_words(ent->title, a->title_words + k, TITLE_WORDS_MAX);
    }
    a->title_first[ne] = k;
}

static bool word_is(const token *t, const char *w)
{
    return t->kind == T_WORD && strcmp(t->low, w) == 0;
}

static bool is_subject_pronoun(const token *t)
{
    return t->kind == T_WORD && (t->lex & CUE_PRONOUN);
}

/* A word of one of the cue.h classes. */
static bool lex(const token *t, unsigned classes)
{
    return t->kind == T_WORD && (t->lex & classes);
}

/* A mention governed by a preposition or a verb of address ("to", "with",
 * "told"), looking back over title words and determiners: "told Mexican
 * President X" is the listener, "according to X" is the source. */
static bool object_marked(const token *v, size_t k, size_t lo)
{
    size_t steps = 0;
    for (size_t i = k; i > lo && steps < REACH_OBJECT; steps++) {
        const token *t = &v[--i];
        if (t->kind == T_MENTION && (t->flags & F_POSS))
            continue;
        if (t->kind != T_WORD)
            return false;
        /* "Bank of England Governor X": "of" inside a name. */
        if (word_is(t, "of") && i > lo && i + 1 < k &&
            (v[i - 1].flags & F_UPPER) && (v[i + 1].flags & F_UPPER))
            continue;
        if (t->lex & CUE_OBJECT)
            return !(strcmp(t->low, "to") == 0 && i > 0 &&
                     word_is(&v[i - 1], "according"));
        if ((t->flags & F_CAP) ||
            (t->lex & (CUE_DETERMINER | CUE_ROLE | CUE_PARTICLE)))
            continue;
        return false;
    }
    return false;
}

static bool is_role_word(const token *t, doc_gender *g);
static bool is_possessive_word(const token *t);
static bool is_person(const token *t);

/* "Danish", "Brazilian": a nationality, which a later "the Dane" or "the
 * Brazilian" takes up. */
static bool is_nationality(const token *t)
{
    return t->kind == T_WORD &&
           (lexicon_classes(t->low, strlen(t->low)) & LEX_DEMONYM);
}

/* The noun for a person of a nationality where it is not the adjective
 * itself ("Danish" -> "the Dane"); general English. */
static const char *nationality_noun(const char *adjective)
{
    static const char *const pairs[][2] = {
        {"british", "briton"},      {"danish", "dane"},
        {"dutch", "dutchman"},      {"english", "englishman"},
        {"finnish", "finn"},        {"french", "frenchman"},
        {"icelandic", "icelander"}, {"irish", "irishman"},
        {"polish", "pole"},         {"scottish", "scot"},
        {"spanish", "spaniard"},    {"swedish", "swede"},
        {"turkish", "turk"},        {"welsh", "welshman"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
        if (strcmp(adjective, pairs[i][0]) == 0)
            return pairs[i][1];
    return adjective;
}

typedef struct {
    const doc *d;
    mention_index ix;
    antecedents who;
    /* A person's last name: its one holder; for a name relatives share,
     * the latest of them mentioned so far, also under "f\x01name" and
     * "m\x01name" for the latest woman and man (DOC_NONE before any). */
    role_map surnames;
    char (*surname_of)[WORD_MAX]; /* of each person whose name is shared */
    size_t n_surname_of;
    const char *text;         /* the block being tokenised */
    annotate *an;             /* the one annotation layer */
    const annotate_block *ab; /* ... of the block being tokenised */
    qspans spans;
    tokens toks;
    char **owned; /* cue words copied out of the text */
    size_t n_owned, cap_owned;
} analysis;

/* A person now holds their titles' roles: "the mayor" is the latest one
 * named. */
static void hold_titles(analysis *A, size_t entity)
{
    antecedents *a = &A->who;
    for (size_t i = a->title_first[entity]; i < a->title_first[entity + 1]; i++)
        role_note(&a->roles, a->title_words[i], entity);
}

/* A person named or described: coreference hears of them (as a subject
 * or not), and they hold their titles' roles. */
static void note_person(analysis *A, size_t entity, doc_gender g, bool subject)
{
    annotate_coref_person(A->an, entity, g, subject);
    hold_titles(A, entity);
}

static void push_token(tokens *ts, token t)
{
    XGROW(ts->v, ts->cap, ts->n + 1);
    ts->v[ts->n++] = t;
}

static char punct_of(ucs4_t cp)
{
    switch (cp) {
    case ',':
    case ';':
    case ':':
    case '.':
    case '!':
    case '?':
    case '(':
    case ')': return (char)cp;
    case 0x2026: return '.'; /* … */
    default: return utf8_is_dash(cp) ? '-' : 'o';
    }
}

/* A name opening what someone said ("noting that X has", "said X would"):
 * the content of speech, not who a later "she said" means. An inverted
 * '"…," said X' is not one: there the verb follows the quotation. */
static bool in_reported_clause(const token *v, size_t n)
{
    if (n == 0 || v[n - 1].kind != T_WORD)
        return false;
    if (word_is(&v[n - 1], "that"))
        return true;
    if (!v[n - 1].cue)
        return false;
    return n >= 2 && v[n - 2].kind != T_QUOTE &&
           !(v[n - 2].kind == T_PUNCT && v[n - 2].punct == ',');
}

/* "her husband, Walt,", "his brother Emil", "Lee's daughter, Ann": a
 * relative named through someone else's family word. Such a person is
 * rarely whom the paragraph's next "he said" or "she said" means (that is
 * the person the paragraph is about), and the family word gives the
 * gender when the name does not. General English kin nouns. */
static bool relative_named(const token *v, size_t n, doc_gender *g,
                           size_t *owner_at)
{
    static const char *const male[] = {
        "brother", "father",         "grandfather",   "grandson",
        "husband", "nephew",         "son",           "stepfather",
        "stepson", "uncle",          "boyfriend",     "fiance",
        "dad",     "brother-in-law", "father-in-law", "son-in-law",
        "widower"};
    static const char *const female[] = {"aunt",
                                         "daughter",
                                         "granddaughter",
                                         "grandmother",
                                         "mother",
                                         "niece",
                                         "sister",
                                         "stepdaughter",
                                         "stepmother",
                                         "wife",
                                         "girlfriend",
                                         "fiancee",
                                         "mom",
                                         "mum",
                                         "sister-in-law",
                                         "mother-in-law",
                                         "daughter-in-law",
                                         "widow"};
    static const char *const either[] = {"child",   "cousin",   "grandchild",
                                         "partner", "sibling",  "spouse",
                                         "parent",  "stepchild"};
    size_t k = n;
    if (k > 0 && v[k - 1].kind == T_PUNCT && v[k - 1].punct == ',')
        k--;
    if (k < 2 || v[k - 1].kind != T_WORD)
        return false;
    const token *kin = &v[k - 1], *owner = &v[k - 2];
    *owner_at = k - 2;
    bool owned = (owner->kind == T_MENTION && (owner->flags & F_POSS)) ||
                 (owner->kind == T_WORD &&
                  (owner->flags & F_POSS || word_is(owner, "his") ||
                   word_is(owner, "her") || word_is(owner, "their") ||
                   word_is(owner, "my") || word_is(owner, "our") ||
                   word_is(owner, "whose") ||
                   /* "survived by a daughter, X; a grandson, Y" */
                   ((word_is(owner, "a") || word_is(owner, "an")) &&
                    v[n - 1].kind == T_PUNCT)));
    /* "his late wife, X", "her younger brother X": one adjective. */
    if (!owned && k >= 3 && owner->kind == T_WORD && !(owner->flags & F_CAP)) {
        const token *o2 = &v[k - 3];
        owned = (o2->kind == T_MENTION && (o2->flags & F_POSS)) ||
                word_is(o2, "his") || word_is(o2, "her") ||
                word_is(o2, "their");
        *owner_at = k - 3;
    }
    if (!owned)
        return false;
    static const struct {
        const char *const *words;
        size_t n;
        doc_gender g;
    } lists[] = {
        {male, sizeof male / sizeof *male, DOC_GENDER_MALE},
        {female, sizeof female / sizeof *female, DOC_GENDER_FEMALE},
        {either, sizeof either / sizeof *either, DOC_GENDER_UNKNOWN},
    };
    for (size_t l = 0; l < 3; l++)
        for (size_t i = 0; i < lists[l].n; i++) {
            const char *w = lists[l].words[i];
            size_t len = strlen(w);
            /* "his sons, X and Y": the plural too */
            if (strncmp(kin->low, w, len) == 0 &&
                (!kin->low[len] ||
                 (kin->low[len] == 's' && !kin->low[len + 1]))) {
                *g = lists[l].g;
                return true;
            }
        }
    return false;
}

static bool is_indefinite(const token *t)
{
    return lex(t, CUE_INDEFINITE);
}

/* A person mentioned: the latest of the relatives sharing their last name
 * (and the latest of their gender). */
static void surname_seen(analysis *A, size_t e, doc_gender g)
{
    if (e >= A->n_surname_of || !A->surname_of[e][0])
        return;
    const char *low = A->surname_of[e];
    role_note(&A->surnames, low, e);
    size_t len = strlen(low);
    if (g == DOC_GENDER_UNKNOWN || len + 2 >= WORD_MAX)
        return;
    char gk[WORD_MAX];
    gk[0] = g == DOC_GENDER_FEMALE ? 'f' : 'm';
    gk[1] = '\x01';
    memcpy(gk + 2, low, len + 1);
    role_note(&A->surnames, gk, e);
}

static bool object_of_verb(const token *v, size_t i, size_t lo);

/* "Ann Roe, who chairs the board, pressed the mayor", "she met the sculptor
 * Tom Ray": a person right after a verb whose subject the clause has named
 * is that verb's object, seldom whom a later "he" or "she" means. */
static bool verb_object(const analysis *A)
{
    static const char *const links[] = {
        "nor",    "then",    "so",     "yet",      "who",     "which",
        "whom",   "whose",   "when",   "while",    "where",   "as",
        "if",     "because", "though", "although", "since",   "after",
        "before", "until",   "unless", "once",     "whether", "is",
        "was",    "are",     "were",   "be",       "been",    "being"};
    const token *v = A->toks.v;
    size_t k = A->toks.n;
    while (k > 0 && v[k - 1].kind == T_WORD && !(v[k - 1].flags & F_CAP) &&
           (lex(&v[k - 1], CUE_DETERMINER) || is_indefinite(&v[k - 1]) ||
            is_role_word(&v[k - 1], NULL)))
        k--;
    if (k == 0 || v[k - 1].cue || (v[k - 1].flags & F_POSS))
        return false;
    for (size_t i = 0; i < sizeof links / sizeof *links; i++)
        if (word_is(&v[k - 1], links[i]))
            return false;
    return object_of_verb(v, k, 0);
}

/* Does token k open its sentence (the paragraph, or after a full stop)? */
static bool opens_sentence(const analysis *A, size_t k)
{
    const token *v = A->toks.v;
    if (k == 0)
        return true;
    const token *p = &v[k - 1];
    return p->kind == T_PUNCT &&
           (p->punct == '.' || p->punct == '!' || p->punct == '?');
}

static void add_mention_token(analysis *A, const doc_block *b, const mention *m,
                              size_t *at)
{
    token t = {.kind = T_MENTION,
               .type = m->type,
               .start = m->start,
               .end = m->end,
               .ref = m->entity};
    ucs4_t cp;
    utf8_decode(b->text + m->start, m->end - m->start, &cp);
    if (utf8_is_upper(cp))
        t.flags |= F_UPPER | F_CAP;
    /* The annotation's last word of the name says whether 's follows. */
    const annotate_block *ab = A->ab;
    size_t i = *at;
    if ((ab->tok[i].flags & ANNOTATE_SENT) &&
        !(ab->tok[i].flags & ANNOTATE_QUOTED))
        annotate_coref_sentence(A->an, ab, &ab->tok[i]);
    while (i + 1 < ab->ntok && ab->tok[i + 1].start < m->end)
        i++;
    t.at = i;
    *at = i + 1;
    if (ab->tok[i].flags & ANNOTATE_POSS) {
        t.flags |= F_POSS;
        t.end = ab->tok[i].extra_end;
    }

    if (m->type == DOC_PERSON) {
        doc_gender kin_gender = DOC_GENDER_UNKNOWN;
        size_t owner = 0;
        /* "Her brother, Tom, who runs the shop, closed it": a relative
         * named as the sentence opens is its subject. */
        bool relative =
            relative_named(A->toks.v, A->toks.n, &kin_gender, &owner) &&
            !opens_sentence(A, owner);
        bool salient = !(t.flags & F_POSS) && !relative &&
                       !object_marked(A->toks.v, A->toks.n, 0) &&
                       !verb_object(A) &&
                       !in_reported_clause(A->toks.v, A->toks.n);
        note_person(A, m->entity,
                    m->gender != DOC_GENDER_UNKNOWN ? m->gender : kin_gender,
                    salient);
        surname_seen(A, m->entity,
                     m->gender != DOC_GENDER_UNKNOWN ? m->gender : kin_gender);
        /* "coach X", "Real Sociedad coach X": role words before a name. */
        size_t now = m->entity;
        for (size_t i = A->toks.n, steps = 0; i > 0 && steps < 4; steps++) {
            const token *w = &A->toks.v[--i];
            if (w->kind != T_WORD)
                break;
            if (is_role_word(w, NULL))
                role_note(&A->who.roles, w->low, now);
            else if (!(w->flags & F_CAP))
                break;
            if (is_nationality(w)) { /* "Danish striker X" */
                role_note(&A->who.roles, w->low, now);
                role_note(&A->who.roles, nationality_noun(w->low), now);
            }
        }
        /* "her mother, X,", "the club's captain, X,", "a rice farmer, X,":
         * a role set before the name by a determiner, an article or an
         * owner, perhaps with a lower-case word or two qualifying it. */
        const token *v = A->toks.v;
        size_t n = A->toks.n;
        if (n >= 3 && v[n - 1].kind == T_PUNCT && v[n - 1].punct == ',' &&
            is_role_word(&v[n - 2], NULL)) {
            size_t d = n - 3;
            /* qualifiers may be roles themselves: "its deputy governor" */
            while (d > 0 && d + 5 > n && v[d].kind == T_WORD &&
                   !(v[d].flags & (F_CAP | F_POSS)) &&
                   (!v[d].lex || is_role_word(&v[d], NULL)))
                d--;
            if (lex(&v[d], CUE_DETERMINER) || is_indefinite(&v[d]) ||
                (v[d].kind == T_MENTION && (v[d].flags & F_POSS)) ||
                (v[d].kind == T_WORD && is_possessive_word(&v[d])))
                for (size_t k = d + 1; k + 1 < n; k++)
                    if (is_role_word(&v[k], NULL))
                        role_note(&A->who.roles, v[k].low, now);
        }
    }
    push_token(&A->toks, t);
}

/* "X, a glaciologist", "X, the company's chief executive", "X, 74,": an
 * apposition gives X's role or age. Called with each new word. */
static void learn_apposition(analysis *A, const token *w)
{
    const char *low = w->low;
    const token *v = A->toks.v;
    size_t i = A->toks.n, words = 0;
    /* a place may qualify the role: "X, a Boise Democrat," */
    while (i > 0 && words < 5 &&
           (v[i - 1].kind == T_WORD ||
            (v[i - 1].kind == T_MENTION && v[i - 1].type == DOC_PLACE))) {
        i--;
        words++;
    }
    size_t n = A->toks.n;
    bool apposition = i >= 2 && v[i - 1].kind == T_PUNCT &&
                      v[i - 1].punct == ',' && v[i - 2].kind == T_MENTION &&
                      v[i - 2].type == DOC_PERSON && !(v[i - 2].flags & F_POSS);
    bool indefinite = (n >= 1 && is_indefinite(&v[n - 1])) ||
                      (n >= 2 && v[n - 1].kind == T_WORD &&
                       !(v[n - 1].flags & F_CAP) && is_indefinite(&v[n - 2]));
    if (!apposition) {
        /* "a spokesman", "a 34-year-old man": someone left unnamed, whom a
         * later "the spokesman said" means. */
        if (indefinite && is_role_word(w, NULL))
            role_note(&A->who.roles, low, DOC_NONE);
        return;
    }
    const token *m = &v[i - 2];
    size_t who = m->ref;
    size_t digits = 0;
    while (low[digits] >= '0' && low[digits] <= '9')
        digits++;
    if (is_role_word(w, NULL)) {
        role_note(&A->who.roles, low, who);
    } else if (words == 0 && digits > 0 && digits <= 3 && !low[digits]) {
        static const char suffix[] = "-year-old";
        char age[3 + sizeof suffix];
        memcpy(age, low, digits);
        memcpy(age + digits, suffix, sizeof suffix);
        role_note(&A->who.roles, age, who);
    }
}

/* "she met X, whom she married": a name before ", whom" is the object of
 * the clause that follows, so the one the sentence was about (its latest
 * subject before the name) is still whom the clause's "she" means. */
static void topic_before_whom(analysis *A)
{
    const token *v = A->toks.v;
    size_t n = A->toks.n;
    if (n < 2 || v[n - 1].kind != T_PUNCT || v[n - 1].punct != ',' ||
        !is_person(&v[n - 2]))
        return;
    size_t object = v[n - 2].ref;
    for (size_t k = n - 2, steps = 0; k-- > 0 && steps < 40; steps++) {
        const token *u = &v[k];
        if (u->kind == T_QUOTE)
            return;
        size_t who = DOC_NONE;
        if (is_person(u) && !(u->flags & F_POSS))
            who = u->ref;
        else if (is_subject_pronoun(u))
            who = u->ref;
        if (who != DOC_NONE && who != object) {
            note_person(A, who, doc_entity_get(A->d, who)->gender, true);
            return;
        }
        if (u->kind == T_WORD && (A->ab->tok[u->at].flags & ANNOTATE_SENT))
            return;
    }
}

static void add_word_token(analysis *A, size_t at)
{
    const annotate_block *ab = A->ab;
    const annotate_token *w = &ab->tok[at];
    token t = {.kind = T_WORD,
               .start = w->start,
               .end = (w->flags & ANNOTATE_POSS) ? w->extra_end : w->end,
               .at = at,
               .ref = DOC_NONE};
    if (w->flags & ANNOTATE_CAP)
        t.flags |= F_UPPER | F_CAP;
    if (w->flags & ANNOTATE_NUM)
        t.flags |= F_CAP;
    if (w->flags & ANNOTATE_POSS)
        t.flags |= F_POSS;
    if (w->klen < WORD_MAX) /* longer than any listed word otherwise */
        memcpy(t.low, annotate_key(ab, w), w->klen + 1u);
    const char *canonical = NULL;
    if (w->klen < WORD_MAX)
        t.lex = (unsigned short)annotate_cue(A->an, w, &canonical);
    if (t.lex & CUE_REPORTING) {
        t.cue = canonical;
        t.cue_words = 1;
        t.cue_trailing = (t.lex & CUE_TRAILING) != 0;
    }
    /* "according to", "shot back": the phrase belongs to its first word. */
    token *prev = A->toks.n ? &A->toks.v[A->toks.n - 1] : NULL;
    if (prev && lex(prev, CUE_PHRASE_HEAD) && !prev->cue) {
        unsigned words;
        bool trailing;
        prev->cue = cue_reporting(prev->low, t.low, &words, &trailing);
        prev->cue_words = (unsigned char)words;
        prev->cue_trailing = trailing;
    }
    if ((w->flags & ANNOTATE_SENT) && !(w->flags & ANNOTATE_QUOTED))
        annotate_coref_sentence(A->an, ab, w);
    learn_apposition(A, &t);
    if (word_is(&t, "whom"))
        topic_before_whom(A);
    /* "her mother, Ann, said": a relative who is the subject of a
     * reporting verb is whom the next "she said" means after all. */
    if (t.cue && !t.cue_trailing) {
        const token *v = A->toks.v;
        size_t n = A->toks.n, k = n;
        if (k > 0 && v[k - 1].kind == T_PUNCT && v[k - 1].punct == ',')
            k--;
        if (k > 0 && is_person(&v[k - 1]) && !(v[k - 1].flags & F_POSS))
            note_person(A, v[k - 1].ref,
                        doc_entity_get(A->d, v[k - 1].ref)->gender, true);
    }
    /* Who a pronoun means is the annotation layer's one answer; a "he" or
     * "she" carries the chain on, and with it the person's roles. */
    if (w->lex & LEX_PRONOUN) {
        size_t who = annotate_coref_resolve(A->an, ab, w);
        if (is_subject_pronoun(&t) && who != DOC_NONE) {
            t.ref = who;
            hold_titles(A, who);
        }
    }
    push_token(&A->toks, t);
}

/* Tokens of the narrative of block b, each quotation one token, read off
 * the annotation layer's tokens; mentions come from the index in order, so
 * the walk is one pass. */
static void tokenize(analysis *A, size_t block)
{
    const doc_block *b = doc_block_get(A->d, block);
    const annotate_block *ab = A->ab;
    A->text = b->text;
    const mention *m = A->ix.all + A->ix.first[block];
    const mention *mend = A->ix.all + A->ix.first[block + 1];
    A->toks.n = 0;
    size_t qi = 0;
    annotate_coref_paragraph(A->an);
    for (size_t i = 0; i < ab->ntok;) {
        const annotate_token *at = &ab->tok[i];
        /* Spans open in order; the token's own span index stops at
         * 65535, so walk them instead. */
        while (qi < A->spans.n && A->spans.v[qi].tok_open < i)
            qi++;
        if ((at->flags & ANNOTATE_OPENQ) && qi < A->spans.n &&
            A->spans.v[qi].tok_open == i) {
            size_t q = qi;
            const qspan *sp = &A->spans.v[q];
            push_token(&A->toks, (token){.kind = T_QUOTE,
                                         .start = sp->open,
                                         .end = sp->after,
                                         .at = i,
                                         .ref = q});
            i = (sp->tok_close < ab->ntok ? sp->tok_close : ab->ntok) + 1;
            qi = q + 1;
            continue;
        }
        size_t limit = qi < A->spans.n ? A->spans.v[qi].open : b->len;
        while (m < mend && m->start < at->start)
            m++;
        if (m < mend && m->start == at->start && m->end <= limit) {
            add_mention_token(A, b, m, &i);
            continue;
        }
        if (at->flags & ANNOTATE_WORD) {
            add_word_token(A, i++);
            continue;
        }
        push_token(&A->toks, (token){.kind = T_PUNCT,
                                     .start = at->start,
                                     .end = at->end,
                                     .at = i,
                                     .ref = DOC_NONE,
                                     .punct = punct_of(at->punct)});
        if (strchr(",;:.!?-", A->toks.v[A->toks.n - 1].punct))
            annotate_coref_clause_end(A->an);
        i++;
    }
}

/* ---- sentences ---------------------------------------------------------- */

/* The last character of a quotation that tells how it ends, past spaces and
 * closing single quotes. */
static ucs4_t quote_final_char(const char *s, const qspan *q)
{
    size_t p = q->end;
    while (p > q->start) {
        size_t prev = utf8_prev(s, p);
        if (prev < q->start)
            break;
        ucs4_t cp;
        utf8_decode(s + prev, p - prev, &cp);
        if (!utf8_is_space(cp) && cp != '\'' && cp != 0x2019)
            return cp;
        p = prev;
    }
    return 0;
}

/* Where sentences end, read off the annotation layer (one rule for every
 * pass): a token ends one when the annotation token it stands for does; a
 * quotation stands for its closing mark. */
static void mark_sentences(analysis *A)
{
    const annotate_block *ab = A->ab;
    token *v = A->toks.v;
    for (size_t i = 0; i < A->toks.n; i++) {
        size_t src = v[i].at;
        if (v[i].kind == T_QUOTE) {
            src = A->spans.v[v[i].ref].tok_close;
            if (src >= ab->ntok)
                src = ab->ntok - 1;
        }
        if (src < ab->ntok && (ab->tok[src].flags & ANNOTATE_SENT_END))
            v[i].flags |= F_SENT_END;
    }
}

/* ---- attribution rules -------------------------------------------------- */

typedef struct {
    size_t who;       /* entity or DOC_NONE */
    const char *cue;  /* static string or NULL */
    bool carried;     /* taken over from the paragraph or piece before */
    const char *rule; /* names the form more closely than the pass, or NULL */
    doc_quote_kind kind; /* speech unless a pass says title or term */
    /* "The mother of ... said": the subject is a role nobody holds yet; a
     * later "her mother, Ann," may name her. Empty when there is none. */
    char role[WORD_MAX];
} verdict;

static const verdict nobody = {DOC_NONE,         NULL, false, NULL,
                               DOC_QUOTE_SPEECH, ""};

static verdict carried(verdict v)
{
    v.carried = true;
    return v;
}

/* A cue word at token k: its text, and how many tokens it takes. */
static const char *cue_at(const token *v, size_t n, size_t k, unsigned *len,
                          bool *trailing_only)
{
    (void)n;
    if (v[k].kind != T_WORD || !v[k].cue)
        return NULL;
    *len = v[k].cue_words;
    *trailing_only = v[k].cue_trailing;
    return v[k].cue;
}

/* "54-year-old": an age, which works as a role word for "the 54-year-old
 * said". */
static bool is_age_word(const char *w)
{
    size_t n = 0;
    while (w[n] >= '0' && w[n] <= '9')
        n++;
    return n > 0 && n <= 3 && strcmp(w + n, "-year-old") == 0;
}

/* Trades named by their compounds, too many to list: "bootmaker",
 * "watchmaker", "locksmith", "silversmith". */
static bool is_trade_word(const char *low)
{
    size_t n = strlen(low);
    return (n > 7 && strcmp(low + n - 5, "maker") == 0) ||
           (n > 7 && strcmp(low + n - 5, "smith") == 0);
}

static bool is_role_word(const token *t, doc_gender *g)
{
    if (t->kind != T_WORD)
        return false;
    if (g)
        *g = (t->lex & CUE_MALE)     ? DOC_GENDER_MALE
             : (t->lex & CUE_FEMALE) ? DOC_GENDER_FEMALE
                                     : DOC_GENDER_UNKNOWN;
    return (t->lex & CUE_ROLE) || is_age_word(t->low) || is_trade_word(t->low);
}

/* "the French leader", "the Dane", "the 54-year-old": someone named before,
 * preferably the latest holder of that role, else the latest person of the
 * gender the noun implies. Looks at most three words past "the". */
static size_t descriptor_at(const analysis *A, const token *v, size_t k,
                            size_t hi)
{
    if (!word_is(&v[k], "the"))
        return DOC_NONE;
    /* "the Chilean singer": every role word of the phrase votes for its
     * holder ("Chilean singer X" holds "chilean" even when another singer
     * was named since); most votes win, ties go to the later
     * word, the head noun. */
    size_t holders[3], votes[3], n = 0, best = 0;
    doc_gender first_gender = DOC_GENDER_UNKNOWN;
    bool any_role = false;
    /* The phrase's head names a person ("the Israeli filmmaker"), or it
     * is something else ("the Israeli military"). */
    size_t end = k + 1;
    /* a place may qualify the head: "the Boise Democrat" */
    while (end < hi && end <= k + 3 &&
           (v[end].kind == T_WORD ||
            (v[end].kind == T_MENTION && v[end].type == DOC_PLACE &&
             end + 1 < hi && v[end + 1].kind == T_WORD)) &&
           !word_is(&v[end], "of") && !word_is(&v[end], "for") &&
           !word_is(&v[end], "at") && !word_is(&v[end], "in") &&
           !word_is(&v[end], "from"))
        end++;
    if (end == k + 1 || !is_role_word(&v[end - 1], NULL))
        return DOC_NONE;
    for (size_t i = k + 1; i < end; i++) {
        doc_gender g;
        bool role = is_role_word(&v[i], &g);
        if (!role && !is_nationality(&v[i])) /* "the Danish midfielder" */
            continue;
        if (role && !any_role)
            first_gender = g;
        any_role |= role;
        bool known;
        size_t holder = role_holder(&A->who.roles, v[i].low, &known);
        if (!known)
            continue;
        size_t j = 0;
        while (j < n && holders[j] != holder)
            j++;
        if (j == n) {
            holders[n] = holder;
            votes[n++] = 0;
        }
        votes[j]++;
        if (votes[j] >= votes[best])
            best = j;
    }
    if (n > 0)
        return holders[best];
    return any_role ? annotate_coref_latest(A->an, first_gender) : DOC_NONE;
}

/* "institute's", "party’s": a possessive inside a noun phrase. */
static bool is_possessive_word(const token *t)
{
    return t->kind == T_WORD && (t->flags & F_POSS);
}

static bool is_person(const token *t)
{
    return t->kind == T_MENTION && t->type == DOC_PERSON;
}

static bool is_org(const token *t)
{
    return t->kind == T_MENTION && t->type == DOC_ORG;
}

/* "the Obama administration", "the Roe family": a name used as a modifier
 * after "the" is not who acts. */
static bool attributive(const token *v, size_t i, size_t n)
{
    return i > 0 && word_is(&v[i - 1], "the") && i + 1 < n &&
           v[i + 1].kind == T_WORD && !(v[i + 1].flags & F_CAP);
}

/* A speaker named in tokens [lo, hi): a person standing as subject first
 * (not possessive, not after "to"/"with"), then an organisation, then a
 * descriptor. */
static size_t speaker_in(const analysis *A, size_t lo, size_t hi)
{
    const token *v = A->toks.v;
    size_t org = DOC_NONE, desc = DOC_NONE;
    for (size_t i = lo; i < hi; i++) {
        const token *t = &v[i];
        if (t->kind == T_MENTION && !(t->flags & F_POSS) &&
            !object_marked(v, i, lo) && !attributive(v, i, hi)) {
            if (is_person(t))
                return t->ref;
            if (is_org(t) && org == DOC_NONE)
                org = t->ref;
        }
        if (desc == DOC_NONE)
            desc = descriptor_at(A, v, i, hi);
    }
    return org != DOC_NONE ? org : desc;
}

/* A name the entity analysis did not mark as this person ("said Ann Roe"
 * where only a later "Roe" is a person, or where "Ann Roe" was taken for a
 * place): the first run of capitalised words or the first name of another
 * kind in [lo, hi), when it ends with the last name of exactly one
 * person. A reporting verb's subject is a person, whatever it looked like. */
static size_t surname_speaker(const analysis *A, size_t lo, size_t hi)
{
    const token *v = A->toks.v;
    size_t i = lo;
    while (i < hi && !(v[i].kind == T_MENTION ||
                       (v[i].kind == T_WORD && (v[i].flags & F_UPPER) &&
                        !(v[i].lex & (CUE_DETERMINER | CUE_PRONOUN)))))
        i++;
    if (i >= hi || (v[i].flags & F_POSS))
        return DOC_NONE;
    size_t title = i;
    while (v[i].kind == T_WORD && i + 1 < hi && v[i + 1].kind == T_WORD &&
           (v[i + 1].flags & F_UPPER))
        i++;
    /* The key of the name's last word. */
    const annotate_token *w = &A->ab->tok[v[i].at];
    if (!(w->flags & ANNOTATE_WORD) || w->klen == 0 || w->klen >= WORD_MAX)
        return DOC_NONE;
    const char *key = annotate_key(A->ab, w);
    bool known;
    /* "Ms. Roe", "Mr. Roe": the title's gender picks among relatives */
    const lexicon_entry *le =
        title < i && v[title].kind == T_WORD
            ? lexicon_find(v[title].low, strlen(v[title].low))
            : NULL;
    if (le && (le->classes & LEX_TITLE) && le->gender != DOC_GENDER_UNKNOWN) {
        char gk[WORD_MAX + 2];
        gk[0] = le->gender == DOC_GENDER_FEMALE ? 'f' : 'm';
        gk[1] = '\x01';
        memcpy(gk + 2, key, w->klen + 1u);
        size_t who = strlen(gk) < WORD_MAX
                         ? role_holder(&A->surnames, gk, &known)
                         : DOC_NONE;
        if (who != DOC_NONE)
            return who;
    }
    return role_holder(&A->surnames, key, &known);
}

/* The speaker named after a reporting word: '"…," said X', 'according to
 * X'. Stops at the end of the noun phrase. */
static size_t speaker_after(const analysis *A, size_t i, size_t hi)
{
    const token *v = A->toks.v;
    if (i < hi && is_subject_pronoun(&v[i]))
        return v[i].ref;
    /* "said chief inspector X": title words in lower case before the
     * name; "said the wife of X", "said a lawyer for X" name someone
     * else. */
    for (size_t j = i; j < hi && j < i + REACH_OBJECT; j++) {
        const token *t = &v[j];
        if (is_person(t) && !(t->flags & F_POSS))
            return t->ref;
        if (t->kind != T_WORD || t->cue || is_indefinite(t) ||
            (t->lex & (CUE_OBJECT | CUE_PRONOUN)) || word_is(t, "of"))
            break;
    }
    size_t stop = i;
    while (stop < hi && stop < i + REACH_NP) {
        const token *t = &v[stop];
        if (t->kind == T_QUOTE ||
            (t->kind == T_PUNCT && t->punct != '.' && t->punct != 'o'))
            break;
        if (stop > i && t->kind == T_WORD && !(t->flags & F_CAP) &&
            !(t->lex & (CUE_DETERMINER | CUE_ROLE)) && !word_is(t, "of") &&
            !is_possessive_word(t))
            break; /* "said X in a statement": the phrase is over */
        if (t->flags & F_SENT_END) {
            stop++;
            break;
        }
        stop++;
    }
    /* "said Smith's lawyer, Jane Doe": a name in apposition to a phrase
     * that names nobody itself. */
    bool named = false;
    for (size_t k = i; k < stop; k++)
        named |= is_person(&v[k]) && !(v[k].flags & F_POSS);
    if (!named && stop + 1 < hi && v[stop].kind == T_PUNCT &&
        v[stop].punct == ',' && is_person(&v[stop + 1]) &&
        !(v[stop + 1].flags & F_POSS))
        return v[stop + 1].ref;
    size_t who = speaker_in(A, i, stop);
    return who != DOC_NONE ? who : surname_speaker(A, i, stop);
}

/* What stands right before a verb at p, when it is a common noun: "a
 * reporter", "police", "his wife" name nobody; "the coach" may name someone
 * mentioned before; anything else (a name, a clause) is left to the caller. */
typedef enum { NP_OTHER, NP_NAMELESS, NP_DEFINITE, NP_LONG } np_kind;

static np_kind common_noun_phrase(const token *v, size_t p, size_t lo,
                                  size_t *the)
{
    const token *pred = &v[p - 1];
    if (pred->kind != T_WORD || (pred->flags & F_UPPER) ||
        is_subject_pronoun(pred) || word_is(pred, "and") ||
        word_is(pred, "but") || word_is(pred, "or") || word_is(pred, "then"))
        return NP_OTHER;
    for (size_t i = p, steps = 0; i > lo && steps < 5; steps++) {
        const token *t = &v[--i];
        if (t->kind != T_WORD || (t->flags & F_UPPER) ||
            is_subject_pronoun(t) || (t->lex & CUE_OBJECT))
            return NP_OTHER;
        if (is_indefinite(t))
            return NP_NAMELESS;
        if (word_is(t, "the")) {
            *the = i;
            return NP_DEFINITE;
        }
        if (t->lex & CUE_DETERMINER) /* "his wife", "its owner" */
            return NP_NAMELESS;
    }
    /* A bare plural ("police said"), or a long subject whose head is
     * further back ("the owner of the two shops on the corner said"). */
    return NP_LONG;
}

/* "The mother of a girl who ... said": a sentence opening with "the" and a
 * role noun that a post-modifier follows. The role's holder when the text
 * gave one (or DOC_NONE for an unnamed one); when it gave none, *role gets
 * the noun so a later "her mother, Ann," can name the speaker. */
static size_t opening_descriptor(const analysis *A, size_t s, size_t p,
                                 char *role)
{
    const token *v = A->toks.v;
    if (s + 2 >= p || !word_is(&v[s], "the"))
        return DOC_NONE;
    size_t end = s + 1;
    while (end < p && end <= s + 3 && v[end].kind == T_WORD &&
           !word_is(&v[end], "of") && !word_is(&v[end], "who") &&
           !word_is(&v[end], "whose") && !v[end].cue)
        end++;
    const token *head = &v[end - 1];
    const token *after = &v[end];
    if (end == s + 1 || !is_role_word(head, NULL) ||
        !(word_is(after, "of") || word_is(after, "who") ||
          word_is(after, "whose") ||
          (after->kind == T_PUNCT && after->punct == ',')))
        return DOC_NONE;
    bool known;
    size_t who = role_holder(&A->who.roles, head->low, &known);
    if (!known)
        memcpy(role, head->low, WORD_MAX);
    return who;
}

/* "X, a professor at Y, said" and "his coach, X, said": with a comma
 * right before the verb at c, the name before the apposition, else the name
 * that is the apposition. */
static size_t apposition_subject(const token *v, size_t c, size_t lo)
{
    size_t open = c;
    while (open > lo && c - open < 20) {
        open--;
        if (v[open].kind == T_PUNCT && v[open].punct != ',' &&
            v[open].punct != '-' && v[open].punct != '(' &&
            v[open].punct != ')')
            return DOC_NONE;
        if (v[open].kind == T_QUOTE)
            return DOC_NONE;
        if (v[open].kind == T_PUNCT && v[open].punct == ',')
            break;
    }
    if (open == c || v[open].kind != T_PUNCT || v[open].punct != ',')
        return DOC_NONE;
    if (open > lo && is_person(&v[open - 1]) && !(v[open - 1].flags & F_POSS))
        return v[open - 1].ref;
    if (open + 2 == c && is_person(&v[open + 1]) &&
        !(v[open + 1].flags & F_POSS))
        return v[open + 1].ref;
    return DOC_NONE;
}

/* The subject of a reporting verb at token k, looking back to lo. */
typedef enum { SUBJ_FOUND, SUBJ_NOT_A_VERB } subj_status;

static subj_status speaker_before(const analysis *A, size_t k, unsigned cue_len,
                                  size_t lo, size_t hi, size_t *who,
                                  bool *described, char *role)
{
    const token *v = A->toks.v;
    *who = DOC_NONE;
    *described = false;
    role[0] = '\0';
    size_t sentence = lo;
    if (k > lo + REACH_BACK)
        lo = k - REACH_BACK;
    size_t p = k;
    while (p > lo && lex(&v[p - 1], CUE_ADVERB))
        p--;
    /* "Asked about it, X said", "X, asked about it, said": a question put
     * to X, who answers with the next verb. */
    if (word_is(&v[k], "asked") &&
        (p == lo || (v[p - 1].kind == T_PUNCT && v[p - 1].punct == ',') ||
         word_is(&v[p - 1], "when") || word_is(&v[p - 1], "if")))
        return SUBJ_NOT_A_VERB;
    if (p == lo) { /* "Said Smith: ..." */
        *who = speaker_after(A, k + cue_len, hi);
        return SUBJ_FOUND;
    }
    {
        const token *pred = &v[p - 1];
        if (lex(pred, CUE_DETERMINER))
            return SUBJ_NOT_A_VERB; /* "the continued shelling" */
        /* The name right before the verb, unless it is governed ("X of
         * Morgan Stanley wrote", "a friend of X said"). */
        if (pred->kind == T_MENTION && !(pred->flags & F_POSS) &&
            (is_person(pred) || is_org(pred)) && !object_marked(v, p - 1, lo)) {
            *who = pred->ref;
            return SUBJ_FOUND;
        }
        if (is_subject_pronoun(pred)) {
            *who = pred->ref;
            return SUBJ_FOUND;
        }
        if (word_is(pred, "was") || word_is(pred, "were") ||
            word_is(pred, "been") || word_is(pred, "being"))
            return SUBJ_FOUND; /* passive: "was told" names no speaker */
        if (pred->kind == T_QUOTE ||
            (pred->kind == T_PUNCT && pred->punct == ',' && p - 1 > lo &&
             v[p - 2].kind == T_QUOTE)) {
            *who = speaker_after(A, k + cue_len, hi);
            return SUBJ_FOUND;
        }
        if (pred->kind == T_PUNCT && pred->punct == ',') {
            size_t named = apposition_subject(v, p - 1, lo);
            if (named != DOC_NONE) {
                *who = named;
                return SUBJ_FOUND;
            }
        }
        size_t the;
        switch (common_noun_phrase(v, p, lo, &the)) {
        case NP_NAMELESS: return SUBJ_FOUND;
        case NP_LONG:
            *who = opening_descriptor(A, sentence, p, role);
            *described = *who != DOC_NONE;
            return SUBJ_FOUND;
        case NP_DEFINITE:
            *who = descriptor_at(A, v, the, p);
            /* "The mother of a boy hurt in the crash said": the head is
             * further back than the nearest "the". */
            if (*who == DOC_NONE && the > sentence)
                *who = opening_descriptor(A, sentence, p, role);
            *described = *who != DOC_NONE;
            return SUBJ_FOUND;
        case NP_OTHER: break;
        }
    }
    size_t org = DOC_NONE, pron = DOC_NONE, desc = DOC_NONE;
    bool pron_seen = false;
    for (size_t i = lo; i < p; i++) {
        const token *t = &v[i];
        if (t->kind == T_MENTION && !(t->flags & F_POSS) &&
            !object_marked(v, i, lo) && !attributive(v, i, p)) {
            if (is_person(t)) {
                *who = t->ref;
                return SUBJ_FOUND;
            }
            if (is_org(t) && org == DOC_NONE)
                org = t->ref;
        } else if (is_subject_pronoun(t)) {
            pron = t->ref; /* the nearest one wins */
            pron_seen = true;
        }
        if (desc == DOC_NONE)
            desc = descriptor_at(A, v, i, p);
    }
    *who = org != DOC_NONE ? org : pron_seen ? pron : desc;
    *described = org == DOC_NONE && !pron_seen && desc != DOC_NONE;
    return SUBJ_FOUND;
}

/* The nearest person before token k who stands as a subject, or a he/she
 * there; used for 'she delivered a message: "…"'. */
/* "X warned Y: …", "She thanked Y for …": a name right after a verb,
 * with a person standing before it in the clause, is the verb's object. */
static bool object_of_verb(const token *v, size_t i, size_t lo)
{
    if (i <= lo + 1)
        return false;
    const token *w = &v[i - 1];
    if (w->kind != T_WORD || (w->flags & F_CAP) ||
        (w->lex & (CUE_DETERMINER | CUE_ADVERB | CUE_OBJECT | CUE_PRONOUN)) ||
        word_is(w, "and") || word_is(w, "or") || word_is(w, "but") ||
        word_is(w, "that") || word_is(w, "than"))
        return false;
    for (size_t j = i - 1; j > lo;) {
        const token *t = &v[--j];
        if ((is_person(t) && !(t->flags & F_POSS)) ||
            (is_subject_pronoun(t) && t->ref != DOC_NONE))
            return true;
        if (t->kind == T_QUOTE || (t->kind == T_PUNCT && t->punct != ','))
            return false;
    }
    return false;
}

static size_t nearest_subject(const analysis *A, size_t k, size_t lo,
                              bool owner_speaks)
{
    const token *v = A->toks.v;
    size_t owner = DOC_NONE;
    if (k > lo + REACH_BACK)
        lo = k - REACH_BACK;
    for (size_t i = k; i > lo;) {
        const token *t = &v[--i];
        if (is_person(t) && (t->flags & F_POSS) && owner == DOC_NONE)
            owner = t->ref;
        if (is_person(t) && !(t->flags & F_POSS) && !object_marked(v, i, lo) &&
            !object_of_verb(v, i, lo))
            return t->ref;
        if (is_subject_pronoun(t))
            return t->ref;
    }
    /* "Smith's answer was short: …" */
    return owner_speaks ? owner : DOC_NONE;
}

/* '"…," X said' and '"…," said X': the quotation ends as a clause does and
 * a reporting verb follows with its subject. */

static bool ends_with(const char *w, const char *tail)
{
    size_t n = strlen(w), t = strlen(tail);
    return n > t && strcmp(w + n - t, tail) == 0;
}

/* A copy of a word that outlives the paragraph's tokens. */
static const char *keep_word(analysis *A, const char *w)
{
    XGROW(A->owned, A->cap_owned, A->n_owned + 1);
    return A->owned[A->n_owned++] = xstrdup(w);
}

static bool rule_after(analysis *A, const char *s, size_t k, size_t e,
                       bool opens_sentence, verdict *out)
{
    const token *v = A->toks.v;
    const qspan *q = &A->spans.v[v[k].ref];
    ucs4_t c = quote_final_char(s, q);
    size_t i = k + 1;
    bool open_end = c == ',' || c == '?' || c == '!' || c == 0x2026 ||
                    (c && utf8_is_dash(c));
    /* '"We are done" Smith said' without the comma, at a sentence start;
     * '"We won." he said', where the sentence plainly goes on. */
    if (!open_end && opens_sentence && c != '.' && !q->title)
        open_end = true;
    if (c == '.' && !(v[k].flags & F_SENT_END) && k + 1 < e &&
        v[k + 1].kind == T_WORD)
        open_end = true;
    if (v[k].flags & F_SENT_END)
        return false;
    while (i < e && v[i].kind == T_PUNCT &&
           (v[i].punct == ',' || v[i].punct == '-')) {
        open_end = true;
        i++;
    }
    if (!open_end || i >= e || v[i].kind == T_QUOTE)
        return false;
    unsigned len;
    bool trailing;
    const char *cue = cue_at(v, A->toks.n, i, &len, &trailing);
    if (cue) { /* inverted: '"…," said X' */
        out->cue = cue;
        out->rule =
            strcmp(cue, "according to") == 0 ? "according-to" : "cue-inverted";
        out->who =
            cue_names_listener(cue) ? DOC_NONE : speaker_after(A, i + len, e);
        return true;
    }
    /* '"…," cautioned X': a verb we do not list, then the name. */
    if (v[i].kind == T_WORD && !(v[i].flags & F_CAP) && !v[i].lex &&
        ends_with(v[i].low, "ed") && i + 1 < e && is_person(&v[i + 1]) &&
        !(v[i + 1].flags & F_POSS)) {
        out->who = v[i + 1].ref;
        out->cue = keep_word(A, v[i].low);
        out->rule = "cue-unlisted";
        return true;
    }
    /* The subject must open the clause: a name, a pronoun, "the …". */
    const token *first = &v[i];
    if (!(first->kind == T_MENTION || is_subject_pronoun(first) ||
          (first->kind == T_WORD &&
           ((first->flags & F_CAP) ||
            (first->lex & (CUE_DETERMINER | CUE_PARTICLE))))))
        return false;
    /* '"…," Smith shrugged': a name and a verb we do not list. */
    if (((is_person(first) && !(first->flags & F_POSS)) ||
         (is_subject_pronoun(first) && first->ref != DOC_NONE)) &&
        i + 1 < e && v[i + 1].kind == T_WORD && !(v[i + 1].flags & F_CAP) &&
        ends_with(v[i + 1].low, "ed") &&
        !cue_at(v, A->toks.n, i + 1, &len, &trailing)) {
        out->who = first->ref;
        out->cue = keep_word(A, v[i + 1].low);
        out->rule = "cue-unlisted";
        return true;
    }
    for (size_t j = i + 1; j < e && j < i + REACH_AFTER; j++) {
        if (v[j].kind == T_QUOTE || (v[j - 1].flags & F_SENT_END) ||
            (v[j].kind == T_PUNCT && (v[j].punct == ';' || v[j].punct == ':')))
            return false;
        cue = cue_at(v, A->toks.n, j, &len, &trailing);
        if (!cue)
            continue;
        if (word_is(&v[j - 1], "was") || word_is(&v[j - 1], "were"))
            return false;
        out->cue = cue;
        if (strcmp(cue, "according to") == 0) {
            out->who = speaker_after(A, j + len, e);
            out->rule = "according-to";
        } else {
            out->who =
                is_subject_pronoun(first) ? first->ref : speaker_in(A, i, j);
            out->rule = "cue-subject";
        }
        return true;
    }
    return false;
}

/* The closing clause of a sentence: '…, X said.' or '…, said X.' Worked
 * out once per sentence, when a quotation first needs it. */
typedef struct {
    bool known, found;
    size_t from; /* the clause's first token */
    verdict v;
    bool lone; /* the sentence is one quotation and nothing else */
} closing_clause;

static void find_closing(const analysis *A, size_t s, size_t e,
                         closing_clause *cc)
{
    const token *v = A->toks.v;
    cc->known = true;
    cc->found = false;
    size_t end = e;
    if (end > s && v[end - 1].kind == T_PUNCT && v[end - 1].punct == '.')
        end--;
    size_t c = end;
    while (c > s && c + REACH_CLAUSE > end) {
        c--;
        if (v[c].kind == T_QUOTE)
            return;
        if (v[c].kind == T_PUNCT && (v[c].punct == ',' || v[c].punct == '-'))
            break;
    }
    if (c == s || v[c].kind != T_PUNCT ||
        (v[c].punct != ',' && v[c].punct != '-'))
        return;
    for (size_t j = c + 1; j < end; j++) {
        unsigned len;
        bool trailing;
        const char *cue = cue_at(v, A->toks.n, j, &len, &trailing);
        if (!cue)
            continue;
        if (j == c + 1 || strcmp(cue, "according to") == 0)
            cc->v.who = speaker_after(A, j + len, end);
        else if (j - c <= 9)
            cc->v.who = is_subject_pronoun(&v[c + 1]) ? v[c + 1].ref
                                                      : speaker_in(A, c + 1, j);
        else
            return;
        cc->v.cue = cue;
        cc->from = c;
        cc->found = true;
        return;
    }
}

/* The words of a quotation, counted up to `enough`. */
static size_t count_words(const annotate_block *ab, const qspan *q,
                          size_t enough)
{
    size_t words = 0;
    for (size_t i = q->tok_open + 1;
         i < q->tok_close && i < ab->ntok && words < enough; i++)
        words += (ab->tok[i].flags & ANNOTATE_WORD) != 0;
    return words;
}

/* The quotation's first word is in lower case. */
static bool opens_lower(const annotate_block *ab, const qspan *q)
{
    for (size_t i = q->tok_open + 1; i < q->tok_close && i < ab->ntok; i++)
        if (ab->tok[i].flags & ANNOTATE_WORD)
            return !(ab->tok[i].flags & (ANNOTATE_CAP | ANNOTATE_NUM));
    return false;
}

/* Right before the quotation: "dubbed", "so-called", "known as", "a group
 * called": a term, a nickname or a name held at arm's length. */
static bool term_before(const analysis *A, size_t k)
{
    const token *v = A->toks.v;
    if (k == 0 || v[k - 1].kind != T_WORD)
        return false;
    const token *w = &v[k - 1];
    if (w->lex & CUE_TERM)
        return true;
    if (word_is(w, "as") && k >= 2 && word_is(&v[k - 2], "known"))
        return true;
    if (word_is(w, "called"))
        return !(k >= 2 &&
                 (is_person(&v[k - 2]) || is_subject_pronoun(&v[k - 2])));
    return false;
}

/* "I", "I'm", "me", "my", "we", "our", "us": words only a speaker uses of
 * themself, so a fragment holding one is speech, not a term. */
static bool first_person_inside(const annotate_block *ab, const qspan *q)
{
    static const char *const words[] = {"i",    "i'm", "i've", "i'd",
                                        "i'll", "me",  "my",   "we",
                                        "our",  "us",  "we're"};
    for (size_t i = q->tok_open + 1; i < q->tok_close && i < ab->ntok; i++) {
        const annotate_token *t = &ab->tok[i];
        if (!(t->flags & ANNOTATE_WORD))
            continue;
        for (size_t w = 0; w < sizeof words / sizeof *words; w++)
            if (strcmp(annotate_key(ab, t), words[w]) == 0)
                return true;
    }
    return false;
}

/* ---- one paragraph ------------------------------------------------------ */

typedef struct {
    size_t block, start, end;
    verdict v;
    size_t rank; /* the pass that decided it (index into passes), or NONE */
    bool continues;
    bool bare;    /* its paragraph holds nothing but quotation */
    size_t chain; /* the previous piece of a running quotation, or DOC_NONE */
    size_t next_piece; /* the next piece, or DOC_NONE */
    size_t later;      /* the person a pending role named later, or NONE */
} result;

typedef struct {
    result *v;
    size_t n, cap;
} results;

typedef struct {
    analysis *A;
    const char *text;
    results *out;
    verdict last;      /* the latest speaker in this paragraph */
    verdict prev_last; /* the latest speaker of the paragraph before */
    verdict opening;   /* the speaker of the first sentence, if any */
    size_t subject;    /* the person opening the sentence before, if any */
    size_t prev_only;  /* the one person the paragraph before named, if so */
    bool bare;         /* this paragraph is nothing but quotation */
} para;

static void heard(para *P, verdict v)
{
    if (v.who != DOC_NONE)
        P->last = v;
}

/* The person a sentence opens with ("Smith was blunt.", "She shrugged."),
 * or DOC_NONE. */
static size_t sentence_subject(const token *v, size_t s, size_t e)
{
    size_t i = s;
    while (i < e && lex(&v[i], CUE_ADVERB))
        i++;
    if (i >= e)
        return DOC_NONE;
    if (is_person(&v[i]) && !(v[i].flags & F_POSS))
        return v[i].ref;
    if (is_subject_pronoun(&v[i]))
        return v[i].ref;
    return DOC_NONE;
}

static bool only_quote(const token *v, size_t s, size_t e)
{
    size_t other = 0;
    for (size_t i = s; i < e; i++)
        if (v[i].kind != T_PUNCT)
            other++;
    return other == 1;
}

/* A reporting verb, maybe with an adverb, then a comma or colon, right
 * before the quotation at k. */
static bool introduced_by_verb(const analysis *A, size_t k, size_t s)
{
    const token *v = A->toks.v;
    if (k < s + 2 || v[k - 1].kind != T_PUNCT ||
        (v[k - 1].punct != ',' && v[k - 1].punct != ':'))
        return false;
    size_t i = k - 2;
    if (i > s && lex(&v[i], CUE_ADVERB))
        i--;
    unsigned len;
    bool trailing;
    const char *cue = cue_at(v, A->toks.n, i, &len, &trailing);
    return cue && !trailing;
}

static size_t revealed_at(const analysis *A, size_t from);

/* '"Words, words" -- that was the verdict of X' and '"Words" — X': the
 * speaker named after a dash. */
static size_t revealed_after_dash(const analysis *A, size_t k)
{
    const token *v = A->toks.v;
    size_t n = A->toks.n;
    size_t j = k + 1;
    bool dash = false;
    while (j < n && v[j].kind == T_PUNCT &&
           (v[j].punct == '-' || v[j].punct == ',')) {
        dash |= v[j].punct == '-';
        j++;
    }
    if (!dash || j >= n)
        return DOC_NONE;
    /* "— Sgt. Ann Roe": a title the entity analysis left out of the name */
    for (size_t t = 0;
         t < 3 && j + 1 < n && v[j].kind == T_WORD && (v[j].flags & F_UPPER) &&
         (lexicon_classes(v[j].low, strlen(v[j].low)) & LEX_TITLE);
         t++)
        j++;
    /* The name alone, or with an apposition: "— Ann Roe, a nurse". */
    if (is_person(&v[j]) && !(v[j].flags & F_POSS) &&
        (j + 1 >= n || (v[j].flags & F_SENT_END) ||
         (v[j + 1].kind == T_PUNCT && v[j + 1].punct != '-')))
        return v[j].ref;
    return revealed_at(A, j);
}

/* "Ann Roe wrote on Twitter.", "Roe said in a statement.": a sentence
 * from s that only says who spoke, with nothing quoted of its own; its
 * subject, or DOC_NONE. */
static size_t short_attribution(const analysis *A, size_t s, const char **cue)
{
    static const char *const tails[] = {"on",      "in",   "at",    "during",
                                        "via",     "late", "later", "earlier",
                                        "shortly", "last", "this"};
    const token *v = A->toks.v;
    size_t n = A->toks.n;
    if (s >= n || !is_person(&v[s]) || (v[s].flags & F_POSS) ||
        (v[s].flags & F_SENT_END))
        return DOC_NONE;
    size_t i = s + 1;
    while (i < n && i < s + 3 && lex(&v[i], CUE_ADVERB))
        i++;
    unsigned len;
    bool trailing;
    if (i >= n || !cue_at(v, n, i, &len, &trailing) ||
        cue_names_listener(v[i].cue))
        return DOC_NONE;
    *cue = v[i].cue;
    i += len;
    if (v[i - 1].flags & F_SENT_END)
        return v[s].ref;
    bool tail = false;
    for (size_t t = 0; i < n && t < sizeof tails / sizeof *tails; t++)
        tail |= word_is(&v[i], tails[t]);
    if (!tail && !(i < n && v[i].kind == T_PUNCT && v[i].punct == '.'))
        return DOC_NONE;
    for (size_t j = i; j < n && j < i + REACH_NP; j++) {
        if (v[j].kind == T_QUOTE || v[j].cue ||
            (v[j].kind == T_PUNCT && v[j].punct != '.'))
            return DOC_NONE;
        if (v[j].flags & F_SENT_END)
            return v[s].ref;
    }
    return DOC_NONE;
}

/* ---- the passes --------------------------------------------------------- */

/* Everything a pass may read about one quotation. Sentence passes run
 * while its paragraph is analysed (P, k, s, e...); next-paragraph passes
 * when the paragraph after it has been (A's tokens are then that
 * paragraph's, next_opening its first speaker); document passes at the
 * end. */
typedef struct {
    analysis *A;
    results *out;
    result *self;
    size_t index; /* self's index in out */
    /* sentence stage */
    para *P;
    size_t k, s, e; /* the quotation's token and its sentence [s, e) */
    const qspan *q;
    const verdict *cue; /* the sentence's reporting verb so far */
    bool cue_seen;
    closing_clause *cc;
    bool after_colon;
    /* next-paragraph stage */
    verdict next_opening;
} qctx;

typedef enum { STAGE_SENTENCE, STAGE_NEXT, STAGE_DOC } stage;

typedef struct {
    const char *name;
    stage when;
    bool (*fn)(const qctx *c, verdict *out);
    bool named; /* the speaker is named in the sentence: say if by pronoun */
} pass;

/* The sentence is the quotation alone and ends as sentences do: speech
 * ('"It's Showtime at the Apollo."'), not a title mentioned in passing. */
static bool stands_alone(const qctx *c)
{
    ucs4_t f = quote_final_char(c->P->text, c->q);
    return c->cc->lone && (f == '.' || f == '!' || f == '?' || f == 0x2026);
}

/* 'X asked, "…"' and 'X said: "…"': the verb just before introduces it,
 * whatever follows. */
static bool pass_cue_intro(const qctx *c, verdict *out)
{
    if (!c->cue_seen || !introduced_by_verb(c->A, c->k, c->s))
        return false;
    *out = *c->cue;
    return true;
}

/* '"…," X said', '"…," said X', '"…" X shrugged', '"…," according to X'. */
static bool pass_cue_after(const qctx *c, verdict *out)
{
    if (!rule_after(c->A, c->P->text, c->k, c->e, c->k == c->s, out))
        return false;
    /* 'he told aides the plan was "dead," according to two people': the
     * nameless source after it only overheard; the person who is the
     * subject of a reporting verb before the quotation said it. */
    if (out->who != DOC_NONE || !out->rule ||
        strcmp(out->rule, "according-to") != 0)
        return true;
    const token *v = c->A->toks.v;
    for (size_t j = c->k; j-- > c->s;) {
        unsigned len;
        bool trailing;
        const char *cue = cue_at(v, c->A->toks.n, j, &len, &trailing);
        if (!cue || trailing || strcmp(cue, "according to") == 0)
            continue;
        size_t who = nearest_subject(c->A, j, c->s, false);
        if (who != DOC_NONE &&
            doc_entity_get(c->A->d, who)->type == DOC_PERSON) {
            out->who = who;
            out->cue = cue;
            out->rule = "cue-subject";
        }
        break;
    }
    return true;
}

static bool pass_dash_name(const qctx *c, verdict *out)
{
    size_t who = revealed_after_dash(c->A, c->k);
    if (who == DOC_NONE)
        return false;
    out->who = who;
    return true;
}

/* 'Ann "Ace" Roe': a nickname between the parts of a name. */
static bool pass_nickname(const qctx *c, verdict *out)
{
    const token *v = c->A->toks.v;
    size_t k = c->k;
    if (k == 0 || k + 1 >= c->A->toks.n || count_words(c->A->ab, c->q, 4) > 3)
        return false;
    const token *a = &v[k - 1], *b = &v[k + 1];
    bool before = (a->kind == T_WORD || a->kind == T_MENTION) &&
                  (a->flags & F_UPPER) && !(a->flags & F_POSS);
    bool after = (b->kind == T_WORD || b->kind == T_MENTION) &&
                 (b->flags & F_UPPER) && (is_person(a) || is_person(b));
    if (!before || !after)
        return false;
    out->kind = DOC_QUOTE_TERM;
    return true;
}

/* The title of a work: title case ("Blue Harbour"), a kind of work named
 * before or after it ("the film", "the ... series"), "titled". */
static bool pass_title(const qctx *c, verdict *out)
{
    const analysis *A = c->A;
    const token *v = A->toks.v;
    const char *s = c->P->text;
    size_t k = c->k;
    bool title = !c->after_colon && !stands_alone(c) && c->q->title;
    /* "the film \"Blue Harbour\"" names a work; "called the album \"a brave
     * record\"" opens in lower case, so it is someone's judgement. */
    if (k > 0 && lex(&v[k - 1], CUE_WORK) && !opens_lower(c->A->ab, c->q))
        title = true;
    if (k > 0 &&
        (word_is(&v[k - 1], "titled") || word_is(&v[k - 1], "entitled")))
        title = true;
    ucs4_t f = quote_final_char(s, c->q);
    if (k + 1 < A->toks.n && lex(&v[k + 1], CUE_WORK) && f &&
        utf8_is_alnum(f) && !opens_lower(c->A->ab, c->q))
        title = true; /* 'the "Blue Harbour" series' */
    if (!title)
        return false;
    out->kind = DOC_QUOTE_TITLE;
    return true;
}

/* 'a "post-truth" society': one word used as a modifier between a
 * determiner and its noun. */
static bool modifier(const qctx *c)
{
    const token *v = c->A->toks.v;
    size_t k = c->k;
    ucs4_t f = quote_final_char(c->P->text, c->q);
    if (k == 0 || !lex(&v[k - 1], CUE_DETERMINER) || k + 1 >= c->A->toks.n ||
        !f || !utf8_is_alnum(f) || count_words(c->A->ab, c->q, 2) != 1)
        return false;
    /* The next word is a noun: not a preposition, verb or adverb. */
    const token *n = &v[k + 1];
    return n->kind == T_WORD && !(n->flags & F_CAP) &&
           !(n->lex & (CUE_OBJECT | CUE_MINOR | CUE_ADVERB)) && !n->cue &&
           !ends_with(n->low, "ing") && !ends_with(n->low, "ly") &&
           !ends_with(n->low, "ed");
}

static bool pass_term(const qctx *c, verdict *out)
{
    if (!term_before(c->A, c->k) && !modifier(c))
        return false;
    out->kind = DOC_QUOTE_TERM;
    return true;
}

/* 'X said that … "…"': a reporting verb earlier in the sentence. */
static bool pass_cue_sentence(const qctx *c, verdict *out)
{
    if (c->cue->who == DOC_NONE)
        return false;
    *out = *c->cue;
    return true;
}

/* '"…" and "…", X said.': the sentence's closing clause. */
static bool pass_closing_clause(const qctx *c, verdict *out)
{
    if (!c->cc->known)
        find_closing(c->A, c->s, c->e, c->cc);
    if (!c->cc->found || c->cc->from <= c->k)
        return false;
    *out = c->cc->v;
    return true;
}

/* 'She had a message for them: "…"' */
static bool pass_colon_intro(const qctx *c, verdict *out)
{
    if (!c->after_colon)
        return false;
    out->who = nearest_subject(c->A, c->k - 1, c->s, true);
    return true;
}

/* A running quotation attributed in a later piece: the earlier pieces are
 * the same person's words. */
static bool pass_continued_later(const qctx *c, verdict *out)
{
    if (c->self->next_piece == DOC_NONE)
        return false;
    const verdict *later = &c->out->v[c->self->next_piece].v;
    if (later->who == DOC_NONE)
        return false;
    out->who = later->who;
    out->cue = later->cue;
    return true;
}

/* "The mother of the girl said …" then "her mother, Ann Roe,": the person
 * the text gave that role afterwards. */
static bool pass_descriptor_later(const qctx *c, verdict *out)
{
    if (c->self->later == DOC_NONE)
        return false;
    out->who = c->self->later;
    out->cue = c->self->v.cue;
    return true;
}

/* "police said", "calling the machines": a cue names nobody. Keeps the
 * quotation waiting when the subject was a role given to nobody yet. */
static bool pass_unnamed_cue(const qctx *c, verdict *out)
{
    if (!c->cue_seen)
        return false;
    *out = nobody;
    out->cue = c->cue->role[0] ? c->cue->cue : NULL;
    role_map *m = &c->A->who.roles;
    if (c->cue->role[0] && m->n_pending < PENDING_MAX) {
        pending_role *w = &m->pending[m->n_pending++];
        memcpy(w->word, c->cue->role, WORD_MAX);
        w->result = c->index;
        w->found = DOC_NONE;
    }
    return true;
}

/* A later piece of a running quotation: the speaker of the one before. */
static bool pass_continuation(const qctx *c, verdict *out)
{
    if (c->self->chain == DOC_NONE)
        return false;
    *out = carried(c->out->v[c->self->chain].v);
    out->rule = NULL;
    return true;
}

/* '"We won." Ann Roe wrote on Twitter.': the next sentence names who. */
static bool pass_next_sentence_name(const qctx *c, verdict *out)
{
    if (!c->cc->lone || c->e >= c->A->toks.n)
        return false;
    size_t who = short_attribution(c->A, c->e, &out->cue);
    if (who == DOC_NONE)
        return false;
    out->who = who;
    return true;
}

/* A sentence of bare quotation after someone spoke in the paragraph. */
static bool pass_paragraph_speaker(const qctx *c, verdict *out)
{
    if (!c->cc->lone || c->P->last.who == DOC_NONE)
        return false;
    *out = carried(c->P->last);
    out->rule = NULL;
    return true;
}

/* A paragraph of bare quotation whose speaker the next one names: "That
 * was the verdict of X", "X wrote on Twitter." */
static bool pass_next_paragraph_name(const qctx *c, verdict *out)
{
    if (!c->self->bare || c->self->continues || !c->A->toks.n)
        return false;
    size_t who = revealed_at(c->A, 0);
    if (who == DOC_NONE)
        who = short_attribution(c->A, 0, &out->cue);
    if (who == DOC_NONE)
        return false;
    out->who = who;
    return true;
}

/* A paragraph opening with bare quotation goes on from the speaker of the
 * paragraph before. */
static bool pass_prev_paragraph_speaker(const qctx *c, verdict *out)
{
    if (!c->cc->lone || c->k != 0 || c->P->prev_last.who == DOC_NONE)
        return false;
    *out = carried(c->P->prev_last);
    out->rule = NULL;
    return true;
}

/* 'Smith was blunt. "This is a disaster."' */
static bool pass_prev_sentence_subject(const qctx *c, verdict *out)
{
    if (!c->cc->lone || c->P->subject == DOC_NONE)
        return false;
    *out = carried((verdict){c->P->subject, NULL, false, NULL, 0, ""});
    return true;
}

/* A phrase of a few words in a sentence about a person is theirs. */
static bool pass_sentence_subject(const qctx *c, verdict *out)
{
    if (c->cc->lone || count_words(c->A->ab, c->q, 3) < 3)
        return false;
    size_t who = nearest_subject(c->A, c->k, c->s, false);
    if (who == DOC_NONE)
        return false;
    out->who = who;
    return true;
}

/* 'X said the price was right. It is "as low as I have seen."': words in
 * the first person, in a sentence naming nobody, go on from the paragraph's
 * speaker. */
static bool pass_first_person_fragment(const qctx *c, verdict *out)
{
    if (c->cc->lone || c->P->last.who == DOC_NONE ||
        !first_person_inside(c->A->ab, c->q))
        return false;
    *out = carried(c->P->last);
    out->rule = NULL;
    return true;
}

/* 'X found the staging "heavy-handed"', 'he would speak "bluntly"': a word
 * or two right after a verb of judging or speaking (lower-case words
 * between) whose subject is a person is that person's word. General
 * English verbs. */
static bool pass_judged_fragment(const qctx *c, verdict *out)
{
    static const char *const verbs[] = {
        "speak",  "speaks",    "spoke",     "spoken",    "found",    "finds",
        "deemed", "deems",     "termed",    "branded",   "labelled", "labeled",
        "dubbed", "described", "describes", "dismissed", "dismisses"};
    if (c->cc->lone || count_words(c->A->ab, c->q, 3) >= 3)
        return false;
    const token *v = c->A->toks.v;
    size_t j = c->k;
    for (size_t steps = 0; j > c->s && steps < 6; steps++) {
        const token *t = &v[--j];
        if (t->kind != T_WORD || (t->flags & F_CAP))
            return false;
        for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
            if (word_is(t, verbs[i])) {
                size_t who = nearest_subject(c->A, j, c->s, false);
                if (who == DOC_NONE)
                    return false;
                out->who = who;
                return true;
            }
    }
    return false;
}

/* A word or two in a sentence that reports nobody's speech: a term held
 * at arm's length ('the "slimming pills"'). */
static bool pass_short_fragment(const qctx *c, verdict *out)
{
    if (c->cc->lone || count_words(c->A->ab, c->q, 3) >= 3)
        return false;
    out->kind = DOC_QUOTE_TERM;
    return true;
}

/* A bare quotation nobody claimed: the speaker who opens the next
 * paragraph. */
static bool pass_next_paragraph_speaker(const qctx *c, verdict *out)
{
    if (!c->self->bare || c->self->continues || c->next_opening.who == DOC_NONE)
        return false;
    *out = c->next_opening;
    out->rule = NULL;
    return true;
}

/* A paragraph of bare quotation after a paragraph about one person. */
static bool pass_prev_paragraph_person(const qctx *c, verdict *out)
{
    if (!c->cc->lone || c->k != 0 || !c->P->bare || c->P->prev_only == DOC_NONE)
        return false;
    out->who = c->P->prev_only;
    out->carried = true;
    return true;
}

/* Most precise first; a pass decides only what the passes above it left
 * open, and a later stage's pass may still take a quotation from a pass
 * below it. */
static const pass passes[] = {
    {"cue-intro", STAGE_SENTENCE, pass_cue_intro, true},
    {"cue-after", STAGE_SENTENCE, pass_cue_after, true},
    {"dash-name", STAGE_SENTENCE, pass_dash_name, false},
    {"nickname", STAGE_SENTENCE, pass_nickname, false},
    {"title", STAGE_SENTENCE, pass_title, false},
    {"term", STAGE_SENTENCE, pass_term, false},
    {"cue-sentence", STAGE_SENTENCE, pass_cue_sentence, true},
    {"closing-clause", STAGE_SENTENCE, pass_closing_clause, true},
    {"colon-intro", STAGE_SENTENCE, pass_colon_intro, true},
    {"continued-later", STAGE_DOC, pass_continued_later, false},
    {"descriptor-later", STAGE_DOC, pass_descriptor_later, false},
    {"unnamed-cue", STAGE_SENTENCE, pass_unnamed_cue, false},
    {"continuation", STAGE_SENTENCE, pass_continuation, false},
    {"next-paragraph-name", STAGE_NEXT, pass_next_paragraph_name, false},
    {"next-sentence-name", STAGE_SENTENCE, pass_next_sentence_name, false},
    {"paragraph-speaker", STAGE_SENTENCE, pass_paragraph_speaker, false},
    {"prev-paragraph-speaker", STAGE_SENTENCE, pass_prev_paragraph_speaker,
     false},
    {"prev-sentence-subject", STAGE_SENTENCE, pass_prev_sentence_subject,
     false},
    {"sentence-subject", STAGE_SENTENCE, pass_sentence_subject, false},
    {"first-person-fragment", STAGE_SENTENCE, pass_first_person_fragment,
     false},
    {"judged-fragment", STAGE_SENTENCE, pass_judged_fragment, false},
    {"short-fragment", STAGE_SENTENCE, pass_short_fragment, false},
    {"next-paragraph-speaker", STAGE_NEXT, pass_next_paragraph_speaker, false},
    {"prev-paragraph-person", STAGE_SENTENCE, pass_prev_paragraph_person,
     false},
};

enum { N_PASSES = sizeof passes / sizeof *passes };

/* How a speaker named in the sentence was named: "pronoun" for "she
 * said", "descriptor" for "the mayor said"; NULL when by name. Looks only
 * near the quotation, so a long sentence costs no more than a short one. */
static const char *named_how(const analysis *A, size_t k, size_t s, size_t e,
                             size_t who)
{
    const token *v = A->toks.v;
    size_t lo = k > s + REACH_BACK ? k - REACH_BACK : s;
    size_t hi = k + REACH_AFTER < e ? k + REACH_AFTER : e;
    bool pronoun = false;
    for (size_t i = lo; i < hi; i++) {
        if (v[i].kind == T_MENTION && v[i].ref == who)
            return NULL;
        pronoun |= is_subject_pronoun(&v[i]) && v[i].ref == who;
    }
    return pronoun ? "pronoun" : "descriptor";
}

/* Runs the passes of one stage ranked above the quotation's decision. */
static void run_passes(qctx *c, stage when)
{
    for (size_t i = 0; i < N_PASSES && i < c->self->rank; i++) {
        if (passes[i].when != when)
            continue;
        verdict v = nobody;
        if (!passes[i].fn(c, &v))
            continue;
        if (passes[i].named && v.who != DOC_NONE && when == STAGE_SENTENCE &&
            !(v.rule && (strcmp(v.rule, "cue-unlisted") == 0 ||
                         strcmp(v.rule, "according-to") == 0))) {
            const char *how = named_how(c->A, c->k, c->s, c->e, v.who);
            if (how)
                v.rule = how;
        }
        if (v.kind != DOC_QUOTE_SPEECH)
            v.who = DOC_NONE; /* only speech has a speaker */
        c->self->v = v;
        c->self->rank = i;
        return;
    }
}

static void attribute_paragraph(para *P)
{
    analysis *A = P->A;
    token *v = A->toks.v;
    size_t n = A->toks.n;
    for (size_t s = 0; s < n;) {
        size_t e = s;
        while (e < n && !(v[e].flags & F_SENT_END))
            e++;
        if (e < n)
            e++;
        verdict cue = nobody;
        bool cue_seen = false;
        closing_clause cc = {0};
        cc.lone = only_quote(v, s, e);
        for (size_t k = s; k < e; k++) {
            if (v[k].kind == T_QUOTE) {
                qspan *q = &A->spans.v[v[k].ref];
                if (q->result == DOC_NONE)
                    continue;
                qctx c = {.A = A,
                          .out = P->out,
                          .self = &P->out->v[q->result],
                          .index = q->result,
                          .P = P,
                          .k = k,
                          .s = s,
                          .e = e,
                          .q = q,
                          .cue = &cue,
                          .cue_seen = cue_seen,
                          .cc = &cc,
                          .after_colon =
                              k > s && v[k - 1].kind == T_PUNCT &&
                              (v[k - 1].punct == ':' || v[k - 1].punct == ';')};
                run_passes(&c, STAGE_SENTENCE);
                verdict r = c.self->v;
                if (r.who != DOC_NONE &&
                    doc_entity_get(A->d, r.who)->type == DOC_PERSON)
                    heard(P, r);
                continue;
            }
            unsigned len;
            bool trailing;
            const char *word = cue_at(v, n, k, &len, &trailing);
            if (!word || trailing)
                continue;
            size_t who;
            bool described = false;
            char role[WORD_MAX] = "";
            if (strcmp(word, "according to") == 0)
                who = speaker_after(A, k + len, e);
            else if (speaker_before(A, k, len, s, e, &who, &described, role) ==
                     SUBJ_NOT_A_VERB)
                continue;
            /* "the Chilean singer said ...": the person described is
             * whom a "he said" in the next paragraph means. */
            if (described && doc_entity_get(A->d, who)->type == DOC_PERSON)
                note_person(A, who, doc_entity_get(A->d, who)->gender, true);
            cue = (verdict){who, word, false, NULL, DOC_QUOTE_SPEECH, ""};
            memcpy(cue.role, role, WORD_MAX);
            if (strcmp(word, "according to") == 0)
                cue.rule = "according-to";
            cue_seen = true;
            if (who != DOC_NONE &&
                doc_entity_get(A->d, who)->type == DOC_PERSON)
                heard(P, cue);
            k += len - 1;
        }
        if (s == 0)
            P->opening = P->last;
        P->subject = sentence_subject(v, s, e);
        s = e;
    }
}

/* A paragraph of nothing but quotation has its speaker named, sometimes,
 * by the next one: "That was the reaction of X", "The statement came from
 * X", "This is the view of X". Looks at the first sentence only. */
static size_t revealed_at(const analysis *A, size_t from)
{
    static const char *const openers[] = {"that",  "this", "these",
                                          "those", "such", "the"};
    static const char *const verbs[] = {"was", "is",   "were",
                                        "are", "came", "comes"};
    const token *v = A->toks.v + from;
    size_t n = A->toks.n - from;
    if (n == 0 || v[0].kind != T_WORD)
        return DOC_NONE;
    bool opener = false;
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
        opener |= word_is(&v[0], openers[i]);
    size_t j = 1;
    for (; opener && j < n && j <= 4; j++) {
        bool verb = false;
        for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
            verb |= word_is(&v[j], verbs[i]);
        if (verb)
            break;
        if (v[j].kind != T_WORD)
            return DOC_NONE;
    }
    if (!opener || j >= n || j > 4)
        return DOC_NONE;
    for (size_t i = j + 1; i < n && i <= j + 6; i++) {
        if (v[i].kind != T_WORD && v[i].kind != T_MENTION)
            return DOC_NONE;
        if (!(word_is(&v[i], "of") || word_is(&v[i], "from") ||
              word_is(&v[i], "by")))
            continue;
        for (size_t m = i + 1; m < n && m <= i + 5; m++) {
            if (is_person(&v[m]) && !(v[m].flags & F_POSS))
                return v[m].ref;
            if (v[m].kind != T_WORD && v[m].kind != T_MENTION)
                return DOC_NONE; /* title words and places may come first */
        }
        return DOC_NONE;
    }
    return DOC_NONE;
}

static bool narrative_empty(const analysis *A)
{
    for (size_t i = 0; i < A->toks.n; i++)
        if (A->toks.v[i].kind == T_WORD || A->toks.v[i].kind == T_MENTION)
            return false;
    return true;
}

/* ---- the whole document ----------------------------------------------- */

/* The one person a paragraph names, or DOC_NONE for none or several. */
static size_t only_person(const analysis *A)
{
    size_t who = DOC_NONE;
    for (size_t i = 0; i < A->toks.n; i++) {
        const token *t = &A->toks.v[i];
        if (!is_person(t) || t->ref == who)
            continue;
        if (who != DOC_NONE)
            return DOC_NONE;
        who = t->ref;
    }
    return who;
}

/* Each person's last name, lower-cased: who holds it, or DOC_NONE when
 * two people share it; the walk then notes the latest of them mentioned
 * (surname_seen), so a name the entity analysis left unmarked still finds
 * one of them. */
static void surnames_build(analysis *A, const doc *d, annotate *an)
{
    role_map *m = &A->surnames;
    A->n_surname_of = doc_entity_count(d);
    A->surname_of = xcalloc(A->n_surname_of + 1, sizeof *A->surname_of);
    for (size_t e = 0; e < doc_entity_count(d); e++) {
        const doc_entity *ent = doc_entity_get(d, e);
        if (ent->type != DOC_PERSON || !usable_entity(ent))
            continue;
        const annotate_block *ab =
            annotate_string(an, ent->name, strlen(ent->name));
        size_t t = ab->ntok;
        while (t > 0 && !(ab->tok[t - 1].flags & ANNOTATE_WORD))
            t--;
        if (t == 0 || ab->tok[t - 1].klen >= WORD_MAX)
            continue;
        const char *low = annotate_key(ab, &ab->tok[t - 1]);
        if (!low[0])
            continue;
        bool known;
        size_t holder = role_holder(m, low, &known);
        role_note(m, low, known && holder != e ? DOC_NONE : e);
        memcpy(A->surname_of[e], low, strlen(low) + 1);
    }
    /* only names two people share are followed through the walk */
    for (size_t e = 0; e < A->n_surname_of; e++) {
        bool known;
        if (A->surname_of[e][0] &&
            role_holder(m, A->surname_of[e], &known) != DOC_NONE)
            A->surname_of[e][0] = '\0';
    }
}

static void analyse(doc *d, annotate *an)
{
    analysis A = {.d = d, .an = an};
    index_build(&A.ix, d);
    titles_build(&A.who, d);
    surnames_build(&A, d, A.an);
    results out = {0};
    /* one result a span at most: sized once, not doubled and copied */
    XGROW(out.v, out.cap, annotate_spans_read(an) + 1);
    verdict prev_last = nobody;
    size_t prev_subject = DOC_NONE, prev_only = DOC_NONE;
    size_t dangling = DOC_NONE; /* a piece left open at its paragraph's end */
    size_t dangling_block = DOC_NONE;
    size_t prev_first = 0, prev_end = 0; /* the paragraph before's results */

    for (size_t b = 0; b < doc_block_count(d); b++) {
        const doc_block *blk = doc_block_get(d, b);
        /* Body text: paragraphs, subheads, list items, block quotations. */
        if (blk->kind != DOC_BLOCK_PARAGRAPH &&
            blk->kind != DOC_BLOCK_HEADING && blk->kind != DOC_BLOCK_ITEM &&
            blk->kind != DOC_BLOCK_BLOCKQUOTE)
            continue;
        const annotate_block *ab = A.ab = annotate_get(A.an, b);
        A.spans.n = 0;
        XGROW(A.spans.v, A.spans.cap, ab->nquotes + 1);
        for (size_t i = 0; i < ab->nquotes; i++) {
            const annotate_quote *aq = &ab->quotes[i];
            A.spans.v[A.spans.n++] = (qspan){
                aq->open,      aq->start,  aq->end,   aq->after, aq->tok_open,
                aq->tok_close, aq->closed, aq->empty, aq->title, DOC_NONE};
        }
        /* A paragraph opening with a quotation mark goes on with the
         * quotation the paragraph before left open. */
        bool running = dangling != DOC_NONE && dangling_block + 1 == b &&
                       A.spans.n > 0 && ab->ntok > 0 &&
                       (ab->tok[0].flags & ANNOTATE_OPENQ);
        size_t first_result = out.n;
        for (size_t i = 0; i < A.spans.n; i++) {
            qspan *q = &A.spans.v[i];
            if (q->empty)
                continue;
            XGROW(out.v, out.cap, out.n + 1);
            bool cont = running && i == 0;
            out.v[out.n] = (result){.block = b,
                                    .start = q->start,
                                    .end = q->end,
                                    .v = nobody,
                                    .rank = SIZE_MAX,
                                    .continues = cont,
                                    .chain = cont ? dangling : DOC_NONE,
                                    .next_piece = DOC_NONE,
                                    .later = DOC_NONE};
            if (cont)
                out.v[dangling].next_piece = out.n;
            q->result = out.n++;
        }
        tokenize(&A, b);
        mark_sentences(&A);
        bool bare = narrative_empty(&A);
        for (size_t i = first_result; i < out.n; i++)
            out.v[i].bare = bare;
        para P = {&A,     blk->text,    &out,      nobody, prev_last,
                  nobody, prev_subject, prev_only, bare};
        attribute_paragraph(&P);
        /* The paragraph before may be named by this one. */
        for (size_t i = prev_first; i < prev_end; i++) {
            qctx c = {.A = &A,
                      .out = &out,
                      .self = &out.v[i],
                      .index = i,
                      .next_opening = P.opening};
            run_passes(&c, STAGE_NEXT);
        }
        prev_first = first_result;
        prev_end = out.n;
        prev_last = P.last;
        prev_subject = P.subject;
        prev_only = only_person(&A);
        dangling = DOC_NONE;
        if (A.spans.n > 0) {
            const qspan *last = &A.spans.v[A.spans.n - 1];
            if (!last->closed && last->after == blk->len &&
                last->result != DOC_NONE) {
                dangling = last->result;
                dangling_block = b;
            }
        }
    }

    const role_map *roles = &A.who.roles;
    for (size_t i = 0; i < roles->n_pending; i++)
        out.v[roles->pending[i].result].later = roles->pending[i].found;
    /* Backwards, so a running quotation's attribution reaches every piece
     * before it. */
    for (size_t i = out.n; i-- > 0;) {
        qctx c = {.A = &A, .out = &out, .self = &out.v[i], .index = i};
        run_passes(&c, STAGE_DOC);
    }
    for (size_t i = 0; i < out.n; i++) {
        const result *r = &out.v[i];
        const char *rule = NULL;
        if (r->rank < N_PASSES)
            rule = r->v.rule ? r->v.rule : passes[r->rank].name;
        doc_add_quote(d, &(doc_quote){.block = r->block,
                                      .start = r->start,
                                      .end = r->end,
                                      .speaker = r->v.who,
                                      .cue = r->v.cue,
                                      .continues = r->continues,
                                      .kind = r->v.kind,
                                      .rule = rule});
    }
    free(out.v);
    free(A.spans.v);
    free(A.toks.v);
    index_free(&A.ix);
    for (size_t i = 0; i < A.n_owned; i++)
        free(A.owned[i]);
    free(A.owned);
    free(A.who.roles.slots);
    free(A.surnames.slots);
    free(A.surname_of);
    free(A.who.title_words);
    free(A.who.title_first);
}

void quote_analyse_with(doc *d, annotate *an)
{
    analyse(d, an);
}

void quote_analyse(doc *d)
{
    annotate *an = annotate_new(d);
    analyse(d, an);
    annotate_free(an);
}
