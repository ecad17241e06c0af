"""A past perfect with no date of its own lies some time before the told scene, not
within it (issue 25, rule 5): "Rovers beat the leaders on Saturday. Her side had lost
three of the previous four" does not put the losses on Saturday. The scene still
holds the past perfect of reported speech, which stands for a simple past ("officials
said 40 people had drowned"), and one counted from the scene in minutes or hours ("had
taken the lead after 12 minutes"); a date of its own is kept. Capability table of
invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of, time_or_none

# (text, event word): before the scene, so no time.
BEFORE_THE_SCENE = [
    (
        "Rovers beat the leaders on Saturday. Her side had lost three of the previous four.",
        "lost",
    ),
    ("The ferry sank on Sunday. It had failed an inspection.", "failed"),
    ("The minister resigned on Monday. She had faced calls to quit.", "faced"),
    ("Police arrested a man on Friday. He had fled the scene in a stolen car.", "fled"),
    ("The museum reopened on Thursday. Thieves had stolen two paintings.", "stolen"),
    ("Flooding hit the valley on Sunday. Heavy rain had fallen on the hills.", "fallen"),
    ("The firm filed for bankruptcy in June. It had borrowed heavily to expand.", "borrowed"),
    (
        "The striker scored twice on Saturday. He had missed three games with a knee injury.",
        "missed",
    ),
    ("Voters went to the polls on Sunday. The campaign had focused on prices.", "focused"),
    ("The bridge collapsed on Monday. Engineers had warned that it was unsafe.", "warned"),
    ("The talks ended on Friday. Both camps had backed a truce.", "backed"),
    ("A fire destroyed the mill in May. The owners had sold it to a developer.", "sold"),
    ("The pilot landed safely on Tuesday. An engine had caught fire over the sea.", "caught"),
    ("Shares fell on Wednesday. The company had cut its forecast.", "cut"),
    ("Rescuers reached the village on Sunday. The road had collapsed in the storm.", "collapsed"),
    ("The coach was sacked on Monday. His team had won only two matches.", "won"),
]

# (text, event word, its time): reported speech, a count from the scene, a date of its own.
KEPT = [
    ("The ferry sank on Sunday. Officials said 40 people had drowned.", "drowned", "2025-11-16"),
    ("The mine flooded on Friday. Twelve miners had died, the company said.", "died", "2025-11-14"),
    (
        "Rovers beat Harlow on Saturday. Harlow had taken the lead after 12 minutes.",
        "taken",
        "2025-11-15",
    ),
    ("The ferry sank on Sunday. It had left port on Saturday evening.", "left", "2025-11-15TEV"),
]


@pytest.mark.parametrize(("text", "word"), BEFORE_THE_SCENE)
def test_a_past_perfect_lies_before_the_scene(text: str, word: str) -> None:
    frame = frame_of(text, word)
    assert frame.time is None
    assert frame.when == "past"


@pytest.mark.parametrize(("text", "word", "value"), KEPT)
def test_reported_counted_or_dated_past_perfects_keep_their_time(
    text: str, word: str, value: str
) -> None:
    assert time_or_none(text, word) == value
