/* Web pages in: sniffing, charset choice, decoding to UTF-8 and parsing.
 * Each step is one linear pass over the bytes. */
#include "html.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "xalloc.h"

/* How far into the page charset declarations and tags are looked for. */
enum { SNIFF_WINDOW = 1024, META_WINDOW = 8192 };

/* Windows-1252 0x80..0x9F; the five unassigned bytes map to U+FFFD. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Case-insensitive prefix test against a lower-case literal. */
static bool at_ci(const char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; lit[i]; i++)
        if (i >= n || lower(s[i]) != lit[i])
            return false;
    return true;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static size_t skip_bom(const char *b, size_t n)
{
    return n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

bool html_sniff(const char *bytes, size_t len)
{
    static const char *const tags[] = {
        "<!doctype html", "<html",   "<head", "<body", "<meta",
        "<title",         "<p>",     "<p ",   "<div",  "<article",
        "<!--",           "<script", "<link", "<h1",   "<h2",
        "<table",         "<br",
    };
    size_t n = len < SNIFF_WINDOW ? len : SNIFF_WINDOW;
    size_t i = skip_bom(bytes, n);
    if (n >= 2 &&
        ((unsigned char)bytes[0] == 0xFF || (unsigned char)bytes[0] == 0xFE))
        return false; /* UTF-16: refused like any binary input */
    while (i < n && is_blank(bytes[i]))
        i++;
    /* The page itself opens with markup ... */
    if (i < n && bytes[i] == '<')
        for (size_t k = 0; k < sizeof tags / sizeof *tags; k++)
            if (at_ci(bytes + i, n - i, tags[k]))
                return true;
    /* ... or a document-level tag appears early (after an XML prolog or
     * stray text). */
    for (size_t j = i; j + 5 < n; j++)
        if (bytes[j] == '<' && (at_ci(bytes + j, n - j, "<!doctype html") ||
                                at_ci(bytes + j, n - j, "<html") ||
                                at_ci(bytes + j, n - j, "<head>") ||
                                at_ci(bytes + j, n - j, "<body")))
            return true;
    return false;
}

/* ---- charset names ----------------------------------------------------- */

typedef enum {
    CS_UNKNOWN,
    CS_UTF8,
    CS_CP1252,
    CS_UTF16LE,
    CS_UTF16BE,
    CS_OTHER
} cs_kind;

/* The charset's kind; a name for iconv is copied into name (CS_OTHER). */
static cs_kind charset_kind(const char *s, size_t n, char name[40])
{
    while (n > 0 && (is_blank(*s) || *s == '"' || *s == '\''))
        s++, n--;
    size_t m = 0;
    while (m < n && m < 39 &&
           ((s[m] >= 'a' && s[m] <= 'z') || (s[m] >= 'A' && s[m] <= 'Z') ||
            (s[m] >= '0' && s[m] <= '9') || s[m] == '-' || s[m] == '_' ||
            s[m] == '.' || s[m] == ':'))
        m++;
    if (m == 0)
        return CS_UNKNOWN;
    for (size_t i = 0; i < m; i++)
        name[i] = lower(s[i]);
    name[m] = '\0';
    if (!strcmp(name, "utf-8") || !strcmp(name, "utf8") ||
        !strcmp(name, "unicode-1-1-utf-8"))
        return CS_UTF8;
    /* As browsers do: Latin-1 and ASCII labels mean Windows-1252. */
    if (!strcmp(name, "iso-8859-1") || !strcmp(name, "latin1") ||
        !strcmp(name, "iso8859-1") || !strcmp(name, "l1") ||
        !strcmp(name, "us-ascii") || !strcmp(name, "ascii") ||
        !strcmp(name, "windows-1252") || !strcmp(name, "cp1252") ||
        !strcmp(name, "x-cp1252") || !strcmp(name, "iso_8859-1") ||
        !strcmp(name, "cp819"))
        return CS_CP1252;
    if (!strcmp(name, "utf-16le"))
        return CS_UTF16LE;
    if (!strcmp(name, "utf-16be"))
        return CS_UTF16BE;
    if (!strcmp(name, "utf-16"))
        return CS_UTF16LE;
    return CS_OTHER;
}

/* Finds "charset=" inside the first <meta> tags. */
static cs_kind meta_charset(const char *b, size_t n, char name[40])
{
    if (n > META_WINDOW)
        n = META_WINDOW;
    for (size_t i = 0; i + 5 < n; i++) {
        if (b[i] != '<' || !at_ci(b + i, n - i, "<meta"))
            continue;
        const char *gt = memchr(b + i, '>', n - i);
        size_t end = gt ? (size_t)(gt - b) : n;
        for (size_t j = i + 5; j + 8 < end; j++)
            if (lower(b[j]) == 'c' && at_ci(b + j, end - j, "charset")) {
                size_t k = j + 7;
                while (k < end && is_blank(b[k]))
                    k++;
                if (k < end && b[k] == '=') {
                    k++;
                    while (k < end && is_blank(b[k]))
                        k++;
                    cs_kind c = charset_kind(b + k, end - k, name);
                    /* A page cannot be UTF-16 and say so in ASCII. */
                    if (c == CS_UTF16LE || c == CS_UTF16BE)
                        c = CS_UTF8;
                    if (c != CS_UNKNOWN)
                        return c;
                }
            }
        i = end;
    }
    return CS_UNKNOWN;
}

/* ---- decoding ---------------------------------------------------------- */

static size_t put_cp(char *dst, ucs4_t cp)
{
    return utf8_encode(cp, dst);
}

/* UTF-8 with Windows-1252 for each invalid byte; NUL becomes U+FFFD. */
static size_t decode_utf8(const char *s, size_t n, char *dst, bool *cp1252)
{
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c && c < 0x80) {
            dst[w++] = (char)c;
            i++;
            continue;
        }
        if (!c) {
            w += put_cp(dst + w, 0xFFFD);
            i++;
            continue;
        }
        ucs4_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (cp == 0xFFFD && !(k == 3 && utf8_is_valid(s + i, 3))) {
            *cp1252 = true;
            cp = c < 0xA0 ? cp1252_high[c - 0x80] : c;
            k = 1;
        }
        w += put_cp(dst + w, cp);
        i += k;
    }
    return w;
}

static size_t decode_cp1252(const char *s, size_t n, char *dst)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        ucs4_t cp = c >= 0x80 && c < 0xA0 ? cp1252_high[c - 0x80]
                    : c                   ? c
                                          : 0xFFFD;
        w += put_cp(dst + w, cp);
    }
    return w;
}

static size_t decode_utf16(const char *s, size_t n, char *dst, bool be)
{
    size_t w = 0;
    for (size_t i = 0; i + 1 < n; i += 2) {
        unsigned u = be ? ((unsigned char)s[i] << 8) | (unsigned char)s[i + 1]
                        : ((unsigned char)s[i + 1] << 8) | (unsigned char)s[i];
        ucs4_t cp = u;
        if (u >= 0xD800 && u < 0xDC00 && i + 3 < n) {
            unsigned v =
                be ? ((unsigned char)s[i + 2] << 8) | (unsigned char)s[i + 3]
                   : ((unsigned char)s[i + 3] << 8) | (unsigned char)s[i + 2];
            if (v >= 0xDC00 && v < 0xE000) {
                cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                i += 2;
            } else {
                cp = 0xFFFD;
            }
        } else if ((u >= 0xD800 && u < 0xE000) || u == 0) {
            cp = 0xFFFD;
        }
        w += put_cp(dst + w, cp);
    }
    return w;
}

/* Any other charset through iconv; bytes it cannot read become U+FFFD.
 * Returns SIZE_MAX when iconv does not know the charset. */
static size_t decode_iconv(const char *name, const char *s, size_t n, char *dst,
                           size_t cap)
{
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1)
        return SIZE_MAX;
    char *in = (char *)s, *out = dst;
    size_t inleft = n, outleft = cap;
    while (inleft > 0) {
        if (iconv(cd, &in, &inleft, &out, &outleft) != (size_t)-1)
            break;
        if (errno == E2BIG || outleft < 4)
            break; /* cap is ample; stop rather than overrun */
        /* EILSEQ / EINVAL: one byte unreadable. */
        out += put_cp(out, 0xFFFD);
        outleft -= 3;
        in++;
        inleft--;
    }
    iconv(cd, NULL, NULL, &out, &outleft);
    iconv_close(cd);
    /* NUL bytes read through iconv stay NUL: make them U+FFFD-free spaces. */
    size_t w = (size_t)(out - dst);
    for (size_t i = 0; i < w; i++)
        if (!dst[i])
            dst[i] = ' ';
    return w;
}

static bool has_utf8_sequences(const char *s, size_t n)
{
    bool high = false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) {
            high = true;
            break;
        }
    return high && utf8_is_valid(s, n);
}

char *html_decode(const char *bytes, size_t len, const char *charset,
                  size_t *out_len, bool *from_cp1252)
{
    bool cp1252 = false;
    char name[40] = "";
    cs_kind kind = CS_UNKNOWN;
    size_t start = 0;
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
        kind = CS_UTF8;
        start = 3;
    } else if (len >= 2 && memcmp(bytes, "\xFF\xFE", 2) == 0) {
        kind = CS_UTF16LE;
        start = 2;
    } else if (len >= 2 && memcmp(bytes, "\xFE\xFF", 2) == 0) {
        kind = CS_UTF16BE;
        start = 2;
    }
    if (kind == CS_UNKNOWN && charset)
        kind = charset_kind(charset, strlen(charset), name);
    if (kind == CS_UNKNOWN)
        kind = meta_charset(bytes, len, name);
    const char *s = bytes + start;
    size_t n = len - start;
    /* A single-byte label on bytes that are valid multi-byte UTF-8 is a
     * mislabel: real Latin-1 text almost never forms valid sequences. */
    if ((kind == CS_CP1252 || kind == CS_OTHER) && start == 0 &&
        has_utf8_sequences(s, n))
        kind = CS_UTF8;
    /* UTF-16 text may take 3 bytes per 2; other charsets at most 4 per 1
     * (iconv) and Windows-1252 3 per 1. */
    if (n > (SIZE_MAX - 8) / 4)
        n = (SIZE_MAX - 8) / 4;
    size_t cap = (kind == CS_OTHER ? 4 * n : 3 * n) + 8;
    char *dst = xmalloc(cap);
    size_t w;
    if (kind == CS_CP1252)
        w = decode_cp1252(s, n, dst);
    else if (kind == CS_UTF16LE || kind == CS_UTF16BE)
        w = decode_utf16(s, n, dst, kind == CS_UTF16BE);
    else if (kind == CS_OTHER &&
             (w = decode_iconv(name, s, n, dst, cap - 1)) != SIZE_MAX)
        ; /* read by iconv */
    else  /* UTF-8, and charsets iconv does not know */
        w = decode_utf8(s, n, dst, &cp1252);
    dst[w] = '\0';
    if (from_cp1252)
        *from_cp1252 = cp1252;
    *out_len = w;
    return dst;
}

/* The common case: a page whose bytes are already clean UTF-8 (no BOM, no
 * NUL, valid, not declared otherwise) is parsed where it lies. */
static bool parse_in_place(const char *bytes, size_t len, const char *charset)
{
    char name[40];
    if (len >= 2 &&
        ((unsigned char)bytes[0] >= 0xFE || ((unsigned char)bytes[0] == 0xEF)))
        return false;
    cs_kind k =
        charset ? charset_kind(charset, strlen(charset), name) : CS_UNKNOWN;
    if (k == CS_UNKNOWN)
        k = meta_charset(bytes, len, name);
    if (k != CS_UTF8 && k != CS_UNKNOWN && !has_utf8_sequences(bytes, len))
        return false;
    return !memchr(bytes, '\0', len) && utf8_is_valid(bytes, len);
}

htmlDocPtr html_parse(const char *bytes, size_t len, const char *charset,
                      bool *from_cp1252)
{
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
               HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT |
               HTML_PARSE_IGNORE_ENC;
    if (len <= INT32_MAX && parse_in_place(bytes, len, charset)) {
        if (from_cp1252)
            *from_cp1252 = false;
        return htmlReadMemory(bytes, (int)len, NULL, "UTF-8", opts);
    }
    size_t n;
    char *text = html_decode(bytes, len, charset, &n, from_cp1252);
    if (n > INT32_MAX)
        n = INT32_MAX;
    htmlDocPtr doc = htmlReadMemory(text, (int)n, NULL, "UTF-8", opts);
    free(text);
    return doc;
}
