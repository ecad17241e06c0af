"""What an adversary tried on the CLI and the inputs (issues 29 and 36), one test per case."""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import briefx
from briefx.cli import app
from briefx.errors import ReferenceDateError, shorten
from briefx.inputs import iter_sources
from briefx.inputs.corpus import UNDECODABLE_RUN
from briefx.inputs.outfile import OutputError, write_output

PUBLISHED = "2025-11-18"
TEXT = "Ms. Varga said on Monday that 12 ferries left Split."
runner = CliRunner()


# --- short writes -----------------------------------------------------------------------


class _ShortRaw(io.RawIOBase):
    """A raw stream that takes ``room`` bytes in all, at most 10 per write, then nothing."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.data = b""

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[no-untyped-def, override]
        n = min(len(b), 10, self.room - len(self.data))
        self.data += bytes(b[:n])
        return n


def test_a_short_write_to_an_unbuffered_stream_is_an_error() -> None:
    raw = _ShortRaw(room=25)
    stream = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)  # type: ignore[arg-type]
    with pytest.raises(OutputError, match="short write"):
        write_output(["x" * 100], None, stdout=stream)
    assert raw.data == b"x" * 25


def test_a_whole_write_to_an_unbuffered_stream_is_written_whole() -> None:
    raw = _ShortRaw(room=10_000)
    stream = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)  # type: ignore[arg-type]
    write_output(["é" * 300, "\n"], None, stdout=stream)
    assert raw.data == ("é" * 300 + "\n").encode("utf-8")


@pytest.mark.parametrize("unbuffered", ["1", ""])
def test_a_file_size_limit_on_stdout_is_an_error_not_a_silent_success(
    tmp_path: Path, unbuffered: str
) -> None:
    corpus = tmp_path / "c.jsonl"
    record = {"text": TEXT * 20, "published": PUBLISHED}
    corpus.write_text("".join(json.dumps(record) + "\n" for _ in range(30)), encoding="utf-8")
    out = tmp_path / "out.json"
    with out.open("wb") as fh:
        proc = subprocess.run(
            [sys.executable, "-m", "briefx", "extract", str(corpus)],
            stdout=fh,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": unbuffered},
            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536)),
            timeout=600,
        )
    assert proc.returncode == 2
    assert proc.stderr.decode().strip().startswith("briefx: error: could not write standard output")
    assert out.stat().st_size <= 65536


def test_a_closed_pipe_is_an_error(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(json.dumps({"text": TEXT * 50}) + "\n" for _ in range(40)), encoding="utf-8"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefx", "extract", str(corpus), "-f", "jsonl", "-p", PUBLISHED],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=600) != 0
    assert "could not write standard output: broken pipe" in err
    assert "Traceback" not in err


# --- paths and special inputs -------------------------------------------------------------


def test_an_error_names_its_path_once() -> None:
    result = runner.invoke(app, ["extract", "/dev/zero", "-p", PUBLISHED])
    assert result.exit_code == 2
    assert result.stderr.count("/dev/zero") == 1
    assert "larger than the 200.0 MB limit" in result.stderr


def _link(folder: Path, name: str, target: Path) -> Path:
    link = folder / name
    link.symlink_to(target)
    return link


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.txt").write_text("Not for this run.", encoding="utf-8")
    return folder


@pytest.fixture
def inputs(tmp_path: Path, outside: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    _link(folder, "away", outside)  # a folder link out of the input folder
    _link(folder, "loop", folder)  # a folder link back to itself
    _link(folder, "same.txt", folder / "a.txt")  # a second name for a.txt
    _link(folder / "sub", "also.txt", folder / "a.txt")  # a third
    return folder


def test_folder_links_are_not_followed_by_default(inputs: Path) -> None:
    assert [s.doc_id for s in iter_sources([inputs])] == ["a", "b"]


def test_follow_links_reads_linked_folders_once_and_each_file_once(inputs: Path) -> None:
    got = [s.doc_id for s in iter_sources([inputs], follow_links=True)]
    assert got == ["a", "secret", "b"]  # away/ sorts before sub/


def test_a_folder_link_named_as_an_input_is_read(inputs: Path) -> None:
    assert [s.doc_id for s in iter_sources([inputs / "away"])] == ["secret"]


def test_the_cli_option_follow_links(inputs: Path) -> None:
    ids = []
    for extra in ([], ["--follow-links"]):
        args = ["extract", str(inputs), "-f", "jsonl", "-p", PUBLISHED, *extra]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        ids.append([json.loads(line)["doc_id"] for line in result.stdout.splitlines()])
    assert ids == [["a", "b"], ["a", "secret", "b"]]


def test_special_files_in_a_folder_are_error_records(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    _link(tmp_path, "zero.txt", Path("/dev/zero"))
    got = list(iter_sources([tmp_path]))
    assert [(s.doc_id, s.ok) for s in got] == [("a", True), ("pipe", False), ("zero", False)]
    assert all("not a regular file" in (s.error or "") for s in got[1:])


def test_proc_is_walked_to_an_end() -> None:
    if not Path("/proc/self").exists():
        pytest.skip("no /proc")
    start = time.monotonic()
    sources = list(iter_sources(["/proc"]))
    assert time.monotonic() - start < 60
    assert len(sources) >= 1  # at least the record that the folder holds no input files


def test_a_jsonl_name_on_dev_zero_is_bounded(tmp_path: Path) -> None:
    link = _link(tmp_path, "zero.jsonl", Path("/dev/zero"))
    start = time.monotonic()
    got = list(iter_sources([link], max_bytes=1 << 20))
    assert time.monotonic() - start < 30
    assert len(got) == 1 and not got[0].ok
    assert "not a regular file" in (got[0].error or "")


def test_a_jsonl_name_on_dev_urandom_ends_as_one_error_record(tmp_path: Path) -> None:
    link = _link(tmp_path, "noise.jsonl", Path("/dev/urandom"))
    start = time.monotonic()
    got = list(iter_sources([link], max_bytes=1 << 20))
    assert time.monotonic() - start < 30
    assert len(got) <= 2 * UNDECODABLE_RUN
    assert all(not s.ok for s in got)
    assert "rest was not read" in (got[-1].error or "")


def test_a_run_of_undecodable_lines_ends_the_file_as_one_record(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": TEXT}).encode() + b"\n"
    noise = b"\xff\xfe\x80 not text\n"
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good + noise * 3 + good + noise * 500 + good)
    got = list(iter_sources([path]))
    assert [s.ok for s in got] == [True, False, False, False, True, False]
    assert got[-1].source == f"{path}:6"
    assert "8 lines in a row from line 6 are not UTF-8" in (got[-1].error or "")


def test_an_over_long_line_without_end_stops_the_file(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_bytes(json.dumps({"text": TEXT}).encode() + b"\n" + b"y" * 5000)
    got = list(iter_sources([path], max_bytes=1000))
    assert [s.ok for s in got] == [True, False]
    assert "the rest was not read" in (got[1].error or "")


def test_empty_jsonl_and_empty_txt_follow_one_rule(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text("\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "jsonl", "-p", PUBLISHED])
    assert result.exit_code == 0, result.output
    b, c = [json.loads(line) for line in result.stdout.splitlines()][1:]
    assert "empty document" in b["warnings"] and "empty document" in c["warnings"]
    assert "error" not in b and "error" not in c
    # Only empty inputs: nothing to extract, exit 2, for both kinds alike.
    for name in ("b.txt", "c.jsonl"):
        alone = runner.invoke(app, ["extract", str(tmp_path / name)])
        assert alone.exit_code == 2
        assert "Nothing to extract" in alone.stderr


# --- bad values -----------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2025-01-015", "2025-1-5", "2025-01-01x", "20250", "tomorrow"])
def test_only_a_whole_date_is_a_publication_date(value: str) -> None:
    with pytest.raises(ReferenceDateError):
        briefx.parse_date(value)
    result = runner.invoke(app, ["extract", "-", "-p", value], input=TEXT)
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2025-01-05", "2025-01-05"),
        ("2025-01-05T23:10:00Z", "2025-01-05"),
        (" 2025-01-05 ", "2025-01-05"),
    ],
)
def test_whole_dates_and_datetimes_are_read(value: str, day: str) -> None:
    assert briefx.parse_date(value).isoformat() == day


def test_a_huge_bad_value_is_cut_in_the_warning() -> None:
    record = {"id": "x", "text": TEXT, "published": "9" * 1_000_000}
    (doc,) = briefx.extract_many([record])
    assert all(len(w) < 300 for w in doc.warnings)
    assert any("more characters" in w for w in doc.warnings)


def test_a_huge_bad_value_is_cut_in_jsonl_metadata(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"text": TEXT, "published": "x" * 100_000}) + "\n", encoding="utf-8")
    (src,) = iter_sources([path])
    assert len(src.warnings[0]) < 300


def test_shorten() -> None:
    assert shorten("2025") == "'2025'"
    assert shorten("x" * 1000).endswith("... (942 more characters)")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("It rained last year and last month.", "0001-01-01"),
        ("The talks resume next year.", "9999-12-31"),
    ],
)
def test_relative_dates_off_the_calendar_have_no_wrong_value_and_a_warning(
    text: str, published: str
) -> None:
    doc = briefx.extract(text, published=published)
    assert doc.dates == []  # not "0001", a clamped wrong year
    assert any("end of the calendar" in w for w in doc.warnings)


def test_an_ordinary_reference_date_has_no_calendar_warning() -> None:
    doc = briefx.extract("It rained last year.", published="2001-01-01")
    assert [d.value for d in doc.dates] == ["2000"]
    assert not any("calendar" in w for w in doc.warnings)
