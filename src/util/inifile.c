#include "inifile.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static char first_error[256];

static int catch_error(const char *fmt, ...)
{
    if (first_error[0])
        return 0;
    va_list ap;
    va_start(ap, fmt);
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* "iniparser: syntax error in FILE (N):\n-> LINE\n" becomes
     * "line N: syntax error: LINE". */
    const char *num = strrchr(msg, '(');
    const char *text = strstr(msg, "-> ");
    if (strstr(msg, "syntax error") && num && text)
        snprintf(first_error, sizeof first_error, "line %d: syntax error: %.*s",
                 atoi(num + 1), (int)strcspn(text + 3, "\n"), text + 3);
    else
        snprintf(first_error, sizeof first_error, "%.*s",
                 (int)strcspn(msg, "\n"), msg);
    return 0;
}

dictionary *inifile_load(const char *path, char **err)
{
    first_error[0] = '\0';
    iniparser_set_error_callback(catch_error);
    dictionary *ini = iniparser_load(path);
    iniparser_set_error_callback(NULL);
    if (!ini)
        *err = xstrdup(first_error[0] ? first_error : "cannot be parsed");
    return ini;
}
