#include "xalloc.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void (*fatal_hook)(void);

void xalloc_set_fatal_hook(void (*hook)(void))
{
    fatal_hook = hook;
}

_Noreturn void xalloc_die(const char *what)
{
    /* The hook restores the terminal first, so the message is readable. */
    if (fatal_hook) {
        void (*hook)(void) = fatal_hook;
        fatal_hook = NULL;
        hook();
    }
    fprintf(stderr, "dateline: %s\n", what);
    abort();
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        xalloc_die("out of memory");
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        xalloc_die("allocation size overflow");
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        xalloc_die("out of memory");
    return p;
}

void *xreallocarray(void *ptr, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        xalloc_die("allocation size overflow");
    size_t total = count * size;
    void *p = realloc(ptr, total ? total : 1);
    if (!p)
        xalloc_die("out of memory");
    return p;
}

char *xstrndup(const char *s, size_t len)
{
    if (len == SIZE_MAX)
        xalloc_die("allocation size overflow");
    char *p = xmalloc(len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xasprintf(const char *fmt, ...)
{
    /* Most results are short: format into the stack first, and size the
     * heap copy from the count only when it did not fit. */
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        xalloc_die("bad format");
    if ((size_t)n < sizeof small)
        return xstrndup(small, (size_t)n);
    char *p = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void xalloc_grow(void **array, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return;
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            xalloc_die("allocation size overflow");
        n *= 2;
    }
    *array = xreallocarray(*array, n, size);
    *cap = n;
}
