"""A brief as a page a person reads: what happened at a glance, the evidence on demand.

``brief_markdown``, ``brief_html`` and ``brief_text`` tell the same story in the same order:

1. the stories (``Brief.stories``), each with its dates and number of reports, and under
   each its clusters as a list of headlines ("Volodymyr Zelensky will visit Turkey on
   November 19, 2025 — 2 reports"), conflicts first and marked;
2. under each headline its quotations (in HTML a collapsed ``<details>``), each sentence
   quoted once in the whole report: a sentence of several clusters is quoted under the
   first and referred to after;
3. the timeline (``Brief.timeline``; inline SVG in HTML, see ``briefx.views.timeline``);
4. the entities in a compact table (name, type, other spellings, number of reports);
5. the sources, named by their id and publication date, never by a path.

Everything quoted from a document, a name or a file name is escaped for the format
(``briefx.views.escape``): no markup, link, image, heading or terminal escape comes
from the text. The HTML is one self-contained fragment (inline style, no script,
nothing fetched), so it reads offline in a browser and inside Jupyter; ``brief_page``
wraps it into a full page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefx.views import escape
from briefx.views.labels import conflict_line, report_name, timex_gloss
from briefx.views.timeline import reports, timeline_lines, timeline_svg

if TYPE_CHECKING:  # annotations only: schema's models show themselves through this module
    from briefx.schema import Brief, Document, FactCluster

# Long quotations are cut for the report (the JSON keeps the whole sentence).
MAX_QUOTE = 300
# A story lists this many headlines; the rest wait in a collapsed "more" (HTML), unless
# they are so few that folding them away would hide more than it saves.
TOP_EVENTS = 8
MIN_FOLDED = 3
# Entities named by fewer reports than this go into a collapsed list below the table.
ENTITY_REPORTS = 2
_STYLE = (
    ".bx-report{font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.5;"
    "color:#1a1a1a;max-width:46rem;margin:0 auto;padding:0 1rem}"
    ".bx-report p,.bx-report li,.bx-report blockquote{max-width:70ch}"
    ".bx-report h1,.bx-report h2,.bx-report h3,.bx-report summary,.bx-report table,"
    ".bx-report .bx-meta,.bx-report .bx-src{font-family:system-ui,sans-serif}"
    ".bx-report h1{font-size:1.7rem;margin:.8em 0 .1em}"
    ".bx-report h2{font-size:1.3rem;margin:1.4em 0 .2em;border-bottom:1px solid #ddd}"
    ".bx-report .bx-meta{color:#555;font-size:.85rem;margin:.1em 0 .6em}"
    ".bx-report ul.bx-events{list-style:none;padding:0;margin:0}"
    ".bx-report ul.bx-events>li{margin:.15em 0;padding:.1em 0;border-bottom:1px solid #eee}"
    ".bx-report summary{cursor:pointer;font-size:.98rem;font-weight:600}"
    ".bx-report details.bx-more>summary{font-weight:400;color:#555;margin:.3em 0}"
    ".bx-report summary .bx-n{font-weight:400;color:#666}"
    ".bx-report .bx-flag{display:inline-block;background:#c0392b;color:#fff;font-size:.75rem;"
    "padding:0 .4em;border-radius:3px;margin-right:.4em;vertical-align:1px}"
    ".bx-report blockquote{margin:.4em 0 .4em .8em;padding-left:.7em;border-left:3px solid #bbb}"
    ".bx-report blockquote.bx-disputed{border-left-color:#c0392b}"
    ".bx-report .bx-src{color:#666;font-size:.8rem;display:block}"
    ".bx-report .bx-again{color:#666;font-size:.85rem;margin:.3em 0 .3em .8em}"
    ".bx-report .bx-conflict{background:#fdecea;border-left:3px solid #c0392b;"
    "padding:.3em .6em;font-size:.92rem}"
    ".bx-report .bx-alone li{font-size:.92rem;margin:.2em 0}.bx-report .bx-n{color:#666}"
    ".bx-report .bx-warn{background:#fff4d6;padding:.3em .6em;font-size:.9rem}"
    ".bx-report table{border-collapse:collapse;font-size:.85rem;margin:.4em 0}"
    ".bx-report td,.bx-report th{border-bottom:1px solid #e3e3e3;padding:.2em .6em .2em 0;"
    "text-align:left;vertical-align:top}"
    ".bx-report svg.bx-timeline{max-width:100%;height:auto;display:block}"
    "@media print{.bx-report{font-size:11pt;max-width:none}.bx-report h2{break-after:avoid}"
    ".bx-report li,.bx-report blockquote,.bx-report svg{break-inside:avoid}}"
)


@dataclass
class _Quote:
    doc: int
    sentence: int
    text: str
    source: str
    first: str | None = None  # the headline it was quoted under, when quoted before
    name: str = ""  # the report as readers name it (outlet, else id)
    disputed: bool = False


@dataclass
class _Event:
    cluster: FactCluster
    headline: str
    quotes: list[_Quote] = field(default_factory=list)
    merged: list[FactCluster] = field(default_factory=list)  # same headline, shown as one

    @property
    def sources(self) -> int:
        return len({q.doc for q in self.quotes})


@dataclass
class _Story:
    headline: str
    meta: str
    events: list[_Event]


def day_words(iso: str | None) -> str:
    """An ISO day as readers write it ("Nov. 18, 2025"); "no date" for None."""
    return timex_gloss(iso) if iso else "no date"


def source_name(doc: Document) -> str:
    """A report as readers name it: its outlet (else its id) and publication date, never
    a path: "The Daily Courier, Nov. 18, 2025"."""
    return f"{report_name(doc)}, {_published_words(doc)}"


def source_entry(doc: Document) -> str:
    """A report in the list of sources: outlet, headline, publication date and id.

    "The Daily Courier: “Mayor opens bridge”, Nov. 18, 2025 — d17"; without metadata,
    "d17, Nov. 18, 2025".
    """
    if doc.outlet is None and doc.title is None:
        return source_name(doc)
    title = f": “{doc.title}”" if doc.title else ""
    return f"{report_name(doc)}{title}, {_published_words(doc)} — {doc.doc_id}"


def _published_words(doc: Document) -> str:
    if doc.reference_date.origin == "default-today":
        return "no publication date"
    return day_words(doc.reference_date.value[:10])


def headline(brief: Brief, cluster: FactCluster) -> str:
    """One line for a cluster: its headline and how many reports tell it.

    "Volodymyr Zelensky will visit Turkey on November 19, 2025 — 2 reports".

    Args:
        brief: the brief the cluster belongs to (for its first sentence, when a brief
            made before 1.2 has no headline).
        cluster: one of its fact clusters.
    Returns:
        The line (not escaped: the views escape it for their format).
    """
    return f"{_title(brief, cluster)} — {reports(cluster.sources)}"


def _title(brief: Brief, cluster: FactCluster) -> str:
    if cluster.headline:
        return cluster.headline
    ref = cluster.facts[0]
    return _cut(brief.documents[ref.doc].sentences[ref.sentence].text, 80)


def _cut(text: str, limit: int = MAX_QUOTE) -> str:
    """``text`` in at most ``limit`` characters, cut after a whole word where one ends in
    the last third ("talks in Istanbul" -> "talks in…", not "talks in I…")."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space >= (2 * limit) // 3:
        head = head[:space].rstrip(" ,;:-\u2013\u2014")
    return head + "…"


def _stories(brief: Brief) -> list[_Story]:
    """The page's stories in order, each sentence quoted under its first headline only."""
    by_id = {c.id: c for c in brief.fact_clusters}
    stories = list(brief.stories)
    placed = {c for s in stories for c in s.clusters}
    loose = [c.id for c in brief.fact_clusters if c.id not in placed]
    plan: list[tuple[str, str, list[str]]] = []
    for story in stories:
        dates = day_words(story.first)
        if story.last and story.last != story.first:
            dates = f"{dates} to {day_words(story.last)}"
        meta = f"{reports(len(story.documents))}, published {dates}" if story.first else ""
        plan.append(
            (_cut(story.headline, 160), meta or reports(len(story.documents)), story.clusters)
        )
    if loose:  # a brief made before 1.2 has no stories: one list of its clusters
        plan.append(("Events reported by several sources", "", loose))
    seen: dict[tuple[int, int], str] = {}
    out = []
    for story_line, meta, ids in plan:
        clusters = [by_id[i] for i in ids if i in by_id]
        # Conflicts first, then the most reported; otherwise in the brief's order.
        clusters.sort(key=lambda c: (not c.conflicts, -c.sources))
        events: list[_Event] = []
        by_title: dict[str, _Event] = {}
        for cluster in clusters:
            line = _title(brief, cluster)
            # Two clusters of one story with the same headline (one sentence reporting
            # two events) read as one line with the quotations of both.
            event = by_title.get(line.casefold())
            if event is None:
                event = by_title[line.casefold()] = _Event(cluster, line)
                events.append(event)
            else:
                event.merged.append(cluster)
            disputed = {(v.doc, v.sentence) for k in cluster.conflicts for v in k.values}
            for ref in cluster.facts:
                doc = brief.documents[ref.doc]
                key = (ref.doc, ref.sentence)
                if any((q.doc, q.sentence) == key for q in event.quotes):
                    continue
                event.quotes.append(
                    _Quote(
                        ref.doc,
                        ref.sentence,
                        _cut(doc.sentences[ref.sentence].text),
                        source_name(doc),
                        first=seen.get(key),
                        disputed=key in disputed,
                        name=report_name(doc),
                    )
                )
                seen.setdefault(key, event.headline)
        out.append(_Story(story_line, meta, events))
    return out


def _quoted_before(event: _Event) -> list[tuple[str, str]]:
    """The event's sentences quoted under an earlier headline: (headline, where) pairs."""
    by_first: dict[str, list[str]] = {}
    for quote in event.quotes:
        if quote.first is not None:
            by_first.setdefault(quote.first, []).append(f"{quote.name}, sentence {quote.sentence}")
    return [(first, "; ".join(where)) for first, where in by_first.items()]


def _facts(n: int) -> str:
    return f"{n} fact" if n == 1 else f"{n} facts"


def _summary(brief: Brief) -> tuple[str, str]:
    n_docs = len(brief.documents)
    n_stories = len(brief.stories)
    n_conflicts = sum(len(c.conflicts) for c in brief.fact_clusters)
    title = f"Brief of {reports(n_docs)}"
    if n_stories:
        title += f", {n_stories} {'story' if n_stories == 1 else 'stories'}"
    n_shared, n_dated = len(brief.fact_clusters), len(brief.timeline)
    line = (
        f"{n_shared} {'event' if n_shared == 1 else 'events'} reported by several sources, "
        f"{n_conflicts} {'conflict' if n_conflicts == 1 else 'conflicts'}, "
        f"{n_dated} dated {'event' if n_dated == 1 else 'events'} on the timeline."
    )
    return title, line


def _entity_rows(brief: Brief) -> list[tuple[str, str, str, int]]:
    rows = [
        (e.name, e.type, ", ".join(e.aliases), len({m.doc for m in e.mentions}))
        for e in brief.entities
    ]
    return sorted(rows, key=lambda r: (-r[3], r[0].lower()))


def brief_markdown(brief: Brief) -> str:
    """The brief as a Markdown report: stories, headlines with their quotations, timeline,
    entities, sources; everything from the documents escaped."""
    md = escape.markdown
    title, line = _summary(brief)
    lines = [f"# {title}", "", line, ""]
    lines += [f"> **Warning:** {md(w)}" for w in brief.warnings]
    lines += [f"> **Error:** {md(e.source)}: {md(e.error)}" for e in brief.errors]
    if brief.warnings or brief.errors:
        lines.append("")
    stories = _stories(brief)
    for story in [s for s in stories if s.events]:
        lines += [f"## {md(story.headline)}", ""]
        if story.meta:
            lines += [f"*{md(story.meta)}*", ""]
        for event in story.events:
            flag = "**Conflict:** " if event.cluster.conflicts else ""
            count = reports(event.sources)
            lines += [f"### {flag}{md(event.headline)} — {count}", ""]
            for conflict in event.cluster.conflicts:
                lines += [f"- **Conflict:** {md(conflict_line(brief, conflict))}"]
            if event.cluster.conflicts:
                lines.append("")
            for quote in event.quotes:
                if quote.first is None:
                    lines += [f"> {md(quote.text)}", ">", f"> — *{md(quote.source)}*", ""]
            for first, where in _quoted_before(event):
                lines += [f"*Quoted above, under “{md(_cut(first, 60))}”: {md(where)}.*", ""]
    alone = [s for s in stories if not s.events]
    if alone:
        lines += ["## Other stories, no event shared by two reports", ""]
        lines += [f"- {md(s.headline)} — *{md(s.meta)}*" for s in alone]
        lines.append("")
    if brief.timeline:
        lines += ["## Timeline", ""]
        for when, rows in timeline_lines(brief):
            lines.append(f"- **{md(when)}**")
            for text, mark, sources in rows:
                note = f" *({md(mark)})*" if mark else ""
                lines.append(f"  - {md(text)}{note} — {md(sources)}")
        lines.append("")
    lines += [
        "## Entities",
        "",
        "| name | type | also written | reports |",
        "| --- | --- | --- | --- |",
    ]
    for name, kind, aliases, n in _entity_rows(brief):
        lines.append(f"| {md(name)} | {kind} | {md(aliases)} | {n} |")
    lines += ["", "## Sources", ""]
    for n, doc in enumerate(brief.documents, start=1):
        lines.append(f"{n}. {md(source_entry(doc))} ({_facts(len(doc.facts))})")
    return "\n".join(lines) + "\n"


def _html_quotes(event: _Event) -> list[str]:
    h = escape.html
    parts = []
    for first, where in _quoted_before(event):
        parts.append(
            f"<p class='bx-again'>Quoted above, under “{h(_cut(first, 60))}”: {h(where)}.</p>"
        )
    for quote in event.quotes:
        if quote.first is not None:
            continue
        mark = " class='bx-disputed'" if quote.disputed else ""
        parts.append(
            f"<blockquote{mark}>{h(quote.text)}<span class='bx-src'>— {h(quote.source)}"
            "</span></blockquote>"
        )
    return parts


def brief_html(brief: Brief) -> str:
    """The brief as one self-contained HTML fragment (works offline and in Jupyter)."""
    h = escape.html
    title, line = _summary(brief)
    parts = [
        f"<div class='bx-report'><style>{_STYLE}</style>",
        f"<h1>{h(title)}</h1><p class='bx-meta'>{h(line)}</p>",
    ]
    parts += [f"<p class='bx-warn'>Warning: {h(w)}</p>" for w in brief.warnings]
    parts += [f"<p class='bx-warn'>Error: {h(e.source)}: {h(e.error)}</p>" for e in brief.errors]
    stories = _stories(brief)
    for story in [s for s in stories if s.events]:
        parts.append(f"<section class='bx-story'><h2>{h(story.headline)}</h2>")
        if story.meta:
            parts.append(f"<p class='bx-meta'>{h(story.meta)}</p>")
        parts.append("<ul class='bx-events'>")
        fold = len(story.events) >= TOP_EVENTS + MIN_FOLDED
        for n, event in enumerate(story.events):
            if fold and n == TOP_EVENTS:
                more = len(story.events) - TOP_EVENTS
                parts.append(
                    f"</ul><details class='bx-more'><summary>{more} more "
                    f"{'event' if more == 1 else 'events'}</summary><ul class='bx-events'>"
                )
            cluster = event.cluster
            flag = "<span class='bx-flag'>Conflict</span>" if cluster.conflicts else ""
            parts.append(
                f"<li data-cluster='{h(' '.join(c.id for c in [cluster, *event.merged]))}'>"
                f"<details><summary>{flag}"
                f"{h(event.headline)} <span class='bx-n'>— {reports(event.sources)}</span>"
                "</summary>"
            )
            for conflict in cluster.conflicts:
                parts.append(
                    f"<p class='bx-conflict'><strong>Conflict:</strong> "
                    f"{h(conflict_line(brief, conflict))}</p>"
                )
            parts += _html_quotes(event)
            parts.append("</details></li>")
        parts.append("</ul>")
        if fold:
            parts.append("</details>")
        parts.append("</section>")
    alone = [s for s in stories if not s.events]
    if alone:
        parts.append(
            "<section class='bx-alone'><h2>Other stories</h2><p class='bx-meta'>No event "
            "in them is shared by two reports.</p><ul>"
        )
        parts += [
            f"<li>{h(s.headline)} <span class='bx-n'>— {h(s.meta)}</span></li>" for s in alone
        ]
        parts.append("</ul></section>")
    svg = timeline_svg(brief)
    if svg:
        parts.append(f"<section class='bx-tl'><h2>Timeline</h2>{svg}</section>")
    parts.append(_entities_html(brief))
    parts.append("<section><h2>Sources</h2><ol>")
    parts += [
        f"<li>{h(source_entry(doc))} <span class='bx-n'>({_facts(len(doc.facts))})</span></li>"
        for doc in brief.documents
    ]
    parts.append("</ol></section></div>")
    return "".join(parts)


def _entities_html(brief: Brief) -> str:
    h = escape.html
    rows = _entity_rows(brief)
    shared = [r for r in rows if r[3] >= ENTITY_REPORTS]
    rest = [r for r in rows if r[3] < ENTITY_REPORTS]

    def table(rs: Sequence[tuple[str, str, str, int]]) -> str:
        body = "".join(
            f"<tr><td>{h(n)}</td><td>{h(k)}</td><td>{h(a)}</td><td>{c}</td></tr>"
            for n, k, a, c in rs
        )
        return (
            "<table><tr><th>name</th><th>type</th><th>also written</th><th>reports</th></tr>"
            f"{body}</table>"
        )

    out = "<section><h2>Entities</h2>"
    if shared:
        out += table(shared)
    if rest:
        label = f"{len(rest)} more, named by one report"
        out += (
            table(rest)
            if not shared
            else f"<details><summary>{label}</summary>{table(rest)}</details>"
        )
    return out + "</section>"


def brief_page(brief: Brief, *, title: str = "briefx brief") -> str:
    """A full standalone HTML page around ``brief_html``."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape.html(title)}</title></head><body>{brief_html(brief)}</body></html>\n"
    )


def brief_text(brief: Brief) -> str:
    """The brief as plain-text lines for a terminal, in the order of the other reports."""
    safe = escape.one_line
    title, line = _summary(brief)
    lines = [title, line]
    lines += [f"warning: {safe(w)}" for w in brief.warnings]
    lines += [f"error: {safe(e.source)}: {safe(e.error)}" for e in brief.errors]
    for story in _stories(brief):
        if not story.events:
            lines += [f"   - {safe(story.headline)} — {safe(story.meta)}"]
            continue
        lines += ["", f"== {safe(story.headline)}"]
        if story.meta:
            lines.append(f"   {safe(story.meta)}")
        for event in story.events:
            cluster = event.cluster
            flag = "! " if cluster.conflicts else "  "
            lines.append(
                f"{flag}{cluster.id:>4}  {safe(event.headline)} — {reports(event.sources)}"
            )
            lines += [f"         ! {safe(conflict_line(brief, c))}" for c in cluster.conflicts]
    if brief.timeline:
        lines += ["", "== Timeline"]
        for when, rows in timeline_lines(brief):
            lines.append(f"   {safe(when)}")
            for text, mark, sources in rows:
                note = f" ({mark})" if mark else ""
                lines.append(f"     - {safe(text)}{note} — {safe(sources)}")
    lines += ["", "== Sources"]
    lines += [f"   {safe(source_entry(doc))}" for doc in brief.documents]
    return "\n".join(lines) + "\n"
