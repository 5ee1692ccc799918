/* keymap — key names, key codes and which command each key runs.
 *
 * Keys are plain ints independent of curses: a Unicode code point stands for
 * itself (control characters 1..31 are C-a .. C-_, so Tab is 9, Enter 13,
 * Esc 27), and the keys without a character have codes from
 * KEYMAP_KEY_SPECIAL up. The view translates curses key codes into these.
 *
 * Names accepted by keymap_key_parse (case-insensitive for the named keys):
 * a single character ("j", "G", "é"), "C-n" or "^N", "S-Tab" (also "BTab"),
 * "Tab", "Enter"/"Return"/"RET", "Esc"/"Escape", "Space"/"SPC",
 * "Backspace"/"BS", "Delete"/"Del", "Insert"/"Ins", "Up", "Down", "Left",
 * "Right", "Home", "End", "PgUp"/"PageUp"/"PPage", "PgDn"/"PageDown"/"NPage",
 * "F1" .. "F12", and an ASCII punctuation character and a printable ASCII
 * one for a key typed after a prefix key (":n", "''"): a key is a prefix when
 * some such pair starts with it, and the reader then waits for the second key.
 * A keymap maps keys to command ids (command.h); rebinding from the [keys]
 * section is validated against the command table and reports problems as
 * strings, never by printing. */
#ifndef DATELINE_KEYMAP_H
#define DATELINE_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>

#define KEYMAP_NONE (-1)

enum {
    KEYMAP_KEY_TAB = 9,
    KEYMAP_KEY_ENTER = 13,
    KEYMAP_KEY_ESC = 27,
    KEYMAP_KEY_SPACE = 32,
    KEYMAP_KEY_BACKSPACE = 127,
    KEYMAP_KEY_SPECIAL = 0x110000,
    KEYMAP_KEY_UP = KEYMAP_KEY_SPECIAL,
    KEYMAP_KEY_DOWN,
    KEYMAP_KEY_LEFT,
    KEYMAP_KEY_RIGHT,
    KEYMAP_KEY_HOME,
    KEYMAP_KEY_END,
    KEYMAP_KEY_PGUP,
    KEYMAP_KEY_PGDN,
    KEYMAP_KEY_BTAB,
    KEYMAP_KEY_INSERT,
    KEYMAP_KEY_DELETE,
    KEYMAP_KEY_F0, /* F1 is KEYMAP_KEY_F0 + 1 */
    KEYMAP_KEY_LAST = KEYMAP_KEY_F0 + 12,
    /* two-key sequences of printable ASCII: see keymap_key_seq */
    KEYMAP_KEY_SEQ = KEYMAP_KEY_LAST + 1,
    KEYMAP_KEY_SEQ_END = KEYMAP_KEY_SEQ + 95 * 95,
};

/* The code of `second` typed after `prefix` (both printable ASCII, '!' to
 * '~'), or KEYMAP_NONE. */
int keymap_key_seq(int prefix, int second);

/* Parses a key name; returns the key or KEYMAP_NONE. */
int keymap_key_parse(const char *name);
/* Canonical name of a key ("C-n", "S-Tab", "PgDn", "F1", "j") into out;
 * returns out. */
char *keymap_key_name(int key, char out[16]);

typedef struct keymap keymap;

/* The default bindings of keys.md. */
keymap *keymap_new_default(void);
void keymap_free(keymap *km);
/* The command bound to key, or -1. */
int keymap_lookup(const keymap *km, int key);
/* Whether key starts a two-key sequence bound to a command. */
bool keymap_is_prefix(const keymap *km, int key);
/* Binds key to command (replacing what the key did before). */
void keymap_bind(keymap *km, int key, int command);
/* Removes every key of a command. */
void keymap_unbind_command(keymap *km, int command);
/* Keys bound to a command, in binding order: up to max into keys; returns
 * how many there are. */
size_t keymap_keys_of(const keymap *km, int command, int *keys, size_t max);

/* Applies one [keys] line. Two spellings are accepted:
 *   command-name = KEY [KEY ...]   (the command's keys are replaced)
 *   KEY = command-name             (one more key for the command)
 * Returns 0; 1 when a key was taken from another command (bound all the
 * same, *error says which, to free()); or -1 with *error set to a message
 * to free() (the keymap is unchanged then). */
int keymap_apply(keymap *km, const char *lhs, const char *rhs, char **error);

#endif
