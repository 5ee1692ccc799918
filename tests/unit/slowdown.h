/* Time budgets of the unit tests, stretched like the shell tests' by
 * DATELINE_TEST_SLOWDOWN (a sanitised or loaded build runs several times
 * slower; .ci/run sets it): budget(10.0) is ten seconds times that factor. */
#ifndef DATELINE_TEST_SLOWDOWN_H
#define DATELINE_TEST_SLOWDOWN_H

#include <stdlib.h>

static inline double slowdown_budget(double seconds)
{
    const char *s = getenv("DATELINE_TEST_SLOWDOWN");
    double factor = s ? strtod(s, NULL) : 1.0;
    return factor >= 1.0 ? seconds * factor : seconds;
}

#endif
