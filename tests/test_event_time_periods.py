"""Fiscal quarters and periods as the time of a firm's results (issue 25): "third-quarter
net", "the fourth quarter", "fiscal 2024", and a period the parser hangs on the reporting
verb (the lender "reported" a deficit "for the quarter": the deficit was for the quarter,
the report was made on a day; ``models/events/words.json`` ``period_preps``). Capability
tables of invented sentences (published 2025-11-18, a Tuesday); the reporting-verb case
on parses written out by hand, as the small parser makes that mistake only in long
sentences."""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, event word, its time's value)
PERIODS = [
    ("Third-quarter net rose 5%.", "rose", "2025-Q3"),
    ("Third-quarter net rose 5%.", "net", "2025-Q3"),
    ("Net income in fiscal 2024 fell 3%.", "fell", "2024"),
    ("Fourth-quarter sales rose 4%.", "rose", "2025-Q4"),
    ("In the fourth quarter, the company shipped 2,000 trucks.", "shipped", "2025-Q4"),
    ("The company posted third-quarter earnings of $3 million.", "earnings", "2025-Q3"),
    ("Revenue in the second quarter was $2 billion.", "Revenue", "2025-Q2"),
    ("The company earned $5 million in the fiscal first quarter.", "earned", "2025-Q1"),
    ("Growth slowed sharply in the third quarter of 2024.", "slowed", "2024-Q3"),
    ("The retailer's fiscal 2024 profit rose 8%.", "profit", "2024"),
    ("The company took a charge of $4 million in the third quarter.", "charge", "2025-Q3"),
    ("Analysts expect slower growth for the fourth quarter.", "growth", "2025-Q4"),
    ("The insurer posted a loss of $8 million for the fiscal fourth quarter.", "loss", "2025-Q4"),
    ("Sales for the first half rose 6%.", "rose", "2025-H1"),
    ("Its operating loss narrowed in the quarter.", "narrowed", "2025-Q3"),
    ("The chain's first-half deficit widened.", "widened", "2025-H1"),
    ("Exports in the fourth quarter of 2024 dropped.", "dropped", "2024-Q4"),
]


@pytest.mark.parametrize(("text", "word", "value"), PERIODS)
def test_results_take_their_period(text: str, word: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r} in {[e.text for f in doc.facts for e in f.events]}"
    assert frames[0].time is not None and frames[0].time.value == value, frames[0].time


def test_a_report_keeps_its_own_day() -> None:
    """The period goes to what is reported; the report's day stays the report's."""
    doc = briefx.extract(
        "The lender said Monday that sales rose 4% in the quarter.", published=PUBLISHED
    )
    assert [d.value for d in doc.dates] == ["2025-11-17", "2025-Q3"]
    frames = {e.text: e for f in doc.facts for e in f.events}
    assert "said" not in frames
    assert frames["rose"].time is not None and frames["rose"].time.value == "2025-Q3"


# The period the parser hangs on the reporting verb, on parses written out by hand:
# (words, heads, deps, parts of speech, index of the date's head, the reporting verb's
# complement: the event that should own the date, or None).
_SAID_FOR = (
    ["The", "lender", "said", "it", "had", "a", "deficit", "of", "$", "9", "million"],
    [1, 2, 2, 4, 2, 6, 4, 6, 10, 10, 7],
    [
        "det",
        "nsubj",
        "ROOT",
        "nsubj",
        "ccomp",
        "det",
        "dobj",
        "prep",
        "quantmod",
        "compound",
        "pobj",
    ],
    ["DET", "NOUN", "VERB", "PRON", "VERB", "DET", "NOUN", "ADP", "SYM", "NUM", "NUM"],
)


def _said(tail: list[str], tail_heads: list[int], tail_deps: list[str], tail_pos: list[str]):
    import spacy
    from spacy.tokens import Doc

    words, heads, deps, pos = (list(part) for part in _SAID_FOR)
    words += [*tail, "."]
    heads += [*tail_heads, 2]
    deps += [*tail_deps, "punct"]
    pos += [*tail_pos, "PUNCT"]
    lemmas = ["say" if w == "said" else "have" if w == "had" else w.lower() for w in words]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


REPORTED_PERIODS = [
    # "... for the quarter": "for" on "said"
    (
        (["for", "the", "quarter"], [2, 13, 11], ["prep", "det", "pobj"], ["ADP", "DET", "NOUN"]),
        13,
        4,
    ),
    # "... for the first half"
    (
        (
            ["for", "the", "first", "half"],
            [2, 14, 14, 11],
            ["prep", "det", "amod", "pobj"],
            ["ADP", "DET", "ADJ", "NOUN"],
        ),
        14,
        4,
    ),
    # "... for fiscal 2024"
    (
        (["for", "fiscal", "2024"], [2, 13, 11], ["prep", "amod", "pobj"], ["ADP", "ADJ", "NUM"]),
        13,
        4,
    ),
    # "... on Monday": the report's own day
    ((["on", "Monday"], [2, 11], ["prep", "pobj"], ["ADP", "PROPN"]), 12, None),
    # "... Monday": the report's own day
    ((["Monday"], [2], ["npadvmod"], ["PROPN"]), 11, None),
]


@pytest.mark.parametrize(("tail", "date", "owner_index"), REPORTED_PERIODS)
def test_a_period_hung_on_the_report_is_the_reported_events(tail, date, owner_index) -> None:
    from briefx.events.words import owner

    doc = _said(*tail)
    assert owner(doc[date], {4, 6}) == owner_index


# More of a firm's results told for a period (``result_nouns``): "first-half results",
# "orders in October"; alone they are things ("the results of the test").
RESULT_NOUNS = [
    ("Third-quarter results included a gain of $4 million.", "results", "2025-Q3"),
    ("The bank's results for the first half beat forecasts.", "results", "2025-H1"),
    ("Orders in October rose 3%.", "Orders", "2025-10"),
    ("Bookings for the fourth quarter fell.", "Bookings", "2025-Q4"),
    ("The firm made payments of $3 million in 2024.", "payments", "2024"),
]


@pytest.mark.parametrize(("text", "word", "value"), RESULT_NOUNS)
def test_result_nouns_take_their_period(text: str, word: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r} in {[e.text for f in doc.facts for e in f.events]}"
    assert frames[0].time is not None and frames[0].time.value == value, frames[0].time


@pytest.mark.parametrize(
    "text", ["The results of the test surprised the doctors.", "The ship's orders were to sail."]
)
def test_result_nouns_alone_are_not_frames(text: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    words = [e.text.lower() for f in doc.facts for e in f.events]
    assert "results" not in words and "orders" not in words
