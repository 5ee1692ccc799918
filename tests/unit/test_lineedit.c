/* lineedit: the search prompt's editing keys and history walk. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "keymap.h"
#include "lineedit.h"

static void type(lineedit *le, const char *s)
{
    for (; *s; s++)
        lineedit_key(le, (unsigned char)*s);
}

static void editing(void **state)
{
    (void)state;
    lineedit le;
    lineedit_start(&le, NULL, 0);
    type(&le, "harbour wall  ");
    lineedit_key(&le, 23); /* C-w: "wall  " */
    assert_string_equal(le.buf, "harbour ");
    type(&le, "gate");
    for (int i = 0; i < 4; i++)
        lineedit_key(&le, KEYMAP_KEY_LEFT);
    type(&le, "old ");
    assert_string_equal(le.buf, "harbour old gate");
    lineedit_key(&le, 21); /* C-u: all before the cursor */
    assert_string_equal(le.buf, "gate");
    assert_int_equal(le.cur, 0);
    lineedit_key(&le, KEYMAP_KEY_END);
    lineedit_key(&le, 0xE9); /* é, two bytes */
    lineedit_key(&le, KEYMAP_KEY_LEFT);
    assert_int_equal(le.cur, 4);
    lineedit_key(&le, KEYMAP_KEY_DELETE);
    assert_string_equal(le.buf, "gate");
    assert_int_equal(lineedit_key(&le, KEYMAP_KEY_ENTER), LINEEDIT_DONE);
    lineedit_start(&le, NULL, 0);
    assert_int_equal(lineedit_key(&le, KEYMAP_KEY_BACKSPACE), LINEEDIT_CANCEL);
}

static void history(void **state)
{
    (void)state;
    const char *const h[] = {"tide", "nets"};
    lineedit le;
    lineedit_start(&le, h, 2);
    type(&le, "qu");
    lineedit_key(&le, KEYMAP_KEY_UP);
    assert_string_equal(le.buf, "nets");
    lineedit_key(&le, KEYMAP_KEY_UP);
    assert_string_equal(le.buf, "tide");
    lineedit_key(&le, KEYMAP_KEY_UP); /* the oldest stays */
    assert_string_equal(le.buf, "tide");
    lineedit_key(&le, KEYMAP_KEY_DOWN);
    lineedit_key(&le, KEYMAP_KEY_DOWN);
    assert_string_equal(le.buf, "qu"); /* the line being typed is back */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(editing),
        cmocka_unit_test(history),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
