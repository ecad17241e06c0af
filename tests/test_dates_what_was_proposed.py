"""A date after what was proposed or promised is the proposing's (issue 25, dates).

"The regulator proposed new rules in October", told in December, put October in the
next year: "propose" is a verb of foretelling, and the parse hangs the month on the verb
after its object, as in "predicted a slowdown in January", where the object is what is
foretold. A forecast's object happens at a time ("a slowdown", "storms"); what one
proposes, promises, pledges or signals is a thing put forward ("rules", "a budget", "$40
million"), and a date after it on the verb is the day it was put forward. Only the verbs
of forecasting (``forecasting_verbs`` in models/dates/context.json) foretell by their
object, wherever the parse hangs its date; the others still foretell by their "of",
"about" and "for" phrases ("promised aid for January").

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
all 16 dates put forward were read ahead, and the 5 foretold passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-05"


def value_of(text: str, phrase: str) -> str:
    """The value of the date whose text is ``phrase``."""
    doc = briefx.extract(text, published=PUBLISHED)
    found = [d.value for d in doc.dates if d.text == phrase]
    assert found, doc.dates
    return found[0]


# (text, the date expression, its value): the proposing's own month or day
PUT_FORWARD = [
    ("The regulator proposed new rules in October.", "October", "2025-10"),
    ("The commission proposed a ban on the pesticide in September.", "September", "2025-09"),
    ("The mayor proposed a budget of $2 billion in June.", "June", "2025-06"),
    ("Donors pledged $40 million in October.", "October", "2025-10"),
    ("The government promised aid to the farmers in August.", "August", "2025-08"),
    ("The party proposed changes to the law in July.", "July", "2025-07"),
    ("The city pledged funds for the park in June.", "June", "2025-06"),
    ("The ministry proposed guidelines for schools in September.", "September", "2025-09"),
    ("The firm promised refunds to its customers in October.", "October", "2025-10"),
    ("The board proposed a new dividend policy in March.", "March", "2025-03"),
    ("Ministers pledged support for the plan in April.", "April", "2025-04"),
    ("The agency proposed limits on fishing in May.", "May", "2025-05"),
    ("The central bank signalled its unease in October.", "October", "2025-10"),
    ("The senator proposed an amendment on Monday.", "Monday", "2025-12-01"),
    ("The coach promised his players a bonus on Sunday.", "Sunday", "2025-11-30"),
    ("The donors pledged blankets and tents on Saturday.", "Saturday", "2025-11-29"),
]

# (text, the date expression, its value): what a forecast, a warning or a "for" phrase
# foretells still lies ahead
FORETOLD = [
    ("Economists predicted a slowdown in January.", "January", "2026-01"),
    ("Forecasters predicted snow for Sunday.", "Sunday", "2025-12-07"),
    ("The bank projected losses in March.", "March", "2026-03"),
    ("Officials warned of more strikes in October.", "October", "2026-10"),
    ("The minister promised aid for January.", "January", "2026-01"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), PUT_FORWARD + FORETOLD)
def test_the_day_of_what_was_put_forward(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value
