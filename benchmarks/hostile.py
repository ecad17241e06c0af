"""Hostile families for ``python benchmarks/fuzz.py --hostile`` (issue 17).

Text families are built at each size (characters) and extracted in a worker process
that loads the pipeline once, timed in CPU seconds; a case that takes longer than the
time limit (wall clock) is a hang: the worker is killed and a new one started. Every
output is checked: offsets point at their text, the JSON is strict (no huge ints, no NaN,
valid UTF-8), the terminal table has no raw control character. Input families (a FIFO in
a folder, names that are not UTF-8, JSONL nested 100,000 deep, folder links out of the
input folder and back into it, ``.jsonl`` names on ``/dev/zero`` and ``/dev/urandom``, a
run of undecodable lines, empty ``.jsonl`` and ``.txt`` among texts) and worker families
(a test-only input that kills its worker, a worker SIGKILLed from outside mid-run, with
``workers=2``) count the inputs that come out, once and in order, against those that go in.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PUBLISHED = "2025-11-18"
# "At most linearly": the larger size may cost its size ratio times this, for noise and
# for the fixed cost of a call that the small size does not amortise.
LINEAR_SLACK = 1.5
# Each family is run once at this size, untimed, before its timed sizes.
WARM_UP_CHARS = 1000


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // max(len(unit), 1) + 1))[:n]


def _fill(sentence: str, n: int) -> str:
    return _repeat(sentence + " ", n)


def _between(n: int) -> str:
    words, k, size = ["Between 1"], 2, 9
    while size < n:
        words.append(f" and {k}")
        size += len(words[-1])
        k += 1
    return "".join(words) + " people fled."


def _nested(n: int) -> str:
    parts, i, size = [], 0, 0
    while size < n:
        parts.append(f'Official {i} said "' if i % 2 == 0 else f"Envoy {i} said '")
        size += len(parts[-1]) + 1
        i += 1
    return " ".join(parts) + "Kyiv agreed." + "'\"" * (i // 2)


# name -> (text of about n characters, publication date)
TEXT_FAMILIES: dict[str, Callable[[int], tuple[str, str]]] = {
    "quote-run": lambda n: (_repeat('"', n), PUBLISHED),
    "bang-run": lambda n: (_repeat("!", n), PUBLISHED),
    "dollar-run": lambda n: (_repeat("$", n), PUBLISHED),
    "emoji-run": lambda n: (_repeat("🙂", n), PUBLISHED),
    "mixed-punct-runs": lambda n: (_fill("Kyiv said" + "?!(" * 40, n), PUBLISHED),
    "one-long-word": lambda n: (_repeat("x", n), PUBLISHED),
    "blank-lines": lambda n: (_repeat("Kyiv said no.\n\n\n\n", n), PUBLISHED),
    "digit-commas": lambda n: (_repeat("1,", n), PUBLISHED),
    "between-and": lambda n: (_between(n), PUBLISHED),
    "nested-quotes": lambda n: (_nested(n), PUBLISHED),
    "numbers-and-dates": lambda n: (_fill("On Nov. 3, 185 people came.", n), PUBLISHED),
    "huge-numbers": lambda n: (_fill("They counted " + "9" * 4400 + " people.", n), PUBLISHED),
    "calendar-end-9999": lambda n: (
        _fill("Dec. 31, 9999 came; the next week, tomorrow, this weekend, next summer.", n),
        "9999-12-31",
    ),
    "calendar-end-0001": lambda n: (
        _fill("It rained yesterday, last Monday and last winter.", n),
        "0001-01-01",
    ),
    "lone-surrogates": lambda n: (_fill("Kyiv\ud800 said \udcff 185 were freed.", n), PUBLISHED),
    "terminal-escapes": lambda n: (
        _fill("Zelensky\x1b[2J met [bold]Erdogan[/] [/] in Ankara, 185 \x1b]0;t\x07 fled.", n),
        PUBLISHED,
    ),
}
INPUT_FAMILIES = (
    "fifo-in-folder",
    "names-not-utf8",
    "deep-jsonl",
    "folder-links",
    "jsonl-on-dev-zero",
    "jsonl-on-dev-urandom",
    "undecodable-run",
    "empty-jsonl-among-texts",
    "worker-death",
    "worker-killed",
)
# A word no article holds: the worker-death family's input that makes its worker exit.
POISON = "Zxqvorn"


def _clean(text: str) -> str:
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def _check(doc: Any, text: str) -> list[str]:
    """What is wrong with one output: offsets, strict JSON, the terminal table."""
    from fuzz import problems  # offsets and sentences, as the ordinary fuzz checks them

    from briefx.views.display import render_table

    found = problems(doc, _clean(text))
    json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, allow_nan=False).encode("utf-8")
    if any(c in render_table(doc) for c in "\x1b\x07\u202e"):
        found.append("raw control character in the table")
    return found[:3]


def _input_case(name: str, folder: Path) -> tuple[int, list[Any]]:
    """Build one input family under ``folder``; return the inputs expected and the results."""
    import briefx
    from briefx.inputs import iter_sources

    (folder / "a.txt").write_text("Kyiv said no on Monday.", encoding="utf-8")
    if name == "fifo-in-folder":
        os.mkfifo(folder / "b.txt")
        (folder / "c.jsonl").write_text('{"text": "Ankara said yes."}\n', encoding="utf-8")
        expected = 3
    elif name == "names-not-utf8":
        for raw in (b"caf\xe9.txt", b"\xff\xfe.txt", b"x\x1b[2J.txt"):
            (folder / os.fsdecode(raw)).write_text("Kyiv said no.", encoding="utf-8")
        expected = 4
    elif name in ("worker-death", "worker-killed"):
        return _worker_case(name)
    elif name == "folder-links":
        outside = folder.parent / (folder.name + "-outside")
        outside.mkdir()
        (outside / "secret.txt").write_text("Not an input.", encoding="utf-8")
        (folder / "away").symlink_to(outside)
        (folder / "loop").symlink_to(folder)
        (folder / "again.txt").symlink_to(folder / "a.txt")
        expected = 1  # a.txt once: no folder link followed, no file read twice
    elif name == "jsonl-on-dev-zero":
        (folder / "z.jsonl").symlink_to("/dev/zero")
        expected = 2  # a.txt, and one error record for z.jsonl
    elif name == "jsonl-on-dev-urandom":
        (folder / "u.jsonl").symlink_to("/dev/urandom")
        expected = -1  # a.txt, then a few error records: at most UNDECODABLE_RUN of them
    elif name == "undecodable-run":
        (folder / "b.jsonl").write_bytes(b"\xff\xfe\x80\n" * 100_000)
        expected = 2  # a.txt, and the run as one error record
    elif name == "empty-jsonl-among-texts":
        (folder / "b.txt").write_text("", encoding="utf-8")
        (folder / "c.jsonl").write_text("\n", encoding="utf-8")
        expected = 3
    else:
        deep = "[" * 100_000 + "]" * 100_000
        line = '{"text": "Kyiv said no."}'
        (folder / "d.jsonl").write_text(f"{line}\n{deep}\n{line}\n", encoding="utf-8")
        (folder / "d.meta.json").write_text(deep, encoding="utf-8")
        expected = 4
    results = list(
        briefx.extract_many(iter_sources([folder], max_bytes=1 << 22), published=PUBLISHED)
    )
    for r in results:
        json.dumps(r.model_dump(mode="json"), ensure_ascii=False, allow_nan=False).encode("utf-8")
    if expected == -1:  # bounded, not exact: every record counts, none may be missing
        expected = len(results) if 2 <= len(results) <= 9 else 2
    return expected, results


def _worker_case(name: str) -> tuple[int, list[Any]]:
    """Workers that die: a test-only input kills its worker (twice), or one is SIGKILLed.

    Every input must come out once, in order: the poisoned one as an error record.
    """
    import signal
    import threading

    import briefx
    import briefx.api

    items = [
        {"id": f"w{i}", "text": f"Ms. Varga said {i + 2} ferries left Split on Monday. " * 40}
        for i in range(24)
    ]
    real = briefx.api._extract_batch
    if name == "worker-death":
        items[5]["text"] = f"{POISON} " + items[5]["text"]

        def batch(model: Any, jobs: Any) -> Any:
            if any(POISON in text for text, _ in jobs):
                os.kill(os.getpid(), signal.SIGKILL)
            return real(model, jobs)

        briefx.api._extract_batch = batch  # forked workers inherit it
    killer = None
    if name == "worker-killed":
        killer = threading.Thread(target=_kill_a_child, daemon=True)
        killer.start()
    try:
        results = list(
            briefx.extract_many(items, published=PUBLISHED, workers=2, batch_size=4)
        )
    finally:
        briefx.api._extract_batch = real
    if killer is not None and not _KILLED:
        raise RuntimeError("no worker was killed: the family tested nothing")
    ids = [r.doc_id for r in results]
    if ids != [i["id"] for i in items]:
        return len(items), results[: len(set(ids))]  # out of order or repeated: count as lost
    return len(items), results


_KILLED: list[int] = []


def _kill_a_child(timeout: float = 60) -> None:
    """SIGKILL one child of this process as soon as two are running."""
    import signal

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = []
        for entry in Path("/proc").iterdir():
            try:
                stat = (entry / "stat").read_text()
            except (OSError, ValueError):
                continue
            if entry.name.isdigit() and int(stat.rpartition(")")[2].split()[1]) == os.getpid():
                children.append(int(entry.name))
        if len(children) >= 2:
            os.kill(children[0], signal.SIGKILL)
            _KILLED.append(children[0])
            return
        time.sleep(0.05)


def _serve(conn: Any) -> None:
    """Worker: extract each case sent, answer (seconds, crash or None, problems, lost)."""
    import briefx

    briefx.load_pipeline()
    while True:
        case = conn.recv()
        if case is None:
            return
        name, size, warm = case
        if warm and name in TEXT_FAMILIES:
            # Untimed: the first use of a family loads what it needs (lexicons, dateparser).
            text, published = TEXT_FAMILIES[name](WARM_UP_CHARS)
            try:
                briefx.extract(text, published=published)
            except Exception:  # counted below, when the same family crashes at its size
                pass
        # CPU time of this process: unlike the wall clock, it does not count the time other
        # processes on a shared machine hold the cores, which made small sizes noisy.
        start = time.process_time()
        crash, problems, lost = None, [], 0
        try:
            if name in TEXT_FAMILIES:
                text, published = TEXT_FAMILIES[name](size)
                problems = _check(briefx.extract(text, published=published), text)
            else:
                with tempfile.TemporaryDirectory() as tmp:
                    expected, results = _input_case(name, Path(tmp))
                    lost = expected - len(results)
        except BaseException as exc:  # a crash is what is counted here
            crash = f"{type(exc).__name__}: {str(exc)[:200]}"
        conn.send((time.process_time() - start, crash, problems, lost))


class _Worker:
    def __init__(self) -> None:
        ctx = mp.get_context("fork")
        self.conn, child = ctx.Pipe()
        # Not a daemon: the worker-death families start worker processes of their own.
        self.proc = ctx.Process(target=_serve, args=(child,), daemon=False)
        self.proc.start()

    def run(
        self, case: tuple[str, int, bool], timeout: float
    ) -> tuple[float, str | None, list, int]:
        self.conn.send(case)
        if not self.conn.poll(timeout):
            raise TimeoutError
        return self.conn.recv()

    def stop(self, *, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            self.conn.send(None)
        self.proc.join(30)


def run_hostile(*, sizes: list[int], timeout: float, only: list[str]) -> int:
    """Run every family at every size; print one line per family; return the exit code."""
    families = [f for f in (*TEXT_FAMILIES, *INPUT_FAMILIES) if not only or f in only]
    worker = _Worker()
    crashes = hangs = lost_total = bad = superlinear = 0
    print(f"CPU seconds per size (characters); linear: at most {LINEAR_SLACK} x the size ratio")
    print(f"{'family':<20} " + " ".join(f"{s:>9}" for s in sizes) + "  linear  notes")
    for family in families:
        seconds: list[float | None] = []
        notes: list[str] = []
        for k, size in enumerate(sizes if family in TEXT_FAMILIES else sizes[:1]):
            try:
                took, crash, problems, lost = worker.run((family, size, k == 0), timeout)
            except (EOFError, OSError):  # the worker died (a crash that Python cannot catch)
                worker.stop(kill=True)
                worker = _Worker()
                crashes += 1
                seconds.append(None)
                notes.append(f"worker died at {size}")
                continue
            except TimeoutError:
                worker.stop(kill=True)
                worker = _Worker()
                hangs += 1
                seconds.append(None)
                notes.append(f"hang at {size}")
                continue
            seconds.append(took)
            if crash:
                crashes += 1
                notes.append(f"crash at {size}: {crash}")
            if problems:
                bad += 1
                notes.append(f"bad output at {size}: {problems}")
            if lost:
                lost_total += lost
                notes.append(f"{lost} input(s) lost")
        linear = "-"
        if len(seconds) > 1 and None not in seconds:
            small, large = seconds[0], seconds[-1]
            ok = large <= small * (sizes[-1] / sizes[0]) * LINEAR_SLACK
            linear = "yes" if ok else "NO"
            superlinear += not ok
        shown = " ".join(f"{'hang':>9}" if t is None else f"{t:>8.2f}s" for t in seconds)
        print(f"{family:<20} {shown:<{10 * len(sizes)}} {linear:>6}  {'; '.join(notes)}")
    worker.stop()
    print(
        f"{len(families)} families: {crashes} crashes, {hangs} hangs, {lost_total} lost inputs, "
        f"{bad} bad outputs, {superlinear} superlinear"
    )
    return 1 if crashes or hangs or lost_total or bad or superlinear else 0
