"""pandera models for the tables the build writes.

Column checks hold one value's rules; dataframe checks hold the codebook's rules between
columns. All checks are vectorised (pandas operations and small lookups), so a million rows
validate in seconds.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
import pandera.extensions as pa_ext
import pandera.pandas as pa
import pycountry
from pandera.typing import Series

from schemas.codebook import (
    DISORDER_TYPES,
    EVENT_TYPES,
    SUB_EVENT_TYPES,
    all_interaction_codes,
)
from schemas.geo import bbox_violations

ID_PATTERN = r"^[A-Z]{3}\d+$"
CIVILIAN_TARGETING = ("Civilian targeting", "")


@lru_cache(maxsize=512)
def _iso_for_country(name: str) -> int | None:
    from schemas.geo import COUNTRY_ALIASES

    name = COUNTRY_ALIASES.get(name, name)
    try:
        return int(pycountry.countries.lookup(name).numeric)
    except LookupError:
        return None


def sub_event_matches_type(df: pd.DataFrame) -> pd.Series:
    expected = df["sub_event_type"].map(lambda s: SUB_EVENT_TYPES.get(s, ("", ""))[0])
    return expected == df["event_type"]


def disorder_matches_sub_event(df: pd.DataFrame) -> pd.Series:
    expected = df["sub_event_type"].map(lambda s: SUB_EVENT_TYPES.get(s, ("", ""))[1])
    return expected == df["disorder_type"]


def interaction_matches_inter(df: pd.DataFrame) -> pd.Series:
    lo = df[["inter1", "inter2"]].min(axis=1)
    hi = df[["inter1", "inter2"]].max(axis=1)
    derived = (lo * 10 + hi).where(df["inter2"] != 0, df["inter1"] * 10)
    return derived == df["interaction"]


def year_matches_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["event_date"]).dt.year == df["year"]


def civilian_targeting_only_for_civilians(df: pd.DataFrame) -> pd.Series:
    set_ = df["civilian_targeting"].astype(str) != ""
    civilians = (df["inter1"] == 7) | (df["inter2"] == 7)
    return ~set_ | civilians


def iso_matches_country(df: pd.DataFrame) -> pd.Series:
    lookup = {c: _iso_for_country(c) for c in df["country"].unique()}
    expected = df["country"].map(lookup)
    return expected.isna() | (expected == df["iso"])


def coordinates_in_country(df: pd.DataFrame) -> pd.Series:
    return ~bbox_violations(df)


def actor2_matches_inter2(df: pd.DataFrame) -> pd.Series:
    return (df["actor2"].astype(str) == "") == (df["inter2"] == 0)


def rejected_have_reason(df: pd.DataFrame) -> pd.Series:
    return (df["status"] != "rejected") | (df["reason"].astype(str) != "")


def accepted_have_id_and_date(df: pd.DataFrame) -> pd.Series:
    ok = (df["article_id"].astype(str) != "") & df["published"].notna()
    return (df["status"] == "rejected") | ok


def accepted_ids_unique(df: pd.DataFrame) -> pd.Series:
    accepted = df["status"] != "rejected"
    return ~(df["article_id"].where(accepted).duplicated(keep=False) & accepted)


_FRAME_CHECKS = {
    "sub_event_type_belongs_to_event_type": sub_event_matches_type,
    "disorder_type_matches_sub_event_type": disorder_matches_sub_event,
    "interaction_matches_inter_codes": interaction_matches_inter,
    "year_matches_event_date": year_matches_date,
    "civilian_targeting_only_when_civilians_targeted": civilian_targeting_only_for_civilians,
    "iso_matches_country": iso_matches_country,
    "coordinates_inside_country": coordinates_in_country,
    "actor2_empty_iff_inter2_zero": actor2_matches_inter2,
    "rejected_articles_have_a_reason": rejected_have_reason,
    "accepted_articles_have_id_and_date": accepted_have_id_and_date,
    "article_id_unique_among_accepted": accepted_ids_unique,
}


def _register(name: str, fn) -> None:
    def check(df: pd.DataFrame) -> pd.Series:
        return fn(df)

    check.__name__ = name
    check.__doc__ = fn.__doc__
    try:
        pa_ext.register_check_method(check)
    except ValueError:
        pass  # already registered (module reloaded)


for _name, _fn in _FRAME_CHECKS.items():
    _register(_name, _fn)


class EventsSchema(pa.DataFrameModel):
    """One row per event: ACLED's columns in ACLED's order, then our provenance columns."""

    event_id_cnty: Series[str] = pa.Field(str_matches=ID_PATTERN, unique=True,
                                          description="Event id: ISO alpha-3 country prefix + number, kept across releases.")
    event_date: Series[pd.Timestamp] = pa.Field(description="Day of the event.")
    year: Series[int] = pa.Field(ge=1990, le=2100, description="Year of event_date.")
    time_precision: Series[int] = pa.Field(isin=[1, 2, 3], description="1 exact day, 2 week/weekend, 3 month.")
    disorder_type: Series[str] = pa.Field(isin=list(DISORDER_TYPES), description="Disorder type of the sub-event type.")
    event_type: Series[str] = pa.Field(isin=list(EVENT_TYPES), description="One of ACLED's 6 event types.")
    sub_event_type: Series[str] = pa.Field(isin=list(SUB_EVENT_TYPES), description="One of ACLED's 25 sub-event types.")
    actor1: Series[str] = pa.Field(str_length={"min_value": 1}, description="Named actor; no direction implied.")
    assoc_actor_1: Series[str] = pa.Field(description="Associated actors of actor1, '; '-separated.")
    inter1: Series[int] = pa.Field(isin=list(range(1, 9)), description="Actor type of actor1 (1-8).")
    actor2: Series[str] = pa.Field(description="Second named actor, '' if none.")
    assoc_actor_2: Series[str] = pa.Field(description="Associated actors of actor2.")
    inter2: Series[int] = pa.Field(isin=list(range(0, 9)), description="Actor type of actor2 (0 = no actor2).")
    interaction: Series[int] = pa.Field(isin=all_interaction_codes(), description="inter codes, smaller first; X0 alone.")
    civilian_targeting: Series[str] = pa.Field(isin=list(CIVILIAN_TARGETING),
                                               description="'Civilian targeting' when civilians are the target.")
    iso: Series[int] = pa.Field(ge=0, le=999, description="Numeric ISO 3166 country code.")
    region: Series[str] = pa.Field(description="ACLED world region.")
    country: Series[str] = pa.Field(str_length={"min_value": 1}, description="Country of the event.")
    admin1: Series[str] = pa.Field(description="Largest sub-national unit.")
    admin2: Series[str] = pa.Field(description="Second-level unit.")
    admin3: Series[str] = pa.Field(description="Third-level unit.")
    location: Series[str] = pa.Field(str_length={"min_value": 1}, description="Named location.")
    latitude: Series[float] = pa.Field(ge=-90, le=90, description="Latitude of location (WGS84 degrees).")
    longitude: Series[float] = pa.Field(ge=-180, le=180, description="Longitude of location (WGS84 degrees).")
    geo_precision: Series[int] = pa.Field(isin=[1, 2, 3], description="1 town, 2 near a town / part of region, 3 region.")
    source: Series[str] = pa.Field(description="Sources, '; '-separated.")
    source_scale: Series[str] = pa.Field(description="Scale of the sources.")
    notes: Series[str] = pa.Field(description="Short description of the event.")
    fatalities: Series[int] = pa.Field(ge=0, description="Reported deaths, most conservative figure.")
    tags: Series[str] = pa.Field(description="'; '-separated tags, e.g. crowd size.")
    timestamp: Series[int] = pa.Field(ge=0, description="Unix time of the build (SOURCE_DATE_EPOCH), not the wall clock.")
    article_id: Series[str] = pa.Field(str_length={"min_value": 1}, description="The raw article the event was coded from.")
    evidence_text: Series[str] = pa.Field(description="The sentence(s) the event was coded from.")
    evidence_spans: Series[str] = pa.Field(str_matches=r"^(\d+-\d+)(;\d+-\d+)*$",
                                           description="Character offsets of the evidence, 'start-end;...'.")
    provenance: Series[str] = pa.Field(str_startswith="{", description="JSON: field -> text, span and rule.")
    reasons: Series[str] = pa.Field(description="Fallbacks taken, '; '-separated.")
    coder_version: Series[str] = pa.Field(str_length={"min_value": 1}, description="Coder and lexicon version.")

    class Config:
        strict = True
        ordered = True
        coerce = False
        name = "events"
        description = "ACLED-style events coded from raw articles."
        # the codebook's rules between columns: registered checks (schemas/checks.py), so they serialize
        sub_event_type_belongs_to_event_type = ()
        disorder_type_matches_sub_event_type = ()
        interaction_matches_inter_codes = ()
        year_matches_event_date = ()
        civilian_targeting_only_when_civilians_targeted = ()
        iso_matches_country = ()
        coordinates_inside_country = ()
        actor2_empty_iff_inter2_zero = ()


class ArticlesSchema(pa.DataFrameModel):
    """One row per raw input (file or JSONL line): what happened to it and why."""

    article_id: Series[str] = pa.Field(description="Article id ('' when a rejected file had none).")
    path: Series[str] = pa.Field(str_length={"min_value": 1}, unique=True, description="Raw file (or file:line).")
    sha256: Series[str] = pa.Field(str_matches=r"^([0-9a-f]{64})?$", description="SHA-256 of the raw bytes.")
    status: Series[str] = pa.Field(isin=["coded", "no-event", "rejected"], description="Outcome of the article.")
    reason: Series[str] = pa.Field(description="Why it was rejected or gave no event.")
    n_events: Series[int] = pa.Field(ge=0, description="Events coded from it (before cross-article dedupe).")
    title: Series[str] = pa.Field(description="Headline.")
    source: Series[str] = pa.Field(description="Outlet.")
    published: Series[pd.Timestamp] = pa.Field(nullable=True, description="Publication date; empty when rejected.")
    language: Series[str] = pa.Field(description="Language code.")
    country: Series[str] = pa.Field(description="Country hint.")
    source_scale: Series[str] = pa.Field(description="Scale of the outlet.")

    class Config:
        strict = True
        ordered = True
        name = "articles"
        description = "Every raw input and what the build did with it."
        rejected_articles_have_a_reason = ()
        accepted_articles_have_id_and_date = ()
        article_id_unique_among_accepted = ()
