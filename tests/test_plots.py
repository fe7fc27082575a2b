"""Plots have titles and labelled axes, and cope with an empty table."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from dataset import plots  # noqa: E402
from dataset.coder import extract  # noqa: E402
from dataset.frames import events_frame  # noqa: E402
from dataset.ingest import read_raw  # noqa: E402
from dataset.model import Article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    arts = [a for a in read_raw(ROOT / "raw") if isinstance(a, Article)][:12]
    evs = [e for a in arts for e in extract(a)]
    for i, e in enumerate(evs):
        e.event_id_cnty = f"XXX{i}"
    return events_frame(evs)


FIGURES = [plots.events_over_time, plots.top_locations, plots.event_map, plots.interaction_matrix,
           plots.civilian_targeting, plots.quality_figure]


@pytest.mark.parametrize("fn", FIGURES, ids=lambda f: f.__name__)
def test_figures_are_titled_and_labelled(fn, events: pd.DataFrame) -> None:
    fig = fn(events)
    ax = fig.axes[0]
    assert ax.get_title()
    assert ax.get_xlabel() and ax.get_ylabel()
    assert "(" in ax.get_xlabel() + ax.get_ylabel(), "a unit is given"


@pytest.mark.parametrize("fn", FIGURES, ids=lambda f: f.__name__)
def test_empty_table(fn, events: pd.DataFrame) -> None:
    fig = fn(events.iloc[0:0])
    assert fig.axes[0].get_title()


def test_tables(events: pd.DataFrame) -> None:
    table = plots.summary_table(events)
    assert table.loc["All", "events"] == len(events)
    shares = plots.precision_shares(events)
    assert abs(shares["time_precision"].sum() - 1) < 1e-9
    assert plots.reason_counts(events).sum() >= 0
