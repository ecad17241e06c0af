"""A line of a verb of asking or ordering keeps what the one asked is to do (capability
table of invented report pairs, published Tuesday 2025-11-18).

"President Ilya Marchenko is expected to ask Volkova to form a cabinet after the final
results are published on Thursday" was put on the timeline as "Ilya Marchenko will ask
Daria Volkova on Nov. 20, 2025": a verb of ``object_control`` (models/events/words.json)
says little without its infinitive. The line keeps "to" and the infinitive's words after
the object, cut before a preposition, a clause or a comma and at ``complement_words``
words (models/events/headlines.json); one that runs on is left out, as before."""

from __future__ import annotations

import pytest

from tests.briefs import assert_a_headline_holds, brief_of

# (first report, second report, words the headline holds)
CONTROL = [
    (
        "President Ilya Marchenko will ask Daria Volkova to form a cabinet on Thursday, "
        "after the final results are published.",
        "Marchenko will ask Daria Volkova to form a cabinet on Thursday, his office said.",
        "ask Daria Volkova to form a cabinet",
    ),
    (
        "Health Minister Pia Aalto urged the union to resume talks on Monday, as the strike "
        "entered its second day.",
        "On Monday Pia Aalto urged the union to resume talks, a day into the strike.",
        "urged the union to resume talks",
    ),
    (
        "A judge ordered Corvane to pay the fine on Friday, in a ruling that ended the case.",
        "On Friday a judge ordered Corvane to pay the fine, its lawyers said.",
        "ordered Corvane to pay the fine",
    ),
    (
        "Police told residents to leave their homes on Sunday, as the river kept rising.",
        "On Sunday police told residents to leave their homes, a spokesman said.",
        "told residents to leave their homes",
    ),
    (
        "The council asked the mayor to explain the overspend on Tuesday, in a letter.",
        "On Tuesday the council asked the mayor to explain the overspend, members said.",
        "asked the mayor to explain the overspend",
    ),
    (
        "The league forced Vell Rovers to replay the match on Wednesday, in a rare move.",
        "On Wednesday the league forced Vell Rovers to replay the match, the club said.",
        "forced Vell Rovers to replay the match",
    ),
    (
        "The king invited Edda Marsk to form a government on Monday, after talks at the palace.",
        "On Monday the king invited Edda Marsk to form a government, the palace said.",
        "invited Edda Marsk to form a government",
    ),
    (
        "The regulator required Halvex to refund customers on Thursday, in a final order.",
        "On Thursday the regulator required Halvex to refund customers, it said.",
        "required Halvex to refund customers",
    ),
    (
        "The coach persuaded Aske Lund to stay on Friday, after weeks of talks.",
        "On Friday the coach persuaded Aske Lund to stay, the club said.",
        "persuaded Aske Lund to stay",
    ),
    (
        "The court allowed the firm to sell its plant on Monday, in a ruling on appeal.",
        "On Monday the court allowed the firm to sell its plant, lawyers said.",
        "allowed the firm to sell its plant",
    ),
    (
        "The government pressed banks to cut fees on Tuesday, in a letter to lenders.",
        "On Tuesday the government pressed banks to cut fees, officials said.",
        "pressed banks to cut fees",
    ),
    (
        "The union encouraged members to vote on Wednesday, ahead of the ballot.",
        "On Wednesday the union encouraged members to vote, a spokesman said.",
        "encouraged members to vote",
    ),
    (
        "The minister instructed officials to review the contracts on Monday, after the audit.",
        "On Monday the minister instructed officials to review the contracts, aides said.",
        "instructed officials to review the contracts",
    ),
    (
        "The army warned civilians to avoid the border on Sunday, as shelling went on.",
        "On Sunday the army warned civilians to avoid the border, residents said.",
        "warned civilians to avoid the border",
    ),
    (
        "The board asked Lene Brask to lead the airline on Friday, after the chief quit.",
        "On Friday the board asked Lene Brask to lead the airline, Nordair said.",
        "asked Lene Brask to lead the airline",
    ),
]


@pytest.mark.parametrize(("first", "second", "words"), CONTROL)
def test_a_line_keeps_what_the_one_asked_is_to_do(first: str, second: str, words: str) -> None:
    assert_a_headline_holds(first, second, words)


def test_an_infinitive_that_runs_on_is_left_out() -> None:
    first, second = (
        "The mayor asked residents to stay indoors and keep their windows shut against the "
        "smoke on Sunday.",
        "On Sunday the mayor asked residents to stay indoors and keep their windows shut "
        "against the smoke.",
    )
    headlines = [c.headline for c in brief_of(first, second).fact_clusters]
    assert headlines and not any("shut against" in h for h in headlines), headlines
