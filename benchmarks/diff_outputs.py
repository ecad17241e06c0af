"""Diff briefx's JSON output between two commits, document by document.

A restructuring or a speed-up must not change what briefx finds. This script extracts
the seeds and every document of the development sets in ``../shared/eval/`` with one
commit's code and models, writes one JSON line per document, and compares two such dumps.

    python benchmarks/diff_outputs.py dump --out /tmp/head.jsonl            # this checkout
    python benchmarks/diff_outputs.py dump --rev HEAD~3 --out /tmp/old.jsonl  # another commit
    python benchmarks/diff_outputs.py compare /tmp/old.jsonl /tmp/head.jsonl [--common]
    python benchmarks/diff_outputs.py revs HEAD~3 HEAD                       # both, then compare

``--rev`` checks the commit out in a temporary git worktree and runs this same script
there (its ``src`` and ``models``) with the current interpreter. Every document gets a
publication date (its ``dct``, else a fixed one), so no output depends on today.
``--sets`` limits the run (``seeds,timebank``); ``--limit N`` takes N documents per set.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The development corpora: $BRIEFX_EVAL_DIR, else ../shared/eval beside the repository.
EVAL = Path(os.environ.get("BRIEFX_EVAL_DIR") or ROOT.parent / "shared" / "eval")
FIXED_DATE = "2000-01-01"  # ECB+ and a few CoNLL documents have no date
SETS = {
    "timebank": "tempeval3_tbaq/timebank.jsonl",
    "aquaint": "tempeval3_tbaq/aquaint.jsonl",
    "gum": "gum_news/gum_news.jsonl",
    "newsquant": "newsquant_dev/newsquant_dev.jsonl",
    "conll_dev": "conll2003_dev/conll2003_dev.jsonl",
    "conll_train": "conll2003_dev/conll2003_train.jsonl",
    "ecbplus": "ecbplus/ecbplus.jsonl",
}


def _records(names: list[str], limit: int | None) -> Iterator[dict]:
    if "seeds" in names:
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            yield {"id": f"seeds:{path.stem}", "text": text, "published": "2025-11-18"}
    for name in names:
        if name == "seeds":
            continue
        path = EVAL / SETS[name]
        if not path.is_file():
            print(f"skipped {name}: {path} is absent", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if limit is not None and n >= limit:
                    break
                row = json.loads(line)
                yield {
                    "id": f"{name}:{row.get('id', n)}",
                    "text": row["text"],
                    "published": row.get("dct") or FIXED_DATE,
                }


def dump(out: Path, names: list[str], limit: int | None) -> int:
    """Extract every document and write ``{"id", "json"}`` lines; return the count."""
    import briefx

    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for result in briefx.extract_many(_records(names, limit), batch_size=16):
            data = result.model_dump(mode="json")
            doc_id = data.get("doc_id") or data.get("source")
            fh.write(json.dumps({"id": doc_id, "json": data}, sort_keys=True) + "\n")
            count += 1
    return count


def dump_rev(rev: str, out: Path, names: list[str], limit: int | None) -> None:
    """Run ``dump`` with the code and models of commit ``rev`` (a temporary worktree)."""
    with tempfile.TemporaryDirectory(prefix="briefx-rev-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev],
            check=True,
            capture_output=True,
        )
        try:
            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            args = [
                sys.executable,
                str(Path(__file__).resolve()),
                "dump",
                "--out",
                str(out),
                "--sets",
                ",".join(names),
            ]
            if limit is not None:
                args += ["--limit", str(limit)]
            # The worktree's own briefx (src and models) is imported, not this checkout's.
            subprocess.run(args, check=True, env=env, cwd=tree)
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                check=False,
                capture_output=True,
            )


def _first_difference(a: object, b: object, path: str = "") -> str:
    if type(a) is not type(b):
        return f"{path or '/'}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}/{key}: only in {'second' if key not in a else 'first'}"
            if a[key] != b[key]:
                return _first_difference(a[key], b[key], f"{path}/{key}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
        for k, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}/{k}")
    return f"{path or '/'}: {str(a)[:120]!r} != {str(b)[:120]!r}"


def compare(first: Path, second: Path, *, show: int = 20, common: bool = False) -> int:
    """Print the documents whose output differs; return how many differ.

    With ``common``, documents in only one dump (a dump of fewer sets) are not counted.
    """

    def load(path: Path) -> dict[str, dict]:
        with path.open(encoding="utf-8") as fh:
            return {row["id"]: row["json"] for row in map(json.loads, fh)}

    a, b = load(first), load(second)
    differ = [k for k in a if k in b and a[k] != b[k]]
    missing = [] if common else sorted(set(a) ^ set(b))
    print(f"{len(a)} / {len(b)} documents; {len(differ)} differ; {len(missing)} in one only")
    for key in differ[:show]:
        print(f"  {key}: {_first_difference(a[key], b[key])}")
    for key in missing[:show]:
        print(f"  {key}: only in {'first' if key in a else 'second'}")
    return len(differ) + len(missing)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("dump", "revs"):
        p = sub.add_parser(name)
        p.add_argument("--sets", default=",".join(["seeds", *SETS]))
        p.add_argument("--limit", type=int, default=None)
        if name == "dump":
            p.add_argument("--out", type=Path, required=True)
            p.add_argument("--rev", default=None, help="a commit to run instead of this checkout")
        else:
            p.add_argument("old")
            p.add_argument("new")
    p = sub.add_parser("compare")
    p.add_argument("first", type=Path)
    p.add_argument("second", type=Path)
    p.add_argument("--common", action="store_true", help="compare only the documents in both")
    args = parser.parse_args()
    if args.command == "compare":
        sys.exit(1 if compare(args.first, args.second, common=args.common) else 0)
    names = [n for n in args.sets.split(",") if n]
    unknown = [n for n in names if n != "seeds" and n not in SETS]
    if unknown:
        parser.error(f"unknown sets {unknown}; choose from seeds, {', '.join(SETS)}")
    if args.command == "dump":
        if args.rev:
            dump_rev(args.rev, args.out, names, args.limit)
        else:
            print(f"{dump(args.out, names, args.limit)} documents -> {args.out}")
        return
    with tempfile.TemporaryDirectory(prefix="briefx-diff-") as tmp:
        old, new = Path(tmp) / "old.jsonl", Path(tmp) / "new.jsonl"
        dump_rev(args.old, old, names, args.limit)
        dump_rev(args.new, new, names, args.limit)
        sys.exit(1 if compare(old, new) else 0)


if __name__ == "__main__":
    main()
