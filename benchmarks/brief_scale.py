"""How brief time grows with the number of documents (fact clustering must stay near-linear).

    python benchmarks/brief_scale.py [--sizes 100 500 1000 2000 5000] [--story-size 5]
    python benchmarks/brief_scale.py --sizes 200 400 800 --story-size 0   # one big story

Each size runs in a fresh process, so its peak memory (``ru_maxrss``, with the
synthetic documents themselves) is its own; ``--story-size 0`` makes every document a
report of one event (issue 37: 800 reports of one event must form one story).

Documents are synthetic but shaped like news extractions: 20 facts each, entities drawn
from a Zipf-like pool of 3,000 names (a few very common, most rare), one date in two
from a year, a quantity in four, and sentence texts built from a 5,000-word vocabulary
plus the fact's own names, so that blocking keys and text similarity behave as on real
reports. Documents come in stories of ``STORY_SIZE`` reports: a story's reports share
half their words, a name and a few event words (one sentence in two has an event frame),
so that stories form and facts cluster by event as on real briefs. Building the brief
from ready ``Document`` objects isolates the cross-document step
(``briefx.crossdoc.build.build_brief``) from spaCy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import subprocess
import sys
import time
from itertools import accumulate

from briefx.canonical import merge_entities
from briefx.crossdoc.build import build_brief, candidate_pairs, fact_views
from briefx.schema import (
    DateMention,
    Document,
    Entity,
    EventFrame,
    Fact,
    Mention,
    Quantity,
    ReferenceDate,
    Sentence,
)

NAMES = 3000
WORDS = [f"w{i}" for i in range(5000)]
EVENT_WORDS = [f"v{i}" for i in range(300)]
STORY_SIZE = 5


def _name(rng: random.Random) -> int:
    return min(int(rng.paretovariate(1.1)) - 1, NAMES - 1)


def synthetic_document(
    n: int, rng: random.Random, facts: int = 20, story_size: int = STORY_SIZE
) -> Document:
    """One document of ``facts`` sentences with entities, dates, quantities and events
    (``story_size`` 0: every document reports the same story)."""
    story = random.Random(n // story_size if story_size else 0)
    # One big story: a large pool of the event's words, most of each sentence drawn from
    # it, as many reports of one event retell it; small stories: half the words shared.
    story_words = story.sample(WORDS, 600 if story_size == 0 else 40)
    own, shared = (0, 12) if story_size == 0 else (6, 6)
    story_name = _name(story)
    story_events = story.sample(EVENT_WORDS, 3)
    text_parts: list[str] = []
    sentences, dates, quantities, fact_rows = [], [], [], []
    mentions: dict[int, list[Mention]] = {}
    offset = 0
    day0 = dt.date(2025, 1, 1)
    for sid in range(facts):
        names = sorted({story_name} | {_name(rng) for _ in range(rng.randint(0, 2))})
        words = rng.sample(WORDS, own) + rng.sample(story_words, shared)
        verb = rng.choice(story_events) if rng.random() < 0.5 else None
        pieces = [f"Name{k}" for k in names] + words + ([verb] if verb else [])
        rng.shuffle(pieces)
        sentence = " ".join(pieces) + "."
        # Where each piece starts in the sentence (a word sampled twice: its first place).
        at_of: dict[str, int] = {}
        starts = accumulate((len(p) + 1 for p in pieces[:-1]), initial=0)
        for piece, at in zip(pieces, starts, strict=True):
            at_of.setdefault(piece, at)
        start = offset
        for k in names:
            at = at_of[f"Name{k}"]
            mentions.setdefault(k, []).append(
                Mention(
                    start=start + at,
                    end=start + at + len(f"Name{k}"),
                    text=f"Name{k}",
                    sentence=sid,
                )
            )
        date_ids, quantity_ids = [], []
        if rng.random() < 0.5:
            day = (day0 + dt.timedelta(days=rng.randrange(365))).isoformat()
            dates.append(
                DateMention(
                    start=start,
                    end=start + 1,
                    text=sentence[0],
                    sentence=sid,
                    type="DATE",
                    value=day,
                    mod=None,
                    range=(day, day),
                    anchor="reference_date",
                )
            )
            date_ids.append(len(dates) - 1)
        if rng.random() < 0.25:
            v = rng.choice([10, 12, 50, 100, 185, 1200, 2500])
            quantities.append(
                Quantity(
                    start=start,
                    end=start + 1,
                    text=sentence[0],
                    sentence=sid,
                    value=v,
                    low=v,
                    high=v,
                    qualifier="exact",
                    unit="people",
                    unit_lemma=rng.choice(["prisoner", "soldier", "people"]),
                    per=None,
                    event=None,
                )
            )
            quantity_ids.append(len(quantities) - 1)
        sentences.append(Sentence(id=sid, start=start, end=start + len(sentence), text=sentence))
        frames = []
        if verb is not None:
            at = start + at_of[verb]
            frames.append(
                EventFrame(
                    start=at,
                    end=at + len(verb),
                    text=verb,
                    lemma=verb,
                    agent=None,
                    patient=None,
                    place=None,
                    dates=date_ids,
                    quantities=quantity_ids,
                    polarity="positive",
                    modality="actual",
                )
            )
        fact_rows.append((sid, sentence, names, date_ids, quantity_ids, frames))
        text_parts.append(sentence)
        offset += len(sentence) + 1
    ids = {k: f"e{i + 1}" for i, k in enumerate(sorted(mentions))}
    entities = [
        Entity(id=ids[k], type="PERSON", name=f"Name{k}", aliases=[], mentions=mentions[k])
        for k in sorted(mentions)
    ]
    facts_out = [
        Fact(
            sentence=sid,
            text=text,
            entities=[ids[k] for k in names],
            dates=d,
            quantities=q,
            attribution=None,
            events=frames,
        )
        for sid, text, names, d, q, frames in fact_rows
    ]
    return Document(
        doc_id=f"d{n}",
        source=None,
        reference_date=ReferenceDate(value="2025-12-31", origin="argument"),
        sentences=sentences,
        entities=entities,
        dates=dates,
        quantities=quantities,
        facts=facts_out,
        warnings=[],
    )


def _one(size: int, story_size: int) -> None:
    """One size, in this process: time of ``build_brief``, peak memory, what came out."""
    from briefx.crossdoc.stories import group_stories

    rng = random.Random(7)
    docs = [synthetic_document(n, rng, story_size=story_size) for n in range(size)]
    start = time.perf_counter()
    result = build_brief(docs)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    _, mapping = merge_entities(docs)
    stories = len(set(group_stories(docs, mapping)))
    pairs = len(candidate_pairs(fact_views(docs, mapping)))
    facts = sum(len(d.facts) for d in docs)
    print(
        f"{size:>6} {facts:>7} {pairs:>13} {seconds:>8.2f} {1000 * seconds / size:>7.2f}"
        f" {peak:>8.0f}   stories {stories} clusters {len(result.fact_clusters)}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 500, 1000, 2000, 5000])
    parser.add_argument(
        "--story-size",
        type=int,
        default=STORY_SIZE,
        help="reports per story (0: all documents report one story)",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        _one(args.one, args.story_size)
        return
    print(f"story size {args.story_size or 'all'}")
    print(
        f"{'docs':>6} {'facts':>7} {'pairs scored':>13} {'seconds':>8} {'ms/doc':>7}"
        f" {'peak MiB':>8}",
        flush=True,
    )
    for size in args.sizes:
        command = [sys.executable, __file__, "--one", str(size)]
        subprocess.run([*command, "--story-size", str(args.story_size)], check=True)


if __name__ == "__main__":
    main()
