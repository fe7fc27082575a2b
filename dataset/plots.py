"""Figures and tables for the notebooks: every plot titled, every axis labelled with its unit.

Functions take the events DataFrame from `dataset.load()` and return a matplotlib Figure (or a
DataFrame for tables), so the notebooks stay short and the plots are tested.
"""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

INTER_NAMES = {0: "none", 1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
               5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other"}


def _empty(title: str) -> Figure:
    fig, ax = plt.subplots(figsize=(6, 2))
    ax.set_title(title)
    ax.text(0.5, 0.5, "no events", ha="center", va="center")
    ax.set_axis_off()
    return fig


def summary_table(events: pd.DataFrame) -> pd.DataFrame:
    """Events, fatalities and places by event type, as on ACLED's dashboard."""
    if events.empty:
        return pd.DataFrame(columns=["events", "fatalities", "countries", "locations", "first", "last"])
    g = events.groupby("event_type", observed=True)
    table = pd.DataFrame({
        "events": g.size(), "fatalities": g["fatalities"].sum(), "countries": g["country"].nunique(),
        "locations": g["location"].nunique(), "first": g["event_date"].min().dt.date,
        "last": g["event_date"].max().dt.date,
    }).sort_values("events", ascending=False)
    table.loc["All"] = [len(events), events["fatalities"].sum(), events["country"].nunique(),
                        events["location"].nunique(), events["event_date"].min().date(),
                        events["event_date"].max().date()]
    return table


def events_over_time(events: pd.DataFrame, freq: str = "MS") -> Figure:
    """Monthly events by event type (bars) and fatalities (line)."""
    title = "Events and fatalities over time by event type"
    if events.empty:
        return _empty(title)
    counts = (events.groupby([pd.Grouper(key="event_date", freq=freq), "event_type"], observed=True)
              .size().unstack(fill_value=0))
    deaths = events.groupby(pd.Grouper(key="event_date", freq=freq))["fatalities"].sum()
    months = pd.date_range(counts.index.min(), counts.index.max(), freq=freq)
    counts = counts.reindex(months, fill_value=0)
    deaths = deaths.reindex(months, fill_value=0)
    fig, ax = plt.subplots(figsize=(9, 4))
    labels = counts.index.strftime("%Y-%m")
    bottom = np.zeros(len(counts))
    for col in counts.columns:
        ax.bar(labels, counts[col].to_numpy(), bottom=bottom, label=str(col))
        bottom += counts[col].to_numpy()
    ax.set_xlabel("month")
    ax.set_ylabel("events (count per month)")
    ax.tick_params(axis="x", rotation=60)
    ax2 = ax.twinx()
    ax2.plot(labels, deaths.to_numpy(), color="black", marker="o", label="fatalities")
    ax2.set_ylabel("fatalities (deaths per month)")
    ax.set_title(title)
    ax.legend(loc="upper left", fontsize=7)
    fig.tight_layout()
    return fig


def top_locations(events: pd.DataFrame, n: int = 10) -> Figure:
    title = f"Top {n} locations by number of events"
    if events.empty:
        return _empty(title)
    top = events.groupby(["location", "country"], observed=True).size().nlargest(n)[::-1]
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.barh([f"{loc} ({c})" for loc, c in top.index], top.to_numpy())
    ax.set_xlabel("events (count)")
    ax.set_ylabel("location (country)")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def event_map(events: pd.DataFrame, country: str | None = None) -> Figure:
    """Events at their coordinates, sized by fatalities, coloured by event type (no basemap: offline)."""
    data = events if country is None else events[events["country"] == country]
    title = "Events by location" + (f": {country}" if country else "") + " (size = fatalities)"
    if data.empty:
        return _empty(title)
    fig, ax = plt.subplots(figsize=(7, 6))
    for etype, group in data.groupby("event_type", observed=True):
        ax.scatter(group["longitude"], group["latitude"], s=20 + 15 * group["fatalities"].clip(upper=50),
                   alpha=0.6, label=str(etype), edgecolors="black", linewidths=0.3)
    for (loc, lon, lat), _ in data.groupby(["location", "longitude", "latitude"], observed=True):
        ax.annotate(loc, (lon, lat), fontsize=6, xytext=(3, 3), textcoords="offset points")
    ax.set_xlabel("longitude (degrees east)")
    ax.set_ylabel("latitude (degrees north)")
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_title(title)
    ax.legend(fontsize=7, loc="best")
    fig.tight_layout()
    return fig


def interaction_matrix(events: pd.DataFrame) -> Figure:
    """Counts of events by the actor types of actor1 and actor2."""
    title = "Events by actor types (inter1 x inter2)"
    if events.empty:
        return _empty(title)
    m = pd.crosstab(events["inter1"], events["inter2"]).reindex(index=range(1, 9), columns=range(0, 9), fill_value=0)
    fig, ax = plt.subplots(figsize=(7, 5))
    im = ax.imshow(m.to_numpy(), cmap="Reds")
    ax.set_xticks(range(9), [INTER_NAMES[i] for i in range(9)], rotation=45, ha="right", fontsize=7)
    ax.set_yticks(range(8), [INTER_NAMES[i] for i in range(1, 9)], fontsize=7)
    for (i, j), v in np.ndenumerate(m.to_numpy()):
        if v:
            ax.text(j, i, str(v), ha="center", va="center", fontsize=7)
    ax.set_xlabel("actor2 type (inter2)")
    ax.set_ylabel("actor1 type (inter1)")
    ax.set_title(title)
    fig.colorbar(im, ax=ax, label="events (count)")
    fig.tight_layout()
    return fig


def civilian_targeting(events: pd.DataFrame) -> Figure:
    title = "Events targeting civilians, by event type"
    if events.empty:
        return _empty(title)
    t = pd.crosstab(events["event_type"], events["civilian_targeting"].replace("", "not targeting civilians"))
    fig, ax = plt.subplots(figsize=(7, 3.5))
    t.plot.barh(stacked=True, ax=ax)
    ax.set_xlabel("events (count)")
    ax.set_ylabel("event type")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def precision_shares(events: pd.DataFrame) -> pd.DataFrame:
    """Share of events at each time and geo precision (1 = most precise)."""
    out = {}
    for col in ("time_precision", "geo_precision"):
        out[col] = events[col].value_counts(normalize=True).reindex([1, 2, 3], fill_value=0.0)
    return pd.DataFrame(out)


def reason_counts(events: pd.DataFrame) -> pd.Series:
    """How often each kind of fallback was taken (quoted words removed, so kinds group together)."""
    reasons = events["reasons"].astype(str).str.split("; ").explode()
    reasons = reasons[reasons.str.len() > 0].map(lambda r: re.sub(r"'[^']*'", "'...'", r).split(":")[0])
    return reasons.value_counts()


def quality_figure(events: pd.DataFrame) -> Figure:
    title = "How values were obtained: precision of dates and places"
    if events.empty:
        return _empty(title)
    shares = precision_shares(events) * 100
    fig, ax = plt.subplots(figsize=(6, 3.5))
    shares.T.plot.bar(stacked=True, ax=ax)
    ax.set_xticklabels(["event_date (time_precision)", "location (geo_precision)"], rotation=0)
    ax.set_ylabel("share of events (%)")
    ax.set_xlabel("coded field")
    ax.legend(["1 exact day / town", "2 week / near a town", "3 month / region"], fontsize=7)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def agreement_figure(result: dict) -> Figure:
    """Per-field agreement with an ACLED export (from dataset.evaluate.evaluate)."""
    fields = result["fields"]
    fig, ax = plt.subplots(figsize=(7, 3.5))
    ax.bar(list(fields), [v * 100 for v in fields.values()])
    ax.set_ylim(0, 100)
    ax.set_ylabel("agreement with ACLED (% of rows)")
    ax.set_xlabel("field")
    ax.tick_params(axis="x", rotation=45)
    ax.set_title(f"Coder vs ACLED ({result['scored']} notes)")
    fig.tight_layout()
    return fig
