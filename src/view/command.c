#include "command.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Rows a page moves: one screen less two lines of context. */
static long page_rows(unsigned rows)
{
    return rows > 3 ? (long)rows - 2 : 1;
}

static unsigned list_rows(const viewstate *vs)
{
    if (vs->overlay == VIEWSTATE_OVERLAY_QUOTES ||
        vs->overlay == VIEWSTATE_OVERLAY_LINKS)
        return vs->height;
    return vs->focus == VIEWSTATE_FOCUS_SIDEBAR ? vs->sidebar_rows
                                                : vs->caption_rows;
}

static void links_move(viewstate *vs, long n)
{
    size_t count = doc_link_count(vs->d);
    if (count == 0)
        return;
    long sel = (long)vs->links_sel + n;
    if (sel < 0)
        sel = 0;
    if (sel >= (long)count)
        sel = (long)count - 1;
    vs->links_sel = (size_t)sel;
}

/* Moves whatever has the focus: the overview's cursor, a list's cursor, or
 * the body by n rows. */
static unsigned move(viewstate *vs, long n)
{
    /* a count multiplies a move (5j: five lines), within reason */
    if (vs->count > 1)
        n *= vs->count < 100000 ? (long)vs->count : 100000L;
    if (vs->overlay == VIEWSTATE_OVERLAY_QUOTES)
        viewstate_overview_move(vs, n);
    else if (vs->overlay == VIEWSTATE_OVERLAY_LINKS)
        links_move(vs, n);
    else if (vs->focus == VIEWSTATE_FOCUS_SIDEBAR)
        viewstate_sidebar_move(vs, n);
    else if (vs->focus == VIEWSTATE_FOCUS_CAPTIONS)
        viewstate_caption_move(vs, n);
    else
        viewstate_scroll(vs, n);
    return COMMAND_REDRAW;
}

static bool in_list(const viewstate *vs)
{
    return vs->overlay == VIEWSTATE_OVERLAY_QUOTES ||
           vs->overlay == VIEWSTATE_OVERLAY_LINKS ||
           vs->focus != VIEWSTATE_FOCUS_BODY;
}

static unsigned cmd_line_down(viewstate *vs)
{
    return move(vs, 1);
}
static unsigned cmd_line_up(viewstate *vs)
{
    return move(vs, -1);
}

static unsigned cmd_page_down(viewstate *vs)
{
    return move(vs, page_rows(in_list(vs) ? list_rows(vs) : vs->height));
}

static unsigned cmd_page_up(viewstate *vs)
{
    return move(vs, -page_rows(in_list(vs) ? list_rows(vs) : vs->height));
}

static unsigned cmd_half_down(viewstate *vs)
{
    unsigned rows = in_list(vs) ? list_rows(vs) : vs->height;
    return move(vs, rows > 1 ? rows / 2 : 1);
}

static unsigned cmd_half_up(viewstate *vs)
{
    unsigned rows = in_list(vs) ? list_rows(vs) : vs->height;
    return move(vs, -(long)(rows > 1 ? rows / 2 : 1));
}

/* Far enough to reach either end of any list. */
#define FAR 0x3fffffffL

static unsigned cmd_top(viewstate *vs)
{
    if (in_list(vs))
        return move(vs, -FAR);
    viewstate_anchor before = vs->top;
    viewstate_to_top(vs);
    if (!viewstate_anchor_equal(before, vs->top)) {
        viewstate_anchor after = vs->top;
        vs->top = before;
        viewstate_push_back(vs);
        vs->top = after;
    }
    return COMMAND_REDRAW;
}

static unsigned cmd_bottom(viewstate *vs)
{
    if (in_list(vs))
        return move(vs, FAR);
    viewstate_anchor before = vs->top;
    viewstate_to_bottom(vs);
    if (!viewstate_anchor_equal(before, vs->top)) {
        viewstate_anchor after = vs->top;
        vs->top = before;
        viewstate_push_back(vs);
        vs->top = after;
    }
    return COMMAND_REDRAW;
}

static unsigned cmd_next_quote(viewstate *vs)
{
    viewstate_next_quote(vs, 1);
    return COMMAND_REDRAW;
}

static unsigned cmd_prev_quote(viewstate *vs)
{
    viewstate_next_quote(vs, -1);
    return COMMAND_REDRAW;
}

static unsigned cmd_next_person(viewstate *vs)
{
    viewstate_next_mention(vs, 1);
    return COMMAND_REDRAW;
}

static unsigned cmd_prev_person(viewstate *vs)
{
    viewstate_next_mention(vs, -1);
    return COMMAND_REDRAW;
}

static unsigned step_caption(viewstate *vs, int dir)
{
    size_t n = doc_caption_count(vs->d);
    if (n == 0) {
        viewstate_message(vs, "no captions in this article");
        return COMMAND_REDRAW;
    }
    viewstate_next_caption(vs, dir);
    if (!vs->captions_shown)
        viewstate_message(vs, "caption %zu/%zu (c shows the caption pane)",
                          vs->caption_sel + 1, n);
    return COMMAND_REDRAW;
}

static unsigned cmd_next_caption(viewstate *vs)
{
    return step_caption(vs, 1);
}
static unsigned cmd_prev_caption(viewstate *vs)
{
    return step_caption(vs, -1);
}

static bool pane_shown(const viewstate *vs, viewstate_focus f)
{
    switch (f) {
    case VIEWSTATE_FOCUS_SIDEBAR:
        return (vs->sidebar_shown || vs->sidebar_folded) && vs->n_items > 0;
    case VIEWSTATE_FOCUS_CAPTIONS:
        return vs->captions_shown && doc_caption_count(vs->d) > 0;
    default: return true;
    }
}

static unsigned focus_step(viewstate *vs, int dir)
{
    /* Tab is Ctrl-I to a terminal: during a Ctrl-O walk in the body it goes
     * forward along the jump list, as Ctrl-I does in vim. */
    if (dir > 0 && vs->focus == VIEWSTATE_FOCUS_BODY &&
        jumplist_has_newer(vs->jumps) && viewstate_jump_newer(vs))
        return COMMAND_REDRAW;
    viewstate_focus f = vs->focus;
    for (int i = 0; i < 3; i++) {
        f = (viewstate_focus)(((int)f + (dir > 0 ? 1 : 2)) % 3);
        if (pane_shown(vs, f))
            break;
    }
    vs->focus = f;
    /* a folded sidebar opens over the body while it has the focus */
    vs->sidebar_overlay = f == VIEWSTATE_FOCUS_SIDEBAR && vs->sidebar_folded;
    if (f == VIEWSTATE_FOCUS_CAPTIONS && vs->caption_sel == DOC_NONE)
        vs->caption_sel = 0;
    return COMMAND_REDRAW;
}

static unsigned cmd_focus_next(viewstate *vs)
{
    return focus_step(vs, 1);
}
static unsigned cmd_focus_prev(viewstate *vs)
{
    return focus_step(vs, -1);
}

static unsigned cmd_activate(viewstate *vs)
{
    if (vs->overlay == VIEWSTATE_OVERLAY_LINKS) {
        if (vs->links_sel >= doc_link_count(vs->d))
            return COMMAND_REDRAW;
        free(vs->clipboard);
        vs->clipboard = xstrdup(doc_link_get(vs->d, vs->links_sel)->url);
        viewstate_message(vs, "copied link %zu to the clipboard",
                          vs->links_sel + 1);
        return COMMAND_CLIPBOARD | COMMAND_REDRAW;
    }
    if (vs->overlay == VIEWSTATE_OVERLAY_QUOTES) {
        vs->overlay = VIEWSTATE_OVERLAY_NONE;
        if (vs->overview_sel < vs->n_speech)
            viewstate_goto_quote(vs, vs->speech[vs->overview_sel]);
        return COMMAND_REDRAW;
    }
    switch (vs->focus) {
    case VIEWSTATE_FOCUS_SIDEBAR:
        if (vs->item_sel < vs->n_items &&
            vs->items[vs->item_sel].kind == VIEWSTATE_ITEM_ENTITY)
            viewstate_select_entity(vs, vs->items[vs->item_sel].entity, true);
        else if (vs->item_sel < vs->n_items)
            viewstate_message(vs, "named only as a contributor");
        break;
    case VIEWSTATE_FOCUS_CAPTIONS:
        if (doc_caption_count(vs->d) > 0)
            viewstate_select_caption_people(
                vs, vs->caption_sel == DOC_NONE ? 0 : vs->caption_sel);
        break;
    default:
        /* In the body: select whoever is current, the mention or the
         * speaker of the current quotation. */
        if (vs->mention_of != DOC_NONE)
            viewstate_select_entity(vs, vs->mention_of, false);
        else if (vs->quote != DOC_NONE &&
                 doc_quote_get(vs->d, vs->quote)->speaker != DOC_NONE)
            viewstate_select_entity(
                vs, doc_quote_get(vs->d, vs->quote)->speaker, false);
        else
            viewstate_message(vs, "Tab moves to the people and captions");
        break;
    }
    return COMMAND_REDRAW;
}

/* Closes the folded sidebar's overlay; false when it was not open. */
static bool close_sidebar_overlay(viewstate *vs)
{
    if (!vs->sidebar_overlay)
        return false;
    vs->sidebar_overlay = false;
    if (vs->focus == VIEWSTATE_FOCUS_SIDEBAR)
        vs->focus = VIEWSTATE_FOCUS_BODY;
    return true;
}

static unsigned cmd_clear(viewstate *vs)
{
    if (vs->overlay == VIEWSTATE_OVERLAY_NONE && close_sidebar_overlay(vs))
        return COMMAND_REDRAW;
    if (vs->overlay != VIEWSTATE_OVERLAY_NONE)
        vs->overlay = VIEWSTATE_OVERLAY_NONE;
    else
        viewstate_clear(vs);
    return COMMAND_REDRAW;
}

static unsigned cmd_search(viewstate *vs)
{
    (void)vs;
    return COMMAND_PROMPT;
}

static unsigned cmd_search_next(viewstate *vs)
{
    viewstate_next_match(vs, 1);
    return COMMAND_REDRAW;
}

static unsigned cmd_search_prev(viewstate *vs)
{
    viewstate_next_match(vs, -1);
    return COMMAND_REDRAW;
}

static unsigned cmd_quote_overview(viewstate *vs)
{
    if (vs->overlay == VIEWSTATE_OVERLAY_QUOTES) {
        vs->overlay = VIEWSTATE_OVERLAY_NONE;
        return COMMAND_REDRAW;
    }
    size_t n = vs->n_speech;
    if (n == 0) {
        viewstate_message(vs, doc_quote_count(vs->d)
                                  ? "no quoted speech in this article"
                                  : "no quotations in this article");
        return COMMAND_REDRAW;
    }
    size_t rank =
        vs->quote != DOC_NONE ? viewstate_speech_rank(vs, vs->quote) : DOC_NONE;
    if (rank != DOC_NONE) {
        vs->overview_sel = rank;
    } else {
        viewstate_row row;
        vs->overview_sel = 0;
        if (viewstate_rows(vs, &row, 1) == 1) {
            size_t offset = row.line ? row.line->start : 0;
            size_t lo = 0, hi = n;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                const doc_quote *q = doc_quote_get(vs->d, vs->speech[mid]);
                if (q->block < row.block ||
                    (q->block == row.block && q->start < offset))
                    lo = mid + 1;
                else
                    hi = mid;
            }
            vs->overview_sel = lo < n ? lo : n - 1;
        }
    }
    /* the list is drawn filled: the selection low on it when it is late */
    vs->overview_top = 0;
    vs->overlay = VIEWSTATE_OVERLAY_QUOTES;
    return COMMAND_REDRAW;
}

/* The entity the filter should follow: the selection, else what the
 * sidebar's cursor or the current mention points at. */
static size_t filter_target(const viewstate *vs)
{
    if (vs->entity != DOC_NONE)
        return vs->entity;
    if (vs->focus == VIEWSTATE_FOCUS_SIDEBAR && vs->item_sel < vs->n_items &&
        vs->items[vs->item_sel].kind == VIEWSTATE_ITEM_ENTITY)
        return vs->items[vs->item_sel].entity;
    return vs->mention_of;
}

static unsigned cmd_filter(viewstate *vs)
{
    if (vs->filter_entity != DOC_NONE) {
        viewstate_set_filter(vs, DOC_NONE);
        viewstate_message(vs, "showing every paragraph");
        return COMMAND_REDRAW;
    }
    size_t e = filter_target(vs);
    if (e == DOC_NONE) {
        viewstate_message(vs, "select someone first (Tab, then Enter)");
        return COMMAND_REDRAW;
    }
    viewstate_set_filter(vs, e);
    if (vs->filter_entity == DOC_NONE)
        viewstate_message(vs, "no paragraph mentions them");
    return COMMAND_REDRAW;
}

static unsigned cmd_back(viewstate *vs)
{
    if (!viewstate_pop_back(vs))
        viewstate_message(vs, "nothing to go back to");
    return COMMAND_REDRAW;
}

static unsigned cmd_mark(viewstate *vs)
{
    if (!jumplist_is_mark(vs->key_arg))
        viewstate_message(vs, "a mark is a letter (m then a-z)");
    else if (viewstate_set_mark(vs, vs->key_arg))
        viewstate_message(vs, "mark %c set", vs->key_arg);
    return COMMAND_REDRAW;
}

/* ' + letter goes to the mark; ' + anything else is back, as it was before
 * marks (the loop then handles that key itself). */
static unsigned cmd_goto_mark(viewstate *vs)
{
    if (!jumplist_is_mark(vs->key_arg))
        return cmd_back(vs);
    if (!viewstate_goto_mark(vs, vs->key_arg))
        viewstate_message(vs, "mark %c is not set (m%c sets it)", vs->key_arg,
                          vs->key_arg);
    return COMMAND_REDRAW;
}

static unsigned cmd_jump_older(viewstate *vs)
{
    if (!viewstate_jump_older(vs))
        viewstate_message(vs, "at the oldest place of the jump list");
    return COMMAND_REDRAW;
}

static unsigned cmd_jump_newer(viewstate *vs)
{
    if (!viewstate_jump_newer(vs))
        viewstate_message(vs, "at the newest place of the jump list");
    return COMMAND_REDRAW;
}

static unsigned cmd_next_article(viewstate *vs)
{
    (void)vs;
    return COMMAND_NEXT_ARTICLE | COMMAND_RELAYOUT;
}

static unsigned cmd_prev_article(viewstate *vs)
{
    (void)vs;
    return COMMAND_PREV_ARTICLE | COMMAND_RELAYOUT;
}

static unsigned cmd_links(viewstate *vs)
{
    if (vs->overlay == VIEWSTATE_OVERLAY_LINKS) {
        vs->overlay = VIEWSTATE_OVERLAY_NONE;
        return COMMAND_REDRAW;
    }
    if (doc_link_count(vs->d) == 0) {
        viewstate_message(vs, "no links in this article");
        return COMMAND_REDRAW;
    }
    if (vs->links_sel >= doc_link_count(vs->d))
        vs->links_sel = 0;
    vs->overlay = VIEWSTATE_OVERLAY_LINKS;
    return COMMAND_REDRAW;
}

static unsigned cmd_toggle_sidebar(viewstate *vs)
{
    /* folded away by a narrow window: s shows it over the body instead of
     * changing a wish that cannot be seen */
    if (vs->sidebar_folded && vs->sidebar_on) {
        if (!close_sidebar_overlay(vs)) {
            vs->sidebar_overlay = true;
            vs->focus = VIEWSTATE_FOCUS_SIDEBAR;
        }
        return COMMAND_REDRAW;
    }
    vs->sidebar_on = !vs->sidebar_on;
    if (!vs->sidebar_on && vs->focus == VIEWSTATE_FOCUS_SIDEBAR)
        vs->focus = VIEWSTATE_FOCUS_BODY;
    return COMMAND_RELAYOUT;
}

static unsigned cmd_toggle_captions(viewstate *vs)
{
    vs->captions_on = !vs->captions_on;
    if (!vs->captions_on && vs->focus == VIEWSTATE_FOCUS_CAPTIONS)
        vs->focus = VIEWSTATE_FOCUS_BODY;
    return COMMAND_RELAYOUT;
}

static unsigned cmd_yank_quote(viewstate *vs)
{
    if (vs->quote == DOC_NONE) {
        viewstate_message(vs, "no current quotation (] makes one current)");
        return COMMAND_REDRAW;
    }
    free(vs->clipboard);
    vs->clipboard = viewstate_quote_citation(vs, vs->quote);
    viewstate_message(vs, "copied quotation %zu to the clipboard",
                      vs->quote + 1);
    return COMMAND_CLIPBOARD | COMMAND_REDRAW;
}

static unsigned cmd_next_theme(viewstate *vs)
{
    (void)vs;
    return COMMAND_THEME | COMMAND_REDRAW;
}

static unsigned cmd_help(viewstate *vs)
{
    vs->help_top = 0;
    vs->overlay = vs->overlay == VIEWSTATE_OVERLAY_HELP
                      ? VIEWSTATE_OVERLAY_NONE
                      : VIEWSTATE_OVERLAY_HELP;
    return COMMAND_REDRAW;
}

static unsigned cmd_redraw(viewstate *vs)
{
    (void)vs;
    return COMMAND_REPAINT | COMMAND_RELAYOUT;
}

static unsigned cmd_quit(viewstate *vs)
{
    if (vs->overlay == VIEWSTATE_OVERLAY_NONE && close_sidebar_overlay(vs))
        return COMMAND_REDRAW;
    if (vs->overlay != VIEWSTATE_OVERLAY_NONE) {
        vs->overlay = VIEWSTATE_OVERLAY_NONE;
        return COMMAND_REDRAW;
    }
    return COMMAND_QUIT;
}

static const command_def commands[] = {
    {"line-down", "scroll down a line / next in a list", cmd_line_down},
    {"line-up", "scroll up a line / previous in a list", cmd_line_up},
    {"page-down", "one screen down", cmd_page_down},
    {"page-up", "one screen up", cmd_page_up},
    {"half-down", "half a screen down", cmd_half_down},
    {"half-up", "half a screen up", cmd_half_up},
    {"top", "start of the article", cmd_top},
    {"bottom", "end of the article", cmd_bottom},
    {"next-quote", "next quotation", cmd_next_quote},
    {"prev-quote", "previous quotation", cmd_prev_quote},
    {"next-person", "next mention of the person", cmd_next_person},
    {"prev-person", "previous mention of the person", cmd_prev_person},
    {"next-caption", "next caption", cmd_next_caption},
    {"prev-caption", "previous caption", cmd_prev_caption},
    {"focus-next", "focus: body, people, captions", cmd_focus_next},
    {"focus-prev", "focus the previous pane", cmd_focus_prev},
    {"activate", "select the entity or caption", cmd_activate},
    {"clear", "drop selection and search; close", cmd_clear},
    {"search", "search (smart case)", cmd_search},
    {"search-next", "next match", cmd_search_next},
    {"search-prev", "previous match", cmd_search_prev},
    {"quote-overview", "every quotation, Enter jumps", cmd_quote_overview},
    {"filter", "only paragraphs naming the selection", cmd_filter},
    {"back", "back to where the last jump left", cmd_back},
    {"mark", "m + letter: set a mark", cmd_mark},
    {"goto-mark", "' + letter: go to the mark", cmd_goto_mark},
    {"jump-older", "older place in the jump list", cmd_jump_older},
    {"jump-newer", "newer place (C-i is Tab to a terminal)", cmd_jump_newer},
    {"next-article", "next article (:n)", cmd_next_article},
    {"prev-article", "previous article (:p)", cmd_prev_article},
    {"links", "the article's links; Enter copies", cmd_links},
    {"toggle-sidebar", "show or hide the people", cmd_toggle_sidebar},
    {"toggle-captions", "show or hide the captions", cmd_toggle_captions},
    {"yank-quote", "copy the quotation (OSC 52)", cmd_yank_quote},
    {"next-theme", "next colour theme", cmd_next_theme},
    {"help", "this help; any key closes it", cmd_help},
    {"redraw", "repaint the screen", cmd_redraw},
    {"quit", "close an overlay, or quit", cmd_quit},
};

static const command_note notes[] = {
    /* Ctrl-I and Tab are one byte to a terminal: Tab keeps focus-next and
     * walks the jump list forward during a Ctrl-O walk */
    {"C-i", "jump-newer", "newer place (C-i is Tab to a terminal)"},
    {"5j 3] 2}", "count", "digits before a key repeat it"},
    {"N% Np", "percent", "go to N percent of the article"},
    {"C-z", "suspend", "suspend, as in less; fg resumes"},
};

size_t command_note_count(void)
{
    return sizeof notes / sizeof *notes;
}

const command_note *command_note_get(size_t i)
{
    return i < command_note_count() ? &notes[i] : NULL;
}

const command_note *command_note_of(const char *name)
{
    for (size_t i = 0; i < command_note_count(); i++)
        if (strcmp(notes[i].name, name) == 0)
            return &notes[i];
    return NULL;
}

size_t command_count(void)
{
    return sizeof commands / sizeof *commands;
}

const command_def *command_get(size_t id)
{
    return id < command_count() ? &commands[id] : NULL;
}

int command_find(const char *name)
{
    if (!name)
        return -1;
    for (size_t i = 0; i < command_count(); i++)
        if (strcmp(commands[i].name, name) == 0)
            return (int)i;
    return -1;
}

/* Commands that work inside the quotation overview; any other closes it
 * first, so the body below never changes unseen. */
static bool works_in_overview(command_fn fn)
{
    return fn == cmd_line_down || fn == cmd_line_up || fn == cmd_page_down ||
           fn == cmd_page_up || fn == cmd_half_down || fn == cmd_half_up ||
           fn == cmd_top || fn == cmd_bottom || fn == cmd_activate ||
           fn == cmd_clear || fn == cmd_quit || fn == cmd_quote_overview ||
           fn == cmd_redraw;
}

bool command_wants_key(size_t id)
{
    const command_def *c = command_get(id);
    return c && (c->run == cmd_mark || c->run == cmd_goto_mark);
}

/* Commands a count repeats (3]: the third quotation on). */
static bool repeats(command_fn fn)
{
    return fn == cmd_next_quote || fn == cmd_prev_quote ||
           fn == cmd_next_person || fn == cmd_prev_person ||
           fn == cmd_next_caption || fn == cmd_prev_caption ||
           fn == cmd_search_next || fn == cmd_search_prev ||
           fn == cmd_jump_older || fn == cmd_jump_newer ||
           fn == cmd_next_article || fn == cmd_prev_article;
}

unsigned command_run_count(size_t id, viewstate *vs, unsigned long count)
{
    const command_def *c = command_get(id);
    if (!c)
        return COMMAND_NOTHING;
    if (count <= 1 || !repeats(c->run) ||
        vs->overlay != VIEWSTATE_OVERLAY_NONE) {
        vs->count = count;
        unsigned what = command_run(id, vs);
        vs->count = 0;
        return what;
    }
    /* articles step in the loop, which owns them */
    if (c->run == cmd_next_article || c->run == cmd_prev_article) {
        vs->count = count;
        return command_run(id, vs);
    }
    unsigned what = 0;
    if (count > 10000)
        count = 10000;
    for (unsigned long i = 0; i < count; i++)
        what |= command_run(id, vs);
    return what;
}

unsigned command_run(size_t id, viewstate *vs)
{
    const command_def *c = command_get(id);
    if (!c)
        return COMMAND_NOTHING;
    if (vs->overlay == VIEWSTATE_OVERLAY_QUOTES && !works_in_overview(c->run))
        vs->overlay = VIEWSTATE_OVERLAY_NONE;
    if (vs->overlay == VIEWSTATE_OVERLAY_LINKS && !works_in_overview(c->run) &&
        c->run != cmd_links)
        vs->overlay = VIEWSTATE_OVERLAY_NONE;
    if (vs->overlay == VIEWSTATE_OVERLAY_HELP && c->run != cmd_help) {
        /* the moving keys scroll the help (the view clamps it), any other
         * key closes it */
        long rows = vs->height > 4 ? (long)vs->height - 2 : 1;
        long by = c->run == cmd_line_down   ? 1
                  : c->run == cmd_line_up   ? -1
                  : c->run == cmd_page_down ? rows
                  : c->run == cmd_page_up   ? -rows
                  : c->run == cmd_half_down ? rows / 2 + 1
                  : c->run == cmd_half_up   ? -(rows / 2 + 1)
                  : c->run == cmd_top       ? -FAR
                  : c->run == cmd_bottom    ? FAR
                                            : 0;
        if (by == 0 || vs->help_max_top == 0) {
            vs->overlay = VIEWSTATE_OVERLAY_NONE;
            return COMMAND_REDRAW;
        }
        long top = (long)vs->help_top + by;
        vs->help_top = top < 0 ? 0 : (size_t)top;
        return COMMAND_REDRAW;
    }
    return c->run(vs);
}
