"""The output contract (``../shared/CONTRACT.md``, v1) as pydantic models, and nothing else.

``Document.model_dump(mode="json")`` is exactly what ``briefx extract`` prints and
``Brief.model_dump(mode="json")`` what ``briefx brief`` prints. Fields may be added;
renaming or dropping one needs a new ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

if TYPE_CHECKING:
    import pandas

SCHEMA_VERSION = 1

EntityType = Literal["PERSON", "PLACE", "ORG"]
DateType = Literal["DATE", "TIME", "DURATION", "SET"]
Qualifier = Literal["exact", "approx", "more_than", "less_than", "at_least", "at_most"]
Origin = Literal["argument", "metadata", "default-today"]
Number = int | float


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReferenceDate(_Record):
    """The date relative expressions resolve against, and where it came from."""

    value: str = Field(description="ISO date, e.g. 2025-11-18")
    origin: Origin


class Sentence(_Record):
    """A sentence of the document: ``text == document_text[start:end]``."""

    id: int
    start: int
    end: int
    text: str


class Mention(_Record):
    """One occurrence of an entity in the text."""

    start: int
    end: int
    text: str
    sentence: int


class Entity(_Record):
    """A person, place or organisation with every mention of it in the document."""

    id: str = Field(description="e1, e2, ... in order of first mention")
    type: EntityType
    name: str = Field(description="canonical name: the fullest form seen, or the alias table's")
    aliases: list[str] = Field(description="other surface forms seen in this document")
    mentions: list[Mention]


class DateMention(_Record):
    """A date or time expression normalised to TIMEX3."""

    start: int
    end: int
    text: str
    sentence: int
    type: DateType
    value: str | None = Field(description="TIMEX3 value: 2025-11-19, 2025-W46, P4M, PRESENT_REF")
    mod: str | None = Field(description="TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...")
    range: tuple[str, str] | None = Field(description="first and last calendar day covered")
    anchor: str = Field(description="reference_date | date:<index> | absolute")


class Quantity(_Record):
    """A counted or measured quantity with its qualifier, unit and governing event."""

    start: int
    end: int
    text: str
    sentence: int
    value: Number | None = Field(description="the number as written, normalised; null if vague")
    low: Number | None
    high: Number | None
    qualifier: Qualifier
    unit: str | None = Field(description="counted noun phrase or unit as written")
    unit_lemma: str | None
    per: str | None = Field(description="distributive marker: each, a day, per capita")
    event: str | None = Field(description="lemma of the governing event: swap, release, ...")
    change: Literal["up", "down"] | None = Field(
        default=None, description="direction when the quantity is a change (rose by 5%)"
    )
    kind: Literal["count", "money", "percent", "measure"] | None = None


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

    start: int
    end: int
    text: str
    entity: str | None = Field(description="entity id of the mention, or null")


class EventFrame(_Record):
    """Who did what to whom, where and when: one event word of a fact's sentence."""

    start: int
    end: int
    text: str
    lemma: str = Field(description="lemma of the event word: visit, exchange, release")
    agent: EventArgument | None = Field(description="the doer, or null")
    patient: EventArgument | None = Field(description="what is acted on, or null")
    place: str | None = Field(description="entity id of where it happens, or null")
    dates: list[int] = Field(description="indices into Document.dates of this event's dates")
    quantities: list[int] = Field(description="indices into Document.quantities of this event")
    polarity: Literal["positive", "negative"]
    modality: Modality


class Fact(_Record):
    """One sentence with at least one extraction, and what was extracted from it."""

    sentence: int
    text: str
    entities: list[str]
    dates: list[int] = Field(description="indices into Document.dates")
    quantities: list[int] = Field(description="indices into Document.quantities")
    attribution: Attribution | None
    events: list[EventFrame] = Field(
        default_factory=list, description="the sentence's event frames, in text order (1.1)"
    )


class Document(_Record):
    """Everything briefx extracted from one article."""

    schema_version: Literal[1] = SCHEMA_VERSION
    doc_id: str
    source: str | None
    reference_date: ReferenceDate
    sentences: list[Sentence]
    entities: list[Entity]
    dates: list[DateMention]
    quantities: list[Quantity]
    facts: list[Fact]
    warnings: list[str]
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
        """Jupyter's rich display: the highlighted view of ``briefx.display``."""
        from briefx.display import document_html

        return document_html(self, self._text)

    def to_records(self) -> dict[str, list[dict[str, Any]]]:
        """Flat tables (lists of row dicts) of the extractions; see ``briefx.tables``."""
        from briefx.tables import to_records

        return to_records(self)

    def to_pandas(self) -> dict[str, pandas.DataFrame]:
        """The tables of ``to_records`` as pandas DataFrames (needs ``briefx[pandas]``)."""
        from briefx.tables import to_pandas

        return to_pandas(self)


class CorpusMention(_Record):
    """A document-level entity that belongs to a corpus entity."""

    doc: int
    entity: str


class CorpusEntity(_Record):
    """One person, place or organisation across several documents."""

    id: str = Field(description="g1, g2, ...")
    type: EntityType
    name: str
    aliases: list[str]
    mentions: list[CorpusMention]


class FactRef(_Record):
    """A fact of one document: its sentence id."""

    doc: int
    sentence: int


class ConflictValue(_Record):
    """One side of a conflict: a value and where it was said."""

    value: str
    doc: int
    sentence: int
    text: str


class Conflict(_Record):
    """The same counted thing or event reported with different values."""

    kind: Literal["quantity", "date"]
    about: str = Field(description="what the values are of: the counted noun or the event")
    values: list[ConflictValue]


class ClusterEvent(_Record):
    """The event the facts of a cluster share, with corpus entity ids."""

    lemma: str
    agent: str | None = Field(description="corpus entity id of the doer, or null")
    patient: str | None = Field(description="corpus entity id of what is acted on, or null")
    place: str | None = Field(description="corpus entity id of where, or null")
    date: str | None = Field(description="the event's date value shared by the reports, or null")
    modality: Modality


class FactCluster(_Record):
    """Facts from different documents that report the same thing."""

    id: str
    facts: list[FactRef]
    sources: int = Field(description="number of distinct documents")
    entities: list[str] = Field(description="corpus entity ids shared by the facts")
    dates: list[str] = Field(description="normalised date values shared by the facts")
    conflicts: list[Conflict]
    event: ClusterEvent | None = Field(
        default=None, description="the event the facts share (1.1), or null"
    )


class ErrorRecord(_Record):
    """An input that could not be turned into a document."""

    source: str
    error: str
    doc_id: str | None = None


class Brief(_Record):
    """Several documents, their shared entities and the facts they report in common."""

    schema_version: Literal[1] = SCHEMA_VERSION
    documents: list[Document]
    entities: list[CorpusEntity]
    fact_clusters: list[FactCluster]
    errors: list[ErrorRecord]
    warnings: list[str] = Field(
        default_factory=list,
        description="e.g. documents whose relative dates resolved against today (no date)",
    )

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the highlighted view of ``briefx.display``."""
        from briefx.display import brief_html

        texts = {d.doc_id: d.text for d in self.documents if d.text is not None}
        return brief_html(self, texts)

    def to_records(self) -> dict[str, list[dict[str, Any]]]:
        """Flat tables (lists of row dicts) of the extractions; see ``briefx.tables``."""
        from briefx.tables import to_records

        return to_records(self)

    def to_pandas(self) -> dict[str, pandas.DataFrame]:
        """The tables of ``to_records`` as pandas DataFrames (needs ``briefx[pandas]``)."""
        from briefx.tables import to_pandas

        return to_pandas(self)
