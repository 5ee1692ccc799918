/* config: the option table's defaults, values read from a file, bad values
 * and unknown names turned into warnings (never failures), [keys] lines kept
 * as written, the explicit and the XDG default file, and printing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "config.h"
#include "xalloc.h"

#include "tmpdir.h"

/* Writes `text` to tmpdir/name; returns the path (free it). */
static char *write_file(const char *name, const char *text)
{
    char *path = xasprintf("%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static config *load_text(const char *text)
{
    char *path = write_file("config.ini", text);
    char *err = NULL;
    config *c = config_load(path, &err);
    assert_non_null(c);
    assert_null(err);
    free(path);
    return c;
}

/* True when some warning contains `needle`. */
static bool warned(const config *c, const char *needle)
{
    for (size_t i = 0; i < config_warning_count(c); i++)
        if (strstr(config_warning(c, i), needle))
            return true;
    return false;
}

static void defaults_come_from_the_table(void **state)
{
    (void)state;
    config *c = config_defaults();
    assert_string_equal(config_theme(c), "default");
    assert_int_equal(config_measure(c), 72);
    assert_int_equal(config_sidebar_width(c), 28);
    assert_int_equal(config_caption_height(c), 6);
    assert_false(config_mouse(c));
    assert_int_equal(config_warning_count(c), 0);
    assert_int_equal(config_binding_count(c), 0);
    assert_null(config_path(c));
    assert_int_equal(config_get_int(c, "view", "nonsense"), 0);
    assert_null(config_get_string(c, "view", "measure")); /* not a string */
    config_free(c);

    /* Every option is reachable by name, and no two share one. */
    size_t n;
    const config_option *opt = config_options(&n);
    assert_true(n >= 5);
    for (size_t i = 0; i < n; i++) {
        assert_non_null(opt[i].help);
        for (size_t j = i + 1; j < n; j++)
            assert_false(strcmp(opt[i].section, opt[j].section) == 0 &&
                         strcmp(opt[i].key, opt[j].key) == 0);
    }
}

static void values_are_read(void **state)
{
    (void)state;
    config *c = load_text("; my settings\n"
                          "[general]\n"
                          "theme = dark\n"
                          "mouse = yes\n"
                          "\n"
                          "[view]\n"
                          "measure = 100   ; wider\n"
                          "sidebar-width = 40\n"
                          "caption-height = 3\n");
    assert_string_equal(config_theme(c), "dark");
    assert_true(config_mouse(c));
    assert_int_equal(config_measure(c), 100);
    assert_int_equal(config_sidebar_width(c), 40);
    assert_int_equal(config_caption_height(c), 3);
    assert_int_equal(config_warning_count(c), 0);
    assert_non_null(config_path(c));
    config_free(c);
}

static void bad_values_warn_and_keep_defaults(void **state)
{
    (void)state;
    config *c = load_text("[general]\n"
                          "mouse = perhaps\n"
                          "theme =\n"
                          "[view]\n"
                          "measure = 5\n"
                          "sidebar-width = wide\n"
                          "caption-height = 99999999999999\n");
    assert_false(config_mouse(c));
    assert_string_equal(config_theme(c), "default");
    assert_int_equal(config_measure(c), 72);
    assert_int_equal(config_sidebar_width(c), 28);
    assert_int_equal(config_caption_height(c), 6);
    assert_int_equal(config_warning_count(c), 5);
    assert_true(warned(c, "mouse = perhaps"));
    assert_true(warned(c, "measure = 5 is not in 20..1000"));
    assert_true(warned(c, "sidebar-width = wide is not a number"));
    config_free(c);
}

static void unknown_names_warn(void **state)
{
    (void)state;
    config *c = load_text("[general]\n"
                          "colour = blue\n"
                          "[view]\n"
                          "measure = 60\n"
                          "[fonts]\n"
                          "size = 12\n");
    assert_int_equal(config_measure(c), 60); /* the rest still applies */
    assert_int_equal(config_warning_count(c), 2);
    assert_true(warned(c, "unknown option [general] colour"));
    assert_true(warned(c, "unknown section [fonts]"));
    config_free(c);
}

static void key_lines_are_collected_as_written(void **state)
{
    (void)state;
    config *c = load_text("[keys]\n"
                          "G = bottom\n"
                          "g = top\n"
                          "next-quote = ] C-n   ; comment\n"
                          "search = \"#\"\n"
                          "[ = prev-quote\n"
                          "empty =\n"
                          "[view]\n"
                          "measure = 50\n");
    assert_int_equal(config_binding_count(c), 5);
    static const char *const want[][2] = {
        {"G", "bottom"}, {"g", "top"},        {"next-quote", "] C-n"},
        {"search", "#"}, {"[", "prev-quote"},
    };
    for (size_t i = 0; i < 5; i++) {
        const config_binding *b = config_binding_get(c, i);
        assert_string_equal(b->lhs, want[i][0]);
        assert_string_equal(b->rhs, want[i][1]);
    }
    assert_null(config_binding_get(c, 5));
    assert_true(warned(c, "empty"));
    /* A section after [keys] is read normally. */
    assert_int_equal(config_measure(c), 50);
    config_free(c);
}

static void explicit_missing_file_is_an_error(void **state)
{
    (void)state;
    char *path = xasprintf("%s/absent.ini", tmpdir);
    char *err = NULL;
    assert_null(config_load(path, &err));
    assert_non_null(err);
    assert_non_null(strstr(err, "absent.ini"));
    free(err);
    err = NULL;
    /* A directory is no config file either. */
    assert_null(config_load(tmpdir, &err));
    assert_non_null(err);
    free(err);
    free(path);
}

static void default_file_is_optional_and_found_by_xdg(void **state)
{
    (void)state;
    char *home = xasprintf("%s/xdg", tmpdir);
    mkdir(home, 0700);
    setenv("XDG_CONFIG_HOME", home, 1);
    char *err = NULL;
    config *c = config_load(NULL, &err);
    assert_non_null(c);
    assert_null(err);
    assert_int_equal(config_warning_count(c), 0);
    assert_null(config_path(c));
    config_free(c);

    char *dir = xasprintf("%s/dateline", home);
    mkdir(dir, 0700);
    char *path = xasprintf("%s/config.ini", dir);
    FILE *f = fopen(path, "w");
    fputs("[view]\nmeasure = 90\n", f);
    fclose(f);
    c = config_load(NULL, &err);
    assert_non_null(c);
    assert_int_equal(config_measure(c), 90);
    assert_string_equal(config_path(c), path);
    config_free(c);
    unsetenv("XDG_CONFIG_HOME");
    free(path);
    free(dir);
    free(home);
}

/* A syntax error costs only its own line; a broken section header its
 * section; every problem is listed. */
static void syntax_error_warns_and_keeps_defaults(void **state)
{
    (void)state;
    config *c = load_text("[view]\nmeasure = 40\nthis line has no equals "
                          "sign\ncaption-height = 3\n");
    assert_int_equal(config_warning_count(c), 1);
    assert_non_null(strstr(config_warning(c, 0), "line 3"));
    assert_int_equal(config_measure(c), 40);
    assert_int_equal(config_caption_height(c), 3);
    config_free(c);

    c = load_text("[general]\nmouse = on\n[view\nmeasure = 50\n"
                  "[view]\nsidebar-width = 5\ncaption-height = 4\n"
                  "= nothing\n");
    assert_true(config_mouse(c));
    assert_int_equal(config_measure(c), 72); /* its section was skipped */
    assert_int_equal(config_caption_height(c), 4);
    /* [view, sidebar-width out of range, "= nothing" */
    assert_int_equal(config_warning_count(c), 3);
    config_free(c);
}

static void printed_configuration_reads_back_the_same(void **state)
{
    (void)state;
    config *c = load_text("[general]\ntheme = light\nmouse = on\n"
                          "[view]\nmeasure = 66\ncaption-height = 4\n"
                          "[keys]\nJ = page-down\n");
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    config_print(c, f);
    fclose(f);
    assert_non_null(strstr(text, "measure = 66\n"));
    assert_non_null(strstr(text, "# widest the text column grows"));
    assert_non_null(strstr(text, "J = page-down\n"));

    config *again = load_text(text);
    assert_int_equal(config_warning_count(again), 0);
    assert_string_equal(config_theme(again), "light");
    assert_true(config_mouse(again));
    assert_int_equal(config_measure(again), 66);
    assert_int_equal(config_caption_height(again), 4);
    assert_int_equal(config_sidebar_width(again), 28);
    assert_int_equal(config_binding_count(again), 1);
    assert_string_equal(config_binding_get(again, 0)->lhs, "J");
    config_free(again);
    config_free(c);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults_come_from_the_table),
        cmocka_unit_test(values_are_read),
        cmocka_unit_test(bad_values_warn_and_keep_defaults),
        cmocka_unit_test(unknown_names_warn),
        cmocka_unit_test(key_lines_are_collected_as_written),
        cmocka_unit_test(explicit_missing_file_is_an_error),
        cmocka_unit_test(default_file_is_optional_and_found_by_xdg),
        cmocka_unit_test(syntax_error_warns_and_keeps_defaults),
        cmocka_unit_test(printed_configuration_reads_back_the_same),
    };
    return cmocka_run_group_tests(tests, make_tmpdir, remove_tmpdir);
}
