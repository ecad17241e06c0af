"""Events: who did what to whom, where and when, and who said so.

The stage between the extraction of names, dates and quantities and the output
``Document``:

- ``words``: the event words of a sentence and their arguments, read off the parse
  (``models/events/words.json``).
- ``frames``: each event word becomes a frame for the contract, with the sentence's
  entities, dates and quantities attached.
- ``time``: when each event happened: its own date, the date of the event that governs it,
  the paragraph's focus or the publication date, and past / ongoing / future
  (``models/events/time.json``).
- ``attribution``: reported speech, the speaker, the reporting verb and the outlet
  (``models/attribution.json``); reporting verbs are attribution, not events.
"""

from __future__ import annotations

from briefx.events.attribution import Speech, find_speech
from briefx.events.frames import FrameDraft, find_frames
from briefx.events.words import find_events

__all__ = ["FrameDraft", "Speech", "find_events", "find_frames", "find_speech"]
