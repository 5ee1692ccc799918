/* Page metadata: one walk collects candidate values per field with a rank
 * (lower is better); JSON-LD blocks are parsed as they are met. */
#include "htmlmeta.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/uri.h>

#include "extract.h"
#include "utf8.h"
#include "xalloc.h"

enum { AUTHORS_MAX = 16, WALK_DEPTH = 400 };

enum field { F_TITLE, F_SITE, F_URL, F_PUBLISHED, F_DESC, F_BASE, F_COUNT };

struct meta_cx {
    char *val[F_COUNT];
    int rank[F_COUNT];
    char *authors[AUTHORS_MAX];
    size_t n_authors;
    int author_rank;
    char *page_title;
};

static bool ci_eq(const char *a, const char *b)
{
    if (!a || !b)
        return false;
    for (; *a && *b; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b + 32) : *b;
        if (x != y)
            return false;
    }
    return *a == *b;
}

/* Whitespace collapsed and trimmed; NULL when nothing is left. */
static char *clean(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    if (n > 65536)
        n = 65536;
    char *r = xmalloc(n + 1);
    size_t w = 0;
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= ' ' || c == 0x7F) {
            space = true;
            continue;
        }
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            space = true;
            i++;
            continue;
        }
        if (space && w > 0)
            r[w++] = ' ';
        space = false;
        r[w++] = (char)c;
    }
    r[w] = '\0';
    if (w == 0 || !utf8_is_valid(r, w)) {
        free(r);
        return NULL;
    }
    return r;
}

static void offer(struct meta_cx *m, enum field f, const char *v, int rank)
{
    if (!v || (m->val[f] && m->rank[f] <= rank))
        return;
    char *c = clean(v);
    if (!c)
        return;
    free(m->val[f]);
    m->val[f] = c;
    m->rank[f] = rank;
}

static bool url_like(const char *s)
{
    return strncmp(s, "http", 4) == 0 || strchr(s, '/') || strchr(s, '@');
}

/* An author's name; lists ("A, B and C") split; URLs refused. */
static void offer_author(struct meta_cx *m, const char *v, int rank)
{
    if (!v)
        return;
    char *c = clean(v);
    if (!c)
        return;
    if (url_like(c) || strlen(c) > 100) {
        free(c);
        return;
    }
    if (m->n_authors && rank > m->author_rank) {
        free(c);
        return;
    }
    if (rank < m->author_rank) {
        for (size_t i = 0; i < m->n_authors; i++)
            free(m->authors[i]);
        m->n_authors = 0;
        m->author_rank = rank;
    }
    char *p = c;
    if (strncmp(p, "By ", 3) == 0 || strncmp(p, "by ", 3) == 0)
        p += 3;
    while (*p) {
        size_t n = strcspn(p, ",&");
        const char *and = strstr(p, " and ");
        if (and&&(size_t)(and-p) < n)
            n = (size_t)(and-p);
        size_t a = 0, b = n;
        while (a < b && p[a] == ' ')
            a++;
        while (b > a && p[b - 1] == ' ')
            b--;
        if (b > a && m->n_authors < AUTHORS_MAX) {
            char *name = xstrndup(p + a, b - a);
            bool dup = false;
            for (size_t i = 0; i < m->n_authors; i++)
                dup |= strcmp(m->authors[i], name) == 0;
            if (dup)
                free(name);
            else
                m->authors[m->n_authors++] = name;
        }
        p += n;
        if (strncmp(p, " and ", 5) == 0)
            p += 5;
        else if (*p)
            p++;
    }
    free(c);
}

static const char *attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && strcmp((const char *)a->name, name) == 0)
            return a->children && a->children->content
                       ? (const char *)a->children->content
                       : "";
    return NULL;
}

/* ---- JSON-LD ----------------------------------------------------------- */

static bool article_type(json_t *t)
{
    if (json_is_array(t)) {
        for (size_t i = 0; i < json_array_size(t); i++)
            if (article_type(json_array_get(t, i)))
                return true;
        return false;
    }
    const char *s = json_string_value(t);
    if (!s)
        return false;
    size_t n = strlen(s);
    return (n >= 7 && strcmp(s + n - 7, "Article") == 0) ||
           strcmp(s, "BlogPosting") == 0 || strcmp(s, "LiveBlogPosting") == 0 ||
           strcmp(s, "Report") == 0;
}

static const char *jstr(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (json_is_array(v))
        v = json_array_get(v, 0);
    if (json_is_object(v)) {
        json_t *n = json_object_get(v, "name");
        if (!n)
            n = json_object_get(v, "@id");
        v = n;
    }
    return json_string_value(v);
}

static void jauthors(struct meta_cx *m, json_t *a, int depth)
{
    if (depth > 4)
        return;
    if (json_is_array(a)) {
        for (size_t i = 0; i < json_array_size(a); i++)
            jauthors(m, json_array_get(a, i), depth + 1);
    } else if (json_is_object(a)) {
        offer_author(m, json_string_value(json_object_get(a, "name")), 0);
    } else if (json_is_string(a)) {
        offer_author(m, json_string_value(a), 0);
    }
}

static void jsonld_node(struct meta_cx *m, json_t *o, int depth)
{
    if (depth > 8)
        return;
    if (json_is_array(o)) {
        for (size_t i = 0; i < json_array_size(o); i++)
            jsonld_node(m, json_array_get(o, i), depth + 1);
        return;
    }
    if (!json_is_object(o))
        return;
    json_t *graph = json_object_get(o, "@graph");
    if (graph)
        jsonld_node(m, graph, depth + 1);
    if (!article_type(json_object_get(o, "@type"))) {
        json_t *t = json_object_get(o, "@type");
        const char *ts = json_string_value(t);
        if (ts &&
            (strcmp(ts, "WebSite") == 0 || strcmp(ts, "Organization") == 0 ||
             strcmp(ts, "NewsMediaOrganization") == 0))
            offer(m, F_SITE, jstr(o, "name"), 3);
        return;
    }
    offer(m, F_TITLE, jstr(o, "headline"), 0);
    offer(m, F_TITLE, jstr(o, "name"), 2);
    offer(m, F_PUBLISHED, jstr(o, "datePublished"), 0);
    offer(m, F_PUBLISHED, jstr(o, "dateCreated"), 3);
    offer(m, F_DESC, jstr(o, "description"), 2);
    offer(m, F_SITE, jstr(o, "publisher"), 1);
    const char *u = jstr(o, "url");
    if (!u)
        u = jstr(o, "mainEntityOfPage");
    if (u && strncmp(u, "http", 4) == 0)
        offer(m, F_URL, u, 2);
    jauthors(m, json_object_get(o, "author"), 0);
    if (!m->n_authors)
        jauthors(m, json_object_get(o, "creator"), 0);
}

static void jsonld(struct meta_cx *m, const xmlNode *script)
{
    for (const xmlNode *c = script->children; c; c = c->next) {
        if (!c->content)
            continue;
        json_error_t e;
        json_t *j = json_loads((const char *)c->content,
                               JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
        if (j) {
            jsonld_node(m, j, 0);
            json_decref(j);
        }
    }
}

/* ---- <meta> and friends --------------------------------------------------
 */

static void meta_tag(struct meta_cx *m, const xmlNode *n)
{
    const char *key = attr(n, "property");
    if (!key)
        key = attr(n, "name");
    if (!key)
        key = attr(n, "itemprop");
    const char *v = attr(n, "content");
    if (!key || !v)
        return;
    static const struct {
        const char *key;
        int field; /* -1: author */
        int rank;
    } map[] = {
        {"og:title", F_TITLE, 1},
        {"twitter:title", F_TITLE, 2},
        {"dc.title", F_TITLE, 3},
        {"headline", F_TITLE, 1},
        {"og:site_name", F_SITE, 0},
        {"application-name", F_SITE, 4},
        {"og:url", F_URL, 1},
        {"article:published_time", F_PUBLISHED, 1},
        {"datepublished", F_PUBLISHED, 1},
        {"og:published_time", F_PUBLISHED, 2},
        {"pubdate", F_PUBLISHED, 2},
        {"publishdate", F_PUBLISHED, 2},
        {"date", F_PUBLISHED, 3},
        {"dc.date", F_PUBLISHED, 3},
        {"dc.date.issued", F_PUBLISHED, 2},
        {"dcterms.created", F_PUBLISHED, 3},
        {"dcterms.issued", F_PUBLISHED, 2},
        {"sailthru.date", F_PUBLISHED, 4},
        {"parsely-pub-date", F_PUBLISHED, 3},
        {"og:description", F_DESC, 0},
        {"description", F_DESC, 1},
        {"twitter:description", F_DESC, 1},
        {"dc.description", F_DESC, 2},
        {"author", -1, 1},
        {"article:author", -1, 2},
        {"dc.creator", -1, 2},
        {"byl", -1, 3},
        {"parsely-author", -1, 2},
        {"sailthru.author", -1, 3},
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (ci_eq(key, map[i].key)) {
            if (map[i].field < 0)
                offer_author(m, v, map[i].rank);
            else
                offer(m, (enum field)map[i].field, v, map[i].rank);
            return;
        }
}

static char *node_text(const xmlNode *n)
{
    xmlChar *t = xmlNodeGetContent(n);
    char *c = clean((const char *)t);
    xmlFree(t);
    return c;
}

static void visit(struct meta_cx *m, const xmlNode *n, const char *base_url)
{
    const char *name = (const char *)n->name;
    if (!name)
        return;
    if (strcmp(name, "meta") == 0) {
        meta_tag(m, n);
    } else if (strcmp(name, "link") == 0) {
        const char *rel = attr(n, "rel"), *href = attr(n, "href");
        if (rel && href && ci_eq(rel, "canonical")) {
            char *u = extract_resolve_url(base_url, href);
            offer(m, F_URL, u, 0);
            free(u);
        }
    } else if (strcmp(name, "script") == 0) {
        const char *type = attr(n, "type");
        if (type && ci_eq(type, "application/ld+json"))
            jsonld(m, n);
    } else if (strcmp(name, "title") == 0 && !m->page_title) {
        m->page_title = node_text(n);
    } else if (strcmp(name, "base") == 0) {
        const char *href = attr(n, "href");
        if (href) {
            char *u = extract_resolve_url(base_url, href);
            offer(m, F_BASE, u, 0);
            free(u);
        }
    } else if (strcmp(name, "time") == 0) {
        const char *dt = attr(n, "datetime");
        offer(m, F_PUBLISHED, dt, attr(n, "pubdate") ? 4 : 6);
    } else if (attr(n, "itemprop")) {
        const char *ip = attr(n, "itemprop");
        if (ci_eq(ip, "datePublished"))
            offer(m, F_PUBLISHED,
                  attr(n, "datetime") ? attr(n, "datetime")
                                      : attr(n, "content"),
                  1);
        else if (ci_eq(ip, "author") && !attr(n, "content")) {
            char *t = node_text(n);
            offer_author(m, t, 3);
            free(t);
        }
    }
}

/* "Headline | Site" -> "Headline". */
static void trim_site(char *t, const char *site)
{
    static const char *const seps[] = {
        " | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ", " \xC2\xBB "};
    size_t n = strlen(t), cut = 0;
    for (size_t s = 0; s < sizeof seps / sizeof *seps; s++) {
        size_t k = strlen(seps[s]);
        for (size_t i = n; i-- > 0;)
            if (i + k <= n && memcmp(t + i, seps[s], k) == 0) {
                const char *suffix = t + i + k;
                size_t words = 1;
                for (const char *p = suffix; *p; p++)
                    words += *p == ' ';
                if ((site && ci_eq(suffix, site)) ||
                    (words <= 4 && i > strlen(suffix)))
                    if (i > cut)
                        cut = i;
                break;
            }
    }
    if (cut)
        t[cut] = '\0';
}

/* "2021-06-04T10:00:00Z" and its date; "20210604" becomes ISO. */
static void set_date(htmlmeta *out)
{
    const char *p = out->published;
    if (!p)
        return;
    size_t n = strlen(p);
    bool iso = n >= 10 && p[4] == '-' && p[7] == '-';
    for (int i = 0; iso && i < 10; i++)
        if (i != 4 && i != 7 && !(p[i] >= '0' && p[i] <= '9'))
            iso = false;
    if (iso) {
        memcpy(out->date, p, 10);
        out->date[10] = '\0';
        return;
    }
    if (n == 8 && strspn(p, "0123456789") == 8) {
        char *q = xasprintf("%.4s-%.2s-%.2s", p, p + 4, p + 6);
        free(out->published);
        out->published = q;
        memcpy(out->date, q, 11);
        return;
    }
    /* Not ISO 8601: not kept as published. */
    free(out->published);
    out->published = NULL;
}

void htmlmeta_read(htmlDocPtr page, const char *base_url, htmlmeta *out)
{
    memset(out, 0, sizeof *out);
    struct meta_cx m;
    memset(&m, 0, sizeof m);
    m.author_rank = 100;
    xmlNode *root = page ? xmlDocGetRootElement(page) : NULL;
    xmlNode *c = root;
    int depth = 0;
    while (c) {
        if (c->type == XML_ELEMENT_NODE) {
            visit(&m, c, base_url);
            if (c->children && depth < WALK_DEPTH) {
                c = c->children;
                depth++;
                continue;
            }
        }
        while (c != root && !c->next) {
            c = c->parent;
            depth--;
        }
        if (c == root)
            break;
        c = c->next;
    }
    if (m.page_title) {
        trim_site(m.page_title, m.val[F_SITE]);
        offer(&m, F_TITLE, m.page_title, 9);
    }
    free(m.page_title);
    out->title = m.val[F_TITLE];
    out->site = m.val[F_SITE];
    out->url = m.val[F_URL];
    out->published = m.val[F_PUBLISHED];
    out->description = m.val[F_DESC];
    if (m.val[F_BASE])
        out->base = m.val[F_BASE];
    else
        out->base = xstrdup(base_url ? base_url : out->url ? out->url : "");
    if (!*out->base) {
        free(out->base);
        out->base = NULL;
    }
    if (m.n_authors) {
        out->authors = xmalloc(m.n_authors * sizeof *out->authors);
        memcpy(out->authors, m.authors, m.n_authors * sizeof *out->authors);
        out->n_authors = m.n_authors;
    }
    set_date(out);
}

void htmlmeta_free(htmlmeta *m)
{
    free(m->title);
    free(m->site);
    free(m->url);
    free(m->published);
    free(m->description);
    free(m->base);
    for (size_t i = 0; i < m->n_authors; i++)
        free(m->authors[i]);
    free(m->authors);
    memset(m, 0, sizeof *m);
}
