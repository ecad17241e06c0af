"""Sentence boundaries: headlines, line breaks, quotations."""

from __future__ import annotations

import pytest

from briefx.segment import sentence_spans


def _sentences(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [doc.text[s:e] for s, e in sentence_spans(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline without final punctuation, then a blank line.
        (
            "Minister to visit Paris for trade talks\n\nPresident Anna Berg will visit Paris "
            "on Monday, her office said.",
            [
                "Minister to visit Paris for trade talks",
                "President Anna Berg will visit Paris on Monday, her office said.",
            ],
        ),
        # "...," X said. "...": the comma-closed quote continues, the next quote starts anew.
        (
            '"We are ready to talk," Berg, who is visiting Oslo, said. "The door is open."',
            ['"We are ready to talk," Berg, who is visiting Oslo, said.', '"The door is open."'],
        ),
        # A quotation closed by a full stop belongs to its sentence.
        (
            'She said: "We will come back."\nThe talks ended.',
            ['She said: "We will come back."', "The talks ended."],
        ),
        # Curly quotes.
        (
            "“It is over,” he said. “We go home.”",
            ["“It is over,” he said.", "“We go home.”"],
        ),
        # Abbreviations do not end sentences inside a line.
        (
            "U.S. envoy John Smith met Gen. Lee on Nov. 19 in Washington.",
            ["U.S. envoy John Smith met Gen. Lee on Nov. 19 in Washington."],
        ),
        # Trailing blank lines give no empty sentence; whitespace is trimmed.
        ("The vote was held.\n\n\n\n", ["The vote was held."]),
    ],
)
def test_sentences(nlp, text: str, expected: list[str]) -> None:
    assert _sentences(nlp, text) == expected


def test_no_sentences_in_whitespace(nlp) -> None:
    assert _sentences(nlp, " \n\t ") == []
    assert _sentences(nlp, "") == []
