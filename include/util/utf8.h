/* utf8 — small UTF-8 helpers over libunistring, shared by every analyser.
 *
 * Contract: strings are UTF-8 given as (pointer, byte length); they need not
 * be NUL-terminated. Decoding never fails: an invalid or truncated sequence
 * reads as U+FFFD and consumes exactly one byte, so a scan always advances.
 * The character classes take a code point and follow Unicode (not the C
 * locale). Returned strings are freshly allocated (free() them),
 * NUL-terminated, with their byte length in *out_len (which may be NULL).
 * Nothing here prints or touches the model. */
#ifndef DATELINE_UTF8_H
#define DATELINE_UTF8_H

#include <stdbool.h>
#include <stddef.h>

#include <unitypes.h>

/* Out-of-line halves of the inline functions below, for non-ASCII input;
 * call the inline ones. */
size_t utf8_decode_multibyte(const char *s, size_t len, ucs4_t *cp);
bool utf8_is_upper_nonascii(ucs4_t cp);
bool utf8_is_lower_nonascii(ucs4_t cp);
bool utf8_is_alpha_nonascii(ucs4_t cp);
bool utf8_is_digit_nonascii(ucs4_t cp);
bool utf8_is_space_nonascii(ucs4_t cp);

/* Case-insensitive equality of s[0..n) with a lower-case ASCII literal, for
 * matching fixed English words ("photo by", "contributed"); stops at the
 * first difference, so it is cheap on long text. */
static inline bool utf8_ascii_eq_ci(const char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n; i++) {
        char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
        if (!lit[i] || c != lit[i])
            return false;
    }
    return lit[i] == '\0';
}

/* The code point at s (len bytes available) into *cp; returns the bytes
 * consumed, >= 1 when len > 0 (0 only when len == 0, with *cp = 0). Inline
 * with an ASCII fast path: analysers call this for every character. */
static inline size_t utf8_decode(const char *s, size_t len, ucs4_t *cp)
{
    if (len > 0 && (unsigned char)s[0] < 0x80) {
        *cp = (unsigned char)s[0];
        return 1;
    }
    return utf8_decode_multibyte(s, len, cp);
}
/* Start of the character that ends at pos (pos > 0); 0 when pos == 0.
 * Stray continuation bytes count as one character each. */
size_t utf8_prev(const char *s, size_t pos);
/* Writes cp's UTF-8 form into buf (at least 4 bytes); returns its length
 * (U+FFFD for values outside Unicode). */
size_t utf8_encode(ucs4_t cp, char *buf);
/* True when all len bytes are well-formed UTF-8. */
bool utf8_is_valid(const char *s, size_t len);

/* Uppercase or titlecase letter. */
/* An ASCII digit byte, 0-9 (numbers in dates and credit lines). */
static inline bool utf8_is_ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

static inline bool utf8_is_upper(ucs4_t cp)
{
    return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : utf8_is_upper_nonascii(cp);
}
static inline bool utf8_is_lower(ucs4_t cp)
{
    return cp < 0x80 ? cp >= 'a' && cp <= 'z' : utf8_is_lower_nonascii(cp);
}
/* Any letter (L*). */
static inline bool utf8_is_alpha(ucs4_t cp)
{
    return cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'
                     : utf8_is_alpha_nonascii(cp);
}
/* Decimal digit (Nd), not just 0-9. */
static inline bool utf8_is_digit(ucs4_t cp)
{
    return cp < 0x80 ? cp >= '0' && cp <= '9' : utf8_is_digit_nonascii(cp);
}
static inline bool utf8_is_alnum(ucs4_t cp)
{
    return utf8_is_alpha(cp) || utf8_is_digit(cp);
}
/* White_Space: NBSP, thin space, LF ... */
static inline bool utf8_is_space(ucs4_t cp)
{
    return cp < 0x80 ? cp == ' ' || (cp >= '\t' && cp <= '\r')
                     : utf8_is_space_nonascii(cp);
}
/* Dash property: - – — ― and friends (hyphen-minus included). */
bool utf8_is_dash(ucs4_t cp);
/* The first character of s[0, n) is upper case; some character is lower. */
bool utf8_starts_upper(const char *s, size_t n);
bool utf8_has_lower(const char *s, size_t n);
/* Quotation_Mark property: " ' « » ‘ ’ ‚ ‛ “ ” „ ‟ ‹ › and CJK brackets.
 * The grave accent ` (used doubled as an opening quote) is NOT included. */
bool utf8_is_quote_mark(ucs4_t cp);
/* Combining mark (M*): accents that follow their base letter. */
bool utf8_is_mark(ucs4_t cp);

/* Unicode case fold, result in NFC ("Straße" -> "strasse"). */
char *utf8_casefold(const char *s, size_t len, size_t *out_len);
/* Look-up key: case fold, compatibility decomposition, combining marks
 * dropped, back to NFC. "López", "LOPEZ" and "lopez" give "lopez". */
char *utf8_fold_key(const char *s, size_t len, size_t *out_len);
/* Columns the text takes in a terminal (East Asian wide = 2, marks = 0,
 * control characters ignored). */
size_t utf8_width(const char *s, size_t len);

#endif
