/* quote — quotations and who said them.
 *
 * Finds every top-level span between double quotation marks in the body
 * paragraphs (straight, curly, mixed, ``...'' pairs; running over paragraphs
 * with `continues`), then attributes each to a speaker entity with its cue
 * word, or to nobody. Runs after entity_analyse() on an unfrozen doc. */
#ifndef DATELINE_QUOTE_H
#define DATELINE_QUOTE_H

#include "doc.h"

void quote_analyse(doc *d);

#endif
