/* entity — people, places and organisations found in a parsed document.
 *
 * Adds entities with their mentions, titles, aliases, gender and credit flag
 * to a doc that parse_article() built and that is not yet frozen; links the
 * people each caption shows. One linear pass over the text with hash
 * look-ups in the compiled-in lexicons (lexicon.h). */
#ifndef DATELINE_ENTITY_H
#define DATELINE_ENTITY_H

#include "doc.h"

void entity_analyse(doc *d);

#endif
