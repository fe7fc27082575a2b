"""Sentence and paragraph segmentation that keeps character offsets.

Offsets let every coded value point back into the article text (provenance).
A small rule-based splitter is enough for wire-style English and is fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = {
    "u.s", "u.n", "u.k", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "sen",
    "rep", "gov", "st", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
    "dec", "inc", "ltd", "co", "corp", "jr", "sr", "prof", "e.g", "i.e", "approx", "est", "brig",
    "cpl", "pvt", "adm", "cmdr", "rev", "hon", "pres", "mt", "ft", "u.s.a", "a.m", "p.m",
}

_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
_PARAGRAPH = re.compile(r"\n\s*\n")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) then whitespace.
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of the first character in the article text
    end: int  # offset one past the last character
    paragraph: int
    index: int  # position among all sentences of the article


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True if the period at `dot` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, dot - 24), dot)
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # an initial, e.g. "John F. Kennedy"


def segment(text: str) -> list[Sentence]:
    """Split text into sentences with offsets into `text`."""
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(_paragraph_spans(text)):
        start = p_start
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            if _is_abbreviation(text, m.start()):
                continue
            _append(sentences, text, start, m.end(), p_index)
            start = m.end()
        _append(sentences, text, start, p_end, p_index)
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append(Sentence(stripped, s, s + len(stripped), paragraph, len(out)))
