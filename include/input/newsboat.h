/* newsboat — the file newsboat hands its pager, recognised by content.
 *
 * newsboat writes an article for `pager "CMD %f"` as a header of
 * "Key: value" lines opening with "Feed:" (Title, Author, Date, Link,
 * "Podcast Download URL" ...), a line of spaces, the article as text
 * wrapped at its width with paragraphs separated by lines of spaces, a
 * link's text followed by a marker "[N]", images as "[image N]" or
 * "[image N (alt)]", and at the end "Links: " with one "[N]: URL (kind)"
 * line per link. newsboat_read finds these parts and gives spans into the
 * text (nothing is copied, nothing printed); newsboat_link gives the URL of
 * marker N. An input that does not open with such a header (with a Title)
 * is not newsboat's, and false leaves *page empty. */
#ifndef DATELINE_NEWSBOAT_H
#define DATELINE_NEWSBOAT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t start, len; /* span in the text; len 0: absent */
} newsboat_span;

typedef struct {
    newsboat_span feed, title, author, date, link;
    size_t body_start, body_end; /* the article between header and Links */
    newsboat_span *links;        /* links[N - 1]: the URL of marker N */
    size_t n_links;
} newsboat_page;

bool newsboat_read(const char *text, size_t len, newsboat_page *page);
void newsboat_page_free(newsboat_page *page);

/* The URL of marker N (from 1) as a span, or false when the list has none. */
bool newsboat_link(const newsboat_page *page, size_t n, newsboat_span *url);

#endif
