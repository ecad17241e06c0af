"""What a new user sees in the views: readable values, no empty box, each id once."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefx.cli import app
from briefx.schema import Document
from briefx.views.display import document_html, render_table

TEXT = "Reuters reported the talks lasted for days, and Kyiv agreed now.\n\n\n  \n"
SENTENCE = TEXT.rstrip()


def _doc(text: str = TEXT, doc_id: str = "wire-1", warnings: tuple[str, ...] = ()) -> Document:
    """A hand-made document: an outlet that is its own speaker, PXD and PRESENT_REF dates."""
    sentence = text.rstrip()

    def at(word: str) -> dict:
        start = sentence.index(word)
        return {"start": start, "end": start + len(word), "text": word, "sentence": 0}

    def date(word: str, type_: str, value: str) -> dict:
        return {
            **at(word),
            "type": type_,
            "value": value,
            "mod": None,
            "range": None,
            "anchor": "reference_date",
        }

    return Document.model_validate(
        {
            "doc_id": doc_id,
            "source": None,
            "reference_date": {"value": "2025-11-18", "origin": "argument"},
            "sentences": [{"id": 0, "start": 0, "end": len(sentence), "text": sentence}],
            "entities": [
                {
                    "id": "e1",
                    "type": "ORG",
                    "name": "Reuters",
                    "aliases": [],
                    "mentions": [at("Reuters")],
                },
                {
                    "id": "e2",
                    "type": "PLACE",
                    "name": "Kyiv",
                    "aliases": [],
                    "mentions": [at("Kyiv")],
                },
            ],
            "dates": [date("for days", "DURATION", "PXD"), date("now", "DATE", "PRESENT_REF")],
            "quantities": [],
            "facts": [
                {
                    "sentence": 0,
                    "text": sentence,
                    "entities": ["e1", "e2"],
                    "dates": [0, 1],
                    "quantities": [],
                    "attribution": {
                        "speaker": "e1",
                        "speaker_text": "Reuters",
                        "cue": "report",
                        "outlet": "Reuters",
                        "dates": [],
                    },
                },
            ],
            "warnings": list(warnings),
        }
    )


def _box(page: str) -> str | None:
    m = re.search(r'<div class="bx-text">(.*?)</div>', page, re.S)
    return None if m is None else html_lib.unescape(re.sub(r"<[^>]+>", "", m[1]))


def test_trailing_blank_lines_leave_no_empty_stretch_in_the_box() -> None:
    page = document_html(_doc(), TEXT)
    assert _box(page) == SENTENCE


def test_a_text_of_blank_lines_shows_no_box() -> None:
    doc = Document.model_validate(
        {**_doc().model_dump(), "sentences": [], "entities": [], "dates": [], "facts": []}
    )
    page = document_html(doc, "\n\n\n")
    assert _box(page) is None and "(no text)" in page


def test_fact_table_shows_a_gloss_with_the_value_on_hover() -> None:
    page = document_html(_doc(), TEXT)
    cells = dict(re.findall(r'title="([^"]+)" data-value="[^"]+">([^<]+)<', page))
    assert cells == {"PXD": "some days", "PRESENT_REF": "now"}


def test_attribution_does_not_repeat_the_outlet_that_is_the_speaker() -> None:
    page = document_html(_doc(), TEXT)
    assert "Reuters (report)" in page and "via Reuters" not in page


@pytest.mark.parametrize("use_rich", [True, False])
def test_table_has_the_id_once_the_facts_and_the_warnings(use_rich: bool) -> None:
    warning = "reference date defaulted to today (2025-11-18)"
    out = render_table(_doc(warnings=(warning,)), use_rich=use_rich, width=200)
    assert out.count("wire-1") == 1
    assert "Facts (1)" in out and "Reuters (report)" in out and "via Reuters" not in out
    assert "some days" in out and "now" in out
    assert "Warnings (1)" in out and warning in out


def test_cli_table_prints_each_document_id_once(tmp_path: Path) -> None:
    for name in ("alpha", "beta"):
        (tmp_path / f"{name}.txt").write_text("Kyiv agreed on Nov. 19.", "utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "table", "-p", "2025-11-18"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("alpha") == 1 and result.stdout.count("beta") == 1
    assert result.stdout.count("Facts (1)") == 2 and result.stdout.count("Warnings (0)") == 2


def test_highlight_titles_read_codes_in_words() -> None:
    page = document_html(_doc(), TEXT)
    assert 'title="DURATION PXD (some days)"' in page
    assert 'title="DATE PRESENT_REF (now)"' in page
