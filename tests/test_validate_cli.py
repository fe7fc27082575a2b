"""`dataset validate`: real-format files, one damaged row per rule, each caught by name."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from dataset.cli import app
from dataset.validate import detect_era, validate_file

FIXTURES = Path(__file__).parent / "fixtures" / "validate"
runner = CliRunner()


def test_valid_export_passes() -> None:
    result = runner.invoke(app, ["validate", str(FIXTURES / "acled_2021_valid.csv")])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output and "2021 format" in result.output


def test_each_damaged_row_is_caught_by_name() -> None:
    result = validate_file(FIXTURES / "acled_2021_damaged.csv")
    assert result.era == "2021"
    caught = {(r.check, r.id) for r in result.report.itertuples()}
    expected = {
        ("sub_event_type_belongs_to_event_type", "KEN3"),
        ("in_range(-90, 90)", "KEN4"),
        ("coordinates_inside_country", "KEN4"),
        ("greater_than_or_equal_to(0)", "KEN5"),
        ("interaction_matches_inter_codes", "KEN6"),
        ("field_uniqueness", "KEN1"),
        ("not_nullable", "KEN8"),  # 2021-13-45 is no date
        ("isin([1, 2, 3])", "KEN9"),
    }
    assert expected <= caught, f"missing: {expected - caught}"
    assert not any(r.id == "KEN2" for r in result.report.itertuples()), "the valid attack row is flagged"


def test_cli_exit_codes_and_report(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["validate", str(FIXTURES / "acled_2021_damaged.csv"), "--report", str(report)])
    assert result.exit_code == 1
    data = json.loads(report.read_text())
    assert data["valid"] is False and data["rows"] == 9
    checks = {c["check"] for c in data["checks"]}
    assert "interaction_matches_inter_codes" in checks
    assert all(len(c["examples"]) <= 5 for c in data["checks"])
    csv_report = tmp_path / "report.csv"
    runner.invoke(app, ["validate", str(FIXTURES / "acled_2021_damaged.csv"), "--report", str(csv_report)])
    assert len(pd.read_csv(csv_report)) >= 8


@pytest.mark.parametrize("content", [b"\x00\x01binary", b"just,a,table\n1,2,3\n"])
def test_unreadable_or_foreign_input_exits_2(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "nope.csv")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_2023_text_labels_and_parquet(tmp_path: Path) -> None:
    df = pd.read_csv(FIXTURES / "acled_2021_valid.csv", dtype=str, encoding="utf-8-sig")
    df = df.drop(columns=["data_id", "iso3", "event_id_no_cnty"])
    df["disorder_type"] = ["Demonstrations", "Political violence"]
    df["civilian_targeting"] = ["", "Civilian targeting"]
    df["inter1"] = ["Protesters", "Political militia"]
    df["inter2"] = ["", "Civilians"]
    df["interaction"] = ["Protesters only", "Political militia-Civilians"]
    df["tags"] = ""
    path = tmp_path / "modern.parquet"
    df.to_parquet(path)
    assert detect_era(list(df.columns)) == "2023+"
    result = validate_file(path)
    assert result.ok, result.report
    df.loc[0, "interaction"] = "State forces-Protesters"
    df.to_parquet(path)
    assert "interaction_matches_inter_codes" in set(validate_file(path).report["check"])


def test_xlsx_is_read(tmp_path: Path) -> None:
    df = pd.read_csv(FIXTURES / "acled_2021_valid.csv", dtype=str, encoding="utf-8-sig")
    path = tmp_path / "export.xlsx"
    df.to_excel(path, index=False)
    assert validate_file(path).ok
