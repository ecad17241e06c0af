"""An event noun carried by a verb of habit is a habit too (issue 25, rule 5): "the firm
usually holds its annual meeting in May" tells of every May, not of May 2025, so the
meeting has no time; likewise "often stages concerts in July", "the race is usually run
in late October". Told once ("held its annual meeting in May", "the annual parade took
place on Sunday"), the noun keeps its date. Capability table of invented sentences
(published 2025-11-18, a Tuesday); the habit words are data (``models/events/time.json``:
``habitual``, ``habitual_determiners``)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of, time_of

# (text, event noun, its time's value)
TABLE = [
    ("The firm usually holds its annual meeting in May.", "meeting", None),
    ("The club often stages concerts in July.", "concerts", None),
    ("The union generally calls a strike in the spring.", "strike", None),
    ("The race is usually run in late October.", "race", None),
    ("The company sometimes makes acquisitions in the fourth quarter.", "acquisitions", None),
    ("The two leaders regularly hold talks in Geneva in June.", "talks", None),
    ("The league traditionally plays the opening match in August.", "match", None),
    ("Ministers frequently hold meetings in Brussels in the autumn.", "meetings", None),
    ("The group holds a conference in March every year.", "conference", None),
    ("The auction is typically held in early December.", "auction", None),
    ("Each summer the town stages a festival on the beach.", "festival", None),
    ("The summit is normally held in the first week of June.", "summit", None),
    # Told once: the date stays.
    ("The annual parade took place on Sunday.", "parade", "2025-11-16"),
    ("The firm held its annual meeting in May.", "meeting", "2025-05"),
    ("The club staged concerts in July.", "concerts", "2025-07"),
    ("The union staged a strike on Monday, as it often does.", "strike", "2025-11-17"),
    ("Ministers usually meet in March, but this year they held talks in May.", "talks", "2025-05"),
    ("The auction was held in early December 2024.", "auction", "2024-12"),
]


@pytest.mark.parametrize(("text", "noun", "value"), TABLE)
def test_an_event_noun_of_a_habit_has_no_time(text: str, noun: str, value: str | None) -> None:
    assert time_of(text, noun) == value


def test_a_habit_holds_now() -> None:
    """A habit told in the present is ongoing: it still happens."""
    assert frame_of("The firm usually holds its annual meeting in May.", "meeting").when == (
        "ongoing"
    )


# "every" or "each" repeats an event only on a time or an occasion ("every Friday", "each
# year", "on every visit"); on the people or places it was done to, it was done once.
ONCE = [
    ("The charity sent food parcels to every village on Sunday.", "sent", "2025-11-16"),
    ("Inspectors visited each school on Friday.", "visited", "2025-11-14"),
    ("Police questioned each suspect on Thursday.", "questioned", "2025-11-13"),
    ("The mayor thanked every volunteer at the ceremony on Saturday.", "thanked", "2025-11-15"),
    ("The union wrote to every member on Monday.", "wrote", "2025-11-17"),
]
REPEATED = [
    ("Protesters gather in the square every evening.", "gather"),
    ("The council meets on every second Monday.", "meets"),
    ("The minister is briefed on each visit.", "briefed"),
]


@pytest.mark.parametrize(("text", "verb", "value"), ONCE)
def test_every_person_or_place_is_no_habit(text: str, verb: str, value: str) -> None:
    assert time_of(text, verb) == value


@pytest.mark.parametrize(("text", "verb"), REPEATED)
def test_every_time_or_occasion_is_a_habit(text: str, verb: str) -> None:
    assert frame_of(text, verb).time is None
