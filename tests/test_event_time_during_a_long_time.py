"""What happened during a war, a pandemic or a crisis is not in the day's scene (issue 25,
rules 3 and 5).

"The museum reopened on Sunday. Its roof was damaged during the war.": the damage took
Sunday from the scene. An event placed "during" (or "throughout") an event that lasts
months or years (``long_events`` in ``models/events/time.json``: war, pandemic, crisis,
occupation...) happened at some time within it, not on the day the story tells; with no
date of its own it has no time. An event during an occasion of the day ("injured during
the match", "drowned during the storm") still lies in the scene.

Capability table of invented texts, published 2025-12-05; before the rule 16 of the 16
cases took the scene's day, and the 3 occasions of the day passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-12-05"

# (text, an event of the second sentence, placed within a long event)
DURING_A_LONG_TIME = [
    ("The museum reopened on Sunday. Its roof was damaged during the war.", "damaged"),
    (
        "The minister resigned on Tuesday. Vaccination rates fell sharply during the pandemic.",
        "fell",
    ),
    ("The bank reported results on Monday. It lost clients during the financial crisis.", "lost"),
    ("The statue returned to Vell on Friday. Soldiers looted it during the occupation.", "looted"),
    ("The mill closed on Thursday. It hired 300 workers during the boom.", "hired"),
    ("Farmers marched on Saturday. Many sold their cattle during the drought.", "sold"),
    ("The hotel reopened on Monday. It housed refugees throughout the conflict.", "housed"),
    ("The singer died on Wednesday. She performed for troops during the war.", "performed"),
    ("The shop closed on Friday. Its sales collapsed during the lockdown.", "collapsed"),
    ("The firm listed its shares on Tuesday. It nearly failed during the recession.", "failed"),
    (
        "The old bridge was demolished on Sunday. It survived shelling throughout the siege.",
        "survived",
    ),
    ("The general was buried on Monday. He led an army during the civil war.", "led"),
    ("The charity opened a clinic on Thursday. It fed thousands during the famine.", "fed"),
    ("The mayor spoke on Wednesday. Crime rose during his first term.", "rose"),
    ("The club unveiled a plaque on Saturday. Its ground was bombed during the blitz.", "bombed"),
    (
        "The airline resumed flights on Friday. It grounded its fleet during the outbreak.",
        "grounded",
    ),
]

# (text, an event of the second sentence, the scene's day): an occasion of the day.
DURING_THE_DAY = [
    ("Rovers beat City on Saturday. A fan was injured during the match.", "injured", "2025-11-29"),
    (
        "The storm hit the coast on Thursday. Two men drowned during the storm.",
        "drowned",
        "2025-12-04",
    ),
    (
        "Talks resumed in Geneva on Monday. Both sides made concessions during the talks.",
        "made",
        "2025-12-01",
    ),
]


@pytest.mark.parametrize(("text", "word"), DURING_A_LONG_TIME)
def test_an_event_during_a_long_event_takes_no_day(text: str, word: str) -> None:
    assert time_of(text, word, PUBLISHED) is None


@pytest.mark.parametrize(("text", "word", "value"), DURING_THE_DAY)
def test_an_event_during_an_occasion_of_the_day_stays_in_the_scene(
    text: str, word: str, value: str
) -> None:
    assert time_of(text, word, PUBLISHED) == value
