/* theme: value parsing (colours, attributes, bad words as warnings), the
 * shipped theme files, the search order, listing for the `t` key, the
 * built-in fallback and fitting colours to small palettes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "theme.h"
#include "xalloc.h"

#include "tmpdir.h"

static char *write_theme(const char *dir, const char *name, const char *text)
{
    char *d = xasprintf("%s/%s", tmpdir, dir);
    mkdir(d, 0700);
    char *path = xasprintf("%s/%s.ini", d, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    free(d);
    return path;
}

static bool warned(const theme *t, const char *needle)
{
    for (size_t i = 0; i < theme_warning_count(t); i++)
        if (strstr(theme_warning(t, i), needle))
            return true;
    return false;
}

static void values_are_parsed(void **state)
{
    (void)state;
    char *path = write_theme("p", "mine",
                             "[styles]\n"
                             "quote = yellow default bold\n"
                             "match = color214 default underline\n"
                             "selected = default default reverse\n"
                             "org = bright-red colour17 italic dim standout\n"
                             "Person = GREEN Black\n");
    char *err = NULL;
    theme *t = theme_load_file(path, &err);
    assert_non_null(t);
    assert_string_equal(theme_name(t), "mine");
    assert_int_equal(theme_warning_count(t), 0);
    theme_look l = theme_style(t, STYLE_QUOTE);
    assert_int_equal(l.fg, 3);
    assert_int_equal(l.bg, THEME_COLOR_DEFAULT);
    assert_int_equal(l.attrs, THEME_ATTR_BOLD);
    l = theme_style(t, STYLE_MATCH);
    assert_int_equal(l.fg, 214);
    assert_int_equal(l.attrs, THEME_ATTR_UNDERLINE);
    l = theme_style(t, STYLE_SELECTED);
    assert_int_equal(l.fg, THEME_COLOR_DEFAULT);
    assert_int_equal(l.attrs, THEME_ATTR_REVERSE);
    l = theme_style(t, STYLE_ORG);
    assert_int_equal(l.fg, 9);
    assert_int_equal(l.bg, 17);
    assert_int_equal(l.attrs,
                     THEME_ATTR_ITALIC | THEME_ATTR_DIM | THEME_ATTR_STANDOUT);
    l = theme_style(t, STYLE_PERSON); /* names in any case */
    assert_int_equal(l.fg, 2);
    assert_int_equal(l.bg, 0);
    /* A style the file leaves out keeps the built-in look. */
    theme *builtin = theme_builtin();
    theme_look a = theme_style(t, STYLE_WARNING),
               b = theme_style(builtin, STYLE_WARNING);
    assert_memory_equal(&a, &b, sizeof a);
    /* Out-of-range ids answer with "normal". */
    a = theme_style(t, STYLE_COUNT);
    b = theme_style(t, STYLE_NORMAL);
    assert_memory_equal(&a, &b, sizeof a);
    theme_free(builtin);
    theme_free(t);
    free(path);
}

static void bad_words_become_warnings(void **state)
{
    (void)state;
    char *path = write_theme("p", "typos",
                             "[styles]\n"
                             "quote = yelow default bold\n"
                             "place = red blue bold sparkly\n"
                             "match = color256 default\n"
                             "bogus = red default\n"
                             "[colours]\n"
                             "x = 1\n");
    char *err = NULL;
    theme *t = theme_load_file(path, &err);
    assert_non_null(t);
    assert_int_equal(theme_warning_count(t), 5);
    assert_true(warned(t, "unknown colour 'yelow'"));
    assert_true(warned(t, "'sparkly'"));
    assert_true(warned(t, "color256"));
    assert_true(warned(t, "unknown style 'bogus'"));
    assert_true(warned(t, "[colours]"));
    /* What could be read still applies. */
    theme_look l = theme_style(t, STYLE_QUOTE);
    assert_int_equal(l.fg, THEME_COLOR_DEFAULT);
    assert_int_equal(l.attrs, THEME_ATTR_BOLD);
    l = theme_style(t, STYLE_PLACE);
    assert_int_equal(l.fg, 1);
    assert_int_equal(l.bg, 4);
    assert_int_equal(l.attrs, THEME_ATTR_BOLD);
    theme_free(t);
    free(path);
}

static void broken_file_falls_back_with_a_warning(void **state)
{
    (void)state;
    char *path = write_theme("p", "broken", "[styles]\nquote red\n");
    char *err = NULL;
    theme *t = theme_load_file(path, &err);
    assert_non_null(t);
    assert_int_equal(theme_warning_count(t), 1);
    assert_true(warned(t, "line 2"));
    theme *builtin = theme_builtin();
    theme_look a = theme_style(t, STYLE_QUOTE),
               b = theme_style(builtin, STYLE_QUOTE);
    assert_memory_equal(&a, &b, sizeof a);
    theme_free(builtin);
    theme_free(t);
    free(path);
}

static void shipped_themes_load_cleanly(void **state)
{
    (void)state;
    static const char *const names[] = {"default", "dark", "light", "mono"};
    char *const dirs[] = {DATELINE_SRCDIR "/themes", NULL};
    theme *builtin = theme_builtin();
    for (size_t i = 0; i < 4; i++) {
        char *path = xasprintf("%s/%s.ini", dirs[0], names[i]);
        char *err = NULL;
        theme *t = theme_load_file(path, &err);
        assert_non_null(t);
        assert_int_equal(theme_warning_count(t), 0);
        /* Quotations and people stand out from the text around them. */
        theme_look n = theme_style(t, STYLE_NORMAL);
        theme_look q = theme_style(t, STYLE_QUOTE);
        theme_look p = theme_style(t, STYLE_PERSON);
        assert_memory_not_equal(&n, &q, sizeof n);
        assert_memory_not_equal(&n, &p, sizeof n);
        assert_int_equal(theme_is_mono(t), strcmp(names[i], "mono") == 0);
        if (strcmp(names[i], "default") == 0) /* the file is the built-in */
            for (int s = 0; s < STYLE_COUNT; s++) {
                theme_look a = theme_style(t, (style_id)s),
                           b = theme_style(builtin, (style_id)s);
                assert_memory_equal(&a, &b, sizeof a);
            }
        theme_free(t);
        free(path);
    }
    theme_free(builtin);
}

static void search_order_and_fallback(void **state)
{
    (void)state;
    free(write_theme("first", "sea", "[styles]\nquote = blue default\n"));
    free(write_theme("second", "sea", "[styles]\nquote = red default\n"));
    free(write_theme("second", "sand", "[styles]\nquote = yellow default\n"));
    char *a = xasprintf("%s/first", tmpdir),
         *b = xasprintf("%s/second", tmpdir);
    char *const dirs[] = {a, b, NULL};
    char *err = NULL;
    theme *t = theme_load("sea", dirs, &err);
    assert_non_null(t);
    assert_int_equal(theme_style(t, STYLE_QUOTE).fg, 4); /* first wins */
    theme_free(t);
    t = theme_load("sand", dirs, &err);
    assert_non_null(t);
    assert_int_equal(theme_style(t, STYLE_QUOTE).fg, 3);
    theme_free(t);
    /* No file named default: the built-in one. */
    t = theme_load("default", dirs, &err);
    assert_non_null(t);
    assert_string_equal(theme_name(t), "default");
    theme_free(t);
    assert_null(theme_load("nowhere", dirs, &err));
    assert_non_null(err);
    free(err);
    err = NULL;
    assert_null(theme_load("../first/sea", dirs, &err));
    free(err);

    size_t n;
    char **names = theme_list(dirs, &n);
    assert_int_equal(n, 3);
    assert_string_equal(names[0], "default");
    assert_string_equal(names[1], "sand");
    assert_string_equal(names[2], "sea");
    assert_null(names[3]);
    assert_string_equal(theme_next_name(names, n, "default"), "sand");
    assert_string_equal(theme_next_name(names, n, "sea"), "default");
    assert_string_equal(theme_next_name(names, n, "unknown"), "default");
    theme_list_free(names);
    free(a);
    free(b);
}

static void default_dirs_follow_xdg(void **state)
{
    (void)state;
    setenv("XDG_CONFIG_HOME", "/somewhere/cfg", 1);
    char **dirs = theme_dirs();
    assert_string_equal(dirs[0], "/somewhere/cfg/dateline/themes");
    assert_string_equal(dirs[1], DATELINE_SHAREDIR "/themes");
    assert_string_equal(dirs[2], DATELINE_SRCDIR "/themes");
    assert_null(dirs[3]);
    theme_dirs_free(dirs);
    setenv("XDG_CONFIG_HOME", "relative/ignored", 1);
    setenv("HOME", "/home/reader", 1);
    dirs = theme_dirs();
    assert_string_equal(dirs[0], "/home/reader/.config/dateline/themes");
    theme_dirs_free(dirs);
    unsetenv("XDG_CONFIG_HOME");
    /* The shipped themes are found from the source tree. */
    size_t n;
    char **names = theme_list(NULL, &n);
    assert_true(n >= 4);
    bool mono = false;
    for (size_t i = 0; i < n; i++)
        mono = mono || strcmp(names[i], "mono") == 0;
    assert_true(mono);
    theme_list_free(names);
}

static void colors_fit_small_palettes(void **state)
{
    (void)state;
    assert_int_equal(theme_color_fit(214, 256), 214);
    assert_int_equal(theme_color_fit(196, 8), 1);   /* pure red */
    assert_int_equal(theme_color_fit(21, 8), 4);    /* pure blue */
    assert_int_equal(theme_color_fit(231, 16), 15); /* white */
    assert_int_equal(theme_color_fit(231, 8), 7);
    assert_int_equal(theme_color_fit(232, 8), 0); /* darkest grey */
    assert_int_equal(theme_color_fit(12, 8), 4);  /* bright blue */
    assert_int_equal(theme_color_fit(THEME_COLOR_DEFAULT, 256),
                     THEME_COLOR_DEFAULT);
    assert_int_equal(theme_color_fit(3, 0), THEME_COLOR_DEFAULT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(values_are_parsed),
        cmocka_unit_test(bad_words_become_warnings),
        cmocka_unit_test(broken_file_falls_back_with_a_warning),
        cmocka_unit_test(shipped_themes_load_cleanly),
        cmocka_unit_test(search_order_and_fallback),
        cmocka_unit_test(default_dirs_follow_xdg),
        cmocka_unit_test(colors_fit_small_palettes),
    };
    return cmocka_run_group_tests(tests, make_tmpdir, remove_tmpdir);
}
