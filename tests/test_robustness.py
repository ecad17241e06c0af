"""Bad and odd input: nothing crashes, nothing hangs, offsets always point at their text."""

from __future__ import annotations

import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import briefx
from tests.grounding import assert_grounded

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\t \r\n ",
        "\u200bKyiv\u200b said\u200d on Nov.\u00a018 that 185\u2060prisoners were freed.",
        "Kyiv\x00 said\x07 on Monday\x1b that talks resumed.",
        "\ufeffKyiv said on Monday.",
        "Зеленський заявив у Києві. 习近平在北京。 Kyiv said so.",
        "🙂 Kyiv 🙂 said 185 🙂 prisoners 🙂 were freed on Nov. 19 🙂",
        "\n\n\n\"\"\"''' ,,,, ... !!! ???",
    ],
)
def test_odd_text_is_grounded(text: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    assert_grounded(doc, text)


def test_zero_width_characters_do_not_shift_offsets() -> None:
    text = "Peskov\u200b told reporters in Kyiv on Nov. 18 that 185 prisoners were freed."
    doc = briefx.extract(text, published="2025-11-18")
    assert_grounded(doc, text)
    assert "2025-11-18" in {d.value for d in doc.dates}
    assert any(q.value == 185 for q in doc.quantities)


def test_nfc_and_nfd_forms_are_one_entity() -> None:
    nfc = "Turkish President Recep Tayyip Erdoğan met envoys in Ankara on Monday."
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    one = briefx.extract(nfc + " Later, " + nfd, published="2025-11-18")
    people = [e for e in one.entities if e.type == "PERSON"]
    assert len(people) == 1 and people[0].name == "Recep Tayyip Erdoğan"
    assert_grounded(one, nfc + " Later, " + nfd)
    brief = briefx.brief(
        [briefx.extract(t, published="2025-11-18", doc_id=str(i)) for i, t in enumerate([nfc, nfd])]
    )
    erdogan = [e for e in brief.entities if e.type == "PERSON"]
    assert len(erdogan) == 1 and {m.doc for m in erdogan[0].mentions} == {0, 1}


# Runs of the characters regular expressions choke on.
PATHOLOGICAL = [
    "1" * 3000,
    "1," * 1500,
    "1.1." * 800,
    "and " * 800,
    " " * 5000,
    '"' * 3000,
    "Nov. " * 600,
    "between 1 and " * 250,
    "more than " * 300 + "5 people",
    "-" * 3000,
    "10-" * 1000,
    "a.m. p.m. " * 300,
    "last week of the " * 200,
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=lambda t: repr(t[:12]))
def test_pathological_input_finishes_quickly(text: str) -> None:
    start = time.perf_counter()
    doc = briefx.extract(text, published="2025-11-18")
    elapsed = time.perf_counter() - start
    assert_grounded(doc, text)
    # spaCy itself needs about a second for text this size on a slow core.
    assert elapsed < 30, f"{elapsed:.1f} s"


def test_normalizers_on_pathological_strings_are_fast() -> None:
    import datetime as dt

    from briefx.dates import normalize
    from briefx.quantities.numbers import parse_number

    start = time.perf_counter()
    for text in PATHOLOGICAL:
        normalize(text, reference=dt.date(2025, 11, 18))
        parse_number(text)
    assert time.perf_counter() - start < 2


# Arbitrary Unicode mixed with the pieces news is made of.
NEWS_BITS = [
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    '"',
    "“",
    "”",
    "'",
    "-",
    "$",
    "%",
    "Kyiv",
    "Nov.",
    " said ",
    "185",
    " more than ",
    " up to ",
    "Zelensky",
    " on Monday",
    "1,200",
]
TEXTS = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(NEWS_BITS)), max_size=40).map(
    "".join
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(TEXTS)
def test_any_text_is_grounded_and_deterministic(text: str) -> None:
    first = briefx.extract(text, published="2025-11-18")
    assert_grounded(first, text)
    assert briefx.extract(text, published="2025-11-18") == first


NO_NETWORK = """
import socket
def refuse(*args, **kwargs):
    raise RuntimeError("network access attempted")
class NoNetwork(socket.socket):
    connect = connect_ex = sendto = sendmsg = refuse
socket.socket = NoNetwork
socket.create_connection = refuse
socket.getaddrinfo = refuse
import briefx, sys
doc = briefx.extract(open(sys.argv[1], encoding="utf-8").read(), published="2025-11-18")
brief = briefx.brief([doc, doc])
print(len(doc.entities), len(doc.dates), len(doc.quantities))
"""


def test_whole_pipeline_runs_without_network() -> None:
    seed = ROOT / "seeds" / "000_e2240c5e00b7e2d5.txt"
    out = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, str(seed)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    entities, dates, quantities = map(int, out.stdout.split())
    assert entities > 5 and dates > 5 and quantities > 0


@pytest.mark.parametrize(
    "text",
    [
        "Erdog\u0306an",
        "A\u030a\u0301 x",
        "e\u0301e\u0301 \u1100\u1161\u11a8 Se\u0301oul",
        "\u0958 and \u212b",  # NFC changes these too (a composition exclusion, a singleton)
        "plain ascii",
    ],
)
def test_offset_map_round_trips(text: str) -> None:
    from briefx.text.textmap import OffsetMap

    mapping = OffsetMap(text)
    assert mapping.text == unicodedata.normalize("NFC", text)
    n = len(mapping.text)
    assert mapping.start(0) == 0 and mapping.end(n) == len(text)
    for i in range(n + 1):
        for j in range(i, n + 1):
            start, end = mapping.start(i), mapping.end(j)
            assert 0 <= start <= end <= len(text)
            # The original span covers what the model saw.
            assert mapping.text[i:j] in unicodedata.normalize("NFC", text[start:end])
