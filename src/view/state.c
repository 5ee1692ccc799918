/* state — reading positions saved atomically under XDG_STATE_HOME. */
#include "state.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "utf8.h"
#include "xalloc.h"
#include "xdg.h"

/* The first line names the format so a foreign or future file is noticed. */
#define STATE_MAGIC "dateline-position 1"

char *state_dir(void)
{
    return xdg_dir("XDG_STATE_HOME", ".local/state");
}

char *state_path(const char *dir, unsigned long long hash)
{
    char *own = dir ? NULL : state_dir();
    const char *base = dir ? dir : own;
    char *path = base ? xasprintf("%s/%016llx", base, hash) : NULL;
    free(own);
    return path;
}

static int parse_size(const char *s, size_t *out)
{
    if (*s < '0' || *s > '9')
        return -1;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end != '\0' || v > (size_t)-1)
        return -1;
    *out = (size_t)v;
    return 0;
}

state_result state_load(const char *dir, unsigned long long hash,
                        state_position *pos, char **note)
{
    char *path = state_path(dir, hash);
    if (!path)
        return STATE_NOT_FOUND;
    FILE *f = fopen(path, "r");
    if (!f) {
        state_result r = STATE_NOT_FOUND;
        if (errno != ENOENT && errno != ENOTDIR) {
            *note = xasprintf("cannot read %s: %s", path, strerror(errno));
            r = STATE_DAMAGED;
        }
        free(path);
        return r;
    }
    /* Small and line-based: magic, "block N", "offset N", nothing else. */
    char lines[3][64];
    size_t n = 0;
    bool bad = false;
    char buf[64];
    while (fgets(buf, sizeof buf, f)) {
        size_t len = strlen(buf);
        if (len == 0 || buf[len - 1] != '\n' || n == 3) {
            bad = true;
            break;
        }
        buf[len - 1] = '\0';
        memcpy(lines[n++], buf, len);
    }
    if (ferror(f))
        bad = true;
    fclose(f);

    state_position p;
    if (bad || n != 3 || strcmp(lines[0], STATE_MAGIC) != 0 ||
        strncmp(lines[1], "block ", 6) != 0 ||
        parse_size(lines[1] + 6, &p.block) != 0 ||
        strncmp(lines[2], "offset ", 7) != 0 ||
        parse_size(lines[2] + 7, &p.offset) != 0) {
        *note = xasprintf("saved position %s is damaged; ignored", path);
        free(path);
        return STATE_DAMAGED;
    }
    free(path);
    *pos = p;
    return STATE_FOUND;
}

/* mkdir -p, private to the user. */
static int make_dirs(const char *dir)
{
    char *p = xstrdup(dir);
    int rc = 0;
    for (char *s = p + 1;; s++) {
        if (*s != '/' && *s != '\0')
            continue;
        char c = *s;
        *s = '\0';
        if (mkdir(p, 0700) != 0 && errno != EEXIST) {
            rc = -1;
            break;
        }
        *s = c;
        if (c == '\0')
            break;
    }
    free(p);
    return rc;
}

int state_save(const char *dir, unsigned long long hash,
               const state_position *pos, char **err)
{
    char *own = dir ? NULL : state_dir();
    const char *base = dir ? dir : own;
    if (!base) {
        *err = xstrdup("no folder for saved positions (HOME is not set)");
        return -1;
    }
    char *path = xasprintf("%s/%016llx", base, hash);
    char *tmp = xasprintf("%s/.%016llx.XXXXXX", base, hash);
    char *text = xasprintf(STATE_MAGIC "\nblock %zu\noffset %zu\n", pos->block,
                           pos->offset);
    int rc = -1, fd = -1;
    const char *step = "creating";
    if (make_dirs(base) != 0)
        goto out;
    fd = mkstemp(tmp);
    if (fd < 0)
        goto out;
    step = "writing";
    size_t len = strlen(text), done = 0;
    while (done < len) {
        ssize_t w = write(fd, text + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            goto out;
        done += (size_t)w;
    }
    if (fsync(fd) != 0)
        goto out;
    int closed = close(fd);
    fd = -1;
    if (closed != 0)
        goto out;
    step = "renaming";
    if (rename(tmp, path) != 0)
        goto out;
    /* Make the rename itself durable. */
    int dfd = open(base, O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    rc = 0;
out:
    if (rc != 0) {
        int e = errno;
        *err =
            xasprintf("%s %s: %s", step,
                      strcmp(step, "creating") == 0 ? base : path, strerror(e));
        if (fd >= 0)
            close(fd);
        if (strcmp(step, "creating") != 0)
            unlink(tmp);
    }
    free(text);
    free(tmp);
    free(path);
    free(own);
    return rc;
}

bool state_fits(const doc *d, const state_position *pos)
{
    const doc_block *b = doc_block_get(d, pos->block);
    return b && pos->offset <= b->len;
}

/* ---- search history ------------------------------------------------------ */

char **state_history_load(const char *dir, size_t *n)
{
    *n = 0;
    char *own = dir ? NULL : state_dir();
    const char *base = dir ? dir : own;
    char *path = base ? xasprintf("%s/search-history", base) : NULL;
    free(own);
    FILE *f = path ? fopen(path, "r") : NULL;
    free(path);
    char **lines = NULL;
    size_t cap = 0;
    if (f) {
        char *line = NULL;
        size_t lcap = 0;
        ssize_t got;
        while ((got = getline(&line, &lcap, f)) != -1) {
            while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
                line[--got] = '\0';
            /* text only: a damaged file never reaches the prompt raw */
            if (got == 0 || !utf8_is_valid(line, (size_t)got) ||
                strpbrk(line, "\x1b\t\x7f"))
                continue;
            if (*n == STATE_HISTORY_MAX) {
                free(lines[0]);
                memmove(lines, lines + 1, (*n - 1) * sizeof *lines);
                (*n)--;
            }
            XGROW(lines, cap, *n + 1);
            lines[(*n)++] = xstrdup(line);
        }
        free(line);
        fclose(f);
    }
    XGROW(lines, cap, *n + 1);
    lines[*n] = NULL;
    return lines;
}

void state_history_free(char **lines)
{
    for (size_t i = 0; lines && lines[i]; i++)
        free(lines[i]);
    free(lines);
}

int state_history_add(const char *dir, const char *query, char **err)
{
    size_t n;
    char **lines = state_history_load(dir, &n);
    char *own = dir ? NULL : state_dir();
    const char *base = dir ? dir : own;
    int rc = -1;
    if (!base) {
        *err = xstrdup("no folder for the search history (HOME is not set)");
        goto out;
    }
    /* the newest last, once */
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(lines[i], query) != 0)
            lines[k++] = lines[i];
        else
            free(lines[i]);
    n = k;
    size_t from = n + 1 > STATE_HISTORY_MAX ? n + 1 - STATE_HISTORY_MAX : 0;
    char *path = xasprintf("%s/search-history", base);
    char *tmp = xasprintf("%s/.search-history.XXXXXX", base);
    FILE *f = NULL;
    int fd = make_dirs(base) == 0 ? mkstemp(tmp) : -1;
    if (fd >= 0 && (f = fdopen(fd, "w"))) {
        for (size_t i = from; i < n; i++)
            fprintf(f, "%s\n", lines[i]);
        fprintf(f, "%s\n", query);
        bool ok = fflush(f) == 0 && fsync(fd) == 0;
        ok = fclose(f) == 0 && ok;
        if (ok && rename(tmp, path) == 0)
            rc = 0;
        else
            unlink(tmp);
    } else if (fd >= 0) {
        close(fd);
        unlink(tmp);
    }
    if (rc != 0)
        *err = xasprintf("cannot save the search history in %s: %s", base,
                         strerror(errno));
    free(path);
    free(tmp);
out:
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    free(lines);
    free(own);
    return rc;
}
