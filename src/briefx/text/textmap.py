"""What the model reads, with offsets kept: NFC, no lone surrogates, no endless punctuation.

spaCy's tokenizer splits a decomposed letter ("Erdog" + U+0306 + "an"), so the same name
in NFD and NFC would give different entities. ``briefx.extract`` therefore runs the
model on the NFC form of a text and maps every offset back to the text as given, where
``text[start:end] == mention text`` holds as always (the mention is then the NFD form).

Two more things are changed one character for one, so no offset moves: a lone surrogate
(which spaCy cannot store) becomes U+FFFD in the model's text and in the output's texts,
and a run of more than ``MAX_PUNCT_RUN`` punctuation characters without a space becomes
spaces in the model's text only (spaCy's tokenizer is quadratic in such a run; the
output's texts still show it). Both are reported in the document's ``warnings``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefx.schema import Document

# A run of more punctuation or symbols than this, with no space, is not news text (the
# longest rules and dot leaders in news are about 40 characters) and costs spaCy's tokenizer
# quadratic time: 16 KB of '"' took 38 s. Runs up to this length cost under a millisecond.
MAX_PUNCT_RUN = 64

_LONG_RUN_RE = re.compile(rf"(?:[^\w\s]|_){{{MAX_PUNCT_RUN + 1},}}")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
SURROGATE_WARNING = "lone surrogate escapes in the text replaced by U+FFFD"


def cut_long_runs(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Replace each run of more than ``MAX_PUNCT_RUN`` punctuation characters by spaces.

    ``"Wow" + "!" * 100`` becomes ``"Wow" + " " * 100``: same length, so every offset
    into the result is an offset into ``text``.

    Args:
        text: any text.

    Returns:
        The text with the runs blanked, and the ``(start, end)`` of each run.
    """
    runs = [m.span() for m in _LONG_RUN_RE.finditer(text)]
    if not runs:
        return text, []
    parts: list[str] = []
    last = 0
    for start, end in runs:
        parts.append(text[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts), runs


def replace_surrogates(text: str) -> str:
    """Replace lone surrogates one for one by U+FFFD: ``"a\ud800b"`` -> ``"a\ufffdb"``.

    Args:
        text: any Python string (JSON and ``surrogateescape`` can make lone surrogates).

    Returns:
        The text, with the same length, that UTF-8 (and spaCy) can store.
    """
    return _SURROGATE_RE.sub("\ufffd", text) if _SURROGATE_RE.search(text) else text


def _is_starter(char: str) -> bool:
    # Hangul vowel and final jamo compose with the jamo before them: keep one cluster.
    return unicodedata.combining(char) == 0 and not ("\u1161" <= char <= "\u11ff")


class OffsetMap:
    """The text the model reads and the way back from its offsets to the original's.

    Attributes:
        original: the text as given, lone surrogates replaced (what output texts slice).
        text: what the model reads: NFC, long punctuation runs blanked.
        notes: warnings about what was changed, for the document's ``warnings``.
    """

    def __init__(self, original: str) -> None:
        self.notes: list[str] = []
        clean = replace_surrogates(original)
        if clean is not original:
            self.notes.append(SURROGATE_WARNING)
        self.original = original = clean
        # For each cluster: where it starts in the normalised and in the original text.
        self._norm_starts: list[int] = []
        self._orig_starts: list[int] = []
        # Already NFC: offsets map to themselves, and no per-character loop is needed.
        self._identity = unicodedata.is_normalized("NFC", original)
        if self._identity:
            self.text = self._cut(original)
            return
        parts: list[str] = []
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
        self.text = self._cut("".join(parts))
        self._norm_starts.append(n)
        self._orig_starts.append(len(original))

    def _cut(self, text: str) -> str:
        cut, runs = cut_long_runs(text)
        if runs:
            longest = max(end - start for start, end in runs)
            self.notes.append(
                f"{len(runs)} run(s) of more than {MAX_PUNCT_RUN} punctuation characters "
                f"without a space (the longest {longest}) not read: not news text"
            )
        return cut

    def start(self, offset: int) -> int:
        """Map a start offset of the model's text to the original (start of its cluster)."""
        if self._identity:
            return offset
        return self._orig_starts[bisect_right(self._norm_starts, offset) - 1]

    def end(self, offset: int) -> int:
        """Map an end offset of the model's text to the original (end of its last cluster)."""
        if offset <= 0:
            return 0
        if self._identity:
            return offset
        return self._orig_starts[bisect_right(self._norm_starts, offset - 1)]


def needs_map(text: str) -> bool:
    """True when the model cannot read the text as given (then offsets must be mapped).

    That is: it is not NFC, holds a lone surrogate, or a run of more than
    ``MAX_PUNCT_RUN`` punctuation characters (``needs_map("ok!!")`` is False).
    """
    return (
        not unicodedata.is_normalized("NFC", text)
        or _SURROGATE_RE.search(text) is not None
        or _LONG_RUN_RE.search(text) is not None
    )


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
            "warnings": [*doc.warnings, *mapping.notes],
        }
    )
