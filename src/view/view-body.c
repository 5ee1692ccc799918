#define _XOPEN_SOURCE_EXTENDED 1
#include "view-body.h"

#include <curses.h>
#include <stdlib.h>

#include "view-text.h"
#include "xalloc.h"

/* What the reader has made current, looked up once per frame. */
typedef struct {
    size_t speaker;            /* of the current quotation */
    const doc_span *mention;   /* the current mention, or NULL */
    const search_match *match; /* the current match, or NULL */
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
    if (vs->quote != DOC_NONE && sp->quote == vs->quote &&
        (sp->style == STYLE_QUOTE || sp->style == STYLE_NORMAL))
        return STYLE_QUOTE_CURRENT;
    return sp->style;
}

static void draw_span(const viewstate *vs, const current *cur,
                      const doc_block *b, const layout_span *sp, size_t block,
                      int max)
{
    style_id style = span_style(vs, cur, sp, block);
    size_t first = 0, count = 0;
    if (vs->search)
        search_in_range(vs->search, block, sp->start, sp->end, &first, &count);
    size_t pos = sp->start;
    int used = 0;
    for (size_t i = first; i < first + count && used < max; i++) {
        const search_match *m = search_get(vs->search, i);
        if (m->start > pos) {
            used += view_text_put(b->text + pos, m->start - pos, max - used,
                                  style, true);
            pos = m->start;
        }
        size_t end = m->end < sp->end ? m->end : sp->end;
        if (end > pos) {
            style_id ms = m == cur->match ? STYLE_CURSOR : STYLE_MATCH;
            used +=
                view_text_put(b->text + pos, end - pos, max - used, ms, true);
            pos = end;
        }
    }
    if (pos < sp->end && used < max)
        view_text_put(b->text + pos, sp->end - pos, max - used, style, true);
}

void view_body_draw(viewstate *vs, int y, int x, int rows, int cols)
{
    if (rows <= 0 || cols <= 0)
        return;
    for (int r = 0; r < rows; r++)
        view_text_fill(y + r, x, cols, STYLE_NORMAL);
    current cur = {DOC_NONE, NULL, NULL};
    if (vs->quote != DOC_NONE)
        cur.speaker = doc_quote_get(vs->d, vs->quote)->speaker;
    if (vs->mention_of != DOC_NONE) {
        const doc_entity *e = doc_entity_get(vs->d, vs->mention_of);
        if (e && vs->mention < e->n_mentions)
            cur.mention = &e->mentions[vs->mention];
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
        const doc_block *b = doc_block_get(vs->d, row[r].block);
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
