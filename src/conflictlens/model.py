"""Every record type conflictlens produces, in one place.

Records are frozen dataclasses. Each record that says something about the world — a Place, an
Actor, an Event, a Claim — carries an :class:`Evidence`: the article it came from, the character
span of the words that support it, and the stage that made it. Evidence is a required field with
no default, and Evidence itself validates its span, so a record without provenance cannot be
built.

"Never invent" is encoded in the types too: a date is a :class:`FuzzyDate` whose precision says
how much the text supports (down to ``UNKNOWN`` with no value at all), a count is a
:class:`Quantity` that keeps the phrase it was read from, and a claim's attribution says
explicitly when the outlet itself is the only source.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

__all__ = [
    "ActorCategory",
    "ActorMatch",
    "ActorMention",
    "ActorEntry",
    "Analysis",
    "Article",
    "Attribution",
    "AttributionKind",
    "Certainty",
    "Claim",
    "ClaimKind",
    "DateMatch",
    "DatePrecision",
    "Event",
    "Evidence",
    "ExtractedPage",
    "FetchedPage",
    "FuzzyDate",
    "GazetteerEntry",
    "GeoPrecision",
    "IngestOutcome",
    "Mention",
    "Place",
    "ProvenanceProfile",
    "Quantity",
    "QuantityClaim",
    "QuantityMatch",
    "RawInput",
    "Sentence",
    "StageFailure",
    "TrendClaim",
    "TrendDirection",
]


# --------------------------------------------------------------------------- provenance


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a record came from: article, character span [start, end) and the stage that made it."""

    article_id: str
    start: int
    end: int
    text: str
    stage: str
    # "title": the span is into the article's headline, which its body does not repeat (a
    # headline's toll); "text", the default, is into the body
    field: str = "text"

    def __post_init__(self) -> None:
        if self.field not in ("text", "title"):
            raise ValueError(f"Evidence field {self.field!r} is neither 'text' nor 'title'.")
        if not self.article_id:
            raise ValueError("Evidence needs the id of the article it comes from.")
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"Evidence span [{self.start}, {self.end}) is not a valid span.")
        if not self.stage:
            raise ValueError("Evidence needs the name of the stage that produced it.")

    def to_dict(self) -> dict:
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "stage": self.stage,
        } | ({"field": self.field} if self.field != "text" else {})


def _require_evidence(record: object) -> None:
    evidence = getattr(record, "evidence", None)
    if not isinstance(evidence, Evidence):
        raise TypeError(f"{type(record).__name__} cannot be built without Evidence.")


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned report. ``id`` is derived from its canonical URL or, lacking one, its text."""

    id: str
    text: str
    content_hash: str
    source: str  # where it came from: a URL, a file path, "stdin" or "api"
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    published: dt.date | None = None
    author: str | None = None
    language: str | None = None
    language_confidence: float | None = None
    synthetic: bool = False
    metadata: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity span found by the NER model (label as the model gives it)."""

    text: str
    label: str
    start: int
    end: int


# --------------------------------------------------------------------------- places


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer knows: a GeoNames feature or a row of the curated table."""

    gazetteer_id: str  # "geonames:163843" or "curated:at-tanf"
    name: str
    latitude: float
    longitude: float
    feature_class: str  # GeoNames class: P populated place, A admin area, L area, S spot, T terrain …
    feature_code: str  # GeoNames code: PPLA, ADM1, PCLI, CONT, DSRT, RGN …
    country_code: str | None
    level: str  # "point", "region", "country", "continent"
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    source: str = "geonames"


class GeoPrecision(enum.IntEnum):
    """ACLED's geo_precision: 1 the place itself (a town, a point), 2 near a town or part of a
    region, 3 a larger region (province, desert, country)."""

    POINT = 1
    NEAR = 2
    REGION = 3

    @property
    def ucdp_where_prec(self) -> int:
        # UCDP GED where_prec: 1 exact, 2 within 25 km, 4 admin1, 6 country. Regions map to 4.
        return {1: 1, 2: 2, 3: 4}[int(self)]


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in the text, resolved against the gazetteer (or left unresolved)."""

    name: str  # the gazetteer's name for the place
    evidence: Evidence
    level: str  # "point", "region", "country", "continent"
    precision: GeoPrecision
    latitude: float | None = None
    longitude: float | None = None
    gazetteer_id: str | None = None  # "geonames:163843" or "curated:at-tanf"
    feature_code: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    confidence: float = 0.0
    # How the text uses the name: "literal" (a location), "metonymic" (the place stands for its
    # government or people: "Washington said"), "modifier" ("US-led", "Syrian army", a place
    # inside an organisation's name). Only literal places locate events.
    use: str = "literal"

    def __post_init__(self) -> None:
        _require_evidence(self)

    @property
    def is_location(self) -> bool:
        return self.use == "literal"


# --------------------------------------------------------------------------- actors


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the project's dictionary, with every alias it is known by."""

    actor_id: str  # stable slug: "islamic-state", "syria-military"
    name: str  # canonical name
    category: "ActorCategory | None"
    aliases: tuple[str, ...]
    country_code: str | None = None
    kind: str = "group"  # group, state_forces, government, international, civilians, generic


class ActorCategory(enum.IntEnum):
    """ACLED's interaction codes for actor types."""

    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER = 8  # international organisations, foreign governments acting as such, companies


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """One alias of the actor dictionary found in a text: span [start, end), words, actor."""

    start: int
    end: int
    text: str
    entry: ActorEntry


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor, normalized to the project's actor dictionary."""

    actor_id: str  # canonical id from the dictionary, or "generic:<head noun>"
    name: str  # canonical name
    category: ActorCategory | None
    evidence: Evidence
    generic: bool = False  # "unidentified gunmen": kept generic, never guessed
    via_metonymy: bool = False  # "Damascus" standing for the Syrian government
    country_code: str | None = None
    # "the rebels" resolved to the one group of that kind the report named before: where it did;
    # "the army" of a story on one country resolved to that state's forces: the story's first place
    antecedent: Evidence | None = None

    def __post_init__(self) -> None:
        _require_evidence(self)


# --------------------------------------------------------------------------- dates & numbers


class DatePrecision(enum.IntEnum):
    """ACLED's time_precision (1 day, 2 week, 3 month) plus what ACLED has no code for."""

    DAY = 1
    WEEK = 2
    MONTH = 3
    YEAR = 4
    UNKNOWN = 9  # the text names a time but does not support a calendar date


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A date as far as the text supports it.

    ``value`` is the earliest day of the period, or None when no calendar date can be given
    (e.g. "On August 24" in an article with no publication date: month and day are known,
    the year is not — ``month`` and ``day`` keep what is known).
    """

    precision: DatePrecision
    phrase: str
    value: dt.date | None = None
    end: dt.date | None = None  # last day of the period, for week/month/year precision
    month: int | None = None
    day: int | None = None
    # What the value rests on: "text" (a time phrase about the event itself) or "dateline" (the
    # report gives no date for the event, so it carries the date the article is filed under in
    # its own dateline or date stamp: news reports what happened that day or the day before), or
    # "statement" (the report gives no day for the act, only the day a side said it was done:
    # "the military said on Sunday it had recaptured the town").
    basis: str = "text"

    def __post_init__(self) -> None:
        if self.basis not in ("text", "dateline", "statement"):
            raise ValueError(f"Unknown date basis {self.basis!r}.")
        if self.value is None and self.precision not in (DatePrecision.UNKNOWN,):
            raise ValueError("A FuzzyDate without a value must have precision UNKNOWN.")

    def to_dict(self) -> dict:
        return {
            "value": self.value.isoformat() if self.value else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision.name.lower(),
            "acled_time_precision": int(self.precision) if self.precision <= 3 else None,
            "phrase": self.phrase,
            "month": self.month,
            "day": self.day,
            "basis": self.basis,
        }


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count read from text: low/best/high plus the phrase ("at least 16", "dozens")."""

    phrase: str
    best: int | None
    low: int | None = None
    high: int | None = None
    hedge: str | None = None  # "at least", "over", "about", "dozens" …
    victims: str | None = None  # "civilians" / "combatants" when the text says who; else unknown

    def to_dict(self) -> dict:
        return {"phrase": self.phrase, "best": self.best, "low": self.low, "high": self.high, "hedge": self.hedge, "victims": self.victims}


@dataclass(frozen=True, slots=True)
class SourcedQuantity:
    """A figure another source gives for the same thing ("the monitor gave a toll of 48"), with
    the sentence it came from."""

    quantity: Quantity
    evidence: Evidence

    def to_dict(self) -> dict:
        return {"quantity": self.quantity.to_dict(), "evidence": self.evidence.to_dict()}


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A time expression found in text: where it is and what it means."""

    start: int
    end: int
    date: FuzzyDate


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A count found in text: where it is and what it says."""

    start: int
    end: int
    quantity: Quantity


# --------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class Event:
    """A dated (or explicitly undated) occurrence in ACLED's taxonomy, read from one sentence."""

    event_type: str  # ACLED event type, e.g. "Explosions/Remote violence"
    sub_event_type: str  # ACLED sub-event type, e.g. "Suicide bomb"
    evidence: Evidence
    date: FuzzyDate
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    associated_actors: tuple[ActorMention, ...] = ()
    location: Place | None = None
    fatalities: Quantity | None = None
    injuries: Quantity | None = None
    civilian_targeting: bool = False
    trigger: str = ""
    confidence: float = 0.0
    # A later, larger toll for the same event in the same article replaces the earlier one
    # ("the death toll rose to 43"); the replaced tolls stay on record, and the toll's own
    # sentence is its evidence when it is not the event's.
    superseded_fatalities: tuple[Quantity, ...] = ()
    fatalities_evidence: Evidence | None = None
    # Where sources differ ACLED keeps the lowest figure; the others stay on record here
    other_estimates: tuple[SourcedQuantity, ...] = ()

    def __post_init__(self) -> None:
        _require_evidence(self)

    @property
    def plover(self) -> str:
        """The PLOVER event category the ACLED sub-event type maps to."""
        from .extract.taxonomy import PLOVER_BY_SUB_EVENT  # taxonomy data lives with extraction

        return PLOVER_BY_SUB_EVENT.get(self.sub_event_type, "OTHER")


# --------------------------------------------------------------------------- claims


class ClaimKind(enum.Enum):
    EVENT_REPORT = "event_report"
    QUANTITATIVE = "quantitative"
    TREND = "trend"
    PREDICTION = "prediction"
    EVALUATIVE = "evaluative"
    RESPONSIBILITY = "responsibility"
    PATTERN = "pattern"  # habitual activity with no date: "militants attack army patrols"
    STATEMENT = "statement"  # a reported stance that is none of the above


class AttributionKind(enum.Enum):
    NAMED = "named"  # a person or organisation named (or resolved) in the text
    ANONYMOUS = "anonymous"  # "sources said", "an official who asked not to be named"
    OUTLET = "outlet"  # no source in the text: the outlet asserts it in its own voice


class Certainty(enum.Enum):
    """FactBank-style commitment of the source to the content."""

    CERTAIN = "certain"
    PROBABLE = "probable"
    POSSIBLE = "possible"


class TrendDirection(enum.Enum):
    UP = "up"
    DOWN = "down"
    STABLE = "stable"


@dataclass(frozen=True, slots=True)
class Attribution:
    kind: AttributionKind
    source_text: str | None = None  # the words naming the source, as written
    source_name: str | None = None  # resolved name ("Kelly Kraft"), when the text supports it
    role: str | None = None  # "US Ambassador", "the head of the counterterrorism bureau"
    affiliation: str | None = None  # "United Nations"
    cue: str | None = None  # "said", "estimates", "according to"
    source_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None

    def to_dict(self) -> dict:
        return {
            "kind": self.kind.value,
            "source_text": self.source_text,
            "source_name": self.source_name,
            "role": self.role,
            "affiliation": self.affiliation,
            "cue": self.cue,
            "source_span": list(self.source_span) if self.source_span else None,
            "cue_span": list(self.cue_span) if self.cue_span else None,
        }


@dataclass(frozen=True, slots=True)
class QuantityClaim:
    """Structured form of a quantitative claim, checkable later against counts."""

    quantity: Quantity
    unit: str  # head noun counted: "militants", "attacks"

    def to_dict(self) -> dict:
        return {"unit": self.unit, **self.quantity.to_dict()}


@dataclass(frozen=True, slots=True)
class TrendClaim:
    """Structured form of a trend claim: subject went up/down over a period, somewhere."""

    direction: TrendDirection
    subject: str  # "the number of attacks", "the activity of militants"
    magnitude: str | None = None  # "significantly"
    period: FuzzyDate | None = None  # "this year", "over the past month"
    place: str | None = None

    def to_dict(self) -> dict:
        return {
            "direction": self.direction.value,
            "subject": self.subject,
            "magnitude": self.magnitude,
            "period": self.period.to_dict() if self.period else None,
            "place": self.place,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    kind: ClaimKind
    evidence: Evidence  # the content span
    attribution: Attribution
    certainty: Certainty
    hedges: tuple[str, ...] = ()
    stated_on: FuzzyDate | None = None  # when the source said it, if the text says
    quantity: QuantityClaim | None = None
    trend: TrendClaim | None = None
    evaluative_terms: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _require_evidence(self)


@dataclass(frozen=True, slots=True)
class ProvenanceProfile:
    """Who the article's claims come from, and the loaded words the outlet uses in its own voice."""

    claims: int
    named: float
    anonymous: float
    unattributed: float
    outlet_evaluative_terms: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "claims": self.claims,
            "share_named": round(self.named, 3),
            "share_anonymous": round(self.anonymous, 3),
            "share_unattributed": round(self.unattributed, 3),
            "outlet_evaluative_terms": list(self.outlet_evaluative_terms),
        }


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything conflictlens read from one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    places: tuple[Place, ...]
    actors: tuple[ActorMention, ...]
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    profile: ProvenanceProfile
    notes: tuple[str, ...] = ()  # things a reader should know ("no publication date: years left empty")


@dataclass(frozen=True, slots=True)
class RawInput:
    """One input before cleaning: bytes or text from a file, a URL, stdin or a JSON record."""

    source: str  # what the user named: a path, "path.jsonl#3", a URL, "stdin"
    data: bytes | str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    is_html: bool | None = None  # None: decide by looking at the content
    metadata: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    """What trafilatura read from an HTML page."""

    text: str
    title: str | None
    author: str | None
    published: dt.date | None
    url: str | None
    language: str | None


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A page fetched over HTTP(S) after every address on the way passed the SSRF guard."""

    url: str  # final URL, after redirects
    status_code: int
    content_type: str | None
    body: bytes
    encoding: str | None = None
    redirects: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StageFailure:
    """A stage raised on one article; the batch went on without it."""

    article_id: str
    source: str
    stage: str
    message: str


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one input of a batch. A rejection is an outcome, not an exception."""

    source: str
    status: str  # "stored", "duplicate", "not_analysed", "failed"
    article_id: str | None = None
    message: str | None = None
    counts: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status in ("stored", "duplicate")
