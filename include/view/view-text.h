/* view-text — turning semantic styles into curses attributes, and drawing
 * article text safely. Part of the view: includes curses in its .c only.
 *
 * The palette maps every style id to an attribute (colour pair included)
 * from a theme; without colour (NO_COLOR, --no-color, a terminal without
 * colours) a fixed table of bold / underline / reverse is used instead.
 * view_text_put draws UTF-8 text at the cursor within a column budget and
 * never lets a control character through: C0, DEL, C1 and undecodable
 * bytes are drawn as layout_control_repr() text in STYLE_CONTROL. */
#ifndef DATELINE_VIEW_TEXT_H
#define DATELINE_VIEW_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "style.h"
#include "theme.h"

/* Sets the palette from a theme (NULL: the built-in one); colour only when
 * `color` and the terminal has colours. Call after initscr/newterm. */
void view_text_set_theme(const theme *t, bool color);
/* Whether colours are in use. */
bool view_text_has_color(void);
/* The curses attribute (an attr_t value) of a style. */
unsigned long view_text_attr(style_id style);
/* A style drawn inside the current quotation: its look on the quotation's
 * background, so the highlight has no holes. */
unsigned long view_text_attr_over_quote(style_id style);
/* Sets the current drawing attribute to a style's. */
void view_text_style(style_id style);

/* Draws s[0..len) at the cursor in `style`, taking at most max columns;
 * returns the columns drawn. Newlines take no column when skip_newline
 * (layout already broke the line there), else show as ^J. */
int view_text_put(const char *s, size_t len, int max, style_id style,
                  bool skip_newline);
/* The same with a curses attribute (from view_text_attr*) instead of a
 * style. */
int view_text_put_attr(const char *s, size_t len, int max,
                       unsigned long attr_bits, bool skip_newline);
/* Columns view_text_put would take for the whole string. */
size_t view_text_width(const char *s, size_t len);
/* Bytes of s that fit in max columns (whole characters). */
size_t view_text_fit(const char *s, size_t len, size_t max);
/* Fills `cols` columns from (y, x) with blanks in a style. */
void view_text_fill(int y, int x, int cols, style_id style);

typedef enum {
    VIEW_TEXT_BOX_V,  /* vertical line */
    VIEW_TEXT_BOX_H,  /* horizontal line */
    VIEW_TEXT_BOX_UL, /* corners: upper left, upper right, */
    VIEW_TEXT_BOX_UR,
    VIEW_TEXT_BOX_LL, /* lower left, lower right */
    VIEW_TEXT_BOX_LR,
    VIEW_TEXT_BOX_V_HEAVY, /* the border of the pane that has the focus */
    VIEW_TEXT_BOX_H_HEAVY,
} view_text_box;

/* The one-column mark of a selected row in a list: "▸", or ">" where the
 * terminal is not UTF-8. */
const char *view_text_mark(void);

/* Draws n cells of a box line down (V) or across (H) from (y, x), or one
 * corner, in a style: Unicode box drawing in a UTF-8 locale, else | - +. */
void view_text_box_line(int y, int x, int n, view_text_box part,
                        style_id style);

#endif
