#include "style.h"

#include <string.h>

static const char *const style_names[STYLE_COUNT] = {
#define STYLE_NAME(id, name) name,
    STYLE_LIST(STYLE_NAME)
#undef STYLE_NAME
};

int style_from_name(const char *name)
{
    for (int i = 0; i < STYLE_COUNT; i++)
        if (strcmp(style_names[i], name) == 0)
            return i;
    return -1;
}
