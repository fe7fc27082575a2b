"""The engine's shortcuts read like the plain code they replace."""

from __future__ import annotations

from pathlib import Path

from dataset.coder import detect
from dataset.coder.segment import segment

ROOT = Path(__file__).resolve().parents[1]


def _sentences() -> list[str]:
    texts = [s.text for p in sorted((ROOT / "raw").rglob("*.md"))[:12] for s in segment(p.read_text(encoding="utf-8"))]
    return texts + ["Police, who FIRED; and were attacked (twice) - then WHEN it ended", "Café — ſhot, and then", ""]


def test_clause_before_reads_like_one_pass_per_trigger() -> None:
    def plain(text: str, pos: int) -> str:
        start = 0
        for m in detect._CLAUSE.finditer(text):
            if m.end() > pos:
                break
            start = m.end()
        return text[start:pos]

    for text in _sentences():
        ends = detect._clause_ends(text)
        for pos in range(0, len(text) + 1, 3):
            assert detect._clause_before(text, pos) == detect._clause_before(text, pos, ends) == plain(text, pos)
