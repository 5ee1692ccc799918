/* search — every match of a query in the article, block by block.
 *
 * Smart case: a query with an upper-case or title-case letter matches
 * exactly; otherwise both sides are compared after Unicode case folding
 * (libunistring), so "strasse" finds "Straße" and "élan" finds "ÉLAN".
 * Matches are byte ranges of block texts on character boundaries, in
 * document order, never overlapping. No curses: unit-testable. */
#ifndef DATELINE_SEARCH_H
#define DATELINE_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"

typedef struct {
    size_t block, start, end;
} search_match;

typedef struct search search;

/* Finds every match of query[0..len) in d; an empty query finds nothing. */
search *search_run(const doc *d, const char *query, size_t len);
void search_free(search *s);

/* True when the query is matched case-sensitively (it has a capital). */
bool search_is_case_sensitive(const char *query, size_t len);
/* True when the query has an accent (a combining mark once decomposed):
 * accents then count; without one they are ignored ("avila" finds "Ávila").
 * Matches are mapped back to the text's own bytes. */
bool search_has_accents(const char *query, size_t len);

size_t search_count(const search *s);
const search_match *search_get(const search *s, size_t i);
/* Index of the first match starting at or after (block, offset); the count
 * when there is none. */
size_t search_first_from(const search *s, size_t block, size_t offset);
/* The matches overlapping bytes [start, end) of a block: *first, *count. */
void search_in_range(const search *s, size_t block, size_t start, size_t end,
                     size_t *first, size_t *count);

#endif
