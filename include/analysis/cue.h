/* cue — the words that tell who is speaking: reporting verbs and cue phrases.
 *
 * General English knowledge only (no names). The lexicon's table (its cue_
 * classes, data/lexicon/cue-*.txt) classifies every listed word (a reporting
 * verb, a role noun, a preposition, ...); a look-up takes one word already
 * lower-cased (ASCII letters folded, other bytes as written) and is one hash
 * look-up. Returned strings are static and live for the whole program. */
#ifndef DATELINE_CUE_H
#define DATELINE_CUE_H

#include <stdbool.h>

#include "doc.h"

/* What a word can be; a word may be several things ("a" is a determiner,
 * an indefinite and a minor word). */
enum {
    CUE_REPORTING = 1 << 0,   /* "said", "told", "quipped" */
    CUE_TRAILING = 1 << 1,    /* reports only beside a quotation: "noted" */
    CUE_PHRASE_HEAD = 1 << 2, /* first word of a two-word cue: "according" */
    CUE_TERM = 1 << 3,   /* before a quotation, makes it a term: "dubbed" */
    CUE_WORK = 1 << 4,   /* a kind of work whose title is quoted: "film" */
    CUE_ROLE = 1 << 5,   /* a role or nationality: "president", "Dane" */
    CUE_MALE = 1 << 6,   /* ... of a man: "spokesman" */
    CUE_FEMALE = 1 << 7, /* ... of a woman: "actress" */
    CUE_OBJECT = 1 << 8, /* a name after it is an object: "to", "told" */
    CUE_ADVERB = 1 << 9, /* may stand between subject and verb: "also" */
    CUE_DETERMINER = 1 << 10,   /* "the", "his": a verb after it is a noun */
    CUE_ABBREVIATION = 1 << 11, /* its period ends no sentence: "sen", "feb" */
    CUE_MINOR = 1 << 12,        /* left in lower case in titles: "of", "the" */
    CUE_PARTICLE = 1 << 13,     /* lower-case part of a name: "van", "de" */
    CUE_PRONOUN = 1 << 14,      /* a subject pronoun: "he", "we", "it" */
    CUE_INDEFINITE = 1 << 15,   /* names nobody in particular: "a", "someone" */
};

/* The classes of a word (0 when it is not listed); *canonical (may be NULL)
 * gets the table's own copy of the word, or NULL. */
unsigned cue_classify(const char *word, const char **canonical);

/* A reporting word ("said") or a two-word reporting phrase ("according
 * to", when next is "to"). Returns the cue as it is recorded and sets *words
 * to how many words it takes (1 or 2) and *trailing_only for cues that
 * report speech only right beside a quotation; NULL when there is none. */
const char *cue_reporting(const char *word, const char *next, unsigned *words,
                          bool *trailing_only);

/* "told", "tells": the person named after it is the listener. */
bool cue_names_listener(const char *cue);

/* A role or nationality noun; *gender (may be NULL) gets the gender it
 * implies, or UNKNOWN. */
bool cue_is_role_noun(const char *word, doc_gender *gender);

#endif
