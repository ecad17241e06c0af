"""Unicode normalisation with offsets kept: the model reads NFC, the output indexes the input.

spaCy's tokenizer splits a decomposed letter ("Erdog" + U+0306 + "an"), so the same name
in NFD and NFC would give different entities. ``briefx.extract`` therefore runs the
model on the NFC form of a text and maps every offset back to the text as given, where
``text[start:end] == mention text`` holds as always (the mention is then the NFD form).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefx.schema import Document


def _is_starter(char: str) -> bool:
    # Hangul vowel and final jamo compose with the jamo before them: keep one cluster.
    return unicodedata.combining(char) == 0 and not ("\u1161" <= char <= "\u11ff")


class OffsetMap:
    """The NFC form of a text and the way back from its offsets to the original's."""

    def __init__(self, original: str) -> None:
        self.original = original
        parts: list[str] = []
        # For each cluster: where it starts in the normalised and in the original text.
        self._norm_starts: list[int] = []
        self._orig_starts: list[int] = []
        n = 0
        start = 0
        for i in range(1, len(original) + 1):
            if i == len(original) or _is_starter(original[i]):
                piece = unicodedata.normalize("NFC", original[start:i])
                self._norm_starts.append(n)
                self._orig_starts.append(start)
                parts.append(piece)
                n += len(piece)
                start = i
        self.text = "".join(parts)
        self._norm_starts.append(n)
        self._orig_starts.append(len(original))

    def start(self, offset: int) -> int:
        """Map a start offset of the NFC text to the original (start of its cluster)."""
        return self._orig_starts[bisect_right(self._norm_starts, offset) - 1]

    def end(self, offset: int) -> int:
        """Map an end offset of the NFC text to the original (end of its last cluster)."""
        if offset <= 0:
            return 0
        return self._orig_starts[bisect_right(self._norm_starts, offset - 1)]


def needs_map(text: str) -> bool:
    """True when the text is not already NFC (then offsets must be mapped)."""
    return not unicodedata.is_normalized("NFC", text)


def remap_document(doc: Document, mapping: OffsetMap) -> Document:
    """Move every offset of a document made from ``mapping.text`` onto the original text."""
    original = mapping.original

    def move(item: Any) -> Any:
        start, end = mapping.start(item.start), mapping.end(item.end)
        return item.model_copy(update={"start": start, "end": end, "text": original[start:end]})

    sentences = [move(s) for s in doc.sentences]
    texts = {s.id: s.text for s in sentences}
    return doc.model_copy(
        update={
            "sentences": sentences,
            "entities": [
                e.model_copy(update={"mentions": [move(m) for m in e.mentions]})
                for e in doc.entities
            ],
            "dates": [move(d) for d in doc.dates],
            "quantities": [move(q) for q in doc.quantities],
            "facts": [f.model_copy(update={"text": texts[f.sentence]}) for f in doc.facts],
        }
    )
