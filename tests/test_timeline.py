"""The brief's timeline (contract 1.2): built from event times, drawn without overlaps."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import briefx
from briefx.crossdoc.timeline import entry_order, precision
from briefx.schema import Brief, TimelineEntry, TimelineFact
from briefx.text.timex import bounds_only
from briefx.views.report import brief_markdown, brief_text
from briefx.views.timeline import LAYOUT, timeline_lines, timeline_svg, when_words
from tests.timeline_briefs import fifty_reports

ROOT = Path(__file__).resolve().parents[1]


def _brief(*items: tuple[str, str]) -> Brief:
    """A brief of invented reports, each ``(text, publication date)``."""
    return briefx.brief(
        [briefx.extract(t, published=p, doc_id=f"r{i}") for i, (t, p) in enumerate(items)]
    )


def test_story_over_three_days() -> None:
    brief = _brief(
        (
            "Heavy rain flooded the river town of Marlow on Sunday, officials in Marlow said. "
            "The River Tane burst its banks in Marlow after the storm.",
            "2026-03-02",
        ),
        (
            "Rescuers evacuated 300 residents of flooded Marlow on Monday. The River Tane is "
            "still above its banks in Marlow after the storm.",
            "2026-03-03",
        ),
        (
            "The mayor of flooded Marlow reopened the bridge over the River Tane on Tuesday. "
            "Rescuers let residents of Marlow return after the storm.",
            "2026-03-04",
        ),
    )
    assert [(s.documents, s.first, s.last) for s in brief.stories] == [
        ([0, 1, 2], "2026-03-02", "2026-03-04")
    ]
    days = [(e.value, e.facts[0].doc) for e in brief.timeline]
    assert days == [("2026-03-01", 0), ("2026-03-02", 1), ("2026-03-03", 2)]
    assert [e.when for e in brief.timeline] == ["past"] * 3
    assert [e.sources for e in brief.timeline] == [1, 1, 1]
    # Each line says what happened that day, in the words of its report.
    words = ["flooded", "evacuated 300 residents", "reopened the bridge"]
    assert [w in e.headline for w, e in zip(words, brief.timeline, strict=True)] == [True] * 3
    assert not any(e.headline.endswith("said") for e in brief.timeline)
    markdown = brief_markdown(brief)
    timeline = markdown[markdown.index("## Timeline") :]
    assert timeline.index("March 1, 2026") < timeline.index("March 2, 2026")
    assert timeline.index("March 2, 2026") < timeline.index("March 3, 2026")


def test_plan_and_its_outcome_are_two_entries_not_a_conflict() -> None:
    brief = _brief(
        ("Prime Minister Anna Keller will visit Oslo on May 12.", "2026-05-10"),
        ("Prime Minister Anna Keller visited Oslo on May 12.", "2026-05-13"),
    )
    visits = [e for e in brief.timeline if "visit" in e.headline]
    assert len({e.cluster for e in visits}) == 1  # one event: its plan and its outcome
    assert sorted((e.when, e.modality, e.value, e.facts[0].doc) for e in visits) == [
        ("future", "planned", "2026-05-12", 0),
        ("past", "actual", "2026-05-12", 1),
    ]
    assert not any(e.conflict for e in brief.timeline)
    # Same day: one group; the outcome first, the plan marked as such.
    lines = brief_text(brief)
    assert lines.index("visited Oslo") < lines.index("will visit Oslo")
    assert "(planned)" in lines
    svg = timeline_svg(brief)
    assert 'fill="#fff"' in svg  # the plan is a hollow mark


def test_a_range_is_one_entry_drawn_as_a_bar() -> None:
    brief = _brief(("Union leaders held talks with the ministry in the spring.", "2026-08-03"))
    (entry,) = brief.timeline
    assert (entry.value, entry.range, entry.precision) == (
        "2026-SP",
        ("2026-03-01", "2026-05-31"),
        "season",
    )
    svg = timeline_svg(brief)
    assert svg.count('class="bx-tl-bar"') == 1 and "bx-tl-point" not in svg
    assert when_words(entry) == "spring 2026"


def test_a_range_between_two_months_is_on_the_timeline() -> None:
    brief = _brief(
        ("Union leaders held talks with the ministry between May and July.", "2026-08-03")
    )
    assert [e.range for e in brief.timeline] == [("2026-05-01", "2026-07-31")]
    (entry,) = brief.timeline
    assert when_words(entry) == "May to July 2026"
    assert timeline_svg(brief).count('class="bx-tl-bar"') == 1


def test_two_reports_dating_one_event_differently_are_both_shown_and_marked() -> None:
    brief = _brief(
        ("Steve Witkoff will visit Ankara on Monday to meet Recep Tayyip Erdogan.", "2025-11-18"),
        ("Steve Witkoff will visit Ankara on Tuesday to meet Recep Tayyip Erdogan.", "2025-11-18"),
    )
    visits = [e for e in brief.timeline if "visit" in e.headline]
    assert len(visits) == 2 and all(e.conflict for e in visits)
    assert {e.facts[0].doc for e in visits} == {0, 1}
    assert visits[0].range != visits[1].range and visits[0].cluster == visits[1].cluster
    assert "dated differently by the reports" in brief_text(brief)
    assert "#c0392b" in timeline_svg(brief)
    # Both dates are listed, each under its own day, each with the report that gives it.
    listed = {
        when: [(line, names) for line, _, names in rows] for when, rows in timeline_lines(brief)
    }
    days = {when_words(e): f"r{e.facts[0].doc}" for e in visits}
    assert len(days) == 2
    for day, report in days.items():
        assert [names for _, names in listed[day]] == [report]
    markdown = brief_markdown(brief)
    assert markdown.count("dated differently by the reports") == 2
    # The conflict itself names the two days as readers write them.
    (line,) = [x for x in markdown.splitlines() if "reports differ on the date of visit" in x]
    assert all(day in line for day in days), line


def test_a_time_that_only_bounds_an_event_gives_way_to_a_finer_one() -> None:
    """ "Earlier this year" and "between March and May" date one round of talks: one
    entry, between March and May, resting on both reports."""
    brief = _brief(
        (
            "Velmora and Dunmark held three rounds of talks in Geneva earlier this year, "
            "ending with a swap of fishermen.",
            "2026-09-10",
        ),
        (
            "The talks between Velmora and Dunmark in Geneva between March and May ended "
            "with a swap of fishermen.",
            "2026-09-10",
        ),
    )
    assert [(e.value, e.range, e.sources) for e in brief.timeline] == [
        ("2026-03", ("2026-03-01", "2026-05-31"), 2)
    ]
    (entry,) = brief.timeline
    assert {f.doc for f in entry.facts} == {0, 1}
    assert not any(bounds_only(e.value) for e in brief.timeline)


def test_a_lone_time_that_only_bounds_its_event_sorts_by_its_last_day() -> None:
    """ "Earlier this year" in a report of June 10 is no point in January: it comes after
    the dated events before June 10, and the reader sees what it bounds."""
    brief = _brief(
        (
            "The Brennick Mining Company opened a copper mine in Tarsk on March 3. Earlier "
            "this year, the company hired Orla Brandt as its chief executive. The company "
            "will open a second mine in Tarsk on Dec. 1.",
            "2026-06-10",
        )
    )
    assert [(e.value, e.range) for e in brief.timeline] == [
        ("2026-03-03", ("2026-03-03", "2026-03-03")),
        ("2026", ("2026-01-01", "2026-06-10")),
        ("2026-12-01", ("2026-12-01", "2026-12-01")),
    ]
    hired = brief.timeline[1]
    assert "hired Orla Brandt" in hired.headline
    assert when_words(hired) == "2026, up to June 10"
    markdown = brief_markdown(brief)
    assert markdown.index("March 3, 2026") < markdown.index("**2026, up to June 10**")
    assert markdown.index("**2026, up to June 10**") < markdown.index("Dec. 1, 2026")
    # On the axis it is a faint bound, and it does not stretch the axis back to January.
    svg = timeline_svg(brief)
    assert svg.count("bx-tl-bound") == 1
    ticks = [n.text for n in ET.fromstring(svg).iter("text") if n.get("class") == "bx-tl-tick"]
    assert ticks and not {"Jan", "Feb"} & set(ticks)


def _entry(value: str, first: str, last: str, line: str, modality: str = "actual") -> TimelineEntry:
    return TimelineEntry(
        value=value,
        range=(first, last),
        precision=precision(value),
        headline=line,
        cluster=None,
        facts=[TimelineFact(doc=0, sentence=0)],
        sources=1,
        when="future" if modality != "actual" else "past",
        modality=modality,  # type: ignore[arg-type]
    )


def test_entry_order_places_bounds_by_their_last_day() -> None:
    entries = [
        _entry("2025", "2025-01-01", "2025-12-31", "sometime in 2025"),
        _entry("2025", "2025-01-01", "2025-11-18", "earlier this year"),
        _entry("2025-11-18", "2025-11-18", "2025-11-18", "on the day", "planned"),
        _entry("2025-11-18", "2025-11-18", "2025-11-18", "on the day"),
        _entry("2025-10", "2025-10-01", "2025-10-31", "in October"),
        _entry("2025-05/2025-07", "2025-05-01", "2025-07-31", "May to July"),
        _entry("2019/2022", "2019-01-01", "2022-12-31", "a span of years"),
        _entry("202", "2020-01-01", "2029-12-31", "the 2020s"),
        _entry("2025-SU", "2025-06-01", "2025-08-31", "in the summer"),
    ]
    ordered = [e.headline for e in sorted(entries, key=entry_order)]
    assert ordered == [
        "a span of years",  # told as a span: on the axis from its first day
        "May to July",
        "in the summer",
        "in October",
        "earlier this year",  # bounds: at its last day, before what starts that day
        "on the day",
        "on the day",
        "sometime in 2025",
        "the 2020s",
    ]
    assert [e.modality for e in sorted(entries, key=entry_order)][5:7] == ["actual", "planned"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025", True),
        ("202", True),
        ("20", True),
        ("2025-05", False),
        ("2025-SU", False),
        ("2025-Q3", False),
        ("2025-H1", False),
        ("2025-W46", False),
        ("2025-11-19", False),
        ("2019/2022", False),
        ("2025-05/2025-07", False),
        ("PRESENT_REF", False),
    ],
)
def test_bounds_only(value: str, expected: bool) -> None:
    assert bounds_only(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-19", "day"),
        ("2025-11-19T10:00", "time"),
        ("2025-W46", "week"),
        ("2025-10", "month"),
        ("2025-Q3", "quarter"),
        ("2025-SU", "season"),
        ("2025-H1", "half"),
        ("2025", "year"),
        ("202", "decade"),
        ("20", "century"),
        ("2025-05/2025-07", "month"),
    ],
)
def test_precision(value: str, expected: str) -> None:
    assert precision(value) == expected


def test_seed_timeline_order_and_contract(seed_docs, tmp_path) -> None:
    brief = briefx.brief(list(seed_docs.values()))
    docs = list(seed_docs.values())
    ids = [d.doc_id for d in brief.documents]

    def find(start: str) -> TimelineEntry:
        return next(e for e in brief.timeline if e.headline.startswith(start))

    # In order: the Istanbul talks (between May and July), the last exchange (early
    # October), Umerov in Istanbul (Nov. 11), the accord with France (Nov. 17), the
    # statements of Nov. 18, the planned visit (Nov. 19); each with its reports.
    talks = brief.timeline[0]
    assert talks.range == ("2025-05-01", "2025-07-31")
    said = [f.text for t in talks.facts for f in docs[t.doc].facts if f.sentence == t.sentence]
    assert all("Istanbul" in text for text in said), said
    assert (talks.when, talks.sources) == ("past", 2)
    # "Earlier this year" only bounds the talks: no entry of its own, none before them.
    assert not any(bounds_only(e.value) for e in brief.timeline)
    exchange = find("The last prisoner exchange")
    umerov = find("Rustem Umerov visited Istanbul")
    accord = find("The Ukrainian leader signed an accord with France")
    statement = find("Volodymyr Zelensky: We are preparing")
    visit = find("Volodymyr Zelensky will visit Turkey")
    order = [talks, exchange, umerov, accord, statement, visit]
    assert [brief.timeline.index(e) for e in order] == sorted(
        brief.timeline.index(e) for e in order
    )
    assert [e.value for e in order] == [
        "2025-05",
        "2025-10",
        "2025-11-11",
        "2025-11-17",
        "2025-11-18",
        "2025-11-19",
    ]
    assert [sorted(ids[f.doc][:3] for f in e.facts) for e in (umerov, accord)] == [
        ["002"],
        ["000"],
    ]
    assert (statement.sources, visit.sources) == (2, 2)
    assert (visit.when, visit.modality) == ("future", "planned")
    # No two entries read the same on the same day.
    lines = [(e.value, e.headline) for e in brief.timeline]
    assert len(lines) == len(set(lines))
    out = tmp_path / "brief.json"
    out.write_text(json.dumps(brief.model_dump(mode="json")), "utf-8")
    checked = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_contract.py"), str(out)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout


def _boxes(svg: str) -> list[tuple[float, float, float, float, str]]:
    """Every text label's box (left, top, right, bottom) from the SVG's own geometry."""
    root = ET.fromstring(svg)
    boxes = []
    for node in root.iter("text"):
        size = float(node.get("font-size", "0"))
        x, y = float(node.get("x", "0")), float(node.get("y", "0"))
        width = LAYOUT.text_width(node.text or "", int(size))
        anchor = node.get("text-anchor", "start")
        left = x - width / 2 if anchor == "middle" else x
        boxes.append((left, y - size, left + width, y + size * 0.25, node.text or ""))
    return boxes


def _assert_no_overlap(svg: str) -> None:
    root = ET.fromstring(svg)
    width = float(root.get("width", "0"))
    boxes = _boxes(svg)
    assert boxes
    for box in boxes:
        assert box[0] >= -0.5 and box[2] <= width + 0.5, f"label runs out of the drawing: {box}"
    for n, a in enumerate(boxes):
        for b in boxes[n + 1 :]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, f"labels overlap: {a} / {b}"


def test_seed_timeline_labels_never_overlap(seed_docs) -> None:
    _assert_no_overlap(timeline_svg(briefx.brief(list(seed_docs.values()))))


def test_long_timeline_labels_never_overlap(seed_docs) -> None:
    """Two hundred entries, many on one day, long headlines and ranges: still no overlap."""
    brief = briefx.brief(list(seed_docs.values()))
    entries = []
    for n in range(200):
        day = f"2025-{1 + n % 12:02d}-{1 + (n * 7) % 28:02d}"
        end = day if n % 3 else f"2025-{1 + n % 12:02d}-28"
        entries.append(
            TimelineEntry(
                value=day if n % 3 else day[:7],
                range=(day, end),
                precision="day" if n % 3 else "month",
                headline=("A very long headline about what happened " * (1 + n % 4)).strip(),
                cluster=None,
                facts=[TimelineFact(doc=n % 2, sentence=0)],
                sources=1,
                when="future" if n % 5 == 0 else "past",
                modality="planned" if n % 5 == 0 else "actual",
                conflict=n % 17 == 0,
            )
        )
    entries.sort(key=lambda e: (e.range[0], e.range[1]))
    _assert_no_overlap(timeline_svg(brief.model_copy(update={"timeline": entries})))


MONTH_ENDS = re.compile(r"\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.?$")


def test_fifty_report_brief_timeline_is_readable() -> None:
    """An invented brief of fifty reports: labels never overlap, no date or count is cut
    at a line's end, publication days do not hatch the drawing, every line names its
    reports."""
    brief = briefx.brief(fifty_reports())
    assert len(brief.documents) == 50 and len(brief.timeline) >= 50
    svg = timeline_svg(brief)
    _assert_no_overlap(svg)
    root = ET.fromstring(svg)
    labels = [n.text or "" for n in root.iter("text") if n.get("class") == "bx-tl-label"]
    tails = [x for x in labels if re.search(r"— \d+ reports?(?: \([a-z, ]+\))?$", x)]
    assert len(tails) == len(brief.timeline)
    assert not [x for x in labels if MONTH_ENDS.search(x) or x.startswith(("report", "("))]
    assert len({d.reference_date.value for d in brief.documents}) > 5
    # Many publication days: ticks under the axis (and the legend's mark), no line across.
    tall = [
        n
        for n in root.iter("line")
        if n.get("stroke") == "#777" and float(n.get("y2", "0")) > LAYOUT.top + 10
    ]
    assert tall == []
    lines = [
        x
        for x in brief_markdown(brief).split("## Timeline")[1].split("## Entities")[0].splitlines()
        if x.startswith("  - ")
    ]
    assert len(lines) == len(brief.timeline)
    assert all(" — " in x for x in lines)


def test_plot_timeline_uses_the_entries(seed_docs) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    from briefx.views.plot import ENTRY_GID, timeline

    brief = briefx.brief(list(seed_docs.values()))
    ax = timeline(brief)
    drawn = [a for a in [*ax.lines, *ax.patches] if a.get_gid() == ENTRY_GID]
    assert len(drawn) == len(brief.timeline)


def test_to_pandas_has_the_timeline(seed_docs) -> None:
    pytest.importorskip("pandas")
    brief = briefx.brief(list(seed_docs.values()))
    frame = brief.to_pandas()["timeline"]
    assert list(frame["value"]) == [e.value for e in brief.timeline]
    assert {"range_start", "range_end", "headline", "conflict", "facts"} <= set(frame.columns)


def test_stories_and_timeline_do_not_depend_on_input_order(seed_docs) -> None:
    docs = list(seed_docs.values())
    forward, backward = briefx.brief(docs), briefx.brief(docs[::-1])

    def seen(brief: Brief) -> tuple[list[object], list[object]]:
        ids = [d.doc_id for d in brief.documents]
        stories = [(s.headline, sorted(ids[d] for d in s.documents)) for s in brief.stories]
        entries = sorted(
            (
                e.value,
                e.headline,
                e.when,
                e.modality,
                sorted((ids[f.doc], f.sentence) for f in e.facts),
            )
            for e in brief.timeline
        )
        return stories, entries

    assert seen(forward) == seen(backward)


def test_plot_draws_a_bound_faint_and_keeps_the_axis_on_the_dated_events() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import dates as mdates

    from briefx.views.plot import ENTRY_GID, timeline

    brief = _brief(
        (
            "The Brennick Mining Company opened a copper mine in Tarsk on March 3. Earlier "
            "this year, the company hired Orla Brandt as its chief executive. The company "
            "will open a second mine in Tarsk on Dec. 1.",
            "2026-06-10",
        )
    )
    ax = timeline(brief)
    bars = [p for p in ax.patches if p.get_gid() == ENTRY_GID]
    assert len(bars) == 1 and bars[0].get_alpha() < 0.2 and bars[0].get_linestyle() == ":"
    left = mdates.num2date(ax.get_xlim()[0]).date()
    assert left.month == 2  # the axis starts near March 3, not on Jan. 1


@pytest.mark.parametrize("when", ["at 5:20 a.m. on Saturday", "early on Saturday"])
def test_an_entry_is_told_by_its_own_event_not_the_clusters_later_headline(when: str) -> None:
    # The second report's headline is a later development (the toll); the day of the
    # quake is told by the sentences that date the quake, from both reports: a clock time
    # on a named day ("at 5:20 a.m. on Saturday") is a calendar day like "on Saturday".
    brief = _brief(
        (
            "Strong quake hits the coast of Norvalia\n\n"
            f"A magnitude 6.9 earthquake struck the coast of Norvalia {when}, "
            "killing at least seven people, officials said.",
            "2026-03-02",
        ),
        (
            "Norvalia quake death toll rises to 12\n\n"
            "The death toll from Saturday's earthquake in coastal Norvalia "
            "rose to 12 on Sunday, the interior ministry said.",
            "2026-03-02",
        ),
    )
    (quake_day,) = [e for e in brief.timeline if e.range[0] == "2026-02-28"]
    assert quake_day.sources == 2
    assert "death toll" not in quake_day.headline
    assert "earthquake" in quake_day.headline or "struck" in quake_day.headline
    # The clock time is cut whole from the sentence, never at its colon.
    assert not re.search(r"\d$", quake_day.headline), quake_day.headline


# A past perfect told again in a timeline line keeps its auxiliary: "the index had fallen",
# never "the index fallen" (the participle of an irregular verb is no past tense).
# (sentence of an invented report published 2026-03-09, the participle)
PERFECT_LINES = [
    ("On Monday, the Corvane index had fallen 1.1% in early trading.", "fallen"),
    ("On March 3, the rebels had taken the airport near Tarsk.", "taken"),
    ("On Friday, the council had given the harbour plan its approval.", "given"),
    ("On Sunday the ferry Nordlys had sunk near Port Istel.", "sunk"),
    ("On June 2, the minister had spoken to the union leaders in Velmora.", "spoken"),
    ("On Friday, looters had stolen 40 cars in Port Istel.", "stolen"),
    ("On Monday, the company had shown its new ferry to investors.", "shown"),
    ("On Tuesday, the army had driven the rebels out of Tarsk.", "driven"),
    ("On Sunday the storm had blown the roof off the station in Marlow.", "blown"),
    ("On March 4 the firm had chosen a new auditor for its Velmora plant.", "chosen"),
    ("On Wednesday the Marlow team had beaten Rovers 2-0.", "beaten"),
    ("On March 1, the bank had frozen the accounts of Dunmark Holdings.", "frozen"),
    ("On Thursday, prices had risen 4% in Velmora.", "risen"),
    ("On Monday, the Tarsk Composite had lost 2% by noon.", "lost"),
    ("On Saturday, Orla Brandt had written to the port authority.", "written"),
    ("On Friday, the strikers had begun a march to the port.", "begun"),
]


@pytest.mark.parametrize(("sentence", "participle"), PERFECT_LINES)
def test_a_past_perfect_keeps_its_auxiliary_on_the_timeline(sentence: str, participle: str) -> None:
    brief = _brief((sentence, "2026-03-09"))
    lines = [e.headline for e in brief.timeline]
    told = [line for line in lines if participle in line.split()]
    assert told, lines
    assert all(f"had {participle}" in line for line in told), told


def test_two_clusters_never_share_a_headline() -> None:
    # Both clusters hold the second report's headline sentence; the brief tells them apart.
    brief = _brief(
        (
            "Strong quake hits the coast of Norvalia\n\n"
            "A magnitude 6.9 earthquake struck the coast of Norvalia early on Saturday, "
            "killing at least seven people, officials said.",
            "2026-03-02",
        ),
        (
            "Norvalia quake death toll rises to 12\n\n"
            "The death toll from Saturday's earthquake in coastal Norvalia "
            "rose to 12 on Sunday, the interior ministry said.",
            "2026-03-02",
        ),
    )
    lines = [c.headline for c in brief.fact_clusters]
    assert len(lines) >= 2 and len(set(lines)) == len(lines), lines


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell on Tuesday, with the index down 0.7% as traders awaited jobs data "
        "due on Friday.",
        "Stocks rose on Thursday after factory output grew less than forecast in October, "
        "ending a losing streak of four days.",
        "The ferry service resumed on Monday while engineers said repairs to the pier would "
        "finish on Friday.",
    ],
)
def test_a_timeline_line_names_its_own_event(text: str) -> None:
    # A line cut from a sentence of two dated events tells the entry's event, not the
    # other one ("Shares fell on Tuesday" is no line for the data due on Friday).
    brief = _brief((text, "2026-11-19"))
    doc = brief.documents[0]
    assert brief.timeline
    for entry in brief.timeline:
        words = {
            e.text.casefold()
            for f in doc.facts
            if any(f.sentence == x.sentence for x in entry.facts)
            for e in f.events
            if e.time is not None and tuple(e.time.range) == tuple(entry.range)
        }
        assert any(w in entry.headline.casefold() for w in words), (entry.headline, words)


def test_the_checker_reads_the_timeline_in_the_contracts_order(tmp_path: Path) -> None:
    # A year only bounds its event: it sorts by its last day, after a half year that starts
    # inside it (the contract's order). The checker must accept that order, and refuse a
    # finer time placed after a later one.
    brief = briefx.brief(
        [
            {
                "id": "a",
                "text": "Halden Bank cut 300 jobs on March 3, 2026.",
                "published": "2026-03-04",
            },
            {
                "id": "b",
                "text": "Halden Bank cut 300 jobs on March 3, 2026.",
                "published": "2026-03-04",
            },
        ]
    ).model_dump(mode="json")
    entry = brief["timeline"][0]
    half = {**entry, "value": "2026-H2", "range": ["2026-07-01", "2026-12-31"], "precision": "half"}
    year = {**entry, "value": "2026", "range": ["2026-01-01", "2026-12-31"], "precision": "year"}

    def check(timeline: list[dict]) -> subprocess.CompletedProcess[str]:
        out = tmp_path / "brief.json"
        out.write_text(json.dumps({**brief, "timeline": timeline}), "utf-8")
        return subprocess.run(
            [sys.executable, str(ROOT / "tools" / "check_contract.py"), str(out)],
            capture_output=True,
            text=True,
        )

    assert check([half, year]).returncode == 0
    refused = check([year, entry])
    assert refused.returncode == 1 and "chronological" in refused.stdout
