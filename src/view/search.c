#include "search.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>

#include "utf8.h"
#include "xalloc.h"

struct search {
    search_match *matches;
    size_t n, cap;
};

bool search_is_case_sensitive(const char *query, size_t len)
{
    size_t i = 0;
    while (i < len) {
        ucs4_t cp;
        i += utf8_decode(query + i, len - i, &cp);
        if (utf8_is_upper(cp))
            return true;
    }
    return false;
}

bool search_has_accents(const char *query, size_t len)
{
    size_t n = 0;
    uint8_t *d =
        u8_normalize(UNINORM_NFD, (const uint8_t *)query, len, NULL, &n);
    if (!d)
        return false;
    bool marks = false;
    for (size_t i = 0; i < n && !marks;) {
        ucs4_t cp;
        i += utf8_decode((const char *)d + i, n - i, &cp);
        marks = uc_is_general_category(cp, UC_CATEGORY_M);
    }
    free(d);
    return marks;
}

/* Folded forms of recent non-ASCII characters: libunistring's folding is
 * exact but slow per call, and an article repeats its few accented
 * letters and curly quotes over and over. */
#define FOLD_CACHE 512
typedef struct {
    ucs4_t cp[FOLD_CACHE];
    uint8_t len[FOLD_CACHE]; /* 0: empty slot */
    uint8_t bytes[FOLD_CACHE][16];
} fold_cache;

/* Case-folds the character at s[0..len) into out; returns the folded length
 * and sets *used to the bytes it took. ASCII, the common case, skips
 * libunistring entirely. */
/* What a comparison ignores: case (no capital in the query), accents (no
 * accent in the query). */
enum { FOLD_CASE = 1, FOLD_MARKS = 2 };

/* Drops combining marks from a decomposed UTF-8 string in place. */
static size_t drop_marks(uint8_t *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        ucs4_t cp;
        size_t k = utf8_decode((const char *)s + i, n - i, &cp);
        if (!uc_is_general_category(cp, UC_CATEGORY_M)) {
            memmove(s + o, s + i, k);
            o += k;
        }
        i += k;
    }
    return o;
}

static size_t fold_char(const char *s, size_t len, uint8_t out[32],
                        size_t *used, fold_cache *cache, int mode)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        out[0] =
            (mode & FOLD_CASE) && c >= 'A' && c <= 'Z' ? (uint8_t)(c + 32) : c;
        *used = 1;
        return 1;
    }
    ucs4_t cp;
    size_t n = utf8_decode(s, len, &cp);
    *used = n;
    size_t slot = cp % FOLD_CACHE;
    if (cache && cache->len[slot] && cache->cp[slot] == cp) {
        memcpy(out, cache->bytes[slot], cache->len[slot]);
        return cache->len[slot];
    }
    size_t out_len = 32;
    uninorm_t nf = mode & FOLD_MARKS ? UNINORM_NFD : NULL;
    uint8_t *r = mode & FOLD_CASE ? u8_casefold((const uint8_t *)s, n, NULL, nf,
                                                out, &out_len)
                 : nf ? u8_normalize(nf, (const uint8_t *)s, n, out, &out_len)
                      : NULL;
    if (r != out) { /* failed, or longer than any real folding: as is */
        if (r)
            free(r);
        memcpy(out, s, n);
        out_len = n;
    }
    if (mode & FOLD_MARKS)
        out_len = drop_marks(out, out_len);
    if (cache && out_len <= 16) {
        cache->cp[slot] = cp;
        cache->len[slot] = (uint8_t)out_len;
        memcpy(cache->bytes[slot], out, out_len);
    }
    return out_len;
}

static char *fold_string(const char *s, size_t len, size_t *out_len, int mode)
{
    char *out = xmalloc(len * 4 + 32);
    size_t o = 0, i = 0;
    while (i < len) {
        uint8_t buf[32];
        size_t used;
        size_t n = fold_char(s + i, len - i, buf, &used, NULL, mode);
        if (o + n > len * 4 + 32) /* folding never grows this much */
            break;
        memcpy(out + o, buf, n);
        o += n;
        i += used;
    }
    *out_len = o;
    return out;
}

static void add_match(search *s, size_t block, size_t start, size_t end)
{
    XGROW(s->matches, s->cap, s->n + 1);
    s->matches[s->n++] = (search_match){block, start, end};
}

static void find_exact(search *s, size_t block, const char *text, size_t len,
                       const char *q, size_t qlen)
{
    size_t i = 0;
    while (i + qlen <= len) {
        const char *hit = memchr(text + i, q[0], len - qlen + 1 - i);
        if (!hit)
            return;
        size_t at = (size_t)(hit - text);
        if (memcmp(text + at, q, qlen) == 0) {
            add_match(s, block, at, at + qlen);
            i = at + qlen;
        } else {
            i = at + 1;
        }
    }
}

static unsigned char ascii_lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* Length in bytes of the text at `at` whose folded form equals the folded
 * query, or 0. ASCII is compared inline; other characters are folded. */
static size_t folded_match_at(const char *text, size_t len, size_t at,
                              const char *fq, size_t fqlen, fold_cache *cache,
                              int mode)
{
    size_t qi = 0, i = at;
    while (qi < fqlen) {
        if (i >= len)
            return 0;
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {
            if ((mode & FOLD_CASE ? ascii_lower(c) : c) !=
                (unsigned char)fq[qi])
                return 0;
            qi++;
            i++;
            continue;
        }
        uint8_t buf[32];
        size_t used;
        size_t n = fold_char(text + i, len - i, buf, &used, cache, mode);
        if (n == 0 && i == at)
            return 0; /* a match never starts on a lone mark */
        if (n > fqlen - qi || memcmp(buf, fq + qi, n) != 0)
            return 0;
        qi += n;
        i += used;
    }
    return i - at;
}

/* Bytes where a match may start: the query's first byte in either case,
 * and the start of any non-ASCII character (its folding may begin with
 * that byte: the Kelvin sign folds to k). */
static void start_bytes(const char *fq, bool start[256], int mode)
{
    unsigned char first = (unsigned char)fq[0];
    for (int b = 0; b < 0x100; b++)
        start[b] =
            b >= 0xC0 ||
            (b < 0x80 && (mode & FOLD_CASE ? ascii_lower((unsigned char)b)
                                           : (unsigned char)b) == first);
}

static void find_folded(search *s, size_t block, const char *text, size_t len,
                        const char *fq, size_t fqlen, const bool start[256],
                        fold_cache *cache, int mode)
{
    const unsigned char *t = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        while (i < len && !start[t[i]])
            i++;
        if (i >= len)
            break;
        size_t n = folded_match_at(text, len, i, fq, fqlen, cache, mode);
        if (n) {
            add_match(s, block, i, i + n);
            i += n;
        } else {
            i++;
        }
    }
}

search *search_run(const doc *d, const char *query, size_t len)
{
    search *s = xcalloc(1, sizeof *s);
    if (len == 0)
        return s;
    int mode = (search_is_case_sensitive(query, len) ? 0 : FOLD_CASE) |
               (search_has_accents(query, len) ? 0 : FOLD_MARKS);
    bool exact = mode == 0;
    size_t fqlen = 0;
    char *fq = exact ? NULL : fold_string(query, len, &fqlen, mode);
    fold_cache *cache = exact ? NULL : xcalloc(1, sizeof *cache);
    bool start[256];
    if (!exact && fqlen > 0)
        start_bytes(fq, start, mode);
    size_t n = doc_block_count(d);
    for (size_t b = 0; b < n; b++) {
        const doc_block *blk = doc_block_get(d, b);
        if (exact)
            find_exact(s, b, blk->text, blk->len, query, len);
        else if (fqlen > 0)
            find_folded(s, b, blk->text, blk->len, fq, fqlen, start, cache,
                        mode);
    }
    free(fq);
    free(cache);
    return s;
}

void search_free(search *s)
{
    if (!s)
        return;
    free(s->matches);
    free(s);
}

size_t search_count(const search *s)
{
    return s ? s->n : 0;
}

const search_match *search_get(const search *s, size_t i)
{
    return s && i < s->n ? &s->matches[i] : NULL;
}

size_t search_first_from(const search *s, size_t block, size_t offset)
{
    if (!s)
        return 0;
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const search_match *m = &s->matches[mid];
        if (m->block < block || (m->block == block && m->start < offset))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void search_in_range(const search *s, size_t block, size_t start, size_t end,
                     size_t *first, size_t *count)
{
    *first = 0;
    *count = 0;
    if (!s || s->n == 0)
        return;
    /* Matches never overlap, so the one before the first starting at
     * `start` may still reach into the range. */
    size_t i = search_first_from(s, block, start);
    if (i > 0 && s->matches[i - 1].block == block &&
        s->matches[i - 1].end > start)
        i--;
    size_t j = i;
    while (j < s->n && s->matches[j].block == block &&
           s->matches[j].start < end)
        j++;
    *first = i;
    *count = j - i;
}
