#define _XOPEN_SOURCE_EXTENDED 1
#include "view-overlay.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "names.h"
#include "view-text.h"
#include "xalloc.h"

/* Draws an empty framed box with a title; returns false when it cannot. */
static bool frame(int y, int x, int h, int w, const char *title)
{
    if (h < 3 || w < 6)
        return false;
    for (int r = 0; r < h; r++)
        view_text_fill(y + r, x, w, STYLE_NORMAL);
    view_text_box_line(y, x + 1, w - 2, VIEW_TEXT_BOX_H, STYLE_BORDER);
    view_text_box_line(y + h - 1, x + 1, w - 2, VIEW_TEXT_BOX_H, STYLE_BORDER);
    view_text_box_line(y + 1, x, h - 2, VIEW_TEXT_BOX_V, STYLE_BORDER);
    view_text_box_line(y + 1, x + w - 1, h - 2, VIEW_TEXT_BOX_V, STYLE_BORDER);
    view_text_box_line(y, x, 1, VIEW_TEXT_BOX_UL, STYLE_BORDER);
    view_text_box_line(y, x + w - 1, 1, VIEW_TEXT_BOX_UR, STYLE_BORDER);
    view_text_box_line(y + h - 1, x, 1, VIEW_TEXT_BOX_LL, STYLE_BORDER);
    view_text_box_line(y + h - 1, x + w - 1, 1, VIEW_TEXT_BOX_LR, STYLE_BORDER);
    move(y, x + 2);
    view_text_put(title, strlen(title), w - 4, STYLE_HEADING, false);
    return true;
}

void view_overlay_help(const keymap *km, int rows, int cols, size_t *top,
                       size_t *max_top)
{
    *max_top = 0;
    /* the commands, then the notes that stand for no command (counts,
     * N%, Ctrl-Z) */
    size_t n_cmd = command_count(), n = n_cmd;
    const command_note *extra[16];
    size_t n_extra = 0;
    for (size_t i = 0; i < command_note_count() && n_extra < 16; i++)
        if (command_find(command_note_get(i)->name) < 0)
            extra[n_extra++] = command_note_get(i);
    n += n_extra;
    int w = cols - 2 < 100 ? cols - 2 : 100;
    int h = rows - 2;
    int avail = h - 2;
    if (w < 10 || avail < 1)
        return;
    int ncol = (int)((n + (size_t)avail - 1) / (size_t)avail);
    while (ncol > 1 && w / ncol < 26)
        ncol--;
    int per_col = (int)((n + (size_t)ncol - 1) / (size_t)ncol);
    if (per_col < avail)
        h = per_col + 2;
    int y = (rows - h) / 2, x = (cols - w) / 2;
    /* A window too short for every line scrolls it, and says so on the
     * last row. */
    bool scrolls = per_col > avail;
    if (!frame(y, x, h, w,
               scrolls ? "Keys (j k scroll, q closes)"
                       : "Keys (any key closes)"))
        return;
    int colw = (w - 2) / ncol;
    int keyw = colw >= 40 ? 18 : colw / 2;
    int shown = scrolls ? (avail > 1 ? avail - 1 : 1) : per_col;
    *max_top = (size_t)(per_col - shown);
    if (*top > *max_top)
        *top = *max_top;
    int first = (int)*top;
    if (scrolls) {
        char note[80];
        int below = per_col - first - shown;
        snprintf(note, sizeof note, "(rows %d-%d of %d%s)", first + 1,
                 first + shown, per_col, below > 0 ? ": j for more" : "");
        move(y + h - 2, x + 2);
        view_text_put(note, strlen(note), w - 4, STYLE_BORDER, false);
    }
    for (size_t i = 0; i < n; i++) {
        int c = (int)i / per_col, r = (int)i % per_col - first;
        if (r < 0 || r >= shown)
            continue;
        const char *cmd_name, *cmd_help;
        char names[64] = "";
        if (i < n_cmd) {
            const command_def *cmd = command_get(i);
            cmd_name = cmd->name, cmd_help = cmd->help;
            int keys[8];
            size_t nk = keymap_keys_of(km, (int)i, keys, 8);
            size_t used = 0;
            for (size_t k = 0; k < nk && k < 8; k++) {
                char name[16];
                keymap_key_name(keys[k], name);
                int len = snprintf(names + used, sizeof names - used, "%s%s",
                                   k ? " " : "", name);
                if (len < 0 || used + (size_t)len >= sizeof names)
                    break;
                used += (size_t)len;
            }
            /* a command no key runs by itself (jump-newer: C-i is Tab)
             * shows the key its note gives */
            const command_note *note = command_note_of(cmd->name);
            if (nk == 0 && note)
                snprintf(names, sizeof names, "%s", note->keys);
        } else {
            const command_note *note = extra[i - n_cmd];
            cmd_name = note->name, cmd_help = note->help;
            snprintf(names, sizeof names, "%s", note->keys);
        }
        int cx = x + 1 + c * colw;
        move(y + 1 + r, cx + 1);
        view_text_put(names, strlen(names), keyw - 1, STYLE_HEADING, false);
        move(y + 1 + r, cx + keyw + 1);
        /* The command's name always (it is what [keys] uses), its help
         * when there is room. */
        char *text = colw - keyw >= 36
                         ? xasprintf("%-16s%s", cmd_name, cmd_help)
                         : xstrdup(cmd_name);
        view_text_put(text, strlen(text), colw - keyw - 2, STYLE_NORMAL, false);
        free(text);
    }
}

void view_overlay_quotes(viewstate *vs, int rows, int cols)
{
    size_t n = vs->n_speech;
    int w = cols - 2, h = rows - 2;
    int y = 1, x = 1;
    int avail = h - 2;
    if (n == 0 || avail < 1 || w < 10)
        return;
    char title[96];
    snprintf(title, sizeof title, "%zu quotations (Enter jumps, Esc closes)",
             n);
    if (!frame(y, x, h, w, title))
        return;
    if (vs->overview_sel >= n)
        vs->overview_sel = n - 1;
    if (vs->overview_sel < vs->overview_top)
        vs->overview_top = vs->overview_sel;
    if (vs->overview_sel >= vs->overview_top + (size_t)avail)
        vs->overview_top = vs->overview_sel - (size_t)avail + 1;
    /* no empty rows below the last quotation while earlier ones would fit */
    if (vs->overview_top + (size_t)avail > n)
        vs->overview_top = n > (size_t)avail ? n - (size_t)avail : 0;
    int inner = w - 4;
    for (int r = 0; r < avail; r++) {
        size_t i = vs->overview_top + (size_t)r;
        if (i >= n)
            break;
        const doc_quote *q = doc_quote_get(vs->d, vs->speech[i]);
        const doc_entity *e =
            q->speaker != DOC_NONE ? doc_entity_get(vs->d, q->speaker) : NULL;
        style_id style = i == vs->overview_sel ? STYLE_CURSOR : STYLE_NORMAL;
        if (style == STYLE_CURSOR)
            view_text_fill(y + 1 + r, x + 1, w - 2, style);
        char lead[200];
        char who[160];
        const char *name = e && e->name ? e->name : "unattributed";
        names_fit(name, (size_t)(w > 80 ? 32 : 22), who, sizeof who);
        snprintf(lead, sizeof lead, "%4zu  %s: ", i + 1, who);
        move(y + 1 + r, x + 2);
        int used =
            view_text_put(lead, strlen(lead), inner,
                          style == STYLE_CURSOR ? style : STYLE_SPEAKER, false);
        const doc_block *b = doc_block_get(vs->d, q->block);
        size_t end = q->end <= b->len ? q->end : b->len;
        size_t start = q->start <= end ? q->start : end;
        used += view_text_put("\xe2\x80\x9c", 3, inner - used, style, false);
        size_t len = end - start;
        size_t w_text = view_text_width(b->text + start, len);
        int room = inner - used - 1;
        if (room <= 0)
            continue;
        if (w_text > (size_t)room) {
            size_t f = view_text_fit(b->text + start, len, (size_t)room - 1);
            used += view_text_put(b->text + start, f, room - 1, style, false);
            used += view_text_put("\xe2\x80\xa6", 3, 1, style, false);
        } else {
            used += view_text_put(b->text + start, len, room, style, false);
            view_text_put("\xe2\x80\x9d", 3, 1, style, false);
        }
    }
}

void view_overlay_links(viewstate *vs, int rows, int cols)
{
    size_t n = doc_link_count(vs->d);
    int w = cols - 2, h = rows - 2;
    int y = 1, x = 1;
    int avail = h - 2;
    if (n == 0 || avail < 1 || w < 10)
        return;
    char title[96];
    snprintf(title, sizeof title,
             "%zu links (Enter copies the URL, Esc closes)", n);
    if (!frame(y, x, h, w, title))
        return;
    if (vs->links_sel >= n)
        vs->links_sel = n - 1;
    if (vs->links_sel < vs->links_top)
        vs->links_top = vs->links_sel;
    if (vs->links_sel >= vs->links_top + (size_t)avail)
        vs->links_top = vs->links_sel - (size_t)avail + 1;
    int inner = w - 4;
    for (int r = 0; r < avail; r++) {
        size_t i = vs->links_top + (size_t)r;
        if (i >= n)
            break;
        const doc_link *l = doc_link_get(vs->d, i);
        const doc_block *b = doc_block_get(vs->d, l->block);
        size_t end = l->end <= b->len ? l->end : b->len;
        size_t start = l->start <= end ? l->start : end;
        style_id style = i == vs->links_sel ? STYLE_CURSOR : STYLE_NORMAL;
        if (style == STYLE_CURSOR)
            view_text_fill(y + 1 + r, x + 1, w - 2, style);
        char num[24];
        snprintf(num, sizeof num, "%4zu  ", i + 1);
        move(y + 1 + r, x + 2);
        int used = view_text_put(num, strlen(num), inner, style, false);
        /* the text, at most half the row, then the URL; both drawn with
         * their control characters visible */
        int text_room = (inner - used) / 2;
        size_t tlen = end - start;
        if (tlen > 0 && text_room > 4) {
            size_t tw = view_text_width(b->text + start, tlen);
            if (tw > (size_t)text_room - 2) {
                size_t f =
                    view_text_fit(b->text + start, tlen, (size_t)text_room - 3);
                used += view_text_put(
                    b->text + start, f, text_room - 3,
                    style == STYLE_CURSOR ? style : STYLE_LINK, false);
                used += view_text_put("\xe2\x80\xa6", 3, 1, style, false);
            } else {
                used += view_text_put(
                    b->text + start, tlen, text_room - 2,
                    style == STYLE_CURSOR ? style : STYLE_LINK, false);
            }
            used += view_text_put("  ", 2, 2, style, false);
        }
        const char *url = l->url ? l->url : "";
        size_t ulen = strlen(url);
        int room = inner - used;
        if (room <= 1)
            continue;
        if (view_text_width(url, ulen) > (size_t)room) {
            size_t f = view_text_fit(url, ulen, (size_t)room - 1);
            view_text_put(url, f, room - 1, style, false);
            view_text_put("\xe2\x80\xa6", 3, 1, style, false);
        } else {
            view_text_put(url, ulen, room, style, false);
        }
    }
}
