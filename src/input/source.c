/* Reading and decoding article input. The raw bytes are read once, checked
 * once (NUL, UTF-8 validity), converted once (BOM, line ends, cp1252) and
 * normalised once: every step is linear in the input. */
#include "source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <uninorm.h>
#include <unistr.h>

#include "utf8.h"
#include "xalloc.h"

enum { READ_CHUNK = 1 << 16 };

/* Windows-1252 0x80..0x9F; the five unassigned bytes map to U+FFFD. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

static int fail(char **err, char *reason)
{
    if (err)
        *err = reason;
    else
        free(reason);
    return -1;
}

static char *too_large(size_t max_bytes)
{
    if (max_bytes >= ((size_t)1 << 20) && max_bytes % ((size_t)1 << 20) == 0)
        return xasprintf("file too large (over %zu MB)", max_bytes >> 20);
    return xasprintf("file too large (over %zu bytes)", max_bytes);
}

void source_text_free(source_text *t)
{
    free(t->text);
    t->text = NULL;
    t->len = 0;
}

/* Appends one code point, turning CR and CRLF into LF. */
static size_t put_char(char *dst, size_t w, ucs4_t cp, bool *after_cr)
{
    if (*after_cr && cp == '\n') {
        *after_cr = false;
        return w;
    }
    *after_cr = cp == '\r';
    if (cp == '\r')
        cp = '\n';
    return w + utf8_encode(cp, dst + w);
}

/* Valid UTF-8: only line ends change, so copy byte runs. */
static size_t copy_utf8(const char *src, size_t len, char *dst)
{
    size_t w = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            dst[w++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
        } else {
            dst[w++] = c;
        }
    }
    return w;
}

static size_t copy_cp1252(const char *src, size_t len, char *dst)
{
    size_t w = 0;
    bool after_cr = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)src[i];
        ucs4_t cp = b >= 0x80 && b < 0xA0 ? cp1252_high[b - 0x80] : b;
        w = put_char(dst, w, cp, &after_cr);
    }
    return w;
}

static bool all_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* Characters that are NFC and never compose with a neighbour: Latin up to
 * the combining marks, general punctuation, currency signs, and common
 * letters of other scripts. Text made only of these is already NFC. */
static bool nfc_inert(ucs4_t cp)
{
    return cp < 0x300 || (cp >= 0x2002 && cp <= 0x2064) ||
           (cp >= 0x20A0 && cp <= 0x20C0) || (cp >= 0x0400 && cp <= 0x0482) ||
           (cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || cp == 0xFFFD;
}

static bool line_inert(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        ucs4_t cp;
        i += utf8_decode(s + i, len - i, &cp);
        if (!nfc_inert(cp))
            return false;
    }
    return true;
}

static uint8_t *nfc_or_die(const char *s, size_t n, size_t *out_len)
{
    uint8_t *r =
        u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, out_len);
    if (!r)
        xalloc_die("out of memory (normalisation)");
    return r;
}

/* NFC, line by line: a line feed never composes, so only the lines that
 * hold something libunistring must look at go through u8_normalize (it is
 * several times slower than copying). Takes ownership of buf. */
static char *normalize_lines(char *buf, size_t n, size_t *out_len)
{
    char *out = NULL;
    size_t w = 0, cap = 0, copied = 0;
    for (size_t a = 0; a < n;) {
        const char *nl = memchr(buf + a, '\n', n - a);
        size_t b = nl ? (size_t)(nl - buf) : n;
        if (!line_inert(buf + a, b - a)) {
            if (!out) {
                cap = n + n / 8 + 16;
                out = xmalloc(cap);
            }
            /* Flush the inert lines before this one, then this one. */
            XGROW(out, cap, w + (a - copied) + 1);
            memcpy(out + w, buf + copied, a - copied);
            w += a - copied;
            size_t m = 0;
            uint8_t *nfc = nfc_or_die(buf + a, b - a, &m);
            XGROW(out, cap, w + m + 1);
            memcpy(out + w, nfc, m);
            w += m;
            free(nfc);
            copied = b;
        }
        a = b + 1;
    }
    if (!out) {
        *out_len = n;
        return buf;
    }
    XGROW(out, cap, w + (n - copied) + 1);
    memcpy(out + w, buf + copied, n - copied);
    w += n - copied;
    out[w] = '\0';
    free(buf);
    *out_len = w;
    return out;
}

int source_decode(const char *bytes, size_t len, source_text *out, char **err)
{
    out->text = NULL;
    out->len = 0;
    out->from_cp1252 = false;

    if (len >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                     (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
        return fail(err, xstrdup("UTF-16 text is not supported "
                                 "(convert it to UTF-8 first)"));
    const char *nul = memchr(bytes, '\0', len);
    if (nul)
        return fail(err, xasprintf("binary file (NUL byte at offset %zu)",
                                   (size_t)(nul - bytes)));
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
        bytes += 3;
        len -= 3;
    }

    bool ascii = all_ascii(bytes, len);
    bool cp1252 = !ascii && !utf8_is_valid(bytes, len);
    if (cp1252 && len > (SIZE_MAX - 1) / 3)
        return fail(err, too_large(SIZE_MAX / 3));
    char *buf = xmalloc(cp1252 ? len * 3 + 1 : len + 1);
    size_t n =
        cp1252 ? copy_cp1252(bytes, len, buf) : copy_utf8(bytes, len, buf);
    buf[n] = '\0';

    /* cp1252 gives no combining marks, so its text is NFC already. */
    if (!ascii && !cp1252)
        buf = normalize_lines(buf, n, &n);
    out->text = buf;
    out->len = n;
    out->from_cp1252 = cp1252;
    return 0;
}

int source_slurp_fd(int fd, size_t max_bytes, char **bytes, size_t *len,
                    char **err)
{
    *bytes = NULL;
    *len = 0;
    struct stat st;
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return fail(err, xstrdup(strerror(EISDIR)));
        if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max_bytes)
            return fail(err, too_large(max_bytes));
    }

    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        /* One byte past the limit is enough to know it was passed; n never
         * exceeds max_bytes here. */
        size_t remaining = max_bytes - n;
        size_t want = remaining < READ_CHUNK ? remaining + 1 : READ_CHUNK;
        XGROW(buf, cap, n + want + 1);
        ssize_t r = read(fd, buf + n, want);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int saved = errno;
            free(buf);
            return fail(err, xstrdup(strerror(saved)));
        }
        if (r == 0)
            break;
        n += (size_t)r;
        if (n > max_bytes) {
            free(buf);
            return fail(err, too_large(max_bytes));
        }
    }
    if (!buf)
        buf = xmalloc(1);
    buf[n] = '\0';
    *bytes = buf;
    *len = n;
    return 0;
}

int source_slurp_path(const char *path, size_t max_bytes, char **bytes,
                      size_t *len, char **err)
{
    *bytes = NULL;
    *len = 0;
    int fd;
    do
        fd = open(path, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return fail(err, xstrdup(strerror(errno)));
    int rc = source_slurp_fd(fd, max_bytes, bytes, len, err);
    close(fd);
    return rc;
}

int source_read_fd_max(int fd, size_t max_bytes, source_text *out, char **err)
{
    out->text = NULL;
    out->len = 0;
    out->from_cp1252 = false;
    char *buf;
    size_t n;
    if (source_slurp_fd(fd, max_bytes, &buf, &n, err) != 0)
        return -1;
    int rc = source_decode(buf, n, out, err);
    free(buf);
    return rc;
}

int source_read_fd(int fd, source_text *out, char **err)
{
    return source_read_fd_max(fd, SOURCE_MAX_BYTES, out, err);
}

int source_read_path_max(const char *path, size_t max_bytes, source_text *out,
                         char **err)
{
    out->text = NULL;
    out->len = 0;
    out->from_cp1252 = false;
    char *buf;
    size_t n;
    if (source_slurp_path(path, max_bytes, &buf, &n, err) != 0)
        return -1;
    int rc = source_decode(buf, n, out, err);
    free(buf);
    return rc;
}

int source_read_path(const char *path, source_text *out, char **err)
{
    return source_read_path_max(path, SOURCE_MAX_BYTES, out, err);
}
