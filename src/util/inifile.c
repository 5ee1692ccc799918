#include "inifile.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static void problem(inifile_problems *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void problem(inifile_problems *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    XGROW(p->lines, p->cap, p->n + 1);
    p->lines[p->n++] = xstrdup(buf);
}

void inifile_problems_free(inifile_problems *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->lines[i]);
    free(p->lines);
    p->lines = NULL;
    p->n = p->cap = 0;
}

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

static void lower(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
}

/* At most 60 bytes of a line for a message, on a character boundary. */
static int shown(const char *s)
{
    size_t n = strlen(s);
    if (n <= 60)
        return (int)n;
    n = 60;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return (int)n;
}

dictionary *inifile_load(const char *path, char **err,
                         inifile_problems *problems)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        *err = xstrdup(strerror(errno));
        return NULL;
    }
    dictionary *d = dictionary_new(0);
    char *line = NULL, *section = NULL;
    size_t cap = 0;
    unsigned long no = 0;
    bool skipping = false; /* after a broken section header */
    while (getline(&line, &cap, f) != -1) {
        no++;
        char *s = trim(line);
        if (s[0] == '\0' || s[0] == ';' || s[0] == '#')
            continue;
        size_t len = strlen(s);
        if (s[0] == '[') {
            if (s[len - 1] != ']' || len < 3) {
                problem(problems,
                        "line %lu: syntax error: %.*s (its section is "
                        "skipped)",
                        no, shown(s), s);
                skipping = true;
                continue;
            }
            s[len - 1] = '\0';
            char *name = trim(s + 1);
            lower(name);
            free(section);
            section = xstrdup(name);
            skipping = false;
            iniparser_set(d, section, NULL);
            continue;
        }
        if (skipping)
            continue;
        char *eq = strchr(s, '=');
        if (!eq || eq == s) {
            problem(problems, "line %lu: syntax error: %.*s", no, shown(s), s);
            continue;
        }
        if (!section) {
            problem(problems, "line %lu: %.*s is outside any [section]", no,
                    shown(s), s);
            continue;
        }
        *eq = '\0';
        char *key = trim(s), *value = trim(eq + 1);
        size_t vn = strlen(value);
        if (vn >= 2 && (value[0] == '"' || value[0] == '\'') &&
            value[vn - 1] == value[0]) {
            value[vn - 1] = '\0';
            value++;
        } else {
            value[strcspn(value, ";#")] = '\0';
            value = trim(value);
        }
        lower(key);
        char *full = xasprintf("%s:%s", section, key);
        iniparser_set(d, full, value);
        free(full);
    }
    free(line);
    free(section);
    fclose(f);
    return d;
}
