"""Cross-document briefs on ECB+: fact-pair F1, precision, recall and seminal purity by half.

    python benchmarks/eval_brief.py [--out DIR] [--topics 1,2] [--halves] [--rebrief]
                                    [--score-only] [--misses N]

For each ECB+ topic, every text goes through ``briefx.extract`` (one fixed publication
date: ECB+ has none) and the topic's documents through ``briefx.brief``; DIR/<topic>.json
gets the brief, as ``../shared/tools/run_brief_ecbplus.py`` writes it, and
``../shared/tools/score_brief.py`` scores it. ``--halves`` reports the even and the odd
topics apart (rules are written looking at the even topics' misses only).
``--rebrief`` reads the documents back from DIR and builds the briefs again without
spaCy (for work on ``briefx.brief`` alone); ``--score-only`` scores the briefs already
in DIR (e.g. written by run_brief_ecbplus.py at another commit). ``--misses N`` prints
N missed gold pairs and N wrong predicted pairs of the even topics (sentence ids only).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

# The development corpora: $BRIEFX_EVAL_DIR, else ../shared/eval beside the repository; the
# ECB+ scorer sits in the tools folder next to it.
_BESIDE = Path(__file__).resolve().parents[2] / "shared" / "eval"
EVAL = Path(os.environ.get("BRIEFX_EVAL_DIR") or _BESIDE)
GOLD = EVAL / "ecbplus" / "ecbplus.jsonl"
SCORER = EVAL.parent / "tools" / "score_brief.py"
# ECB+ has no publication dates: every text gets this one (dates are not scored).
PUBLISHED = "2000-01-01"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_brief", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _brief(rec: dict, out: Path, *, rebrief: bool) -> dict:
    import briefx
    from briefx.crossdoc.build import build_brief
    from briefx.schema import Document

    path = out / f"{rec['topic']}.json"
    if rebrief:
        saved = json.loads(path.read_text("utf-8"))
        documents = [Document.model_validate(d) for d in saved["documents"]]
        brief = build_brief(documents)
    else:
        documents = [
            briefx.extract(rec["texts"][did], doc_id=did, published=PUBLISHED)
            for did in rec["docs"]
        ]
        brief = briefx.brief(documents)
    data = brief.model_dump(mode="json")
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return data


def _line(name: str, m: dict) -> str:
    f, s = m["facts"], m["seminal"]

    def r(x: float | None) -> str:
        return "-" if x is None else f"{x:.3f}"

    return (
        f"{name:5} topics {m['topics']:2}  fact-pair F1 {r(f['f1'])}  P {r(f['precision'])}"
        f"  R {r(f['recall'])}  purity {r(s['purity'])}  pred {f['pred_pairs']}"
        f"  gold {f['gold_pairs']}  clusters {f['clusters']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/briefx_ecbplus"))
    parser.add_argument("--topics", help="comma-separated topic numbers (default: all)")
    parser.add_argument("--halves", action="store_true", help="report even and odd topics")
    parser.add_argument("--rebrief", action="store_true", help="reuse the documents in --out")
    parser.add_argument("--score-only", action="store_true", help="score the briefs in --out")
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()
    if not GOLD.is_file():
        print(f"skipped: ECB+ data not found at {GOLD}", file=sys.stderr)
        return
    scorer = _scorer()
    gold = scorer.load_gold(str(GOLD))
    if args.topics:
        wanted = {int(t) for t in args.topics.split(",")}
        gold = [rec for rec in gold if rec["topic"] in wanted]
    args.out.mkdir(parents=True, exist_ok=True)
    results = []
    for rec in gold:
        if args.score_only:
            brief = json.loads((args.out / f"{rec['topic']}.json").read_text("utf-8"))
        else:
            brief = _brief(rec, args.out, rebrief=args.rebrief)
        results.append(scorer.score(rec, brief))
        if args.misses and rec["topic"] % 2 == 0:
            _show_misses(scorer, rec, brief, args.misses)
    print(_line("all", scorer.micro(results)))
    if args.halves:
        for name, parity in (("even", 0), ("odd", 1)):
            part = [r for r in results if r["topic"] % 2 == parity]
            if part:
                print(_line(name, scorer.micro(part)))


def _show_misses(scorer: ModuleType, rec: dict, brief: dict, n: int) -> None:
    """Print missed and wrong pairs of one (even) topic as (doc id, sentence id) pairs."""
    amap, _ = scorer.align_docs(rec, brief)
    docs = brief["documents"]
    by_ref: dict[str, set[tuple[int, int]]] = {}
    for m in rec["actions"]:
        di = amap.get(m["doc"])
        sid = scorer._sent_of(docs[di], m["start"], m["end"]) if di is not None else None
        if sid is not None:
            by_ref.setdefault(m["ref"], set()).add((di, sid))
    gold = {(a, b) for us in by_ref.values() for a in us for b in us if a[0] < b[0]}
    pred = {
        (a, b)
        for c in brief["fact_clusters"]
        for a in ((f["doc"], f["sentence"]) for f in c["facts"])
        for b in ((f["doc"], f["sentence"]) for f in c["facts"])
        if a[0] < b[0]
    }
    for label, pairs in (("miss", sorted(gold - pred)[:n]), ("wrong", sorted(pred - gold)[:n])):
        for a, b in pairs:
            first, second = docs[a[0]]["doc_id"], docs[b[0]]["doc_id"]
            print(f"{rec['topic']} {label} {first}:{a[1]} {second}:{b[1]}")


if __name__ == "__main__":
    main()
