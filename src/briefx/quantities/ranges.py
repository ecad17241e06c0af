"""Two numbers as one range ("10-20", "between 3% and 4%", "$71 to $75 billion") or as
a score ("beat them 3-1"). Pure over a parsed Doc; used by ``find_quantities``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from briefx.quantities.atoms import Atom
from briefx.quantities.events import events_table
from briefx.quantities.numbers import glue, number_words
from briefx.quantities.units import Unit

# "from 18 mpg in 2005 to 31 mpg": at most this many tokens between the two bounds.
_MAX_FROM_TO_GAP = 7


def is_range(
    doc: Doc, a: Atom, *, unit_a: Unit, b: Atom, unit_b: Unit, before: Token | None
) -> bool:
    """Whether ``a`` and ``b`` are the two bounds of one range ("10-20", "between 3% and 4%").

    Not a tally written high to low ("voted 88 to 71": two counts).

    Args:
        doc: the parsed Doc.
        a: the first number; ``unit_a`` what it measures.
        b: the next number; ``unit_b`` what it measures.
        before: the token before ``a`` and its qualifier ("from", "between"), if any.
    """
    pieces = glue()
    if a.value is None or b.value is None:
        return False  # "dozens to hundreds": vague amounts keep their own bounds
    gap_start = (unit_a.per_last or unit_a.last) + 1 if unit_a.kind != "count" else a.last + 1
    if unit_a.kind == "count" and unit_a.text is not None:
        return False
    gap = [t.lower_ for t in doc[gap_start : b.first]]
    prev = before.lower_ if before is not None else ""
    if unit_a.text and unit_b.text and unit_a.lemma != unit_b.lemma:
        return False
    if unit_a.text and not unit_b.text and prev != "from":
        return False
    if not gap:
        return b.connector or (b.sign == "-" and doc[b.first - 1].whitespace_ == "")
    if len(gap) == 1 and gap[0] in pieces.range_dashes:
        return True
    if gap == ["and"]:
        return prev == "between"
    if gap == ["or"]:
        return not unit_a.text and a.words == b.words and unit_b.text is not None
    if prev == "from" and gap[-1] == "to" and len(gap) <= _MAX_FROM_TO_GAP:
        # "from 18 mpg in 2005 to 31 mpg", "from $41,250 at 9.15pm to $39,980"
        inside = doc[gap_start : b.first - 1]
        return not any(t.pos_ in ("VERB", "AUX") or t.text in pieces.range_breaks for t in inside)
    if gap == ["to"]:
        if prev in ("from", "between"):
            return True
        events = events_table()
        changes = set(events["change_up"]) | set(events["change_down"])
        moved = prev in pieces.range_move_markers or (
            before is not None and before.lemma_ in changes
        )
        if moved:
            # "fell by 2 to 2.5 degrees" is a range; "rose 4 to 27", "fell 6% to $1.9bn" are
            # a move and the level reached
            return not unit_a.text and unit_b.text is not None
        # A range is written low to high; "voted 88 to 71" is a tally: two counts.
        return a.value < b.value
    return False


def is_score(doc: Doc, a: Atom, *, b: Atom, unit_a: Unit, unit_b: Unit) -> bool:
    """ "beat them 3-1", "a 4-2 win": whole numbers joined by a dash, the first larger.

    A level score ("tied at 2-2") stays one number, as a range of one value.
    """
    if a.value is None or b.value is None or unit_a.text is not None:
        return False
    if unit_b.text is not None and unit_b.lemma not in glue().score_nouns:
        return False
    gap = doc[a.last + 1 : b.first]
    dashed = (len(gap) == 1 and gap[0].text in glue().range_dashes) or (
        not gap and b.sign == "-" and doc[b.first - 1].whitespace_ == ""
    )
    whole = all(v == v.to_integral_value() for v in (a.value, b.value))
    return dashed and whole and a.value > abs(b.value) and not (a.currency or a.suffix)


def bounded(doc: Doc, b: Atom) -> Atom:
    """``b`` as the upper bound of a range: a glued "-" was a dash, not a minus sign."""
    if b.sign == "-" and b.value is not None and doc[b.first - 1].whitespace_ == "":
        return replace(b, value=-b.value, sign=None)
    return b


def scaled_like(doc: Doc, a: Atom, *, b: Atom) -> Atom:
    """ "$71 to $75 billion", "3 to 4 thousand": the first bound shares the second's scale."""
    multipliers = number_words().multipliers
    mult = b.scaled
    if mult is None and doc[b.last].lower_ in multipliers:
        mult = multipliers[doc[b.last].lower_]
    if (
        mult is None
        or a.scaled is not None
        or a.value is None
        or b.value is None
        or doc[a.last].lower_ in multipliers
        or abs(a.value) > abs(b.value / mult)  # "$300 to $3 million" keeps 300 as it is
    ):
        return a
    return replace(a, value=a.value * mult, scaled=mult)
