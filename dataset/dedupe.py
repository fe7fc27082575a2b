"""Merge the same event reported by several articles.

ACLED codes an event once, citing every source. Two coded events are the same when they
share the day, the country and location, the event type and the actor pair (in either order).
The merged event keeps the most conservative fatality count and lists all sources.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from dataset.model import Event


def event_key(e: Event) -> tuple:
    actors = tuple(sorted((e.actor1, e.actor2)))
    return (e.event_date, e.country, e.location, e.event_type, actors)


def _join(values: Iterable[str]) -> str:
    out: list[str] = []
    for v in values:
        for part in v.split("; "):
            if part and part not in out:
                out.append(part)
    return "; ".join(out)


def merge(group: list[Event]) -> Event:
    """One event from several reports of it; the first (by article id) is the base."""
    group = sorted(group, key=lambda e: (e.article_id, e.evidence_spans))
    base = group[0]
    if len(group) == 1:
        return base
    provenance = json.loads(base.provenance or "{}")
    provenance["also_reported_by"] = [
        {"article_id": e.article_id, "evidence_text": e.evidence_text, "evidence_spans": e.evidence_spans}
        for e in group[1:]
    ]
    base.source = _join(e.source for e in group)
    base.source_scale = _join(e.source_scale for e in group)
    base.fatalities = min(e.fatalities for e in group)
    base.reasons = _join(e.reasons for e in group)
    base.provenance = json.dumps(provenance, ensure_ascii=False, sort_keys=True)
    base.tags = _join(e.tags for e in group)
    return base


def dedupe(events: Iterable[Event]) -> list[Event]:
    """Events with duplicates merged, in a stable order."""
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        groups.setdefault(event_key(e), []).append(e)
    return [merge(g) for g in groups.values()]
