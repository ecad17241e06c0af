"""People, places and organisations: spaCy's NER corrected by a gazetteer and by rules.

The ``briefx_entities`` component runs after ``ner``. It

1. finds gazetteer names (``models/entities/*.jsonl``: canonical name + aliases), exact
   and case-sensitive on whole tokens (upper-cased too, inside ALL-CAPS lines); every
   alias carries its canonical name as ``ent_id_`` (``gazetteer``);
2. combines them with the statistical entities (``correct.combine_with_gazetteer``): a
   gazetteer name relabels an entity with the same span, splits a coordination the model
   read as one name ("Kyiv and Europe"), and is added where the model saw nothing; a name
   inside a longer entity ("Bank of America") leaves that entity alone;
3. relabels by the gazetteer (ambiguous names such as "Jordan" only when the model did
   not call them a person) and by one-sense-per-document: a lone surname of a person
   named in full elsewhere in the text is that person ("Rustem Umerov" ... "Umerov");
4. trims a leading article or a trailing possessive from names that are not in the table;
5. reads the context (``context``, word lists in ``models/entities/rules.json``): a city
   that names a team is an organisation, ALL-CAPS headlines and datelines, people in
   results tables, cues for a person (titles, initials), capitalised words that are not
   names.

Labels stay spaCy's (PERSON, GPE, LOC, FAC, ORG); ``entity_type`` maps them to the
contract's PERSON / PLACE / ORG.
"""

from __future__ import annotations

from briefx.entities.component import EntityCorrector, make_entities
from briefx.entities.correct import combine_with_gazetteer, correct_entities
from briefx.entities.gazetteer import (
    LABEL_TO_TYPE,
    Gazetteer,
    GazetteerEntry,
    entity_type,
    gazetteer_v1,
    load_gazetteer,
    lookup,
    name_key,
    titles,
)

__all__ = [
    "LABEL_TO_TYPE",
    "EntityCorrector",
    "Gazetteer",
    "GazetteerEntry",
    "combine_with_gazetteer",
    "correct_entities",
    "entity_type",
    "gazetteer_v1",
    "load_gazetteer",
    "lookup",
    "make_entities",
    "name_key",
    "titles",
]
