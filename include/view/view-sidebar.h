/* view-sidebar — the entity list: people, places, organisations, then the
 * credited, each with its mention count (and, for people quoted, their
 * number of quotations). The cursor row is kept on screen. */
#ifndef DATELINE_VIEW_SIDEBAR_H
#define DATELINE_VIEW_SIDEBAR_H

#include <stdbool.h>
#include <stddef.h>

#include "viewstate.h"

void view_sidebar_draw(viewstate *vs, int y, int x, int rows, int cols,
                       bool focused);
/* The sidebar item at screen position (y, x) of the last drawing, or
 * DOC_NONE. */
size_t view_sidebar_hit(const viewstate *vs, int y, int x);

#endif
