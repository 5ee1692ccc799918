/* The compiled-in lexicons: classes, genders and canonical groups that the
 * entity rules rely on. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "cue.h"
#include "lexicon.h"

static const lexicon_entry *get(const char *key)
{
    return lexicon_find(key, strlen(key));
}

static unsigned classes(const char *key)
{
    return lexicon_classes(key, strlen(key));
}

static void titles_carry_their_gender(void **state)
{
    (void)state;
    assert_true(classes("vice president") & LEX_TITLE);
    assert_true(classes("rep.") & LEX_TITLE);
    assert_true(classes("special envoy") & LEX_TITLE);
    assert_int_equal(get("spokeswoman")->gender, DOC_GENDER_FEMALE);
    assert_int_equal(get("spokesman")->gender, DOC_GENDER_MALE);
    assert_int_equal(get("president")->gender, DOC_GENDER_UNKNOWN);
}

static void places_and_demonyms_are_apart(void **state)
{
    (void)state;
    assert_true(classes("mexico") & LEX_COUNTRY);
    assert_false(classes("mexico") & LEX_DEMONYM);
    assert_true(classes("mexican") & LEX_DEMONYM);
    assert_false(classes("mexican") & LEX_PLACE_ANY);
    assert_true(classes("nairobi") & LEX_CITY);
    assert_true(classes("central america") & LEX_REGION);
    assert_true(classes("ohio") & LEX_US_STATE);
}

static void abbreviations_share_a_canonical_group(void **state)
{
    (void)state;
    const lexicon_entry *us = get("u.s."), *full = get("united states");
    assert_non_null(us);
    assert_non_null(full);
    assert_string_equal(us->canonical, full->canonical);
    const lexicon_entry *md = get("md.");
    assert_true(md->classes & LEX_STATE_ABBREV);
    assert_true(md->classes & LEX_ABBREV);
    assert_string_equal(md->canonical, get("maryland")->canonical);
}

static void given_names_and_unisex_names(void **state)
{
    (void)state;
    assert_int_equal(get("mary")->gender, DOC_GENDER_FEMALE);
    assert_int_equal(get("john")->gender, DOC_GENDER_MALE);
    assert_true(classes("jordan") & LEX_GIVEN);
    assert_true(classes("jordan") & LEX_COUNTRY);
    assert_int_equal(get("jordan")->gender, DOC_GENDER_UNKNOWN);
    assert_int_equal(get("taylor")->gender, DOC_GENDER_UNKNOWN);
}

static void organisation_and_place_words(void **state)
{
    (void)state;
    assert_true(classes("ministry") & LEX_ORG_HEAD);
    assert_true(classes("inc.") & LEX_ORG_HEAD);
    assert_true(classes("airport") & LEX_PLACE_HEAD);
    assert_true(classes("awards") & LEX_EVENT_HEAD);
    assert_true(classes("reuters") & LEX_AGENCY);
    assert_string_equal(get("associated press")->canonical,
                        "The Associated Press");
    assert_true(classes("nato") & LEX_ORG);
}

static void small_words(void **state)
{
    (void)state;
    assert_true(classes("tuesday") & LEX_CALENDAR);
    assert_true(classes("sept.") & LEX_CALENDAR);
    assert_true(classes("the") & LEX_FUNCTION);
    assert_true(classes("van") & LEX_PARTICLE);
    assert_true(classes("said") & LEX_SPEECH);
    assert_int_equal(get("she")->gender, DOC_GENDER_FEMALE);
    assert_true(classes("st.") & LEX_ABBREV);
}

static void unknown_keys_and_case(void **state)
{
    (void)state;
    assert_null(get("zxqwv"));
    assert_null(lexicon_find("", 0));
    /* keys are folded: the capitalised form is not a key */
    assert_null(get("Mexico"));
    /* a prefix of a key is not a key */
    assert_null(lexicon_find("vice president", 4));
    assert_true(lexicon_size() > 2000);
}

/* One key of every class, as the data files list it: each class is read from
 * the data and reaches the table. */
static void every_class_has_its_keys(void **state)
{
    (void)state;
    static const struct {
        const char *key;
        unsigned lex, cue;
    } keys[] = {
        {"vice president", LEX_TITLE | LEX_ROLE, 0},
        {"member", LEX_ROLE, 0},
        {"mexican", LEX_DEMONYM, 0},
        {"mexico", LEX_COUNTRY, 0},
        {"ohio", LEX_US_STATE, 0},
        {"md.", LEX_STATE_ABBREV | LEX_ABBREV, 0},
        {"nairobi", LEX_CITY, 0},
        {"central america", LEX_REGION, 0},
        {"mary", LEX_GIVEN, 0},
        {"ministry", LEX_ORG_HEAD, 0},
        {"university", LEX_ORG_LEAD, 0},
        {"nato", LEX_ORG, 0},
        {"reuters", LEX_ORG | LEX_AGENCY, 0},
        {"airport", LEX_PLACE_HEAD, 0},
        {"mount", LEX_PLACE_LEAD, 0},
        {"province", LEX_PLACE_NOUN, 0},
        {"militia", LEX_ORG_NOUN, 0},
        {"tuesday", LEX_CALENDAR, 0},
        {"the", LEX_FUNCTION, CUE_DETERMINER | CUE_MINOR},
        {"van", LEX_PARTICLE, CUE_PARTICLE},
        {"said", LEX_SPEECH, CUE_REPORTING},
        {"awards", LEX_EVENT_HEAD, 0},
        {"north", LEX_DIRECTION, 0},
        {"seven", LEX_NUMBER, 0},
        {"she", LEX_PRONOUN, CUE_PRONOUN},
        {"sporting", LEX_TEAM, 0},
        {"big", LEX_COMMON, 0},
        {"continued", 0, CUE_REPORTING | CUE_TRAILING},
        {"according", 0, CUE_PHRASE_HEAD},
        {"dubbed", 0, CUE_TERM},
        {"film", 0, CUE_WORK},
        {"spokesman", 0, CUE_ROLE | CUE_MALE},
        {"actress", 0, CUE_ROLE | CUE_FEMALE},
        {"to", 0, CUE_OBJECT},
        {"also", 0, CUE_ADVERB},
        {"sen", 0, CUE_ABBREVIATION},
        {"someone", 0, CUE_INDEFINITE},
    };
    unsigned all_lex = 0, all_cue = 0;
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        const char *stored = NULL;
        unsigned cue = cue_classify(keys[i].key, &stored);
        if ((classes(keys[i].key) & keys[i].lex) != keys[i].lex ||
            (cue & keys[i].cue) != keys[i].cue)
            fail_msg("'%s' lacks a class it is listed with", keys[i].key);
        if (keys[i].cue)
            assert_string_equal(stored, keys[i].key);
        all_lex |= keys[i].lex;
        all_cue |= keys[i].cue;
    }
    /* every LEX_ and CUE_ class has a key above (28 and 16 classes) */
    assert_int_equal(all_lex, (1u << 28) - 1);
    assert_int_equal(all_cue, (1u << 16) - 1);
    /* a key with cue classes only is no lexicon entry, and the reverse */
    assert_null(get("dubbed"));
    assert_int_equal(cue_classify("nairobi", NULL), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(titles_carry_their_gender),
        cmocka_unit_test(places_and_demonyms_are_apart),
        cmocka_unit_test(abbreviations_share_a_canonical_group),
        cmocka_unit_test(given_names_and_unisex_names),
        cmocka_unit_test(organisation_and_place_words),
        cmocka_unit_test(small_words),
        cmocka_unit_test(unknown_keys_and_case),
        cmocka_unit_test(every_class_has_its_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
