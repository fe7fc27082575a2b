"""`dataset.load()`: the events table of a release, for notebooks and users."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pandas as pd

CATEGORICAL = ("disorder_type", "event_type", "sub_event_type", "country", "region")


def load(version: str | None = None, *, root: Path | None = None) -> pd.DataFrame:
    """Events of release `version` (default: the latest) under ROOT/build/releases.

    ROOT is `root`, else $DATASET_HOME, else the current folder. With no release at all, the
    current build (build/events.parquet) is returned with a warning, so notebooks also run on a
    plain build. Types: event_date datetime64, the type columns categorical, counts int64.
    """
    from dataset.release import list_versions

    base = Path(root or os.environ.get("DATASET_HOME") or ".")
    build = base / "build"
    versions = list_versions(build)
    if version is not None:
        if version not in versions:
            raise FileNotFoundError(f"no release {version} in {build / 'releases'}; have: {', '.join(versions) or 'none'}")
        path = build / "releases" / version / "data" / "events.parquet"
    elif versions:
        path = build / "releases" / versions[-1] / "data" / "events.parquet"
    else:
        path = build / "events.parquet"
        if not path.exists():
            raise FileNotFoundError(f"no release in {build / 'releases'} and no build at {path}: run `dataset build`")
        warnings.warn(f"no release found; loading the current build {path}", stacklevel=2)
    df = pd.read_parquet(path)
    df["event_date"] = pd.to_datetime(df["event_date"])
    for c in CATEGORICAL:
        df[c] = df[c].astype("category")
    return df
