/* lineedit — the search prompt's line, edited as in less and a shell:
 * printable keys insert at the cursor, Backspace deletes before it (on an
 * empty line it cancels), Ctrl-W deletes the word before it, Ctrl-U all
 * before it, ← → Home End Ctrl-A Ctrl-E move, ↑ ↓ walk the history (the
 * line being typed comes back at its end), Enter accepts, Esc Ctrl-G
 * cancel. Keys are keymap key codes. No curses: unit-testable. */
#ifndef DATELINE_LINEEDIT_H
#define DATELINE_LINEEDIT_H

#include <stddef.h>

#define LINEEDIT_MAX 1024

typedef enum { LINEEDIT_GOING, LINEEDIT_DONE, LINEEDIT_CANCEL } lineedit_state;

typedef struct {
    char buf[LINEEDIT_MAX];
    size_t len, cur;            /* bytes; cur on a character boundary */
    const char *const *history; /* oldest first, not owned */
    size_t n_history, at;       /* at == n_history: the line being typed */
    char typed[LINEEDIT_MAX];   /* that line, kept while walking */
} lineedit;

void lineedit_start(lineedit *le, const char *const *history, size_t n);
lineedit_state lineedit_key(lineedit *le, int key);

#endif
