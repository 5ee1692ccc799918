/* lexicon — compiled-in general knowledge for finding entities.
 *
 * One hash table over word lists that hold general knowledge only: titles
 * and roles (with the gender some of them imply), countries and their
 * demonyms, US states with their AP abbreviations, capitals and large
 * cities, continents and regions, given names with gender, the words that
 * head organisation and place names, well-known organisations and news
 * agencies, weekdays and months, function words, name particles and
 * reporting verbs. No list names a person.
 *
 * The lists are data files, the files of data/lexicon/ (one key a line, its
 * classes, gender and canonical form), compiled in at build time by
 * tools/lexgen.py; the cue words of cue.h live in the same files and table.
 *
 * Keys are look-up keys: lower case, accents dropped, "’" read as "'", the
 * words of a phrase joined by one space ("vice president", "u.s."). A key
 * may carry several classes ("georgia" is a country, a state and a given
 * name). The table is constant. */
#ifndef DATELINE_LEXICON_H
#define DATELINE_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"

enum {
    LEX_TITLE = 1u << 0,        /* written before a name: president, rep. */
    LEX_ROLE = 1u << 1,         /* names a person in an apposition */
    LEX_DEMONYM = 1u << 2,      /* nationality or language: mexican */
    LEX_COUNTRY = 1u << 3,      /* sovereign states, "u.s." */
    LEX_US_STATE = 1u << 4,     /* states and D.C., spelled out */
    LEX_STATE_ABBREV = 1u << 5, /* AP abbreviations: md., n.y. */
    LEX_CITY = 1u << 6,         /* capitals, large cities, famous districts */
    LEX_REGION = 1u << 7,       /* continents, regions, provinces */
    LEX_GIVEN = 1u << 8,        /* given names */
    LEX_ORG_HEAD = 1u << 9,     /* last word of an organisation's name */
    LEX_ORG_LEAD = 1u << 10,    /* first word before "of": university (of) */
    LEX_ORG = 1u << 11,         /* a well-known organisation */
    LEX_AGENCY = 1u << 12,      /* a news agency or outlet */
    LEX_PLACE_HEAD = 1u << 13,  /* last word of a place's name: airport */
    LEX_PLACE_LEAD = 1u << 14,  /* first word of a place's name: mount */
    LEX_PLACE_NOUN = 1u << 15,  /* lower-case: town (of X), (X) province */
    LEX_ORG_NOUN = 1u << 16,    /* lower-case: (X) group, militia */
    LEX_CALENDAR = 1u << 17,    /* weekdays and months */
    LEX_FUNCTION = 1u << 18,    /* function words, never a name alone */
    LEX_PARTICLE = 1u << 19,    /* de, van, bin, al */
    LEX_SPEECH = 1u << 20,      /* reporting verbs: said, told */
    LEX_EVENT_HEAD = 1u << 21,  /* last word of an event: awards, war */
    LEX_ABBREV = 1u << 22,      /* its final period belongs to the word */
    LEX_DIRECTION = 1u << 23,   /* north (of X), outside (X) */
    LEX_NUMBER = 1u << 24,      /* number words: one, two */
    LEX_PRONOUN = 1u << 25,     /* personal pronouns, gender set */
    LEX_TEAM = 1u << 26,        /* first word of a sports club: real */
    LEX_COMMON = 1u << 27,      /* everyday words opening phrases: big */
    LEX_CLUB_HEAD = 1u << 28,   /* last word of a sports club: rovers */
};

#define LEX_PLACE_ANY                                                          \
    (LEX_COUNTRY | LEX_US_STATE | LEX_STATE_ABBREV | LEX_CITY | LEX_REGION)

typedef struct {
    unsigned classes;
    doc_gender gender; /* titles, given names, pronouns */
    /* Places and organisations known under several names share one group
     * key ("u.s." and "united states" both give "united states"); news
     * agencies give their full name ("The Associated Press"). NULL when the
     * entry stands for itself. */
    const char *canonical;
} lexicon_entry;

/* The entry for a look-up key of len bytes, or NULL. */
const lexicon_entry *lexicon_find(const char *key, size_t len);
/* Convenience: the classes of a key, 0 when absent. */
unsigned lexicon_classes(const char *key, size_t len);
/* Is the word the first of some key of several words ("vice" for "vice
 * president")? A phrase whose first word is not has no entry. */
bool lexicon_heads_phrase(const char *key, size_t len);
/* Number of distinct keys with a LEX_ class, for tests. */
size_t lexicon_size(void);
/* The CUE_ classes (cue.h) of a key, 0 when it has none; *stored (may be
 * NULL) gets the table's own NUL-terminated copy of the key, or NULL. */
unsigned lexicon_cue_classes(const char *key, size_t len, const char **stored);

#endif
