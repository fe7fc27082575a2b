"""Codebook tables (schemas/codebook/*.csv), loaded once into plain lookups."""

from __future__ import annotations

import csv
from pathlib import Path

CODEBOOK_DIR = Path(__file__).resolve().parent / "codebook"


def _rows(name: str) -> list[dict[str, str]]:
    with open(CODEBOOK_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


_EVENT_ROWS = _rows("event_types.csv")
#: event_type -> its sub-event types, in codebook order
EVENT_TYPES: dict[str, list[str]] = {}
#: sub_event_type -> (event_type, disorder_type)
SUB_EVENT_TYPES: dict[str, tuple[str, str]] = {}
#: sub_event_type -> definition
DEFINITIONS: dict[str, str] = {}
for _r in _EVENT_ROWS:
    EVENT_TYPES.setdefault(_r["event_type"], []).append(_r["sub_event_type"])
    SUB_EVENT_TYPES[_r["sub_event_type"]] = (_r["event_type"], _r["disorder_type"])
    DEFINITIONS[_r["sub_event_type"]] = _r["definition"]

DISORDER_TYPES: tuple[str, ...] = tuple(sorted({d for _, d in SUB_EVENT_TYPES.values()}))

_INTER_ROWS = _rows("inter_codes.csv")
#: numeric inter code -> the text label of 2023+ exports ("" for 0)
INTER_LABELS: dict[int, str] = {int(r["inter"]): r["label"] for r in _INTER_ROWS}
#: numeric inter code -> the label of 2021-era exports
INTER_LABELS_NUMERIC_ERA: dict[int, str] = {int(r["inter"]): r["label_numeric_era"] for r in _INTER_ROWS}
INTER_DEFINITIONS: dict[int, str] = {int(r["inter"]): r["definition"] for r in _INTER_ROWS}

PRECISION: dict[str, dict[int, str]] = {}
for _r in _rows("precision.csv"):
    PRECISION.setdefault(_r["field"], {})[int(_r["code"])] = _r["meaning"]

SOURCE_SCALES: tuple[str, ...] = tuple(r["source_scale"] for r in _rows("source_scale.csv"))


def interaction_code(inter1: int, inter2: int) -> int:
    """ACLED's numeric interaction: the two inter codes, smaller first; X0 with no actor2."""
    if inter2 == 0:
        return inter1 * 10
    a, b = sorted((inter1, inter2))
    return a * 10 + b


def interaction_label(inter1: int, inter2: int) -> str:
    """ACLED's 2023+ text interaction: 'State forces-Civilians', 'Protesters only'."""
    if inter2 == 0:
        return f"{INTER_LABELS[inter1]} only"
    a, b = sorted((inter1, inter2))
    return f"{INTER_LABELS[a]}-{INTER_LABELS[b]}"


def all_interaction_codes() -> list[int]:
    codes = {i * 10 for i in range(1, 9)}
    codes |= {interaction_code(a, b) for a in range(1, 9) for b in range(1, 9)}
    return sorted(codes)
