"""A present perfect placed after another event is still news of now (issue 25, rule 4).

"The club has sacked its coach after a run of defeats" had no time: an act placed only
after another event with no date lies apart from any time (rule 5), and that came before
the present perfect's reading as news of the day (rule 4). The tense tells the act as
done by now, whatever it came after; placed only by "after" or "before" (``apart_marks``),
a present perfect or progressive in the story's own voice lies at publication. A span
since a bound ("has eluded police since the robbery") and a simple past placed after an
event ("sacked its coach after a run of defeats") keep no time.

Capability table of invented leads, published 2025-11-18.
"""

from __future__ import annotations

import pytest

from tests.event_times import assert_at_publication, time_of

# (lead, the act in the present perfect)
NEWS_OF_NOW = [
    (
        "Papua New Guinea says it has closed its border after clashes between troops and rebels.",
        "closed",
    ),
    ("The minister has resigned after a row over the budget.", "resigned"),
    ("Police have arrested two men after a shooting in the city centre.", "arrested"),
    ("The airline has grounded its fleet after a crash.", "grounded"),
    ("The club has sacked its coach after a run of defeats.", "sacked"),
    ("Authorities have evacuated 2,000 people after heavy rains.", "evacuated"),
    ("The company has recalled 40,000 cars after reports of brake faults.", "recalled"),
    ("The school has closed after an outbreak of flu.", "closed"),
    ("The government has declared an emergency after the floods.", "declared"),
    ("The bank has frozen the accounts after a cyberattack.", "frozen"),
    ("The council has banned fireworks after a series of fires.", "banned"),
    ("Two ministers have quit after the scandal.", "quit"),
    ("The band has cancelled its tour after the singer fell ill.", "cancelled"),
    ("The port has reopened after a strike by dockers.", "reopened"),
    ("The regulator has fined the firm after an inquiry.", "fined"),
    ("Rescuers have found three survivors after the quake.", "found"),
]

# A span since a bound, and a past placed after an event: no time.
APART = [
    ("The fugitive has eluded police since the robbery.", "eluded"),
    ("The club sacked its coach after a run of defeats.", "sacked"),
    ("The port reopened after a strike by dockers.", "reopened"),
]


@pytest.mark.parametrize(("text", "word"), NEWS_OF_NOW)
def test_a_present_perfect_after_an_event_is_news_of_now(text: str, word: str) -> None:
    assert_at_publication(text, word, "past")


@pytest.mark.parametrize(("text", "word"), APART)
def test_a_span_or_a_past_after_an_event_has_no_time(text: str, word: str) -> None:
    assert time_of(text, word) is None
