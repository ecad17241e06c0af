"""A line cut before a clause does not end on a word that leans on it (issue 25, the
brief's lines).

"Gusts of up to 90 mph were recorded at the harbour in Porthaven shortly after 2 a.m."
is too long for a line and is cut before "after": the line ended "... in Porthaven
shortly". A word of nearness or degree left at the end of a cut line ("shortly", "just",
"soon", "right", "immediately", "only", "even") is dropped with what it leaned on
(``dangling_words`` in ``models/events/headlines.json``).

Capability table of invented sentences; before the rule 15 of the 16 lines ended on the
word (the last one was not cut).
"""

from __future__ import annotations

import pytest

from briefx.crossdoc.headlines import sentence_headline

# (sentence, the line)
CUT_BEFORE_A_CLAUSE = [
    (
        "Gusts of up to 90 mph were recorded at the harbour in Porthaven shortly after 2 a.m., "
        "the weather service said.",
        "Gusts of up to 90 mph were recorded at the harbour in Porthaven",
    ),
    (
        "Two men were arrested by officers in the centre of the old town soon after the match "
        "ended on Saturday night.",
        "Two men were arrested by officers in the centre of the old town",
    ),
    (
        "The bridge over the river Vell was closed to all traffic by the police just after "
        "the crash on Friday.",
        "The bridge over the river Vell was closed to all traffic by the police",
    ),
    (
        "Thousands of people left their homes in the coastal villages of the north right "
        "after the warning was issued.",
        "Thousands of people left their homes in the coastal villages of the north",
    ),
    (
        "The central bank raised its main interest rate by half a point to 4.5% immediately "
        "after the meeting on Thursday.",
        "The central bank raised its main interest rate by half a point to 4.5%",
    ),
    (
        "Hundreds of residents were allowed back into the damaged district of the city only "
        "after engineers checked the buildings.",
        "Hundreds of residents were allowed back into the damaged district of the city",
    ),
    (
        "The ferry carrying 300 passengers and crew left the port of Orvik shortly after "
        "dawn on Sunday.",
        "The ferry carrying 300 passengers and crew left the port of Orvik",
    ),
    (
        "Fire crews from three towns reached the burning warehouse on the edge of Marel "
        "soon after midnight.",
        "Fire crews from three towns reached the burning warehouse on the edge of Marel",
    ),
    (
        "The striker scored the winning goal for the home side in front of 40,000 fans just "
        "after half-time.",
        "The striker scored the winning goal for the home side in front of 40,000 fans",
    ),
    (
        "Shares in the carmaker fell by more than a tenth in early trading in Stockholm "
        "shortly after the opening.",
        "Shares in the carmaker fell by more than a tenth in early trading in Stockholm",
    ),
    (
        "Rescuers pulled a girl of six from the rubble of a collapsed school in Amaro "
        "right after the second tremor.",
        "Rescuers pulled a girl of six from the rubble of a collapsed school in Amaro",
    ),
    (
        "The minister announced her resignation to a room of stunned reporters in the "
        "capital soon after the vote.",
        "The minister announced her resignation to a room of stunned reporters in the capital",
    ),
    (
        "Police sealed off the main square of the old town and the streets around it "
        "immediately after the blast.",
        "Police sealed off the main square of the old town and the streets around it",
    ),
    (
        "The airline cancelled all of its flights to and from the island for two days even "
        "after the storm passed.",
        "The airline cancelled all of its flights to and from the island for two days",
    ),
    (
        "The regional governor declared a state of emergency across the flooded south of the "
        "country soon after the dam burst.",
        "The regional governor declared a state of emergency across the flooded south of the "
        "country",
    ),
    # Not cut: the sentence is short enough, and keeps its words.
    ("Police arrived shortly after the shooting.", "Police arrived shortly after the shooting"),
]


@pytest.mark.parametrize(("sentence", "line"), CUT_BEFORE_A_CLAUSE)
def test_a_cut_line_drops_the_word_left_leaning_on_the_cut(sentence: str, line: str) -> None:
    assert sentence_headline([sentence]) == line
