#include "article.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "entity.h"
#include "html.h"
#include "parse.h"
#include "quote.h"
#include "source.h"
#include "webpage.h"
#include "xalloc.h"

/* The analysis every input format shares, then the freeze. */
static doc *analyse(doc *d)
{
    entity_analyse(d);
    quote_analyse(d);
    doc_freeze(d);
    return d;
}

doc *article_build(const char *text, size_t len)
{
    return analyse(parse_article(text, len));
}

static void announce(const article_options *opt, size_t bytes)
{
    if (opt && opt->before_analysis)
        opt->before_analysis(bytes, opt->ctx);
}

doc *article_from_bytes(const char *bytes, size_t len,
                        const article_options *opt, const char *charset,
                        const char *base_url, article_info *info, char **err)
{
    article_format format = opt ? opt->format : ARTICLE_FORMAT_AUTO;
    if (format == ARTICLE_FORMAT_AUTO && html_sniff(bytes, len))
        format = ARTICLE_FORMAT_HTML;
    if (format == ARTICLE_FORMAT_HTML) {
        bool cp1252 = false;
        announce(opt, len);
        doc *d = webpage_parse(bytes, len, charset, base_url, &cp1252);
        if (info) {
            info->from_cp1252 = cp1252;
            info->bytes = len;
        }
        return analyse(d);
    }
    source_text src;
    if (source_decode(bytes, len, &src, err) != 0)
        return NULL;
    if (info) {
        info->from_cp1252 = src.from_cp1252;
        info->bytes = len;
    }
    announce(opt, len);
    doc *d = article_build(src.text, src.len);
    source_text_free(&src);
    return d;
}

doc *article_open(const char *arg, const article_options *opt,
                  article_info *info, char **err)
{
    char *bytes;
    size_t len;
    int rc =
        strcmp(arg, "-") == 0
            ? source_slurp_fd(STDIN_FILENO, SOURCE_MAX_BYTES, &bytes, &len, err)
            : source_slurp_path(arg, SOURCE_MAX_BYTES, &bytes, &len, err);
    if (rc != 0)
        return NULL;
    doc *d = article_from_bytes(bytes, len, opt, NULL, NULL, info, err);
    free(bytes);
    return d;
}
