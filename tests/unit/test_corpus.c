/* The corpus of real articles (../shared/corpus, read at run time, never
 * copied) through the whole pipeline: source, article_build, export_json.
 * Every offset must fall on a UTF-8 boundary inside its block and every
 * quotation's offsets must slice exactly its text. The seed article's
 * header, embed, contributor and captions are checked against its gold file
 * and its own text. Skipped when the corpus folder is absent. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "article.h"
#include "doc.h"
#include "export.h"
#include "source.h"
#include "xalloc.h"

#define CORPUS "../shared/corpus"

static bool corpus_present(void)
{
    DIR *dir = opendir(CORPUS);
    if (dir == NULL)
        return false;
    closedir(dir);
    return true;
}

/* What a test holds, released by the teardown even when an assertion ends
 * the test early, so a failure is reported without leaks. */
static struct {
    source_text src; /* the article being checked */
    json_t *root;    /* its export, parsed */
    json_t *gold;
    char **paths;
    size_t n_paths;
    void *scratch[2];
} held;

static void release_article(void)
{
    json_decref(held.root);
    held.root = NULL;
    source_text_free(&held.src);
    memset(&held.src, 0, sizeof held.src);
}

static int release_all(void **state)
{
    (void)state;
    release_article();
    json_decref(held.gold);
    for (size_t i = 0; i < held.n_paths; i++)
        free(held.paths[i]);
    free(held.paths);
    free(held.scratch[0]);
    free(held.scratch[1]);
    memset(&held, 0, sizeof held);
    return 0;
}

/* The article at path as the program would export it, parsed back; its
 * decoded text stays in held.src. */
static json_t *exported(const char *path)
{
    release_article();
    char *err = NULL;
    if (source_read_path(path, &held.src, &err) != 0) {
        char reason[256];
        snprintf(reason, sizeof reason, "%s", err ? err : "cannot read");
        free(err);
        fail_msg("%s: %s", path, reason);
    }
    doc *d = article_build(held.src.text, held.src.len);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    int rc = export_json(d, f);
    fclose(f);
    doc_free(d);
    json_error_t jerr;
    held.root = json_loadb(buf, len, 0, &jerr);
    free(buf);
    assert_int_equal(rc, 0);
    if (held.root == NULL)
        fail_msg("%s: JSON does not parse: %s (line %d)", path, jerr.text,
                 jerr.line);
    return held.root;
}

static json_t *member(json_t *o, const char *key, const char *path)
{
    json_t *v = json_object_get(o, key);
    if (v == NULL)
        fail_msg("%s: key \"%s\" missing", path, key);
    return v;
}

static size_t index_of(json_t *o, const char *key, const char *path)
{
    json_t *v = member(o, key, path);
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        fail_msg("%s: \"%s\" is not an index", path, key);
    return (size_t)json_integer_value(v);
}

static bool on_boundary(const char *text, size_t len, size_t at)
{
    return at == len || (at < len && ((unsigned char)text[at] & 0xc0) != 0x80);
}

/* A span {block,start,end} inside o: checked, and its text returned. */
static const char *span_text(json_t *blocks, json_t *o, const char *path,
                             const char *what, size_t *span_len)
{
    size_t b = index_of(o, "block", path);
    size_t start = index_of(o, "start", path);
    size_t end = index_of(o, "end", path);
    if (b >= json_array_size(blocks))
        fail_msg("%s: %s names block %zu of %zu", path, what, b,
                 json_array_size(blocks));
    json_t *text = member(json_array_get(blocks, b), "text", path);
    const char *s = json_string_value(text);
    size_t len = json_string_length(text);
    if (start > end || end > len)
        fail_msg("%s: %s [%zu,%zu) outside block %zu (%zu bytes)", path, what,
                 start, end, b, len);
    if (!on_boundary(s, len, start) || !on_boundary(s, len, end))
        fail_msg("%s: %s [%zu,%zu) in block %zu splits a character", path, what,
                 start, end, b);
    *span_len = end - start;
    return s + start;
}

static void check_ids(json_t *array, const char *path, const char *what)
{
    for (size_t i = 0; i < json_array_size(array); i++)
        if (index_of(json_array_get(array, i), "id", path) != i)
            fail_msg("%s: %s %zu has id %zu", path, what, i,
                     index_of(json_array_get(array, i), "id", path));
}

static void check_offsets(const char *path)
{
    json_t *root = exported(path);
    json_t *blocks = member(root, "blocks", path);
    json_t *entities = member(root, "entities", path);
    json_t *quotes = member(root, "quotes", path);
    check_ids(blocks, path, "block");
    check_ids(entities, path, "entity");
    check_ids(quotes, path, "quote");
    check_ids(member(root, "captions", path), path, "caption");

    size_t n_mentions = 0;
    for (size_t i = 0; i < json_array_size(entities); i++) {
        json_t *mentions =
            member(json_array_get(entities, i), "mentions", path);
        for (size_t k = 0; k < json_array_size(mentions); k++, n_mentions++) {
            size_t len;
            span_text(blocks, json_array_get(mentions, k), path, "mention",
                      &len);
            if (len == 0)
                fail_msg("%s: entity %zu has an empty mention", path, i);
        }
    }
    for (size_t i = 0; i < json_array_size(quotes); i++) {
        json_t *q = json_array_get(quotes, i);
        size_t len;
        const char *slice = span_text(blocks, q, path, "quote", &len);
        json_t *text = member(q, "text", path);
        if (json_string_length(text) != len ||
            memcmp(json_string_value(text), slice, len) != 0)
            fail_msg("%s: quote %zu: text is not text[start:end]", path, i);
    }
    print_message("%s: %zu blocks, %zu entities, %zu mentions, %zu quotes\n",
                  path, json_array_size(blocks), json_array_size(entities),
                  n_mentions, json_array_size(quotes));
}

/* The header line is article data, never body text. */
static void check_header(const char *path)
{
    json_t *root = exported(path);
    json_t *blocks = member(root, "blocks", path);
    if (strncmp(held.src.text, " date ", 6) == 0) {
        char date[11] = {0};
        memcpy(date, held.src.text + 6, 10);
        json_t *d = member(member(root, "article", path), "date", path);
        if (!json_is_string(d) || strcmp(json_string_value(d), date) != 0)
            fail_msg("%s: article.date is not %s", path, date);
        if (json_array_size(blocks) > 0) {
            const char *first = json_string_value(
                member(json_array_get(blocks, 0), "text", path));
            if (strncmp(first, " date ", 6) == 0)
                fail_msg("%s: the header line is in the first block", path);
        }
    }
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void for_each_article(void (*check)(const char *path))
{
    DIR *dir = opendir(CORPUS);
    assert_non_null(dir);
    size_t cap = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len > 4 && strcmp(e->d_name + len - 4, ".txt") == 0) {
            XGROW(held.paths, cap, held.n_paths + 1);
            held.paths[held.n_paths++] = xasprintf("%s/%s", CORPUS, e->d_name);
        }
    }
    closedir(dir);
    assert_true(held.n_paths > 0);
    qsort(held.paths, held.n_paths, sizeof *held.paths, by_name);
    for (size_t i = 0; i < held.n_paths; i++)
        check(held.paths[i]);
}

static void every_corpus_article_has_sound_offsets(void **state)
{
    (void)state;
    if (!corpus_present())
        skip();
    for_each_article(check_offsets);
}

static void header_dates_go_to_the_article(void **state)
{
    (void)state;
    if (!corpus_present())
        skip();
    for_each_article(check_header);
}

/* ---- the seed article, against its gold file and its own text ----------- */

static json_t *gold_of(const char *path)
{
    json_error_t err;
    json_decref(held.gold);
    held.gold = json_load_file(path, 0, &err);
    if (held.gold == NULL)
        fail_msg("%s: %s", path, err.text);
    return held.gold;
}

static bool array_has_string(json_t *array, const char *s)
{
    for (size_t i = 0; i < json_array_size(array); i++)
        if (strcmp(json_string_value(json_array_get(array, i)), s) == 0)
            return true;
    return false;
}

static void assert_same_string(json_t *got, json_t *want, const char *what)
{
    if (!json_is_string(want)) {
        assert_true(json_is_null(got));
        return;
    }
    if (!json_is_string(got) ||
        strcmp(json_string_value(got), json_string_value(want)) != 0)
        fail_msg("seed %s: got \"%s\", want \"%s\"", what,
                 json_is_string(got) ? json_string_value(got)
                                     : "(not a string)",
                 json_string_value(want));
}

static void seed_header_and_embed(void **state)
{
    (void)state;
    if (!corpus_present())
        skip();
    const char *path = CORPUS "/seed.txt";
    json_t *root = exported(path);
    json_t *gold = gold_of(CORPUS "/seed.gold.json");
    json_t *article = member(root, "article", path);
    assert_same_string(member(article, "date", path),
                       json_object_get(gold, "date"), "date");
    assert_same_string(member(article, "dateline", path),
                       json_object_get(gold, "dateline"), "dateline");

    /* The embed keeps the link written in its own text. */
    json_t *blocks = member(root, "blocks", path);
    size_t embeds = 0;
    for (size_t i = 0; i < json_array_size(blocks); i++) {
        json_t *b = json_array_get(blocks, i);
        if (strcmp(json_string_value(member(b, "kind", path)), "embed") != 0) {
            assert_null(json_object_get(b, "url"));
            continue;
        }
        embeds++;
        const char *url = json_string_value(member(b, "url", path));
        assert_non_null(url);
        assert_true(strncmp(url, "https://", 8) == 0);
        assert_non_null(
            strstr(json_string_value(member(b, "text", path)), url));
    }
    assert_int_equal(embeds, 1);
}

static void seed_contributor_is_a_credit_person(void **state)
{
    (void)state;
    if (!corpus_present())
        skip();
    const char *path = CORPUS "/seed.txt";
    json_t *root = exported(path);
    json_t *gold = gold_of(CORPUS "/seed.gold.json");
    json_t *contributors =
        member(member(root, "article", path), "contributors", path);
    json_t *entities = member(root, "entities", path);
    /* The gold's credit people who took no photograph wrote the article. */
    json_t *people = json_object_get(gold, "people");
    json_t *captions = json_object_get(gold, "captions");
    size_t writers = 0;
    for (size_t i = 0; i < json_array_size(people); i++) {
        json_t *p = json_array_get(people, i);
        const char *name = json_string_value(json_object_get(p, "name"));
        if (!json_is_true(json_object_get(p, "credit")))
            continue;
        bool photographer = false;
        for (size_t k = 0; k < json_array_size(captions); k++) {
            json_t *ph =
                json_object_get(json_array_get(captions, k), "photographer");
            photographer |=
                json_is_string(ph) && strcmp(json_string_value(ph), name) == 0;
        }
        bool as_person = false;
        for (size_t k = 0; k < json_array_size(entities); k++) {
            json_t *e = json_array_get(entities, k);
            if (strcmp(json_string_value(member(e, "name", path)), name) == 0 &&
                strcmp(json_string_value(member(e, "type", path)), "person") ==
                    0)
                as_person = json_is_true(member(e, "credit", path));
        }
        if (!as_person)
            fail_msg("seed: no person \"%s\" with credit: true", name);
        if (photographer)
            continue;
        writers++;
        if (!array_has_string(contributors, name))
            fail_msg("seed: contributor \"%s\" missing", name);
    }
    assert_int_equal(writers, 1);
    assert_int_equal(json_array_size(contributors), writers);
}

/* Captions close the article, one per paragraph (corpus README); the gold
 * lists each occurrence, so its length says how many paragraphs they are. */
static void seed_captions_merged_and_credited(void **state)
{
    (void)state;
    if (!corpus_present())
        skip();
    const char *path = CORPUS "/seed.txt";
    json_t *root = exported(path);
    json_t *gold = gold_of(CORPUS "/seed.gold.json");
    json_t *gold_caps = json_object_get(gold, "captions");
    size_t occurrences = json_array_size(gold_caps);
    assert_true(occurrences > 0);

    /* The last `occurrences` paragraphs, and how many distinct ones. */
    const char **para = held.scratch[0] = xcalloc(occurrences, sizeof *para);
    size_t *para_len = held.scratch[1] = xcalloc(occurrences, sizeof *para_len);
    const char *end = held.src.text + held.src.len;
    for (size_t k = occurrences; k-- > 0;) {
        const char *start = end;
        while (start > held.src.text &&
               !(start - held.src.text >= 2 && start[-1] == '\n' &&
                 start[-2] == '\n'))
            start--;
        para[k] = start, para_len[k] = (size_t)(end - start);
        end = start > held.src.text ? start - 2 : start;
    }
    size_t distinct = 0, repeated = 0;
    for (size_t k = 0; k < occurrences; k++) {
        size_t seen = 0;
        for (size_t j = 0; j < occurrences; j++)
            seen += para_len[j] == para_len[k] &&
                    memcmp(para[j], para[k], para_len[k]) == 0;
        bool first = true;
        for (size_t j = 0; j < k; j++)
            first &= !(para_len[j] == para_len[k] &&
                       memcmp(para[j], para[k], para_len[k]) == 0);
        distinct += first;
        repeated += first && seen == 2;
    }
    assert_int_equal(distinct, 7); /* what a reader counts in the seed */
    assert_int_equal(repeated, 1);

    json_t *caps = member(root, "captions", path);
    assert_int_equal(json_array_size(caps), distinct);
    size_t twice = 0, total = 0;
    for (size_t i = 0; i < json_array_size(caps); i++) {
        json_t *c = json_array_get(caps, i);
        size_t count = index_of(c, "count", path);
        twice += count == 2;
        total += count;
        const char *text = json_string_value(member(c, "text", path));
        bool found = false;
        for (size_t k = 0; k < occurrences && text; k++)
            found |= strlen(text) == para_len[k] &&
                     memcmp(text, para[k], para_len[k]) == 0;
        if (!found)
            fail_msg("seed: caption %zu is not one of the closing paragraphs",
                     i);
        /* Its gold entry: the one whose prefix it starts with. */
        json_t *want = NULL;
        for (size_t k = 0; k < occurrences && text && !want; k++) {
            const char *prefix = json_string_value(
                json_object_get(json_array_get(gold_caps, k), "text_prefix"));
            if (prefix && strncmp(text, prefix, strlen(prefix)) == 0)
                want = json_array_get(gold_caps, k);
        }
        if (want == NULL)
            fail_msg("seed: caption %zu has no gold entry", i);
        assert_same_string(member(c, "credit", path),
                           json_object_get(want, "credit"), "caption credit");
        assert_same_string(member(c, "photographer", path),
                           json_object_get(want, "photographer"),
                           "caption photographer");
    }
    assert_int_equal(twice, repeated);
    assert_int_equal(total, occurrences);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(every_corpus_article_has_sound_offsets,
                                  release_all),
        cmocka_unit_test_teardown(header_dates_go_to_the_article, release_all),
        cmocka_unit_test_teardown(seed_header_and_embed, release_all),
        cmocka_unit_test_teardown(seed_contributor_is_a_credit_person,
                                  release_all),
        cmocka_unit_test_teardown(seed_captions_merged_and_credited,
                                  release_all),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
