#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Chunks double from 64 KiB up to 16 MiB: a small story stays small, and
 * a large one is held in few large blocks (few page faults). */
enum { ARENA_CHUNK = 64 * 1024, ARENA_CHUNK_MAX = 16 << 20, ARENA_ALIGN = 16 };

struct chunk {
    struct chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
};

struct arena {
    struct chunk *head;
    size_t next_chunk; /* the size of the next chunk */
};

arena *arena_new(void)
{
    return xcalloc(1, sizeof(arena));
}

void arena_free(arena *a)
{
    if (!a)
        return;
    for (struct chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

static void check_size(size_t size)
{
    if (size > SIZE_MAX - ARENA_ALIGN - sizeof(struct chunk))
        xalloc_die("allocation size overflow");
}

/* A new empty chunk of `size` bytes, not yet linked. */
static struct chunk *new_chunk(size_t size)
{
    struct chunk *c = xmalloc(sizeof(struct chunk) + size);
    c->size = size;
    c->used = 0;
    return c;
}

/* Room for size bytes, not cleared. */
static void *take(arena *a, size_t size)
{
    check_size(size);
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    struct chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        size_t chunk = a->next_chunk ? a->next_chunk : ARENA_CHUNK;
        if (chunk < ARENA_CHUNK_MAX)
            a->next_chunk = 2 * chunk;
        c = new_chunk(size > chunk ? size : chunk);
        /* A large block goes behind the current chunk, keeping its room. */
        if (a->head && size > chunk) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->data + c->used;
    c->used += size;
    return p;
}

void arena_reserve(arena *a, size_t bytes)
{
    if (a->head && a->head->size - a->head->used >= bytes)
        return;
    check_size(bytes);
    size_t want = a->next_chunk > bytes ? a->next_chunk : bytes;
    struct chunk *c = new_chunk(want);
    c->next = a->head;
    a->head = c;
    /* more of the same size is likely to follow */
    a->next_chunk = want < ARENA_CHUNK_MAX ? want : ARENA_CHUNK_MAX;
}

void *arena_alloc(arena *a, size_t size)
{
    void *p = take(a, size);
    memset(p, 0, size);
    return p;
}

void *arena_array(arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        xalloc_die("allocation size overflow");
    return arena_alloc(a, count * size);
}

char *arena_strndup(arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        xalloc_die("allocation size overflow");
    char *p = take(a, len + 1); /* every byte written below */
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

void *arena_memdup(arena *a, const void *src, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        xalloc_die("allocation size overflow");
    void *p = take(a, count * size); /* every byte written below */
    if (count && size)
        memcpy(p, src, count * size);
    return p;
}
