"""A time that a verb of sequence places the news after sets no scene (issue 25, rule 3).

"Stocks fell on Thursday. The selloff followed a strong November. Oil prices rose." put
the rise of oil in November: the month was the last date named, so it became the
paragraph's time, and "the selloff" took it as its own. A date that is the object of
"follow" or "precede" (``sequence_verbs``; "was preceded by", and "followed a violent
Monday" that the parse reads as an adverb of time) is a look back from the story's time:
no event's own date, no scene for what follows (``briefx.events.words.sequenced``,
``briefx.events.time.sets_no_scene``), in a sentence with events or without
(``briefx.events.frames.sceneless_dates``). A clause of its own ("November, when the
index gained 5%") keeps it.

Capability table of invented three-sentence stories, published 2025-12-05 (a Friday);
before the rule 12 of the 14 stories failed (each third event took the day, month,
season or year looked back to; the other 2 took the right day), 5 of the 6 sequence
subjects took the date, and the 2 stories that move the scene passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-05"

# (story, the last event word, its day: the first sentence's)
STORIES = [
    (
        "Stocks fell on Thursday. The selloff followed a strong November, when the index gained "
        "5%. Oil prices rose for a third session.",
        "rose",
        "2025-12-04",
    ),
    (
        "Bond yields climbed on Wednesday. The rise followed a calm October. Traders sold "
        "long-dated debt.",
        "sold",
        "2025-12-03",
    ),
    (
        "The port reopened on Monday. The reopening followed a stormy weekend. Ferries sailed to "
        "the islands.",
        "sailed",
        "2025-12-01",
    ),
    (
        "Ticket sales slumped on Tuesday. The slump followed a record summer for the festival. "
        "Organisers cut prices.",
        "cut",
        "2025-12-02",
    ),
    (
        "The index dropped on Friday. The drop was preceded by a quiet September. Dealers blamed "
        "thin trading.",
        "blamed",
        "2025-12-05",
    ),
    (
        "The council approved the budget on Wednesday. The vote followed a heated August of "
        "protests. Opponents walked out.",
        "walked",
        "2025-12-03",
    ),
    (
        "Factory orders fell on Monday. The fall followed a strong third quarter. Carmakers "
        "cancelled shifts.",
        "cancelled",
        "2025-12-01",
    ),
    (
        "The euro weakened on Thursday. The move followed a volatile 2024. Exporters cheered.",
        "cheered",
        "2025-12-04",
    ),
    (
        "Flights resumed on Sunday. The restart followed a chaotic Saturday at the airport. Crews "
        "cleared the backlog.",
        "cleared",
        "2025-11-30",
    ),
    (
        "The miners went back to work on Tuesday. Their return followed a bitter winter of "
        "strikes. Output rose.",
        "rose",
        "2025-12-02",
    ),
    (
        "Copper hit a record on Wednesday. The surge followed a weak July, when prices fell 8%. "
        "Miners raised output.",
        "raised",
        "2025-12-03",
    ),
    (
        "Rain fell across the region on Monday. It followed the driest October in decades. "
        "Farmers welcomed it.",
        "welcomed",
        "2025-12-01",
    ),
    (
        "The ceasefire held on Wednesday. The calm followed a violent Monday, when rockets struck "
        "the city. Families returned home.",
        "returned",
        "2025-12-03",
    ),
    (
        "The ferry docked on Tuesday. The crossing followed a rough November at sea. Passengers "
        "walked ashore.",
        "walked",
        "2025-12-02",
    ),
    # The scene moves with a date of the news.
    ("Shares rose on Monday. Prices fell on Tuesday. Traders sold heavily.", "sold", "2025-12-02"),
    (
        "The plant closed on Friday. Workers had protested in May. Managers left the site.",
        "left",
        "2025-12-05",
    ),
]

# (story, the event noun a verb of sequence places, a date it must not take)
SUBJECTS = [
    ("Bond yields climbed on Wednesday. The rise followed a calm October.", "rise", "2025-10"),
    (
        "The council approved the budget on Wednesday. The vote followed a heated August of "
        "protests.",
        "vote",
        "2025-08",
    ),
    ("Factory orders fell on Monday. The fall followed a strong third quarter.", "fall", "2025-Q3"),
    (
        "The miners went back to work on Tuesday. Their return followed a bitter winter of "
        "strikes.",
        "return",
        "2025-WI",
    ),
    ("Copper hit a record on Wednesday. The surge followed a weak July.", "surge", "2025-07"),
    ("The index dropped on Friday. The drop was preceded by a quiet September.", "drop", "2025-09"),
]


def _frames(story: str) -> dict[str, list]:
    doc = briefx.extract(story, published=PUBLISHED)
    found: dict[str, list] = {}
    for fact in doc.facts:
        for event in fact.events:
            found.setdefault(event.text, []).append(event)
    return found


@pytest.mark.parametrize(("story", "word", "day"), STORIES)
def test_a_time_looked_back_to_sets_no_scene(story, word, day):
    event = _frames(story)[word][-1]
    assert event.time is not None and event.time.value == day
    assert event.time.source == "context"


@pytest.mark.parametrize(("story", "word", "placed"), SUBJECTS)
def test_what_a_verb_of_sequence_places_takes_not_its_date(story, word, placed):
    event = _frames(story)[word][-1]
    assert event.time is None or event.time.value != placed


def test_a_clause_of_the_time_keeps_it():
    story = STORIES[0][0]
    gained = _frames(story)["gained"][0]
    assert gained.time is not None and gained.time.value == "2025-11"
