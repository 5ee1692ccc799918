/* Quotations: every mark style, running quotations, unbalanced marks, and
 * who said what in each attribution form. Documents are built by hand (the
 * way entity analysis leaves them), so these tests need no entity module. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "cue.h"
#include "doc.h"
#include "quote.h"
#include "slowdown.h"
#include "xalloc.h"

/* ---- helpers ------------------------------------------------------------ */

static size_t para(doc *d, const char *text)
{
    return doc_add_block(d, DOC_BLOCK_PARAGRAPH, text, strlen(text), NULL, 0);
}

/* Adds an entity with a mention at every whole-word occurrence of each
 * form in the paragraphs (longest form first, as entity analysis would). */
static size_t person(doc *d, doc_entity_type type, doc_gender g,
                     const char *name, const char *const *forms)
{
    size_t id = doc_add_entity(d, type, name);
    doc_entity_set_gender(d, id, g);
    for (size_t b = 0; b < doc_block_count(d); b++) {
        const doc_block *blk = doc_block_get(d, b);
        for (size_t f = 0; forms[f]; f++) {
            size_t n = strlen(forms[f]);
            for (const char *p = blk->text; (p = strstr(p, forms[f])); p++) {
                size_t s = (size_t)(p - blk->text);
                char after = blk->text[s + n];
                bool word_end = !((after >= 'a' && after <= 'z') ||
                                  (after >= 'A' && after <= 'Z'));
                bool word_start = s == 0 || blk->text[s - 1] == ' ' ||
                                  blk->text[s - 1] == '"';
                bool inside_longer = false;
                for (size_t g2 = 0; g2 < f; g2++) {
                    const char *q = strstr(blk->text, forms[g2]);
                    while (q) {
                        size_t qs = (size_t)(q - blk->text);
                        if (s >= qs && s < qs + strlen(forms[g2]))
                            inside_longer = true;
                        q = strstr(q + 1, forms[g2]);
                    }
                }
                if (word_end && word_start && !inside_longer)
                    doc_entity_add_mention(d, id, (doc_span){b, s, s + n});
            }
        }
    }
    return id;
}

#define FORMS(...) ((const char *const[]){__VA_ARGS__, NULL})

static doc *analysed(doc *d)
{
    quote_analyse(d);
    doc_freeze(d);
    return d;
}

static const char *quote_text(const doc *d, size_t i, char *buf, size_t cap)
{
    const doc_quote *q = doc_quote_get(d, i);
    const doc_block *b = doc_block_get(d, q->block);
    size_t n = q->end - q->start;
    assert_true(n < cap);
    memcpy(buf, b->text + q->start, n);
    buf[n] = '\0';
    return buf;
}

static const char *speaker(const doc *d, size_t i)
{
    const doc_quote *q = doc_quote_get(d, i);
    return q->speaker == DOC_NONE ? "(none)"
                                  : doc_entity_get(d, q->speaker)->name;
}

static const char *cue(const doc *d, size_t i)
{
    const char *c = doc_quote_get(d, i)->cue;
    return c ? c : "(none)";
}

static void assert_quote(const doc *d, size_t i, const char *text,
                         const char *who, const char *verb)
{
    char buf[512];
    assert_true(i < doc_quote_count(d));
    assert_string_equal(quote_text(d, i, buf, sizeof buf), text);
    if (who)
        assert_string_equal(speaker(d, i), who);
    if (verb)
        assert_string_equal(cue(d, i), verb);
}

/* One paragraph, one person: Ada Lin (female), also "Lin". */
static doc *one_speaker(const char *text)
{
    doc *d = doc_new();
    para(d, text);
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin",
           FORMS("Mayor Ada Lin", "Ada Lin", "Lin"));
    return analysed(d);
}

/* ---- marks -------------------------------------------------------------- */

static void straight_marks(void **state)
{
    (void)state;
    doc *d = one_speaker("\"We will rebuild the bridge,\" Lin said.");
    assert_int_equal(doc_quote_count(d), 1);
    assert_quote(d, 0, "We will rebuild the bridge,", "Ada Lin", "said");
    doc_free(d);
}

static void curly_marks(void **state)
{
    (void)state;
    doc *d =
        one_speaker("\u201cThe river is rising,\u201d said Mayor Ada Lin.");
    assert_int_equal(doc_quote_count(d), 1);
    assert_quote(d, 0, "The river is rising,", "Ada Lin", "said");
    doc_free(d);
}

static void mixed_pairs(void **state)
{
    (void)state;
    doc *d = one_speaker("\"Straight then curly,\u201d Lin said. "
                         "\u201cCurly then straight,\" she added.");
    assert_int_equal(doc_quote_count(d), 2);
    assert_quote(d, 0, "Straight then curly,", "Ada Lin", "said");
    assert_quote(d, 1, "Curly then straight,", "Ada Lin", "added");
    doc_free(d);
}

static void backtick_pairs(void **state)
{
    (void)state;
    doc *d = one_speaker("``Old typewriters did this,'' Lin wrote.");
    assert_int_equal(doc_quote_count(d), 1);
    assert_quote(d, 0, "Old typewriters did this,", "Ada Lin", "wrote");
    doc_free(d);
}

static void marks_facing_the_wrong_way(void **state)
{
    (void)state;
    doc *d = one_speaker("\u201dRight marks both sides,\u201d Lin said. "
                         "\u201cLeft marks both sides,\u201c she said.");
    assert_int_equal(doc_quote_count(d), 2);
    assert_quote(d, 0, "Right marks both sides,", "Ada Lin", "said");
    assert_quote(d, 1, "Left marks both sides,", "Ada Lin", "said");
    doc_free(d);
}

static void nested_single_quotes_stay_inside(void **state)
{
    (void)state;
    doc *d = one_speaker("\"He kept saying 'not yet' and \u2018soon\u2019 "
                         "all week,\" Lin said of the contractor's work.");
    assert_int_equal(doc_quote_count(d), 1);
    assert_quote(d, 0,
                 "He kept saying 'not yet' and \u2018soon\u2019 all week,",
                 "Ada Lin", "said");
    doc_free(d);
}

static void single_quoted_headline_is_no_entry(void **state)
{
    (void)state;
    doc *d = one_speaker("Lin's 'open door' policy drew praise, and the "
                         "town's mood is upbeat.");
    assert_int_equal(doc_quote_count(d), 0);
    doc_free(d);
}

static void running_quotation_gives_one_entry_per_paragraph(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Lin said: \"The first thing is the water supply.");
    para(d, "\"The second is the road to the hospital.");
    para(d, "\"And the third is the school,\" she said.");
    para(d, "The council meets on Friday.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Lin"));
    analysed(d);
    assert_int_equal(doc_quote_count(d), 3);
    assert_quote(d, 0, "The first thing is the water supply.", "Ada Lin", NULL);
    assert_quote(d, 1, "The second is the road to the hospital.", "Ada Lin",
                 NULL);
    assert_quote(d, 2, "And the third is the school,", "Ada Lin", "said");
    assert_false(doc_quote_get(d, 0)->continues);
    assert_true(doc_quote_get(d, 1)->continues);
    assert_true(doc_quote_get(d, 2)->continues);
    doc_free(d);
}

static void running_quotation_attributed_at_its_end(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"We lost the barn and the fences.");
    para(d, "\"But the animals are safe,\" said Tom Ray, a farmer.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray", "Ray"));
    analysed(d);
    assert_int_equal(doc_quote_count(d), 2);
    assert_quote(d, 0, "We lost the barn and the fences.", "Tom Ray", "said");
    assert_quote(d, 1, "But the animals are safe,", "Tom Ray", "said");
    assert_true(doc_quote_get(d, 1)->continues);
    doc_free(d);
}

static void running_quotation_prefers_its_own_attribution(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Ada Lin told the council the pier was \"falling apart.\"");
    para(d, "\"When I was young it held a market every week.");
    para(d, "\"Now it holds gulls,\" she said.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 1, "When I was young it held a market every week.",
                 "Ada Lin", "said");
    assert_quote(d, 2, "Now it holds gulls,", "Ada Lin", "said");
    doc_free(d);
}

static void unbalanced_mark_stops_at_its_paragraph(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Crews called the fire \"unusual and moved on.");
    para(d, "Nothing here is quoted, and the wind has dropped.");
    para(d, "\"It is out now,\" Lin said.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Lin"));
    analysed(d);
    assert_int_equal(doc_quote_count(d), 2);
    assert_quote(d, 0, "unusual and moved on.", NULL, NULL);
    assert_int_equal(doc_quote_get(d, 0)->block, 0);
    assert_quote(d, 1, "It is out now,", "Ada Lin", "said");
    assert_false(doc_quote_get(d, 1)->continues);
    doc_free(d);
}

static void stray_closing_marks_open_nothing(void **state)
{
    (void)state;
    doc *d =
        one_speaker("The pipe is 6\" wide\u201d and \"it leaks,\" Lin said.");
    assert_int_equal(doc_quote_count(d), 1);
    assert_quote(d, 0, "it leaks,", "Ada Lin", "said");
    doc_free(d);
}

static void only_body_paragraphs_hold_quotations(void **state)
{
    (void)state;
    doc *d = doc_new();
    const char *cap = "Ada Lin says \"hello\" at the fair. (Photo/Staff)";
    doc_add_block(d, DOC_BLOCK_CAPTION, cap, strlen(cap), NULL, 0);
    para(d, "\"Hello,\" Lin said.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin",
           FORMS("Ada Lin", "Lin"));
    analysed(d);
    assert_int_equal(doc_quote_count(d), 1);
    assert_int_equal(doc_quote_get(d, 0)->block, 1);
    doc_free(d);
}

static void subheads_and_list_items_are_body_text(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tom Ray spoke first at the harbor meeting.");
    const char *head = "Ada Lin made a plea to the council.";
    doc_add_block(d, DOC_BLOCK_HEADING, head, strlen(head), NULL, 0);
    para(d, "\"Keep the ferry running,\" she said.");
    const char *item = "She would speak \"plainly\" about the fares";
    doc_add_block(d, DOC_BLOCK_ITEM, item, strlen(item), NULL, 0);
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    /* The subhead names who "she" is; the item's quotation is counted. */
    assert_int_equal(doc_quote_count(d), 2);
    assert_quote(d, 0, "Keep the ferry running,", "Ada Lin", "said");
    assert_int_equal(doc_quote_get(d, 1)->block, 3);
    doc_free(d);
}

/* ---- attribution forms -------------------------------------------------- */

static void speaker_before_colon(void **state)
{
    (void)state;
    doc *d = one_speaker("Lin said: \"The bridge opens in May.\"");
    assert_quote(d, 0, "The bridge opens in May.", "Ada Lin", "said");
    doc_free(d);
}

static void split_quotation(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tom Ray stood by the gate.");
    para(d, "\"We start at dawn,\" he said. \"Nobody sleeps in.\"");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "We start at dawn,", "Tom Ray", "said");
    assert_quote(d, 1, "Nobody sleeps in.", "Tom Ray", NULL);
    doc_free(d);
}

static void according_to(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "The dam, according to engineer Tom Ray, who inspected it with "
            "Ada Lin, has \"a few small cracks\" near the top.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "a few small cracks", "Tom Ray", "according to");
    doc_free(d);
}

static void called_with_object(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Sen. Tom Ray, R-Ohio, called her plan \"reckless\" and left.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "reckless", "Tom Ray", "called");
    doc_free(d);
}

static void saying_only(void **state)
{
    (void)state;
    doc *d = one_speaker("Lin would not discuss the budget when reporters "
                         "asked, saying only: \"Wait for Friday.\"");
    assert_quote(d, 0, "Wait for Friday.", "Ada Lin", "saying");
    doc_free(d);
}

static void quoted_paragraph_after_speakers_sentence(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tom Ray, who runs the shelter, said the rooms filled by noon.");
    para(d, "\"We had to turn families away at the door.\"");
    para(d, "The storm moved east overnight.");
    para(d, "\"Nobody knows who wrote this sign.\"");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "We had to turn families away at the door.", "Tom Ray",
                 "said");
    /* A neighbouring paragraph without a speaker gives none. */
    assert_quote(d, 1, "Nobody knows who wrote this sign.", "(none)", NULL);
    doc_free(d);
}

static void quotation_then_said_name(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"Keep the lights on,\" said Tom Ray, the plant's manager.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "Keep the lights on,", "Tom Ray", "said");
    doc_free(d);
}

static void name_with_apposition_then_verb(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"It will hold,\" Tom Ray, a senior engineer at the Port Agency, "
            "told local radio on Monday.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_ORG, DOC_GENDER_UNKNOWN, "Port Agency", FORMS("Port Agency"));
    analysed(d);
    assert_quote(d, 0, "It will hold,", "Tom Ray", "told");
    doc_free(d);
}

static void closing_clause_attributes_an_embedded_quotation(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "The outage began with \"a single bad switch\" in the east yard, "
            "plant director Tom Ray said.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "a single bad switch", "Tom Ray", "said");
    doc_free(d);
}

static void scare_quote_in_a_persons_statement_is_theirs(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tom Ray, a professor at the Port Agency, said the change would "
            "need \"a new kind of thinking\" in the capital.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_ORG, DOC_GENDER_UNKNOWN, "Port Agency", FORMS("Port Agency"));
    analysed(d);
    assert_quote(d, 0, "a new kind of thinking", "Tom Ray", "said");
    doc_free(d);
}

static void told_names_the_listener_not_the_speaker(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Ada Lin told Governor Tom Ray on Monday that the levee was "
            "\"holding for now\" despite the rain.");
    para(d, "\"We need more sandbags,\" she told Ray.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray",
           FORMS("Governor Tom Ray", "Ray"));
    analysed(d);
    assert_quote(d, 0, "holding for now", "Ada Lin", "told");
    assert_quote(d, 1, "We need more sandbags,", "Ada Lin", "told");
    doc_free(d);
}

static void i_and_we_are_never_speakers(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tom Ray left early.");
    para(d, "\"Is it over?\" I asked. \"Not yet,\" we said together.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "Is it over?", "(none)", "asked");
    assert_quote(d, 1, "Not yet,", "(none)", "said");
    doc_free(d);
}

static void pronoun_goes_to_latest_person_of_its_gender(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Ada Lin met Tom Ray and Sam Cole at the depot.");
    para(d, "\"The trucks are ready,\" she said.");
    para(d, "\"We leave at six,\" he said.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    analysed(d);
    assert_quote(d, 0, "The trucks are ready,", "Ada Lin", "said");
    /* Sam Cole is the later of the two men. */
    assert_quote(d, 1, "We leave at six,", "Sam Cole", "said");
    doc_free(d);
}

static void pronoun_skips_a_name_only_owned(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tom Ray, a historian, said studying Sam Cole's letters changed "
            "his view.");
    para(d, "\"They read like a diary,\" he said.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    analysed(d);
    assert_quote(d, 0, "They read like a diary,", "Tom Ray", "said");
    doc_free(d);
}

static void descriptor_refers_to_named_person(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tom Ray won the race in Oslo.");
    para(d, "\"It was cold,\" said the Dane, smiling.");
    para(d,
         "The former champion also said he felt \"lucky to finish at all.\"");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "It was cold,", "Tom Ray", "said");
    assert_quote(d, 1, "lucky to finish at all.", "Tom Ray", "said");
    doc_free(d);
}

/* A place may qualify the role both where it is given and where it is
 * used: "X, a Boise Democrat," is whom "the Boise Democrat said" means. */
static void descriptor_qualified_by_a_place(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Senator Tom Brandt, a Boise Democrat, opposed the plan.");
    para(d, "Mayor Ann Cole backed it on Monday.");
    para(d, "\"It is a waste,\" the Boise Democrat said.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Brandt", FORMS("Tom Brandt"));
    person(d, DOC_PLACE, DOC_GENDER_UNKNOWN, "Boise", FORMS("Boise"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ann Cole", FORMS("Ann Cole"));
    analysed(d);
    assert_quote(d, 0, "It is a waste,", "Tom Brandt", "said");
    doc_free(d);
}

static void organisation_speaks_a_statement(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"Rates will rise in June,\" the ministry said in a statement.");
    para(d, "\"Savers should plan ahead,\" the statement said.");
    person(d, DOC_ORG, DOC_GENDER_UNKNOWN, "Ministry of Finance",
           FORMS("the ministry"));
    analysed(d);
    assert_quote(d, 0, "Rates will rise in June,", "Ministry of Finance",
                 "said");
    assert_quote(d, 1, "Savers should plan ahead,", "(none)", "said");
    doc_free(d);
}

static void titles_and_terms_have_no_speaker(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Ada Lin said she loved the film \"Night Train\" and the show "
            "\"Blue Hour,\" but not the plan dubbed \"the big fix\" by "
            "critics.");
    para(d, "Rebels declared a \"caliphate\" in the valley.");
    para(d, "\"Night Train,\" a thriller about a border guard, opens Friday.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_int_equal(doc_quote_count(d), 5);
    assert_quote(d, 0, "Night Train", "(none)", "(none)");
    assert_quote(d, 1, "Blue Hour,", "(none)", "(none)");
    assert_quote(d, 2, "the big fix", "(none)", "(none)");
    assert_quote(d, 3, "caliphate", "(none)", "(none)");
    assert_quote(d, 4, "Night Train,", "(none)", "(none)");
    doc_free(d);
}

static void descriptor_prefers_the_title_holder(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Mayor Ada Lin and Sam Cole toured the harbor, where Tom Ray "
            "showed them the new crane.");
    para(d, "\"It changes everything for us,\" the mayor said.");
    size_t lin = person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin",
                        FORMS("Mayor Ada Lin"));
    doc_entity_set_title(d, lin, "Mayor");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "It changes everything for us,", "Ada Lin", "said");
    doc_free(d);
}

static void verb_first_sentence(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Said Tom Ray: \"Nobody saw it coming.\"");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "Nobody saw it coming.", "Tom Ray", "said");
    doc_free(d);
}

static void attribution_without_a_comma(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"We will be back next year\" Tom Ray said after the final. "
            "\"Count on it.\" he added.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "We will be back next year", "Tom Ray", "said");
    assert_quote(d, 1, "Count on it.", "Tom Ray", "added");
    doc_free(d);
}

static void unnamed_people_are_nobody(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tom Ray spoke for an hour.");
    para(d, "\"Will you run again?\" a reporter asked. \"Not today,\" said "
            "one official, who asked not to be named.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "Will you run again?", "(none)", "asked");
    assert_quote(d, 1, "Not today,", "(none)", "said");
    doc_free(d);
}

static void next_paragraph_names_the_speaker(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"Keep the ferry running,\" Tom Ray said.");
    para(d, "\"Nobody here can afford to wait a month.\"");
    para(d,
         "That was the verdict of Ada Lin, who runs the bakery by the pier.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 1, "Nobody here can afford to wait a month.", "Ada Lin",
                 NULL);
    doc_free(d);
}

static void age_and_role_words_find_their_person(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Sam Cole, 61, has run the mill since 1990. City coach Tom Ray "
            "watched from the stands with Ada Lin.");
    para(d, "\"We were outplayed,\" the coach said.");
    para(d, "\"The roof leaks every spring,\" the 61-year-old said.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "We were outplayed,", "Tom Ray", "said");
    assert_quote(d, 1, "The roof leaks every spring,", "Sam Cole", "said");
    doc_free(d);
}

static void an_unnamed_asker_is_nobody(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "As Tom Ray left the court, a reporter asked, \"Will you "
            "appeal?\" He said only, \"Yes.\"");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "Will you appeal?", "(none)", "asked");
    assert_quote(d, 1, "Yes.", "Tom Ray", "said");
    doc_free(d);
}

static void name_with_a_lowercase_particle(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"The rules apply to all,\" van der Berg told reporters.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Jan van der Berg",
           FORMS("van der Berg"));
    analysed(d);
    assert_quote(d, 0, "The rules apply to all,", "Jan van der Berg", "told");
    doc_free(d);
}

static void an_unlisted_verb_after_a_name(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"Not again,\" Tom Ray groaned. \"That's rich,\" Ada Lin shot "
            "back.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "Not again,", "Tom Ray", "groaned");
    assert_quote(d, 1, "That's rich,", "Ada Lin", "shot back");
    doc_free(d);
}

static void the_unnamed_spokesman_stays_unnamed(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tom Ray filed the suit on Monday. A spokesman for the port "
            "declined to comment.");
    para(d, "\"We have not seen the papers,\" the spokesman said.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "We have not seen the papers,", "(none)", "said");
    doc_free(d);
}

static void a_name_inside_an_institution_is_no_object(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Sam Cole opened the meeting. Bank of Ruritania Governor Tom Ray "
            "spoke next.");
    para(d, "\"Prices will ease,\" he said.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "Prices will ease,", "Tom Ray", "said");
    doc_free(d);
}

static void name_in_apposition_after_the_verb(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"The contract was void,\" said Tom Ray's lawyer, Ada Lin.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "The contract was void,", "Ada Lin", "said");
    doc_free(d);
}

static void as_she_put_it_and_an_owners_words(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "As Ada Lin put it, \"the tide does not wait for anyone.\"");
    para(d, "Tom Ray's answer was short: \"No comment.\"");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "the tide does not wait for anyone.", "Ada Lin",
                 "put it");
    assert_quote(d, 1, "No comment.", "Tom Ray", NULL);
    doc_free(d);
}

static void names_inside_reported_speech_are_not_antecedents(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Ada Lin said the deal would close in May, noting that Eva Moss "
            "had already signed.");
    para(d, "\"We are ready,\" she said.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Eva Moss", FORMS("Eva Moss"));
    analysed(d);
    assert_quote(d, 0, "We are ready,", "Ada Lin", "said");
    doc_free(d);
}

static void subject_with_an_apposition(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Sam Cole scored twice, and afterward his coach, Tom Ray, called "
            "him \"a machine.\"");
    para(d, "Ada Lin, asked about the title race, was careful: \"Nothing is "
            "done.\"");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "a machine.", "Tom Ray", "called");
    /* She was asked; what follows the colon is her answer. */
    assert_quote(d, 1, "Nothing is done.", "Ada Lin", "(none)");
    doc_free(d);
}

static void judgement_of_a_work_after_an_apposition(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Panel chair Ada Lin, the Belgian novelist, called the album \"a "
            "brave and tender record.\"");
    para(d, "She praised the film \"Blue Harbour\" too.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "a brave and tender record.", "Ada Lin", "called");
    /* A title after "the film" is still a work, nobody's words. */
    assert_quote(d, 1, "Blue Harbour", "(none)", "(none)");
    doc_free(d);
}

static void described_subject_is_the_next_pronoun(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Dutch singer Sam Cole won the top prize on Sunday.");
    para(d, "Italian drummer Tom Ray was named best newcomer.");
    para(d, "Speaking after the show, the Dutch singer said he was tired.");
    para(d, "\"I want to sleep for a week,\" he said.");
    size_t sam =
        person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    size_t tom =
        person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    doc_entity_set_title(d, sam, "singer");
    doc_entity_set_title(d, tom, "drummer");
    analysed(d);
    /* Tom Ray was named last, but "the Dutch singer" is Sam Cole. */
    assert_quote(d, 0, "I want to sleep for a week,", "Sam Cole", "said");
    doc_free(d);
}

static void a_described_body_is_no_person(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Mayor Ada Lin opened the school in May.");
    para(d, "Spokesman Sam Cole said eleven people were hurt.");
    para(d, "The Valdorian military said it had hit \"a command post of the "
            "rebels\" in the town.");
    para(d, "The former mayor of Arvel said it was \"a school, nothing "
            "else.\"");
    size_t ada =
        person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    size_t sam =
        person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    person(d, DOC_PLACE, DOC_GENDER_UNKNOWN, "Arvel", FORMS("Arvel"));
    doc_entity_set_title(d, ada, "Mayor");
    doc_entity_set_title(d, sam, "Spokesman");
    analysed(d);
    /* "the Valdorian military" names an army, not the last person */
    assert_quote(d, 0, "a command post of the rebels", "(none)", NULL);
    /* "the former mayor of Arvel": the head is "mayor", held by Ada Lin */
    assert_quote(d, 1, "a school, nothing else.", "Ada Lin", "said");
    doc_free(d);
}

static void speaker_revealed_after_a_dash(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Sam Cole spoke first.");
    para(d, "\"Words, words, words\" -- that was the verdict of opposition "
            "leader Ada Lin.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "Words, words, words", "Ada Lin", NULL);
    doc_free(d);
}

static void bare_quotation_claimed_by_the_next_paragraph(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "The water reached the second floor by noon.");
    para(d, "\"We lost everything in an hour.\"");
    para(d, "Ada Lin, who has lived on the street for 30 years, said the "
            "town had never flooded so fast.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "We lost everything in an hour.", "Ada Lin", "said");
    doc_free(d);
}

static void governed_name_before_the_verb_is_not_its_subject(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Analyst Tom Ray of Harbor Bank wrote that the results were "
            "\"worse than feared.\"");
    para(d, "A friend of Ada Lin said she was \"doing fine.\"");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_ORG, DOC_GENDER_UNKNOWN, "Harbor Bank", FORMS("Harbor Bank"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "worse than feared.", "Tom Ray", "wrote");
    assert_quote(d, 1, "doing fine.", "(none)", NULL);
    doc_free(d);
}

static void quotation_after_a_sentence_about_its_speaker(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tom Ray was blunt. \"This is a disaster.\"");
    para(d, "Ada Lin shrugged off the criticism.");
    para(d, "\"We have heard it all before.\"");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "This is a disaster.", "Tom Ray", NULL);
    assert_quote(d, 1, "We have heard it all before.", "Ada Lin", NULL);
    doc_free(d);
}

/* ---- size --------------------------------------------------------------- */

static double seconds_since(clock_t t0)
{
    return (double)(clock() - t0) / CLOCKS_PER_SEC;
}

static void unclosed_mark_in_a_huge_paragraph_is_fast(void **state)
{
    (void)state;
    size_t n = 10u << 20;
    char *text = xmalloc(n + 1);
    text[0] = '"';
    for (size_t i = 1; i < n; i++)
        text[i] = (i % 7 == 0) ? ' ' : 'a' + (char)(i % 26);
    text[n] = '\0';
    doc *d = doc_new();
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, text, n, NULL, 0);
    clock_t t0 = clock();
    analysed(d);
    /* Linear work is well under a second; rescanning would take minutes. */
    assert_true(seconds_since(t0) < slowdown_budget(10.0));
    assert_int_equal(doc_quote_count(d), 1);
    assert_int_equal(doc_quote_get(d, 0)->start, 1);
    assert_int_equal(doc_quote_get(d, 0)->end, n);
    doc_free(d);
    free(text);
}

static void many_marks_are_fast(void **state)
{
    (void)state;
    /* Attributed pieces, then bare ones in one endless sentence. */
    const char *units[] = {"\"ab,\" he said ", "\"ab\" "};
    for (size_t u = 0; u < 2; u++) {
        size_t reps = 100000, ul = strlen(units[u]); /* 200 000 marks */
        char *text = xmalloc(reps * ul + 1);
        for (size_t i = 0; i < reps; i++)
            memcpy(text + i * ul, units[u], ul);
        text[reps * ul] = '\0';
        doc *d = doc_new();
        doc_add_block(d, DOC_BLOCK_PARAGRAPH, text, reps * ul, NULL, 0);
        clock_t t0 = clock();
        analysed(d);
        assert_true(seconds_since(t0) < slowdown_budget(10.0));
        assert_int_equal(doc_quote_count(d), reps);
        doc_free(d);
        free(text);
    }
}

/* ---- the cue lexicon ---------------------------------------------------- */

/* ---- passes, rules and kinds -------------------------------------------- */

static const char *rule(const doc *d, size_t i)
{
    const char *r = doc_quote_get(d, i)->rule;
    return r ? r : "(none)";
}

static void each_decision_names_its_pass(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"The bridge opens in May,\" Lin said.");
    para(d, "\"It cost less than planned,\" said Tom Ray.");
    para(d, "\"We will widen it later,\" she added.");
    para(d, "\"Traffic will ease,\" the engineer said.");
    para(d, "Tom Ray, the engineer, nodded.");
    para(d, "\"The tolls will stay,\" the engineer said.");
    size_t lin =
        person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Lin"));
    (void)lin;
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_string_equal(rule(d, 0), "cue-subject");
    assert_string_equal(rule(d, 1), "cue-inverted");
    assert_quote(d, 2, "We will widen it later,", "Ada Lin", "added");
    assert_string_equal(rule(d, 2), "pronoun");
    assert_quote(d, 4, "The tolls will stay,", "Tom Ray", "said");
    assert_string_equal(rule(d, 4), "descriptor");
    for (size_t i = 0; i < doc_quote_count(d); i++)
        assert_int_equal(doc_quote_get(d, i)->kind, DOC_QUOTE_SPEECH);
    doc_free(d);
}

static void kinds_title_term_and_speech(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Ada Lin said she loved the film \"Night Train\" and a novel "
            "titled \"the long way home\", but not the \"Blue Hour\" series.");
    para(d, "The plan, dubbed \"the big fix\", left Sam \"Ace\" Cole cold, "
            "and critics spoke of a \"post-truth\" campaign.");
    para(d, "Farmers planted \"slimming\" herbs in the valley.");
    para(d, "\"Give it time,\" Lin said. \"It's Party Time at the Harbor.\"");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin",
           FORMS("Ada Lin", "Lin"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Cole"));
    analysed(d);
    assert_int_equal(doc_quote_count(d), 9);
    doc_quote_kind want[] = {
        DOC_QUOTE_TITLE, DOC_QUOTE_TITLE,  DOC_QUOTE_TITLE,
        DOC_QUOTE_TERM,  DOC_QUOTE_TERM,   DOC_QUOTE_TERM,
        DOC_QUOTE_TERM,  DOC_QUOTE_SPEECH, DOC_QUOTE_SPEECH};
    for (size_t i = 0; i < 9; i++) {
        assert_int_equal(doc_quote_get(d, i)->kind, want[i]);
        if (want[i] != DOC_QUOTE_SPEECH)
            assert_string_equal(speaker(d, i), "(none)");
    }
    assert_string_equal(rule(d, 4), "nickname");
    /* A sentence that is nothing but a title-cased quotation is speech. */
    assert_quote(d, 8, "It's Party Time at the Harbor.", "Ada Lin", NULL);
    doc_free(d);
}

static void name_after_a_dash_or_an_unlisted_verb(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"We will be back next spring.\" \u2014 Ada Lin");
    para(d, "\"Hold the line,\" ordered Tom Ray, the site foreman.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "We will be back next spring.", "Ada Lin", NULL);
    assert_string_equal(rule(d, 0), "dash-name");
    assert_quote(d, 1, "Hold the line,", "Tom Ray", "ordered");
    assert_string_equal(rule(d, 1), "cue-unlisted");
    doc_free(d);
}

/* '"…" — Sgt. Ada Lin, who ...': the title before the name is no bar. */
static void titled_name_after_a_dash(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Two crashes closed the bend this month.");
    para(d, "\"Everybody here knows that bend.\" \u2014 Sgt. Ada Lin, who runs "
            "the night patrol.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "Everybody here knows that bend.", "Ada Lin", NULL);
    assert_string_equal(rule(d, 0), "dash-name");
    doc_free(d);
}

/* A word or two after a verb of judging or speaking is the subject's
 * word; after other verbs it stays a term held at arm's length. */
static void judged_fragment_is_the_subjects(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Ada Lin found the lighting \"heavy-handed\" on Friday.");
    para(d, "Tom Ray would speak \"bluntly\" about the budget.");
    para(d, "Ada Lin sold the \"miracle\" pills for years.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "heavy-handed", "Ada Lin", NULL);
    assert_string_equal(rule(d, 0), "judged-fragment");
    assert_quote(d, 1, "bluntly", "Tom Ray", NULL);
    assert_quote(d, 2, "miracle", "(none)", NULL);
    assert_int_equal(doc_quote_get(d, 2)->kind, DOC_QUOTE_TERM);
    doc_free(d);
}

/* '"…," according to two lawmakers' after 'X told Y that ...': the
 * nameless source only overheard; X said it. */
static void according_to_an_unnamed_source_after_a_reported_clause(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Later Tom Ray told an aide that the charges were \"theatre for "
            "the cameras,\" according to two lawmakers.");
    para(d, "The plan was \"dead on arrival,\" according to two officials.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    analysed(d);
    assert_quote(d, 0, "theatre for the cameras,", "Tom Ray", "told");
    assert_quote(d, 1, "dead on arrival,", "(none)", "according to");
    doc_free(d);
}

static void lower_case_title_words_before_the_name(void **state)
{
    (void)state;
    doc *d = one_speaker("\"The road stays shut,\" said chief inspector Ada "
                         "Lin from the county police.");
    assert_quote(d, 0, "The road stays shut,", "Ada Lin", "said");
    doc_free(d);
}

static void surname_finds_a_mistyped_full_name(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"The river is clean again,\" said Ada Lin, the park warden.");
    para(d, "\"We counted the fish,\" said Kay Roe, a volunteer.");
    para(d, "Lin and Tom Roe and Ann Roe met the mayor.");
    /* Entity analysis took the full names for places. */
    person(d, DOC_PLACE, DOC_GENDER_UNKNOWN, "Ada Lin", FORMS("Ada Lin"));
    person(d, DOC_PLACE, DOC_GENDER_UNKNOWN, "Kay Roe", FORMS("Kay Roe"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Lin", FORMS("Lin"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Roe", FORMS("Tom Roe"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ann Roe", FORMS("Ann Roe"));
    analysed(d);
    assert_quote(d, 0, "The river is clean again,", "Lin", "said");
    /* Two people share the surname: neither is guessed. */
    assert_quote(d, 1, "We counted the fish,", "(none)", "said");
    doc_free(d);
}

/* A last name the entity analysis left unmarked, shared by relatives: the
 * title's gender picks one ("Ms. Roe"), else the one mentioned last. */
static void shared_surname_by_title_gender_and_recency(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Ann Roe and her husband, Tom Roe, rebuilt the barn.");
    para(d, "\"It took a year,\" said Ms. Roe.");
    para(d, "\"The roof was the worst,\" said Mr. Roe.");
    para(d, "Later Tom Roe fixed the gate.");
    para(d, "\"It sticks in the rain,\" said Roe.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ann Roe", FORMS("Ann Roe"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Roe", FORMS("Tom Roe"));
    analysed(d);
    assert_quote(d, 0, "It took a year,", "Ann Roe", "said");
    assert_quote(d, 1, "The roof was the worst,", "Tom Roe", "said");
    assert_quote(d, 2, "It sticks in the rain,", "Tom Roe", "said");
    doc_free(d);
}

static void a_role_named_later_gives_the_speaker(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "The mother of a boy hurt in the crash has described how he was "
            "\"screaming for help\" in the wreck.");
    para(d, "Tom Ray, 9, was taken to the county hospital.");
    para(d, "His mother, Ann Roe, said she was grateful to the nurses.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ann Roe", FORMS("Ann Roe"));
    analysed(d);
    assert_quote(d, 0, "screaming for help", "Ann Roe", NULL);
    assert_string_equal(rule(d, 0), "descriptor-later");
    doc_free(d);
}

static void speaker_named_in_the_next_sentence_or_paragraph(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"Ready,\" Ada Lin said. \"We will win.\" Tom Ray wrote on "
            "Twitter.");
    para(d, "\"The harbor is ours again.\"");
    para(d, "Sam Cole posted on Facebook late on Sunday.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    analysed(d);
    assert_quote(d, 1, "We will win.", "Tom Ray", "wrote");
    assert_string_equal(rule(d, 1), "next-sentence-name");
    assert_quote(d, 2, "The harbor is ours again.", "Sam Cole", "posted");
    assert_string_equal(rule(d, 2), "next-paragraph-name");
    doc_free(d);
}

static void first_person_fragment_goes_to_the_paragraphs_speaker(void **state)
{
    (void)state;
    doc *d = one_speaker("\"The catch was poor,\" said Ada Lin. The price "
                         "this week is \"as low as I have seen.\"");
    assert_quote(d, 1, "as low as I have seen.", "Ada Lin", NULL);
    assert_string_equal(rule(d, 1), "first-person-fragment");
    doc_free(d);
}

static void bare_quotation_after_a_paragraph_about_one_person(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "But for Ada Lin and her family the loss of the old mill is "
            "personal.");
    para(d, "\"It hurts every day. We grew up there.\"");
    para(d, "The mill closed in 1990.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
    analysed(d);
    assert_quote(d, 0, "It hurts every day. We grew up there.", "Ada Lin",
                 NULL);
    assert_string_equal(rule(d, 0), "prev-paragraph-person");
    doc_free(d);
}

static void nationality_names_the_player(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Danish striker Tom Ray scored twice before Sam Cole, the "
            "coach, took him off.");
    para(d, "\"It was a cold night,\" said the Dane.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    analysed(d);
    assert_quote(d, 0, "It was a cold night,", "Tom Ray", "said");
    doc_free(d);
}

static void a_name_as_modifier_is_not_the_subject(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "The Lin family said the fire was \"a terrible accident for all "
            "of us.\"");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Lin"));
    analysed(d);
    assert_quote(d, 0, "a terrible accident for all of us.", "(none)", NULL);
    doc_free(d);
}

static void the_object_of_the_cue_is_not_the_speaker(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tom Ray hugged Sam Cole at the pier with a blunt message: \"The "
            "pier will not hold another winter.\"");
    para(d, "Governor Ada Lin toured the pier on Monday.");
    para(d, "\"We will rebuild it,\" the island's governor said.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tom Ray", FORMS("Tom Ray"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Sam Cole", FORMS("Sam Cole"));
    size_t lin = person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin",
                        FORMS("Governor Ada Lin"));
    doc_entity_set_title(d, lin, "Governor");
    analysed(d);
    assert_quote(d, 0, "The pier will not hold another winter.", "Tom Ray",
                 NULL);
    assert_string_equal(rule(d, 0), "colon-intro");
    assert_quote(d, 1, "We will rebuild it,", "Ada Lin", "said");
    assert_string_equal(rule(d, 1), "descriptor");
    doc_free(d);
}

static void cue_words(void **state)
{
    (void)state;
    unsigned n;
    bool trailing;
    assert_string_equal(cue_reporting("said", NULL, &n, &trailing), "said");
    assert_int_equal(n, 1);
    assert_false(trailing);
    assert_string_equal(cue_reporting("according", "to", &n, &trailing),
                        "according to");
    assert_int_equal(n, 2);
    assert_null(cue_reporting("according", "with", &n, &trailing));
    assert_non_null(cue_reporting("noted", NULL, &n, &trailing));
    assert_true(trailing);
    assert_null(cue_reporting("walked", NULL, &n, &trailing));
    /* The table's first and last words are reachable by bsearch. */
    assert_true(cue_classify("a", NULL) & CUE_DETERMINER);
    assert_true(cue_classify("zu", NULL) & CUE_PARTICLE);
    const char *canonical;
    assert_true(cue_classify("dubbed", &canonical) & CUE_TERM);
    assert_string_equal(canonical, "dubbed");
    assert_int_equal(cue_classify("table", &canonical), 0);
    assert_null(canonical);
    assert_true(cue_classify("album", NULL) & CUE_WORK);
    doc_gender g;
    assert_true(cue_is_role_noun("actress", &g));
    assert_int_equal(g, DOC_GENDER_FEMALE);
    assert_true(cue_is_role_noun("dane", &g));
    assert_int_equal(g, DOC_GENDER_UNKNOWN);
    assert_false(cue_is_role_noun("table", NULL));
    assert_true(cue_classify("with", NULL) & CUE_OBJECT);
    assert_false(cue_classify("and", NULL) & CUE_OBJECT);
    assert_true(cue_names_listener("told") && !cue_names_listener("said"));
    assert_true(cue_classify("sen", NULL) & CUE_ABBREVIATION);
    assert_true(cue_classify("she", NULL) & CUE_PRONOUN);
    assert_true(cue_classify("someone", NULL) & CUE_INDEFINITE);
}

/* A role in an apposition after the name, with a qualifier and a place
 * ("X, a senior guard from Y,"), or before it after an article ("a jute
 * farmer, X,"), is whom a later "the guard said" means, not the latest
 * person named. */
static void role_in_a_long_apposition_finds_its_person(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tunde Adeyemi, a senior guard from Accra, scored 30 points "
            "against the team of coach Ama Boateng.");
    para(d, "\"We kept shooting,\" the senior guard said.");
    para(d, "\"It felt good,\" the guard said.");
    para(d, "Downriver, a jute farmer, Rafiq Mollah, waded past the boat of "
            "Ines Varga.");
    para(d, "\"The water took everything,\" the farmer said.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tunde Adeyemi",
           FORMS("Tunde Adeyemi"));
    person(d, DOC_PLACE, DOC_GENDER_UNKNOWN, "Accra", FORMS("Accra"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ama Boateng",
           FORMS("Ama Boateng"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Rafiq Mollah",
           FORMS("Rafiq Mollah"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ines Varga", FORMS("Ines Varga"));
    analysed(d);
    assert_quote(d, 0, "We kept shooting,", "Tunde Adeyemi", "said");
    assert_quote(d, 1, "It felt good,", "Tunde Adeyemi", "said");
    assert_quote(d, 2, "The water took everything,", "Rafiq Mollah", "said");
    doc_free(d);
}

/* "Its deputy governor, X,": a role qualified by another role word is
 * X's, and "the deputy governor said" is not the governor named before. */
static void qualified_role_before_a_name(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Governor Ines Varga held the rate at 4%.");
    para(d, "In Arlen, the central bank cut its rate. Its deputy governor, "
            "Tomas Brek, said the cut would help.");
    para(d, "\"Lending has been too slow,\" the deputy governor said.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ines Varga",
           FORMS("Ines Varga"));
    person(d, DOC_PLACE, DOC_GENDER_UNKNOWN, "Arlen", FORMS("Arlen"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tomas Brek", FORMS("Tomas Brek"));
    analysed(d);
    assert_quote(d, 0, "Lending has been too slow,", "Tomas Brek", "said");
    doc_free(d);
}

/* A trade named by a compound no list holds ("the old watchmaker") is a
 * descriptor like any role: the person the story is about. */
static void trade_compound_is_a_descriptor(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Odile Marchetti, 81, has repaired watches in the same shop "
            "since 1962.");
    para(d, "Asked whether she would retire, Marchetti laughed and handed a "
            "tool to her nephew, Luca Bassi.");
    para(d, "\"Never,\" the old watchmaker said.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Odile Marchetti",
           FORMS("Odile Marchetti", "Marchetti"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Luca Bassi", FORMS("Luca Bassi"));
    analysed(d);
    assert_quote(d, 0, "Never,", "Odile Marchetti", "said");
    doc_free(d);
}

/* A person named in an apposition after a family word ("her husband,
 * Walt,") is not whom a later "she said" means: the pronoun agrees in
 * gender with what the family word says, and the paragraph's subject
 * stays the antecedent. */
static void pronoun_skips_a_relative_named_in_apposition(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Mira Holt said she had called twice since her husband, Olek, "
            "died. \"I fell on the stairs,\" she said.");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Mira Holt", FORMS("Mira Holt"));
    person(d, DOC_PERSON, DOC_GENDER_UNKNOWN, "Olek", FORMS("Olek"));
    analysed(d);
    assert_quote(d, 0, "I fell on the stairs,", "Mira Holt", "said");
    doc_free(d);
}

/* "his father, X, and his brother, Y": a family list in a profile does
 * not take over the subject's "he said". */
static void pronoun_skips_a_family_list(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Tavi Brun grew up on the farm with his father, Joss Brun, and "
            "his brother, Emil.");
    para(d, "\"We never had a day off,\" he said.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Tavi Brun", FORMS("Tavi Brun"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Joss Brun", FORMS("Joss Brun"));
    person(d, DOC_PERSON, DOC_GENDER_UNKNOWN, "Emil", FORMS("Emil"));
    analysed(d);
    assert_quote(d, 0, "We never had a day off,", "Tavi Brun", "said");
    doc_free(d);
}

/* A paragraph that is only a quotation, after a paragraph where someone
 * spoke, goes on with that speaker, even when it names someone inside. */
static void bare_paragraph_continues_the_previous_speaker(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "\"The river rose overnight,\" said Lena Ortiz, the town's "
            "clerk.");
    para(d, "\"Nobody told Paul Dray until the morning.\"");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Lena Ortiz", FORMS("Lena Ortiz"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Paul Dray", FORMS("Paul Dray"));
    analysed(d);
    assert_quote(d, 0, "The river rose overnight,", "Lena Ortiz", "said");
    assert_quote(d, 1, "Nobody told Paul Dray until the morning.", "Lena Ortiz",
                 NULL);
    doc_free(d);
}

/* "as she puts it", "as he put it": a cue before the quotation. */
static void as_she_puts_it(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Rosa Vance left the firm in May. Or, as she puts it, \"I was "
            "done with the night shifts.\"");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Rosa Vance", FORMS("Rosa Vance"));
    analysed(d);
    assert_quote(d, 0, "I was done with the night shifts.", "Rosa Vance", NULL);
    doc_free(d);
}

/* ... but a relative who is the subject of the reporting verb ("her
 * mother, X, said") is whom the next paragraph's "she added" means. */
static void relative_who_speaks_keeps_the_pronoun(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Nia Stone, 19, was taken to hospital. \"She was so brave,\" "
            "her mother, Gwen, said.");
    para(d, "She added: \"We will miss her laugh.\"");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Nia Stone", FORMS("Nia Stone"));
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Gwen", FORMS("Gwen"));
    analysed(d);
    assert_quote(d, 1, "We will miss her laugh.", "Gwen", NULL);
    doc_free(d);
}

/* The previous paragraph's speaker spoke in reported speech; the bare
 * quotation after it goes on with her, not with the name inside it. */
static void bare_paragraph_after_reported_speech(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Lena Ortiz, the town's clerk, said the river rose overnight "
            "and the road was closed by dawn.");
    para(d, "\"Nobody told Paul Dray until the morning.\"");
    person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Lena Ortiz", FORMS("Lena Ortiz"));
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Paul Dray", FORMS("Paul Dray"));
    analysed(d);
    assert_quote(d, 0, "Nobody told Paul Dray until the morning.", "Lena Ortiz",
                 NULL);
    doc_free(d);
}

/* "thanked "..."": the one who thanks says the quotation. */
static void thanked_is_a_cue(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "After the vote, Omar Pike thanked \"every volunteer who knocked "
            "on a door for us.\"");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Omar Pike", FORMS("Omar Pike"));
    analysed(d);
    assert_quote(d, 0, "every volunteer who knocked on a door for us.",
                 "Omar Pike", NULL);
    doc_free(d);
}

/* A person whose name gives no gender, once called "she", is not whom a
 * later "he said" means. */
static void pronoun_agrees_with_a_gender_learnt_from_a_pronoun(void **state)
{
    (void)state;
    doc *d = doc_new();
    para(d, "Kofi Mensah opened the clinic in 2019. Dr. Sade Ikoro joined "
            "a year later, and she now runs the night shift.");
    para(d, "\"We were full from the first week,\" he said.");
    person(d, DOC_PERSON, DOC_GENDER_MALE, "Kofi Mensah", FORMS("Kofi Mensah"));
    person(d, DOC_PERSON, DOC_GENDER_UNKNOWN, "Sade Ikoro",
           FORMS("Sade Ikoro"));
    analysed(d);
    assert_quote(d, 0, "We were full from the first week,", "Kofi Mensah",
                 "said");
    doc_free(d);
}

/* Someone whose name gives no gender is whom "she said" means while they
 * are the topic; two paragraphs on, the woman named before is the better
 * bet. */
static void unknown_gender_competes_only_while_the_topic(void **state)
{
    (void)state;
    for (int gap = 0; gap < 2; gap++) {
        doc *d = doc_new();
        para(d, "Ada Lin opened the depot in 2019.");
        para(d, "Kerrin Vaal joined a year later.");
        if (gap)
            para(d, "Trucks came and went all winter.");
        para(d, "\"We never closed,\" she said.");
        person(d, DOC_PERSON, DOC_GENDER_FEMALE, "Ada Lin", FORMS("Ada Lin"));
        person(d, DOC_PERSON, DOC_GENDER_UNKNOWN, "Kerrin Vaal",
               FORMS("Kerrin Vaal"));
        analysed(d);
        assert_quote(d, 0, "We never closed,", gap ? "Ada Lin" : "Kerrin Vaal",
                     "said");
        doc_free(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(straight_marks),
        cmocka_unit_test(curly_marks),
        cmocka_unit_test(mixed_pairs),
        cmocka_unit_test(backtick_pairs),
        cmocka_unit_test(marks_facing_the_wrong_way),
        cmocka_unit_test(nested_single_quotes_stay_inside),
        cmocka_unit_test(single_quoted_headline_is_no_entry),
        cmocka_unit_test(running_quotation_gives_one_entry_per_paragraph),
        cmocka_unit_test(running_quotation_attributed_at_its_end),
        cmocka_unit_test(running_quotation_prefers_its_own_attribution),
        cmocka_unit_test(unbalanced_mark_stops_at_its_paragraph),
        cmocka_unit_test(stray_closing_marks_open_nothing),
        cmocka_unit_test(only_body_paragraphs_hold_quotations),
        cmocka_unit_test(subheads_and_list_items_are_body_text),
        cmocka_unit_test(speaker_before_colon),
        cmocka_unit_test(split_quotation),
        cmocka_unit_test(according_to),
        cmocka_unit_test(called_with_object),
        cmocka_unit_test(saying_only),
        cmocka_unit_test(quoted_paragraph_after_speakers_sentence),
        cmocka_unit_test(quotation_then_said_name),
        cmocka_unit_test(name_with_apposition_then_verb),
        cmocka_unit_test(closing_clause_attributes_an_embedded_quotation),
        cmocka_unit_test(scare_quote_in_a_persons_statement_is_theirs),
        cmocka_unit_test(told_names_the_listener_not_the_speaker),
        cmocka_unit_test(i_and_we_are_never_speakers),
        cmocka_unit_test(pronoun_goes_to_latest_person_of_its_gender),
        cmocka_unit_test(pronoun_skips_a_name_only_owned),
        cmocka_unit_test(descriptor_refers_to_named_person),
        cmocka_unit_test(descriptor_qualified_by_a_place),
        cmocka_unit_test(organisation_speaks_a_statement),
        cmocka_unit_test(titles_and_terms_have_no_speaker),
        cmocka_unit_test(descriptor_prefers_the_title_holder),
        cmocka_unit_test(verb_first_sentence),
        cmocka_unit_test(attribution_without_a_comma),
        cmocka_unit_test(unnamed_people_are_nobody),
        cmocka_unit_test(next_paragraph_names_the_speaker),
        cmocka_unit_test(age_and_role_words_find_their_person),
        cmocka_unit_test(an_unnamed_asker_is_nobody),
        cmocka_unit_test(name_with_a_lowercase_particle),
        cmocka_unit_test(an_unlisted_verb_after_a_name),
        cmocka_unit_test(the_unnamed_spokesman_stays_unnamed),
        cmocka_unit_test(a_name_inside_an_institution_is_no_object),
        cmocka_unit_test(name_in_apposition_after_the_verb),
        cmocka_unit_test(as_she_put_it_and_an_owners_words),
        cmocka_unit_test(names_inside_reported_speech_are_not_antecedents),
        cmocka_unit_test(subject_with_an_apposition),
        cmocka_unit_test(judgement_of_a_work_after_an_apposition),
        cmocka_unit_test(described_subject_is_the_next_pronoun),
        cmocka_unit_test(a_described_body_is_no_person),
        cmocka_unit_test(speaker_revealed_after_a_dash),
        cmocka_unit_test(bare_quotation_claimed_by_the_next_paragraph),
        cmocka_unit_test(governed_name_before_the_verb_is_not_its_subject),
        cmocka_unit_test(quotation_after_a_sentence_about_its_speaker),
        cmocka_unit_test(unclosed_mark_in_a_huge_paragraph_is_fast),
        cmocka_unit_test(many_marks_are_fast),
        cmocka_unit_test(each_decision_names_its_pass),
        cmocka_unit_test(kinds_title_term_and_speech),
        cmocka_unit_test(name_after_a_dash_or_an_unlisted_verb),
        cmocka_unit_test(titled_name_after_a_dash),
        cmocka_unit_test(judged_fragment_is_the_subjects),
        cmocka_unit_test(
            according_to_an_unnamed_source_after_a_reported_clause),
        cmocka_unit_test(lower_case_title_words_before_the_name),
        cmocka_unit_test(surname_finds_a_mistyped_full_name),
        cmocka_unit_test(shared_surname_by_title_gender_and_recency),
        cmocka_unit_test(a_role_named_later_gives_the_speaker),
        cmocka_unit_test(speaker_named_in_the_next_sentence_or_paragraph),
        cmocka_unit_test(first_person_fragment_goes_to_the_paragraphs_speaker),
        cmocka_unit_test(bare_quotation_after_a_paragraph_about_one_person),
        cmocka_unit_test(nationality_names_the_player),
        cmocka_unit_test(a_name_as_modifier_is_not_the_subject),
        cmocka_unit_test(the_object_of_the_cue_is_not_the_speaker),
        cmocka_unit_test(cue_words),
        cmocka_unit_test(role_in_a_long_apposition_finds_its_person),
        cmocka_unit_test(trade_compound_is_a_descriptor),
        cmocka_unit_test(qualified_role_before_a_name),
        cmocka_unit_test(pronoun_skips_a_relative_named_in_apposition),
        cmocka_unit_test(pronoun_skips_a_family_list),
        cmocka_unit_test(bare_paragraph_continues_the_previous_speaker),
        cmocka_unit_test(as_she_puts_it),
        cmocka_unit_test(relative_who_speaks_keeps_the_pronoun),
        cmocka_unit_test(bare_paragraph_after_reported_speech),
        cmocka_unit_test(thanked_is_a_cue),
        cmocka_unit_test(pronoun_agrees_with_a_gender_learnt_from_a_pronoun),
        cmocka_unit_test(unknown_gender_competes_only_while_the_topic),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
