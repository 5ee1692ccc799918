/* Main-content extraction. Three passes over the element tree, each linear:
 * (1) bottom-up counts per element (visible text, link text, commas, text
 * not inside a nested block, paragraphs, images, list items, inputs) and
 * the junk flag (furniture tags, hidden nodes, boilerplate class/id words);
 * (2) readability-style scoring: each run of text scores its container and
 * two ancestors (length, commas), containers start from tag and class/id
 * hints and end scaled by (1 - link density); the best is chosen, widened
 * to an ancestor when the best few share one, and joined by kindred
 * siblings; (3) the chosen nodes are walked in order, removing furniture
 * element by element, and text is gathered into blocks. */
#include "extract.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/uri.h>
#include <uninorm.h>

#include "utf8.h"
#include "xalloc.h"

enum { DEPTH_MAX = 400, TOP_N = 5 };

/* ---- tags ------------------------------------------------------------- */

typedef enum {
    TG_OTHER,
    TG_A,
    TG_ARTICLE,
    TG_ASIDE,
    TG_BLOCKQUOTE,
    TG_BODY,
    TG_BR,
    TG_CAPTION,
    TG_DD,
    TG_DIV,
    TG_DL,
    TG_DT,
    TG_EMBEDTAG,
    TG_FIGCAPTION,
    TG_FIGURE,
    TG_FOOTER,
    TG_FORM,
    TG_H1,
    TG_H2,
    TG_H3,
    TG_H4,
    TG_H5,
    TG_H6,
    TG_HEADER,
    TG_HR,
    TG_HTML,
    TG_IFRAME,
    TG_IMG,
    TG_INPUT,
    TG_LI,
    TG_MAIN,
    TG_NAV,
    TG_OL,
    TG_P,
    TG_PRE,
    TG_SECTION,
    TG_TABLE,
    TG_TD,
    TG_TH,
    TG_TR,
    TG_UL,
    TG_VIDEO,
    TG_JUNK,
    TG_BLOCK,
    TG_ADDRESS
} tag_id;

static const struct {
    const char *name;
    tag_id id;
} tag_table[] = {
    /* sorted by name for bsearch */
    {"a", TG_A},
    {"address", TG_ADDRESS},
    {"applet", TG_JUNK},
    {"area", TG_JUNK},
    {"article", TG_ARTICLE},
    {"aside", TG_ASIDE},
    {"audio", TG_JUNK},
    {"blockquote", TG_BLOCKQUOTE},
    {"body", TG_BODY},
    {"br", TG_BR},
    {"button", TG_JUNK},
    {"canvas", TG_JUNK},
    {"caption", TG_CAPTION},
    {"center", TG_BLOCK},
    {"datalist", TG_JUNK},
    {"dd", TG_DD},
    {"details", TG_BLOCK},
    {"dialog", TG_JUNK},
    {"div", TG_DIV},
    {"dl", TG_DL},
    {"dt", TG_DT},
    {"embed", TG_EMBEDTAG},
    {"fieldset", TG_BLOCK},
    {"figcaption", TG_FIGCAPTION},
    {"figure", TG_FIGURE},
    {"footer", TG_FOOTER},
    {"form", TG_FORM},
    {"frame", TG_JUNK},
    {"frameset", TG_JUNK},
    {"h1", TG_H1},
    {"h2", TG_H2},
    {"h3", TG_H3},
    {"h4", TG_H4},
    {"h5", TG_H5},
    {"h6", TG_H6},
    {"head", TG_JUNK},
    {"header", TG_HEADER},
    {"hgroup", TG_BLOCK},
    {"hr", TG_HR},
    {"html", TG_HTML},
    {"iframe", TG_IFRAME},
    {"img", TG_IMG},
    {"input", TG_INPUT},
    {"label", TG_OTHER},
    {"legend", TG_BLOCK},
    {"li", TG_LI},
    {"link", TG_JUNK},
    {"main", TG_MAIN},
    {"map", TG_JUNK},
    {"math", TG_JUNK},
    {"menu", TG_JUNK},
    {"meta", TG_JUNK},
    {"nav", TG_NAV},
    {"noscript", TG_JUNK},
    {"object", TG_EMBEDTAG},
    {"ol", TG_OL},
    {"optgroup", TG_JUNK},
    {"option", TG_JUNK},
    {"output", TG_JUNK},
    {"p", TG_P},
    {"param", TG_JUNK},
    {"picture", TG_OTHER},
    {"pre", TG_PRE},
    {"progress", TG_JUNK},
    {"script", TG_JUNK},
    {"section", TG_SECTION},
    {"select", TG_JUNK},
    {"source", TG_JUNK},
    {"style", TG_JUNK},
    {"summary", TG_BLOCK},
    {"svg", TG_JUNK},
    {"table", TG_TABLE},
    {"tbody", TG_BLOCK},
    {"td", TG_TD},
    {"template", TG_JUNK},
    {"textarea", TG_JUNK},
    {"tfoot", TG_BLOCK},
    {"th", TG_TH},
    {"thead", TG_BLOCK},
    {"title", TG_JUNK},
    {"tr", TG_TR},
    {"track", TG_JUNK},
    {"ul", TG_UL},
    {"video", TG_VIDEO},
};

static int tag_cmp(const void *k, const void *e)
{
    return strcmp((const char *)k,
                  *(const char *const *)e); /* name is the first member */
}

static tag_id tag_of(const xmlNode *n)
{
    if (!n->name)
        return TG_OTHER;
    const void *hit =
        bsearch(n->name, tag_table, sizeof tag_table / sizeof *tag_table,
                sizeof *tag_table, tag_cmp);
    return hit ? ((const __typeof__(tag_table[0]) *)hit)->id : TG_OTHER;
}

static bool is_heading(tag_id t)
{
    return t >= TG_H1 && t <= TG_H6;
}

/* Elements that break a line of text. */
static bool is_block(tag_id t)
{
    switch (t) {
    case TG_OTHER:
    case TG_A:
    case TG_IMG:
    case TG_INPUT:
    case TG_JUNK:
    case TG_TD:
    case TG_TH:
    case TG_EMBEDTAG: return false;
    default: return true;
    }
}

/* ---- per-element facts ------------------------------------------------ */

enum {
    F_JUNK = 1,     /* furniture or hidden: no text counted, never shown */
    F_SCORED = 2,   /* has a container score */
    F_NEG = 4,      /* class/id name furniture */
    F_POS = 8,      /* class/id name content */
    F_HIDDEN = 16,  /* hidden by attribute or style */
    F_CAPTION = 32, /* class/id name a caption or credit */
    F_CREDIT = 64,  /* class/id name a credit */
    F_EMBED = 128,  /* class/id name an embed: content, not furniture */
};

typedef struct {
    uint32_t text, link, commas; /* whole subtree */
    uint32_t itext, icommas;     /* not inside a nested block */
    uint32_t n_p, n_img, n_li, n_input, n_embed;
    uint32_t ptext;            /* text of paragraphs with few links */
    uint32_t n_units, n_small; /* blocks with text; those under 20 chars */
    float score;
    int16_t weight;
    uint8_t tag, flags;
} ninfo;

struct cx {
    ninfo *info;
    xmlNode **nodes;
    size_t n, cap;
    bool strict; /* class/id furniture words remove elements */
    const char *base;
    const char *title;
};

static ninfo *NI(const xmlNode *n)
{
    return (ninfo *)n->_private;
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

static bool ci_contains(const char *hay, const char *needle)
{
    size_t m = strlen(needle);
    for (const char *p = hay; *p; p++) {
        size_t i = 0;
        while (i < m && p[i] &&
               (p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]) == needle[i])
            i++;
        if (i == m)
            return true;
    }
    return false;
}

/* Words in class and id names. Strong words mark furniture to remove;
 * weights follow readability's lists. */
static const char *const junk_words[] = {
    "ad",           "ads",         "adslot",
    "adunit",       "advert",      "advertisement",
    "advertising",  "banner",      "breadcrumb",
    "breadcrumbs",  "comment",     "comments",
    "consent",      "cookie",      "cookies",
    "disqus",       "footer",      "gdpr",
    "masthead",     "menu",        "modal",
    "nav",          "navbar",      "navigation",
    "newsletter",   "outbrain",    "pagination",
    "popular",      "popup",       "promo",
    "recirc",       "recommended", "recommendations",
    "related",      "share",       "sharing",
    "sidebar",      "signup",      "social",
    "sponsor",      "sponsored",   "subscribe",
    "subscription", "taboola",     "toolbar",
    "trending",     "widget",      "byline",
    "tags",         "skip",        "mostread",
    "paywall",      "login",       "print",
    "sharebar",
};
static const char *const neg_words[] = {
    "meta",     "foot",     "footnote",  "header",  "author", "bio",
    "shoutbox", "combx",    "community", "contact", "hid",    "hidden",
    "more",     "shopping", "tool",      "tools",   "date",   "timestamp",
    "rail",     "aside",    "teaser",
};
static const char *const pos_words[] = {
    "article", "articlebody", "body",      "content",     "entry",    "hentry",
    "h-entry", "main",        "page",      "pagination_", "post",     "text",
    "blog",    "story",       "storybody", "prose",       "richtext",
};
static const char *const caption_words[] = {
    "caption", "credit", "figcaption", "photocredit", "wp-caption-text",
};

static bool word_in(const char *w, size_t n, const char *const *list,
                    size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
            return true;
    return false;
}

#define COUNT(a) (sizeof(a) / sizeof *(a))

static bool has_sub(const char *w, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(w + i, lit, m) == 0)
            return true;
    return false;
}

static void classify_names(const char *s, int *weight, uint8_t *flags)
{
    char w[32];
    while (s && *s) {
        size_t n = 0;
        while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
                       (*s >= '0' && *s <= '9')))
            s++;
        while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
               (*s >= '0' && *s <= '9')) {
            if (n < sizeof w)
                w[n] = (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
            n++;
            s++;
        }
        if (n == 0 || n > sizeof w)
            continue;
        if (word_in(w, n, junk_words, COUNT(junk_words))) {
            *flags |= F_NEG;
            *weight -= 25;
        } else if (word_in(w, n, neg_words, COUNT(neg_words))) {
            *weight -= 25;
        }
        if (word_in(w, n, pos_words, COUNT(pos_words))) {
            *flags |= F_POS;
            *weight += 25;
        }
        /* also inside longer names: "imageEmbedCaption", "photoCredit" */
        if (word_in(w, n, caption_words, COUNT(caption_words)) ||
            has_sub(w, n, "caption"))
            *flags |= F_CAPTION;
        if (has_sub(w, n, "credit"))
            *flags |= F_CAPTION | F_CREDIT;
        if (has_sub(w, n, "embed"))
            *flags |= F_EMBED;
    }
}

static bool hidden(const xmlNode *n)
{
    if (attr(n, "hidden"))
        return true;
    const char *a = attr(n, "aria-hidden");
    if (a && ci_contains(a, "true"))
        return true;
    const char *st = attr(n, "style");
    if (st) {
        /* "display: none", "visibility:hidden" without the space */
        char buf[160];
        size_t k = 0;
        for (const char *p = st; *p && k + 1 < sizeof buf; p++)
            if (*p != ' ' && *p != '\t' && *p != '\n')
                buf[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        buf[k] = '\0';
        if (strstr(buf, "display:none") || strstr(buf, "visibility:hidden"))
            return true;
    }
    return false;
}

static bool junk_role(const char *r)
{
    static const char *const roles[] = {
        "navigation",  "banner", "contentinfo", "complementary", "dialog",
        "alertdialog", "search", "menu",        "menubar",       "toolbar",
    };
    for (size_t i = 0; i < COUNT(roles); i++)
        if (strcmp(r, roles[i]) == 0)
            return true;
    return false;
}

/* Characters (not bytes, not spaces) and commas of a text node. */
static void count_text(const char *s, uint32_t *chars, uint32_t *commas)
{
    uint32_t c = 0, k = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p <= ' ' || (*p & 0xC0) == 0x80)
            continue;
        c++;
        if (*p == ',')
            k++;
        else if (*p == 0xEF && p[1] == 0xBC && p[2] == 0x8C)
            k++; /* fullwidth comma */
    }
    *chars += c;
    *commas += k;
}

static void sat_add(uint32_t *a, uint32_t b)
{
    *a = *a > UINT32_MAX - b ? UINT32_MAX : *a + b;
}

/* Pass 1: facts bottom-up; depth-bounded. */
static void facts(struct cx *cx, xmlNode *n, int depth, bool in_link)
{
    XGROW(cx->nodes, cx->cap, cx->n + 1);
    cx->nodes[cx->n++] = n;
    ninfo *in = NI(n);
    in->tag = (uint8_t)tag_of(n);
    tag_id t = in->tag;
    int weight = 0;
    uint8_t flags = 0;
    classify_names(attr(n, "class"), &weight, &flags);
    classify_names(attr(n, "id"), &weight, &flags);
    const char *ip = attr(n, "itemprop");
    if (ip && (ci_contains(ip, "articlebody") || ci_contains(ip, "text")))
        weight += 50, flags |= F_POS;
    const char *role = attr(n, "role");
    if (role && (strcmp(role, "main") == 0 || strcmp(role, "article") == 0))
        weight += 25, flags |= F_POS;
    if (t == TG_ARTICLE)
        weight += 10;
    if (t == TG_MAIN)
        weight += 10;
    if (weight > 32000)
        weight = 32000;
    if (weight < -32000)
        weight = -32000;
    in->weight = (int16_t)weight;
    bool root = t == TG_BODY || t == TG_HTML;
    if (hidden(n) && !root)
        flags |= F_JUNK | F_HIDDEN;
    if (t == TG_JUNK || t == TG_NAV || t == TG_IFRAME || t == TG_VIDEO ||
        t == TG_EMBEDTAG || t == TG_INPUT || (role && junk_role(role)))
        flags |= F_JUNK;
    if (cx->strict && (flags & F_NEG) && !(flags & (F_POS | F_EMBED)) &&
        !root && t != TG_ARTICLE && t != TG_MAIN && t != TG_A)
        flags |= F_JUNK;
    if (depth >= DEPTH_MAX)
        flags |= F_JUNK;
    in->flags = flags;
    if (t == TG_IMG)
        in->n_img = 1;
    if (t == TG_INPUT)
        in->n_input = 1;
    if (t == TG_IFRAME || t == TG_VIDEO || t == TG_EMBEDTAG)
        in->n_embed = 1;
    if (flags & F_JUNK)
        return;
    if (t == TG_P)
        in->n_p = 1;
    if (t == TG_LI)
        in->n_li = 1;
    bool link = in_link || (t == TG_A && attr(n, "href"));
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (!c->content)
                continue;
            uint32_t ch = 0, cm = 0;
            count_text((const char *)c->content, &ch, &cm);
            sat_add(&in->text, ch);
            sat_add(&in->commas, cm);
            sat_add(&in->itext, ch);
            sat_add(&in->icommas, cm);
            if (link)
                sat_add(&in->link, ch);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE)
            continue;
        facts(cx, c, depth + 1, link);
        const ninfo *ci = NI(c);
        sat_add(&in->n_img, ci->n_img);
        sat_add(&in->n_input, ci->n_input);
        sat_add(&in->n_embed, ci->n_embed);
        if (ci->flags & F_JUNK)
            continue;
        sat_add(&in->text, ci->text);
        sat_add(&in->link, ci->link);
        sat_add(&in->commas, ci->commas);
        sat_add(&in->n_p, ci->n_p);
        sat_add(&in->n_li, ci->n_li);
        sat_add(&in->ptext, ci->ptext);
        sat_add(&in->n_units, ci->n_units);
        sat_add(&in->n_small, ci->n_small);
        if (!is_block(ci->tag)) {
            sat_add(&in->itext, ci->itext);
            sat_add(&in->icommas, ci->icommas);
        }
    }
    if ((t == TG_P || t == TG_PRE || t == TG_BLOCKQUOTE) &&
        in->link * 3 < in->text)
        in->ptext = in->text;
    if (is_block(t) && in->itext > 0) {
        sat_add(&in->n_units, 1);
        if (in->itext < 20)
            sat_add(&in->n_small, 1);
    }
}

static double link_density(const ninfo *in)
{
    return in->text ? (double)in->link / in->text : 0.0;
}

/* ---- pass 2: choosing the content ------------------------------------- */

static void init_score(ninfo *in)
{
    if (in->flags & F_SCORED)
        return;
    in->flags |= F_SCORED;
    float s = 0;
    switch ((tag_id)in->tag) {
    case TG_DIV: s = 5; break;
    case TG_ARTICLE:
    case TG_SECTION:
    case TG_MAIN: s = 5; break;
    case TG_PRE:
    case TG_TD:
    case TG_BLOCKQUOTE: s = 3; break;
    case TG_ADDRESS:
    case TG_OL:
    case TG_UL:
    case TG_DL:
    case TG_DD:
    case TG_DT:
    case TG_LI:
    case TG_FORM: s = -3; break;
    case TG_TH: s = -5; break;
    default:
        if (is_heading((tag_id)in->tag))
            s = -5;
    }
    in->score = s + in->weight;
}

static bool scorable_parent(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE && n->_private;
}

static void score_units(struct cx *cx)
{
    for (size_t i = 0; i < cx->n; i++) {
        xmlNode *n = cx->nodes[i];
        ninfo *in = NI(n);
        tag_id t = in->tag;
        if ((in->flags & F_JUNK) || in->itext < 25 || !is_block(t) ||
            is_heading(t) || t == TG_LI || t == TG_BODY || t == TG_HTML)
            continue;
        /* skip units inside junk (their ancestors' flags) */
        float s = 1.0f + (float)in->icommas +
                  (in->itext / 100 > 3 ? 3.0f : (float)(in->itext / 100));
        xmlNode *target = n;
        if (t == TG_P || t == TG_PRE || t == TG_BLOCKQUOTE || t == TG_DD ||
            t == TG_DT || t == TG_FIGCAPTION || t == TG_CAPTION)
            target = n->parent;
        static const float div[3] = {1, 2, 6};
        for (int lv = 0; lv < 3 && scorable_parent(target); lv++) {
            ninfo *ti = NI(target);
            if (ti->tag == TG_HTML)
                break;
            init_score(ti);
            ti->score += s / div[lv];
            target = target->parent;
        }
    }
}

static xmlNode *choose_top(struct cx *cx, xmlNode *body)
{
    xmlNode *top[TOP_N] = {0};
    for (size_t i = 0; i < cx->n; i++) {
        xmlNode *n = cx->nodes[i];
        ninfo *in = NI(n);
        if (!(in->flags & F_SCORED) || (in->flags & F_JUNK))
            continue;
        in->score *= (float)(1.0 - link_density(in));
        for (int k = 0; k < TOP_N; k++)
            if (!top[k] || in->score > NI(top[k])->score) {
                memmove(top + k + 1, top + k, (TOP_N - 1 - k) * sizeof *top);
                top[k] = n;
                break;
            }
    }
    xmlNode *best = top[0];
    if (!best || NI(best)->tag == TG_BODY)
        return body;
    /* When several near-best candidates share an ancestor, take it. */
    float s0 = NI(best)->score;
    for (xmlNode *p = best->parent; scorable_parent(p) && p != body;
         p = p->parent) {
        int within = 0;
        for (int k = 1; k < TOP_N; k++) {
            if (!top[k] || NI(top[k])->score < 0.75f * s0)
                continue;
            for (xmlNode *q = top[k]; q; q = q->parent)
                if (q == p) {
                    within++;
                    break;
                }
        }
        if (within >= 2) {
            best = p;
            break;
        }
    }
    /* Climb while the parent scores as well (readability). */
    float last = NI(best)->score, threshold = last / 3;
    for (xmlNode *p = best->parent; scorable_parent(p) && p != body;
         p = p->parent) {
        ninfo *pi = NI(p);
        if (!(pi->flags & F_SCORED))
            continue;
        if (pi->score < threshold)
            break;
        if (pi->score > last) {
            best = p;
            break;
        }
        last = pi->score;
    }
    /* An article split into chunks (by ads, by chunked rendering) has its
     * best chunk chosen: climb while an ancestor holds clearly more
     * paragraph text with few links. */
    for (int lv = 0; lv < 4; lv++) {
        xmlNode *p = best->parent;
        if (!scorable_parent(p) || p == body)
            break;
        const ninfo *pi = NI(p), *bi = NI(best);
        xmlNode *q = p;
        for (int up = 0; up < 2 && pi->ptext < bi->ptext + bi->ptext / 4;
             up++) {
            if (!scorable_parent(q->parent) || q->parent == body)
                break;
            q = q->parent;
            pi = NI(q);
        }
        if (pi->ptext >= bi->ptext + bi->ptext / 4 && link_density(pi) < 0.3)
            best = q;
        else
            break;
    }
    /* An only child stands for its parent. */
    while (best->parent && best->parent != body &&
           scorable_parent(best->parent)) {
        int kids = 0;
        for (xmlNode *c = best->parent->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && !(NI(c)->flags & F_JUNK))
                kids++;
        if (kids != 1)
            break;
        best = best->parent;
    }
    return best;
}

/* Siblings that belong with the chosen node. */
static bool kindred(const xmlNode *sib, const xmlNode *top)
{
    const ninfo *si = NI(sib), *ti = NI(top);
    if (si->flags & F_JUNK)
        return false;
    float threshold = ti->score * 0.2f;
    if (threshold < 10)
        threshold = 10;
    float bonus = 0;
    const char *c1 = attr(sib, "class"), *c2 = attr(top, "class");
    if (c1 && c2 && *c1 && strcmp(c1, c2) == 0)
        bonus = ti->score * 0.2f;
    if ((si->flags & F_SCORED) && si->score + bonus >= threshold)
        return true;
    if (si->tag == TG_P) {
        double ld = link_density(si);
        if (si->text > 80 && ld < 0.25)
            return true;
        if (si->text <= 80 && si->text > 0 && ld == 0)
            return true;
    }
    return false;
}

/* ---- pass 3: gathering text ------------------------------------------- */

typedef struct {
    struct cx *cx;
    extract_result *out;
    extract_result captions;
    char *buf;
    size_t len, cap;
    bool space;
    uint32_t chars, link_chars;
    doc_block_kind kind;
    char *link_url;
    size_t link_start;
    extract_link *links;
    size_t n_links, links_cap;
    bool seen_text; /* some body text was kept */
} emitter;

static extract_block *push_block(extract_result *r)
{
    XGROW(r->blocks, r->cap, r->n + 1);
    extract_block *b = &r->blocks[r->n++];
    memset(b, 0, sizeof *b);
    return b;
}

static void put_char(emitter *em, const char *s, size_t k)
{
    if (em->space && em->len > 0) {
        XGROW(em->buf, em->cap, em->len + 2);
        em->buf[em->len++] = ' ';
    }
    em->space = false;
    if (em->link_url && em->link_start == SIZE_MAX)
        em->link_start = em->len;
    XGROW(em->buf, em->cap, em->len + k + 1);
    memcpy(em->buf + em->len, s, k);
    em->len += k;
    em->chars++;
    if (em->link_url)
        em->link_chars++;
}

static void append_text(emitter *em, const char *s, size_t n)
{
    char *norm = NULL;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0xCC) {
            size_t m = 0;
            norm = (char *)u8_normalize(UNINORM_NFC, (const uint8_t *)s, n,
                                        NULL, &m);
            if (norm) {
                s = norm;
                n = m;
            }
            break;
        }
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
            c == '\v') {
            em->space = true;
            i++;
            continue;
        }
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            em->space = true; /* no-break space */
            i += 2;
            continue;
        }
        if (c < 0x80) {
            put_char(em, s + i, 1);
            i++;
            continue;
        }
        ucs4_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (cp == 0x200B || cp == 0xFEFF || cp == 0x00AD) {
            i += k; /* zero-width and soft hyphens */
            continue;
        }
        if (cp == 0x2028 || cp == 0x2029 || cp == 0x3000 ||
            (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F) {
            em->space = true;
            i += k;
            continue;
        }
        put_char(em, s + i, k);
        i += k;
    }
    free(norm);
}

static void close_link(emitter *em)
{
    if (!em->link_url || em->link_start == SIZE_MAX ||
        em->len <= em->link_start)
        return;
    XGROW(em->links, em->links_cap, em->n_links + 1);
    extract_link *l = &em->links[em->n_links++];
    l->start = em->link_start;
    l->end = em->len;
    l->url = xstrdup(em->link_url);
    em->link_start = SIZE_MAX;
}

static void reset_block(emitter *em)
{
    for (size_t i = 0; i < em->n_links; i++)
        free(em->links[i].url);
    em->n_links = 0;
    em->len = 0;
    em->space = false;
    em->chars = em->link_chars = 0;
}

static bool starts_ci(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    if (n < m)
        return false;
    for (size_t i = 0; i < m; i++)
        if ((s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]) != lit[i])
            return false;
    return true;
}

static bool ci_contains_n(const char *t, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    for (size_t i = 0; i + m <= n; i++)
        if (starts_ci(t + i, n - i, lit))
            return true;
    return false;
}

/* Lines the page adds around every story. */
static bool boilerplate_line(const char *t, size_t n)
{
    static const char *const phrases[] = {
        "advertisement",
        "story continues below",
        "continue reading",
        "read more",
        "related:",
        "related coverage",
        "related stories",
        "related articles",
        "recommended",
        "sign up",
        "subscribe",
        "share this",
        "follow us",
        "click here to",
        "scroll to continue",
        "this article is more than",
        "we use cookies",
        "skip to",
        "more from",
        "most read",
        "trending",
        "don't miss",
        "you may also like",
        "watch:",
        "see also",
        "also read",
        "play video",
        "image",
        "advert",
        "comments",
        "leave a comment",
        "like this:",
        "like loading",
        "share this:",
        "loading...",
        "this slideshow requires",
        "tell us what you think",
        "related posts",
        "post navigation",
        "a version of this",
        "about the author",
        "media caption",
    };
    if (n < 200 &&
        (ci_contains_n(t, n, "newsletter") || ci_contains_n(t, n, "inbox")) &&
        (ci_contains_n(t, n, "subscribe") || ci_contains_n(t, n, "sign up")))
        return true; /* a newsletter's pitch */
    if (n < 400 && starts_ci(t, n, "a version of this"))
        return true; /* the print edition's note */
    if (n < 200 && t[0] == '[' && t[n - 1] == ']')
        return true; /* a bracketed promotion or placeholder */
    if (n > 120)
        return false;
    for (size_t i = 0; i < COUNT(phrases); i++)
        if (starts_ci(t, n, phrases[i])) {
            if (strcmp(phrases[i], "image") == 0 ||
                strcmp(phrases[i], "advert") == 0 ||
                strcmp(phrases[i], "comments") == 0)
                return n < 40; /* "Image", "Image 3 of 7", "Comments (4)" */
            return true;
        }
    return false;
}

/* "Updated Nov 19, 6:55 AM", "Published 18 November 2019", "2018-08-16":
 * time stamps, kept as credit lines. */
static bool stamp_like(const char *t, size_t n)
{
    static const char *const openers[] = {
        "updated",         "published",    "posted",
        "first published", "last updated", "last modified",
        "modified",        "publicado",    "date:",
    };
    if (n > 120)
        return false;
    bool digit = false;
    size_t letters = 0, words = 1;
    for (size_t i = 0; i < n; i++) {
        digit |= t[i] >= '0' && t[i] <= '9';
        letters += (t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z';
        words += t[i] == ' ';
    }
    if (!digit)
        return false;
    for (size_t i = 0; i < COUNT(openers); i++)
        if (starts_ci(t, n, openers[i]))
            return true;
    /* a bare date: few words, mostly digits, a year's worth of them */
    size_t digits = 0;
    for (size_t i = 0; i < n; i++)
        digits += t[i] >= '0' && t[i] <= '9';
    return words <= 3 && n <= 25 && letters * 2 <= n && digits >= 4;
}

static bool copyright_like(const char *t, size_t n)
{
    return n <= 300 &&
           (starts_ci(t, n, "\xC2\xA9") || starts_ci(t, n, "copyright ") ||
            starts_ci(t, n, "(c) "));
}

/* "$915", "'18", "MONTHLY": a chart's or a widget's label, not prose. */
static bool label_like(const char *t, size_t n)
{
    if (n > 20)
        return false;
    size_t letters = 0, lower = 0, spaces = 0;
    for (size_t i = 0; i < n;) {
        ucs4_t cp;
        i += utf8_decode(t + i, n - i, &cp);
        letters += utf8_is_alpha(cp);
        lower += utf8_is_lower(cp);
        spaces += cp == ' ';
    }
    return letters == 0 || (lower == 0 && spaces == 0 && letters == n);
}

static bool byline_like(const char *t, size_t n)
{
    if (n > 100 || !(starts_ci(t, n, "by ") || starts_ci(t, n, "written by ")))
        return false;
    size_t words = 1;
    for (size_t i = 0; i < n; i++)
        if (t[i] == ' ')
            words++;
        else if (t[i] == '.' && i + 1 == n)
            return false;
    return words <= 12;
}

static void flush(emitter *em)
{
    close_link(em);
    if (em->len == 0) {
        reset_block(em);
        return;
    }
    /* the comparisons below read it as a string; put_char keeps room */
    em->buf[em->len] = '\0';
    const char *t = em->buf;
    size_t n = em->len;
    doc_block_kind kind = em->kind;
    double ld = em->chars ? (double)em->link_chars / em->chars : 0;
    bool keep = true;
    if (ld > 0.5 && kind != DOC_BLOCK_BLOCKQUOTE)
        keep = false;
    else if (boilerplate_line(t, n))
        keep = false;
    else if (kind == DOC_BLOCK_HEADING && em->cx->title &&
             strcmp(em->cx->title, t) == 0)
        keep = false;
    else if (kind == DOC_BLOCK_HEADING && ld > 0.33)
        keep = false;
    else if (em->cx->title && strcmp(em->cx->title, t) == 0)
        keep = false; /* the headline again */
    if (keep && kind == DOC_BLOCK_PARAGRAPH && label_like(t, n))
        keep = false;
    /* bylines, stamps and copyright: credits. The author's biography
     * stays a paragraph, as in text input: its names are not credits. */
    if (keep && kind != DOC_BLOCK_BLOCKQUOTE &&
        (byline_like(t, n) || stamp_like(t, n) || copyright_like(t, n)))
        kind = DOC_BLOCK_CREDIT;
    if (keep) {
        extract_block *b = push_block(em->out);
        b->kind = kind;
        b->text = xstrndup(t, n);
        b->len = n;
        if (em->n_links) {
            b->links = xmalloc(em->n_links * sizeof *b->links);
            memcpy(b->links, em->links, em->n_links * sizeof *b->links);
            b->n_links = em->n_links;
            em->n_links = 0; /* urls moved */
        }
        if (kind != DOC_BLOCK_CREDIT)
            em->seen_text = true;
    }
    reset_block(em);
    if (em->link_url)
        em->link_start = SIZE_MAX;
}

/* Collapsed text of a subtree (no links, no blocks), for captions and
 * embeds; junk skipped. */
static void plain_text(struct cx *cx, xmlNode *n, emitter *tmp, int depth)
{
    if (depth > DEPTH_MAX)
        return;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                append_text(tmp, (const char *)c->content,
                            strlen((const char *)c->content));
        } else if (c->type == XML_ELEMENT_NODE && c->_private &&
                   !(NI(c)->flags & F_HIDDEN) && NI(c)->tag != TG_JUNK) {
            if (is_block(NI(c)->tag) || NI(c)->tag == TG_BR)
                tmp->space = true;
            plain_text(cx, c, tmp, depth + 1);
            if (is_block(NI(c)->tag))
                tmp->space = true;
        }
    }
}

static char *text_of(struct cx *cx, xmlNode *n, size_t *len)
{
    emitter tmp = {.cx = cx};
    plain_text(cx, n, &tmp, 0);
    XGROW(tmp.buf, tmp.cap, tmp.len + 1);
    tmp.buf[tmp.len] = '\0';
    *len = tmp.len;
    return tmp.buf;
}

static void add_caption(emitter *em, const char *text, size_t len)
{
    if (len == 0)
        return;
    /* repeats are merged later; skip an identical neighbour here */
    extract_result *r = &em->captions;
    extract_block *b = push_block(r);
    b->kind = DOC_BLOCK_CAPTION;
    b->text = xstrndup(text, len);
    b->len = len;
}

/* A credit standing apart from its caption ends the caption just before
 * it, bracketed as on the wire, unless that caption has one. */
static void strip_label(char **t, size_t *n, const char *label);

static void credit_caption(emitter *em, char *text, size_t len)
{
    extract_result *r = &em->captions;
    strip_label(&text, &len, "image source");
    strip_label(&text, &len, "credit");
    if (r->n == 0 || len == 0 || len > 160)
        return;
    extract_block *b = &r->blocks[r->n - 1];
    if (b->text[b->len - 1] == ')' || strstr(b->text, text))
        return;
    char *all = text[0] == '(' ? xasprintf("%s %s", b->text, text)
                               : xasprintf("%s (%s)", b->text, text);
    free(b->text);
    b->text = all;
    b->len = strlen(all);
}

/* Is the element's text a credit rather than a caption? */
static bool credit_text(const char *t, size_t n)
{
    return starts_ci(t, n, "image source") || starts_ci(t, n, "credit") ||
           starts_ci(t, n, "photo:") || starts_ci(t, n, "photograph:") ||
           starts_ci(t, n, "photo by") || starts_ci(t, n, "picture:") ||
           starts_ci(t, n, "source:") || starts_ci(t, n, "(photo");
}

static bool credit_node(const xmlNode *n)
{
    const char *c = attr(n, "class");
    return c && (ci_contains(c, "credit") || ci_contains(c, "copyright") ||
                 ci_contains(c, "attribution") || ci_contains(c, "source"));
}

/* Caption parts and credit parts of a figure, gathered separately so the
 * credit can end the caption ("Caption text. (Credit)"). */
static void gather_caption(struct cx *cx, xmlNode *n, emitter *cap,
                           emitter *cred, int depth, bool in_credit)
{
    if (depth > DEPTH_MAX)
        return;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                append_text(in_credit ? cred : cap, (const char *)c->content,
                            strlen((const char *)c->content));
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || !c->_private)
            continue;
        const ninfo *ci = NI(c);
        if ((ci->flags & F_HIDDEN) || ci->tag == TG_JUNK)
            continue;
        bool cr = in_credit || (ci->tag != TG_FIGCAPTION && credit_node(c));
        if (!cr) {
            size_t tl;
            char *t = text_of(cx, c, &tl);
            cr = credit_text(t, tl) && tl < 120;
            free(t);
        }
        emitter *dst = cr ? cred : cap;
        dst->space = true;
        gather_caption(cx, c, cap, cred, depth + 1, cr);
        dst->space = true;
    }
}

/* A figure's caption and credit parts, each a NUL-terminated string. */
static void gather_figure(struct cx *cx, xmlNode *fig, emitter *cap,
                          emitter *cred)
{
    gather_caption(cx, fig, cap, cred, 0, false);
    XGROW(cap->buf, cap->cap, cap->len + 1);
    cap->buf[cap->len] = '\0';
    XGROW(cred->buf, cred->cap, cred->len + 1);
    cred->buf[cred->len] = '\0';
}

static void strip_label(char **t, size_t *n, const char *label)
{
    /* a screen-reader label "Image" before the caption itself */
    if (strcmp(label, "image caption") == 0 && *n > 7 &&
        memcmp(*t, "Image ", 6) == 0 && (*t)[6] >= 'A' && (*t)[6] <= 'Z' &&
        !starts_ci(*t, *n, "image caption")) {
        memmove(*t, *t + 6, *n - 6 + 1);
        *n -= 6;
        return;
    }
    size_t m = strlen(label);
    while (starts_ci(*t, *n, label)) { /* "Credit Credit NAME": a hidden copy */
        size_t k = m;
        while (k < *n && ((*t)[k] == ' ' || (*t)[k] == ',' || (*t)[k] == ':'))
            k++;
        memmove(*t, *t + k, *n - k + 1);
        *n -= k;
    }
}

/* Does the caption already carry the credit, opening it or closing it
 * (bare or bracketed)? Mentioned inside a sentence ("Photo credit should
 * read NAME/AGENCY") it is not the credit line itself. */
static bool credit_present(const char *c, size_t cn, const char *r, size_t rn)
{
    if (cn < rn)
        return false;
    if (memcmp(c, r, rn) == 0 || memcmp(c + cn - rn, r, rn) == 0)
        return true;
    if (cn >= rn + 2 && c[cn - 1] == ')' && c[cn - rn - 2] == '(' &&
        memcmp(c + cn - rn - 1, r, rn) == 0)
        return true;
    return false;
}

static void figure_caption(emitter *em, xmlNode *fig)
{
    struct cx *cx = em->cx;
    emitter cap = {.cx = cx}, cred = {.cx = cx};
    gather_figure(cx, fig, &cap, &cred);
    char *ct = cap.buf;
    size_t cn = cap.len;
    strip_label(&ct, &cn, "image caption");
    strip_label(&ct, &cn, "media caption");
    if (cn == 0 && cred.len > 0) {
        /* no caption text: the image's description, when a credit says
         * it is a photograph worth a caption */
        for (xmlNode *c = fig; c;) {
            if (c->type == XML_ELEMENT_NODE && c->_private &&
                NI(c)->tag == TG_IMG) {
                const char *alt = attr(c, "alt");
                /* a description, not a file name or "line" */
                if (alt && strchr(alt, ' ') &&
                    strchr(strchr(alt, ' ') + 1, ' ')) {
                    reset_block(&cap);
                    append_text(&cap, alt, strlen(alt));
                    XGROW(cap.buf, cap.cap, cap.len + 1);
                    cap.buf[cap.len] = '\0';
                    ct = cap.buf;
                    cn = cap.len;
                }
                break;
            }
            if (c->children)
                c = c->children;
            else {
                while (c != fig && !c->next)
                    c = c->parent;
                if (c == fig)
                    break;
                c = c->next;
            }
        }
    }
    char *rt = cred.buf;
    size_t rn = cred.len;
    strip_label(&rt, &rn, "image source");
    strip_label(&rt, &rn, "credit");
    if (cn > 0) {
        if (rn > 0 && !credit_present(ct, cn, rt, rn)) {
            /* The credit ends the caption, bracketed as on the wire. */
            char *all = rt[0] == '(' ? xasprintf("%s %s", ct, rt)
                                     : xasprintf("%s (%s)", ct, rt);
            add_caption(em, all, strlen(all));
            free(all);
        } else {
            add_caption(em, ct, cn);
        }
    }
    free(cap.buf);
    free(cred.buf);
}

static char *attr_url(struct cx *cx, const xmlNode *n, const char *name)
{
    const char *v = attr(n, name);
    return v ? extract_resolve_url(cx->base, v) : NULL;
}

static void add_embed(emitter *em, const char *text, size_t len, char *url)
{
    flush(em);
    extract_block *b = push_block(em->out);
    b->kind = DOC_BLOCK_EMBED;
    b->text = xstrndup(text, len);
    b->len = len;
    b->url = url;
}

static bool embed_quote(const xmlNode *n)
{
    const char *c = attr(n, "class");
    return c &&
           (ci_contains(c, "twitter-tweet") ||
            ci_contains(c, "instagram-media") ||
            ci_contains(c, "tiktok-embed") || ci_contains(c, "twitter-video") ||
            ci_contains(c, "embedly-card"));
}

static char *last_href(struct cx *cx, xmlNode *n)
{
    char *url = NULL;
    xmlNode *c = n->children;
    int depth = 0;
    while (c && depth >= 0) {
        if (c->type == XML_ELEMENT_NODE && c->name &&
            strcmp((const char *)c->name, "a") == 0) {
            char *u = attr_url(cx, c, "href");
            if (u) {
                free(url);
                url = u;
            }
        }
        if (c->children && depth < DEPTH_MAX) {
            c = c->children;
            depth++;
            continue;
        }
        while (c && !c->next) {
            c = c->parent;
            depth--;
            if (c == n || depth < 0)
                return url;
        }
        if (c)
            c = c->next;
    }
    return url;
}

/* Should a container inside the content be dropped whole? */
static bool furniture(const xmlNode *n)
{
    const ninfo *in = NI(n);
    tag_id t = in->tag;
    /* a gallery's buttons and counters: mostly tiny pieces, even when the
     * gallery is named an embed */
    if ((t == TG_DIV || t == TG_SECTION) && in->commas < 10 &&
        ((in->n_units >= 6 && in->n_small * 5 >= in->n_units * 3) ||
         (in->n_units >= 10 && in->n_small * 2 >= in->n_units)))
        return true;
    if (in->flags & F_EMBED)
        return false; /* an embedded post's links are its own */
    double ld = link_density(in);
    if (t == TG_ASIDE || t == TG_NAV || t == TG_FOOTER || t == TG_HEADER ||
        t == TG_FORM)
        return !(in->flags & F_POS) || ld > 0.5;
    if (t == TG_UL || t == TG_OL)
        return ld > 0.5 ||
               (in->n_li > 0 && ld > 0.3 && in->text / in->n_li < 40);
    if (t == TG_DIV || t == TG_SECTION || t == TG_TABLE || t == TG_DL) {
        if (in->weight < 0 && in->score < 0 && (in->flags & F_SCORED))
            return true;
        if (in->commas >= 10)
            return false;
        if (in->n_input > 0 && in->n_input > in->n_p / 3)
            return true;
        /* a chart's labels, a gallery's buttons: mostly tiny pieces */
        if (in->n_units >= 6 && in->n_small * 5 >= in->n_units * 3)
            return true;
        if (in->weight < 25 && ld > 0.33)
            return true;
        if (ld > 0.5)
            return true;
        if (in->n_embed > 1 && in->text < 200)
            return false; /* embeds are kept as embed blocks below */
    }
    return false;
}

static void walk(emitter *em, xmlNode *n, int depth);

static bool caption_node(const xmlNode *n)
{
    const ninfo *in = NI(n);
    tag_id t = in->tag;
    if (t == TG_FIGURE || t == TG_FIGCAPTION)
        return true;
    if (!((in->flags & F_CAPTION) && is_block(t) && in->text < 600 &&
          in->n_p <= 1))
        return false;
    /* an item titled by a heading is a piece of the story, whatever its
     * class says ("no_caption") */
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && c->_private &&
            is_heading(NI(c)->tag))
            return false;
    return true;
}

/* Same words, whatever the spacing and a closing full stop. */
static bool same_text(const char *a, size_t an, const char *b, size_t bn)
{
    while (an > 0 && (a[an - 1] == '.' || a[an - 1] == ' '))
        an--;
    while (bn > 0 && (b[bn - 1] == '.' || b[bn - 1] == ' '))
        bn--;
    size_t i = 0, k = 0;
    for (;;) {
        while (i < an && (a[i] == ' ' || a[i] == '\n' || a[i] == '\t'))
            i++;
        while (k < bn && (b[k] == ' ' || b[k] == '\n' || b[k] == '\t'))
            k++;
        if (i == an || k == bn)
            return i == an && k == bn;
        if (a[i++] != b[k++])
            return false;
    }
}

/* A list just after a figure, repeating the figure's image description or
 * caption, is that caption shown again (a gallery's or a reader's copy),
 * never body. Sets *own when the figure has no caption of its own, so the
 * list's text is the caption. */
static bool caption_list(struct cx *cx, xmlNode *n, bool *own)
{
    tag_id t = NI(n)->tag;
    if (t != TG_UL && t != TG_OL)
        return false;
    xmlNode *fig = n->prev;
    while (fig && fig->type != XML_ELEMENT_NODE)
        fig = fig->prev;
    if (!fig || !fig->_private || NI(fig)->tag != TG_FIGURE)
        return false;
    const char *alt = NULL;
    xmlNode *figcap = NULL;
    for (xmlNode *c = fig; c;) {
        if (c->type == XML_ELEMENT_NODE && c->_private) {
            if (NI(c)->tag == TG_IMG && !alt)
                alt = attr(c, "alt");
            if (NI(c)->tag == TG_FIGCAPTION && !figcap)
                figcap = c;
        }
        if (c->children && (c == fig || c->type == XML_ELEMENT_NODE)) {
            c = c->children;
        } else {
            while (c != fig && !c->next)
                c = c->parent;
            if (c == fig)
                break;
            c = c->next;
        }
    }
    size_t ln;
    char *lt = text_of(cx, n, &ln);
    bool dup = false;
    if (figcap) {
        size_t fn;
        char *ft = text_of(cx, figcap, &fn);
        dup = fn > 0 && same_text(lt, ln, ft, fn);
        free(ft);
    }
    *own = !figcap;
    if (!dup && alt && *alt)
        dup = same_text(lt, ln, alt, strlen(alt));
    /* a figure without a caption, then one short linkless item: the
     * caption, set as a list (the image's description may differ) */
    const ninfo *in = NI(n);
    if (!dup && !figcap && in->n_li == 1 && in->link == 0 && ln < 400)
        dup = true;
    free(lt);
    return dup && ln > 0;
}

/* A caption element whose every word sits in a credit element ("source",
 * "attribution"): a picture's credit with no caption of its own. */
static bool credit_only(struct cx *cx, xmlNode *n)
{
    emitter cap = {.cx = cx}, cred = {.cx = cx};
    gather_caption(cx, n, &cap, &cred, 0, false);
    bool only = cred.len > 0;
    for (size_t i = 0; i < cap.len && only; i++)
        only = cap.buf[i] == ' ';
    free(cap.buf);
    free(cred.buf);
    return only;
}

/* A player's address: src (data for an <object>), data-src, or a
 * <video>'s <source>. */
static char *player_src(struct cx *cx, const xmlNode *n, tag_id t)
{
    char *url =
        attr_url(cx, n, t == TG_EMBEDTAG && !attr(n, "src") ? "data" : "src");
    if (!url)
        url = attr_url(cx, n, "data-src");
    if (!url && t == TG_VIDEO)
        for (xmlNode *c = n->children; c && !url; c = c->next)
            if (c->type == XML_ELEMENT_NODE)
                url = attr_url(cx, c, "src");
    return url;
}

/* The first player's address in a subtree; tags by name, since a player
 * inside a dropped widget has no facts. */
static char *player_url(struct cx *cx, xmlNode *n, int depth)
{
    if (depth > DEPTH_MAX)
        return NULL;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        tag_id t = tag_of(c);
        char *url = t == TG_IFRAME || t == TG_VIDEO || t == TG_EMBEDTAG
                        ? player_src(cx, c, t)
                    : t != TG_IMG ? player_url(cx, c, depth + 1)
                                  : NULL;
        if (url)
            return url;
    }
    return NULL;
}

/* A figure that holds a player and no picture is a video: its caption
 * describes the clip (often "Video by NAME"), so it labels an embed block
 * rather than standing as a photo caption. */
static void player_figure(emitter *em, xmlNode *fig, char *url)
{
    struct cx *cx = em->cx;
    emitter cap = {.cx = cx}, cred = {.cx = cx};
    gather_figure(cx, fig, &cap, &cred);
    char *ct = cap.buf;
    size_t cn = cap.len;
    strip_label(&ct, &cn, "media caption");
    strip_label(&ct, &cn, "video caption");
    if (cn == 0) {
        static const char label[] = "Video";
        add_embed(em, label, sizeof label - 1, url);
    } else {
        add_embed(em, ct, cn, url);
    }
    free(cap.buf);
    free(cred.buf);
}

/* Captions of the article's figures, wherever they stand in its element
 * (a lead image often sits above the body), in document order. */
static void collect_captions(emitter *em, xmlNode *n, int depth)
{
    struct cx *cx = em->cx;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !c->_private)
            continue;
        const ninfo *in = NI(c);
        if ((in->flags & (F_JUNK | F_HIDDEN)) || depth > DEPTH_MAX)
            continue;
        /* a widget dropped from the body (a gallery) keeps its captions */
        if ((in->tag == TG_DIV || in->tag == TG_SECTION) && furniture(c))
            continue;
        bool own = false;
        char *player = NULL;
        if (in->tag == TG_FIGURE && in->n_img == 0)
            player = player_url(cx, c, 0);
        if (player) {
            player_figure(em, c, player);
        } else if (caption_list(cx, c, &own)) {
            if (own) {
                size_t len;
                char *text = text_of(cx, c, &len);
                add_caption(em, text, len);
                free(text);
            }
        } else if (in->tag == TG_FIGURE) {
            figure_caption(em, c);
        } else if (caption_node(c)) {
            size_t len;
            char *text = text_of(cx, c, &len);
            char *ct = text;
            strip_label(&ct, &len, "image caption");
            strip_label(&ct, &len, "media caption");
            if ((in->flags & F_CREDIT) || credit_text(ct, len) ||
                credit_only(cx, c))
                credit_caption(em, ct, len);
            else
                add_caption(em, ct, len);
            free(text);
        } else if (in->n_img > 0 || in->text > 0) {
            collect_captions(em, c, depth + 1);
        }
    }
}

static void walk_children(emitter *em, xmlNode *n, int depth)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                append_text(em, (const char *)c->content,
                            strlen((const char *)c->content));
        } else if (c->type == XML_ELEMENT_NODE && c->_private) {
            walk(em, c, depth + 1);
        }
    }
}

static void walk(emitter *em, xmlNode *n, int depth)
{
    struct cx *cx = em->cx;
    ninfo *in = NI(n);
    tag_id t = in->tag;
    if (depth > DEPTH_MAX || (in->flags & F_HIDDEN))
        return;
    /* Embeds first: junk for the text counts, kept as embed blocks. */
    if (t == TG_IFRAME || t == TG_VIDEO || t == TG_EMBEDTAG) {
        char *url = player_src(cx, n, t);
        if (url) {
            const char *title = attr(n, "title");
            const char *label = title && *title ? title
                                : t == TG_VIDEO ? "Video"
                                                : "Embedded content";
            add_embed(em, label, strlen(label), url);
        }
        return;
    }
    if (t == TG_BLOCKQUOTE && embed_quote(n)) {
        /* An embedded post: its words are quoted in the story (a
         * blockquote), its address an embed. */
        char *url = last_href(cx, n);
        if (!url)
            url = attr_url(cx, n, "cite");
        doc_block_kind saved = em->kind;
        flush(em);
        em->kind = DOC_BLOCK_BLOCKQUOTE;
        walk_children(em, n, depth);
        flush(em);
        em->kind = saved;
        if (url) {
            static const char label[] = "Embedded post";
            add_embed(em, label, sizeof label - 1, url);
        }
        return;
    }
    if (in->flags & F_JUNK)
        return;
    bool own;
    if (caption_node(n) || caption_list(cx, n, &own)) {
        flush(em); /* read by collect_captions */
        return;
    }
    if (t == TG_BR) {
        flush(em);
        return;
    }
    if (t == TG_HR) {
        flush(em);
        return;
    }
    if (t == TG_H1 && (!em->seen_text || em->cx->title)) {
        flush(em);
        return; /* the headline */
    }
    if (is_block(t) && t != TG_BODY && t != TG_HTML && furniture(n))
        return;
    if (t == TG_TD || t == TG_TH) {
        em->space = true;
        walk_children(em, n, depth);
        em->space = true;
        return;
    }
    if (t == TG_A) {
        const char *href = attr(n, "href");
        char *url =
            href && !em->link_url ? extract_resolve_url(cx->base, href) : NULL;
        if (url) {
            em->link_url = url;
            em->link_start = SIZE_MAX;
            walk_children(em, n, depth);
            close_link(em);
            em->link_url = NULL;
            free(url);
            return;
        }
        walk_children(em, n, depth);
        return;
    }
    if (!is_block(t)) {
        walk_children(em, n, depth);
        return;
    }
    doc_block_kind saved = em->kind;
    flush(em);
    if (is_heading(t))
        em->kind = DOC_BLOCK_HEADING;
    else if (t == TG_LI || t == TG_DT || t == TG_DD)
        em->kind = em->kind == DOC_BLOCK_BLOCKQUOTE ? em->kind : DOC_BLOCK_ITEM;
    else if (t == TG_BLOCKQUOTE)
        em->kind = DOC_BLOCK_BLOCKQUOTE;
    walk_children(em, n, depth);
    flush(em);
    em->kind = saved;
}

static void emit(struct cx *cx, xmlNode *top, extract_result *out)
{
    emitter em = {.cx = cx, .out = out, .kind = DOC_BLOCK_PARAGRAPH};
    em.link_start = SIZE_MAX;
    xmlNode *parent = top->parent;
    if (parent && scorable_parent(parent) && NI(top)->tag != TG_BODY) {
        for (xmlNode *c = parent->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE || !c->_private)
                continue;
            if (c == top || kindred(c, top))
                walk(&em, c, 0);
        }
    } else {
        walk(&em, top, 0);
    }
    flush(&em);
    /* the captions' scope: the article element holding the content */
    xmlNode *scope = top;
    for (xmlNode *p = top; scorable_parent(p); p = p->parent) {
        tag_id t = NI(p)->tag;
        if (t == TG_ARTICLE || t == TG_MAIN) {
            scope = p;
            break;
        }
        if (t == TG_BODY)
            break;
    }
    /* no article element: two levels above the content */
    for (int up = 0; scope == top && up < 2; up++) {
        xmlNode *p = up == 0 ? parent : parent ? parent->parent : NULL;
        if (!p || !scorable_parent(p) || NI(p)->tag == TG_BODY ||
            NI(top)->tag == TG_BODY)
            break;
        if (up == 1)
            scope = p;
    }
    if (scope == top && parent && scorable_parent(parent) &&
        NI(parent)->tag != TG_BODY && NI(top)->tag != TG_BODY)
        scope = parent;
    collect_captions(&em, scope, 0);
    for (size_t i = 0; i < em.captions.n; i++) {
        extract_block *b = push_block(out);
        *b = em.captions.blocks[i];
    }
    free(em.captions.blocks);
    reset_block(&em);
    free(em.links);
    free(em.buf);
}

static size_t body_chars(const extract_result *r)
{
    size_t c = 0;
    for (size_t i = 0; i < r->n; i++)
        if (doc_block_kind_is_body(r->blocks[i].kind))
            c += r->blocks[i].len;
    return c;
}

static xmlNode *find_body(xmlNode *root)
{
    for (xmlNode *n = root; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (n->name && strcmp((const char *)n->name, "body") == 0)
            return n;
        if (n->name && strcmp((const char *)n->name, "html") == 0) {
            xmlNode *b = find_body(n->children);
            if (b)
                return b;
        }
    }
    return NULL;
}

/* Counts elements and hands each its facts record. */
static size_t attach(xmlNode *root, ninfo *info, size_t cap)
{
    size_t k = 0;
    xmlNode *c = root;
    int depth = 0;
    while (c) {
        if (c->type == XML_ELEMENT_NODE) {
            if (info && k < cap)
                c->_private = &info[k];
            k++;
            if (c->children && depth < DEPTH_MAX + 2) {
                c = c->children;
                depth++;
                continue;
            }
        }
        while (c && !c->next) {
            c = c->parent;
            depth--;
            if (!c || c == root->parent || depth < 0)
                return k;
        }
        if (c == root)
            return k;
        c = c ? c->next : NULL;
    }
    return k;
}

static void detach(xmlNode *root)
{
    xmlNode *c = root;
    int depth = 0;
    while (c) {
        if (c->type == XML_ELEMENT_NODE) {
            c->_private = NULL;
            if (c->children && depth < DEPTH_MAX + 2) {
                c = c->children;
                depth++;
                continue;
            }
        }
        while (c && !c->next) {
            c = c->parent;
            depth--;
            if (!c || depth < 0)
                return;
        }
        if (c == root)
            return;
        c = c ? c->next : NULL;
    }
}

void extract_content(htmlDocPtr page, const char *base_url, const char *title,
                     extract_result *out)
{
    memset(out, 0, sizeof *out);
    xmlNode *root = page ? xmlDocGetRootElement(page) : NULL;
    if (!root)
        return;
    size_t count = attach(root, NULL, 0);
    ninfo *info = xcalloc(count ? count : 1, sizeof *info);
    attach(root, info, count);
    struct cx cx = {.info = info,
                    .cap = 0,
                    .strict = true,
                    .base = base_url,
                    .title = title};
    memset(info, 0, count * sizeof *info);
    cx.n = 0;
    facts(&cx, root, 0, false);
    score_units(&cx);
    xmlNode *body = find_body(root);
    if (!body)
        body = root;
    emit(&cx, choose_top(&cx, body), out);
    /* Too little kept: class names misled us; try without them. */
    if (body_chars(out) < 300) {
        extract_result second = {0};
        memset(info, 0, count * sizeof *info);
        cx.n = 0;
        cx.strict = false;
        facts(&cx, root, 0, false);
        score_units(&cx);
        emit(&cx, choose_top(&cx, body), &second);
        if (body_chars(&second) > body_chars(out) * 2) {
            extract_result_free(out);
            *out = second;
        } else {
            extract_result_free(&second);
        }
    }
    free(cx.nodes);
    detach(root);
    free(info);
}

void extract_result_free(extract_result *r)
{
    for (size_t i = 0; i < r->n; i++) {
        free(r->blocks[i].text);
        free(r->blocks[i].url);
        for (size_t k = 0; k < r->blocks[i].n_links; k++)
            free(r->blocks[i].links[k].url);
        free(r->blocks[i].links);
    }
    free(r->blocks);
    memset(r, 0, sizeof *r);
}

char *extract_resolve_url(const char *base, const char *href)
{
    if (!href)
        return NULL;
    /* Control characters and surrounding blanks dropped. */
    size_t n = strlen(href);
    if (n > 8192)
        return NULL;
    char *clean = xmalloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)href[i] > 0x20 && href[i] != 0x7F)
            clean[k++] = href[i];
        else if (href[i] == ' ' && k > 0)
            clean[k++] = ' ';
    while (k > 0 && clean[k - 1] == ' ')
        k--;
    clean[k] = '\0';
    char *res = NULL;
    if (k == 0 || clean[0] == '#') {
        free(clean);
        return NULL;
    }
    xmlChar *abs = xmlBuildURI((const xmlChar *)clean,
                               (const xmlChar *)(base ? base : ""));
    const char *u = abs ? (const char *)abs : clean;
    if (starts_ci(u, strlen(u), "http://") ||
        starts_ci(u, strlen(u), "https://") ||
        starts_ci(u, strlen(u), "mailto:")) {
        size_t m = strlen(u);
        res = xmalloc(3 * m + 1);
        size_t w = 0;
        for (size_t i = 0; i < m; i++)
            if (u[i] == ' ') {
                memcpy(res + w, "%20", 3);
                w += 3;
            } else if ((unsigned char)u[i] > 0x20 && u[i] != 0x7F) {
                res[w++] = u[i];
            }
        res[w] = '\0';
    }
    if (abs)
        xmlFree(abs);
    free(clean);
    return res;
}
