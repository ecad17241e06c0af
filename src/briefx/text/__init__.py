"""Text utilities shared by the stages: sentences, offsets, numbers in words, limits.

- ``segment``: sentence starts for news (headlines, datelines, bullets) and cutting
  long texts into pieces.
- ``dateline``: a wire story's opening ("LIMA, Peru (Wire) - "), its place and outlet.
- ``headline_verbs``: a headline's verb the small model reads as a plural noun ("Torvane
  cuts outlook"), parsed again with a pronoun for its subject (a step of the pipeline).
- ``textmap``: what the model reads (NFC, no lone surrogates) with offsets kept.
- ``numwords``: the one reader of numbers in digits and words.
- ``guard``: limits that keep hostile input from ending a run or taking quadratic time.
"""

# The marks a sentence of a report's body ends with; a headline, a line of its own, has
# none ("Quake hits Peru").
SENTENCE_STOPS = frozenset({".", "!", "?", '"', "\u201d", "'"})


def ends_without_a_stop(text: str) -> bool:
    """``text`` ends with no mark of ``SENTENCE_STOPS``, as a headline does."""
    return text.rstrip()[-1:] not in SENTENCE_STOPS
