#!/usr/bin/env python3
"""Compiles the lexicon's data files into a C table: tools/lexgen.py
   -H include/analysis/lexicon.h -H include/analysis/cue.h -o OUT FILE...

A data file holds one entry a line, in byte order of its keys within each
section:
    # a comment
    %class title role          classes of the entries below (a new section)
    vice president             a key: lower case, accents dropped, one space
    spokeswoman : female       after " : ", a gender (female, male, unisex),
    actor : cue_male           more classes, and last "= text", the
    u.s. : = united states     canonical (group or display) form.
Class names are the enum names of the headers: LEX_ORG_HEAD is "org_head",
CUE_ROLE is "cue_role". A key may appear in several files with different
classes; its classes are joined. The build fails (exit 1, every problem
named as FILE:LINE: reason) on an unsorted section, a key given the same
class twice, an unknown class or attribute, a key given two genders or two
canonical forms, a malformed key, and a table past its capacity. Nothing is
dropped silently.

The output is a C fragment for src/analysis/lexicon.c: the keys in byte
order with their classes (and the first words of keys of several words,
marked so), and an open-addressing hash table (hash.h, linear
probing) sized here to at most half full."""
import os, re, sys

MAX_SLOTS = 1 << 16  # slot indices are 16-bit, 0 marks an empty slot
GENDERS = {"female": "DOC_GENDER_FEMALE", "male": "DOC_GENDER_MALE",
           "unisex": "DOC_GENDER_UNKNOWN"}


def hash_bytes(data):
    """hash_bytes of src/util/hash.c: FNV-1a, then a final mix."""
    m = 0xFFFFFFFFFFFFFFFF
    h = 1469598103934665603
    for b in data:
        h ^= b
        h = (h * 1099511628211) & m
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & m
    h ^= h >> 33
    return h


def c_string(s):
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c in '"\\?':
            out.append("\\" + c)
        elif 0x20 <= b < 0x7F:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def read_classes(headers):
    """Class name -> C constant, from the enums of the headers."""
    classes = {}
    for h in headers:
        with open(h, encoding="utf-8") as f:
            text = f.read()
        for m in re.finditer(r"\b(LEX|CUE)_([A-Z_]+)\s*=\s*1u?\s*<<\s*\d+", text):
            prefix, name = m.group(1), m.group(2).lower()
            classes[name if prefix == "LEX" else "cue_" + name] = m.group(1) + "_" + m.group(2)
    return classes


def main(argv):
    headers, out, files = [], None, []
    i = 0
    while i < len(argv):
        if argv[i] == "-H" and i + 1 < len(argv):
            headers.append(argv[i + 1]); i += 2
        elif argv[i] == "-o" and i + 1 < len(argv):
            out = argv[i + 1]; i += 2
        else:
            files.append(argv[i]); i += 1
    if not headers or not out or not files:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    known = read_classes(headers)
    if not known:
        print("lexgen: no LEX_/CUE_ classes in the headers", file=sys.stderr)
        return 1
    errors = []
    keys = {}  # key -> {"lex": set, "cue": set, "gender": (g, where), "canon": (c, where)}
    where_class = {}  # (key, class) -> where first given

    for path in files:
        section, prev = None, None
        try:
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
        except (OSError, UnicodeDecodeError) as e:
            errors.append("%s: %s" % (path, e))
            continue
        if lines and lines[-1] == "":
            lines.pop()
        for n, line in enumerate(lines, 1):
            where = "%s:%d" % (path, n)
            if line.strip() == "" or line.startswith("#"):
                continue
            if line.startswith("%"):
                words = line.split()
                if words[0] != "%class" or len(words) < 2:
                    errors.append("%s: unknown directive %r" % (where, line))
                    continue
                section = []
                for w in words[1:]:
                    if w not in known:
                        errors.append("%s: unknown class %r" % (where, w))
                    else:
                        section.append(w)
                prev = None
                continue
            key, _, attrs = line.partition(" : ")
            if (key != key.strip() or "  " in key or "\t" in key or key == ""
                    or re.search(r"[A-Z|=]", key) or " : " in attrs):
                errors.append("%s: malformed key %r (lower case, single spaces, no '|' or '=')"
                              % (where, key))
                continue
            if section is None:
                errors.append("%s: entry %r before any %%class line" % (where, key))
                continue
            if prev is not None and key.encode() <= prev.encode():
                errors.append("%s: %r %s %r: the file must be sorted (LC_ALL=C sort)"
                              % (where, key, "repeats" if key == prev else "comes after", prev))
            prev = key
            cls, gender, canon = list(section), None, None
            attrs, eq, canon_text = attrs.partition("=")
            if eq:
                canon = canon_text.strip()
                if not canon:
                    errors.append("%s: empty canonical form" % where)
            for w in attrs.split():
                if w in GENDERS:
                    gender = w
                elif w in known:
                    cls.append(w)
                else:
                    errors.append("%s: unknown class or attribute %r" % (where, w))
            e = keys.setdefault(key, {"lex": set(), "cue": set(), "gender": None, "canon": None})
            for c in cls:
                if (key, c) in where_class:
                    errors.append("%s: %r is already %s at %s" % (where, key, c, where_class[key, c]))
                    continue
                where_class[key, c] = where
                e["cue" if c.startswith("cue_") else "lex"].add(c)
            if gender:
                if e["gender"] and e["gender"][0] != gender:
                    errors.append("%s: %r is %s here but %s at %s"
                                  % (where, key, gender, e["gender"][0], e["gender"][1]))
                elif not e["gender"]:
                    e["gender"] = (gender, where)
            if canon:
                if e["canon"] and e["canon"][0] != canon:
                    errors.append("%s: %r stands for %r here but %r at %s"
                                  % (where, key, canon, e["canon"][0], e["canon"][1]))
                elif not e["canon"]:
                    e["canon"] = (canon, where)

    # The first word of every key of several words, so that a phrase whose
    # first word heads none is never looked up; one that is no key itself
    # gets a row of its own, with no class.
    nkeys = len(keys)
    heads = {k.split(" ")[0] for k in keys if " " in k}
    for h in heads:
        keys.setdefault(h, {"lex": set(), "cue": set(), "gender": None, "canon": None})

    slots = 64
    while slots < 2 * len(keys):
        slots *= 2
    if slots > MAX_SLOTS:
        errors.append("lexgen: %d keys need %d slots, past the table's capacity of %d"
                      % (len(keys), slots, MAX_SLOTS))
    if errors:
        for e in errors:
            print("lexgen: " + e if not e.startswith("lexgen:") else e, file=sys.stderr)
        print("lexgen: %d problem(s); no table written" % len(errors), file=sys.stderr)
        return 1

    order = sorted(keys, key=lambda k: k.encode())
    table = [0] * slots
    longest = 0
    for idx, k in enumerate(order):
        s = hash_bytes(k.encode()) & (slots - 1)
        probes = 1
        while table[s]:
            s = (s + 1) & (slots - 1)
            probes += 1
        table[s] = idx + 1
        longest = max(longest, probes)

    def bits(names):
        return " | ".join(known[c] for c in sorted(names, key=lambda c: known[c])) or "0"

    pool = {}  # one array per canonical form, shared by its group
    for k in order:
        if keys[k]["canon"]:
            pool.setdefault(keys[k]["canon"][0], "lexicon_canon_%d" % len(pool))
    rows = []
    for k in order:
        e = keys[k]
        gender = GENDERS[e["gender"][0]] if e["gender"] else "DOC_GENDER_UNKNOWN"
        canon = pool[e["canon"][0]] if e["canon"] else "NULL"
        rows.append("    {%s, %d, %s, %d, {%s, %s, %s}},"
                    % (c_string(k), len(k.encode()), bits(e["cue"]), k in heads,
                       bits(e["lex"]), gender, canon))
    nlex = sum(1 for k in order if keys[k]["lex"])
    body = ["/* Generated by tools/lexgen.py from %s; do not edit. */"
            % " ".join(sorted(set(os.path.dirname(p) or "." for p in files))),
            "#define LEXICON_NKEYS %d" % nkeys,
            "#define LEXICON_NROWS %d /* and the first words of phrases */" % len(order),
            "#define LEXICON_NLEX %d /* keys with a LEX_ class */" % nlex,
            "#define LEXICON_NSLOTS %d" % slots,
            "#define LEXICON_MAX_PROBES %d" % longest,
            ""]
    body += ["static const char %s[] = %s;" % (name, c_string(text)) for text, name in pool.items()]
    body += ["",
            "static const struct lexicon_key lexicon_keys[LEXICON_NROWS] = {"]
    body += rows
    body += ["};", "", "/* Key index + 1 by hash_bytes (hash.h), linear probing; 0 is empty. */",
             "static const unsigned short lexicon_slots[LEXICON_NSLOTS] = {"]
    for i in range(0, slots, 16):
        body.append("    " + ", ".join(str(x) for x in table[i:i + 16]) + ",")
    body.append("};")
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(body) + "\n")
    os.replace(tmp, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
