/* entity — people, places and organisations found in a parsed document.
 *
 * Adds entities with their mentions, titles, aliases, gender (from titles
 * and given names; entity_pronoun_genders adds the pronouns') and credit flag
 * to a doc that parse_article() built and that is not yet frozen; links the
 * people each caption shows (before the caption's credit). Names come from
 * rules over runs of capitalised words and the compiled-in lexicons of
 * general knowledge (lexicon.h); contributors and caption photographers
 * from the parser become credit people. Every mention, surname-only and
 * role phrases ("the vice president") included, is a span into its block;
 * a person's name is the fullest personal name used, never a role phrase.
 * Two linear passes over the text (words capitalised inside sentences, then
 * the runs) with hash look-ups; never prints, never fails. */
#ifndef DATELINE_ENTITY_H
#define DATELINE_ENTITY_H

#include "annotate.h"
#include "doc.h"

/* Reads the blocks through an annotation layer of its own. Genders come
 * from titles and given names only: pronouns are resolved later. */
void entity_analyse(doc *d);
/* The same through the caller's annotation layer. */
void entity_analyse_with(doc *d, annotate *an);
/* A person whose name gave no gender takes the one most of their pronouns
 * give, as an's coreference resolved them (after the quotation pass). */
void entity_pronoun_genders(doc *d, const annotate *an);

#endif
