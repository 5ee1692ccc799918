/* xalloc — the one allocation family.
 *
 * Every allocation in dateline goes through these functions. They check size
 * arithmetic for overflow and never return NULL: on failure they run the
 * registered fatal hook (the view registers one that restores the terminal),
 * print one line to stderr and abort. Callers therefore never test results. */
#ifndef DATELINE_XALLOC_H
#define DATELINE_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
/* realloc of count * size bytes, overflow-checked. */
void *xreallocarray(void *ptr, size_t count, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t len);
/* printf into a fresh string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grow *array (of element size `size`, capacity *cap) to hold at least
 * `need` elements, doubling. */
void xalloc_grow(void **array, size_t *cap, size_t need, size_t size);
#define XGROW(array, cap, need)                                                \
    xalloc_grow((void **)&(array), &(cap), (need), sizeof *(array))

/* Called once, before the process aborts on an allocation failure. */
void xalloc_set_fatal_hook(void (*hook)(void));

/* Abort with a message after running the fatal hook. */
_Noreturn void xalloc_die(const char *what);

#endif
