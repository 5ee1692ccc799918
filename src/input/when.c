/* One left-to-right pass over words and numbers: each is a weekday, a
 * month, a day, a year, a clock time, a meridiem or a zone, or the text is
 * not a date stamp at all. */
#include "when.h"

#include <stdio.h>
#include <string.h>

#include "utf8.h"

struct stamp {
    int year, month, day, hour, min, sec;
    int zone; /* minutes east of UTC */
    bool has_time, has_zone;
};

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Reads exactly n digits at s. */
static bool digits(const char *s, size_t len, size_t n, int *v)
{
    if (len < n)
        return false;
    int x = 0;
    for (size_t i = 0; i < n; i++) {
        if (!digit(s[i]))
            return false;
        x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return true;
}

static const char *const months[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december",
};

static const char *const weekdays[] = {
    "monday", "tuesday",  "wednesday", "thursday",
    "friday", "saturday", "sunday",
};

/* The word is the full name or its first three letters or more ("Mar",
 * "Sept", "Tues"). */
static bool name_matches(const char *w, size_t n, const char *full)
{
    size_t m = strlen(full);
    if (n < 3 || n > m)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((w[i] | 0x20) != full[i])
            return false;
    return true;
}

static const struct {
    const char *name;
    int minutes;
} zones[] = {
    {"z", 0},      {"utc", 0},     {"gmt", 0},     {"est", -300}, {"edt", -240},
    {"cst", -360}, {"cdt", -300},  {"mst", -420},  {"mdt", -360}, {"pst", -480},
    {"pdt", -420}, {"akst", -540}, {"akdt", -480}, {"hst", -600}, {"bst", 60},
    {"cet", 60},   {"cest", 120},  {"eet", 120},   {"eest", 180}, {"wet", 0},
    {"west", 60},  {"ist", 330},   {"jst", 540},   {"kst", 540},  {"aest", 600},
    {"aedt", 660}, {"nzst", 720},  {"nzdt", 780},
};

/* Zone words that name no single offset: accepted, not written. */
static const char *const vague_zones[] = {"et", "ct", "mt", "pt"};

static bool word(struct stamp *st, const char *w, size_t n)
{
    /* "Mar." and "a.m.": drop the full stops for the look-up. */
    char buf[16];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '.')
            continue;
        if (k + 1 >= sizeof buf)
            return false;
        buf[k++] = w[i];
    }
    buf[k] = '\0';
    if (k == 0)
        return true;
    for (int m = 0; m < 12; m++)
        if (name_matches(buf, k, months[m])) {
            if (st->month)
                return false;
            st->month = m + 1;
            return true;
        }
    for (size_t d = 0; d < sizeof weekdays / sizeof *weekdays; d++)
        if (name_matches(buf, k, weekdays[d]))
            return true;
    if (utf8_ascii_eq_ci(buf, k, "at") || utf8_ascii_eq_ci(buf, k, "on") ||
        utf8_ascii_eq_ci(buf, k, "the") || utf8_ascii_eq_ci(buf, k, "of"))
        return true;
    if (utf8_ascii_eq_ci(buf, k, "am") || utf8_ascii_eq_ci(buf, k, "pm")) {
        if (!st->has_time || st->hour < 1 || st->hour > 12)
            return false;
        bool pm = (buf[0] | 0x20) == 'p';
        if (st->hour == 12)
            st->hour = pm ? 12 : 0;
        else if (pm)
            st->hour += 12;
        return true;
    }
    for (size_t z = 0; z < sizeof zones / sizeof *zones; z++)
        if (utf8_ascii_eq_ci(buf, k, zones[z].name)) {
            st->zone = zones[z].minutes;
            st->has_zone = true;
            return true;
        }
    for (size_t z = 0; z < sizeof vague_zones / sizeof *vague_zones; z++)
        if (utf8_ascii_eq_ci(buf, k, vague_zones[z]))
            return true;
    return false;
}

/* "14:05", "2:05:09", "14:05:09.123": returns the length read, 0 if none. */
static size_t clock_at(struct stamp *st, const char *s, size_t n)
{
    size_t i = 0;
    int h = 0, m, sec = 0;
    while (i < n && i < 2 && digit(s[i]))
        h = h * 10 + (s[i++] - '0');
    if (i == 0 || i >= n || s[i] != ':' || !digits(s + i + 1, n - i - 1, 2, &m))
        return 0;
    i += 3;
    if (i < n && s[i] == ':' && digits(s + i + 1, n - i - 1, 2, &sec))
        i += 3;
    if (i + 1 < n && s[i] == '.' && digit(s[i + 1])) {
        i++; /* fractions of a second are dropped */
        while (i < n && digit(s[i]))
            i++;
    }
    if (h > 23 || m > 59 || sec > 60 || st->has_time)
        return 0;
    st->hour = h;
    st->min = m;
    st->sec = sec;
    st->has_time = true;
    return i;
}

/* "+0000", "-05:00", "+01": returns the length read, 0 if none. */
static size_t offset_at(struct stamp *st, const char *s, size_t n)
{
    if (n < 3 || (s[0] != '+' && s[0] != '-') || !st->has_time)
        return 0;
    int h, m = 0;
    size_t i;
    if (!digits(s + 1, n - 1, 2, &h))
        return 0;
    i = 3;
    if (i < n && s[i] == ':' && digits(s + i + 1, n - i - 1, 2, &m))
        i += 3;
    else if (digits(s + i, n - i, 2, &m))
        i += 2;
    if (i < n && digit(s[i]))
        return 0;
    if (h > 14 || m > 59)
        return 0;
    st->zone = (s[0] == '-' ? -1 : 1) * (h * 60 + m);
    st->has_zone = true;
    return i;
}

/* "2026-03-03" with an optional "T14:05:00". */
static size_t iso_at(struct stamp *st, const char *s, size_t n)
{
    int y, mo, d;
    if (!digits(s, n, 4, &y) || n < 10 || s[4] != '-' ||
        !digits(s + 5, n - 5, 2, &mo) || s[7] != '-' ||
        !digits(s + 8, n - 8, 2, &d) || (n > 10 && digit(s[10])))
        return 0;
    if (st->year || st->month || st->day)
        return 0;
    st->year = y;
    st->month = mo;
    st->day = d;
    size_t i = 10;
    if (i < n && (s[i] == 'T' || s[i] == 't')) {
        size_t c = clock_at(st, s + i + 1, n - i - 1);
        if (!c)
            return 0;
        i += 1 + c;
        if (i < n && (s[i] == 'Z' || s[i] == 'z') &&
            (i + 1 == n || s[i + 1] == ' ')) {
            st->has_zone = true;
            st->zone = 0;
            i++;
        }
    }
    return i;
}

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static bool valid(const struct stamp *st)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (st->year < 1000 || st->year > 9999 || st->month < 1 || st->month > 12 ||
        st->day < 1 || st->day > mdays[st->month - 1])
        return false;
    return !(st->month == 2 && st->day == 29 && !leap(st->year));
}

bool when_iso(const char *s, size_t n, char out[WHEN_ISO_MAX])
{
    struct stamp st = {0};
    out[0] = '\0';
    size_t i = 0, items = 0;
    while (i < n) {
        char c = s[i];
        if (c == ' ' || c == ',' || c == '\t' || c == '|' || c == '(' ||
            c == ')') {
            i++;
            continue;
        }
        if (++items > 16)
            return false;
        size_t k;
        if ((k = iso_at(&st, s + i, n - i)) ||
            (k = clock_at(&st, s + i, n - i)) ||
            (k = offset_at(&st, s + i, n - i))) {
            i += k;
            continue;
        }
        size_t j = i;
        if (digit(c)) {
            int v = 0;
            while (j < n && digit(s[j]) && j - i < 5)
                v = v * 10 + (s[j++] - '0');
            size_t len = j - i;
            /* "3rd", "21st": an ordinal day. */
            if (j + 1 < n && len <= 2 &&
                (utf8_ascii_eq_ci(s + j, 2, "st") ||
                 utf8_ascii_eq_ci(s + j, 2, "nd") ||
                 utf8_ascii_eq_ci(s + j, 2, "rd") ||
                 utf8_ascii_eq_ci(s + j, 2, "th")))
                j += 2;
            if (j < n && s[j] == '.' && len <= 2)
                j++; /* "3. März" */
            if (j < n && s[j] != ' ' && s[j] != ',' && s[j] != ')')
                return false;
            if (len == 4 && !st.year)
                st.year = v;
            else if (len <= 2 && !st.day && v >= 1 && v <= 31)
                st.day = v;
            else
                return false;
            i = j;
            continue;
        }
        while (j < n &&
               (((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') || s[j] == '.'))
            j++;
        if (j == i || !word(&st, s + i, j - i))
            return false;
        i = j;
    }
    if (!valid(&st))
        return false;
    /* The modulos bound the widths for the compiler; valid() and the
     * readers already keep every field in range. */
    int y = st.year % 10000, mo = st.month % 100, d = st.day % 100;
    int h = st.hour % 100, mi = st.min % 100, se = st.sec % 100;
    int z = (st.zone < 0 ? -st.zone : st.zone) % 1000;
    if (!st.has_time)
        snprintf(out, WHEN_ISO_MAX, "%04d-%02d-%02d", y, mo, d);
    else if (!st.has_zone)
        snprintf(out, WHEN_ISO_MAX, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d,
                 h, mi, se);
    else
        snprintf(out, WHEN_ISO_MAX, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
                 y, mo, d, h, mi, se, st.zone < 0 ? '-' : '+', z / 60, z % 60);
    return true;
}
