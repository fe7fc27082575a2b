"""Raw input: both formats read, and every broken file rejected with a reason, none lost."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dataset.ingest import Rejection, read_raw
from dataset.model import Article

GOOD = """---
id: good-one
title: Test
source: Wire
published: 2021-03-15
country: Kenya
---
Police fired tear gas at protesters in Nakuru on Sunday.
"""


def _write(folder: Path, name: str, content: str | bytes) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


def _by_path(items: list) -> dict[str, Article | Rejection]:
    return {Path(i.path).name: i for i in items}


def test_reads_front_matter_article(tmp_path: Path) -> None:
    _write(tmp_path / "raw", "articles/good-one.md", GOOD)
    [item] = read_raw(tmp_path / "raw")
    assert isinstance(item, Article)
    assert item.id == "good-one"
    assert item.published == date(2021, 3, 15)
    assert item.country == "Kenya"
    assert item.text.startswith("Police fired tear gas")
    assert len(item.sha256) == 64


def test_reads_jsonl_lines(tmp_path: Path) -> None:
    lines = [
        {"id": "j1", "published": "2021-01-02", "text": "Gunmen attacked a village.", "country": "Niger"},
        {"id": "j2", "published": "2021-01-03", "text": ""},
        "not json",
    ]
    body = "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n"
    _write(tmp_path / "raw", "feed.jsonl", body)
    items = read_raw(tmp_path / "raw")
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Rejection"]
    assert items[0].id == "j1" and items[0].path.endswith("feed.jsonl:1")
    assert "no text" in items[1].reason
    assert "not valid JSON" in items[2].reason


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("no-published.md", "---\nid: a\ntitle: x\n---\nSome text.\n", "missing 'published'"),
        ("bad-published.md", "---\nid: b\npublished: last Tuesday\n---\nSome text.\n", "not an ISO date"),
        ("broken-front-matter.md", "---\nid: c\npublished: [2020-01-01\n---\nSome text.\n", "broken front matter"),
        ("no-front-matter.md", "Just text, no header.\n", "no front matter"),
        ("empty.md", "---\nid: e\npublished: 2020-01-01\n---\n\n   \n", "no text"),
        ("latin1.md", "---\nid: f\npublished: 2020-01-01\n---\nCaf\xe9 attack\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_input_is_rejected_with_reason(tmp_path: Path, name: str, content: str | bytes, reason: str) -> None:
    _write(tmp_path / "raw", "articles/good-one.md", GOOD)
    _write(tmp_path / "raw", f"articles/{name}", content)
    items = _by_path(read_raw(tmp_path / "raw"))
    assert isinstance(items["good-one.md"], Article), "a bad file must not stop the others"
    bad = items[name]
    assert isinstance(bad, Rejection)
    assert reason in bad.reason
    assert bad.path.endswith(name)


def test_duplicate_id_is_rejected(tmp_path: Path) -> None:
    _write(tmp_path / "raw", "articles/a.md", GOOD)
    _write(tmp_path / "raw", "articles/b.md", GOOD)
    items = _by_path(read_raw(tmp_path / "raw"))
    assert isinstance(items["a.md"], Article)
    assert isinstance(items["b.md"], Rejection)
    assert "already used by" in items["b.md"].reason and "a.md" in items["b.md"].reason


def test_every_file_accounted_for(tmp_path: Path) -> None:
    for i in range(3):
        _write(tmp_path / "raw", f"articles/x{i}.md", GOOD.replace("good-one", f"x{i}"))
    _write(tmp_path / "raw", "articles/bad.md", "nothing")
    assert len(read_raw(tmp_path / "raw")) == 4
