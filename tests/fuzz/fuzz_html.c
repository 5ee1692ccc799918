/* libFuzzer harness for web pages: the bytes as a page (charset choice,
 * libxml2's parser, extraction, metadata, links), then the analysis, JSON
 * export and layout, as dateline page.html runs them. The first byte picks
 * the layout width and whether a transport charset and base URL are given.
 * Build and run with `make fuzz` (clang). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "article.h"
#include "doc.h"
#include "dump.h"
#include "export.h"
#include "layout.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    unsigned width = 1 + data[0] % 100;
    static const char *const charsets[] = {NULL, "utf-8", "iso-8859-1",
                                           "windows-1251"};
    const char *charset = charsets[(data[0] >> 5) & 3];
    const char *base = data[0] & 0x80 ? "https://example.org/a/b.html" : NULL;
    article_options opt = {.format = ARTICLE_FORMAT_HTML};
    char *err = NULL;
    doc *d = article_from_bytes((const char *)data + 1, size - 1, &opt,
                                charset, base, NULL, &err);
    if (!d) {
        free(err);
        return 0;
    }
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    export_json(d, sink);
    dump_text(d, width, sink);
    for (size_t b = 0; b < doc_block_count(d); b++) {
        layout_block *lb = layout_block_new(d, b, width);
        layout_block_free(lb);
    }
    doc_free(d);
    return 0;
}
