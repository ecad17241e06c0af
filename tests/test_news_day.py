"""When an undated event is news of its report's day, and when two reports' times part
(issue 26): a capability table over ``briefx.crossdoc.identity.apart`` and ``news_day``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefx.crossdoc.identity import EventView, apart, by_kind, matched, news_day, times_clash
from briefx.schema import Document, EventFrame, ReferenceDate, Sentence

Period = tuple[str, str] | None


def _view(published: str, period: Period = None, news: bool = True, verbal: bool = True):
    return EventView(
        doc=0, sentence=0, key="fall", lemma="fall", agent=None, patient=None, place=None,
        span=None, date=None, quantities=(), modality="actual", polarity="positive",
        time_span=period, published=published, verbal=verbal,
        news=published if news and period is None else None,
    )


MON, TUE, WED = "2025-06-02", "2025-06-03", "2025-06-04"
# (first report: published, own time, undated-news?, verbal), second likewise, apart?
APART = [
    # Two undated reports of one kind: one day's news, or two days'.
    ((MON, None, True, True), (MON, None, True, True), False),
    ((MON, None, True, True), (TUE, None, True, True), True),
    ((MON, None, True, True), (WED, None, True, True), True),
    ((MON, None, True, False), (TUE, None, True, False), True),
    # Undated in one report, dated in another report of another day.
    ((WED, None, True, True), (MON, (MON, MON), False, True), False),  # within NEWS_DAYS
    (("2025-03-11", None, True, True), (MON, ("2025-03-03", "2025-03-03"), False, True), True),
    ((MON, None, True, True), (TUE, (TUE, TUE), False, True), True),  # Monday news
    ((MON, None, True, False), (TUE, (TUE, TUE), False, True), False),  # a noun may name what comes
    ((TUE, None, True, True), (MON, ("2025-01-01", "2025-12-31"), False, True), False),  # a year
    ((TUE, None, True, True), (MON, ("2024-01-01", "2024-12-31"), False, True), True),
    # Reports of one day: the news day parts nothing.
    ((MON, None, True, True), (MON, ("2025-05-01", "2025-05-01"), False, True), False),
    ((MON, None, True, True), (MON, (WED, WED), False, True), False),
    # Not news (a plan, the past perfect): no day to part.
    ((MON, None, False, True), (WED, None, True, True), False),
    ((MON, None, False, True), (WED, ("2024-05-01", "2024-05-01"), False, True), False),
    # Both dated: their times decide, with a day of slack for reports of one day.
    ((MON, (MON, MON), False, True), (MON, (TUE, TUE), False, True), False),
    ((MON, (MON, MON), False, True), (TUE, (TUE, TUE), False, True), True),
    ((MON, (MON, WED), False, True), (WED, (TUE, TUE), False, True), False),
]


@pytest.mark.parametrize(("first", "second", "expected"), APART)
def test_apart(first, second, expected: bool) -> None:
    a, b = _view(*first), _view(*second)
    assert apart(a, b) is expected
    assert apart(b, a) is expected


def _frame(modality: str = "actual", when: str = "past") -> EventFrame:
    return EventFrame(
        start=20, end=24, text="fell", lemma="fall", agent=None, patient=None, place=None,
        dates=[], quantities=[], polarity="positive", modality=modality, when=when,  # type: ignore[arg-type]
    )


def _doc(origin: str = "argument") -> Document:
    text = "The Halvard index fell 2%."
    return Document(
        doc_id="x", source=None,
        reference_date=ReferenceDate(value=MON, origin=origin),  # type: ignore[arg-type]
        sentences=[Sentence(id=0, start=0, end=len(text), text=text)],
        entities=[], dates=[], quantities=[], facts=[], warnings=[],
    )


NEWS = [
    # (words before the event word, modality, when, origin of the date, news day?)
    ("The Halvard index", "actual", "past", "argument", MON),
    ("Shares", "actual", "ongoing", "argument", MON),
    ("The company said it", "actual", "past", "metadata", MON),
    ("The company said it had", "actual", "past", "argument", None),
    ("It had already", "actual", "past", "argument", None),
    ("They'd", "actual", "past", "argument", None),
    ("The index will", "planned", "future", "argument", None),
    ("The index may", "possible", "future", "argument", None),
    ("The index", "actual", "future", "argument", None),
    ("The Halvard index", "actual", "past", "default-today", None),
    ("The firm has", "actual", "past", "argument", MON),
    ("Rescuers said the house had been", "actual", "past", "argument", None),
    ("Workers", "actual", "past", "dateline", MON),
    ("Bank shares slid and the index", "actual", "past", "argument", MON),
    ("Prices, which had", "actual", "past", "argument", None),
]


@pytest.mark.parametrize(("before", "modality", "when", "origin", "expected"), NEWS)
def test_news_day(before: str, modality: str, when: str, origin: str, expected) -> None:
    assert news_day(_frame(modality, when), _doc(origin), before) == expected


def test_a_bare_mention_joins_the_event_of_its_own_day() -> None:
    from dataclasses import replace

    from briefx.crossdoc.identity import event_clusters

    fri = "2025-09-05"
    strike_ended = replace(_view(fri, (fri, fri)), doc=0, key="strike")
    went_on_strike = replace(_view(WED), doc=1, key="strike")
    the_strike = replace(_view(WED, verbal=False), doc=2, key="strike")
    groups = event_clusters([strike_ended, went_on_strike, the_strike], [0, 0, 0])
    # "The strike" in Wednesday's report is Wednesday's strike, not Friday's end of it.
    assert [{v.doc for v in g} for g in groups] == [{1, 2}]


def test_frames_are_paired_within_their_kind_only() -> None:
    """``times_clash`` and ``matched`` look at pairs of one kind of event (``by_kind``):
    a fall on Monday and one on Wednesday clash, whatever other kinds the facts hold."""
    rise = replace(_view(MON, (MON, MON)), key="rise", lemma="rise")
    falls_mon = [rise, _view(MON, (MON, MON))]
    falls_wed = [_view(WED, (WED, WED)), replace(rise, published=WED)]
    kinds = by_kind(falls_mon)
    assert list(kinds) == ["rise", "fall"]  # in the frames' order
    assert kinds["fall"] == [falls_mon[1]]
    assert times_clash(by_kind(falls_mon), by_kind(falls_wed))
    assert [(x.key, y.key) for x, y in matched(by_kind(falls_mon), by_kind(falls_wed))] == [
        ("rise", "rise")  # the two rises of Monday are one; the falls two
    ]
    assert not times_clash(by_kind(falls_mon[:1]), by_kind(falls_wed[:1]))  # no fall on Monday
