"""A headline's object is one its doer acted on (the brief).

Two reports of a fall of a government: "Edda Marsk resigned on Thursday" and "the
Greens quit her coalition this week" (to quit and to resign are one kind of event,
``equivalents.json``). The cluster's line was "Edda Marsk resigned her coalition on Nov.
20, 2025": the doer of one frame and the object of another, a thing nobody reported.
What a frame of another word of the kind acted on goes in the line only when that
frame's doer is the line's doer as far as its words tell (no doer, a pronoun, a word of
the doer's name); a frame of the line's own verb still lends its object. Where only
another doer's frame tells an object, there is no line of the frame (the cluster is
headed by a sentence): "Edda Marsk resigned" would drop what was acted on. Capability table
of invented frames, through ``frame_headline``; the first 15 all failed before.
"""

from __future__ import annotations

import pytest

from briefx.crossdoc.headlines import HeadlineFrame, frame_headline
from briefx.schema import ClusterEvent

NAMES = {"e1": "Edda Marsk", "e2": "Corvane", "e3": "Vell Rovers", "e4": "Tarsk"}

# (lemma, the doer's entity, frames as (text, lemma, doer, object), words the line must
# not hold, words it must hold)
CASES = [
    (
        "resign",
        "e1",
        [
            ("resigned", "resign", "Edda Marsk", None),
            ("quit", "quit", "the Greens", "her coalition"),
        ],
        "coalition",
        "Edda Marsk resigned",
    ),
    (
        "resign",
        "e1",
        [("quit", "quit", "two ministers", "the cabinet"), ("resigned", "resign", "Marsk", None)],
        "cabinet",
        "Edda Marsk resigned",
    ),
    (
        "quit",
        "e1",
        [("quit", "quit", "Marsk", None), ("resigned", "resign", "two ministers", "their posts")],
        "posts",
        "Edda Marsk quit",
    ),
    (
        "acquire",
        "e2",
        [("acquired", "acquire", "Corvane", None), ("bought", "buy", "investors", "its shares")],
        "shares",
        "Corvane acquired",
    ),
    (
        "sell",
        "e2",
        [("sold", "sell", "Corvane", None), ("divested", "divest", "its rival", "a mine")],
        "mine",
        "Corvane sold",
    ),
    (
        "attack",
        "e4",
        [("attacked", "attack", "Tarsk", None), ("raided", "raid", "police", "a depot")],
        "depot",
        "Tarsk attacked",
    ),
    (
        "win",
        "e3",
        [("won", "win", "Vell Rovers", None), ("beat", "beat", "the champions", "Moss")],
        "Moss",
        "Vell Rovers won",
    ),
    (
        "arrest",
        "e4",
        [("arrested", "arrest", "Tarsk", None), ("detained", "detain", "soldiers", "two men")],
        "two men",
        "Tarsk arrested",
    ),
    (
        "close",
        "e2",
        [("closed", "close", "Corvane", None), ("shut", "shut", "police", "the road")],
        "road",
        "Corvane closed",
    ),
    (
        "fire",
        "e2",
        [("fired", "fire", "Corvane", None), ("sacked", "sack", "the board", "its chairman")],
        "chairman",
        "Corvane fired",
    ),
    (
        "launch",
        "e2",
        [("launched", "launch", "Corvane", None), ("unveiled", "unveil", "a rival", "a phone")],
        "phone",
        "Corvane launched",
    ),
    (
        "withdraw",
        "e4",
        [("withdrew", "withdraw", "Tarsk", None), ("pulled", "pull", "allies", "their troops")],
        "troops",
        "Tarsk withdrew",
    ),
    (
        "rescue",
        "e3",
        [("rescued", "rescue", "Vell Rovers", None), ("saved", "save", "the keeper", "a penalty")],
        "penalty",
        "Vell Rovers rescued",
    ),
    (
        "appoint",
        "e2",
        [("appointed", "appoint", "Corvane", None), ("hired", "hire", "a rival", "two bankers")],
        "bankers",
        "Corvane appointed",
    ),
    (
        "charge",
        "e4",
        [("charged", "charge", "Tarsk", None), ("accused", "accuse", "critics", "the mayor")],
        "mayor",
        "Tarsk charged",
    ),
    # The doer's own object, one of a frame with no doer, and one of the line's own verb.
    (
        "sign",
        "e3",
        [("signed", "sign", "Vell Rovers", "a striker")],
        "",
        "Vell Rovers signed a striker",
    ),
    (
        "close",
        "e2",
        [("closed", "close", "The firm", None), ("shut", "shut", None, "the plant")],
        "",
        "Corvane closed the plant",
    ),
    (
        "resign",
        "e1",
        [("resigned", "resign", "Edda Marsk", None), ("quit", "quit", "Marsk", "the post")],
        "",
        "Edda Marsk resigned the post",
    ),
    (
        "sign",
        "e4",
        [("signed", "sign", "Tarsk", None), ("signed", "sign", "the Tarskian leader", "an accord")],
        "",
        "Tarsk signed an accord",
    ),
]


@pytest.mark.parametrize(("lemma", "agent", "frames", "absent", "present"), CASES)
def test_a_headlines_object_is_its_doers(
    lemma: str, agent: str, frames: list, absent: str, present: str
) -> None:
    event = ClusterEvent(
        lemma=lemma, agent=agent, patient=None, place=None, date="2025-11-20", modality="actual"
    )
    line = frame_headline(
        event, [HeadlineFrame(t, lem, True, doer, obj) for t, lem, doer, obj in frames], NAMES
    )
    if absent:
        # No line of the doer and another's object: the caller takes a sentence instead.
        assert line is None or absent not in line, line
    else:
        assert line is not None and present in line, line
