#!/usr/bin/env python3
"""Precision of each attribution pass on gold-annotated articles.

usage: tests/tools/quote_passes.py [--cmd 'dateline --json {}'] GOLD.json...

Runs the command on the .txt beside each gold file, pairs quotations the
way ../shared/tools/score.py does, and prints for every `quotes[].rule` how
many quotations it decided and how many of those agree with the gold
speaker (a named person, or null), plus the kinds it gave. The scorer's
helpers are imported from ../shared/tools (or $SCORE_PY's folder)."""
import argparse, collections, json, os, re, shlex, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
tools = os.environ.get("SCORE_DIR", os.path.join(here, "..", "..", "..", "shared", "tools"))
sys.path.insert(0, tools)
import score  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default="./dateline --json {}")
    ap.add_argument("--wrong", action="store_true", help="list each disagreement")
    ap.add_argument("gold", nargs="+")
    a = ap.parse_args()
    stats = collections.defaultdict(lambda: [0, 0, 0, 0, collections.Counter()])
    for gpath in a.gold:
        gold = json.load(open(gpath))
        txt = re.sub(r"\.gold\.json$", ".txt", gpath)
        cmd = [c.replace("{}", txt) for c in shlex.split(a.cmd)]
        model = json.loads(subprocess.run(cmd, capture_output=True).stdout)
        by_id = {e["id"]: e for e in model.get("entities", [])}
        pq = model.get("quotes", [])
        used = set()
        for g in gold.get("quotes", []):
            hit = next((i for i, q in enumerate(pq) if i not in used and
                        score.quote_match(q.get("text", ""), g["text"])), None)
            if hit is None:
                continue
            used.add(hit)
            q = pq[hit]
            rule = q.get("rule") or "(none)"
            s = stats[rule]
            s[0] += 1
            s[4][q.get("kind", "?")] += 1
            sp = q.get("speaker")
            if g.get("speaker"):
                gp = next((x for x in gold["people"] if x["name"] == g["speaker"]),
                          {"name": g["speaker"], "aliases": []})
                ok = sp is not None and score.name_matches(score.ent_names(by_id[sp]), gp)
                s[1] += 1
                s[2] += ok
            else:
                ok = sp is None or by_id[sp].get("type") != "person"
                s[3] += ok
            if not ok and a.wrong:
                got = by_id[sp]["name"] if sp is not None else None
                print(f"  {os.path.basename(txt)}: {rule}: {g['text'][:40]!r} "
                      f"gold={g.get('speaker')} got={got}")
    print(f"{'rule':24s} {'decided':>7s} {'named ok':>10s} {'null ok':>8s}  kinds")
    for rule, (n, named, ok, nullok, kinds) in sorted(stats.items(), key=lambda x: -x[1][0]):
        print(f"{rule:24s} {n:7d} {ok:4d}/{named:<5d} {nullok:3d}/{n - named:<4d}  "
              + " ".join(f"{k}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
