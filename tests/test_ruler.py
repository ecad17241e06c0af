"""The array attribute ruler gives spaCy's own tags, parts of speech, morphology, lemmas."""

from __future__ import annotations

import spacy

from briefx.fast.ruler import NAME, use_array_ruler

# Invented text that reaches every kind of rule: tags mapped to parts of speech, words
# with their own morphology and lemma, rules over two tokens ("gonna", "y'all", "let's",
# "there's"), rules on dependencies, whitespace tokens.
TEXTS = [
    "The council said it wasn't gonna approve the plan, and y'all know why.",
    "Let's see: there's nothin' left, we ain't got a thing, c'mon.",
    "I gave it to you, and you gave it to me; it rained.  \n\n  Then it stopped.",
    "Has she done it? Do they have the money? He'd had enough of the delays.",
    "Gotta go, said the driver, who'd been waiting since dawn near the old mill.",
    "Whether or not the bill passes, the senators who backed it will meet again.",
    "Shares of Acme Corp. rose 4% to $12.50 after the results, though rivals fell.",
    "",
    "\n",
]


def _signature(doc) -> list[tuple]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_the_array_ruler_gives_the_same_attributes_as_spacys_ruler(model_name) -> None:
    name = model_name
    plain, fast = spacy.load(name), spacy.load(name)
    assert use_array_ruler(fast)
    assert NAME in fast.pipe_names and "attribute_ruler" not in fast.pipe_names
    for a, b in zip(plain.pipe(TEXTS * 2), fast.pipe(TEXTS * 2), strict=True):
        assert _signature(a) == _signature(b)


def test_rules_over_two_tokens_are_applied(model_name) -> None:
    fast = spacy.load(model_name)
    use_array_ruler(fast)
    doc = fast("You are gonna love it, y'all.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"]) == ("go", "to")


def test_a_ruler_it_cannot_read_stays_with_spacy() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TEXT": "x", "OP": "+"}]], {"TAG": "NN"})
    assert not use_array_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
    assert not use_array_ruler(spacy.blank("en"))


def test_briefx_pipeline_uses_it(nlp) -> None:
    assert NAME in nlp.pipe_names
    assert nlp.pipe_names.index(NAME) < nlp.pipe_names.index("briefx_lemmatizer")
