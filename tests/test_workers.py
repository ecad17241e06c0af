"""Worker processes (issues 29, 35, 36): a dying worker loses nothing, any start method works,
workers end with their parent, and no more of them start than there is work and CPUs for.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

import briefx
import briefx.api
from briefx.cli import app
from briefx.errors import BriefxWarning
from briefx.schema import ErrorRecord
from briefx.workers import worker_count

PUBLISHED = "2025-11-18"
POISON = "Zxqvorn"  # an invented word: the test-only input that makes a worker exit
ITEMS = [
    {
        "id": f"d{i}",
        "text": (f"{POISON} " if i == 4 else "") + f"Ms. Varga said {i + 2} ferries left Split.",
        "published": PUBLISHED,
    }
    for i in range(9)
]


def _kill_on_poison(monkeypatch: pytest.MonkeyPatch, flag: Path | None = None) -> None:
    """Workers (forked: they inherit this patch) SIGKILL themselves on the poison word.

    With ``flag``, only the first time: the file records that it happened.
    """
    real = briefx.api._extract_batch

    def batch(model, items):  # type: ignore[no-untyped-def]
        if any(POISON in text for text, _ in items) and not (flag and flag.exists()):
            if flag is not None:
                flag.write_text("killed once")
            os.kill(os.getpid(), signal.SIGKILL)
        return real(model, items)

    monkeypatch.setattr(briefx.api, "_extract_batch", batch)


@pytest.fixture(scope="module")
def serial(nlp) -> list:
    return list(briefx.extract_many(ITEMS))


@pytest.mark.parametrize("batch_size", [1, 3])
def test_an_input_that_kills_its_worker_twice_is_an_error_record(
    monkeypatch, serial, batch_size: int
) -> None:
    _kill_on_poison(monkeypatch)
    results = list(briefx.extract_many(ITEMS, workers=2, batch_size=batch_size))
    assert [r.doc_id for r in results] == [f"d{i}" for i in range(len(ITEMS))]
    dead = results[4]
    assert isinstance(dead, ErrorRecord)
    assert dead.error == "worker died (signal 9) while extracting this input"
    assert results[:4] + results[5:] == serial[:4] + serial[5:]


def test_an_input_whose_worker_died_once_is_extracted_in_a_fresh_one(
    monkeypatch, serial, tmp_path: Path
) -> None:
    flag = tmp_path / "killed"
    _kill_on_poison(monkeypatch, flag)
    results = list(briefx.extract_many(ITEMS, workers=2, batch_size=3))
    assert flag.exists()
    assert results == serial


def test_the_cli_exits_1_with_every_input_once_and_no_traceback(
    monkeypatch, tmp_path: Path
) -> None:
    _kill_on_poison(monkeypatch)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(i) + "\n" for i in ITEMS * 4), encoding="utf-8")
    runner = CliRunner()
    for command in (["extract", "-f", "jsonl"], ["brief"]):
        result = runner.invoke(app, [*command, str(corpus), "-w", "2"], catch_exceptions=False)
        assert result.exit_code == 1
        assert "Traceback" not in result.output
        out = result.stdout
        if command[0] == "extract":
            lines = [json.loads(line) for line in out.splitlines()]
            assert [line["doc_id"] for line in lines] == [i["id"] for i in ITEMS * 4]
            errors = [line for line in lines if "error" in line]
        else:
            errors = json.loads(out)["errors"]
        assert len(errors) == 4
        assert all("worker died (signal 9)" in e["error"] for e in errors)


@pytest.mark.parametrize(
    ("requested", "batches", "cpus", "count", "capped"),
    [
        (2, 5, 2, 2, False),
        (1, 1, 8, 1, False),
        (64, 1, 2, 1, True),
        (64, 3, 8, 3, True),
        (1000, 100, 2, 2, True),
        (4, 4, 4, 4, False),
        (3, 0, 4, 1, True),
    ],
)
def test_worker_count(requested, batches, cpus, count, capped) -> None:
    got, why = worker_count(requested, batches, cpus)
    assert got == count
    assert (why is not None) == capped
    if why:
        assert f"{requested} workers asked, {count} started" in why


def test_more_workers_than_batches_are_not_started_and_it_is_said(nlp) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        results = list(briefx.extract_many(ITEMS[:3], workers=64))
    assert [r.doc_id for r in results] == ["d0", "d1", "d2"]
    said = [str(w.message) for w in caught if issubclass(w.category, BriefxWarning)]
    assert said and said[0].startswith("64 workers asked, 1 started: 1 batch of documents")


def test_a_very_long_text_is_extracted_in_this_process_with_no_worker_alive(
    monkeypatch,
) -> None:
    # Over PARENT_CHARS: its Document would be held by a worker and again, unpickled,
    # here. The workers before it have stopped when it is extracted; others start after.
    import multiprocessing as mp

    longer = " The ferry to Vis ran late on Friday, Mr. Oreb said."
    items = [
        {
            "id": f"v{i}",
            "text": f"Ms. Varga said {i + 2} ferries left Split."
            + longer * (4 if i in (3, 6) else 0),
            "published": PUBLISHED,
        }
        for i in range(9)
    ]
    serial = list(briefx.extract_many(items))
    monkeypatch.setattr(briefx.api, "PARENT_CHARS", 100)
    real_run = briefx.api._run
    alive_here: list[int] = []

    def run(nlp, jobs, *, batch_size):  # type: ignore[no-untyped-def]
        jobs = list(jobs)
        if any(len(text) > 100 for text, _ in jobs):
            alive_here.append(len(mp.active_children()))
        return real_run(nlp, jobs, batch_size=batch_size)

    monkeypatch.setattr(briefx.api, "_run", run)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        results = list(briefx.extract_many(items, workers=2, batch_size=2))
    assert results == serial
    assert alive_here == [0, 0]
    said = [str(w.message) for w in caught if issubclass(w.category, BriefxWarning)]
    here = [m for m in said if "extracted in this process rather than a worker" in m]
    assert [m.split(":")[0] for m in here] == ["v3", "v6"]


def test_the_cli_says_on_stderr_when_workers_are_capped(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ms. Varga said 3 ferries left Split.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "-p", PUBLISHED, "-w", "64"])
    assert result.exit_code == 0
    assert "briefx: warning: 64 workers asked, 1 started" in result.stderr
    assert json.loads(result.stdout)["doc_id"] == "a"


# --- the CLI as a process: start methods, a kill from outside, signals -------------------

ROOT = Path(__file__).resolve().parents[1]
CLI_WITH_START_METHOD = (
    "import multiprocessing as mp, sys; mp.set_start_method(sys.argv.pop(1)); "
    "from briefx.cli import main; sys.argv[0] = 'briefx'; main()"
)


def _cli(*args: str, method: str = "fork") -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CLI_WITH_START_METHOD, method, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rpartition(")")[2].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _wait_for_children(pid: int, count: int, timeout: float = 120) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _children(pid)
        if len(found) >= count:
            return found
        time.sleep(0.1)
    raise AssertionError(f"{count} workers never started")


def _corpus(folder: Path, count: int, *, long: bool = False) -> list[str]:
    paragraph = (
        "Ms. Varga said on Monday that 12 ferries had left Split for Hvar. "
        "The port authority in Zadar reported 300 passengers on Tuesday. "
    )
    ids = []
    for i in range(count):
        (folder / f"a{i:02d}.txt").write_text(
            f"Item {i}. " + paragraph * (150 if long else 1), encoding="utf-8"
        )
        ids.append(f"a{i:02d}")
    return ids


pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_workers_do_not_need_fork(tmp_path: Path, method: str) -> None:
    ids = _corpus(tmp_path, 20)  # two batches of 16: two workers
    proc = _cli("extract", str(tmp_path), "-f", "jsonl", "-p", PUBLISHED, "-w", "2", method=method)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    lines = [json.loads(line) for line in out.decode().splitlines()]
    assert [line["doc_id"] for line in lines] == ids
    sources = [
        briefx.Source(
            doc_id=i, source=str(tmp_path / f"{i}.txt"), text=(tmp_path / f"{i}.txt").read_text()
        )
        for i in ids
    ]
    serial = [d.model_dump(mode="json") for d in briefx.extract_many(sources, published=PUBLISHED)]
    assert lines == serial


def test_a_worker_killed_from_outside_loses_no_input(tmp_path: Path) -> None:
    ids = _corpus(tmp_path, 24, long=True)
    proc = _cli("extract", str(tmp_path), "-f", "jsonl", "-p", PUBLISHED, "-w", "2")
    workers = _wait_for_children(proc.pid, 2)
    time.sleep(1.0)  # both are extracting their first batch now
    os.kill(workers[0], signal.SIGKILL)
    out, err = proc.communicate(timeout=600)
    assert "Traceback" not in err.decode()
    lines = [json.loads(line) for line in out.decode().splitlines()]
    assert [line["doc_id"] for line in lines] == ids  # every input once, in order
    assert proc.returncode == 0  # each input of the killed batch came out in a fresh worker
    assert all("error" not in line for line in lines)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_workers_end_with_their_parent(tmp_path: Path, sig: int) -> None:
    _corpus(tmp_path, 40, long=True)
    proc = _cli("extract", str(tmp_path), "-f", "jsonl", "-p", PUBLISHED, "-w", "2")
    workers = _wait_for_children(proc.pid, 2)
    time.sleep(0.5)
    # Ctrl-C reaches the whole foreground group; SIGTERM (kill, systemd) the parent only.
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)
    else:
        os.kill(proc.pid, sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    alive = [w for w in workers if Path(f"/proc/{w}").exists()]
    assert not alive
    assert err.decode().count("Traceback") == 0
