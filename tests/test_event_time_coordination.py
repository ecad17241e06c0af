"""When each event happened: coordinated verbs of different tenses (issue 25, rule 2):
capability table of invented sentences (published 2025-11-18, a Tuesday).

"The club said it had sacked the coach and would name a successor on Friday": Friday is
the naming's, the plan to come; the sacking, told in the past perfect, does not take it.
Coordinated verbs that share their tense still share the date that closes them.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, the first verb, told in another tense than the dated one)
OTHER_TENSE = [
    ("The ministry said it had sent 20,000 doses and would start a campaign on Wednesday.", "sent"),
    ("The firm said it had cut 300 jobs and would close a plant in March.", "cut"),
    ("The club said it had sacked the coach and would name a successor on Friday.", "sacked"),
    (
        "Officials said they had evacuated the town and would reopen the road on Monday.",
        "evacuated",
    ),
    ("The bank said it had raised $2 billion and would repay its loans in January.", "raised"),
    ("Police said they had arrested two men and would charge them on Thursday.", "arrested"),
    ("The union said it had rejected the offer and would strike on Friday.", "rejected"),
    ("The mayor said she had signed the order and would visit the site next week.", "signed"),
    ("The airline said it had grounded the jets and would resume flights on Sunday.", "grounded"),
    (
        "The council said it had approved the budget and would vote on taxes in December.",
        "approved",
    ),
    ("The team said it had fired the manager and would appoint a new one next month.", "fired"),
    ("The school said it had closed the gym and would reopen it on Monday.", "closed"),
    ("The agency said it had found the fault and would fix it by Friday.", "found"),
    ("The army said it had withdrawn its troops and would hold talks next week.", "withdrawn"),
    ("The company said it had sold the unit and would pay a dividend in May.", "sold"),
    ("The court said it had heard the case and would rule on Tuesday.", "heard"),
]

# (text, the first verb, its time)
SAME_TENSE = [
    ("Police arrested and charged two men on Monday.", "arrested", "2025-11-17"),
    ("The men were detained and were charged on Monday.", "detained", "2025-11-17"),
    ("The firm cut 300 jobs and closed a plant in March.", "cut", "2025-03"),
]


@pytest.mark.parametrize(("text", "word"), OTHER_TENSE)
def test_a_verb_takes_no_date_from_a_member_of_another_tense(text: str, word: str) -> None:
    assert time_of(text, word) is None


@pytest.mark.parametrize(("text", "word", "value"), SAME_TENSE)
def test_verbs_of_one_tense_share_the_closing_date(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value
