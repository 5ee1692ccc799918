#define _XOPEN_SOURCE_EXTENDED 1
#include "view-sidebar.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "names.h"
#include "view-text.h"

/* Where the last drawing went, and the item on each row, for mouse
 * clicks. */
#define MAX_ROWS 512
static int last_y, last_x, last_rows, last_cols;
static size_t row_item[MAX_ROWS];

/* The heading of the section item i is in. */
static size_t heading_of(const viewstate *vs, size_t i)
{
    while (i > 0 && vs->items[i].kind != VIEWSTATE_ITEM_HEADING)
        i--;
    return vs->items[i].kind == VIEWSTATE_ITEM_HEADING ? i : DOC_NONE;
}

/* Rows that will show items with item_top where it is: one less for a
 * section title kept at the top, one less for the "more" line. */
static int item_rows(const viewstate *vs, int rows)
{
    int n = rows;
    if (vs->item_top > 0 &&
        vs->items[vs->item_top].kind != VIEWSTATE_ITEM_HEADING &&
        heading_of(vs, vs->item_top) != DOC_NONE)
        n--;
    if (vs->item_top + (size_t)(n > 0 ? n : 0) < vs->n_items)
        n--;
    return n > 1 ? n : 1;
}

static void keep_cursor_visible(viewstate *vs, int all_rows)
{
    /* the whole list fits: no scrolling, no title or "more" lines */
    if ((size_t)all_rows >= vs->n_items) {
        vs->item_top = 0;
        return;
    }
    int rows = item_rows(vs, all_rows);
    if (vs->item_sel < vs->item_top)
        vs->item_top = vs->item_sel;
    else if (rows > 0 && vs->item_sel >= vs->item_top + (size_t)rows)
        vs->item_top = vs->item_sel - (size_t)rows + 1;
    /* a heading just above the first entity row stays visible */
    if (vs->item_top > 0 && vs->item_top == vs->item_sel &&
        vs->items[vs->item_top - 1].kind == VIEWSTATE_ITEM_HEADING)
        vs->item_top--;
    if (vs->item_top >= vs->n_items)
        vs->item_top = 0;
    /* moving the top changes what the title and "more" lines take */
    int again = item_rows(vs, all_rows);
    if (again < rows && vs->item_sel >= vs->item_top + (size_t)again)
        vs->item_top = vs->item_sel - (size_t)again + 1;
}

/* Widths of the count columns, the same on every row of the sidebar:
 * mentions as wide as the largest count, quotations ("12q") only when
 * someone is quoted, so no name loses columns that only blanks fill. */
typedef struct {
    int m, q, total;
} count_widths;

static int digits(size_t n)
{
    int d = 1;
    while (n >= 10)
        n /= 10, d++;
    return d;
}

/* Writes s right-aligned in a field of w columns (ASCII) at out + at;
 * returns the end. */
static size_t right_align(char *out, size_t at, const char *s, int w)
{
    size_t len = strlen(s);
    for (size_t pad = (size_t)w > len ? (size_t)w - len : 0; pad > 0; pad--)
        out[at++] = ' ';
    memcpy(out + at, s, len + 1);
    return at + len;
}

static count_widths widths_of(const viewstate *vs)
{
    size_t max_m = 0, max_q = 0;
    bool any = false;
    for (size_t i = 0; i < vs->n_items; i++) {
        if (vs->items[i].kind != VIEWSTATE_ITEM_ENTITY)
            continue;
        const doc_entity *e = doc_entity_get(vs->d, vs->items[i].entity);
        size_t nm;
        viewstate_mentions(vs, vs->items[i].entity, &nm);
        any = true;
        if (nm > max_m)
            max_m = nm;
        if (e->type == DOC_PERSON && e->n_quotes > max_q)
            max_q = e->n_quotes;
    }
    count_widths w = {0, 0, 0};
    if (!any)
        return w;
    w.m = digits(max_m);
    w.q = max_q > 0 ? digits(max_q) + 1 : 0;
    w.total = w.m + (w.q ? 1 + w.q : 0);
    return w;
}

void view_sidebar_draw(viewstate *vs, int y, int x, int rows, int cols,
                       bool focused)
{
    last_y = y, last_x = x, last_rows = rows, last_cols = cols;
    for (int r = 0; r < rows; r++)
        view_text_fill(y + r, x, cols, STYLE_SIDEBAR);
    if (rows <= 0 || cols <= 2)
        return;
    if (vs->n_items == 0) {
        move(y, x + 1);
        view_text_put("no names found", 14, cols - 2, STYLE_SIDEBAR, false);
        return;
    }
    if (rows > MAX_ROWS)
        rows = last_rows = MAX_ROWS;
    for (int r = 0; r < rows; r++)
        row_item[r] = DOC_NONE;
    keep_cursor_visible(vs, rows);
    int inner = cols - 2;
    count_widths cols_w = widths_of(vs);
    int first = 0, shown = rows;
    if ((size_t)rows < vs->n_items) {
        /* scrolled: the section's title stays at the top, and what is cut
         * below is counted */
        shown = item_rows(vs, rows);
        size_t h = heading_of(vs, vs->item_top);
        if (vs->item_top > 0 &&
            vs->items[vs->item_top].kind != VIEWSTATE_ITEM_HEADING &&
            h != DOC_NONE) {
            move(y, x + 1);
            view_text_put(vs->items[h].text, strlen(vs->items[h].text), inner,
                          STYLE_HEADING, false);
            row_item[0] = h;
            first = 1;
        }
        size_t below = vs->item_top + (size_t)shown < vs->n_items
                           ? vs->n_items - vs->item_top - (size_t)shown
                           : 0;
        if (below > 0) {
            char more[48];
            snprintf(more, sizeof more, "\xe2\x86\x93 %zu more", below);
            move(y + rows - 1, x + 1);
            view_text_put(more, strlen(more), inner, STYLE_BORDER, false);
        }
    }
    for (int k = 0; k < shown; k++) {
        int r = first + k;
        size_t i = vs->item_top + (size_t)k;
        if (i >= vs->n_items || r >= rows)
            break;
        row_item[r] = i;
        const viewstate_item *it = &vs->items[i];
        if (it->kind == VIEWSTATE_ITEM_HEADING) {
            move(y + r, x + 1);
            view_text_put(it->text, strlen(it->text), inner, STYLE_HEADING,
                          false);
            continue;
        }
        style_id style = STYLE_SIDEBAR;
        if (it->kind == VIEWSTATE_ITEM_ENTITY && vs->selected[it->entity])
            style = STYLE_SELECTED;
        if (focused && i == vs->item_sel)
            style = STYLE_CURSOR;
        view_text_fill(y + r, x, cols, style);
        /* Counts in the sidebar's columns: mentions, then quotations. */
        char counts[48] = "";
        int cw = 0;
        if (it->kind == VIEWSTATE_ITEM_ENTITY && cols_w.total + 4 <= inner) {
            const doc_entity *e = doc_entity_get(vs->d, it->entity);
            size_t nm;
            viewstate_mentions(vs, it->entity, &nm);
            char q[24] = "";
            if (e->type == DOC_PERSON && e->n_quotes > 0)
                snprintf(q, sizeof q, "%zuq", e->n_quotes);
            char m[24];
            snprintf(m, sizeof m, "%zu", nm);
            size_t at = right_align(counts, 0, m, cols_w.m);
            if (cols_w.q) {
                counts[at++] = ' ';
                right_align(counts, at, q, cols_w.q);
            }
            cw = cols_w.total;
        }
        int name_max = inner - (cw ? cw + 1 : 0);
        const char *name = it->text ? it->text : "";
        size_t len = strlen(name);
        size_t w = view_text_width(name, len);
        move(y + r, x + 1);
        bool person = it->kind == VIEWSTATE_ITEM_CONTRIBUTOR ||
                      doc_entity_get(vs->d, it->entity)->type == DOC_PERSON;
        if (i == vs->item_sel)
            vs->item_cut = w > (size_t)name_max;
        if (person && w > (size_t)name_max && name_max > 1) {
            /* a person keeps the surname: cut from the front */
            char fitted[256];
            names_fit(name, (size_t)name_max, fitted, sizeof fitted);
            view_text_put(fitted, strlen(fitted), name_max, style, false);
        } else if (w > (size_t)name_max && name_max > 1) {
            size_t fit = view_text_fit(name, len, (size_t)name_max - 1);
            view_text_put(name, fit, name_max - 1, style, false);
            view_text_put("\xe2\x80\xa6", 3, 1, style, false);
        } else {
            view_text_put(name, len, name_max, style, false);
        }
        if (it->kind == VIEWSTATE_ITEM_ENTITY && vs->selected[it->entity]) {
            /* the selection is marked, not only styled: it stays apart
             * from the cursor in every theme */
            const char *mark = view_text_mark();
            move(y + r, x);
            view_text_put(mark, strlen(mark), 1, style, false);
        }
        if (cw) {
            move(y + r, x + 1 + inner - cw);
            view_text_put(counts, (size_t)cw, cw, style, false);
        }
    }
}

size_t view_sidebar_hit(const viewstate *vs, int y, int x)
{
    if (y < last_y || y >= last_y + last_rows || x < last_x ||
        x >= last_x + last_cols)
        return DOC_NONE;
    size_t i = row_item[y - last_y];
    return i < vs->n_items ? i : DOC_NONE;
}
