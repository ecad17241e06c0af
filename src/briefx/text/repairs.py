"""Repairs of the small parser's attachments that every later step reads.

"The mayor promised to rebuild the school and visited the site on Monday": the parser
hangs "visited", a verb told in the past, on "rebuild", the infinitive before it, as its
conjunct, so the visit took the promise's modality (planned) and lent its Monday to the
rebuilding. An infinitive has no finite conjunct: a verb in the past or in the third
person present coordinated after one is coordinated with the verb that governs the
infinitive, and the "and" between them goes with it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Finite forms that cannot be an infinitive's conjunct ("visited", "says"); the base form
# of the present (VBP) is left, as the tagger gives it to infinitives too.
_FINITE = frozenset({"VBD", "VBZ"})


class ParseRepairs:
    """The briefx step that re-hangs a finite verb the parser coordinated with an
    infinitive (module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
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
