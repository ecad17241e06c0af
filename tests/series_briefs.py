"""Invented briefs of the kinds a news series holds, with their events judged by hand.

Each report is (publication date, [sentences]); each sentence carries the labels of the
real-world events it reports. Two sentences of different reports that share a label
report one event (a pair a brief should link); a label written with a leading "?" is an
event one of them only names in passing (the pair may be linked or not). Every other
pair of sentences reports different events. The texts are invented for these tests.

The kinds: daily market reports (the same kinds of event, "the index fell", on different
days), a company's results of two quarters, two earthquakes a week apart, a prisoner
swap beside a stock exchange story, and a company followed over months (follow-ups that
name an earlier event).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Sentence = tuple[str, frozenset[str]]
Report = tuple[str, list[Sentence]]


def _s(text: str, *labels: str) -> Sentence:
    return text, frozenset(labels)


MARKETS: list[Report] = [
    (
        "2025-06-02",
        [
            _s("Stocks slide on Wall Street as bank shares fall", "mon-stocks"),
            _s("US stocks fell on Monday after a weak report on lending.", "mon-stocks"),
            _s(
                "The Brennick Industrial Average fell 210 points, or 0.6%, to 34,120.",
                "mon-dow",
            ),
            _s("The Tarsk Composite lost 1.1%.", "mon-nasdaq"),
            _s("The Russell 2000 index of smaller companies dropped 1.4%.", "mon-russell"),
            _s("Crude oil rose to $74 a barrel.", "mon-oil"),
        ],
    ),
    (
        "2025-06-03",
        [
            _s("Wall Street rebounds as bank shares recover", "tue-stocks"),
            _s("US stocks rose on Tuesday, recovering part of the losses.", "tue-stocks"),
            _s(
                "The Brennick Industrial Average gained 150 points, or 0.4%, to 34,270.",
                "tue-dow",
            ),
            _s("The Tarsk Composite rose 0.9%.", "tue-nasdaq"),
            _s("The Russell 2000 added 0.7%.", "tue-russell"),
            _s("Crude oil fell to $72 a barrel.", "tue-oil"),
        ],
    ),
    (
        "2025-06-04",
        [
            _s("US stocks fell again on Wednesday as oil prices climbed.", "wed-stocks"),
            _s("The Brennick Industrial Average fell 95 points to 34,175.", "wed-dow"),
            _s("The Tarsk Composite dropped 0.5%.", "wed-nasdaq"),
            _s("Crude oil rose to $75 a barrel.", "wed-oil"),
        ],
    ),
    (
        "2025-06-02",
        [
            _s("Wall Street closed lower on Monday, led by bank shares.", "mon-stocks"),
            _s("The Brennick Industrial Average dropped 210 points to 34,120.", "mon-dow"),
            _s("The Tarsk Composite fell 1.1%.", "mon-nasdaq"),
            _s("Crude oil climbed to $74 a barrel.", "mon-oil"),
        ],
    ),
]

QUARTERS: list[Report] = [
    (
        "2025-04-24",
        [
            _s("Norvik Steel reported a net profit of $120 million for the first quarter.", "q1"),
            _s("Revenue rose 8% to $1.4 billion.", "q1-revenue"),
            _s("The company said it would pay a dividend of 40 cents a share.", "q1-dividend"),
            _s("Norvik shares rose 3% in Oslo.", "q1-shares"),
        ],
    ),
    (
        "2025-04-24",
        [
            _s("Norvik Steel made a first-quarter profit of $120 million.", "q1"),
            _s("Its revenue grew 8% to $1.4 billion.", "q1-revenue"),
            _s("The shares gained 3%.", "q1-shares"),
        ],
    ),
    (
        "2025-07-24",
        [
            _s("Norvik Steel reported a net profit of $95 million for the second quarter.", "q2"),
            _s("Revenue fell 5% to $1.3 billion.", "q2-revenue"),
            _s("Norvik shares fell 4% in Oslo.", "q2-shares"),
        ],
    ),
    (
        "2025-07-24",
        [
            _s("Norvik Steel made a second-quarter profit of $95 million.", "q2"),
            _s("Its revenue dropped 5% to $1.3 billion.", "q2-revenue"),
            _s("The shares lost 4%.", "q2-shares"),
        ],
    ),
]

QUAKES: list[Report] = [
    (
        "2025-03-04",
        [
            _s("A strong earthquake struck Oaxaca on Monday, killing four people.", "q1"),
            _s("The quake damaged dozens of houses.", "q1", "q1-damage"),
            _s("Rescuers searched the rubble through the night.", "q1-rescue"),
        ],
    ),
    (
        "2025-03-04",
        [
            _s("Four people died when an earthquake hit Oaxaca on Monday.", "q1"),
            _s("Dozens of homes were damaged by the tremor.", "q1", "q1-damage"),
        ],
    ),
    (
        "2025-03-11",
        [
            _s("A strong earthquake struck Oaxaca on Monday, damaging a church.", "q2"),
            _s("The quake damaged a church in the old town.", "q2"),
            _s("Rescuers searched the ruins of the church.", "q2-rescue"),
        ],
    ),
    (
        "2025-03-11",
        [
            _s("An earthquake hit Oaxaca on Monday and damaged a church.", "q2"),
            _s("Nobody was hurt by the quake.", "q2"),
        ],
    ),
]

SWAP_AND_MARKET: list[Report] = [
    (
        "2025-05-10",
        [
            _s("Velmora and Dunmark exchanged 150 prisoners of war on Friday.", "swap"),
            _s("The swap was brokered by Qatar.", "swap-broker"),
        ],
    ),
    (
        "2025-05-10",
        [
            _s("Dunmark and Velmora carried out a prisoner exchange on Friday.", "swap"),
            _s("Qatar mediated the exchange.", "swap-broker"),
        ],
    ),
    (
        "2025-05-10",
        [
            _s("Shares on the RTS exchange rose 2% on Friday.", "rts-fri"),
            _s("The rouble strengthened against the dollar.", "rouble-fri"),
        ],
    ),
    (
        "2025-05-12",
        [
            _s("The RTS exchange fell 1.5% on Monday as oil prices slid.", "rts-mon"),
        ],
    ),
]

COMPANY: list[Report] = [
    (
        "2025-01-14",
        [
            _s("Helvex Motors recalls 40,000 cars over brake fault", "recall"),
            _s(
                "Helvex Motors said on Tuesday it is recalling 40,000 cars sold in Europe "
                "because of a fault in the brake lines.",
                "recall",
            ),
            _s("Its shares fell 3% in Frankfurt.", "jan-shares"),
        ],
    ),
    (
        "2025-01-14",
        [
            _s(
                "The carmaker Helvex Motors will recall 40,000 vehicles in Europe to fix "
                "faulty brake lines.",
                "recall",
            ),
            _s("Shares in Helvex dropped 3%.", "jan-shares"),
        ],
    ),
    (
        "2025-03-20",
        [
            _s(
                "Helvex Motors reported a net loss of 210 million euros for 2024 on Thursday.",
                "loss",
            ),
            _s(
                "The company blamed the January recall of 40,000 cars, which cost it "
                "90 million euros.",
                "?recall",
            ),
            _s("Helvex said it would cut 1,200 jobs.", "cuts"),
            _s("Its shares rose 2%.", "mar-shares"),
        ],
    ),
    (
        "2025-03-20",
        [
            _s(
                "Helvex will cut 1,200 jobs after posting a loss of 210 million euros "
                "for last year, the company said on Thursday.",
                "cuts",
                "loss",
            ),
        ],
    ),
    (
        "2025-06-10",
        [
            _s(
                "Helvex Motors said on Tuesday it had agreed to sell its truck unit to "
                "Dornal Group for 1.1 billion euros.",
                "sale",
            ),
            _s("Helvex shares rose 4%.", "jun-shares"),
            _s("In March the company said it would cut 1,200 jobs.", "?cuts"),
        ],
    ),
    (
        "2025-06-10",
        [
            _s(
                "Dornal Group will buy the truck business of Helvex Motors for "
                "1.1 billion euros, the companies said on Tuesday.",
                "sale",
            ),
            _s("Helvex will cut another 800 jobs before December.", "jun-cuts"),
        ],
    ),
]

SERIES: dict[str, list[Report]] = {
    "markets": MARKETS,
    "quarters": QUARTERS,
    "quakes": QUAKES,
    "swap_and_market": SWAP_AND_MARKET,
    "company": COMPANY,
}


def report_text(sentences: Sequence[Sentence]) -> tuple[str, list[int]]:
    """The report's text and each sentence's start offset: a first line without a full
    stop is a headline (a blank line after it), the rest one paragraph."""
    parts: list[str] = []
    starts: list[int] = []
    text = ""
    for n, (sentence, _) in enumerate(sentences):
        if n:
            text += "\n\n" if n == 1 and not parts[0].endswith(".") else " "
        starts.append(len(text))
        text += sentence
        parts.append(sentence)
    return text, starts


def judged_pairs(
    reports: Sequence[Report],
) -> tuple[set[tuple[int, int, int, int]], set[tuple[int, int, int, int]]]:
    """(doc, sentence number, doc, sentence number) pairs of one event, and the "either"
    pairs, over the sentences as listed (doc a < doc b)."""
    same: set[tuple[int, int, int, int]] = set()
    either: set[tuple[int, int, int, int]] = set()
    for a, (_, first) in enumerate(reports):
        for b in range(a + 1, len(reports)):
            for i, (_, x) in enumerate(first):
                for j, (_, y) in enumerate(reports[b][1]):
                    plain_x = {v for v in x if not v.startswith("?")}
                    plain_y = {v for v in y if not v.startswith("?")}
                    loose_x = {v.lstrip("?") for v in x}
                    loose_y = {v.lstrip("?") for v in y}
                    if plain_x & plain_y:
                        same.add((a, i, b, j))
                    elif loose_x & loose_y:
                        either.add((a, i, b, j))
    return same, either


def linked_pairs(
    clusters: Iterable[Iterable[tuple[int, int]]],
) -> set[tuple[int, int, int, int]]:
    """(doc, sentence, doc, sentence) pairs (doc a < doc b) that share a cluster."""
    found: set[tuple[int, int, int, int]] = set()
    for facts in clusters:
        facts = list(facts)
        for a, i in facts:
            for b, j in facts:
                if a < b:
                    found.add((a, i, b, j))
    return found


def scores(
    linked: set[tuple[int, int, int, int]],
    same: set[tuple[int, int, int, int]],
    either: set[tuple[int, int, int, int]],
) -> tuple[float, float, float]:
    """Precision, recall and F1 of linked pairs (pairs judged "either" not counted)."""
    judged = linked - either
    right = len(judged & same)
    precision = right / len(judged) if judged else 1.0
    recall = len(linked & same) / len(same) if same else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# A story told over days: follow-ups name the earlier event by a noun ("the layoffs",
# "the recall") without a date; the verbs of each day are that day's news.
FOLLOW_UPS: list[Report] = [
    (
        "2025-09-01",
        [
            _s("Orvane Foods to cut 500 jobs", "cuts"),
            _s("Orvane Foods said on Monday it would cut 500 jobs at its bakeries.", "cuts"),
            _s("The shares of the company rose 2%.", "mon-shares"),
        ],
    ),
    (
        "2025-09-01",
        [
            _s("The baker Orvane Foods will cut 500 jobs, it announced on Monday.", "cuts"),
        ],
    ),
    (
        "2025-09-03",
        [
            _s("Workers at Orvane Foods went on strike on Wednesday over the job cuts.",
               "strike", "?cuts"),
            _s("The union said the layoffs were not needed.", "?cuts"),
            _s("The shares of the company fell 1%.", "wed-shares"),
        ],
    ),
    (
        "2025-09-03",
        [
            _s("Bakery workers walked out at Orvane Foods on Wednesday.", "strike"),
            _s("The strike closed four bakeries.", "strike-closed", "strike"),
        ],
    ),
    (
        "2025-09-05",
        [
            _s("The strike at Orvane Foods ended on Friday after talks.", "strike-end",
               "?strike"),
            _s("The company agreed to cut 300 jobs instead of 500.", "deal", "?cuts"),
        ],
    ),
]

SERIES["follow_ups"] = FOLLOW_UPS
