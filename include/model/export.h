/* export — the model for scripts.
 *
 * export_json writes the model exactly as ../shared/spec/export.md says (one
 * object, then a newline), with jansson. export_quotes writes one line per
 * quotation: speaker name (empty when none), cue, text, tab-separated;
 * export_entities one per entity: type, name, mention count, quotation count.
 * Tabs and newlines inside fields are written as spaces. Return 0, or -1 when
 * writing failed. */
#ifndef DATELINE_EXPORT_H
#define DATELINE_EXPORT_H

#include <stdio.h>

#include "doc.h"

int export_json(const doc *d, FILE *out);
/* The same object on one line (JSON Lines, for several articles), with
 * "file": the argument it was read from, first. */
int export_json_line(const doc *d, const char *file, FILE *out);
int export_quotes(const doc *d, FILE *out);
int export_entities(const doc *d, FILE *out);

#endif
