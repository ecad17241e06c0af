"""The output contract (``docs/contract.md``, v1) as pydantic models.

``Document.model_dump(mode="json")`` is exactly what ``briefx extract`` prints for one
input, ``Batch`` what it prints for several, and ``Brief.model_dump(mode="json")`` what
``briefx brief`` prints. Fields may be added; renaming or dropping one needs a new
``SCHEMA_VERSION``.

Besides the contract, ``Document`` and ``Brief`` only hand themselves to their views
(``_repr_html_`` for Jupyter, ``to_records`` / ``to_pandas``): those modules
(``display``, ``tables``) import nothing from here at run time, so there is no cycle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

if TYPE_CHECKING:
    import pandas

SCHEMA_VERSION: Literal[1] = 1

EntityType = Literal["PERSON", "PLACE", "ORG"]
DateType = Literal["DATE", "TIME", "DURATION", "SET"]
Qualifier = Literal["exact", "approx", "more_than", "less_than", "at_least", "at_most"]
Origin = Literal["argument", "metadata", "dateline", "default-today"]
Number = int | float


# One set of field names per distinct set, shared by the records that set those fields:
# a long text's Document holds hundreds of thousands of small records, and a set per
# record was half of their memory.
_FIELDS_SET: dict[frozenset[str], set[str]] = {}


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    def model_post_init(self, context: Any, /) -> None:
        """Share the record's set of explicitly given fields with its like (see above)."""
        given = self.__pydantic_fields_set__
        shared = _FIELDS_SET.setdefault(frozenset(given), given)
        object.__setattr__(self, "__pydantic_fields_set__", shared)


class ReferenceDate(_Record):
    """The date relative expressions resolve against, and where it came from."""

    value: str = Field(description="ISO date, e.g. 2025-11-18")
    origin: Origin = Field(
        description="argument (--published / published=), metadata (sidecar, JSONL, HTML "
        "page), dateline (none of these: the day the text's dateline names, 'MADRID, June 2 "
        "-', with a warning; added in 1.2), or default-today (nothing else: today, with a "
        "warning)"
    )
    time: str | None = Field(
        default=None,
        description="(added in 1.2) the time of publication when the input gave one with the "
        "date (ISO time, with its UTC offset when given: 09:30:00, 21:05:00+02:00), else "
        "null; orders reports of one day (a later, higher toll is an update)",
    )


class Sentence(_Record):
    """A sentence of the document: ``text == document_text[start:end]``."""

    id: int = Field(description="0, 1, ... in text order; what facts and mentions refer to")
    start: int = Field(description="offset of the first character (a Python string index)")
    end: int = Field(description="offset just past the last character")
    text: str = Field(description="the sentence as written: document_text[start:end]")


class Mention(_Record):
    """One occurrence of an entity in the text."""

    start: int = Field(description="offset of the first character (a Python string index)")
    end: int = Field(description="offset just past the last character")
    text: str = Field(description="the mention as written: document_text[start:end]")
    sentence: int = Field(description="id of the sentence holding the mention")


class Entity(_Record):
    """A person, place or organisation with every mention of it in the document."""

    id: str = Field(description="e1, e2, ... in order of first mention")
    type: EntityType = Field(description="PERSON, PLACE or ORG")
    name: str = Field(description="canonical name: the fullest form seen, or the alias table's")
    aliases: list[str] = Field(description="other surface forms seen in this document")
    mentions: list[Mention] = Field(description="every occurrence, in text order")


class DateMention(_Record):
    """A date or time expression normalised to TIMEX3."""

    start: int = Field(description="offset of the first character (a Python string index)")
    end: int = Field(description="offset just past the last character")
    text: str = Field(description="the expression as written: document_text[start:end]")
    sentence: int = Field(description="id of the sentence holding the expression")
    type: DateType = Field(description="TIMEX3 type: DATE, TIME, DURATION or SET")
    value: str | None = Field(description="TIMEX3 value: 2025-11-19, 2025-W46, P4M, PRESENT_REF")
    mod: str | None = Field(description="TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...")
    range: tuple[str, str] | None = Field(
        description="first and last calendar day covered (ISO dates), or null when the "
        "expression covers no days (a duration, PRESENT_REF)"
    )
    anchor: str = Field(
        description="what the value was resolved against: reference_date, date:<index> "
        "(another date of the document), or absolute (written in full)"
    )


class Quantity(_Record):
    """A counted or measured quantity with its qualifier, unit and governing event."""

    start: int = Field(description="offset of the first character (a Python string index)")
    end: int = Field(description="offset just past the last character")
    text: str = Field(description="the quantity as written: document_text[start:end]")
    sentence: int = Field(description="id of the sentence holding the quantity")
    value: Number | None = Field(
        description="the number as written, normalised (1,200 -> 1200, three -> 3); null "
        "for a range or a vague amount"
    )
    low: Number | None = Field(
        description='lower bound ("between 10 and 20" -> 10, "dozens" -> 12), or null'
    )
    high: Number | None = Field(
        description='upper bound ("between 10 and 20" -> 20, "up to 100" -> 100), or null'
    )
    qualifier: Qualifier = Field(
        description="exact, approx, more_than, less_than, at_least or at_most"
    )
    unit: str | None = Field(description="counted noun phrase or unit as written")
    unit_lemma: str | None = Field(description="the unit's head noun as a lemma: prisoner")
    per: str | None = Field(description="distributive marker: each, a day, per capita")
    event: str | None = Field(description="lemma of the governing event: swap, release, ...")
    change: Literal["up", "down"] | None = Field(
        default=None, description="direction when the quantity is a change (rose by 5%)"
    )
    kind: Literal["count", "money", "percent", "measure"] | None = Field(
        default=None, description="count, money, percent or measure; null when unknown"
    )


class Attribution(_Record):
    """Who a sentence's reported speech is attributed to."""

    speaker: str | None = Field(description="entity id of the speaker, when one matches")
    speaker_text: str | None = Field(description="the speaker as written")
    cue: str | None = Field(description="lemma of the reporting verb: say, tell, report")
    outlet: str | None = Field(description="news outlet named as the channel (told AFP)")
    dates: list[int] = Field(
        default_factory=list,
        description="indices into Document.dates of the reporting act's own dates "
        "(told reporters on Nov. 18), as opposed to the dates of what was said",
    )


Modality = Literal["actual", "planned", "possible"]


class EventArgument(_Record):
    """A participant of an event: its words, and its entity when it is a named one."""

    start: int = Field(description="offset of the participant's first character")
    end: int = Field(description="offset just past its last character")
    text: str = Field(description="the participant as written: text[start:end]")
    entity: str | None = Field(description="entity id of the mention, or null")


TimeSource = Literal["sentence", "context", "publication"]
When = Literal["past", "ongoing", "future"]


class EventTime(_Record):
    """When an event happened: a calendar time and what in the text says so (1.2)."""

    value: str = Field(description="TIMEX3 value of the time: 2025-11-19, 2025-10, 2025-W46")
    range: tuple[str, str] = Field(
        description="first and last calendar day of the time (ISO dates)"
    )
    source: TimeSource = Field(
        description="sentence (a date of the event's own sentence: its own, or its governing "
        "event's), context (the last date that set the scene in an earlier sentence, while "
        "the tense agrees), publication (the publication date: present perfect, present "
        "progressive, a present-tense headline)"
    )
    date: int | None = Field(
        description="index into Document.dates of the date it comes from; null for the "
        "publication date"
    )
    offset: str | None = Field(
        default=None,
        description="(1.3) the length the time lies from its date, signed, when it is counted "
        "from it: '-P1D' (a day before: 'walked out on Tuesday, a day after talks collapsed' "
        "for the collapse; 'on the eve of the election on Sunday'), 'P2W'; null when the time "
        "is its date's",
    )


class EventFrame(_Record):
    """Who did what to whom, where and when: one event word of a fact's sentence."""

    start: int = Field(description="offset of the event word's first character")
    end: int = Field(description="offset just past its last character")
    text: str = Field(description="the event word as written: text[start:end]")
    lemma: str = Field(description="lemma of the event word: visit, exchange, release")
    agent: EventArgument | None = Field(description="the doer, or null")
    patient: EventArgument | None = Field(description="what is acted on, or null")
    place: str | None = Field(description="entity id of where it happens, or null")
    dates: list[int] = Field(description="indices into Document.dates of this event's dates")
    quantities: list[int] = Field(description="indices into Document.quantities of this event")
    polarity: Literal["positive", "negative"] = Field(
        description='negative for "did not release", "refused to sign"'
    )
    modality: Modality = Field(
        description='actual; planned ("will visit", "plans to"); possible ("may", "could")'
    )
    time: EventTime | None = Field(
        default=None,
        description="when it happened (added in 1.2), or null when nothing tells "
        "(generic, habitual, negated and hypothetical, placed only relative to an undated "
        "event, or no date in reach)",
    )
    when: When = Field(
        default="past",
        description="past, ongoing or future relative to the publication date (added in "
        "1.2): from the time when there is one, else from tense, aspect and modality",
    )


class Fact(_Record):
    """One sentence with at least one extraction, and what was extracted from it."""

    sentence: int = Field(description="id of the sentence")
    text: str = Field(description="the sentence as written")
    entities: list[str] = Field(description="ids of the entities mentioned in the sentence")
    dates: list[int] = Field(description="indices into Document.dates")
    quantities: list[int] = Field(description="indices into Document.quantities")
    attribution: Attribution | None = Field(
        description="who the sentence reports as saying it, or null when it is not reported speech"
    )
    events: list[EventFrame] = Field(
        default_factory=list, description="the sentence's event frames, in text order (1.1)"
    )


class Document(_Record):
    """Everything briefx extracted from one article."""

    schema_version: Literal[1] = Field(
        default=SCHEMA_VERSION, description="the contract's version: 1"
    )
    doc_id: str = Field(description="the file stem, the JSONL 'id', or the id given")
    source: str | None = Field(
        description="where the text came from: the path as given, <stdin>, corpus.jsonl:12"
    )
    outlet: str | None = Field(
        default=None,
        description="(added in 1.2) the publisher's name, from metadata (<stem>.meta.json, "
        "JSONL 'outlet', HTML site name), else null; views name the report by it",
    )
    title: str | None = Field(
        default=None,
        description="(added in 1.2) the article's headline, from metadata (<stem>.meta.json, "
        "JSONL 'title', HTML title), else null",
    )
    reference_date: ReferenceDate = Field(description="what relative dates resolve against")
    sentences: list[Sentence] = Field(description="the sentences, in text order")
    entities: list[Entity] = Field(description="people, places and organisations")
    dates: list[DateMention] = Field(description="date and time expressions, in text order")
    quantities: list[Quantity] = Field(description="counted or measured quantities, in text order")
    facts: list[Fact] = Field(description="one per sentence with any extraction, in text order")
    warnings: list[str] = Field(
        description="things worth knowing: reference date defaulted to today, empty document, "
        "legacy encoding"
    )
    # The text the offsets index, kept in memory by briefx.extract (never serialised).
    _text: str | None = PrivateAttr(default=None)

    @property
    def text(self) -> str | None:
        """The article text, when this document was extracted in this process."""
        return self._text

    def with_text(self, text: str) -> Document:
        """Attach the article text the offsets index (for display); returns ``self``."""
        self._text = text
        return self

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the article with every extraction highlighted by type
        (its value on hover), then a table of its facts (``briefx.views.display.document_html``)."""
        from briefx.views.display import document_html

        return document_html(self, self._text)

    def to_records(self) -> dict[str, list[dict[str, Any]]]:
        """Flat tables (lists of row dicts) of the extractions; see ``briefx.views.tables``."""
        from briefx.views.tables import to_records

        return to_records(self)

    def to_pandas(self) -> dict[str, pandas.DataFrame]:
        """The tables of ``to_records`` as pandas DataFrames (needs ``briefx[pandas]``)."""
        from briefx.views.tables import to_pandas

        return to_pandas(self)


class CorpusMention(_Record):
    """A document-level entity that belongs to a corpus entity."""

    doc: int = Field(description="index into Brief.documents")
    entity: str = Field(description="the entity id inside that document: e1, e2, ...")


class CorpusEntity(_Record):
    """One person, place or organisation across several documents."""

    id: str = Field(description="g1, g2, ...")
    type: EntityType = Field(description="PERSON, PLACE or ORG")
    name: str = Field(description="one canonical name across the documents")
    aliases: list[str] = Field(description="other names the documents use for it")
    mentions: list[CorpusMention] = Field(description="the document entities it joins")


class FactRef(_Record):
    """A fact of one document: its sentence id."""

    doc: int = Field(description="index into Brief.documents")
    sentence: int = Field(description="the fact's sentence id in that document")


class ConflictValue(_Record):
    """One side of a conflict: a value and where it was said."""

    value: str = Field(description="the count or date value this document gives")
    doc: int = Field(description="index into Brief.documents")
    sentence: int = Field(description="the sentence id in that document")
    text: str = Field(description="the sentence as written")


class Conflict(_Record):
    """The same counted thing or event reported with different values."""

    kind: Literal["quantity", "date"] = Field(description="quantity or date")
    about: str = Field(description="what the values are of: the counted noun or the event")
    relation: Literal["disagreement", "update"] = Field(
        default="disagreement",
        description="(added in 1.2) disagreement: the reports give values that cannot all "
        "be true; update: each later report (by publication date) gives a higher count of a "
        "toll that grows as reports come in (the dead, the injured): a newer figure",
    )
    values: list[ConflictValue] = Field(description="the values, one per document and sentence")


class ClusterEvent(_Record):
    """The event the facts of a cluster share, with corpus entity ids."""

    lemma: str = Field(description="the event word's lemma, or the first of its equivalents")
    agent: str | None = Field(description="corpus entity id of the doer, or null")
    patient: str | None = Field(description="corpus entity id of what is acted on, or null")
    place: str | None = Field(description="corpus entity id of where, or null")
    date: str | None = Field(description="the event's date value shared by the reports, or null")
    modality: Modality = Field(description="actual, planned or possible, as the reports say")


class FactCluster(_Record):
    """Facts from different documents that report the same thing."""

    id: str = Field(description="c1, c2, ...")
    facts: list[FactRef] = Field(description="the facts, in document order")
    sources: int = Field(description="number of distinct documents")
    entities: list[str] = Field(description="corpus entity ids shared by the facts")
    dates: list[str] = Field(description="normalised date values shared by the facts")
    conflicts: list[Conflict] = Field(
        description="the same counted thing or event reported with incompatible values"
    )
    event: ClusterEvent | None = Field(
        default=None, description="the event the facts share (1.1), or null"
    )
    headline: str = Field(
        default="",
        description="one readable line saying what happened (added in 1.2): from the shared "
        "event when its doer, word and one of patient, place or date are known ('Volodymyr "
        "Zelensky will visit Turkey on November 19, 2025'), else the shortest of the "
        "cluster's sentences cut at a clause end; dates as readers write them; at least "
        "three words",
    )


Precision = Literal[
    "time", "day", "week", "month", "quarter", "season", "half", "year", "decade", "century"
]


class TimelineFact(_Record):
    """A fact a timeline entry rests on."""

    doc: int = Field(description="index into Brief.documents")
    sentence: int = Field(description="the fact's sentence id in that document")


class TimelineEntry(_Record):
    """One dated event on the brief's timeline (added in 1.2)."""

    value: str = Field(description="TIMEX3 value of the event's time: 2025-11-19, 2025-10")
    range: tuple[str, str] = Field(
        description="first and last calendar day of the time (ISO dates); entries are "
        "sorted by the first, then the last; a time that only bounds its event (a year "
        "or coarser, as 'earlier this year') by its last"
    )
    precision: Precision = Field(
        description="how fine the time is: time, day, week, month, quarter, season, half, "
        "year, decade or century (a range 'between May and July' has its ends' precision)"
    )
    headline: str = Field(description="what happened, as one readable line")
    cluster: str | None = Field(
        description="id of the fact cluster this entry comes from, or null for an event "
        "or a statement one report gives"
    )
    facts: list[TimelineFact] = Field(description="the facts that date the event")
    sources: int = Field(description="number of distinct documents among the facts")
    when: When = Field(
        description="past, ongoing or future relative to the reports' publication dates"
    )
    modality: Modality = Field(
        description="actual, planned or possible: a plan and its outcome are two entries"
    )
    conflict: bool = Field(
        default=False,
        description="true when reports date this event differently: the event has another "
        "entry with a time that does not overlap this one (each is shown)",
    )


class Story(_Record):
    """The documents of a brief that report one news event (added in 1.2)."""

    id: str = Field(description="s1, s2, ...: the story with the most reports first")
    documents: list[int] = Field(description="indices into Brief.documents, in input order")
    first: str | None = Field(
        description="the earliest publication date of its reports (ISO date), or null when "
        "none was given"
    )
    last: str | None = Field(
        description="the latest publication date of its reports (ISO date), or null"
    )
    headline: str = Field(
        description="what the story is about: the headline of its most reported cluster, "
        "else the first line of its first report"
    )
    clusters: list[str] = Field(description="ids of its fact clusters, in brief order")


class ErrorRecord(_Record):
    """An input that could not be turned into a document."""

    source: str = Field(description="the input as given: a path, <stdin>, corpus.jsonl:12")
    error: str = Field(description="why it could not be read, and what to do")
    doc_id: str | None = Field(default=None, description="the id it would have had, if known")


class Batch(_Record):
    """What ``briefx extract`` prints for several inputs: the documents and the errors."""

    schema_version: Literal[1] = Field(
        default=SCHEMA_VERSION, description="the contract's version: 1"
    )
    documents: list[Document] = Field(description="one per input read, in input order")
    errors: list[ErrorRecord] = Field(description="one per input that could not be read")


class Brief(_Record):
    """Several documents, their shared entities and the facts they report in common."""

    schema_version: Literal[1] = Field(
        default=SCHEMA_VERSION, description="the contract's version: 1"
    )
    documents: list[Document] = Field(description="one per input read, in input order")
    entities: list[CorpusEntity] = Field(
        description="people, places and organisations across the documents"
    )
    fact_clusters: list[FactCluster] = Field(
        description="the same fact reported by several documents"
    )
    errors: list[ErrorRecord] = Field(description="one per input that could not be read")
    warnings: list[str] = Field(
        default_factory=list,
        description="e.g. documents whose relative dates resolved against today (no date)",
    )
    stories: list[Story] = Field(
        default_factory=list,
        description="the documents grouped by the news event they report, with their "
        "clusters (added in 1.2)",
    )
    timeline: list[TimelineEntry] = Field(
        default_factory=list,
        description="dated events across the reports in chronological order: one entry "
        "per event cluster, dated event of one report, or dated statement (added in 1.2); "
        "undated events are not on it",
    )

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the report of ``briefx brief --format html``, then the
        documents highlighted (``briefx.views.display.brief_html``)."""
        from briefx.views.display import brief_html

        texts = {d.doc_id: d.text for d in self.documents if d.text is not None}
        return brief_html(self, texts)

    def to_records(self) -> dict[str, list[dict[str, Any]]]:
        """Flat tables (lists of row dicts) of the extractions; see ``briefx.views.tables``."""
        from briefx.views.tables import to_records

        return to_records(self)

    def to_pandas(self) -> dict[str, pandas.DataFrame]:
        """The tables of ``to_records`` as pandas DataFrames (needs ``briefx[pandas]``)."""
        from briefx.views.tables import to_pandas

        return to_pandas(self)
