"""Headlines of fact clusters (briefx.crossdoc.headlines): capability tables."""

from __future__ import annotations

import pytest

from briefx.crossdoc.headlines import (
    HeadlineFrame,
    cluster_headline,
    reader_date,
    sentence_headline,
)
from briefx.schema import ClusterEvent

NAMES = {"g1": "Amara Quist", "g2": "Velmora", "g3": "Port Istel", "g4": "Dunmark Bank"}


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("2025-11-19", "on Nov. 19, 2025"),
        ("2024-02-29", "on Feb. 29, 2024"),
        ("2025-11-19T14:30", "on Nov. 19, 2025"),
        ("2025-06-02", "on June 2, 2025"),
        ("2025-02-30", None),  # no such day
        ("2025-10", "in October 2025"),
        ("2023", "in 2023"),
        ("2025-W47", "in the week of Nov. 17, 2025"),
        ("2025-SU", None),
        ("PRESENT_REF", None),
        ("202X", None),
    ],
)
def test_reader_date(value: str, written: str | None) -> None:
    assert reader_date(value) == written


def _event(**slots: str | None) -> ClusterEvent:
    base: dict[str, str | None] = {
        "lemma": "visit",
        "agent": None,
        "patient": None,
        "place": None,
        "date": None,
        "modality": "actual",
    }
    base.update(slots)
    return ClusterEvent(**base)  # type: ignore[arg-type]


def _frame(text: str, lemma: str, verbal: bool = True, **kw: str | None) -> HeadlineFrame:
    return HeadlineFrame(text, lemma, verbal, kw.get("agent"), kw.get("patient"))


SENTENCES = ["Amara Quist arrived in Velmora late on Tuesday, officials said."]

# (event slots, frames, expected headline)
FRAME_CASES = [
    (
        {"agent": "g1", "patient": "g2", "date": "2025-11-19", "modality": "planned"},
        [_frame("visit", "visit")],
        "Amara Quist will visit Velmora on Nov. 19, 2025",
    ),
    (
        {"agent": "g1", "patient": "g2", "modality": "possible"},
        [_frame("visit", "visit")],
        "Amara Quist may visit Velmora",
    ),
    (
        {"agent": "g1", "patient": "g2"},
        [_frame("visited", "visit")],
        "Amara Quist visited Velmora",
    ),
    (
        {"lemma": "meet", "agent": "g1", "place": "g3", "date": "2025-10"},
        [_frame("met", "meet")],
        "Amara Quist met in Port Istel in October 2025",
    ),
    (
        {"lemma": "release", "agent": "g2", "date": "2025-05/2025-07"},
        [_frame("freed", "free", patient="40 fishermen")],
        "Velmora freed 40 fishermen between May 2025 and July 2025",
    ),
    (
        {"lemma": "fire", "agent": "g4", "date": "2025-03-02"},
        [_frame("fired", "fire", patient="its chief executive")],
        "Dunmark Bank fired its chief executive on March 2, 2025",
    ),
    # The place is the doer: not said twice.
    (
        {"lemma": "sign", "agent": "g2", "place": "g2", "date": "2025-11-17"},
        [_frame("signed", "sign")],
        "Velmora signed on Nov. 17, 2025",
    ),
    # No doer known: the shortest sentence instead.
    (
        {"patient": "g2"},
        [_frame("visited", "visit")],
        "Amara Quist arrived in Velmora late on Tuesday",
    ),
    # Doer and verb, but nothing else: the sentence.
    (
        {"agent": "g1"},
        [_frame("visited", "visit")],
        "Amara Quist arrived in Velmora late on Tuesday",
    ),
    # The word is a noun in every report ("the visit"): the sentence.
    (
        {"agent": "g1", "patient": "g2", "modality": "planned"},
        [_frame("visit", "visit", verbal=False)],
        "Amara Quist arrived in Velmora late on Tuesday",
    ),
    # A plural noun is no verb: "Velmora negotiations" is not a headline.
    (
        {"lemma": "negotiation", "agent": "g2", "place": "g3"},
        [_frame("negotiations", "negotiation")],
        "Amara Quist arrived in Velmora late on Tuesday",
    ),
    # A long participant text is not used.
    (
        {"lemma": "release", "agent": "g2"},
        [_frame("released", "release", patient="the men who had been held since the first raids")],
        "Amara Quist arrived in Velmora late on Tuesday",
    ),
    # An agent without an entity: its words, when short.
    (
        {"lemma": "arrest", "date": "2025-06-03"},
        [_frame("arrested", "arrest", agent="the police", patient="two men")],
        "The police arrested two men on June 3, 2025",
    ),
    # A pronoun names nobody: the sentence.
    (
        {"lemma": "propose", "modality": "planned", "patient": None},
        [_frame("propose", "propose", agent="we", patient="new terms")],
        "Amara Quist arrived in Velmora late on Tuesday",
    ),
    # A date a reader would not use (a season) is left out; the patient is enough.
    (
        {"lemma": "launch", "agent": "g4", "date": "2025-SU", "patient": None},
        [_frame("launched", "launch", patient="a savings account")],
        "Dunmark Bank launched a savings account",
    ),
    # Planned, verbal frame of another lemma of the group.
    (
        {"lemma": "exchange", "agent": "g2", "patient": None, "modality": "planned"},
        [_frame("swap", "swap", patient="prisoners")],
        "Velmora will swap prisoners",
    ),
]


@pytest.mark.parametrize(("slots", "frames", "expected"), FRAME_CASES)
def test_frame_headline(slots: dict, frames: list[HeadlineFrame], expected: str) -> None:
    line = cluster_headline(_event(**slots), frames, SENTENCES, NAMES)
    assert line == expected
    assert len(line.split()) >= 3


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Prices of bread rose again in March."], "Prices of bread rose again in March"),
        (
            [
                "The port reopened on Friday, when seven days of repairs that had cost the city "
                "far more than planned, the mayor said.",
                "Ships were again loading grain at the northern quay by noon, while the crews "
                "who had waited for days cheered from the decks.",
            ],
            "The port reopened on Friday",
        ),
        (["“We will rebuild the bridge,” the minister said."], "We will rebuild the bridge"),
        (["Talks resumed, he said."], "Talks resumed, he said"),
        # A two-word sentence is no headline when a longer one exists.
        (
            ["Talks resumed.", "Both delegations returned to the table on Monday."],
            "Both delegations returned to the table on Monday",
        ),
        (
            ["Fuel prices rose sharply overnight, traders said."],
            "Fuel prices rose sharply overnight",
        ),
    ],
)
def test_sentence_headline(sentences: list[str], expected: str) -> None:
    assert sentence_headline(sentences) == expected


# A sentence cut at its first clause can be the shortest line; a line naming more of
# what the reports share comes first (issue 26).
KEEP_CASES = [
    (
        [
            "Velmora and Dunmark held three rounds of talks in Geneva this spring, which "
            "ended with a swap of prisoners and no ceasefire at all.",
            "The only result of the talks between the delegations was a swap of prisoners.",
        ],
        [],
        "Velmora and Dunmark held three rounds of talks in Geneva this spring",
    ),
    (
        [
            "Talks to end the dispute stalled after the Geneva rounds produced nothing new.",
            "Velmora and Dunmark held three rounds of talks in Geneva this spring, which "
            "ended with a swap of prisoners.",
        ],
        ["Velmora", "Dunmark", "Geneva"],
        "Velmora and Dunmark held three rounds of talks in Geneva this spring",
    ),
    (
        [
            "Talks to end the dispute stalled after the Geneva rounds produced nothing new.",
            "Velmora and Dunmark held three rounds of talks in Geneva this spring, which "
            "ended with a swap of prisoners.",
        ],
        [],
        # A sentence of up to max_words is not cut: the cut long one is shorter.
        "Velmora and Dunmark held three rounds of talks in Geneva this spring",
    ),
    (
        ["The quake damaged a church.", "A strong quake struck Oaxaca on Monday."],
        ["Oaxaca"],
        "A strong quake struck Oaxaca on Monday",
    ),
    (
        ["The quake damaged a church.", "A strong quake struck Oaxaca on Monday."],
        [],
        "The quake damaged a church",
    ),
    (
        ["Shares fell.", "Norvik shares fell 4% in Oslo on the results."],
        ["Oslo", "Norvik"],
        "Norvik shares fell 4% in Oslo on the results",
    ),
]


@pytest.mark.parametrize(("sentences", "keep", "expected"), KEEP_CASES)
def test_sentence_headline_keeps_what_reports_share(
    sentences: list[str], keep: list[str], expected: str
) -> None:
    assert sentence_headline(sentences, keep) == expected
