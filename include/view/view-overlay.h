/* view-overlay — the boxes drawn over the panes: the key help, generated
 * from the command table and the keys bound now, and the quotation
 * overview (every quotation with its speaker, the cursor row kept in
 * sight), and the links list (each link's text and URL, drawn escaped). */
#ifndef DATELINE_VIEW_OVERLAY_H
#define DATELINE_VIEW_OVERLAY_H

#include "keymap.h"
#include "viewstate.h"

/* The help; *top is its first row shown, clamped here so the last page is
 * full; *max_top is set to the last top (0 when everything fits). */
void view_overlay_help(const keymap *km, int rows, int cols, size_t *top,
                       size_t *max_top);
void view_overlay_quotes(viewstate *vs, int rows, int cols);
void view_overlay_links(viewstate *vs, int rows, int cols);

#endif
