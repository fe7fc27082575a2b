"""Benchmark: validate 1,000,000 event rows against EventsSchema (target: under 10 s).

Run: python benchmarks/bench_validate.py [ROWS]
Prints the wall time of schemas.validate_events on a synthetic, valid events table.
"""

from __future__ import annotations

import sys
import time

import numpy as np
import pandas as pd

import schemas
from dataset.model import EVENT_COLUMNS


def synthetic_events(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    kinds = [
        ("Protests", "Peaceful protest", "Demonstrations", "Protesters (Kenya)", 6, "", 0, ""),
        ("Violence against civilians", "Attack", "Political violence", "Unidentified Armed Group (Kenya)", 3,
         "Civilians (Kenya)", 7, "Civilian targeting"),
        ("Battles", "Armed clash", "Political violence", "Military Forces of Kenya (2013-2022)", 1, "Al Shabaab", 2, ""),
    ]
    k = rng.integers(0, len(kinds), n)
    cols = list(zip(*kinds, strict=True))
    pick = lambda i: np.array(cols[i], dtype=object)[k]  # noqa: E731
    inter1 = np.array(cols[4])[k]
    inter2 = np.array(cols[6])[k]
    lo, hi = np.minimum(inter1, inter2), np.maximum(inter1, inter2)
    interaction = np.where(inter2 == 0, inter1 * 10, lo * 10 + hi)
    dates = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    df = pd.DataFrame({
        "event_id_cnty": [f"KEN{i}" for i in range(1, n + 1)],
        "event_date": dates.astype("datetime64[ns]"),
        "year": np.full(n, 2021, dtype="int64"),
        "time_precision": rng.integers(1, 4, n).astype("int64"),
        "disorder_type": pick(2), "event_type": pick(0), "sub_event_type": pick(1),
        "actor1": pick(3), "assoc_actor_1": "", "inter1": inter1.astype("int64"),
        "actor2": pick(5), "assoc_actor_2": "", "inter2": inter2.astype("int64"),
        "interaction": interaction.astype("int64"), "civilian_targeting": pick(7),
        "iso": np.full(n, 404, dtype="int64"), "region": "Eastern Africa", "country": "Kenya",
        "admin1": "Nairobi", "admin2": "", "admin3": "", "location": "Nairobi",
        "latitude": rng.uniform(-4, 4, n), "longitude": rng.uniform(34, 41, n),
        "geo_precision": rng.integers(1, 4, n).astype("int64"), "source": "Wire", "source_scale": "National",
        "notes": "A synthetic event.", "fatalities": rng.integers(0, 5, n).astype("int64"), "tags": "",
        "timestamp": np.full(n, 1_600_000_000, dtype="int64"), "article_id": "a", "evidence_text": "x",
        "evidence_spans": "0-1", "provenance": "{}", "reasons": "", "coder_version": "bench",
    })
    for c in df.columns:
        if df[c].dtype == object:
            df[c] = df[c].astype(str)
    return df[list(EVENT_COLUMNS)]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    df = synthetic_events(n)
    start = time.perf_counter()
    schemas.validate_events(df)
    elapsed = time.perf_counter() - start
    print(f"validated {n:,} event rows in {elapsed:.2f} s ({n / elapsed:,.0f} rows/s)")


if __name__ == "__main__":
    main()
