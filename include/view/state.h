/* state — the reading position remembered per article.
 *
 * One small file per article in ${XDG_STATE_HOME:-~/.local/state}/dateline/,
 * named by the article's doc_hash in hex, holding a block and a byte offset
 * (positions are kept by content, so they survive a change of width). Saving
 * is atomic: a temporary file in the same folder, fsync, rename; the folder
 * is created when missing. Nothing is ever written beside the input. A file
 * that cannot be understood is reported as damaged and ignored, never
 * trusted. No curses; the model only to check a position still fits. */
#ifndef DATELINE_STATE_H
#define DATELINE_STATE_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"

typedef struct {
    size_t block, offset;
} state_position;

typedef enum {
    STATE_FOUND,
    STATE_NOT_FOUND,
    STATE_DAMAGED, /* ignored; *note says why */
} state_result;

/* The default folder, or NULL when neither XDG_STATE_HOME nor HOME is set.
 * Free it. */
char *state_dir(void);
/* Path of an article's file in `dir` (NULL: state_dir()); free it. NULL when
 * there is no folder. */
char *state_path(const char *dir, unsigned long long hash);

/* Reads the position saved for `hash`. On STATE_DAMAGED (or an unreadable
 * file) *note is set to a message to free(). */
state_result state_load(const char *dir, unsigned long long hash,
                        state_position *pos, char **note);
/* Saves atomically; 0, or -1 with *err set (free it). */
int state_save(const char *dir, unsigned long long hash,
               const state_position *pos, char **err);

/* True when the position lies inside the document (block exists, offset
 * within its text). */
bool state_fits(const doc *d, const state_position *pos);

/* The search history: one query a line in "search-history" in `dir` (NULL:
 * state_dir()), oldest first, at most STATE_HISTORY_MAX kept. Load gives a
 * NULL-terminated array (empty when there is no file), *n set; free it with
 * state_history_free. Add puts a query last (once), atomically; 0, or -1
 * with *err (free it). */
#define STATE_HISTORY_MAX 100
char **state_history_load(const char *dir, size_t *n);
void state_history_free(char **lines);
int state_history_add(const char *dir, const char *query, char **err);

#endif
