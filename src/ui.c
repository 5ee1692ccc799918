/* STUB — owned by the reader helper; replace. */
#include "ui.h"
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
int ui_run(const doc *d, const ui_options *opts) { (void)d; (void)opts; fprintf(stderr, "dateline: reader not built yet\n"); return 1; }
unsigned ui_terminal_width(unsigned fallback)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return fallback;
}
