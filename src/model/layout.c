/* layout — lines of styled spans for one block at one width. */
#include "layout.h"

#include <ctype.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "xalloc.h"

struct layout_block {
    size_t block;
    unsigned width;
    layout_line *lines;
    size_t n_lines, cap_lines;
    layout_span *spans;
    size_t n_spans, cap_spans;
    size_t line_first; /* first span of the line being built */
};

/* One character as layout sees it. */
typedef struct {
    size_t len;    /* bytes */
    unsigned cols; /* columns shown */
    bool control;  /* shown through layout_control_repr */
    bool hangs;    /* blank that may hang past the width at a break */
} glyph;

static bool is_control_cp(ucs4_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0);
}

/* Decodes the character at s (n > 0 bytes left). Invalid bytes come back
 * one at a time as control glyphs so they are shown, never sent raw. */
static glyph glyph_at(const uint8_t *s, size_t n)
{
    glyph g = {1, 1, false, false};
    if (s[0] < 0x80) {
        if (s[0] == ' ') {
            g.hangs = true;
        } else if (s[0] == '\t') {
            g.control = true; /* shown as one space */
            g.hangs = true;
        } else if (s[0] == '\n') {
            g.cols = 0;
            g.hangs = true;
        } else if (is_control_cp(s[0])) {
            g.control = true;
            g.cols = 2; /* ^X */
        }
        return g;
    }
    ucs4_t c;
    int len = u8_mbtoucr(&c, s, n);
    if (len <= 0) {
        g.control = true;
        g.cols = 4; /* \xNN */
        return g;
    }
    g.len = (size_t)len;
    int w = is_control_cp(c) ? -1 : uc_width(c, "UTF-8");
    if (w < 0) {
        char repr[16];
        g.control = true;
        g.cols = layout_control_repr((const char *)s, g.len, repr);
    } else {
        g.cols = (unsigned)w;
    }
    return g;
}

unsigned layout_control_repr(const char *text, size_t len, char out[16])
{
    const uint8_t *s = (const uint8_t *)text;
    if (len == 0) {
        out[0] = '\0';
        return 0;
    }
    if (s[0] == '\t') {
        strcpy(out, " ");
        return 1;
    }
    if (s[0] < 0x20 || s[0] == 0x7f) {
        out[0] = '^';
        out[1] = (char)(s[0] ^ 0x40);
        out[2] = '\0';
        return 2;
    }
    ucs4_t c;
    bool valid = u8_mbtoucr(&c, s, len) > 0;
    int w;
    if (valid && c < 0x80)
        w = snprintf(out, 16, "%c", (char)c); /* printable ASCII as it is */
    else if (valid)
        w = snprintf(out, 16, "<U+%04X>", (unsigned)c);
    else
        w = snprintf(out, 16, "\\x%02x", s[0]);
    return (unsigned)w;
}

size_t layout_text_width(const char *s, size_t len)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t cols = 0;
    for (size_t i = 0; i < len;) {
        glyph g = glyph_at(p + i, len - i);
        cols += g.cols;
        i += g.len;
    }
    return cols;
}

/* ---- semantic runs ------------------------------------------------------ */

/* Walks non-overlapping [start, end) runs in order; overlapping input runs
 * are clipped so the earlier (and, at equal starts, the longer) one wins. */
typedef struct {
    size_t start, end, id;
} run;

typedef struct {
    run *runs;
    size_t n, cap, at;
} run_list;

static void run_list_add(run_list *r, size_t start, size_t end, size_t id)
{
    if (r->n > 0 && start < r->runs[r->n - 1].end)
        start = r->runs[r->n - 1].end;
    if (start >= end)
        return;
    XGROW(r->runs, r->cap, r->n + 1);
    r->runs[r->n++] = (run){start, end, id};
}

/* The id covering `pos` (positions asked in increasing order), DOC_NONE when
 * none; *next is lowered to the next position where the answer changes. */
static size_t run_list_at(run_list *r, size_t pos, size_t *next)
{
    while (r->at < r->n && r->runs[r->at].end <= pos)
        r->at++;
    if (r->at == r->n)
        return DOC_NONE;
    const run *cur = &r->runs[r->at];
    if (pos < cur->start) {
        if (cur->start < *next)
            *next = cur->start;
        return DOC_NONE;
    }
    if (cur->end < *next)
        *next = cur->end;
    return cur->id;
}

/* ---- building ----------------------------------------------------------- */

static style_id block_style(doc_block_kind kind)
{
    switch (kind) {
    case DOC_BLOCK_CAPTION: return STYLE_CAPTION;
    case DOC_BLOCK_CREDIT: return STYLE_CREDIT;
    case DOC_BLOCK_EMBED: return STYLE_EMBED;
    case DOC_BLOCK_PARAGRAPH:
    case DOC_BLOCK_HEADING:
    case DOC_BLOCK_ITEM:
    case DOC_BLOCK_BLOCKQUOTE: break;
    }
    return STYLE_NORMAL;
}

static style_id entity_style(const doc *d, size_t entity)
{
    const doc_entity *e = doc_entity_get(d, entity);
    if (!e)
        return STYLE_NORMAL;
    switch (e->type) {
    case DOC_PERSON: return STYLE_PERSON;
    case DOC_PLACE: return STYLE_PLACE;
    case DOC_ORG: return STYLE_ORG;
    }
    return STYLE_NORMAL;
}

static void push_span(layout_block *lb, const layout_span *s)
{
    /* A span continuing the previous one in the same style grows it. */
    if (lb->n_spans > 0 && s->kind == LAYOUT_SPAN_TEXT) {
        layout_span *last = &lb->spans[lb->n_spans - 1];
        if (lb->n_spans > lb->line_first && last->kind == LAYOUT_SPAN_TEXT &&
            last->end == s->start && last->style == s->style &&
            last->entity == s->entity && last->quote == s->quote) {
            last->end = s->end;
            last->cols += s->cols;
            return;
        }
    }
    XGROW(lb->spans, lb->cap_spans, lb->n_spans + 1);
    lb->spans[lb->n_spans++] = *s;
}

/* Spans for the visible bytes [start, end) of the line being built. */
static void emit_spans(layout_block *lb, const doc *d, const doc_block *b,
                       size_t start, size_t end, run_list *quotes,
                       run_list *marks)
{
    const uint8_t *t = (const uint8_t *)b->text;
    style_id base = block_style(b->kind);
    unsigned col = 0;
    size_t pos = start;
    while (pos < end) {
        size_t next = end;
        size_t quote = run_list_at(quotes, pos, &next);
        size_t entity = run_list_at(marks, pos, &next);
        style_id style = entity != DOC_NONE  ? entity_style(d, entity)
                         : quote != DOC_NONE ? STYLE_QUOTE
                                             : base;
        layout_span s = {pos,   pos,    col,  0, LAYOUT_SPAN_TEXT,
                         style, entity, quote};
        while (pos < next) {
            glyph g = glyph_at(t + pos, b->len - pos);
            if (g.control) {
                if (s.end > s.start) {
                    push_span(lb, &s);
                    col += s.cols;
                }
                layout_span c = {pos,
                                 pos + g.len,
                                 col,
                                 g.cols,
                                 LAYOUT_SPAN_CONTROL,
                                 b->text[pos] == '\t' ? style : STYLE_CONTROL,
                                 entity,
                                 quote};
                push_span(lb, &c);
                col += g.cols;
                pos += g.len;
                s.start = s.end = pos;
                s.col = col;
                s.cols = 0;
                continue;
            }
            s.end = pos + g.len;
            s.cols += g.cols;
            pos += g.len;
        }
        if (s.end > s.start) {
            push_span(lb, &s);
            col += s.cols;
        }
    }
}

static void add_line(layout_block *lb, const doc *d, const doc_block *b,
                     size_t start, size_t end, run_list *quotes,
                     run_list *marks)
{
    size_t visible = end;
    while (visible > start &&
           (b->text[visible - 1] == ' ' || b->text[visible - 1] == '\t' ||
            b->text[visible - 1] == '\n'))
        visible--;
    lb->line_first = lb->n_spans;
    emit_spans(lb, d, b, start, visible, quotes, marks);
    /* The span pointer is set once the span array stops moving. */
    XGROW(lb->lines, lb->cap_lines, lb->n_lines + 1);
    lb->lines[lb->n_lines++] = (layout_line){lb->block, start, end, NULL,
                                             lb->n_spans - lb->line_first};
}

/* UAX #14 rule LB29 (no break between a full stop or comma and a letter),
 * which libunistring 1.0 does not apply: without it "U.S." and "Inc.com" can
 * break after the stop. */
static void keep_abbreviations_whole(const uint8_t *t, size_t len, char *brk)
{
    for (size_t i = 1; i < len; i++) {
        if (brk[i] != UC_BREAK_POSSIBLE)
            continue;
        uint8_t prev = t[i - 1];
        if ((prev == '.' || prev == ',' || prev == ':' || prev == ';') &&
            (t[i] >= 0x80 || isalpha(t[i])))
            brk[i] = UC_BREAK_PROHIBITED;
    }
}

layout_block *layout_block_new(const doc *d, size_t block, unsigned width)
{
    const doc_block *b = doc_block_get(d, block);
    layout_block *lb = xcalloc(1, sizeof *lb);
    lb->block = block;
    lb->width = width < 1 ? 1 : width;
    if (!b) {
        XGROW(lb->lines, lb->cap_lines, 1);
        lb->lines[lb->n_lines++] = (layout_line){block, 0, 0, NULL, 0};
        return lb;
    }

    run_list quotes = {0}, marks = {0};
    size_t first, count;
    doc_block_quotes(d, block, &first, &count);
    for (size_t q = first; q < first + count; q++) {
        const doc_quote *dq = doc_quote_get(d, q);
        run_list_add(&quotes, dq->start, dq->end > b->len ? b->len : dq->end,
                     q);
    }
    size_t n_marks;
    const doc_mark *m = doc_block_marks(d, block, &n_marks);
    for (size_t i = 0; i < n_marks; i++)
        run_list_add(&marks, m[i].start, m[i].end > b->len ? b->len : m[i].end,
                     m[i].entity);

    const uint8_t *t = (const uint8_t *)b->text;
    char *brk = xmalloc(b->len ? b->len : 1);
    if (b->len)
        u8_possible_linebreaks(t, b->len, "UTF-8", brk);
    keep_abbreviations_whole(t, b->len, brk);

    /* Greedy fill: remember the last place a line may end; when a visible
     * character would cross the width, end the line there, or, inside a word
     * longer than the width, right before that character. Blanks hang past
     * the edge and are trimmed from the line's spans. */
    size_t start = 0, last_break = 0;
    unsigned col = 0, col_at_break = 0;
    for (size_t i = 0; i < b->len;) {
        glyph g = glyph_at(t + i, b->len - i);
        if (i > start && brk[i] == UC_BREAK_POSSIBLE) {
            last_break = i;
            col_at_break = col;
        }
        if (!g.hangs && col + g.cols > lb->width && i > start) {
            size_t at = last_break > start ? last_break : i;
            add_line(lb, d, b, start, at, &quotes, &marks);
            col = at == i ? 0 : col - col_at_break;
            start = at;
            last_break = start;
            continue; /* the character may still not fit */
        }
        col += g.cols;
        i += g.len;
        if (t[i - 1] == '\n') {
            add_line(lb, d, b, start, i, &quotes, &marks);
            start = last_break = i;
            col = 0;
        }
    }
    if (start < b->len || lb->n_lines == 0)
        add_line(lb, d, b, start, b->len, &quotes, &marks);

    for (size_t i = 0, first = 0; i < lb->n_lines; i++) {
        lb->lines[i].spans = lb->spans ? lb->spans + first : NULL;
        first += lb->lines[i].n_spans;
    }
    free(brk);
    free(quotes.runs);
    free(marks.runs);
    return lb;
}

void layout_block_free(layout_block *lb)
{
    if (!lb)
        return;
    free(lb->lines);
    free(lb->spans);
    free(lb);
}

size_t layout_block_line_count(const layout_block *lb)
{
    return lb->n_lines;
}

const layout_line *layout_block_line(const layout_block *lb, size_t i)
{
    return i < lb->n_lines ? &lb->lines[i] : NULL;
}

size_t layout_block_line_at(const layout_block *lb, size_t offset)
{
    size_t lo = 0, hi = lb->n_lines; /* first line starting after offset */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (lb->lines[mid].start <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 ? lo - 1 : 0;
}

unsigned layout_gap_before(const doc *d, size_t block)
{
    if (block == 0 || block >= doc_block_count(d))
        return 0;
    /* Captions are gathered after the story: an extra blank line sets the
     * caption section apart from the body. */
    if (doc_block_get(d, block)->kind == DOC_BLOCK_CAPTION &&
        doc_block_get(d, block - 1)->kind != DOC_BLOCK_CAPTION)
        return 2;
    return 1;
}
