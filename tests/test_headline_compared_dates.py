"""A date of what an act is set against does not date the act's headline.

"Corvane raised its profit outlook to $2 billion, up from an August estimate" was
headed "Corvane raised its profit outlook in August 2025": the August of the estimate
the new figure is compared with was one of the raising's dates. A date that modifies a
forecast, a target or a budget (``outlook_nouns``) that is no event of its own belongs
to no act above it. Capability table of invented pairs of reports, published
2025-11-18 (a Tuesday); all 15 of the first table failed before the rule.
"""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

# (first report, second report, words the headline holds, the month it must not name)
COMPARED = [
    (
        "Corvane raised its profit outlook to $2 billion, up from an August"
        " estimate of $1.5 billion.",
        "Corvane raised its profit outlook to $2 billion, above its August estimate.",
        "Corvane raised",
        "August",
    ),
    (
        "Brenna Foods cut its sales target to $3 billion, below the $3.5 billion it set in June.",
        "Brenna Foods cut its sales target to $3 billion, short of its June goal.",
        "Brenna Foods cut",
        "June",
    ),
    (
        "Vell Air lifted its passenger forecast to 9 million, up from a March"
        " projection of 8 million.",
        "Vell Air lifted its passenger forecast to 9 million, above its March projection.",
        "Vell Air lifted",
        "March",
    ),
    (
        "Ostra Bank raised its growth forecast to 2%, up from a July forecast of 1.5%.",
        "Ostra Bank raised its growth forecast to 2%, above its July forecast.",
        "Ostra Bank raised",
        "July",
    ),
    (
        "Pellan Shipping trimmed its cargo outlook to 5 million tonnes, below"
        " an April target of 6 million.",
        "Pellan Shipping trimmed its cargo outlook to 5 million tonnes, below its April target.",
        "Pellan Shipping trimmed",
        "April",
    ),
    (
        "Marven Telecom cut its subscriber goal to 2 million, down from a"
        " February goal of 3 million.",
        "Marven Telecom cut its subscriber goal to 2 million, below its February goal.",
        "Marven Telecom cut",
        "February",
    ),
    (
        "Drummond Energy raised its output target to 300 barrels, up from an"
        " October target of 250.",
        "Drummond Energy raised its output target to 300 barrels, above its October target.",
        "Drummond Energy raised",
        "October",
    ),
    (
        "Quade Airlines lowered its fuel budget to $1 billion, down from a"
        " December budget of $1.2 billion.",
        "Quade Airlines lowered its fuel budget to $1 billion, below its December budget.",
        "Quade Airlines lowered",
        "December",
    ),
    (
        "Astley Foods raised its price forecast to $4, up from a June forecast of $3.50.",
        "Astley Foods raised its price forecast to $4, above its June forecast.",
        "Astley Foods raised",
        "June",
    ),
    (
        "Lorcan Capital cut its return target to 8%, below a March target of 10%.",
        "Lorcan Capital cut its return target to 8%, short of its March target.",
        "Lorcan Capital cut",
        "March",
    ),
    (
        "Kelvar Motors raised its delivery goal to 90,000 cars, above an August goal of 80,000.",
        "Kelvar Motors raised its delivery goal to 90,000 cars, above its August goal.",
        "Kelvar Motors raised",
        "August",
    ),
    (
        "Tamsin Industries cut its spending plan to $500 million, down from a"
        " January plan of $700 million.",
        "Tamsin Industries cut its spending plan to $500 million, below its January plan.",
        "Tamsin Industries cut",
        "January",
    ),
    (
        "Rovik Pharma raised its sales estimate to $900 million, up from a May"
        " estimate of $800 million.",
        "Rovik Pharma raised its sales estimate to $900 million, above its May estimate.",
        "Rovik Pharma raised",
        "May",
    ),
    (
        "Halvern raised its revenue forecast to $4 billion, up from a January"
        " forecast of $3.8 billion.",
        "Halvern raised its revenue forecast to $4 billion, above its January forecast.",
        "Halvern raised",
        "January",
    ),
    (
        "Teller Bank cut its loan target to $6 billion, down from a September"
        " target of $7 billion.",
        "Teller Bank cut its loan target to $6 billion, below its September target.",
        "Teller Bank cut",
        "September",
    ),
]

# The act's own day still dates it: (first, second, words of the headline).
OWN_DAY = [
    (
        "Corvane raised its profit outlook to $2 billion on Monday, up from an August estimate.",
        "Corvane raised its profit outlook to $2 billion on Monday.",
        "Corvane raised its profit outlook on Nov. 17, 2025",
    ),
    (
        "Teller Bank cut its loan target on Friday, below a September target of $7 billion.",
        "Teller Bank cut its loan target on Friday.",
        "Teller Bank cut its loan target on Nov. 14, 2025",
    ),
]


@pytest.mark.parametrize(("first", "second", "words", "month"), COMPARED)
def test_a_compared_date_does_not_date_the_act(
    first: str, second: str, words: str, month: str
) -> None:
    headlines = [c.headline for c in brief_of(first, second).fact_clusters]
    held = [h for h in headlines if words in h]
    assert held and not any(month in h for h in held), headlines


@pytest.mark.parametrize(("first", "second", "words"), OWN_DAY)
def test_the_acts_own_day_dates_it(first: str, second: str, words: str) -> None:
    headlines = [c.headline for c in brief_of(first, second).fact_clusters]
    assert any(words in h for h in headlines), headlines
