/* when — a date and time as news copy and feeds write them, to ISO 8601.
 *
 * Reads "March 3, 2026 2:05 PM EST", "3 March 2026", "Mar. 3, 2026",
 * "2026-03-03T14:05:00Z", "Tue, 03 Mar 2026 14:05:00 +0000" (RFC 822, as
 * feeds and newsboat write it) and the like, with an optional weekday,
 * "at"/"on", commas and a leading "Published"/"Updated" already removed by
 * the caller. Writes "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS" or
 * "YYYY-MM-DDTHH:MM:SS+HH:MM" (the zone when the text names one: Z, UTC,
 * GMT, a numeric offset, or a North American or central European
 * abbreviation; "ET" and other ambiguous ones are left out) into out and
 * returns true; returns false, out empty, when no whole date is there or
 * anything but date, time and zone words is. Pure; never prints. */
#ifndef DATELINE_WHEN_H
#define DATELINE_WHEN_H

#include <stdbool.h>
#include <stddef.h>

enum { WHEN_ISO_MAX = 32 };

bool when_iso(const char *text, size_t len, char out[WHEN_ISO_MAX]);

#endif
