/* layout: lines never wider than the width, every byte shown once and in
 * order, libunistring widths (wide CJK, zero-width combining marks), long
 * words cut, semantic styles with their ids, control characters shown in a
 * visible form and never as text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <uniwidth.h>

#include "doc.h"
#include "layout.h"
#include "xalloc.h"

static doc *one_block(doc_block_kind kind, const char *text)
{
    doc *d = doc_new();
    doc_add_block(d, kind, text, strlen(text), NULL, 0);
    return d;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

/* True when text[0..len) holds a character that must never be printed raw. */
static bool has_raw_control(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < 0x20 || s[i] == 0x7f)
            return true;
        if (s[i] == 0xc2 && i + 1 < len && s[i + 1] >= 0x80 && s[i + 1] < 0xa0)
            return true;
    }
    return false;
}

/* The properties every layout must have, checked at one width. Returns the
 * number of lines. */
static size_t check_layout(const doc *d, size_t block, unsigned width)
{
    const doc_block *b = doc_block_get(d, block);
    layout_block *lb = layout_block_new(d, block, width);
    size_t n = layout_block_line_count(lb);
    assert_true(n >= 1);
    size_t at = 0; /* next byte to be shown */
    for (size_t i = 0; i < n; i++) {
        const layout_line *line = layout_block_line(lb, i);
        assert_int_equal(line->block, block);
        /* Lines tile the block. */
        assert_int_equal(line->start, at);
        assert_true(line->end >= line->start);
        /* Never in the middle of a UTF-8 character. */
        if (line->start < b->len)
            assert_true(((unsigned char)b->text[line->start] & 0xc0) != 0x80);
        unsigned col = 0;
        size_t pos = line->start;
        for (size_t s = 0; s < line->n_spans; s++) {
            const layout_span *sp = &line->spans[s];
            /* Spans follow each other without gap or overlap. */
            assert_int_equal(sp->start, pos);
            assert_true(sp->end > sp->start);
            assert_int_equal(sp->col, col);
            if (sp->kind == LAYOUT_SPAN_TEXT) {
                assert_false(
                    has_raw_control(b->text + sp->start, sp->end - sp->start));
                /* Widths straight from libunistring. */
                int w = u8_width((const uint8_t *)b->text + sp->start,
                                 sp->end - sp->start, "UTF-8");
                assert_int_equal(sp->cols, w);
            } else {
                char repr[16];
                unsigned w = layout_control_repr(b->text + sp->start,
                                                 sp->end - sp->start, repr);
                assert_int_equal(sp->cols, w);
                assert_int_equal(strlen(repr), w);
                for (const char *p = repr; *p; p++)
                    assert_true(*p >= 0x20 && *p < 0x7f);
            }
            col += sp->cols;
            pos = sp->end;
        }
        /* What no span shows is blank where the line breaks. */
        for (; pos < line->end; pos++)
            assert_true(is_blank(b->text[pos]));
        /* Never wider than the width, unless one character alone is. */
        if (col > width) {
            assert_int_equal(line->n_spans, 1);
            const layout_span *sp = &line->spans[0];
            assert_int_equal(
                layout_text_width(b->text + sp->start, sp->end - sp->start),
                sp->cols);
            size_t one = sp->end - sp->start;
            assert_true(one <= 4 || sp->kind == LAYOUT_SPAN_CONTROL);
        }
        at = line->end;
    }
    assert_int_equal(at, b->len);
    layout_block_free(lb);
    return n;
}

static void check_all_widths(const doc *d)
{
    for (size_t b = 0; b < doc_block_count(d); b++)
        for (unsigned w = 1; w <= 120; w++)
            check_layout(d, b, w);
}

/* The text of line i, spans joined (control spans in visible form). */
static char *line_text(const doc *d, const layout_block *lb, size_t i)
{
    static char out[1024];
    const doc_block *b = doc_block_get(d, layout_block_line(lb, 0)->block);
    const layout_line *line = layout_block_line(lb, i);
    out[0] = '\0';
    for (size_t s = 0; s < line->n_spans; s++) {
        const layout_span *sp = &line->spans[s];
        if (sp->kind == LAYOUT_SPAN_CONTROL) {
            char repr[16];
            layout_control_repr(b->text + sp->start, sp->end - sp->start, repr);
            strcat(out, repr);
        } else {
            strncat(out, b->text + sp->start, sp->end - sp->start);
        }
    }
    return out;
}

static void invariants_hold_at_every_width(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "The harbor wall was lined with people, and the turbines turned "
        "slowly beneath the breakwater while the band played.",
        "東京都の新しい計画は、市民の生活を大きく変えるだろう。日本語の文章は"
        "空白なしで続く。",
        "Cafe\xcc\x81 cre\xcc\x80me bru\xcc\x82le\xcc\x81"
        "e a\xcc\x8a o\xcc\x88 n\xcc\x83 repeated: "
        "e\xcc\x81"
        "e\xcc\x81"
        "e\xcc\x81"
        "e\xcc\x81",
        "pneumonoultramicroscopicsilicovolcanoconiosis and "
        "https://example.com/a/very/long/path/without/any/spaces/at/all",
        "esc\x1b[31mred\x1b[0m bell\x07 del\x7f c1\xc2\x9b\xc2\x85 "
        "tab\there  two  spaces \t mixed",
        "line one\nline two\n\nafter an empty line\n",
        "mixed 日本 and Ünïcödé, wide ＡＢＣ full-width, emoji 😀 end.",
        "   leading spaces, and trailing ones   ",
        "",
        "x",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        doc *d = one_block(DOC_BLOCK_PARAGRAPH, texts[i]);
        doc_freeze(d);
        check_all_widths(d);
        doc_free(d);
    }
}

static void words_wrap_at_spaces(void **state)
{
    (void)state;
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, "the quick brown fox jumps");
    doc_freeze(d);
    layout_block *lb = layout_block_new(d, 0, 10);
    assert_int_equal(layout_block_line_count(lb), 3);
    assert_string_equal(line_text(d, lb, 0), "the quick");
    assert_string_equal(line_text(d, lb, 1), "brown fox");
    assert_string_equal(line_text(d, lb, 2), "jumps");
    layout_block_free(lb);
    /* A width that fits everything gives one line. */
    lb = layout_block_new(d, 0, 25);
    assert_int_equal(layout_block_line_count(lb), 1);
    layout_block_free(lb);
    doc_free(d);
}

static void abbreviations_stay_whole(void **state)
{
    (void)state;
    /* "went to the U." fills 14 columns; the break must come before "U.S." */
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, "went to the U.S. today");
    doc_freeze(d);
    layout_block *lb = layout_block_new(d, 0, 14);
    assert_string_equal(line_text(d, lb, 0), "went to the");
    assert_string_equal(line_text(d, lb, 1), "U.S. today");
    layout_block_free(lb);
    doc_free(d);
}

static void wide_characters_take_two_columns(void **state)
{
    (void)state;
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, "日本語日本語"); /* 12 columns */
    doc_freeze(d);
    assert_int_equal(layout_text_width("日本語", strlen("日本語")), 6);
    layout_block *lb = layout_block_new(d, 0, 5);
    /* Two characters (4 columns) per line: a third would need 6. */
    assert_int_equal(layout_block_line_count(lb), 3);
    for (size_t i = 0; i < 3; i++) {
        const layout_line *line = layout_block_line(lb, i);
        assert_int_equal(line->end - line->start, 6);
        assert_int_equal(line->spans[0].cols, 4);
    }
    layout_block_free(lb);
    doc_free(d);
}

static void combining_marks_take_no_column(void **state)
{
    (void)state;
    /* Ten "é" written as e + U+0301: ten columns, thirty bytes. */
    char text[64] = "";
    for (int i = 0; i < 10; i++)
        strcat(text, "e\xcc\x81");
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, text);
    doc_freeze(d);
    assert_int_equal(layout_text_width(text, strlen(text)), 10);
    layout_block *lb = layout_block_new(d, 0, 5);
    assert_int_equal(layout_block_line_count(lb), 2);
    /* The mark stays with its letter: each line ends after a mark. */
    assert_int_equal(layout_block_line(lb, 0)->end, 15);
    assert_int_equal(layout_block_line(lb, 0)->spans[0].cols, 5);
    layout_block_free(lb);
    lb = layout_block_new(d, 0, 10);
    assert_int_equal(layout_block_line_count(lb), 1);
    layout_block_free(lb);
    doc_free(d);
}

static void long_word_is_cut_at_the_width(void **state)
{
    (void)state;
    doc *d = one_block(DOC_BLOCK_PARAGRAPH,
                       "a abcdefghijklmnopqrstuvwxyz b"); /* 26 letters */
    doc_freeze(d);
    layout_block *lb = layout_block_new(d, 0, 10);
    assert_string_equal(line_text(d, lb, 0), "a");
    assert_string_equal(line_text(d, lb, 1), "abcdefghij");
    assert_string_equal(line_text(d, lb, 2), "klmnopqrst");
    assert_string_equal(line_text(d, lb, 3), "uvwxyz b");
    assert_int_equal(layout_block_line_count(lb), 4);
    layout_block_free(lb);
    doc_free(d);
}

static const layout_span *span_at(const layout_block *lb, size_t offset)
{
    const layout_line *line =
        layout_block_line(lb, layout_block_line_at(lb, offset));
    for (size_t s = 0; s < line->n_spans; s++)
        if (line->spans[s].start <= offset && offset < line->spans[s].end)
            return &line->spans[s];
    return NULL;
}

/* A URL moves whole to the next line instead of breaking at its slashes
 * and hyphens; its span is a LINK naming itself. */
static void urls_are_never_broken(void **state)
{
    (void)state;
    const char *text = "The full report, which the council published late, is "
                       "at https://example.org/reports/2025-harbour-plan/"
                       "summary.html. Readers may comment.";
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, text);
    doc_freeze(d);
    const char *url = strstr(text, "https://");
    size_t us = (size_t)(url - text);
    size_t ue = (size_t)(strstr(text, ". Readers") - text);
    assert_int_equal(layout_url_end(text, strlen(text), us), ue);
    for (unsigned w = 60; w <= 90; w++) {
        layout_block *lb = layout_block_new(d, 0, w);
        size_t line = layout_block_line_at(lb, us);
        const layout_line *l = layout_block_line(lb, line);
        assert_int_equal(l->start, us); /* the line starts with the URL */
        assert_true(l->end >= ue);
        layout_block_free(lb);
    }
    layout_block *lb = layout_block_new(d, 0, 70);
    const layout_span *sp = span_at(lb, us + 3);
    assert_non_null(sp);
    assert_int_equal(sp->style, STYLE_LINK);
    assert_int_equal(sp->link, LAYOUT_LINK_BARE);
    assert_int_equal(sp->start, us);
    assert_int_equal(sp->end, ue); /* the full stop is not the URL's */
    assert_int_equal(span_at(lb, 2)->link, DOC_NONE);
    layout_block_free(lb);
    /* wider than the whole width: cut, as any long word */
    check_all_widths(d);
    doc_free(d);
}

static void url_ends_leave_punctuation_out(void **state)
{
    (void)state;
    const char *t = "(see https://wiki.example/Harbour_(town)), www.example.com; "
                    "or http:// alone, xhttps://no.example";
    size_t n = strlen(t);
    size_t a = (size_t)(strstr(t, "https://wiki") - t);
    assert_int_equal(layout_url_end(t, n, a),
                     (size_t)(strstr(t, "), www") - t));
    size_t b = (size_t)(strstr(t, "www.") - t);
    assert_int_equal(layout_url_end(t, n, b), (size_t)(strstr(t, "; or") - t));
    assert_int_equal(layout_url_end(t, n, (size_t)(strstr(t, "http://") - t)),
                     0);
    assert_int_equal(layout_url_end(t, n, (size_t)(strstr(t, "https://no") - t)),
                     0);
}

/* The model's links (from a web page) are LINK spans naming their id; a
 * name inside one keeps its entity style. */
static void model_links_get_link_spans(void **state)
{
    (void)state;
    const char *text = "Officials said the new ferry timetable starts in May.";
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, text);
    size_t s = (size_t)(strstr(text, "new ferry timetable") - text);
    doc_add_link(d, 0, s, s + strlen("new ferry timetable"),
                 "https://example.org/timetable");
    doc_freeze(d);
    layout_block *lb = layout_block_new(d, 0, 80);
    const layout_span *sp = span_at(lb, s + 4);
    assert_int_equal(sp->style, STYLE_LINK);
    assert_int_equal(sp->link, 0);
    assert_int_equal(sp->start, s);
    assert_int_equal(sp->end, s + strlen("new ferry timetable"));
    assert_int_equal(span_at(lb, 0)->link, DOC_NONE);
    layout_block_free(lb);
    doc_free(d);
}

static void newline_forces_a_break(void **state)
{
    (void)state;
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, "one\ntwo");
    doc_freeze(d);
    layout_block *lb = layout_block_new(d, 0, 80);
    assert_int_equal(layout_block_line_count(lb), 2);
    assert_string_equal(line_text(d, lb, 0), "one");
    assert_string_equal(line_text(d, lb, 1), "two");
    layout_block_free(lb);
    doc_free(d);
}

/* The span covering byte `offset`, or NULL. */

static void quotes_and_mentions_carry_style_and_ids(void **state)
{
    (void)state;
    /*                0         1         2         3         4
     *                0123456789012345678901234567890123456789012345 */
    const char *t = "Ann Lee said \"we will sail to Rome soon\" at Acme.";
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, t);
    size_t acme = doc_add_entity(d, DOC_ORG, "Acme");
    doc_entity_add_mention(d, acme, (doc_span){0, 44, 48});
    size_t rome = doc_add_entity(d, DOC_PLACE, "Rome");
    doc_entity_add_mention(d, rome, (doc_span){0, 30, 34});
    size_t ann = doc_add_entity(d, DOC_PERSON, "Ann Lee");
    doc_entity_add_mention(d, ann, (doc_span){0, 0, 7});
    doc_add_quote(d, &(doc_quote){.block = 0, .start = 14, .end = 39, .speaker = ann, .cue = "said", .continues = false});
    doc_freeze(d);
    /* After freezing, entities are numbered by first mention. */
    size_t ann_id = doc_block_marks(d, 0, &(size_t){0})[0].entity;
    assert_string_equal(doc_entity_get(d, ann_id)->name, "Ann Lee");

    for (unsigned width = 1; width <= 60; width++) {
        layout_block *lb = layout_block_new(d, 0, width);
        const layout_span *s = span_at(lb, 2);
        assert_int_equal(s->style, STYLE_PERSON);
        assert_int_equal(s->entity, ann_id);
        assert_int_equal(s->quote, DOC_NONE);
        s = span_at(lb, 9); /* "said" */
        assert_int_equal(s->style, STYLE_NORMAL);
        assert_int_equal(s->entity, DOC_NONE);
        s = span_at(lb, 13); /* the opening mark is not quoted text */
        assert_int_equal(s->quote, DOC_NONE);
        s = span_at(lb, 18); /* "will" */
        assert_int_equal(s->style, STYLE_QUOTE);
        assert_int_equal(s->quote, 0);
        s = span_at(lb, 31); /* Rome, inside the quotation: both ids */
        assert_int_equal(s->style, STYLE_PLACE);
        assert_int_equal(s->quote, 0);
        assert_string_equal(doc_entity_get(d, s->entity)->name, "Rome");
        assert_true(s->start >= 30 && s->end <= 34);
        s = span_at(lb, 45);
        assert_int_equal(s->style, STYLE_ORG);
        assert_int_equal(s->quote, DOC_NONE);
        s = span_at(lb, 38); /* "n" of soon: still quoted */
        assert_int_equal(s->style, STYLE_QUOTE);
        s = span_at(lb, 39); /* the closing mark */
        assert_int_equal(s->style, STYLE_NORMAL);
        layout_block_free(lb);
    }
    check_all_widths(d);
    doc_free(d);
}

static void overlapping_mentions_show_each_byte_once(void **state)
{
    (void)state;
    const char *t = "The University of Valencia band";
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, t);
    size_t org = doc_add_entity(d, DOC_ORG, "University of Valencia");
    doc_entity_add_mention(d, org, (doc_span){0, 4, 26});
    size_t place = doc_add_entity(d, DOC_PLACE, "Valencia");
    doc_entity_add_mention(d, place, (doc_span){0, 18, 26});
    doc_freeze(d);
    check_all_widths(d);
    layout_block *lb = layout_block_new(d, 0, 80);
    /* The enclosing (earlier, longer) mention wins. */
    assert_int_equal(span_at(lb, 20)->style, STYLE_ORG);
    assert_int_equal(span_at(lb, 5)->style, STYLE_ORG);
    assert_int_equal(span_at(lb, 28)->style, STYLE_NORMAL);
    layout_block_free(lb);
    doc_free(d);
}

static void block_kinds_set_the_base_style(void **state)
{
    (void)state;
    doc *d = doc_new();
    const char *cap = "Ann Lee waves from the quay. (AP Photo/Sam Roe)";
    doc_add_block(d, DOC_BLOCK_CAPTION, cap, strlen(cap), NULL, 0);
    doc_add_block(d, DOC_BLOCK_CREDIT, "Sam Roe contributed.", 20, NULL, 0);
    doc_add_block(d, DOC_BLOCK_EMBED, "[Watch the video]", 17,
                  "https://example.com/v", 0);
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, "Plain.", 6, NULL, 0);
    size_t ann = doc_add_entity(d, DOC_PERSON, "Ann Lee");
    doc_entity_add_mention(d, ann, (doc_span){0, 0, 7});
    doc_freeze(d);
    static const style_id expect[] = {STYLE_CAPTION, STYLE_CREDIT, STYLE_EMBED,
                                      STYLE_NORMAL};
    for (size_t b = 0; b < 4; b++) {
        layout_block *lb = layout_block_new(d, b, 40);
        const layout_line *last =
            layout_block_line(lb, layout_block_line_count(lb) - 1);
        assert_int_equal(last->spans[last->n_spans - 1].style, expect[b]);
        layout_block_free(lb);
    }
    /* A person named in a caption is still a person. */
    layout_block *lb = layout_block_new(d, 0, 40);
    assert_int_equal(span_at(lb, 1)->style, STYLE_PERSON);
    assert_int_equal(span_at(lb, 10)->style, STYLE_CAPTION);
    layout_block_free(lb);
    doc_free(d);
}

static void control_characters_become_control_spans(void **state)
{
    (void)state;
    const char *t = "a\x1b[2Jb\x7f"
                    "c\xc2\x9b"
                    "d\te\rf";
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, t);
    size_t e = doc_add_entity(d, DOC_PERSON, "a");
    doc_entity_add_mention(d, e, (doc_span){0, 0, 4});
    doc_freeze(d);
    layout_block *lb = layout_block_new(d, 0, 80);
    assert_int_equal(layout_block_line_count(lb), 1);
    assert_string_equal(line_text(d, lb, 0), "a^[[2Jb^?c<U+009B>d e^Mf");
    const layout_span *esc = span_at(lb, 1);
    assert_int_equal(esc->kind, LAYOUT_SPAN_CONTROL);
    assert_int_equal(esc->style, STYLE_CONTROL);
    assert_int_equal(esc->end - esc->start, 1);
    assert_int_equal(esc->cols, 2);
    /* The mention covering it is still known. */
    assert_int_equal(esc->entity, 0);
    assert_int_equal(span_at(lb, 6)->kind, LAYOUT_SPAN_CONTROL); /* DEL */
    const layout_span *c1 = span_at(lb, 9);
    assert_int_equal(c1->kind, LAYOUT_SPAN_CONTROL);
    assert_int_equal(c1->end - c1->start, 2);
    /* A tab shows as one space, in the text's own style. */
    const layout_span *tab = span_at(lb, 11);
    assert_int_equal(tab->kind, LAYOUT_SPAN_CONTROL);
    assert_int_equal(tab->cols, 1);
    assert_int_equal(tab->style, STYLE_NORMAL);
    layout_block_free(lb);
    check_all_widths(d);
    doc_free(d);
}

static void control_repr_is_printable_ascii(void **state)
{
    (void)state;
    char out[16];
    assert_int_equal(layout_control_repr("\x1b", 1, out), 2);
    assert_string_equal(out, "^[");
    assert_int_equal(layout_control_repr("\x01", 1, out), 2);
    assert_string_equal(out, "^A");
    assert_int_equal(layout_control_repr("\x7f", 1, out), 2);
    assert_string_equal(out, "^?");
    assert_int_equal(layout_control_repr("\0", 1, out), 2);
    assert_string_equal(out, "^@");
    assert_int_equal(layout_control_repr("\xc2\x9b", 2, out), 8);
    assert_string_equal(out, "<U+009B>");
    assert_int_equal(layout_control_repr("\xc2\x80", 2, out), 8);
    assert_string_equal(out, "<U+0080>");
    /* A stray byte that is not UTF-8 is shown by value. */
    assert_int_equal(layout_control_repr("\xff", 1, out), 4);
    assert_string_equal(out, "\\xff");
    assert_int_equal(layout_control_repr("\t", 1, out), 1);
    assert_string_equal(out, " ");
    /* layout_text_width counts the visible forms. */
    assert_int_equal(layout_text_width("a\x1b"
                                       "b",
                                       3),
                     4);
}

static void line_at_finds_the_line_of_an_offset(void **state)
{
    (void)state;
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, "aaaa bbbb cccc dddd");
    doc_freeze(d);
    layout_block *lb = layout_block_new(d, 0, 4);
    assert_int_equal(layout_block_line_count(lb), 4);
    assert_int_equal(layout_block_line_at(lb, 0), 0);
    assert_int_equal(layout_block_line_at(lb, 4), 0); /* the space */
    assert_int_equal(layout_block_line_at(lb, 5), 1);
    assert_int_equal(layout_block_line_at(lb, 18), 3);
    assert_int_equal(layout_block_line_at(lb, 1000), 3);
    layout_block_free(lb);
    doc_free(d);
}

static void gaps_separate_blocks_and_the_caption_section(void **state)
{
    (void)state;
    doc *d = doc_new();
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, "One.", 4, NULL, 0);
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, "Two.", 4, NULL, 0);
    doc_add_block(d, DOC_BLOCK_CAPTION, "Cap one.", 8, NULL, 0);
    doc_add_block(d, DOC_BLOCK_CAPTION, "Cap two.", 8, NULL, 0);
    doc_freeze(d);
    assert_int_equal(layout_gap_before(d, 0), 0);
    assert_int_equal(layout_gap_before(d, 1), 1);
    assert_int_equal(layout_gap_before(d, 2), 2);
    assert_int_equal(layout_gap_before(d, 3), 1);
    doc_free(d);
}

static void large_block_lays_out(void **state)
{
    (void)state;
    /* 1 MB of words with quotes and mentions every few hundred bytes. */
    size_t n = 1 << 20;
    char *t = xmalloc(n + 1);
    for (size_t i = 0; i < n; i++)
        t[i] = (i % 7 == 6) ? ' ' : (char)('a' + i % 26);
    t[n] = '\0';
    doc *d = one_block(DOC_BLOCK_PARAGRAPH, t);
    size_t e = doc_add_entity(d, DOC_PERSON, "x");
    for (size_t i = 0; i + 10 < n; i += 700)
        doc_entity_add_mention(d, e, (doc_span){0, i, i + 6});
    for (size_t i = 350; i + 100 < n; i += 700)
        doc_add_quote(d, &(doc_quote){.block = 0, .start = i, .end = i + 100, .speaker = DOC_NONE, .cue = NULL, .continues = false});
    doc_freeze(d);
    size_t lines = check_layout(d, 0, 72);
    assert_true(lines > n / 72);
    doc_free(d);
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(invariants_hold_at_every_width),
        cmocka_unit_test(words_wrap_at_spaces),
        cmocka_unit_test(abbreviations_stay_whole),
        cmocka_unit_test(wide_characters_take_two_columns),
        cmocka_unit_test(combining_marks_take_no_column),
        cmocka_unit_test(long_word_is_cut_at_the_width),
        cmocka_unit_test(newline_forces_a_break),
        cmocka_unit_test(urls_are_never_broken),
        cmocka_unit_test(url_ends_leave_punctuation_out),
        cmocka_unit_test(model_links_get_link_spans),
        cmocka_unit_test(quotes_and_mentions_carry_style_and_ids),
        cmocka_unit_test(overlapping_mentions_show_each_byte_once),
        cmocka_unit_test(block_kinds_set_the_base_style),
        cmocka_unit_test(control_characters_become_control_spans),
        cmocka_unit_test(control_repr_is_printable_ascii),
        cmocka_unit_test(line_at_finds_the_line_of_an_offset),
        cmocka_unit_test(gaps_separate_blocks_and_the_caption_section),
        cmocka_unit_test(large_block_lays_out),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
