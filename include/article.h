/* article — from decoded text to a finished, read-only document model.
 *
 * Runs the stages in order — parse (blocks, dateline, credits, captions),
 * entity analysis, quotation analysis — then freezes the model. Never prints,
 * never exits; the text is UTF-8 as source.c hands it over. */
#ifndef DATELINE_ARTICLE_H
#define DATELINE_ARTICLE_H

#include <stddef.h>

#include "doc.h"

doc *article_build(const char *text, size_t len);

#endif
