/* UTF-8 helpers: thin wrappers so the analysers share one notion of a
 * character, a letter, a space and a look-up key. */
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "xalloc.h"

size_t utf8_decode_multibyte(const char *s, size_t len, ucs4_t *cp)
{
    if (len == 0) {
        *cp = 0;
        return 0;
    }
    int n = u8_mbtoucr(cp, (const uint8_t *)s, len);
    if (n < 1) {
        /* One byte at a time keeps scans linear and resynchronising. */
        *cp = 0xFFFD;
        return 1;
    }
    return (size_t)n;
}

size_t utf8_prev(const char *s, size_t pos)
{
    if (pos == 0)
        return 0;
    const unsigned char *u = (const unsigned char *)s;
    size_t start = pos - 1;
    size_t back = 0;
    while (start > 0 && back < 3 && (u[start] & 0xC0) == 0x80) {
        start--;
        back++;
    }
    /* Accept the lead byte only if it really spans up to pos. */
    ucs4_t cp;
    if (utf8_decode(s + start, pos - start, &cp) == pos - start)
        return start;
    return pos - 1;
}

size_t utf8_encode(ucs4_t cp, char *buf)
{
    int n = u8_uctomb((uint8_t *)buf, cp, 4);
    if (n < 1)
        n = u8_uctomb((uint8_t *)buf, 0xFFFD, 4);
    return (size_t)n;
}

bool utf8_is_valid(const char *s, size_t len)
{
    return u8_check((const uint8_t *)s, len) == NULL;
}

/* The ASCII answers are inline in the header; these cover the rest. */
bool utf8_is_upper_nonascii(ucs4_t cp)
{
    return uc_is_general_category(cp, UC_UPPERCASE_LETTER) ||
           uc_is_general_category(cp, UC_TITLECASE_LETTER);
}

bool utf8_is_lower_nonascii(ucs4_t cp)
{
    return uc_is_general_category(cp, UC_LOWERCASE_LETTER);
}

bool utf8_is_alpha_nonascii(ucs4_t cp)
{
    return uc_is_general_category(cp, UC_CATEGORY_L);
}

bool utf8_is_digit_nonascii(ucs4_t cp)
{
    return uc_is_general_category(cp, UC_DECIMAL_DIGIT_NUMBER);
}

bool utf8_is_space_nonascii(ucs4_t cp)
{
    return uc_is_property_white_space(cp);
}

bool utf8_is_dash(ucs4_t cp)
{
    if (cp < 0x80)
        return cp == '-';
    return uc_is_property_dash(cp);
}

bool utf8_is_quote_mark(ucs4_t cp)
{
    if (cp < 0x80)
        return cp == '"' || cp == '\'';
    return uc_is_property_quotation_mark(cp);
}

bool utf8_is_mark(ucs4_t cp)
{
    if (cp < 0x300)
        return false;
    return uc_is_general_category(cp, UC_CATEGORY_M);
}

/* libunistring allocates with malloc; give the result a terminator and
 * treat failure like any other allocation failure. */
static char *terminated(uint8_t *r, size_t n, size_t *out_len)
{
    if (!r)
        xalloc_die("out of memory (unicode conversion)");
    char *p = xreallocarray(r, n + 1, 1);
    p[n] = '\0';
    if (out_len)
        *out_len = n;
    return p;
}

char *utf8_casefold(const char *s, size_t len, size_t *out_len)
{
    size_t n = 0;
    uint8_t *r =
        u8_casefold((const uint8_t *)s, len, NULL, UNINORM_NFC, NULL, &n);
    return terminated(r, n, out_len);
}

char *utf8_fold_key(const char *s, size_t len, size_t *out_len)
{
    size_t n = 0;
    uint8_t *r =
        u8_casefold((const uint8_t *)s, len, NULL, UNINORM_NFKD, NULL, &n);
    if (!r)
        xalloc_die("out of memory (unicode conversion)");
    /* Drop the marks in place: the result only shrinks. */
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        ucs4_t cp;
        size_t k = utf8_decode((const char *)r + i, n - i, &cp);
        if (!utf8_is_mark(cp)) {
            memmove(r + w, r + i, k);
            w += k;
        }
        i += k;
    }
    size_t m = 0;
    uint8_t *c = u8_normalize(UNINORM_NFC, r, w, NULL, &m);
    free(r);
    return terminated(c, m, out_len);
}

size_t utf8_width(const char *s, size_t len)
{
    int w = u8_width((const uint8_t *)s, len, "UTF-8");
    return w < 0 ? 0 : (size_t)w;
}

bool utf8_starts_upper(const char *s, size_t n)
{
    ucs4_t cp;
    return n > 0 && utf8_decode(s, n, &cp) > 0 && utf8_is_upper(cp);
}

bool utf8_has_lower(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        ucs4_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (utf8_is_lower(cp))
            return true;
    }
    return false;
}
