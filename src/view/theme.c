/* theme — style looks from INI files, with a built-in fallback. */
#include "theme.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <iniparser.h>

#include "inifile.h"
#include "xalloc.h"
#include "xdg.h"

struct theme {
    char *name;
    theme_look looks[STYLE_COUNT];
    char **warnings;
    size_t n_warnings, cap_warnings;
};

/* The look of the built-in theme, readable on dark and light terminals:
 * the eight basic colours and attributes only. */
static const struct {
    style_id id;
    theme_look look;
} builtin_looks[] = {
    {STYLE_NORMAL, {-1, -1, 0}},
    {STYLE_HEADER, {-1, -1, THEME_ATTR_REVERSE | THEME_ATTR_BOLD}},
    {STYLE_STATUS, {-1, -1, THEME_ATTR_REVERSE}},
    {STYLE_QUOTE, {6, -1, 0}},
    {STYLE_QUOTE_CURRENT, {0, 6, THEME_ATTR_BOLD}},
    {STYLE_SPEAKER, {2, -1, THEME_ATTR_BOLD | THEME_ATTR_UNDERLINE}},
    {STYLE_PERSON, {2, -1, THEME_ATTR_BOLD}},
    {STYLE_PLACE, {5, -1, 0}},
    {STYLE_ORG, {4, -1, THEME_ATTR_BOLD}},
    {STYLE_SELECTED, {-1, -1, THEME_ATTR_BOLD | THEME_ATTR_UNDERLINE}},
    {STYLE_MATCH, {0, 3, 0}},
    {STYLE_CAPTION, {-1, -1, THEME_ATTR_ITALIC}},
    {STYLE_CREDIT, {-1, -1, THEME_ATTR_DIM}},
    {STYLE_EMBED, {4, -1, THEME_ATTR_UNDERLINE}},
    {STYLE_CONTROL, {1, -1, THEME_ATTR_BOLD}},
    {STYLE_SIDEBAR, {-1, -1, 0}},
    {STYLE_HEADING, {-1, -1, THEME_ATTR_BOLD | THEME_ATTR_UNDERLINE}},
    {STYLE_CURSOR, {-1, -1, THEME_ATTR_REVERSE | THEME_ATTR_BOLD}},
    {STYLE_BORDER, {-1, -1, THEME_ATTR_DIM}},
    {STYLE_WARNING, {1, -1, THEME_ATTR_BOLD}},
    {STYLE_LINK, {4, -1, THEME_ATTR_UNDERLINE}},
};

static const char *const color_names[] = {
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};

static const struct {
    const char *name;
    unsigned bit;
} attr_names[] = {
    {"bold", THEME_ATTR_BOLD},           {"dim", THEME_ATTR_DIM},
    {"underline", THEME_ATTR_UNDERLINE}, {"reverse", THEME_ATTR_REVERSE},
    {"italic", THEME_ATTR_ITALIC},       {"standout", THEME_ATTR_STANDOUT},
};

static void warn(theme *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void warn(theme *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    XGROW(t->warnings, t->cap_warnings, t->n_warnings + 1);
    t->warnings[t->n_warnings++] = xstrdup(buf);
}

static theme *theme_alloc(const char *name)
{
    theme *t = xcalloc(1, sizeof *t);
    t->name = xstrdup(name);
    for (size_t i = 0; i < STYLE_COUNT; i++)
        t->looks[i] = (theme_look){-1, -1, 0};
    for (size_t i = 0; i < sizeof builtin_looks / sizeof *builtin_looks; i++)
        t->looks[builtin_looks[i].id] = builtin_looks[i].look;
    return t;
}

theme *theme_builtin(void)
{
    return theme_alloc("default");
}

void theme_free(theme *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n_warnings; i++)
        free(t->warnings[i]);
    free(t->warnings);
    free(t->name);
    free(t);
}

const char *theme_name(const theme *t)
{
    return t->name;
}

theme_look theme_style(const theme *t, style_id id)
{
    if ((unsigned)id >= STYLE_COUNT)
        id = STYLE_NORMAL;
    return t->looks[id];
}

int theme_is_mono(const theme *t)
{
    for (size_t i = 0; i < STYLE_COUNT; i++)
        if (t->looks[i].fg >= 0 || t->looks[i].bg >= 0)
            return 0;
    return 1;
}

size_t theme_warning_count(const theme *t)
{
    return t->n_warnings;
}

const char *theme_warning(const theme *t, size_t i)
{
    return i < t->n_warnings ? t->warnings[i] : NULL;
}

/* ---- parsing values ----------------------------------------------------- */

/* A colour word: 0..255, THEME_COLOR_DEFAULT, or -2 when it is not one. */
static int parse_color(const char *w)
{
    if (strcasecmp(w, "default") == 0)
        return THEME_COLOR_DEFAULT;
    for (int i = 0; i < 8; i++) {
        if (strcasecmp(w, color_names[i]) == 0)
            return i;
        if (strncasecmp(w, "bright", 6) == 0) {
            const char *rest = w + 6 + (w[6] == '-');
            if (strcasecmp(rest, color_names[i]) == 0)
                return i + 8;
        }
    }
    const char *digits = NULL;
    if (strncasecmp(w, "colour", 6) == 0)
        digits = w + 6;
    else if (strncasecmp(w, "color", 5) == 0)
        digits = w + 5;
    if (digits && *digits) {
        int v = 0;
        for (const char *p = digits; *p; p++) {
            if (*p < '0' || *p > '9' || v > 255)
                return -2;
            v = v * 10 + (*p - '0');
        }
        return v <= 255 ? v : -2;
    }
    return -2;
}

static int parse_attr(const char *w, unsigned *bit)
{
    for (size_t i = 0; i < sizeof attr_names / sizeof *attr_names; i++)
        if (strcasecmp(w, attr_names[i].name) == 0) {
            *bit = attr_names[i].bit;
            return 0;
        }
    if (strcasecmp(w, "none") == 0 || strcasecmp(w, "normal") == 0) {
        *bit = 0;
        return 0;
    }
    return -1;
}

/* "fg bg attr ...": the first two words that are not attributes are the
 * colours; a bad word is reported and skipped. */
static theme_look parse_look(theme *t, const char *file, const char *key,
                             const char *value)
{
    theme_look look = {-1, -1, 0};
    char *copy = xstrdup(value);
    int colors_seen = 0;
    char *save = NULL;
    for (char *w = strtok_r(copy, " \t,", &save); w;
         w = strtok_r(NULL, " \t,", &save)) {
        unsigned bit;
        if (parse_attr(w, &bit) == 0) {
            look.attrs |= bit;
            continue;
        }
        int color = parse_color(w);
        if (colors_seen >= 2) {
            warn(t, "%s: %s: '%s' is not an attribute", file, key, w);
            continue;
        }
        if (color == -2)
            warn(t, "%s: %s: unknown colour '%s'", file, key, w);
        else if (colors_seen == 0)
            look.fg = color;
        else
            look.bg = color;
        colors_seen++;
    }
    free(copy);
    return look;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

theme *theme_load_file(const char *path, char **err)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        *err = xasprintf("cannot read theme %s", path);
        return NULL;
    }
    fclose(f);

    const char *file = base_name(path);
    size_t stem = strlen(file);
    if (stem > 4 && strcmp(file + stem - 4, ".ini") == 0)
        stem -= 4;
    char *name = xstrndup(file, stem);
    theme *t = theme_alloc(name);
    free(name);

    char *why = NULL;
    inifile_problems bad = {0};
    dictionary *ini = inifile_load(path, &why, &bad);
    if (!ini) {
        warn(t, "%s %s; built-in look kept", file, why);
        free(why);
        return t;
    }
    for (size_t i = 0; i < bad.n; i++)
        warn(t, "%s: %s", file, bad.lines[i]);
    inifile_problems_free(&bad);
    for (int s = 0; s < iniparser_getnsec(ini); s++) {
        const char *sec = iniparser_getsecname(ini, s);
        if (strcmp(sec, "styles") != 0)
            warn(t, "%s: unknown section [%s]", file, sec);
    }
    int n = iniparser_getsecnkeys(ini, "styles");
    if (n > 0) {
        const char **keys = xcalloc((size_t)n, sizeof *keys);
        iniparser_getseckeys(ini, "styles", keys);
        for (int i = 0; i < n; i++) {
            const char *key = keys[i] + strlen("styles:");
            int id = style_from_name(key);
            if (id < 0) {
                warn(t, "%s: unknown style '%s'", file, key);
                continue;
            }
            const char *value = iniparser_getstring(ini, keys[i], "");
            t->looks[id] = parse_look(t, file, key, value);
        }
        free(keys);
    }
    iniparser_freedict(ini);
    return t;
}

/* ---- finding themes ----------------------------------------------------- */

char **theme_dirs(void)
{
    char **dirs = xcalloc(4, sizeof *dirs);
    size_t n = 0;
    char *config = xdg_dir("XDG_CONFIG_HOME", ".config");
    if (config)
        dirs[n++] = xasprintf("%s/themes", config);
    free(config);
    dirs[n++] = xstrdup(DATELINE_SHAREDIR "/themes");
    dirs[n++] = xstrdup(DATELINE_SRCDIR "/themes");
    return dirs;
}

void theme_dirs_free(char **dirs)
{
    if (!dirs)
        return;
    for (char **p = dirs; *p; p++)
        free(*p);
    free(dirs);
}

/* A theme name is a plain file stem: no path, no hidden files. */
static bool name_ok(const char *name)
{
    return name[0] && name[0] != '.' && !strchr(name, '/');
}

theme *theme_load(const char *name, char *const *dirs, char **err)
{
    if (!name_ok(name)) {
        *err = xasprintf("'%s' is not a theme name", name);
        return NULL;
    }
    char **own = dirs ? NULL : theme_dirs();
    char *const *list = dirs ? dirs : own;
    theme *t = NULL;
    for (size_t i = 0; list[i] && !t; i++) {
        char *path = xasprintf("%s/%s.ini", list[i], name);
        FILE *f = fopen(path, "r");
        if (f) {
            fclose(f);
            t = theme_load_file(path, err);
        }
        free(path);
    }
    theme_dirs_free(own);
    if (!t && strcmp(name, "default") == 0)
        t = theme_builtin();
    if (!t)
        *err = xasprintf("no theme named '%s'", name);
    return t;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **theme_list(char *const *dirs, size_t *count)
{
    char **own = dirs ? NULL : theme_dirs();
    char *const *list = dirs ? dirs : own;
    char **names = NULL;
    size_t n = 0, cap = 0;
    XGROW(names, cap, 1);
    names[n++] = xstrdup("default");
    for (size_t i = 0; list[i]; i++) {
        DIR *dir = opendir(list[i]);
        if (!dir)
            continue;
        struct dirent *e;
        while ((e = readdir(dir)) != NULL) {
            size_t len = strlen(e->d_name);
            if (len <= 4 || strcmp(e->d_name + len - 4, ".ini") != 0 ||
                !name_ok(e->d_name))
                continue;
            XGROW(names, cap, n + 1);
            names[n++] = xstrndup(e->d_name, len - 4);
        }
        closedir(dir);
    }
    theme_dirs_free(own);
    qsort(names, n, sizeof *names, name_cmp);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (kept > 0 && strcmp(names[kept - 1], names[i]) == 0)
            free(names[i]);
        else
            names[kept++] = names[i];
    }
    XGROW(names, cap, kept + 1);
    names[kept] = NULL;
    *count = kept;
    return names;
}

void theme_list_free(char **names)
{
    theme_dirs_free(names);
}

const char *theme_next_name(char *const *names, size_t count,
                            const char *current)
{
    if (count == 0)
        return "default";
    for (size_t i = 0; i < count; i++)
        if (current && strcmp(names[i], current) == 0)
            return names[(i + 1) % count];
    return names[0];
}

/* ---- colour fitting ----------------------------------------------------- */

/* xterm's values for the 16 basic colours, to find the nearest one. */
static const unsigned char basic_rgb[16][3] = {
    {0, 0, 0},       {205, 0, 0},   {0, 205, 0},   {205, 205, 0},
    {0, 0, 238},     {205, 0, 205}, {0, 205, 205}, {229, 229, 229},
    {127, 127, 127}, {255, 0, 0},   {0, 255, 0},   {255, 255, 0},
    {92, 92, 255},   {255, 0, 255}, {0, 255, 255}, {255, 255, 255},
};

static void color_rgb(int c, int rgb[3])
{
    if (c < 16) {
        for (int i = 0; i < 3; i++)
            rgb[i] = basic_rgb[c][i];
    } else if (c < 232) {
        static const int level[6] = {0, 95, 135, 175, 215, 255};
        c -= 16;
        rgb[0] = level[c / 36];
        rgb[1] = level[(c / 6) % 6];
        rgb[2] = level[c % 6];
    } else {
        rgb[0] = rgb[1] = rgb[2] = 8 + (c - 232) * 10;
    }
}

int theme_color_fit(int color, int colors)
{
    if (color < 0 || colors < 8)
        return THEME_COLOR_DEFAULT;
    if (color < colors)
        return color;
    int rgb[3];
    color_rgb(color, rgb);
    int limit = colors >= 16 ? 16 : 8, best = 0;
    long best_d = -1;
    for (int i = 0; i < limit; i++) {
        long d = 0;
        for (int k = 0; k < 3; k++) {
            long diff = rgb[k] - basic_rgb[i][k];
            d += diff * diff;
        }
        if (best_d < 0 || d < best_d) {
            best_d = d;
            best = i;
        }
    }
    return best;
}
