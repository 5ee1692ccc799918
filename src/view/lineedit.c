#include "lineedit.h"

#include <string.h>

#include "keymap.h"
#include "utf8.h"

void lineedit_start(lineedit *le, const char *const *history, size_t n)
{
    memset(le, 0, sizeof *le);
    le->history = history;
    le->n_history = n;
    le->at = n;
}

static void set_line(lineedit *le, const char *s)
{
    size_t n = strlen(s);
    if (n >= LINEEDIT_MAX) {
        n = LINEEDIT_MAX - 1;
        while (n > 0 && (s[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(le->buf, s, n);
    le->buf[n] = '\0';
    le->len = le->cur = n;
}

static void delete_range(lineedit *le, size_t from, size_t to)
{
    memmove(le->buf + from, le->buf + to, le->len - to + 1);
    le->len -= to - from;
    le->cur = from;
}

static size_t next_char(const lineedit *le, size_t i)
{
    if (i >= le->len)
        return le->len;
    i++;
    while (i < le->len && (le->buf[i] & 0xC0) == 0x80)
        i++;
    return i;
}

lineedit_state lineedit_key(lineedit *le, int key)
{
    switch (key) {
    case KEYMAP_KEY_ENTER: return LINEEDIT_DONE;
    case KEYMAP_KEY_ESC:
    case 7: /* C-g */ return LINEEDIT_CANCEL;
    case KEYMAP_KEY_BACKSPACE:
    case 8: /* C-h */
        if (le->len == 0)
            return LINEEDIT_CANCEL;
        if (le->cur > 0)
            delete_range(le, utf8_prev(le->buf, le->cur), le->cur);
        return LINEEDIT_GOING;
    case KEYMAP_KEY_DELETE:
        if (le->cur < le->len)
            delete_range(le, le->cur, next_char(le, le->cur));
        return LINEEDIT_GOING;
    case 23: { /* C-w: the word before the cursor, and the blanks after it */
        size_t i = le->cur;
        while (i > 0 && le->buf[i - 1] == ' ')
            i--;
        while (i > 0 && le->buf[i - 1] != ' ')
            i--;
        delete_range(le, i, le->cur);
        return LINEEDIT_GOING;
    }
    case 21: /* C-u */ delete_range(le, 0, le->cur); return LINEEDIT_GOING;
    case KEYMAP_KEY_LEFT:
    case 2: /* C-b */
        if (le->cur > 0)
            le->cur = utf8_prev(le->buf, le->cur);
        return LINEEDIT_GOING;
    case KEYMAP_KEY_RIGHT:
    case 6: /* C-f */ le->cur = next_char(le, le->cur); return LINEEDIT_GOING;
    case KEYMAP_KEY_HOME:
    case 1: /* C-a */ le->cur = 0; return LINEEDIT_GOING;
    case KEYMAP_KEY_END:
    case 5: /* C-e */ le->cur = le->len; return LINEEDIT_GOING;
    case KEYMAP_KEY_UP:
    case 16: /* C-p */
        if (le->at == 0)
            return LINEEDIT_GOING;
        if (le->at == le->n_history)
            memcpy(le->typed, le->buf, le->len + 1);
        le->at--;
        set_line(le, le->history[le->at]);
        return LINEEDIT_GOING;
    case KEYMAP_KEY_DOWN:
    case 14: /* C-n */
        if (le->at >= le->n_history)
            return LINEEDIT_GOING;
        le->at++;
        set_line(le, le->at == le->n_history ? le->typed : le->history[le->at]);
        return LINEEDIT_GOING;
    default: break;
    }
    /* Printable characters only: the line is shown in the status line. */
    if (key < 0x20 || key >= KEYMAP_KEY_SPECIAL || key == 0x7F ||
        (key >= 0x80 && key < 0xA0))
        return LINEEDIT_GOING;
    char c[4];
    size_t n = utf8_encode((ucs4_t)key, c);
    if (le->len + n + 1 > LINEEDIT_MAX)
        return LINEEDIT_GOING;
    memmove(le->buf + le->cur + n, le->buf + le->cur, le->len - le->cur + 1);
    memcpy(le->buf + le->cur, c, n);
    le->len += n;
    le->cur += n;
    return LINEEDIT_GOING;
}
