"""People, places and organisations: gazetteer corrections, rules, and the seeds' gold."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefx.entities import entity_type, lookup, name_key

GOLD = json.loads((Path(__file__).parent / "gold" / "seed_entities.json").read_text("utf-8"))


def _ents(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(e.text, entity_type(e.label_)) for e in nlp(text).ents if entity_type(e.label_)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Exonyms and old spellings are places with the canonical id.
        ("Talks in Kiev resumed.", [("Kiev", "PLACE")]),
        ("Kiev and Moscow traded blame.", [("Kiev", "PLACE"), ("Moscow", "PLACE")]),
        # A coordination the model may read as one name is split.
        ("He blamed Kyiv and Europe for the freeze.", [("Kyiv", "PLACE"), ("Europe", "PLACE")]),
        # A news outlet named after a city is an organisation, not a place.
        ("The Kyiv Independent reported the strike.", [("The Kyiv Independent", "ORG")]),
        (
            "Ukraine must cede the entire Donbas region.",
            [("Ukraine", "PLACE"), ("Donbas", "PLACE")],
        ),
        # A known name inside a longer organisation name leaves it whole.
        ("She studied at the University of Chicago.", [("University of Chicago", "ORG")]),
        # One sense per document: a lone surname of a person named in full is that person.
        (
            "Rustem Umerov visited Ankara. Later, Umerov said talks went well.",
            [("Rustem Umerov", "PERSON"), ("Ankara", "PLACE"), ("Umerov", "PERSON")],
        ),
        # A leading article and a possessive are not part of the name.
        ("He wrote to the U.S. Department of State.", [("U.S. Department of State", "ORG")]),
    ],
)
def test_entities(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    assert _ents(nlp, text) == expected


def test_canonical_id_from_the_gazetteer(nlp) -> None:
    doc = nlp("Delegates met in Kiev and in Türkiye.")
    ids = {e.text: e.id_ for e in doc.ents}
    assert ids["Kiev"] == "Kyiv"
    assert lookup("Türkiye") is not None and ids["Türkiye"] == lookup("Türkiye").canonical


def test_lookup_ignores_case_article_and_unicode_form() -> None:
    assert lookup("kiev").canonical == "Kyiv"
    assert lookup("the Kiev") is not None
    assert name_key("Erdog\u0306an") == name_key("Erdoğan")
    assert lookup("Narnia-on-Thames") is None


def _gold_mentions(text: str, names: dict[str, list[str]]) -> set[tuple[int, int, str]]:
    surfaces = sorted(
        ((s, t) for t, ss in names.items() if not t.startswith("_") for s in ss),
        key=lambda x: -len(x[0]),
    )
    taken: set[int] = set()
    gold: set[tuple[int, int, str]] = set()
    for surface, type_ in surfaces:
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not taken.intersection(range(m.start(), m.end())):
                gold.add((m.start(), m.end(), type_))
                taken.update(range(m.start(), m.end()))
    return gold


def _f1(pred: set, gold: set) -> float:
    tp = len(pred & gold)
    if not pred or not gold:
        return float(pred == gold)
    p, r = tp / len(pred), tp / len(gold)
    return 0.0 if tp == 0 else 2 * p * r / (p + r)


@pytest.mark.parametrize("stem", sorted(k for k in GOLD if not k.startswith("_")))
@pytest.mark.parametrize("type_", ["PERSON", "PLACE"])
def test_seed_people_and_places_f1(seed_docs, seed_texts, stem: str, type_: str) -> None:
    gold = {g for g in _gold_mentions(seed_texts[stem], GOLD[stem]) if g[2] == type_}
    pred = {
        (m.start, m.end, e.type)
        for e in seed_docs[stem].entities
        if e.type == type_
        for m in e.mentions
    }
    assert _f1(pred, gold) >= 0.95, (sorted(pred - gold), sorted(gold - pred))


@pytest.mark.parametrize("stem", sorted(k for k in GOLD if not k.startswith("_")))
def test_seed_no_organisation_is_a_place(seed_docs, seed_texts, stem: str) -> None:
    orgs = {(s, e) for s, e, t in _gold_mentions(seed_texts[stem], GOLD[stem]) if t == "ORG"}
    places = {
        (m.start, m.end) for e in seed_docs[stem].entities if e.type == "PLACE" for m in e.mentions
    }
    overlapping = [o for o in orgs for p in places if p[0] < o[1] and o[0] < p[1]]
    assert overlapping == []


def test_corrections_never_overlap_other_entities(nlp) -> None:
    # "Hutus" is a nationality (NORP); a person's surname rule must not take it again.
    text = (
        "Rwandan officer Theoneste Hutus spoke. Hutus and Tutsis lived there; "
        "the Hutus fled on Friday."
    )
    doc = nlp(text)
    tokens = [i for e in doc.ents for i in range(e.start, e.end)]
    assert len(tokens) == len(set(tokens))


# A company named with its legal suffix, once with a quotation mark the model took in:
# its bare name is found wherever it recurs, never with the quotation mark, and the
# names are tried in a fixed order (they were a set, walked in hash-seed order).
@pytest.mark.parametrize("quoted_first", [True, False])
def test_bare_company_names_leave_quotation_marks_out(nlp, quoted_first: bool) -> None:
    from spacy.tokens import Span

    from briefx.entities.orgs import same_sense_as_company
    from briefx.entities.rules import load_rules
    from briefx.entities.spans import Words

    text = (
        'Marlow Foods Ltd fell. Critics saw " Marlow Foods Ltd at its worst. '
        'Then " Marlow Foods rallied, and Marlow Foods shares rose.'
    )
    doc = nlp.make_doc(text)
    words = Words(doc)

    def span(start_char: int, phrase: str) -> Span:
        found = doc.char_span(start_char, start_char + len(phrase), label="ORG")
        assert found is not None
        return found

    plain = span(0, "Marlow Foods Ltd")
    quoted = span(text.index('" Marlow Foods Ltd'), '" Marlow Foods Ltd')
    spans = [quoted, plain] if quoted_first else [plain, quoted]
    out = same_sense_as_company(doc, spans, load_rules(), frozenset(), words)
    added = [s.text for s in out if s not in (plain, quoted)]
    assert added == ["Marlow Foods", "Marlow Foods"]
