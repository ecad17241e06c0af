"""HTML and terminal views of the output models, built from ``Document`` and ``Brief`` only.

The HTML is self-contained (inline CSS, no script, no network) so it can be saved, mailed
or shown by Jupyter through ``Document._repr_html_``. Every extraction is one element
carrying ``data-kind``, ``data-start`` and ``data-end``; when two extractions cross
(neither holds the other) the later-closing one is split, and its continuation pieces
carry ``data-part-of`` instead of ``data-kind``, so each extraction is still one element.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefx.views.labels import attribution_label, timex_gloss
from briefx.views.report import brief_html as report_html

if TYPE_CHECKING:
    from briefx.schema import Brief, DateMention, Document, Fact, Quantity


KINDS = ("PERSON", "PLACE", "ORG", "DATE", "QUANTITY")

# Colour-blind-friendly background tints, one per kind.
_COLOURS = {
    "PERSON": "#bfdbfe",
    "PLACE": "#bbf7d0",
    "ORG": "#e9d5ff",
    "DATE": "#fed7aa",
    "QUANTITY": "#fecdd3",
}

_STYLE = (
    "<style>"
    # Text on light backgrounds gets a dark colour; the rest follows the notebook's theme.
    ".bx{font-family:system-ui,sans-serif;font-size:14px;line-height:1.6}"
    ".bx .bx-text{white-space:pre-wrap;border:1px solid #ddd;padding:8px;"
    "background:#fff;color:#111}"
    ".bx mark{padding:0 1px;border-radius:3px;color:#111}"
    ".bx mark mark{border-bottom:2px solid #555}"
    + "".join(f".bx .bx-{k}{{background:{c}}}" for k, c in _COLOURS.items())
    + ".bx .bx-legend mark{margin-right:6px}"
    ".bx table{border-collapse:collapse;margin:6px 0}"
    ".bx th,.bx td{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}"
    ".bx .bx-conflict{background:#fee2e2;color:#111;border:1px solid #ef4444;padding:4px}"
    ".bx .bx-disputed{border-left:3px solid #ef4444;padding-left:4px}"
    ".bx details{margin:4px 0}.bx summary{cursor:pointer;font-weight:600}"
    "</style>"
)


@dataclass(frozen=True)
class _Span:
    """One extraction to highlight: where, what kind, and its hover text."""

    start: int
    end: int
    kind: str
    title: str
    order: int


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def date_label(date: DateMention) -> str:
    """The normalised value of a date: type, value (in words when it is a code), mod, range."""
    parts = [f"{date.type} {date.value or '?'}"]
    gloss = timex_gloss(date.value, type=date.type)
    if date.value and gloss != date.value:
        parts[0] += f" ({gloss})"
    if date.mod:
        parts.append(f"mod={date.mod}")
    if date.range:
        parts.append(f"range {date.range[0]}..{date.range[1]}")
    return ", ".join(parts)


def quantity_label(q: Quantity) -> str:
    """The normalised value of a quantity: value or low-high, qualifier, unit, event."""
    if q.value is not None:
        amount = f"{q.value:g}" if isinstance(q.value, float) else str(q.value)
    else:
        amount = f"{'?' if q.low is None else q.low}-{'?' if q.high is None else q.high}"
    parts = [amount, q.qualifier]
    if q.unit:
        parts.append(f"unit={q.unit}")
    if q.per:
        parts.append(f"per={q.per}")
    if q.event:
        parts.append(f"event={q.event}")
    return ", ".join(parts)


def _spans(doc: Document) -> list[_Span]:
    spans: list[_Span] = []
    for ent in doc.entities:
        title = f"{ent.name} ({ent.type}, {ent.id})"
        spans.extend(_Span(m.start, m.end, ent.type, title, 0) for m in ent.mentions)
    spans.extend(_Span(d.start, d.end, "DATE", date_label(d), 0) for d in doc.dates)
    spans.extend(_Span(q.start, q.end, "QUANTITY", quantity_label(q), 0) for q in doc.quantities)
    # Outer spans first at equal starts, so containment nests instead of splitting.
    spans.sort(key=lambda s: (s.start, -s.end, KINDS.index(s.kind)))
    return [_Span(s.start, s.end, s.kind, s.title, n) for n, s in enumerate(spans)]


def element_prefix(doc_id: str, *, position: int | None = None) -> str:
    """The prefix of a document's HTML element ids: ``"a b"`` -> ``"bx-a_b-<hash>"``.

    The readable part alone would make "a b" and "a_b" collide; the hash of the doc id
    keeps them apart, and ``position`` (the document's place in a brief) keeps apart two
    documents that share a doc id.

    Args:
        doc_id: the document's id.
        position: its index among the documents shown on one page, if several are.

    Returns:
        A string usable as the start of an HTML id.
    """
    readable = re.sub(r"[^A-Za-z0-9_-]", "_", doc_id)[:40]
    digest = hashlib.sha1(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    where = "" if position is None else f"-d{position}"
    return f"bx-{readable}-{digest}{where}"


def _open_tag(span: _Span, prefix: str, *, part: bool) -> str:
    ref = f"{prefix}-{span.order}"
    if part:
        return f'<mark class="bx-{span.kind}" data-part-of="{ref}" title="{_esc(span.title)}">'
    return (
        f'<mark id="{ref}" class="bx-{span.kind}" data-kind="{span.kind}" '
        f'data-start="{span.start}" data-end="{span.end}" title="{_esc(span.title)}">'
    )


def highlight(doc: Document, text: str | None = None, *, position: int | None = None) -> str:
    """The document text, HTML-escaped, with every extraction wrapped in a ``<mark>``.

    Args:
        doc: the document.
        text: the article text the offsets index; rebuilt from the sentences when None.
        position: the document's index on a page of several (keeps element ids unique).
    """
    text = document_text(doc, text)
    prefix = element_prefix(doc.doc_id, position=position)
    spans = _spans(doc)
    # Trailing blank lines would show as an empty stretch of the box; offsets before stay exact.
    text = text[: max(len(text.rstrip()), *(s.end for s in spans), 0)]
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    starts: dict[int, list[_Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    out: list[str] = []
    stack: list[_Span] = []
    for i, pos in enumerate(cuts):
        if any(s.end == pos for s in stack):
            # Close down to the outermost span ending here; reopen the others as parts.
            depth = min(n for n, s in enumerate(stack) if s.end == pos)
            reopen = [s for s in stack[depth:] if s.end != pos]
            out.append("</mark>" * (len(stack) - depth))
            del stack[depth:]
            for s in reopen:
                out.append(_open_tag(s, prefix, part=True))
                stack.append(s)
        for s in starts.get(pos, []):
            out.append(_open_tag(s, prefix, part=False))
            if s.end == pos:  # an empty span: still one element
                out.append("</mark>")
            else:
                stack.append(s)
        if i + 1 < len(cuts):
            out.append(_esc(text[pos : cuts[i + 1]]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def document_text(doc: Document, text: str | None = None) -> str:
    """The text a document's offsets index: ``text`` checked, or rebuilt from the sentences.

    The output contract keeps the sentences, not the whole text; what lies between two
    sentences is whitespace, shown as line breaks of the same length so every offset
    stays exact. Trailing text after the last sentence is dropped.

    Raises:
        ValueError: ``text`` does not hold the document's sentences at their offsets.
    """
    if text is not None:
        if any(text[s.start : s.end] != s.text for s in doc.sentences):
            raise ValueError(f"the text given is not the text of document {doc.doc_id!r}")
        return text
    chars: list[str] = []
    for sent in doc.sentences:
        chars.extend("\n" * (sent.start - len(chars)))
        chars[sent.start : sent.end] = sent.text
    return "".join(chars)


def legend() -> str:
    """A legend of the highlight colours."""
    items = "".join(f'<mark class="bx-{k}">{k}</mark>' for k in KINDS)
    return f'<div class="bx-legend">{items}</div>'


def _names(doc: Document) -> dict[str, str]:
    return {e.id: e.name for e in doc.entities}


def _date_cell(date: DateMention) -> str:
    """A date in words, its TIMEX3 value (and mod) on hover: "some days" over ``PXD``."""
    value = date.value or date.text
    raw = f"{value} ({date.mod})" if date.mod else value
    gloss = timex_gloss(date.value, type=date.type) if date.value else date.text
    attrs = f'class="bx-value" title="{_esc(raw)}" data-value="{_esc(value)}"'
    return f"<span {attrs}>{_esc(gloss)}</span>"


def _fact_row(doc: Document, fact: Fact, names: dict[str, str]) -> str:
    ents = ", ".join(names.get(e, e) for e in fact.entities)
    dates = ", ".join(_date_cell(doc.dates[i]) for i in fact.dates)
    qty = "; ".join(
        f"{doc.quantities[i].text} [{quantity_label(doc.quantities[i])}]" for i in fact.quantities
    )
    att = attribution_label(fact.attribution, names) if fact.attribution else ""
    cells = [_esc(str(fact.sentence)), _esc(fact.text), _esc(ents), dates, _esc(qty), _esc(att)]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def fact_table(doc: Document) -> str:
    """An HTML table of the document's facts, one row per sentence with extractions."""
    names = _names(doc)
    head = "".join(
        f"<th>{h}</th>"
        for h in ("sentence", "text", "entities", "dates", "quantities", "attribution")
    )
    rows = "".join(_fact_row(doc, f, names) for f in doc.facts)
    return f'<table class="bx-facts"><tr>{head}</tr>{rows}</table>'


def _about(doc: Document) -> str:
    """The metadata's outlet and headline as " · outlet · “headline”", escaped, or ""."""
    parts = [doc.outlet, f"“{doc.title}”" if doc.title else None]
    return "".join(f" · {_esc(part)}" for part in parts if part)


def _document_body(doc: Document, text: str | None = None, *, position: int | None = None) -> str:
    warn = "".join(f"<li>{_esc(w)}</li>" for w in doc.warnings)
    return (
        f'<div class="bx-doc" data-doc-id="{_esc(doc.doc_id)}">'
        f"<div><b>{_esc(doc.doc_id)}</b>{_about(doc)} · reference date "
        f"{_esc(doc.reference_date.value)} "
        f"({_esc(doc.reference_date.origin)}) · {len(doc.entities)} entities, "
        f"{len(doc.dates)} dates, {len(doc.quantities)} quantities</div>"
        + (f"<ul>{warn}</ul>" if warn else "")
        + legend()
        + (
            f'<div class="bx-text">{body}</div>'
            if (body := highlight(doc, text, position=position))
            else '<p class="bx-empty">(no text)</p>'
        )
        + fact_table(doc)
        + "</div>"
    )


def document_html(doc: Document, text: str | None = None, *, position: int | None = None) -> str:
    """Self-contained HTML of one document: highlighted text, legend and fact table.

    Args:
        doc: a ``Document`` from ``briefx.extract``.
        text: the article text, to show it exactly; rebuilt from the sentences when None.
        position: the document's index on a page of several (keeps element ids unique).
    Returns:
        An HTML fragment with its own inline ``<style>``; no script, no external resource.
    """
    return f'<div class="bx">{_STYLE}{_document_body(doc, text, position=position)}</div>'


def _table(head: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    th = "".join(f"<th>{_esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{th}</tr>{body}</table>"


def _text_of(doc: Document, text: str | None) -> str | None:
    """``text`` when it is this document's; else None (rebuilt from the sentences).

    Texts are given by doc id, and two documents of a brief can share one.
    """
    if text is None or any(text[s.start : s.end] != s.text for s in doc.sentences):
        return None
    return text


def brief_html(brief: Brief, texts: Mapping[str, str] | None = None) -> str:
    """Self-contained HTML of a brief: the report, then each document highlighted.

    Args:
        brief: a ``Brief`` from ``briefx.brief``.
        texts: article texts by doc id, to show them exactly (else rebuilt from sentences).
    Returns:
        An HTML fragment: the report of ``briefx.views.report.brief_html`` (one headline per
        fact cluster, its sentences and conflicts, the entities), then one collapsible
        ``<details>`` per document with its extractions highlighted.
    """
    texts = texts or {}
    docs = "".join(
        f"<details class='bx-doc'><summary>{_esc(d.doc_id)}</summary>"
        f"{_document_body(d, _text_of(d, texts.get(d.doc_id)), position=k)}</details>"
        for k, d in enumerate(brief.documents)
    )
    return (
        f'{report_html(brief)}<div class="bx">{_STYLE}'
        f"<h3>Documents ({len(brief.documents)})</h3>{docs}</div>"
    )


def _table_rows(doc: Document) -> list[tuple[str, list[str], list[list[str]]]]:
    """The rows of the terminal tables, every cell made safe to print (``terminal_safe``)."""
    from briefx.views.tables import terminal_safe

    return [
        (title, head, [[terminal_safe(cell) for cell in row] for row in rows])
        for title, head, rows in _raw_table_rows(doc)
    ]


def _raw_table_rows(doc: Document) -> list[tuple[str, list[str], list[list[str]]]]:
    ents = [
        [e.id, e.type, e.name, ", ".join(e.aliases), str(len(e.mentions))] for e in doc.entities
    ]
    dates = [
        [
            d.text,
            d.type,
            d.value or "",
            timex_gloss(d.value, type=d.type) if d.value else "",
            d.mod or "",
            "..".join(d.range) if d.range else "",
        ]
        for d in doc.dates
    ]
    qty = [
        [q.text, quantity_label(q).split(", ")[0], q.qualifier, q.unit or "", q.event or ""]
        for q in doc.quantities
    ]
    names = _names(doc)
    facts = [
        [
            str(f.sentence),
            _shorten(f.text, FACT_TEXT_WIDTH),
            ", ".join(names.get(e, e) for e in f.entities),
            ", ".join(timex_gloss(doc.dates[i].value, type=doc.dates[i].type) for i in f.dates),
            ", ".join(doc.quantities[i].text for i in f.quantities),
            attribution_label(f.attribution, names) if f.attribution else "",
        ]
        for f in doc.facts
    ]
    return [
        ("Entities", ["id", "type", "name", "aliases", "mentions"], ents),
        ("Dates", ["text", "type", "value", "reads", "mod", "range"], dates),
        ("Quantities", ["text", "value", "qualifier", "unit", "event"], qty),
        ("Facts", ["sentence", "text", "entities", "dates", "quantities", "attribution"], facts),
    ]


# A fact's sentence is cut to this many characters in a terminal table, so that the
# columns of what was extracted from it stay on screen.
FACT_TEXT_WIDTH = 60


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _warnings_text(doc: Document) -> str:
    from briefx.views.tables import terminal_safe

    lines = "".join(f"- {terminal_safe(w)}\n" for w in doc.warnings)
    return f"Warnings ({len(doc.warnings)})\n" + lines


def _plain_table(title: str, head: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(head)]
    line = "  ".join("-" * w for w in widths)
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    body = [fmt.format(*head), line, *(fmt.format(*r) for r in rows)]
    return f"{title} ({len(rows)})\n" + "\n".join(x.rstrip() for x in body) + "\n"


def render_table(doc: Document, *, width: int = 120, use_rich: bool | None = None) -> str:
    """A plain-text view of a document's entities, dates, quantities, facts and warnings.

    Args:
        doc: a ``Document``.
        width: the width to lay the tables out in.
        use_rich: draw with ``rich`` (True), plain text (False), or rich when importable (None).
    Returns:
        The tables as text, without colour codes.
    """
    if use_rich is not False:
        try:
            from rich.console import Console
            from rich.table import Table
        except ImportError:
            if use_rich:
                raise
        else:
            buf = io.StringIO()
            # force_jupyter=False: inside a notebook rich would display instead of writing to buf.
            # markup=False, emoji=False: "[/]" or ":x:" in an article or a doc id is text.
            console = Console(
                file=buf,
                width=width,
                color_system=None,
                force_terminal=False,
                force_jupyter=False,
                markup=False,
                emoji=False,
            )
            console.print(_table_header(doc))
            for title, head, rows in _table_rows(doc):
                table = Table(title=f"{title} ({len(rows)})", title_justify="left")
                for h in head:
                    table.add_column(h, overflow="fold")
                for r in rows:
                    table.add_row(*r)
                console.print(table)
            console.print(_warnings_text(doc), end="", markup=False, highlight=False)
            return buf.getvalue()
    header = f"{_table_header(doc)}\n\n"
    tables = [_plain_table(*t) for t in _table_rows(doc)]
    return header + "\n".join([*tables, _warnings_text(doc)])


def _table_header(doc: Document) -> str:
    from briefx.views.tables import terminal_safe

    about = "".join(f", {part}" for part in (doc.outlet, doc.title) if part)
    return terminal_safe(f"{doc.doc_id}{about} (reference date {doc.reference_date.value})")


def page(fragments: Iterable[str], *, title: str = "briefx") -> str:
    """Wrap HTML fragments (``document_html``, ``brief_html``) into a standalone page."""
    body = "\n".join(fragments)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_esc(title)}</title></head>\n<body>\n{body}\n</body></html>\n"
    )
