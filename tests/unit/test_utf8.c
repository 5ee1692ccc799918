/* UTF-8 helpers: decoding never stalls, classes follow Unicode, and the
 * look-up key makes accented, capitalised and plain spellings meet. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "utf8.h"

static void decode_reads_multibyte_and_replaces_invalid(void **state)
{
    (void)state;
    ucs4_t cp;
    assert_int_equal(utf8_decode("\xC3\xA9x", 3, &cp), 2);
    assert_int_equal(cp, 0xE9);
    assert_int_equal(utf8_decode("\xE2\x80\x94", 3, &cp), 3);
    assert_int_equal(cp, 0x2014);
    /* A lone cp1252 byte and a truncated sequence: one byte, U+FFFD. */
    assert_int_equal(utf8_decode("\x93q", 2, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
    assert_int_equal(utf8_decode("\xE2\x80", 2, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
    assert_int_equal(utf8_decode("", 0, &cp), 0);
}

static void prev_steps_back_one_character(void **state)
{
    (void)state;
    const char *s = "a\xC3\xA9\xE2\x80\x94z"; /* a é — z */
    assert_int_equal(utf8_prev(s, 7), 6);
    assert_int_equal(utf8_prev(s, 6), 3);
    assert_int_equal(utf8_prev(s, 3), 1);
    assert_int_equal(utf8_prev(s, 1), 0);
    assert_int_equal(utf8_prev(s, 0), 0);
    /* Stray continuation bytes are single characters. */
    assert_int_equal(utf8_prev("a\x80\x80", 3), 2);
}

static void encode_round_trips(void **state)
{
    (void)state;
    char buf[4];
    ucs4_t cp;
    size_t n = utf8_encode(0x201C, buf);
    assert_int_equal(n, 3);
    assert_int_equal(utf8_decode(buf, n, &cp), 3);
    assert_int_equal(cp, 0x201C);
    assert_true(utf8_is_valid("caf\xC3\xA9", 5));
    assert_false(utf8_is_valid("caf\xE9", 4));
}

static void classes_follow_unicode(void **state)
{
    (void)state;
    assert_true(utf8_is_upper('A'));
    assert_true(utf8_is_upper(0xC9)); /* É */
    assert_false(utf8_is_upper('a'));
    assert_true(utf8_is_lower(0xE9));
    assert_true(utf8_is_alpha(0x4E2D)); /* 中 */
    assert_false(utf8_is_alpha('3'));
    assert_true(utf8_is_digit('7'));
    assert_true(utf8_is_digit(0x0663)); /* Arabic-Indic three */
    assert_true(utf8_is_space(0xA0));   /* NBSP */
    assert_true(utf8_is_space('\n'));
    assert_false(utf8_is_space('x'));
    assert_true(utf8_is_dash('-'));
    assert_true(utf8_is_dash(0x2014));
    assert_true(utf8_is_dash(0x2013));
    assert_false(utf8_is_dash('_'));
    assert_true(utf8_is_quote_mark('"'));
    assert_true(utf8_is_quote_mark(0x201D));
    assert_true(utf8_is_quote_mark(0xAB));
    assert_false(utf8_is_quote_mark('`'));
    assert_true(utf8_is_mark(0x301));
}

static void casefold_lowers_and_composes(void **state)
{
    (void)state;
    size_t n;
    char *f = utf8_casefold("STRASSE Stra\xC3\x9F"
                            "e",
                            15, &n);
    assert_string_equal(f, "strasse strasse");
    assert_int_equal(n, strlen(f));
    free(f);
    /* Decomposed E + acute comes back composed. */
    f = utf8_casefold("E\xCC\x81", 3, &n);
    assert_string_equal(f, "\xC3\xA9");
    free(f);
}

static void fold_key_joins_accented_and_plain_spellings(void **state)
{
    (void)state;
    char *a = utf8_fold_key("L\xC3\xB3pez", 6, NULL);
    char *b = utf8_fold_key("LOPEZ", 5, NULL);
    char *c = utf8_fold_key("Lo\xCC\x81pez", 7, NULL);
    assert_string_equal(a, "lopez");
    assert_string_equal(b, "lopez");
    assert_string_equal(c, "lopez");
    free(a);
    free(b);
    free(c);
    char *d = utf8_fold_key("Nguy\xE1\xBB\x85n", 8, NULL); /* Nguyễn */
    assert_string_equal(d, "nguyen");
    free(d);
    char *e = utf8_fold_key("", 0, NULL);
    assert_string_equal(e, "");
    free(e);
}

static void width_counts_columns_not_bytes(void **state)
{
    (void)state;
    assert_int_equal(utf8_width("caf\xC3\xA9", 5), 4);
    assert_int_equal(utf8_width("\xE4\xB8\xAD\xE6\x96\x87", 6), 4);
    assert_int_equal(utf8_width("e\xCC\x81", 3), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(decode_reads_multibyte_and_replaces_invalid),
        cmocka_unit_test(prev_steps_back_one_character),
        cmocka_unit_test(encode_round_trips),
        cmocka_unit_test(classes_follow_unicode),
        cmocka_unit_test(casefold_lowers_and_composes),
        cmocka_unit_test(fold_key_joins_accented_and_plain_spellings),
        cmocka_unit_test(width_counts_columns_not_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
