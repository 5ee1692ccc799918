/* webpage — a web page's raw bytes to a document model, before analysis.
 *
 * Decodes and parses the page (html.h), reads its metadata (htmlmeta.h)
 * into the article fields (title, authors, site, url, published and its
 * date, description) and extracts its main content (extract.h) into blocks
 * with their links. As for text (parse.h), the dateline opening the first
 * body paragraph goes into the article and out of the block, and caption
 * blocks are analysed and merged (caption.h). The result is mutable: the
 * caller runs the analysis and freezes it. Never prints or exits; any bytes
 * give a document. */
#ifndef DATELINE_WEBPAGE_H
#define DATELINE_WEBPAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"

/* charset: the transport's declared charset or NULL; base_url: the page's
 * address or NULL; *from_cp1252 (may be NULL): Windows-1252 was guessed. */
doc *webpage_parse(const char *bytes, size_t len, const char *charset,
                   const char *base_url, bool *from_cp1252);

#endif
