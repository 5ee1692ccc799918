/* jumplist — the places a reader jumped from, and the marks, as in vim and
 * less.
 *
 * A place is a (block, byte offset) of the model, never a screen row, so a
 * resize or a filter keeps it on the same words. A jump records where it
 * left (jumplist_push); Ctrl-O / Ctrl-I walk the list older / newer
 * (jumplist_older / jumplist_newer, the first Ctrl-O also recording where it
 * starts so Ctrl-I can come back); '' (jumplist_back) returns to the last
 * place left and records where it was, so twice toggles between two places.
 * Marks are one per letter (a-z, A-Z). No curses, no I/O. */
#ifndef DATELINE_JUMPLIST_H
#define DATELINE_JUMPLIST_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t block, offset;
} jumplist_pos;

typedef struct jumplist jumplist;

jumplist *jumplist_new(void);
void jumplist_free(jumplist *j);

/* A jump leaves `from`: it goes at the end of the list (an equal place
 * earlier in it is dropped), the walk starts again from the end, and ''
 * returns there. The list keeps the last JUMPLIST_MAX places. */
#define JUMPLIST_MAX 100
void jumplist_push(jumplist *j, jumplist_pos from);
/* Ctrl-O from `here`: the next older place in *to; false at the oldest. */
bool jumplist_older(jumplist *j, jumplist_pos here, jumplist_pos *to);
/* Ctrl-I: the next newer place; false when no Ctrl-O walk is under way. */
bool jumplist_newer(jumplist *j, jumplist_pos here, jumplist_pos *to);
/* Whether jumplist_newer has somewhere to go. */
bool jumplist_has_newer(const jumplist *j);
/* '': the last place left in *to, and `here` becomes the place to return
 * to; false when nothing was left yet. */
bool jumplist_back(jumplist *j, jumplist_pos here, jumplist_pos *to);
/* Places in the list (for tests and the status line). */
size_t jumplist_count(const jumplist *j);

/* Whether c names a mark (an ASCII letter). */
bool jumplist_is_mark(int c);
/* Sets mark c; false when c is no mark letter. */
bool jumplist_set_mark(jumplist *j, int c, jumplist_pos at);
/* Mark c in *at; false when it is not set (or c no mark letter). */
bool jumplist_get_mark(const jumplist *j, int c, jumplist_pos *at);

#endif
