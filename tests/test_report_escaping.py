"""Hostile texts and file names through every human-facing brief format (issues 29, 36).

The Markdown report is rendered by a real Markdown renderer (markdown-it-py, with
GitHub's tables and bare-address links on), and its HTML must hold no element or link the
text brought; the HTML report likewise; the table (terminal) holds no control character.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from briefx.cli import app
from briefx.views.escape import markdown

# Each hostile line: reports of one event, so they share clusters and quotations.
HOSTILE = [
    "<script>alert(1)</script> Mayor Lena Ortiz opened the new bridge in Dunmore on Monday.",
    "[click here](javascript:alert(1)) Mayor Lena Ortiz opened the new bridge in Dunmore on "
    "Monday.",
    "![pixel](http://tracker.invalid/p.png) Mayor Lena Ortiz opened the bridge in Dunmore on "
    "Monday.",
    "# Breaking\n| a | b |\n> quoted\n- item\n1. first\n`code` **bold** ~~gone~~ Mayor Lena "
    "Ortiz opened the bridge in Dunmore on Monday, see www.tracker.invalid now.",
    "Mayor Lena Ortiz \x1b]0;owned\x07opened the \x1b[2Jbridge in Dunmore\u202e on Monday "
    "<img src=x onerror=alert(1)> &amp; &#60;b&#62;.",
]
# File names are text too: a line break, a heading, markup, an escape.
NAMES = ["plain", "line\n# Heading", "[x](http:evil)", "esc\x1b]0;t\x07", "pipe|name"]
# What the report itself writes, and nothing else.
ALLOWED = {
    "h1", "h2", "h3", "p", "blockquote", "em", "strong", "ul", "ol", "li",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, text in zip(NAMES, HOSTILE, strict=True):
        (folder / f"{name}.txt").write_text(text, "utf-8")
    return folder


def _run(folder: Path, fmt: str) -> str:
    result = CliRunner().invoke(
        app, ["brief", str(folder), "--published", "2026-02-03", "--format", fmt]
    )
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    "text",
    [
        "<script>x</script>",
        "[a](javascript:b)",
        "![i](http://h/i.png)",
        "# heading",
        "| a | b |",
        "> quote",
        "- item",
        "+ item",
        "1. first",
        "12) twelfth",
        "`code`",
        "**bold** _it_",
        "~~strike~~",
        "http://h.invalid/x",
        "www.h.invalid",
        "<http://h.invalid>",
        "&amp; &#60;",
        "a\\",
        "---",
        "line\n# two",
        "=====",
    ],
)
def test_markdown_escape_shows_the_text_as_written(text: str) -> None:
    for frame in ("{}", "> {}", "- {}", "### {} — 2 reports", "| {} | x |\n| --- | --- |"):
        source = frame.format(markdown(text))
        if frame.startswith("|"):
            source = "| h | h |\n| --- | --- |\n" + frame.format(markdown(text)).split("\n")[0]
        html = MarkdownIt("gfm-like").render(source)
        parsed = _parse(html)
        assert {t for t, _ in parsed.tags} <= ALLOWED, (text, frame, html)
        shown = " ".join("".join(parsed.text).split())
        assert " ".join(text.split()) in shown, (text, frame, html)


def test_markdown_report_brings_no_markup_from_the_text(hostile_folder) -> None:
    report = _run(hostile_folder, "markdown")
    html = MarkdownIt("gfm-like").render(report)
    parsed = _parse(html)
    tags = {t for t, _ in parsed.tags}
    assert tags <= ALLOWED, tags - ALLOWED
    assert not any("href" in a or "src" in a for _, a in parsed.tags)
    # One title, and second-level headings only the report's own sections and stories.
    assert [t for t, _ in parsed.tags].count("h1") == 1
    assert "\x1b" not in report and "\u202e" not in report and "\x07" not in report
    for line in report.splitlines():
        assert not line.startswith(("# Heading", "# Breaking", "| a |"))
    shown = "".join(parsed.text)
    assert "<script>alert(1)</script>" in shown  # shown as text
    assert "line # Heading" in shown  # the file name, on one line


def test_html_report_brings_no_markup_from_the_text(hostile_folder) -> None:
    page = _run(hostile_folder, "html")
    parsed = _parse(page)
    tags = {t for t, _ in parsed.tags}
    assert not tags & {"script", "img", "a", "iframe", "object", "embed", "link"}
    assert not any(k.startswith("on") for _, a in parsed.tags for k in a)
    assert "\x1b" not in page and "\u202e" not in page
    # Addresses from the text are text: no attribute points anywhere.
    values = [v or "" for _, a in parsed.tags for v in a.values()]
    assert not any("http" in v or "javascript" in v for v in values)
    assert "<script>alert(1)</script>" in "".join(parsed.text)


def test_table_report_sends_no_terminal_escape(hostile_folder) -> None:
    table = _run(hostile_folder, "table")
    assert "\x1b" not in table and "\u202e" not in table and "\x07" not in table
    assert "\\x1b]0;owned" in table or "\\x1b[2J" in table  # shown, written out
    # A file name's line break does not start a line of its own.
    assert not any(line.startswith("# Heading") for line in table.splitlines())


# (text, limit, cut): a cut ends after a whole word when one ends in the last third.
CUTS = [
    (
        "Ukraine and Russia held several rounds of talks in Istanbul",
        40,
        "Ukraine and Russia held several rounds…",
    ),
    ("short line", 40, "short line"),
    ("exactly forty characters long, no cut!!", 40, "exactly forty characters long, no cut!!"),
    ("Supercalifragilisticexpialidociousnesses and more", 20, "Supercalifragilisti…"),
    ("The minister said, after a long meeting, that", 30, "The minister said, after a…"),
    ("one two three four five six seven eight nine ten", 25, "one two three four five…"),
]


@pytest.mark.parametrize(("text", "limit", "expected"), CUTS)
def test_a_cut_ends_after_a_word(text: str, limit: int, expected: str) -> None:
    from briefx.views.report import _cut

    assert _cut(text, limit) == expected
    assert len(_cut(text, limit)) <= limit
