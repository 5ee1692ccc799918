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
    char *own_text; /* the byline's text, else NULL */
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
                       run_list *marks, run_list *links)
{
    const uint8_t *t = (const uint8_t *)b->text;
    style_id base = block_style(b->kind);
    unsigned col = 0;
    size_t pos = start;
    while (pos < end) {
        size_t next = end;
        size_t quote = run_list_at(quotes, pos, &next);
        size_t entity = run_list_at(marks, pos, &next);
        size_t link = run_list_at(links, pos, &next);
        style_id style = entity != DOC_NONE  ? entity_style(d, entity)
                         : link != DOC_NONE  ? STYLE_LINK
                         : quote != DOC_NONE ? STYLE_QUOTE
                                             : base;
        layout_span s = {pos,   pos,    col,   0,   LAYOUT_SPAN_TEXT,
                         style, entity, quote, link};
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
                                 quote,
                                 link};
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
                     run_list *marks, run_list *links)
{
    size_t visible = end;
    while (visible > start &&
           (b->text[visible - 1] == ' ' || b->text[visible - 1] == '\t' ||
            b->text[visible - 1] == '\n'))
        visible--;
    lb->line_first = lb->n_spans;
    emit_spans(lb, d, b, start, visible, quotes, marks, links);
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

/* Characters that may end a URL in running text; trailing ones of the
 * sentence (full stop, comma, closing quote...) are left out after. */
static bool url_char(uint8_t c)
{
    return c > 0x20 && c < 0x7f && c != '<' && c != '>' && c != '"' &&
           c != '`' && c != '{' && c != '}' && c != '|' && c != '\\' &&
           c != '^';
}

static bool starts_with(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    if (n < k)
        return false;
    for (size_t i = 0; i < k; i++)
        if (tolower((unsigned char)s[i]) != p[i])
            return false;
    return true;
}

size_t layout_url_end(const char *text, size_t len, size_t i)
{
    if (i >= len || (i > 0 && (isalnum((unsigned char)text[i - 1]) ||
                               text[i - 1] == '/' || text[i - 1] == '.')))
        return 0;
    const char *s = text + i;
    size_t n = len - i, skip;
    if (starts_with(s, n, "https://"))
        skip = 8;
    else if (starts_with(s, n, "http://"))
        skip = 7;
    else if (starts_with(s, n, "www."))
        skip = 4;
    else
        return 0;
    size_t e = skip;
    int open = 0;
    while (e < n && url_char((uint8_t)s[e])) {
        open += s[e] == '(' ? 1 : s[e] == ')' ? -1 : 0;
        e++;
    }
    /* sentence punctuation after a URL is not part of it; a closing
     * parenthesis is when the URL opened one */
    while (e > skip) {
        char c = s[e - 1];
        if (c == ')' && open < 0) {
            open++;
            e--;
        } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
                   c == '?' || c == '\'') {
            e--;
        } else {
            break;
        }
    }
    /* a host needs a character after the scheme or www. */
    return e > skip ? i + e : 0;
}

/* The block's links as runs (model links first, then bare URLs outside
 * them), and no break inside a URL. */
static void add_links(const doc *d, const doc_block *b, size_t block, char *brk,
                      run_list *links)
{
    size_t first, count;
    doc_block_links(d, block, &first, &count);
    run_list bare = {0};
    for (size_t i = 0; i < b->len; i++) {
        char c = b->text[i];
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W')
            continue;
        size_t e = layout_url_end(b->text, b->len, i);
        if (e == 0)
            continue;
        for (size_t k = i + 1; k < e; k++)
            brk[k] = UC_BREAK_PROHIBITED;
        run_list_add(&bare, i, e, LAYOUT_LINK_BARE);
        i = e - 1;
    }
    /* merge in order: a model link wins over a bare URL it overlaps */
    size_t j = 0;
    for (size_t k = first; k < first + count; k++) {
        const doc_link *l = doc_link_get(d, k);
        size_t end = l->end > b->len ? b->len : l->end;
        while (j < bare.n && bare.runs[j].start < l->start) {
            run r = bare.runs[j++];
            run_list_add(links, r.start, r.end > l->start ? l->start : r.end,
                         r.id);
        }
        run_list_add(links, l->start, end, k);
    }
    for (; j < bare.n; j++)
        run_list_add(links, bare.runs[j].start, bare.runs[j].end,
                     bare.runs[j].id);
    free(bare.runs);
}

static layout_block *lay_out(const doc *d, size_t block, const doc_block *b,
                             unsigned width);

layout_block *layout_block_new(const doc *d, size_t block, unsigned width)
{
    return lay_out(d, block, doc_block_get(d, block), width);
}

char *layout_byline_text(const doc *d)
{
    size_t n = doc_author_count(d);
    const char *site = doc_site(d);
    if (site && !*site)
        site = NULL;
    if (n == 0 && !site)
        return NULL;
    char *out = xstrdup(n ? "By " : "");
    for (size_t i = 0; i < n; i++) {
        const char *sep = i == 0 ? "" : i + 1 == n ? " and " : ", ";
        char *next = xasprintf("%s%s%s", out, sep, doc_author(d, i));
        free(out);
        out = next;
    }
    if (site) {
        char *next = xasprintf("%s%s%s", out, n ? " \xc2\xb7 " : "", site);
        free(out);
        out = next;
    }
    return out;
}

layout_block *layout_byline_new(const doc *d, unsigned width)
{
    char *text = layout_byline_text(d);
    if (!text)
        return NULL;
    doc_block b = {DOC_BLOCK_CREDIT, text, strlen(text), NULL, 0};
    layout_block *lb = lay_out(d, DOC_NONE, &b, width);
    lb->own_text = text;
    return lb;
}

const char *layout_block_text(const layout_block *lb)
{
    return lb ? lb->own_text : NULL;
}

static layout_block *lay_out(const doc *d, size_t block, const doc_block *b,
                             unsigned width)
{
    layout_block *lb = xcalloc(1, sizeof *lb);
    lb->block = block;
    lb->width = width < 1 ? 1 : width;
    if (!b) {
        XGROW(lb->lines, lb->cap_lines, 1);
        lb->lines[lb->n_lines++] = (layout_line){block, 0, 0, NULL, 0};
        return lb;
    }

    run_list quotes = {0}, marks = {0}, links = {0};
    size_t first = 0, count = 0;
    /* the byline (block DOC_NONE) has no quotations, mentions or links */
    if (block != DOC_NONE)
        doc_block_quotes(d, block, &first, &count);
    for (size_t q = first; q < first + count; q++) {
        const doc_quote *dq = doc_quote_get(d, q);
        run_list_add(&quotes, dq->start, dq->end > b->len ? b->len : dq->end,
                     q);
    }
    size_t n_marks = 0;
    const doc_mark *m =
        block != DOC_NONE ? doc_block_marks(d, block, &n_marks) : NULL;
    for (size_t i = 0; i < n_marks; i++)
        run_list_add(&marks, m[i].start, m[i].end > b->len ? b->len : m[i].end,
                     m[i].entity);

    const uint8_t *t = (const uint8_t *)b->text;
    char *brk = xmalloc(b->len ? b->len : 1);
    if (b->len)
        u8_possible_linebreaks(t, b->len, "UTF-8", brk);
    keep_abbreviations_whole(t, b->len, brk);
    if (block != DOC_NONE)
        add_links(d, b, block, brk, &links);

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
            add_line(lb, d, b, start, at, &quotes, &marks, &links);
            col = at == i ? 0 : col - col_at_break;
            start = at;
            last_break = start;
            continue; /* the character may still not fit */
        }
        col += g.cols;
        i += g.len;
        if (t[i - 1] == '\n') {
            add_line(lb, d, b, start, i, &quotes, &marks, &links);
            start = last_break = i;
            col = 0;
        }
    }
    if (start < b->len || lb->n_lines == 0)
        add_line(lb, d, b, start, b->len, &quotes, &marks, &links);

    for (size_t i = 0, first = 0; i < lb->n_lines; i++) {
        lb->lines[i].spans = lb->spans ? lb->spans + first : NULL;
        first += lb->lines[i].n_spans;
    }
    free(brk);
    free(quotes.runs);
    free(marks.runs);
    free(links.runs);
    return lb;
}

void layout_block_free(layout_block *lb)
{
    if (!lb)
        return;
    free(lb->own_text);
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
