"""Names that hold numbers give an event no time (issue 25): "The Russell 2000 fell" did
not happen in 2000. Capability table of invented market and product sentences (published
2025-11-18); the dates and counts side is tests/test_fresh_kinds.py (names that hold
numbers)."""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, event word, its time's value or None)
NAMED = [
    ("The Russell 2000 index fell 1.2% on Monday.", "fell", "2025-11-17"),
    ("The Russell 2000 slid in early trading.", "slid", None),
    ("The S&P 500 rose 0.4% while the FTSE 100 slipped.", "rose", None),
    ("The S&P 500 rose 0.4% while the FTSE 100 slipped.", "slipped", None),
    ("The Nikkei 225 gained 300 points.", "gained", None),
    ("The Stoxx 600 dipped after the report.", "dipped", None),
    ("The CAC 40 closed flat on Friday.", "closed", "2025-11-14"),
    ("Airbus delivered its first A380 to the airline in 2008.", "delivered", "2008"),
    ("Boeing grounded every 747 after the incident.", "grounded", None),
    ("The Boeing 747 made its last flight in January.", "flight", "2025-01"),
    ("Windows 2000 crashed on thousands of office computers.", "crashed", None),
    ("Users upgraded to Windows 11 last month.", "upgraded", "2025-10"),
    ("The ASX 200 tumbled as miners sank.", "tumbled", None),
    ("The Nasdaq 100 hit a record on Wednesday.", "hit", "2025-11-12"),
    ("Formula 1 returned to the desert track.", "returned", None),
    ("The F-35 jets landed at the base in 2024.", "landed", "2024"),
]


@pytest.mark.parametrize(("text", "word", "value"), NAMED)
def test_a_number_in_a_name_is_no_time(text: str, word: str, value: str | None) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r}"
    time = frames[0].time
    assert (time.value if time is not None else None) == value
