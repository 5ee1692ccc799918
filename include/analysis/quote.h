/* quote — quotations and who said them.
 *
 * Finds every top-level span between double quotation marks in the body
 * paragraphs (straight, curly, mixed, ``...'' pairs; single quotes never make
 * entries; a quotation running over paragraphs gives one entry per paragraph,
 * the later ones with `continues`; an unclosed mark ends at its paragraph),
 * then attributes each to a speaker entity (a person, or an organisation
 * making a statement) with its cue word, or to nobody (titles, terms,
 * unnamed people, "I" and "we"). Pronouns go to the latest person of their
 * gender. Runs after entity_analyse() on an unfrozen doc, using its mentions,
 * genders and titles; linear in the text. */
#ifndef DATELINE_QUOTE_H
#define DATELINE_QUOTE_H

#include "doc.h"

void quote_analyse(doc *d);

#endif
