/* Caption analysis: the credit a reader sees under a photo, who took it,
 * when and where, and one entry for a caption printed twice. The texts are
 * invented for the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "caption.h"
#include "doc.h"

struct credit_case {
    const char *text, *credit, *photographer;
};

static void each_credit_style_gives_credit_and_photographer(void **state)
{
    (void)state;
    static const struct credit_case cases[] = {
        {"A dog runs. (AP Photo/Ines Vaz)", "AP Photo/Ines Vaz", "Ines Vaz"},
        {"A dog runs. (AP Photo/Ines Vaz, File)", "AP Photo/Ines Vaz, File",
         "Ines Vaz"},
        {"A dog runs. (Ines Vaz/AP)", "Ines Vaz/AP", "Ines Vaz"},
        {"A dog runs. (PA via AP)", "PA via AP", NULL},
        {"A dog runs. (Ines Vaz/PA via AP)", "Ines Vaz/PA via AP", "Ines Vaz"},
        /* An outlet handing the picture on is no photographer. */
        {"A dog runs. (Harbor Daily News via AP)", "Harbor Daily News via AP",
         NULL},
        {"A dog runs. (Courtesy of Ines Vaz via AP)",
         "Courtesy of Ines Vaz via AP", "Ines Vaz"},
        {"A dog runs. (REUTERS/Ines Vaz)", "REUTERS/Ines Vaz", "Ines Vaz"},
        {"A dog runs. (Ines Vaz/AFP)", "Ines Vaz/AFP", "Ines Vaz"},
        {"A dog runs. (Ines Vaz/Getty Images)", "Ines Vaz/Getty Images",
         "Ines Vaz"},
        {"A dog runs. (Photo by Ines Vaz/Getty Images)",
         "Photo by Ines Vaz/Getty Images", "Ines Vaz"},
        {"A dog runs. (credit: Ines Vaz/Harbor Daily)", "Ines Vaz/Harbor Daily",
         "Ines Vaz"},
        {"A dog runs. (AFP via Getty Images)", "AFP via Getty Images", NULL},
        {"A dog runs, May 1, 2026.(AP Photo/Ines Vaz)", "AP Photo/Ines Vaz",
         "Ines Vaz"},
        {"A dog runs in the park. REUTERS/Ines Vaz", "REUTERS/Ines Vaz",
         "Ines Vaz"},
        {"A dog runs in the park. Omar al-Najjar/AFP", "Omar al-Najjar/AFP",
         "Omar al-Najjar"},
        {"A dog runs. (AP Photo/Ines Vaz).", "AP Photo/Ines Vaz", "Ines Vaz"},
        {"A dog runs. (Ines Vaz for The Harbor Post)",
         "Ines Vaz for The Harbor Post", "Ines Vaz"},
        {"A dog runs. (Courtesy of the Vaz family via AP)",
         "Courtesy of the Vaz family via AP", NULL},
        {"A dog runs. (AP Photo)", "AP Photo", NULL},
        {"A dog runs. credit: Ines Vaz/Harbor Tribune",
         "Ines Vaz/Harbor Tribune", "Ines Vaz"},
        {"A dog runs. Credit: Ines Vaz/University of Lima",
         "Ines Vaz/University of Lima", "Ines Vaz"},
        {"A dog runs. credit: Lima County Sheriff's Office",
         "Lima County Sheriff's Office", NULL},
        {"A dog runs. (Ines Vaz/Lima Space Observatory)",
         "Ines Vaz/Lima Space Observatory", "Ines Vaz"},
        /* unbracketed after the last sentence, by its opening words */
        {"A dog runs in the park on Tuesday. Photo by Ines Vaz",
         "Photo by Ines Vaz", "Ines Vaz"},
        {"Ines Vaz at her desk in Lima in 1987. Courtesy of the Family",
         "Courtesy of the Family", NULL},
        {"A dog runs in the park. Photo courtesy of Ines Vaz",
         "Photo courtesy of Ines Vaz", "Ines Vaz"},
        {"A dog runs in the park. Credit...Ines Vaz for The Harbor Post",
         "Ines Vaz for The Harbor Post", "Ines Vaz"},
        /* labels, square brackets and a pipe between the parts */
        {"A dog runs in the park. Photograph: Ines Vaz/The Harbor Post",
         "Ines Vaz/The Harbor Post", "Ines Vaz"},
        {"A dog runs in the park. PHOTO: INES VAZ", "INES VAZ", "INES VAZ"},
        {"A dog runs. (Image: Ines Vaz)", "Ines Vaz", "Ines Vaz"},
        {"A dog runs. [Photo: Ines Vaz]", "Photo: Ines Vaz", "Ines Vaz"},
        {"A dog runs in the park. Ines Vaz | The Harbor Post",
         "Ines Vaz | The Harbor Post", "Ines Vaz"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *t = cases[i].text;
        size_t s = 0, e = 0;
        print_message("caption: %s\n", t);
        assert_true(caption_find_credit(t, strlen(t), &s, &e));
        assert_int_equal(e - s, strlen(cases[i].credit));
        assert_memory_equal(t + s, cases[i].credit, e - s);
        char *who = caption_photographer(t + s, e - s);
        if (cases[i].photographer)
            assert_string_equal(who, cases[i].photographer);
        else
            assert_null(who);
        free(who);
    }
}

static void body_text_with_parentheses_is_not_a_caption(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "The fire burned 86 square miles (222 square kilometers)",
        "Fighters of the Islamic State group (ISIS)",
        "He spoke at length (the aides said)",
        "It ends without any credit.",
        "They backed the 24/7 plan",
        "(",
        "",
        "Prices rose 5% in May/June",
        "The credit: a rise in rates. It was large.",
        "credit: nothing before it",
        /* a credit's opening words starting prose, or no caption before */
        "We walked to the harbour at dawn. Photo by photo, the album grew.",
        "The mayor said the hall would close. Courtesy of the council",
        "Photo by Ines Vaz",
        "The city released one image: the mayor at the podium",
        "We printed the photo: Ines Vaz at the door",
        "Prices rose | Sales fell",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        size_t s, e;
        print_message("text: %s\n", texts[i]);
        assert_false(caption_find_credit(texts[i], strlen(texts[i]), &s, &e));
    }
}

/* Credits that a body paragraph could end with too: a caption only when
 * what comes before reads like one. */
static void weak_credits_end_captions_that_read_like_captions(void **state)
{
    (void)state;
    static const struct credit_case cases[] = {
        /* "NAME for OUTLET" with an outlet of any name. */
        {"Gulls circle a trawler off Vigo. (Ines Vaz for Coast & Tide)",
         "Ines Vaz for Coast & Tide", "Ines Vaz"},
        {"A trawler at dawn. (Ines Vaz for The Harbor Ledger)",
         "Ines Vaz for The Harbor Ledger", "Ines Vaz"},
        /* "NAME/ORG" where the organisation is no agency. */
        {"Nora Lind as Hedda in \"Hedda\" at the Quayside Playhouse. "
         "(Ines Vaz/Quayside Playhouse)",
         "Ines Vaz/Quayside Playhouse", "Ines Vaz"},
        /* Curly marks around a title; the words after it are not quoted. */
        {"Nora Lind in \xE2\x80\x9CHedda\xE2\x80\x9D on the first night "
         "of the new staging at the Quayside Playhouse. (Ines Vaz)",
         "Ines Vaz", "Ines Vaz"},
        /* A theatre or gallery credits its own pictures. */
        {"The new stage of the theater, Lima. (Ines Vaz/Lima Opera House)",
         "Ines Vaz/Lima Opera House", "Ines Vaz"},
        /* A bare photographer's name. */
        {"The rebuilt pier at low tide, Vigo, Spain. (Ines Vaz)", "Ines Vaz",
         "Ines Vaz"},
        {"Dunes near Cadiz in May 2026. (Ana de la Cruz)", "Ana de la Cruz",
         "Ana de la Cruz"},
        /* An institution handing out its picture. */
        {"Dr. Lena Brandt at her microscope. (Northfield University)",
         "Northfield University", NULL},
        {"A seed vault in the Arctic. (Museum of the North)",
         "Museum of the North", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *t = cases[i].text;
        size_t s = 0, e = 0;
        print_message("caption: %s\n", t);
        assert_true(caption_find_credit(t, strlen(t), &s, &e));
        assert_int_equal(e - s, strlen(cases[i].credit));
        assert_memory_equal(t + s, cases[i].credit, e - s);
        char *who = caption_photographer(t + s, e - s);
        if (cases[i].photographer)
            assert_string_equal(who, cases[i].photographer);
        else
            assert_null(who);
        free(who);
    }
}

static void body_text_ending_in_a_name_is_not_a_caption(void **state)
{
    (void)state;
    static const char *const texts[] = {
        /* No full stop before the name: it belongs to the sentence. */
        "The prize went to the youngest of the finalists (Ines Vaz).",
        "The grant came from a regional body (Northfield University)",
        /* Reported speech, quotations, the first person: prose. */
        "The pier will reopen in May, the mayor said. (Ines Vaz)",
        "\"We are not leaving this town, not now and not ever,\" she "
        "shouted. (Ines Vaz)",
        "I have fished off this pier all my life. (Ines Vaz)",
        /* Too many sentences for a caption. */
        "The council met on Monday. It voted to close the pier. It also "
        "voted to hire divers. Fees rose. (Ines Vaz)",
        /* One word, an all-capital pair, a name with a comma. */
        "He thanked his family. (Applause)",
        "Sales rose in the quarter. (HARBOR LEDGER)",
        "The pier reopens in May. (Vaz, Ines)",
        /* A lower-case word: an aside, not a credit. */
        "The pier reopens in May. (Ines Vaz disagrees)",
        "Fees rose. (Ines Vaz for mayor)",
        "Fees rose. (Ines Vaz/the harbor)",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        size_t s, e;
        print_message("text: %s\n", texts[i]);
        assert_false(caption_find_credit(texts[i], strlen(texts[i]), &s, &e));
    }
}

struct date_case {
    const char *text, *iso;
};

static void dates_written_in_captions_become_iso(void **state)
{
    (void)state;
    static const struct date_case cases[] = {
        {"Crowds gather in Lima, Sunday, June 6, 2021, at noon.", "2021-06-06"},
        {"Troops advance on May 28, 2016, near the river.", "2016-05-28"},
        {"A ship docks, Sept. 3, 2019.", "2019-09-03"},
        {"A ship docks on 4 March 2020 at dawn.", "2020-03-04"},
        {"A ship docks on June 6.", NULL},
        {"No date at all here.", NULL},
        {"Mayday, 12, 2020 is not a date.", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *t = cases[i].text;
        print_message("text: %s\n", t);
        size_t s = 0, e = 0;
        char *iso = caption_date(t, strlen(t), &s, &e);
        if (cases[i].iso) {
            assert_string_equal(iso, cases[i].iso);
            assert_true(s < e && e <= strlen(t));
        } else {
            assert_null(iso);
        }
        free(iso);
    }
}

struct place_case {
    const char *text, *place;
};

static void place_is_read_around_the_date(void **state)
{
    (void)state;
    static const struct place_case cases[] = {
        {"A plane lands on arrival in Port Vale, Sunday, June 6, 2021.",
         "Port Vale"},
        {"She runs near her house in Kentmere, England, Sunday, June 28, "
         "2026.",
         "Kentmere, England"},
        {"A jet returns to Dover Air Base, Del., Sunday, June 6, 2021.",
         "Dover Air Base, Del."},
        {"The mayor meets with Governor Ana Ruiz, Monday, June 7, 2021, at "
         "the palace in Lima.",
         "Lima"},
        {"Crews dig in Vila, Tarra province, Lomar, Friday, Oct. 25, 2024.",
         "Vila, Tarra province, Lomar"},
        {"The mayor waves, Monday, June 7, 2021.", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *t = cases[i].text;
        size_t len = strlen(t), s = 0, e = 0;
        print_message("text: %s\n", t);
        char *iso = caption_date(t, len, &s, &e);
        assert_non_null(iso);
        char *place = caption_place(t, len, s, e, len);
        if (cases[i].place)
            assert_string_equal(place, cases[i].place);
        else
            assert_null(place);
        free(place);
        free(iso);
    }
}

static void undated_captions_take_the_last_in_place(void **state)
{
    (void)state;
    const char *t = "Fans from Lima wait in the rain in Port Vale, Cork, on "
                    "Thursday. (AP Photo/Ines Vaz)";
    char *place = caption_place(t, strlen(t), 0, 0, strstr(t, " (") - t);
    assert_string_equal(place, "Port Vale, Cork");
    free(place);
    t = "A robot dives in Lake Vale in January 2024. (Ines Vaz/AP)";
    place = caption_place(t, strlen(t), 0, 0, strstr(t, " (") - t);
    assert_string_equal(place, "Lake Vale");
    free(place);
    t = "A man, in a booking photo. credit: Lima Police";
    place = caption_place(t, strlen(t), 0, 0, strlen(t));
    assert_null(place);
}

static void repeated_captions_are_merged_with_a_count(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "A crew rests in Tulsa, Okla., Monday, May 2, 2022. (AP Photo/Ines "
        "Vaz)",
        "A pilot lands. (Lu Chen/AP)",
        "A crew rests in Tulsa, Okla., Monday, May 2, 2022. (AP Photo/Ines "
        "Vaz)",
        "A crew rests in Tulsa, Okla., Monday, May 2, 2022. (AP Photo/Ines "
        "Vaz)",
    };
    doc *d = doc_new();
    caption_set *set = caption_set_new();
    for (size_t i = 0; i < 4; i++) {
        size_t id = doc_add_block(d, DOC_BLOCK_CAPTION, texts[i],
                                  strlen(texts[i]), NULL, 0);
        caption_set_add(set, id, doc_block_get(d, id)->text, strlen(texts[i]));
    }
    assert_int_equal(caption_set_commit(set, d), 2);
    caption_set_free(set);
    doc_freeze(d);
    assert_int_equal(doc_caption_count(d), 2);
    const doc_caption *c = doc_caption_get(d, 0);
    assert_int_equal(c->count, 3);
    assert_int_equal(c->block, 0);
    assert_string_equal(c->text, texts[0]);
    assert_string_equal(c->credit, "AP Photo/Ines Vaz");
    assert_string_equal(c->photographer, "Ines Vaz");
    assert_string_equal(c->date, "2022-05-02");
    assert_string_equal(c->place, "Tulsa, Okla.");
    assert_int_equal(doc_caption_get(d, 1)->count, 1);
    assert_null(doc_caption_get(d, 1)->date);
    /* Every copy leads back to the one caption. */
    assert_int_equal(doc_block_caption(d, 2), 0);
    assert_int_equal(doc_block_caption(d, 3), 0);
    assert_int_equal(doc_block_caption(d, 1), 1);
    doc_free(d);
}

static void many_distinct_captions_stay_distinct(void **state)
{
    (void)state;
    doc *d = doc_new();
    caption_set *set = caption_set_new();
    char buf[64];
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(buf, sizeof buf, "Scene %d. (AP Photo/Ines Vaz)",
                         i % 2500);
        size_t id =
            doc_add_block(d, DOC_BLOCK_CAPTION, buf, (size_t)n, NULL, 0);
        caption_set_add(set, id, doc_block_get(d, id)->text, (size_t)n);
    }
    assert_int_equal(caption_set_commit(set, d), 2500);
    caption_set_free(set);
    doc_freeze(d);
    for (size_t i = 0; i < doc_caption_count(d); i++)
        assert_int_equal(doc_caption_get(d, i)->count, 2);
    doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_credit_style_gives_credit_and_photographer),
        cmocka_unit_test(body_text_with_parentheses_is_not_a_caption),
        cmocka_unit_test(weak_credits_end_captions_that_read_like_captions),
        cmocka_unit_test(body_text_ending_in_a_name_is_not_a_caption),
        cmocka_unit_test(dates_written_in_captions_become_iso),
        cmocka_unit_test(place_is_read_around_the_date),
        cmocka_unit_test(undated_captions_take_the_last_in_place),
        cmocka_unit_test(repeated_captions_are_merged_with_a_count),
        cmocka_unit_test(many_distinct_captions_stay_distinct),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
