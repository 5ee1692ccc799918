/* libFuzzer harness over every stage an article's bytes pass through:
 * decoding, parsing and analysis, JSON export, and layout at a width taken
 * from the input. Build and run with `make fuzz` (clang). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "article.h"
#include "doc.h"
#include "dump.h"
#include "export.h"
#include "layout.h"
#include "source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    unsigned width = 1 + data[0] % 100;
    source_text src;
    char *err = NULL;
    if (source_decode((const char *)data + 1, size - 1, &src, &err) != 0) {
        free(err);
        return 0;
    }
    doc *d = article_build(src.text, src.len);
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    export_json(d, sink);
    export_quotes(d, sink);
    export_entities(d, sink);
    dump_text(d, width, sink);
    for (size_t b = 0; b < doc_block_count(d); b++) {
        layout_block *lb = layout_block_new(d, b, width);
        size_t n = layout_block_line_count(lb);
        if (n)
            layout_block_line_at(lb, doc_block_get(d, b)->len / 2);
        layout_block_free(lb);
    }
    doc_free(d);
    source_text_free(&src);
    return 0;
}
