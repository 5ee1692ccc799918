/* view-status — the header line (date · dateline · N quotes · M people,
 * with the parts that exist) and the status line (the current quotation,
 * the selected person's mention, the search, or the reading position and
 * `? help`; a one-frame message after it; the search prompt while typing).
 * Everything that came from the article is drawn sanitised. */
#ifndef DATELINE_VIEW_STATUS_H
#define DATELINE_VIEW_STATUS_H

#include <stddef.h>

#include "viewstate.h"

/* Number of people the header counts: persons not named only in credits. */
size_t view_status_people(const doc *d);
/* The header; with n_articles > 1 it ends in `article N/M` (article is
 * 0-based). */
void view_status_header(const doc *d, size_t people, size_t article,
                        size_t n_articles, int y, int cols);
/* Draws the status line; with prompt non-NULL, the search prompt holding
 * prompt[0..len) instead, and returns the cursor column. */
int view_status_draw(viewstate *vs, int y, int cols, const char *prompt,
                     size_t len);

#endif
