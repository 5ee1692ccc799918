#define _XOPEN_SOURCE_EXTENDED 1
#include "view-body.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "view-text.h"
#include "xalloc.h"

/* What the reader has made current, looked up once per frame. */
typedef struct {
    size_t speaker;            /* of the current quotation */
    const doc_span *mention;   /* the current mention, or NULL */
    const search_match *match; /* the current match, or NULL */
    bool in_caption;           /* the row is in the current caption */
} current;

static style_id span_style(const viewstate *vs, const current *cur,
                           const layout_span *sp, size_t block)
{
    if (sp->kind == LAYOUT_SPAN_CONTROL && sp->style == STYLE_CONTROL)
        return STYLE_CONTROL;
    if (sp->entity != DOC_NONE) {
        const doc_span *m = cur->mention;
        if (m && m->block == block && sp->start < m->end && sp->end > m->start)
            return STYLE_CURSOR;
        if (sp->entity < doc_entity_count(vs->d) && vs->selected[sp->entity])
            return STYLE_SELECTED;
        if (sp->entity == cur->speaker)
            return STYLE_SPEAKER;
    }
    if (((vs->quote != DOC_NONE && sp->quote == vs->quote) ||
         cur->in_caption) &&
        (sp->style == STYLE_QUOTE || sp->style == STYLE_NORMAL ||
         sp->style == STYLE_CAPTION || sp->style == STYLE_CREDIT))
        return STYLE_QUOTE_CURRENT;
    return sp->style;
}

/* A stretch of a span drawn in its own style: a search match, or a mention
 * the model does not mark (an attribution, the dateline). */
typedef struct {
    size_t start, end;
    style_id style;
} body_overlay;

#define MAX_OVERLAYS 16

static size_t span_overlays(const viewstate *vs, const current *cur,
                            const layout_span *sp, size_t block,
                            body_overlay *out)
{
    size_t k = 0;
    if (vs->search) {
        size_t first = 0, count = 0;
        search_in_range(vs->search, block, sp->start, sp->end, &first, &count);
        for (size_t i = first; i < first + count && k < MAX_OVERLAYS; i++) {
            const search_match *m = search_get(vs->search, i);
            out[k++] = (body_overlay){
                m->start, m->end, m == cur->match ? STYLE_CURSOR : STYLE_MATCH};
        }
    }
    size_t n;
    const mentions_extra *x = mentions_extra_in(vs->ment, block, &n);
    for (size_t i = 0; i < n && k < MAX_OVERLAYS; i++) {
        if (x[i].start >= sp->end || x[i].end <= sp->start ||
            x[i].start == x[i].end)
            continue;
        const doc_span *m = cur->mention;
        if (m && m->block == block && m->start == x[i].start &&
            m->end == x[i].end)
            out[k++] = (body_overlay){x[i].start, x[i].end, STYLE_CURSOR};
        else if (vs->selected[x[i].entity])
            out[k++] = (body_overlay){x[i].start, x[i].end, STYLE_SELECTED};
    }
    return k;
}

static void draw_span(const viewstate *vs, const current *cur,
                      const doc_block *b, const layout_span *sp, size_t block,
                      int max)
{
    style_id style = span_style(vs, cur, sp, block);
    bool in_quote =
        (vs->quote != DOC_NONE && sp->quote == vs->quote) || cur->in_caption;
    body_overlay ov[MAX_OVERLAYS];
    size_t n = span_overlays(vs, cur, sp, block, ov);
    size_t pos = sp->start;
    int used = 0;
    while (pos < sp->end && used < max) {
        /* the style at pos (earlier overlays win: matches first) and where
         * it changes next */
        style_id st = style;
        size_t next = sp->end;
        bool found = false;
        for (size_t i = 0; i < n; i++) {
            bool in = ov[i].start <= pos && pos < ov[i].end;
            if (in && !found) {
                st = ov[i].style;
                found = true;
            }
            size_t edge = ov[i].start > pos ? ov[i].start : ov[i].end;
            if (edge > pos && edge < next)
                next = edge;
        }
        unsigned long attr = in_quote && st != STYLE_QUOTE_CURRENT
                                 ? view_text_attr_over_quote(st)
                                 : view_text_attr(st);
        if (st == STYLE_CONTROL || st == STYLE_MATCH ||
            (found && st == STYLE_CURSOR))
            attr = view_text_attr(st);
        used += view_text_put_attr(b->text + pos, next - pos, max - used, attr,
                                   true);
        pos = next;
    }
}

void view_body_draw(viewstate *vs, int y, int x, int rows, int cols)
{
    if (rows <= 0 || cols <= 0)
        return;
    for (int r = 0; r < rows; r++)
        view_text_fill(y + r, x, cols, STYLE_NORMAL);
    current cur = {DOC_NONE, NULL, NULL, false};
    if (vs->quote != DOC_NONE)
        cur.speaker = doc_quote_get(vs->d, vs->quote)->speaker;
    if (vs->mention_of != DOC_NONE) {
        size_t nm;
        const doc_span *ms = viewstate_mentions(vs, vs->mention_of, &nm);
        if (vs->mention < nm)
            cur.mention = &ms[vs->mention];
    }
    if (vs->search && vs->match != DOC_NONE)
        cur.match = search_get(vs->search, vs->match);

    if (doc_block_count(vs->d) == 0) {
        static const char empty[] = "(this article is empty)";
        int w = (int)sizeof empty - 1;
        move(y + rows / 2, x + (cols > w ? (cols - w) / 2 : 0));
        view_text_put(empty, sizeof empty - 1, cols, STYLE_BORDER, false);
        return;
    }
    int text_cols = (int)vs->width < cols ? (int)vs->width : cols;
    int x0 = x + (cols - text_cols) / 2;
    viewstate_row *row = xreallocarray(NULL, (size_t)rows, sizeof *row);
    size_t n = viewstate_rows(vs, row, (size_t)rows);
    for (size_t r = 0; r < n; r++) {
        const layout_line *line = row[r].line;
        if (!line)
            continue;
        if (row[r].text) {
            /* the byline: its own text, nothing current or selected in it */
            for (size_t s = 0; s < line->n_spans; s++) {
                const layout_span *sp = &line->spans[s];
                if ((int)sp->col >= text_cols)
                    break;
                move(y + (int)r, x0 + (int)sp->col);
                view_text_put(row[r].text + sp->start, sp->end - sp->start,
                              text_cols - (int)sp->col, sp->style, true);
            }
            continue;
        }
        const doc_block *b = doc_block_get(vs->d, row[r].block);
        cur.in_caption = vs->caption != DOC_NONE &&
                         doc_block_caption(vs->d, row[r].block) == vs->caption;
        for (size_t s = 0; s < line->n_spans; s++) {
            const layout_span *sp = &line->spans[s];
            if ((int)sp->col >= text_cols)
                break;
            move(y + (int)r, x0 + (int)sp->col);
            draw_span(vs, &cur, b, sp, row[r].block, text_cols - (int)sp->col);
        }
    }
    free(row);
}

/* ---- OSC 8 hyperlinks ----------------------------------------------- */

bool view_body_hyperlinks_supported(void)
{
    const char *force = getenv("DATELINE_HYPERLINKS");
    if (force && *force)
        return strcmp(force, "0") != 0 && strcmp(force, "no") != 0;
    /* a multiplexer in between may drop or garble them */
    if (getenv("TMUX") || getenv("STY"))
        return false;
    const char *prog = getenv("TERM_PROGRAM");
    static const char *const progs[] = {"iTerm.app", "WezTerm", "vscode",
                                        "ghostty"};
    for (size_t i = 0; prog && i < sizeof progs / sizeof *progs; i++)
        if (strcmp(prog, progs[i]) == 0)
            return true;
    const char *term = getenv("TERM");
    static const char *const terms[] = {"xterm-kitty", "foot", "wezterm",
                                        "xterm-ghostty"};
    for (size_t i = 0; term && i < sizeof terms / sizeof *terms; i++)
        if (strncmp(term, terms[i], strlen(terms[i])) == 0)
            return true;
    /* GNOME Terminal and other VTE terminals since 0.50 */
    const char *vte = getenv("VTE_VERSION");
    return vte && atoi(vte) >= 5000;
}

static int out_char(int c)
{
    return putchar(c);
}

/* The URL with every byte outside printable ASCII (and %) percent-encoded,
 * at most 2000 bytes: nothing in it can end the sequence or act. */
static void put_url(const char *url, size_t len)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t out = 0;
    for (size_t i = 0; i < len && out < 2000; i++) {
        unsigned char c = (unsigned char)url[i];
        if (c > 0x20 && c < 0x7f && c != '%') {
            putchar(c);
            out++;
        } else {
            putchar('%');
            putchar(hex[c >> 4]);
            putchar(hex[c & 15]);
            out += 3;
        }
    }
}

/* Rewrites one link span at screen row yy from column xx. Each character
 * is checked against the cell curses holds (an overlay may cover it) and
 * drawn in that cell's attributes. */
static void rewrite_span(const char *text, const layout_span *sp,
                         const char *url, size_t url_len, int yy, int xx,
                         int max_cols)
{
    bool open = false;
    int col = 0;
    for (size_t pos = sp->start; pos < sp->end && col < max_cols;) {
        ucs4_t cp;
        size_t n = utf8_decode(text + pos, sp->end - pos, &cp);
        if (n == 0)
            break;
        int w = (int)layout_text_width(text + pos, n);
        cchar_t cell;
        wchar_t wch[CCHARW_MAX + 1];
        attr_t attrs;
        short pair;
        if (w <= 0 || col + w > max_cols ||
            mvwin_wch(stdscr, yy, xx + col, &cell) == ERR ||
            getcchar(&cell, wch, &attrs, &pair, NULL) == ERR ||
            (ucs4_t)wch[0] != cp)
            break;
        if (!open) {
            printf("\033[%d;%dH", yy + 1, xx + col + 1);
            vid_puts(attrs, pair, NULL, out_char);
            fputs("\033]8;;", stdout);
            put_url(url, url_len);
            fputs("\033\\", stdout);
            open = true;
        } else {
            vid_puts(attrs, pair, NULL, out_char);
        }
        fwrite(text + pos, 1, n, stdout);
        pos += n;
        col += w;
    }
    if (open)
        fputs("\033]8;;\033\\", stdout);
}

void view_body_hyperlinks(viewstate *vs, int y, int x, int rows, int cols)
{
    if (rows <= 0 || cols <= 0 || doc_block_count(vs->d) == 0)
        return;
    int text_cols = (int)vs->width < cols ? (int)vs->width : cols;
    int x0 = x + (cols - text_cols) / 2;
    viewstate_row *row = xreallocarray(NULL, (size_t)rows, sizeof *row);
    size_t n = viewstate_rows(vs, row, (size_t)rows);
    bool wrote = false;
    fflush(stdout);
    for (size_t r = 0; r < n; r++) {
        const layout_line *line = row[r].line;
        if (!line || row[r].text)
            continue;
        const doc_block *b = doc_block_get(vs->d, row[r].block);
        for (size_t s = 0; s < line->n_spans; s++) {
            const layout_span *sp = &line->spans[s];
            if ((int)sp->col >= text_cols)
                break;
            if (sp->link == DOC_NONE || sp->kind != LAYOUT_SPAN_TEXT)
                continue;
            const char *url;
            size_t url_len;
            if (sp->link == LAYOUT_LINK_BARE) {
                /* the whole URL, though a line shows only part of it */
                size_t start = sp->start;
                while (start > 0 &&
                       layout_url_end(b->text, b->len, start) == 0 &&
                       b->text[start - 1] != ' ' && b->text[start - 1] != '\n')
                    start--;
                size_t end = layout_url_end(b->text, b->len, start);
                if (end == 0)
                    continue;
                url = b->text + start;
                url_len = end - start;
            } else {
                url = doc_link_get(vs->d, sp->link)->url;
                url_len = url ? strlen(url) : 0;
            }
            if (url_len == 0)
                continue;
            rewrite_span(b->text, sp, url, url_len, y + (int)r,
                         x0 + (int)sp->col, text_cols - (int)sp->col);
            wrote = true;
        }
    }
    free(row);
    if (wrote) {
        /* back to the attributes and the cursor curses believes in */
        vid_puts(A_NORMAL, 0, NULL, out_char);
        int cy, cx;
        getyx(curscr, cy, cx);
        printf("\033[%d;%dH", cy + 1, cx + 1);
    }
    fflush(stdout);
}
