#include "article.h"

#include "entity.h"
#include "parse.h"
#include "quote.h"

doc *article_build(const char *text, size_t len)
{
    doc *d = parse_article(text, len);
    entity_analyse(d);
    quote_analyse(d);
    doc_freeze(d);
    return d;
}
