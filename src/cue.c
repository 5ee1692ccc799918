/* Reporting verbs and cue phrases: small sorted word lists searched with
 * bsearch. Everything here is general English, nothing about one article. */
#include "cue.h"

#include <stdlib.h>
#include <string.h>

/* Each table is kept in strcmp order, as bsearch needs. */
static const char *const reporting[] = {
    "acknowledged", "acknowledges", "added",      "adding",     "adds",
    "admits",       "admitted",     "advised",    "affirmed",   "agreed",
    "agrees",       "alleged",      "announced",  "announces",  "answered",
    "answers",      "argued",       "argues",     "arguing",    "asked",
    "asking",       "asks",         "asserted",   "assured",    "begged",
    "bemoaned",     "boasted",      "bragged",    "called",     "calling",
    "cautioned",    "claimed",      "claims",     "clarified",  "committed",
    "complained",   "complains",    "conceded",   "concedes",   "concluded",
    "confirmed",    "confirms",     "contended",  "countered",  "counters",
    "cried",        "declared",     "declares",   "demanded",   "denied",
    "denies",       "described",    "describes",  "describing", "disclosed",
    "elaborated",   "emailed",      "emphasised", "emphasises", "emphasized",
    "emphasizes",   "exclaimed",    "explained",  "explaining", "explains",
    "grumbled",     "gushed",       "inquired",   "insisted",   "insisting",
    "insists",      "interjected",  "joked",      "jokes",      "lamented",
    "laments",      "maintained",   "marveled",   "marvelled",  "mentioned",
    "messaged",     "murmured",     "mused",      "muttered",   "objected",
    "offered",      "pleaded",      "pledged",    "pledges",    "posted",
    "predicted",    "proclaimed",   "promised",   "protested",  "quipped",
    "quips",        "reasoned",     "recalled",   "recalls",    "recounted",
    "reiterated",   "reiterates",   "remarked",   "repeated",   "replied",
    "replies",      "reported",     "responded",  "responds",   "retorted",
    "revealed",     "said",         "say",        "saying",     "says",
    "scoffed",      "screamed",     "shouted",    "sighed",     "snapped",
    "speculated",   "stated",       "stressed",   "stresses",   "suggested",
    "suggests",     "summarised",   "summarized", "tell",       "telling",
    "tells",        "testified",    "texted",     "thundered",  "told",
    "tweeted",      "tweets",       "urged",      "urges",      "ventured",
    "vowed",        "vows",         "warned",     "warns",      "whispered",
    "wondered",     "writes",       "writing",    "wrote",      "yelled",
};
static const char *const reporting_trailing[] = {
    "continued", "continues", "laughed",  "noted",
    "notes",     "observed",  "observes",
};
static const char *const term_markers[] = {
    "banner",    "brand",    "branded",  "catchphrase", "chant",    "chanting",
    "coined",    "dubbed",   "entitled", "hashtag",     "headline", "label",
    "labeled",   "labelled", "moniker",  "motto",       "named",    "nickname",
    "nicknamed", "phrase",   "reading",  "reads",       "sign",     "slogan",
    "so-called", "tagline",  "term",     "termed",      "titled",   "word",
    "words",
};
static const char *const work_nouns[] = {
    "adaptation", "album",       "albums",      "anthem",     "ballet",
    "biopic",     "blockbuster", "book",        "books",      "column",
    "comedies",   "comedy",      "documentary", "drama",      "dramas",
    "episode",    "exhibit",     "exhibition",  "film",       "films",
    "franchise",  "game",        "hit",         "hits",       "magazine",
    "memoir",     "miniseries",  "movie",       "movies",     "musical",
    "newspaper",  "novel",       "novels",      "opera",      "painting",
    "play",       "podcast",     "poem",        "program",    "programme",
    "remake",     "report",      "saga",        "sculpture",  "sequel",
    "series",     "show",        "shows",       "single",     "sitcom",
    "song",       "songs",       "soundtrack",  "telenovela", "thriller",
    "track",      "video",
};
static const char *const roles_male[] = {
    "actor",      "brother",  "businessman", "chairman",   "congressman",
    "councilman", "dutchman", "emperor",     "englishman", "father",
    "frenchman",  "husband",  "irishman",    "king",       "pope",
    "prince",     "scotsman", "sheikh",      "son",        "spokesman",
    "sultan",     "welshman",
};
static const char *const roles_female[] = {
    "actress",      "businesswoman", "chairwoman", "congresswoman",
    "councilwoman", "daughter",      "empress",    "englishwoman",
    "frenchwoman",  "mother",        "princess",   "queen",
    "sister",       "spokeswoman",   "wife",
};
static const char *const roles[] = {
    "activist",       "administrator", "adviser",        "advisor",
    "afghan",         "algerian",      "ambassador",     "american",
    "analyst",        "archbishop",    "architect",      "argentine",
    "argentinian",    "armenian",      "artist",         "astronaut",
    "athlete",        "attorney",      "aussie",         "australian",
    "austrian",       "author",        "bangladeshi",    "belarusian",
    "belgian",        "billionaire",   "biologist",      "bishop",
    "bosnian",        "boss",          "brazilian",      "brit",
    "briton",         "bulgarian",     "californian",    "canadian",
    "candidate",      "captain",       "cardinal",       "ceo",
    "chair",          "challenger",    "champion",       "chancellor",
    "chef",           "chemist",       "chief",          "chilean",
    "chinese",        "cleric",        "coach",          "colombian",
    "comedian",       "commander",     "commissioner",   "councillor",
    "croat",          "cuban",         "czech",          "dancer",
    "dane",           "democrat",      "deputy",         "designer",
    "dictator",       "diplomat",      "director",       "doctor",
    "driver",         "economist",     "egyptian",       "engineer",
    "entrepreneur",   "envoy",         "ethiopian",      "executive",
    "filipino",       "filmmaker",     "finn",           "founder",
    "general",        "georgian",      "german",         "ghanaian",
    "goalkeeper",     "governor",      "greek",          "head",
    "historian",      "hungarian",     "icelander",      "imam",
    "incumbent",      "indian",        "indonesian",     "inventor",
    "iranian",        "iraqi",         "israeli",        "italian",
    "japanese",       "journalist",    "judge",          "kenyan",
    "kiwi",           "korean",        "lawmaker",       "lawyer",
    "leader",         "lebanese",      "legislator",     "libyan",
    "londoner",       "malaysian",     "manager",        "mayor",
    "mediator",       "mexican",       "minister",       "mogul",
    "monarch",        "moroccan",      "musician",       "negotiator",
    "nigerian",       "nominee",       "norwegian",      "novelist",
    "owner",          "pakistani",     "palestinian",    "parisian",
    "pastor",         "peruvian",      "philosopher",    "physician",
    "physicist",      "pilot",         "player",         "poet",
    "pole",           "pollster",      "portuguese",     "premier",
    "president",      "priest",        "principal",      "producer",
    "professor",      "prosecutor",    "rabbi",          "rapper",
    "republican",     "researcher",    "romanian",       "russian",
    "saudi",          "scientist",     "scot",           "secretary",
    "senator",        "serb",          "sheriff",        "singer",
    "slovak",         "slovenian",     "somali",         "spaniard",
    "spokesperson",   "star",          "strategist",     "striker",
    "superintendent", "surgeon",       "swede",          "syrian",
    "teacher",        "texan",         "thai",           "tunisian",
    "turk",           "tycoon",        "ugandan",        "ukrainian",
    "venezuelan",     "veteran",       "vice-president", "vietnamese",
    "winner",         "writer",
};
static const char *const object_markers[] = {
    "about",     "accompanied", "accompanying", "after",     "against",
    "alongside", "among",       "asked",        "asking",    "at",
    "beat",      "beating",     "before",       "behind",    "beside",
    "between",   "by",          "called",       "defeated",  "for",
    "from",      "in",          "include",      "included",  "includes",
    "including", "into",        "invited",      "join",      "joined",
    "joining",   "like",        "meet",         "meeting",   "meets",
    "met",       "of",          "on",           "onto",      "replace",
    "replaced",  "replacing",   "succeed",      "succeeded", "succeeding",
    "tell",      "telling",     "tells",        "than",      "thank",
    "thanked",   "thanks",      "to",           "told",      "toward",
    "towards",   "under",       "urged",        "urging",    "versus",
    "via",       "visited",     "vs",           "with",      "without",
};
static const char *const adverbs[] = {
    "again",      "already",    "also",        "angrily",      "bluntly",
    "can",        "could",      "did",         "directly",     "do",
    "does",       "earlier",    "finally",     "first",        "flatly",
    "frequently", "further",    "had",         "has",          "have",
    "herself",    "himself",    "immediately", "initially",    "just",
    "later",      "may",        "might",       "must",         "never",
    "not",        "often",      "once",        "only",         "openly",
    "personally", "previously", "privately",   "publicly",     "quickly",
    "recently",   "repeatedly", "reportedly",  "separately",   "should",
    "simply",     "sometimes",  "still",       "subsequently", "then",
    "today",      "tonight",    "will",        "would",        "yesterday",
};
static const char *const determiners[] = {
    "a",     "an",   "another", "any",   "each", "every", "her",
    "his",   "its",  "my",      "no",    "our",  "the",   "their",
    "these", "this", "those",   "whose", "your",
};
static const char *const abbreviations[] = {
    "adm",  "approx", "apr", "aug", "ave",  "blvd", "capt",   "cmdr", "co",
    "col",  "corp",   "cpl", "dec", "dept", "det",  "dr",     "est",  "feb",
    "fig",  "ft",     "gen", "gov", "hon",  "inc",  "insp",   "jan",  "jr",
    "jul",  "jun",    "lt",  "ltd", "maj",  "mar",  "messrs", "mlle", "mme",
    "mr",   "mrs",    "ms",  "mt",  "no",   "nos",  "nov",    "oct",  "pp",
    "pres", "prof",   "pvt", "rep", "reps", "rev",  "sen",    "sens", "sep",
    "sept", "sgt",    "sr",  "st",  "supt", "univ", "vol",    "vs",
};
static const char *const minor_words[] = {
    "a",   "an",   "and", "as", "at",   "but", "by",   "for",  "from",
    "in",  "into", "nor", "of", "off",  "on",  "onto", "or",   "out",
    "per", "the",  "to",  "up", "upon", "via", "vs",   "with",
};

static const char *const name_particles[] = {
    "al",  "bin", "da", "das", "de",  "del", "dela", "della",
    "den", "der", "di", "do",  "dos", "du",  "el",   "ibn",
    "la",  "le",  "st", "ten", "ter", "van", "von",  "zu",
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

static int word_cmp(const void *key, const void *item)
{
    return strcmp((const char *)key, *(const char *const *)item);
}

static const char *find(const char *const *table, size_t n, const char *word)
{
    if (!word || !*word)
        return NULL;
    const char *const *hit = bsearch(word, table, n, sizeof *table, word_cmp);
    return hit ? *hit : NULL;
}

#define IN(table, word) find(table, COUNT(table), word)

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
    {"shot", "back", "shot back", false},
    {"went", "on", "went on", true},
};

const char *cue_reporting(const char *word, const char *next, unsigned *words,
                          bool *trailing_only)
{
    *words = 1;
    *trailing_only = false;
    const char *hit = IN(reporting, word);
    if (hit)
        return hit;
    hit = IN(reporting_trailing, word);
    if (hit) {
        *trailing_only = true;
        return hit;
    }
    for (size_t i = 0; next && i < COUNT(phrases); i++)
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

bool cue_is_term_marker(const char *word)
{
    return IN(term_markers, word) != NULL;
}

bool cue_is_work_noun(const char *word)
{
    return IN(work_nouns, word) != NULL;
}

bool cue_is_role_noun(const char *word, doc_gender *gender)
{
    doc_gender g = DOC_GENDER_UNKNOWN;
    bool hit = true;
    if (IN(roles_male, word))
        g = DOC_GENDER_MALE;
    else if (IN(roles_female, word))
        g = DOC_GENDER_FEMALE;
    else
        hit = IN(roles, word) != NULL;
    if (gender)
        *gender = g;
    return hit;
}

bool cue_is_object_marker(const char *word)
{
    return IN(object_markers, word) != NULL;
}

bool cue_is_adverb(const char *word)
{
    return IN(adverbs, word) != NULL;
}

bool cue_is_determiner(const char *word)
{
    return IN(determiners, word) != NULL;
}

bool cue_is_abbreviation(const char *word)
{
    return IN(abbreviations, word) != NULL;
}

bool cue_is_minor_word(const char *word)
{
    return IN(minor_words, word) != NULL;
}

bool cue_is_name_particle(const char *word)
{
    return IN(name_particles, word) != NULL;
}
