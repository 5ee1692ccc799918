/* view-body — draws the article body: the rows the reader state gives,
 * centred in the pane at the text width, each span in the style of what it
 * is, with the current quotation, its speaker, the selection, the current
 * mention and the search matches laid over by byte offset. */
#ifndef DATELINE_VIEW_BODY_H
#define DATELINE_VIEW_BODY_H

#include <stdbool.h>

#include "viewstate.h"

/* Draws into rows y .. y+rows-1, columns x .. x+cols-1. */
void view_body_draw(viewstate *vs, int y, int x, int rows, int cols);

/* Whether the terminal is known to show OSC 8 hyperlinks: decided
 * conservatively from DATELINE_HYPERLINKS (1 / 0 force it), then known
 * terminals (TERM_PROGRAM, TERM, VTE_VERSION); never inside tmux or screen,
 * which may not pass them on. Without it no hyperlink sequence is sent. */
bool view_body_hyperlinks_supported(void);
/* After the screen is refreshed: rewrites the links on screen (the model's
 * links and bare URLs) as OSC 8 hyperlinks, cell for cell as curses drew
 * them, and puts the cursor and attributes back where curses left them.
 * The URL is sent with every byte outside printable ASCII percent-encoded,
 * so nothing in it can act on the terminal. Same geometry as
 * view_body_draw. */
void view_body_hyperlinks(viewstate *vs, int y, int x, int rows, int cols);

#endif
