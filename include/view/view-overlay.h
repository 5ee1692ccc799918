/* view-overlay — the boxes drawn over the panes: the key help, generated
 * from the command table and the keys bound now, and the quotation
 * overview (every quotation with its speaker, the cursor row kept in
 * sight), and the links list (each link's text and URL, drawn escaped). */
#ifndef DATELINE_VIEW_OVERLAY_H
#define DATELINE_VIEW_OVERLAY_H

#include "keymap.h"
#include "viewstate.h"

void view_overlay_help(const keymap *km, int rows, int cols);
void view_overlay_quotes(viewstate *vs, int rows, int cols);
void view_overlay_links(viewstate *vs, int rows, int cols);

#endif
