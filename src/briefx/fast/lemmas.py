"""spaCy's rule lemmatizer, run over a Doc's arrays: the same lemmas in a fraction of the time.

spaCy's ``lemmatizer`` visits every token in Python (``token.lemma_ = ...``), which costs
about a tenth of the small English model's time on news. Its rules depend only on the
token's text, part of speech and morphology, and it caches them under that key. briefx's
pipeline replaces the pass, not the rules: ``ArrayLemmatizer`` reads (orth, pos, morph,
lemma) for the whole Doc as one array, works out only the keys it has not seen (with the
lemmatizer's own rules and tables, so the lemmas are the same), and writes the lemma
column back in one call. Tokens that already have a lemma (set by the attribute ruler)
keep it, as with spaCy's ``overwrite=False``.

A key seen for the first time goes through ``RuleLemmas``: spaCy's rule lemmatizer step
for step, with its word index read as sets. spaCy keeps the index of each part of speech
as a list (57,000 nouns) and tests every candidate form against it by a linear scan,
about 0.1 ms per new word: more than the whole lemmatizer pass on a news corpus.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Warnings
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

from briefx.resources import load_json
from briefx.text.tokens import split_prefix

if TYPE_CHECKING:
    from thinc.types import Ints2d

# The name briefx gives the vectorised pass; spaCy's own ``lemmatizer`` stays loaded
# (disabled) to hold the rules and tables.
NAME = "briefx_lemmatizer"


class RuleLemmas:
    """spaCy's ``Lemmatizer.rule_lemmatize`` with each word index held as a set.

    The same steps, in the same order, give the same lemma list: an empty, end-of-line
    or space part of speech and base forms are the lower-cased word; a part of speech
    with no tables keeps a proper noun's case; otherwise every suffix rule whose result
    is in the index comes first (in rule order), then other non-alphabetic results, then
    the exceptions in front, and only if none of these the out-of-index results, or the
    word itself. ``tests/test_lemmas.py`` checks it against spaCy word for word.
    """

    def __init__(self, inner: Lemmatizer) -> None:
        self.inner = inner
        tables = {
            name: inner.lookups.get_table(name, {})
            for name in ("lemma_index", "lemma_exc", "lemma_rules")
        }
        self._index, self._exceptions, self._rules = (
            tables["lemma_index"],
            tables["lemma_exc"],
            tables["lemma_rules"],
        )
        self._index_sets: dict[str, frozenset[str]] = {}

    def index_of(self, pos: str) -> frozenset[str]:
        found = self._index_sets.get(pos)
        if found is None:
            found = self._index_sets[pos] = frozenset(self._index.get(pos, ()))
        return found

    def __call__(self, token: Token) -> list[str]:
        string = token.text
        pos = token.pos_.lower()
        if pos in ("", "eol", "space"):
            if pos == "":
                warnings.warn(Warnings.W108, stacklevel=2)
            return [string.lower()]
        if self.inner.is_base_form(token):
            return [string.lower()]
        return self.forms(string, pos)

    def forms(self, string: str, pos: str) -> list[str]:
        """The lemmas of a word that is not a base form, by its part of speech (lower
        case), best first."""
        if not any((self._index.get(pos), self._exceptions.get(pos), self._rules.get(pos))):
            return [string] if pos == "propn" else [string.lower()]
        index = self.index_of(pos)
        lower = string.lower()
        forms: list[str] = []
        outside: list[str] = []
        for old, new in self._rules.get(pos, {}):
            if not lower.endswith(old):
                continue
            form = lower[: len(lower) - len(old)] + new
            if not form:
                continue
            if form in index:
                forms.insert(0, form)
            elif not form.isalpha():
                forms.append(form)
            else:
                outside.append(form)
        forms = list(dict.fromkeys(forms))
        for form in self._exceptions.get(pos, {}).get(lower, []):
            if form not in forms:
                forms.insert(0, form)
        return forms or outside or [string]


class SilentE:
    """The silent-e correction of ``models/lemmas.json``: "fined" is "fine", not "fin".

    spaCy's rules strip "-ed" both to "fin" and to "fine"; both are verbs in its index and
    the last rule tried wins. A one-syllable stem ending vowel + consonant doubles the
    consonant before the suffix ("finned"), so an undoubled form comes from the e-stem.
    """

    def __init__(self, index: Callable[[str], frozenset[str]]) -> None:
        rule = load_json("lemmas.json")["silent_e"]
        self._index = index
        self._pos = frozenset(rule["parts_of_speech"])
        self._suffixes = tuple(rule["suffixes"])
        self._vowels = frozenset(rule["vowels"])
        self._never = frozenset(rule["never_doubled"])

    def __call__(self, word: str, pos: str, lemma: str) -> str:
        """Return ``lemma``, or its e-form when the rule says the word comes from it.

        Args:
            word: the token's text ("fined").
            pos: its part of speech, lower case ("verb").
            lemma: spaCy's lemma ("fin").
        Returns:
            "fine" for ("fined", "verb", "fin"); the lemma unchanged otherwise.
        """
        lower = word.lower()
        if pos not in self._pos or len(lemma) < 3 or not lower.startswith(lemma):
            return lemma
        if lower[len(lemma) :] not in self._suffixes:
            return lemma
        last, before = lemma[-1], lemma[-2]
        syllables = sum(
            1
            for i, c in enumerate(lemma)
            if c in self._vowels and (i == 0 or lemma[i - 1] not in self._vowels)
        )
        if (
            syllables != 1
            or last in self._vowels
            or last in self._never
            or before not in self._vowels
            or (len(lemma) > 2 and lemma[-3] in self._vowels)
        ):
            return lemma
        form = lemma + "e"
        return form if form in self._index(pos) else lemma


class PrefixedWord:
    """The lemma of a word with a hyphenated verb prefix (``verb_prefixes`` of
    ``models/text/tokens.json``, kept whole by ``briefx.text.tokens``): the prefix and the
    lemma of the rest, "re-elected" -> "re-elect" (spaCy's rules alone give
    "re-electe": no form with a hyphen is in their index)."""

    def __init__(self, lemmas: RuleLemmas, silent_e: SilentE) -> None:
        self._lemmas = lemmas
        self._silent_e = silent_e

    def __call__(self, word: str, pos: str, lemma: str) -> str:
        split = split_prefix(word)
        if split is None:
            return lemma
        prefix, rest = split
        return f"{prefix}-{self._silent_e(rest, pos, self._lemmas.forms(rest, pos)[0])}"


def _rule_lemmas(inner: Lemmatizer) -> Callable[[Token], list[str]]:
    """``inner``'s lemma function: ``RuleLemmas`` when it is spaCy's own rule lemmatizer
    (whose steps ``RuleLemmas`` repeats), else the lemmatizer's own method."""
    if inner.mode == "rule" and type(inner).rule_lemmatize is Lemmatizer.rule_lemmatize:
        return RuleLemmas(inner)
    return inner.lemmatize


class ArrayLemmatizer:
    """Lemmatize a Doc with ``inner``'s rules, reading and writing whole columns."""

    def __init__(self, inner: Lemmatizer) -> None:
        self.inner = inner
        # (orth, pos, morph) -> lemma hash: the lemma string interned once per key.
        self._known: dict[tuple[int, int, int], int] = {}
        self._silent_e: SilentE | None = None
        self._prefixed: PrefixedWord | None = None

    @property
    def inner(self) -> Lemmatizer:
        """The wrapped spaCy lemmatizer (its rules and tables)."""
        return self._inner

    @inner.setter
    def inner(self, lemmatizer: Lemmatizer) -> None:
        self._inner = lemmatizer
        self._lemmas = _rule_lemmas(lemmatizer)
        self._known = {}
        self._silent_e = None
        self._prefixed = None
        if isinstance(self._lemmas, RuleLemmas):
            self._silent_e = SilentE(self._lemmas.index_of)
            self._prefixed = PrefixedWord(self._lemmas, self._silent_e)

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
                token = doc[i]
                lemma = self._lemmas(token)[0]
                if self._silent_e is not None:
                    lemma = self._silent_e(token.text, token.pos_.lower(), lemma)
                if self._prefixed is not None:
                    lemma = self._prefixed(token.text, token.pos_.lower(), lemma)
                found = known[key] = strings.add(lemma)
            lemmas[i] = found
        doc.from_array([LEMMA], cast("Ints2d", lemmas.reshape(-1, 1)))
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
    slot = nlp.get_pipe(NAME)
    assert isinstance(slot, ArrayLemmatizer)
    slot.inner = inner
    nlp.disable_pipe("lemmatizer")
    return True


@Language.factory(NAME)
def make_array_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    """The vectorised pass; ``use_array_lemmatizer`` gives it the lemmatizer to wrap."""
    placeholder = Lemmatizer(nlp.vocab, None, mode="lookup")
    return ArrayLemmatizer(placeholder)
