"""Hostile input to the library: one bad text never ends a run, and costs grow linearly."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import time
from decimal import Decimal

import pytest

import briefx
from tests.grounding import assert_grounded

# --- item 3: dates at the ends of the calendar ----------------------------------------

CALENDAR_ENDS = [
    ("Dec. 31, 9999 was the last day. It rained the next week.", "2025-11-18"),
    ("Jan. 1, 0001 was the first day. It rained the week before.", "2025-11-18"),
    ("Dec. 31, 9999 came. A day later it snowed.", "2025-11-18"),
    ("The talks resume tomorrow.", "9999-12-31"),
    ("The talks resume next week.", "9999-12-31"),
    ("The talks resume this weekend.", "9999-12-31"),
    ("The talks resume next summer.", "9999-12-31"),
    ("The talks resume next winter.", "9999-12-31"),
    ("The talks resume next Monday.", "9999-12-31"),
    ("The talks resume this week.", "9999-12-31"),
    ("The talks resume in two days.", "9999-12-31"),
    ("The talks ended yesterday.", "0001-01-01"),
    ("The talks ended last Monday.", "0001-01-01"),
    ("The talks ended last winter.", "0001-01-01"),
    ("The talks ended last fall.", "0001-01-01"),
    ("The talks ended last Easter.", "0001-01-01"),
    ("The talks ended two days ago.", "0001-01-01"),
]


@pytest.mark.parametrize(("text", "published"), CALENDAR_ENDS)
def test_dates_past_the_ends_of_the_calendar_do_not_crash(text: str, published: str) -> None:
    doc = briefx.extract(text, published=published)
    for date in doc.dates:
        # A value that exists is a real calendar value; out-of-range gives none.
        assert date.value is None or "10000" not in date.value
        assert text[date.start : date.end] == date.text


def test_a_calendar_end_in_one_document_does_not_stop_the_others() -> None:
    texts = [
        {"id": "a", "text": "It rained yesterday.", "published": "0001-01-01"},
        {"id": "b", "text": "It rained yesterday.", "published": "2025-11-18"},
    ]
    docs = list(briefx.extract_many(texts))
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert [d.value for d in docs[1].dates] == ["2025-11-17"]


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (OverflowError("date value out of range"), None),
        (ValueError("year 10000 is out of range"), None),
        (ValueError("year 0 is out of range"), None),
    ],
)
def test_out_of_range_is_none_turns_calendar_errors_into_no_value(exc, expected) -> None:
    from briefx.dates.calendar import out_of_range_is_none

    def arithmetic() -> str:
        raise exc

    assert out_of_range_is_none(arithmetic)() is expected


def test_out_of_range_is_none_keeps_other_errors_and_values() -> None:
    from briefx.dates.calendar import out_of_range_is_none

    def broken() -> None:
        raise ValueError("a real bug")

    with pytest.raises(ValueError, match="a real bug"):
        out_of_range_is_none(broken)()
    assert out_of_range_is_none(lambda: dt.date(2025, 1, 1))() == dt.date(2025, 1, 1)


# --- item 4: numbers past Python's int printing limit, lone surrogates, deep JSON ---------


@pytest.mark.parametrize(
    "number",
    [
        "9" * 4301,
        "1" * 5000,
        "9" * 400 + ".5",
        "1," + ",".join(["000"] * 1500),
        "$" + "7" * 4400,
        "7" * 4400 + " million",
    ],
    ids=["4301-digits", "5000-digits", "huge-decimal", "huge-grouped", "huge-money", "huge-scaled"],
)
def test_numbers_too_long_to_print_do_not_crash_the_json_dump(number: str) -> None:
    text = f"The ministry said {number} soldiers and 185 prisoners were counted on Monday."
    doc = briefx.extract(text, published="2025-11-18")
    dumped = json.loads(doc.model_dump_json())  # strict JSON: no Infinity, no huge ints
    json.dumps(doc.model_dump(mode="json"), allow_nan=False)
    assert 185 in {q["value"] for q in dumped["quantities"]}


@pytest.mark.parametrize(
    ("value", "beyond"),
    [
        (None, False),
        (185, False),
        (Decimal("1.2e12"), False),
        (10**99, False),
        (10**100, True),
        (-(Decimal(10) ** 5000), True),
        (float("inf"), True),
        (Decimal("NaN"), True),
        (2.5, False),
    ],
    ids=lambda v: repr(v)[:24],
)
def test_beyond_counting(value, beyond: bool) -> None:
    from briefx.text.guard import beyond_counting

    assert beyond_counting(value) is beyond
    if isinstance(value, Decimal) and value.is_finite():
        assert beyond_counting(int(value)) is beyond  # ints of any length, no str()


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv\ud800 said on Monday that 185 prisoners were freed.",
        "\udcff",
        "Zelensky met Erdog\u0306an\udfff in Ankara.",
        "\ud83d\ude42 Kyiv said so.",  # a surrogate pair written as two escapes
    ],
)
def test_lone_surrogates_passed_to_extract_are_replaced_one_for_one(text: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    shown = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    clean = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    assert len(clean) == len(text) and shown  # same length: every offset stays
    assert_grounded(doc, clean)
    assert any("surrogate" in w for w in doc.warnings)
    json.loads(doc.model_dump_json())


def test_jsonl_line_nested_too_deeply_is_an_error_record(tmp_path) -> None:
    from briefx.inputs import iter_sources

    corpus = tmp_path / "deep.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    corpus.write_text(f'{deep}\n{{"id": "ok", "text": "Kyiv said no."}}\n', encoding="utf-8")
    sources = list(iter_sources([corpus]))
    assert [s.ok for s in sources] == [False, True]
    assert "nests" in (sources[0].error or "")


def test_sidecar_nested_too_deeply_is_a_warning(tmp_path) -> None:
    from briefx.inputs import read_source

    (tmp_path / "a.txt").write_text("Kyiv said no.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    source = read_source(tmp_path / "a.txt")
    assert source.ok and any("nested too deeply" in w for w in source.warnings)


# --- item 10: runs of punctuation that spaCy's tokenizer takes quadratic time on ---------

RUNS = ['"', "!", "(", "$", "%", "🙂", "?!", "“", "*", "_", "=", "'", "\u200b", "-)", "¡"]


@pytest.mark.parametrize("unit", RUNS)
def test_long_punctuation_runs_are_cut_before_spacy_and_reported(unit: str) -> None:
    run = unit * (40_000 // len(unit))
    text = f"Zelensky spoke in Kyiv on Monday. {run} Erdogan met him in Ankara."
    start = time.perf_counter()
    doc = briefx.extract(text, published="2025-11-18")
    assert time.perf_counter() - start < 20
    assert_grounded(doc, text)
    assert any("punctuation" in w and "not news text" in w for w in doc.warnings)
    assert {"Zelensky", "Ankara"} <= {e.name for e in doc.entities}
    # Sentence texts are slices of the text as given (assert_grounded), never the blanks.
    assert not any(" " * 65 in s.text for s in doc.sentences)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("ok!!", []),
        ("!" * 64, []),
        ("!" * 65, [(0, 65)]),
        ("a " + "-" * 70 + " b", [(2, 72)]),
        ("x" + "." * 100 + "y" + "_" * 80, [(1, 101), (102, 182)]),
        ("-" * 64 + " " + "-" * 64, []),
        ("a1" * 100, []),
    ],
    ids=lambda v: repr(v)[:24],
)
def test_cut_long_runs(text: str, runs: list[tuple[int, int]]) -> None:
    from briefx.text.textmap import cut_long_runs

    cut, found = cut_long_runs(text)
    assert found == runs and len(cut) == len(text)
    for s, e in runs:
        assert cut[s:e] == " " * (e - s)
    assert "".join(c for i, c in enumerate(cut) if not any(s <= i < e for s, e in runs)) == (
        "".join(c for i, c in enumerate(text) if not any(s <= i < e for s, e in runs))
    )


def test_text_without_long_runs_needs_no_map() -> None:
    from briefx.text.textmap import needs_map

    assert not needs_map("Kyiv said -- on Monday -- that 185 were freed!!!")
    assert needs_map("Kyiv" + "!" * 65)
    assert needs_map("Kyiv\ud800")


# --- item 11: runs that made per-sentence and per-number walks quadratic --------------------


def _between(n_chars: int) -> str:
    words = ["Between 1"]
    k = 2
    while sum(map(len, words)) < n_chars:
        words.append(f" and {k}")
        k += 1
    return "".join(words) + " people fled."


def _nested_quotes(n_chars: int) -> str:
    parts: list[str] = []
    i = 0
    while sum(map(len, parts)) < n_chars:
        parts.append(f'Official {i} said "' if i % 2 == 0 else f"Envoy {i} said '")
        i += 1
    return " ".join(parts) + "Kyiv agreed." + "'\"" * (i // 2)


@pytest.mark.parametrize("text", [_between(30_000), _nested_quotes(30_000)], ids=["and", "quotes"])
def test_run_on_sentences_are_cut_so_that_walks_over_them_stay_bounded(text: str) -> None:
    from briefx.text.segment import MAX_SENTENCE_CHARS, split_text

    # The model parses each piece alone: no sentence it walks over is longer than this.
    pieces = split_text(text, 100_000)
    assert max(end - start for start, end in pieces) <= MAX_SENTENCE_CHARS
    doc = briefx.extract(text, published="2025-11-18")
    assert_grounded(doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "word " * 3000,
        "x" * 12_000,
        ("a " * 1500 + ". ") * 4,
        "Kyiv said so. " * 1000,
        "and\t" * 4000,
        "",
    ],
    ids=["words", "no-space", "short-enough", "sentences", "tabs", "empty"],
)
def test_split_text_cuts_run_on_stretches_and_covers_the_text(text: str) -> None:
    from briefx.text.segment import MAX_SENTENCE_CHARS, split_text

    pieces = split_text(text, 100_000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(end - start <= max(MAX_SENTENCE_CHARS, 1) or "." in text for start, end in pieces)
    if "." in text:  # sentences of ordinary length are never cut
        assert len(pieces) == 1


def test_overlap_test_agrees_with_a_loop_over_the_spans() -> None:
    import random

    from briefx.text.guard import overlap_test

    rng = random.Random(17)
    for _ in range(200):
        spans = [(s, s + rng.randint(0, 30)) for s in rng.sample(range(200), rng.randint(0, 12))]
        test = overlap_test(spans)
        for _ in range(20):
            start = rng.randint(0, 230)
            end = start + rng.randint(1, 20)
            assert test(start, end) == any(s < end and start < e for s, e in spans)


def test_many_numbers_beside_many_dates_stay_fast() -> None:
    # Each number was tested against every date: 2,000 x 2,000 pairs.
    text = " ".join(f"On Nov. {d % 28 + 1}, {d} people came." for d in range(2000))
    start = time.perf_counter()
    doc = briefx.extract(text, published="2025-11-18")
    assert time.perf_counter() - start < 120
    assert len(doc.quantities) >= 1000 and len(doc.dates) >= 1000


# --- item 8: the HTML of a brief when doc ids repeat or clean up to the same string --------


def test_brief_display_with_a_repeated_doc_id_does_not_raise() -> None:
    one = briefx.extract("Kyiv said no on Monday.", published="2025-11-18", doc_id="same")
    two = briefx.extract("Ankara agreed to talks.", published="2025-11-18", doc_id="same")
    html = briefx.brief([one, two])._repr_html_()
    assert "Kyiv" in html and "Ankara" in html
    ids = re.findall(r'(?<![-\w])id="([^"]+)"', html)
    assert ids and len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "doc_ids",
    [("a b", "a_b"), ("a/b", "a.b"), ("é", "è"), ("x" * 50 + "1", "x" * 50 + "2"), ("a", "a")],
)
def test_html_element_ids_never_collide(doc_ids: tuple[str, str]) -> None:
    docs = [
        briefx.extract("Zelensky met Erdogan in Ankara.", published="2025-11-18", doc_id=i)
        for i in doc_ids
    ]
    from briefx.views.display import brief_html, document_html, page

    pages = page([document_html(d, position=k) for k, d in enumerate(docs)])
    for html in (pages, brief_html(briefx.brief(docs))):
        ids = re.findall(r'(?<![-\w])id="([^"]+)"', html)
        assert len(ids) >= 2 * 3 and len(ids) == len(set(ids)), doc_ids


def _merge_by_scanning(found, existing):
    """combine_with_gazetteer by a scan of every match per entity: the reference."""
    from briefx.entities.correct import _covered

    matches, taken = [], set()
    for span in sorted(found, key=lambda s: (s.start - s.end, s.start)):
        if not taken.intersection(range(span.start, span.end)):
            matches.append(span)
            taken.update(range(span.start, span.end))
    kept, dropped = [], set()
    for ent in existing:
        inside = [m for m in matches if ent.start <= m.start and m.end <= ent.end]
        overlapping = [m for m in matches if m.start < ent.end and ent.start < m.end]
        if not overlapping:
            kept.append(ent)
        elif (
            inside
            and len(inside) == len(overlapping)
            and not _covered(ent, inside)
            and not ent.text.isupper()
        ):
            kept.append(ent)
            dropped.update((m.start, m.end) for m in inside)
    merged = kept + [m for m in matches if (m.start, m.end) not in dropped]
    return sorted(merged, key=lambda s: s.start)


def test_merge_entities_by_bisection_agrees_with_a_scan() -> None:
    import random

    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from briefx.entities import combine_with_gazetteer as merge_entities

    rng = random.Random(17)
    words = ["Kyiv", "said", "of", ",", "and", "University", "Chicago", "the", "OSLO"] * 8
    doc = Doc(Vocab(), words=words)
    for _ in range(300):
        found = []
        for _ in range(rng.randint(0, 10)):
            start = rng.randrange(len(doc) - 1)
            found.append(doc[start : start + rng.randint(1, 4)])
        existing, pos = [], 0
        while pos < len(doc) - 1 and len(existing) < 8:
            start = pos + rng.randint(0, 6)
            end = min(start + rng.randint(1, 5), len(doc))
            if start >= end:
                break
            existing.append(doc[start:end])
            pos = end
        got = [(s.start, s.end) for s in merge_entities(doc, found, existing)]
        assert got == [(s.start, s.end) for s in _merge_by_scanning(found, existing)]


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said that the envoy told reporters that Kyiv would agree.",
        'Official 1 said "Envoy 2 said \'Official 3 said "Kyiv agreed."\'"',
        "Kyiv.",
    ],
)
def test_tree_depth_counts_ancestors_with_one_memo_for_all_tokens(nlp, text: str) -> None:
    import random

    from briefx.events.attribution import tree_depth

    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        if _ in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = component(doc)
    tokens = list(doc)
    random.Random(3).shuffle(tokens)
    known: dict[int, int] = {}
    assert [tree_depth(t, known) for t in tokens] == [len(list(t.ancestors)) for t in tokens]
    assert len(doc) == 2 or max(known.values()) >= 2  # the parse was really walked


def _merge_dates_by_scanning(primary, extra):
    """The dates' span merge as it was (every extra span against every kept one)."""
    taken = sorted(set(primary))
    for s, e in sorted(set(extra), key=lambda x: (x[0] - x[1], x[0])):
        hits = [(ks, ke) for ks, ke in taken if s < ke and ks < e]
        if not hits:
            taken.append((s, e))
        elif all(s <= ks and ke <= e for ks, ke in hits) and (s, e) not in hits:
            taken = [t for t in taken if t not in hits] + [(s, e)]
    return sorted(taken)


def test_merge_spans_agrees_with_a_scan() -> None:
    import random

    from briefx.text.guard import merge_spans

    rng = random.Random(11)

    def spans(n: int) -> list[tuple[int, int]]:
        out = []
        for _ in range(n):
            start = rng.randint(0, 120)
            out.append((start, start + rng.randint(1, 25)))
        return out

    for _ in range(2000):
        primary, extra = spans(rng.randint(0, 8)), spans(rng.randint(0, 12))
        assert merge_spans(primary, extra) == _merge_dates_by_scanning(primary, extra)
    assert merge_spans([(0, 8)], [(0, 16), (20, 25)]) == [(0, 16), (20, 25)]
