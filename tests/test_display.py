"""The HTML and terminal views: every extraction shown exactly once, at its offsets."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from briefx.schema import DateMention, Document, Entity, Mention, Quantity, ReferenceDate, Sentence
from briefx.views.display import brief_html, document_html, document_text, render_table


class _Collector(HTMLParser):
    """Collect (kind, start, end, text) of each element with data-kind, parts included."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str | None] = []  # per open element: its extraction id, or None
        self.found: dict[str, dict] = {}
        self.tags: set[str] = set()
        self.attrs_seen: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.add(tag)
        a = dict(attrs)
        self.attrs_seen.append(a)
        key = None
        if "data-kind" in a:
            key = a["id"]
            assert key not in self.found, f"two elements for {key}"
            self.found[key] = {
                "kind": a["data-kind"],
                "start": int(a["data-start"]),
                "end": int(a["data-end"]),
                "text": "",
                "title": a.get("title"),
            }
        elif "data-part-of" in a:
            key = a["data-part-of"]
        self.stack.append(key)

    def handle_endtag(self, tag: str) -> None:
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for key in {k for k in self.stack if k}:
            self.found[key]["text"] += data


def _parse(html: str) -> _Collector:
    c = _Collector()
    c.feed(html)
    c.close()
    return c


def _expected(doc: Document) -> set[tuple[str, int, int, str]]:
    out = {(e.type, m.start, m.end, m.text) for e in doc.entities for m in e.mentions}
    out |= {("DATE", d.start, d.end, d.text) for d in doc.dates}
    out |= {("QUANTITY", q.start, q.end, q.text) for q in doc.quantities}
    return out


def _shown(c: _Collector) -> list[tuple[str, int, int, str]]:
    return [(f["kind"], f["start"], f["end"], f["text"]) for f in c.found.values()]


def test_parse_back_seeds(seed_docs, seed_texts) -> None:
    for stem, doc in seed_docs.items():
        for text in (seed_texts[stem], None):
            c = _parse(document_html(doc, text))
            shown = _shown(c)
            assert len(shown) == len(set(shown)), "an extraction shown twice"
            assert set(shown) == _expected(doc)
            full = document_text(doc, text)
            assert all(full[s:e] == t for _, s, e, t in shown)


def test_titles_carry_normalised_values(seed_docs) -> None:
    doc = next(iter(seed_docs.values()))
    found = _parse(document_html(doc)).found.values()
    by_span = {(f["start"], f["end"]): f["title"] for f in found}
    for d in doc.dates:
        assert str(d.value) in by_span[(d.start, d.end)]
    for q in doc.quantities:
        assert (q.unit or "") in by_span[(q.start, q.end)]
    for e in doc.entities:
        for m in e.mentions:
            assert e.name in by_span[(m.start, m.end)] and e.type in by_span[(m.start, m.end)]


def test_self_contained(seed_docs) -> None:
    doc = next(iter(seed_docs.values()))
    html = document_html(doc)
    c = _parse(html)
    assert "script" not in c.tags and "link" not in c.tags and "img" not in c.tags
    assert "http://" not in html and "https://" not in html
    assert "white-space:pre-wrap" in html
    for kind in ("PERSON", "PLACE", "ORG", "DATE", "QUANTITY"):
        assert f'class="bx-{kind}"' in html  # legend and highlights
    # Jupyter shows the exact article: extract keeps the text in memory.
    assert doc.text is not None
    assert doc._repr_html_() == document_html(doc, doc.text)


def _toy(text: str, spans: list[tuple[str, int, int]]) -> Document:
    """A hand-made document over one sentence, with entities, dates and quantities."""
    ents, dates, qty = [], [], []
    for n, (kind, s, e) in enumerate(spans):
        if kind == "DATE":
            dates.append(
                DateMention(
                    start=s,
                    end=e,
                    text=text[s:e],
                    sentence=0,
                    type="DATE",
                    value="2025-11-19",
                    mod=None,
                    range=("2025-11-19", "2025-11-19"),
                    anchor="absolute",
                )
            )
        elif kind == "QUANTITY":
            qty.append(
                Quantity(
                    start=s,
                    end=e,
                    text=text[s:e],
                    sentence=0,
                    value=None,
                    low=10,
                    high=20,
                    qualifier="approx",
                    unit="people",
                    unit_lemma="person",
                    per=None,
                    event=None,
                )
            )
        else:
            ents.append(
                Entity(
                    id=f"e{n}",
                    type=kind,
                    name=text[s:e],
                    aliases=[],
                    mentions=[Mention(start=s, end=e, text=text[s:e], sentence=0)],
                )
            )
    return Document(
        doc_id="toy<&>",
        source=None,
        reference_date=ReferenceDate(value="2025-11-18", origin="argument"),
        sentences=[Sentence(id=0, start=0, end=len(text), text=text)],
        entities=ents,
        dates=dates,
        quantities=qty,
        facts=[],
        warnings=[],
    )


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a date inside an organisation's name: nested
        ("The <19 November> Group & co\nmet.", [("ORG", 0, 27), ("DATE", 5, 16)]),
        # two spans crossing: the later one is split
        ("about 20 Kyiv residents", [("QUANTITY", 0, 23), ("PLACE", 9, 13), ("DATE", 6, 13)]),
        ("alpha beta gamma", [("PERSON", 0, 10), ("DATE", 6, 16)]),
        # same offsets, different kinds
        ("May", [("PERSON", 0, 3), ("DATE", 0, 3)]),
    ],
)
def test_overlaps_nest_or_split(text, spans) -> None:
    doc = _toy(text, spans)
    html = document_html(doc, text)
    shown = _shown(_parse(html))
    assert len(shown) == len(spans)
    assert set(shown) == _expected(doc)
    if "<" in text:
        assert "<19" not in html and "&lt;19" in html  # escaped


def test_brief_html(seed_docs) -> None:
    from briefx import brief

    b = brief(list(seed_docs.values()))
    html = brief_html(b)
    c = _parse(html)
    assert html.count("<details class='bx-doc'>") == len(b.documents)
    shown = set(_shown(c))
    for doc in b.documents:
        assert _expected(doc) <= shown
    # Every cluster is shown (two with one headline share a line: data-cluster='c2 c12').
    shown_ids = {i for v in re.findall(r"data-cluster='([^']*)'", html) for i in v.split()}
    assert shown_ids == {cl.id for cl in b.fact_clusters}
    assert all(e.name in html for e in b.entities)
    assert b._repr_html_() == brief_html(b, {d.doc_id: d.text for d in b.documents})


def test_brief_html_shows_conflicts(seed_docs) -> None:
    from briefx import brief
    from briefx.schema import Conflict, ConflictValue, FactCluster, FactRef

    b = brief(list(seed_docs.values()))
    conflict = Conflict(
        kind="quantity",
        about="prisoners",
        values=[
            ConflictValue(value="185", doc=0, sentence=0, text="one says 185"),
            ConflictValue(value="200", doc=1, sentence=0, text="other says 200"),
        ],
    )
    cluster = FactCluster(
        id="cx",
        facts=[FactRef(doc=0, sentence=0), FactRef(doc=1, sentence=0)],
        sources=2,
        entities=[],
        dates=[],
        conflicts=[conflict],
    )
    html = brief_html(b.model_copy(update={"fact_clusters": [cluster]}))
    assert "class='bx-conflict'" in html and "200 (" in html
    assert html.count("<blockquote class='bx-disputed'>") == 2  # both sources marked


def test_wrong_text_is_refused(seed_docs) -> None:
    doc = next(iter(seed_docs.values()))
    with pytest.raises(ValueError, match="not the text"):
        document_html(doc, "something else entirely")


@pytest.mark.parametrize("use_rich", [True, False])
def test_render_table(seed_docs, use_rich) -> None:
    doc = next(iter(seed_docs.values()))
    out = render_table(doc, use_rich=use_rich)
    assert "\x1b[" not in out
    for e in doc.entities:
        assert e.name in out
    for d in doc.dates:
        assert d.text in out
    assert f"Quantities ({len(doc.quantities)})" in out
