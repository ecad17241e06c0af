"""Some units later or earlier, the number untold: "Weeks later, its founder left" lies
some weeks after the date just named, not one week after it (dates, kind "some units
later").

A bare plural unit before "later", "earlier", "ago" or "from now" was read as one unit
("weeks later" a week later, "years ago" a year ago): a precise date the text never
gave, which then dated the events of its sentence. Counted from a date just named, it is
that date with the mod AFTER or BEFORE (TIMEX3: some time after it) and no range of days,
and its sentence's events take no scene from before it; counted from the publication day
it is PAST_REF or FUTURE_REF. A counted length ("two days later", "a week ago") keeps its
exact value.

Capability table of invented sentences, published 2026-03-13 (a Friday): before the
change 14 of the first 15 rows were read as one unit; the act weeks later took the
scene's month. The finder then kept "Months from now" and "Years from now" (added, 2 of 2
failed) as a length and "now": a bare plural unit before "ago", "earlier", "later" or
"from now" is one expression (``some_units_ago``, ``models/dates/patterns.json``).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-13"

# (text, the phrase, its value, its mod)
ROWS = [
    (
        "The firm filed for bankruptcy in May. Weeks later, its founder left the country.",
        "Weeks later",
        "2025-05",
        "AFTER",
    ),
    ("The plant closed in 2019. Years later it was sold.", "Years later", "2019", "AFTER"),
    ("The quake struck on Monday. Days later, aid arrived.", "Days later", "2026-03-09", "AFTER"),
    ("The strike began in June. Months later, it ended.", "Months later", "2025-06", "AFTER"),
    (
        "The band split in 2010. Years later, they reunited for one tour.",
        "Years later",
        "2010",
        "AFTER",
    ),
    (
        "The ceasefire began on Sunday. Days later, fighting resumed.",
        "Days later",
        "2026-03-08",
        "AFTER",
    ),
    (
        "The law passed in February. Weeks later, the first fines were issued.",
        "Weeks later",
        "2026-02",
        "AFTER",
    ),
    (
        "The dam burst in April. Weeks earlier, engineers had warned of cracks.",
        "Weeks earlier",
        "2025-04",
        "BEFORE",
    ),
    (
        "The merger closed in January. Months earlier, regulators had objected.",
        "Months earlier",
        "2026-01",
        "BEFORE",
    ),
    (
        "He joined the club in 2015. Years earlier, he had played abroad.",
        "Years earlier",
        "2015",
        "BEFORE",
    ),
    ("Weeks ago, the council approved the plan.", "Weeks ago", "PAST_REF", None),
    ("Years ago the mill employed 900 people.", "Years ago", "PAST_REF", None),
    ("Months from now, the bridge will reopen.", "Months from now", "FUTURE_REF", None),
    ("Years from now, historians will judge the deal.", "Years from now", "FUTURE_REF", None),
    ("Days ago, the rebels took the town.", "Days ago", "PAST_REF", None),
    (
        "The storm hit on Friday. Days earlier, officials had warned residents.",
        "Days earlier",
        "2026-03-13",
        "BEFORE",
    ),
    (
        "The shop opened in 2001. Decades later it still sells maps.",
        "Decades later",
        "2001",
        "AFTER",
    ),
]


def _dates(text: str) -> dict[str, tuple[str, str | None]]:
    doc = briefx.extract(text, published=PUBLISHED)
    return {d.text: (d.value, d.mod) for d in doc.dates}


@pytest.mark.parametrize(("text", "phrase", "value", "mod"), ROWS)
def test_some_units_later_lie_after_the_date_not_one_unit_after(text, phrase, value, mod):
    assert _dates(text).get(phrase) == (value, mod)


# A counted length keeps its exact date.
COUNTED = [
    ("The quake struck on Monday. Two days later, aid arrived.", "Two days later", "2026-03-11"),
    ("A week ago, the council approved the plan.", "A week ago", "2026-W10"),
    ("The plant closed in 2019. Two years later it was sold.", "Two years later", "2021"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), COUNTED)
def test_a_counted_length_keeps_its_exact_date(text, phrase, value):
    assert _dates(text).get(phrase) == (value, None)


def test_an_act_some_weeks_later_takes_no_exact_date():
    doc = briefx.extract(
        "The firm filed for bankruptcy in May. Weeks later, its founder left the country.",
        published=PUBLISHED,
    )
    times = {e.text: e.time for f in doc.facts for e in f.events}
    assert times["filed"] is not None and times["filed"].value == "2025-05"
    assert times["left"] is None
