"""A timeline line for an event told in an aside reads from the noun it is told of (the
brief's timeline): "The law, passed in 2023, had never been enforced" gave the 2023 entry
the line "Passed in 2023, had never been enforced", and "The ceasefire, which took effect
at midnight on Friday, largely held" gave "Took effect at midnight on Friday, largely held
over the weekend".

An event between commas right after its subject (a participle: "The bridge, built in
1932,"; a relative clause: "The dam, which burst in 2021,") has the line of the subject
and the aside, up to the aside's end: "The bridge, built in 1932"; a relative clause loses
its "which" or "who": "The dam burst in 2021".

Capability table of invented sentences, published 2026-03-26; before the change 10 of the
16 failed (five relative clauses and the "tower" had their line from the frame already).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-26"

# (sentence, the aside's date value, its line)
ASIDES = [
    ("The law, passed in 2023, had never been enforced.", "2023", "The law, passed in 2023"),
    ("The bridge, built in 1932, was closed on Monday.", "1932", "The bridge, built in 1932"),
    ("The plant, opened in 1974, employs 900 people.", "1974", "The plant, opened in 1974"),
    ("The treaty, signed in 1998, expired last year.", "1998", "The treaty, signed in 1998"),
    ("The ship, launched in 2011, sank on Friday.", "2011", "The ship, launched in 2011"),
    ("The museum, founded in 1880, reopened on Sunday.", "1880", "The museum, founded in 1880"),
    (
        "The stadium, renovated in 2019, hosted the final on Saturday.",
        "2019",
        "The stadium, renovated in 2019",
    ),
    (
        "The coach, sacked in 2024, joined a rival club on Tuesday.",
        "2024",
        "The coach, sacked in 2024",
    ),
    (
        "The ceasefire, which took effect at midnight on Friday, largely held over the weekend.",
        "2026-03-20T24:00",
        "The ceasefire took effect at midnight on Friday",
    ),
    (
        "The mayor, who took office in 2024, resigned on Friday.",
        "2024",
        "The mayor took office in 2024",
    ),
    (
        "The firm, which went public in 2019, cut 300 jobs on Monday.",
        "2019",
        "The firm went public in 2019",
    ),
    (
        "The singer, who won the contest in 2015, died on Sunday.",
        "2015",
        "The singer won the contest in 2015",
    ),
    ("The dam, which burst in 2021, was rebuilt last year.", "2021", "The dam burst in 2021"),
    (
        "The striker, who joined the club in 2022, scored twice on Saturday.",
        "2022",
        "The striker joined the club in 2022",
    ),
    (
        "The company, which was founded in 1990, filed for bankruptcy on Monday.",
        "1990",
        "The company was founded in 1990",
    ),
    (
        "The tower, which opened in 1969, was demolished on Sunday.",
        "1969",
        "The tower opened in 1969",
    ),
]


@pytest.mark.parametrize(("sentence", "value", "line"), ASIDES)
def test_an_asides_line_reads_from_its_noun(sentence: str, value: str, line: str) -> None:
    brief = briefx.brief([briefx.extract(sentence, published=PUBLISHED)])
    assert [e.headline for e in brief.timeline if e.value == value] == [line]
