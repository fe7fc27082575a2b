"""The build pipeline, top to bottom: ingest -> extract -> dedupe -> ids -> validate -> write.

`extract` is pure and per article, so coding runs in one process or in a process pool.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pycountry

import schemas
from dataset import ingest, write
from dataset.cache import ResultCache
from dataset.coder import extract
from dataset.dedupe import dedupe
from dataset.frames import articles_frame, events_frame
from dataset.ingest import Rejection
from dataset.model import Article, Event
from dataset.registry import Registry
from dataset.registry import default_path as registry_default


@dataclass
class BuildResult:
    events: pd.DataFrame
    articles: pd.DataFrame
    report: str
    outputs: dict[str, Path] = field(default_factory=dict)

    @property
    def n_rejected(self) -> int:
        return int((self.articles["status"] == "rejected").sum())


def build_timestamp(articles: Iterable[Article]) -> int:
    """The build's timestamp: SOURCE_DATE_EPOCH, else midnight UTC after the latest article.

    Never the wall clock, so two builds of the same inputs are byte-identical.
    """
    env = os.environ.get("SOURCE_DATE_EPOCH")
    if env:
        return int(env)
    latest = max((a.published for a in articles), default=None)
    if latest is None:
        return 0
    return int(datetime(latest.year, latest.month, latest.day, tzinfo=UTC).timestamp()) + 86400


def country_prefix(iso: int, country: str) -> str:
    found = pycountry.countries.get(numeric=f"{iso:03d}") if iso else None
    if found is None and country:
        try:
            found = pycountry.countries.lookup(country)
        except LookupError:
            found = None
    return found.alpha_3 if found else "XXX"


def _id_order(e: Event) -> tuple:
    return (e.event_date, e.country, e.admin1, e.location, e.event_type, e.sub_event_type, e.actor1,
            e.actor2, e.article_id, e.evidence_spans)


def assign_ids(events: list[Event], assign: Callable[[Event, str], str] | None = None) -> list[Event]:
    """Give every event an event_id_cnty (country prefix + number), in a stable order.

    `assign(event, prefix)` may hand out ids from a registry; by default ids are numbered
    in order within each prefix.
    """
    counters: dict[str, int] = {}
    for e in sorted(events, key=_id_order):
        prefix = country_prefix(e.iso, e.country)
        if assign is not None:
            e.event_id_cnty = assign(e, prefix)
        else:
            counters[prefix] = counters.get(prefix, 0) + 1
            e.event_id_cnty = f"{prefix}{counters[prefix]}"
    return sorted(events, key=lambda e: e.event_id_cnty)


def code_articles(
    articles: list[Article], *, jobs: int = 1, on_done: Callable[[int], None] | None = None,
    cache: ResultCache | None = None,
) -> dict[str, list[Event]]:
    """Run the coder over every article (reusing cached results); returns events by article id."""
    results: dict[str, list[Event]] = {}
    todo = []
    for article in articles:
        cached = cache.get(article) if cache is not None else None
        if cached is None:
            todo.append(article)
        else:
            results[article.id] = cached
            if on_done:
                on_done(1)

    def done(article: Article, events: list[Event]) -> None:
        if cache is not None:
            cache.put(article, events)
        results[article.id] = events
        if on_done:
            on_done(1)

    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            chunk = max(1, len(todo) // (jobs * 8))
            for article, events in zip(todo, pool.map(extract, todo, chunksize=chunk), strict=True):
                done(article, events)
    else:
        for article in todo:
            done(article, extract(article))
    return {a.id: results[a.id] for a in articles}


def render_report(events: pd.DataFrame, articles: pd.DataFrame) -> str:
    """A short Markdown report: what was read, what was coded, what was rejected and why."""
    lines = ["# Build report", ""]
    status = articles["status"].value_counts()
    lines += [
        f"- raw inputs: {len(articles)}",
        f"- coded: {int(status.get('coded', 0))}, no event: {int(status.get('no-event', 0))}, "
        f"rejected: {int(status.get('rejected', 0))}",
        f"- events: {len(events)}, fatalities: {int(events['fatalities'].sum()) if len(events) else 0}",
        "",
        "## Events by type",
        "",
        "| event_type | sub_event_type | events | fatalities |",
        "|---|---|---:|---:|",
    ]
    if len(events):
        counts = (events.groupby(["event_type", "sub_event_type"])["fatalities"]
                  .agg(["size", "sum"]).reset_index())
        for r in counts.itertuples(index=False):
            lines.append(f"| {r.event_type} | {r.sub_event_type} | {r.size} | {r.sum} |")
    rejected = articles[articles["status"] == "rejected"]
    lines += ["", "## Rejected inputs", ""]
    if len(rejected):
        lines += ["| path | reason |", "|---|---|"]
        lines += [f"| {r.path} | {r.reason} |" for r in rejected.itertuples(index=False)]
    else:
        lines.append("None.")
    no_event = articles[articles["status"] == "no-event"]
    lines += ["", "## Articles with no event", ""]
    lines += [f"- {r.path}" for r in no_event.itertuples(index=False)] or ["None."]
    return "\n".join(lines) + "\n"


def run_build(
    raw_dir: Path, build_dir: Path, *, jobs: int = 1,
    progress: Callable[[int], Callable[[int], None]] | None = None,
    force: bool = False, registry_path: Path | None = None,
) -> BuildResult:
    """Build raw_dir into build_dir. Raises schemas.ValidationFailed before writing anything invalid.

    Per-article results are cached in build_dir/cache (force=True recodes everything); event
    ids come from the registry (registry_path, default registry/event_ids.csv beside raw_dir).
    """
    items = ingest.read_raw(raw_dir)
    articles = [i for i in items if isinstance(i, Article)]
    on_done = progress(len(articles)) if progress else None
    cache = None if force else ResultCache(build_dir / "cache" / "coder")
    coded = code_articles(articles, jobs=jobs, on_done=on_done, cache=cache)
    if force:  # refresh the cache with the clean results
        fresh = ResultCache(build_dir / "cache" / "coder")
        for a in articles:
            fresh.put(a, coded[a.id])

    by_article = {a.id: a for a in articles}
    all_events = [e for a in articles for e in coded[a.id]]
    for e in all_events:
        article = by_article[e.article_id]
        e.source = e.source or article.source
        e.source_scale = e.source_scale or article.source_scale
    registry = Registry.load(registry_path or registry_default(raw_dir))
    merged = assign_ids(dedupe(all_events), registry.assign)
    stamp = build_timestamp(articles)
    for e in merged:
        e.timestamp = stamp

    n_events = {a.id: len(coded[a.id]) for a in articles}
    articles_df = schemas.validate_articles(articles_frame(items, n_events))
    events_df = schemas.validate_events(events_frame(merged), articles=articles_df)
    report = render_report(events_df, articles_df)

    outputs = {
        "events.parquet": build_dir / "events.parquet",
        "events.csv": build_dir / "events.csv",
        "articles.parquet": build_dir / "articles.parquet",
        "report.md": build_dir / "report.md",
    }
    write.write_parquet(events_df, outputs["events.parquet"])
    write.write_csv(events_df, outputs["events.csv"])
    write.write_parquet(articles_df, outputs["articles.parquet"])
    write.write_text(report, outputs["report.md"])
    registry.save()
    return BuildResult(events_df, articles_df, report, outputs)


__all__ = ["BuildResult", "Rejection", "assign_ids", "build_timestamp", "render_report", "run_build"]
