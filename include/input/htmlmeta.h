/* htmlmeta — what a web page says about its article: title, authors, site,
 * canonical URL, publication time, description, and the base for links.
 *
 * Sources, best first: JSON-LD (NewsArticle, Article, ReportageNewsArticle
 * and the other *Article / BlogPosting types, also inside @graph and
 * arrays; parsed with jansson), Open Graph and article:* properties, Dublin
 * Core and <meta name=author|date|description>, itemprop values,
 * <time datetime>, <link rel=canonical>, and <title> (with a site suffix
 * such as " | Site" trimmed) last. Authors are names, never URLs; published
 * is ISO 8601 as the page gives it, date its YYYY-MM-DD. All strings are
 * xalloc'd UTF-8 or NULL. One pass over the tree; never prints or exits. */
#ifndef DATELINE_HTMLMETA_H
#define DATELINE_HTMLMETA_H

#include <stddef.h>

#include <libxml/HTMLparser.h>

typedef struct {
    char *title, *site, *url, *published, *description;
    char date[11]; /* "YYYY-MM-DD" of published, or "" */
    char **authors;
    size_t n_authors;
    char *base; /* where relative links resolve: <base href>, the page's
                   address, else the canonical URL */
} htmlmeta;

/* base_url: where the page came from (may be NULL). */
void htmlmeta_read(htmlDocPtr page, const char *base_url, htmlmeta *m);
void htmlmeta_free(htmlmeta *m);

#endif
