"""Readable labels: TIMEX3 values in words, attribution without repeating the outlet."""

from __future__ import annotations

import pytest

from briefx.schema import Attribution
from briefx.views.labels import attribution_label, timex_gloss

GLOSSES = [
    ("PRESENT_REF", None, None, "now"),
    ("PAST_REF", None, None, "some time in the past"),
    ("FUTURE_REF", None, None, "some time to come"),
    ("PXD", "DURATION", None, "some days"),
    ("PXY", "DURATION", None, "some years"),
    ("P4M", "DURATION", None, "4 months"),
    ("P1Y", "DURATION", None, "1 year"),
    ("P1.5Y", "DURATION", None, "1.5 years"),
    ("PT3H", "DURATION", None, "3 hours"),
    ("PT30M", "DURATION", None, "30 minutes"),
    ("P1Y2M", "DURATION", None, "1 year, 2 months"),
    ("P2DE", "DURATION", None, "2 decades"),
    ("P1W", "SET", None, "every week"),
    ("P1D", "SET", None, "every day"),
    ("P3D", "DURATION", "APPROX", "about 3 days"),
    ("2025-11-19", "DATE", None, "Nov. 19, 2025"),
    ("2026-06-02", "DATE", None, "June 2, 2026"),
    ("2024-09-30", "DATE", None, "Sept. 30, 2024"),
    ("2025-02-30", "DATE", None, "2025-02-30"),  # no such day: the value itself
    ("2025-11-19TMO", "TIME", None, "the morning of Nov. 19, 2025"),
    ("2025-11-19T12:00", "TIME", None, "Nov. 19, 2025, 12:00"),
    ("2025-11", "DATE", None, "November 2025"),
    ("2025-W46", "DATE", None, "the week of Nov. 10, 2025"),
    ("2025-W46-WE", "DATE", None, "the weekend of Nov. 15, 2025"),
    ("2026-W01", "DATE", None, "the week of Dec. 29, 2025"),  # ISO week 1 starts in December
    ("2025-WXX", "DATE", None, "a week of 2025"),
    ("2025-Q3", "DATE", None, "Q3 2025"),
    ("2025-H1", "DATE", None, "first half of 2025"),
    ("2025-SU", "DATE", None, "summer 2025"),
    ("2025", "DATE", "START", "early 2025"),
    ("202", "DATE", None, "the 2020s"),
    ("19", "DATE", None, "the 1900s"),
    # no gloss: the value itself
    ("XXXX-XX-01", "DATE", None, "XXXX-XX-01"),
    ("2025-13", "DATE", None, "2025-13"),
    (None, "DATE", None, "?"),
]


@pytest.mark.parametrize(("value", "type_", "mod", "expected"), GLOSSES)
def test_timex_gloss(value, type_, mod, expected):
    assert timex_gloss(value, type=type_, mod=mod) == expected


def _att(speaker=None, speaker_text=None, cue="say", outlet=None) -> Attribution:
    return Attribution(speaker=speaker, speaker_text=speaker_text, cue=cue, outlet=outlet)


ATTRIBUTIONS = [
    (_att("e1", "Reuters", "report", "Reuters"), {"e1": "Reuters"}, "Reuters (report)"),
    (_att(None, "reuters", "report", "Reuters"), {}, "reuters (report)"),
    (_att("e2", "AP", "report", "AP"), {"e2": "Associated Press"}, "Associated Press (report)"),
    (_att(None, "The Guardian", "report", "Guardian"), {}, "The Guardian (report)"),
    (_att("e5", "Peskov", "tell", "AFP"), {"e5": "Dmitry Peskov"}, "Dmitry Peskov (tell, via AFP)"),
    (_att(None, "an official", "tell", "AFP"), {}, "an official (tell, via AFP)"),
    (_att(None, None, None, None), {}, "? (?)"),
]


@pytest.mark.parametrize(("attribution", "names", "expected"), ATTRIBUTIONS)
def test_attribution_label(attribution, names, expected):
    assert attribution_label(attribution, names) == expected
