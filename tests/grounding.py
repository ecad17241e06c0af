"""The grounding check shared by the robustness tests: offsets point at their text."""

from __future__ import annotations

from briefx.schema import Document


def assert_grounded(doc: Document, text: str) -> None:
    """Every offset points at its text and lies inside its sentence."""
    sentences = {s.id: s for s in doc.sentences}
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
    spans = [m for e in doc.entities for m in e.mentions] + list(doc.dates) + list(doc.quantities)
    for span in spans:
        assert text[span.start : span.end] == span.text
        sentence = sentences[span.sentence]
        assert sentence.start <= span.start <= span.end <= sentence.end
