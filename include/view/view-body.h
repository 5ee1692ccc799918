/* view-body — draws the article body: the rows the reader state gives,
 * centred in the pane at the text width, each span in the style of what it
 * is, with the current quotation, its speaker, the selection, the current
 * mention and the search matches laid over by byte offset. */
#ifndef DATELINE_VIEW_BODY_H
#define DATELINE_VIEW_BODY_H

#include "viewstate.h"

/* Draws into rows y .. y+rows-1, columns x .. x+cols-1. */
void view_body_draw(viewstate *vs, int y, int x, int rows, int cols);

#endif
