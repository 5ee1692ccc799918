#include "names.h"

#include <string.h>

#include "layout.h"
#include "utf8.h"

#define ELLIPSIS "\xe2\x80\xa6"

static size_t width(const char *s)
{
    return layout_text_width(s, strlen(s));
}

/* Copies at most cap-1 bytes, never cutting a character. */
static void copy(char *out, size_t cap, const char *s, size_t len)
{
    if (cap == 0)
        return;
    if (len >= cap) {
        len = cap - 1;
        while (len > 0 && (s[len] & 0xC0) == 0x80)
            len--;
    }
    memcpy(out, s, len);
    out[len] = '\0';
}

bool names_fit(const char *name, size_t max, char *out, size_t cap)
{
    size_t len = strlen(name);
    copy(out, cap, name, len);
    if (width(name) <= max || cap == 0)
        return false;
    /* Given names to initials, from the first, while the last word stays
     * whole. Only words that start with a letter become initials. */
    char buf[512];
    copy(buf, sizeof buf, name, len);
    for (;;) {
        char *last = strrchr(buf, ' ');
        if (!last)
            break;
        /* the first word not yet an initial ("X." is one) */
        char *w = buf;
        while (w < last) {
            char *end = strchr(w, ' ');
            size_t wl = (size_t)(end - w);
            ucs4_t cp;
            size_t n = utf8_decode(w, wl, &cp);
            bool initial = wl == n + 1 && w[n] == '.';
            if (!initial && utf8_is_alpha(cp))
                break;
            w = end + 1;
        }
        if (w >= last)
            break;
        ucs4_t cp;
        size_t n = utf8_decode(w, strlen(w), &cp);
        char *end = strchr(w, ' ');
        /* "Andres " becomes "A. " */
        memmove(w + n + 1, end, strlen(end) + 1);
        w[n] = '.';
        if (width(buf) <= max) {
            copy(out, cap, buf, strlen(buf));
            return true;
        }
    }
    /* Still too wide: keep the end, after an ellipsis. */
    if (max == 0) {
        copy(out, cap, "", 0);
        return true;
    }
    /* at a word's start (after a space or hyphen) when one fits, else at
     * a character */
    const char *s = name;
    size_t at = 0, word = len;
    while (at < len && width(s + at) + 1 > max)
        at += utf8_decode(s + at, len - at, &(ucs4_t){0});
    for (size_t i = at; i < len; i++)
        if (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '-') && s[i] != ' ') {
            word = i;
            break;
        }
    if (word < len)
        at = word;
    char tmp[520];
    size_t tl = strlen(ELLIPSIS);
    memcpy(tmp, ELLIPSIS, tl);
    copy(tmp + tl, sizeof tmp - tl, s + at, len - at);
    copy(out, cap, tmp, strlen(tmp));
    return true;
}
