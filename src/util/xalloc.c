#include "xalloc.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static void (*fatal_hook)(void);

/* A large block is asked to be backed by huge pages where the kernel does
 * that on request (Linux's "madvise" mode): a 50 MB article otherwise
 * costs tens of thousands of page faults, a quarter of its analysis time.
 * Only a hint; nothing depends on it. */
enum { HUGE_PAGE = 2u << 20, HUGE_MIN = 4u << 20 };

static void advise_large(void *p, size_t size)
{
#ifdef MADV_HUGEPAGE
    if (size < HUGE_MIN)
        return;
    uintptr_t a = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    uintptr_t b = ((uintptr_t)p + size) & ~(uintptr_t)(HUGE_PAGE - 1);
    if (b > a)
        (void)madvise((void *)a, b - a, MADV_HUGEPAGE);
#else
    (void)p;
    (void)size;
#endif
}

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
    advise_large(p, size);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        xalloc_die("allocation size overflow");
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        xalloc_die("out of memory");
    advise_large(p, count * size);
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
    advise_large(p, total);
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
