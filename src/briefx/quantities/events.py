"""Read the event that governs a quantity and whether it is a change ("rose 5%").

Pure over a parsed Doc; used by ``briefx.quantities.find_quantities``. Word lists live
in ``models/quantities/events.json``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from briefx.quantities.atoms import Atom
from briefx.quantities.numbers import glue
from briefx.quantities.units import Unit
from briefx.resources import load_json

# Dependencies by which a counted noun is an argument of its verb ("released 40 prisoners").
_ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "obj", "attr", "oprd", "dative", "npadvmod"}
)
# Dependencies by which an amount is the size of a move ("gained 6%", "rose sharply 3%").
_CHANGE_DEPS = frozenset({"dobj", "obj", "npadvmod", "advmod", "nummod", "attr"})
# Shorter lemmas are clipped forms ("thats" -> "s"), not events.
_MIN_EVENT_LEMMA = 3


@cache
def events_table() -> dict[str, Any]:
    """Return the event table (``models/quantities/events.json``)."""
    return load_json("quantities/events.json")


def anchor(doc: Doc, first: int, *, unit: Unit) -> Token:
    """The token that carries the quantity in the parse: the counted noun, else the span root.

    "thousands of prisoners were freed": "thousands" (the amount carries the parse).
    """
    token = doc[unit.head] if unit.head is not None else doc[first : unit.last + 1].root
    if token.head.lower_ == "of" and token.head.head.i < token.i and token.head.head.i >= first:
        token = token.head.head  # "thousands of prisoners": the amount carries the parse
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token


def _verb_event(verb: Token) -> str | None:
    """The verb's lemma as an event ("freed" -> "free"); None for "be", "have"."""
    lemma = verb.lemma_.lower()
    short = len(lemma) < _MIN_EVENT_LEMMA
    if lemma in events_table()["no_event_verbs"] or short or not lemma.isalpha():
        return None  # "be", "have", or a clipped form such as "thats" -> "s"
    return lemma


def event_of(carrier: Token) -> str | None:
    """Lemma of the verb or event noun governing ``carrier`` ("swap", "release"), or None."""
    head = carrier.head
    if carrier.dep_ in _ARGUMENT_DEPS and head.pos_ == "VERB":
        return _verb_event(head)
    if carrier.dep_ == "pobj":
        prep, target = head, head.head
        if (
            prep.lower_ == "of"
            and target.pos_ == "NOUN"
            and target.lemma_.lower() in events_table()["event_nouns"]
        ):
            return target.lemma_.lower()
        if target.pos_ == "VERB" and prep.lower_ in glue().event_preps:
            return _verb_event(target)
    return None


def change_of(doc: Doc, atom: Atom, *, q_first: int, root: Token, unit: Unit) -> str | None:
    """ "up" / "down" when the quantity is a move ("rose 5%", "was down 1.7%"), else None.

    Args:
        doc: the parsed Doc.
        atom: the number.
        q_first: the first token of the quantity (its qualifier included).
        root: the syntactic root of the quantity's tokens.
        unit: what the number measures ("raised $53m" is an amount, "rose 3%" a move).
    """
    events = events_table()
    unit_lemma, kind = unit.lemma, unit.kind
    if atom.sign == "+":
        return "up"
    own = doc[atom.first]
    if atom.first == atom.last and own.pos_ == "VERB":  # "profits tripled", "sales halved"
        if own.lemma_.lower() in events["change_up"]:
            return "up"
        if own.lemma_.lower() in events["change_down"]:
            return "down"
    market = unit_lemma is None or unit_lemma in events["change_market_units"]
    if atom.sign == "-" and (kind in ("percent", "money") or market):
        return "down"  # "Sensex -1.1%", "a balance of $-50.8bn"; not "-5C", a level
    if q_first > 0 and (market or kind == "money"):  # "was up 3%", not "shot down 27 drones"
        marker = doc[q_first - 1].lower_
        if marker in events["change_markers_up"]:
            return "up"
        if marker in events["change_markers_down"]:
            return "down"
    verb = None
    if root.dep_ == "pobj" and (root.head.lower_ == "by" or root.head.i >= q_first):
        verb = root.head.head
    elif root.dep_ in _CHANGE_DEPS or (root.i < atom.first and root.dep_ in ("prep", "advmod")):
        verb = root.head  # "gained 6%", "rose under 3%"
    if doc[q_first].lower_ in events["level_preps"]:
        verb = None  # "rose above $75,000", "fell below $45": a level, not a move
    if verb is None or verb.pos_ not in ("VERB", "ADV", "ADJ", "NOUN"):
        return None
    comparative = events["change_comparatives"].get(verb.lower_)
    if comparative and root.dep_ == "npadvmod" and (market or kind in ("percent", "money")):
        return comparative  # "closed 3% higher"; not "30 metres higher than the old one"
    lemma = verb.lemma_.lower()
    if (
        lemma in events["change_verbs_market_only"]
        and unit_lemma not in events["change_market_units"]
    ):
        return None  # "raised $53m", "cut 1,500 jobs": an amount, not a move
    adverbs = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "prt")}
    if lemma in events["change_up"] or adverbs & set(events["change_adverbs_up"]):
        return "up"  # "rose 5%", "revised upward by 40 billion"
    if lemma in events["change_down"] or adverbs & set(events["change_adverbs_down"]):
        return "down"
    return None
