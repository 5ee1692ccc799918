/* A private temporary folder per test binary, as a cmocka group fixture:
 * make_tmpdir creates it under /tmp, remove_tmpdir deletes it with all
 * it holds; tests write their files below `tmpdir`. */
#ifndef DATELINE_TEST_TMPDIR_H
#define DATELINE_TEST_TMPDIR_H

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static char tmpdir[64];

static int make_tmpdir(void **state)
{
    (void)state;
    strcpy(tmpdir, "/tmp/dateline-test-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_tmpdir(void **state)
{
    (void)state;
    char *cmd = xasprintf("rm -rf '%s'", tmpdir);
    int rc = system(cmd);
    free(cmd);
    return rc == 0 ? 0 : -1;
}

#endif
