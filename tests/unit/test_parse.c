/* Segmentation: what a reader sees as blocks, and what lands in the
 * article header (date, dateline, source, contributors). Every text here is
 * invented for the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "parse.h"
#include "xalloc.h"

static doc *parse(const char *s)
{
    doc *d = parse_article(s, strlen(s));
    assert_non_null(d);
    return d;
}

static const doc_block *block(const doc *d, size_t i)
{
    const doc_block *b = doc_block_get(d, i);
    assert_non_null(b);
    return b;
}

static void date_line_and_dateline_go_into_the_header(void **state)
{
    (void)state;
    const char *in = " date 2021-06-09 LIMA -- Voters went to the polls.\n\n"
                     "Turnout was high.";
    doc *d = parse(in);
    assert_string_equal(doc_date(d), "2021-06-09");
    assert_string_equal(doc_dateline(d), "LIMA");
    assert_int_equal(doc_block_count(d), 2);
    assert_string_equal(block(d, 0)->text, "Voters went to the polls.");
    assert_int_equal(block(d, 0)->kind, DOC_BLOCK_PARAGRAPH);
    /* The first block points at its own text in the input. */
    assert_int_equal(block(d, 0)->source_offset, strstr(in, "Voters") - in);
    assert_int_equal(block(d, 1)->source_offset, strstr(in, "Turnout") - in);
    doc_free(d);
}

static void bad_date_line_is_text(void **state)
{
    (void)state;
    doc *d = parse(" date 2021-13-40 Nothing here is a date.");
    assert_null(doc_date(d));
    assert_int_equal(doc_block_count(d), 1);
    doc_free(d);
}

struct dateline_case {
    const char *input, *place, *source, *body;
};

static void every_dateline_form_is_recognised(void **state)
{
    (void)state;
    static const struct dateline_case cases[] = {
        {"BAGHDAD, Iraq -- Troops advanced.", "BAGHDAD, Iraq", NULL,
         "Troops advanced."},
        {"SPRINGFIELD, Ill. (AP) \xE2\x80\x94 Lawmakers met.",
         "SPRINGFIELD, Ill.", "The Associated Press", "Lawmakers met."},
        {"TULSA (AP) \xE2\x80\x94 Crews worked.", "TULSA",
         "The Associated Press", "Crews worked."},
        {"LONDON (Reuters) - Shares fell.", "LONDON", "Reuters",
         "Shares fell."},
        {"LONDON, June 9 (Reuters) - Shares fell.", "LONDON", "Reuters",
         "Shares fell."},
        {"AMMAN (AFP) - Talks resumed.", "AMMAN", "Agence France-Presse",
         "Talks resumed."},
        {"PARIS, FRANCE\xE2\x80\x94The talks ended.", "PARIS, FRANCE", NULL,
         "The talks ended."},
        {"BERLIN, Germany \xE2\x80\x93 Talks ended.", "BERLIN, Germany", NULL,
         "Talks ended."},
        {"DUBAI/LONDON (Reuters) - Oil rose.", "DUBAI/LONDON", "Reuters",
         "Oil rose."},
        {"KABUL Afghan forces retook the town.", "KABUL", NULL,
         "Afghan forces retook the town."},
        {"SAN JOSE, Calif. Engineers walked out.", "SAN JOSE, Calif.", NULL,
         "Engineers walked out."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        doc *d = parse(cases[i].input);
        print_message("case %zu: %s\n", i, cases[i].input);
        assert_non_null(doc_dateline(d));
        assert_string_equal(doc_dateline(d), cases[i].place);
        if (cases[i].source)
            assert_string_equal(doc_source(d), cases[i].source);
        else
            assert_null(doc_source(d));
        assert_string_equal(block(d, 0)->text, cases[i].body);
        doc_free(d);
    }
}

static void sentences_and_subheads_are_not_datelines(void **state)
{
    (void)state;
    static const char *const inputs[] = {
        "Some senators -- and two governors -- objected.",
        "NATO leaders met on Tuesday.",
        "The vote (held Monday) - a surprise - passed.",
        "HERE'S THE LATEST:",
        "UN Secretary-General spoke.",
        "He said: \"PARIS -- is calling.\"",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        doc *d = parse(inputs[i]);
        print_message("input: %s\n", inputs[i]);
        assert_null(doc_dateline(d));
        assert_string_equal(block(d, 0)->text, inputs[i]);
        doc_free(d);
    }
}

static void paragraphs_tolerate_messy_blank_lines(void **state)
{
    (void)state;
    doc *d = parse("\n\n  First line  \nsame paragraph \t\n\n\n   \n\t\n"
                   "Second\xC2\xA0\n\xC2\xA0\nThird\n\n\n");
    assert_int_equal(doc_block_count(d), 3);
    assert_string_equal(block(d, 0)->text, "First line same paragraph");
    assert_string_equal(block(d, 1)->text, "Second");
    assert_string_equal(block(d, 2)->text, "Third");
    doc_free(d);
}

static void empty_and_blank_inputs_give_no_blocks(void **state)
{
    (void)state;
    doc *d = parse_article("", 0);
    assert_int_equal(doc_block_count(d), 0);
    doc_free(d);
    d = parse(" \n\n\t \n");
    assert_int_equal(doc_block_count(d), 0);
    assert_null(doc_dateline(d));
    doc_free(d);
    d = parse(" date 2020-01-02");
    assert_string_equal(doc_date(d), "2020-01-02");
    assert_int_equal(doc_block_count(d), 0);
    doc_free(d);
}

static void embeds_keep_their_url(void **state)
{
    (void)state;
    doc *d = parse("Body first.\n\n"
                   "[Video not showing up above? Click here to watch \xC2\xBB "
                   "https://example.com/watch?v=abc]\n\n"
                   "https://example.org/clip/7\n\n"
                   "See https://example.net for details.");
    assert_int_equal(doc_block_count(d), 4);
    assert_int_equal(block(d, 1)->kind, DOC_BLOCK_EMBED);
    assert_string_equal(block(d, 1)->url, "https://example.com/watch?v=abc");
    assert_int_equal(block(d, 2)->kind, DOC_BLOCK_EMBED);
    assert_string_equal(block(d, 2)->url, "https://example.org/clip/7");
    assert_int_equal(block(d, 3)->kind, DOC_BLOCK_PARAGRAPH);
    assert_null(block(d, 3)->url);
    doc_free(d);
}

struct credit_case {
    const char *line;
    const char *names[4];
};

static void credit_lines_name_their_people(void **state)
{
    (void)state;
    static const struct credit_case cases[] = {
        {"Information for this article was contributed by Ana Ruiz of The "
         "Associated Press.",
         {"Ana Ruiz"}},
        {"By Tom Hale", {"Tom Hale"}},
        {"By TOM HALE and JO PIKE, Associated Press", {"TOM HALE", "JO PIKE"}},
        {"Ola Berg reported from Oslo, Norway.", {"Ola Berg"}},
        {"Vik reported from St. Paul, Minn. Associated Press writers Li Wei "
         "in Denver, Colorado, and Sam Okoro in Lagos contributed to this "
         "report.",
         {"Vik", "Li Wei", "Sam Okoro"}},
        {"Additional reporting by Ken Ito; Editing by Ada Park, Bo Lind and "
         "Cy Moss",
         {"Ken Ito", "Ada Park", "Bo Lind", "Cy Moss"}},
        {"Rami Haddad with Nour el-Amin in Beirut, Lebanon, AFP / "
         "Example.com",
         {"Rami Haddad", "Nour el-Amin"}},
        {"(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)",
         {"Ana Ruiz", "Tom Hale"}},
        {"By JO PIKE Associated Press", {"JO PIKE"}},
        {"By Jo Pike, The Harbor Daily", {"Jo Pike"}},
        {"Information for this article was contributed by Ana Ruiz and Li "
         "Wei of The Associated Press; Sam Okoro of The Harbor Daily; and "
         "Vik Das of Bloomberg News.",
         {"Ana Ruiz", "Li Wei", "Sam Okoro", "Vik Das"}},
        {"Vik Das reported from Kyiv. Associated Press writer Jo Pike "
         "contributed from Moscow.",
         {"Vik Das", "Jo Pike"}},
        {"Vik Das reported from Kyiv, Ukraine, and Jo Pike from Moscow.",
         {"Vik Das", "Jo Pike"}},
        {"--With assistance from Ana Ruiz and Li Wei.", {"Ana Ruiz", "Li Wei"}},
        {"Harbor Daily staff reporter Jo Pike contributed reporting.",
         {"Jo Pike"}},
        {"AP Science Writer Ana Ruiz contributed to this report.",
         {"Ana Ruiz"}},
        {"This obituary was written by Associated Press writer Li Wei.",
         {"Li Wei"}},
        {"Written by staff writer Sam Okoro.", {"Sam Okoro"}},
        {"bur-xy/ab", {NULL}},
        {"Copyright 2024 The Associated Press. All rights reserved.", {NULL}},
        {"___", {NULL}},
        {"10:15 a.m.", {NULL}},
        {"Updated: June 9, 2021 10:24 AM EDT", {NULL}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        /* After the body: before it, a byline or a time stamp goes into the
         * article instead (bylines_and_stamps_open_the_article). */
        char *in = xasprintf("The council met on Monday.\n\n%s", cases[i].line);
        doc *d = parse(in);
        free(in);
        print_message("line: %s\n", cases[i].line);
        assert_int_equal(doc_block_count(d), 2);
        assert_int_equal(block(d, 1)->kind, DOC_BLOCK_CREDIT);
        size_t n = 0;
        while (n < 4 && cases[i].names[n])
            n++;
        for (size_t k = 0; k < doc_contributor_count(d); k++)
            print_message("  contributor %s\n", doc_contributor(d, k));
        assert_int_equal(doc_contributor_count(d), n);
        for (size_t k = 0; k < n; k++)
            assert_string_equal(doc_contributor(d, k), cases[i].names[k]);
        doc_free(d);
    }
}

static void credit_lines_set_the_source(void **state)
{
    (void)state;
    doc *d = parse("Body.\n\nJo Pike of The Associated Press contributed.");
    assert_string_equal(doc_source(d), "The Associated Press");
    assert_int_equal(block(d, 1)->kind, DOC_BLOCK_CREDIT);
    doc_free(d);
}

static void body_sentences_are_not_credits(void **state)
{
    (void)state;
    static const char *const inputs[] = {
        "By Tuesday, officials said the fire was contained.",
        "Hale reported from the scene that the fire was out.",
        "Reporting by the newspaper found errors in the count.",
        "\"By then it was over,\" Hale said.",
        "Suicide bomber hits cafe",
        "It was edited by Ana Ruiz, who later left the paper.",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        doc *d = parse(inputs[i]);
        print_message("input: %s\n", inputs[i]);
        assert_int_equal(block(d, 0)->kind, DOC_BLOCK_PARAGRAPH);
        assert_int_equal(doc_contributor_count(d), 0);
        doc_free(d);
    }
}

static void captions_are_found_and_repeats_counted(void **state)
{
    (void)state;
    doc *d = parse(
        "The fire burned 86 square miles (222 square kilometers).\n\n"
        "Fighters of the group (ISIS) advanced.\n\n"
        "A crew rests in Tulsa, Okla., Monday, May 2, 2022. (AP Photo/Ines "
        "Vaz)\n\n"
        "A pilot lands near Enid, Okla., Tuesday, May 3, 2022.(Lu Chen/AP)\n\n"
        "A crew rests in Tulsa, Okla., Monday, May 2, 2022. (AP Photo/Ines "
        "Vaz)");
    assert_int_equal(doc_block_count(d), 5);
    assert_int_equal(block(d, 0)->kind, DOC_BLOCK_PARAGRAPH);
    assert_int_equal(block(d, 1)->kind, DOC_BLOCK_PARAGRAPH);
    assert_int_equal(block(d, 2)->kind, DOC_BLOCK_CAPTION);
    assert_int_equal(block(d, 3)->kind, DOC_BLOCK_CAPTION);
    assert_int_equal(block(d, 4)->kind, DOC_BLOCK_CAPTION);
    doc_freeze(d);
    assert_int_equal(doc_caption_count(d), 2);
    const doc_caption *c = doc_caption_get(d, 0);
    assert_int_equal(c->block, 2);
    assert_int_equal(c->count, 2);
    assert_string_equal(c->credit, "AP Photo/Ines Vaz");
    assert_string_equal(c->photographer, "Ines Vaz");
    assert_string_equal(c->date, "2022-05-02");
    assert_string_equal(c->place, "Tulsa, Okla.");
    assert_int_equal(doc_block_caption(d, 4), 0);
    assert_string_equal(doc_caption_get(d, 1)->credit, "Lu Chen/AP");
    doc_free(d);
}

static void captions_with_a_bare_or_venue_credit(void **state)
{
    (void)state;
    doc *d =
        parse("VIGO, Spain -- The old pier reopened on Monday.\n\n"
              "The pier will take ferries again in May, the mayor said. "
              "(Ines Vaz)\n\n"
              "The award went to the harbor's oldest pilot (Tomas Roca).\n\n"
              "Tomas Roca at the wheel of a pilot boat in Vigo, Spain. "
              "(Ines Vaz for Coast & Tide)\n\n"
              "The rebuilt pier at low tide. (Ines Vaz)");
    assert_int_equal(doc_block_count(d), 5);
    assert_int_equal(block(d, 1)->kind, DOC_BLOCK_PARAGRAPH);
    assert_int_equal(block(d, 2)->kind, DOC_BLOCK_PARAGRAPH);
    assert_int_equal(block(d, 3)->kind, DOC_BLOCK_CAPTION);
    assert_int_equal(block(d, 4)->kind, DOC_BLOCK_CAPTION);
    doc_freeze(d);
    assert_int_equal(doc_caption_count(d), 2);
    const doc_caption *c = doc_caption_get(d, 0);
    assert_string_equal(c->credit, "Ines Vaz for Coast & Tide");
    assert_string_equal(c->photographer, "Ines Vaz");
    assert_string_equal(c->place, "Vigo, Spain");
    c = doc_caption_get(d, 1);
    assert_string_equal(c->credit, "Ines Vaz");
    assert_string_equal(c->photographer, "Ines Vaz");
    doc_free(d);
}

static void headline_before_the_dateline_is_skipped(void **state)
{
    (void)state;
    doc *d = parse("SENATE PASSES BILL\n\nLIMA (AP) \xE2\x80\x94 It passed.");
    assert_string_equal(doc_dateline(d), "LIMA");
    /* The first line is the title, not a block. */
    assert_string_equal(doc_title(d), "SENATE PASSES BILL");
    assert_int_equal(doc_block_count(d), 1);
    assert_string_equal(block(d, 0)->text, "It passed.");
    doc_free(d);
    /* A second subhead before the dateline stays a block. */
    d = parse("Council backs harbour plan\n\nVOTE COMES AFTER LONG DEBATE\n\n"
              "LIMA (AP) \xE2\x80\x94 It passed.");
    assert_string_equal(doc_title(d), "Council backs harbour plan");
    assert_string_equal(doc_dateline(d), "LIMA");
    assert_string_equal(block(d, 1)->text, "It passed.");
    doc_free(d);
    /* A body paragraph ends the search. */
    d = parse("It rained all day.\n\nLIMA (AP) \xE2\x80\x94 It passed.");
    assert_null(doc_dateline(d));
    doc_free(d);
}

static void wire_copy_as_published(void **state)
{
    (void)state;
    /* Headline, byline, time stamp, then the datelined body. */
    doc *d = parse("Ferry service returns to Lortane after storms\n\n"
                   "By Mira Castell and Tomas Werner\n\n"
                   "Published March 3, 2026 2:05 PM EST\n\n"
                   "LORTANE, Spain (AP) \xE2\x80\x94 The first ferry in a week "
                   "docked on Tuesday.\n\n"
                   "\"We waited long enough,\" the harbour master said.");
    assert_string_equal(doc_title(d), "Ferry service returns to Lortane after "
                                      "storms");
    assert_int_equal(doc_author_count(d), 2);
    assert_string_equal(doc_author(d, 0), "Mira Castell");
    assert_string_equal(doc_author(d, 1), "Tomas Werner");
    assert_string_equal(doc_published(d), "2026-03-03T14:05:00-05:00");
    assert_string_equal(doc_dateline(d), "LORTANE, Spain");
    assert_string_equal(doc_source(d), "The Associated Press");
    /* Only the story is left as blocks. */
    assert_int_equal(doc_block_count(d), 2);
    assert_string_equal(block(d, 0)->text,
                        "The first ferry in a week docked on Tuesday.");
    doc_free(d);
}

static void bylines_and_stamps_open_the_article(void **state)
{
    (void)state;
    doc *d = parse("By JO PIKE, Associated Press\n\n"
                   "Updated: 2026-03-04T09:30:00Z\n\n"
                   "First published 3 March 2026\n\n"
                   "OSLO \xE2\x80\x94 The fjord froze.");
    assert_int_equal(doc_author_count(d), 1);
    assert_string_equal(doc_author(d, 0), "JO PIKE");
    /* The byline's people are credited as before. */
    assert_int_equal(doc_contributor_count(d), 1);
    /* A publication date wins over an update. */
    assert_string_equal(doc_published(d), "2026-03-03");
    assert_string_equal(doc_dateline(d), "OSLO");
    assert_int_equal(doc_block_count(d), 1);
    assert_null(doc_title(d));
    doc_free(d);
    /* An unreadable stamp is kept as a credit line, not lost. */
    d = parse("Updated 10:15 a.m.\n\nOSLO \xE2\x80\x94 The fjord froze.");
    assert_null(doc_published(d));
    assert_int_equal(block(d, 0)->kind, DOC_BLOCK_CREDIT);
    doc_free(d);
    /* After the body, a byline stays a credit block and names no author. */
    d = parse("OSLO \xE2\x80\x94 The fjord froze.\n\nBy Jo Pike");
    assert_int_equal(doc_author_count(d), 0);
    assert_int_equal(block(d, 1)->kind, DOC_BLOCK_CREDIT);
    doc_free(d);
}

static void colon_datelines(void **state)
{
    (void)state;
    doc *d = parse("BEIRUT: Talks resumed on Sunday.");
    assert_string_equal(doc_dateline(d), "BEIRUT");
    assert_string_equal(block(d, 0)->text, "Talks resumed on Sunday.");
    doc_free(d);
    d = parse("NEW DELHI, India: \"It is done,\" the minister said.");
    assert_string_equal(doc_dateline(d), "NEW DELHI, India");
    doc_free(d);
    static const char *const not_places[] = {
        "BREAKING: The bridge has reopened.",
        "EDITOR'S NOTE: This story has been corrected.",
        "Officials: The bridge has reopened.",
        "WATCH LIVE: The council votes.",
        "UPDATE: Crews are at the scene.",
        "NOTE: times are local.",
    };
    for (size_t i = 0; i < sizeof not_places / sizeof *not_places; i++) {
        print_message("input: %s\n", not_places[i]);
        d = parse(not_places[i]);
        assert_null(doc_dateline(d));
        doc_free(d);
    }
}

static void what_is_not_a_title(void **state)
{
    (void)state;
    /* A first paragraph that is a sentence, a date line's text, a lone line
     * with nothing after it, or two lines of a paragraph. */
    static const char *const inputs[] = {
        "The council met on Monday.\n\nIt voted.",
        " date 2024-05-01 The council met on Monday\n\nIt voted.",
        "Council backs harbour plan",
        "Council backs harbour plan\nafter a long debate\n\nIt voted.",
        "LIMA (AP) \xE2\x80\x94 Council backs plan\n\nIt voted.",
        "By Jo Pike\n\nIt voted.",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        print_message("input: %s\n", inputs[i]);
        doc *d = parse(inputs[i]);
        assert_null(doc_title(d));
        assert_true(doc_block_count(d) >= 1);
        doc_free(d);
    }
}

static void newsboat_pager_file(void **state)
{
    (void)state;
    /* As newsboat writes it for its pager: header, lines of spaces between
     * paragraphs, link markers, an image, list items and the Links list. */
    const char *in =
        "Feed: Valley Courier\n"
        "Title: Orchard growers count frost damage\n"
        "Author: Ines Calloway\n"
        "Date: Wed, 04 Mar 2026 07:30:00 +0100\n"
        "Link: https://courier.example/frost\n"
        "Podcast Download URL: https://courier.example/frost.mp3 (type: "
        "audio/mpeg)\n"
        " \n"
        "MERANO, Italy (AP) \xE2\x80\x94 Growers walked the rows on Tuesday, "
        "a week after \n"
        "the frost[1] hit. [image 2 (Blossoms under ice)] \n"
        " \n"
        "\"Half the buds are gone,\" said Paolo Venn, who runs the "
        "cooperative[3].\n"
        " \n"
        "  * apples\n"
        "  * pears\n"
        " \n"
        "Links: \n"
        "[1]: https://courier.example/frost-map (link)\n"
        "[2]: https://courier.example/ice.jpg (image)\n"
        "[3]: https://coop.example/ (link)\n";
    doc *d = parse(in);
    assert_string_equal(doc_title(d), "Orchard growers count frost damage");
    assert_int_equal(doc_author_count(d), 1);
    assert_string_equal(doc_author(d, 0), "Ines Calloway");
    assert_string_equal(doc_site(d), "Valley Courier");
    assert_string_equal(doc_url(d), "https://courier.example/frost");
    assert_string_equal(doc_published(d), "2026-03-04T07:30:00+01:00");
    assert_string_equal(doc_dateline(d), "MERANO, Italy");
    /* The header is no paragraph, the Links list no body, the markers and
     * the image gone from the text. */
    assert_int_equal(doc_block_count(d), 4);
    assert_string_equal(block(d, 0)->text, "Growers walked the rows on "
                                           "Tuesday, a week after the frost "
                                           "hit.");
    assert_int_equal(block(d, 2)->kind, DOC_BLOCK_ITEM);
    assert_string_equal(block(d, 2)->text, "apples");
    assert_string_equal(block(d, 3)->text, "pears");
    /* Each link lies over the word its marker followed. */
    doc_freeze(d);
    assert_int_equal(doc_link_count(d), 2);
    const doc_link *l = doc_link_get(d, 0);
    assert_int_equal(l->block, 0);
    assert_memory_equal(block(d, 0)->text + l->start, "frost", 5);
    assert_int_equal(l->end - l->start, 5);
    assert_string_equal(l->url, "https://courier.example/frost-map");
    l = doc_link_get(d, 1);
    assert_int_equal(l->block, 1);
    assert_memory_equal(block(d, 1)->text + l->start, "cooperative", 11);
    assert_int_equal(l->end - l->start, 11);
    assert_string_equal(l->url, "https://coop.example/");
    doc_free(d);
}

static void not_a_newsboat_file(void **state)
{
    (void)state;
    /* "Feed:" opening a story, a header with no title, a key that is a
     * sentence: ordinary text. */
    static const char *const inputs[] = {
        "Feed: the cattle were fed at dawn.\n\nIt rained.",
        "Feed: Valley Courier\nAuthor: Ines Calloway\n \nIt rained.",
        "Feed: Valley Courier\nTitle: Frost\nthe growers said: no\n \nIt "
        "rained.",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        print_message("input: %s\n", inputs[i]);
        doc *d = parse(inputs[i]);
        assert_null(doc_site(d));
        assert_null(doc_url(d));
        doc_free(d);
    }
}

static void first_paragraph_caption_is_not_a_dateline(void **state)
{
    (void)state;
    doc *d = parse("TOKYO SKYLINE Towers at dusk. REUTERS/Lu Chen\n\nBody.");
    assert_null(doc_dateline(d));
    assert_int_equal(block(d, 0)->kind, DOC_BLOCK_CAPTION);
    doc_free(d);
}

static void large_inputs_stay_whole(void **state)
{
    (void)state;
    /* 100 000 paragraphs and a 2 MB line: every one kept, none merged. */
    size_t paras = 100000, len = paras * 12 + (2u << 20);
    char *big = malloc(len + 1);
    assert_non_null(big);
    size_t n = 0;
    for (size_t i = 0; i < paras; i++) {
        memcpy(big + n, "Short one.\n\n", 12);
        n += 12;
    }
    while (n < len) {
        big[n++] = 'w';
        if (n < len)
            big[n++] = ' ';
    }
    big[len - 1] = '.';
    doc *d = parse_article(big, len);
    assert_int_equal(doc_block_count(d), paras + 1);
    assert_int_equal(block(d, paras)->len, 2u << 20);
    doc_free(d);
    free(big);
}

static void any_bytes_give_a_document(void **state)
{
    (void)state;
    /* Pieces of every construct, shuffled by a fixed generator. */
    static const char *const pieces[] = {
        "(",
        ")",
        " -- ",
        "--",
        "\n",
        "\n\n",
        " date ",
        "2021-06-09",
        "(AP)",
        "AP Photo/",
        "/AFP",
        "[",
        "]",
        "https://",
        "By ",
        " and ",
        "\xE2\x80\x94",
        "\xC3",
        "\xFF",
        "A",
        "BAGHDAD",
        ", ",
        ".",
        "reported from ",
        "contributed",
        "\"",
        " ",
        "June 6, 2021",
        "\0",
        "___",
        " in ",
        "X/Y",
    };
    uint32_t seed = 12345;
    char buf[512];
    for (int round = 0; round < 3000; round++) {
        size_t n = 0;
        while (n < 400) {
            seed = seed * 1103515245u + 12345u;
            if ((seed >> 16) % 17 == 0)
                break;
            const char *p =
                pieces[(seed >> 8) % (sizeof pieces / sizeof *pieces)];
            size_t l = p[0] ? strlen(p) : 1;
            memcpy(buf + n, p, l);
            n += l;
        }
        doc *d = parse_article(buf, n);
        for (size_t b = 0; b < doc_block_count(d); b++) {
            const doc_block *x = doc_block_get(d, b);
            /* Blocks are trimmed and never empty. */
            assert_true(x->len > 0);
            assert_false(x->text[0] == ' ' || x->text[0] == '\n');
            assert_false(x->text[x->len - 1] == ' ' ||
                         x->text[x->len - 1] == '\n');
            assert_true(x->source_offset < n);
        }
        doc_freeze(d);
        doc_free(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(date_line_and_dateline_go_into_the_header),
        cmocka_unit_test(bad_date_line_is_text),
        cmocka_unit_test(every_dateline_form_is_recognised),
        cmocka_unit_test(sentences_and_subheads_are_not_datelines),
        cmocka_unit_test(paragraphs_tolerate_messy_blank_lines),
        cmocka_unit_test(empty_and_blank_inputs_give_no_blocks),
        cmocka_unit_test(embeds_keep_their_url),
        cmocka_unit_test(credit_lines_name_their_people),
        cmocka_unit_test(credit_lines_set_the_source),
        cmocka_unit_test(body_sentences_are_not_credits),
        cmocka_unit_test(captions_are_found_and_repeats_counted),
        cmocka_unit_test(captions_with_a_bare_or_venue_credit),
        cmocka_unit_test(headline_before_the_dateline_is_skipped),
        cmocka_unit_test(wire_copy_as_published),
        cmocka_unit_test(bylines_and_stamps_open_the_article),
        cmocka_unit_test(colon_datelines),
        cmocka_unit_test(what_is_not_a_title),
        cmocka_unit_test(newsboat_pager_file),
        cmocka_unit_test(not_a_newsboat_file),
        cmocka_unit_test(first_paragraph_caption_is_not_a_dateline),
        cmocka_unit_test(large_inputs_stay_whole),
        cmocka_unit_test(any_bytes_give_a_document),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
