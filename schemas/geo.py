"""Country bounding boxes (schemas/codebook/country_bbox.csv) for the coordinates check.

A box is enough to catch swapped or mistyped coordinates; countries without a box are not
checked.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

_PATH = Path(__file__).resolve().parent / "codebook" / "country_bbox.csv"

#: ACLED country names that pycountry does not know as written.
COUNTRY_ALIASES = {
    "Democratic Republic of Congo": "Congo, The Democratic Republic of the",
    "Republic of Congo": "Congo",
    "Ivory Coast": "Côte d'Ivoire",
    "Palestine": "Palestine, State of",
    "Syria": "Syrian Arab Republic",
    "Iran": "Iran, Islamic Republic of",
    "Russia": "Russian Federation",
    "Laos": "Lao People's Democratic Republic",
    "Tanzania": "Tanzania, United Republic of",
    "Bolivia": "Bolivia, Plurinational State of",
    "Venezuela": "Venezuela, Bolivarian Republic of",
    "Moldova": "Moldova, Republic of",
    "North Korea": "Korea, Democratic People's Republic of",
    "South Korea": "Korea, Republic of",
    "Vietnam": "Viet Nam",
    "eSwatini": "Eswatini",
    "Micronesia": "Micronesia, Federated States of",
    "Kosovo": "Kosovo",
}


def _load() -> dict[str, tuple[float, float, float, float]]:
    with open(_PATH, encoding="utf-8", newline="") as fh:
        return {r["country"]: (float(r["min_lat"]), float(r["max_lat"]), float(r["min_lon"]), float(r["max_lon"]))
                for r in csv.DictReader(fh)}


BBOXES = _load()


def bbox_violations(df: pd.DataFrame) -> pd.Series:
    """True where a row's coordinates fall outside its country's box (with a 0.5 degree margin)."""
    boxes = pd.DataFrame.from_dict(BBOXES, orient="index", columns=["min_lat", "max_lat", "min_lon", "max_lon"])
    joined = df[["country"]].join(boxes, on="country")
    lat = pd.to_numeric(df["latitude"], errors="coerce")
    lon = pd.to_numeric(df["longitude"], errors="coerce")
    m = 0.5
    outside = (lat < joined["min_lat"] - m) | (lat > joined["max_lat"] + m) | \
              (lon < joined["min_lon"] - m) | (lon > joined["max_lon"] + m)
    return outside.fillna(False).astype(bool)
