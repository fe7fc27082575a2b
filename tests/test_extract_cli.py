"""`dataset extract`: arbitrary texts from JSONL to an events Parquet with provenance."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from dataset.cli import app
from dataset.model import EVENT_COLUMNS

runner = CliRunner()


def test_extract_jsonl(tmp_path: Path) -> None:
    lines = [
        {"id": "n1", "published": "2021-01-06", "country": "Kenya",
         "text": "On 6 January 2021, hundreds of students protested in Nakuru against a fee increase."},
        {"id": "n2", "published": "2021-02-01", "country": "Niger",
         "text": "Gunmen killed four villagers near Ouallam on Sunday."},
        {"id": "bad", "text": "no date"},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    out = tmp_path / "out.parquet"
    result = runner.invoke(app, ["extract", "--input", str(src), "--output", str(out), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and ":3" in result.output
    df = pd.read_parquet(out)
    assert list(df.columns) == list(EVENT_COLUMNS)
    by_article = df.set_index("article_id")
    assert by_article.loc["n1", "sub_event_type"] == "Peaceful protest"
    assert by_article.loc["n1", "location"] == "Nakuru"
    assert by_article.loc["n2", "fatalities"] == 4 and by_article.loc["n2", "event_type"] == "Violence against civilians"
