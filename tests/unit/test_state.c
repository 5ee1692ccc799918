/* state: a saved position comes back, the folder is made when missing, a
 * save replaces the file whole (rename, no stray temporary), damaged files
 * are reported and ignored, and the XDG folder is used. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "doc.h"
#include "state.h"
#include "xalloc.h"

#include "tmpdir.h"

static size_t count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            n++;
    closedir(d);
    return n;
}

static void position_round_trips(void **state)
{
    (void)state;
    char *dir = xasprintf("%s/deep/er/dateline", tmpdir); /* not there yet */
    unsigned long long hash = 0x0123456789abcdefULL;
    state_position pos = {0, 0}, got = {0, 0};
    char *err = NULL, *note = NULL;
    assert_int_equal(state_load(dir, hash, &got, &note), STATE_NOT_FOUND);
    assert_null(note);

    pos = (state_position){17, 4242};
    assert_int_equal(state_save(dir, hash, &pos, &err), 0);
    assert_null(err);
    assert_int_equal(state_load(dir, hash, &got, &note), STATE_FOUND);
    assert_int_equal(got.block, 17);
    assert_int_equal(got.offset, 4242);
    /* Another article has its own file. */
    assert_int_equal(state_load(dir, hash + 1, &got, &note), STATE_NOT_FOUND);

    char *path = state_path(dir, hash);
    assert_non_null(strstr(path, "0123456789abcdef"));
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 077, 0); /* private to the user */
    free(path);
    free(dir);
}

static void save_replaces_the_file_whole(void **state)
{
    (void)state;
    char *dir = xasprintf("%s/atomic", tmpdir);
    unsigned long long hash = 42;
    char *err = NULL, *note = NULL;
    state_position pos = {1, 10}, got;
    assert_int_equal(state_save(dir, hash, &pos, &err), 0);
    char *path = state_path(dir, hash);
    struct stat before, after;
    assert_int_equal(stat(path, &before), 0);
    /* Keep the old file open: a rename leaves it intact under the reader,
     * an in-place rewrite would change what it reads. */
    FILE *old = fopen(path, "r");
    assert_non_null(old);
    pos = (state_position){2, 20};
    assert_int_equal(state_save(dir, hash, &pos, &err), 0);
    assert_int_equal(stat(path, &after), 0);
    assert_true(before.st_ino != after.st_ino);
    char line[64] = "";
    assert_non_null(fgets(line, sizeof line, old));
    assert_non_null(fgets(line, sizeof line, old));
    assert_string_equal(line, "block 1\n");
    fclose(old);
    assert_int_equal(state_load(dir, hash, &got, &note), STATE_FOUND);
    assert_int_equal(got.block, 2);
    assert_int_equal(got.offset, 20);
    /* No temporary file is left behind. */
    assert_int_equal(count_entries(dir), 1);
    free(path);
    free(dir);
}

static void save_failure_is_reported(void **state)
{
    (void)state;
    /* A file where the folder should be. */
    char *blocker = xasprintf("%s/blocker", tmpdir);
    FILE *f = fopen(blocker, "w");
    fclose(f);
    char *dir = xasprintf("%s/sub", blocker);
    char *err = NULL;
    state_position pos = {1, 1};
    assert_int_equal(state_save(dir, 7, &pos, &err), -1);
    assert_non_null(err);
    free(err);
    free(dir);
    free(blocker);
}

static void damaged_files_are_ignored_with_a_note(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "",
        "garbage\n",
        "dateline-position 1\nblock 3\n",
        "dateline-position 1\nblock x\noffset 4\n",
        "dateline-position 1\nblock 3\noffset -4\n",
        "dateline-position 1\nblock 3\noffset 99999999999999999999999\n",
        "dateline-position 1\nblock 3\noffset 4", /* cut short */
        "dateline-position 1\nblock 3\noffset 4\nextra\n",
        "dateline-position 2\nblock 3\noffset 4\n",
    };
    char *dir = xasprintf("%s/damaged", tmpdir);
    mkdir(dir, 0700);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *path = state_path(dir, i);
        FILE *f = fopen(path, "w");
        fputs(bad[i], f);
        fclose(f);
        state_position got = {5, 5};
        char *note = NULL;
        assert_int_equal(state_load(dir, i, &got, &note), STATE_DAMAGED);
        assert_non_null(note);
        assert_non_null(strstr(note, "damaged"));
        free(note);
        assert_int_equal(got.block, 5); /* untouched */
        free(path);
    }
    /* The well-formed file, for contrast. */
    char *path = state_path(dir, 100);
    FILE *f = fopen(path, "w");
    fputs("dateline-position 1\nblock 3\noffset 4\n", f);
    fclose(f);
    state_position got;
    char *note = NULL;
    assert_int_equal(state_load(dir, 100, &got, &note), STATE_FOUND);
    assert_int_equal(got.offset, 4);
    free(path);
    free(dir);
}

static void default_folder_follows_xdg(void **state)
{
    (void)state;
    char *xdg = xasprintf("%s/xdg-state", tmpdir);
    setenv("XDG_STATE_HOME", xdg, 1);
    char *dir = state_dir();
    char *want = xasprintf("%s/dateline", xdg);
    assert_string_equal(dir, want);
    state_position pos = {3, 9}, got;
    char *err = NULL, *note = NULL;
    assert_int_equal(state_save(NULL, 99, &pos, &err), 0);
    assert_int_equal(state_load(want, 99, &got, &note), STATE_FOUND);
    assert_int_equal(got.offset, 9);
    free(dir);
    setenv("XDG_STATE_HOME", "not/absolute", 1);
    setenv("HOME", "/home/reader", 1);
    dir = state_dir();
    assert_string_equal(dir, "/home/reader/.local/state/dateline");
    free(dir);
    unsetenv("XDG_STATE_HOME");
    free(want);
    free(xdg);
}

static void position_must_fit_the_document(void **state)
{
    (void)state;
    doc *d = doc_new();
    doc_add_block(d, DOC_BLOCK_PARAGRAPH, "Hello.", 6, NULL, 0);
    doc_freeze(d);
    assert_true(state_fits(d, &(state_position){0, 0}));
    assert_true(state_fits(d, &(state_position){0, 6}));
    assert_false(state_fits(d, &(state_position){0, 7}));
    assert_false(state_fits(d, &(state_position){1, 0}));
    doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(position_round_trips),
        cmocka_unit_test(save_replaces_the_file_whole),
        cmocka_unit_test(save_failure_is_reported),
        cmocka_unit_test(damaged_files_are_ignored_with_a_note),
        cmocka_unit_test(default_folder_follows_xdg),
        cmocka_unit_test(position_must_fit_the_document),
    };
    return cmocka_run_group_tests(tests, make_tmpdir, remove_tmpdir);
}
