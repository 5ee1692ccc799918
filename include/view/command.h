/* command — the one table of reader commands: {name, help, function}.
 *
 * Every key of ../shared/spec/keys.md runs one of these by name; the help
 * overlay and the [keys] section of the config are generated from and
 * checked against this table. A command never draws: it changes the reader
 * state (viewstate.h) and returns what the main loop must do next, as an or
 * of command_result flags. */
#ifndef DATELINE_COMMAND_H
#define DATELINE_COMMAND_H

#include <stdbool.h>
#include <stddef.h>

#include "viewstate.h"

typedef enum {
    COMMAND_NOTHING = 0,
    COMMAND_REDRAW = 1 << 0,   /* draw the screen again */
    COMMAND_RELAYOUT = 1 << 1, /* pane sizes changed: recompute, then draw */
    COMMAND_QUIT = 1 << 2,
    COMMAND_PROMPT = 1 << 3,    /* read a search query, then search */
    COMMAND_THEME = 1 << 4,     /* switch to the next theme */
    COMMAND_CLIPBOARD = 1 << 5, /* send viewstate's clipboard text (OSC 52) */
    COMMAND_REPAINT = 1 << 6,   /* forget what the terminal shows, repaint */
    COMMAND_NEXT_ARTICLE = 1 << 7, /* :n — the loop owns the articles */
    COMMAND_PREV_ARTICLE = 1 << 8, /* :p */
} command_result;

typedef unsigned (*command_fn)(viewstate *vs);

typedef struct {
    const char *name; /* as in keys.md and the [keys] section */
    const char *help; /* one short line for the help overlay */
    command_fn run;
} command_def;

/* Keys the help lists beside the table (keys.md lists them too): a count
 * before a key, N% and Np, Ctrl-Z, and keys a terminal cannot tell apart
 * from others (C-i is Tab). A note naming a command supplies the keys its
 * help row shows while the keymap binds it none. */
typedef struct {
    const char *keys; /* as the help shows them */
    const char *name; /* a command's name, or a word for what it is */
    const char *help;
} command_note;

size_t command_note_count(void);
/* The note i (0 .. command_note_count()-1), or NULL. */
const command_note *command_note_get(size_t i);
/* The note that names the command with that name, or NULL. */
const command_note *command_note_of(const char *name);

size_t command_count(void);
/* The command with that id (0 .. command_count()-1), or NULL. */
const command_def *command_get(size_t id);
/* Id of a command by name, or -1. */
int command_find(const char *name);
/* Runs a command; out-of-range ids do nothing. */
unsigned command_run(size_t id, viewstate *vs);
/* Runs a command with a count typed before it (0: none): moves go that
 * many lines or pages, steps (], }, n, Ctrl-O...) repeat that often. */
unsigned command_run_count(size_t id, viewstate *vs, unsigned long count);
/* Whether a command reads one more key first (m and ': the mark letter);
 * the loop puts that key in vs->key_arg. */
bool command_wants_key(size_t id);

#endif
