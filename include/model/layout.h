/* layout — the article as lines of styled spans at a given width.
 *
 * A pure function of (model, block, width): no curses, no view state. Lines
 * are broken with libunistring's line-breaking rules, widths come from
 * libunistring (wide characters take two columns, combining marks none).
 * Spans carry byte ranges into the block text plus the *semantic* style of
 * what they show (quote, person, caption, ...), so the view can lay its own
 * highlights (current quote, selection, search) over them by byte offset.
 *
 * Nothing from the article reaches the terminal raw: a control character
 * (C0 but newline, DEL, C1, and so ESC) gets a span of kind
 * LAYOUT_SPAN_CONTROL whose visible form is layout_control_repr(), e.g. "^[".
 * Tabs count as one space (a control span whose visible form is " ").
 *
 * Lines tile the block: each line's [start, end) follows the previous one.
 * Its spans cover [start, end) in order without gap, except the blanks
 * (spaces, tabs, a newline) where the line breaks: they belong to the line
 * but to no span, so nothing is printed past the width. No line is wider
 * than the width, save a single character wider than the whole width (a
 * wide character, or a control's visible form, at width 1), which gets a
 * line of its own. A newline in the text always ends a line. Overlapping
 * mentions: the earlier (at equal starts the longer) one wins.
 *
 * A URL in the text (http://, https://, www.) is never broken across lines:
 * the line breaks before it instead (only a URL wider than the whole width
 * is cut). Bare URLs and the model's links (doc_link) get their own spans of
 * style LINK (a mention inside keeps its entity style) naming the link, so
 * the view can make them hyperlinks.
 *
 * Layout is lazy: callers lay out only the blocks they show, and may cache
 * a layout_block for as long as the width does not change. */
#ifndef DATELINE_LAYOUT_H
#define DATELINE_LAYOUT_H

#include <stddef.h>

#include "doc.h"
#include "style.h"

typedef enum {
    LAYOUT_SPAN_TEXT,    /* print block text [start, end) as it is */
    LAYOUT_SPAN_CONTROL, /* print layout_control_repr() of [start, end) */
} layout_span_kind;

typedef struct {
    size_t start, end; /* bytes of the block text */
    unsigned col;      /* first column, from the line's left edge */
    unsigned cols;     /* columns taken */
    layout_span_kind kind;
    style_id style; /* NORMAL, QUOTE, PERSON, PLACE, ORG, CAPTION, CREDIT,
                       EMBED, CONTROL */
    size_t entity;  /* entity mentioned here, or DOC_NONE */
    size_t quote;   /* quotation covering this span, or DOC_NONE */
    size_t link;    /* doc_link id, LAYOUT_LINK_BARE (the text is the URL),
                       or DOC_NONE */
} layout_span;

#define LAYOUT_LINK_BARE ((size_t)-2)

typedef struct {
    size_t block;
    size_t start, end; /* bytes of the block text this line shows */
    const layout_span *spans;
    size_t n_spans;
} layout_line;

typedef struct layout_block layout_block;

/* Lays out one block at `width` columns (width >= 1). */
layout_block *layout_block_new(const doc *d, size_t block, unsigned width);
void layout_block_free(layout_block *lb);
size_t layout_block_line_count(const layout_block *lb);
const layout_line *layout_block_line(const layout_block *lb, size_t i);
/* Index of the line showing byte `offset` of the block (last line if past). */
size_t layout_block_line_at(const layout_block *lb, size_t offset);

/* The line heading the body of an article that names its authors or site
 * (web pages, feed items): "By A, B and C · Site". It is no block of the
 * model: layout_byline_new lays it out (style CREDIT) over its own text,
 * which layout_block_text returns. NULL when the article names neither. */
char *layout_byline_text(const doc *d);
layout_block *layout_byline_new(const doc *d, unsigned width);
/* The text a layout's byte offsets point into when it is not a model block
 * (the byline), else NULL. */
const char *layout_block_text(const layout_block *lb);

/* Blank lines shown above `block`: 0 above the first block, 2 above the
 * first caption of a run of captions (sets the caption section apart from
 * the story), else 1. */
unsigned layout_gap_before(const doc *d, size_t block);

/* Visible form of a control character at text[0..len): writes a NUL-terminated
 * string of printable ASCII into out (room for 16 bytes), returns its width. */
unsigned layout_control_repr(const char *text, size_t len, char out[16]);

/* End of the bare URL starting at text[i] (http://, https://, www.), with
 * trailing punctuation left out; 0 when none starts there. */
size_t layout_url_end(const char *text, size_t len, size_t i);

/* Column width of a UTF-8 string as layout counts it. */
size_t layout_text_width(const char *s, size_t len);

#endif
