"""A headline keeps the particle of a phrasal verb: "The union called off the strike", not
"called the strike" (the opposite); "The minister stepped down", "The bank wrote off the
loan". The particle is the word right after the event word when it is one of
``particles`` (models/events/headlines.json). Capability table of invented report pairs."""

from __future__ import annotations

import pytest

from tests.briefs import assert_a_headline_holds, brief_of

# (first report, second report, words the headline holds)
TABLE = [
    (
        "The union called off the strike on Monday.",
        "The union called off its strike on Monday, officials said.",
        "called off",
    ),
    (
        "The minister stepped down on Friday.",
        "The minister stepped down on Friday after the report.",
        "stepped down",
    ),
    (
        "The bank wrote off the loan on Tuesday.",
        "The bank wrote off the whole loan on Tuesday.",
        "wrote off",
    ),
    (
        "The company pulled out of the deal on Friday.",
        "The company pulled out of the merger deal on Friday, sources said.",
        "pulled out",
    ),
    (
        "Regulators shut down the exchange on Sunday.",
        "Regulators shut down the crypto exchange on Sunday, a statement said.",
        "shut down",
    ),
    (
        "The army ruled out a ceasefire on Wednesday.",
        "The army ruled out any ceasefire on Wednesday, a spokesman said.",
        "ruled out",
    ),
    (
        "The carmaker laid off 900 workers on Thursday.",
        "The carmaker laid off 900 of its workers on Thursday.",
        "laid off",
    ),
    (
        "The city scaled back its parade on Saturday.",
        "The city scaled back its holiday parade on Saturday, officials said.",
        "scaled back",
    ),
    (
        "The rebels backed down on Tuesday.",
        "The rebels backed down on Tuesday after two days of talks.",
        "backed down",
    ),
    (
        "The striker gave up his place on Sunday.",
        "The striker gave up his place in the squad on Sunday.",
        "gave up",
    ),
    (
        "Gunmen cut off the town on Monday.",
        "Gunmen cut off the town on Monday, residents said.",
        "cut off",
    ),
    (
        "Police broke up the protest on Saturday.",
        "Police broke up the student protest on Saturday, witnesses said.",
        "broke up",
    ),
    (
        "The government will call off the vote.",
        "The government will call off the vote, officials said on Monday.",
        "call off",
    ),
    (
        "The coach stepped aside on Monday.",
        "The coach stepped aside on Monday, the club said.",
        "stepped aside",
    ),
    (
        "The airline wiped out its debt in March.",
        "The airline wiped out all its debt in March.",
        "wiped out",
    ),
    (
        "Shares rose on Monday.",
        "Shares rose sharply on Monday.",
        "Shares rose on",
    ),
    (
        "The minister flew to Lyon on Monday.",
        "The minister flew to Lyon on Monday, aides said.",
        "flew to Lyon",
    ),
]


@pytest.mark.parametrize(("first", "second", "words"), TABLE)
def test_a_headline_keeps_the_particle_of_a_phrasal_verb(
    first: str, second: str, words: str
) -> None:
    assert_a_headline_holds(first, second, words)


def test_the_bound_of_an_amount_is_no_particle() -> None:
    first, second = (
        "The firm will cut up to 300 jobs.",
        "The firm will cut up to 300 jobs, sources said.",
    )
    headlines = [c.headline for c in brief_of(first, second).fact_clusters]
    assert headlines and not any("cut up" in h and "up to" not in h for h in headlines)
    assert not any("up up" in h for h in headlines), headlines
