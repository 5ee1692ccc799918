/* Dates and times as copy and feeds write them, to ISO 8601. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "when.h"

static void readable_stamps(void **state)
{
    (void)state;
    static const struct {
        const char *in, *iso;
    } cases[] = {
        {"March 3, 2026", "2026-03-03"},
        {"Mar. 3, 2026", "2026-03-03"},
        {"3 March 2026", "2026-03-03"},
        {"Tuesday, March 3rd, 2026", "2026-03-03"},
        {"March 3, 2026 2:05 PM EST", "2026-03-03T14:05:00-05:00"},
        {"March 3, 2026 at 12:30 a.m.", "2026-03-03T00:30:00"},
        {"2:05 p.m. GMT, March 3, 2026", "2026-03-03T14:05:00+00:00"},
        {"Tue, 03 Mar 2026 14:05:00 +0000", "2026-03-03T14:05:00+00:00"},
        {"Sun, 1 Feb 2026 08:00:09 -0330", "2026-02-01T08:00:09-03:30"},
        {"2026-03-03", "2026-03-03"},
        {"2026-03-03T14:05:00Z", "2026-03-03T14:05:00+00:00"},
        {"2026-03-03T14:05:00.250+01:00", "2026-03-03T14:05:00+01:00"},
        {"2026-03-03 14:05", "2026-03-03T14:05:00"},
        {"Feb. 29, 2028 9:00 AM ET", "2028-02-29T09:00:00"},
        {"Sept. 9, 2025 11:59 pm CEST", "2025-09-09T23:59:00+02:00"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[WHEN_ISO_MAX];
        print_message("in: %s\n", cases[i].in);
        assert_true(when_iso(cases[i].in, strlen(cases[i].in), out));
        assert_string_equal(out, cases[i].iso);
    }
}

static void not_dates(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "",
        "10:15 a.m.",                   /* no day */
        "March 2026",                   /* no day */
        "February 30, 2026",            /* no such day */
        "Feb. 29, 2027",                /* not a leap year */
        "March 3, 2026 by the harbour", /* other words */
        "2026-13-01",
        "25:00 March 3, 2026",
        "13:00 PM March 3, 2026",
        "March 3, 2026 March 4, 2026",
        "March 3 2026 2026",
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[WHEN_ISO_MAX];
        print_message("in: %s\n", cases[i]);
        assert_false(when_iso(cases[i], strlen(cases[i]), out));
        assert_string_equal(out, "");
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(readable_stamps),
        cmocka_unit_test(not_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
