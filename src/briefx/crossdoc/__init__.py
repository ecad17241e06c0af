"""Across documents: from many ``Document`` results to one ``Brief``.

- ``stories``: which documents report one news event (one earthquake, one launch).
- ``identity``: when two facts' event frames report the same event.
- ``conflicts``: the same slot of the same event reported differently.
- ``timeline``: the dated events across the reports, in chronological order.
- ``build``: the brief itself (one entity per name, fact clusters, conflicts).

The package is not called ``brief``: the public function ``briefx.brief`` would hide it.
"""

from __future__ import annotations

from briefx.crossdoc.build import build_brief

__all__ = ["build_brief"]
