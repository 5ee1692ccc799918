/* names — a person's or organisation's name made to fit a narrow column,
 * cut from the front so the surname stays: given names become initials one
 * at a time ("A. M. Velarde Ostrov"), and what still does not fit loses its
 * beginning ("…Brandt-Ostrova"). Widths as layout counts them (libunistring).
 * No curses. */
#ifndef DATELINE_NAMES_H
#define DATELINE_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* Writes name, fitted into max columns, into out (cap bytes, NUL-ended);
 * returns whether it had to be shortened. */
bool names_fit(const char *name, size_t max, char *out, size_t cap);

#endif
