/* STUB — owned by the source/parse helper; replace. */
#include "parse.h"
#include <string.h>
doc *parse_article(const char *text, size_t len)
{
    doc *d = doc_new();
    size_t i = 0;
    while (i < len) {
        const char *e = strstr(text + i, "\n\n");
        size_t end = e ? (size_t)(e - text) : len;
        if (end > i) doc_add_block(d, DOC_BLOCK_PARAGRAPH, text + i, end - i, NULL, i);
        i = end + 2;
    }
    return d;
}
