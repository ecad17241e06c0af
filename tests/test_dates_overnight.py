""" "Overnight" in news: the night before the report, or the night to come (issue 25, dates).

"A storm swept across the coast overnight" in a report of Friday happened in the night
of Thursday to Friday; "temperatures will fall overnight" in the night to come. Neither
was a date, so the storm had no time. Told in the past (or with no tense) "overnight" is
the night before the publication day; in the future, that day's night; with a weekday
("overnight Thursday", "Tuesday overnight") that day's night. Not a date: "overnight"
before a noun ("an overnight stay", "the overnight rate") nor in the sense of "all at
once" ("did not happen overnight", "cannot be fixed overnight", "became a star
overnight"). Beside a day of its sentence it is the night before that day ("worked
overnight ahead of Monday's reopening": Sunday night).

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
11 of the 13 cases that name a night failed (a weekday just after or before "overnight"
was read already), and the 7 that name none passed. The 4 nights beside a day were
added with the rule that reads them.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-05"

# (text, the night's value, the event word that happened within it)
NIGHTS = [
    ("A storm swept across the coast overnight, toppling trees.", "2025-12-04TNI", "swept"),
    ("Police arrested two men overnight.", "2025-12-04TNI", "arrested"),
    ("Overnight, rebels shelled the city.", "2025-12-04TNI", "shelled"),
    ("Fires burned overnight near the border, officials said.", "2025-12-04TNI", "burned"),
    ("Gunmen attacked a checkpoint overnight, killing three soldiers.", "2025-12-04TNI", "killing"),
    ("Markets in Asia fell overnight as chip shares slid.", "2025-12-04TNI", "fell"),
    ("Temperatures will drop sharply overnight.", "2025-12-05TNI", "drop"),
    ("The road will stay closed overnight while crews repair it.", "2025-12-05TNI", "stay"),
    ("Overnight Thursday, gunmen stormed a police post.", "2025-12-04TNI", "stormed"),
    ("The ferry sank overnight Tuesday off the island.", "2025-12-02TNI", "sank"),
    ("Overnight on Wednesday, a blaze destroyed a warehouse.", "2025-12-03TNI", "destroyed"),
    ("A dam burst Tuesday overnight, flooding two villages.", "2025-12-02TNI", "burst"),
    ("Storm batters coast overnight", "2025-12-04TNI", "batters"),
]

# Sentences whose "overnight" names no night.
NO_NIGHT = [
    "The company did not become a success overnight.",
    "Prices cannot be cut overnight, the minister warned.",
    "She became an overnight sensation after the final.",
    "Guests paid for an overnight stay at the lodge.",
    "Banks lend to each other at the overnight rate.",
    "Such change will not happen overnight.",
    "The singer became a star overnight.",
]

# A night beside a day of its sentence: (text, the night's value), the night before it.
NIGHT_BEFORE_A_DAY = [
    ("Crews worked overnight ahead of Monday's reopening.", "2025-12-07TNI"),
    (
        "A storm swept the coast overnight, leaving homes without power on Friday morning.",
        "2025-12-04TNI",
    ),
    ("Fans queued overnight for Wednesday's concert.", "2025-12-02TNI"),
    ("Fires burned overnight near the border, officials said on Thursday.", "2025-12-03TNI"),
]


def _extract(text: str) -> briefx.Document:
    return briefx.extract(text, published=PUBLISHED)


@pytest.mark.parametrize(("text", "value", "word"), NIGHTS)
def test_overnight_is_a_night(text: str, value: str, word: str) -> None:
    doc = _extract(text)
    nights = [d for d in doc.dates if "overnight" in d.text.lower()]
    assert [d.value for d in nights] == [value], f"{text!r}: {doc.dates}"
    (night,) = nights
    assert text[night.start : night.end] == night.text
    times = {f.text: f.time for fact in doc.facts for f in fact.events}
    assert word in times, f"{text!r}: frames {list(times)}"
    assert times[word] is not None and times[word].value == value, times[word]


@pytest.mark.parametrize("text", NO_NIGHT)
def test_overnight_as_all_at_once_or_before_a_noun_is_no_date(text: str) -> None:
    doc = _extract(text)
    assert not [d for d in doc.dates if "overnight" in d.text.lower()], doc.dates


@pytest.mark.parametrize(("text", "value"), NIGHT_BEFORE_A_DAY)
def test_overnight_beside_a_day_is_the_night_before_it(text: str, value: str) -> None:
    doc = _extract(text)
    assert [d.value for d in doc.dates if d.text.lower() == "overnight"] == [value], doc.dates
