/* html — web pages in: recognising them, their charset, and libxml2's HTML
 * parser.
 *
 * html_sniff says whether raw bytes look like HTML (a doctype, <html>,
 * <head>, <body> or a few common tags near the start, after a BOM and
 * blanks). html_decode turns the raw bytes into UTF-8: the charset comes from
 * a BOM, else the transport's (HTTP) charset, else a <meta charset> or
 * http-equiv Content-Type near the start, else UTF-8; bytes invalid in
 * UTF-8 read as Windows-1252 (and a page declared as a single-byte charset
 * whose bytes are valid, non-ASCII UTF-8 is read as UTF-8: pages mislabel
 * themselves). NUL bytes become U+FFFD. html_parse then builds libxml2's
 * tree with the recovering HTML parser: no network, no DTD, no entities
 * from outside, no error output, the page's own charset hints ignored (the
 * text is UTF-8 by then). Never prints or exits; any bytes give a tree. */
#ifndef DATELINE_HTML_H
#define DATELINE_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/HTMLparser.h>

bool html_sniff(const char *bytes, size_t len);

/* The page as NUL-terminated UTF-8 (free() it), length in *out_len.
 * *from_cp1252 (may be NULL) says whether Windows-1252 was used for bytes
 * that were not valid in the charset chosen. */
char *html_decode(const char *bytes, size_t len, const char *charset,
                  size_t *out_len, bool *from_cp1252);

/* Decodes and parses; free the tree with xmlFreeDoc. */
htmlDocPtr html_parse(const char *bytes, size_t len, const char *charset,
                      bool *from_cp1252);

#endif
