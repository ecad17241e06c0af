"""Repairs of the small parser's attachments that every later step reads.

"The mayor promised to rebuild the school and visited the site on Monday": the parser
hangs "visited", a verb told in the past, on "rebuild", the infinitive before it, as its
conjunct, so the visit took the promise's modality (planned) and lent its Monday to the
rebuilding. An infinitive has no finite conjunct: a verb in the past or in the third
person present coordinated after one is coordinated with the verb that governs the
infinitive, and the "and" between them goes with it.

"Drivers watched the bridge sway in January": the tagger reads "sway", the bare
infinitive under a verb of perceiving or causing, as a noun, though the parse gives it a
subject and makes it the verb's clause. A singular noun in its base form, with a subject,
that is the clause of one of ``bare_infinitive_verbs`` (models/dates/context.json) is
tagged as the base form of a verb; so is one whose subject the parse made its compound
("the bridge sway"), which becomes its subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefx.dates.lexicon import context_words

# Finite forms that cannot be an infinitive's conjunct ("visited", "says"); the base form
# of the present (VBP) is left, as the tagger gives it to infinitives too.
_FINITE = frozenset({"VBD", "VBZ"})


class ParseRepairs:
    """The briefx step that re-hangs a finite verb the parser coordinated with an
    infinitive (module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        bare_verbs = context_words()["bare_infinitive_verbs"]
        for token in doc:
            if _bare_infinitive_read_as_a_noun(token, bare_verbs):
                token.tag_, token.pos_ = "VB", "VERB"
                for subject in [c for c in token.lefts if c.dep_ == "compound"]:
                    subject.dep_ = "nsubj"
            if _finite_after_an_infinitive(token):
                infinitive = token.head
                governor = infinitive.head
                for cc in [c for c in infinitive.rights if c.dep_ == "cc" and c.i < token.i]:
                    cc.head = governor
                token.head = governor
        return doc


def _finite_after_an_infinitive(token: Token) -> bool:
    """A finite verb the parse made the conjunct of an infinitive ("promised to rebuild
    the school and visited the site")."""
    head = token.head
    return (
        token.dep_ == "conj"
        and token.tag_ in _FINITE
        and head.tag_ == "VB"
        and head.dep_ == "xcomp"
        and head.head.i != head.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    )


def _bare_infinitive_read_as_a_noun(token: Token, bare_verbs: frozenset[str]) -> bool:
    """A noun the parse made, with its subject, the clause of a verb of helping, causing
    or perceiving ("watched the bridge sway", "let the ship dock"); not one with a
    determiner or an adjective of its own ("made Australia a republic")."""
    head = token.head
    return (
        token.tag_ == "NN"
        and token.dep_ == "ccomp"
        and token.lower_ == token.lemma_
        and head.pos_ == "VERB"
        and head.i < token.i
        and head.lemma_.lower() in bare_verbs
        and any(c.dep_ in {"nsubj", "compound"} for c in token.lefts)
        and not any(c.dep_ in {"det", "poss", "amod"} for c in token.lefts)
    )
