"""The report's summary line counts in words a reader expects: "1 event", not "1 events"
(the brief of an invented pair read in a browser said "1 events reported by several
sources")."""

from __future__ import annotations

from briefx.views.report import brief_markdown
from tests.briefs import brief_of


def test_one_of_each_is_written_in_the_singular() -> None:
    brief = brief_of(
        "A tram ran off the rails in Kessel on Wednesday, hurting six people.",
        "On Wednesday a tram ran off the rails in Kessel, the operator said.",
    )
    assert len(brief.fact_clusters) == 1 and len(brief.timeline) == 1
    summary = brief_markdown(brief).splitlines()[2]
    assert summary.startswith("1 event reported by several sources, 0 conflicts, 1 dated event "), (
        summary
    )


def test_several_are_written_in_the_plural() -> None:
    brief = brief_of(
        "A tram ran off the rails in Kessel on Wednesday. Six people were hurt on Wednesday.",
        "On Wednesday a tram ran off the rails in Kessel. On Wednesday six people were hurt.",
    )
    summary = brief_markdown(brief).splitlines()[2]
    assert f"{len(brief.fact_clusters)} events reported" in summary, summary
    assert f"{len(brief.timeline)} dated events" in summary, summary
