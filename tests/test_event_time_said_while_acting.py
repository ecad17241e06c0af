"""What a participle of saying reports lies at the act it hangs on (issue 25, rule 2).

"Talks resumed on Monday. The union had walked out in May, saying managers ignored its
demands." put the ignoring on Monday: "saying" is a reporting verb, no event, so its
clause inherited nothing from the walk-out and took the paragraph's scene. What a
participle of saying or arguing ("saying", "arguing", "claiming", the reporting verbs
of models/attribution.json) hung on a dated act reports was so when that act was done:
the clause it takes inherits the act's own date, as a clause a verb takes does.

Capability table of invented stories, published 1989-11-08 (a Wednesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import last_time_of

PUBLISHED = "1989-11-08"

# (story, the reported event, its time)
AT_THE_ACT = [
    (
        "The deal was announced yesterday. Osgood had rejected an offer in July, saying it "
        "undervalued the company.",
        "undervalued",
        "1989-07",
    ),
    (
        "Talks resumed on Monday. The union had walked out in May, saying managers ignored "
        "its demands.",
        "ignored",
        "1989-05",
    ),
    (
        "The bank cut rates on Tuesday. It had raised them in March, saying inflation quickened.",
        "quickened",
        "1989-03",
    ),
    (
        "The board met on Monday. Two directors resigned in June, saying the chairman misled them.",
        "misled",
        "1989-06",
    ),
    (
        "Shares rose yesterday. The firm sued a rival in April, claiming it copied a patented "
        "design.",
        "copied",
        "1989-04",
    ),
    (
        "The mill reopened on Tuesday. Its owner shut it in August, saying orders collapsed.",
        "collapsed",
        "1989-08",
    ),
    (
        "The trial began on Monday. The prosecutor filed charges in May, arguing the "
        "defendant hid the money.",
        "hid",
        "1989-05",
    ),
    (
        "Regulators ruled yesterday. The utility raised prices in January, saying fuel costs "
        "soared.",
        "soared",
        "1989-01",
    ),
    (
        "The strike ended on Friday. Pilots walked out in September, saying the airline broke "
        "its promises.",
        "broke",
        "1989-09",
    ),
    (
        "The league met on Tuesday. The club appealed in March, arguing the referee erred.",
        "erred",
        "1989-03",
    ),
    (
        "The plant closed yesterday. Workers protested in June, saying managers cut their pay.",
        "cut",
        "1989-06",
    ),
    (
        "The court ruled on Monday. The city sued in February, claiming the builder ignored "
        "safety rules.",
        "ignored",
        "1989-02",
    ),
    (
        "Voters went to the polls on Sunday. The mayor quit in April, saying rivals smeared him.",
        "smeared",
        "1989-04",
    ),
    (
        "The merger closed on Tuesday. The bidder raised its offer in August, saying rivals "
        "entered the race.",
        "entered",
        "1989-08",
    ),
    (
        "The hearing opened yesterday. The agency fined the bank in May, saying it broke "
        "lending rules.",
        "broke",
        "1989-05",
    ),
    (
        "Exports rose on Monday's figures. The ministry cut its forecast in July, saying "
        "demand weakened.",
        "weakened",
        "1989-07",
    ),
]


@pytest.mark.parametrize(("text", "event", "value"), AT_THE_ACT)
def test_the_said_clause_lies_at_the_act(text: str, event: str, value: str) -> None:
    assert last_time_of(text, event, PUBLISHED) == value
