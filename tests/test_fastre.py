"""Dispatch scans like one big alternation at word starts, only faster."""

from __future__ import annotations

import re

from dataset.coder.fastre import Dispatch, first_letters, split_by_prefix


def test_first_letters() -> None:
    assert first_letters("kill(?:ed)?") == {"k"}
    assert first_letters("(?:unknown |unidentified )?gunm[ae]n") == {"u", "g"}
    assert first_letters("[Ss]hell") == {"s"}
    assert first_letters("(?:a )?") is None  # may match nothing
    assert first_letters(r"\d+ killed") is None


def test_dispatch_matches_like_alternation() -> None:
    branches = ["(?P<a>gunm[ae]n)", "(?P<b>(?:armed )?gunmen attacked)", "(?P<c>attack(?:ed)?)", r"(?P<d>\d+ dead)"]
    text = "Armed gunmen attacked a post; 3 dead. Gunmen fled. Anti-attack measures."
    d = Dispatch(branches, suffix=r"(?![\w-])", flags=re.I)
    got = [(m.lastgroup, m.group(0)) for m in d.scan(text)]
    assert got == [("b", "Armed gunmen attacked"), ("d", "3 dead"), ("a", "Gunmen")]
    overlapping = [m.group(0) for m in d.scan(text, overlapping=True)]
    assert overlapping == ["Armed gunmen attacked", "gunmen", "attacked", "3 dead", "Gunmen"]


def _plain_scan(d: Dispatch, text: str, overlapping: bool) -> list[tuple[int, int, str | None]]:
    """The reference: one big alternation tried at every word start."""
    big = re.compile("(?:" + "|".join(d.branches) + ")" + d._suffix, d._flags)
    out, pos = [], 0
    for w in re.finditer(r"(?<![\w-])[A-Za-z0-9]", text):
        if w.start() < pos:
            continue
        m = big.match(text, w.start())
        if m is None or m.end() == m.start():
            continue
        out.append((m.start(), m.end(), m.lastgroup))
        if not overlapping:
            pos = m.end()
    return out


def test_path_prefixes() -> None:
    from dataset.coder.fastre import _parsed, _path_prefixes

    assert _path_prefixes(_parsed("(?:the )?army"), 6) == {"the ar", "army"}
    assert _path_prefixes(_parsed(r"(?:were|was) (?:\w+ )?shot"), 6) == {"were ", "were s", "was ", "was sh"}
    assert _path_prefixes(_parsed(r"Ex-?\w+"), 6) == {"ex-", "ex"}
    assert _path_prefixes(_parsed(r"\w+ killed"), 6) is None  # nothing known before the class


def test_literal_prefixes() -> None:
    from dataset.coder.fastre import literal_prefixes

    assert literal_prefixes("kill(?:ed)?") == {"kil"}
    assert literal_prefixes("(?:unknown |unidentified )?gunm[ae]n") == {"unk", "uni", "gun"}
    assert literal_prefixes("ab") is None  # shorter than three letters
    assert literal_prefixes(r"\w+ killed") is None


def test_real_lexicons_scan_like_one_alternation() -> None:
    """The event lexicon and the actor dictionary, over the sample corpus: same matches."""
    from pathlib import Path

    from dataset.coder.actors import load_dictionary
    from dataset.coder.lexicon import load_lexicon

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "raw").rglob("*.md"))][:12]
    for d in (load_lexicon().triggers, load_dictionary().regex):
        for text in texts:
            for overlapping in (False, True):
                got = [(m.start(), m.end(), m.lastgroup) for m in d.scan(text, overlapping=overlapping)]
                assert got == _plain_scan(d, text, overlapping)


def test_prefiltered_searches_like_its_regex() -> None:
    # (branches start at a word start: "n't" is written "\w+n't")
    for branches in ([r"\bno\b", r"\b\w+n't\b", r"\bnot\b"], [r"\bthreaten(?:ed|s)? to\b", r"(?-i:\bmay\b)"]):
        _same_as_regex(branches)


def _same_as_regex(branches: list[str]) -> None:
    from dataset.coder.fastre import Prefiltered

    p = Prefiltered(branches)
    for text in ["No one was hurt", "they didn't attack", "It threatened to strike", "In May they met",
                 "they may attack", "nothing here", ""]:
        plain = re.compile("|".join(f"(?:{b})" for b in branches), re.I).search(text)
        got = p.search(text)
        assert (got and got.span()) == (plain and plain.span()), text


def test_modality_cues_search_like_their_regex() -> None:
    from pathlib import Path

    from dataset.coder.lexicon import load_lexicon
    from dataset.coder.segment import segment

    root = Path(__file__).resolve().parents[1]
    sentences = [s.text for p in sorted((root / "raw").rglob("*.md"))[:15]
                 for s in segment(p.read_text(encoding="utf-8"))]
    sentences += ["They didn't attack.", "Police may intervene.", "In May, 40 were killed so far this year."]
    for cue in load_lexicon().modality.values():
        for text in sentences:
            got, plain = cue.search(text), cue.regex.search(text)
            assert (got and got.span()) == (plain and plain.span()) == cue.find(text), text
        # (where lower-casing changes the length, as with "İ", the dispatch may miss what the
        # regex finds; `find` reads as `search` does, whatever the text)
        for text in ["TÜRKIYE “WARNED OF” ſtrikes", "İ threatened to attack", "they DIDN’T attack"]:
            got = cue.search(text)
            assert (got and got.span()) == cue.find(text), text


def _unnarrowed_scan(d, text: str, overlapping: bool) -> list[tuple[int, int, str | None]]:
    """Dispatch.scan as it reads without its narrow gate: every word start of `_starts`."""
    lowered, out, pos = text.lower(), [], 0
    for w in d._starts.finditer(text):
        start = w.start()
        if start < pos:
            continue
        pattern = d._pattern(lowered[start:start + d.K])
        m = pattern.match(text, start) if pattern is not None else None
        if m is None or m.end() == start:
            continue
        out.append((m.start(), m.end(), m.lastgroup))
        if not overlapping:
            pos = m.end()
    return out


def test_narrow_gate_skips_only_word_starts_no_branch_matches() -> None:
    from pathlib import Path

    from dataset.coder.actors import load_dictionary
    from dataset.coder.lexicon import load_lexicon

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "raw").rglob("*.md"))][:8]
    texts += ["KILLED 3 IB 12 troops, Ǆ Kelvin\u212a ſhot İstanbul attack-ers attacked", "", "a", "3rd LIB 7 fired",
              "Kata’ib Hezbollah and KATA’IB fighters entered Türkiye; TÜRKIYE kıll kılled"]
    lexicon = load_lexicon()
    dispatches = [lexicon.triggers, load_dictionary().regex, *(p._dispatch for p in lexicon.modality.values() if p._dispatch)]
    dispatches.append(Dispatch(["(?P<a>gunm[ae]n)", r"(?P<d>\d+ dead)", "(?P<e>[A-Z]+ camp)", "(?P<f>ab)"], flags=re.I))
    for d in dispatches:
        for text in texts:
            for overlapping in (False, True):
                got = [(m.start(), m.end(), m.lastgroup) for m in d.scan(text, overlapping=overlapping)]
                assert got == _unnarrowed_scan(d, text, overlapping)
                first = d.first(text)
                assert ((first.start(), first.end(), first.lastgroup) if first else None) == (got[0] if got else None)
                assert list(d.spans(text, overlapping=overlapping)) == got


def test_caseless_twin_only_for_lower_case_literals() -> None:
    from dataset.coder.fastre import caseless_twin

    assert caseless_twin(re.compile(r"\bkill(?:ed)?\s+\d+", re.I)) is not None
    assert caseless_twin(re.compile(r"[a-z]+ [^abc]", re.I)) is not None
    assert caseless_twin(re.compile("kata’ib[—-]", re.I)) is not None  # characters without case
    assert caseless_twin(re.compile("türkiye|côte", re.I)) is not None  # letters with one upper case
    for source, flags in [("(?-i:may)", re.I), ("(?-i:May)", re.I), ("kill", 0), ("Kill", 0),
                          ("ſhot", re.I), ("kıll", re.I), ("\u212aill", re.I), ("[\u0100-\u0200]", re.I),
                          ("kill", re.I | re.X), ("(?x)kill", re.I), ("TÜRKIYE", re.I), ("σ", re.I), ("ς", re.I)]:
        assert caseless_twin(re.compile(source, flags)) is None, source
    # ASCII capitals are the same as small letters under IGNORECASE: the twin spells them small
    for source, twin in [("Killed", "killed"), ("[A-Z]x", "[a-z]x"), ("[^A-F]", "[^a-f]"),
                         (r"(?P<Kb>KDF)\b\S(?P=Kb)", r"(?P<Kb>kdf)\b\S(?P=Kb)")]:
        assert caseless_twin(re.compile(source, re.I)).pattern == twin, source


def test_lowercased_source_keeps_the_program() -> None:
    from dataset.coder.fastre import lowercased_source

    assert lowercased_source(r"(?:LIB|Iraqi Forces)\s\D", re.I) == r"(?:lib|iraqi forces)\s\D"
    assert lowercased_source(r"(?P<Name>AA)(?P=Name)", re.I) == r"(?P<Name>aa)(?P=Name)"  # group names kept
    assert lowercased_source(r"(?-i:March)es", re.I) == r"(?-i:March)es"  # case matters there: the source
    assert lowercased_source("Killed", 0) == "Killed"  # without IGNORECASE nothing changes


def test_caseless_matches_like_its_pattern() -> None:
    from pathlib import Path

    from dataset.coder import fatalities
    from dataset.coder.fastre import Caseless, caseless_lower
    from dataset.coder.segment import segment

    root = Path(__file__).resolve().parents[1]
    texts = [s.text for p in sorted((root / "raw").rglob("*.md"))[:10] for s in segment(p.read_text(encoding="utf-8"))]
    texts += ["FIVE PEOPLE WERE KILLED", "Five soldiers were killed and 3 civilians died.", "", "ıkilled ſhot dead",
              "“Five people were KILLED,” said Café owner ΣΑΣ — ǅ 12 ＫILLED", "KILLED 3 people", "İ killed 2",
              "TÜRKIYE and Türkiye, CÔTE D’IVOIRE; ΟΔΟΣ σ ς"]
    patterns = [p for _, p in fatalities._PATTERNS] + [re.compile(r"(?<![a-z])x*", re.I), re.compile(r"\bno\b|$", re.I),
                                                        re.compile(r"\b(?:türkiye|côte d’ivoire)\b|ü", re.I)]
    for pattern in patterns:
        fast = Caseless(pattern)
        # a pattern with a case-sensitive part (a capitalised name) has no twin and reads the text itself
        assert (fast.twin is None) == ("(?-i:" in pattern.pattern), pattern.pattern
        for text in texts:
            low = caseless_lower(text)
            spans = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text, low)] == spans
            # the twin's own matches read on the text: the same spans, groups and text
            got = [(m.span(), m.groupdict(), m.group(0), [m.span(g) for g in pattern.groupindex])
                   for m in fast.matches(text, low)]
            assert got == [(m.span(), m.groupdict(), m.group(0), [m.span(g) for g in pattern.groupindex])
                           for m in pattern.finditer(text)]
            assert list(fast.spans(text, low)) == [span for span, _ in spans]
            for pos in (0, 3):
                plain = pattern.search(text, pos, len(text) - 2)
                got = fast.search(text, pos, len(text) - 2, lowered=low)
                assert (got and (got.span(), got.groupdict())) == (plain and (plain.span(), plain.groupdict()))
                got, plain = fast.match(text, pos, lowered=low), pattern.match(text, pos)
                assert (got and got.span()) == (plain and plain.span())


def test_a_pattern_opening_with_many_words_is_split_by_their_first_letters() -> None:
    words = ["Afghanistani", "Argentinian", "Afghan", "Albanian", "Algerian", "Angolan", "Armenian", "Austrian",
             "Belgian", "Bolivian", "Brazilian", "Burundian", "US"]
    pattern = "(?:" + "|".join(words) + ") (?:forces|troops)"
    parts = split_by_prefix("p0_1", pattern)
    # one branch per first three letters, the words in their order, the same group name stem
    assert parts[0] == "(?P<p0_1>(?:Afghanistani|Afghan) (?:forces|troops))"
    assert [p.split(">")[0] for p in parts[:3]] == ["(?P<p0_1", "(?P<p0_1_1", "(?P<p0_1_2"]
    texts = [f"{w} troops crossed" for w in words] + ["Afghans troops", "the Austrian forces", "USA troops"]
    whole = Dispatch([f"(?P<p0_1>{pattern})"], flags=re.IGNORECASE)
    split = Dispatch(parts, flags=re.IGNORECASE)
    assert [[(s, e) for s, e, _ in split.spans(t)] for t in texts] == [[(s, e) for s, e, _ in whole.spans(t)]
                                                                       for t in texts]
    # a short list, or one that is not plain words, stays one branch
    assert split_by_prefix("r1_0", "(?:a|b) c") == ["(?P<r1_0>(?:a|b) c)"]
    assert len(split_by_prefix("r1_0", "(?:" + "|".join(words[:-1]) + "|[\\w-]+-led) coalition")) == 1
