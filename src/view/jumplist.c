#include "jumplist.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#define MARKS 52

struct jumplist {
    jumplist_pos *at;
    size_t n, cap;
    size_t walk; /* index of the place shown during a walk; n: none */
    bool has_last;
    jumplist_pos last; /* where '' goes */
    bool has_mark[MARKS];
    jumplist_pos mark[MARKS];
};

static bool same(jumplist_pos a, jumplist_pos b)
{
    return a.block == b.block && a.offset == b.offset;
}

jumplist *jumplist_new(void)
{
    return xcalloc(1, sizeof(jumplist));
}

void jumplist_free(jumplist *j)
{
    if (!j)
        return;
    free(j->at);
    free(j);
}

/* Appends p, dropping an equal place earlier so each place is listed once;
 * the oldest goes when the list is full. */
static void append(jumplist *j, jumplist_pos p)
{
    for (size_t i = 0; i < j->n; i++)
        if (same(j->at[i], p)) {
            memmove(j->at + i, j->at + i + 1, (j->n - i - 1) * sizeof *j->at);
            j->n--;
            break;
        }
    if (j->n == JUMPLIST_MAX) {
        memmove(j->at, j->at + 1, (j->n - 1) * sizeof *j->at);
        j->n--;
    }
    XGROW(j->at, j->cap, j->n + 1);
    j->at[j->n++] = p;
}

void jumplist_push(jumplist *j, jumplist_pos from)
{
    append(j, from);
    j->walk = j->n;
    j->last = from;
    j->has_last = true;
}

bool jumplist_older(jumplist *j, jumplist_pos here, jumplist_pos *to)
{
    if (j->walk >= j->n) {
        /* The walk starts: remember where, so Ctrl-I can come back. */
        if (j->n == 0)
            return false;
        if (!same(j->at[j->n - 1], here))
            append(j, here);
        j->walk = j->n - 1;
    }
    if (j->walk == 0)
        return false;
    j->walk--;
    *to = j->at[j->walk];
    return true;
}

bool jumplist_has_newer(const jumplist *j)
{
    return j->walk + 1 < j->n;
}

bool jumplist_newer(jumplist *j, jumplist_pos here, jumplist_pos *to)
{
    (void)here;
    if (!jumplist_has_newer(j))
        return false;
    j->walk++;
    *to = j->at[j->walk];
    return true;
}

bool jumplist_back(jumplist *j, jumplist_pos here, jumplist_pos *to)
{
    if (!j->has_last)
        return false;
    *to = j->last;
    jumplist_push(j, here);
    return true;
}

size_t jumplist_count(const jumplist *j)
{
    return j->n;
}

static int mark_index(int c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= 'A' && c <= 'Z')
        return 26 + c - 'A';
    return -1;
}

bool jumplist_is_mark(int c)
{
    return mark_index(c) >= 0;
}

bool jumplist_set_mark(jumplist *j, int c, jumplist_pos at)
{
    int i = mark_index(c);
    if (i < 0)
        return false;
    j->has_mark[i] = true;
    j->mark[i] = at;
    return true;
}

bool jumplist_get_mark(const jumplist *j, int c, jumplist_pos *at)
{
    int i = mark_index(c);
    if (i < 0 || !j->has_mark[i])
        return false;
    *at = j->mark[i];
    return true;
}
