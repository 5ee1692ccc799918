/* quote — quotations, what they are and who said them.
 *
 * Every quotation span the annotation layer found in a body paragraph
 * becomes an entry (a quotation running over paragraphs gives one entry per
 * paragraph, the later ones with `continues`). Each is classed as speech,
 * the title of a work or a term, and speech is attributed to a speaker
 * entity (a person, or an organisation making a statement) with its cue
 * word, or to nobody (unnamed people, "I" and "we"), by an ordered table of
 * named passes; the pass that decided is recorded as the quotation's rule.
 * Runs after entity analysis on an unfrozen doc, using its mentions,
 * genders and titles; its walk over the body feeds the annotation layer's
 * coreference in document order, so every pronoun is resolved there, once.
 * Linear in the text. */
#ifndef DATELINE_QUOTE_H
#define DATELINE_QUOTE_H

#include "annotate.h"
#include "doc.h"

/* Reads the annotation layer `an` of d (its tokens, quotation spans and
 * titles of works) and resolves its pronouns (annotate_pronoun_at). */
void quote_analyse_with(doc *d, annotate *an);
/* The same with an annotation layer of its own. */
void quote_analyse(doc *d);

#endif
