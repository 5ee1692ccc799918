#include "xdg.h"

#include <stdlib.h>

#include "xalloc.h"

char *xdg_dir(const char *variable, const char *home_default)
{
    const char *base = getenv(variable);
    const char *home = getenv("HOME");
    if (base && base[0] == '/')
        return xasprintf("%s/dateline", base);
    if (home && home[0])
        return xasprintf("%s/%s/dateline", home, home_default);
    return NULL;
}
