#define _XOPEN_SOURCE_EXTENDED 1
#include "ui.h"

#include <curses.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "command.h"
#include "config.h"
#include "keymap.h"
#include "lineedit.h"
#include "state.h"
#include "theme.h"
#include "utf8.h"
#include "view-body.h"
#include "view-captions.h"
#include "view-overlay.h"
#include "view-sidebar.h"
#include "view-status.h"
#include "view-text.h"
#include "viewstate.h"
#include "xalloc.h"

/* Below this the reader cannot show a line of text between its header and
 * status lines. */
#define MIN_COLS 20
#define MIN_ROWS 4
/* Panes fold before the body gets narrower or shorter than this. */
#define BODY_MIN_COLS 40
#define BODY_MIN_ROWS 8
/* OSC 52 payloads beyond this are refused by many terminals. */
#define CLIPBOARD_MAX 65536

typedef struct {
    int x, y, w, h;
} rect;

/* One open article and its reader state (made when first shown). */
typedef struct {
    const doc *d;
    const char *path;
    viewstate *vs;
    size_t people;
    bool cp1252;
} article_slot;

typedef struct {
    const doc *d;
    viewstate *vs;
    article_slot *arts;
    size_t n_arts, cur;
    keymap *km;
    config *cfg;
    theme *th;
    char **theme_names;
    size_t n_themes;
    bool color, mouse;
    bool hyperlinks; /* OSC 8 (view_body_hyperlinks_supported) */
    FILE *tty_in;
    SCREEN *screen;
    size_t people;
    /* the screen's division, recomputed on resize and pane toggles */
    bool too_small;
    rect header, body, sidebar, captions, status;
    bool sidebar_shown, captions_shown;
    /* the search prompt while it is open */
    bool prompting;
    lineedit le;
    char **history; /* the search history while the prompt is open */
    /* keys typed before a command: a count (5j) and a prefix (:n, m, ') */
    unsigned long count;
    int prefix;
    int pushed_key; /* a key to handle again (after ' + non-letter) */
} ui;

static void restore_terminal(void)
{
    endwin();
}

/* ---- signals: handlers only set flags; the loop acts on them ----------- */

static volatile sig_atomic_t quit_signal; /* SIGHUP, SIGINT or SIGTERM */
static volatile sig_atomic_t suspend_asked;

static void on_quit_signal(int sig)
{
    quit_signal = sig;
}

static void on_suspend(int sig)
{
    (void)sig;
    suspend_asked = 1;
}

static const int quit_signals[] = {SIGHUP, SIGINT, SIGTERM};
static struct sigaction saved_actions[3], saved_tstp;

/* Without SA_RESTART, so a signal ends the wait for a key at once. Set
 * before the terminal starts: curses then leaves them to us. */
static void catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_quit_signal;
    for (int i = 0; i < 3; i++)
        sigaction(quit_signals[i], &sa, &saved_actions[i]);
    sa.sa_handler = on_suspend;
    sigaction(SIGTSTP, &sa, &saved_tstp);
}

static void release_signals(void)
{
    for (int i = 0; i < 3; i++)
        sigaction(quit_signals[i], &saved_actions[i], NULL);
    sigaction(SIGTSTP, &saved_tstp, NULL);
}

unsigned ui_terminal_width(unsigned fallback)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
        ws.ws_col > 0)
        return ws.ws_col;
    return fallback;
}

/* ---- the screen's division -------------------------------------------- */

/* The caption pane is only as tall as its captions, one row each and the
 * selected one whole, up to its configured height. */
static int caption_rows(const ui *u, int body_w)
{
    int max = (int)config_caption_height(u->cfg);
    size_t n = doc_caption_count(u->d);
    size_t need = n;
    size_t sel = u->vs->caption_sel;
    if (sel < n && body_w > 6) {
        layout_block *lb = layout_block_new(
            u->d, doc_caption_get(u->d, sel)->block, (unsigned)(body_w - 2));
        need += layout_block_line_count(lb) - 1;
        layout_block_free(lb);
    }
    return need < (size_t)max ? (int)(need ? need : 1) : max;
}

static void divide(ui *u)
{
    int cols = COLS, rows = LINES;
    u->too_small = cols < MIN_COLS || rows < MIN_ROWS;
    if (u->too_small)
        return;
    viewstate *vs = u->vs;
    u->header = (rect){0, 0, cols, 1};
    u->status = (rect){0, rows - 1, cols, 1};
    int mid = rows - 2;
    int sw = (int)config_sidebar_width(u->cfg);
    u->sidebar_shown =
        vs->sidebar_on && vs->n_items > 0 && cols - sw - 1 >= BODY_MIN_COLS;
    int body_w = u->sidebar_shown ? cols - sw - 1 : cols;
    int ch = caption_rows(u, body_w);
    u->captions_shown = vs->captions_on && doc_caption_count(u->d) > 0 &&
                        mid - ch - 1 >= BODY_MIN_ROWS;
    int body_h = u->captions_shown ? mid - ch - 1 : mid;
    u->body = (rect){0, 1, body_w, body_h};
    u->sidebar = (rect){body_w + 1, 1, u->sidebar_shown ? sw : 0, mid};
    u->captions = (rect){0, 1 + body_h + 1, body_w, u->captions_shown ? ch : 0};

    unsigned measure = config_measure(u->cfg);
    int margin = body_w >= 44 ? 2 : body_w >= 24 ? 1 : 0;
    unsigned width = (unsigned)(body_w - 2 * margin);
    if (width > measure)
        width = measure;
    viewstate_set_body(vs, width, (unsigned)body_h);
    viewstate_set_lists(vs, u->sidebar_shown, (unsigned)mid, u->captions_shown,
                        (unsigned)(u->captions_shown ? ch : 0));
}

/* ---- drawing ---------------------------------------------------------- */

static void draw_too_small(void)
{
    erase();
    static const char *const words[] = {"window", "too", "small"};
    const char *line = "window too small";
    int len = (int)strlen(line);
    attrset(A_NORMAL);
    if (COLS >= len) {
        mvaddstr(LINES / 2, (COLS - len) / 2, line);
    } else {
        int top = LINES >= 3 ? (LINES - 3) / 2 : 0;
        for (int i = 0; i < 3 && top + i < LINES; i++)
            mvaddnstr(top + i, 0, words[i], COLS);
    }
}

static void draw(ui *u)
{
    /* the caption pane follows the selected caption's height */
    divide(u);
    if (u->too_small) {
        draw_too_small();
        refresh();
        return;
    }
    viewstate *vs = u->vs;
    erase();
    view_status_header(u->d, u->people, u->cur, u->n_arts, u->header.y,
                       u->header.w);
    view_body_draw(vs, u->body.y, u->body.x, u->body.h, u->body.w);
    if (u->sidebar_shown) {
        /* the pane with the focus has a heavy border, in every theme */
        bool f = vs->focus == VIEWSTATE_FOCUS_SIDEBAR;
        view_text_box_line(u->sidebar.y, u->sidebar.x - 1, u->sidebar.h,
                           f ? VIEW_TEXT_BOX_V_HEAVY : VIEW_TEXT_BOX_V,
                           f ? STYLE_HEADING : STYLE_BORDER);
        view_sidebar_draw(vs, u->sidebar.y, u->sidebar.x, u->sidebar.h,
                          u->sidebar.w, vs->focus == VIEWSTATE_FOCUS_SIDEBAR);
    }
    if (u->captions_shown) {
        bool f = vs->focus == VIEWSTATE_FOCUS_CAPTIONS;
        view_text_box_line(u->captions.y - 1, 0, u->captions.w,
                           f ? VIEW_TEXT_BOX_H_HEAVY : VIEW_TEXT_BOX_H,
                           f ? STYLE_HEADING : STYLE_BORDER);
        view_captions_draw(vs, u->captions.y, u->captions.x, u->captions.h,
                           u->captions.w,
                           vs->focus == VIEWSTATE_FOCUS_CAPTIONS);
    }
    if (vs->overlay == VIEWSTATE_OVERLAY_HELP)
        view_overlay_help(u->km, LINES, COLS, &vs->help_top, &vs->help_max_top);
    else if (vs->overlay == VIEWSTATE_OVERLAY_QUOTES)
        view_overlay_quotes(vs, LINES, COLS);
    else if (vs->overlay == VIEWSTATE_OVERLAY_LINKS)
        view_overlay_links(vs, LINES, COLS);
    int cx = view_status_draw(vs, u->status.y, u->status.w,
                              u->prompting ? u->le.buf : NULL, u->le.len);
    if (u->prompting) {
        /* the cursor where the editing happens, not always at the end */
        cx -=
            (int)view_text_width(u->le.buf + u->le.cur, u->le.len - u->le.cur);
        if (cx < 1)
            cx = 1;
        move(u->status.y, cx < COLS ? cx : COLS - 1);
        curs_set(1);
    } else {
        curs_set(0);
    }
    refresh();
    if (u->hyperlinks && vs->overlay == VIEWSTATE_OVERLAY_NONE)
        view_body_hyperlinks(vs, u->body.y, u->body.x, u->body.h, u->body.w);
}

/* ---- themes ----------------------------------------------------------- */

static void apply_theme(ui *u, theme *t)
{
    if (u->th)
        theme_free(u->th);
    u->th = t;
    view_text_set_theme(t, u->color);
}

static void next_theme(ui *u)
{
    const char *name =
        theme_next_name(u->theme_names, u->n_themes, theme_name(u->th));
    if (!name)
        return;
    char *err = NULL;
    theme *t = theme_load(name, NULL, &err);
    if (!t) {
        viewstate_message(u->vs, "theme %s: %s", name,
                          err ? err : "cannot load");
        free(err);
        return;
    }
    apply_theme(u, t);
    viewstate_message(u->vs, "theme %s%s", theme_name(t),
                      u->color ? "" : " (no colour)");
}

/* ---- the clipboard ---------------------------------------------------- */

static char *base64(const char *s, size_t len)
{
    static const char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char *out = xmalloc((len + 2) / 3 * 4 + 1);
    size_t o = 0;
    for (size_t i = 0; i < len; i += 3) {
        unsigned v = (unsigned char)s[i] << 16;
        if (i + 1 < len)
            v |= (unsigned char)s[i + 1] << 8;
        if (i + 2 < len)
            v |= (unsigned char)s[i + 2];
        out[o++] = digits[(v >> 18) & 63];
        out[o++] = digits[(v >> 12) & 63];
        out[o++] = i + 1 < len ? digits[(v >> 6) & 63] : '=';
        out[o++] = i + 2 < len ? digits[v & 63] : '=';
    }
    out[o] = '\0';
    return out;
}

/* Sends the clipboard text to the terminal as OSC 52 (base64, so nothing
 * in it can act as a terminal command). */
static void send_clipboard(ui *u)
{
    viewstate *vs = u->vs;
    if (!vs->clipboard)
        return;
    size_t len = strlen(vs->clipboard);
    if (len > CLIPBOARD_MAX) {
        len = CLIPBOARD_MAX;
        while (len > 0 && (vs->clipboard[len] & 0xC0) == 0x80)
            len--;
    }
    char *b64 = base64(vs->clipboard, len);
    fflush(stdout);
    printf("\033]52;c;%s\a", b64);
    fflush(stdout);
    free(b64);
    free(vs->clipboard);
    vs->clipboard = NULL;
}

/* ---- keys ------------------------------------------------------------- */

static int translate_key(int r, wint_t ch)
{
    if (r == KEY_CODE_YES) {
        switch (ch) {
        case KEY_UP: return KEYMAP_KEY_UP;
        case KEY_DOWN: return KEYMAP_KEY_DOWN;
        case KEY_LEFT: return KEYMAP_KEY_LEFT;
        case KEY_RIGHT: return KEYMAP_KEY_RIGHT;
        case KEY_HOME: return KEYMAP_KEY_HOME;
        case KEY_END: return KEYMAP_KEY_END;
        case KEY_PPAGE: return KEYMAP_KEY_PGUP;
        case KEY_NPAGE: return KEYMAP_KEY_PGDN;
        case KEY_BTAB: return KEYMAP_KEY_BTAB;
        case KEY_IC: return KEYMAP_KEY_INSERT;
        case KEY_DC: return KEYMAP_KEY_DELETE;
        case KEY_BACKSPACE: return KEYMAP_KEY_BACKSPACE;
        case KEY_ENTER: return KEYMAP_KEY_ENTER;
        default:
            if (ch >= (wint_t)KEY_F(1) && ch <= (wint_t)KEY_F(12))
                return KEYMAP_KEY_F0 + (int)(ch - KEY_F0);
            return KEYMAP_NONE;
        }
    }
    if (ch == '\n')
        return KEYMAP_KEY_ENTER;
    if (ch >= KEYMAP_KEY_SPECIAL)
        return KEYMAP_NONE;
    return (int)ch;
}

/* Milliseconds to wait for the rest of an escape sequence: terminals send
 * one in a single write, so this is only felt after a lone Esc. */
#define ESC_WAIT_MS 50
/* A wait for a key ends after this, so a signal flag is seen within half a
 * second even where a read is restarted. */
#define KEY_WAIT_MS 500

/* The key of a CSI (ESC [) or SS3 (ESC O) sequence with final byte `fin`
 * and first numeric parameter `num` (-1: none). */
static int sequence_key(bool csi, int num, int fin)
{
    switch (fin) {
    case 'A': return KEYMAP_KEY_UP;
    case 'B': return KEYMAP_KEY_DOWN;
    case 'C': return KEYMAP_KEY_RIGHT;
    case 'D': return KEYMAP_KEY_LEFT;
    case 'H': return KEYMAP_KEY_HOME;
    case 'F': return KEYMAP_KEY_END;
    case 'Z': return csi ? KEYMAP_KEY_BTAB : KEYMAP_NONE;
    case 'M': return csi ? KEYMAP_NONE : KEYMAP_KEY_ENTER;
    case 'P':
    case 'Q':
    case 'R':
    case 'S': return KEYMAP_KEY_F0 + 1 + (fin - 'P');
    case '~': break;
    default: return KEYMAP_NONE;
    }
    switch (num) {
    case 1:
    case 7: return KEYMAP_KEY_HOME;
    case 4:
    case 8: return KEYMAP_KEY_END;
    case 2: return KEYMAP_KEY_INSERT;
    case 3: return KEYMAP_KEY_DELETE;
    case 5: return KEYMAP_KEY_PGUP;
    case 6: return KEYMAP_KEY_PGDN;
    default: break;
    }
    if (num >= 11 && num <= 15)
        return KEYMAP_KEY_F0 + num - 10;
    if (num >= 17 && num <= 21)
        return KEYMAP_KEY_F0 + num - 11;
    if (num == 23 || num == 24)
        return KEYMAP_KEY_F0 + num - 12;
    return KEYMAP_NONE;
}

/* After an Esc that curses did not recognise as the start of a key: reads
 * the rest of an escape sequence its terminfo entry does not know (TERM
 * naming another terminal) as one key. A lone Esc stays Esc; Esc and a key
 * typed apart are Esc, then that key. An unknown sequence is swallowed
 * whole (KEYMAP_NONE), never read as Esc, then '[' and the rest. */
static int read_escape(void)
{
    wint_t c;
    timeout(ESC_WAIT_MS);
    int r = get_wch(&c);
    int key = KEYMAP_KEY_ESC;
    if (r == ERR)
        goto done;
    if (r == KEY_CODE_YES || (c != '[' && c != 'O')) {
        if (r == KEY_CODE_YES)
            ungetch((int)c);
        else
            unget_wch((wchar_t)c);
        goto done;
    }
    bool csi = c == '[', first = true;
    int num = -1, len = 0;
    key = KEYMAP_NONE;
    for (;;) {
        r = get_wch(&c);
        if (r != OK || ++len > 32)
            break; /* cut short: swallowed */
        if (c >= '0' && c <= '9') {
            /* the first parameter names the key; later ones (modifiers)
             * are read and dropped */
            if (first && num < 1000)
                num = (num < 0 ? 0 : num) * 10 + (int)(c - '0');
            continue;
        }
        if (c == ';') {
            if (num < 0)
                num = 1;
            first = false;
            continue;
        }
        if (c >= 0x20 && c <= 0x3F)
            continue; /* other parameter and intermediate bytes */
        if (csi && c == 'M' && len == 1) {
            /* an X10 mouse report: three more bytes */
            for (int i = 0; i < 3 && get_wch(&c) == OK; i++)
                ;
            break;
        }
        if (c >= 0x40 && c <= 0x7E)
            key = sequence_key(csi, num, (int)c);
        break;
    }
done:
    timeout(KEY_WAIT_MS);
    return key;
}

static void close_prompt(ui *u)
{
    u->prompting = false;
    state_history_free(u->history);
    u->history = NULL;
}

static void open_prompt(ui *u)
{
    size_t n;
    u->history = state_history_load(NULL, &n);
    lineedit_start(&u->le, (const char *const *)u->history, n);
    u->prompting = true;
}

static void prompt_key(ui *u, int key)
{
    lineedit_state st = lineedit_key(&u->le, key);
    if (st == LINEEDIT_CANCEL) {
        close_prompt(u);
    } else if (st == LINEEDIT_DONE) {
        close_prompt(u);
        if (u->le.len > 0) {
            char *err = NULL;
            if (state_history_add(NULL, u->le.buf, &err) != 0)
                free(err); /* the search still runs */
        }
        viewstate_search(u->vs, u->le.buf, u->le.len);
    }
}

static void mouse_event(ui *u)
{
    MEVENT ev;
    if (getmouse(&ev) != OK || u->too_small)
        return;
    viewstate *vs = u->vs;
    if (vs->overlay != VIEWSTATE_OVERLAY_NONE)
        return;
#ifdef BUTTON5_PRESSED
    if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
        long n = (ev.bstate & BUTTON4_PRESSED) ? -3 : 3;
        if (u->sidebar_shown && ev.x >= u->sidebar.x)
            viewstate_sidebar_move(vs, n);
        else if (u->captions_shown && ev.y >= u->captions.y)
            viewstate_caption_move(vs, n > 0 ? 1 : -1);
        else
            viewstate_scroll(vs, n);
        return;
    }
#endif
    if (!(ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)))
        return;
    size_t item =
        u->sidebar_shown ? view_sidebar_hit(vs, ev.y, ev.x) : DOC_NONE;
    if (item != DOC_NONE && vs->items[item].kind != VIEWSTATE_ITEM_HEADING) {
        vs->focus = VIEWSTATE_FOCUS_SIDEBAR;
        vs->item_sel = item;
        command_run((size_t)command_find("activate"), vs);
        return;
    }
    size_t cap = u->captions_shown ? view_captions_hit(ev.y, ev.x) : DOC_NONE;
    if (cap != DOC_NONE) {
        vs->focus = VIEWSTATE_FOCUS_CAPTIONS;
        vs->caption_sel = cap;
        command_run((size_t)command_find("activate"), vs);
    }
}

/* ---- set-up ----------------------------------------------------------- */

/* Every problem of the settings, one line each: the config file's lines
 * and values, the [keys] bindings (applied to km here), the theme. */
typedef struct {
    char **lines;
    size_t n, cap;
} problems;

static void add_problem(problems *p, char *line)
{
    XGROW(p->lines, p->cap, p->n + 1);
    p->lines[p->n++] = line;
}

static void free_problems(problems *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->lines[i]);
    free(p->lines);
}

static void collect_problems(config *cfg, keymap *km, const theme *t,
                             const char *theme_err, problems *p)
{
    for (size_t i = 0; i < config_warning_count(cfg); i++)
        add_problem(p, xstrdup(config_warning(cfg, i)));
    for (size_t i = 0; i < config_binding_count(cfg); i++) {
        const config_binding *b = config_binding_get(cfg, i);
        char *e = NULL;
        if (keymap_apply(km, b->lhs, b->rhs, &e) != 0)
            add_problem(p, xasprintf("config: %s", e ? e : "[keys]: bad line"));
        free(e);
    }
    if (theme_err)
        add_problem(p, xstrdup(theme_err));
    for (size_t i = 0; t && i < theme_warning_count(t); i++)
        add_problem(p, xasprintf("theme %s", theme_warning(t, i)));
}

/* Loads the config, keys and theme; every problem goes to stderr before
 * the reader starts, and the status line says how many. False (after
 * saying why) when an explicit --config file cannot be read. */
static bool load_settings(ui *u, const ui_options *opts)
{
    char *err = NULL;
    u->cfg = config_load(opts->config_path, &err);
    if (!u->cfg) {
        fprintf(stderr, "dateline: %s\n", err ? err : "cannot read config");
        free(err);
        return false;
    }
    u->km = keymap_new_default();
    u->mouse = opts->mouse || config_mouse(u->cfg);
    const char *env = getenv("NO_COLOR");
    u->color = !opts->no_color && !(env && *env);

    const char *name = opts->theme ? opts->theme : config_theme(u->cfg);
    theme *t = theme_load(name ? name : "default", NULL, &err);
    char *theme_err = NULL;
    if (!t) {
        theme_err = xasprintf("theme %s: %s", name, err ? err : "not found");
        free(err);
    }
    problems p = {0};
    collect_problems(u->cfg, u->km, t, theme_err, &p);
    free(theme_err);
    u->th = t ? t : theme_builtin();
    u->theme_names = theme_list(NULL, &u->n_themes);
    for (size_t i = 0; i < p.n; i++)
        fprintf(stderr, "dateline: %s\n", p.lines[i]);
    if (p.n == 1)
        viewstate_message(u->vs, "%s", p.lines[0]);
    else if (p.n > 1)
        viewstate_message(u->vs,
                          "%zu problems in the settings "
                          "(dateline --check-config lists them)",
                          p.n);
    free_problems(&p);
    return true;
}

int ui_check_config(const char *path, const char *theme_name)
{
    char *err = NULL;
    config *cfg = config_load(path, &err);
    if (!cfg) {
        fprintf(stderr, "dateline: %s\n", err ? err : "cannot read config");
        free(err);
        return 1;
    }
    keymap *km = keymap_new_default();
    const char *name = theme_name ? theme_name : config_theme(cfg);
    theme *t = theme_load(name ? name : "default", NULL, &err);
    char *theme_err = NULL;
    if (!t) {
        theme_err = xasprintf("theme %s: %s", name, err ? err : "not found");
        free(err);
    }
    problems p = {0};
    collect_problems(cfg, km, t, theme_err, &p);
    for (size_t i = 0; i < p.n; i++)
        fprintf(stderr, "dateline: %s\n", p.lines[i]);
    if (p.n == 0)
        printf("%s: no problems\n", config_path(cfg)
                                        ? config_path(cfg)
                                        : "no config file; defaults");
    int status = p.n ? 1 : 0;
    free_problems(&p);
    free(theme_err);
    theme_free(t);
    keymap_free(km);
    config_free(cfg);
    return status;
}

static bool start_terminal(ui *u, const ui_options *opts)
{
    FILE *in = stdin;
    if (opts->keys_from_tty || !isatty(STDIN_FILENO)) {
        u->tty_in = fopen("/dev/tty", "r");
        if (!u->tty_in) {
            fprintf(stderr, "dateline: cannot open /dev/tty for keys\n");
            return false;
        }
        in = u->tty_in;
    }
    u->screen = newterm(NULL, stdout, in);
    if (!u->screen) {
        fprintf(stderr, "dateline: cannot use this terminal (TERM=%s)\n",
                getenv("TERM") ? getenv("TERM") : "");
        return false;
    }
    set_term(u->screen);
    xalloc_set_fatal_hook(restore_terminal);
    cbreak();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    keypad(stdscr, TRUE);
    set_escdelay(25);
    timeout(KEY_WAIT_MS);
    curs_set(0);
    if (u->color && has_colors()) {
        start_color();
        use_default_colors();
    } else {
        u->color = false;
    }
    if (u->mouse)
        mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED
#ifdef BUTTON5_PRESSED
                      | BUTTON4_PRESSED | BUTTON5_PRESSED
#endif
                  ,
                  NULL);
    view_text_set_theme(u->th, u->color);
    return true;
}

static void restore_position(ui *u)
{
    state_position pos;
    char *note = NULL;
    state_result r = state_load(NULL, doc_hash(u->d), &pos, &note);
    if (r == STATE_FOUND && state_fits(u->d, &pos) &&
        (pos.block > 0 || pos.offset > 0)) {
        /* (the top is left as it is: above block 0 may be the byline) */
        viewstate_set_anchor(u->vs, pos.block, pos.offset);
        /* Say so, once: a reader who forgot would think the article
         * starts there. */
        if (!u->vs->message)
            viewstate_message(u->vs, "resumed at %u%% \xe2\x80\x94 g for top",
                              viewstate_percent(u->vs));
    } else if (r == STATE_DAMAGED && !u->vs->message) {
        viewstate_message(u->vs, "%s",
                          note ? note : "saved position damaged: ignored");
    }
    free(note);
}

static void save_position(const doc *d, viewstate *vs);

/* Ctrl-Z as in less: the terminal restored, the process stopped; on SIGCONT
 * the screen is drawn anew (the window may have changed meanwhile). */
static void suspend(ui *u)
{
    save_position(u->d, u->vs);
    endwin();
    fflush(stdout);
    struct sigaction sa, mine;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &sa, &mine);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &mine, NULL);
    refresh();
    clearok(curscr, TRUE);
}

static void save_position(const doc *d, viewstate *vs)
{
    if (!vs || doc_block_count(d) == 0)
        return;
    state_position pos;
    viewstate_get_anchor(vs, &pos.block, &pos.offset);
    char *err = NULL;
    if (state_save(NULL, doc_hash(d), &pos, &err) != 0)
        free(err); /* a reader that cannot remember still quits cleanly */
}

/* ---- several articles ------------------------------------------------- */

/* Shows article i: its reader state is made (and its saved position
 * restored) the first time; after that it is where the reader left it. */
static void show_article(ui *u, size_t i)
{
    article_slot *a = &u->arts[i];
    bool fresh = a->vs == NULL;
    if (fresh) {
        a->vs = viewstate_new(a->d);
        a->people = view_status_people(a->d);
    }
    u->cur = i;
    u->d = a->d;
    u->vs = a->vs;
    u->people = a->people;
    if (fresh && a->cp1252 && !a->vs->message)
        viewstate_message(a->vs, "not UTF-8: read as Windows-1252");
}

/* :n / :p (a count steps further): the position of the article left is
 * saved at once, so a crash later loses nothing. */
static void step_article(ui *u, int dir, unsigned long count)
{
    if (u->n_arts < 2) {
        viewstate_message(u->vs, "only one article is open");
        return;
    }
    size_t steps = count > 1 ? (size_t)(count % u->n_arts) : 1;
    size_t to = dir > 0 ? (u->cur + steps) % u->n_arts
                        : (u->cur + u->n_arts - steps) % u->n_arts;
    bool wrapped = dir > 0 ? to <= u->cur : to >= u->cur;
    save_position(u->d, u->vs);
    bool fresh = u->arts[to].vs == NULL;
    show_article(u, to);
    divide(u);
    if (fresh)
        restore_position(u);
    const char *name = u->arts[to].path;
    if (!u->vs->message)
        viewstate_message(
            u->vs, "%s%s", name ? name : "",
            wrapped ? (dir > 0 ? " (back to the first)" : " (the last)") : "");
}

/* ---- the loop --------------------------------------------------------- */

/* Reads one key (KEYMAP_NONE for none), or sets *special to a curses code
 * the loop handles itself (resize, mouse). */
static int read_key(ui *u, int *special)
{
    *special = 0;
    if (u->pushed_key != KEYMAP_NONE) {
        int k = u->pushed_key;
        u->pushed_key = KEYMAP_NONE;
        return k;
    }
    wint_t ch;
    int r = get_wch(&ch);
    if (r == ERR)
        return KEYMAP_NONE;
    if (r == KEY_CODE_YES && (ch == KEY_RESIZE || ch == KEY_MOUSE)) {
        *special = (int)ch;
        return KEYMAP_NONE;
    }
    if (r == OK && ch == 27)
        return read_escape();
    return translate_key(r, ch);
}

/* Runs the command a key (after its prefix and count) is bound to; returns
 * what the loop must do, and the command's id in *id (-1: none). */
static unsigned dispatch(ui *u, int key, int *id)
{
    viewstate *vs = u->vs;
    *id = -1;
    unsigned long count = u->count;
    int prefix = u->prefix;
    u->count = 0;
    u->prefix = 0;
    char name[16];
    if (prefix) {
        int seq = keymap_key_seq(prefix, key);
        int sid = seq == KEYMAP_NONE ? -1 : keymap_lookup(u->km, seq);
        if (sid >= 0) {
            *id = sid;
            return command_run_count((size_t)sid, vs, count);
        }
        int pid = keymap_lookup(u->km, prefix);
        if (pid >= 0 && command_wants_key((size_t)pid) && key != KEYMAP_NONE) {
            *id = pid;
            vs->key_arg = key;
            unsigned what = command_run_count((size_t)pid, vs, count);
            vs->key_arg = 0;
            /* ' + a key that is no mark went back: the key counts too */
            if (!jumplist_is_mark(key) && command_find("goto-mark") == pid)
                u->pushed_key = key;
            return what;
        }
        char second[16];
        viewstate_message(vs, "%s%s is not bound (? for help)",
                          keymap_key_name(prefix, name),
                          keymap_key_name(key, second));
        return COMMAND_REDRAW;
    }
    int cid = key == KEYMAP_NONE ? -1 : keymap_lookup(u->km, key);
    if (cid < 0) {
        if (vs->overlay == VIEWSTATE_OVERLAY_HELP) {
            vs->overlay = VIEWSTATE_OVERLAY_NONE;
        } else if (count && (key == '%' || key == 'p')) {
            /* N% and Np, as in less */
            viewstate_goto_percent(vs, count > 100 ? 100 : (unsigned)count);
        } else if (key != KEYMAP_NONE) {
            viewstate_message(vs, "%s is not bound (? for help)",
                              keymap_key_name(key, name));
        }
        return COMMAND_REDRAW;
    }
    *id = cid;
    return command_run_count((size_t)cid, vs, count);
}

/* Digits before a command are its count, and a prefix key waits for the
 * next key; returns true when the key was taken that way. */
static bool gather(ui *u, int key)
{
    viewstate *vs = u->vs;
    if (u->prefix || vs->overlay == VIEWSTATE_OVERLAY_HELP)
        return false;
    if (key >= '0' && key <= '9' && (key != '0' || u->count) &&
        keymap_lookup(u->km, key) < 0) {
        if (u->count < 1000000)
            u->count = u->count * 10 + (unsigned long)(key - '0');
        return true;
    }
    int id = key == KEYMAP_NONE ? -1 : keymap_lookup(u->km, key);
    if (keymap_is_prefix(u->km, key) ||
        (id >= 0 && command_wants_key((size_t)id))) {
        u->prefix = key;
        return true;
    }
    return false;
}

/* What the status line shows while a count or prefix is typed. */
static void note_pending(ui *u)
{
    char name[16] = "";
    if (u->prefix)
        keymap_key_name(u->prefix, name);
    if (u->count)
        viewstate_message(u->vs, "%lu%s", u->count, name);
    else if (u->prefix)
        viewstate_message(u->vs, "%s", name);
}

int ui_run(const doc *d, const ui_options *opts)
{
    ui_article a = {d, opts->path, opts->decoded_from_cp1252};
    return ui_run_many(&a, 1, opts);
}

int ui_run_many(const ui_article *articles, size_t n, const ui_options *opts)
{
    ui u = {0};
    u.pushed_key = KEYMAP_NONE;
    u.arts = xcalloc(n ? n : 1, sizeof *u.arts);
    u.n_arts = n;
    for (size_t i = 0; i < n; i++)
        u.arts[i] = (article_slot){.d = articles[i].d,
                                   .path = articles[i].path,
                                   .cp1252 = articles[i].decoded_from_cp1252};
    show_article(&u, 0);
    int status = 0;
    quit_signal = suspend_asked = 0;
    catch_signals();
    if (!load_settings(&u, opts)) {
        status = 1;
        goto done;
    }
    u.hyperlinks = view_body_hyperlinks_supported();
    if (opts->unreadable && !u.vs->message)
        viewstate_message(u.vs,
                          "%zu article%s could not be read (the reasons "
                          "follow on quitting)",
                          opts->unreadable, opts->unreadable == 1 ? "" : "s");
    if (!start_terminal(&u, opts)) {
        status = 1;
        goto done;
    }
    divide(&u);
    restore_position(&u);
    draw(&u);

    for (;;) {
        if (quit_signal == SIGINT && u.prompting) {
            /* Ctrl-C abandons the search prompt, as in less */
            quit_signal = 0;
            close_prompt(&u);
            draw(&u);
        }
        if (quit_signal) {
            status = 128 + quit_signal;
            break;
        }
        if (suspend_asked) {
            suspend_asked = 0;
            suspend(&u);
            divide(&u);
            draw(&u);
        }
        int special;
        int key = read_key(&u, &special);
        if (key == KEYMAP_NONE && !special)
            continue;
        free(u.vs->message);
        u.vs->message = NULL;
        if (special == KEY_RESIZE) {
            divide(&u);
            draw(&u);
            continue;
        }
        if (special == KEY_MOUSE) {
            if (u.mouse)
                mouse_event(&u);
            viewstate_trim_cache(u.vs);
            draw(&u);
            continue;
        }
        if (u.too_small) {
            if (key == 'q' || key == 3)
                break;
            continue;
        }
        if (u.prompting) {
            prompt_key(&u, key);
            viewstate_trim_cache(u.vs);
            draw(&u);
            continue;
        }
        if (key == KEYMAP_KEY_ESC && (u.count || u.prefix)) {
            /* Esc drops a count or a prefix typed by mistake */
            u.count = 0;
            u.prefix = 0;
            draw(&u);
            continue;
        }
        if (gather(&u, key)) {
            note_pending(&u);
            draw(&u);
            continue;
        }
        int id;
        unsigned long count = u.count;
        unsigned what = dispatch(&u, key, &id);
        if (what & COMMAND_QUIT)
            break;
        if (what & COMMAND_NEXT_ARTICLE)
            step_article(&u, 1, count);
        if (what & COMMAND_PREV_ARTICLE)
            step_article(&u, -1, count);
        if (what & COMMAND_PROMPT)
            open_prompt(&u);
        if (what & COMMAND_THEME)
            next_theme(&u);
        if (what & COMMAND_REPAINT)
            clearok(curscr, TRUE);
        if (what & COMMAND_RELAYOUT) {
            divide(&u);
            /* a pane asked for that the window cannot hold says why */
            if (id == command_find("toggle-sidebar") && u.vs->sidebar_on &&
                !u.sidebar_shown)
                viewstate_message(u.vs, u.vs->n_items
                                            ? "the window is too narrow for "
                                              "the sidebar"
                                            : "no names to list");
            if (id == command_find("toggle-captions") && u.vs->captions_on &&
                !u.captions_shown)
                viewstate_message(u.vs, doc_caption_count(u.d)
                                            ? "the window is too short for "
                                              "the captions"
                                            : "no captions in this article");
        }
        draw(&u);
        if (what & COMMAND_CLIPBOARD)
            send_clipboard(&u);
        viewstate_trim_cache(u.vs);
    }
    for (size_t i = 0; i < u.n_arts; i++)
        save_position(u.arts[i].d, u.arts[i].vs);
done:
    if (u.screen) {
        endwin();
        delscreen(u.screen);
    }
    xalloc_set_fatal_hook(NULL);
    release_signals();
    if (u.tty_in)
        fclose(u.tty_in);
    state_history_free(u.history);
    theme_list_free(u.theme_names);
    theme_free(u.th);
    keymap_free(u.km);
    config_free(u.cfg);
    for (size_t i = 0; i < u.n_arts; i++)
        viewstate_free(u.arts[i].vs);
    free(u.arts);
    return status;
}
