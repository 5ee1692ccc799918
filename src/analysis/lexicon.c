/* The lexicon's look-ups. The word lists are data (the files of data/lexicon/);
 * tools/lexgen.py checks them and compiles them at build time into
 * lexicon-table.inc (in the build folder): the keys in byte order, their
 * classes, and an open-addressing hash table (hash.h) sized to stay half
 * empty, so a
 * look-up is one hash and a few probes and no key is ever dropped. */
#include "lexicon.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "cue.h"
#include "hash.h"

struct lexicon_key {
    const char *key;
    size_t len;
    unsigned cue;      /* CUE_ classes (cue.h) */
    bool heads_phrase; /* the first word of a key of several words */
    lexicon_entry e;
};

#include "lexicon-table.inc"

static const struct lexicon_key *lookup(const char *key, size_t len)
{
    if (!key || len == 0)
        return NULL;
    size_t i = (size_t)hash_bytes(key, len) & (LEXICON_NSLOTS - 1);
    for (unsigned slot; (slot = lexicon_slots[i]) != 0;
         i = (i + 1) & (LEXICON_NSLOTS - 1)) {
        const struct lexicon_key *k = &lexicon_keys[slot - 1];
        if (k->len == len && memcmp(k->key, key, len) == 0)
            return k;
    }
    return NULL;
}

const lexicon_entry *lexicon_find(const char *key, size_t len)
{
    const struct lexicon_key *k = lookup(key, len);
    return k && k->e.classes ? &k->e : NULL;
}

unsigned lexicon_classes(const char *key, size_t len)
{
    const lexicon_entry *e = lexicon_find(key, len);
    return e ? e->classes : 0;
}

bool lexicon_heads_phrase(const char *key, size_t len)
{
    const struct lexicon_key *k = lookup(key, len);
    return k && k->heads_phrase;
}

size_t lexicon_size(void)
{
    return LEXICON_NLEX;
}

unsigned lexicon_cue_classes(const char *key, size_t len, const char **stored)
{
    const struct lexicon_key *k = lookup(key, len);
    if (k && !k->cue)
        k = NULL;
    if (stored)
        *stored = k ? k->key : NULL;
    return k ? k->cue : 0;
}
