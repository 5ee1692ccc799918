/* extract — the main content of a parsed web page, as blocks in reading
 * order.
 *
 * Works for the web in general, with no rules for one site: every element's
 * visible text, link text and commas are counted once (bottom-up); text
 * units score their containers (text length, commas, link density, the
 * semantic and ARIA hints <article>, <main>, itemprop=articleBody,
 * role=main/article and class/id words as weights); the best container and
 * its kindred siblings are kept, and inside them furniture is removed
 * element by element: navigation, share bars, related-story lists,
 * newsletter/cookie boxes, comments, ads, hidden nodes (hidden,
 * aria-hidden, display:none), script/style/noscript/template/svg/form
 * controls, link-dense lists and boilerplate lines.
 *
 * Kept text comes out in document order as paragraph, heading (subheads),
 * item (list items) and blockquote blocks, table rows as paragraphs, with
 * whitespace collapsed and NFC. Figures come after the body as caption
 * blocks (caption text with its credit); embedded video, iframes and tweets
 * as embed blocks with their URL; bylines inside the body as credit blocks.
 * Links (<a href>, resolved against base_url, http(s) and mailto only) are
 * byte spans in their block's text. Linear in the page's size; the tree
 * walk is bounded in depth. Never prints or exits. */
#ifndef DATELINE_EXTRACT_H
#define DATELINE_EXTRACT_H

#include <stddef.h>

#include <libxml/HTMLparser.h>

#include "doc.h"

typedef struct {
    size_t start, end; /* bytes in the block's text */
    char *url;         /* absolute */
} extract_link;

typedef struct {
    doc_block_kind kind;
    char *text; /* NUL-terminated UTF-8 */
    size_t len;
    char *url; /* embed blocks, else NULL */
    extract_link *links;
    size_t n_links;
} extract_block;

typedef struct {
    extract_block *blocks;
    size_t n, cap;
} extract_result;

/* title: the page's headline if known (a heading repeating it is not body),
 * or NULL. The page's _private pointers are used during the call. */
void extract_content(htmlDocPtr page, const char *base_url, const char *title,
                     extract_result *out);
void extract_result_free(extract_result *r);

/* href made absolute against base (may be NULL); NULL unless http, https or
 * mailto. Control characters are dropped. Free the result. */
char *extract_resolve_url(const char *base, const char *href);

#endif
