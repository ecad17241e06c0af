"""A headline keeps the bare noun that completes a verb after its preposition
(capability table of invented report pairs, published Tuesday 2025-11-18).

"About 2,400 nurses went on strike on Monday" was headed and put on the timeline as
"About 2,400 nurses went on Nov. 17, 2025": a verb with no object kept only phrases of
``goals`` ("into a ravine"). A preposition right after the verb (or its particle) whose
object is one bare common noun ("on strike", "to light", "in custody", "to court") is
what the verb says and is kept; not a name or a number ("went to Orvik on Monday" is
another matter: "to Orvik"), nor a word of time ("at night", "in spring"), nor a phrase
with an article ("to the polls")."""

from __future__ import annotations

import pytest

from briefx.crossdoc.headlines import complement_after
from tests.briefs import assert_a_headline_holds

# (first report, second report, words the headline holds)
IDIOMS = [
    (
        "About 900 dockers went on strike in Brask on Monday.",
        "Dockers in Brask went on strike on Monday, their union said.",
        "went on strike",
    ),
    (
        "The fraud at Corvane came to light in March 2025.",
        "The fraud at Corvane came to light in March 2025, prosecutors said.",
        "came to light",
    ),
    (
        "The former mayor of Orvik went on trial on Monday.",
        "The former mayor of Orvik went on trial on Monday, accused of taking bribes.",
        "went on trial",
    ),
    (
        "The finance minister came under fire on Monday for the budget.",
        "The finance minister came under fire on Monday, as critics attacked the budget.",
        "came under fire",
    ),
    (
        "The suspect remained in custody on Friday.",
        "The suspect remained in custody on Friday, police said.",
        "remained in custody",
    ),
    (
        "Ostmere went to war with Tavria in 2019.",
        "Ostmere went to war with Tavria in 2019, historians say.",
        "went to war",
    ),
    (
        "The two airlines went to court in Halden on Monday.",
        "The two airlines went to court on Monday, their lawyers said.",
        "went to court",
    ),
    (
        "Tickets for the final went on sale on Friday.",
        "Tickets for the final went on sale on Friday, organisers said.",
        "went on sale",
    ),
    (
        "The Tarno bakery went out of business in June 2025.",
        "The Tarno bakery went out of business in June 2025, its owner said.",
        "went out of business",
    ),
    (
        "The new tax law came into force on Monday.",
        "The new tax law came into force on Monday, the ministry said.",
        "came into force",
    ),
    (
        "Two climbers stayed in hospital in Vell on Sunday.",
        "Two climbers stayed in hospital on Sunday, rescuers said.",
        "stayed in hospital",
    ),
    (
        "The singer went into hiding in May 2025.",
        "The singer went into hiding in May 2025, her label said.",
        "went into hiding",
    ),
    (
        "Dockers at Brask returned to work on Thursday.",
        "Dockers at Brask returned to work on Thursday, the port said.",
        "returned to work",
    ),
    (
        "The rebel leader went into exile in 2021.",
        "The rebel leader went into exile in 2021, his aides said.",
        "went into exile",
    ),
    (
        "The governor stepped down on Friday after a scandal.",
        "The governor stepped down on Friday, aides said.",
        "stepped down",
    ),
]


@pytest.mark.parametrize(("first", "second", "words"), IDIOMS)
def test_a_headline_keeps_the_noun_after_the_verbs_preposition(
    first: str, second: str, words: str
) -> None:
    assert_a_headline_holds(first, second, words)


# (the words after the event word, its lemma): no complement.
NOT_IDIOMS = [
    ("at night from Brask on Monday.", "leave"),
    ("in spring to the hills above Vell.", "move"),
    ("in winter on the lake.", "sail"),
    ("to the polls on Sunday.", "go"),
    ("to Orvik on Monday.", "travel"),
    ("by 3% in October.", "fall"),
    ("on Monday.", "go"),
    ("for hours before the rescue.", "wait"),
]


@pytest.mark.parametrize(("after", "lemma"), NOT_IDIOMS)
def test_no_word_of_time_name_number_or_article_is_kept(after: str, lemma: str) -> None:
    assert complement_after(after, lemma) is None


def test_the_noun_is_cut_from_what_follows() -> None:
    assert complement_after("on strike at three hospitals on Monday.", "go") == "on strike"
    assert complement_after("out of business in June.", "go") == "of business"
    assert complement_after("to light.", "come") == "to light"
