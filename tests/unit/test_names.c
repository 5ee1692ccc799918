/* names: names cut from the front so the surname stays. Invented names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "names.h"

static void fit(const char *name, size_t max, const char *want, bool cut)
{
    char out[128];
    assert_int_equal(names_fit(name, max, out, sizeof out), cut);
    assert_string_equal(out, want);
}

static void initials_first(void **state)
{
    (void)state;
    fit("Ada Lin", 20, "Ada Lin", false);
    fit("Renata Olga Vidal Soto", 20, "R. Olga Vidal Soto", true);
    fit("Renata Olga Vidal Soto", 16, "R. O. Vidal Soto", true);
    fit("Renata Olga Vidal Soto", 13, "R. O. V. Soto", true);
    fit("Émile Zanetti", 10, "É. Zanetti", true);
}

static void ellipsis_at_the_front(void **state)
{
    (void)state;
    /* at a word or a hyphen when one fits */
    fit("Renata Olga Vidal Soto", 12, "\xe2\x80\xa6Vidal Soto", true);
    fit("Quinn Albarez-Montoya", 14, "\xe2\x80\xa6Montoya", true);
    /* else at a character */
    fit("Albarez-Montoyaville", 8, "\xe2\x80\xa6yaville", true);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(initials_first),
        cmocka_unit_test(ellipsis_at_the_front),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
