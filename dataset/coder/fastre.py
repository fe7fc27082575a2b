"""Big alternations of lexicon patterns, compiled so Python's `re` stays fast.

`re` tries every branch of an alternation at every position. Lexicons hold hundreds of
branches, so we group them by the letters they can start with and guard each group with a
lookahead on that letter: at a word start only the few branches that can match are tried.
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
_GROUP = re.compile(r"\(\?P<(\w+)>")


def base_name(group: str) -> str:
    """The group name a bucketed copy stands for ("p3_1__2" -> "p3_1")."""
    return group.split("__", 1)[0]


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


def bucketed(branches: list[str]) -> str:
    """One alternation of `branches` (already wrapped as groups), guarded by first letters.

    Order is kept inside each bucket, so earlier branches still win ties.
    """
    buckets: dict[str, list[str]] = defaultdict(list)
    other: list[str] = []
    for b in branches:
        letters = first_letters(b)
        if letters is None:
            other.append(b)
            continue
        for ch in sorted(letters):
            buckets[ch].append(b)
    copies: dict[str, int] = defaultdict(int)
    parts = []
    for ch in sorted(buckets):
        guard = f"[{ch}{ch.upper()}]" if ch.isalpha() else re.escape(ch)
        renamed = []
        for b in buckets[ch]:
            copies[b] += 1
            n = copies[b]
            # a branch in several buckets needs its own group names in each: name__2, name__3 ...
            renamed.append(b if n == 1 else _GROUP.sub(lambda m, n=n: f"(?P<{m.group(1)}__{n}>", b))
        parts.append(f"(?={guard})(?:{'|'.join(renamed)})")
    parts.extend(other)
    return "|".join(parts)
