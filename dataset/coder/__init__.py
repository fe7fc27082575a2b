"""The coder: `extract(article) -> events`, ACLED events from one article's text.

Steps, each its own module:
segment (sentences with offsets) -> detect (triggers -> sub-event types) -> candidates
(one per event-reporting sentence, split by place) -> merge (mentions of the same event across
sentences) -> resolve dates, places, actors, fatalities -> Event records with provenance
(assemble).

Pure: the same article always gives the same events, and nothing is read but packaged data.
The heavy modules load on first use, so importing one part (e.g. fatalities) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dataset.model import Article, Event


def extract(article: Article) -> list[Event]:
    """ACLED events reported by one article (see dataset.coder.assemble.extract)."""
    from dataset.coder.assemble import extract as _extract

    return _extract(article)


def __getattr__(name: str):
    if name == "CODER_VERSION":
        from dataset.coder.assemble import CODER_VERSION

        return CODER_VERSION
    raise AttributeError(name)


__all__ = ["CODER_VERSION", "extract"]
