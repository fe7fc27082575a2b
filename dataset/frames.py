"""Records -> typed pandas DataFrames (the in-memory form that the schemas validate)."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from dataset.ingest import Rejection
from dataset.model import ARTICLE_COLUMNS, EVENT_COLUMNS, Article, Event

EVENT_INT_COLUMNS = (
    "year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
    "timestamp",
)
EVENT_FLOAT_COLUMNS = ("latitude", "longitude")
EVENT_DATE_COLUMNS = ("event_date",)
EVENT_STR_COLUMNS = tuple(
    c for c in EVENT_COLUMNS if c not in EVENT_INT_COLUMNS + EVENT_FLOAT_COLUMNS + EVENT_DATE_COLUMNS
)


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """A DataFrame with EVENT_COLUMNS in order and the documented dtypes."""
    df = pd.DataFrame([e.as_row() for e in events], columns=list(EVENT_COLUMNS))
    return coerce_events(df)


def coerce_events(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for c in EVENT_INT_COLUMNS:
        df[c] = df[c].astype("int64")
    for c in EVENT_FLOAT_COLUMNS:
        df[c] = df[c].astype("float64")
    df["event_date"] = pd.to_datetime(df["event_date"]).astype("datetime64[ns]").dt.normalize()
    for c in EVENT_STR_COLUMNS:
        df[c] = df[c].fillna("").astype(str)
    return df[list(EVENT_COLUMNS)]


def articles_frame(items: Iterable[Article | Rejection], n_events: dict[str, int]) -> pd.DataFrame:
    """One row per raw input: coded, no-event or rejected, with the reason."""
    rows = []
    for item in items:
        if isinstance(item, Rejection):
            rows.append({
                "article_id": item.id, "path": item.path, "sha256": item.sha256, "status": "rejected",
                "reason": item.reason, "n_events": 0, "title": "", "source": "", "published": pd.NaT,
                "language": "", "country": "", "source_scale": "",
            })
            continue
        count = n_events.get(item.id, 0)
        rows.append({
            "article_id": item.id, "path": item.path, "sha256": item.sha256,
            "status": "coded" if count else "no-event",
            "reason": "" if count else "no ACLED event found in the text",
            "n_events": count, "title": item.title, "source": item.source,
            "published": pd.Timestamp(item.published), "language": item.language, "country": item.country,
            "source_scale": item.source_scale,
        })
    df = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    df["n_events"] = df["n_events"].astype("int64")
    df["published"] = pd.to_datetime(df["published"]).astype("datetime64[ns]")
    for c in ARTICLE_COLUMNS:
        if c not in ("n_events", "published"):
            df[c] = df[c].fillna("").astype(str)
    return df.sort_values(["path"], kind="stable").reset_index(drop=True)
