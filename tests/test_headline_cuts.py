"""A long sentence is cut into a headline only where a clause ends: not after an aside
("Mara Lindqvist, the chief executive, said ..." is no headline cut at its second comma)
nor inside a comparison or an example ("cut revenue by as much as $1.2 billion", "metals
such as copper"). Capability table of invented sentences (``aside_openers`` and
``as_not_a_clause`` in models/events/headlines.json)."""

from __future__ import annotations

import pytest

from briefx.crossdoc.headlines import sentence_headline

# (sentence, the headline written from it)
TABLE = [
    (
        "Mara Lindqvist, the chief executive, said the firm would apply for licences and "
        "launch a slower chip, the Orion X7, in the first quarter.",
        "Mara Lindqvist, the chief executive, said the firm would apply for licences and "
        "launch a slower chip",
    ),
    (
        "Tomas Berg, a spokesman for the harbour board, said the cranes would stay idle "
        "until Friday, when engineers return.",
        "Tomas Berg, a spokesman for the harbour board, said the cranes would stay idle "
        "until Friday",
    ),
    (
        "Ilse Marten, who leads the union, told members the strike would go ahead on "
        "Monday, despite the new offer from the owners.",
        "Ilse Marten, who leads the union, told members the strike would go ahead on Monday",
    ),
    (
        "The company, its shares down a third this year, plans to cut 2,000 jobs across "
        "Europe, its biggest round of layoffs in a decade.",
        "The company, its shares down a third this year, plans to cut 2,000 jobs across Europe",
    ),
    (
        "Harbor Bank, which lent the builder $300 million last spring, wrote off the "
        "whole loan on Tuesday, sending its shares down 6%.",
        "Harbor Bank, which lent the builder $300 million last spring, wrote off the whole "
        "loan on Tuesday",
    ),
    (
        "Coach Dani Ruiz, whose side has not won since August, was sacked on Sunday after "
        "a fifth straight defeat at home.",
        "Coach Dani Ruiz, whose side has not won since August, was sacked on Sunday",
    ),
    (
        "Veltrix said in a filing that the rules could cut revenue by as much as $1.2 "
        "billion in the fiscal year that ends in January.",
        "Veltrix said in a filing that the rules could cut revenue by as much as $1.2 "
        "billion in the fiscal year that ends in January",
    ),
    (
        "The storm dumped as many as 40 centimetres of snow on the pass overnight and "
        "closed the highway for the whole of Sunday.",
        "The storm dumped as many as 40 centimetres of snow on the pass overnight and "
        "closed the highway for the whole of Sunday",
    ),
    (
        "Prices of metals such as copper and nickel rose for a third straight week in "
        "London on strong demand from builders in Asia.",
        "Prices of metals such as copper and nickel rose for a third straight week in "
        "London on strong demand from builders in Asia",
    ),
    (
        "The rally will go ahead as long as the weather holds, organisers said on Friday "
        "in a statement posted to their website.",
        "The rally will go ahead as long as the weather holds",
    ),
    (
        "Output at the mine rose as well in October, lifting the group's quarterly sales "
        "above what analysts had expected.",
        "Output at the mine rose as well in October",
    ),
    (
        "The council approved the budget as part of a deal with the unions that ends "
        "three months of strikes by city workers.",
        "The council approved the budget as part of a deal with the unions that ends three "
        "months of strikes by city workers",
    ),
    (
        "The airline will resume flights to the island as soon as the runway is repaired "
        "and inspected by the aviation authority.",
        "The airline will resume flights to the island as soon as the runway is repaired "
        "and inspected by the aviation authority",
    ),
    (
        "Rescuers pulled 14 miners from the shaft on Tuesday, two days after the pumps "
        "failed and water flooded the lower tunnels.",
        "Rescuers pulled 14 miners from the shaft on Tuesday",
    ),
    (
        "Shares fell sharply in early trading as investors weighed the central bank's "
        "warning about slower growth next year.",
        "Shares fell sharply in early trading",
    ),
    (
        "The minister resigned on Monday after a report found she had misled parliament "
        "over the cost of the new border system.",
        "The minister resigned on Monday",
    ),
]


@pytest.mark.parametrize(("sentence", "headline"), TABLE)
def test_a_headline_is_cut_only_where_a_clause_ends(sentence: str, headline: str) -> None:
    assert sentence_headline([sentence]) == headline
