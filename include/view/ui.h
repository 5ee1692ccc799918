/* ui — the interactive reader: panes, keys, the main loop.
 *
 * The only module, with the view-*.c files, that includes <curses.h>. It
 * loads the configuration and theme, shows the frozen document and returns
 * the process exit status. Keys come from /dev/tty when the article came
 * from standard input. */
#ifndef DATELINE_UI_H
#define DATELINE_UI_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"

typedef struct {
    const char *path;        /* shown in messages; "<stdin>" for a pipe */
    const char *theme;       /* --theme, or NULL */
    const char *config_path; /* --config, or NULL for the XDG default */
    bool no_color;           /* --no-color */
    bool mouse;              /* --mouse */
    bool keys_from_tty;      /* the article came from standard input */
    bool decoded_from_cp1252;
    size_t unreadable; /* articles named that could not be read */
} ui_options;

/* One of several articles opened at once (dateline a b c). */
typedef struct {
    const doc *d;
    const char *path; /* as named on the command line */
    bool decoded_from_cp1252;
} ui_article;

int ui_run(const doc *d, const ui_options *opts);
/* The reader over n >= 1 articles: :n / :p step between them, each keeping
 * its own position, selection and search; every one's position is saved. */
int ui_run_many(const ui_article *articles, size_t n, const ui_options *opts);

/* --check-config: reads the configuration (path, or NULL for the XDG
 * default), applies its [keys] and loads its theme (or theme_name), and
 * writes every problem to stderr, one a line. Returns 0 when there is
 * none (and says so on stdout), 1 otherwise or when an explicit file
 * cannot be read. No terminal needed. */
int ui_check_config(const char *path, const char *theme_name);

/* Columns of the terminal on stdout, or `fallback` when it is not one. */
unsigned ui_terminal_width(unsigned fallback);

#endif
