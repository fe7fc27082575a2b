"""Score the coder against an ACLED export: each note is a tiny article, its row the answer.

For users who hold ACLED exports for their period, and for us to measure the coder. The coder
sees only the note, the event date as publication date, and the country as a hint.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from dataset.coder import extract
from dataset.coder.gazetteer import haversine_km
from dataset.model import Article, Event

FIELDS = (
    "event_type", "sub_event_type", "event_date", "location_25km", "admin1", "fatalities", "inter1", "inter2",
    "actor1",
)


def parse_date(value: object) -> date | None:
    """One date in any format ACLED files have been seen in (the formats `dataset validate` reads)."""
    from dataset.validate import DATE_FORMATS

    if isinstance(value, (datetime, pd.Timestamp)):
        return value.date()
    text = str(value).strip()
    if text.endswith(".0"):
        text = text[:-2]
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _inter(value: object) -> int | None:
    import schemas

    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return 0
    try:
        return int(float(value))
    except (TypeError, ValueError):
        labels = {v.lower(): k for k, v in schemas.INTER_LABELS.items()}
        return labels.get(str(value).strip().lower())


def read_export(path: Path) -> pd.DataFrame:
    """An ACLED export (CSV, Parquet or XLSX), read the way `dataset validate` reads it."""
    from dataset.validate import UnreadableInput, read_table

    try:
        return read_table(path)
    except UnreadableInput as exc:
        raise ValueError(str(exc)) from None


def gold_articles(df: pd.DataFrame) -> list[tuple[Article, dict]]:
    """(note as article, gold row) for every row with a note and a readable date."""
    out = []
    for i, row in enumerate(df.to_dict("records")):
        day = parse_date(row.get("event_date"))
        notes = str(row.get("notes") or "").strip()
        if day is None or not notes:
            continue
        ident = str(row.get("event_id_cnty") or f"row{i}")
        article = Article(id=ident, text=notes, published=day, country=str(row.get("country") or ""))
        out.append((article, row))
    return out


@dataclass
class Scored:
    gold: dict
    event: Event | None
    hits: dict[str, bool]


_CLOSED_PERIOD = re.compile(r"\((\d{4})-\d{4}\)")


def same_actor(ours: str, gold: str) -> bool:
    """The same ACLED actor: the same name, or the same but for a government period the export names open and ACLED
    closed later ("Military Forces of Myanmar (2016-)" in an export made before 2021, "(2016-2021)" today)."""
    return ours == gold or _CLOSED_PERIOD.sub(r"(\1-)", ours) == gold


def _match_score(e: Event, gold: dict, gold_day: date | None) -> tuple:
    try:
        dist = haversine_km(e.latitude, e.longitude, float(gold["latitude"]), float(gold["longitude"]))
    except (KeyError, TypeError, ValueError):
        dist = 1e9
    return (
        e.sub_event_type == gold.get("sub_event_type"),
        e.event_type == gold.get("event_type"),
        e.event_date == gold_day,
        dist <= 25,
        -dist,
    )


def score_row(article: Article, gold: dict, events: list[Event]) -> Scored:
    gold_day = parse_date(gold.get("event_date"))
    if not events:
        return Scored(gold, None, {f: False for f in FIELDS})
    best = max(events, key=lambda e: _match_score(e, gold, gold_day))
    try:
        dist = haversine_km(best.latitude, best.longitude, float(gold["latitude"]), float(gold["longitude"]))
    except (KeyError, TypeError, ValueError):
        dist = 1e9
    try:
        gold_fat = int(float(gold.get("fatalities") or 0))
    except ValueError:
        gold_fat = -1
    hits = {
        "event_type": best.event_type == gold.get("event_type"),
        "sub_event_type": best.sub_event_type == gold.get("sub_event_type"),
        "event_date": best.event_date == gold_day,
        "location_25km": dist <= 25,
        "admin1": best.admin1.strip().lower() == str(gold.get("admin1") or "").strip().lower(),
        "fatalities": best.fatalities == gold_fat,
        "inter1": best.inter1 == _inter(gold.get("inter1")),
        "inter2": best.inter2 == _inter(gold.get("inter2")),
        "actor1": same_actor(best.actor1, str(gold.get("actor1") or "")),
    }
    return Scored(gold, best, hits)


def _code_all(articles: list[Article], jobs: int, on_done: Callable[[int], None] | None) -> list[list[Event]]:
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            out = []
            for events in pool.map(extract, articles, chunksize=64):
                out.append(events)
                if on_done:
                    on_done(1)
            return out
    out = []
    for a in articles:
        out.append(extract(a))
        if on_done:
            on_done(1)
    return out


def macro_f1(pairs: Iterable[tuple[str, str]]) -> float:
    pairs = list(pairs)
    labels = sorted({g for g, _ in pairs})
    f1s = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def evaluate(path: Path, *, jobs: int = 1, limit: int | None = None,
             on_start: Callable[[int], Callable[[int], None]] | None = None) -> dict:
    """Per-field agreement between the coder and an ACLED export."""
    df = read_export(path)
    pairs = gold_articles(df)
    if limit:
        pairs = pairs[:limit]
    articles = [a for a, _ in pairs]
    on_done = on_start(len(articles)) if on_start else None
    coded = _code_all(articles, jobs, on_done)
    scored = [score_row(a, g, ev) for (a, g), ev in zip(pairs, coded, strict=True)]
    n = len(scored)
    result: dict = {"file": str(path), "rows": int(len(df)), "scored": n}
    result["fields"] = {f: (sum(s.hits[f] for s in scored) / n if n else 0.0) for f in FIELDS}
    result["no_event_rate"] = sum(1 for s in scored if s.event is None) / n if n else 0.0
    sub_pairs = [(str(s.gold.get("sub_event_type")), s.event.sub_event_type if s.event else "(no event)")
                 for s in scored]
    result["sub_event_type_macro_f1"] = macro_f1(sub_pairs)
    confusion = Counter(sub_pairs)
    result["confusion"] = [
        {"gold": g, "coded": p, "count": c} for (g, p), c in sorted(confusion.items(), key=lambda kv: -kv[1])
    ]
    return result


def combine(results: list[dict]) -> dict:
    """Row-weighted totals over several exports."""
    total = sum(r["scored"] for r in results)
    out = {"file": "all", "rows": sum(r["rows"] for r in results), "scored": total}
    out["fields"] = {f: sum(r["fields"][f] * r["scored"] for r in results) / total if total else 0.0
                     for f in FIELDS}
    out["no_event_rate"] = sum(r["no_event_rate"] * r["scored"] for r in results) / total if total else 0.0
    out["sub_event_type_macro_f1"] = (
        sum(r["sub_event_type_macro_f1"] * r["scored"] for r in results) / total if total else 0.0
    )
    return out
