/* search: smart case, Unicode case folding, every match across the article
 * in document order, and the look-ups the view uses by offset. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "search.h"

static doc *article(const char *const *paragraphs)
{
    doc *d = doc_new();
    size_t at = 0;
    for (size_t i = 0; paragraphs[i]; i++) {
        size_t len = strlen(paragraphs[i]);
        doc_add_block(d, i == 2 ? DOC_BLOCK_CAPTION : DOC_BLOCK_PARAGRAPH,
                      paragraphs[i], len, NULL, at);
        at += len + 2;
    }
    doc_freeze(d);
    return d;
}

static const char *const text[] = {
    "The Mayor said the mayor's office would reopen.",
    "MAYOR Lin visited the Stra\xc3\x9f"
    "e harbour; the mayoral race waits.",
    "The mayor waves. (AP Photo/Ana Ruiz)",
    NULL,
};

static search *find(const doc *d, const char *q)
{
    return search_run(d, q, strlen(q));
}

static void lower_case_query_ignores_case(void **state)
{
    (void)state;
    doc *d = article(text);
    search *s = find(d, "mayor");
    assert_int_equal(search_count(s),
                     5); /* Mayor mayor MAYOR mayor(al) mayor */
    const search_match *m = search_get(s, 0);
    assert_int_equal(m->block, 0);
    assert_int_equal(m->start, 4);
    assert_int_equal(m->end, 9);
    m = search_get(s, 2);
    assert_int_equal(m->block, 1);
    assert_int_equal(m->start, 0);
    /* captions are part of the article */
    assert_int_equal(search_get(s, 4)->block, 2);
    search_free(s);
    doc_free(d);
}

static void a_capital_makes_it_exact(void **state)
{
    (void)state;
    doc *d = article(text);
    assert_true(search_is_case_sensitive("Mayor", 5));
    assert_false(search_is_case_sensitive("mayor", 5));
    assert_true(search_is_case_sensitive("\xc3\x89lan", 5)); /* Élan */
    search *s = find(d, "Mayor");
    assert_int_equal(search_count(s), 1);
    assert_int_equal(search_get(s, 0)->start, 4);
    search_free(s);
    s = find(d, "MAYOR");
    assert_int_equal(search_count(s), 1);
    assert_int_equal(search_get(s, 0)->block, 1);
    search_free(s);
    doc_free(d);
}

static void folding_follows_unicode(void **state)
{
    (void)state;
    const char *const t[] = {"\xc3\x89LAN and \xc3\xa9lan; STRASSE", NULL};
    doc *d = article(t);
    search *s = find(d, "\xc3\xa9lan"); /* élan */
    assert_int_equal(search_count(s), 2);
    assert_int_equal(search_get(s, 0)->start, 0);
    assert_int_equal(search_get(s, 0)->end, 5);
    search_free(s);
    doc_free(d);

    d = article(text);
    s = find(d, "strasse"); /* finds Straße: ß folds to ss */
    assert_int_equal(search_count(s), 1);
    const search_match *m = search_get(s, 0);
    const char *b = doc_block_get(d, m->block)->text;
    assert_int_equal(m->end - m->start, 7); /* S t r a ß(2 bytes) e */
    assert_memory_equal(b + m->start,
                        "Stra\xc3\x9f"
                        "e",
                        7);
    search_free(s);
    /* half of a folded character is no match */
    s = find(d, "stras");
    assert_int_equal(search_count(s), 0);
    search_free(s);
    doc_free(d);
}

static void matches_do_not_overlap(void **state)
{
    (void)state;
    const char *const t[] = {"aaaaa", NULL};
    doc *d = article(t);
    search *s = find(d, "aa");
    assert_int_equal(search_count(s), 2);
    assert_int_equal(search_get(s, 1)->start, 2);
    search_free(s);
    s = find(d, "");
    assert_int_equal(search_count(s), 0);
    search_free(s);
    s = find(d, "b");
    assert_int_equal(search_count(s), 0);
    assert_null(search_get(s, 0));
    search_free(s);
    doc_free(d);
}

static void lookups_by_position(void **state)
{
    (void)state;
    doc *d = article(text);
    search *s = find(d, "mayor");
    assert_int_equal(search_first_from(s, 0, 0), 0);
    assert_int_equal(search_first_from(s, 0, 5), 1);
    assert_int_equal(search_first_from(s, 1, 0), 2);
    assert_int_equal(search_first_from(s, 9, 0), 5);
    size_t first, count;
    /* a line showing bytes 6..20 of block 0 overlaps the first match's end
     * and holds the second */
    search_in_range(s, 0, 6, 20, &first, &count);
    assert_int_equal(first, 0);
    assert_int_equal(count, 2);
    search_in_range(s, 0, 30, 40, &first, &count);
    assert_int_equal(count, 0);
    search_in_range(s, 2, 0, 100, &first, &count);
    assert_int_equal(count, 1);
    assert_int_equal(first, 4);
    search_free(s);
    doc_free(d);
}

/* Without an accent in the query accents are ignored, and the match covers
 * the text's own bytes; with one they count. Invented names. */
static void accents_ignored_unless_typed(void **state)
{
    (void)state;
    const char *const t[] = {"Dr. \xc3\x81lvarez met Ren\xc3\xa9"
                             "e Dupr\xc3\xa9 and Rene Alvarez.",
                             NULL};
    doc *d = article(t);
    search *s = find(d, "alvarez"); /* finds Álvarez and Alvarez */
    assert_int_equal(search_count(s), 2);
    const char *text = doc_block_get(d, 0)->text;
    const search_match *m = search_get(s, 0);
    assert_int_equal(m->end - m->start, 8); /* Á is two bytes */
    assert_memory_equal(text + m->start, "\xc3\x81lvarez", 8);
    search_free(s);
    s = find(d, "renee dupre");
    assert_int_equal(search_count(s), 1);
    search_free(s);
    s = find(d, "Alvarez"); /* a capital: case counts, accents still not */
    assert_int_equal(search_count(s), 2);
    search_free(s);
    s = find(d, "ren\xc3\xa9"); /* typed accent: only the accented one */
    assert_int_equal(search_count(s), 1);
    search_free(s);
    assert_true(search_has_accents("\xc3\xa9", 2));
    assert_false(search_has_accents("ae", 2));
    doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lower_case_query_ignores_case),
        cmocka_unit_test(a_capital_makes_it_exact),
        cmocka_unit_test(folding_follows_unicode),
        cmocka_unit_test(matches_do_not_overlap),
        cmocka_unit_test(lookups_by_position),
        cmocka_unit_test(accents_ignored_unless_typed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
