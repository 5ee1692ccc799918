/* The annotation layer on short invented sentences: one tokeniser, one set
 * of quotation marks, one rule for titles of works, sentences cut at stops
 * but not after abbreviations, and pronouns resolved once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "annotate.h"
#include "doc.h"

static doc *one_block(const char *text)
{
    doc *d = doc_new();
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, text, strlen(text), NULL, 0);
    return d;
}

/* The text between the marks of span i. */
static char *span_text(const annotate_block *ab, size_t i)
{
    const annotate_quote *q = &ab->quotes[i];
    size_t n = q->end - q->start;
    char *s = malloc(n + 1);
    memcpy(s, ab->text + q->start, n);
    s[n] = '\0';
    return s;
}

static void expect_spans(const char *text, size_t n, const char *const *want)
{
    doc *d = one_block(text);
    annotate *an = annotate_new(d);
    const annotate_block *ab = annotate_get(an, 0);
    print_message("text: %s\n", text);
    assert_int_equal(ab->nquotes, n);
    for (size_t i = 0; i < n; i++) {
        char *s = span_text(ab, i);
        assert_string_equal(s, want[i]);
        free(s);
    }
    annotate_free(an);
    doc_free(d);
}

static void every_kind_of_double_mark_makes_a_span(void **state)
{
    (void)state;
    const char *one[] = {"We will rebuild"};
    expect_spans("\"We will rebuild\" the mayor said.", 1, one);
    expect_spans("\xE2\x80\x9CWe will rebuild\xE2\x80\x9D the mayor said.", 1,
                 one);
    expect_spans("\xC2\xABWe will rebuild\xC2\xBB the mayor said.", 1, one);
    expect_spans("\xE2\x80\x9EWe will rebuild\xE2\x80\x9C the mayor said.", 1,
                 one);
    expect_spans("\xE2\x80\x9FWe will rebuild\xE2\x80\x9D the mayor said.", 1,
                 one);
    expect_spans("``We will rebuild'' the mayor said.", 1, one);
    expect_spans("\xE2\x80\x98\xE2\x80\x98We will rebuild\xE2\x80\x99\xE2\x80"
                 "\x99 the mayor said.",
                 1, one);
}

static void single_quotes_nest_and_never_open(void **state)
{
    (void)state;
    const char *nested[] = {"She told me 'stay home' twice"};
    expect_spans("\"She told me 'stay home' twice\" he said.", 1, nested);
    expect_spans("The 'quiet' plan won't pass, Ferrow's aide said.", 0, NULL);
    const char *two[] = {"Yes", "No"};
    expect_spans("\"Yes\" and \"No\" were the answers.", 2, two);
}

static void mark_tokens_and_quoted_words(void **state)
{
    (void)state;
    const char *text =
        "Dunmore said: \xC2\xABWe are ready.\xC2\xBB Then he left.";
    doc *d = one_block(text);
    annotate *an = annotate_new(d);
    const annotate_block *ab = annotate_get(an, 0);
    assert_int_equal(ab->nquotes, 1);
    const annotate_quote *q = &ab->quotes[0];
    assert_true(q->closed);
    const annotate_token *o = &ab->tok[q->tok_open];
    const annotate_token *c = &ab->tok[q->tok_close];
    assert_true(o->flags & ANNOTATE_OPENQ);
    assert_true(c->flags & ANNOTATE_CLOSEQ);
    assert_int_equal(o->punct, '"');
    for (size_t i = q->tok_open + 1; i < q->tok_close; i++)
        assert_true(ab->tok[i].flags & ANNOTATE_QUOTED);
    /* "We" opens the quotation: its capital proves nothing */
    assert_true(ab->tok[q->tok_open + 1].flags & ANNOTATE_SENT);
    /* "Then" after the quotation's stop opens a new sentence */
    assert_true(c->flags & ANNOTATE_SENT_END);
    annotate_free(an);
    doc_free(d);
}

static size_t token_at(const annotate_block *ab, const char *word)
{
    const char *p = strstr(ab->text, word);
    for (size_t i = 0; p && i < ab->ntok; i++)
        if (ab->tok[i].start == (uint32_t)(p - ab->text))
            return i;
    return (size_t)-1;
}

static void abbreviations_end_no_sentence(void **state)
{
    (void)state;
    const char *text = "Gov. Alda Rensing met Dr. Pym at 9 a.m. on Tuesday. "
                       "They spoke of the St. Brenna bridge.";
    doc *d = one_block(text);
    annotate *an = annotate_new(d);
    const annotate_block *ab = annotate_get(an, 0);
    size_t gov = token_at(ab, "Gov.");
    assert_true(gov != (size_t)-1);
    /* the period is the word's own */
    assert_int_equal(ab->tok[gov].end - ab->tok[gov].start, 4);
    assert_string_equal(annotate_key(ab, &ab->tok[gov]), "gov.");
    size_t ends = 0;
    for (size_t i = 0; i < ab->ntok; i++)
        if (ab->tok[i].flags & ANNOTATE_SENT_END)
            ends++;
    assert_int_equal(ends, 2);
    size_t they = token_at(ab, "They");
    assert_true(ab->tok[they].flags & ANNOTATE_SENT);
    assert_false(ab->tok[token_at(ab, "Pym")].flags & ANNOTATE_SENT);
    annotate_free(an);
    doc_free(d);
}

static void words_keep_possessives_and_hyphen_suffixes_apart(void **state)
{
    (void)state;
    const char *text = "Tarvik's plan for the Ostend-based firm.";
    doc *d = one_block(text);
    annotate *an = annotate_new(d);
    const annotate_block *ab = annotate_get(an, 0);
    const annotate_token *t = &ab->tok[0];
    assert_true(t->flags & ANNOTATE_POSS);
    assert_string_equal(annotate_key(ab, t), "tarvik");
    size_t o = token_at(ab, "Ostend");
    assert_true(ab->tok[o].flags & ANNOTATE_HYPH);
    assert_string_equal(annotate_key(ab, &ab->tok[o]), "ostend");
    annotate_free(an);
    doc_free(d);
}

/* One rule and one limit decide a title of a work. */
static void titles_of_works_have_one_rule(void **state)
{
    (void)state;
    struct {
        const char *text;
        bool title;
    } cases[] = {
        {"She starred in \"The Salt Road\" last year.", true},
        {"He read \"Gone With the Wind\" twice.", true},
        {"They sang \"A Song For the Long Dark Winter Nights And Days\".",
         true},
        {"They sang \"One Two Three Four Five Six Seven Eight Nine Ten "
         "Eleven\".",
         false},
        {"\"We are not done,\" she said.", false},
        {"\"Go Home. Now.\" was painted on the wall.", false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        doc *d = one_block(cases[i].text);
        annotate *an = annotate_new(d);
        const annotate_block *ab = annotate_get(an, 0);
        print_message("text: %s\n", cases[i].text);
        assert_int_equal(ab->nquotes, 1);
        assert_int_equal(ab->quotes[0].title, cases[i].title);
        annotate_free(an);
        doc_free(d);
    }
}

/* A pronoun is resolved once, to the latest subject of its gender, and
 * the answer kept for later passes. */
static void pronouns_are_resolved_once(void **state)
{
    (void)state;
    const char *text = "Corvin Hale met Ilse Brandt. She said no. Asked "
                       "whether she would stay, Orla Finch nodded.";
    doc *d = one_block(text);
    annotate *an = annotate_new(d);
    const annotate_block *ab = annotate_get(an, 0);
    annotate_coref_sentence(an, ab, &ab->tok[0]);
    annotate_coref_person(an, 7, DOC_GENDER_MALE, true);     /* Corvin Hale */
    annotate_coref_person(an, 9, DOC_GENDER_UNKNOWN, false); /* Ilse Brandt */
    size_t she = token_at(ab, "She");
    annotate_coref_sentence(an, ab, &ab->tok[she]);
    /* the man is passed over; the object is the one left */
    assert_int_equal(annotate_coref_resolve(an, ab, &ab->tok[she]), 9);
    assert_int_equal(annotate_pronoun_at(an, 0, ab->tok[she].start), 9);
    assert_int_equal(annotate_pronoun_at(an, 0, 0), DOC_NONE);
    assert_int_equal(annotate_coref_gender(an, 9), DOC_GENDER_FEMALE);
    /* "Asked whether she ...": the clause's pronoun waits for its subject */
    size_t asked = token_at(ab, "Asked");
    annotate_coref_sentence(an, ab, &ab->tok[asked]);
    size_t she2 = asked + 2;
    assert_int_equal(annotate_coref_resolve(an, ab, &ab->tok[she2]), DOC_NONE);
    assert_int_equal(annotate_pronoun_at(an, 0, ab->tok[she2].start), DOC_NONE);
    annotate_free(an);
    doc_free(d);
}

/* A woman who stood as the subject, then a man of unknown gender as an
 * object: "she" is the subject, however near the object is. */
static void a_subject_before_an_object(void **state)
{
    (void)state;
    const char *text = "Dr. Wren Tallis spoke with Jory Osk. She agreed.";
    doc *d = one_block(text);
    annotate *an = annotate_new(d);
    const annotate_block *ab = annotate_get(an, 0);
    annotate_coref_sentence(an, ab, &ab->tok[0]);
    annotate_coref_person(an, 3, DOC_GENDER_UNKNOWN, true);
    annotate_coref_person(an, 5, DOC_GENDER_UNKNOWN, false); /* after "with" */
    size_t she = token_at(ab, "She");
    annotate_coref_sentence(an, ab, &ab->tok[she]);
    assert_int_equal(annotate_coref_resolve(an, ab, &ab->tok[she]), 3);
    /* she is a woman now: a later "he" passes over her */
    assert_int_equal(annotate_coref_latest(an, DOC_GENDER_MALE), 5);
    annotate_free(an);
    doc_free(d);
}

/* A mark inside a long block never lets a word run into it. */
static void words_stop_at_marks(void **state)
{
    (void)state;
    const char *text = "the Mendes'' paper and ``Harlow''s view";
    doc *d = one_block(text);
    annotate *an = annotate_new(d);
    const annotate_block *ab = annotate_get(an, 0);
    for (size_t i = 0; i < ab->ntok; i++)
        if (ab->tok[i].flags & ANNOTATE_WORD)
            for (size_t k = ab->tok[i].start; k < ab->tok[i].end; k++)
                assert_true(text[k] != '`');
    annotate_free(an);
    doc_free(d);
}

/* A block asked for again (after others) is decoded from the kept copy:
 * every token, key and span must be what the first reading gave. */
static void a_block_read_again_is_the_same(void **state)
{
    (void)state;
    static const char *const blocks[] = {
        "\"We will rebuild the Ostrava-based mill,\" said Dr. Ilse "
        "M\xC3\xBCller-Brandt, the Fenwick Co. chair.",
        "Halvard's team \xE2\x80\x94 the U.K.-wide \xE2\x80\x9CNorth "
        "Star\xE2\x80\x9D crew \xE2\x80\x94 won 5,500 votes; "
        "\xC2\xABoui\xC2\xBB, she said.",
        "A word longer than any name: "
        "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ends.",
        "\"An open quotation runs to the end of the block",
    };
    enum { N = sizeof blocks / sizeof *blocks };
    doc *d = doc_new();
    for (size_t b = 0; b < N; b++)
        doc_add_block(d, DOC_BLOCK_PARAGRAPH, blocks[b], strlen(blocks[b]),
                      NULL, 0);
    annotate *an = annotate_new(d);
    annotate_token *first[N];
    annotate_quote *spans[N];
    char **keys[N];
    size_t ntok[N], nq[N];
    for (size_t b = 0; b < N; b++) {
        const annotate_block *ab = annotate_get(an, b);
        ntok[b] = ab->ntok;
        nq[b] = ab->nquotes;
        assert_true(ntok[b] > 0);
        first[b] = malloc(ntok[b] * sizeof **first);
        memcpy(first[b], ab->tok, ntok[b] * sizeof **first);
        spans[b] = malloc((nq[b] + 1) * sizeof **spans);
        memcpy(spans[b], ab->quotes, nq[b] * sizeof **spans);
        keys[b] = calloc(ntok[b], sizeof **keys);
        for (size_t i = 0; i < ntok[b]; i++)
            if (ab->tok[i].flags & ANNOTATE_WORD)
                keys[b][i] = strdup(annotate_key(ab, &ab->tok[i]));
    }
    for (size_t r = 0; r < 2 * N; r++) {
        size_t b = (r * 3) % N;
        const annotate_block *ab = annotate_get(an, b);
        assert_int_equal(ab->ntok, ntok[b]);
        assert_int_equal(ab->nquotes, nq[b]);
        assert_ptr_equal(ab->text, doc_block_get(d, b)->text);
        for (size_t i = 0; i < ntok[b]; i++) {
            const annotate_token *t = &ab->tok[i], *u = &first[b][i];
            assert_int_equal(t->start, u->start);
            assert_int_equal(t->end, u->end);
            assert_int_equal(t->flags, u->flags);
            assert_int_equal(t->quote, u->quote);
            if (t->flags & (ANNOTATE_POSS | ANNOTATE_HYPH))
                assert_int_equal(t->extra_end, u->extra_end);
            if (t->flags & ANNOTATE_WORD) {
                assert_int_equal(t->klen, u->klen);
                assert_int_equal(t->lex, u->lex);
                assert_string_equal(annotate_key(ab, t), keys[b][i]);
            } else {
                assert_int_equal(t->punct, u->punct);
            }
        }
        for (size_t i = 0; i < nq[b]; i++)
            assert_memory_equal(&ab->quotes[i], &spans[b][i], sizeof *spans[b]);
    }
    /* the long word is no name: it has no key */
    const annotate_block *ab = annotate_get(an, 2);
    bool found = false;
    for (size_t i = 0; i < ab->ntok; i++)
        if (ab->tok[i].end - ab->tok[i].start > 100) {
            assert_int_equal(ab->tok[i].klen, 0);
            assert_string_equal(annotate_key(ab, &ab->tok[i]), "");
            found = true;
        }
    assert_true(found);
    for (size_t b = 0; b < N; b++) {
        for (size_t i = 0; i < ntok[b]; i++)
            free(keys[b][i]);
        free(keys[b]);
        free(first[b]);
        free(spans[b]);
    }
    annotate_free(an);
    doc_free(d);
}

/* A document without a quotation mark anywhere, read twice: no spans. */
static void a_block_without_marks_read_again(void **state)
{
    (void)state;
    doc *d = doc_new();
    const char *a = "Nobody spoke at the quay.", *b = "The ferry left late.";
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, a, strlen(a), NULL, 0);
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, b, strlen(b), NULL, 0);
    annotate *an = annotate_new(d);
    for (size_t r = 0; r < 3; r++)
        for (size_t k = 0; k < 2; k++) {
            const annotate_block *ab = annotate_get(an, k);
            assert_int_equal(ab->nquotes, 0);
            assert_true(ab->ntok >= 4);
        }
    annotate_free(an);
    doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_kind_of_double_mark_makes_a_span),
        cmocka_unit_test(single_quotes_nest_and_never_open),
        cmocka_unit_test(mark_tokens_and_quoted_words),
        cmocka_unit_test(abbreviations_end_no_sentence),
        cmocka_unit_test(words_keep_possessives_and_hyphen_suffixes_apart),
        cmocka_unit_test(titles_of_works_have_one_rule),
        cmocka_unit_test(pronouns_are_resolved_once),
        cmocka_unit_test(a_subject_before_an_object),
        cmocka_unit_test(words_stop_at_marks),
        cmocka_unit_test(a_block_read_again_is_the_same),
        cmocka_unit_test(a_block_without_marks_read_again),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
