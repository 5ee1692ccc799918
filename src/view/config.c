/* config — settings from an INI file through one typed option table. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <iniparser.h>

#include "inifile.h"
#include "xalloc.h"
#include "xdg.h"

static const config_option options[] = {
    {"general", "theme", CONFIG_STRING, 0, 0, "default",
     "colour theme: the name of a .ini file in a themes folder"},
    {"general", "mouse", CONFIG_BOOL, 0, 1, "false",
     "wheel scrolling and clicks in the lists"},
    {"view", "measure", CONFIG_INT, 20, 1000, "72",
     "widest the text column grows, in columns"},
    {"view", "sidebar-width", CONFIG_INT, 10, 200, "28",
     "columns of the people, places and organisations sidebar"},
    {"view", "caption-height", CONFIG_INT, 2, 100, "6",
     "rows of the caption pane"},
};
enum { N_OPTIONS = sizeof options / sizeof *options };

typedef union {
    char *s;
    int i;
    bool b;
} config_value;

struct config {
    char *path;
    config_value values[N_OPTIONS];
    config_binding *bindings;
    size_t n_bindings, cap_bindings;
    char **warnings;
    size_t n_warnings, cap_warnings;
};

const config_option *config_options(size_t *count)
{
    *count = N_OPTIONS;
    return options;
}

static void warn(config *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void warn(config *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    XGROW(c->warnings, c->cap_warnings, c->n_warnings + 1);
    c->warnings[c->n_warnings++] = xstrdup(buf);
}

static int parse_bool(const char *s, bool *out)
{
    static const char *const yes[] = {"true", "yes", "on", "1"};
    static const char *const no[] = {"false", "no", "off", "0"};
    for (size_t i = 0; i < 4; i++) {
        if (strcasecmp(s, yes[i]) == 0) {
            *out = true;
            return 0;
        }
        if (strcasecmp(s, no[i]) == 0) {
            *out = false;
            return 0;
        }
    }
    return -1;
}

static int parse_int(const char *s, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end != '\0' || v < INT_MIN || v > INT_MAX)
        return -1;
    *out = (int)v;
    return 0;
}

/* Sets option i from its text; 0, or -1 with a warning and no change. */
static int set_value(config *c, size_t i, const char *text)
{
    const config_option *o = &options[i];
    switch (o->type) {
    case CONFIG_STRING:
        if (text[0] == '\0') {
            warn(c, "config: %s is empty; %s kept", o->key, o->def);
            return -1;
        }
        free(c->values[i].s);
        c->values[i].s = xstrdup(text);
        return 0;
    case CONFIG_INT: {
        int v;
        if (parse_int(text, &v) != 0) {
            warn(c, "config: %s = %s is not a number; %s kept", o->key, text,
                 o->def);
            return -1;
        }
        if (v < o->min || v > o->max) {
            warn(c, "config: %s = %d is not in %d..%d; %s kept", o->key, v,
                 o->min, o->max, o->def);
            return -1;
        }
        c->values[i].i = v;
        return 0;
    }
    case CONFIG_BOOL: {
        bool v;
        if (parse_bool(text, &v) != 0) {
            warn(c, "config: %s = %s is not true or false; %s kept", o->key,
                 text, o->def);
            return -1;
        }
        c->values[i].b = v;
        return 0;
    }
    }
    return -1;
}

config *config_defaults(void)
{
    config *c = xcalloc(1, sizeof *c);
    for (size_t i = 0; i < N_OPTIONS; i++)
        if (set_value(c, i, options[i].def) != 0)
            xalloc_die("config: a default of the option table is invalid");
    return c;
}

void config_free(config *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < N_OPTIONS; i++)
        if (options[i].type == CONFIG_STRING)
            free(c->values[i].s);
    for (size_t i = 0; i < c->n_bindings; i++) {
        free((char *)c->bindings[i].lhs);
        free((char *)c->bindings[i].rhs);
    }
    free(c->bindings);
    for (size_t i = 0; i < c->n_warnings; i++)
        free(c->warnings[i]);
    free(c->warnings);
    free(c->path);
    free(c);
}

/* ---- [keys]: read from the file itself ---------------------------------- */

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
                     s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

/* iniparser folds key names to lower case, but "G" and "g" are different
 * keys, so the [keys] lines are taken from the file as written: "lhs = rhs",
 * a value in quotes kept whole, else cut at a " ;" or " #" comment. */
static void read_bindings(config *c, FILE *f)
{
    char *line = NULL;
    size_t cap = 0;
    bool in_keys = false;
    while (getline(&line, &cap, f) != -1) {
        char *s = trim(line);
        if (s[0] == '\0' || s[0] == ';' || s[0] == '#')
            continue;
        size_t len = strlen(s);
        if (s[0] == '[' && s[len - 1] == ']') { /* "[ = prev-quote" is a key */
            s[len - 1] = '\0';
            in_keys = strcasecmp(trim(s + 1), "keys") == 0;
            continue;
        }
        char *eq = strchr(s + 1, '='); /* "= = x" cannot name the key "=" */
        if (!in_keys || !eq)
            continue;
        *eq = '\0';
        char *lhs = trim(s), *rhs = trim(eq + 1);
        size_t n = strlen(rhs);
        if (n >= 2 && (rhs[0] == '"' || rhs[0] == '\'') &&
            rhs[n - 1] == rhs[0]) {
            rhs[n - 1] = '\0';
            rhs++;
        } else {
            for (char *p = rhs; *p; p++)
                if ((*p == ';' || *p == '#') && p > rhs &&
                    (p[-1] == ' ' || p[-1] == '\t')) {
                    *p = '\0';
                    break;
                }
            rhs = trim(rhs);
        }
        if (rhs[0] == '\0') {
            warn(c, "config: [keys] %s has no value", lhs);
            continue;
        }
        XGROW(c->bindings, c->cap_bindings, c->n_bindings + 1);
        c->bindings[c->n_bindings++] =
            (config_binding){xstrdup(lhs), xstrdup(rhs)};
    }
    free(line);
}

/* ---- loading ------------------------------------------------------------ */

static char *default_path(void)
{
    char *dir = xdg_dir("XDG_CONFIG_HOME", ".config");
    char *path = dir ? xasprintf("%s/config.ini", dir) : NULL;
    free(dir);
    return path;
}

static bool known_section(const char *sec)
{
    if (strcmp(sec, "keys") == 0)
        return true;
    for (size_t i = 0; i < N_OPTIONS; i++)
        if (strcmp(sec, options[i].section) == 0)
            return true;
    return false;
}

static void read_options(config *c, dictionary *ini)
{
    for (int s = 0; s < iniparser_getnsec(ini); s++) {
        const char *sec = iniparser_getsecname(ini, s);
        if (!known_section(sec)) {
            warn(c, "config: unknown section [%s]", sec);
            continue;
        }
        if (strcmp(sec, "keys") == 0)
            continue;
        int n = iniparser_getsecnkeys(ini, sec);
        if (n <= 0)
            continue;
        const char **keys = xcalloc((size_t)n, sizeof *keys);
        iniparser_getseckeys(ini, sec, keys);
        size_t prefix = strlen(sec) + 1;
        for (int k = 0; k < n; k++) {
            const char *key = keys[k] + prefix;
            size_t i = 0;
            while (i < N_OPTIONS && (strcmp(options[i].section, sec) != 0 ||
                                     strcmp(options[i].key, key) != 0))
                i++;
            if (i == N_OPTIONS) {
                warn(c, "config: unknown option [%s] %s", sec, key);
                continue;
            }
            set_value(c, i, iniparser_getstring(ini, keys[k], ""));
        }
        free(keys);
    }
}

config *config_load(const char *path, char **err)
{
    config *c = config_defaults();
    char *own = path ? NULL : default_path();
    const char *file = path ? path : own;
    if (!file)
        return c;

    struct stat st;
    FILE *f = NULL;
    int e = 0;
    if (stat(file, &st) != 0)
        e = errno;
    else if (S_ISDIR(st.st_mode))
        e = EISDIR;
    else if (!(f = fopen(file, "r")))
        e = errno;
    if (!f) {
        if (path) {
            *err = xasprintf("cannot read config %s: %s", file, strerror(e));
            config_free(c);
            return NULL;
        }
        if (e != ENOENT && e != ENOTDIR)
            warn(c, "config: cannot read %s: %s", file, strerror(e));
        free(own);
        return c;
    }

    char *why = NULL;
    inifile_problems bad = {0};
    dictionary *ini = inifile_load(file, &why, &bad);
    for (size_t i = 0; i < bad.n; i++)
        warn(c, "config: %s: %s", file, bad.lines[i]);
    inifile_problems_free(&bad);
    if (!ini) {
        warn(c, "config: %s: %s; defaults used", file, why);
        free(why);
    } else {
        c->path = xstrdup(file);
        read_options(c, ini);
        read_bindings(c, f);
        iniparser_freedict(ini);
    }
    fclose(f);
    free(own);
    return c;
}

/* ---- reading values ----------------------------------------------------- */

const char *config_path(const config *c)
{
    return c->path;
}

static size_t find(const char *section, const char *key)
{
    for (size_t i = 0; i < N_OPTIONS; i++)
        if (strcmp(options[i].section, section) == 0 &&
            strcmp(options[i].key, key) == 0)
            return i;
    return N_OPTIONS;
}

const char *config_get_string(const config *c, const char *section,
                              const char *key)
{
    size_t i = find(section, key);
    return i < N_OPTIONS && options[i].type == CONFIG_STRING ? c->values[i].s
                                                             : NULL;
}

int config_get_int(const config *c, const char *section, const char *key)
{
    size_t i = find(section, key);
    return i < N_OPTIONS && options[i].type == CONFIG_INT ? c->values[i].i : 0;
}

bool config_get_bool(const config *c, const char *section, const char *key)
{
    size_t i = find(section, key);
    return i < N_OPTIONS && options[i].type == CONFIG_BOOL && c->values[i].b;
}

const char *config_theme(const config *c)
{
    return config_get_string(c, "general", "theme");
}

bool config_mouse(const config *c)
{
    return config_get_bool(c, "general", "mouse");
}

unsigned config_measure(const config *c)
{
    return (unsigned)config_get_int(c, "view", "measure");
}

unsigned config_sidebar_width(const config *c)
{
    return (unsigned)config_get_int(c, "view", "sidebar-width");
}

unsigned config_caption_height(const config *c)
{
    return (unsigned)config_get_int(c, "view", "caption-height");
}

size_t config_binding_count(const config *c)
{
    return c->n_bindings;
}

const config_binding *config_binding_get(const config *c, size_t i)
{
    return i < c->n_bindings ? &c->bindings[i] : NULL;
}

size_t config_warning_count(const config *c)
{
    return c->n_warnings;
}

const char *config_warning(const config *c, size_t i)
{
    return i < c->n_warnings ? c->warnings[i] : NULL;
}

void config_print(const config *c, FILE *out)
{
    fprintf(out, "# dateline configuration%s%s\n", c->path ? ", from " : "",
            c->path ? c->path : " (defaults)");
    const char *section = NULL;
    for (size_t i = 0; i < N_OPTIONS; i++) {
        const config_option *o = &options[i];
        if (!section || strcmp(section, o->section) != 0) {
            section = o->section;
            fprintf(out, "\n[%s]\n", section);
        }
        fprintf(out, "# %s (", o->help);
        if (o->type == CONFIG_INT)
            fprintf(out, "%d..%d, ", o->min, o->max);
        fprintf(out, "default %s)\n%s = ", o->def, o->key);
        switch (o->type) {
        case CONFIG_STRING: fprintf(out, "%s\n", c->values[i].s); break;
        case CONFIG_INT: fprintf(out, "%d\n", c->values[i].i); break;
        case CONFIG_BOOL:
            fprintf(out, "%s\n", c->values[i].b ? "true" : "false");
            break;
        }
    }
    fprintf(out, "\n[keys]\n# KEY = command, or command = KEY ...\n");
    for (size_t i = 0; i < c->n_bindings; i++)
        fprintf(out, "%s = %s\n", c->bindings[i].lhs, c->bindings[i].rhs);
}
