/* arena — bump allocation for data that lives and dies together.
 *
 * The document model keeps all of its strings and arrays in one arena, so
 * freeing a document is one call. Allocations are 16-byte aligned and never
 * move; there is no per-object free. Failure aborts through xalloc. */
#ifndef DATELINE_ARENA_H
#define DATELINE_ARENA_H

#include <stddef.h>

typedef struct arena arena;

arena *arena_new(void);
void arena_free(arena *a);
void *arena_alloc(arena *a, size_t size);               /* zeroed */
void *arena_array(arena *a, size_t count, size_t size); /* zeroed, checked */
char *arena_strndup(arena *a, const char *s, size_t len);
char *arena_strdup(arena *a, const char *s);
/* Copy count elements of size bytes into the arena. */
void *arena_memdup(arena *a, const void *src, size_t count, size_t size);
/* Room for at least `bytes` more, in one chunk taken now when the current
 * one is short: a caller who knows how much is coming (a document's text)
 * saves the growth through small chunks. */
void arena_reserve(arena *a, size_t bytes);

#endif
