/* viewstate: the reading position kept by content across width and height
 * changes, scrolling limits, the percentage from byte offsets, back and
 * the jump list, marks, N%, saved anchors, and an empty article. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "layout.h"
#include "viewstate.h"

/* Paragraphs of different lengths, each starting with its number. */
static doc *paragraphs(int n)
{
    doc *d = doc_new();
    char text[1024];
    for (int i = 0; i < n; i++) {
        int len = snprintf(text, sizeof text, "P%d", i);
        for (int w = 0; w < 8 + (i * 7) % 40; w++)
            len +=
                snprintf(text + len, sizeof text - (size_t)len, " word%d", w);
        doc_add_block(d, DOC_BLOCK_PARAGRAPH, text, (size_t)len, NULL, 0);
    }
    doc_freeze(d);
    return d;
}

/* The rows as text, for comparing screens. */
static char *screen(viewstate *vs)
{
    viewstate_row rows[200];
    size_t n = viewstate_rows(vs, rows, vs->height < 200 ? vs->height : 200);
    size_t cap = 16384, len = 0;
    char *out = calloc(1, cap);
    for (size_t r = 0; r < n; r++) {
        const layout_line *l = rows[r].line;
        if (l) {
            const char *t = doc_block_get(vs->d, rows[r].block)->text;
            len += (size_t)snprintf(out + len, cap - len, "%.*s",
                                    (int)(l->end - l->start), t + l->start);
        }
        len += (size_t)snprintf(out + len, cap - len, "\n");
    }
    return out;
}

static void anchor_survives_width_changes(void **state)
{
    (void)state;
    doc *d = paragraphs(60);
    viewstate *vs = viewstate_new(d);
    viewstate_set_body(vs, 50, 15);
    viewstate_scroll(vs, 37);
    char *before = screen(vs);
    size_t block = vs->top.block, offset = vs->top.offset;
    assert_true(block > 0);
    unsigned widths[] = {20, 7, 1, 120, 33, 50};
    for (size_t i = 0; i < sizeof widths / sizeof *widths; i++) {
        viewstate_set_body(vs, widths[i], 3 + (unsigned)i * 9);
        /* the top row still shows the anchored words */
        viewstate_row row;
        assert_int_equal(viewstate_rows(vs, &row, 1), 1);
        if (row.line) {
            assert_int_equal(row.block, block);
            assert_true(row.line->start <= offset);
            assert_true(offset < row.line->end ||
                        row.line->end == doc_block_get(d, block)->len);
        }
    }
    viewstate_set_body(vs, 50, 15);
    char *after = screen(vs);
    assert_string_equal(before, after);
    free(before);
    free(after);
    viewstate_free(vs);
    doc_free(d);
}

static void scrolling_stops_at_both_ends(void **state)
{
    (void)state;
    doc *d = paragraphs(30);
    viewstate *vs = viewstate_new(d);
    viewstate_set_body(vs, 40, 10);
    assert_false(viewstate_scroll(vs, -5));
    assert_true(viewstate_percent(vs) < 100);
    viewstate_to_bottom(vs);
    assert_int_equal(viewstate_percent(vs), 100);
    /* the last page is full and ends with the last line */
    viewstate_row rows[10];
    assert_int_equal(viewstate_rows(vs, rows, 10), 10);
    const layout_line *last = rows[9].line;
    assert_non_null(last);
    assert_int_equal(rows[9].block, 29);
    assert_int_equal(last->end, doc_block_get(d, 29)->len);
    assert_false(viewstate_scroll(vs, 1));
    assert_true(viewstate_scroll(vs, -1));
    assert_true(viewstate_scroll(vs, 1000000));
    assert_int_equal(viewstate_percent(vs), 100);
    viewstate_to_top(vs);
    assert_int_equal(vs->top.block, 0);
    assert_int_equal(vs->top.offset, 0);
    /* percentages grow with the position */
    unsigned prev = viewstate_percent(vs);
    for (int i = 0; i < 20; i++) {
        viewstate_scroll(vs, 8);
        unsigned pc = viewstate_percent(vs);
        assert_true(pc >= prev);
        prev = pc;
    }
    viewstate_free(vs);
    doc_free(d);
}

static void back_toggles_between_two_places(void **state)
{
    (void)state;
    doc *d = paragraphs(40);
    viewstate *vs = viewstate_new(d);
    viewstate_set_body(vs, 40, 10);
    assert_false(viewstate_pop_back(vs));
    viewstate_anchor a0 = vs->top;
    viewstate_push_back(vs);
    viewstate_scroll(vs, 25);
    viewstate_anchor a1 = vs->top;
    assert_true(viewstate_pop_back(vs));
    assert_true(viewstate_anchor_equal(vs->top, a0));
    assert_true(viewstate_pop_back(vs)); /* twice: toggles */
    assert_true(viewstate_anchor_equal(vs->top, a1));
    assert_true(viewstate_pop_back(vs));
    assert_true(viewstate_anchor_equal(vs->top, a0));
    viewstate_free(vs);
    doc_free(d);
}

/* Ctrl-O walks back through three jumps and Ctrl-I forward again. */
static void jump_list_walks_both_ways(void **state)
{
    (void)state;
    doc *d = paragraphs(60);
    viewstate *vs = viewstate_new(d);
    viewstate_set_body(vs, 40, 10);
    assert_false(viewstate_jump_older(vs));
    char *at[4];
    at[0] = screen(vs);
    for (int i = 1; i < 4; i++) {
        viewstate_push_back(vs); /* a jump leaves here */
        viewstate_scroll(vs, 30);
        at[i] = screen(vs);
    }
    for (int i = 2; i >= 0; i--) {
        assert_true(viewstate_jump_older(vs));
        char *now = screen(vs);
        assert_string_equal(now, at[i]);
        free(now);
    }
    assert_false(viewstate_jump_older(vs));
    for (int i = 1; i < 4; i++) {
        assert_true(viewstate_jump_newer(vs));
        char *now = screen(vs);
        assert_string_equal(now, at[i]);
        free(now);
    }
    assert_false(viewstate_jump_newer(vs));
    for (int i = 0; i < 4; i++)
        free(at[i]);
    viewstate_free(vs);
    doc_free(d);
}

static void marks_and_percent(void **state)
{
    (void)state;
    doc *d = paragraphs(60);
    viewstate *vs = viewstate_new(d);
    viewstate_set_body(vs, 40, 10);
    viewstate_scroll(vs, 45);
    char *marked = screen(vs);
    assert_true(viewstate_set_mark(vs, 'a'));
    assert_false(viewstate_set_mark(vs, '1'));
    assert_false(viewstate_goto_mark(vs, 'b'));
    viewstate_to_top(vs);
    assert_true(viewstate_goto_mark(vs, 'a'));
    char *now = screen(vs);
    assert_string_equal(now, marked);
    free(now);
    /* going to a mark is a jump: back returns to the top */
    assert_true(viewstate_pop_back(vs));
    assert_int_equal(vs->top.block, 0);
    /* 50%: the top row holds the middle byte of the text */
    viewstate_goto_percent(vs, 50);
    size_t b, o;
    viewstate_get_anchor(vs, &b, &o);
    size_t total = doc_text_bytes(d), before = 0;
    for (size_t i = 0; i < b; i++)
        before += doc_block_get(d, i)->len;
    size_t mid = total / 2;
    assert_true(before <= mid && mid < before + doc_block_get(d, b)->len);
    viewstate_goto_percent(vs, 0);
    assert_int_equal(vs->top.block, 0);
    viewstate_goto_percent(vs, 100);
    assert_int_equal(viewstate_percent(vs), 100);
    free(marked);
    viewstate_free(vs);
    doc_free(d);
}

static void saved_anchor_reopens_the_same_screen(void **state)
{
    (void)state;
    doc *d = paragraphs(40);
    for (int step = 1; step < 40; step += 3) {
        viewstate *vs = viewstate_new(d);
        viewstate_set_body(vs, 45, 12);
        viewstate_scroll(vs, step * 2);
        char *before = screen(vs);
        size_t block, offset;
        viewstate_get_anchor(vs, &block, &offset);
        viewstate_free(vs);

        vs = viewstate_new(d);
        viewstate_set_body(vs, 45, 12);
        viewstate_set_anchor(vs, block, offset);
        char *after = screen(vs);
        assert_string_equal(before, after);
        free(before);
        free(after);
        viewstate_free(vs);
    }
    /* out of range positions are clamped, never trusted */
    viewstate *vs = viewstate_new(d);
    viewstate_set_body(vs, 45, 12);
    viewstate_set_anchor(vs, 9999, 9999);
    assert_int_equal(viewstate_percent(vs), 100);
    viewstate_free(vs);
    doc_free(d);
}

static void empty_article_is_safe(void **state)
{
    (void)state;
    doc *d = doc_new();
    doc_freeze(d);
    viewstate *vs = viewstate_new(d);
    viewstate_set_body(vs, 0, 0);
    viewstate_row rows[4];
    assert_int_equal(viewstate_rows(vs, rows, 4), 0);
    assert_false(viewstate_scroll(vs, 3));
    viewstate_to_bottom(vs);
    viewstate_to_top(vs);
    assert_int_equal(viewstate_percent(vs), 100);
    assert_false(viewstate_next_quote(vs, 1));
    assert_false(viewstate_next_mention(vs, -1));
    assert_false(viewstate_search(vs, "x", 1));
    assert_false(viewstate_next_match(vs, 1));
    viewstate_set_anchor(vs, 3, 3);
    viewstate_set_filter(vs, 0);
    viewstate_sidebar_move(vs, 4);
    viewstate_caption_move(vs, -4);
    viewstate_overview_move(vs, 1);
    assert_null(viewstate_quote_citation(vs, 0));
    viewstate_free(vs);
    doc_free(d);
}

static void search_walks_every_match(void **state)
{
    (void)state;
    doc *d = paragraphs(30);
    viewstate *vs = viewstate_new(d);
    viewstate_set_body(vs, 40, 10);
    viewstate_scroll(vs, 50);
    /* a new search starts at the reading position, as in less: the first
     * match at or after the top line */
    size_t top_block = vs->top.block;
    assert_true(viewstate_search(vs, "word7 ", 6));
    size_t start = vs->match;
    assert_true(start > 0);
    assert_true(search_get(vs->search, start)->block >= top_block);
    assert_true(search_get(vs->search, start - 1)->block <= top_block);
    size_t n = search_count(vs->search);
    assert_true(n > 10);
    for (size_t i = 1; i < n; i++) {
        assert_true(viewstate_next_match(vs, 1));
        assert_int_equal(vs->match, (start + i) % n);
        /* the match is on screen */
        const search_match *m = search_get(vs->search, (start + i) % n);
        viewstate_row rows[10];
        size_t k = viewstate_rows(vs, rows, 10);
        bool seen = false;
        for (size_t r = 0; r < k; r++)
            seen |= rows[r].line && rows[r].block == m->block &&
                    rows[r].line->start <= m->start &&
                    m->start < rows[r].line->end;
        assert_true(seen);
    }
    assert_true(viewstate_next_match(vs, 1));
    assert_int_equal(vs->match, start); /* round the article, wrapped */
    assert_true(viewstate_next_match(vs, -1));
    assert_int_equal(vs->match, (start + n - 1) % n);
    /* n after Esc: the same search again */
    viewstate_clear(vs);
    assert_null(vs->search);
    assert_true(viewstate_next_match(vs, 1));
    assert_int_equal(search_count(vs->search), n);
    assert_false(viewstate_search(vs, "zzz", 3));
    assert_int_equal(vs->context, VIEWSTATE_CONTEXT_SEARCH);
    assert_int_equal(search_count(vs->search), 0);
    viewstate_free(vs);
    doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(anchor_survives_width_changes),
        cmocka_unit_test(scrolling_stops_at_both_ends),
        cmocka_unit_test(back_toggles_between_two_places),
        cmocka_unit_test(jump_list_walks_both_ways),
        cmocka_unit_test(marks_and_percent),
        cmocka_unit_test(saved_anchor_reopens_the_same_screen),
        cmocka_unit_test(empty_article_is_safe),
        cmocka_unit_test(search_walks_every_match),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
