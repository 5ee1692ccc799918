/* Web pages in: recognition by content, charsets, main-content extraction,
 * metadata, figures, embeds and links, on small pages written for the
 * project (tests/html/), and the extraction score on ../shared/corpus/html
 * when it is present (skipped otherwise). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "article.h"
#include "doc.h"
#include "html.h"
#include "xalloc.h"

static doc *open_page(const char *name)
{
    char *path = xasprintf("tests/html/%s", name);
    article_options opt = {.format = ARTICLE_FORMAT_AUTO};
    char *err = NULL;
    doc *d = article_open(path, &opt, NULL, &err);
    free(path);
    if (!d)
        fail_msg("%s: %s", name, err);
    return d;
}

/* The body text (paragraph, heading, item, blockquote) joined by '\n'. */
static char *body_of(const doc *d)
{
    char *s = xstrdup("");
    for (size_t i = 0; i < doc_block_count(d); i++) {
        const doc_block *b = doc_block_get(d, i);
        if (!doc_block_kind_is_body(b->kind))
            continue;
        char *t = xasprintf("%s%s\n", s, b->text);
        free(s);
        s = t;
    }
    return s;
}

static size_t count_kind(const doc *d, doc_block_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < doc_block_count(d); i++)
        n += doc_block_get(d, i)->kind == kind;
    return n;
}

static void sniffs_html_by_content(void **state)
{
    (void)state;
    assert_true(html_sniff("<!DOCTYPE html><p>x", 19));
    assert_true(html_sniff("\xEF\xBB\xBF  <html>", 11));
    assert_true(html_sniff("\n<p>A story.</p>", 16));
    assert_true(html_sniff("<?xml version=\"1.0\"?>\n<html>", 28));
    assert_false(html_sniff("MADRID -- A story <b>bold</b>.", 30));
    assert_false(html_sniff("The mayor said 3 < 4.", 21));
}

static void text_input_stays_text(void **state)
{
    (void)state;
    const char *t = "LISBON -- The <p> tag is mentioned in this story.\n";
    article_options opt = {.format = ARTICLE_FORMAT_AUTO};
    char *err = NULL;
    doc *d = article_from_bytes(t, strlen(t), &opt, NULL, NULL, NULL, &err);
    assert_non_null(d);
    assert_string_equal(doc_dateline(d), "LISBON");
    assert_non_null(strstr(doc_block_get(d, 0)->text, "<p> tag"));
    doc_free(d);
    /* forced HTML: the tag is markup */
    opt.format = ARTICLE_FORMAT_HTML;
    d = article_from_bytes(t, strlen(t), &opt, NULL, NULL, NULL, &err);
    assert_non_null(d);
    for (size_t i = 0; i < doc_block_count(d); i++)
        assert_null(strstr(doc_block_get(d, i)->text, "<p>"));
    doc_free(d);
}

static void boilerplate_is_removed(void **state)
{
    (void)state;
    doc *d = open_page("boilerplate.html");
    char *body = body_of(d);
    assert_non_null(strstr(body, "The town of Porto Brezza opened a library"));
    assert_non_null(strstr(body, "volunteers are already asking"));
    static const char *const furniture[] = {
        "cookies",           "Weather",   "Share on",          "Advertisement",
        "Island school",     "Most read", "detective stories", "Sign up",
        "Copyright",         "hidden",    "tracking",          "font-family",
        "Harbour town opens"};
    for (size_t i = 0; i < sizeof furniture / sizeof *furniture; i++)
        if (strstr(body, furniture[i]))
            fail_msg("furniture kept: %s", furniture[i]);
    /* subhead, list items, quotation and table in document order */
    const char *h = strstr(body, "A boat full of shelves\n");
    const char *li = strstr(body, "Mondays: the northern islands\n");
    const char *bq = strstr(body, "Reading is the only ticket");
    const char *tb = strstr(body, "Books on board 4,000");
    assert_true(h && li && bq && tb && h < li && li < bq && bq < tb);
    assert_int_equal(count_kind(d, DOC_BLOCK_HEADING), 1);
    assert_int_equal(count_kind(d, DOC_BLOCK_ITEM), 2);
    assert_int_equal(count_kind(d, DOC_BLOCK_BLOCKQUOTE), 1);
    /* a time stamp is a credit line, not body */
    assert_null(strstr(body, "Updated May 4"));
    bool stamp = false;
    for (size_t i = 0; i < doc_block_count(d); i++)
        stamp |= doc_block_get(d, i)->kind == DOC_BLOCK_CREDIT &&
                 strstr(doc_block_get(d, i)->text, "Updated May 4");
    assert_true(stamp);
    /* the title without the site's suffix */
    assert_string_equal(doc_title(d), "Harbour town opens floating library");
    /* the analysis runs as on text */
    assert_true(doc_quote_count(d) >= 1);
    free(body);
    doc_free(d);
}

static void nested_teasers_are_not_body(void **state)
{
    (void)state;
    doc *d = open_page("nested.html");
    char *body = body_of(d);
    assert_non_null(strstr(body, "Night trains returned"));
    assert_non_null(strstr(body, "Tickets cost from 49 euros"));
    assert_null(strstr(body, "Bus fares"));
    assert_null(strstr(body, "teaser"));
    assert_null(strstr(body, "Weekend weather"));
    assert_null(strstr(body, "Night trains return to the mountain line\n"));
    free(body);
    doc_free(d);
}

static void broken_markup_recovers(void **state)
{
    (void)state;
    doc *d = open_page("broken.html");
    char *body = body_of(d);
    assert_non_null(strstr(body, "The parish choir of Santa Velia"));
    assert_non_null(strstr(body, "breathing again"));
    assert_non_null(strstr(body, "silent since a leak"));
    assert_non_null(strstr(body, "& ampersand and an \xC3\xA9 accent"));
    free(body);
    doc_free(d);
}

static void metadata_from_json_ld_and_meta(void **state)
{
    (void)state;
    doc *d = open_page("jsonld.html");
    assert_string_equal(doc_title(d),
                        "Orchard growers count the cost of a late frost");
    assert_int_equal(doc_author_count(d), 2);
    assert_string_equal(doc_author(d, 0), "Tobias Renner");
    assert_string_equal(doc_author(d, 1), "Aiko Marsh");
    assert_string_equal(doc_site(d), "Valley Ledger");
    assert_string_equal(doc_url(d),
                        "https://valleyledger.example/news/frost-losses");
    assert_string_equal(doc_published(d), "2026-04-10T06:00:00Z");
    assert_string_equal(doc_date(d), "2026-04-10");
    assert_non_null(strstr(doc_description(d), "late frost"));
    /* the dateline is cut from the first paragraph */
    assert_string_equal(doc_dateline(d), "ALMAVERA, Spain");
    assert_string_equal(doc_source(d), "The Associated Press");
    assert_true(strncmp(doc_block_get(d, 0)->text, "Apricot growers", 15) == 0);
    doc_free(d);
}

static void figures_become_captions_and_embeds(void **state)
{
    (void)state;
    doc *d = open_page("figures.html");
    char *body = body_of(d);
    assert_null(strstr(body, "Villagers cross"));
    assert_null(strstr(body, "ribbon"));
    free(body);
    /* an image without caption or credit gives no caption */
    assert_int_equal(doc_caption_count(d), 2);
    const doc_caption *c0 = doc_caption_get(d, 0);
    assert_non_null(strstr(c0->text, "Villagers cross the new footbridge"));
    assert_string_equal(c0->credit, "AP Photo/Lina Okafor");
    assert_string_equal(c0->photographer, "Lina Okafor");
    const doc_caption *c1 = doc_caption_get(d, 1);
    assert_non_null(strstr(c1->text, "The mayor cuts the ribbon"));
    assert_null(strstr(c1->text, "Image caption"));
    assert_string_equal(c1->credit, "Getty Images");
    /* captions after the body */
    size_t n = doc_block_count(d);
    assert_int_equal(doc_block_get(d, n - 1)->kind, DOC_BLOCK_CAPTION);
    assert_int_equal(doc_block_get(d, n - 2)->kind, DOC_BLOCK_CAPTION);
    /* the iframe and the post are embeds with their addresses */
    bool video = false, post = false;
    for (size_t i = 0; i < n; i++) {
        const doc_block *b = doc_block_get(d, i);
        if (b->kind != DOC_BLOCK_EMBED)
            continue;
        video |= strcmp(b->url, "https://video.example.com/embed/abc123") == 0;
        post |=
            strcmp(b->url, "https://social.example.com/corvale/status/42") == 0;
    }
    assert_true(video && post);
    doc_free(d);
}

/* A photo viewer inside the story (named an embed) is furniture: its
 * buttons, counters and repeated blurb are not body, and its captions are
 * not the article's. A credit line repeated from a sentence of the image's
 * description still closes the caption, and the author's biography is a
 * paragraph, not a credit. */
static void gallery_widget_is_not_body(void **state)
{
    (void)state;
    doc *d = open_page("gallery.html");
    char *body = body_of(d);
    assert_null(strstr(body, "Full Screen"));
    assert_null(strstr(body, "Autoplay"));
    assert_null(strstr(body, "View Photos"));
    assert_null(strstr(body, "Buy Photo"));
    assert_null(strstr(body, "Waves broke"));
    assert_null(strstr(body, "Wait 1 second"));
    assert_non_null(strstr(body, "the sea will not wait for us"));
    assert_non_null(strstr(body, "Dafydd Rees is a reporter"));
    free(body);
    assert_int_equal(count_kind(d, DOC_BLOCK_CREDIT), 0);
    assert_int_equal(doc_caption_count(d), 1);
    const doc_caption *c = doc_caption_get(d, 0);
    assert_non_null(strstr(c->text, "Workers inspect the harbour wall"));
    assert_string_equal(c->credit, "ANWEN LLOYD/Coastline Pictures");
    doc_free(d);
}

/* A list right after a figure that repeats its caption, or gives the
 * caption a captionless figure lacks, is the caption: not body text, and
 * not the opening of the next paragraph's quotation. Other lists stay. */
static void caption_lists_are_captions(void **state)
{
    (void)state;
    doc *d = open_page("captionlist.html");
    char *body = body_of(d);
    assert_null(strstr(body, "Caribou cross the frozen lake"));
    assert_null(strstr(body, "Fishing huts stand"));
    assert_non_null(strstr(body, "I dropped my coffee"));
    assert_non_null(strstr(body, "The lake is 12 kilometres long."));
    /* a heading in an element named for captions is still the story */
    assert_non_null(strstr(body, "stayed on the ice for most"));
    free(body);
    assert_int_equal(count_kind(d, DOC_BLOCK_ITEM), 2);
    assert_int_equal(doc_caption_count(d), 2);
    assert_non_null(
        strstr(doc_caption_get(d, 0)->text, "Caribou cross the frozen lake"));
    assert_non_null(strstr(doc_caption_get(d, 1)->text, "Fishing huts stand"));
    doc_free(d);
}

static void links_are_absolute_and_safe(void **state)
{
    (void)state;
    doc *d = open_page("links.html");
    assert_int_equal(doc_link_count(d), 4);
    const doc_link *l = doc_link_get(d, 0);
    const doc_block *b = doc_block_get(d, l->block);
    assert_memory_equal(b->text + l->start, "annual report", 13);
    assert_int_equal(l->end - l->start, 13);
    assert_string_equal(l->url, "https://news.example.org/section/report.pdf");
    assert_string_equal(doc_link_get(d, 1)->url,
                        "https://news.example.org/summary");
    assert_string_equal(doc_link_get(d, 2)->url,
                        "mailto:clerk@news.example.org");
    /* the newline inside the address is dropped */
    assert_string_equal(doc_link_get(d, 3)->url,
                        "https://other.example.com/pagetwo");
    for (size_t i = 0; i < doc_link_count(d); i++)
        assert_null(strstr(doc_link_get(d, i)->url, "javascript"));
    doc_free(d);
}

static void charsets(void **state)
{
    (void)state;
    static const char *const pages[] = {"latin1.html", "mislabelled.html",
                                        "utf8-labelled-latin1.html"};
    for (size_t i = 0; i < 3; i++) {
        doc *d = open_page(pages[i]);
        char *body = body_of(d);
        if (!strstr(body, "caf\xC3\xA9 in S\xC3\xA3o Crist\xC3\xB3v\xC3\xA3o"))
            fail_msg("%s: %s", pages[i], body);
        free(body);
        doc_free(d);
    }
    /* the transport's charset wins over the page's meta tag */
    const char *page = "<html><head><meta charset=\"utf-8\"></head><body><p>"
                       "Na\xEFve</p></body></html>";
    article_options opt = {.format = ARTICLE_FORMAT_AUTO};
    article_info info = {0};
    char *err = NULL;
    doc *d = article_from_bytes(page, strlen(page), &opt, "ISO-8859-1", NULL,
                                &info, &err);
    assert_non_null(d);
    assert_string_equal(doc_block_get(d, 0)->text, "Na\xC3\xAFve");
    assert_false(info.from_cp1252);
    doc_free(d);
    /* BOM first; NFC after decoding ("e" + combining acute) */
    const char *bom = "\xEF\xBB\xBF<p>Cafe\xCC\x81 noir</p>";
    d = article_from_bytes(bom, strlen(bom), &opt, "ISO-8859-1", NULL, NULL,
                           &err);
    assert_string_equal(doc_block_get(d, 0)->text, "Caf\xC3\xA9 noir");
    doc_free(d);
}

static void base_url_resolves_links(void **state)
{
    (void)state;
    const char *page = "<p>The full schedule for the festival is on <a "
                       "href=\"../b/c.html\">the page</a> of the town.</p>";
    article_options opt = {.format = ARTICLE_FORMAT_HTML};
    char *err = NULL;
    doc *d =
        article_from_bytes(page, strlen(page), &opt, NULL,
                           "https://example.org/a/x/index.html", NULL, &err);
    assert_int_equal(doc_link_count(d), 1);
    assert_string_equal(doc_link_get(d, 0)->url,
                        "https://example.org/a/b/c.html");
    doc_free(d);
}

static void corpus_score_floor(void **state)
{
    (void)state;
    struct stat st;
    if (stat("../shared/corpus/html", &st) != 0 ||
        stat("../shared/tools/extract_score.py", &st) != 0 ||
        stat("dateline", &st) != 0)
        skip();
    FILE *p = popen("python3 ../shared/tools/extract_score.py "
                    "../shared/corpus/html 2>&1",
                    "r");
    assert_non_null(p);
    char line[512];
    double f1 = -1;
    while (fgets(line, sizeof line, p)) {
        const char *f = strstr(line, "f1=");
        if (strncmp(line, "TOTAL", 5) == 0 && f)
            f1 = strtod(f + 3, NULL);
    }
    pclose(p);
    if (f1 < 0)
        skip(); /* no python3 */
    print_message("extraction F1 on ../shared/corpus/html: %.3f\n", f1);
    assert_true(f1 >= 0.975); /* today 0.983; trafilatura 0.956 */
}

/* A figure holding a player and no picture is a clip: its caption labels
 * an embed block, and nobody it names becomes a person of the story. A
 * caption element holding only a credit is no caption. */
static void video_figure_is_an_embed(void **state)
{
    (void)state;
    doc *d = open_page("video.html");
    assert_int_equal(doc_caption_count(d), 0);
    bool clip = false;
    for (size_t i = 0; i < doc_block_count(d); i++) {
        const doc_block *b = doc_block_get(d, i);
        assert_int_not_equal(b->kind, DOC_BLOCK_CAPTION);
        if (b->kind == DOC_BLOCK_EMBED &&
            strcmp(b->url, "https://players.example.net/clip/77") == 0) {
            clip = true;
            assert_non_null(strstr(b->text, "shows the ferry's new batteries"));
            assert_null(strstr(b->text, "Media caption"));
        }
    }
    assert_true(clip);
    for (size_t i = 0; i < doc_entity_count(d); i++) {
        const doc_entity *e = doc_entity_get(d, i);
        assert_null(strstr(e->name, "Brekke"));
        assert_null(strstr(e->name, "Valo"));
        assert_null(strstr(e->name, "Harbour Board"));
    }
    doc_free(d);
}

/* The headline repeated as the body's first heading is dropped, and the
 * check reads each block's text only up to its end (a sanitised build
 * catches a read past it). */
static void repeated_headline_is_dropped(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Tide Mill Reopens In Corvale</title></head>"
        "<body><article><h2>Tide Mill Reopens In Corvale</h2>"
        "<h2>Grain Again</h2>"
        "<p>The tide mill at Corvale turned again on Saturday, grinding flour "
        "for the first time since the estuary silted up, volunteers said.</p>"
        "<p>About two hundred people watched from the quay as the wheel took "
        "the ebb, and the miller, Anse Poret, handed out the first loaves.</p>"
        "</article></body></html>";
    article_options opt = {.format = ARTICLE_FORMAT_HTML};
    char *err = NULL;
    doc *d =
        article_from_bytes(page, sizeof page - 1, &opt, NULL, NULL, NULL, &err);
    if (!d)
        fail_msg("%s", err);
    char *body = body_of(d);
    assert_null(strstr(body, "Tide Mill Reopens"));
    assert_non_null(strstr(body, "Grain Again"));
    assert_non_null(strstr(body, "handed out the first loaves"));
    free(body);
    doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sniffs_html_by_content),
        cmocka_unit_test(text_input_stays_text),
        cmocka_unit_test(boilerplate_is_removed),
        cmocka_unit_test(nested_teasers_are_not_body),
        cmocka_unit_test(broken_markup_recovers),
        cmocka_unit_test(metadata_from_json_ld_and_meta),
        cmocka_unit_test(figures_become_captions_and_embeds),
        cmocka_unit_test(video_figure_is_an_embed),
        cmocka_unit_test(repeated_headline_is_dropped),
        cmocka_unit_test(gallery_widget_is_not_body),
        cmocka_unit_test(caption_lists_are_captions),
        cmocka_unit_test(links_are_absolute_and_safe),
        cmocka_unit_test(charsets),
        cmocka_unit_test(base_url_resolves_links),
        cmocka_unit_test(corpus_score_floor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
