#include "viewstate.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "xalloc.h"

/* Cached block layouts kept between frames; a screen never shows more
 * blocks than it has rows, so this is far above any working set. */
#define CACHE_KEEP 512

typedef struct {
    size_t block, row;
} pos;

bool viewstate_anchor_equal(viewstate_anchor a, viewstate_anchor b)
{
    return a.block == b.block && a.offset == b.offset && a.gap_row == b.gap_row;
}

/* ---- blocks shown ----------------------------------------------------- */

static size_t n_blocks(const viewstate *vs)
{
    return doc_block_count(vs->d);
}

/* First filtered block index >= block. */
static size_t filter_lower(const viewstate *vs, size_t block)
{
    size_t lo = 0, hi = vs->n_filter_blocks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (vs->filter_blocks[mid] < block)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool viewstate_block_shown(const viewstate *vs, size_t block)
{
    if (block >= n_blocks(vs))
        return false;
    if (vs->filter_entity == DOC_NONE)
        return true;
    size_t i = filter_lower(vs, block);
    return i < vs->n_filter_blocks && vs->filter_blocks[i] == block;
}

static size_t first_shown(const viewstate *vs)
{
    if (vs->filter_entity != DOC_NONE)
        return vs->n_filter_blocks ? vs->filter_blocks[0] : DOC_NONE;
    return n_blocks(vs) ? 0 : DOC_NONE;
}

static size_t last_shown(const viewstate *vs)
{
    if (vs->filter_entity != DOC_NONE)
        return vs->n_filter_blocks ? vs->filter_blocks[vs->n_filter_blocks - 1]
                                   : DOC_NONE;
    return n_blocks(vs) ? n_blocks(vs) - 1 : DOC_NONE;
}

static size_t next_shown(const viewstate *vs, size_t b)
{
    if (vs->filter_entity != DOC_NONE) {
        size_t i = filter_lower(vs, b + 1);
        return i < vs->n_filter_blocks ? vs->filter_blocks[i] : DOC_NONE;
    }
    return b + 1 < n_blocks(vs) ? b + 1 : DOC_NONE;
}

static size_t prev_shown(const viewstate *vs, size_t b)
{
    if (vs->filter_entity != DOC_NONE) {
        size_t i = filter_lower(vs, b);
        return i > 0 ? vs->filter_blocks[i - 1] : DOC_NONE;
    }
    return b > 0 ? b - 1 : DOC_NONE;
}

/* ---- layout cache ----------------------------------------------------- */

const layout_block *viewstate_layout(viewstate *vs, size_t block)
{
    if (!vs->cache[block]) {
        vs->cache[block] = layout_block_new(vs->d, block, vs->width);
        vs->n_cached++;
    }
    vs->stamp[block] = ++vs->tick;
    return vs->cache[block];
}

static void drop_cache(viewstate *vs)
{
    size_t n = n_blocks(vs);
    for (size_t b = 0; b < n && vs->n_cached; b++)
        if (vs->cache[b]) {
            layout_block_free(vs->cache[b]);
            vs->cache[b] = NULL;
            vs->n_cached--;
        }
}

static int cmp_ulong(const void *a, const void *b)
{
    unsigned long x = *(const unsigned long *)a, y = *(const unsigned long *)b;
    return x < y ? -1 : x > y;
}

void viewstate_trim_cache(viewstate *vs)
{
    if (vs->n_cached <= CACHE_KEEP)
        return;
    /* Keep the CACHE_KEEP/2 most recently used: find the stamp limit. */
    size_t n = n_blocks(vs), k = 0;
    unsigned long *stamps = xreallocarray(NULL, vs->n_cached, sizeof *stamps);
    for (size_t b = 0; b < n; b++)
        if (vs->cache[b])
            stamps[k++] = vs->stamp[b];
    qsort(stamps, k, sizeof *stamps, cmp_ulong);
    unsigned long limit = stamps[k - CACHE_KEEP / 2];
    free(stamps);
    for (size_t b = 0; b < n; b++)
        if (vs->cache[b] && vs->stamp[b] < limit) {
            layout_block_free(vs->cache[b]);
            vs->cache[b] = NULL;
            vs->n_cached--;
        }
}

/* ---- rows ------------------------------------------------------------- */

/* Rows the byline takes above the first block (and a blank one after):
 * only while every block is shown, as the article's head. */
static size_t byline_rows(const viewstate *vs)
{
    if (!vs->byline || vs->filter_entity != DOC_NONE)
        return 0;
    return layout_block_line_count(vs->byline) + 1;
}

static size_t gap_rows(const viewstate *vs, size_t b)
{
    return b == first_shown(vs) ? byline_rows(vs) : layout_gap_before(vs->d, b);
}

static size_t block_rows(viewstate *vs, size_t b)
{
    return gap_rows(vs, b) + layout_block_line_count(viewstate_layout(vs, b));
}

static int pos_cmp(pos a, pos b)
{
    if (a.block != b.block)
        return a.block < b.block ? -1 : 1;
    return a.row < b.row ? -1 : a.row > b.row;
}

/* Moves a position past the end of its block onto the next shown block. */
static pos normalise(viewstate *vs, pos p)
{
    for (;;) {
        size_t r = block_rows(vs, p.block);
        if (p.row < r)
            return p;
        size_t nb = next_shown(vs, p.block);
        if (nb == DOC_NONE)
            return p;
        p.row -= r;
        p.block = nb;
    }
}

static pos forward(viewstate *vs, pos p, size_t n)
{
    while (n > 0) {
        size_t r = block_rows(vs, p.block);
        size_t left = r > p.row ? r - p.row : 0;
        if (n < left) {
            p.row += n;
            return p;
        }
        size_t nb = next_shown(vs, p.block);
        if (nb == DOC_NONE) {
            p.row = r;
            return p;
        }
        n -= left;
        p.block = nb;
        p.row = 0;
    }
    return normalise(vs, p);
}

static pos backward(viewstate *vs, pos p, size_t n)
{
    while (n > 0) {
        if (p.row >= n) {
            p.row -= n;
            break;
        }
        n -= p.row;
        size_t pb = prev_shown(vs, p.block);
        if (pb == DOC_NONE) {
            p.row = 0;
            break;
        }
        p.block = pb;
        p.row = block_rows(vs, pb);
    }
    return normalise(vs, p);
}

static pos item_pos(viewstate *vs, size_t block, size_t offset)
{
    const layout_block *lb = viewstate_layout(vs, block);
    size_t line =
        layout_block_line_count(lb) ? layout_block_line_at(lb, offset) : 0;
    return (pos){block, gap_rows(vs, block) + line};
}

static pos top_pos(viewstate *vs)
{
    if (first_shown(vs) == DOC_NONE)
        return (pos){0, 0};
    viewstate_anchor a = vs->top;
    if (a.gap_row >= 0) {
        size_t gap = gap_rows(vs, a.block);
        if ((size_t)a.gap_row < gap)
            return (pos){a.block, (size_t)a.gap_row};
        return normalise(vs, (pos){a.block, gap});
    }
    return normalise(vs, item_pos(vs, a.block, a.offset));
}

static viewstate_anchor anchor_of(viewstate *vs, pos p)
{
    size_t gap = gap_rows(vs, p.block);
    if (p.row < gap)
        return (viewstate_anchor){p.block, 0, (int)p.row};
    const layout_block *lb = viewstate_layout(vs, p.block);
    size_t i = p.row - gap;
    if (i >= layout_block_line_count(lb))
        return (viewstate_anchor){p.block, doc_block_get(vs->d, p.block)->len,
                                  -1};
    return (viewstate_anchor){p.block, layout_block_line(lb, i)->start, -1};
}

static pos end_pos(viewstate *vs)
{
    size_t b = last_shown(vs);
    return (pos){b, block_rows(vs, b)};
}

static pos max_top(viewstate *vs)
{
    pos p = backward(vs, end_pos(vs), vs->height ? vs->height : 1);
    return p;
}

static void set_top(viewstate *vs, pos p)
{
    if (first_shown(vs) == DOC_NONE)
        return;
    pos m = max_top(vs);
    if (pos_cmp(p, m) > 0)
        p = m;
    vs->top = anchor_of(vs, p);
}

size_t viewstate_rows(viewstate *vs, viewstate_row *rows, size_t max)
{
    if (first_shown(vs) == DOC_NONE)
        return 0;
    pos p = top_pos(vs);
    size_t n = 0;
    while (n < max) {
        size_t gap = gap_rows(vs, p.block);
        const layout_block *lb = viewstate_layout(vs, p.block);
        size_t lines = layout_block_line_count(lb);
        if (p.row < gap) {
            size_t by = byline_rows(vs);
            if (by && p.block == first_shown(vs) && p.row + 1 < by)
                rows[n++] =
                    (viewstate_row){layout_block_line(vs->byline, p.row),
                                    p.block, layout_block_text(vs->byline)};
            else
                rows[n++] = (viewstate_row){NULL, p.block, NULL};
            p.row++;
            continue;
        }
        if (p.row - gap < lines) {
            rows[n++] = (viewstate_row){layout_block_line(lb, p.row - gap),
                                        p.block, NULL};
            p.row++;
            continue;
        }
        size_t nb = next_shown(vs, p.block);
        if (nb == DOC_NONE)
            break;
        p = (pos){nb, 0};
    }
    return n;
}

/* Whether an item's row is on screen. */
static bool pos_visible(viewstate *vs, pos p)
{
    pos top = top_pos(vs);
    if (pos_cmp(p, top) < 0)
        return false;
    pos last = forward(vs, top, vs->height ? vs->height - 1 : 0);
    return pos_cmp(p, last) <= 0;
}

bool viewstate_in_view(viewstate *vs, size_t block, size_t offset)
{
    return first_shown(vs) != DOC_NONE && block < n_blocks(vs) &&
           viewstate_block_shown(vs, block) &&
           pos_visible(vs, item_pos(vs, block, offset));
}

bool viewstate_scroll(viewstate *vs, long n)
{
    if (first_shown(vs) == DOC_NONE || n == 0)
        return false;
    viewstate_anchor before = vs->top;
    pos p = top_pos(vs);
    p = n > 0 ? forward(vs, p, (size_t)n) : backward(vs, p, (size_t)-n);
    set_top(vs, p);
    return !viewstate_anchor_equal(before, vs->top);
}

void viewstate_to_top(viewstate *vs)
{
    size_t b = first_shown(vs);
    if (b != DOC_NONE)
        set_top(vs, (pos){b, 0});
}

void viewstate_to_bottom(viewstate *vs)
{
    if (first_shown(vs) != DOC_NONE)
        set_top(vs, max_top(vs));
}

void viewstate_set_anchor(viewstate *vs, size_t block, size_t offset)
{
    if (first_shown(vs) == DOC_NONE)
        return;
    if (block >= n_blocks(vs)) {
        viewstate_to_bottom(vs);
        return;
    }
    const doc_block *blk = doc_block_get(vs->d, block);
    if (offset > blk->len)
        offset = blk->len;
    vs->top = (viewstate_anchor){block, offset, -1};
    /* The end of a block (never a line start) stands for the blank row
     * after it: see viewstate_get_anchor. */
    size_t nb = next_shown(vs, block);
    if (blk->len > 0 && offset == blk->len && nb != DOC_NONE &&
        gap_rows(vs, nb) > 0)
        vs->top = (viewstate_anchor){nb, 0, 0};
    if (!viewstate_block_shown(vs, block)) {
        if (nb == DOC_NONE)
            nb = last_shown(vs);
        vs->top = (viewstate_anchor){nb, 0, -1};
    }
    set_top(vs, top_pos(vs));
}

void viewstate_get_anchor(viewstate *vs, size_t *block, size_t *offset)
{
    *block = vs->top.block;
    *offset = vs->top.offset;
    if (vs->top.gap_row == 0 && first_shown(vs) != DOC_NONE) {
        size_t pb = prev_shown(vs, vs->top.block);
        if (pb != DOC_NONE && doc_block_get(vs->d, pb)->len > 0) {
            *block = pb;
            *offset = doc_block_get(vs->d, pb)->len;
        }
    } else if (vs->top.gap_row > 0) {
        *offset = 0;
    }
}

static size_t context_rows(const viewstate *vs)
{
    size_t c = vs->height / 4;
    return c > 2 ? 2 : c;
}

/* Scrolls so bytes [start, end) of a block show, their start first;
 * returns whether the top moved. */
static bool show_item(viewstate *vs, size_t block, size_t start, size_t end)
{
    if (!viewstate_block_shown(vs, block)) {
        viewstate_set_filter(vs, DOC_NONE);
        viewstate_message(vs, "filter off");
    }
    if (first_shown(vs) == DOC_NONE)
        return false;
    pos p = item_pos(vs, block, start);
    pos q = end > start ? item_pos(vs, block, end - 1) : p;
    if (pos_visible(vs, p) && pos_visible(vs, q))
        return false;
    viewstate_anchor before = vs->top;
    set_top(vs, backward(vs, p, context_rows(vs)));
    return !viewstate_anchor_equal(before, vs->top);
}

/* Jumps to an item: remembers where from, and where it landed. */
static void jump(viewstate *vs, size_t block, size_t offset, size_t end)
{
    viewstate_anchor before = vs->top;
    if (show_item(vs, block, offset, end)) {
        viewstate_anchor after = vs->top;
        vs->top = before;
        viewstate_push_back(vs);
        vs->top = after;
    }
    vs->has_cursor = true;
    vs->cursor_block = block;
    vs->cursor_offset = offset;
}

static jumplist_pos here(viewstate *vs)
{
    jumplist_pos p;
    viewstate_get_anchor(vs, &p.block, &p.offset);
    return p;
}

/* Goes to a remembered place; the jump's landing mark is dropped, so the
 * next ] or } starts from the top row there. */
static void go_to(viewstate *vs, jumplist_pos p)
{
    viewstate_set_anchor(vs, p.block, p.offset);
    vs->has_cursor = false;
}

void viewstate_push_back(viewstate *vs)
{
    if (first_shown(vs) == DOC_NONE)
        return;
    jumplist_push(vs->jumps, here(vs));
}

bool viewstate_pop_back(viewstate *vs)
{
    jumplist_pos to;
    if (first_shown(vs) == DOC_NONE || !jumplist_back(vs->jumps, here(vs), &to))
        return false;
    go_to(vs, to);
    return true;
}

bool viewstate_jump_older(viewstate *vs)
{
    jumplist_pos to;
    if (first_shown(vs) == DOC_NONE ||
        !jumplist_older(vs->jumps, here(vs), &to))
        return false;
    go_to(vs, to);
    return true;
}

bool viewstate_jump_newer(viewstate *vs)
{
    jumplist_pos to;
    if (first_shown(vs) == DOC_NONE ||
        !jumplist_newer(vs->jumps, here(vs), &to))
        return false;
    go_to(vs, to);
    return true;
}

bool viewstate_set_mark(viewstate *vs, int letter)
{
    return first_shown(vs) != DOC_NONE &&
           jumplist_set_mark(vs->jumps, letter, here(vs));
}

bool viewstate_goto_mark(viewstate *vs, int letter)
{
    jumplist_pos to;
    if (first_shown(vs) == DOC_NONE ||
        !jumplist_get_mark(vs->jumps, letter, &to))
        return false;
    jumplist_pos from = here(vs);
    if (from.block != to.block || from.offset != to.offset)
        jumplist_push(vs->jumps, from);
    go_to(vs, to);
    return true;
}

void viewstate_goto_percent(viewstate *vs, unsigned percent)
{
    if (first_shown(vs) == DOC_NONE)
        return;
    viewstate_anchor before = vs->top;
    size_t total = doc_text_bytes(vs->d), nb = n_blocks(vs);
    if (percent >= 100 || total == 0) {
        viewstate_to_bottom(vs);
    } else {
        size_t bytes = (size_t)((double)total * percent / 100.0);
        /* the block holding that byte: the last one starting at or before */
        size_t lo = 0, hi = nb;
        while (hi - lo > 1) {
            size_t mid = lo + (hi - lo) / 2;
            if (vs->block_start[mid] <= bytes)
                lo = mid;
            else
                hi = mid;
        }
        viewstate_set_anchor(vs, lo, bytes - vs->block_start[lo]);
    }
    if (!viewstate_anchor_equal(before, vs->top)) {
        viewstate_anchor after = vs->top;
        vs->top = before;
        viewstate_push_back(vs);
        vs->top = after;
    }
    vs->has_cursor = false;
}

unsigned viewstate_percent(viewstate *vs)
{
    size_t total = doc_text_bytes(vs->d);
    if (first_shown(vs) == DOC_NONE || total == 0)
        return 100;
    pos last = forward(vs, top_pos(vs), vs->height ? vs->height - 1 : 0);
    pos end = end_pos(vs);
    if (pos_cmp(last, backward(vs, end, 1)) >= 0)
        return 100;
    size_t gap = gap_rows(vs, last.block), bytes = vs->block_start[last.block];
    if (last.row >= gap) {
        const layout_block *lb = viewstate_layout(vs, last.block);
        size_t i = last.row - gap;
        if (i < layout_block_line_count(lb))
            bytes += layout_block_line(lb, i)->end;
    }
    unsigned pc = (unsigned)((double)bytes * 100.0 / (double)total);
    return pc > 100 ? 100 : pc;
}

/* ---- geometry --------------------------------------------------------- */

void viewstate_set_body(viewstate *vs, unsigned width, unsigned height)
{
    if (width < 1)
        width = 1;
    if (width != vs->width) {
        drop_cache(vs);
        vs->width = width;
        layout_block_free(vs->byline);
        vs->byline = layout_byline_new(vs->d, width);
    }
    /* The anchor is left as it is, unclamped: a window that grows and
     * shrinks back shows the very same words. */
    vs->height = height;
}

void viewstate_set_lists(viewstate *vs, bool sidebar, unsigned sidebar_rows,
                         bool captions, unsigned caption_rows)
{
    vs->sidebar_shown = sidebar;
    vs->captions_shown = captions;
    vs->sidebar_rows = sidebar_rows;
    vs->caption_rows = caption_rows;
    if ((vs->focus == VIEWSTATE_FOCUS_SIDEBAR && !sidebar) ||
        (vs->focus == VIEWSTATE_FOCUS_CAPTIONS && !captions))
        vs->focus = VIEWSTATE_FOCUS_BODY;
}

/* ---- the current position for next / previous -------------------------- */

/* Where next/prev start: the last jump's landing place while it is on
 * screen (strict: skip it), else the top row (inclusive). */
static void from_position(viewstate *vs, size_t *block, size_t *offset,
                          bool *strict)
{
    if (vs->has_cursor && viewstate_block_shown(vs, vs->cursor_block) &&
        pos_visible(vs, item_pos(vs, vs->cursor_block, vs->cursor_offset))) {
        *block = vs->cursor_block;
        *offset = vs->cursor_offset;
        *strict = true;
        return;
    }
    pos p = top_pos(vs);
    viewstate_anchor a = anchor_of(vs, p);
    *block = a.block;
    *offset = a.gap_row >= 0 ? 0 : a.offset;
    *strict = false;
}

/* ---- quotations ------------------------------------------------------- */

static size_t quote_lower_bound(const doc *d, size_t block, size_t offset)
{
    size_t lo = 0, hi = doc_quote_count(d);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const doc_quote *q = doc_quote_get(d, mid);
        if (q->block < block || (q->block == block && q->start < offset))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool viewstate_goto_quote(viewstate *vs, size_t quote)
{
    if (quote >= doc_quote_count(vs->d))
        return false;
    const doc_quote *q = doc_quote_get(vs->d, quote);
    vs->quote = quote;
    vs->caption = DOC_NONE;
    vs->context = VIEWSTATE_CONTEXT_QUOTE;
    jump(vs, q->block, q->start, q->end);
    return true;
}

/* Steps from index i in dir over n items, wrapping, to one whose block is
 * shown; DOC_NONE when no item is shown. */
typedef size_t (*item_block_fn)(const viewstate *vs, size_t i);

static size_t step_shown(const viewstate *vs, size_t i, int dir, size_t n,
                         item_block_fn block_of)
{
    for (size_t tries = 0; tries < n; tries++) {
        i = (i + n) % n;
        if (viewstate_block_shown(vs, block_of(vs, i)))
            return i;
        i += dir > 0 ? 1 : n - 1;
    }
    return DOC_NONE;
}

/* Whether a step that started from raw index `raw` (before the modulo) and
 * landed on `landed` went round the end, as vim says. */
static bool wrapped(size_t raw, size_t landed, int dir, size_t n)
{
    size_t start = raw % n;
    if (dir > 0)
        return raw >= n || landed < start;
    return raw < n || landed > start;
}

static void note_wrap(viewstate *vs, const char *what, int dir)
{
    if (!vs->message)
        viewstate_message(vs, "%s hit %s, continuing at %s", what,
                          dir > 0 ? "BOTTOM" : "TOP",
                          dir > 0 ? "TOP" : "BOTTOM");
}

static size_t quote_block(const viewstate *vs, size_t i)
{
    return doc_quote_get(vs->d, i)->block;
}

size_t viewstate_speech_rank(const viewstate *vs, size_t quote)
{
    size_t lo = 0, hi = vs->n_speech;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (vs->speech[mid] < quote)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < vs->n_speech && vs->speech[lo] == quote ? lo : DOC_NONE;
}

/* First speech quotation at or after (block, offset): an index into
 * vs->speech, n_speech when none. */
static size_t speech_lower_bound(const viewstate *vs, size_t block,
                                 size_t offset)
{
    size_t q = quote_lower_bound(vs->d, block, offset);
    size_t lo = 0, hi = vs->n_speech;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (vs->speech[mid] < q)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t speech_block(const viewstate *vs, size_t i)
{
    return quote_block(vs, vs->speech[i]);
}

bool viewstate_next_quote(viewstate *vs, int dir)
{
    size_t n = vs->n_speech;
    if (n == 0) {
        viewstate_message(vs, doc_quote_count(vs->d)
                                  ? "no quoted speech in this article"
                                  : "no quotations in this article");
        return false;
    }
    size_t i;
    size_t rank =
        vs->quote != DOC_NONE ? viewstate_speech_rank(vs, vs->quote) : DOC_NONE;
    if (rank != DOC_NONE &&
        viewstate_block_shown(vs, quote_block(vs, vs->quote)) &&
        pos_visible(vs, item_pos(vs, quote_block(vs, vs->quote),
                                 doc_quote_get(vs->d, vs->quote)->start))) {
        i = rank + (dir > 0 ? 1 : n - 1);
    } else {
        size_t b, o;
        bool strict;
        from_position(vs, &b, &o, &strict);
        i = speech_lower_bound(vs, b, dir > 0 && strict ? o + 1 : o);
        if (dir < 0)
            i = i + n - 1;
    }
    size_t raw = i;
    i = step_shown(vs, i % n, dir, n, speech_block);
    if (i == DOC_NONE) {
        viewstate_message(vs, "no quotations shown");
        return false;
    }
    bool ok = viewstate_goto_quote(vs, vs->speech[i]);
    if (ok && wrapped(raw, i, dir, n))
        note_wrap(vs, "quotations", dir);
    return ok;
}

/* ---- mentions --------------------------------------------------------- */

const doc_span *viewstate_mentions(const viewstate *vs, size_t entity,
                                   size_t *n)
{
    return mentions_of(vs->ment, entity, n);
}

static size_t mention_lower_bound(const viewstate *vs, size_t entity,
                                  size_t block, size_t offset)
{
    size_t n;
    const doc_span *ms = viewstate_mentions(vs, entity, &n);
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const doc_span *m = &ms[mid];
        if (m->block < block || (m->block == block && m->start < offset))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void goto_mention(viewstate *vs, size_t entity, size_t i)
{
    size_t n;
    const doc_span *m = &viewstate_mentions(vs, entity, &n)[i];
    vs->mention_of = entity;
    vs->mention = i;
    vs->caption = DOC_NONE;
    vs->context = VIEWSTATE_CONTEXT_PERSON;
    jump(vs, m->block, m->start, m->end);
}

static size_t selected_mention_block(const viewstate *vs, size_t i)
{
    size_t n;
    return viewstate_mentions(vs, vs->entity, &n)[i].block;
}

static bool is_person(const viewstate *vs, size_t entity)
{
    const doc_entity *e = doc_entity_get(vs->d, entity);
    return e && e->type == DOC_PERSON;
}

/* The next person mention in reading order after (or before) a place,
 * wrapping once around the article. */
static bool any_person_mention(viewstate *vs, size_t b, size_t o, bool strict,
                               int dir)
{
    size_t nb = n_blocks(vs);
    for (size_t step = 0; step <= nb; step++) {
        if (viewstate_block_shown(vs, b)) {
            size_t n;
            const doc_mark *marks = doc_block_marks(vs->d, b, &n);
            if (dir > 0) {
                for (size_t i = 0; i < n; i++) {
                    bool after = step > 0 || marks[i].start > o ||
                                 (!strict && marks[i].start == o);
                    if (after && is_person(vs, marks[i].entity)) {
                        goto_mention(vs, marks[i].entity,
                                     mention_lower_bound(vs, marks[i].entity, b,
                                                         marks[i].start));
                        return true;
                    }
                }
            } else {
                for (size_t i = n; i-- > 0;) {
                    bool before = step > 0 || marks[i].start < o;
                    if (before && is_person(vs, marks[i].entity)) {
                        goto_mention(vs, marks[i].entity,
                                     mention_lower_bound(vs, marks[i].entity, b,
                                                         marks[i].start));
                        return true;
                    }
                }
            }
        }
        b = dir > 0 ? (b + 1) % nb : (b + nb - 1) % nb;
        o = dir > 0 ? 0 : (size_t)-1;
    }
    return false;
}

bool viewstate_next_mention(viewstate *vs, int dir)
{
    if (first_shown(vs) == DOC_NONE) {
        viewstate_message(vs, "no people mentioned");
        return false;
    }
    size_t b, o;
    bool strict;
    if (vs->entity == DOC_NONE) {
        if (vs->mention_of != DOC_NONE) {
            size_t nm;
            const doc_span *m =
                &viewstate_mentions(vs, vs->mention_of, &nm)[vs->mention];
            if (viewstate_block_shown(vs, m->block) &&
                pos_visible(vs, item_pos(vs, m->block, m->start))) {
                vs->has_cursor = true;
                vs->cursor_block = m->block;
                vs->cursor_offset = m->start;
            }
        }
        from_position(vs, &b, &o, &strict);
        if (!any_person_mention(vs, b, o, strict, dir)) {
            viewstate_message(vs, "no people mentioned");
            return false;
        }
        return true;
    }
    size_t n;
    const doc_span *ms = viewstate_mentions(vs, vs->entity, &n);
    if (n == 0) {
        viewstate_message(vs, "no mentions in the text");
        return false;
    }
    size_t i;
    if (vs->mention_of == vs->entity && vs->mention < n &&
        viewstate_block_shown(vs, ms[vs->mention].block) &&
        pos_visible(
            vs, item_pos(vs, ms[vs->mention].block, ms[vs->mention].start))) {
        i = vs->mention + (dir > 0 ? 1 : n - 1);
    } else {
        from_position(vs, &b, &o, &strict);
        i = mention_lower_bound(vs, vs->entity, b,
                                dir > 0 && strict ? o + 1 : o);
        if (dir < 0)
            i += n - 1;
    }
    size_t raw = i;
    i = step_shown(vs, i % n, dir, n, selected_mention_block);
    if (i == DOC_NONE)
        return false;
    goto_mention(vs, vs->entity, i);
    if (wrapped(raw, i, dir, n))
        note_wrap(vs, "mentions", dir);
    return true;
}

/* ---- search ----------------------------------------------------------- */

static size_t match_block(const viewstate *vs, size_t i)
{
    return search_get(vs->search, i)->block;
}

static void goto_match(viewstate *vs, size_t i)
{
    const search_match *m = search_get(vs->search, i);
    vs->match = i;
    vs->caption = DOC_NONE;
    vs->context = VIEWSTATE_CONTEXT_SEARCH;
    jump(vs, m->block, m->start, m->end);
}

bool viewstate_search(viewstate *vs, const char *query, size_t len)
{
    if (len == 0) {
        if (!vs->query) {
            viewstate_message(vs, "no previous search");
            return false;
        }
        char *q = xstrdup(vs->query);
        bool r = viewstate_search(vs, q, strlen(q));
        free(q);
        return r;
    }
    search_free(vs->search);
    free(vs->query);
    vs->query = xstrndup(query, len);
    vs->search = search_run(vs->d, query, len);
    vs->match = DOC_NONE;
    vs->context = VIEWSTATE_CONTEXT_SEARCH;
    size_t n = search_count(vs->search);
    if (n == 0 || first_shown(vs) == DOC_NONE)
        return false;
    /* As in less and vim: the first match at or after the top line, so
     * a search never drags the reader back to the start. */
    pos top = top_pos(vs);
    viewstate_anchor a = anchor_of(vs, top);
    size_t first =
        search_first_from(vs->search, a.block, a.gap_row >= 0 ? 0 : a.offset);
    size_t i = step_shown(vs, first % n, 1, n, match_block);
    if (i == DOC_NONE)
        return false;
    goto_match(vs, i);
    return true;
}

bool viewstate_next_match(viewstate *vs, int dir)
{
    if (!vs->search && vs->query) {
        /* n after Esc: the last search again, from where the reader is */
        vs->search = search_run(vs->d, vs->query, strlen(vs->query));
        vs->match = DOC_NONE;
    }
    if (!vs->search) {
        viewstate_message(vs, "no search yet: / searches");
        return false;
    }
    vs->context = VIEWSTATE_CONTEXT_SEARCH;
    size_t n = search_count(vs->search);
    if (n == 0)
        return false;
    size_t i;
    const search_match *cur =
        vs->match != DOC_NONE ? search_get(vs->search, vs->match) : NULL;
    if (cur && viewstate_block_shown(vs, cur->block) &&
        pos_visible(vs, item_pos(vs, cur->block, cur->start))) {
        i = vs->match + (dir > 0 ? 1 : n - 1);
    } else {
        size_t b, o;
        bool strict;
        from_position(vs, &b, &o, &strict);
        i = search_first_from(vs->search, b, dir > 0 && strict ? o + 1 : o);
        if (dir < 0)
            i += n - 1;
    }
    size_t raw = i;
    i = step_shown(vs, i % n, dir, n, match_block);
    if (i == DOC_NONE)
        return false;
    goto_match(vs, i);
    if (wrapped(raw, i, dir, n))
        note_wrap(vs, "search", dir);
    return true;
}

/* ---- selection and filter --------------------------------------------- */

static void clear_selection(viewstate *vs)
{
    size_t n = doc_entity_count(vs->d);
    if (vs->entity != DOC_NONE || vs->mention_of != DOC_NONE)
        memset(vs->selected, 0, n * sizeof *vs->selected);
    else
        for (size_t i = 0; i < n; i++)
            vs->selected[i] = false;
    vs->entity = DOC_NONE;
    vs->mention_of = DOC_NONE;
}

void viewstate_select_entity(viewstate *vs, size_t entity, bool jump_to)
{
    if (entity >= doc_entity_count(vs->d))
        return;
    clear_selection(vs);
    vs->selected[entity] = true;
    vs->entity = entity;
    vs->context = VIEWSTATE_CONTEXT_PERSON;
    const doc_entity *e = doc_entity_get(vs->d, entity);
    size_t nm;
    viewstate_mentions(vs, entity, &nm);
    if (nm == 0) {
        viewstate_message(vs, "%s: no mentions in the text",
                          e->name ? e->name : "?");
        return;
    }
    vs->mention_of = entity;
    vs->mention = 0;
    if (jump_to) {
        size_t i = step_shown(vs, 0, 1, nm, selected_mention_block);
        if (i == DOC_NONE)
            i = 0;
        goto_mention(vs, entity, i);
    }
}

void viewstate_select_caption_people(viewstate *vs, size_t caption)
{
    const doc_caption *c = doc_caption_get(vs->d, caption);
    if (!c)
        return;
    vs->caption_sel = caption;
    clear_selection(vs);
    /* one entity selected at a time: the first person the caption names */
    for (size_t i = 0; i < c->n_people && vs->entity == DOC_NONE; i++)
        if (c->people[i] < doc_entity_count(vs->d)) {
            vs->selected[c->people[i]] = true;
            vs->entity = c->people[i];
        }
    vs->quote = DOC_NONE;
    vs->match = DOC_NONE;
    vs->caption = caption;
    vs->context = VIEWSTATE_CONTEXT_CAPTION;
    const doc_block *b = doc_block_get(vs->d, c->block);
    if (b)
        jump(vs, c->block, 0, b->len);
}

bool viewstate_next_caption(viewstate *vs, int dir)
{
    size_t n = doc_caption_count(vs->d);
    if (n == 0) {
        viewstate_message(vs, "no captions in this article");
        return false;
    }
    size_t from = vs->caption != DOC_NONE ? vs->caption : vs->caption_sel;
    size_t c = from == DOC_NONE ? (dir > 0 ? 0 : n - 1)
                                : (from + (dir > 0 ? 1 : n - 1)) % n;
    viewstate_select_caption_people(vs, c);
    return true;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

void viewstate_set_filter(viewstate *vs, size_t entity)
{
    viewstate_anchor a = vs->top;
    free(vs->filter_blocks);
    vs->filter_blocks = NULL;
    vs->n_filter_blocks = 0;
    vs->filter_entity = DOC_NONE;
    size_t nm = 0;
    const doc_span *ms = entity != DOC_NONE && entity < doc_entity_count(vs->d)
                             ? viewstate_mentions(vs, entity, &nm)
                             : NULL;
    const doc_entity *e = ms || entity < doc_entity_count(vs->d)
                              ? doc_entity_get(vs->d, entity)
                              : NULL;
    size_t nq = e ? e->n_quotes : 0;
    if (e && nm + nq > 0) {
        /* the paragraphs that name them, and those that quote them */
        size_t *blocks = xreallocarray(NULL, nm + nq, sizeof(size_t));
        size_t k = 0;
        for (size_t i = 0; i < nm; i++)
            blocks[k++] = ms[i].block;
        for (size_t i = 0; i < doc_quote_count(vs->d) && nq; i++)
            if (doc_quote_get(vs->d, i)->speaker == entity && k < nm + nq)
                blocks[k++] = doc_quote_get(vs->d, i)->block;
        qsort(blocks, k, sizeof *blocks, cmp_size);
        for (size_t i = 0; i < k; i++)
            if (vs->n_filter_blocks == 0 ||
                blocks[vs->n_filter_blocks - 1] != blocks[i])
                blocks[vs->n_filter_blocks++] = blocks[i];
        vs->filter_blocks = blocks;
        vs->filter_entity = entity;
    }
    if (first_shown(vs) == DOC_NONE)
        return;
    if (viewstate_block_shown(vs, a.block)) {
        vs->top = a;
        set_top(vs, top_pos(vs));
    } else {
        viewstate_set_anchor(vs, a.block, 0);
    }
}

bool viewstate_clear(viewstate *vs)
{
    bool any = vs->search || vs->entity != DOC_NONE ||
               vs->mention_of != DOC_NONE || vs->quote != DOC_NONE ||
               vs->caption_sel != DOC_NONE || vs->caption != DOC_NONE;
    search_free(vs->search);
    vs->search = NULL;
    vs->match = DOC_NONE;
    clear_selection(vs);
    vs->quote = DOC_NONE;
    vs->caption_sel = DOC_NONE;
    vs->caption = DOC_NONE;
    vs->has_cursor = false;
    vs->context = VIEWSTATE_CONTEXT_POSITION;
    return any;
}

/* ---- lists ------------------------------------------------------------ */

static long clamp_long(long v, long lo, long hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

void viewstate_sidebar_move(viewstate *vs, long n)
{
    if (vs->n_items == 0)
        return;
    size_t i = vs->item_sel;
    int dir = n > 0 ? 1 : -1;
    for (long steps = n > 0 ? n : -n; steps > 0; steps--) {
        size_t j = i;
        do {
            if ((dir > 0 && j + 1 >= vs->n_items) || (dir < 0 && j == 0)) {
                j = DOC_NONE;
                break;
            }
            j += (size_t)dir;
        } while (vs->items[j].kind == VIEWSTATE_ITEM_HEADING);
        if (j == DOC_NONE)
            break;
        i = j;
    }
    vs->item_sel = i;
}

void viewstate_caption_move(viewstate *vs, long n)
{
    size_t c = doc_caption_count(vs->d);
    if (c == 0)
        return;
    if (vs->caption_sel == DOC_NONE)
        vs->caption_sel = n > 0 ? 0 : c - 1;
    else
        vs->caption_sel =
            (size_t)clamp_long((long)vs->caption_sel + n, 0, (long)c - 1);
}

void viewstate_overview_move(viewstate *vs, long n)
{
    size_t q = vs->n_speech;
    if (q == 0)
        return;
    vs->overview_sel =
        (size_t)clamp_long((long)vs->overview_sel + n, 0, (long)q - 1);
}

/* ---- messages and citations ------------------------------------------- */

void viewstate_message(viewstate *vs, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char buf[256];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    free(vs->message);
    vs->message = xstrdup(buf);
}

/* Appends s[0..len) to a growing buffer, control characters as spaces so
 * the clipboard gets text, never terminal commands. */
static void append_clean(char **buf, size_t *len, size_t *cap, const char *s,
                         size_t n)
{
    XGROW(*buf, *cap, *len + n + 1);
    size_t i = 0;
    while (i < n) {
        ucs4_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            (*buf)[(*len)++] = ' ';
        } else {
            memcpy(*buf + *len, s + i, k);
            *len += k;
        }
        i += k;
    }
    (*buf)[*len] = '\0';
}

char *viewstate_quote_citation(const viewstate *vs, size_t quote)
{
    if (quote >= doc_quote_count(vs->d))
        return NULL;
    const doc_quote *q = doc_quote_get(vs->d, quote);
    const doc_block *b = doc_block_get(vs->d, q->block);
    char *buf = NULL;
    size_t len = 0, cap = 0;
    append_clean(&buf, &len, &cap, "\xe2\x80\x9c", 3);
    size_t end = q->end <= b->len ? q->end : b->len;
    size_t start = q->start <= end ? q->start : end;
    append_clean(&buf, &len, &cap, b->text + start, end - start);
    append_clean(&buf, &len, &cap, "\xe2\x80\x9d \xe2\x80\x94 ", 8);
    const char *parts[3] = {NULL, doc_dateline(vs->d), doc_date(vs->d)};
    if (q->speaker != DOC_NONE && doc_entity_get(vs->d, q->speaker))
        parts[0] = doc_entity_get(vs->d, q->speaker)->name;
    bool first = true;
    for (int i = 0; i < 3; i++) {
        if (!parts[i] || !*parts[i])
            continue;
        if (!first)
            append_clean(&buf, &len, &cap, ", ", 2);
        append_clean(&buf, &len, &cap, parts[i], strlen(parts[i]));
        first = false;
    }
    if (first) /* nothing to attribute: drop the dash */
        len -= 5, buf[len] = '\0';
    return buf;
}

/* ---- life ------------------------------------------------------------- */

typedef struct {
    size_t entity, mentions;
} ranked;

static size_t mention_count(const viewstate *vs, size_t entity)
{
    size_t n;
    viewstate_mentions(vs, entity, &n);
    return n;
}

static int cmp_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->mentions != y->mentions)
        return x->mentions > y->mentions ? -1 : 1;
    return x->entity < y->entity ? -1 : x->entity > y->entity;
}

static void add_item(viewstate *vs, size_t *cap, viewstate_item_kind kind,
                     size_t entity, const char *text)
{
    XGROW(vs->items, *cap, vs->n_items + 1);
    vs->items[vs->n_items++] = (viewstate_item){kind, entity, text};
}

/* People, places, organisations, then the credited: each group by mention
 * count, most mentioned first. */
static void build_sidebar(viewstate *vs)
{
    size_t n = doc_entity_count(vs->d), cap = 0;
    ranked *r = xreallocarray(NULL, n ? n : 1, sizeof *r);
    static const char *const headings[] = {"People", "Places", "Organisations",
                                           "Credits"};
    for (int group = 0; group < 4; group++) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            const doc_entity *e = doc_entity_get(vs->d, i);
            int g = e->type == DOC_PERSON  ? (e->credit ? 3 : 0)
                    : e->type == DOC_PLACE ? 1
                                           : 2;
            if (g == group)
                r[k++] = (ranked){i, mention_count(vs, i)};
        }
        qsort(r, k, sizeof *r, cmp_ranked);
        size_t contributors = 0;
        if (group == 3)
            for (size_t c = 0; c < doc_contributor_count(vs->d); c++) {
                const char *name = doc_contributor(vs->d, c);
                bool known = false;
                for (size_t i = 0; i < k && !known; i++)
                    known = strcmp(doc_entity_get(vs->d, r[i].entity)->name,
                                   name) == 0;
                contributors += !known;
            }
        if (k == 0 && contributors == 0)
            continue;
        add_item(vs, &cap, VIEWSTATE_ITEM_HEADING, DOC_NONE, headings[group]);
        for (size_t i = 0; i < k; i++)
            add_item(vs, &cap, VIEWSTATE_ITEM_ENTITY, r[i].entity,
                     doc_entity_get(vs->d, r[i].entity)->name);
        if (group == 3)
            for (size_t c = 0; c < doc_contributor_count(vs->d); c++) {
                const char *name = doc_contributor(vs->d, c);
                bool known = false;
                for (size_t i = 0; i < k && !known; i++)
                    known = strcmp(doc_entity_get(vs->d, r[i].entity)->name,
                                   name) == 0;
                if (!known)
                    add_item(vs, &cap, VIEWSTATE_ITEM_CONTRIBUTOR, DOC_NONE,
                             name);
            }
    }
    free(r);
    vs->item_sel = 0;
    while (vs->item_sel < vs->n_items &&
           vs->items[vs->item_sel].kind == VIEWSTATE_ITEM_HEADING)
        vs->item_sel++;
    if (vs->item_sel >= vs->n_items)
        vs->item_sel = 0;
}

viewstate *viewstate_new(const doc *d)
{
    viewstate *vs = xcalloc(1, sizeof *vs);
    vs->d = d;
    size_t n = doc_block_count(d);
    vs->cache = xcalloc(n ? n : 1, sizeof *vs->cache);
    vs->stamp = xcalloc(n ? n : 1, sizeof *vs->stamp);
    vs->block_start = xcalloc(n + 1, sizeof *vs->block_start);
    for (size_t b = 0; b < n; b++)
        vs->block_start[b + 1] = vs->block_start[b] + doc_block_get(d, b)->len;
    vs->width = 72;
    vs->height = 20;
    vs->top = (viewstate_anchor){0, 0, -1};
    vs->sidebar_on = vs->captions_on = true;
    vs->caption_sel = DOC_NONE;
    vs->caption = DOC_NONE;
    vs->quote = DOC_NONE;
    vs->selected = xcalloc(doc_entity_count(d) ? doc_entity_count(d) : 1,
                           sizeof *vs->selected);
    vs->entity = vs->mention_of = DOC_NONE;
    vs->match = DOC_NONE;
    vs->filter_entity = DOC_NONE;
    vs->jumps = jumplist_new();
    vs->byline = layout_byline_new(d, vs->width);
    if (vs->byline)
        vs->top.gap_row = 0; /* the top row is the byline's */
    vs->ment = mentions_new(d);
    size_t nq = doc_quote_count(d);
    vs->speech = xreallocarray(NULL, nq ? nq : 1, sizeof *vs->speech);
    for (size_t i = 0; i < nq; i++) {
        doc_quote_kind k = doc_quote_get(d, i)->kind;
        if (k == DOC_QUOTE_SPEECH)
            vs->speech[vs->n_speech++] = i;
        vs->n_titles += k == DOC_QUOTE_TITLE;
        vs->n_terms += k == DOC_QUOTE_TERM;
    }
    build_sidebar(vs);
    return vs;
}

void viewstate_free(viewstate *vs)
{
    if (!vs)
        return;
    drop_cache(vs);
    free(vs->cache);
    free(vs->stamp);
    free(vs->block_start);
    free(vs->items);
    free(vs->selected);
    search_free(vs->search);
    free(vs->query);
    free(vs->filter_blocks);
    jumplist_free(vs->jumps);
    layout_block_free(vs->byline);
    free(vs->speech);
    mentions_free(vs->ment);
    free(vs->message);
    free(vs->clipboard);
    free(vs);
}
