"""Dispatch scans like one big alternation at word starts, only faster."""

from __future__ import annotations

import re

from dataset.coder.fastre import Dispatch, first_letters


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
