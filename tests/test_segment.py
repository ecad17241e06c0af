"""Sentence boundaries: headlines, line breaks, quotations."""

from __future__ import annotations

import pytest

from briefx.text.segment import sentence_spans


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


# A headline, dateline or paragraph on its own line: the parser sees the line break as a
# sentence start (``mark_line_breaks``), so no word's head lies across it.
LINE_BROKEN = [
    "Pope to visit Iraq in March\n\nThe Vatican confirmed the trip on Friday.",
    "Harlow Foods profit jumps\n\nHarlow Foods said profit rose 12 percent.",
    "Storm Greta hits Brittany\n\nWinds of 140 km/h cut power to 80,000 homes.",
    "LYON, France\n\nFirefighters fought a blaze at the old tram depot.",
    "Rail workers to strike on Friday\nUnions said talks with the operator had failed.",
    "Ministers meet over fuel prices\n\nFinance ministers gather in Brussels on Monday.",
    "UPDATE 2-Vantor Bank to close 40 branches\n\nVantor Bank will close 40 branches.",
    "Kenya votes\n\nKenyans queued from dawn to vote in the general election.",
    "Toyota recalls cars\n\nToyota is recalling 300,000 cars over a brake fault.",
    "By Anna Lind\n\nThe council approved the tram line late on Tuesday.",
    "Markets\n\nShares in Corvane rose 4 percent as investors cheered its results.",
    "Breaking: quake in Peru\n\nA strong earthquake struck southern Peru on Monday.",
    "Nurses walk out\n\nNurses at the city hospital stopped work on Tuesday morning.",
    "Club sells striker\n\nThe club sold its top striker to a rival for 40 million.",
    "Deal agreed\n\nThe two banks agreed to merge after months of talks.",
    "Talks stall\r\n\r\nNegotiators left the room without a deal on Thursday.",
]


@pytest.mark.parametrize("text", LINE_BROKEN)
def test_no_parse_arc_crosses_a_line_break(nlp, text: str) -> None:
    doc = nlp(text)
    breaks = [t.idx for t in doc if t.is_space and "\n" in t.text]
    for token in doc:
        if token.is_space:
            continue
        low, high = sorted((token.idx, token.head.idx))
        assert not any(low < b < high for b in breaks), (token.text, token.head.text)


def test_line_breaks_come_before_the_parser(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("briefx_line_breaks") == names.index("parser") - 1


def test_line_breaks_start_sentences_before_the_parse(nlp) -> None:
    """Every line break between words starts a sentence, also many in one long Doc."""
    from briefx.text.segment import mark_line_breaks

    lines = [f"Item {k} of the council's list was read out" for k in range(300)]
    doc = mark_line_breaks(nlp.make_doc("\n".join(lines)))
    starts = [t.i for t in doc if t.is_sent_start]
    breaks = [t.i for t in doc if t.is_space and "\n" in t.text]
    assert len(breaks) == 299
    assert starts == [0, *breaks]


def test_a_parsed_doc_keeps_its_sentences(nlp) -> None:
    from briefx.text.segment import mark_line_breaks

    doc = nlp("Rates rise\nBanks react")
    before = [t.is_sent_start for t in doc]
    assert [t.is_sent_start for t in mark_line_breaks(doc)] == before
