"""The ``briefx_entities`` component: find gazetteer names, write corrected entities."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from briefx.entities.context import read_context
from briefx.entities.correct import combine_with_gazetteer, correct_entities
from briefx.entities.gazetteer import LABEL_TO_TYPE, Gazetteer
from briefx.entities.orgs import parties_of_their_own
from briefx.entities.products import NUMBERED_NAME, apply_product_names
from briefx.entities.rules import load_rules
from briefx.entities.spans import NUMERIC_LABELS, Words

# Shorter names are not looked up in capitals: "AL", "ME" are words and abbreviations.
_MIN_UPPER_NAME = 4
# Parts of speech whose words, written in capitals, are headline words and not names.
_COMMON_POS = ("verb", "adj", "adv")


def common_words(nlp: Language, parts: tuple[str, ...] = _COMMON_POS) -> frozenset[str]:
    """Lower-case words of some parts of speech known to the model's lemmatizer.

    Args:
        nlp: the pipeline (its ``lemmatizer``'s ``lemma_index`` table, if any).
        parts: the parts of speech (by default verbs, adjectives and adverbs).
    Returns:
        The words ("defeat", "late", "crush"); empty without a rule lemmatizer.
    """
    # component_names: briefx's pipeline runs the lemmatizer's rules through its own array
    # pass (briefx.fast.lemmas), which leaves the component loaded but disabled.
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in parts for w in index.get(pos, ()))


@Language.factory(
    "briefx_entities",
    default_config={"gazetteer": {"@misc": "briefx.gazetteer.v1"}},
)
def make_entities(nlp: Language, name: str, gazetteer: Gazetteer) -> EntityCorrector:
    """Create the entity corrector from a gazetteer (by default the tables in ``models/``)."""
    return EntityCorrector(nlp, gazetteer)


class EntityCorrector:
    """Find gazetteer names and write corrected entities to ``doc.ents``."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # Exact, case-sensitive surface forms -> (label, canonical). Matching looks up
        # token-aligned stretches of text: tokenising every name for a PhraseMatcher
        # cost a third of a second at each start.
        self._surfaces = gazetteer.unambiguous_surfaces()
        # The same names in capitals, for ALL-CAPS headlines ("PERU", "NEW YORK").
        self._upper: dict[str, tuple[str, str]] = {}
        for surface, found in self._surfaces.items():
            if len(surface) >= _MIN_UPPER_NAME and not surface.isupper():
                self._upper.setdefault(surface.upper(), found)
        # Every name, sorted: a stretch of tokens that begins none is not extended
        # (``_begins_longer``; a set of every beginning cost 50,000 strings at each start).
        self._sorted = sorted({*self._surfaces, *self._upper})
        self._longest = max((len(s) for s in self._surfaces), default=0)
        self._initials = frozenset(s[0] for s in self._surfaces if s)
        self.rules = load_rules()
        self.common_words = common_words(nlp)
        self.common_nouns = common_words(nlp, ("noun",))

    def match(self, doc: Doc, words: Words | None = None) -> list[Span]:
        """Return the gazetteer names in ``doc`` as labelled spans with canonical ids.

        Every stretch of whole tokens (up to the longest name's length) is looked up, in
        capitals too when it starts with a word in capitals; overlapping matches are all
        returned (``combine_with_gazetteer`` keeps the longest).

        Args:
            doc: the document ("Talks in Kiev", "LATE GOAL LIFTS PERU").
            words: its tokens as lists (``spans.Words``), when already read.
        Returns:
            The matches ("Kiev" GPE with id "Kyiv", "PERU" GPE with id "Peru").
        """
        words = words or Words.of(doc)
        text = words.joined
        starts = words.idx
        ends = [start + len(word) for start, word in zip(starts, words.text, strict=True)]
        spans = []
        for i, start_char in enumerate(starts):
            if text[start_char] not in self._initials:
                continue
            upper = words.text[i].isupper()
            for end in range(i, len(starts)):
                if ends[end] - start_char > self._longest:
                    break
                piece = text[start_char : ends[end]]
                found = self._surfaces.get(piece)
                if found is None and upper and piece.isupper():
                    found = self._upper.get(piece)
                if found is not None:
                    label, canonical = found
                    spans.append(Span(doc, i, end + 1, label=label, span_id=canonical))
                if not self._begins_longer(piece):
                    break
        return spans

    def _begins_longer(self, piece: str) -> bool:
        """True when ``piece`` is the beginning of a longer name (capitals included)."""
        names = self._sorted
        # The names that begin with ``piece`` follow it in sorted order; the first may be
        # ``piece`` itself.
        at = bisect_left(names, piece)
        for name in names[at : at + 2]:
            if len(name) > len(piece) and name.startswith(piece):
                return True
        return False

    def set_annotations(self, doc: Doc, found: Sequence[Span], words: Words | None = None) -> None:
        """Merge ``found`` with the model's entities and write the corrected result."""
        ents = doc.ents
        others = [e for e in ents if e.label_ not in LABEL_TO_TYPE]
        named = [e for e in ents if e.label_ in LABEL_TO_TYPE]
        found = parties_of_their_own(doc, found, self.gazetteer)  # "the Social Democrats"
        merged = combine_with_gazetteer(doc, found, named)
        taken = {i for s in merged for i in range(s.start, s.end)}
        # Non-name entities (DATE, CARDINAL, ...) stay unless a name now covers them.
        keep = [e for e in others if not taken.intersection(range(e.start, e.end))]
        blocked = frozenset(i for e in keep for i in range(e.start, e.end))
        corrected = correct_entities(doc, merged, self.gazetteer, blocked, words=words)
        read = read_context(
            doc,
            corrected,
            gazetteer=self.gazetteer,
            rules=self.rules,
            common_words=self.common_words,
            common_nouns=self.common_nouns,
            blocked=blocked,
            date_starts=frozenset(e.start for e in keep if e.label_ == "DATE"),
            words=words,
        )
        read = apply_product_names(doc, read, words or Words.of(doc), gazetteer=self.gazetteer)
        # A name read from its context wins over the model's other labels on its words
        # ("Velmark (Wirecast" as a work of art in a dateline), and a numbered name over
        # its number ("Boeing 747"); dates and amounts beside a name stay.
        named_things = {i for s in read if s.id_ == NUMBERED_NAME for i in range(s.start, s.end)}
        read_words = {i for s in read for i in range(s.start, s.end)}
        keep = [
            e
            for e in keep
            if not named_things.intersection(range(e.start, e.end))
            and (e.label_ in NUMERIC_LABELS or not read_words.intersection(range(e.start, e.end)))
        ]
        doc.ents = filter_spans([*read, *keep])

    def __call__(self, doc: Doc) -> Doc:
        words = Words.of(doc)
        self.set_annotations(doc, self.match(doc, words), words)
        return doc
