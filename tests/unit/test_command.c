/* command: the table matches keys.md (every command, its default keys, no
 * extra, unique names), and commands change the reader state and return
 * what the loop must do, on a real document and on an empty one, in every
 * focus and overlay. keys.md is read at run time from ../shared/spec. */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "command.h"
#include "doc.h"
#include "keymap.h"
#include "viewstate.h"

#define KEYS_MD "../shared/spec/keys.md"

/* The text between backticks in s, one after the other. */
static size_t backticked(const char *s, char out[][32], size_t max)
{
    size_t n = 0;
    while ((s = strchr(s, '`')) != NULL) {
        const char *e = strchr(s + 1, '`');
        if (!e)
            break;
        if (n < max && (size_t)(e - s - 1) < 32) {
            memcpy(out[n], s + 1, (size_t)(e - s - 1));
            out[n][e - s - 1] = '\0';
            n++;
        }
        s = e + 1;
    }
    return n;
}

/* keys.md writes keys as people read them; the keymap as configs do. */
static int key_of(const char *md)
{
    if (strcmp(md, "\xe2\x86\x93") == 0)
        return keymap_key_parse("Down");
    if (strcmp(md, "\xe2\x86\x91") == 0)
        return keymap_key_parse("Up");
    if (strncmp(md, "Ctrl-", 5) == 0 && strlen(md) == 6) {
        char name[4] = {'C', '-', md[5], '\0'};
        return keymap_key_parse(name);
    }
    if (strcmp(md, "Shift-Tab") == 0)
        return keymap_key_parse("S-Tab");
    return keymap_key_parse(md);
}

static char *read_keys_md(void)
{
    FILE *f = fopen(KEYS_MD, "r");
    if (!f)
        return NULL;
    char *buf = calloc(1, 1 << 16);
    size_t n = fread(buf, 1, (1 << 16) - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Splits a table row "| a | b | c |" into its first two cells. */
static int row_cells(char *line, char **keys, char **names)
{
    if (strncmp(line, "| `", 3) != 0)
        return -1;
    char *c1 = line + 1, *c2 = strchr(c1, '|');
    if (!c2)
        return -1;
    *c2++ = '\0';
    char *c3 = strchr(c2, '|');
    if (!c3)
        return -1;
    *c3 = '\0';
    *keys = c1;
    *names = c2;
    return 0;
}

static void table_matches_keys_md(void **state)
{
    (void)state;
    char *md = read_keys_md();
    if (!md)
        skip();
    keymap *km = keymap_new_default();
    bool *seen = calloc(command_count(), sizeof *seen);
    size_t rows = 0;
    for (char *line = strtok(md, "\n"); line; line = strtok(NULL, "\n")) {
        char *keys, *names;
        if (row_cells(line, &keys, &names) != 0)
            continue;
        rows++;
        /* "`a` `b` / `c`" pairs with "`x` / `y`": keys before the slash
         * run the first command. */
        char *kslash = strstr(keys, " / "), *nslash = strstr(names, " / ");
        char *kparts[2] = {keys, NULL}, *nparts[2] = {names, NULL};
        if (nslash) {
            assert_non_null(kslash);
            *kslash = '\0', *nslash = '\0';
            kparts[1] = kslash + 3, nparts[1] = nslash + 3;
        }
        for (int p = 0; p < 2 && nparts[p]; p++) {
            char name[4][32], key[8][32];
            /* keys without a command (Ctrl-Z, counts) name none */
            if (backticked(nparts[p], name, 4) == 0 &&
                strstr(nparts[p], "\xe2\x80\x94"))
                continue;
            assert_int_equal(backticked(nparts[p], name, 4), 1);
            int id = command_find(name[0]);
            if (id < 0)
                fail_msg("keys.md names '%s', not in the command table",
                         name[0]);
            seen[id] = true;
            size_t nk = backticked(kparts[p], key, 8);
            assert_true(nk >= 1);
            for (size_t k = 0; k < nk; k++) {
                int code = key_of(key[k]);
                if (code == KEYMAP_NONE)
                    fail_msg("key '%s' of %s does not parse", key[k], name[0]);
                /* Ctrl-I is Tab to a terminal: focus-next keeps it and
                 * walks the jump list forward during a Ctrl-O walk */
                if (code == 9 && strcmp(name[0], "jump-newer") == 0) {
                    assert_int_equal(keymap_lookup(km, code),
                                     command_find("focus-next"));
                    continue;
                }
                if (keymap_lookup(km, code) != id)
                    fail_msg("key '%s' does not run %s", key[k], name[0]);
            }
        }
    }
    assert_true(rows >= 20);
    for (size_t i = 0; i < command_count(); i++)
        if (!seen[i])
            fail_msg("command '%s' is not in keys.md", command_get(i)->name);
    free(seen);
    keymap_free(km);
    free(md);
}

static void names_are_unique_and_documented(void **state)
{
    (void)state;
    for (size_t i = 0; i < command_count(); i++) {
        const command_def *c = command_get(i);
        assert_non_null(c->run);
        assert_true(strlen(c->help) > 3);
        assert_int_equal(command_find(c->name), (int)i);
        for (size_t j = i + 1; j < command_count(); j++)
            assert_string_not_equal(c->name, command_get(j)->name);
    }
    assert_null(command_get(command_count()));
    assert_int_equal(command_find("no-such-command"), -1);
    assert_int_equal(command_run(command_count(), NULL), COMMAND_NOTHING);
}

/* An article: paragraphs with quotations and people, and two captions. */
static doc *sample(void)
{
    doc *d = doc_new();
    char text[256];
    size_t ada = doc_add_entity(d, DOC_PERSON, "Ada Lin");
    size_t bo = doc_add_entity(d, DOC_PERSON, "Bo Park");
    size_t town = doc_add_entity(d, DOC_PLACE, "Port Vale");
    for (int i = 0; i < 40; i++) {
        int n =
            snprintf(text, sizeof text,
                     "Paragraph %d begins here, and \"we will see number %d "
                     "through,\" Ada Lin said of Port Vale, before going on "
                     "with several more words to fill the line.",
                     i, i);
        size_t b =
            doc_add_block(d, DOC_BLOCK_PARAGRAPH, text, (size_t)n, NULL, 0);
        const char *q = strchr(text, '"');
        size_t qs = (size_t)(q - text) + 1;
        size_t qe = (size_t)(strchr(q + 1, '"') - text);
        size_t qid =
            doc_add_quote(d, &(doc_quote){.block = b, .start = qs, .end = qe, .speaker = DOC_NONE, .cue = NULL, .continues = false});
        size_t at = (size_t)(strstr(text, "Ada Lin") - text);
        doc_entity_add_mention(d, ada, (doc_span){b, at, at + 7});
        doc_quote_set_speaker(d, qid, ada, "said");
        at = (size_t)(strstr(text, "Port Vale") - text);
        doc_entity_add_mention(d, town, (doc_span){b, at, at + 9});
        if (i % 10 == 3) {
            n = snprintf(text, sizeof text, "Bo Park answered in paragraph %d.",
                         i);
            b = doc_add_block(d, DOC_BLOCK_PARAGRAPH, text, (size_t)n, NULL, 0);
            doc_entity_add_mention(d, bo, (doc_span){b, 0, 7});
        }
    }
    const char *cap = "Ada Lin at the harbour. (AP Photo/Cy Dunn)";
    size_t b = doc_add_block(d, DOC_BLOCK_CAPTION, cap, strlen(cap), NULL, 0);
    doc_entity_add_mention(d, ada, (doc_span){b, 0, 7});
    size_t c = doc_add_caption(d, &(doc_caption){.block = b,
                                                 .text = cap,
                                                 .credit = "AP Photo/Cy Dunn",
                                                 .count = 2});
    doc_caption_add_person(d, c, ada);
    const char *cap2 = "The harbour at dawn. (AP Photo/Cy Dunn)";
    b = doc_add_block(d, DOC_BLOCK_CAPTION, cap2, strlen(cap2), NULL, 0);
    doc_add_caption(d, &(doc_caption){.block = b, .text = cap2, .count = 1});
    doc_freeze(d);
    return d;
}

static unsigned run(viewstate *vs, const char *name)
{
    int id = command_find(name);
    assert_true(id >= 0);
    return command_run((size_t)id, vs);
}

static viewstate *reader(const doc *d)
{
    viewstate *vs = viewstate_new(d);
    viewstate_set_body(vs, 40, 12);
    viewstate_set_lists(vs, true, 20, true, 5);
    return vs;
}

static void quotations_step_and_wrap(void **state)
{
    (void)state;
    doc *d = sample();
    viewstate *vs = reader(d);
    assert_int_equal(run(vs, "next-quote") & COMMAND_REDRAW, COMMAND_REDRAW);
    assert_int_equal(vs->quote, 0);
    run(vs, "next-quote");
    assert_int_equal(vs->quote, 1);
    run(vs, "prev-quote");
    run(vs, "prev-quote");
    assert_int_equal(vs->quote, doc_quote_count(d) - 1); /* wrapped */
    assert_int_equal(vs->context, VIEWSTATE_CONTEXT_QUOTE);
    /* the jump went to the end: back returns to the top, and back again
     * toggles to the end */
    viewstate_row row;
    assert_int_equal(viewstate_rows(vs, &row, 1), 1);
    size_t end_block = row.block;
    assert_true(end_block > 30);
    run(vs, "back");
    assert_int_equal(viewstate_rows(vs, &row, 1), 1);
    assert_int_equal(row.block, 0);
    run(vs, "back");
    assert_int_equal(viewstate_rows(vs, &row, 1), 1);
    assert_int_equal(row.block, end_block);
    assert_int_equal(run(vs, "clear"), COMMAND_REDRAW);
    assert_int_equal(vs->quote, DOC_NONE);
    viewstate_free(vs);
    doc_free(d);
}

static void yank_cites_the_quotation(void **state)
{
    (void)state;
    doc *d = sample();
    viewstate *vs = reader(d);
    assert_int_equal(run(vs, "yank-quote") & COMMAND_CLIPBOARD, 0);
    assert_null(vs->clipboard);
    run(vs, "next-quote");
    unsigned what = run(vs, "yank-quote");
    assert_true(what & COMMAND_CLIPBOARD);
    assert_non_null(vs->clipboard);
    assert_string_equal(vs->clipboard,
                        "\xe2\x80\x9cwe will see number 0 through,\xe2\x80\x9d"
                        " \xe2\x80\x94 Ada Lin");
    viewstate_free(vs);
    doc_free(d);
}

static void sidebar_selection_and_filter(void **state)
{
    (void)state;
    doc *d = sample();
    viewstate *vs = reader(d);
    run(vs, "focus-next");
    assert_int_equal(vs->focus, VIEWSTATE_FOCUS_SIDEBAR);
    /* people first, most mentioned first: Ada Lin */
    assert_int_equal(vs->items[0].kind, VIEWSTATE_ITEM_HEADING);
    assert_string_equal(vs->items[vs->item_sel].text, "Ada Lin");
    run(vs, "line-down");
    assert_string_equal(vs->items[vs->item_sel].text, "Bo Park");
    run(vs, "activate");
    assert_int_equal(vs->focus, VIEWSTATE_FOCUS_SIDEBAR); /* focus stays */
    assert_string_equal(doc_entity_get(d, vs->entity)->name, "Bo Park");
    assert_int_equal(vs->mention, 0);
    run(vs, "next-person");
    assert_int_equal(vs->mention, 1);
    run(vs, "filter");
    assert_int_equal(vs->filter_entity, vs->entity);
    /* only the four paragraphs naming him are shown */
    viewstate_row rows[64];
    size_t n = viewstate_rows(vs, rows, 64);
    for (size_t i = 0; i < n; i++)
        assert_true(viewstate_block_shown(vs, rows[i].block));
    assert_false(viewstate_block_shown(vs, 0));
    run(vs, "filter");
    assert_int_equal(vs->filter_entity, DOC_NONE);
    assert_true(viewstate_block_shown(vs, 0));
    run(vs, "clear");
    assert_int_equal(vs->entity, DOC_NONE);
    viewstate_free(vs);
    doc_free(d);
}

static void captions_and_focus_cycle(void **state)
{
    (void)state;
    doc *d = sample();
    viewstate *vs = reader(d);
    run(vs, "next-caption");
    assert_int_equal(vs->caption_sel, 0);
    run(vs, "next-caption");
    run(vs, "next-caption");
    assert_int_equal(vs->caption_sel, 0); /* wrapped */
    run(vs, "focus-prev");
    assert_int_equal(vs->focus, VIEWSTATE_FOCUS_CAPTIONS);
    run(vs, "activate");
    assert_true(vs->selected[0]); /* the caption's person */
    run(vs, "focus-next");
    assert_int_equal(vs->focus, VIEWSTATE_FOCUS_BODY);
    /* a folded pane is skipped */
    viewstate_set_lists(vs, false, 0, true, 5);
    run(vs, "focus-next");
    assert_int_equal(vs->focus, VIEWSTATE_FOCUS_CAPTIONS);
    viewstate_set_lists(vs, false, 0, false, 0);
    assert_int_equal(vs->focus, VIEWSTATE_FOCUS_BODY);
    run(vs, "focus-next");
    assert_int_equal(vs->focus, VIEWSTATE_FOCUS_BODY);
    viewstate_free(vs);
    doc_free(d);
}

static void overlays_open_and_close(void **state)
{
    (void)state;
    doc *d = sample();
    viewstate *vs = reader(d);
    run(vs, "quote-overview");
    assert_int_equal(vs->overlay, VIEWSTATE_OVERLAY_QUOTES);
    run(vs, "line-down");
    run(vs, "line-down");
    assert_int_equal(vs->overview_sel, 2);
    run(vs, "activate");
    assert_int_equal(vs->overlay, VIEWSTATE_OVERLAY_NONE);
    assert_int_equal(vs->quote, 2);
    run(vs, "help");
    assert_int_equal(vs->overlay, VIEWSTATE_OVERLAY_HELP);
    /* any command closes the help, quit included, without quitting */
    assert_int_equal(run(vs, "quit") & COMMAND_QUIT, 0);
    assert_int_equal(vs->overlay, VIEWSTATE_OVERLAY_NONE);
    run(vs, "quote-overview");
    assert_int_equal(run(vs, "quit") & COMMAND_QUIT, 0);
    assert_true(run(vs, "quit") & COMMAND_QUIT);
    assert_true(run(vs, "search") & COMMAND_PROMPT);
    assert_true(run(vs, "toggle-sidebar") & COMMAND_RELAYOUT);
    assert_false(vs->sidebar_on);
    assert_true(run(vs, "next-theme") & COMMAND_THEME);
    assert_true(run(vs, "redraw") & COMMAND_REPAINT);
    viewstate_free(vs);
    doc_free(d);
}

/* Every command in every focus and overlay, on an empty article and on a
 * real one: nothing crashes, nothing is left inconsistent. */
static void every_command_anywhere_is_safe(void **state)
{
    (void)state;
    doc *docs[2] = {doc_new(), sample()};
    doc_freeze(docs[0]);
    for (int k = 0; k < 2; k++) {
        viewstate *vs = reader(docs[k]);
        for (int f = 0; f < 3; f++)
            for (int o = 0; o < 3; o++)
                for (size_t i = 0; i < command_count(); i++) {
                    vs->focus = (viewstate_focus)f;
                    vs->overlay = (viewstate_overlay)o;
                    command_run(i, vs);
                    viewstate_row rows[16];
                    viewstate_rows(vs, rows, 16);
                    assert_true(viewstate_percent(vs) <= 100);
                    free(vs->clipboard);
                    vs->clipboard = NULL;
                }
        viewstate_search(vs, "e", 1);
        for (size_t i = 0; i < command_count(); i++)
            command_run(i, vs);
        viewstate_free(vs);
        doc_free(docs[k]);
    }
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    size_t cap = 1 << 20;
    char *buf = calloc(1, cap);
    size_t n = fread(buf, 1, cap - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* s with every '-' as groff's "\-". */
static void groff(const char *s, char *out, size_t max)
{
    size_t o = 0;
    for (; *s && o + 3 < max; s++) {
        if (*s == '-')
            out[o++] = '\\';
        out[o++] = *s;
    }
    out[o] = '\0';
}

/* The man page and the README's key table name every command of the table
 * and each of its default keys: adding a command without documenting it
 * fails here. */
static void man_page_and_readme_follow_the_table(void **state)
{
    (void)state;
    char *man = read_file("doc/dateline.1");
    char *readme = read_file("README.md");
    if (!man || !readme) {
        free(man);
        free(readme);
        skip();
        return; /* skip() jumps; the compiler cannot tell */
    }
    char *keys = strstr(man, ".SH KEYS");
    assert_non_null(keys);
    char *keys_end = strstr(keys + 1, "\n.SH ");
    assert_non_null(keys_end);
    *keys_end = '\0';
    char *table = strstr(readme, "| keys | command |");
    assert_non_null(table);
    char *table_end = strstr(table, "\n\n");
    if (table_end)
        *table_end = '\0';
    keymap *km = keymap_new_default();
    for (size_t i = 0; i < command_count(); i++) {
        const char *name = command_get(i)->name;
        char want[64];
        groff(name, want, sizeof want);
        if (!strstr(keys, want))
            fail_msg("the man page's KEYS do not name '%s'", name);
        snprintf(want, sizeof want, "`%s`", name);
        if (!strstr(table, want))
            fail_msg("the README's key table does not name '%s'", name);
        int k[8];
        size_t nk = keymap_keys_of(km, (int)i, k, 8);
        for (size_t j = 0; j < nk && j < 8; j++) {
            char kn[16], g[40], md[40];
            keymap_key_name(k[j], kn);
            if (strcmp(kn, "'") == 0 || strcmp(kn, "''") == 0)
                snprintf(g, sizeof g, "%s",
                         kn[1] ? "\\(aq\\(aq" : "\\(aq");
            else
                groff(kn, g, sizeof g);
            if (!strstr(keys, g))
                fail_msg("the man page does not give key %s of '%s'", kn, name);
            snprintf(md, sizeof md, "`%s`",
                     strcmp(kn, "Down") == 0 ? "\xe2\x86\x93"
                     : strcmp(kn, "Up") == 0 ? "\xe2\x86\x91"
                                             : kn);
            if (!strstr(table, md))
                fail_msg("the README does not give key %s of '%s'", kn, name);
        }
    }
    keymap_free(km);
    free(man);
    free(readme);
}

/* "Ctrl-Z" as the help writes it: "C-z". */
static void help_form(const char *md, char *out, size_t max)
{
    if (strncmp(md, "Ctrl-", 5) == 0 && strlen(md) == 6)
        snprintf(out, max, "C-%c", tolower((unsigned char)md[5]));
    else
        snprintf(out, max, "%s", md);
}

/* Whether key is one of the space-separated keys of a help note. */
static bool in_notes(const char *key)
{
    for (size_t i = 0; i < command_note_count(); i++) {
        char keys[64];
        snprintf(keys, sizeof keys, "%s", command_note_get(i)->keys);
        for (char *save, *k = strtok_r(keys, " ", &save); k;
             k = strtok_r(NULL, " ", &save))
            if (strcmp(k, key) == 0)
                return true;
    }
    return false;
}

/* The keys keys.md lists beside the command table (a count, N% and Np,
 * Ctrl-Z, C-i that is Tab) are in the help overlay's notes, and the man
 * page and the README give each of them. */
static void help_notes_follow_keys_md_and_docs(void **state)
{
    (void)state;
    char *md = read_keys_md();
    char *man = read_file("doc/dateline.1");
    char *readme = read_file("README.md");
    if (!md || !man || !readme) {
        free(md);
        free(man);
        free(readme);
        skip();
        return;
    }
    /* keys.md rows that run no command ("—"): every key they show */
    size_t rows = 0;
    for (char *save, *line = strtok_r(md, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        if (strncmp(line, "| ", 2) != 0)
            continue;
        char *c2 = strchr(line + 1, '|');
        if (!c2 || strncmp(c2, "| \xe2\x80\x94 |", 7) != 0)
            continue;
        rows++;
        char key[16][32];
        size_t nk = backticked(line, key, 16);
        assert_true(nk >= 1);
        for (size_t k = 0; k < nk; k++) {
            char h[40];
            help_form(key[k], h, sizeof h);
            if (!in_notes(h))
                fail_msg("keys.md shows '%s'; the help does not", key[k]);
        }
    }
    assert_true(rows >= 2);
    /* jump-newer has no key of its own: the help gives C-i */
    const command_note *jn = command_note_of("jump-newer");
    assert_non_null(jn);
    assert_string_equal(jn->keys, "C-i");
    char *keys = strstr(man, ".SH KEYS");
    assert_non_null(keys);
    char *keys_end = strstr(keys + 1, "\n.SH ");
    assert_non_null(keys_end);
    *keys_end = '\0';
    char *table = strstr(readme, "| keys | command |");
    assert_non_null(table);
    char *table_end = strstr(table, "\n\n");
    if (table_end)
        *table_end = '\0';
    for (size_t i = 0; i < command_note_count(); i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "%s", command_note_get(i)->keys);
        for (char *save, *k = strtok_r(buf, " ", &save); k;
             k = strtok_r(NULL, " ", &save)) {
            char g[40], md_key[40];
            /* "N%": the man page sets the N in italics (.IB N %) */
            if (k[0] == 'N' && k[1] && !k[2])
                snprintf(g, sizeof g, ".IB N %c", k[1]);
            else
                groff(k, g, sizeof g);
            if (!strstr(keys, g))
                fail_msg("the man page's KEYS do not give %s", k);
            snprintf(md_key, sizeof md_key, "`%s`", k);
            if (!strstr(table, md_key))
                fail_msg("the README's key table does not give %s", k);
        }
    }
    free(md);
    free(man);
    free(readme);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(table_matches_keys_md),
        cmocka_unit_test(man_page_and_readme_follow_the_table),
        cmocka_unit_test(help_notes_follow_keys_md_and_docs),
        cmocka_unit_test(names_are_unique_and_documented),
        cmocka_unit_test(quotations_step_and_wrap),
        cmocka_unit_test(yank_cites_the_quotation),
        cmocka_unit_test(sidebar_selection_and_filter),
        cmocka_unit_test(captions_and_focus_cycle),
        cmocka_unit_test(overlays_open_and_close),
        cmocka_unit_test(every_command_anywhere_is_safe),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
