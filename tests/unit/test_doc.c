/* The document model: building, freezing (renumbering into document order),
 * look-ups by offset, and the arena/allocation helpers beneath it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "doc.h"
#include "xalloc.h"

static doc *two_paragraphs(void)
{
    doc *d = doc_new();
    const char *a = "Mayor Ada Lin spoke first.";
    const char *b = "\"We will rebuild,\" Lin said of Port Vale.";
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, a, strlen(a), NULL, 0);
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, b, strlen(b), NULL, 28);
    return d;
}

static void entities_are_renumbered_in_document_order(void **state)
{
    (void)state;
    doc *d = two_paragraphs();
    /* Added in reverse: the place first, the person second. */
    size_t place = doc_add_entity(d, DOC_PLACE, "Port Vale");
    doc_entity_add_mention(d, place, (doc_span){1, 31, 40});
    size_t person = doc_add_entity(d, DOC_PERSON, "Ada Lin");
    doc_entity_add_mention(d, person, (doc_span){1, 19, 22});
    doc_entity_add_mention(d, person, (doc_span){0, 6, 13});
    doc_entity_add_mention(d, person, (doc_span){0, 6, 13}); /* duplicate */
    doc_entity_add_alias(d, person, "Lin");
    doc_entity_add_alias(d, person, "Lin");
    doc_entity_add_alias(d, person, "Ada Lin"); /* the name itself */
    size_t q = doc_add_quote(d, &(doc_quote){.block = 1, .start = 1, .end = 16, .speaker = person, .cue = NULL, .continues = false});
    doc_quote_set_speaker(d, q, person, "said");
    doc_freeze(d);

    assert_int_equal(doc_entity_count(d), 2);
    const doc_entity *e0 = doc_entity_get(d, 0), *e1 = doc_entity_get(d, 1);
    assert_string_equal(e0->name, "Ada Lin");
    assert_string_equal(e1->name, "Port Vale");
    assert_int_equal(e0->n_mentions, 2);
    assert_int_equal(e0->mentions[0].block, 0);
    assert_int_equal(e0->n_aliases, 1);
    assert_int_equal(e0->n_quotes, 1);
    assert_int_equal(doc_quote_get(d, 0)->speaker, 0);
    assert_string_equal(doc_quote_get(d, 0)->cue, "said");
    doc_free(d);
}

static void dropped_entities_vanish_from_references(void **state)
{
    (void)state;
    doc *d = two_paragraphs();
    size_t ghost = doc_add_entity(d, DOC_PERSON, "Spoke");
    doc_entity_add_mention(d, ghost, (doc_span){0, 14, 19});
    size_t lin = doc_add_entity(d, DOC_PERSON, "Ada Lin");
    doc_entity_add_mention(d, lin, (doc_span){0, 6, 13});
    doc_add_quote(d, &(doc_quote){.block = 1, .start = 1, .end = 16, .speaker = ghost, .cue = "said", .continues = false});
    size_t cap = doc_add_caption(d, &(doc_caption){.block = 1, .text = "x"});
    doc_caption_add_person(d, cap, ghost);
    doc_caption_add_person(d, cap, lin);
    doc_entity_drop(d, ghost);
    doc_freeze(d);
    assert_int_equal(doc_entity_count(d), 1);
    assert_int_equal(doc_quote_get(d, 0)->speaker, DOC_NONE);
    assert_int_equal(doc_caption_get(d, 0)->n_people, 1);
    assert_int_equal(doc_caption_get(d, 0)->people[0], 0);
    doc_free(d);
}

static void lookups_by_offset(void **state)
{
    (void)state;
    doc *d = two_paragraphs();
    size_t lin = doc_add_entity(d, DOC_PERSON, "Ada Lin");
    doc_entity_add_mention(d, lin, (doc_span){1, 19, 22});
    doc_entity_add_mention(d, lin, (doc_span){0, 6, 13});
    doc_add_quote(d, &(doc_quote){.block = 1, .start = 1, .end = 16, .speaker = DOC_NONE, .cue = NULL, .continues = false});
    size_t cap = doc_add_caption(d, &(doc_caption){.block = 0, .text = "a", .count = 2});
    doc_caption_add_block(d, cap, 1);
    doc_freeze(d);

    assert_int_equal(doc_quote_at(d, 1, 0), DOC_NONE); /* the mark itself */
    assert_int_equal(doc_quote_at(d, 1, 1), 0);
    assert_int_equal(doc_quote_at(d, 1, 15), 0);
    assert_int_equal(doc_quote_at(d, 1, 16), DOC_NONE);
    assert_int_equal(doc_quote_at(d, 0, 3), DOC_NONE);
    size_t first, count;
    doc_block_quotes(d, 0, &first, &count);
    assert_int_equal(count, 0);
    doc_block_quotes(d, 1, &first, &count);
    assert_int_equal(count, 1);

    size_t n;
    const doc_mark *m = doc_block_marks(d, 1, &n);
    assert_int_equal(n, 1);
    assert_int_equal(m[0].start, 19);
    assert_int_equal(m[0].entity, 0);
    assert_int_equal(doc_block_caption(d, 0), 0);
    assert_int_equal(doc_block_caption(d, 1), 0);
    assert_int_equal(doc_caption_get(d, 0)->count, 2);
    assert_int_equal(doc_text_bytes(d), doc_block_get(d, 0)->len + doc_block_get(d, 1)->len);
    doc_free(d);
}

static void hash_tells_articles_apart(void **state)
{
    (void)state;
    doc *a = two_paragraphs(), *b = two_paragraphs(), *c = doc_new();
    doc_add_block(c, DOC_BLOCK_PARAGRAPH, "Mayor", 5, NULL, 0);
    doc_freeze(a);
    doc_freeze(b);
    doc_freeze(c);
    assert_true(doc_hash(a) == doc_hash(b));
    assert_true(doc_hash(a) != doc_hash(c));
    doc_free(a);
    doc_free(b);
    doc_free(c);
}

static void article_metadata(void **state)
{
    (void)state;
    doc *d = doc_new();
    doc_set_date(d, "2026-11-30");
    doc_set_dateline(d, "PORT VALE");
    doc_add_contributor(d, "Ines Avila");
    doc_add_contributor(d, "Ines Avila");
    doc_freeze(d);
    assert_string_equal(doc_date(d), "2026-11-30");
    assert_string_equal(doc_dateline(d), "PORT VALE");
    assert_null(doc_source(d));
    assert_int_equal(doc_contributor_count(d), 1);
    assert_int_equal(doc_block_count(d), 0);
    assert_null(doc_block_get(d, 0));
    doc_free(d);
}

static void arena_keeps_alignment_and_large_blocks(void **state)
{
    (void)state;
    arena *a = arena_new();
    for (int i = 0; i < 1000; i++) {
        char *p = arena_alloc(a, (size_t)i % 37 + 1);
        assert_int_equal((uintptr_t)p % 16, 0);
    }
    char *big = arena_alloc(a, 1 << 20);
    memset(big, 'x', 1 << 20);
    char *s = arena_strndup(a, "abcdef", 3);
    assert_string_equal(s, "abc");
    arena_free(a);

    int *v = NULL;
    size_t cap = 0;
    XGROW(v, cap, 100);
    assert_true(cap >= 100);
    free(v);
    char *f = xasprintf("%s-%d", "x", 7);
    assert_string_equal(f, "x-7");
    free(f);
    char *wide = xasprintf("%0300d|", 7); /* longer than the stack buffer */
    assert_int_equal(strlen(wide), 301);
    assert_string_equal(wide + 298, "07|");
    free(wide);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(entities_are_renumbered_in_document_order),
        cmocka_unit_test(dropped_entities_vanish_from_references),
        cmocka_unit_test(lookups_by_offset),
        cmocka_unit_test(hash_tells_articles_apart),
        cmocka_unit_test(article_metadata),
        cmocka_unit_test(arena_keeps_alignment_and_large_blocks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
