"""Plain records passed between pipeline steps.

Kept free of pandas so that `extract(article) -> events` is a pure function that can run
in a process pool or on a cluster and be pickled cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: ACLED's export columns, in ACLED's order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

#: Our provenance columns, written after ACLED's.
#: - article_id: the raw article the event was coded from
#: - evidence_text: the sentence(s) the event was coded from, joined by " ... "
#: - evidence_spans: their character offsets in the article text, "start-end;start-end"
#: - provenance: JSON object, field -> {"text", "span", "rule"}: why each value is what it is
#: - reasons: "; "-joined fallbacks taken (date defaulted, place coarsened, actor unknown ...)
#: - coder_version: version of the coder and its lexicons
PROVENANCE_COLUMNS: tuple[str, ...] = (
    "article_id", "evidence_text", "evidence_spans", "provenance", "reasons", "coder_version",
)

EVENT_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + PROVENANCE_COLUMNS

ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "path", "sha256", "status", "reason", "n_events",
    "title", "source", "published", "language", "country", "source_scale",
)

ARTICLE_STATUSES: tuple[str, ...] = ("coded", "no-event", "rejected")


@dataclass(frozen=True)
class Article:
    """One raw news article, after ingest."""

    id: str
    text: str
    published: date
    title: str = ""
    source: str = ""
    url: str = ""
    language: str = "en"
    country: str = ""  # optional hint: country name as ACLED writes it, e.g. "Iraq"
    source_scale: str = ""
    path: str = ""
    sha256: str = ""


@dataclass
class Event:
    """One coded event: one actor pair, one place, one day.

    Field names are ACLED's. `event_id_cnty` and `timestamp` are assigned at write time.
    Empty text fields are "" (never None), as in ACLED's CSV exports.
    """

    event_date: date
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str
    inter1: int
    country: str
    iso: int
    region: str
    location: str
    latitude: float
    longitude: float
    geo_precision: int
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int = 0
    interaction: int = 0
    civilian_targeting: str = ""
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    tags: str = ""
    event_id_cnty: str = ""
    timestamp: int = 0
    # provenance
    article_id: str = ""
    evidence_text: str = ""
    evidence_spans: str = ""
    provenance: str = "{}"
    reasons: str = ""
    coder_version: str = ""
    extra: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def year(self) -> int:
        return self.event_date.year

    def as_row(self) -> dict:
        """The event as a dict with exactly EVENT_COLUMNS, in order."""
        row = {name: getattr(self, name) for name in EVENT_COLUMNS if name != "year"}
        row["year"] = self.year
        return {name: row[name] for name in EVENT_COLUMNS}
