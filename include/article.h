/* article — from an argument (a path, "-", an http(s) URL) to a finished,
 * read-only document model.
 *
 * article_build runs the stages on decoded text in order — parse (blocks,
 * dateline, credits, captions), entity analysis, quotation analysis — then
 * freezes the model. article_open reads the input named by an argument,
 * decides its format (article_format), decodes it and builds the model; every
 * input format ends in the same blocks and article metadata, so the analysis
 * never knows where an article came from. Never prints, never exits: errors
 * come back as a malloc'd one-line reason without the argument's name. */
#ifndef DATELINE_ARTICLE_H
#define DATELINE_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"

typedef enum {
    ARTICLE_FORMAT_AUTO, /* by content (and name) */
    ARTICLE_FORMAT_TEXT,
    ARTICLE_FORMAT_HTML
} article_format;

typedef struct {
    article_format format;
    /* Called once the input is read and before the analysis, with its size:
     * the program may say "analysing N MB" on a terminal. May be NULL. */
    void (*before_analysis)(size_t bytes, void *ctx);
    void *ctx;
    /* URLs: total seconds a fetch may take; 0 for fetch.h's default. */
    unsigned timeout;
} article_options;

typedef struct {
    bool from_cp1252; /* the text was not UTF-8 and was read as CP1252 */
    size_t bytes;     /* size of the input read */
} article_info;

/* The analysis every input format shares, on a doc the parser built:
 * entities, quotations (which walk the body once and resolve its
 * pronouns), the genders the pronouns give; then the freeze. Returns d. */
doc *article_analyse(doc *d);

/* Decoded UTF-8 text in dateline's plain-text layout to a frozen model. */
doc *article_build(const char *text, size_t len);

/* Reads `arg` ("-" is standard input; "http://..." and "https://..." are
 * fetched, see fetch.h; other "scheme://" arguments are refused) and builds
 * its model. Returns NULL
 * with *err set on failure; *info (may be NULL) says how it was read. */
doc *article_open(const char *arg, const article_options *opt,
                  article_info *info, char **err);

/* Raw bytes as read from a file, a pipe or the network to a frozen model.
 * charset: the transport's declared charset (HTTP Content-Type), or NULL;
 * base_url: where the bytes came from, for resolving links, or NULL. */
doc *article_from_bytes(const char *bytes, size_t len,
                        const article_options *opt, const char *charset,
                        const char *base_url, article_info *info, char **err);

#endif
