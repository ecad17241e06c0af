"""A clause of "after" or "before" in a relative clause takes its verb's date, not the
scene (issue 25, rule 2).

"The bank cut rates on Thursday. Its governor, who took office in March after her
predecessor resigned, said ..." dated the resignation Thursday, the paragraph's scene. In
the main line such a clause shares the date of the act it is placed by ("was rescued
last November after the boat capsized": the annotators of TimeML link both to November;
the verb takes it from its sentence's dates); in a relative clause those dates are the
clause's own and were lent to nothing, so the scene filled in. The clause takes the own
date of the verb it hangs on, wherever that verb's clause hangs.

Capability table of invented texts, published 2025-12-05 (a Friday); before the rule
16 of the 16 clause verbs took the scene, and the 3 main-line controls passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the verb of the "after" / "before" clause, its time)
CLAUSES = [
    (
        "The bank cut rates on Thursday. Its governor, who took office in March after her "
        "predecessor resigned, said more cuts may follow.",
        "resigned",
        "2025-03",
    ),
    (
        "Fans cheered on Saturday. The coach, who joined in May after the club was sold, "
        "praised the players.",
        "sold",
        "2025-05",
    ),
    (
        "Prices fell on Tuesday. The minister, who quit in June before the budget was "
        "passed, criticised the plan.",
        "passed",
        "2025-06",
    ),
    (
        "The storm hit on Sunday. The mayor, who called a meeting on Monday after the river "
        "rose, asked for help.",
        "rose",
        "2025-12-01",
    ),
    (
        "The vote took place on Sunday. The leader, who resigned in 2023 after his party "
        "lost, voted early.",
        "lost",
        "2023",
    ),
    (
        "The plant reopened on Monday. Its owner, who bought it in April after the firm "
        "collapsed, thanked the staff.",
        "collapsed",
        "2025-04",
    ),
    (
        "Shares rose on Wednesday. The chief executive, who arrived in July after the board "
        "fired his predecessor, cheered.",
        "fired",
        "2025-07",
    ),
    (
        "The strike ended on Friday. The union, which walked out in October after talks "
        "failed, claimed victory.",
        "failed",
        "2025-10",
    ),
    (
        "The trial opened on Monday. The suspect, who fled in 2022 before police arrived, "
        "denied the charges.",
        "arrived",
        "2022",
    ),
    (
        "The festival began on Thursday. Its founder, who started it in 2001 after a "
        "friend died, spoke.",
        "died",
        "2001",
    ),
    (
        "The border reopened on Tuesday. Traders, who waited in August before the crossing "
        "closed, returned.",
        "closed",
        "2025-08",
    ),
    (
        "The season ended on Sunday. The striker, who signed in January after his club "
        "folded, scored twice.",
        "folded",
        "2025-01",
    ),
    (
        "The ship docked on Saturday. Its captain, who took command in June after the "
        "owner died, waved.",
        "died",
        "2025-06",
    ),
    (
        "The court ruled on Monday. The judge, who retired in May before the case ended, "
        "was absent.",
        "ended",
        "2025-05",
    ),
    (
        "The museum reopened on Wednesday. Its director, who left in 2020 after funds ran "
        "out, returned.",
        "ran",
        "2020",
    ),
    (
        "The bridge opened on Thursday. The engineer, who quit in March after the budget "
        "doubled, attended.",
        "doubled",
        "2025-03",
    ),
]

# (text, the verb of the clause, its time): in the main line it shares the act's date
MAIN_LINE = [
    (
        "The walkout began on Nov. 25 after talks with the operator broke down.",
        "broke",
        "2025-11-25",
    ),
    ("Police arrested the driver on Sunday after he crashed into a shop.", "crashed", "2025-11-30"),
    (
        "The airline grounded its fleet on Monday before inspectors arrived.",
        "arrived",
        "2025-12-01",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), CLAUSES + MAIN_LINE)
def test_the_clause_takes_the_date_of_its_verb(text, word, value):
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is not None and frame.time.value == value, frame.time
