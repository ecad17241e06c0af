"""A brief as a report people read: one line per fact cluster, its sentences, its conflicts.

``brief_markdown`` and ``brief_html`` tell the same story: a headline per cluster (its
``headline``, built by ``briefx.crossdoc.headlines``: "Volodymyr Zelensky will visit Turkey
on November 19, 2025 — 2 sources"), each sentence quoted with its source, the conflicts
marked, then the entities. The HTML is one self-contained fragment (inline style, no script, nothing
fetched), so it reads offline in a browser and inside Jupyter; ``brief_page`` wraps it
into a full page. ``brief_text`` is the plain-text table for a terminal.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: schema's models show themselves through this module
    from briefx.schema import Brief, Conflict, FactCluster

# Long quotations are cut for the report (the JSON keeps the whole sentence).
MAX_QUOTE = 300
_STYLE = (
    ".bx-report{font-family:system-ui,sans-serif;line-height:1.45;max-width:60em}"
    ".bx-report blockquote{margin:.2em 0 .2em 1em;padding-left:.6em;border-left:3px solid #bbb}"
    ".bx-report .bx-src{color:#666;font-size:.9em}"
    ".bx-report .bx-conflict{background:#fde2e1;border-left:3px solid #c0392b;padding:.2em .5em}"
    ".bx-report blockquote.bx-disputed{border-left-color:#c0392b}"
    ".bx-report .bx-warn{background:#fff4d6;padding:.2em .5em}"
    ".bx-report table{border-collapse:collapse}.bx-report td,.bx-report th"
    "{border:1px solid #ddd;padding:.2em .5em;text-align:left}"
)


def headline(brief: Brief, cluster: FactCluster) -> str:
    """One line for a cluster: its headline (``FactCluster.headline``) and how many sources.

    "Volodymyr Zelensky will visit Turkey on November 19, 2025 — 2 sources".

    Args:
        brief: the brief the cluster belongs to (for its sentences, when a brief made
            before 1.2 has no headline).
        cluster: one of its fact clusters.
    Returns:
        The line.
    """
    return f"{cluster.headline or _quote(brief, cluster, 80)} — {cluster.sources} sources"


def _quote(brief: Brief, cluster: FactCluster, limit: int = MAX_QUOTE) -> str:
    ref = cluster.facts[0]
    text = brief.documents[ref.doc].sentences[ref.sentence].text
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sentences(brief: Brief, cluster: FactCluster) -> list[tuple[str, str]]:
    """``(sentence, source)`` of each fact of the cluster."""
    out = []
    for ref in cluster.facts:
        doc = brief.documents[ref.doc]
        text = " ".join(doc.sentences[ref.sentence].text.split())
        if len(text) > MAX_QUOTE:
            text = text[: MAX_QUOTE - 1] + "…"
        out.append((text, doc.source or doc.doc_id))
    return out


def _conflict_line(brief: Brief, conflict: Conflict) -> str:
    sides = "; ".join(
        f"{v.value} ({brief.documents[v.doc].doc_id}, sentence {v.sentence})"
        for v in conflict.values
    )
    return f"{conflict.kind} of {conflict.about}: {sides}"


def brief_markdown(brief: Brief) -> str:
    """The brief as a Markdown report (clusters, quotations, conflicts, entities)."""
    n_conflicts = sum(len(c.conflicts) for c in brief.fact_clusters)
    lines = [
        f"# Brief of {len(brief.documents)} documents",
        "",
        f"{len(brief.fact_clusters)} facts reported by several sources, {n_conflicts} conflicts.",
        "",
    ]
    lines += [f"> **Warning:** {w}" for w in brief.warnings]
    lines += [f"> **Error:** {e.source}: {e.error}" for e in brief.errors]
    lines += ["", "## Facts reported by several sources", ""]
    for cluster in brief.fact_clusters:
        lines += [f"### {cluster.id}. {headline(brief, cluster)}", ""]
        for text, source in _sentences(brief, cluster):
            lines += [f"> {text}", f"> — *{source}*", ""]
        for conflict in cluster.conflicts:
            lines += [f"**⚠ Conflict** — {_conflict_line(brief, conflict)}", ""]
    lines += [
        "## Entities",
        "",
        "| name | type | also written | documents |",
        "| --- | --- | --- | --- |",
    ]
    for entity in brief.entities:
        aliases = ", ".join(entity.aliases)
        docs = len({m.doc for m in entity.mentions})
        lines.append(f"| {entity.name} | {entity.type} | {aliases} | {docs} |")
    return "\n".join(lines) + "\n"


def brief_html(brief: Brief) -> str:
    """The brief as one self-contained HTML fragment (works offline and in Jupyter)."""
    n_conflicts = sum(len(c.conflicts) for c in brief.fact_clusters)
    parts = [
        f"<div class='bx-report'><style>{_STYLE}</style>",
        f"<h2>Brief of {len(brief.documents)} documents</h2>",
        f"<p>{len(brief.fact_clusters)} facts reported by several sources, "
        f"{n_conflicts} conflicts.</p>",
    ]
    parts += [f"<p class='bx-warn'>Warning: {escape(w)}</p>" for w in brief.warnings]
    parts += [
        f"<p class='bx-warn'>Error: {escape(e.source)}: {escape(e.error)}</p>" for e in brief.errors
    ]
    parts.append("<h3>Facts reported by several sources</h3>")
    for cluster in brief.fact_clusters:
        parts.append(
            f"<section data-cluster='{escape(cluster.id)}'>"
            f"<h4>{escape(cluster.id)}. {escape(headline(brief, cluster))}</h4>"
        )
        # A sentence one of the conflict's values comes from is marked.
        disputed = {(v.doc, v.sentence) for k in cluster.conflicts for v in k.values}
        for ref, (text, source) in zip(cluster.facts, _sentences(brief, cluster), strict=True):
            mark = " class='bx-disputed'" if (ref.doc, ref.sentence) in disputed else ""
            parts.append(
                f"<blockquote{mark}>{escape(text)}<br><span class='bx-src'>— "
                f"{escape(source)}</span></blockquote>"
            )
        for conflict in cluster.conflicts:
            parts.append(
                f"<p class='bx-conflict'><strong>Conflict</strong> — "
                f"{escape(_conflict_line(brief, conflict))}</p>"
            )
        parts.append("</section>")
    parts.append(
        "<h3>Entities</h3><table><tr><th>name</th><th>type</th><th>also written</th>"
        "<th>documents</th></tr>"
    )
    for entity in brief.entities:
        docs = len({m.doc for m in entity.mentions})
        parts.append(
            f"<tr><td>{escape(entity.name)}</td><td>{entity.type}</td>"
            f"<td>{escape(', '.join(entity.aliases))}</td><td>{docs}</td></tr>"
        )
    parts.append("</table></div>")
    return "".join(parts)


def brief_page(brief: Brief, *, title: str = "briefx brief") -> str:
    """A full standalone HTML page around ``brief_html``."""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"</head><body>{brief_html(brief)}</body></html>\n"
    )


def brief_text(brief: Brief) -> str:
    """The brief as plain-text lines for a terminal: one per cluster, then conflicts."""
    lines = [f"{len(brief.documents)} documents, {len(brief.fact_clusters)} clusters"]
    lines += [f"warning: {w}" for w in brief.warnings]
    for cluster in brief.fact_clusters:
        lines.append(f"{cluster.id:>5}  {headline(brief, cluster)}")
        lines += [f"       ! {_conflict_line(brief, c)}" for c in cluster.conflicts]
    return "\n".join(lines) + "\n"
