/* dump — the article as plain text through the reader's layout. */
#include "dump.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "xalloc.h"

/* Writes one laid-out line; control characters in their visible form. */
static int write_line(const doc_block *b, const layout_line *line, FILE *out)
{
    unsigned col = 0;
    for (size_t i = 0; i < line->n_spans; i++) {
        const layout_span *s = &line->spans[i];
        for (; col < s->col; col++)
            if (fputc(' ', out) == EOF)
                return -1;
        if (s->kind == LAYOUT_SPAN_CONTROL) {
            char repr[16];
            layout_control_repr(b->text + s->start, s->end - s->start, repr);
            if (fputs(repr, out) == EOF)
                return -1;
        } else if (s->end > s->start &&
                   fwrite(b->text + s->start, 1, s->end - s->start, out) !=
                       s->end - s->start) {
            return -1;
        }
        col += s->cols;
    }
    return fputc('\n', out) == EOF ? -1 : 0;
}

static int write_block(const doc *d, size_t block, unsigned width, FILE *out)
{
    layout_block *lb = layout_block_new(d, block, width);
    const doc_block *b = doc_block_get(d, block);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < layout_block_line_count(lb); i++)
        rc = write_line(b, layout_block_line(lb, i), out);
    layout_block_free(lb);
    return rc;
}

/* "date · dateline", wrapped like any other text: it goes through a
 * one-block document of its own. */
static int write_header(const doc *d, unsigned width, FILE *out)
{
    const char *date = doc_date(d), *place = doc_dateline(d);
    if (!date && !place)
        return 0;
    char *text =
        xasprintf("%s%s%s", date ? date : "", date && place ? " \xc2\xb7 " : "",
                  place ? place : "");
    doc *h = doc_new();
    doc_add_block(h, DOC_BLOCK_PARAGRAPH, text, strlen(text), NULL, 0);
    free(text);
    doc_freeze(h);
    int rc = write_block(h, 0, width, out);
    doc_free(h);
    if (rc == 0 && doc_block_count(d) > 0 && fputc('\n', out) == EOF)
        rc = -1;
    return rc;
}

int dump_text(const doc *d, unsigned width, FILE *out)
{
    if (width < 1)
        width = 1;
    if (write_header(d, width, out) != 0)
        return -1;
    /* Block by block, each layout freed before the next: memory stays
     * bounded by the largest block, not the article. */
    for (size_t b = 0; b < doc_block_count(d); b++) {
        for (unsigned g = layout_gap_before(d, b); g > 0; g--)
            if (fputc('\n', out) == EOF)
                return -1;
        if (write_block(d, b, width, out) != 0)
            return -1;
    }
    /* Flushed here so a full disk is reported by this call, not later. */
    return fflush(out) != 0 || ferror(out) ? -1 : 0;
}
