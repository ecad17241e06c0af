"""From a Doc to the output ``Document``: the only exit from the spaCy stages.

- ``findings``: what one Doc gives its document, as plain records (sentences, name
  mentions, dates, quantities, speech, frame drafts), so the Doc can be dropped.
- ``document``: the findings of one Doc, or of a long text's pieces, put together:
  offsets on the whole text, one entity per name, facts per sentence. It is the only
  place a ``Document`` is built.
"""

from __future__ import annotations

from briefx.reconcile.document import assemble_document, build_document
from briefx.reconcile.findings import Findings, doc_findings

__all__ = ["Findings", "assemble_document", "build_document", "doc_findings"]
