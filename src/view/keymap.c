#include "keymap.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "command.h"
#include "utf8.h"
#include "xalloc.h"

typedef struct {
    int key, command;
} binding;

struct keymap {
    binding *b;
    size_t n, cap;
};

static const struct {
    const char *name;
    int key;
} named_keys[] = {
    {"Tab", KEYMAP_KEY_TAB},
    {"S-Tab", KEYMAP_KEY_BTAB},
    {"BTab", KEYMAP_KEY_BTAB},
    {"Enter", KEYMAP_KEY_ENTER},
    {"Return", KEYMAP_KEY_ENTER},
    {"RET", KEYMAP_KEY_ENTER},
    {"Esc", KEYMAP_KEY_ESC},
    {"Escape", KEYMAP_KEY_ESC},
    {"Space", KEYMAP_KEY_SPACE},
    {"SPC", KEYMAP_KEY_SPACE},
    {"Backspace", KEYMAP_KEY_BACKSPACE},
    {"BS", KEYMAP_KEY_BACKSPACE},
    {"Delete", KEYMAP_KEY_DELETE},
    {"Del", KEYMAP_KEY_DELETE},
    {"Insert", KEYMAP_KEY_INSERT},
    {"Ins", KEYMAP_KEY_INSERT},
    {"Up", KEYMAP_KEY_UP},
    {"Down", KEYMAP_KEY_DOWN},
    {"Left", KEYMAP_KEY_LEFT},
    {"Right", KEYMAP_KEY_RIGHT},
    {"Home", KEYMAP_KEY_HOME},
    {"End", KEYMAP_KEY_END},
    {"PgUp", KEYMAP_KEY_PGUP},
    {"PageUp", KEYMAP_KEY_PGUP},
    {"PPage", KEYMAP_KEY_PGUP},
    {"PgDn", KEYMAP_KEY_PGDN},
    {"PageDown", KEYMAP_KEY_PGDN},
    {"NPage", KEYMAP_KEY_PGDN},
};

/* The default bindings of keys.md, by command name. */
static const struct {
    const char *command;
    const char *keys;
} default_keys[] = {
    {"line-down", "j Down C-n e C-e"},
    {"line-up", "k Up C-p C-y"},
    {"page-down", "Space f PgDn C-f"},
    {"page-up", "b PgUp C-b"},
    {"half-down", "d C-d"},
    {"half-up", "u C-u"},
    {"top", "g Home"},
    {"bottom", "G End"},
    {"next-quote", "]"},
    {"prev-quote", "["},
    {"next-person", "}"},
    {"prev-person", "{"},
    {"next-caption", ")"},
    {"prev-caption", "("},
    {"focus-next", "Tab"},
    {"focus-prev", "S-Tab"},
    {"activate", "Enter"},
    {"clear", "Esc"},
    {"search", "/"},
    {"search-next", "n"},
    {"search-prev", "N"},
    {"quote-overview", "o"},
    {"filter", "&"},
    {"back", "''"},
    {"mark", "m"},
    {"goto-mark", "'"},
    {"jump-older", "C-o"},
    /* jump-newer: C-i is Tab to a terminal, which focus-next keeps; Tab
     * walks the jump list forward while a C-o walk is under way */
    {"next-article", ":n"},
    {"prev-article", ":p"},
    {"links", "L"},
    {"toggle-sidebar", "s"},
    {"toggle-captions", "c"},
    {"yank-quote", "y"},
    {"next-theme", "t"},
    {"help", "? F1"},
    {"redraw", "C-l"},
    {"quit", "q"},
};

int keymap_key_parse(const char *name)
{
    if (!name || !*name)
        return KEYMAP_NONE;
    size_t len = strlen(name);
    for (size_t i = 0; i < sizeof named_keys / sizeof *named_keys; i++)
        if (strcasecmp(name, named_keys[i].name) == 0)
            return named_keys[i].key;
    if ((name[0] == 'F' || name[0] == 'f') && len >= 2 && len <= 3) {
        char *end;
        long n = strtol(name + 1, &end, 10);
        if (*end == '\0' && name[1] != '0' && n >= 1 && n <= 12)
            return KEYMAP_KEY_F0 + (int)n;
    }
    /* C-x, c-x and ^X: the control character of a letter or of @[\]^_ ;
     * C-Space is NUL, which curses cannot report apart: not accepted. */
    const char *ctl = NULL;
    if (len == 3 && (name[0] == 'C' || name[0] == 'c') && name[1] == '-')
        ctl = name + 2;
    else if (len == 2 && name[0] == '^')
        ctl = name + 1;
    if (ctl) {
        char c = *ctl;
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 1;
        if (c >= 'A' && c <= 'Z')
            return c - 'A' + 1;
        if (c == '[' || c == '\\' || c == ']' || c == '^' || c == '_')
            return c - '@';
        if (c == '?')
            return KEYMAP_KEY_BACKSPACE;
        return KEYMAP_NONE;
    }
    /* A punctuation prefix and the printable ASCII key after it (":n"); a
     * letter cannot start one, so "xy" stays a typo. */
    if (len == 2 && ispunct((unsigned char)name[0]) && name[1] > 0x20 &&
        name[1] < 0x7F)
        return keymap_key_seq(name[0], name[1]);
    /* One printable character, any script. */
    ucs4_t cp;
    size_t n = utf8_decode(name, len, &cp);
    if (n != len || cp == 0xFFFD || cp < 0x21 || cp == 0x7F ||
        (cp >= 0x80 && cp < 0xA0))
        return KEYMAP_NONE;
    return (int)cp;
}

char *keymap_key_name(int key, char out[16])
{
    static const struct {
        int key;
        const char *name;
    } canon[] = {
        {KEYMAP_KEY_TAB, "Tab"},       {KEYMAP_KEY_BTAB, "S-Tab"},
        {KEYMAP_KEY_ENTER, "Enter"},   {KEYMAP_KEY_ESC, "Esc"},
        {KEYMAP_KEY_SPACE, "Space"},   {KEYMAP_KEY_BACKSPACE, "Backspace"},
        {KEYMAP_KEY_DELETE, "Delete"}, {KEYMAP_KEY_INSERT, "Insert"},
        {KEYMAP_KEY_UP, "Up"},         {KEYMAP_KEY_DOWN, "Down"},
        {KEYMAP_KEY_LEFT, "Left"},     {KEYMAP_KEY_RIGHT, "Right"},
        {KEYMAP_KEY_HOME, "Home"},     {KEYMAP_KEY_END, "End"},
        {KEYMAP_KEY_PGUP, "PgUp"},     {KEYMAP_KEY_PGDN, "PgDn"},
    };
    for (size_t i = 0; i < sizeof canon / sizeof *canon; i++)
        if (canon[i].key == key) {
            snprintf(out, 16, "%s", canon[i].name);
            return out;
        }
    if (key >= KEYMAP_KEY_SEQ && key < KEYMAP_KEY_SEQ_END)
        snprintf(out, 16, "%c%c", 0x21 + (key - KEYMAP_KEY_SEQ) / 95,
                 0x21 + (key - KEYMAP_KEY_SEQ) % 95);
    else if (key > KEYMAP_KEY_F0 && key <= KEYMAP_KEY_LAST)
        snprintf(out, 16, "F%d", key - KEYMAP_KEY_F0);
    else if (key >= 1 && key < 32)
        snprintf(out, 16, "C-%c", key >= 27 ? key + '@' : key + 'a' - 1);
    else if (key > 32 && key < KEYMAP_KEY_SPECIAL &&
             !(key >= 0x7F && key < 0xA0)) {
        size_t n = utf8_encode((ucs4_t)key, out);
        out[n] = '\0';
    } else
        snprintf(out, 16, "?");
    return out;
}

int keymap_key_seq(int prefix, int second)
{
    if (prefix <= 0x20 || prefix >= 0x7F || second <= 0x20 || second >= 0x7F)
        return KEYMAP_NONE;
    return KEYMAP_KEY_SEQ + (prefix - 0x21) * 95 + (second - 0x21);
}

bool keymap_is_prefix(const keymap *km, int key)
{
    int first = keymap_key_seq(key, '!');
    if (first == KEYMAP_NONE)
        return false;
    for (size_t i = 0; i < km->n; i++)
        if (km->b[i].key >= first && km->b[i].key < first + 95)
            return true;
    return false;
}

int keymap_lookup(const keymap *km, int key)
{
    for (size_t i = 0; i < km->n; i++)
        if (km->b[i].key == key)
            return km->b[i].command;
    return -1;
}

void keymap_bind(keymap *km, int key, int command)
{
    for (size_t i = 0; i < km->n; i++)
        if (km->b[i].key == key) {
            km->b[i].command = command;
            return;
        }
    XGROW(km->b, km->cap, km->n + 1);
    km->b[km->n++] = (binding){key, command};
}

void keymap_unbind_command(keymap *km, int command)
{
    size_t o = 0;
    for (size_t i = 0; i < km->n; i++)
        if (km->b[i].command != command)
            km->b[o++] = km->b[i];
    km->n = o;
}

size_t keymap_keys_of(const keymap *km, int command, int *keys, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < km->n; i++)
        if (km->b[i].command == command) {
            if (n < max)
                keys[n] = km->b[i].key;
            n++;
        }
    return n;
}

/* Splits a list of key names on spaces and commas into keys; returns the
 * count, or -1 with *error naming the first bad key. */
static int parse_key_list(const char *list, int *keys, size_t max, char **error)
{
    size_t n = 0;
    const char *p = list;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        if (!*p)
            break;
        const char *s = p;
        /* "," alone is a key name too: only a separator after another key */
        while (*p && *p != ' ' && *p != '\t' && !(*p == ',' && p > s))
            p++;
        char name[32];
        size_t len = (size_t)(p - s);
        int key = KEYMAP_NONE;
        if (len < sizeof name) {
            memcpy(name, s, len);
            name[len] = '\0';
            key = keymap_key_parse(name);
        }
        if (key == KEYMAP_NONE) {
            *error = xasprintf("[keys]: unknown key '%.*s'",
                               (int)(len > 20 ? 20 : len), s);
            return -1;
        }
        if (n >= max) {
            *error = xasprintf("[keys]: too many keys for one command");
            return -1;
        }
        keys[n++] = key;
    }
    return (int)n;
}

/* Binds key to command; 1 with a note in *error (the first one only) when
 * that takes the key from another command, else 0. */
static int take_key(keymap *km, int key, int command, char **error)
{
    int before = keymap_lookup(km, key);
    keymap_bind(km, key, command);
    if (before < 0 || before == command)
        return 0;
    if (!*error) {
        char name[16];
        *error = xasprintf("[keys]: %s now runs %s, no longer %s",
                           keymap_key_name(key, name),
                           command_get((size_t)command)->name,
                           command_get((size_t)before)->name);
    }
    return 1;
}

int keymap_apply(keymap *km, const char *lhs, const char *rhs, char **error)
{
    *error = NULL;
    if (!lhs || !rhs) {
        *error = xasprintf("[keys]: empty line");
        return -1;
    }
    int command = command_find(lhs);
    if (command >= 0) {
        int keys[16];
        int n = parse_key_list(rhs, keys, 16, error);
        if (n < 0)
            return -1;
        if (n == 0) {
            *error = xasprintf("[keys]: no key given for '%s'", lhs);
            return -1;
        }
        keymap_unbind_command(km, command);
        int taken = 0;
        for (int i = 0; i < n; i++)
            taken |= take_key(km, keys[i], command, error);
        return taken;
    }
    int key = keymap_key_parse(lhs);
    command = command_find(rhs);
    if (key != KEYMAP_NONE && command >= 0)
        return take_key(km, key, command, error);
    if (key != KEYMAP_NONE)
        *error = xasprintf("[keys]: unknown command '%.40s'", rhs);
    else
        *error = xasprintf("[keys]: unknown command '%.40s'", lhs);
    return -1;
}

keymap *keymap_new_default(void)
{
    keymap *km = xcalloc(1, sizeof *km);
    for (size_t i = 0; i < sizeof default_keys / sizeof *default_keys; i++) {
        char *error = NULL;
        /* The table above and the command table are checked against each
         * other by the unit tests, so this cannot fail in a release. */
        if (keymap_apply(km, default_keys[i].command, default_keys[i].keys,
                         &error) != 0)
            free(error);
    }
    return km;
}

void keymap_free(keymap *km)
{
    if (!km)
        return;
    free(km->b);
    free(km);
}
