"""A headline's verb that the small model reads as a plural noun, parsed again as a verb.

Headlines drop their articles, and "Torvane cuts outlook as orders slump" reads to the
small model like a noun compound ("Torvane cuts" of an "outlook"): no verb, so no event,
though the headline tells what the story is about. A headline (the text's first line, with
no final stop) whose first words are a subject (a name or a noun, up to
``_MAX_SUBJECT`` words) and then a word in "-s" tagged as a plural noun before a noun
phrase is parsed again with a pronoun for the subject: "It cuts outlook as orders slump".
When that parse makes the word a present verb at its root, the headline takes that parse
(tags, lemmas, heads, labels) for the predicate, with the subject as the verb's ``nsubj``.
A headline with no object after the word ("Job cuts at Torvane", "Pay rises for nurses"),
or with a verb after it ("Job cuts hit Torvane"), stays as parsed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from briefx.text import SENTENCE_STOPS

if TYPE_CHECKING:
    from thinc.types import Ints2d

# Tags of the subject's words ("Torvane" is often JJ to the small model).
_SUBJECT_TAGS = frozenset({"NN", "NNP", "NNPS", "JJ"})
# Tags that open the object's noun phrase after the verb ("cuts outlook", "axes the
# routes"); not a verb, which makes the word its subject ("Job cuts hit Torvane",
# "Korvenmaa nurses strike"), even where the small model misreads a noun as one
# ("Council scraps bus lane plan": "bus").
_OBJECT_STARTS = frozenset({"DT", "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "PRP$", "VBG"})
_MAX_SUBJECT = 3
# Links of a word tagged as a verb that the parse still made part of a noun phrase
# ("Court blocks merger": "blocks" a compound of "merger").
_NOT_A_VERBS_LINKS = frozenset({"compound", "nsubj", "amod", "nmod"})
# Marks that end a sentence: a line ending with one is a sentence, not a headline.
_STOPS = SENTENCE_STOPS | {":"}
# The components that do not parse: the stand-in ("It cuts outlook") skips them.
_NOT_PARSING = frozenset({"ner", "briefx"})
_ATTRS = [HEAD, DEP, TAG, POS, MORPH, LEMMA]
_HEAD, _DEP = 0, 1  # their columns
_WRAP = 2**64  # to_array keeps a head as an offset, unsigned


class HeadlineVerbs:
    """The briefx step that gives a headline its verb (module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        words = _headline(doc)
        if not words or words[-1].i - words[0].i != len(words) - 1:
            return doc  # none, or a space inside: one token per word is what is read
        k = _verb_at(words)
        if k is None:
            return doc
        again = self._parse_with_pronoun(words[k:])
        verb = again[1]
        if verb.tag_ != "VBZ" or verb.dep_ != "ROOT" or any(t.dep_ == "ROOT" for t in again[2:]):
            return doc  # not the verb, or not one clause under it
        _take(doc, words, k, again)
        return doc

    def _parse_with_pronoun(self, predicate: Sequence[Token]) -> Doc:
        """The predicate parsed with "It" for its subject, one token per word."""
        texts = ["It", *(t.text for t in predicate)]
        spaces = [True, *(bool(t.whitespace_) for t in predicate)]
        again = Doc(self._nlp.vocab, words=texts, spaces=spaces)
        for name, proc in self._nlp.pipeline:
            if name not in _NOT_PARSING:
                again = proc(again)
        return again


def _headline(doc: Doc) -> list[Token]:
    """The words of the Doc's first line when it is a headline: a line of its own with
    more text below and no final stop; else no words."""
    words: list[Token] = []
    end = None
    for token in doc:
        if token.is_space and "\n" in token.text:
            end = token.i
            break
        if not token.is_space:
            words.append(token)
        if "\n" in token.whitespace_:
            end = token.i + 1
            break
    if end is None or not words or words[-1].text in _STOPS:
        return []
    if all(t.is_space for t in doc[end:]):  # stops at the first word below
        return []
    return words


def _verb_at(words: Sequence[Token]) -> int | None:
    """The position of a word in "-s" tagged as a plural noun (or as a verb the parse put
    in a noun phrase) after a subject and before a noun phrase ("Regulator fines bank"),
    or None."""
    for k in range(1, min(_MAX_SUBJECT, len(words) - 2) + 1):
        if words[k - 1].tag_ not in _SUBJECT_TAGS:
            return None
        word = words[k]
        if (
            (word.tag_ == "NNS" or (word.tag_ == "VBZ" and word.dep_ in _NOT_A_VERBS_LINKS))
            and word.lower_.endswith("s")
            and words[k + 1].tag_ in _OBJECT_STARTS
        ):
            return k
    return None


def _take(doc: Doc, words: Sequence[Token], k: int, again: Doc) -> None:
    """Write the stand-in's parse of the predicate into the Doc, the subject's last word
    its ``nsubj`` and the words before it that word's compounds."""
    strings = doc.vocab.strings
    table = numpy.asarray(doc.to_array(_ATTRS), dtype=numpy.uint64)
    theirs = numpy.asarray(again.to_array(_ATTRS), dtype=numpy.uint64)
    verb = words[k].i
    subject = words[k - 1].i
    for j, token in enumerate(again):
        if j == 0:
            continue  # the stand-in "It"
        at = verb + j - 1
        head = subject if token.head.i == 0 else verb + token.head.i - 1
        table[at] = theirs[j]  # its tag, part of speech, morphology and lemma
        table[at, _HEAD] = (head - at) % _WRAP
    table[subject, _HEAD] = (verb - subject) % _WRAP
    table[subject, _DEP] = strings.add("nsubj")
    for word in words[: k - 1]:
        table[word.i, _HEAD] = (subject - word.i) % _WRAP
        table[word.i, _DEP] = strings.add("compound")
    doc.from_array(_ATTRS, cast("Ints2d", table))
