"""spaCy's rule lemmatizer, run over a Doc's arrays: the same lemmas in a tenth of the time.

spaCy's ``lemmatizer`` visits every token in Python (``token.lemma_ = ...``), which costs
about a tenth of the small English model's time on news. Its rules depend only on the
token's text, part of speech and morphology, and it caches them under that key. briefx's
pipeline replaces the pass, not the rules: ``ArrayLemmatizer`` reads (orth, pos, morph,
lemma) for the whole Doc as one array, asks the wrapped lemmatizer only for keys it has
not seen (through the lemmatizer's own ``rule_lemmatize`` and cache, so the lemmas are
the same), and writes the lemma column back in one call. Tokens that already have a
lemma (set by the attribute ruler) keep it, as with spaCy's ``overwrite=False``.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

# The name briefx gives the vectorised pass; spaCy's own ``lemmatizer`` stays loaded
# (disabled) to hold the rules and tables.
NAME = "briefx_lemmatizer"


class ArrayLemmatizer:
    """Lemmatize a Doc with ``inner``'s rules, reading and writing whole columns."""

    def __init__(self, inner: Lemmatizer) -> None:
        self.inner = inner
        # (orth, pos, morph) -> lemma hash: the lemma string interned once per key.
        self._known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        known = self._known
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.inner.overwrite:
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = strings.add(self.inner.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


def use_array_lemmatizer(nlp: Language) -> bool:
    """Run ``nlp``'s rule lemmatizer as an ``ArrayLemmatizer`` (in place); False if none.

    Only a rule-mode spaCy ``Lemmatizer`` named ``lemmatizer`` is replaced; any other
    pipeline is left as it is.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return False
    inner = nlp.get_pipe("lemmatizer")
    if not isinstance(inner, Lemmatizer) or inner.mode != "rule":
        return False
    nlp.add_pipe(NAME, before="lemmatizer")
    nlp.get_pipe(NAME).inner = inner
    nlp.disable_pipe("lemmatizer")
    return True


@Language.factory(NAME)
def make_array_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    """The vectorised pass; ``use_array_lemmatizer`` gives it the lemmatizer to wrap."""
    placeholder = Lemmatizer(nlp.vocab, None, mode="lookup")
    return ArrayLemmatizer(placeholder)
