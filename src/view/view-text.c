#define _XOPEN_SOURCE_EXTENDED 1
#include "view-text.h"

#include <curses.h>
#include <langinfo.h>
#include <string.h>
#include <uniwidth.h>

#include "layout.h"
#include "utf8.h"

static attr_t palette[STYLE_COUNT];
/* Each style over the current quotation's background, so a name inside the
 * quotation keeps its look without a hole in the highlight. */
static attr_t over_quote[STYLE_COUNT];
static bool using_color;

/* Attributes only: what a monochrome terminal shows for each meaning. */
static const attr_t mono_attrs[STYLE_COUNT] = {
    [STYLE_HEADER] = A_REVERSE | A_BOLD,
    [STYLE_STATUS] = A_REVERSE,
    [STYLE_QUOTE] = A_UNDERLINE,
    [STYLE_QUOTE_CURRENT] = A_REVERSE,
#ifdef A_ITALIC
    [STYLE_SPEAKER] = A_BOLD | A_ITALIC,
#else
    [STYLE_SPEAKER] = A_BOLD,
#endif
    [STYLE_PERSON] = A_BOLD,
    [STYLE_ORG] = A_BOLD,
    /* selected and cursor apart in every theme: underline and reverse */
    [STYLE_SELECTED] = A_BOLD | A_UNDERLINE,
    [STYLE_MATCH] = A_REVERSE | A_UNDERLINE,
    [STYLE_EMBED] = A_UNDERLINE,
    [STYLE_CONTROL] = A_REVERSE,
    [STYLE_HEADING] = A_BOLD | A_UNDERLINE,
    [STYLE_CURSOR] = A_REVERSE | A_BOLD,
    [STYLE_WARNING] = A_BOLD | A_REVERSE,
};

static attr_t theme_attrs(unsigned bits)
{
    attr_t a = 0;
    if (bits & THEME_ATTR_BOLD)
        a |= A_BOLD;
    if (bits & THEME_ATTR_DIM)
        a |= A_DIM;
    if (bits & THEME_ATTR_UNDERLINE)
        a |= A_UNDERLINE;
    if (bits & THEME_ATTR_REVERSE)
        a |= A_REVERSE;
#ifdef A_ITALIC
    if (bits & THEME_ATTR_ITALIC)
        a |= A_ITALIC;
#endif
    if (bits & THEME_ATTR_STANDOUT)
        a |= A_STANDOUT;
    return a;
}

void view_text_set_theme(const theme *t, bool color)
{
    using_color = color && has_colors() && COLOR_PAIRS > STYLE_COUNT;
    bool pairs_over = using_color && COLOR_PAIRS > 2 * STYLE_COUNT + 1;
    theme_look qc = t ? theme_style(t, STYLE_QUOTE_CURRENT) : (theme_look){0};
    for (int i = 0; i < STYLE_COUNT; i++) {
        if (!using_color || !t) {
            palette[i] = using_color ? theme_attrs(0) : mono_attrs[i];
            over_quote[i] = palette[i] |
                            (using_color ? 0 : mono_attrs[STYLE_QUOTE_CURRENT]);
            continue;
        }
        theme_look look = theme_style(t, (style_id)i);
        int fg = theme_color_fit(look.fg, COLORS);
        int bg = theme_color_fit(look.bg, COLORS);
        init_pair((short)(i + 1), (short)fg, (short)bg);
        palette[i] = theme_attrs(look.attrs) | COLOR_PAIR(i + 1);
        if (!pairs_over) {
            over_quote[i] = palette[STYLE_QUOTE_CURRENT];
            continue;
        }
        /* the style's colour (the quotation's where it has none) on the
         * quotation's background; a reversed quotation stays reversed */
        int ofg = look.fg >= 0 && look.fg != qc.bg
                      ? fg
                      : theme_color_fit(qc.fg, COLORS);
        init_pair((short)(STYLE_COUNT + 1 + i), (short)ofg,
                  (short)theme_color_fit(qc.bg, COLORS));
        over_quote[i] = theme_attrs((look.attrs & ~THEME_ATTR_REVERSE) |
                                    (qc.attrs & THEME_ATTR_REVERSE)) |
                        COLOR_PAIR(STYLE_COUNT + 1 + i);
        if ((look.attrs & THEME_ATTR_REVERSE) &&
            !(qc.attrs & THEME_ATTR_REVERSE))
            over_quote[i] |= A_UNDERLINE; /* its own reverse shown otherwise */
    }
}

bool view_text_has_color(void)
{
    return using_color;
}

unsigned long view_text_attr(style_id style)
{
    return (unsigned)style < STYLE_COUNT ? palette[style] : palette[0];
}

unsigned long view_text_attr_over_quote(style_id style)
{
    return (unsigned)style < STYLE_COUNT ? over_quote[style] : over_quote[0];
}

void view_text_style(style_id style)
{
    attrset(view_text_attr(style));
}

/* One character as drawn here: bytes, columns, and whether it is shown
 * through its control representation. */
typedef struct {
    size_t len;
    int cols;
    bool control;
    bool joins; /* a joiner: not sent, its columns left blank */
} glyph;

/* Code points that join pictures into one (the zero-width joiner of
 * emoji sequences, emoji and text variation selectors, skin tones, tag
 * characters, the keycap): a terminal that joins them draws fewer columns
 * than curses counted, and its cursor then drifts from curses' idea of it,
 * which leaves stale characters on the screen. Not sent, each picture is
 * drawn alone at the width both agree on; a joiner's own columns (skin
 * tones have two) stay blank so the line keeps the layout's columns. */
static bool joins_cluster(ucs4_t cp)
{
    return cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 ||
           (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
}

static glyph glyph_at(const char *s, size_t len)
{
    unsigned char c = (unsigned char)s[0];
    if (c >= 0x20 && c < 0x7f)
        return (glyph){1, 1, false, false};
    ucs4_t cp;
    size_t n = utf8_decode(s, len, &cp);
    bool bad = cp == 0xFFFD && !(n == 3 && memcmp(s, "\xef\xbf\xbd", 3) == 0);
    int w = (bad || cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
                ? -1
                : uc_width(cp, "UTF-8");
    if (w < 0) {
        char repr[16];
        return (glyph){n, (int)layout_control_repr(s, n, repr), true, false};
    }
    return (glyph){n, w, false, joins_cluster(cp)};
}

int view_text_put(const char *s, size_t len, int max, style_id style,
                  bool skip_newline)
{
    return view_text_put_attr(s, len, max, view_text_attr(style), skip_newline);
}

int view_text_put_attr(const char *s, size_t len, int max,
                       unsigned long attr_bits, bool skip_newline)
{
    int used = 0;
    size_t i = 0, run = 0; /* run: start of plain bytes not yet drawn */
    attr_t attr = (attr_t)attr_bits;
    while (i < len) {
        if (skip_newline && s[i] == '\n') {
            if (i > run) {
                attrset(attr);
                addnstr(s + run, (int)(i - run));
            }
            run = ++i;
            continue;
        }
        glyph g = glyph_at(s + i, len - i);
        if (used + g.cols > max)
            break;
        if (g.control) {
            if (i > run) {
                attrset(attr);
                addnstr(s + run, (int)(i - run));
            }
            char repr[16];
            layout_control_repr(s + i, g.len, repr);
            attrset(s[i] == '\t' ? attr : view_text_attr(STYLE_CONTROL));
            addstr(repr);
            run = i + g.len;
        } else if (g.joins) {
            if (i > run) {
                attrset(attr);
                addnstr(s + run, (int)(i - run));
            }
            attrset(attr);
            for (int c = 0; c < g.cols; c++)
                addch(' ');
            run = i + g.len;
        }
        used += g.cols;
        i += g.len;
    }
    if (i > run) {
        attrset(attr);
        addnstr(s + run, (int)(i - run));
    }
    return used;
}

size_t view_text_width(const char *s, size_t len)
{
    size_t w = 0;
    for (size_t i = 0; i < len;) {
        glyph g = glyph_at(s + i, len - i);
        w += (size_t)g.cols;
        i += g.len;
    }
    return w;
}

size_t view_text_fit(const char *s, size_t len, size_t max)
{
    size_t w = 0, i = 0;
    while (i < len) {
        glyph g = glyph_at(s + i, len - i);
        if (w + (size_t)g.cols > max)
            break;
        w += (size_t)g.cols;
        i += g.len;
    }
    return i;
}

void view_text_fill(int y, int x, int cols, style_id style)
{
    if (cols <= 0)
        return;
    attrset(view_text_attr(style));
    mvhline(y, x, ' ', cols);
}

/* Box drawing as Unicode characters on a UTF-8 terminal (the alternate
 * character set does not survive every terminal and multiplexer), plain
 * ASCII elsewhere. */
static bool utf8_locale(void)
{
    static int known = -1;
    if (known < 0) {
        const char *cs = nl_langinfo(CODESET);
        known = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
    }
    return known == 1;
}

const char *view_text_mark(void)
{
    return utf8_locale() ? "\xe2\x96\xb8" : ">";
}

static void box_char(cchar_t *c, view_text_box part)
{
    static const wchar_t unicode[] = {0x2502, 0x2500, 0x250C, 0x2510,
                                      0x2514, 0x2518, 0x2503, 0x2501};
    static const char ascii[] = {'|', '-', '+', '+', '+', '+', '#', '='};
    wchar_t w[2] = {utf8_locale() ? unicode[part] : (wchar_t)ascii[part], 0};
    setcchar(c, w, A_NORMAL, 0, NULL);
}

void view_text_box_line(int y, int x, int n, view_text_box part, style_id style)
{
    if (n <= 0)
        return;
    cchar_t c;
    box_char(&c, part);
    attrset(view_text_attr(style));
    if (part == VIEW_TEXT_BOX_V || part == VIEW_TEXT_BOX_V_HEAVY)
        mvvline_set(y, x, &c, n);
    else if (part == VIEW_TEXT_BOX_H || part == VIEW_TEXT_BOX_H_HEAVY)
        mvhline_set(y, x, &c, n);
    else
        mvadd_wch(y, x, &c);
}
