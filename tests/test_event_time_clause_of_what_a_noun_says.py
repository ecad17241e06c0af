"""What a noun's "that" clause tells has its own date, not the act's on the noun (issue 25).

"Stocks fell on Monday. Dealers blamed a report that producer prices jumped 0.9% in
October." put the blaming in October: the act had no date of its own, and took the one
the parse hung in the clause, as a date put elsewhere ("voted to back the plan Friday").
A clause that tells what a report, the news, a claim or a fear says, with a subject of
its own, hung on a noun that is the act's object or the object of its preposition
("reacted to word that ..."), keeps its date to itself; the act lies in the scene the
story set. A verb the clause's verb governs ("suggestions that he tried to sell the team
in August") keeps its date too.

Capability table of invented stories, published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import times_of

# (story, the act on the noun, its day, the event the clause tells, its date)
TOLD_BY_ITS_NOUN = [
    (
        "Stocks fell on Monday. Dealers blamed a report that producer prices jumped 0.9% in "
        "October.",
        "blamed",
        "2025-11-17",
        "jumped",
        "2025-10",
    ),
    (
        "Shares rose on Monday. Investors cheered news that factory orders climbed 2.1% in "
        "September.",
        "cheered",
        "2025-11-17",
        "climbed",
        "2025-09",
    ),
    (
        "The minister spoke on Sunday. She rejected claims that troops shelled a village in "
        "August.",
        "rejected",
        "2025-11-16",
        "shelled",
        "2025-08",
    ),
    (
        "The company held its annual meeting on Friday. Its chairman denied reports that the "
        "firm bribed officials in 2019.",
        "denied",
        "2025-11-14",
        "bribed",
        "2019",
    ),
    (
        "The party met on Saturday. Its leader dismissed rumours that two ministers quit in "
        "October.",
        "dismissed",
        "2025-11-15",
        "quit",
        "2025-10",
    ),
    (
        "The council met on Monday. Members welcomed news that the bridge reopened in September.",
        "welcomed",
        "2025-11-17",
        "reopened",
        "2025-09",
    ),
    (
        "Bond prices rose on Friday. Traders pointed to signs that inflation eased in October.",
        "pointed",
        "2025-11-14",
        "eased",
        "2025-10",
    ),
    (
        "The union met on Thursday. Its leaders seized on evidence that managers ignored "
        "safety rules in 2023.",
        "seized",
        "2025-11-13",
        "ignored",
        "2023",
    ),
    (
        "Police spoke to reporters on Monday. They played down fears that the gang struck "
        "again in October.",
        "played",
        "2025-11-17",
        "struck",
        "2025-10",
    ),
    (
        "The regulator opened a hearing on Wednesday. It heard allegations that the bank "
        "misled savers in 2021.",
        "heard",
        "2025-11-12",
        "misled",
        "2021",
    ),
    (
        "Oil prices climbed on Tuesday. Dealers reacted to word that the cartel cut output in "
        "October.",
        "reacted",
        "2025-11-18",
        "cut",
        "2025-10",
    ),
    (
        "The mayor spoke on Friday. She backed claims that the plant dumped waste in June.",
        "backed",
        "2025-11-14",
        "dumped",
        "2025-06",
    ),
    (
        "Voters went to the polls on Sunday. Many shrugged off reports that the ruling party "
        "bought votes in the spring.",
        "shrugged",
        "2025-11-16",
        "bought",
        "2025-SP",
    ),
    (
        "The club met its fans on Saturday. The owner laughed off suggestions that he tried "
        "to sell the team in August.",
        "laughed",
        "2025-11-15",
        "sell",
        "2025-08",
    ),
    (
        "Shares fell on Monday. Investors fretted over news that the firm lost a key contract "
        "in October.",
        "fretted",
        "2025-11-17",
        "lost",
        "2025-10",
    ),
    (
        "The court sat on Thursday. The judge heard evidence that the driver sped through the "
        "village in March.",
        "heard",
        "2025-11-13",
        "sped",
        "2025-03",
    ),
    (
        "Markets rallied on Wednesday. Traders welcomed a report that unemployment dropped in "
        "October.",
        "welcomed",
        "2025-11-12",
        "dropped",
        "2025-10",
    ),
]


@pytest.mark.parametrize(("text", "act", "day", "told", "value"), TOLD_BY_ITS_NOUN)
def test_the_clause_of_a_noun_keeps_its_date(
    text: str, act: str, day: str, told: str, value: str
) -> None:
    times = times_of(text)
    assert (times[act], times[told]) == (day, value)
