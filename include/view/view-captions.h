/* view-captions — the caption pane: one line per distinct caption, with
 * ×N when it appears more than once and its credit at the right; the
 * selected caption is shown whole, wrapped over as many rows as it needs
 * (as many as the pane has). */
#ifndef DATELINE_VIEW_CAPTIONS_H
#define DATELINE_VIEW_CAPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "viewstate.h"

void view_captions_draw(viewstate *vs, int y, int x, int rows, int cols,
                        bool focused);
/* The caption shown at screen position (y, x) by the last drawing, or
 * DOC_NONE. */
size_t view_captions_hit(int y, int x);

#endif
