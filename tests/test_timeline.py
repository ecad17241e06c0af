"""The brief's timeline (contract 1.2): built from event times, drawn without overlaps."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import briefx
from briefx.crossdoc.timeline import precision
from briefx.schema import Brief, TimelineEntry, TimelineFact
from briefx.views.report import brief_markdown, brief_text
from briefx.views.timeline import LAYOUT, timeline_svg, when_words

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
    values = [e.value for e in brief.timeline]
    # The Istanbul talks (between May and July), the last exchange (early October), Umerov
    # in Istanbul (Nov. 11), the accord with France (Nov. 17), the statements of Nov. 18,
    # the planned visit (Nov. 19).
    talks = next(e for e in brief.timeline if e.range == ("2025-05-01", "2025-07-31"))
    docs = list(seed_docs.values())
    said = [f.text for t in talks.facts for f in docs[t.doc].facts if f.sentence == t.sentence]
    assert any("talks" in text and "Istanbul" in text for text in said), said
    assert talks.when == "past"
    for a, b in [
        ("2025-05", "2025-10"),
        ("2025-10", "2025-11-11"),
        ("2025-11-11", "2025-11-17"),
        ("2025-11-17", "2025-11-18"),
        ("2025-11-18", "2025-11-19"),
    ]:
        assert values.index(a) < values.index(b)
    visit = next(
        e for e in brief.timeline if e.headline.startswith("Volodymyr Zelensky will visit")
    )
    assert (visit.value, visit.when, visit.modality, visit.sources) == (
        "2025-11-19",
        "future",
        "planned",
        2,
    )
    assert any(e.headline.startswith("Rustem Umerov visited Istanbul") for e in brief.timeline)
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
