"""The array lemmatizer gives spaCy's own lemmas, token for token."""

from __future__ import annotations

import spacy

from briefx.lemmas import NAME, use_array_lemmatizer

TEXTS = [
    "The ministers were meeting in Geneva and had agreed to resume the talks.",
    "Shares fell 3% after the company's quarterly earnings missed forecasts.",
    "She'd been driving faster than the others; they didn't stop her.",
    "Better results came sooner: the best-performing funds rose most.",
    "Rescuers are searching the collapsed buildings for survivors.",
    "",
    "   \n\n",
    "NASA's rovers have found clays, which form in water.",
]


def test_the_array_pass_gives_the_same_lemmas_as_spacys_lemmatizer(model_name) -> None:
    name = model_name
    plain, fast = spacy.load(name), spacy.load(name)
    assert use_array_lemmatizer(fast)
    assert NAME in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    for a, b in zip(plain.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        assert any(t.lemma_ != t.text for t in b) or not b.text.strip()


def test_a_pipeline_without_a_rule_lemmatizer_is_left_alone() -> None:
    blank = spacy.blank("en")
    assert not use_array_lemmatizer(blank)
    assert blank.pipe_names == []


def test_briefx_pipeline_uses_it(nlp) -> None:
    assert NAME in nlp.pipe_names
    assert nlp.pipe_names.index(NAME) < nlp.pipe_names.index("briefx")
    doc = nlp("The leaders were visiting the flooded towns.")
    assert [t.lemma_ for t in doc][:4] == ["the", "leader", "be", "visit"]
