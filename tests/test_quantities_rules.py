"""One (text, expected) row per rule function of briefx.quantities, through the pipeline.

Each rule's docstring carries an invented example; this table checks a sentence of the
same kind end to end. A rule added to the package without a row here fails
``test_every_rule_has_a_row``.
"""

from __future__ import annotations

import inspect

import pytest
from spacy.language import Language

import briefx.quantities.ages as ages
import briefx.quantities.events as events
import briefx.quantities.extract as extract
import briefx.quantities.ranges as ranges
import briefx.quantities.scan as scan
import briefx.quantities.units as units
import briefx.quantities.words as words

MODULES = (ages, events, extract, ranges, scan, units, words)

# rule -> (sentence, the quantities found: text plus the fields that rule decides)
RULES: dict[str, tuple[str, list[tuple[str, dict]]]] = {
    "_qualifier_before": (
        "Well over 300 guests came to the gala.",
        [("Well over 300 guests", {"qualifier": "more_than", "low": 300, "high": None})],
    ),
    "_qualifier_after": (
        "The ferry takes 40 or more lorries.",
        [("40 or more lorries", {"qualifier": "at_least", "unit_lemma": "lorry"})],
    ),
    "is_range": (
        "Prices rose between 3% and 4% last quarter.",
        [("3% and 4%", {"value": None, "low": 3, "high": 4})],
    ),
    "_is_label": ("The team uses Group 7 for the trial.", []),
    "is_set_off_age": (
        "Dana Whitfield, 38, said the plan failed.",
        [("38", {"value": 38, "unit": "year-old", "kind": "measure"})],
    ),
    "read_age": (
        "The 44-year-old was freed.",
        [("44-year-old", {"value": 44, "unit": "year-old"})],
    ),
    "_age": ("Voters aged 18 took part.", [("aged 18", {"value": 18, "unit": "year-old"})]),
    "is_age_unit": (
        "Lena Ortiz, 41, was arrested on Monday.",
        [("41", {"value": 41, "unit": "year-old", "event": None})],
    ),
    "is_score": ("The visitors won 2-0 away.", []),
    "_percent_follows": ("DAX -0.4%, CAC +0.9%.", [("-0.4%", {"value": -0.4}), ("+0.9%", {})]),
    "_fold_atom": ("Exports rose sixfold.", [("sixfold", {"value": 6, "unit": "fold"})]),
    "_is_number_word": (
        "One of four programmes was cut.",
        [("four programmes", {"value": 4, "unit_lemma": "programme"})],
    ),
    "_multiplier_verb_atom": (
        "Output tripled in two years.",
        [("tripled", {"value": 3, "unit": "times", "change": "up"})],
    ),
    "_opened": (
        "The victims, aged 12 and 14, were hurt.",
        [("aged 12", {"unit": "year-old"}), ("14", {"value": 14, "unit": "year-old"})],
    ),
    "opens_dateline": (
        "Quake kills 40 KATHMANDU, Nepal (AP) - Aid came.",
        [("40", {"unit": None})],
    ),
    "_without_final_dot": ("The car hit 80 km/h.", [("80 km/h", {"unit": "km/h"})]),
    "_is_conversion": (
        "The fine was over 3 million yen ($20,000).",
        [
            ("over 3 million yen", {"qualifier": "more_than"}),
            ("$20,000", {"qualifier": "more_than", "unit_lemma": "dollar"}),
        ],
    ),
    "_bounds": (
        "Up to 100 boats sailed.",
        [("Up to 100 boats", {"low": None, "high": 100, "qualifier": "at_most"})],
    ),
    "bounded": (
        "The tanks hold 10-20 litres.",
        [("10-20 litres", {"low": 10, "high": 20})],
    ),
    "scaled_like": (
        "Bids ranged from $71 to $75 billion.",
        [("$71 to $75 billion", {"low": 71_000_000_000, "high": 75_000_000_000})],
    ),
    "_phone_numbers": ("Call 555-0142 for tickets.", []),
    "_digit_atom": ("The loan of $2.5bn was agreed.", [("$2.5bn", {"value": 2_500_000_000})]),
    "word_atom": (
        "Twenty-five ponies grazed.",
        [("Twenty-five ponies", {"value": 25, "unit_lemma": "pony"})],
    ),
    "_vague_atom": (
        "Tens of thousands of fans marched.",
        [("Tens of thousands of fans", {"low": 10_000, "high": 100_000, "qualifier": "approx"})],
    ),
    "share": ("One in five voters stayed home.", [("One in five voters", {"value": 0.2})]),
    "_split_suffix": (
        "The engine makes 300bhp.",
        [("300bhp", {"value": 300, "unit": "bhp", "kind": "measure"})],
    ),
    "_date_like": ("The vault held 3917204 coins.", [("3917204 coins", {"value": 3917204})]),
    "_per": ("Farmers paid $5 a day for water.", [("$5", {"per": "a day"})]),
    "_with_ratio": (
        "A train ran at 90km/hr through the valley.",
        [("90km/hr", {"unit_lemma": "kilometre per hour"})],
    ),
    "_noun_phrase": (
        "The army released 40 Ukrainian prisoners of war.",
        [("40 Ukrainian prisoners", {"unit": "Ukrainian prisoners", "unit_lemma": "prisoner"})],
    ),
    "_longest": (
        "The prize was 5 pound sterling.",
        [("5 pound sterling", {"unit_lemma": "pound", "kind": "money"})],
    ),
    "read_unit": ("Seven cats slept.", [("Seven cats", {"unit_lemma": "cat", "kind": "count"})]),
    "anchor": (
        "Thousands of prisoners were freed.",
        [("Thousands of prisoners", {"event": "free"})],
    ),
    "event_of": (
        "The army released 40 Ukrainian prisoners of war.",
        [("40 Ukrainian prisoners", {"event": "release"})],
    ),
    "_verb_event": ("There were 12 boats.", [("12 boats", {"event": None})]),
    "change_of": ("Shares gained 6% in early trade.", [("6%", {"change": "up"})]),
}


@pytest.mark.parametrize(("rule", "text", "expected"), [(k, *v) for k, v in RULES.items()])
def test_rule_row(nlp: Language, rule: str, text: str, expected: list[tuple[str, dict]]) -> None:
    found = nlp(text)._.briefx_quantities
    assert [q["text"] for q in found] == [t for t, _ in expected], rule
    for q, (_, fields) in zip(found, expected, strict=True):
        assert {k: q[k] for k in fields} == fields, rule


def _rules() -> set[str]:
    names = set()
    for module in MODULES:
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and (
                name.startswith(("_is_", "is_")) or name in RULES
            ):
                names.add(name)
    return names


def test_every_rule_has_a_row() -> None:
    assert _rules() - set(RULES) == set()


def test_every_rule_has_a_docstring_with_an_example() -> None:
    for module in MODULES:
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name in RULES and fn.__module__ == module.__name__:
                doc = inspect.getdoc(fn) or ""
                assert '"' in doc.splitlines()[0] + "".join(doc.splitlines()[1:3]), name
