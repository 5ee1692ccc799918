/* mentions — what the reader counts as a mention of an entity: the model's
 * mentions, plus
 *   - the attribution of a quotation ("he said", "the mayor said") in a
 *     paragraph that quotes someone without naming them: the cue and the
 *     word before it, once per attribution;
 *   - the dateline, for the place it names, at the top of the article.
 * So a speaker's count, } / { and the & filter reach every paragraph that
 * quotes them, and no place in the sidebar has 0 mentions.
 *
 * Built once per document in one pass over quotations and entities (hash-
 * free: each quotation looks only at its own block's marks). No curses. */
#ifndef DATELINE_MENTIONS_H
#define DATELINE_MENTIONS_H

#include <stddef.h>

#include "doc.h"

/* An added mention: where, and whose. */
typedef struct {
    size_t block, start, end, entity;
} mentions_extra;

typedef struct mentions mentions;

mentions *mentions_new(const doc *d);
void mentions_free(mentions *m);

/* Every mention of an entity in document order: *n set; NULL when none. */
const doc_span *mentions_of(const mentions *m, size_t entity, size_t *n);
/* The added mentions lying in a block (sorted by start): *n set. */
const mentions_extra *mentions_extra_in(const mentions *m, size_t block,
                                        size_t *n);

#endif
