"""Regenerate the README figures from the build of raw/: python scripts/make_figures.py"""

from __future__ import annotations

import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import dataset  # noqa: E402
from dataset import plots  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "figures"


def main() -> None:
    warnings.simplefilter("ignore", UserWarning)
    events = dataset.load()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, fig in (("events_over_time.png", plots.events_over_time(events)),
                      ("interaction_matrix.png", plots.interaction_matrix(events))):
        fig.savefig(OUT / name, dpi=90, metadata={"Software": None})
        print(f"wrote {OUT / name}")


if __name__ == "__main__":
    main()
