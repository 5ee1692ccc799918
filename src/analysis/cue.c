/* Reporting verbs and cue phrases. The words and their classes are the
 * cue_ classes of the lexicon's data (data/lexicon/cue-*.txt), looked up in
 * its one table. Everything here is general English, nothing about one
 * article. */
#include "cue.h"

#include <string.h>

#include "lexicon.h"

#define COUNT(a) (sizeof(a) / sizeof *(a))

unsigned cue_classify(const char *word, const char **canonical)
{
    return lexicon_cue_classes(word, word ? strlen(word) : 0, canonical);
}

/* Two-word phrases whose first word alone is no cue. */
static const struct {
    const char *first, *second, *cue;
    bool trailing_only;
} phrases[] = {
    {"according", "to", "according to", false},
    {"chimed", "in", "chimed in", true},
    {"fired", "back", "fired back", false},
    {"hit", "back", "hit back", false},
    {"pointed", "out", "pointed out", true},
    {"put", "it", "put it", false},
    {"puts", "it", "puts it", false},
    {"shot", "back", "shot back", false},
    {"went", "on", "went on", true},
};

const char *cue_reporting(const char *word, const char *next, unsigned *words,
                          bool *trailing_only)
{
    *words = 1;
    *trailing_only = false;
    const char *canonical;
    unsigned c = cue_classify(word, &canonical);
    if (c & CUE_REPORTING) {
        *trailing_only = (c & CUE_TRAILING) != 0;
        return canonical;
    }
    for (size_t i = 0; next && (c & CUE_PHRASE_HEAD) && i < COUNT(phrases); i++)
        if (strcmp(word, phrases[i].first) == 0 &&
            strcmp(next, phrases[i].second) == 0) {
            *words = 2;
            *trailing_only = phrases[i].trailing_only;
            return phrases[i].cue;
        }
    return NULL;
}

bool cue_names_listener(const char *cue)
{
    return cue && (strcmp(cue, "told") == 0 || strcmp(cue, "tells") == 0 ||
                   strcmp(cue, "tell") == 0 || strcmp(cue, "telling") == 0);
}

bool cue_is_role_noun(const char *word, doc_gender *gender)
{
    unsigned c = cue_classify(word, NULL);
    if (gender)
        *gender = (c & CUE_MALE)     ? DOC_GENDER_MALE
                  : (c & CUE_FEMALE) ? DOC_GENDER_FEMALE
                                     : DOC_GENDER_UNKNOWN;
    return (c & CUE_ROLE) != 0;
}
