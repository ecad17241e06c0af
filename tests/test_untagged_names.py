"""A doer's words may carry a name the tagger left untagged ("The Tarsk Composite"):
two names with no word in common part two doers (issue 26). Capability tables over
``briefx.crossdoc.identity.doer_name`` and ``names_clash``."""

from __future__ import annotations

import pytest

from briefx.crossdoc.identity import doer_name, names_clash
from briefx.schema import EventArgument, EventFrame, Sentence

# (sentence, the doer as written, its name or None)
CASES = [
    (
        "The Brennick Industrial Average fell 2%.",
        "The Brennick Industrial Average",
        "brennick industrial average",
    ),
    ("The Tarsk Composite lost 1.1%.", "The Tarsk Composite", "tarsk composite"),
    ("On Monday the Tarsk Composite lost 1.1%.", "the Tarsk Composite", "tarsk composite"),
    ("Shares of Helvex Motors fell.", "Shares of Helvex Motors", "helvex motors"),
    ("The Russell 2000 index dropped.", "The Russell 2000 index", None),  # one capital
    ("Crude oil rose to $74.", "Crude oil", None),  # a sentence's first word
    ("US stocks fell on Monday.", "US stocks", None),  # one name word
    ("Police arrested two men.", "Police", None),
    ("Later, Obama's aides denied it.", "Obama's aides", None),
    ("The FTSE 100 rose.", "The FTSE 100", None),
    (
        "The New York Stock Exchange halted trading.",
        "The New York Stock Exchange",
        "new york stock exchange",
    ),
    ("Bank shares slid.", "Bank shares", None),
    ("Then the Bank of Velmora raised rates.", "the Bank of Velmora", "bank velmora"),
    ("The carmaker said it would recall cars.", "The carmaker", None),
    ("Rescue teams in Oaxaca searched the rubble.", "Rescue teams in Oaxaca", None),
    ("The S&P 500 Index rose.", "The S&P 500 Index", "s&p index"),
]


@pytest.mark.parametrize(("sentence", "doer", "expected"), CASES)
def test_doer_name(sentence: str, doer: str, expected: str | None) -> None:
    start = sentence.index(doer)
    frame = EventFrame(
        start=len(sentence) - 1,
        end=len(sentence),
        text=".",
        lemma="fall",
        agent=EventArgument(start=start, end=start + len(doer), text=doer, entity=None),
        patient=None,
        place=None,
        dates=[],
        quantities=[],
        polarity="positive",
        modality="actual",
    )
    line = Sentence(id=0, start=0, end=len(sentence), text=sentence)
    assert doer_name(frame, line) == expected


def test_a_tagged_doer_gives_its_name_too() -> None:
    # The tagger may find the name in one report and miss it in another: the words count.
    sentence = "The Tarsk Composite lost 1.1%."
    frame = EventFrame(
        start=20, end=24, text="lost", lemma="lose",
        agent=EventArgument(start=0, end=19, text="The Tarsk Composite", entity="e1"),
        patient=None, place=None, dates=[], quantities=[], polarity="positive",
        modality="actual",
    )
    line = Sentence(id=0, start=0, end=len(sentence), text=sentence)
    assert doer_name(frame, line) == "tarsk composite"


CLASH = [
    ("tarsk composite", "brennick industrial average", True),
    ("tarsk composite", "tarsk composite", False),
    ("tarsk composite", "tarsk composite index", False),
    ("president volodymyr zelensky", "volodymyr zelensky", False),
    ("new york stock exchange", "london stock exchange", False),  # "stock exchange" shared
    ("bank velmora", "bank dunmark", False),
    ("helvex motors", "dornal group", True),
    ("tarsk composite", None, False),
    (None, None, False),
]


@pytest.mark.parametrize(("first", "second", "expected"), CLASH)
def test_names_clash(first: str | None, second: str | None, expected: bool) -> None:
    assert names_clash(first, second) is expected
    assert names_clash(second, first) is expected
