/* dump: the header, the blocks wrapped at the width with the reader's line
 * breaks, gaps between blocks, control characters made visible, and write
 * errors reported. */
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
#include "dump.h"
#include "layout.h"
#include "xalloc.h"

/* dump_text into a string (free it). */
static char *dump_to_string(const doc *d, unsigned width)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_int_equal(dump_text(d, width, f), 0);
    fclose(f);
    return buf;
}

static doc *story(void)
{
    doc *d = doc_new();
    doc_set_date(d, "2024-03-14");
    doc_set_dateline(d, "PORT VALE");
    const char *p1 = "The harbor council voted on Tuesday to rebuild the old "
                     "sea wall before the winter storms arrive.";
    const char *p2 = "\"We waited long enough,\" said Ada Lin, the mayor.";
    const char *c1 = "Workers inspect the sea wall. (Photo/Sam Roe)";
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, p1, strlen(p1), NULL, 0);
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, p2, strlen(p2), NULL, 0);
    doc_add_block(d, DOC_BLOCK_CAPTION, c1, strlen(c1), NULL, 0);
    doc_freeze(d);
    return d;
}

static void header_then_wrapped_blocks_with_gaps(void **state)
{
    (void)state;
    doc *d = story();
    char *out = dump_to_string(d, 30);
    const char *expect = "2024-03-14 \xc2\xb7 PORT VALE\n"
                         "\n"
                         "The harbor council voted on\n"
                         "Tuesday to rebuild the old sea\n"
                         "wall before the winter storms\n"
                         "arrive.\n"
                         "\n"
                         "\"We waited long enough,\" said\n"
                         "Ada Lin, the mayor.\n"
                         "\n"
                         "\n"
                         "Workers inspect the sea wall.\n"
                         "(Photo/Sam Roe)\n";
    assert_string_equal(out, expect);
    free(out);
    doc_free(d);
}

static void lines_match_the_layout_at_every_width(void **state)
{
    (void)state;
    doc *d = story();
    for (unsigned width = 1; width <= 100; width++) {
        char *out = dump_to_string(d, width);
        /* Rebuild the expected body from the layout itself. */
        char *expect = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&expect, &len);
        for (size_t b = 0; b < doc_block_count(d); b++) {
            for (unsigned g = layout_gap_before(d, b); g > 0; g--)
                fputc('\n', f);
            const doc_block *blk = doc_block_get(d, b);
            layout_block *lb = layout_block_new(d, b, width);
            for (size_t i = 0; i < layout_block_line_count(lb); i++) {
                const layout_line *line = layout_block_line(lb, i);
                for (size_t s = 0; s < line->n_spans; s++)
                    fwrite(blk->text + line->spans[s].start, 1,
                           line->spans[s].end - line->spans[s].start, f);
                fputc('\n', f);
            }
            layout_block_free(lb);
        }
        fclose(f);
        /* The body follows the header's own lines and one blank line. */
        const char *body = strstr(out, "\n\n");
        assert_non_null(body);
        assert_string_equal(body + 2, expect);
        /* And no line is wider than the width. */
        for (char *line = out; *line;) {
            char *nl = strchr(line, '\n');
            assert_non_null(nl);
            int w =
                u8_width((const uint8_t *)line, (size_t)(nl - line), "UTF-8");
            assert_true(w <= (int)width || width < 2);
            line = nl + 1;
        }
        free(expect);
        free(out);
    }
    doc_free(d);
}

static void no_header_without_date_or_dateline(void **state)
{
    (void)state;
    doc *d = doc_new();
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, "Just text.", 10, NULL, 0);
    doc_freeze(d);
    char *out = dump_to_string(d, 80);
    assert_string_equal(out, "Just text.\n");
    free(out);
    doc_free(d);

    d = doc_new();
    doc_set_dateline(d, "LIMA");
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, "Text.", 5, NULL, 0);
    doc_freeze(d);
    out = dump_to_string(d, 80);
    assert_string_equal(out, "LIMA\n\nText.\n");
    free(out);
    doc_free(d);
}

static void control_characters_are_shown_not_sent(void **state)
{
    (void)state;
    doc *d = doc_new();
    doc_set_dateline(d, "EVIL\x1b]0;title\x07TOWN");
    const char *t = "clear\x1b[2J screen\x9b and \xc2\x9b"
                    "31m tab\there";
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, t, strlen(t), NULL, 0);
    doc_freeze(d);
    char *out = dump_to_string(d, 80);
    for (const unsigned char *p = (const unsigned char *)out; *p; p++) {
        assert_true(*p >= 0x20 || *p == '\n');
        assert_true(*p != 0x7f);
        if (*p == 0xc2)
            assert_true(p[1] >= 0xa0); /* no C1 control */
    }
    assert_non_null(strstr(out, "EVIL^[]0;title^GTOWN"));
    assert_non_null(
        strstr(out, "clear^[[2J screen\\x9b and <U+009B>31m tab here"));
    free(out);
    doc_free(d);
}

static void write_error_is_reported(void **state)
{
    (void)state;
    FILE *full = fopen("/dev/full", "w");
    if (!full)
        skip();
    doc *d = story();
    assert_int_equal(dump_text(d, 40, full), -1);
    fclose(full);
    doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(header_then_wrapped_blocks_with_gaps),
        cmocka_unit_test(lines_match_the_layout_at_every_width),
        cmocka_unit_test(no_header_without_date_or_dateline),
        cmocka_unit_test(control_characters_are_shown_not_sent),
        cmocka_unit_test(write_error_is_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
