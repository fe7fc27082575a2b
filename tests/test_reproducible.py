"""Incremental builds and stable event ids: the cache and the registry never change a result."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pandas as pd

from dataset.build import run_build
from dataset.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "raw" / "articles").glob("*.md"))


def _raw(tmp_path: Path, names: list[Path]) -> Path:
    folder = tmp_path / "raw" / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for p in names:
        shutil.copy(p, folder / p.name)
    return tmp_path / "raw"


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def test_cached_build_equals_clean_build(tmp_path: Path) -> None:
    raw = _raw(tmp_path, SOURCES[:8])
    reg = tmp_path / "ids.csv"
    first = run_build(raw, tmp_path / "b", registry_path=reg)
    assert any((tmp_path / "b" / "cache").rglob("*.pickle"))
    cached = run_build(raw, tmp_path / "b", registry_path=reg)  # every article from the cache
    clean = run_build(raw, tmp_path / "clean", registry_path=reg, force=True)
    pd.testing.assert_frame_equal(first.events, cached.events)
    pd.testing.assert_frame_equal(cached.events, clean.events)
    assert _digests(tmp_path / "b") == _digests(tmp_path / "clean")


def test_ids_survive_new_articles_and_are_never_reused(tmp_path: Path) -> None:
    reg = tmp_path / "ids.csv"
    raw = _raw(tmp_path, SOURCES[:6])
    before = run_build(raw, tmp_path / "b1", registry_path=reg).events
    ids_before = dict(zip(before["evidence_spans"] + before["article_id"], before["event_id_cnty"], strict=True))
    _raw(tmp_path, SOURCES[6:12])  # more articles arrive
    after = run_build(raw, tmp_path / "b2", registry_path=reg).events
    ids_after = dict(zip(after["evidence_spans"] + after["article_id"], after["event_id_cnty"], strict=True))
    assert all(ids_after[k] == v for k, v in ids_before.items()), "an event kept its id"
    # remove an article: its events' ids are retired, and a new event does not take them
    removed = SOURCES[0]
    (raw / "articles" / removed.name).unlink()
    gone = set(after.loc[after["article_id"] == removed.stem, "event_id_cnty"])
    third = run_build(raw, tmp_path / "b3", registry_path=reg).events
    registry = Registry.load(reg)
    for ident in gone:
        assert registry.rows[ident]["status"] == "retired"
        assert ident not in set(third["event_id_cnty"])
    shutil.copy(removed, raw / "articles" / "zz-new-copy.md")  # same text, new id: new article
    text = (raw / "articles" / "zz-new-copy.md").read_text().replace(f"id: {removed.stem}", "id: zz-new-copy")
    (raw / "articles" / "zz-new-copy.md").write_text(text)
    fourth = run_build(raw, tmp_path / "b4", registry_path=reg).events
    assert fourth["event_id_cnty"].is_unique
