/* parse — segmentation of a wire story into the document model.
 *
 * From decoded text (source.h) to a mutable doc: the header date line, the
 * dateline (into the article fields, stripped from the first paragraph),
 * paragraphs, embed lines with their URL, credit lines (contributors, bylines,
 * separators, "NAME reported from PLACE."), and captions with credit,
 * photographer, date, place and repeat count. Entities and quotations are
 * left to entity.h and quote.h. Never prints or exits; any input gives a
 * document (possibly with no blocks). */
#ifndef DATELINE_PARSE_H
#define DATELINE_PARSE_H

#include <stddef.h>

#include "doc.h"

doc *parse_article(const char *text, size_t len);

#endif
