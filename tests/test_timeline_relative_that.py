"""An event told in a relative clause opened by "that" is a verb, and its timeline line is
its own (capability table of invented reports, published Tuesday 2025-11-18).

"Investigators have recovered the flight recorders from a Nordair jet that slid off a
wet runway at Orvik airport on Saturday" put the whole sentence on the timeline under
Saturday, for the slide: the word before "slid", "that", is one of ``noun_before``
("that visit"), so the slide was read as a noun and could not head its own line. An event
word after "that" whose doer the sentence names before it ("a jet that slid", "a storm
that hit") is a relative clause's verb; "that visit" with no doer before stays a noun."""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

OTHER = "Farmers in Vell sold more apples this autumn, a trade group said on Monday."

# (report, words a timeline line starts with)
CASES = [
    (
        "Investigators recovered the recorders from a jet that slid off a runway in Orvik "
        "on Saturday, officials said on Sunday.",
        "A jet slid off a runway",
    ),
    (
        "Crews cleared the debris of a storm that hit the coast of Brask on Sunday, the "
        "council said on Monday.",
        "A storm hit the coast",
    ),
    (
        "Police questioned the driver of a bus that crashed into a wall in Tarno on Friday, "
        "officials said on Monday.",
        "A bus crashed into a wall",
    ),
    (
        "The union called off a strike that began at the port of Vell on Thursday, its "
        "leader said on Monday.",
        "A strike began",
    ),
    (
        "Rescuers searched the wreck of a ferry that sank off Skarvik on Saturday, the "
        "coast guard said on Monday.",
        "A ferry sank",
    ),
    (
        "Doctors treated 12 miners from a shaft that collapsed near Pella on Friday, the "
        "mine owner said on Monday.",
        "A shaft collapsed",
    ),
    (
        "Engineers inspected a bridge that cracked in Halden on Sunday, the city said on Monday.",
        "A bridge cracked",
    ),
    (
        "Firefighters put out a blaze that destroyed a warehouse in Brask on Saturday, "
        "police said on Monday.",
        "A blaze destroyed a warehouse",
    ),
    (
        "Divers reached a trawler that capsized off Rask on Sunday, the navy said on Monday.",
        "A trawler capsized",
    ),
    (
        "Residents mourned a teacher who died in a fire that swept through a school in "
        "Tarno on Friday.",
        "A fire swept through a school",
    ),
    (
        "Police traced a van that left Brask on Saturday, officers said on Monday.",
        "A van left Brask",
    ),
    (
        "Farmers counted losses from a flood that covered the valley near Vell on Sunday.",
        "A flood covered the valley",
    ),
    (
        "The club sold a striker who scored in a final that ended in Halden on Saturday.",
        "A final ended",
    ),
    (
        "Inspectors closed a mine that flooded near Pella on Thursday, the ministry said on "
        "Monday.",
        "A mine flooded",
    ),
    (
        "Workers repaired a pipe that burst under the main street of Orvik on Sunday.",
        "A pipe burst",
    ),
]


@pytest.mark.parametrize(("report", "start"), CASES)
def test_a_that_clause_event_heads_its_own_timeline_line(report: str, start: str) -> None:
    lines = [e.headline for e in brief_of(report, OTHER).timeline]
    assert any(line.startswith(start) for line in lines), lines
