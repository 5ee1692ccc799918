/* parse — segmentation of a wire story into the document model.
 *
 * From decoded text (source.h) to a mutable doc, in one linear pass:
 * - paragraphs are separated by blank lines (whitespace-only lines count as
 *   blank); lines inside a paragraph are trimmed and joined with a space;
 * - a leading " date YYYY-MM-DD " sets the article date;
 * - before the body, wire copy as published: a first-line headline (one
 *   short line, no final full stop, another paragraph after it; not after a
 *   date line) becomes the title, a "By NAME [and NAME]" line the authors
 *   (and contributors), a "Published ..."/"Updated ..." line the published
 *   time in ISO 8601 (when.h; an unreadable one stays a credit block) —
 *   none of them a block;
 * - the dateline at the start of the first body paragraph ("CITY -- ",
 *   "CITY, State (AP) — ", "CITY (Reuters) - ", "CITY, COUNTRY—",
 *   "CITY: ", an all-caps city with no separator) goes into the article
 *   fields and the block starts after it; wire tags and credit lines set
 *   the source;
 * - block kinds: embed (a bracketed line or a lone link, with its url),
 *   credit (bylines, contributor and editing lines, "___" separators,
 *   time stamps, AFP desk slugs, copyright lines; the people named become
 *   contributors), caption (a paragraph ending in a photo credit, see
 *   caption.h; repeats merged), paragraph (everything else).
 * Entities and quotations are left to entity.h and quote.h. Never prints or
 * exits; any bytes give a document (empty input: no blocks). */
#ifndef DATELINE_PARSE_H
#define DATELINE_PARSE_H

#include <stddef.h>

#include "doc.h"

doc *parse_article(const char *text, size_t len);

/* The dateline opening a story's first paragraph, in the forms above, for
 * other input formats (a web page's first paragraph). Returns the offset
 * where the story starts after it (0: no dateline); [0, *place_end) is the
 * place and *agency the wire agency its tag names (static), or NULL. */
size_t parse_dateline(const char *t, size_t n, size_t *place_end,
                      const char **agency);

#endif
