"""The coder: `extract(article) -> events`, ACLED events from one article's text.

Steps, each its own module:
segment (sentences with offsets) -> detect (triggers -> sub-event types) -> candidates
(one per event-reporting sentence, split by place) -> merge (mentions of the same event across
sentences) -> resolve dates, places, actors, fatalities -> Event records with provenance.

Pure: the same article always gives the same events, and nothing is read but packaged data.
"""

from __future__ import annotations

from dataset.coder.assemble import CODER_VERSION, extract

__all__ = ["CODER_VERSION", "extract"]
