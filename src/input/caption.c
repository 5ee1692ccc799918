/* Caption analysis. Credits are recognised by shape (a slash between a name
 * and an agency, "Photo", "via", a "credit:" label) plus a short list of
 * photo agencies: general knowledge, no names of people. */
#include "caption.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "utf8.h"
#include "xalloc.h"

/* ---- small text helpers ------------------------------------------------ */

static bool starts_ci(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n >= m && utf8_ascii_eq_ci(s, m, lit);
}

static bool ends_ci(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n >= m && utf8_ascii_eq_ci(s + n - m, m, lit);
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

/* Trims ASCII blanks and no-break spaces from both ends of [*s, *s+*n). */
static void trim(const char **s, size_t *n)
{
    for (;;) {
        if (*n > 0 && is_blank(**s)) {
            (*s)++;
            (*n)--;
        } else if (*n >= 2 && (unsigned char)(*s)[0] == 0xC2 &&
                   (unsigned char)(*s)[1] == 0xA0) {
            *s += 2;
            *n -= 2;
        } else {
            break;
        }
    }
    for (;;) {
        if (*n > 0 && is_blank((*s)[*n - 1]))
            (*n)--;
        else if (*n >= 2 && (unsigned char)(*s)[*n - 2] == 0xC2 &&
                 (unsigned char)(*s)[*n - 1] == 0xA0)
            *n -= 2;
        else
            break;
    }
}

static const char *find_in(const char *s, size_t n, char c)
{
    return n ? memchr(s, c, n) : NULL;
}

/* ---- agencies and names ------------------------------------------------ */

/* Photo agencies and credit words, lower case. */
static const char *const known_agencies[] = {
    "ap",
    "ap photo",
    "ap images",
    "the associated press",
    "associated press",
    "afp",
    "reuters",
    "getty",
    "getty images",
    "pa",
    "pa wire",
    "pa images",
    "pa media",
    "epa",
    "efe",
    "epa-efe",
    "xinhua",
    "bloomberg",
    "pool",
    "file",
    "file photo",
    "handout",
    "ansa",
    "anadolu",
    "anadolu agency",
    "sipa",
    "sipa usa",
    "shutterstock",
    "rex",
    "rex features",
    "alamy",
    "nurphoto",
    "zuma",
    "zuma press",
    "zuma wire",
    "imagn",
    "kyodo",
    "yonhap",
    "tass",
    "sputnik",
    "dpa",
    "picture alliance",
    "nyt",
    "upi",
    "kcna",
    "abaca",
    "belga",
    "anp",
    "staff",
    "stringer",
    "ap file",
    "reuters staff",
    "the new york times",
    "the washington post",
    "usa today",
    "los angeles times",
    "bbc",
    "cnn",
    "nasa",
};

static const char *const agency_endings[] = {
    " images", " photo", " photos", " press", " agency", " news",  ".com",
    " wire",   " pool",  " sports", " times", " post",   " media", " handout",
};

/* Head words of institutions that supply photos: a credit part holding
 * one ("NASA Earth Observatory", "County Sheriff's Office") names no
 * person. Kept in byte order: looked up by binary search (a test checks). */
static const char *const institution_words[] = {
    "administration",
    "agency",
    "aquarium",
    "archive",
    "archives",
    "army",
    "association",
    "authority",
    "board",
    "broadcasting",
    "bureau",
    "center",
    "centre",
    "channel",
    "church",
    "club",
    "collection",
    "college",
    "command",
    "commission",
    "committee",
    "company",
    "company's",
    "corp",
    "corporation",
    "council",
    "court",
    "courtesy",
    "daily",
    "department",
    "embassy",
    "entertainment",
    "esa",
    "family",
    "festival",
    "films",
    "force",
    "foundation",
    "fund",
    "gallery",
    "gazette",
    "government",
    "group",
    "guard",
    "handout",
    "herald",
    "hospital",
    "images",
    "inc",
    "institute",
    "journal",
    "lab",
    "laboratory",
    "library",
    "ltd",
    "magazine",
    "media",
    "ministry",
    "museum",
    "nasa",
    "navy",
    "network",
    "news",
    "noaa",
    "observatory",
    "office",
    "opera",
    "orchestra",
    "organisation",
    "organization",
    "parliament",
    "photography",
    "pictures",
    "police",
    "post",
    "press",
    "productions",
    "program",
    "programme",
    "project",
    "radio",
    "records",
    "school",
    "service",
    "services",
    "society",
    "studio",
    "studios",
    "survey",
    "team",
    "television",
    "theater",
    "theatre",
    "times",
    "tribune",
    "trust",
    "university",
    "zoo",
};

static int compare_word(const void *key, const void *entry)
{
    return strcmp(key, *(const char *const *)entry);
}

/* Is the word (folded to ASCII lower case) one of institution_words? */
static bool is_institution_word(const char *w, size_t n)
{
    char low[24];
    if (n == 0 || n >= sizeof low)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '\0')
            return false;
        low[i] = w[i] >= 'A' && w[i] <= 'Z' ? (char)(w[i] - 'A' + 'a') : w[i];
    }
    low[n] = '\0';
    return bsearch(low, institution_words,
                   sizeof institution_words / sizeof *institution_words,
                   sizeof *institution_words, compare_word) != NULL;
}

static bool has_institution_word(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        while (i < n && (s[i] == ' ' || s[i] == ','))
            i++;
        size_t b = i;
        while (i < n && s[i] != ' ' && s[i] != ',')
            i++;
        size_t e = i;
        if (e > b && s[e - 1] == '.')
            e--;
        if (is_institution_word(s + b, e - b))
            return true;
    }
    return false;
}

static bool in_agency_list(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof known_agencies / sizeof *known_agencies; i++)
        if (utf8_ascii_eq_ci(s, n, known_agencies[i]))
            return true;
    return false;
}

/* "AFP", "Getty Images", "PA via AP", "AFP via Getty Images", "SIPA". */
static bool is_agency(const char *s, size_t n)
{
    trim(&s, &n);
    if (n == 0)
        return false;
    for (size_t i = 0; i + 5 <= n; i++)
        if (memcmp(s + i, " via ", 5) == 0)
            return is_agency(s, i);
    if (in_agency_list(s, n) || has_institution_word(s, n))
        return true;
    for (size_t i = 0; i < sizeof agency_endings / sizeof *agency_endings; i++)
        if (ends_ci(s, n, agency_endings[i]))
            return true;
    /* A single all-capital short word: an agency's initials. */
    if (n >= 2 && n <= 6 && !find_in(s, n, ' ')) {
        for (size_t i = 0; i < n; i++)
            if (!(s[i] >= 'A' && s[i] <= 'Z') && s[i] != '-')
                return false;
        return true;
    }
    return false;
}

static const char *const name_particles[] = {
    "de",  "da",  "do",  "dos", "das", "del", "della", "di", "du", "van", "von",
    "der", "den", "bin", "ibn", "al",  "el",  "la",    "le", "y",  "ter",
};

static bool is_particle(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof name_particles / sizeof *name_particles; i++)
        if (utf8_ascii_eq_ci(s, n, name_particles[i]) &&
            !utf8_starts_upper(s, n))
            return true;
    /* al-Haddan, el-Sisi, bin-Salman */
    const char *dash = find_in(s, n, '-');
    return dash && dash > s && dash - s <= 3 &&
           utf8_starts_upper(dash + 1, n - (size_t)(dash + 1 - s));
}

/* The next space-separated word at or after *i: [*start, *i). False at
 * the end. */
static bool next_word(const char *s, size_t n, size_t *i, size_t *start)
{
    while (*i < n && s[*i] == ' ')
        ++*i;
    *start = *i;
    while (*i < n && s[*i] != ' ')
        ++*i;
    return *i > *start;
}

/* One to six words, each capitalised (or a name particle), no digits. */
static bool looks_like_name(const char *s, size_t n)
{
    trim(&s, &n);
    if (n == 0 || !utf8_starts_upper(s, n))
        return false;
    size_t words = 0;
    for (size_t i = 0, b; next_word(s, n, &i, &b);) {
        for (size_t k = b; k < i; k++)
            if ((s[k] >= '0' && s[k] <= '9') || s[k] == ':' || s[k] == '(' ||
                s[k] == ')' || s[k] == '"')
                return false;
        if (!utf8_starts_upper(s + b, i - b) && !is_particle(s + b, i - b))
            return false;
        words++;
    }
    return words >= 1 && words <= 6 && !has_institution_word(s, n);
}

/* ---- credit recognition -------------------------------------------------- */

static size_t word_count(const char *s, size_t n)
{
    size_t words = 0;
    bool in_word = false;
    for (size_t i = 0; i < n; i++) {
        bool blank = s[i] == ' ';
        if (!blank && !in_word)
            words++;
        in_word = !blank;
    }
    return words;
}

static bool has_word_ci(const char *s, size_t n, const char *word)
{
    size_t m = strlen(word);
    for (size_t i = 0; i + m <= n; i++) {
        if ((i == 0 ||
             !((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z')) &&
            utf8_ascii_eq_ci(s + i, m, word) &&
            (i + m == n ||
             !((s[i + m] | 0x20) >= 'a' && (s[i + m] | 0x20) <= 'z')))
            return true;
    }
    return false;
}

/* The separator between a credit's parts: "NAME/AFP", "NAME | OUTLET". */
static const char *find_separator(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == '/' || s[i] == '|')
            return s + i;
    return NULL;
}

/* Every separated part is a name or an agency, and one is an agency. */
static bool slash_credit(const char *s, size_t n)
{
    if (!find_separator(s, n))
        return false;
    bool agency = false;
    size_t b = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '/' && s[i] != '|')
            continue;
        const char *p = s + b;
        size_t m = i - b;
        trim(&p, &m);
        /* "NAME, File" and "Photo by NAME" are still a name part. */
        const char *comma = find_in(p, m, ',');
        if (comma && is_agency(comma + 1, m - (size_t)(comma + 1 - p)))
            m = (size_t)(comma - p);
        if (starts_ci(p, m, "photo by ")) {
            p += 9;
            m -= 9;
        }
        if (m == 0)
            return false;
        if (is_agency(p, m))
            agency = true;
        else if (!looks_like_name(p, m))
            return false;
        b = i + 1;
    }
    return agency;
}

/* Small words that may stand lower-case inside the name of an outlet or an
 * institution ("Field & Hive", "Museum of the City"). */
static bool is_connector(const char *s, size_t n)
{
    static const char *const words[] = {"of", "the", "and", "for", "&",
                                        "on", "at",  "in",  "de",  "la"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (n == strlen(words[i]) && memcmp(s, words[i], n) == 0)
            return true;
    return false;
}

/* A proper name of one to eight words: capitalised words (digits allowed
 * after the first) and connectors, starting with a capital, nothing that
 * belongs to a sentence (quotes, colons, commas, full stops). */
static bool proper_name(const char *s, size_t n, size_t *words)
{
    trim(&s, &n);
    *words = 0;
    if (n == 0 || !utf8_starts_upper(s, n))
        return false;
    for (size_t i = 0, b; next_word(s, n, &i, &b);) {
        for (size_t k = b; k < i; k++)
            if (s[k] == '"' || s[k] == ':' || s[k] == ';' || s[k] == ',' ||
                s[k] == '/')
                return false;
        /* A full stop only closes an initial or an abbreviation ("R.",
         * "Inc."), never a sentence inside the credit. */
        if (s[i - 1] == '.' && i - b > 4)
            return false;
        if (!utf8_starts_upper(s + b, i - b) &&
            !(*words > 0 &&
              (utf8_is_ascii_digit(s[b]) || is_connector(s + b, i - b))) &&
            !is_particle(s + b, i - b))
            return false;
        if (++*words > 8)
            return false;
    }
    return *words > 0;
}

/* A person's name as a credit gives it, "Ines Vaz" or "Ana de la Cruz":
 * two to four words (one word is too often a nickname or a term), with
 * lower-case letters (an all-capital pair is an acronym's expansion). */
static bool person_name(const char *s, size_t n)
{
    trim(&s, &n);
    size_t words = word_count(s, n);
    return words >= 2 && words <= 4 && utf8_has_lower(s, n) &&
           !find_in(s, n, ',') && looks_like_name(s, n);
}

/* How much a credit's shape says alone. A strong credit ("AP Photo/NAME",
 * "NAME/AFP", "PA via AP") makes a caption of any paragraph it ends; a weak
 * one ("NAME/Some Venue", "NAME for Some Outlet", a bare "NAME" or "Some
 * University") is also how body text may end, so it makes a caption only
 * when the text before it reads like one (caption_like). */
enum credit_strength { CREDIT_NONE, CREDIT_WEAK, CREDIT_STRONG };

/* The weak forms, in parentheses only. */
static enum credit_strength weak_credit(const char *s, size_t n)
{
    size_t words;
    const char *slash = find_in(s, n, '/');
    if (slash) {
        size_t a = (size_t)(slash - s);
        return person_name(s, a) && proper_name(slash + 1, n - a - 1, &words) &&
                       !find_in(slash + 1, n - a - 1, '/')
                   ? CREDIT_WEAK
                   : CREDIT_NONE;
    }
    if (person_name(s, n))
        return CREDIT_WEAK;
    /* "Some University", "Museum of the City": an institution's name. */
    if (proper_name(s, n, &words) && words >= 2 && has_institution_word(s, n))
        return CREDIT_WEAK;
    return CREDIT_NONE;
}

static enum credit_strength credit_text(const char *s, size_t n, bool bracketed)
{
    trim(&s, &n);
    if (n == 0 || n > CAPTION_CREDIT_MAX || word_count(s, n) > 12)
        return CREDIT_NONE;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '"' || s[i] == '(' || s[i] == ')')
            return CREDIT_NONE;
    if (slash_credit(s, n))
        return CREDIT_STRONG;
    if (!bracketed)
        return CREDIT_NONE;
    if (has_word_ci(s, n, "photo") || has_word_ci(s, n, "photos") ||
        has_word_ci(s, n, "photograph") || starts_ci(s, n, "courtesy"))
        return CREDIT_STRONG;
    for (size_t i = 0; i + 5 <= n; i++) {
        if (memcmp(s + i, " via ", 5) == 0)
            return is_agency(s + i + 5, n - i - 5) ? CREDIT_STRONG
                                                   : CREDIT_NONE;
        /* "NAME for The Daily Planet"; "NAME for Some Outlet" is weak. */
        if (memcmp(s + i, " for ", 5) == 0) {
            size_t words;
            if (looks_like_name(s, i) && is_agency(s + i + 5, n - i - 5))
                return CREDIT_STRONG;
            return person_name(s, i) &&
                           proper_name(s + i + 5, n - i - 5, &words)
                       ? CREDIT_WEAK
                       : CREDIT_NONE;
        }
    }
    if (in_agency_list(s, n) || ends_ci(s, n, " images"))
        return CREDIT_STRONG;
    return weak_credit(s, n);
}

/* Does the text before a weak credit read like a photo caption? A caption
 * describes the picture in a sentence or three and ends with a full stop
 * before the credit; body text that happens to end in "(NAME)" is prose:
 * long, in the first person, reporting what someone said, or carrying
 * someone's words in quotation marks (a short quoted title is fine). A
 * caption saying "police said" loses only a weak credit. One pass over at most
 * CAPTION_LIKE_MAX bytes. */
#define CAPTION_LIKE_MAX 600

/* Words of reported or first-person prose, which a caption has no use
 * for: "I", "we", "said", "told". */
static bool is_prose_word(const char *s, size_t n)
{
    static const char *const words[] = {
        "I",  "I'm", "I've", "me",  "we",   "We",   "us",
        "my", "My",  "our",  "Our", "said", "told", "according"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (n == strlen(words[k]) && memcmp(s, words[k], n) == 0)
            return true;
    return false;
}

/* The length of the double quotation mark at t[i] (straight or curly),
 * or 0. */
static size_t quote_mark_at(const char *t, size_t n, size_t i)
{
    if (t[i] == '"')
        return 1;
    return i + 2 < n && t[i] == '\xE2' && t[i + 1] == '\x80' &&
                   (t[i + 2] == '\x9C' || t[i + 2] == '\x9D')
               ? 3
               : 0;
}

static bool caption_like(const char *t, size_t n)
{
    while (n > 0 && is_blank(t[n - 1]))
        n--;
    if (n < 8 || n > CAPTION_LIKE_MAX || t[n - 1] != '.' ||
        !utf8_starts_upper(t, n))
        return false;
    size_t words = 0, sentences = 0, quoted_words = 0, quotes = 0;
    bool in_quote = false, word_start = true;
    for (size_t i = 0; i < n;) {
        size_t q = quote_mark_at(t, n, i);
        if (q) {
            in_quote = q == 1 ? !in_quote : t[i + 2] == '\x9C';
            if (in_quote && ++quotes > 2)
                return false;
            quoted_words = 0;
            word_start = true;
            i += q;
            continue;
        }
        if (is_blank(t[i]) || !word_start) {
            word_start = is_blank(t[i]);
            i++;
            continue;
        }
        word_start = false;
        words++;
        if (in_quote && ++quoted_words > 6)
            return false;
        size_t e = i;
        while (e < n && !is_blank(t[e]) && t[e] != ',' &&
               !quote_mark_at(t, n, e))
            e++;
        size_t w = e;
        if (w > i && (t[w - 1] == '.' || t[w - 1] == '?' || t[w - 1] == '!'))
            w--;
        if (!in_quote && is_prose_word(t + i, w - i))
            return false;
        /* A sentence ends at a full stop after a word that is no
         * abbreviation or initial ("Dr.", "Mrs.", "U.S.", "R."). */
        if (w < e && (w - i > 3 || !utf8_starts_upper(t + i, w - i)) &&
            !find_in(t + i, w - i, '.'))
            sentences++;
        i = e;
    }
    return words >= 3 && words <= 80 && sentences <= 3;
}

static size_t strip_label(const char *s, size_t n)
{
    static const char *const labels[] = {
        "photo credit:", "image credit:", "credit:",    "credits:",
        "image:",        "picture:",      "photograph:"};
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
        if (starts_ci(s, n, labels[i]))
            return strlen(labels[i]);
    return 0;
}

static bool bracketed_credit(const char *text, size_t len, size_t *start,
                             size_t *end)
{
    /* "(AP Photo/NAME)", and "[Photo: NAME]" in square brackets */
    if (len == 0 || (text[len - 1] != ')' && text[len - 1] != ']'))
        return false;
    char closing = text[len - 1], opening = closing == ')' ? '(' : '[';
    size_t close = len - 1, depth = 0, open = SIZE_MAX;
    size_t floor =
        close > CAPTION_CREDIT_MAX + 16 ? close - CAPTION_CREDIT_MAX - 16 : 0;
    for (size_t i = close + 1; i-- > floor;) {
        if (text[i] == closing)
            depth++;
        else if (text[i] == opening && --depth == 0) {
            open = i;
            break;
        }
    }
    if (open == SIZE_MAX)
        return false;
    size_t a = open + 1, b = close;
    while (a < b && is_blank(text[a]))
        a++;
    bool labelled = false;
    size_t label = strip_label(text + a, b - a);
    if (label) {
        labelled = true;
        a += label;
        while (a < b && is_blank(text[a]))
            a++;
    }
    while (b > a && is_blank(text[b - 1]))
        b--;
    if (a == b)
        return false;
    if (!labelled) {
        enum credit_strength k = credit_text(text + a, b - a, true);
        if (k == CREDIT_NONE || (k == CREDIT_WEAK && !caption_like(text, open)))
            return false;
    }
    *start = a;
    *end = b;
    return true;
}

/* "... group. Samir al-Haddan/AFP": the run of name-like words at the end. */
static bool bare_credit(const char *text, size_t len, size_t *start,
                        size_t *end)
{
    size_t floor = len > CAPTION_CREDIT_MAX ? len - CAPTION_CREDIT_MAX : 0;
    size_t b = len, words = 0;
    while (b > floor && words < 10) {
        size_t we = b;
        while (we > floor && text[we - 1] == ' ')
            we--;
        size_t ws = we;
        while (ws > floor && text[ws - 1] != ' ' && text[ws - 1] != '\n')
            ws--;
        if (ws == we || (ws == floor && floor > 0))
            break;
        const char *w = text + ws;
        size_t n = we - ws;
        char last = w[n - 1];
        bool initial = n == 2 && last == '.' && utf8_starts_upper(w, n);
        bool slash = find_separator(w, n) != NULL;
        if (!initial &&
            (last == '.' || last == '!' || last == '?' || last == ':' ||
             last == ';' || last == ')' || last == '"' || last == ','))
            break;
        if (!slash && !utf8_starts_upper(w, n) && !is_particle(w, n))
            break;
        b = ws;
        words++;
    }
    if (b == len)
        return false;
    /* A lone credit-shaped line with nothing before it is not a caption. */
    size_t a = b;
    while (a > 0 && text[a - 1] == ' ')
        a--;
    if (a == 0)
        return false;
    if (credit_text(text + b, len - b, false) != CREDIT_STRONG)
        return false;
    *start = b;
    *end = len;
    return true;
}

/* "... on Thursday. credit: NAME/Outlet": a labelled credit at the end,
 * no sentence after it. */
static bool labelled_credit(const char *text, size_t len, size_t *start,
                            size_t *end)
{
    size_t floor = len > CAPTION_CREDIT_MAX ? len - CAPTION_CREDIT_MAX : 0;
    /* the last colon past the sixth byte (memchr: most texts have none) */
    size_t lo = floor > 6 ? floor : 6, i = SIZE_MAX;
    for (const char *c = lo < len ? memchr(text + lo, ':', len - lo) : NULL; c;
         c = memchr(c + 1, ':', len - (size_t)(c + 1 - text)))
        i = (size_t)(c - text);
    if (i == SIZE_MAX)
        return false;
    size_t w = i;
    while (w > floor &&
           ((text[w - 1] | 0x20) >= 'a' && (text[w - 1] | 0x20) <= 'z'))
        w--;
    /* "Credit: ...", then "Photograph: ...", "PHOTO: ..." */
    static const char *const labels[] = {
        "credit", "credits",     "photo",        "photos", "photograph",
        "image",  "photographs", "illustration", "picture"};
    enum { CREDIT_LABELS = 2 }; /* the first two say "credit" outright */
    size_t label = 0;
    while (label < sizeof labels / sizeof *labels &&
           !utf8_ascii_eq_ci(text + w, i - w, labels[label]))
        label++;
    if (label == sizeof labels / sizeof *labels)
        return false;
    /* It follows a sentence (or stands alone after the caption). */
    size_t p = w;
    while (p > 0 && text[p - 1] == ' ')
        p--;
    if (p == 0 || p == w)
        return false;
    size_t a = i + 1, b = len;
    while (a < b && text[a] == ' ')
        a++;
    if (a == b || word_count(text + a, b - a) > 12)
        return false;
    for (size_t k = a; k + 1 < b; k++)
        if ((text[k] == '.' && text[k + 1] == ' ') || text[k] == '"')
            return false;
    /* "one image: the mayor at the podium" is prose: past "credit", the
     * label must end a caption-like text and open a name */
    if (label >= CREDIT_LABELS &&
        (!utf8_starts_upper(text + a, b - a) || !caption_like(text, p)))
        return false;
    *start = a;
    *end = b;
    return true;
}

/* "... on Tuesday. Photo by NAME", "... in 1987. Courtesy of the Family":
 * a credit set after the caption's last sentence with a credit's opening
 * words, unbracketed. The text before must read like a caption. */
static bool tail_credit(const char *text, size_t len, size_t *start,
                        size_t *end)
{
    /* a label is no part of the credit; the other words are */
    static const struct {
        const char *words;
        bool label;
    } openings[] = {
        {"Photo by ", false},           {"Photos by ", false},
        {"Photograph by ", false},      {"Photographs by ", false},
        {"Picture by ", false},         {"Courtesy of ", false},
        {"Courtesy ", false},           {"Photo courtesy of ", false},
        {"Photos courtesy of ", false}, {"Credit...", true},
        {"Credit\xE2\x80\xA6", true}};
    /* ten words at most: the last sentence end, ". ", is near */
    size_t floor = len > 120 ? len - 120 : 0;
    size_t a = len;
    while (a > floor + 1 && !(text[a - 1] == ' ' && text[a - 2] == '.'))
        a--;
    if (a <= floor + 1)
        return false;
    const char *t = text + a;
    size_t n = len - a;
    size_t o = 0, olen = 0;
    for (; o < sizeof openings / sizeof *openings; o++) {
        olen = strlen(openings[o].words);
        if (n > olen && memcmp(t, openings[o].words, olen) == 0)
            break;
    }
    if (o == sizeof openings / sizeof *openings || word_count(t, n) > 10 ||
        find_in(t, n, '"') || !caption_like(text, a - 1))
        return false;
    *start = openings[o].label ? a + olen : a;
    *end = len;
    return true;
}

bool caption_find_credit(const char *text, size_t len, size_t *start,
                         size_t *end)
{
    while (len > 0 && is_blank(text[len - 1]))
        len--;
    /* "(AP Photo/NAME)." — a stray full stop after the credit. */
    if (len >= 2 && text[len - 1] == '.' && text[len - 2] == ')')
        len--;
    return bracketed_credit(text, len, start, end) ||
           labelled_credit(text, len, start, end) ||
           bare_credit(text, len, start, end) ||
           tail_credit(text, len, start, end);
}

/* ---- photographer ---------------------------------------------------------
 */

static const char *const name_prefixes[] = {
    "photo by ",
    "photos by ",
    "photograph by ",
    "photographs by ",
    "photo: ",
    "courtesy of ",
    "courtesy ",
    "by ",
    "ap photo by ",
    "photo courtesy of ",
    "photos courtesy of ",
};

static bool find_via(const char *s, size_t n)
{
    for (size_t k = 0; k + 5 <= n; k++)
        if (memcmp(s + k, " via ", 5) == 0)
            return true;
    return false;
}

char *caption_photographer(const char *credit, size_t len)
{
    trim(&credit, &len);
    size_t label = strip_label(credit, len);
    credit += label;
    len -= label;
    size_t b = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && credit[i] != '/' && credit[i] != '|')
            continue;
        const char *p = credit + b;
        size_t m = i - b;
        b = i + 1;
        trim(&p, &m);
        bool prefixed = false;
        for (size_t k = 0; k < sizeof name_prefixes / sizeof *name_prefixes;
             k++) {
            size_t pl = strlen(name_prefixes[k]);
            if (starts_ci(p, m, name_prefixes[k]) && m > pl) {
                p += pl;
                m -= pl;
                prefixed = true;
                break;
            }
        }
        /* "(Chicago Sun-Times via AP)": with no slash and no "Photo by",
         * what comes before "via" is the outlet that handed the picture on;
         * a person's credit reads "NAME/OUTLET via AP". */
        if (!prefixed && !find_separator(credit, len) && find_via(p, m))
            continue;
        /* "NAME, File" / "NAME via AP": the name is what comes first. */
        const char *comma = find_in(p, m, ',');
        if (comma)
            m = (size_t)(comma - p);
        for (size_t k = 0; k + 5 <= m; k++)
            if (memcmp(p + k, " via ", 5) == 0 ||
                memcmp(p + k, " for ", 5) == 0) {
                m = k;
                break;
            }
        trim(&p, &m);
        if (m == 0 || is_agency(p, m) || !looks_like_name(p, m))
            continue;
        /* A lone all-capital word is an agency's name, not a person's. */
        if (!find_in(p, m, ' ') && !utf8_has_lower(p, m))
            continue;
        return xstrndup(p, m);
    }
    return NULL;
}

/* ---- date -----------------------------------------------------------------
 */

static const char *const month_names[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};
static const char *const month_abbrevs[12] = {
    "Jan", "Feb", "Mar",  "Apr", "May", "Jun",
    "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
};

static bool is_letter_byte(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* The month named at s (full name, or abbreviation with optional '.'):
 * returns 1..12 and its length, or 0. */
static int month_at(const char *s, size_t n, size_t *mlen)
{
    for (int m = 0; m < 12; m++) {
        const char *names[2] = {month_names[m], month_abbrevs[m]};
        for (int k = 0; k < 2; k++) {
            size_t l = strlen(names[k]);
            if (n >= l && memcmp(s, names[k], l) == 0 &&
                (n == l || !is_letter_byte(s[l]))) {
                if (k == 1 && n > l && s[l] == '.')
                    l++;
                *mlen = l;
                return m + 1;
            }
        }
    }
    /* "Sep." as well as "Sept." */
    if (n >= 3 && memcmp(s, "Sep", 3) == 0 &&
        (n == 3 || !is_letter_byte(s[3]))) {
        *mlen = n > 3 && s[3] == '.' ? 4 : 3;
        return 9;
    }
    return 0;
}

static size_t read_number(const char *s, size_t n, size_t max_digits,
                          int *value)
{
    size_t i = 0;
    int v = 0;
    while (i < n && i < max_digits && utf8_is_ascii_digit(s[i]))
        v = v * 10 + (s[i++] - '0');
    if (i < n && utf8_is_ascii_digit(s[i]))
        return 0;
    *value = v;
    return i;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

/* "June 6, 2021" at i: returns its end, or 0. */
static size_t month_day_year(const char *s, size_t n, size_t i, int *y, int *mo,
                             int *d)
{
    size_t ml;
    int m = month_at(s + i, n - i, &ml);
    if (!m)
        return 0;
    size_t j = skip_spaces(s, n, i + ml);
    if (j == i + ml)
        return 0;
    size_t k = read_number(s + j, n - j, 2, d);
    if (!k)
        return 0;
    j += k;
    if (n - j >= 2 && (starts_ci(s + j, 2, "st") || starts_ci(s + j, 2, "nd") ||
                       starts_ci(s + j, 2, "rd") || starts_ci(s + j, 2, "th")))
        j += 2;
    if (j < n && s[j] == ',')
        j++;
    size_t y0 = skip_spaces(s, n, j);
    if (y0 == j)
        return 0;
    k = read_number(s + y0, n - y0, 4, y);
    if (k != 4)
        return 0;
    *mo = m;
    return y0 + 4;
}

/* "28 May 2016" at i: returns its end, or 0. */
static size_t day_month_year(const char *s, size_t n, size_t i, int *y, int *mo,
                             int *d)
{
    size_t k = read_number(s + i, n - i, 2, d);
    if (!k)
        return 0;
    size_t j = skip_spaces(s, n, i + k);
    if (j == i + k)
        return 0;
    size_t ml;
    int m = month_at(s + j, n - j, &ml);
    if (!m)
        return 0;
    size_t y0 = skip_spaces(s, n, j + ml);
    if (y0 == j + ml)
        return 0;
    if (read_number(s + y0, n - y0, 4, y) != 4)
        return 0;
    *mo = m;
    return y0 + 4;
}

char *caption_date(const char *text, size_t len, size_t *start, size_t *end)
{
    for (size_t i = 0; i < len; i++) {
        if (i > 0 &&
            (is_letter_byte(text[i - 1]) || utf8_is_ascii_digit(text[i - 1])))
            continue;
        int y = 0, m = 0, d = 0;
        size_t e = 0;
        if (text[i] >= 'A' && text[i] <= 'Z' && strchr("JFMASOND", text[i]))
            e = month_day_year(text, len, i, &y, &m, &d);
        else if (utf8_is_ascii_digit(text[i]))
            e = day_month_year(text, len, i, &y, &m, &d);
        if (!e || d < 1 || d > 31 || y < 1000)
            continue;
        if (start)
            *start = i;
        if (end)
            *end = e;
        return xasprintf("%04d-%02d-%02d", y, m, d);
    }
    return NULL;
}

/* ---- place ----------------------------------------------------------------
 */

static const char *const weekdays[] = {"Monday",   "Tuesday", "Wednesday",
                                       "Thursday", "Friday",  "Saturday",
                                       "Sunday"};

static bool is_weekday(const char *s, size_t n)
{
    for (size_t i = 0; i < 7; i++)
        if (n == strlen(weekdays[i]) && memcmp(s, weekdays[i], n) == 0)
            return true;
    return false;
}

static const char *const area_words[] = {
    "city",         "province",   "state",      "county",
    "district",     "region",     "village",    "town",
    "island",       "islands",    "prefecture", "governorate",
    "municipality", "department", "territory",  "oblast",
};

static bool is_area_word(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof area_words / sizeof *area_words; i++)
        if (n == strlen(area_words[i]) && memcmp(s, area_words[i], n) == 0)
            return true;
    return false;
}

static const char *const place_prepositions[] = {
    "in",  "at",     "near",    "outside", "inside", "from",
    "to",  "of",     "into",    "across",  "over",   "on",
    "off", "toward", "towards", "through",
};

static bool is_place_preposition(const char *s, size_t n)
{
    for (size_t i = 0;
         i < sizeof place_prepositions / sizeof *place_prepositions; i++)
        if (n == strlen(place_prepositions[i]) &&
            memcmp(s, place_prepositions[i], n) == 0)
            return true;
    return false;
}

/* The word ending at or before pos: [*ws, *we), trailing commas excluded
 * from *we but skipped. Returns false at the start of the text. */
static bool word_before(const char *s, size_t pos, size_t *ws, size_t *we)
{
    size_t e = pos;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ','))
        e--;
    size_t b = e;
    while (b > 0 && s[b - 1] != ' ' && s[b - 1] != ',' && s[b - 1] != '\n')
        b--;
    if (b == e)
        return false;
    *ws = b;
    *we = e;
    return true;
}

static char *trimmed_copy(const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ',' || s[n - 1] == ' '))
        n--;
    return n ? xstrndup(s, n) : NULL;
}

/* "in Guatemala City" after the date (the AP form "..., Monday, June 7,
 * 2021, at the National Palace in Guatemala City."). */
static char *place_after(const char *text, size_t from, size_t limit, bool last)
{
    size_t best_a = 0, best_b = 0;
    for (size_t i = from; i + 4 <= limit; i++) {
        if (text[i] != ' ' || text[i + 1] != 'i' || text[i + 2] != 'n' ||
            text[i + 3] != ' ')
            continue;
        size_t a = i + 4, b = a;
        while (b < limit) {
            size_t we = b;
            while (we < limit && text[we] != ' ' && text[we] != ',' &&
                   text[we] != '.')
                we++;
            size_t ml = 0;
            if (we == b || !utf8_starts_upper(text + b, we - b) ||
                is_weekday(text + b, we - b) ||
                (month_at(text + b, we - b, &ml) && ml >= we - b - 1))
                break;
            b = we;
            /* "City, Country" continues; ", after" or "." ends it. */
            if (b < limit && text[b] == ',' && b + 2 < limit &&
                text[b + 1] == ' ' &&
                utf8_starts_upper(text + b + 2, limit - b - 2))
                b += 2;
            else if (b < limit && text[b] == ' ' && b + 1 < limit &&
                     utf8_starts_upper(text + b + 1, limit - b - 1))
                b += 1;
            else
                break;
        }
        if (b > a) {
            best_a = a;
            best_b = b;
            if (!last)
                break;
            i = b - 1;
        }
    }
    return best_b > best_a ? trimmed_copy(text + best_a, best_b - best_a)
                           : NULL;
}

char *caption_place(const char *text, size_t len, size_t date_start,
                    size_t date_end, size_t limit)
{
    if (date_start > len || date_end > len || date_end < date_start)
        return NULL;
    if (limit > len)
        limit = len;
    /* No date: the last "in Place" is where the photo was taken. */
    if (date_start == date_end)
        return place_after(text, 0, limit, true);
    size_t pos = date_start, ws, we;
    /* Skip "Sunday," and "on" before the month. */
    if (word_before(text, pos, &ws, &we) && is_weekday(text + ws, we - ws))
        pos = ws;
    if (word_before(text, pos, &ws, &we) && we - ws == 2 &&
        memcmp(text + ws, "on", 2) == 0)
        pos = ws;
    size_t end = pos;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ','))
        end--;
    size_t start = end;
    int words = 0;
    while (words < 10 && word_before(text, start, &ws, &we) &&
           !is_weekday(text + ws, we - ws)) {
        /* "Naga city, Camarines Sur province": a generic word after a
         * capitalised name belongs to the place. */
        size_t ws2, we2;
        if (!utf8_starts_upper(text + ws, we - ws) &&
            !(is_area_word(text + ws, we - ws) && words > 0 &&
              word_before(text, ws, &ws2, &we2) &&
              utf8_starts_upper(text + ws2, we2 - ws2)))
            break;
        start = ws;
        words++;
    }
    if (words > 0 && word_before(text, start, &ws, &we)) {
        size_t ps = ws, pe = we;
        if (pe - ps == 3 && memcmp(text + ps, "the", 3) == 0 &&
            !word_before(text, ps, &ps, &pe))
            ps = pe = 0;
        if (is_place_preposition(text + ps, pe - ps))
            return trimmed_copy(text + start, end - start);
    }
    return place_after(text, date_end, limit, false);
}

/* ---- merging repeats --------------------------------------------------------
 */

struct caption_entry {
    size_t block;
    const char *text;
    size_t len;
    uint64_t hash;
};

struct caption_set {
    struct caption_entry *entries;
    size_t n_entries, cap_entries;
    size_t *counts;
    size_t cap_counts;
    size_t *slots; /* entry index + 1; 0 = empty */
    size_t n_slots;
    size_t *repeats; /* pairs: entry, block */
    size_t n_repeats, cap_repeats;
};

caption_set *caption_set_new(void)
{
    return xcalloc(1, sizeof(caption_set));
}

void caption_set_free(caption_set *s)
{
    if (!s)
        return;
    free(s->entries);
    free(s->counts);
    free(s->slots);
    free(s->repeats);
    free(s);
}

static void rehash(caption_set *s)
{
    size_t n = s->n_slots ? s->n_slots * 2 : 64;
    free(s->slots);
    s->slots = xcalloc(n, sizeof *s->slots);
    s->n_slots = n;
    for (size_t e = 0; e < s->n_entries; e++) {
        size_t i = (size_t)s->entries[e].hash & (n - 1);
        while (s->slots[i])
            i = (i + 1) & (n - 1);
        s->slots[i] = e + 1;
    }
}

void caption_set_add(caption_set *s, size_t block, const char *text, size_t len)
{
    uint64_t h = hash_bytes(text, len);
    if (s->n_slots) {
        for (size_t i = (size_t)h & (s->n_slots - 1); s->slots[i];
             i = (i + 1) & (s->n_slots - 1)) {
            size_t e = s->slots[i] - 1;
            const struct caption_entry *c = &s->entries[e];
            if (c->hash == h && c->len == len &&
                memcmp(c->text, text, len) == 0) {
                s->counts[e]++;
                XGROW(s->repeats, s->cap_repeats, s->n_repeats + 2);
                s->repeats[s->n_repeats++] = e;
                s->repeats[s->n_repeats++] = block;
                return;
            }
        }
    }
    XGROW(s->entries, s->cap_entries, s->n_entries + 1);
    XGROW(s->counts, s->cap_counts, s->n_entries + 1);
    s->entries[s->n_entries] = (struct caption_entry){block, text, len, h};
    s->counts[s->n_entries] = 1;
    s->n_entries++;
    if (s->n_entries * 2 > s->n_slots)
        rehash(s);
    else {
        size_t i = (size_t)h & (s->n_slots - 1);
        while (s->slots[i])
            i = (i + 1) & (s->n_slots - 1);
        s->slots[i] = s->n_entries;
    }
}

size_t caption_set_commit(caption_set *s, doc *d)
{
    size_t *ids = xcalloc(s->n_entries ? s->n_entries : 1, sizeof *ids);
    for (size_t e = 0; e < s->n_entries; e++) {
        const struct caption_entry *c = &s->entries[e];
        size_t cs = c->len;
        size_t ce = cs;
        char *credit = NULL, *photographer = NULL, *date = NULL, *place = NULL;
        if (caption_find_credit(c->text, c->len, &cs, &ce)) {
            credit = xstrndup(c->text + cs, ce - cs);
            photographer = caption_photographer(credit, ce - cs);
        }
        /* The date and place are read from the caption proper. */
        size_t body = cs;
        while (body > 0 &&
               (c->text[body - 1] == '(' || c->text[body - 1] == ' '))
            body--;
        size_t ds = 0, de = 0;
        date = caption_date(c->text, body, &ds, &de);
        place = caption_place(c->text, body, ds, de, body);
        doc_caption cap = {
            .block = c->block,
            .text = c->text,
            .credit = credit,
            .photographer = photographer,
            .date = date,
            .place = place,
            .count = s->counts[e],
        };
        ids[e] = doc_add_caption(d, &cap);
        free(credit);
        free(photographer);
        free(date);
        free(place);
    }
    for (size_t r = 0; r + 1 < s->n_repeats; r += 2)
        doc_caption_add_block(d, ids[s->repeats[r]], s->repeats[r + 1]);
    free(ids);
    return s->n_entries;
}
