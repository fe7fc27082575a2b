"""The ACLED codebook as data and pandera models: the single source of truth for every table.

Public API:
- codebook lookups: EVENT_TYPES, SUB_EVENT_TYPES, INTER_LABELS, interaction_code, interaction_label
- models: EventsSchema, ArticlesSchema
- validate_events(df, articles=None), validate_articles(df): raise ValidationFailed with a
  readable report grouped by check.
"""

from __future__ import annotations

from schemas.codebook import (
    DISORDER_TYPES,
    EVENT_TYPES,
    INTER_LABELS,
    SUB_EVENT_TYPES,
    interaction_code,
    interaction_label,
)
from schemas.models import ArticlesSchema, EventsSchema
from schemas.validation import ValidationFailed, validate_articles, validate_events

__all__ = [
    "DISORDER_TYPES", "EVENT_TYPES", "INTER_LABELS", "SUB_EVENT_TYPES", "ArticlesSchema", "EventsSchema",
    "ValidationFailed", "interaction_code", "interaction_label", "validate_articles", "validate_events",
]
