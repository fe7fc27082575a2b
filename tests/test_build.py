"""`dataset build` end to end: outputs, bad input, --strict, and nothing written when invalid."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from dataset import build as build_mod
from dataset.cli import app
from dataset.model import ACLED_COLUMNS, EVENT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "raw" / "articles" / "000_b63f5e1e1dd76b07.md"
runner = CliRunner()


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw" / "articles"
    folder.mkdir(parents=True)
    shutil.copy(SEED, folder / SEED.name)
    (folder / "no-date.md").write_text("---\nid: no-date\ntitle: x\n---\nGunmen attacked a village.\n")
    (folder / "broken.md").write_text("---\nid: [broken\npublished: 2020-01-01\n---\nText.\n")
    (folder / "empty.md").write_text("---\nid: empty\npublished: 2020-01-01\n---\n\n")
    (folder / "latin1.md").write_bytes("---\nid: l1\npublished: 2020-01-01\n---\nCaf\xe9\n".encode("latin-1"))
    (folder / "dup.md").write_bytes(SEED.read_bytes())
    (folder / "quiet.md").write_text("---\nid: quiet\npublished: 2021-05-01\ncountry: Kenya\n---\n"
                                    "The county assembly passed the budget on Friday.\n")
    return tmp_path / "raw"


def test_build_writes_validated_tables(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    result = runner.invoke(app, ["build", "--raw", str(raw), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    events = pd.read_parquet(out / "events.parquet")
    assert list(events.columns) == list(EVENT_COLUMNS)
    assert list(pd.read_csv(out / "events.csv").columns[: len(ACLED_COLUMNS)]) == list(ACLED_COLUMNS)
    main = events[(events.event_date == pd.Timestamp("2020-01-26"))
                  & (events.sub_event_type == "Shelling/artillery/missile attack")]
    assert len(main) == 1
    assert main.iloc[0][["location", "admin1", "fatalities", "time_precision"]].tolist() == ["Baghdad", "Baghdad", 0, 1]
    articles = pd.read_parquet(out / "articles.parquet").set_index("path")
    assert len(articles) == 7, "every raw file is accounted for"
    status = {Path(p).name: s for p, s in articles["status"].items()}
    assert status == {
        SEED.name: "coded", "no-date.md": "rejected", "broken.md": "rejected", "empty.md": "rejected",
        "latin1.md": "rejected", "dup.md": "rejected", "quiet.md": "no-event",
    }
    report = (out / "report.md").read_text()
    for reason in ("missing 'published'", "broken front matter", "no text", "not UTF-8", "already used by"):
        assert reason in report
    sha = articles.loc[articles.index.str.endswith(SEED.name), "sha256"].iloc[0]
    assert sha == hashlib.sha256(SEED.read_bytes()).hexdigest()


def test_strict_exits_3_on_rejections(raw: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", "--raw", str(raw), "--out", str(tmp_path / "b"), "--quiet", "--strict"])
    assert result.exit_code == 3


def test_missing_raw_folder_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "b")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_invalid_events_are_not_written(raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = build_mod.extract

    def broken(article):
        events = real(article)
        for e in events:
            e.latitude = 200.0
        return events

    monkeypatch.setattr(build_mod, "extract", broken)
    out = tmp_path / "build"
    result = runner.invoke(app, ["build", "--raw", str(raw), "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    assert "latitude" in result.output and "validation failed" in result.output
    assert not (out / "events.parquet").exists(), "nothing is written when validation fails"


def test_build_is_byte_identical(raw: Path, tmp_path: Path) -> None:
    digests = []
    for name in ("a", "b"):
        out = tmp_path / name
        assert runner.invoke(app, ["build", "--raw", str(raw), "--out", str(out), "--quiet"]).exit_code == 0
        digests.append({p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())
                        if p.is_file()})
    assert digests[0] == digests[1]


def test_jobs_give_the_same_result(raw: Path, tmp_path: Path) -> None:
    one = build_mod.run_build(raw, tmp_path / "one", jobs=1)
    two = build_mod.run_build(raw, tmp_path / "two", jobs=2)
    pd.testing.assert_frame_equal(one.events, two.events)


def test_same_event_from_two_outlets_is_one_row(tmp_path: Path) -> None:
    folder = tmp_path / "raw" / "articles"
    folder.mkdir(parents=True)
    for name in ("ken-2021-03-14-nakuru-fees-march.md", "ken-2021-03-15-nakuru-fees-star.md"):
        shutil.copy(ROOT / "raw" / "articles" / name, folder / name)
    result = build_mod.run_build(tmp_path / "raw", tmp_path / "build", registry_path=tmp_path / "ids.csv")
    assert len(result.events) == 1
    row = result.events.iloc[0]
    assert row["source"] == "Daily Nation; The Star"
    assert "also_reported_by" in row["provenance"]
