/* theme — how each semantic style looks: a foreground and a background
 * colour and a set of attributes, read from INI files with iniparser.
 *
 * A theme file is NAME.ini with a [styles] section keyed by the names of
 * style.h ("quote = yellow default bold"): foreground, background, then any
 * of bold, dim, underline, reverse, italic, standout. Colours are "default",
 * black red green yellow blue magenta cyan white, their bright- forms
 * (8..15), or colorN / colourN (0..255). A style the file does not name
 * keeps the built-in look. Unknown keys and bad values become warnings, never
 * failures. Values here are abstract (no curses): the view maps them.
 *
 * Themes are searched in ${XDG_CONFIG_HOME:-~/.config}/dateline/themes, then
 * DATELINE_SHAREDIR/themes, then DATELINE_SRCDIR/themes; the first file of
 * a name wins. The built-in theme "default" exists without any file. */
#ifndef DATELINE_THEME_H
#define DATELINE_THEME_H

#include <stddef.h>

#include "style.h"

#define THEME_COLOR_DEFAULT (-1)

enum {
    THEME_ATTR_BOLD = 1u << 0,
    THEME_ATTR_DIM = 1u << 1,
    THEME_ATTR_UNDERLINE = 1u << 2,
    THEME_ATTR_REVERSE = 1u << 3,
    THEME_ATTR_ITALIC = 1u << 4,
    THEME_ATTR_STANDOUT = 1u << 5,
};

typedef struct {
    int fg, bg;     /* 0..255, or THEME_COLOR_DEFAULT */
    unsigned attrs; /* THEME_ATTR_* bits */
} theme_look;

typedef struct theme theme;

/* The default search directories, NULL-terminated; free with
 * theme_dirs_free. */
char **theme_dirs(void);
void theme_dirs_free(char **dirs);

/* Loads theme `name` from the first of `dirs` (NULL-terminated; NULL for
 * theme_dirs()) that has NAME.ini. When no file is found, "default" gives
 * the built-in theme; any other name gives NULL and *err (free it). */
theme *theme_load(const char *name, char *const *dirs, char **err);
/* Loads one theme file; NULL and *err when it cannot be read. */
theme *theme_load_file(const char *path, char **err);
/* The built-in theme (named "default"). */
theme *theme_builtin(void);
void theme_free(theme *t);

const char *theme_name(const theme *t);
/* The look of a style; out-of-range ids give the look of "normal". */
theme_look theme_style(const theme *t, style_id id);
/* True when the theme sets no colour at all (mono). */
int theme_is_mono(const theme *t);

/* Problems found while reading, one line each ("dark.ini: quote: unknown
 * colour 'yelow'"). */
size_t theme_warning_count(const theme *t);
const char *theme_warning(const theme *t, size_t i);

/* Sorted distinct theme names in `dirs` (NULL: theme_dirs()), "default"
 * always among them; NULL-terminated, *count set. Free with
 * theme_list_free. */
char **theme_list(char *const *dirs, size_t *count);
void theme_list_free(char **names);
/* The name after `current` in the list, wrapping round (for the `t` key). */
const char *theme_next_name(char *const *names, size_t count,
                            const char *current);

/* A colour a terminal with `colors` colours can show: 256-colour values are
 * mapped to the nearest of the 16 or 8 basic ones; default stays default. */
int theme_color_fit(int color, int colors);

#endif
