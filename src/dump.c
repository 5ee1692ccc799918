/* STUB — owned by the layout helper; replace. */
#include "dump.h"
int dump_text(const doc *d, unsigned width, FILE *out)
{
    (void)width;
    for (size_t b = 0; b < doc_block_count(d); b++)
        fprintf(out, "%s%s\n", b ? "\n" : "", doc_block_get(d, b)->text);
    return 0;
}
