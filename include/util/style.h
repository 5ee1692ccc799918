/* style — semantic style ids: what a piece of the screen is for, never which
 * colour it is. The one list below generates the enum and the key names a
 * theme file uses ([styles] quote = ...); only the view turns ids into curses
 * attributes. Pure data: no curses, no model. */
#ifndef DATELINE_STYLE_H
#define DATELINE_STYLE_H

#define STYLE_LIST(X)                                                          \
    X(NORMAL, "normal")                                                        \
    X(HEADER, "header")                                                        \
    X(STATUS, "status")                                                        \
    X(QUOTE, "quote")                                                          \
    X(QUOTE_CURRENT, "quote-current")                                          \
    X(SPEAKER, "speaker")                                                      \
    X(PERSON, "person")                                                        \
    X(PLACE, "place")                                                          \
    X(ORG, "org")                                                              \
    X(SELECTED, "selected")                                                    \
    X(MATCH, "match")                                                          \
    X(CAPTION, "caption")                                                      \
    X(CREDIT, "credit")                                                        \
    X(EMBED, "embed")                                                          \
    X(CONTROL, "control")                                                      \
    X(SIDEBAR, "sidebar")                                                      \
    X(HEADING, "heading")                                                      \
    X(CURSOR, "cursor")                                                        \
    X(BORDER, "border")                                                        \
    X(WARNING, "warning")                                                      \
    X(LINK, "link")

typedef enum {
#define STYLE_ENUM(id, name) STYLE_##id,
    STYLE_LIST(STYLE_ENUM)
#undef STYLE_ENUM
        STYLE_COUNT
} style_id;

/* The id for a theme key, or -1. */
int style_from_name(const char *name);

#endif
