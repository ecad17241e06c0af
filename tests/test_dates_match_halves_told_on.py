""" "Corlin beat Westbrook 2-1 on Saturday after Moss scored a penalty in stoppage time.
Westbrook had led, but Corlin levelled early in the second half": a half of the match
the story just told, not of the year (issue 25, dates).

A half or a quarter named without a year is a part of a match in a sentence about sport
(``sport_words``: "scored in the second half"). A match report goes on in sentences with
no such word ("Corlin levelled early in the second half when Grant headed in a corner"),
and the half read as a half of the year (``2025-H2``), which then dated the
goal. The sentence just before now counts too: after a sentence about sport, a half or a
quarter without a year is the match's. A results story's half stays the year's.

Capability table of invented texts, published 2025-11-23 (a Sunday): before the rule 11
of the 16 match rows failed (the half read as a half-year); the 4 rows of a year's half
held before and after.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-23"

# (the sentence about sport, the next sentence, the half's words)
MATCH = [
    (
        "Corlin beat Westbrook 2-1 after Aidan Moss scored a penalty in stoppage time.",
        "Corlin levelled early in the second half when Leo Grant headed in a corner.",
        "the second half",
    ),
    (
        "Rovers won 3-0 at home, with their striker scoring twice.",
        "Both goals came in the first half.",
        "the first half",
    ),
    (
        "The visitors' goalkeeper made five saves in a 0-0 draw.",
        "He was busiest late in the second half.",
        "the second half",
    ),
    (
        "City scored twice before the break to lead 2-0.",
        "United pulled one back in the second half, yet found no leveller.",
        "the second half",
    ),
    (
        "The referee showed three red cards in a bad-tempered derby.",
        "Two came in the first half.",
        "the first half",
    ),
    (
        "The quarterback threw for 300 yards as the Hawks won 28-17.",
        "The Hawks trailed by four points at the end of the first quarter.",
        "the first quarter",
    ),
    (
        "Dunmore's striker scored a hat-trick in a 4-1 win on Saturday.",
        "All three of his goals came in the second half.",
        "the second half",
    ),
    (
        "The match was goalless at half-time.",
        "Kestrel pressed hard in the second half and won 2-0.",
        "the second half",
    ),
    (
        "The Tigers beat the Sharks 98-91 in a playoff opener.",
        "The Sharks led by 11 points in the third quarter.",
        "the third quarter",
    ),
    (
        "Harlow's keeper saved a penalty in the 80th minute to secure a 1-1 draw.",
        "Harlow had fallen behind early in the first half.",
        "the first half",
    ),
    (
        "Linfield's midfielder scored the lone goal of Sunday's match.",
        "His shot came midway through the second half.",
        "the second half",
    ),
    (
        "The derby ended 2-2 after a late equaliser.",
        "The home side had dominated the first half.",
        "the first half",
    ),
    (
        "The Bears scored two touchdowns in a 14-10 win.",
        "Both came in the fourth quarter.",
        "the fourth quarter",
    ),
    (
        "Ortiz scored twice as Westbrook won 2-0 on Saturday.",
        "He was substituted late in the second half with a knee injury.",
        "the second half",
    ),
    (
        "The winger scored a header in stoppage time to earn a draw.",
        "His side had been poor for most of the first half.",
        "the first half",
    ),
    (
        "The referee awarded three penalties in the match, all for handball.",
        "Two of them came in the second half.",
        "the second half",
    ),
]

# (a sentence of business, the next sentence, the half's words, the year's half)
YEAR = [
    (
        "The retailer's sales rose 4% in the first six months.",
        "It expects a stronger second half.",
        "second half",
        "2025-H2",
    ),
    (
        "The carmaker cut its forecast on Friday.",
        "Deliveries should recover in the second half.",
        "the second half",
        "2025-H2",
    ),
    (
        "The airline's profit rose in the third quarter.",
        "It expects a loss in the fourth quarter.",
        "the fourth quarter",
        "2025-Q4",
    ),
    (
        "The bank's profit fell in the third quarter.",
        "Lending grew in the first half.",
        "the first half",
        "2025-H1",
    ),
]


@pytest.mark.parametrize(("before", "sentence", "words"), MATCH)
def test_a_half_after_a_sentence_about_sport_is_the_matchs(before, sentence, words):
    doc = briefx.extract(f"{before} {sentence}", published=PUBLISHED)
    assert words not in {d.text for d in doc.dates}


@pytest.mark.parametrize(("before", "sentence", "words", "value"), YEAR)
def test_a_half_of_a_results_story_is_the_years(before, sentence, words, value):
    doc = briefx.extract(f"{before} {sentence}", published=PUBLISHED)
    assert {d.text: d.value for d in doc.dates}.get(words) == value
