/* mentions: a quotation attributed by pronoun or role counts as a mention
 * of its speaker (once per attribution), a named one does not count twice,
 * titles of works count nothing, and the dateline is a mention of its place
 * at the top of the article. Invented sentences. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "mentions.h"
#include "viewstate.h"

static size_t add(doc *d, const char *text)
{
    return doc_add_block(d, DOC_BLOCK_PARAGRAPH, text, strlen(text), NULL, 0);
}

/* A quotation over the first "..." in a block's text. */
static size_t quote(doc *d, size_t b, const char *text, size_t nth,
                    doc_quote_kind kind)
{
    const char *q = text;
    for (size_t i = 0; i <= nth; i++) {
        q = strchr(q, '"');
        if (i < nth)
            q = strchr(q + 1, '"') + 1;
    }
    size_t qs = (size_t)(q - text) + 1;
    size_t qe = (size_t)(strchr(q + 1, '"') - text);
    return doc_add_quote(d, &(doc_quote){.block = b,
                                         .start = qs,
                                         .end = qe,
                                         .speaker = DOC_NONE,
                                         .kind = kind});
}

static const char p0[] = "Oren Vasquez, a ferry pilot, spoke first.";
static const char p1[] = "\"The tide waits for nobody,\" he said.";
static const char p2[] =
    "\"We sail at six,\" he said, \"and not a minute later.\"";
static const char p3[] = "\"Rough water,\" Vasquez said.";
static const char p4[] = "He loved the film \"Salt Road\" as a boy.";

static doc *story(void)
{
    doc *d = doc_new();
    doc_set_dateline(d, "PORT ELLEN, Scotland");
    size_t oren = doc_add_entity(d, DOC_PERSON, "Oren Vasquez");
    size_t port = doc_add_entity(d, DOC_PLACE, "Port Ellen");
    size_t b0 = add(d, p0);
    doc_entity_add_mention(d, oren, (doc_span){b0, 0, 12});
    size_t b1 = add(d, p1);
    doc_quote_set_speaker(d, quote(d, b1, p1, 0, DOC_QUOTE_SPEECH), oren,
                          "said");
    size_t b2 = add(d, p2);
    doc_quote_set_speaker(d, quote(d, b2, p2, 0, DOC_QUOTE_SPEECH), oren,
                          "said");
    doc_quote_set_speaker(d, quote(d, b2, p2, 1, DOC_QUOTE_SPEECH), oren,
                          "said");
    size_t b3 = add(d, p3);
    doc_entity_add_mention(d, oren, (doc_span){b3, 16, 23});
    doc_quote_set_speaker(d, quote(d, b3, p3, 0, DOC_QUOTE_SPEECH), oren,
                          "said");
    size_t b4 = add(d, p4);
    quote(d, b4, p4, 0, DOC_QUOTE_TITLE);
    /* the place is named nowhere in the text but the dateline */
    (void)port;
    doc_freeze(d);
    return d;
}

static size_t entity_named(const doc *d, const char *name)
{
    for (size_t i = 0; i < doc_entity_count(d); i++)
        if (strcmp(doc_entity_get(d, i)->name, name) == 0)
            return i;
    return DOC_NONE;
}

static void attribution_counts_once(void **state)
{
    (void)state;
    doc *d = story();
    mentions *m = mentions_new(d);
    size_t oren = entity_named(d, "Oren Vasquez");
    assert_int_not_equal(oren, DOC_NONE);
    size_t n;
    const doc_span *s = mentions_of(m, oren, &n);
    /* two named, "he said" in p1, one shared "he said" in p2 */
    assert_int_equal(n, 4);
    assert_int_equal(s[1].block, 1);
    assert_memory_equal(p1 + s[1].start, "he said", 7);
    assert_int_equal(s[1].end - s[1].start, 7);
    assert_int_equal(s[2].block, 2);
    assert_memory_equal(p2 + s[2].start, "he said", 7);
    assert_int_equal(s[3].block, 3); /* named: not counted twice */
    size_t nx;
    mentions_extra_in(m, 3, &nx);
    assert_int_equal(nx, 0);
    mentions_extra_in(m, 4, &nx); /* a title is nobody's words */
    assert_int_equal(nx, 0);
    mentions_free(m);
    doc_free(d);
}

static void dateline_is_a_mention(void **state)
{
    (void)state;
    doc *d = story();
    size_t port = entity_named(d, "Port Ellen");
    if (port == DOC_NONE) { /* the model dropped an unmentioned entity */
        doc_free(d);
        skip();
    }
    mentions *m = mentions_new(d);
    size_t n;
    const doc_span *s = mentions_of(m, port, &n);
    assert_int_equal(n, 1);
    assert_int_equal(s[0].block, 0);
    assert_int_equal(s[0].start, 0);
    mentions_free(m);
    doc_free(d);
}

/* The filter keeps every paragraph that quotes the person; ] walks speech
 * only and the overview lists it. */
static void filter_and_speech(void **state)
{
    (void)state;
    doc *d = story();
    viewstate *vs = viewstate_new(d);
    size_t oren = entity_named(d, "Oren Vasquez");
    viewstate_set_filter(vs, oren);
    for (size_t b = 0; b < 4; b++)
        assert_true(viewstate_block_shown(vs, b));
    assert_false(viewstate_block_shown(vs, 4));
    viewstate_set_filter(vs, DOC_NONE);
    assert_int_equal(vs->n_speech, 4);
    assert_int_equal(vs->n_titles, 1);
    for (int i = 0; i < 6; i++) {
        viewstate_next_quote(vs, 1);
        assert_int_equal(doc_quote_get(d, vs->quote)->kind, DOC_QUOTE_SPEECH);
    }
    viewstate_free(vs);
    doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(attribution_counts_once),
        cmocka_unit_test(dateline_is_a_mention),
        cmocka_unit_test(filter_and_speech),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
