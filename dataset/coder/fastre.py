"""Big alternations of lexicon patterns, scanned so Python's `re` stays fast.

`re` tries every branch of an alternation at every position. Lexicons hold hundreds of
branches, so we group them by the letters they can start with (read from the parsed pattern)
and, at each word start, try only the group of that word's first letter.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_LETTERS = set(string.ascii_lowercase)



def _first(items: list) -> set[str] | None:
    """Lowercase letters a parsed pattern can start with; None if unknown or possibly empty."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av).lower()
            return out | {ch}
        if op is _c.IN:
            for sub_op, sub_av in av:
                if sub_op is _c.LITERAL:
                    out.add(chr(sub_av).lower())
                elif sub_op is _c.RANGE:
                    out |= {chr(c).lower() for c in range(sub_av[0], sub_av[1] + 1)}
                elif sub_op is _c.NEGATE:
                    return None
                else:
                    return None
            return out
        if op is _c.SUBPATTERN:
            sub = _first(list(av[-1]))
            if sub is None:
                return None
            return out | sub
        if op is _c.BRANCH:
            for branch in av[1]:
                sub = _first(list(branch))
                if sub is None:
                    return None
                out |= sub
            return out
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _high, body = av
            sub = _first(list(body))
            if sub is None:
                return None
            out |= sub
            if low == 0:
                continue  # optional: what follows may come first too
            return out
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        return None
    return None  # possibly empty


def first_letters(pattern: str) -> set[str] | None:
    try:
        found = _first(list(_p.parse(pattern)))
    except (re.error, TypeError, ValueError):
        return None
    if found is None or not found or not found <= _LETTERS | set(string.digits):
        return None
    return found


_WORD_START = re.compile(r"(?<![\w-])[A-Za-z0-9]")


class Dispatch:
    """Branches compiled per first letter; a scan tries, at each word start, only its letter's.

    Equivalent to one big alternation anchored at word starts (earlier branches win), but
    Python never walks the other letters' branches.
    """

    def __init__(self, branches: list[str], *, suffix: str = "", flags: int = 0) -> None:
        buckets: dict[str, list[str]] = defaultdict(list)
        anywhere: list[str] = []
        for b in branches:
            letters = first_letters(b)
            if letters is None:
                anywhere.append(b)
            else:
                for ch in letters:
                    buckets[ch].append(b)
        for b in anywhere:  # branches that may start with any letter are tried everywhere, last
            for ch in list(buckets) or list(string.ascii_lowercase):
                buckets[ch].append(b)
        self.regex: dict[str, re.Pattern] = {}
        for ch, group in buckets.items():  # each bucket compiles alone: group names may repeat
            self.regex[ch] = re.compile("(?:" + "|".join(group) + ")" + suffix, flags)
        # a word whose first character has no bucket can still start an "anywhere" branch
        self.fallback = re.compile("(?:" + "|".join(anywhere) + ")" + suffix, flags) if anywhere else None

    def scan(self, text: str, *, overlapping: bool = False):
        """Matches in text order: every word start (overlapping) or leftmost non-overlapping."""
        pos = 0
        lowered = text.lower()
        while True:
            w = _WORD_START.search(text, pos)
            if w is None:
                return
            start = w.start()
            pattern = self.regex.get(lowered[start], self.fallback)
            m = pattern.match(text, start) if pattern is not None else None
            if m is None or m.end() == start:
                pos = start + 1
                continue
            yield m
            pos = start + 1 if overlapping else m.end()
