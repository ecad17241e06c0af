"""The CLI as an attacker would use it: -o never replaces what it should not, output
errors are one line, names and text never reach the terminal or the JSON raw."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefx.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
TEXT = "Zelensky met Erdogan in Ankara on Monday, and 185 prisoners were freed."


def _run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "a.txt"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    return path


def _extract_to(article: Path, output: Path | str, *more: str):
    return _run("extract", str(article), "-p", "2025-11-18", "-o", str(output), *more)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _one_error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("briefx: error: ") and "Traceback" not in result.stderr
    return lines[0]


# --- item 1: -o writes into what is there, the way careful Unix tools do ----------------


def test_output_through_a_symlink_writes_its_target(tmp_path: Path, article: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    result = _extract_to(article, link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["doc_id"] == "a"
    assert _leftovers(tmp_path) == []


def test_output_through_a_dangling_symlink_creates_its_target(
    tmp_path: Path, article: Path
) -> None:
    target = tmp_path / "new.json"
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert _extract_to(article, link).exit_code == 0
    assert link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))["doc_id"] == "a"


@pytest.mark.parametrize("mode", [0o644, 0o664, 0o600, 0o640, 0o604], ids=oct)
def test_output_keeps_an_existing_files_mode(tmp_path: Path, article: Path, mode: int) -> None:
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(mode)
    assert _extract_to(article, out).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert json.loads(out.read_text(encoding="utf-8"))["doc_id"] == "a"


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077, 0o027], ids=oct)
def test_a_new_output_file_gets_the_umasks_mode(tmp_path: Path, article: Path, umask) -> None:
    out = tmp_path / "out.json"
    old = os.umask(umask)
    try:
        assert _extract_to(article, out).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_output_into_a_named_pipe_writes_into_it(tmp_path: Path, article: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = _extract_to(article, fifo)
    reader.join(30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a pipe, not replaced by a file
    assert json.loads(received[0])["doc_id"] == "a"
    assert _leftovers(tmp_path) == []


def test_output_that_is_a_folder_is_refused_in_one_line(tmp_path: Path, article: Path) -> None:
    folder = tmp_path / "outdir"
    folder.mkdir()
    result = _extract_to(article, folder)
    assert result.exit_code == 2
    assert "folder" in _one_error_line(result)
    assert folder.is_dir() and list(folder.iterdir()) == []


@pytest.mark.parametrize("fmt", ["json", "jsonl", "html", "table"])
def test_every_format_is_written_atomically_without_leftovers(
    tmp_path: Path, article: Path, fmt: str
) -> None:
    out = tmp_path / f"out.{fmt}"
    assert _extract_to(article, out, "-f", fmt).exit_code == 0
    assert out.read_text(encoding="utf-8").strip()
    assert _leftovers(tmp_path) == []


# --- item 7: output errors are one line on stderr and exit 2 --------------------------------


def test_output_into_a_missing_folder_is_one_line(tmp_path: Path, article: Path) -> None:
    result = _extract_to(article, tmp_path / "nowhere" / "out.json")
    assert result.exit_code == 2
    assert "does not exist" in _one_error_line(result)


def test_brief_output_errors_are_one_line(tmp_path: Path, article: Path) -> None:
    result = _run("brief", str(article), "-p", "2025-11-18", "-o", str(tmp_path))
    assert result.exit_code == 2
    _one_error_line(result)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_full_disk_is_one_line_and_leaves_nothing(
    tmp_path: Path, article: Path, monkeypatch, fmt: str
) -> None:
    out = tmp_path / "out.json"
    out.write_text("keep me", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = _extract_to(article, out, "-f", fmt)
    assert result.exit_code == 2
    assert "no space left" in _one_error_line(result).lower()
    assert out.read_text(encoding="utf-8") == "keep me"  # the old output is untouched
    assert _leftovers(tmp_path) == []


def test_output_in_a_read_only_folder_is_one_line(tmp_path: Path, article: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = _extract_to(article, folder / "out.json")
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 2
    _one_error_line(result)


# --- item 1: no temporary file left behind on SIGTERM or Ctrl-C -------------------------------

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), *sys.path])}


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_no_temporary_file_is_left_when_interrupted(tmp_path: Path, sig: int) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous run", encoding="utf-8")
    # A folder of articles, streamed as JSONL: the temporary file exists while briefx
    # extracts them one after another.
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(200):
        (folder / f"{k:03d}.txt").write_text(
            f"Report {k}: the ferry from Tallinn docked in Helsinki on Monday with 300 "
            "passengers, the harbour master said.",
            encoding="utf-8",
        )
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefx", "extract", str(folder), "-f", "jsonl", "-o", str(out)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    try:
        deadline = time.monotonic() + 120
        while not _leftovers(tmp_path) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read().decode()
            time.sleep(0.1)
        assert _leftovers(tmp_path), "no temporary file appeared"
        proc.send_signal(sig)
        proc.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode != 0
    assert _leftovers(tmp_path) == []
    assert out.read_text(encoding="utf-8") == "previous run"


# --- item 6: file names that are not UTF-8 are written printable, the same everywhere ------

BAD = os.fsdecode(b"caf\xe9")  # "caf\udce9": how Python holds the byte 0xE9 of a name


@pytest.fixture
def badly_named(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / f"{BAD}.txt").write_text(TEXT, encoding="utf-8")
    (folder / f"{BAD}-bin.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (folder / f"{BAD}.jsonl").write_text('{"text": "Kyiv said no."}\nnot json\n', encoding="utf-8")
    return folder


def _everything_printable(data: bytes) -> dict:
    text = data.decode("utf-8")  # strict: no raw bytes on the way out
    assert "\\udce9" not in text and "\udce9" not in text
    return json.loads(text)


@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "-o"])
def test_names_that_are_not_utf8_are_written_printable(
    tmp_path: Path, badly_named: Path, to_file: bool
) -> None:
    out = tmp_path / "out.json"
    args = ["extract", str(badly_named), "-p", "2025-11-18"] + (["-o", str(out)] if to_file else [])
    result = _run(*args)
    assert result.exit_code == 1, result.output  # the binary file is an error record
    data = _everything_printable(out.read_bytes() if to_file else result.stdout_bytes)
    # Sorted by name: "caf\\xe9-bin.txt", "caf\\xe9.jsonl", "caf\\xe9.txt".
    assert [d["doc_id"] for d in data["documents"]] == ["caf\\xe9-1", "caf\\xe9"]
    assert data["documents"][1]["source"].endswith("corpus/caf\\xe9.txt")
    assert {e["source"].rsplit("/", 1)[-1] for e in data["errors"]} == {
        "caf\\xe9-bin.txt",
        "caf\\xe9.jsonl:2",
    }
    assert all("caf\\xe9" in e["error"] for e in data["errors"])


def test_id_and_path_given_on_the_command_line_are_printable(badly_named: Path) -> None:
    path = badly_named / f"{BAD}.txt"
    result = _run("extract", str(path), "--id", f"x{BAD}", "-p", "2025-11-18")
    assert result.exit_code == 0, result.output
    data = _everything_printable(result.stdout_bytes)
    assert data["doc_id"] == "xcaf\\xe9" and data["source"].endswith("caf\\xe9.txt")


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("plain.txt", "plain.txt"),
        ("Zürich.txt", "Zürich.txt"),
        (os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt"),
        (os.fsdecode(b"\xff\xfe"), "\\xff\\xfe"),
        (os.fsdecode(b"a\xc3"), "a\\xc3"),
        ("lone\ud800", "lone\\ud800"),
        ("", ""),
    ],
)
def test_printable_name(name: str, shown: str) -> None:
    from briefx.inputs.sources import printable_name

    assert printable_name(name) == shown
    printable_name(name).encode("utf-8")  # always valid UTF-8


# --- item 2: what is printed for a person cannot drive the terminal ---------------------------

# The quantity "185 ESC]0;pwned BEL prisoners" carries a title-setting sequence into a cell.
HOSTILE_TEXT = (
    "Zelensky met Erdogan in Ankara on Monday, and 185 \x1b]0;pwned\x07 prisoners were "
    "freed in Kyiv [bold]loudly[/] [/] :smile: [link=http://x]here[/link]."
)


@pytest.mark.parametrize("rich", [True, False], ids=["rich", "plain"])
def test_table_format_shows_escape_sequences_visibly(tmp_path: Path, monkeypatch, rich) -> None:
    if not rich:
        import builtins

        real_import = builtins.__import__

        def no_rich(name, *args, **kwargs):
            if name.startswith("rich"):
                raise ImportError(name)
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", no_rich)
    path = tmp_path / "evil\x1b[2J\x1b]0;title\x07[bold]x[red].txt"
    path.write_text(HOSTILE_TEXT, encoding="utf-8")
    result = _run("extract", str(path), "-f", "table", "-p", "2025-11-18")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "\x1b" not in out and "\x07" not in out
    assert "evil\\x1b[2J\\x1b]0;title\\x07[bold]x[red]" in out  # the file name
    assert "185 \\x1b]0;pwned\\x07" in out  # the article's text
    assert "Zelensky" in out


@pytest.mark.parametrize("doc_id", ["[/]", "[bold]", "[/bold]", "[link=x]", ":smile:", "a\x1bb"])
def test_markup_in_a_doc_id_is_text_not_a_crash(doc_id: str) -> None:
    result = _run("extract", "-", "--id", doc_id, "-f", "table", "-p", "2025-11-18", input=TEXT)
    assert result.exit_code == 0, result.output
    from briefx.views.tables import terminal_safe

    # The table is headed by the id as written, never read as markup.
    assert result.stdout.startswith(terminal_safe(doc_id) + " (reference date 2025-11-18)\n")
    assert "\x1b" not in result.stdout


def test_error_lines_show_escape_sequences_visibly(tmp_path: Path) -> None:
    missing = tmp_path / "gone\x1b]0;title\x07.txt"
    result = _run("extract", str(missing), "-p", "2025-11-18")
    assert result.exit_code == 2
    line = _one_error_line(result)
    assert "\x1b" not in line and "\\x1b]0;title\\x07" in line


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain", "plain"),
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),
        ("tab\tand\nline", "tab\tand\nline"),
        ("\x9b31m", "\\x9b31m"),
        ("\x7f", "\\x7f"),
        ("\x00", "\\x00"),
        ("\u202eevil", "\\u202eevil"),
        ("\u2066x\u2069", "\\u2066x\\u2069"),
        ("Zürich 🙂", "Zürich 🙂"),
        ("\r", "\\x0d"),
    ],
)
def test_terminal_safe(text: str, shown: str) -> None:
    from briefx.views.tables import terminal_safe

    assert terminal_safe(text) == shown


def test_html_page_of_two_documents_with_one_doc_id_has_unique_element_ids(
    tmp_path: Path,
) -> None:
    import re

    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(TEXT, encoding="utf-8")
    result = _run("extract", str(tmp_path), "-f", "html", "-p", "2025-11-18")
    assert result.exit_code == 0, result.output
    ids = re.findall(r'(?<![-\w])id="([^"]+)"', result.stdout)
    assert len(ids) >= 6 and len(ids) == len(set(ids))


# --- item 9: an output file inside an input folder is not read back as an input -----------


@pytest.mark.parametrize("fmt", ["jsonl", "table", "html"])
def test_output_inside_the_input_folder_is_not_read_back(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    out = folder / {"jsonl": "out.jsonl", "table": "out.txt", "html": "out.html"}[fmt]
    for _ in range(2):  # the second run finds the first run's output in the folder
        result = _run("extract", str(folder), "-f", fmt, "-o", str(out), "-p", "2025-11-18")
        assert result.exit_code == 0, result.output
        assert "inside the input folder" in result.stderr
    if fmt == "jsonl":
        lines = out.read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["doc_id"] for line in lines] == ["a"]
    elif fmt == "html":
        page = out.read_text(encoding="utf-8")
        assert 'data-doc-id="a"' in page and 'data-doc-id="out"' not in page
    else:
        shown = out.read_text(encoding="utf-8").splitlines()
        headers = [line for line in shown if "(reference date " in line]
        assert headers == ["a (reference date 2025-11-18)"]  # each document starts with its id


def test_output_outside_the_input_folder_gives_no_warning(tmp_path: Path, article: Path) -> None:
    result = _extract_to(article.parent, tmp_path / "out.jsonl", "-f", "jsonl")
    assert result.exit_code == 0 and result.stderr == ""


def test_iter_sources_skips_the_files_it_is_told_to(tmp_path: Path) -> None:
    from briefx.inputs import iter_sources

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "b.txt")
    names = [s.doc_id for s in iter_sources([tmp_path], skip=[tmp_path / "b.txt"])]
    assert names == ["a"]  # the same file under another name is skipped too
    # Issue 36: a file is read once, whatever the links to it in the folder.
    assert [s.doc_id for s in iter_sources([tmp_path], skip=[tmp_path / "gone"])] == ["a", "b"]
