/* Reading input: what a user feeding odd files would notice — BOMs and
 * Windows line ends vanish, cp1252 text reads correctly, binary files,
 * directories, missing and oversized files are refused with a reason. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "source.h"

static source_text decode_ok(const char *bytes, size_t len)
{
    source_text t;
    char *err = NULL;
    assert_int_equal(source_decode(bytes, len, &t, &err), 0);
    assert_null(err);
    assert_non_null(t.text);
    assert_int_equal(strlen(t.text), t.len);
    return t;
}

static void bom_is_dropped(void **state)
{
    (void)state;
    source_text t = decode_ok("\xEF\xBB\xBFHello", 8);
    assert_string_equal(t.text, "Hello");
    assert_false(t.from_cp1252);
    source_text_free(&t);
}

static void crlf_and_lone_cr_become_lf(void **state)
{
    (void)state;
    source_text t = decode_ok("one\r\ntwo\rthree\n\r\nfour\r", 22);
    assert_string_equal(t.text, "one\ntwo\nthree\n\nfour\n");
    source_text_free(&t);
}

static void cp1252_quotes_and_accents_are_decoded(void **state)
{
    (void)state;
    /* 0x93/0x94 curly quotes, 0xE9 e-acute, 0x97 em dash, 0x81 unassigned */
    const char in[] = "\x93"
                      "Caf\xE9\x94 \x97 ok\x81\r\n";
    source_text t = decode_ok(in, sizeof in - 1);
    assert_true(t.from_cp1252);
    assert_string_equal(t.text, "\xE2\x80\x9C"
                                "Caf\xC3\xA9\xE2\x80\x9D \xE2\x80\x94 ok"
                                "\xEF\xBF\xBD\n");
    source_text_free(&t);
}

static void valid_utf8_is_not_reinterpreted(void **state)
{
    (void)state;
    const char in[] = "\xE2\x80\x9C"
                      "Caf\xC3\xA9\xE2\x80\x9D";
    source_text t = decode_ok(in, sizeof in - 1);
    assert_false(t.from_cp1252);
    assert_string_equal(t.text, in);
    source_text_free(&t);
}

static void one_invalid_byte_switches_whole_input_to_cp1252(void **state)
{
    (void)state;
    /* Valid UTF-8 é early, then a stray 0xE9: the whole text is cp1252. */
    const char in[] = "\xC3\xA9 and \xE9";
    source_text t = decode_ok(in, sizeof in - 1);
    assert_true(t.from_cp1252);
    assert_string_equal(t.text, "\xC3\x83\xC2\xA9 and \xC3\xA9");
    source_text_free(&t);
}

static void decomposed_text_is_composed(void **state)
{
    (void)state;
    source_text t = decode_ok("Jose\xCC\x81", 6);
    assert_string_equal(t.text, "Jos\xC3\xA9");
    assert_int_equal(t.len, 5);
    source_text_free(&t);
}

static void only_lines_needing_it_are_normalised(void **state)
{
    (void)state;
    const char in[] = "caf\xC3\xA9 \xE2\x80\x94 plain\nJose\xCC\x81 line\n"
                      "\xE2\x84\xAB and \xC2\xBB end";
    source_text t = decode_ok(in, sizeof in - 1);
    /* U+212B ANGSTROM SIGN becomes U+00C5; the rest is kept byte for byte. */
    assert_string_equal(t.text, "caf\xC3\xA9 \xE2\x80\x94 plain\nJos\xC3\xA9 "
                                "line\n\xC3\x85 and \xC2\xBB end");
    source_text_free(&t);
}

static void nul_bytes_are_refused_with_offset(void **state)
{
    (void)state;
    source_text t;
    char *err = NULL;
    assert_int_equal(source_decode("abc\0def", 7, &t, &err), -1);
    assert_non_null(err);
    assert_non_null(strstr(err, "binary"));
    assert_non_null(strstr(err, "offset 3"));
    assert_null(strchr(err, '\n'));
    assert_null(t.text);
    free(err);
}

static void empty_input_is_empty_text(void **state)
{
    (void)state;
    source_text t = decode_ok("", 0);
    assert_string_equal(t.text, "");
    assert_int_equal(t.len, 0);
    source_text_free(&t);
}

static int write_temp(const char *bytes, size_t len, char *path)
{
    strcpy(path, "/tmp/dateline-test-source-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, bytes, len), (ssize_t)len);
    return fd;
}

static void file_is_read_and_decoded(void **state)
{
    (void)state;
    char path[64];
    close(write_temp("\xEF\xBB\xBFline\r\n", 9, path));
    source_text t;
    char *err = NULL;
    assert_int_equal(source_read_path(path, &t, &err), 0);
    assert_string_equal(t.text, "line\n");
    source_text_free(&t);
    unlink(path);
}

static void size_limit_is_enforced(void **state)
{
    (void)state;
    char path[64];
    close(write_temp("0123456789", 10, path));
    source_text t;
    char *err = NULL;
    assert_int_equal(source_read_path_max(path, 10, &t, &err), 0);
    source_text_free(&t);
    assert_int_equal(source_read_path_max(path, 9, &t, &err), -1);
    assert_non_null(strstr(err, "too large"));
    free(err);
    unlink(path);
}

static void size_limit_applies_to_pipes(void **state)
{
    (void)state;
    /* A pipe has no size to stat: reading must stop past the limit. */
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    char block[4096];
    memset(block, 'x', sizeof block);
    assert_int_equal(write(fds[1], block, sizeof block), sizeof block);
    close(fds[1]);
    source_text t;
    char *err = NULL;
    assert_int_equal(source_read_fd_max(fds[0], 100, &t, &err), -1);
    assert_non_null(strstr(err, "too large"));
    free(err);
    close(fds[0]);
}

static void stdin_like_descriptor_is_read(void **state)
{
    (void)state;
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    assert_int_equal(write(fds[1], "piped\rtext", 10), 10);
    close(fds[1]);
    source_text t;
    char *err = NULL;
    assert_int_equal(source_read_fd(fds[0], &t, &err), 0);
    assert_string_equal(t.text, "piped\ntext");
    source_text_free(&t);
    close(fds[0]);
}

static void directories_and_missing_files_are_refused(void **state)
{
    (void)state;
    source_text t;
    char *err = NULL;
    assert_int_equal(source_read_path("/tmp", &t, &err), -1);
    assert_non_null(strstr(err, "directory"));
    assert_null(strstr(err, "/tmp"));
    free(err);
    err = NULL;
    assert_int_equal(
        source_read_path("/nonexistent/dateline-no-such-file", &t, &err), -1);
    assert_non_null(strstr(err, "No such file"));
    free(err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bom_is_dropped),
        cmocka_unit_test(crlf_and_lone_cr_become_lf),
        cmocka_unit_test(cp1252_quotes_and_accents_are_decoded),
        cmocka_unit_test(valid_utf8_is_not_reinterpreted),
        cmocka_unit_test(one_invalid_byte_switches_whole_input_to_cp1252),
        cmocka_unit_test(decomposed_text_is_composed),
        cmocka_unit_test(only_lines_needing_it_are_normalised),
        cmocka_unit_test(nul_bytes_are_refused_with_offset),
        cmocka_unit_test(empty_input_is_empty_text),
        cmocka_unit_test(file_is_read_and_decoded),
        cmocka_unit_test(size_limit_is_enforced),
        cmocka_unit_test(size_limit_applies_to_pipes),
        cmocka_unit_test(stdin_like_descriptor_is_read),
        cmocka_unit_test(directories_and_missing_files_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
