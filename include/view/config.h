/* config — the user's settings, from
 * ${XDG_CONFIG_HOME:-~/.config}/dateline/config.ini or an explicit file,
 * read with iniparser through one typed option table {section, key, type,
 * min, max, default, help} that drives reading, validating and printing.
 *
 *   [general]  theme = NAME          mouse = BOOL
 *   [view]     measure = N (text column cap)   sidebar-width = N
 *              caption-height = N
 *   [keys]     KEY = command  or  command = KEY ...  (collected as written,
 *              in file order; keymap.c validates them)
 *
 * A missing default file is fine; a missing explicit file is an error.
 * Unknown sections and keys and bad values become warnings (strings for the
 * status line) and the default is kept: never a failure. No curses, no
 * model. */
#ifndef DATELINE_CONFIG_H
#define DATELINE_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { CONFIG_STRING, CONFIG_INT, CONFIG_BOOL } config_type;

typedef struct {
    const char *section, *key;
    config_type type;
    int min, max;     /* CONFIG_INT bounds, inclusive */
    const char *def;  /* default, as it would be written in the file */
    const char *help; /* one line */
} config_option;

/* One [keys] line as written (the key's case kept). */
typedef struct {
    const char *lhs, *rhs;
} config_binding;

typedef struct config config;

/* The option table. */
const config_option *config_options(size_t *count);

/* Reads `path`, or the XDG default when path is NULL. Returns NULL with
 * *err (free it) only when an explicit file cannot be read. */
config *config_load(const char *path, char **err);
/* Every option at its default, no bindings, no warnings. */
config *config_defaults(void);
void config_free(config *c);

/* The file actually read, or NULL when none was. */
const char *config_path(const config *c);

/* Typed values of the table's options. */
const char *config_theme(const config *c);
unsigned config_measure(const config *c);
unsigned config_sidebar_width(const config *c);
unsigned config_caption_height(const config *c);
bool config_mouse(const config *c);
/* Any option by section and key: the string, int or bool value. */
const char *config_get_string(const config *c, const char *section,
                              const char *key);
int config_get_int(const config *c, const char *section, const char *key);
bool config_get_bool(const config *c, const char *section, const char *key);

size_t config_binding_count(const config *c);
const config_binding *config_binding_get(const config *c, size_t i);

size_t config_warning_count(const config *c);
const char *config_warning(const config *c, size_t i);

/* The effective configuration as an INI file, each option with its help
 * line as a comment, then the [keys] lines. */
void config_print(const config *c, FILE *out);

#endif
