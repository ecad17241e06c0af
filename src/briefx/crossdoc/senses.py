"""Which sense an event word has, told by its arguments and the words around it.

"The RTS exchange" is a market, "a prisoner exchange" an event; an "air strike" is no
"strike" of workers; "released 40 prisoners" no product release; "fired the coach" no
blaze. The cues are data (``models/events/senses.json``): for each kind of event its
senses in order, each with the words that select it before the event word, after it, in
its patient or in its agent. The first sense with a cue wins; no cue leaves it open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefx.resources import load_json

_WORD = re.compile(r"[\w'-]+")
# How many words before the event word are its modifiers ("the Moscow stock exchange").
BEFORE_WORDS = 2


@dataclass(frozen=True)
class Sense:
    """One sense of an event word: its name and whether it names an event at all."""

    name: str
    event: bool


@cache
def _kinds() -> dict[str, list[dict[str, Any]]]:
    return load_json("events/senses.json")["kinds"]


def _words(text: str | None) -> list[str]:
    return [w.lower() for w in _WORD.findall(text or "")]


def _has(words: Sequence[str], cues: Sequence[str]) -> bool:
    joined = f" {' '.join(words)} "
    return any((f" {c} " in joined) if " " in c else (c in words) for c in cues)


def sense_of(
    kind: str,
    *,
    before: str = "",
    after: str = "",
    patient: str | None = None,
    agent: str | None = None,
) -> Sense | None:
    """The sense of an event word of ``kind`` ("exchange", "strike"), or None when open.

    Args:
        kind: the event's kind (``briefx.crossdoc.identity.event_key``).
        before: the sentence's text before the event word.
        after: the sentence's text after it.
        patient: the words of its patient, if any.
        agent: the words of its agent, if any.
    """
    senses = _kinds().get(kind)
    if not senses:
        return None
    near = _words(before)[-BEFORE_WORDS:]
    next_word = _words(after)[:1]
    patient_words = _words(patient)
    agent_words = _words(agent)
    for sense in senses:
        if (
            _has(near, sense["before"])
            or _has(next_word, sense["after"])
            or _has(patient_words, sense["patient"])
            or _has(agent_words, sense["agent"])
        ):
            return Sense(sense["sense"], sense["event"])
    return None
