/* cue — the words that tell who is speaking: reporting verbs and cue phrases.
 *
 * General English knowledge only (no names). Every look-up takes one word
 * already lower-cased (ASCII letters folded, other bytes as written) and is a
 * binary search in a sorted table, so it costs a few comparisons. The
 * returned strings are static and live for the whole program. */
#ifndef DATELINE_CUE_H
#define DATELINE_CUE_H

#include <stdbool.h>

#include "doc.h"

/* A reporting word ("said", "told", "quipped") or the first word of a
 * reporting phrase ("according" of "according to", when next is "to").
 * Returns the cue as it is recorded ("said", "according to") and sets
 * *words to how many words it takes (1 or 2); NULL when word is no cue.
 * *trailing_only is set for words that report speech only right beside a
 * quotation ("noted", "continued"): elsewhere they are ordinary words. */
const char *cue_reporting(const char *word, const char *next, unsigned *words,
                          bool *trailing_only);

/* "told", "tells": the person named after it is the listener. */
bool cue_names_listener(const char *cue);

/* Words that, right before a quotation, make it a name or a term rather
 * than speech: "dubbed", "so-called", "nicknamed", "slogan". */
bool cue_is_term_marker(const char *word);

/* Kinds of work whose titles are quoted: "film", "novel", "album". */
bool cue_is_work_noun(const char *word);

/* A noun for a person's role or nationality ("president", "actress",
 * "Dane"): "the French leader said" speaks of someone named before.
 * *gender (may be NULL) gets the gender the noun implies, or UNKNOWN. */
bool cue_is_role_noun(const char *word, doc_gender *gender);

/* Words after which a name is an object, not a speaker: "to", "with",
 * "told", "met". */
bool cue_is_object_marker(const char *word);

/* Words that may stand between a speaker and the verb: "also", "has",
 * "later". */
bool cue_is_adverb(const char *word);

/* Determiners and possessives: a reporting word after one is a noun. */
bool cue_is_determiner(const char *word);

/* Abbreviations whose period does not end a sentence: "mr", "sen", "feb". */
bool cue_is_abbreviation(const char *word);

/* Lower-case particles inside names: "van", "de", "bin", "al". */
bool cue_is_name_particle(const char *word);

/* Words a title of a work leaves in lower case: "of", "the", "in". */
bool cue_is_minor_word(const char *word);

#endif
