""" "The fire has burned 6,000 hectares and forced 3,500 people from their homes": an act
joined to a present perfect shares its auxiliary (issue 25, rule 4).

The second verb has no "has" of its own, and the tagger reads its form as a simple past
("forced"/VBD): the act was told in the past with no date, so it got no time, while the
first verb of the same sentence, a present perfect, happened by publication. A verb
joined to a present perfect with no auxiliary and no subject of its own is now of its
tense (``verb_tense``): news of now, at publication. With a subject of its own ("and
rescuers reached the town on Monday") it is a clause of its own; with a date of its own
the date is its time; joined to a past perfect ("had burned ... and forced") it is no news
of now.

Capability table of invented sentences, published 2025-11-18: before the rule 16 of the
19 rows failed (each joined act had no time).
"""

from __future__ import annotations

import pytest

from tests.event_times import PUBLISHED, assert_at_publication, time_of

# (text, the joined act)
JOINED = [
    ("The fire has burned 6,000 hectares and forced 3,500 people from their homes.", "forced"),
    ("The storm has killed 12 people and left thousands without power.", "left"),
    ("The company has cut 500 jobs and closed two plants.", "closed"),
    ("Police have arrested two men and seized three cars.", "seized"),
    ("The flood has swept away bridges and cut off 20 villages.", "cut"),
    ("The army has retaken the town and sent troops to the border.", "sent"),
    ("The bank has raised its fees and reduced its branch hours.", "reduced"),
    ("Protesters have blocked the main roads and occupied the town hall.", "occupied"),
    ("The virus has infected 400 people and killed nine.", "killed"),
    ("The council has approved the budget and hired 40 teachers.", "hired"),
    ("Rebels have captured two towns and shelled the airport.", "shelled"),
    ("The airline has cancelled 300 flights and stranded thousands of passengers.", "stranded"),
    ("The club has sacked its coach and appointed a caretaker.", "appointed"),
    ("The quake has damaged 900 homes and destroyed a bridge, officials said.", "destroyed"),
    ("Investigators have questioned the driver and recovered the black box.", "recovered"),
    ("The mayor has closed the parks and banned fireworks.", "banned"),
]


@pytest.mark.parametrize(("text", "word"), JOINED)
def test_an_act_joined_to_a_present_perfect_is_news_of_now(text, word):
    assert_at_publication(text, word, "past")


# (text, the joined act, its time): a clause of its own, a date of its own, a past perfect
APART = [
    ("The storm has weakened, and rescuers reached the town on Monday.", "reached", "2025-11-17"),
    ("The firm has grown fast and hired 200 people in 2023.", "hired", "2023"),
]


@pytest.mark.parametrize(("text", "word", "value"), APART)
def test_an_act_with_a_subject_or_a_date_of_its_own(text, word, value):
    assert time_of(text, word) == value


def test_an_act_joined_to_a_past_perfect_is_no_news_of_now():
    text = "The fire had burned for days and forced hundreds from their homes."
    assert time_of(text, "forced") != PUBLISHED
