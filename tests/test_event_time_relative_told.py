"""A relative clause's date tells of its noun, not of the story (issue 25, rule 3): when a
sentence looks ahead ("The mayor, who visited the town on Saturday, will chair a meeting
on Friday"), a past event after it still lies in the scene told before ("The river burst
its banks on Monday. ... Residents criticised the response": Monday), not on the day the
relative clause names. Capability table of invented three-sentence stories (published
2025-11-18, a Tuesday): the scene, a look ahead with a dated relative clause, a past
event with no date of its own."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (story, the last sentence's event, its time's value)
TABLE = [
    ("The river burst its banks on Monday. The mayor, who visited the town on Saturday, "
     "will chair a meeting on Friday. Residents criticised the response.", "criticised",
     "2025-11-17"),
    ("Shares fell on Tuesday. The chief executive, who joined in March, will present a "
     "plan next week. Analysts cut their targets.", "cut", "2025-11-18"),
    ("Fighting broke out on Sunday. The general, who took power in 2021, will address the "
     "nation on Thursday. Troops fired on protesters.", "fired", "2025-11-16"),
    ("A ferry sank on Monday. The operator, which was fined in 2022, will face an inquiry "
     "next month. Divers recovered two bodies.", "recovered", "2025-11-17"),
    ("The striker scored twice on Saturday. The coach, who signed him in July, will rest "
     "him on Wednesday. Fans chanted his name.", "chanted", "2025-11-15"),
    ("Prices jumped in October. The governor, who took office in January, will speak next "
     "week. Retailers raised their forecasts.", "raised", "2025-10"),
    ("A fire gutted the school on Sunday. The headteacher, who arrived in 2020, will meet "
     "parents on Thursday. Pupils stayed at home.", "stayed", "2025-11-16"),
    ("The miners walked out on Monday. Their union, which was founded in 1950, will hold a "
     "vote on Friday. Managers closed the pit.", "closed", "2025-11-17"),
    ("Rebels shelled the port on Sunday. The commander, who defected in May, will meet "
     "envoys on Friday. Ships left the harbour.", "left", "2025-11-16"),
    ("The airline grounded its fleet on Monday. Its founder, who retired in 2019, will "
     "return next month. Passengers queued for hours.", "queued", "2025-11-17"),
    ("Voters went to the polls on Sunday. The president, who was elected in 2020, will "
     "concede on Wednesday. Officials counted the ballots.", "counted", "2025-11-16"),
    ("A landslide buried the road on Saturday. The engineer, who surveyed it in June, "
     "will report next week. Crews cleared the debris.", "cleared", "2025-11-15"),
    ("The bank raised rates in September. Its chief, who took over in 2022, will testify "
     "next month. Borrowers paid more.", "paid", "2025-09"),
    ("Flooding closed the motorway on Monday. The minister, who toured the area on Friday, "
     "will visit again on Thursday. Drivers took other routes.", "took", "2025-11-17"),
    ("The factory shut on Friday. Its owner, which bought it in 2018, will sell the site "
     "next year. Workers collected their pay.", "collected", "2025-11-14"),
    # With no scene told before, the sentence's dates are all there is.
    ("The mayor, who visited the town on Saturday, will chair a meeting on Friday. "
     "Residents criticised the response.", "criticised", "2025-11-15"),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_a_relative_clauses_date_is_no_told_scene(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value
