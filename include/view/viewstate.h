/* viewstate — what the reader shows, without curses: the reading position,
 * the layout cache, the current quotation, the selection, the search, the
 * filter, the lists' cursors, the back stack and the open overlay.
 *
 * The reading position is kept by content: the top row of the body is an
 * anchor (block, byte offset of the line's start), or a blank row above a
 * block. Rows are derived from it at the current width, so a resize or a
 * width change lands on the same words. Only the blocks shown are laid out;
 * their layouts are cached for the current width (dropped when the width
 * changes, trimmed between frames by viewstate_trim_cache).
 *
 * The struct is open to the commands (command.c) and the view (view-*.c),
 * which read its fields; changes go through the functions below. */
#ifndef DATELINE_VIEWSTATE_H
#define DATELINE_VIEWSTATE_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "jumplist.h"
#include "layout.h"
#include "mentions.h"
#include "search.h"

typedef enum {
    VIEWSTATE_FOCUS_BODY,
    VIEWSTATE_FOCUS_SIDEBAR,
    VIEWSTATE_FOCUS_CAPTIONS,
} viewstate_focus;

typedef enum {
    VIEWSTATE_OVERLAY_NONE,
    VIEWSTATE_OVERLAY_HELP,
    VIEWSTATE_OVERLAY_QUOTES,
    VIEWSTATE_OVERLAY_LINKS,
} viewstate_overlay;

/* What the status line speaks of: the last thing the reader asked for. */
typedef enum {
    VIEWSTATE_CONTEXT_POSITION,
    VIEWSTATE_CONTEXT_QUOTE,
    VIEWSTATE_CONTEXT_PERSON,
    VIEWSTATE_CONTEXT_SEARCH,
    VIEWSTATE_CONTEXT_CAPTION,
} viewstate_context;

typedef struct {
    size_t block;
    size_t offset; /* first byte of the top line */
    int gap_row;   /* >= 0: that blank row above the block; else -1 */
} viewstate_anchor;

typedef enum {
    VIEWSTATE_ITEM_HEADING,
    VIEWSTATE_ITEM_ENTITY,
    VIEWSTATE_ITEM_CONTRIBUTOR,
} viewstate_item_kind;

/* One row of the entity sidebar. */
typedef struct {
    viewstate_item_kind kind;
    size_t entity;    /* ENTITY rows, else DOC_NONE */
    const char *text; /* heading, entity name or contributor */
} viewstate_item;

/* One body row: a laid-out line, or blank (line NULL). The byline's rows
 * (above the first block, no block of the model) have their own text. */
typedef struct {
    const layout_line *line;
    size_t block;
    const char *text; /* the byline's text for its rows, else NULL */
} viewstate_row;

typedef struct viewstate {
    const doc *d;
    unsigned width, height; /* body text columns and rows */
    viewstate_anchor top;

    /* layout cache: one slot per block, with a use stamp for trimming */
    layout_block **cache;
    unsigned long *stamp;
    unsigned long tick;
    size_t n_cached;
    size_t *block_start;  /* bytes of all blocks before each block */
    layout_block *byline; /* authors and site above the first block */

    /* panes: the reader's wish (s, c) and what fits (set by the view) */
    bool sidebar_on, captions_on;
    bool sidebar_shown, captions_shown;
    unsigned sidebar_rows, caption_rows;
    viewstate_focus focus;
    viewstate_overlay overlay;

    viewstate_item *items; /* the sidebar */
    size_t n_items, item_sel, item_top;
    bool item_cut; /* the name under the cursor is shortened on screen */
    size_t caption_sel, caption_top; /* caption pane; sel DOC_NONE: none */
    size_t caption; /* the current caption (highlighted in the body), or
                       DOC_NONE */

    /* quotations that are speech: ] [ o walk these; titles of works and
     * terms are highlighted but not walked */
    size_t *speech;
    size_t n_speech, n_titles, n_terms;
    mentions *ment; /* the model's mentions plus attributions, dateline */

    size_t quote;      /* current quotation, or DOC_NONE */
    bool *selected;    /* per entity: its mentions are highlighted */
    size_t entity;     /* the selected entity that } { follow, or DOC_NONE */
    size_t mention_of; /* entity of the current mention, or DOC_NONE */
    size_t mention;    /* index into its mentions */
    search *search;    /* NULL: no search */
    char *query;
    size_t match; /* current match, or DOC_NONE */
    viewstate_context context;

    size_t filter_entity; /* DOC_NONE: every block shown */
    size_t *filter_blocks;
    size_t n_filter_blocks;

    bool has_cursor; /* where the last jump landed: next/prev start there */
    size_t cursor_block, cursor_offset;

    jumplist *jumps; /* places jumped from ('' Ctrl-O Ctrl-I) and marks */

    size_t overview_sel, overview_top; /* indices into speech */
    size_t help_top;     /* first row of the help shown (clamped when drawn) */
    size_t help_max_top; /* 0 when the help fits: then any key closes it */
    size_t links_sel, links_top; /* the links overlay (L) */

    unsigned long count; /* the count typed before this command; 0: none */
    int key_arg;         /* the key after m or ', for mark and goto-mark */

    char *message;   /* one-frame note for the status line, or NULL */
    char *clipboard; /* text the loop sends through OSC 52, or NULL */
} viewstate;

/* Field by field: anchors have padding that memcmp would read. */
bool viewstate_anchor_equal(viewstate_anchor a, viewstate_anchor b);

viewstate *viewstate_new(const doc *d);
void viewstate_free(viewstate *vs);

/* Body text width and height; a new width drops the layout cache and keeps
 * the anchor. Widths below 1 count as 1. */
void viewstate_set_body(viewstate *vs, unsigned width, unsigned height);
/* Which list panes are on screen and their rows; focus leaves a pane that
 * went away. */
void viewstate_set_lists(viewstate *vs, bool sidebar, unsigned sidebar_rows,
                         bool captions, unsigned caption_rows);
/* Frees cached layouts beyond a working set; call between frames only. */
void viewstate_trim_cache(viewstate *vs);
/* The cached layout of a block at the current width. */
const layout_block *viewstate_layout(viewstate *vs, size_t block);

/* Fills up to max rows from the top; returns how many (fewer at the end). */
size_t viewstate_rows(viewstate *vs, viewstate_row *rows, size_t max);
/* Whether a block is shown (the filter may hide it). */
bool viewstate_block_shown(const viewstate *vs, size_t block);

/* Whether byte `offset` of a block is on screen now. */
bool viewstate_in_view(viewstate *vs, size_t block, size_t offset);
/* Scrolls by n rows (negative: up), clamped so the last page stays full;
 * returns whether the position moved. */
bool viewstate_scroll(viewstate *vs, long n);
void viewstate_to_top(viewstate *vs);
void viewstate_to_bottom(viewstate *vs);
/* Remembers the current position in the jump list (jumplist.h): a jump is
 * about to leave it. */
void viewstate_push_back(viewstate *vs);
/* '': returns to the last place a jump left, which the current position
 * replaces (twice toggles); false when there is none. */
bool viewstate_pop_back(viewstate *vs);
/* Ctrl-O / Ctrl-I: older / newer along the jump list; false at its end. */
bool viewstate_jump_older(viewstate *vs);
bool viewstate_jump_newer(viewstate *vs);
/* m + letter / ' + letter: false for a non-letter or an unset mark. */
bool viewstate_set_mark(viewstate *vs, int letter);
bool viewstate_goto_mark(viewstate *vs, int letter);
/* N% / Np: the line holding byte N% of the text at the top (100: the
 * end); a jump. */
void viewstate_goto_percent(viewstate *vs, unsigned percent);
/* The anchor as (block, offset) for saving, and back (clamped). A blank row
 * above a block is saved as the end offset of the block before it. */
void viewstate_get_anchor(viewstate *vs, size_t *block, size_t *offset);
void viewstate_set_anchor(viewstate *vs, size_t block, size_t offset);
/* Reading position in percent, from byte offsets of the last row shown. */
unsigned viewstate_percent(viewstate *vs);

/* Every mention of an entity as the reader counts it (see mentions.h). */
const doc_span *viewstate_mentions(const viewstate *vs, size_t entity,
                                   size_t *n);
/* Position of a quotation among the speech ones, or DOC_NONE. */
size_t viewstate_speech_rank(const viewstate *vs, size_t quote);

/* Jumps: each pushes the position on the back stack when it moves. They
 * return false (with a message) when there is nothing to go to. */
bool viewstate_next_quote(viewstate *vs, int dir);
bool viewstate_goto_quote(viewstate *vs, size_t quote);
bool viewstate_next_mention(viewstate *vs, int dir);
bool viewstate_next_match(viewstate *vs, int dir);
/* Runs a search (query[0..len)), highlights every match, and jumps to the
 * article's first match. An empty query repeats the last one. */
bool viewstate_search(viewstate *vs, const char *query, size_t len);
/* Makes entity the (only) selected one and jumps to its first mention. */
void viewstate_select_entity(viewstate *vs, size_t entity, bool jump);
/* Makes a caption current, as ] does a quotation: the body scrolled to it
 * and highlighting it, the pane's cursor on it (shown whole), the first
 * person it names selected, } going on from there. */
void viewstate_select_caption_people(viewstate *vs, size_t caption);
/* The same, n captions on from the current one (wrapping). */
bool viewstate_next_caption(viewstate *vs, int dir);
/* Shows only the blocks that mention entity; DOC_NONE shows all again. */
void viewstate_set_filter(viewstate *vs, size_t entity);
/* Drops search, selection and current quotation; false when none was set. */
bool viewstate_clear(viewstate *vs);

/* Moves a list cursor by n rows (sidebar: entity rows only). */
void viewstate_sidebar_move(viewstate *vs, long n);
void viewstate_caption_move(viewstate *vs, long n);
void viewstate_overview_move(viewstate *vs, long n);

/* The one-frame message (printf-like); replaces the previous one. */
void viewstate_message(viewstate *vs, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* The text `y` copies: “quotation” — Speaker, DATELINE, date. NULL when
 * there is no current quotation. Free it. */
char *viewstate_quote_citation(const viewstate *vs, size_t quote);

#endif
