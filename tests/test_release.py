"""Releases: contents, Frictionless package, immutability, changelog and semver, verify, load()."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import dataset
from dataset.cli import app
from dataset.release import ReleaseError, make_release, verify_release

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "raw" / "articles").glob("*.md"))
runner = CliRunner()


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "raw" / "articles").mkdir(parents=True)
    for p in SOURCES[:6]:
        shutil.copy(p, tmp_path / "raw" / "articles" / p.name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setenv("DATASET_REGISTRY", str(tmp_path / "registry" / "ids.csv"))
    return tmp_path


def test_release_contents_and_package(project: Path) -> None:
    result = runner.invoke(app, ["release", "1.0.0"])
    assert result.exit_code == 0, result.output
    folder = project / "build" / "releases" / "1.0.0"
    for name in ("data/events.parquet", "data/events.csv", "data/articles.parquet", "datapackage.json",
                 "CITATION.cff", "codebook.md", "CHANGELOG.md", "SHA256SUMS", "build-manifest.json"):
        assert (folder / name).is_file(), name
    assert (project / "build" / "releases" / "1.0.0.tar.gz").is_file()
    package = json.loads((folder / "datapackage.json").read_text())
    assert package["version"] == "1.0.0" and package["created"] == "2023-11-14T22:13:20Z"
    for res in package["resources"]:
        assert res["hash"] == "sha256:" + hashlib.sha256((folder / res["path"]).read_bytes()).hexdigest()
        assert res["bytes"] == (folder / res["path"]).stat().st_size
    frictionless = pytest.importorskip("frictionless")
    pkg = frictionless.Package.from_descriptor(str(folder / "datapackage.json"))  # raises if invalid
    csv = pkg.get_resource("events-csv")
    report = csv.validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    cff = (folder / "CITATION.cff").read_text()
    assert "type: dataset" in cff and "version: 1.0.0" in cff and "doi:" in cff
    manifest = json.loads((folder / "build-manifest.json").read_text())
    assert manifest["rows"]["events"] == len(pd.read_parquet(folder / "data" / "events.parquet"))
    assert len(manifest["raw_files"]) == 6 and manifest["data_files"]
    assert "libraries" in manifest and "git_commit" in manifest and "git_dirty" in manifest


def test_existing_version_is_refused(project: Path) -> None:
    make_release("1.0.0", Path("raw"), Path("build"))
    before = (project / "build" / "releases" / "1.0.0" / "SHA256SUMS").read_bytes()
    result = runner.invoke(app, ["release", "1.0.0"])
    assert result.exit_code == 1 and "already exists" in result.output
    assert (project / "build" / "releases" / "1.0.0" / "SHA256SUMS").read_bytes() == before
    assert not [p for p in (project / "build" / "releases").iterdir() if p.name.startswith(".")]


def test_changelog_and_semver(project: Path) -> None:
    make_release("1.0.0", Path("raw"), Path("build"))
    for p in SOURCES[6:9]:
        shutil.copy(p, project / "raw" / "articles" / p.name)
    with pytest.raises(ReleaseError, match="minor"):
        make_release("1.0.1", Path("raw"), Path("build"))
    folder = make_release("1.1.0", Path("raw"), Path("build"))
    log = (folder / "CHANGELOG.md").read_text()
    assert "compared with 1.0.0" in log and "Events added (" in log
    old = set(pd.read_parquet(project / "build/releases/1.0.0/data/events.parquet")["event_id_cnty"])
    new = set(pd.read_parquet(folder / "data" / "events.parquet")["event_id_cnty"])
    assert old <= new, "released events keep their ids"
    with pytest.raises(ReleaseError, match="not after"):
        make_release("0.9.0", Path("raw"), Path("build"))


def test_verify_and_tamper(project: Path) -> None:
    make_release("1.0.0", Path("raw"), Path("build"))
    assert verify_release("1.0.0", Path("build")) == []
    csv = project / "build" / "releases" / "1.0.0" / "data" / "events.csv"
    csv.write_text(csv.read_text().replace("Protesters", "Protestors", 1))
    problems = verify_release("1.0.0", Path("build"))
    assert any("events.csv: checksum" in p for p in problems)
    assert any("events.csv: rebuild differs from byte" in p for p in problems)
    result = runner.invoke(app, ["verify", "9.9.9"])
    assert result.exit_code == 2


def test_tarball_is_deterministic(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    make_release("1.0.0", Path("raw"), Path("build"))
    first = (project / "build" / "releases" / "1.0.0.tar.gz").read_bytes()
    shutil.rmtree(project / "build")
    make_release("1.0.0", Path("raw"), Path("build"))
    assert (project / "build" / "releases" / "1.0.0.tar.gz").read_bytes() == first


def test_load_latest_and_fallback(project: Path) -> None:
    runner.invoke(app, ["build", "--quiet"])
    with pytest.warns(UserWarning, match="no release"):
        df = dataset.load(root=project)
    assert pd.api.types.is_datetime64_any_dtype(df["event_date"])
    make_release("1.0.0", Path("raw"), Path("build"))
    df = dataset.load(root=project)
    assert isinstance(df["event_type"].dtype, pd.CategoricalDtype) and df["fatalities"].dtype == "int64"
    assert len(dataset.load("1.0.0", root=project)) == len(df)
    with pytest.raises(FileNotFoundError, match="no release 2.0.0"):
        dataset.load("2.0.0", root=project)
