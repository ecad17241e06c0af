"""The array lemmatizer gives spaCy's own lemmas, token for token."""

from __future__ import annotations

import pytest
import spacy

from briefx.fast.lemmas import NAME, use_array_lemmatizer

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


# Inflected, irregular, hyphenated, numeric and proper words, each read with several parts
# of speech and morphologies: the rule lemmas must be spaCy's, list for list.
WORDS = [
    "running",
    "geese",
    "better",
    "studies",
    "mice",
    "was",
    "children",
    "wolves",
    "analyses",
    "criteria",
    "went",
    "taken",
    "fastest",
    "happier",
    "buses",
    "data",
    "re-elected",
    "co-founded",
    "1990s",
    "U.S.",
    "Oxfam",
    "Smiths",
    "quizzes",
    "axes",
    "lay",
    "leaves",
    "saw",
    "rose",
    "fell",
    "media",
    "indices",
    "worse",
    "hers",
    "'s",
]
READINGS = [
    ("NOUN", "Number=Plur"),
    ("NOUN", "Number=Sing"),
    ("VERB", "Tense=Past|VerbForm=Fin"),
    ("VERB", "Aspect=Prog|Tense=Pres|VerbForm=Part"),
    ("VERB", "VerbForm=Inf"),
    ("VERB", "Tense=Past|VerbForm=Part"),
    ("ADJ", "Degree=Cmp"),
    ("ADJ", "Degree=Sup"),
    ("ADJ", "Degree=Pos"),
    ("ADV", "Degree=Sup"),
    ("PROPN", "Number=Plur"),
    ("PRON", ""),
    ("AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("NUM", ""),
    ("X", ""),
    ("SPACE", ""),
]


def test_rule_lemmas_are_spacys_rule_lemmas(model_name) -> None:
    from spacy.tokens import Doc

    from briefx.fast.lemmas import RuleLemmas

    nlp = spacy.load(model_name)
    inner = nlp.get_pipe("lemmatizer")
    fast = RuleLemmas(inner)
    compared = 0
    for pos, morph in READINGS:
        doc = Doc(nlp.vocab, words=WORDS, pos=[pos] * len(WORDS), morphs=[morph] * len(WORDS))
        for token in doc:
            assert fast(token) == inner.rule_lemmatize(token), (token.text, pos, morph)
            compared += 1
    for doc in nlp.pipe(TEXTS):
        for token in doc:
            if token.pos_:
                assert fast(token) == inner.rule_lemmatize(token), token.text
                compared += 1
    assert compared > len(WORDS) * len(READINGS)


# briefx's one correction to spaCy's rule lemmas (models/lemmas.json, silent_e): an undoubled
# consonant before -ed / -ing / -es after a one-syllable vowel + consonant stem means a
# silent e ("hopes": a verb "hop" takes a plain -s, "hops").
SILENT_E = [
    ("The regulator fined the lender.", "fined", "fine"),
    ("Guests dined at the embassy.", "dined", "dine"),
    ("Fans lined the streets.", "lined", "line"),
    ("She hoped for a recount.", "hoped", "hope"),
    ("They are hoping for rain.", "hoping", "hope"),
    ("The mayor cited the report.", "cited", "cite"),
    ("The agency rated the bonds.", "rated", "rate"),
    ("Officials are timing the trains.", "timing", "time"),
    ("The firm was taping the show.", "taping", "tape"),
    ("The mayor hopes to reopen the bridge.", "hopes", "hope"),
    ("The agency rates the bonds.", "rates", "rate"),
    ("He hates the new rules.", "hates", "hate"),
    ("The chef dines alone.", "dines", "dine"),
    ("The studio tapes the show live.", "tapes", "tape"),
    # A doubled consonant is the short stem.
    ("The rabbit hopped away.", "hopped", "hop"),
    ("Police stopped the car.", "stopped", "stop"),
    ("The team planned a parade.", "planned", "plan"),
    # Two vowels, two syllables, or a consonant that never doubles: left to spaCy.
    ("Leaders visited the site.", "visited", "visit"),
    ("The shop opened late.", "opened", "open"),
    ("It rained all week.", "rained", "rain"),
    ("Workers fixed the roof.", "fixed", "fix"),
    ("The plan focuses on roads.", "focuses", "focus"),
    ("The union passes the motion.", "passes", "pass"),
    ("She fixes the roof.", "fixes", "fix"),
    ("Voters showed up.", "showed", "show"),
]


@pytest.mark.parametrize(("text", "word", "lemma"), SILENT_E)
def test_silent_e_lemmas(nlp, text: str, word: str, lemma: str) -> None:
    (token,) = [t for t in nlp(text) if t.text == word]
    assert token.lemma_ == lemma
