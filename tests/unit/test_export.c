/* export: the JSON contract (../shared/spec/export.md) read back with
 * jansson from a document built by hand, and the --quotes / --entities lines
 * that scripts and terminals receive. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "doc.h"
#include "export.h"
#include "xalloc.h"

/* Block texts. Offsets below are computed from them with strstr, so the
 * test states which words a span covers rather than raw numbers. */
static const char *const lead =
    "Mayor Inés Ávila opened the harbor. \"The sea feeds us,\" Ávila said.";
static const char *const embed =
    "[Video not showing up above? Click here to watch » "
    "https://example.com/v/1]";
static const char *const hostile =
    "The mayor called it \"a\tnew\x1b]52;c;aGk=\x07 era\xc2\x9b\" on Monday.";
static const char *const credit_line =
    "Information for this article was contributed by Åsa Berg of The "
    "Associated Press.";
static const char *const caption_text =
    "Inés Ávila waves in Almarena. (AP Photo/Bo Ek)";

typedef struct {
    doc *d;
    char *out;
    size_t len;
    json_t *root;
} fixture;

static doc_span span_of(const char *text, size_t block, const char *words)
{
    const char *at = strstr(text, words);
    assert_non_null(at);
    size_t start = (size_t)(at - text);
    return (doc_span){block, start, start + strlen(words)};
}

/* The words found after `context`, for a second occurrence. */
static doc_span span_after(const char *text, size_t block, const char *context,
                           const char *words)
{
    const char *from = strstr(text, context);
    assert_non_null(from);
    doc_span s = span_of(from, block, words);
    size_t shift = (size_t)(from - text);
    return (doc_span){block, s.start + shift, s.end + shift};
}

static doc_quote quote_of(const char *text, size_t block, const char *words)
{
    doc_span s = span_of(text, block, words);
    return (doc_quote){.block = s.block, .start = s.start, .end = s.end, .speaker = DOC_NONE, .cue = NULL, .continues = false};
}

/* A document whose entities and quotations are added out of document order,
 * so freezing must renumber them. */
static doc *sample_doc(void)
{
    doc *d = doc_new();
    doc_set_date(d, "2024-03-14");
    doc_set_dateline(d, "ALMARENA, Spain");
    doc_set_source(d, "The Associated Press");
    doc_add_contributor(d, "Åsa Berg");
    doc_add_contributor(d, "Åsa Berg");

    doc_add_block(d, DOC_BLOCK_PARAGRAPH, lead, strlen(lead), NULL, 0);
    doc_add_block(d, DOC_BLOCK_EMBED, embed, strlen(embed),
                  "https://example.com/v/1", 100);
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, hostile, strlen(hostile), NULL, 200);
    doc_add_block(d, DOC_BLOCK_CREDIT, credit_line, strlen(credit_line), NULL,
                  300);
    doc_add_block(d, DOC_BLOCK_CAPTION, caption_text, strlen(caption_text),
                  NULL, 400);
    doc_add_block(d, DOC_BLOCK_CAPTION, caption_text, strlen(caption_text),
                  NULL, 500);

    /* Last in the text first. */
    size_t agency = doc_add_entity(d, DOC_ORG, "The Associated Press");
    doc_entity_add_mention(d, agency,
                           span_of(credit_line, 3, "The Associated Press"));
    doc_entity_add_alias(d, agency, "AP");
    size_t writer = doc_add_entity(d, DOC_PERSON, "Åsa Berg");
    doc_entity_add_mention(d, writer, span_of(credit_line, 3, "Åsa Berg"));
    doc_entity_set_credit(d, writer, true);
    size_t town = doc_add_entity(d, DOC_PLACE, "Almarena");
    doc_entity_add_mention(d, town, span_of(caption_text, 4, "Almarena"));
    size_t mayor = doc_add_entity(d, DOC_PERSON, "Inés Ávila");
    doc_entity_set_title(d, mayor, "Mayor");
    doc_entity_set_gender(d, mayor, DOC_GENDER_FEMALE);
    doc_entity_add_alias(d, mayor, "Ávila");
    doc_entity_add_alias(d, mayor, "the mayor");
    doc_entity_add_mention(d, mayor, span_of(hostile, 2, "The mayor"));
    doc_entity_add_mention(d, mayor, span_after(lead, 0, "us,\" ", "Ávila"));
    doc_entity_add_mention(d, mayor, span_of(lead, 0, "Inés Ávila"));
    doc_entity_add_mention(d, mayor, span_of(caption_text, 4, "Inés Ávila"));

    /* The later quotation first. The ESC, BEL, tab and C1 CSI are inside. */
    doc_quote q = quote_of(hostile, 2, "a\tnew\x1b]52;c;aGk=\x07 era\xc2\x9b");
    size_t late = doc_add_quote(d, &q);
    doc_quote_set_speaker(d, late, mayor, "called");
    q = quote_of(lead, 0, "The sea feeds us,");
    size_t early = doc_add_quote(d, &q);
    doc_quote_set_speaker(d, early, mayor, "said");
    q = quote_of(credit_line, 3, "contributed");
    q.continues = true;
    doc_add_quote(d, &q); /* nobody's words, no cue */

    size_t cap = doc_add_caption(d, &(doc_caption){.block = 4,
                                                   .text = caption_text,
                                                   .credit = "AP Photo/Bo Ek",
                                                   .photographer = "Bo Ek",
                                                   .count = 2});
    doc_caption_add_block(d, cap, 5);
    doc_caption_add_person(d, cap, mayor);
    doc_freeze(d);
    return d;
}

static char *export_to_memory(int (*fn)(const doc *, FILE *), const doc *d,
                              size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    assert_non_null(f);
    assert_int_equal(fn(d, f), 0);
    assert_int_equal(fclose(f), 0);
    return buf;
}

static int setup(void **state)
{
    fixture *fx = xcalloc(1, sizeof *fx);
    fx->d = sample_doc();
    fx->out = export_to_memory(export_json, fx->d, &fx->len);
    json_error_t err;
    fx->root = json_loadb(fx->out, fx->len, 0, &err);
    if (fx->root == NULL)
        fprintf(stderr, "JSON does not parse: %s at line %d\n%s\n", err.text,
                err.line, fx->out);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    json_decref(fx->root);
    free(fx->out);
    doc_free(fx->d);
    free(fx);
    return 0;
}

static json_t *member(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (v == NULL)
        fail_msg("key \"%s\" missing", key);
    return v;
}

static void assert_json_string(json_t *o, const char *key, const char *want)
{
    json_t *v = member(o, key);
    assert_true(json_is_string(v));
    assert_string_equal(json_string_value(v), want);
}

static void assert_json_int(json_t *o, const char *key, long long want)
{
    json_t *v = member(o, key);
    assert_true(json_is_integer(v));
    assert_int_equal(json_integer_value(v), want);
}

static void assert_keys(json_t *o, const char *const *keys)
{
    size_t n = 0;
    for (; keys[n]; n++)
        member(o, keys[n]);
    assert_int_equal(json_object_size(o), n);
}

static void one_object_then_a_newline(void **state)
{
    fixture *fx = *state;
    assert_non_null(fx->root);
    assert_true(json_is_object(fx->root));
    assert_true(fx->len > 2);
    assert_int_equal(fx->out[fx->len - 1], '\n');
    assert_int_equal(fx->out[fx->len - 2], '}');
    static const char *const keys[] = {
        "article", "blocks", "entities", "quotes", "captions", "links", NULL};
    assert_keys(fx->root, keys);
}

static void utf8_is_written_as_is_and_controls_never_raw(void **state)
{
    fixture *fx = *state;
    /* Not \u escapes: accented names stay readable. */
    assert_non_null(strstr(fx->out, "Inés Ávila"));
    const unsigned char *u = (const unsigned char *)fx->out;
    for (size_t i = 0; i < fx->len; i++) {
        if (u[i] == '\n')
            continue;
        if (u[i] < 0x20 || u[i] == 0x7f)
            fail_msg("raw control byte 0x%02x at %zu", u[i], i);
        if (u[i] == 0xc2 && i + 1 < fx->len && u[i + 1] >= 0x80 &&
            u[i + 1] <= 0x9f)
            fail_msg("raw C1 control at %zu", i);
    }
}

static void article_fields(void **state)
{
    fixture *fx = *state;
    json_t *a = member(fx->root, "article");
    static const char *const keys[] = {
        "date", "dateline", "contributors", "source",      "title", "authors",
        "site", "url",      "published",    "description", NULL};
    assert_keys(a, keys);
    assert_json_string(a, "date", "2024-03-14");
    assert_json_string(a, "dateline", "ALMARENA, Spain");
    assert_json_string(a, "source", "The Associated Press");
    json_t *c = member(a, "contributors");
    assert_int_equal(json_array_size(c), 1);
    assert_string_equal(json_string_value(json_array_get(c, 0)), "Åsa Berg");
}

static void blocks_kinds_ids_and_url_only_on_embeds(void **state)
{
    fixture *fx = *state;
    json_t *blocks = member(fx->root, "blocks");
    static const char *const kinds[] = {"paragraph", "embed",   "paragraph",
                                        "credit",    "caption", "caption"};
    const char *const texts[] = {lead,        embed,        hostile,
                                 credit_line, caption_text, caption_text};
    assert_int_equal(json_array_size(blocks), 6);
    for (size_t i = 0; i < 6; i++) {
        json_t *b = json_array_get(blocks, i);
        assert_json_int(b, "id", (long long)i);
        assert_json_string(b, "kind", kinds[i]);
        assert_json_string(b, "text", texts[i]);
        if (i == 1)
            assert_json_string(b, "url", "https://example.com/v/1");
        else
            assert_null(json_object_get(b, "url"));
    }
}

static void entities_renumbered_in_document_order(void **state)
{
    fixture *fx = *state;
    json_t *ents = member(fx->root, "entities");
    assert_int_equal(json_array_size(ents), 4);
    static const char *const names[] = {"Inés Ávila", "Åsa Berg",
                                        "The Associated Press", "Almarena"};
    static const char *const types[] = {"person", "person", "org", "place"};
    for (size_t i = 0; i < 4; i++) {
        json_t *e = json_array_get(ents, i);
        assert_json_int(e, "id", (long long)i);
        assert_json_string(e, "name", names[i]);
        assert_json_string(e, "type", types[i]);
        member(e, "aliases");
        member(e, "mentions");
        /* Person-only keys, credit on every person. */
        json_t *credit = json_object_get(e, "credit");
        if (strcmp(types[i], "person") == 0) {
            assert_true(json_is_boolean(credit));
            assert_true(json_is_true(credit) == (i == 1));
        } else {
            assert_null(credit);
        }
    }
    json_t *mayor = json_array_get(ents, 0);
    assert_json_string(mayor, "title", "Mayor");
    assert_json_string(mayor, "gender", "female");
    json_t *aliases = member(mayor, "aliases");
    assert_int_equal(json_array_size(aliases), 2);
    assert_string_equal(json_string_value(json_array_get(aliases, 0)), "Ávila");
    assert_string_equal(json_string_value(json_array_get(aliases, 1)),
                        "the mayor");
    json_t *writer = json_array_get(ents, 1);
    assert_true(json_is_null(member(writer, "title")));
    assert_true(json_is_null(member(writer, "gender")));
}

/* Every mention slices its block to the words it was made from, in order. */
static void mentions_slice_their_block(void **state)
{
    fixture *fx = *state;
    json_t *blocks = member(fx->root, "blocks");
    json_t *mentions =
        member(json_array_get(member(fx->root, "entities"), 0), "mentions");
    static const char *const want[] = {"Inés Ávila", "Ávila", "The mayor",
                                       "Inés Ávila"};
    static const long long want_block[] = {0, 0, 2, 4};
    assert_int_equal(json_array_size(mentions), 4);
    for (size_t i = 0; i < 4; i++) {
        json_t *m = json_array_get(mentions, i);
        static const char *const keys[] = {"block", "start", "end", NULL};
        assert_keys(m, keys);
        long long b = json_integer_value(member(m, "block"));
        size_t start = (size_t)json_integer_value(member(m, "start"));
        size_t end = (size_t)json_integer_value(member(m, "end"));
        assert_int_equal(b, want_block[i]);
        const char *text = json_string_value(
            member(json_array_get(blocks, (size_t)b), "text"));
        assert_true(end <= strlen(text) && start < end);
        assert_int_equal(end - start, strlen(want[i]));
        assert_memory_equal(text + start, want[i], end - start);
    }
}

static void quotes_in_order_with_offsets_speakers_and_nulls(void **state)
{
    fixture *fx = *state;
    json_t *blocks = member(fx->root, "blocks");
    json_t *quotes = member(fx->root, "quotes");
    assert_int_equal(json_array_size(quotes), 3);
    static const char *const keys[] = {"id",   "block",   "start", "end",
                                       "text", "speaker", "cue",   "continues",
                                       "kind", "rule",    NULL};
    static const char *const texts[] = {"The sea feeds us,",
                                        "a\tnew\x1b]52;c;aGk=\x07 era\xc2\x9b",
                                        "contributed"};
    static const long long speakers[] = {0, 0, -1};
    static const char *const cues[] = {"said", "called", NULL};
    for (size_t i = 0; i < 3; i++) {
        json_t *q = json_array_get(quotes, i);
        assert_keys(q, keys);
        assert_json_int(q, "id", (long long)i);
        assert_json_string(q, "text", texts[i]);
        size_t b = (size_t)json_integer_value(member(q, "block"));
        size_t start = (size_t)json_integer_value(member(q, "start"));
        size_t end = (size_t)json_integer_value(member(q, "end"));
        const char *text =
            json_string_value(member(json_array_get(blocks, b), "text"));
        assert_int_equal(end - start, strlen(texts[i]));
        assert_memory_equal(text + start, texts[i], end - start);
        if (speakers[i] < 0)
            assert_true(json_is_null(member(q, "speaker")));
        else
            assert_json_int(q, "speaker", speakers[i]);
        if (cues[i])
            assert_json_string(q, "cue", cues[i]);
        else
            assert_true(json_is_null(member(q, "cue")));
        assert_true(json_is_boolean(member(q, "continues")));
        assert_true(json_is_true(member(q, "continues")) == (i == 2));
    }
}

static void captions_merged_with_count_credit_and_people(void **state)
{
    fixture *fx = *state;
    json_t *caps = member(fx->root, "captions");
    assert_int_equal(json_array_size(caps), 1);
    json_t *c = json_array_get(caps, 0);
    static const char *const keys[] = {
        "id",   "block", "text",   "credit", "photographer",
        "date", "place", "people", "count",  NULL};
    assert_keys(c, keys);
    assert_json_int(c, "id", 0);
    assert_json_int(c, "block", 4);
    assert_json_string(c, "text", caption_text);
    assert_json_string(c, "credit", "AP Photo/Bo Ek");
    assert_json_string(c, "photographer", "Bo Ek");
    assert_true(json_is_null(member(c, "date")));
    assert_true(json_is_null(member(c, "place")));
    assert_json_int(c, "count", 2);
    json_t *people = member(c, "people");
    assert_int_equal(json_array_size(people), 1);
    /* The mayor, under her id after renumbering. */
    assert_int_equal(json_integer_value(json_array_get(people, 0)), 0);
}

static void empty_document_gives_nulls_and_empty_arrays(void **state)
{
    (void)state;
    doc *d = doc_new();
    doc_freeze(d);
    size_t len;
    char *out = export_to_memory(export_json, d, &len);
    json_t *root = json_loadb(out, len, 0, NULL);
    assert_non_null(root);
    json_t *a = member(root, "article");
    assert_true(json_is_null(member(a, "date")));
    assert_true(json_is_null(member(a, "dateline")));
    assert_true(json_is_null(member(a, "source")));
    assert_int_equal(json_array_size(member(a, "contributors")), 0);
    static const char *const arrays[] = {"blocks", "entities", "quotes",
                                         "captions"};
    for (size_t i = 0; i < 4; i++) {
        assert_true(json_is_array(member(root, arrays[i])));
        assert_int_equal(json_array_size(member(root, arrays[i])), 0);
    }
    json_decref(root);
    free(out);
    doc_free(d);
}

static void quotes_lines_are_tab_separated_and_neutralised(void **state)
{
    fixture *fx = *state;
    size_t len;
    char *out = export_to_memory(export_quotes, fx->d, &len);
    /* ESC, BEL, tab and CSI each became one space; nothing else changed. */
    const char *want = "Inés Ávila\tsaid\tThe sea feeds us,\n"
                       "Inés Ávila\tcalled\ta new ]52;c;aGk=  era \n"
                       "\t\tcontributed\n";
    assert_string_equal(out, want);
    free(out);
}

static void entities_lines_count_mentions_and_quotations(void **state)
{
    fixture *fx = *state;
    size_t len;
    char *out = export_to_memory(export_entities, fx->d, &len);
    const char *want = "person\tInés Ávila\t4\t2\n"
                       "person\tÅsa Berg\t1\t0\n"
                       "org\tThe Associated Press\t1\t0\n"
                       "place\tAlmarena\t1\t0\n";
    assert_string_equal(out, want);
    free(out);
}

static void names_with_controls_stay_on_their_line(void **state)
{
    (void)state;
    doc *d = doc_new();
    const char *text = "Ann\nLee\x1b[2J spoke.";
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, text, strlen(text), NULL, 0);
    size_t e = doc_add_entity(d, DOC_PERSON, "Ann\nLee\x1b[2J");
    doc_entity_add_mention(d, e, (doc_span){0, 0, 11});
    doc_freeze(d);
    size_t len;
    char *out = export_to_memory(export_entities, d, &len);
    assert_string_equal(out, "person\tAnn Lee [2J\t1\t0\n");
    free(out);
    doc_free(d);
}

/* A model holding bytes that are not UTF-8 (a bug upstream) still exports
 * valid JSON, the bad byte replaced. */
static void invalid_utf8_in_the_model_still_gives_json(void **state)
{
    (void)state;
    doc *d = doc_new();
    const char *text = "caf\xe9 au lait";
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, text, strlen(text), NULL, 0);
    doc_freeze(d);
    size_t len;
    char *out = export_to_memory(export_json, d, &len);
    json_t *root = json_loadb(out, len, 0, NULL);
    assert_non_null(root);
    json_t *b = json_array_get(member(root, "blocks"), 0);
    assert_json_string(b, "text", "caf\xef\xbf\xbd au lait");
    json_decref(root);
    free(out);
    doc_free(d);
}

/* Texts that JSON must escape round-trip exactly, short or long (a long one
 * is encoded apart from the short ones). */
static void escaped_texts_round_trip(void **state)
{
    (void)state;
    static const char piece[] = "He said \"no\" \\ then\x1b[2J \xc2\x9b\x7f é ";
    size_t piece_len = strlen(piece);
    size_t reps = 1000; /* far beyond any small buffer */
    char *longer = xmalloc(piece_len * reps + 1);
    for (size_t i = 0; i < reps; i++)
        memcpy(longer + i * piece_len, piece, piece_len);
    longer[piece_len * reps] = '\0';
    doc *d = doc_new();
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, piece, piece_len, NULL, 0);
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, longer, piece_len * reps, NULL, 100);
    doc_freeze(d);
    size_t len;
    char *out = export_to_memory(export_json, d, &len);
    json_t *root = json_loadb(out, len, 0, NULL);
    assert_non_null(root);
    json_t *blocks = member(root, "blocks");
    assert_json_string(json_array_get(blocks, 0), "text", piece);
    assert_json_string(json_array_get(blocks, 1), "text", longer);
    for (size_t i = 0; i < len; i++)
        assert_true((unsigned char)out[i] != 0x1b &&
                    (unsigned char)out[i] != 0x7f);
    json_decref(root);
    free(out);
    free(longer);
    doc_free(d);
}

static void write_errors_are_reported(void **state)
{
    fixture *fx = *state;
    FILE *full = fopen("/dev/full", "w");
    if (full == NULL)
        skip();
    assert_int_equal(export_json(fx->d, full), -1);
    clearerr(full);
    assert_int_equal(export_quotes(fx->d, full), -1);
    clearerr(full);
    assert_int_equal(export_entities(fx->d, full), -1);
    fclose(full);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(one_object_then_a_newline, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(
            utf8_is_written_as_is_and_controls_never_raw, setup, teardown),
        cmocka_unit_test_setup_teardown(article_fields, setup, teardown),
        cmocka_unit_test_setup_teardown(blocks_kinds_ids_and_url_only_on_embeds,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(entities_renumbered_in_document_order,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(mentions_slice_their_block, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(
            quotes_in_order_with_offsets_speakers_and_nulls, setup, teardown),
        cmocka_unit_test_setup_teardown(
            captions_merged_with_count_credit_and_people, setup, teardown),
        cmocka_unit_test(empty_document_gives_nulls_and_empty_arrays),
        cmocka_unit_test_setup_teardown(
            quotes_lines_are_tab_separated_and_neutralised, setup, teardown),
        cmocka_unit_test_setup_teardown(
            entities_lines_count_mentions_and_quotations, setup, teardown),
        cmocka_unit_test(names_with_controls_stay_on_their_line),
        cmocka_unit_test(invalid_utf8_in_the_model_still_gives_json),
        cmocka_unit_test(escaped_texts_round_trip),
        cmocka_unit_test_setup_teardown(write_errors_are_reported, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
