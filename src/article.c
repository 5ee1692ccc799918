#include "article.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "annotate.h"
#include "entity.h"
#include "fetch.h"
#include "html.h"
#include "parse.h"
#include "quote.h"
#include "source.h"
#include "webpage.h"
#include "xalloc.h"

doc *article_analyse(doc *d)
{
    /* one annotation layer for every pass */
    annotate *an = annotate_new(d);
    entity_analyse_with(d, an);
    quote_analyse_with(d, an); /* resolves the pronouns, in document order */
    entity_pronoun_genders(d, an);
    annotate_free(an);
    doc_freeze(d);
    return d;
}

doc *article_build(const char *text, size_t len)
{
    return article_analyse(parse_article(text, len));
}

static void announce(const article_options *opt, size_t bytes)
{
    if (opt && opt->before_analysis)
        opt->before_analysis(bytes, opt->ctx);
}

/* A transport that names a Latin charset vouches for bytes that are not
 * UTF-8: reading them as Windows-1252 (a superset) needs no warning. */
static bool charset_is_latin(const char *charset)
{
    static const char *const latin[] = {"iso-8859-1", "iso8859-1",    "latin1",
                                        "l1",         "windows-1252", "cp1252",
                                        "us-ascii",   "ascii"};
    if (!charset)
        return false;
    for (size_t i = 0; i < sizeof latin / sizeof *latin; i++)
        if (strcasecmp(charset, latin[i]) == 0)
            return true;
    return false;
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
        /* No canonical link: the page's address is where it was fetched. */
        if (base_url && !doc_url(d))
            doc_set_url(d, base_url);
        return article_analyse(d);
    }
    source_text src;
    if (source_decode(bytes, len, &src, err) != 0)
        return NULL;
    if (info) {
        info->from_cp1252 = src.from_cp1252 && !charset_is_latin(charset);
        info->bytes = len;
    }
    announce(opt, len);
    doc *d = parse_article(src.text, src.len);
    source_text_free(&src);
    /* A fetched text names no address of its own: where it came from. */
    if (base_url && !doc_url(d))
        doc_set_url(d, base_url);
    return article_analyse(d);
}

doc *article_open(const char *arg, const article_options *opt,
                  article_info *info, char **err)
{
    if (fetch_is_url(arg)) {
        fetch_result r;
        if (fetch_url(arg, opt ? opt->timeout : 0, FETCH_MAX_BYTES, &r, err) !=
            0)
            return NULL;
        doc *d =
            article_from_bytes(r.body, r.len, opt, r.charset, r.url, info, err);
        fetch_result_free(&r);
        return d;
    }
    if (fetch_is_other_url(arg)) {
        *err = xasprintf("the %.*s: scheme is not supported (only http:// "
                         "and https:// URLs are fetched)",
                         (int)strcspn(arg, ":"), arg);
        return NULL;
    }
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
