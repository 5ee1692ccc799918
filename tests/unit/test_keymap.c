/* keymap: key names both ways, the default bindings, and [keys] rebinding
 * with its validation against the command table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "command.h"
#include "keymap.h"

static void names_parse_to_keys(void **state)
{
    (void)state;
    assert_int_equal(keymap_key_parse("j"), 'j');
    assert_int_equal(keymap_key_parse("G"), 'G');
    assert_int_equal(keymap_key_parse("C-n"), 14);
    assert_int_equal(keymap_key_parse("c-N"), 14);
    assert_int_equal(keymap_key_parse("^N"), 14);
    assert_int_equal(keymap_key_parse("C-l"), 12);
    assert_int_equal(keymap_key_parse("S-Tab"), KEYMAP_KEY_BTAB);
    assert_int_equal(keymap_key_parse("BTab"), KEYMAP_KEY_BTAB);
    assert_int_equal(keymap_key_parse("Tab"), 9);
    assert_int_equal(keymap_key_parse("tab"), 9);
    assert_int_equal(keymap_key_parse("PgDn"), KEYMAP_KEY_PGDN);
    assert_int_equal(keymap_key_parse("PageDown"), KEYMAP_KEY_PGDN);
    assert_int_equal(keymap_key_parse("PgUp"), KEYMAP_KEY_PGUP);
    assert_int_equal(keymap_key_parse("F1"), KEYMAP_KEY_F0 + 1);
    assert_int_equal(keymap_key_parse("F12"), KEYMAP_KEY_F0 + 12);
    assert_int_equal(keymap_key_parse("Space"), ' ');
    assert_int_equal(keymap_key_parse("Enter"), 13);
    assert_int_equal(keymap_key_parse("Esc"), 27);
    assert_int_equal(keymap_key_parse("Home"), KEYMAP_KEY_HOME);
    assert_int_equal(keymap_key_parse("\xc3\xa9"), 0xE9); /* é */
    assert_int_equal(keymap_key_parse("'"), '\'');
    assert_int_equal(keymap_key_parse("^"), '^'); /* a caret alone is a key */
}

static void bad_names_are_refused(void **state)
{
    (void)state;
    const char *bad[] = {"",     "F0",   "F13", "F01",  "C-", "C-1",    "xy", "a:",
                         "Ctrl", "\x01", " ",   "\xc3", "Pg", "S-Tabs", NULL};
    for (int i = 0; bad[i]; i++)
        assert_int_equal(keymap_key_parse(bad[i]), KEYMAP_NONE);
    assert_int_equal(keymap_key_parse(NULL), KEYMAP_NONE);
}

static void names_round_trip(void **state)
{
    (void)state;
    const char *names[] = {
        "j",   "G",     "C-n",   "C-f", "S-Tab",    "PgDn",      "PgUp", "F1",
        "F10", "Space", "Enter", "Esc", "Tab",      "Up",        "Down", "Home",
        "End", "?",     "&",     "'",   "\xc3\xa9", "Backspace", NULL};
    for (int i = 0; names[i]; i++) {
        int key = keymap_key_parse(names[i]);
        char out[16];
        assert_int_not_equal(key, KEYMAP_NONE);
        assert_string_equal(keymap_key_name(key, out), names[i]);
        assert_int_equal(keymap_key_parse(out), key);
    }
    char out[16];
    assert_string_equal(keymap_key_name(14, out), "C-n");
    assert_string_equal(keymap_key_name(KEYMAP_KEY_F0 + 1, out), "F1");
}

static void defaults_bind_every_command(void **state)
{
    (void)state;
    keymap *km = keymap_new_default();
    for (size_t i = 0; i < command_count(); i++) {
        int keys[8];
        size_t n = keymap_keys_of(km, (int)i, keys, 8);
        /* jump-newer's Ctrl-I is Tab to a terminal: focus-next keeps the
         * key and walks the jump list forward during a Ctrl-O walk */
        if (strcmp(command_get(i)->name, "jump-newer") != 0)
            assert_true(n >= 1);
        for (size_t k = 0; k < n && k < 8; k++)
            assert_int_equal(keymap_lookup(km, keys[k]), (int)i);
    }
    assert_int_equal(keymap_lookup(km, 'j'), command_find("line-down"));
    /* two-key sequences: :n and '' */
    assert_int_equal(keymap_lookup(km, keymap_key_parse(":n")),
                     command_find("next-article"));
    assert_int_equal(keymap_lookup(km, keymap_key_parse("''")),
                     command_find("back"));
    assert_true(keymap_is_prefix(km, ':'));
    assert_true(keymap_is_prefix(km, '\''));
    assert_false(keymap_is_prefix(km, 'j'));
    assert_int_equal(keymap_lookup(km, '\''), command_find("goto-mark"));
    assert_int_equal(keymap_lookup(km, 14), command_find("line-down"));
    assert_int_equal(keymap_lookup(km, KEYMAP_KEY_BTAB),
                     command_find("focus-prev"));
    assert_int_equal(keymap_lookup(km, 'x'), -1);
    keymap_free(km);
}

static void rebinding_command_to_keys(void **state)
{
    (void)state;
    keymap *km = keymap_new_default();
    char *err = NULL;
    int down = command_find("line-down");
    assert_int_equal(keymap_apply(km, "line-down", "x C-e", &err), 0);
    assert_null(err);
    assert_int_equal(keymap_lookup(km, 'x'), down);
    assert_int_equal(keymap_lookup(km, 5), down);
    /* the command's old keys are gone */
    assert_int_equal(keymap_lookup(km, 'j'), -1);
    assert_int_equal(keymap_lookup(km, KEYMAP_KEY_DOWN), -1);
    /* the other spelling adds one key, case kept */
    assert_int_equal(keymap_apply(km, "J", "line-down", &err), 0);
    assert_int_equal(keymap_lookup(km, 'J'), down);
    assert_int_equal(keymap_lookup(km, 'x'), down);
    /* taking a key from another command: bound, and said so */
    assert_int_equal(keymap_apply(km, "q", "help", &err), 1);
    assert_int_equal(keymap_lookup(km, 'q'), command_find("help"));
    assert_non_null(err);
    assert_non_null(strstr(err, "quit"));
    free(err);
    err = NULL;
    assert_int_equal(keymap_apply(km, "line-up", "x", &err), 1);
    assert_non_null(strstr(err, "line-down"));
    free(err);
    keymap_free(km);
}

static void bad_bindings_are_reported_and_ignored(void **state)
{
    (void)state;
    keymap *km = keymap_new_default();
    char *err = NULL;
    assert_int_equal(keymap_apply(km, "line-down", "j Banana", &err), -1);
    assert_non_null(err);
    assert_non_null(strstr(err, "Banana"));
    free(err);
    assert_int_equal(keymap_lookup(km, 'j'), command_find("line-down"));
    /* two-key sequences: :n and '' */
    assert_int_equal(keymap_lookup(km, keymap_key_parse(":n")),
                     command_find("next-article"));
    assert_int_equal(keymap_lookup(km, keymap_key_parse("''")),
                     command_find("back"));
    assert_true(keymap_is_prefix(km, ':'));
    assert_true(keymap_is_prefix(km, '\''));
    assert_false(keymap_is_prefix(km, 'j'));
    assert_int_equal(keymap_lookup(km, '\''), command_find("goto-mark"));

    assert_int_equal(keymap_apply(km, "x", "fly-away", &err), -1);
    assert_non_null(strstr(err, "fly-away"));
    free(err);
    assert_int_equal(keymap_lookup(km, 'x'), -1);

    assert_int_equal(keymap_apply(km, "fly-away", "x", &err), -1);
    assert_non_null(err);
    free(err);
    assert_int_equal(keymap_apply(km, "quit", "", &err), -1);
    assert_non_null(err);
    free(err);
    assert_int_equal(keymap_lookup(km, 'q'), command_find("quit"));
    assert_int_equal(keymap_apply(km, NULL, "quit", &err), -1);
    free(err);
    keymap_free(km);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names_parse_to_keys),
        cmocka_unit_test(bad_names_are_refused),
        cmocka_unit_test(names_round_trip),
        cmocka_unit_test(defaults_bind_every_command),
        cmocka_unit_test(rebinding_command_to_keys),
        cmocka_unit_test(bad_bindings_are_reported_and_ignored),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
