#include "xalloc.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static void (*fatal_hook)(void);

/* A large block is placed on a huge page boundary, rounded up to whole
 * huge pages, and asked to be backed by huge pages where the kernel does
 * that on request (Linux's "madvise" mode). Touching a fresh 4 KB page
 * costs a fault, about 15 microseconds on a virtual machine: a 20 MB
 * article touched its memory in some 14 000 of them, a third of its
 * analysis time. An unaligned block still gets 4 KB pages at both ends (a
 * huge page must lie wholly inside it): up to 1000 faults a block. Only a
 * hint; nothing depends on it. */
enum { HUGE_PAGE = 2u << 20 }; /* and the size from which a block is large */

/* A block of `size` bytes, at least HUGE_PAGE: huge-page aligned and
 * rounded up to whole huge pages. NULL when memory is short. */
static void *alloc_large(size_t size)
{
    if (size > SIZE_MAX - HUGE_PAGE)
        return NULL;
    size_t whole = (size + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
    void *p = NULL;
    if (posix_memalign(&p, HUGE_PAGE, whole) != 0)
        return NULL;
#ifdef MADV_HUGEPAGE
    (void)madvise(p, whole, MADV_HUGEPAGE);
#endif
    return p;
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
    void *p = size >= HUGE_PAGE ? alloc_large(size) : malloc(size ? size : 1);
    if (!p)
        xalloc_die("out of memory");
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        xalloc_die("allocation size overflow");
    size_t total = count * size;
    void *p;
    if (total >= HUGE_PAGE) {
        p = alloc_large(total);
        if (p)
            memset(p, 0, total);
    } else {
        p = calloc(count ? count : 1, size ? size : 1);
    }
    if (!p)
        xalloc_die("out of memory");
    return p;
}

void *xreallocarray(void *ptr, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        xalloc_die("allocation size overflow");
    size_t total = count * size;
    /* a large block grown by realloc stays unaligned: XGROW moves it */
    void *p = !ptr && total >= HUGE_PAGE ? alloc_large(total)
                                         : realloc(ptr, total ? total : 1);
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
    if (size && n > SIZE_MAX / size)
        xalloc_die("allocation size overflow");
    if (n * size >= HUGE_PAGE) {
        /* realloc would keep the block unaligned: move it to an aligned
         * one (growth doubles, so the copies add up to one array) */
        void *p = alloc_large(n * size);
        if (!p)
            xalloc_die("out of memory");
        if (*cap)
            memcpy(p, *array, *cap * size);
        free(*array);
        *array = p;
    } else {
        *array = xreallocarray(*array, n, size);
    }
    *cap = n;
}
