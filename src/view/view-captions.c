#define _XOPEN_SOURCE_EXTENDED 1
#include "view-captions.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "view-text.h"

/* The caption on each row of the last drawing, for mouse clicks. */
#define MAX_ROWS 512
static size_t row_caption[MAX_ROWS];
static int last_y, last_x, last_rows, last_cols;

static void put_ellipsised(const char *s, size_t len, int max, style_id style)
{
    if (max <= 0)
        return;
    size_t w = view_text_width(s, len);
    if (w <= (size_t)max) {
        view_text_put(s, len, max, style, false);
        return;
    }
    size_t fit = view_text_fit(s, len, (size_t)max - 1);
    int used = view_text_put(s, fit, max - 1, style, false);
    (void)used;
    view_text_put("\xe2\x80\xa6", 3, 1, style, false);
}

/* The caption text without the trailing credit, when it ends with it. */
static size_t text_without_credit(const doc_caption *c)
{
    size_t len = strlen(c->text);
    if (!c->credit)
        return len;
    size_t cl = strlen(c->credit);
    const char *t = c->text;
    size_t end = len;
    while (end > 0 &&
           (t[end - 1] == ')' || t[end - 1] == ' ' || t[end - 1] == '.'))
        end--;
    if (end >= cl && memcmp(t + end - cl, c->credit, cl) == 0) {
        end -= cl;
        while (end > 0 && (t[end - 1] == '(' || t[end - 1] == ' '))
            end--;
        return end;
    }
    return len;
}

static void draw_line(const doc_caption *c, int y, int x, int cols,
                      style_id style)
{
    char count[32] = "";
    if (c->count > 1)
        snprintf(count, sizeof count, "\xc3\x97%zu", c->count);
    const char *credit = c->credit ? c->credit : "";
    size_t credit_len = strlen(credit);
    int credit_w = (int)view_text_width(credit, credit_len);
    if (credit_w > cols / 3)
        credit_w = cols / 3;
    int count_w = c->count > 1 ? (int)strlen(count) - 1 : 0; /* × is 1 col */
    int text_w =
        cols - credit_w - count_w - (credit_w ? 2 : 0) - (count_w ? 1 : 0);
    move(y, x);
    if (text_w > 3)
        put_ellipsised(c->text, text_without_credit(c), text_w, style);
    else
        text_w = 0;
    if (count_w) {
        move(y, x + text_w + 1);
        view_text_put(count, strlen(count), count_w, style, false);
    }
    if (credit_w) {
        move(y, x + cols - credit_w);
        put_ellipsised(credit, credit_len, credit_w,
                       style == STYLE_CAPTION ? STYLE_CREDIT : style);
    }
}

/* Rows the selected caption takes when shown whole. */
static size_t whole_rows(const layout_block *lb, int rows)
{
    size_t n = layout_block_line_count(lb);
    if (n == 0)
        n = 1;
    return n > (size_t)rows ? (size_t)rows : n;
}

static void draw_whole(const viewstate *vs, const doc_caption *c,
                       const layout_block *lb, int y, int x, int cols,
                       size_t nrows, bool focused)
{
    const doc_block *b = doc_block_get(vs->d, c->block);
    style_id fill = focused ? STYLE_CURSOR : STYLE_SELECTED;
    for (size_t r = 0; r < nrows; r++) {
        view_text_fill(y + (int)r, x, cols, fill);
        if (r >= layout_block_line_count(lb))
            continue;
        const layout_line *line = layout_block_line(lb, r);
        for (size_t s = 0; s < line->n_spans; s++) {
            const layout_span *sp = &line->spans[s];
            if ((int)sp->col >= cols)
                break;
            move(y + (int)r, x + (int)sp->col);
            style_id st = sp->style == STYLE_CONTROL ? STYLE_CONTROL : fill;
            view_text_put(b->text + sp->start, sp->end - sp->start,
                          cols - (int)sp->col, st, true);
        }
    }
    if (c->count > 1 && nrows > 0) {
        char count[32];
        int len = snprintf(count, sizeof count, " \xc3\x97%zu", c->count);
        int w = len - 1;
        int last = (int)nrows - 1;
        if (cols > w) {
            move(y + last, x + cols - w);
            view_text_put(count, (size_t)len, w, fill, false);
        }
    }
}

void view_captions_draw(viewstate *vs, int y, int x, int rows, int cols,
                        bool focused)
{
    last_y = y, last_x = x, last_rows = rows, last_cols = cols;
    if (rows > MAX_ROWS)
        rows = last_rows = MAX_ROWS;
    if (rows <= 0 || cols <= 0)
        return;
    for (int r = 0; r < rows; r++) {
        row_caption[r] = DOC_NONE;
        view_text_fill(y + r, x, cols, STYLE_CAPTION);
    }
    size_t n = doc_caption_count(vs->d);
    int inner = cols - 2;
    if (n == 0 || inner < 4)
        return;
    /* Shown whole: the caption under the cursor while the pane has the
     * focus, else the current one; it collapses again when left. */
    size_t want = focused ? vs->caption_sel : vs->caption;
    size_t sel = want < n ? want : DOC_NONE;
    layout_block *lb = NULL;
    size_t sel_rows = 1;
    if (sel != DOC_NONE) {
        lb = layout_block_new(vs->d, doc_caption_get(vs->d, sel)->block,
                              (unsigned)inner);
        sel_rows = whole_rows(lb, rows);
    }
    /* Keep the selection, whole, on screen. */
    if (vs->caption_top >= n)
        vs->caption_top = 0;
    if (sel != DOC_NONE) {
        if (sel < vs->caption_top)
            vs->caption_top = sel;
        while (vs->caption_top < sel &&
               (sel - vs->caption_top) + sel_rows > (size_t)rows)
            vs->caption_top++;
    }
    int r = 0;
    for (size_t i = vs->caption_top; i < n && r < rows; i++) {
        const doc_caption *c = doc_caption_get(vs->d, i);
        if (i == sel) {
            size_t nr = sel_rows;
            if (nr > (size_t)(rows - r))
                nr = (size_t)(rows - r);
            draw_whole(vs, c, lb, y + r, x + 1, inner, nr, focused);
            for (size_t k = 0; k < nr; k++)
                row_caption[r + (int)k] = i;
            r += (int)nr;
            continue;
        }
        draw_line(c, y + r, x + 1, inner, STYLE_CAPTION);
        row_caption[r] = i;
        r++;
    }
    layout_block_free(lb);
}

size_t view_captions_hit(int y, int x)
{
    if (y < last_y || y >= last_y + last_rows || x < last_x ||
        x >= last_x + last_cols)
        return DOC_NONE;
    return row_caption[y - last_y];
}
