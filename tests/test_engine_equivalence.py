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


def test_capitalised_runs_read_like_the_plain_pattern() -> None:
    from dataset.coder import places

    texts = _sentences() + ["Al-Shabaab in Mogadishu's Hodan-District, McDonald O’Brien; ÉLYSÉE Bin Laden X. Y.Z.",
                            "Khost wa Firing, Mazar-e Sharif and Boulogne-sur-Mer"]
    for text in texts:
        plain = [m.span() for m in places._CAP_RUN.finditer(text)]
        assert [m.span() for m in places._CAP_RUN_FAST.finditer(text)] == plain


def test_country_names_read_like_the_plain_alternation() -> None:
    import random

    from dataset.coder import places
    from dataset.coder.fastre import caseless_lower

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw").rglob("*.md"))[:12]]
    names, rng = list(places._country_lookup()), random.Random(0)
    for _ in range(300):
        words = [rng.choice(names) for _ in range(5)]
        words = [w.upper() if rng.random() < .3 else w.title() if rng.random() < .5 else w for w in words]
        texts.append(rng.choice([" ", ".", "-", "’", "ı", "é", "\n", "s "]).join(words) + rng.choice(["", "s", "."]))
    fast, plain = places._country_regex_fast(), places._country_regex()
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in fast.finditer(text, caseless_lower(text))] == spans
        assert [m.span() for m in fast.pattern.finditer(text)] == spans


def test_fatality_gate_reads_like_the_substring_tests() -> None:
    from dataset.coder import fatalities

    texts = _sentences() + ["they die.", "DIE, they", "beat to death", "beaten", "the toll", "lost his life"]
    for text in texts:
        lowered = text.lower()
        assert bool(fatalities._GATE.search(lowered)) == any(w in lowered for w in fatalities._GATE_WORDS)


def test_zero_statements_read_like_the_plain_pattern() -> None:
    from dataset.coder import fatalities

    texts = _sentences() + ["No one was killed.", "NOBODY DIED", "“No casualties,” said İbrahim", "without loss of life"]
    for text in texts:
        assert fatalities.has_zero_statement(text) == bool(fatalities._ZERO.search(text))


def test_weekday_rule_reads_like_it_without_its_look_ahead() -> None:
    import re

    from dataset.coder import dates

    rule = next(r for r in dates._RULES if r.name == "weekday")
    plain = re.compile(rule.pattern.pattern.removeprefix(dates._WEEKDAY_STARTS))
    assert plain.pattern != rule.pattern.pattern
    texts = _sentences() + ["since  monday, this \n past tuesday; good friday, last sunday's edition, as of friday",
                            "this coming wednesday times", "holy saturday", "the coming thursday", "pastmonday"]
    for text in texts:
        low = text.lower()
        assert [m.span() for m in rule.pattern.finditer(low)] == [m.span() for m in plain.finditer(low)]
        assert [m.groupdict() for m in rule.pattern.finditer(low)] == [m.groupdict() for m in plain.finditer(low)]
