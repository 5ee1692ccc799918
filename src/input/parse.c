/* Segmentation of a wire story. One pass over the text: lines are joined
 * into paragraphs in a reused buffer, each paragraph is classified once
 * (embed, credit, caption, paragraph) by looking at its own bytes only, and
 * captions are merged by hash at the end. Nothing is rescanned, so the cost
 * is linear in the input. */
#include "parse.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "caption.h"
#include "newsboat.h"
#include "utf8.h"
#include "when.h"
#include "xalloc.h"

/* Credit grammar is only tried on paragraphs this short. */
enum { CREDIT_PARA_MAX = 600, CREDIT_TOKENS_MAX = 160 };
/* Protects doc_add_contributor (a linear duplicate check) from
 * adversarial inputs with thousands of distinct bylines. */
enum { CONTRIBUTORS_MAX = 256 };
/* How far into the first paragraph a dateline may reach. */
enum { DATELINE_MAX = 120 };

/* ---- small helpers ---------------------------------------------------------
 */

static bool starts_with(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n >= m && memcmp(s, lit, m) == 0;
}

static size_t count_letters(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n;) {
        ucs4_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        letters += utf8_is_alpha(cp);
    }
    return letters;
}

/* Length of the whitespace character at s (Unicode White_Space), or 0. */
static size_t space_at(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    if ((unsigned char)s[0] < 0x80)
        return s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\v' ||
                       s[0] == '\f' || s[0] == '\r'
                   ? 1
                   : 0;
    ucs4_t cp;
    size_t k = utf8_decode(s, n, &cp);
    return utf8_is_space(cp) ? k : 0;
}

static void trim(const char *s, size_t *a, size_t *b)
{
    size_t k;
    while (*a < *b && (k = space_at(s + *a, *b - *a)) > 0)
        *a += k;
    while (*b > *a) {
        size_t p = utf8_prev(s, *b);
        if (p < *a || !space_at(s + p, *b - p))
            break;
        *b = p;
    }
}

/* ---- tokens for the credit grammar ----------------------------------------
 */

/* A word (p == 0) or one punctuation character (p != 0; '?' for any
 * character the grammar never accepts, such as quotation marks). */
struct tok {
    size_t s, e;
    char p;
    /* The grammar asks the same questions of a word many times over (each
     * clause form is tried in turn): answers kept once known. */
    uint8_t known, is;  /* TOK_ROLE... bits */
    uint8_t agency_len; /* match_agency here; 0xFF: not known yet */
    const char *agency;
};

enum { TOK_ROLE = 1, TOK_PARTICLE = 2, TOK_NOT_NAME = 4, TOK_UPPER = 8 };

static bool word_char(ucs4_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
               (cp >= '0' && cp <= '9') || cp == '\'' || cp == '-';
    return utf8_is_alnum(cp) || cp == '\'' || cp == 0x2019 || cp == '-' ||
           cp == 0x2010 || utf8_is_mark(cp);
}

/* A credit line's tokens, read only as far as the grammar looks: most
 * paragraphs fail on their first words, so the rest is never read. */
struct credit_toks {
    const char *t;
    size_t n, pos; /* the text, and where reading resumes */
    struct tok *tk;
    size_t nt, max;
    bool overflow; /* more than max tokens: too long to be a credit */
};

/* Reads the next token; false at the end of the text or past max. */
static bool read_tok(struct credit_toks *ts)
{
    const char *t = ts->t;
    size_t n = ts->n, i = ts->pos;
    ucs4_t cp;
    size_t k = 0;
    while (i < n) {
        k = utf8_decode(t + i, n - i, &cp);
        if (!utf8_is_space(cp))
            break;
        i += k;
    }
    ts->pos = i;
    if (i >= n)
        return false;
    if (ts->nt == ts->max) {
        ts->overflow = true;
        return false;
    }
    struct tok *x = &ts->tk[ts->nt++];
    *x = (struct tok){.s = i, .agency_len = 0xFF};
    if (word_char(cp)) {
        size_t j = i + k;
        while (j < n) {
            ucs4_t c2;
            size_t k2 = utf8_decode(t + j, n - j, &c2);
            /* "Rappler.com" and "U.S" stay one word; a final '.' not. */
            if (c2 == '.' && j + 1 < n) {
                ucs4_t c3;
                utf8_decode(t + j + 1, n - j - 1, &c3);
                if (utf8_is_alpha(c3)) {
                    j += 1;
                    continue;
                }
            }
            if (!word_char(c2))
                break;
            j += k2;
        }
        x->e = j;
        x->p = 0;
    } else {
        x->e = i + k;
        x->p = cp < 0x80 && strchr(".,;:/|&", (int)cp) ? (char)cp : '?';
    }
    ts->pos = x->e;
    return true;
}

struct credit_cx {
    const char *t;
    struct credit_toks *ts; /* read on demand through has_tok */
    size_t names[32][2];    /* spans of the people named */
    size_t n_names;
    const char *agency; /* canonical name of the first agency named */
    bool last_was_agency;
};

/* Is there a token i? Reads up to it first. */
static bool has_tok(const struct credit_cx *cx, size_t i)
{
    struct credit_toks *ts = cx->ts;
    while (ts->nt <= i)
        if (!read_tok(ts))
            return false;
    return true;
}

/* The kept answer to `bit` for word i, computed by `test` the first time. */
static bool tok_memo(const struct credit_cx *cx, size_t i, uint8_t bit,
                     bool (*test)(const struct credit_cx *, size_t))
{
    struct tok *x = &cx->ts->tk[i];
    if (!(x->known & bit)) {
        if (test(cx, i))
            x->is |= bit;
        x->known |= bit;
    }
    return (x->is & bit) != 0;
}

static bool is_word(const struct credit_cx *cx, size_t i)
{
    return has_tok(cx, i) && cx->ts->tk[i].p == 0;
}

static bool is_punct(const struct credit_cx *cx, size_t i, char p)
{
    return has_tok(cx, i) && cx->ts->tk[i].p == p;
}

static bool word_is(const struct credit_cx *cx, size_t i, const char *w)
{
    return is_word(cx, i) &&
           utf8_ascii_eq_ci(cx->t + cx->ts->tk[i].s,
                            cx->ts->tk[i].e - cx->ts->tk[i].s, w);
}

static bool word_starts(const struct credit_cx *cx, size_t i,
                        const char *prefix)
{
    if (!is_word(cx, i))
        return false;
    size_t m = strlen(prefix), n = cx->ts->tk[i].e - cx->ts->tk[i].s;
    return n >= m && utf8_ascii_eq_ci(cx->t + cx->ts->tk[i].s, m, prefix);
}

static bool starts_upper(const struct credit_cx *cx, size_t i)
{
    return utf8_starts_upper(cx->t + cx->ts->tk[i].s,
                             cx->ts->tk[i].e - cx->ts->tk[i].s);
}

static bool word_upper(const struct credit_cx *cx, size_t i)
{
    return is_word(cx, i) && tok_memo(cx, i, TOK_UPPER, starts_upper);
}

/* News agencies as they appear in credit lines and wire tags. */
static const struct {
    const char *words[3];
    const char *canonical; /* NULL: an outlet, not a source to report */
} agencies[] = {
    {{"the", "associated", "press"}, "The Associated Press"},
    {{"associated", "press", NULL}, "The Associated Press"},
    {{"ap", NULL, NULL}, "The Associated Press"},
    {{"reuters", NULL, NULL}, "Reuters"},
    {{"thomson", "reuters", NULL}, "Reuters"},
    {{"afp", NULL, NULL}, "Agence France-Presse"},
    {{"agence", "france-presse", NULL}, "Agence France-Presse"},
    {{"agence", "france", "presse"}, "Agence France-Presse"},
    {{"upi", NULL, NULL}, "United Press International"},
    {{"bloomberg", NULL, NULL}, "Bloomberg"},
    {{"bloomberg", "news", NULL}, "Bloomberg"},
    {{"dpa", NULL, NULL}, "dpa"},
    {{"xinhua", NULL, NULL}, "Xinhua"},
    {{"efe", NULL, NULL}, "EFE"},
    {{"cnn", NULL, NULL}, "CNN"},
};

/* match_agency's answer, worked out; match_agency keeps it per token. */
static size_t find_agency(const struct credit_cx *cx, size_t i,
                          const char **canonical)
{
    size_t best = 0;
    for (size_t a = 0; a < sizeof agencies / sizeof *agencies; a++) {
        size_t k = 0;
        while (k < 3 && agencies[a].words[k] &&
               word_is(cx, i + k, agencies[a].words[k]))
            k++;
        if ((k == 3 || !agencies[a].words[k]) && k > best &&
            word_upper(cx, i)) {
            best = k;
            *canonical = agencies[a].canonical;
        }
    }
    if (best)
        return best;
    /* "Rappler.com": an outlet's web address. */
    if (is_word(cx, i)) {
        const char *w = cx->t + cx->ts->tk[i].s;
        size_t n = cx->ts->tk[i].e - cx->ts->tk[i].s;
        if ((n > 4 && (utf8_ascii_eq_ci(w + n - 4, 4, ".com") ||
                       utf8_ascii_eq_ci(w + n - 4, 4, ".org") ||
                       utf8_ascii_eq_ci(w + n - 4, 4, ".net"))) &&
            word_upper(cx, i)) {
            *canonical = NULL;
            return 1;
        }
    }
    return 0;
}

/* Tokens an agency name takes at i (0 if none); *canonical set. */
static size_t match_agency(const struct credit_cx *cx, size_t i,
                           const char **canonical)
{
    if (!is_word(cx, i))
        return 0;
    struct tok *x = &cx->ts->tk[i];
    if (x->agency_len == 0xFF) {
        const char *canon = NULL;
        x->agency_len = (uint8_t)find_agency(cx, i, &canon);
        x->agency = canon;
    }
    if (x->agency_len)
        *canonical = x->agency;
    return x->agency_len;
}

static const char *const role_words[] = {
    "writer",         "writers",         "staff",       "correspondent",
    "correspondents", "reporter",        "reporters",   "photographer",
    "photographers",  "journalist",      "journalists", "researcher",
    "researchers",    "editor",          "editors",     "producer",
    "producers",      "videojournalist", "contributor", "contributors",
};

static bool in_role_words(const struct credit_cx *cx, size_t i)
{
    for (size_t r = 0; r < sizeof role_words / sizeof *role_words; r++)
        if (word_is(cx, i, role_words[r]))
            return true;
    return false;
}

static bool is_role_word(const struct credit_cx *cx, size_t i)
{
    return is_word(cx, i) && tok_memo(cx, i, TOK_ROLE, in_role_words);
}

static const char *const name_particles[] = {
    "de",  "da",  "do",  "dos", "das", "del", "della", "di", "du", "van",
    "von", "der", "den", "bin", "ibn", "al",  "el",    "la", "le", "ter",
};

/* al-Haddan, el-Sisi: a particle joined to the capitalised name. */
static bool is_joined_particle(const struct credit_cx *cx, size_t i)
{
    if (!is_word(cx, i) || word_upper(cx, i))
        return false;
    const char *w = cx->t + cx->ts->tk[i].s;
    size_t n = cx->ts->tk[i].e - cx->ts->tk[i].s;
    const char *dash = memchr(w, '-', n);
    return dash && dash - w <= 3 && dash > w &&
           utf8_starts_upper(dash + 1, n - (size_t)(dash + 1 - w));
}

static bool in_particles(const struct credit_cx *cx, size_t i)
{
    for (size_t p = 0; p < sizeof name_particles / sizeof *name_particles; p++)
        if (word_is(cx, i, name_particles[p]))
            return true;
    return is_joined_particle(cx, i);
}

static bool is_particle(const struct credit_cx *cx, size_t i)
{
    return is_word(cx, i) && !word_upper(cx, i) &&
           tok_memo(cx, i, TOK_PARTICLE, in_particles);
}

/* Capitalised words that start clauses, never names. */
static const char *const not_name_words[] = {
    "the",     "a",       "an",       "in",          "at",         "of",
    "and",     "with",    "from",     "for",         "to",         "on",
    "by",      "this",    "these",    "information", "additional", "reporting",
    "editing", "writing", "compiled", "edited",
};

static bool in_not_name_words(const struct credit_cx *cx, size_t i)
{
    for (size_t w = 0; w < sizeof not_name_words / sizeof *not_name_words; w++)
        if (word_is(cx, i, not_name_words[w]))
            return true;
    return false;
}

static bool name_part(const struct credit_cx *cx, size_t i, bool first)
{
    if (!is_word(cx, i) || tok_memo(cx, i, TOK_NOT_NAME, in_not_name_words))
        return false;
    if (word_upper(cx, i))
        return true;
    /* A particle inside a name, followed by more of it. */
    if (first)
        return false;
    return is_joined_particle(cx, i) ||
           (is_particle(cx, i) &&
            (word_upper(cx, i + 1) || is_particle(cx, i + 1)));
}

/* A person's name at i: returns its end token index (i if none). Initials
 * such as "J." keep their full stop. */
static size_t read_name(const struct credit_cx *cx, size_t i)
{
    size_t j = i, parts = 0;
    const char *canon;
    while (parts < 6 && name_part(cx, j, parts == 0) &&
           !(parts > 0 && match_agency(cx, j, &canon))) {
        size_t n = cx->ts->tk[j].e - cx->ts->tk[j].s;
        j++;
        parts++;
        if (n == 1 && is_punct(cx, j, '.') && word_upper(cx, j + 1))
            j++;
    }
    return j;
}

/* After "in", "from", "of", "at": a place or an organisation, skipped. */
static size_t skip_place(const struct credit_cx *cx, size_t i)
{
    size_t j = i, words = 0;
    const char *canon;
    if (word_is(cx, j, "the"))
        j++;
    while (words < 10) {
        if (match_agency(cx, j, &canon))
            break;
        if (word_upper(cx, j) || (words > 0 && is_particle(cx, j))) {
            j++;
            words++;
            continue;
        }
        if (words > 0 && is_punct(cx, j, ',') && word_upper(cx, j + 1) &&
            !match_agency(cx, j + 1, &canon)) {
            j++;
            continue;
        }
        /* "Mo., and" and "St. Louis": an abbreviation's full stop. */
        if (words > 0 && is_punct(cx, j, '.') &&
            cx->ts->tk[j - 1].e - cx->ts->tk[j - 1].s <= 4 &&
            (is_punct(cx, j + 1, ',') ||
             (word_upper(cx, j + 1) && !match_agency(cx, j + 1, &canon)))) {
            j++;
            continue;
        }
        break;
    }
    return words ? j : i;
}

static void add_name(struct credit_cx *cx, size_t s, size_t e)
{
    if (cx->n_names < sizeof cx->names / sizeof *cx->names) {
        cx->names[cx->n_names][0] = cx->ts->tk[s].s;
        cx->names[cx->n_names][1] = cx->ts->tk[e - 1].e;
        cx->n_names++;
    }
}

/* NAME [in PLACE | of ORG] ((, | and | with | /) NAME ...)* with agencies
 * allowed among the names. Returns the index after the list; *count gets the
 * number of names and agencies read. */
static size_t read_names(struct credit_cx *cx, size_t i, size_t *count)
{
    *count = 0;
    for (;;) {
        const char *canon = NULL;
        size_t k = match_agency(cx, i, &canon);
        if (k) {
            i += k;
            if (canon && !cx->agency)
                cx->agency = canon;
            while (is_role_word(cx, i))
                i++;
            cx->last_was_agency = true;
        } else {
            size_t e = read_name(cx, i);
            if (e == i)
                break;
            add_name(cx, i, e);
            i = e;
            cx->last_was_agency = false;
            if (word_is(cx, i, "in") || word_is(cx, i, "from") ||
                word_is(cx, i, "of") || word_is(cx, i, "at") ||
                word_is(cx, i, "for")) {
                /* "of The Associated Press": the agency is read next. */
                if (match_agency(cx, i + 1, &canon)) {
                    (*count)++;
                    i++;
                    continue;
                }
                size_t e2 = skip_place(cx, i + 1);
                if (e2 > i + 1)
                    i = e2;
            }
        }
        (*count)++;
        size_t next = i;
        if (is_punct(cx, next, ',') || is_punct(cx, next, '/') ||
            is_punct(cx, next, '|') || is_punct(cx, next, '&'))
            next++;
        if (word_is(cx, next, "and") || word_is(cx, next, "with"))
            next++;
        /* "... of The Associated Press and by NAME of ..." */
        if (next > i && word_is(cx, next, "by"))
            next++;
        /* "By JANE DOE Associated Press": the agency needs no comma. */
        const char *c1;
        if (next == i && !cx->last_was_agency && match_agency(cx, next, &c1))
            continue;
        if (next == i)
            break;
        /* Only continue when another name or agency follows. */
        const char *c2;
        if (read_name(cx, next) == next && !match_agency(cx, next, &c2))
            break;
        i = next;
    }
    return i;
}

static const char *const credit_keywords[] = {
    "contribut",  "report",    "edit",      "writ",   "compil",
    "additional", "informat",  "photo",     "video",  "graph",
    "produc",     "research",  "story",     "text",   "translat",
    "fact",       "illustrat", "interview", "assist", "help",
};

static bool is_clause_end(const struct credit_cx *cx, size_t i)
{
    return !has_tok(cx, i) || is_punct(cx, i, '.') || is_punct(cx, i, ';');
}

static size_t end_clause(const struct credit_cx *cx, size_t i)
{
    return has_tok(cx, i) ? i + 1 : i;
}

/* "... contributed to this report." and "reported from PLACE." */
static bool credit_suffix(struct credit_cx *cx, size_t i, size_t *out)
{
    if (word_is(cx, i, "contributed") || word_is(cx, i, "contributes")) {
        size_t j = i + 1, words = 0;
        while (words < 6 && is_word(cx, j) && !word_upper(cx, j)) {
            j++;
            words++;
            /* "contributed from Moscow" */
            if (word_is(cx, j - 1, "from") || word_is(cx, j - 1, "in"))
                j = skip_place(cx, j);
        }
        if (!is_clause_end(cx, j))
            return false;
        *out = end_clause(cx, j);
        return true;
    }
    if (word_is(cx, i, "reported") || word_is(cx, i, "wrote") ||
        word_is(cx, i, "reports")) {
        size_t j = i + 1;
        if (word_is(cx, j, "from") || word_is(cx, j, "in")) {
            size_t e = skip_place(cx, j + 1);
            if (e == j + 1)
                return false;
            j = e;
            /* "..., and NAME from PLACE." */
            for (int more = 0; more < 8 && !is_clause_end(cx, j); more++) {
                size_t k = j + (is_punct(cx, j, ',') ? 1 : 0);
                if (!word_is(cx, k, "and"))
                    break;
                size_t ne = read_name(cx, k + 1);
                if (ne == k + 1 ||
                    !(word_is(cx, ne, "from") || word_is(cx, ne, "in")))
                    break;
                size_t pe = skip_place(cx, ne + 1);
                if (pe == ne + 1)
                    break;
                add_name(cx, k + 1, ne);
                j = pe;
            }
        }
        if (!is_clause_end(cx, j))
            return false;
        *out = end_clause(cx, j);
        return true;
    }
    return false;
}

/* "By NAME, The Daily Planet": an outlet after the byline's names. */
static size_t byline_outlet(const struct credit_cx *cx, size_t i)
{
    if (!is_punct(cx, i, ','))
        return i;
    size_t j = i + 1, words = 0;
    while (words < 6 && (word_upper(cx, j) || (words && is_particle(cx, j)))) {
        j++;
        words++;
    }
    return words && !has_tok(cx, j) ? j : i;
}

/* One credit clause starting at i; on success *out is after its end.
 * `listing` says the previous clause named people and ended with ';', so
 * a bare list of names ("; and NAME of ORG.") continues it. */
static bool credit_clause(struct credit_cx *cx, size_t i, bool listing,
                          size_t *out)
{
    size_t count;
    /* A failed reading must leave no names or agency behind. */
    const size_t names0 = cx->n_names;
    const char *const agency0 = cx->agency;
    if (listing) {
        size_t j = i + (word_is(cx, i, "and") ? 1 : 0);
        size_t before = cx->n_names;
        size_t e = read_names(cx, j, &count);
        if (count && cx->n_names > before && is_clause_end(cx, e)) {
            *out = end_clause(cx, e);
            return true;
        }
        cx->n_names = names0;
        cx->agency = agency0;
    }
    /* "[Information for this article was contributed | Editing] by NAMES" */
    size_t b = i;
    while (b - i <= 8 && is_word(cx, b) && !word_is(cx, b, "by") &&
           !word_is(cx, b, "from"))
        b++;
    /* "With assistance from NAMES" needs its keyword; "By NAME" not. */
    if (word_is(cx, b, "by") || (word_is(cx, b, "from") && b > i)) {
        bool by = word_is(cx, b, "by"), keyword = b == i;
        for (size_t w = i; w < b && !keyword; w++) {
            if (!by) {
                keyword =
                    word_starts(cx, w, "assist") || word_starts(cx, w, "help");
                continue;
            }
            for (size_t k = 0;
                 k < sizeof credit_keywords / sizeof *credit_keywords; k++)
                if (word_starts(cx, w, credit_keywords[k]))
                    keyword = true;
        }
        if (keyword) {
            /* "written by Associated Press writer NAME", "by staff writer
             * NAME": the agency and the role stand before the names. */
            size_t n0 = b + 1;
            const char *by_agency = NULL;
            size_t agency_words = match_agency(cx, n0, &by_agency);
            if (agency_words && is_role_word(cx, n0 + agency_words)) {
                n0 += agency_words;
                if (!cx->agency)
                    cx->agency = by_agency;
            }
            while (is_role_word(cx, n0))
                n0++;
            size_t e = read_names(cx, n0, &count);
            while (is_role_word(cx, e))
                e++;
            if (b == i)
                e = byline_outlet(cx, e);
            if (count && is_clause_end(cx, e)) {
                *out = end_clause(cx, e);
                return true;
            }
            cx->n_names = names0;
            cx->agency = agency0;
        }
    }
    /* "[Associated Press] writers NAMES contributed ..." */
    const char *canon = NULL;
    size_t r = i + match_agency(cx, i, &canon);
    {
        /* "Seattle Times staff reporter NAME": an outlet's name;
         * "AP Aerospace Writer NAME": a beat between agency and role. */
        size_t from = r;
        while (r < from + 5 && word_upper(cx, r) && !is_role_word(cx, r))
            r++;
        if (!is_role_word(cx, r))
            r = from;
    }
    if (is_role_word(cx, r)) {
        while (is_role_word(cx, r))
            r++;
        size_t e = read_names(cx, r, &count);
        if (count && credit_suffix(cx, e, out)) {
            if (canon && !cx->agency)
                cx->agency = canon;
            return true;
        }
        cx->n_names = names0;
        cx->agency = agency0;
    }
    /* "NAMES contributed ...", "NAME reported from PLACE.", and the
     * signature "NAME with NAME in CITY, AGENCY / OUTLET". */
    size_t e = read_names(cx, i, &count);
    if (!count)
        return false;
    if (credit_suffix(cx, e, out))
        return true;
    if (!has_tok(cx, e) && cx->last_was_agency && cx->n_names > names0) {
        *out = e;
        return true;
    }
    return false;
}

/* Whole paragraph made of credit clauses. Names go into cx. */
static bool credit_grammar(struct credit_cx *cx)
{
    size_t i = 0;
    bool listing = false;
    if (!has_tok(cx, 0))
        return false;
    while (has_tok(cx, i)) {
        size_t out, before = cx->n_names;
        if (!credit_clause(cx, i, listing, &out) || out <= i)
            return false;
        listing = cx->n_names > before && is_punct(cx, out - 1, ';');
        i = out;
    }
    return true;
}

/* "___", "* * *", "—": a separator line. */
static bool separator_line(const char *t, size_t n)
{
    size_t marks = 0;
    for (size_t i = 0; i < n;) {
        ucs4_t cp;
        i += utf8_decode(t + i, n - i, &cp);
        if (cp == '_' || cp == '*' || cp == '=' || cp == '~' || cp == '#' ||
            cp == 0x2022 || utf8_is_dash(cp))
            marks++;
        else if (!utf8_is_space(cp))
            return false;
    }
    return marks >= 1 && (marks >= 3 || n <= 3);
}

static const char *const stamp_words[] = {
    "updated",   "posted",   "published", "last",     "modified", "at",
    "on",        "am",       "pm",        "a.m",      "p.m",      "edited",
    "est",       "edt",      "cst",       "cdt",      "mst",      "mdt",
    "pst",       "pdt",      "gmt",       "utc",      "bst",      "cet",
    "cest",      "et",       "pt",        "ct",       "jan",      "feb",
    "mar",       "apr",      "may",       "jun",      "jul",      "aug",
    "sep",       "sept",     "oct",       "nov",      "dec",      "january",
    "february",  "march",    "april",     "june",     "july",     "august",
    "september", "october",  "november",  "december", "monday",   "tuesday",
    "wednesday", "thursday", "friday",    "saturday", "sunday",   "today",
    "yesterday",
};

/* "10:15 a.m.", "Updated: June 9, 2021 10:24 AM EDT". */
static bool timestamp_line(struct credit_cx *cx)
{
    if (!has_tok(cx, 0) || has_tok(cx, 16))
        return false;
    bool digits = false, clock = false, stamp = false;
    for (size_t i = 0; has_tok(cx, i); i++) {
        const struct tok *x = &cx->ts->tk[i];
        if (x->p == '?' || x->p == ';' || x->p == '&')
            return false;
        if (x->p)
            continue;
        const char *w = cx->t + x->s;
        size_t n = x->e - x->s;
        bool number = true;
        for (size_t k = 0; k < n; k++)
            number &= utf8_is_ascii_digit(w[k]);
        if (number) {
            digits = true;
            if (is_punct(cx, i + 1, ':') && has_tok(cx, i + 2))
                clock = true;
            continue;
        }
        bool known = false;
        for (size_t k = 0; k < sizeof stamp_words / sizeof *stamp_words; k++)
            if (utf8_ascii_eq_ci(w, n, stamp_words[k]))
                known = true;
        if (!known)
            return false;
        if (!word_is(cx, i, "at") && !word_is(cx, i, "on"))
            stamp = true;
    }
    return digits && (clock || stamp);
}

/* ---- embeds -----------------------------------------------------------------
 */

static bool find_url(const char *t, size_t n, size_t *a, size_t *b)
{
    for (size_t i = 0; i + 7 < n; i++) {
        if (t[i] != 'h' || !(starts_with(t + i, n - i, "http://") ||
                             starts_with(t + i, n - i, "https://")))
            continue;
        size_t j = i;
        while (j < n && !space_at(t + j, n - j) && t[j] != ']' && t[j] != '>')
            j++;
        *a = i;
        *b = j;
        return true;
    }
    return false;
}

/* "[Video not showing up above? Click here to watch » https://...]", or a
 * paragraph that is nothing but a link. */
static bool embed_line(const char *t, size_t n, size_t *ua, size_t *ub)
{
    if (n >= 2 && t[0] == '[' && t[n - 1] == ']')
        return find_url(t, n, ua, ub);
    if (starts_with(t, n, "http://") || starts_with(t, n, "https://")) {
        for (size_t i = 0; i < n; i++)
            if (space_at(t + i, n - i))
                return false;
        *ua = 0;
        *ub = n;
        return true;
    }
    return false;
}

/* ---- date line and dateline ------------------------------------------------
 */

/* " date YYYY-MM-DD " at the very start: returns bytes used (0 if none). */
static size_t date_line(const char *t, size_t n, char iso[11])
{
    size_t i = 0;
    while (i < n && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (!starts_with(t + i, n - i, "date"))
        return 0;
    i += 4;
    size_t s = i;
    while (i < n && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (i == s || n - i < 10)
        return 0;
    const char *d = t + i;
    for (size_t k = 0; k < 10; k++)
        if (k == 4 || k == 7 ? d[k] != '-' : !utf8_is_ascii_digit(d[k]))
            return 0;
    int month = (d[5] - '0') * 10 + (d[6] - '0');
    int day = (d[8] - '0') * 10 + (d[9] - '0');
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return 0;
    if (n - i > 10 && !space_at(t + i + 10, n - i - 10))
        return 0;
    memcpy(iso, d, 10);
    iso[10] = '\0';
    return i + 10;
}

static const char *const months[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
    "Jan",     "Feb",      "Mar",       "Apr",     "Jun",      "Jul",
    "Aug",     "Sep",      "Sept",      "Oct",     "Nov",      "Dec",
};

/* Reuters writes "LONDON, June 9 (Reuters) -": the date is not the place. */
static size_t strip_date(const char *t, size_t a, size_t b)
{
    size_t e = b;
    while (e > a && utf8_is_ascii_digit(t[e - 1]))
        e--;
    if (e == b || e == a || t[e - 1] != ' ')
        return b;
    size_t m_end = e - 1;
    if (m_end > a && t[m_end - 1] == '.')
        m_end--;
    size_t m = m_end;
    while (m > a && t[m - 1] != ' ' && t[m - 1] != ',')
        m--;
    bool month = false;
    for (size_t k = 0; k < sizeof months / sizeof *months; k++)
        if (m_end - m == strlen(months[k]) &&
            memcmp(t + m, months[k], m_end - m) == 0)
            month = true;
    if (!month)
        return b;
    while (m > a && (t[m - 1] == ' ' || t[m - 1] == ','))
        m--;
    return m;
}

/* Wire tags naming the agency: "(AP)", "(Reuters)", "(AFP)". */
static const char *wire_agency(const char *t, size_t n)
{
    static const struct {
        const char *tag, *agency;
    } tags[] = {
        {"ap", "The Associated Press"},
        {"reuters", "Reuters"},
        {"afp", "Agence France-Presse"},
        {"upi", "United Press International"},
        {"bloomberg", "Bloomberg"},
        {"dpa", "dpa"},
        {"xinhua", "Xinhua"},
        {"efe", "EFE"},
        {"cnn", "CNN"},
    };
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
        if (utf8_ascii_eq_ci(t, n, tags[i].tag))
            return tags[i].agency;
    return NULL;
}

/* Place text is capitalised words, commas and abbreviations; before the
 * first comma (the city) every letter is a capital unless a wire tag
 * vouches for the form. */
static bool plausible_place(const char *t, size_t n, bool tagged)
{
    if (n == 0 || n > 80 || !utf8_starts_upper(t, n))
        return false;
    size_t words = 0;
    bool in_city = true;
    for (size_t i = 0; i < n;) {
        while (i < n && (t[i] == ' ' || t[i] == ','))
            if (t[i++] == ',')
                in_city = false;
        size_t s = i;
        while (i < n && t[i] != ' ' && t[i] != ',')
            i++;
        if (i == s)
            continue;
        words++;
        const char *w = t + s;
        size_t wn = i - s;
        if (in_city && !tagged && utf8_has_lower(w, wn))
            return false;
        if (!utf8_starts_upper(w, wn) && !utf8_is_ascii_digit(w[0]) &&
            !(wn <= 3 && !in_city)) /* "de", "of" in a country's name */
            return false;
        if (count_letters(w, wn) == 0 && !utf8_is_ascii_digit(w[0]))
            return false;
    }
    return words >= 1 && words <= 8;
}

/* Is t[i..] a dateline separator? Returns its length with the spaces
 * around it, 0 if not. */
static size_t separator_at(const char *t, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && t[j] == ' ')
        j++;
    size_t k = 0;
    ucs4_t cp = 0;
    if (starts_with(t + j, n - j, "--"))
        k = 2;
    else if (j < n && t[j] == '-' && j > i && j + 1 < n && t[j + 1] == ' ')
        k = 1; /* " - " */
    else if (j < n && (unsigned char)t[j] >= 0x80) {
        size_t l = utf8_decode(t + j, n - j, &cp);
        if (cp == 0x2014 || cp == 0x2013 || cp == 0x2015 || cp == 0x2012)
            k = l;
    }
    if (!k)
        return 0;
    j += k;
    while (j < n && t[j] == ' ')
        j++;
    return j - i;
}

static bool all_caps_word(const char *t, size_t n)
{
    return count_letters(t, n) >= 2 && !utf8_has_lower(t, n) &&
           utf8_starts_upper(t, n);
}

/* Org acronyms a story may open with ("NATO leaders ..."), not cities. */
static const char *const opening_acronyms[] = {
    "NATO",     "NASA",   "UNICEF",    "OPEC",     "FIFA",  "UEFA",
    "WHO",      "IMF",    "FBI",       "CIA",      "NFL",   "NBA",
    "NHL",      "MLB",    "EU",        "UN",       "US",    "UK",
    "BREAKING", "UPDATE", "EXCLUSIVE", "ANALYSIS", "WATCH", "LIVE",
};

/* "WASHINGTON The president ...": an all-caps city with no separator. */
static size_t bare_caps_dateline(const char *t, size_t n, size_t *place_end)
{
    size_t i = 0, words = 0, e = 0, body = 0;
    while (i < n && words < 5) {
        size_t s = i;
        while (i < n && t[i] != ' ' && t[i] != ',')
            i++;
        if (!all_caps_word(t + s, i - s)) {
            /* "SAN JOSE, Calif. Engineers ...": a state's abbreviation. */
            if (words && t[s - 2] == ',' && i - s <= 6 && i < n &&
                t[i] == ' ' && t[i - 1] == '.' &&
                utf8_starts_upper(t + s, i - s)) {
                e = i;
                s = i + 1;
            }
            body = s;
            break;
        }
        words++;
        e = i;
        if (i < n && t[i] == ',' && i + 1 < n && t[i + 1] == ' ')
            i += 2;
        else if (i < n && t[i] == ' ')
            i++;
        else
            return 0;
    }
    if (!words || !body || body >= n)
        return 0;
    /* The body starts with an ordinary capitalised word. */
    size_t j = body;
    while (j < n && t[j] != ' ')
        j++;
    if (!utf8_starts_upper(t + body, j - body) ||
        !utf8_has_lower(t + body, j - body))
        return 0;
    if (words == 1) {
        if (count_letters(t, e) < 4)
            return 0;
        for (size_t k = 0;
             k < sizeof opening_acronyms / sizeof *opening_acronyms; k++)
            if (e == strlen(opening_acronyms[k]) &&
                memcmp(t, opening_acronyms[k], e) == 0)
                return 0;
    }
    *place_end = e;
    return body;
}

/* Words that open a line with a colon but name no place ("BREAKING:",
 * "EDITOR'S NOTE:", "WATCH LIVE:"). */
static const char *const colon_labels[] = {
    "BREAKING", "UPDATE",     "UPDATED",    "EXCLUSIVE",
    "ANALYSIS", "WATCH",      "LIVE",       "NEWS",
    "ALERT",    "NOTE",       "CORRECTION", "CLARIFICATION",
    "VIDEO",    "PHOTOS",     "OPINION",    "EDITORIAL",
    "REVIEW",   "WARNING",    "FACT",       "CHECK",
    "LATEST",   "READ",       "MORE",       "RELATED",
    "SPOILER",  "TRANSCRIPT", "Q",          "A",
    "UPDATES",
};

/* "CITY: ", "CITY, Country: " — the place before the colon must be
 * capitals (plausible_place without a tag), and a capital, a digit or a
 * quotation mark opens the body. Returns the body's offset, 0 if none. */
static size_t colon_dateline(const char *t, size_t n, size_t colon,
                             size_t *place_end)
{
    size_t body = colon + 1;
    if (body >= n || t[body] != ' ')
        return 0;
    while (body < n && t[body] == ' ')
        body++;
    if (body >= n)
        return 0;
    ucs4_t first;
    utf8_decode(t + body, n - body, &first);
    if (!utf8_is_upper(first) && !utf8_is_digit(first) &&
        !utf8_is_quote_mark(first))
        return 0;
    size_t a = 0, b = colon;
    trim(t, &a, &b);
    if (!plausible_place(t, b, false))
        return 0;
    for (size_t i = 0; i < b;) {
        size_t s = i;
        while (i < b && t[i] != ' ' && t[i] != ',')
            i++;
        for (size_t k = 0; k < sizeof colon_labels / sizeof *colon_labels; k++)
            if (i - s == strlen(colon_labels[k]) &&
                memcmp(t + s, colon_labels[k], i - s) == 0)
                return 0;
        for (size_t k = 0;
             k < sizeof opening_acronyms / sizeof *opening_acronyms; k++)
            if (i - s == strlen(opening_acronyms[k]) &&
                memcmp(t + s, opening_acronyms[k], i - s) == 0)
                return 0;
        while (i < b && (t[i] == ' ' || t[i] == ','))
            i++;
    }
    *place_end = b;
    return body;
}

/* Finds the dateline at the start of the first paragraph. Returns the
 * offset where the body starts (0: no dateline); sets place and agency. */
static size_t dateline(const char *t, size_t n, size_t *place_end,
                       const char **agency)
{
    size_t limit = n < DATELINE_MAX ? n : DATELINE_MAX;
    *agency = NULL;
    for (size_t i = 0; i < limit;) {
        ucs4_t cp;
        size_t k = utf8_decode(t + i, n - i, &cp);
        size_t sep = separator_at(t, n, i);
        if (sep && i > 0) {
            size_t a = 0, b = i;
            trim(t, &a, &b);
            b = strip_date(t, a, b);
            if (i + sep < n && plausible_place(t, b, false)) {
                *place_end = b;
                return i + sep;
            }
            return 0;
        }
        if (cp == '(') {
            const char *close = memchr(t + i, ')', n - i);
            if (!close || (size_t)(close - t) - i > 32)
                return 0;
            size_t ts = i + 1, te = (size_t)(close - t);
            trim(t, &ts, &te);
            const char *ag = wire_agency(t + ts, te - ts);
            bool tag_like =
                ag || (te > ts && utf8_starts_upper(t + ts, te - ts) &&
                       te - ts <= 24);
            if (!tag_like)
                return 0;
            size_t body = (size_t)(close - t) + 1;
            size_t sep2 = separator_at(t, n, body);
            if (sep2)
                body += sep2;
            else
                while (body < n && t[body] == ' ')
                    body++;
            size_t a = 0, b = i;
            trim(t, &a, &b);
            b = strip_date(t, a, b);
            if (body >= n || !plausible_place(t, b, true))
                return 0;
            *place_end = b;
            *agency = ag;
            return body;
        }
        /* "BEIRUT: Talks resumed." A colon after an all-caps place. */
        if (cp == ':' && i > 0)
            return colon_dateline(t, n, i, place_end);
        bool place_char = utf8_is_alpha(cp) || utf8_is_mark(cp) ||
                          utf8_is_digit(cp) || cp == ' ' || cp == ',' ||
                          cp == '.' || cp == '\'' || cp == 0x2019 ||
                          cp == '-' || cp == '/'; /* "DUBAI/LONDON" */
        if (!place_char)
            break;
        i += k;
    }
    return bare_caps_dateline(t, n, place_end);
}

/* ---- the parser -------------------------------------------------------------
 */

struct parser {
    doc *d;
    caption_set *captions;
    bool seen_body;      /* past the place a dateline could be */
    int headlines;       /* short unpunctuated paragraphs before the body */
    size_t contributors; /* added so far */
    struct tok *toks;
    size_t paragraphs;   /* paragraphs seen so far, of any kind */
    char *pending_title; /* a first-line headline, kept as the title once
                            another paragraph follows it */
    size_t pending_len, pending_src; /* its bytes, where it starts */
    bool byline;        /* the credit being read is the article's byline */
    bool published_set; /* by a "Published" line (an "Updated" one yields) */
    /* newsboat's pager file: its link markers, stripped from the paragraph
     * being added, become links over the word before them. */
    const char *text;          /* the whole input (the URLs are in it) */
    const newsboat_page *feed; /* or NULL */
    bool item;                 /* the paragraph is a list item ("* ") */
    size_t last_block;         /* the block add_block made, or DOC_NONE */
    size_t last_skip;          /* paragraph bytes before that block's text */
    struct marker {
        size_t at, number; /* offset in the stripped paragraph, [N] */
    } * markers;
    size_t n_markers, cap_markers;
};

static void add_contributors(struct parser *p, const struct credit_cx *cx)
{
    for (size_t i = 0; i < cx->n_names; i++) {
        if (p->contributors >= CONTRIBUTORS_MAX)
            return;
        size_t a = cx->names[i][0], b = cx->names[i][1];
        char *name = xstrndup(cx->t + a, b - a);
        doc_add_contributor(p->d, name);
        if (p->byline)
            doc_add_author(p->d, name);
        free(name);
        p->contributors++;
    }
}

static bool has_at(const char *t, size_t n, size_t i, const char *lit)
{
    size_t m = strlen(lit);
    return n - i >= m && memcmp(t + i, lit, m) == 0;
}

/* Cheap test before tokenising: every credit clause has "by", a
 * "contributed" or "reported"-like verb, or ends with an agency or outlet
 * (the signature form), whose last word then has no lower-case letter or
 * is a web address or a known agency. */
static bool might_be_credit(const char *t, size_t n)
{
    /* Quotation marks mean body text, unless a keyword came first. A mark
     * in the last byte closes a quotation opened before: not looked for. */
    size_t lim = n > 0 ? n - 1 : 0;
    bool quoted = false;
    const char *q = memchr(t, '"', lim);
    if (q) {
        lim = (size_t)(q - t);
        quoted = true;
    }
    for (const char *e = memchr(t, 0xE2, lim); e;
         e = memchr(e + 1, 0xE2, lim - (size_t)(e + 1 - t))) {
        size_t i = (size_t)(e - t);
        if (t[i + 1] == '\x80' && i + 2 < n &&
            (t[i + 2] == '\x9C' || t[i + 2] == '\x9D')) {
            lim = i;
            quoted = true;
            break;
        }
    }
    /* the keywords' first letters, at the start of a word */
    static const bool lead[256] = {
        ['b'] = true, ['B'] = true, ['c'] = true, ['r'] = true,
        ['w'] = true, ['a'] = true, ['h'] = true};
    for (size_t i = 0; i < lim; i++) {
        char c = t[i];
        if (!lead[(unsigned char)c])
            continue;
        if (i > 0 && ((t[i - 1] | 0x20) >= 'a' && (t[i - 1] | 0x20) <= 'z'))
            continue;
        if ((c == 'b' || c == 'B') && t[i + 1] == 'y' &&
            (i + 2 == n || t[i + 2] == ' '))
            return true;
        if (has_at(t, n, i, "contribut") || has_at(t, n, i, "report") ||
            has_at(t, n, i, "wrote") || has_at(t, n, i, "assist") ||
            has_at(t, n, i, "help"))
            return true;
    }
    if (quoted)
        return false;
    size_t s = n;
    while (s > 0 && t[s - 1] != ' ' && t[s - 1] != '/')
        s--;
    /* Most paragraphs end in a full stop: it alone says nothing, so the
     * word before it must be an agency's last word or an address. */
    bool stop = n > s && t[n - 1] == '.';
    size_t m = n - s - stop;
    if (m == 0)
        return false;
    if (!utf8_has_lower(t + s, m) || memchr(t + s, '.', m) ||
        utf8_ascii_eq_ci(t + s, m, "reuters") ||
        utf8_ascii_eq_ci(t + s, m, "bloomberg"))
        return true;
    for (size_t a = 0; stop && a < sizeof agencies / sizeof *agencies; a++) {
        size_t k = 0;
        while (k < 3 && agencies[a].words[k])
            k++;
        if (utf8_ascii_eq_ci(t + s, m, agencies[a].words[k - 1]))
            return true;
    }
    return false;
}

/* AFP's desk sign-off, "bur-xy/ab": lower-case initials and a slash. */
static bool desk_slug(const char *t, size_t n)
{
    if (n < 3 || n > 40 || !memchr(t, '/', n))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((t[i] >= 'a' && t[i] <= 'z') || t[i] == '-' || t[i] == '/' ||
              t[i] == ' '))
            return false;
    return t[0] != '/' && t[n - 1] != '/';
}

static bool copyright_line(const char *t, size_t n)
{
    return n <= 200 &&
           (starts_with(t, n, "Copyright ") || starts_with(t, n, "\xC2\xA9"));
}

static bool has_ascii_digit(const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (utf8_is_ascii_digit(t[i]))
            return true;
    return false;
}

/* Is the paragraph a credit line? Records its people and agency. */
static bool credit_paragraph(struct parser *p, const char *t, size_t n)
{
    if (separator_line(t, n) || desk_slug(t, n) || copyright_line(t, n))
        return true;
    if (n > CREDIT_PARA_MAX)
        return false;
    /* Bloomberg opens its credit with "--With assistance from". */
    while (n > 0 && (t[0] == '-' || t[0] == ' '))
        t++, n--;
    if (n >= 3 && (unsigned char)t[0] == 0xE2 && (unsigned char)t[1] == 0x80 &&
        ((unsigned char)t[2] == 0x94 || (unsigned char)t[2] == 0x93)) {
        t += 3;
        n -= 3;
        while (n > 0 && t[0] == ' ')
            t++, n--;
    }
    /* Reuters puts its credits in parentheses. */
    if (n > 2 && t[0] == '(' && t[n - 1] == ')' && !memchr(t + 1, '(', n - 2)) {
        t++;
        n -= 2;
    }
    /* a time stamp is short and has a number */
    bool stamp_sized = n <= 100 && has_ascii_digit(t, n);
    bool credit_words = might_be_credit(t, n);
    if (!stamp_sized && !credit_words)
        return false;
    struct credit_toks ts = {
        .t = t, .n = n, .tk = p->toks, .max = CREDIT_TOKENS_MAX};
    struct credit_cx cx = {.t = t, .ts = &ts};
    if (stamp_sized && timestamp_line(&cx))
        return true;
    if (!credit_words || !credit_grammar(&cx) || ts.overflow)
        return false;
    add_contributors(p, &cx);
    if (cx.agency && !doc_source(p->d))
        doc_set_source(p->d, cx.agency);
    return true;
}

/* Short, and not ending like a sentence: "SENATE PASSES BILL". */
static bool headline_like(const char *t, size_t n)
{
    if (n == 0 || n > 120)
        return false;
    size_t last = utf8_prev(t, n);
    ucs4_t cp;
    utf8_decode(t + last, n - last, &cp);
    return !(cp == '.' || cp == '!' || cp == '?' || cp == ':' ||
             utf8_is_quote_mark(cp));
}

/* "Published March 3, 2026 2:05 PM EST", "Updated: 2026-03-04T09:00Z":
 * before the body, such a line gives article.published (a "Published" date
 * wins over an "Updated" one) and is no block. False when the date cannot
 * be read: the line is then kept, as a time stamp credit. */
static bool header_stamp(struct parser *p, const char *t, size_t n)
{
    static const struct {
        const char *word;
        bool published;
    } keys[] = {
        {"first published", true}, {"published", true},
        {"posted", true},          {"last updated", false},
        {"updated", false},        {"last modified", false},
    };
    if (n > 160)
        return false;
    size_t k = 0, m = 0;
    for (; k < sizeof keys / sizeof *keys; k++) {
        m = strlen(keys[k].word);
        if (n > m && utf8_ascii_eq_ci(t, m, keys[k].word) &&
            (t[m] == ' ' || t[m] == ':'))
            break;
    }
    if (k == sizeof keys / sizeof *keys)
        return false;
    size_t a = m, b = n;
    while (a < b && (t[a] == ' ' || t[a] == ':'))
        a++;
    /* "Published March 3, 2026 | Updated March 4, 2026": the first date. */
    for (size_t i = a; i + 8 <= b; i++)
        if (utf8_ascii_eq_ci(t + i, 7, "updated") && i > a &&
            (t[i - 1] == ' ' || t[i - 1] == '|')) {
            b = i;
            break;
        }
    char iso[WHEN_ISO_MAX];
    if (!when_iso(t + a, b - a, iso))
        return false;
    if (!p->published_set) {
        doc_set_published(p->d, iso);
        p->published_set = keys[k].published;
    }
    return true;
}

/* "By NAME", "By NAME and NAME", "By NAME, Agency" before the body: the
 * article's authors (and contributors), and no block. */
static bool byline_paragraph(struct parser *p, const char *t, size_t n)
{
    if (n < 4 || n > 200 || !(t[0] == 'B' || t[0] == 'b') ||
        !(t[1] == 'y' || t[1] == 'Y') || t[2] != ' ')
        return false;
    p->byline = true;
    bool ok = credit_paragraph(p, t, n);
    p->byline = false;
    return ok;
}

/* A first line that reads as a headline: short, no final full stop, two
 * words or more, no dateline, credit or caption in it. */
static bool title_like(struct parser *p, const char *t, size_t n)
{
    if (!headline_like(t, n) || !memchr(t, ' ', n) || count_letters(t, n) < 4)
        return false;
    ucs4_t first, last;
    utf8_decode(t, n, &first);
    size_t lp = utf8_prev(t, n);
    utf8_decode(t + lp, n - lp, &last);
    if (!(utf8_is_upper(first) || utf8_is_digit(first) ||
          utf8_is_quote_mark(first)) ||
        last == ')' || last == ']' || last == ',' || last == ';')
        return false;
    size_t cs, ce, place_end;
    const char *agency;
    size_t body = dateline(t, n, &place_end, &agency);
    if (body > 0 && body < n)
        return false;
    if (caption_find_credit(t, n, &cs, &ce))
        return false;
    /* A credit line would be read as one; check without recording it. */
    size_t contributors = p->contributors;
    doc *scratch = doc_new(), *d = p->d;
    p->d = scratch;
    bool credit = credit_paragraph(p, t, n);
    p->d = d;
    p->contributors = contributors;
    doc_free(scratch);
    return !credit;
}

static void add_block(struct parser *p, const char *t, size_t n, size_t src,
                      size_t first_line);

/* Called for every paragraph: the headline, byline and time stamp that may
 * open a wire story go into the article, the rest to add_block. */
static void add_paragraph(struct parser *p, const char *t, size_t n, size_t src,
                          size_t first_line)
{
    bool first = p->paragraphs++ == 0;
    if (p->pending_title) {
        doc_set_title(p->d, p->pending_title);
        free(p->pending_title);
        p->pending_title = NULL;
    }
    if (!p->seen_body && (header_stamp(p, t, n) || byline_paragraph(p, t, n)))
        return;
    if (first && first_line == n && title_like(p, t, n)) {
        /* A copy of all n bytes: strndup would stop at a NUL. */
        p->pending_title = xmalloc(n + 1);
        memcpy(p->pending_title, t, n);
        p->pending_title[n] = '\0';
        p->pending_len = n;
        p->pending_src = src;
        return;
    }
    add_block(p, t, n, src, first_line);
}

static void add_block(struct parser *p, const char *t, size_t n, size_t src,
                      size_t first_line)
{
    p->last_skip = 0;
    if (p->item) {
        p->last_block = doc_add_block(p->d, DOC_BLOCK_ITEM, t, n, NULL, src);
        p->seen_body = true;
        return;
    }
    size_t ua, ub;
    if (embed_line(t, n, &ua, &ub)) {
        char *url = xstrndup(t + ua, ub - ua);
        p->last_block = doc_add_block(p->d, DOC_BLOCK_EMBED, t, n, url, src);
        free(url);
        return;
    }
    if (credit_paragraph(p, t, n)) {
        p->last_block = doc_add_block(p->d, DOC_BLOCK_CREDIT, t, n, NULL, src);
        return;
    }
    size_t cs, ce;
    bool caption = caption_find_credit(t, n, &cs, &ce);
    if (!p->seen_body && !caption) {
        /* A headline or subhead may stand before the datelined paragraph. */
        p->seen_body = !headline_like(t, n) || ++p->headlines > 2;
        size_t place_end = 0;
        const char *agency = NULL;
        size_t body = dateline(t, n, &place_end, &agency);
        if (body > 0 && body < n) {
            char *place = xstrndup(t, place_end);
            doc_set_dateline(p->d, place);
            free(place);
            if (agency)
                doc_set_source(p->d, agency);
            /* Offsets past the first line are approximate (joined lines). */
            size_t off = body <= first_line ? src + body : src + first_line;
            p->last_block = doc_add_block(p->d, DOC_BLOCK_PARAGRAPH, t + body,
                                          n - body, NULL, off);
            p->last_skip = body;
            p->seen_body = true;
            return;
        }
    }
    if (caption) {
        size_t id = doc_add_block(p->d, DOC_BLOCK_CAPTION, t, n, NULL, src);
        p->last_block = id;
        const doc_block *b = doc_block_get(p->d, id);
        caption_set_add(p->captions, id, b->text, b->len);
        return;
    }
    p->last_block = doc_add_block(p->d, DOC_BLOCK_PARAGRAPH, t, n, NULL, src);
}

static bool digit_run(const char *t, size_t n, size_t *i, size_t *v)
{
    size_t s = *i;
    *v = 0;
    while (*i < n && utf8_is_ascii_digit(t[*i]) && *i - s < 6)
        *v = *v * 10 + (size_t)(t[(*i)++] - '0');
    return *i > s;
}

/* newsboat's "[image N]" or "[image N (alt text)]" at t[i]: its length. */
static size_t image_marker(const char *t, size_t n, size_t i)
{
    size_t j = i + 1, v;
    if (!starts_with(t + j, n - j, "image "))
        return 0;
    j += 6;
    if (!digit_run(t, n, &j, &v))
        return 0;
    if (j < n && t[j] == ']')
        return j + 1 - i;
    if (j + 1 >= n || t[j] != ' ' || t[j + 1] != '(')
        return 0;
    for (size_t k = j + 2; k + 1 < n && k - i < 400; k++)
        if (t[k] == ')' && t[k + 1] == ']')
            return k + 2 - i;
    return 0;
}

/* Takes newsboat's markers out of a paragraph: "[N]" after a word (when the
 * Links list has N) is remembered as a marker, "[image N ...]" dropped.
 * Returns the new length; the paragraph stays trimmed. */
static size_t strip_markers(struct parser *p, char *t, size_t n)
{
    size_t o = 0;
    p->n_markers = 0;
    for (size_t i = 0; i < n;) {
        if (t[i] == '[') {
            size_t img = image_marker(t, n, i);
            if (img) {
                i += img;
                /* One space is enough where the image stood. */
                if ((o == 0 || t[o - 1] == ' ') && i < n && t[i] == ' ')
                    i++;
                continue;
            }
            size_t j = i + 1, v;
            newsboat_span url;
            if (o > 0 && t[o - 1] != ' ' && digit_run(t, n, &j, &v) && j < n &&
                t[j] == ']' && newsboat_link(p->feed, v, &url)) {
                XGROW(p->markers, p->cap_markers, p->n_markers + 1);
                p->markers[p->n_markers++] = (struct marker){o, v};
                i = j + 1;
                continue;
            }
        }
        t[o++] = t[i++];
    }
    while (o > 0 && t[o - 1] == ' ')
        o--;
    size_t lead = 0;
    while (lead < o && t[lead] == ' ')
        lead++;
    if (lead) {
        memmove(t, t + lead, o - lead);
        o -= lead;
        for (size_t m = 0; m < p->n_markers; m++)
            p->markers[m].at =
                p->markers[m].at > lead ? p->markers[m].at - lead : 0;
    }
    t[o] = '\0';
    return o;
}

/* One paragraph as joined from its lines: newsboat's markers out, the
 * paragraph in, then its links over the words the markers followed. */
static void flush_paragraph(struct parser *p, char *t, size_t n, size_t src,
                            size_t first_line)
{
    if (p->feed) {
        n = strip_markers(p, t, n);
        if (first_line > n)
            first_line = n;
        if (n == 0)
            return;
    }
    p->last_block = DOC_NONE;
    add_paragraph(p, t, n, src, first_line);
    if (!p->feed || p->last_block == DOC_NONE)
        return;
    size_t skip = p->last_skip;
    for (size_t m = 0; m < p->n_markers; m++) {
        size_t at = p->markers[m].at, w = at;
        while (w > skip && t[w - 1] != ' ')
            w--;
        newsboat_span url;
        if (at <= skip || w == at ||
            !newsboat_link(p->feed, p->markers[m].number, &url))
            continue;
        char *u = xstrndup(p->text + url.start, url.len);
        doc_add_link(p->d, p->last_block, w - skip, at - skip, u);
        free(u);
    }
}

/* newsboat's header into the article: title, author, site (the feed),
 * url and published time. */
static void feed_header(doc *d, const char *t, const newsboat_page *nb)
{
    char *v;
    if (nb->title.len) {
        v = xstrndup(t + nb->title.start, nb->title.len);
        doc_set_title(d, v);
        free(v);
    }
    if (nb->author.len) {
        v = xstrndup(t + nb->author.start, nb->author.len);
        doc_add_author(d, v);
        free(v);
    }
    if (nb->feed.len) {
        v = xstrndup(t + nb->feed.start, nb->feed.len);
        doc_set_site(d, v);
        free(v);
    }
    if (nb->link.len) {
        v = xstrndup(t + nb->link.start, nb->link.len);
        doc_set_url(d, v);
        free(v);
    }
    char iso[WHEN_ISO_MAX];
    if (nb->date.len && when_iso(t + nb->date.start, nb->date.len, iso))
        doc_set_published(d, iso);
}

static bool blank_line(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t k = space_at(s + i, n - i);
        if (!k)
            return false;
        i += k;
    }
    return true;
}

doc *parse_article(const char *text, size_t len)
{
    doc *d = doc_new();
    if (!text)
        return d;
    doc_reserve_text(d, len); /* the blocks' copies take at most the input */
    struct parser p = {.d = d, .captions = caption_set_new(), .text = text};
    p.toks = xmalloc(CREDIT_TOKENS_MAX * sizeof *p.toks);

    size_t pos = 0, stop = len;
    char iso[11];
    size_t dl = date_line(text, len, iso);
    newsboat_page nb;
    if (dl) {
        doc_set_date(d, iso);
        pos = dl;
        /* In this layout the body follows the date: no headline. */
        p.paragraphs = 1;
    } else if (newsboat_read(text, len, &nb)) {
        feed_header(d, text, &nb);
        p.feed = &nb;
        pos = nb.body_start;
        stop = nb.body_end;
        p.paragraphs = 1; /* the header gave the title */
    }

    char *buf = NULL;
    size_t cap = 0, n = 0, src = 0, first_line = 0;
    bool open = false;
    while (pos <= stop) {
        const char *nl =
            pos < stop ? memchr(text + pos, '\n', stop - pos) : NULL;
        size_t end = nl ? (size_t)(nl - text) : stop;
        size_t a = pos, b = end;
        if (blank_line(text + a, b - a)) {
            if (open && n > 0)
                flush_paragraph(&p, buf, n, src, first_line);
            open = false;
            n = 0;
        } else {
            trim(text, &a, &b);
            /* newsboat sets list items as "  * item" lines. */
            bool item =
                p.feed && b - a > 2 && text[a] == '*' && text[a + 1] == ' ';
            if (item || (open && p.item)) {
                if (open && n > 0)
                    flush_paragraph(&p, buf, n, src, first_line);
                open = false;
                n = 0;
            }
            if (item) {
                a += 2;
                trim(text, &a, &b);
            }
            if (!open) {
                open = true;
                p.item = item;
                src = a;
                n = 0;
            }
            XGROW(buf, cap, n + (b - a) + 2);
            if (n > 0)
                buf[n++] = ' ';
            else
                first_line = b - a;
            memcpy(buf + n, text + a, b - a);
            n += b - a;
            buf[n] = '\0';
        }
        if (!nl)
            break;
        pos = end + 1;
    }
    if (open && n > 0)
        flush_paragraph(&p, buf, n, src, first_line);
    p.item = false;
    /* A lone short line with nothing after it is the text, not a title. */
    if (p.pending_title) {
        add_block(&p, p.pending_title, p.pending_len, p.pending_src,
                  p.pending_len);
        free(p.pending_title);
    }

    caption_set_commit(p.captions, d);
    caption_set_free(p.captions);
    if (p.feed)
        newsboat_page_free(&nb);
    free(p.markers);
    free(p.toks);
    free(buf);
    return d;
}

size_t parse_dateline(const char *t, size_t n, size_t *place_end,
                      const char **agency)
{
    *agency = NULL;
    size_t body = dateline(t, n, place_end, agency);
    return body < n ? body : 0;
}
