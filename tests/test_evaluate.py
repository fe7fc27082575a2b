"""Scoring the coder against an ACLED-style export (`dataset evaluate`), on rows we write ourselves."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dataset.evaluate import evaluate, same_actor


def test_an_open_government_period_is_the_same_actor_as_the_period_closed_later() -> None:
    assert same_actor("Military Forces of Chad (2021-2024)", "Military Forces of Chad (2021-)")
    assert same_actor("Police Forces of Chad (2021-2024) Gendarmerie", "Police Forces of Chad (2021-) Gendarmerie")
    assert same_actor("Protesters (Chad)", "Protesters (Chad)")
    # (another period, another force or another country is another actor)
    assert not same_actor("Military Forces of Chad (2021-2024)", "Military Forces of Chad (1990-)")
    assert not same_actor("Military Forces of Chad (2021-2024)", "Police Forces of Chad (2021-)")
    assert not same_actor("Military Forces of Chad (2021-2024)", "Military Forces of Chad (2021-2024) Gendarmerie")


def test_evaluate_scores_each_field_of_a_note(tmp_path: Path) -> None:
    row = {
        "event_id_cnty": "KEN1", "event_date": "2019-03-05", "year": 2019, "time_precision": 1,
        "disorder_type": "Demonstrations", "event_type": "Protests", "sub_event_type": "Peaceful protest",
        "actor1": "Protesters (Kenya)", "inter1": 6, "actor2": "", "inter2": 0, "country": "Kenya",
        "admin1": "Nakuru", "location": "Nakuru", "latitude": -0.2833, "longitude": 36.0667, "fatalities": 0,
        "notes": "On 5 March 2019, about 200 traders marched peacefully through Nakuru town to protest against "
                 "new county market fees.",
    }
    path = tmp_path / "export.csv"
    pd.DataFrame([row]).to_csv(path, index=False)
    result = evaluate(path)
    assert result["rows"] == 1
    assert all(rate == 1.0 for rate in result["fields"].values()), result["fields"]
