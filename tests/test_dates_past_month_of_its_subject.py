"""The year of a month that dates the subject of a past verb: "The vote in May gave the
party a majority", told in March 2026, is May 2025 (dates, TIMEX3 value).

A month ahead of the report that hangs on a verb told in the past is last year's
(tests/test_dates_past_month_of_its_verb.py, tests/test_dates_past_act_with_object.py).
The same holds when the month dates the verb's subject: "The vote in May", "Sales in
May", or the event noun that heads it ("Her withdrawal from the race in April", "The
collapse of the bridge in May": ``of``/``from``, ``subject_phrase_preps`` in
``models/dates/context.json``). Not when the subject is a hope or a plan for the occasion
("Plans for a vote in May": ``future_heads``), nor a thing sold for it ("Tickets for the
match in May"), nor when the verb cancels, moves or takes up the occasion ("The summit in
May was cancelled": ``taking_up`` of models/events/time.json, ``deadline_verbs``), nor when
it is told ahead ("will decide").

Capability table of invented sentences, published 2026-03-13; before the rule 10 of the
15 past subjects were this year's (ahead of the report); the 10 occasions to come passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-13"

# (sentence, the month, its value)
PAST = [
    ("The vote in May gave the ruling party a clear majority.", "May", "2025-05"),
    ("A strike at the port in May cost exporters millions.", "May", "2025-05"),
    ("Her withdrawal from the race in April angered her backers.", "April", "2025-04"),
    ("The collapse of the bridge in May killed nine people.", "May", "2025-05"),
    ("Protests in the capital in April forced the minister out.", "April", "2025-04"),
    ("Exports in May were hit by the strike.", "May", "2025-05"),
    ("Prices in April rose at the fastest pace in a decade.", "April", "2025-04"),
    ("The blackout in May left the city without power for a day.", "May", "2025-05"),
    ("A landslide near the village in April buried four houses.", "April", "2025-04"),
    ("The sale of the stadium in May raised $90 million.", "May", "2025-05"),
    # already read from the past verb before the rule
    ("The floods in May destroyed thousands of homes.", "May", "2025-05"),
    ("His resignation in June shocked colleagues.", "June", "2025-06"),
    ("A fire at the warehouse in October destroyed the stock.", "October", "2025-10"),
    ("The outage in December was caused by a faulty cable.", "December", "2025-12"),
    ("The merger in July created the region's largest lender.", "July", "2025-07"),
]

# A hope, a plan or a thing for an occasion; an occasion cancelled, moved or told ahead;
# a month behind the report: as they were.
AS_TOLD = [
    ("Plans for a vote in May were announced on Tuesday.", "May", "2026-05"),
    ("Hopes of a deal in May faded on Thursday.", "May", "2026-05"),
    ("Tickets for the match in May sold out within an hour.", "May", "2026-05"),
    ("The summit in May was cancelled.", "May", "2026-05"),
    ("The concert in April was postponed until the autumn.", "April", "2026-04"),
    ("The final in May was moved to another city.", "May", "2026-05"),
    ("The vote in May will decide the next government.", "May", "2026-05"),
    ("The election in May is expected to be close.", "May", "2026-05"),
    ("The vote in February gave the party a majority.", "February", "2026-02"),
    ("A ban on fishing in May angered trawler crews.", "May", "2026-05"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), PAST + AS_TOLD)
def test_the_year_of_a_month_that_dates_a_past_subject(
    sentence: str, text: str, value: str
) -> None:
    doc = briefx.extract(sentence, published=PUBLISHED)
    assert [d.value for d in doc.dates if d.text == text] == [value]
