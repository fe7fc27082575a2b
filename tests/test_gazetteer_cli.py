"""`dataset gazetteer add`: a GeoNames extract makes new villages findable; bad files exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataset.cli import app
from dataset.coder import gazetteer, places

FIXTURE = Path(__file__).parent / "fixtures" / "gazetteer" / "KE_sample.txt"
runner = CliRunner()


@pytest.fixture()
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATASET_GAZETTEER_DIR", str(tmp_path / "extracts"))
    yield tmp_path / "extracts"
    gazetteer.load_index.cache_clear()
    places._country_lookup.cache_clear()


def test_add_extract_then_find_village(user_dir: Path) -> None:
    assert not places.find_places("clashes in Ngwata on Monday", country_hint="Kenya")
    result = runner.invoke(app, ["gazetteer", "add", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    assert "2 populated places" in result.output and (user_dir / "KE_sample.txt").exists()
    gazetteer.load_index.cache_clear()
    found = places.find_places("clashes in Ngwata on Monday", country_hint="Kenya")
    assert [(m.place.name, m.place.country, m.geo_precision) for m in found] == [("Ngwata", "Kenya", 1)]
    assert abs(found[0].place.latitude + 2.51) < 1e-6
    near = places.find_places("an attack near Kibwezi Junction", country_hint="Kenya")
    assert near and near[0].place.name == "Kibwezi Junction" and near[0].geo_precision == 2


@pytest.mark.parametrize("content", ["not,a,geonames,file\n", "1\tonly\tthree\n"])
def test_bad_extract_exits_2(user_dir: Path, tmp_path: Path, content: str) -> None:
    bad = tmp_path / "XX.txt"
    bad.write_text(content)
    result = runner.invoke(app, ["gazetteer", "add", str(bad)])
    assert result.exit_code == 2
    assert "not a GeoNames dump" in result.output and "Traceback" not in result.output
    assert not (user_dir / "XX.txt").exists()
