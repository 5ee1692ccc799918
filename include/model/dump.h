/* dump — the article as plain text wrapped at a width (--dump, and the
 * output when stdout is not a terminal), through the same layout the reader
 * uses. Control characters appear in their visible form. Returns 0, or -1
 * when writing failed. */
#ifndef DATELINE_DUMP_H
#define DATELINE_DUMP_H

#include <stdio.h>

#include "doc.h"

int dump_text(const doc *d, unsigned width, FILE *out);

#endif
