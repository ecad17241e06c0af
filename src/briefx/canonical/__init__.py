"""One name per person, place or organisation: alias merging inside a document and across documents.

Inside a document (``group_mentions``):

- places and organisations merge by the gazetteer's canonical name (Kiev -> Kyiv,
  Türkiye -> Turkey), else by their normalised text; an organisation's name is compared
  without its legal suffix ("Nvidia Corp." = "Nvidia", ``org_key``), and an acronym joins
  the one organisation of the document whose initials it spells ("Federal Aviation
  Administration" ... "FAA", ``initials``); the suffixes and skipped words are data
  (``models/entities/org_names.json``);
- a person's short forms ("Zelensky", "President Putin") join the fullest name seen
  whose surname or first name they are; when two people share a surname and both are
  named in full, a lone surname goes to the one mentioned last before it;
- names whose transliteration skeletons are equal (Zelensky / Zelenskyy / Zelenskiy,
  Erdoğan / Erdogan), or nearly equal by rapidfuzz, are one name.

Across documents (``merge_corpus_entities``): places and organisations merge by their
name or any alias (organisations without their legal suffix; an acronym joins the one
organisation whose initials it spells), people by their full name; a person named only
by surname joins the one corpus person with that surname (or a transliteration of it), if
there is exactly one; a full name the model typed as an organisation in one report joins
the person.
"""

from __future__ import annotations

from briefx.canonical.corpus import UnionFind, merge_corpus_entities, merge_entities
from briefx.canonical.document import NameGroup, NameMention, group_mentions
from briefx.canonical.names import (
    fold,
    initials,
    is_acronym,
    org_key,
    person_tokens,
    same_name,
    skeleton,
)

__all__ = [
    "NameGroup",
    "NameMention",
    "UnionFind",
    "fold",
    "group_mentions",
    "initials",
    "is_acronym",
    "merge_corpus_entities",
    "merge_entities",
    "org_key",
    "person_tokens",
    "same_name",
    "skeleton",
]
