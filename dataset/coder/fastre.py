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
    import re._compiler as _compiler
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_compile as _compiler  # type: ignore[no-redef]
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


_MAX_PREFIXES = 2000


def _prefixes(items: list, k: int, acc: str = "", depth: int = 0, partial: bool = False) -> set[str] | None:
    """Every lowercase string of length `k` a parsed pattern can start with; None if unknown
    (a class like \\w, a pattern shorter than k, too many alternatives). With `partial`, a path
    that reaches such an element spells what it has so far (if anything) instead of failing."""
    def unknown() -> set[str] | None:
        return {acc} if partial and acc else None

    if len(acc) >= k:
        return {acc[:k]}
    if not items or depth > 40:
        return unknown()
    (op, av), rest = items[0], items[1:]
    if op is _c.LITERAL:
        return _prefixes(rest, k, acc + chr(av).lower(), depth + 1, partial)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _prefixes(rest, k, acc, depth + 1, partial)
    alternatives: list[tuple[list, str]] = []
    if op is _c.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is _c.LITERAL:
                chars.add(chr(sub_av).lower())
            elif sub_op is _c.RANGE and sub_av[1] - sub_av[0] < 10:
                chars |= {chr(c).lower() for c in range(sub_av[0], sub_av[1] + 1)}
            else:
                return unknown()
        alternatives = [(rest, acc + ch) for ch in sorted(chars)]
    elif op is _c.SUBPATTERN:
        alternatives = [(list(av[-1]) + rest, acc)]
    elif op is _c.BRANCH:
        alternatives = [(list(b) + rest, acc) for b in av[1]]
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        again = [(op, (max(low - 1, 0), high - 1, body))] if high is _c.MAXREPEAT or high > 1 else []
        if high is _c.MAXREPEAT:
            again = [(op, (max(low - 1, 0), high, body))]
        alternatives = [(list(body) + again + rest, acc)]
        if low == 0:
            alternatives.append((rest, acc))
    else:
        return unknown()
    out: set[str] = set()
    for items2, acc2 in alternatives:
        sub = _prefixes(items2, k, acc2, depth + 1, partial)
        if sub is None:
            return None
        out |= sub
        if len(out) > _MAX_PREFIXES:
            return None
    return out


def _path_prefixes(items: list, k: int) -> set[str] | None:
    """What each path through a parsed pattern spells (lowercase) before its first element of
    unknown letters (a class like \\w, the end of the pattern), up to k letters: every match
    starts with one of them. "(?:the )?army" -> {"the ar", "army"} where `_prefixes` knows
    only {"the ", "army"}. None if some path spells nothing known or there are too many."""
    return _prefixes(items, k, partial=True)


def literal_prefixes(pattern: str, k: int = 3) -> set[str] | None:
    """The k-character lowercase prefixes of a pattern's matches, or None if not all are known."""
    return _longest_prefixes(_parsed(pattern), k, k)


def _parsed(pattern: str) -> list | None:
    try:
        return list(_p.parse(pattern))
    except (re.error, TypeError, ValueError, RecursionError):
        return None


def _longest_prefixes(items: list | None, longest: int, shortest: int = 1) -> set[str] | None:
    """The known prefixes of a parsed pattern's matches for the largest length from `longest`
    down to `shortest` for which all are known, or None."""
    if items is None:
        return None
    for k in range(longest, shortest - 1, -1):
        try:
            found = _prefixes(items, k)
        except (re.error, TypeError, ValueError, RecursionError):
            found = None
        if found:
            return found
    return None


_WORD_START = re.compile(r"(?<![\w-])[A-Za-z0-9]")


def literal_alternation(words: list[str], *, lower: bool = True) -> str:
    """A regex for any of `words` (literals), nested by shared prefixes so the engine branches
    on one character at a time. At every node longer words are tried first, so it prefers the
    longest word like an alternation sorted longest first. The words are lower-cased unless
    `lower` is False (for a case-sensitive regex)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in (w.lower() if lower else w):
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        parts = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if ends:
            return body + "?" if len(parts) == 1 and len(parts[0]) == 1 else "(?:" + body + ")?"
        return body

    return "(?:" + walk(tree) + ")"


def word_start_alternation(words: list[str]) -> str:
    r"""A case-sensitive regex for any of `words` (literals) at a word start (no word character
    or hyphen before it), preferring the longest like `(?<![\w-])(?:w1|w2|...)` sorted longest
    first. Each branch starts with its word's first letter and checks the word start just after
    it, so the pattern begins with a set of letters: `re` then skips every other position in C
    instead of trying the alternation there."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[:1], []).append(w[1:])
    branches = [re.escape(first) + r"(?<![\w-].)" + literal_alternation(rests, lower=False)
                for first, rests in sorted(by_first.items()) if first]
    return "(?:" + "|".join(branches) + ")"


def _lowered_trie(keys) -> str:
    """`literal_alternation(keys)` for lower-cased text (`caseless_lower`), matched without
    IGNORECASE: ASCII keys case-sensitively, the others case-insensitively."""
    plain = sorted(k for k in keys if k.isascii())
    other = sorted(k for k in keys if not k.isascii())
    parts = ([literal_alternation(plain)] if plain else []) + ([f"(?i:{literal_alternation(other)})"] if other else [])
    return "|".join(parts) if len(parts) < 2 else "(?:" + "|".join(parts) + ")"


class Dispatch:
    """Branches compiled per first letter; a scan tries, at each word start, only its letter's.

    Equivalent to one big alternation anchored at word starts (earlier branches win), but
    Python never walks the other letters' branches.
    """

    K = 3  # prefix length: three letters tell most trigger words apart from "the", "and", "said"

    def __init__(self, branches: list[str], *, suffix: str = "", flags: int = 0) -> None:
        # Each branch is filed under the three-letter prefixes it can start with when those are
        # known, else under the first letters it can start with, else everywhere. A word start
        # then tries only the branches filed under its own prefix or letter, in lexicon order.
        self.branches, self._suffix, self._flags = list(branches), suffix, flags
        self._order = {b: i for i, b in enumerate(branches)}
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        self._by_letter: dict[str, list[str]] = defaultdict(list)
        self._anywhere: list[str] = []
        exact = not flags & re.IGNORECASE  # case-sensitive branches cannot be filed lowercased
        self._gate_prefixes: dict[str, set[str] | None] = {}  # for the narrow gate (parsed once)
        for b in branches:
            items = None if exact else _parsed(b)
            prefixes = None if exact else _longest_prefixes(items, self.K, self.K)  # literal_prefixes(b, K)
            if not exact:
                self._gate_prefixes[b] = _path_prefixes(items, self.GATE_K) if items is not None else None
            if prefixes is not None:
                for p in prefixes:
                    self._by_prefix[p].append(b)
                continue
            letters = first_letters(b)
            if letters is None:
                self._anywhere.append(b)
            else:
                for ch in letters:
                    self._by_letter[ch].append(b)
        self._cache: dict[str, re.Pattern | None] = {}
        self._twins: dict[str, re.Pattern | None] = {}
        self._safe: dict[str, bool] = {}
        self._lowered_sources: dict[str, str] = {}
        self._by_source: dict[tuple[str, int], re.Pattern] = {}
        # word starts worth a look: those beginning with a filed prefix or letter (a trie regex,
        # so the engine checks a handful of characters per word, not every prefix)
        keys = list(self._by_prefix) + list(self._by_letter)
        if self._anywhere or not keys:
            self._starts = _WORD_START
        else:
            self._starts = re.compile(r"(?<![\w-])(?=" + literal_alternation(keys) + ")", re.IGNORECASE)
        self._gate, self._lowered_gate = self._narrow_gate() or (self._starts, None)

    GATE_K = 6  # the gate reads up to six letters of a word (what each path spells) before Python looks at it

    def _narrow_gate(self) -> tuple[re.Pattern, re.Pattern | None] | None:
        """The word starts of `_starts` where some branch can match: those that begin with one of
        the longest known prefixes (up to GATE_K letters) of a branch, or where a branch with no
        known prefix matches. A necessary condition only, checked in C: the matches are those of
        `_starts`, minus word starts that no branch could match anyway.

        Also the same gate for lower-cased text (see `caseless_lower`), matched case-sensitively
        where the keys are ASCII (twice as fast), unless a branch without known prefixes turns
        case-sensitivity back on."""
        if self._flags != re.IGNORECASE:  # the prefixes are lowercased; other flags could change `_starts`
            return None
        keys: set[str] = set()
        raw: list[str] = []
        for b in self.branches:
            found = self._gate_prefixes[b]
            if found is not None:
                keys |= found
            else:
                raw.append(b)
        start_keys = list(self._by_prefix) + list(self._by_letter)
        if any("\u0307" in key for key in (*keys, *start_keys)):
            return None  # "İ" lower-cases to two characters: its keys do not spell what it matches
        if self._starts is _WORD_START:
            start, start_lowered = r"(?<![\w-])(?=[A-Za-z0-9])", r"(?<![\w-])(?=[A-Za-z0-9])"
        else:
            # on lower-cased text the prefixes alone: where they match but no filed key does, the
            # word's bucket is empty and no branch can match, so the starts' trie adds nothing
            start, start_lowered = self._starts.pattern, r"(?<![\w-])"
        alternatives = ([literal_alternation(sorted(keys))] if keys else []) + [f"(?:{b})" for b in raw]
        if not alternatives:
            return None
        try:
            gate = re.compile(start + "(?=" + "|".join(alternatives) + ")", self._flags)
        except re.error:
            return None
        if any("(?" in b and "-i" in b for b in raw):
            return gate, None
        lowered = ([_lowered_trie(keys)] if keys else []) + [f"(?i:{b})" for b in raw]
        try:
            return gate, re.compile(start_lowered + "(?=" + "|".join(lowered) + ")")
        except re.error:
            return gate, None

    def _pattern(self, key: str) -> re.Pattern | None:
        """The alternation for one prefix: its own branches, its letter's and the anywhere ones."""
        try:
            return self._cache[key]
        except KeyError:
            pass
        if key not in self._by_prefix:  # most words: one shared pattern per first letter
            letter = "\0" + key[:1]
            if letter not in self._cache:
                self._cache[letter] = self._compile(set(self._by_letter.get(key[:1], ())) | set(self._anywhere))
            pattern = self._cache[key] = self._cache[letter]
            return pattern
        group = set(self._by_prefix[key]) | set(self._by_letter.get(key[:1], ())) | set(self._anywhere)
        pattern = self._cache[key] = self._compile(group)
        return pattern

    def _twin(self, key: str) -> re.Pattern | None:
        """The bucket `_pattern(key)` compiled case-sensitively, for lower-cased text (see
        `caseless_twin`); None if the bucket is empty or one of its branches needs IGNORECASE."""
        try:
            return self._twins[key]
        except KeyError:
            pass
        group = set(self._by_prefix.get(key, ())) | set(self._by_letter.get(key[:1], ())) | set(self._anywhere)
        twin = None
        if group and self._flags == re.IGNORECASE and all(map(self._lower_safe, group)) and (
                not self._suffix or self._lower_safe(self._suffix)):
            ordered = [self._lowercased(b) for b in sorted(group, key=self._order.__getitem__)]
            twin = self._compiled("(?:" + "|".join(ordered) + ")" + self._lowercased(self._suffix),
                                  self._flags & ~re.IGNORECASE)
        self._twins[key] = twin
        return twin

    def _lowercased(self, source: str) -> str:
        """`lowercased_source` of a branch, worked out once."""
        if source not in self._lowered_sources:
            self._lowered_sources[source] = lowercased_source(source, self._flags)
        return self._lowered_sources[source]

    def _lower_safe(self, source: str) -> bool:
        try:
            return self._safe[source]
        except KeyError:
            pass
        try:
            parsed = _p.parse(self._lowercased(source), self._flags)
            safe = parsed.state.flags == self._flags | re.UNICODE and _lower_safe(parsed)
        except (re.error, RecursionError):
            safe = False
        self._safe[source] = safe
        return safe

    def spans(self, text: str, *, overlapping: bool = False):
        """(start, end, lastgroup) of each match of `scan`, read through the buckets' caseless
        twins on the lower-cased text where it lowers safely: the same spans and groups, without
        IGNORECASE (about twice as fast)."""
        if self._flags != re.IGNORECASE or not (text.isascii() or not _RISKY.search(text)):
            for m in self.scan(text, overlapping=overlapping):
                yield m.start(), m.end(), m.lastgroup
            return
        lowered = text.lower()
        pos = 0
        twins, cache = self._twins, self._cache
        k = self.K
        for w in (self._lowered_gate or self._gate).finditer(lowered if self._lowered_gate else text):
            start = w.start()
            if start < pos:
                continue
            key = lowered[start:start + k]
            twin = twins[key] if key in twins else self._twin(key)
            if twin is not None:
                m = twin.match(lowered, start)
            else:
                pattern = cache[key] if key in cache else self._pattern(key)
                m = pattern.match(text, start) if pattern is not None else None
            if m is None or m.end() == start:
                continue
            yield start, m.end(), m.lastgroup
            if not overlapping:
                pos = m.end()

    def _compile(self, group: set[str]) -> re.Pattern | None:
        if not group:
            return None
        ordered = sorted(group, key=self._order.__getitem__)
        # each bucket compiles alone: group names may repeat across buckets
        return self._compiled("(?:" + "|".join(ordered) + ")" + self._suffix, self._flags)

    def _compiled(self, source: str, flags: int) -> re.Pattern:
        """re.compile, once per source: prefixes often share their branches (and `re`'s own
        cache is too small to hold every bucket)."""
        key = (source, flags)
        if key not in self._by_source:
            self._by_source[key] = re.compile(source, flags)
        return self._by_source[key]

    def _starts_in(self, text: str, lowered: str):
        """The gate's word starts in `text` (`lowered` is `text.lower()`)."""
        if self._lowered_gate is not None and (text.isascii() or not _RISKY.search(text)):
            return self._lowered_gate.finditer(lowered)
        return self._gate.finditer(text)

    def first(self, text: str) -> re.Match[str] | None:
        """The first match of `scan(text)`, without a generator (cues are searched often)."""
        lowered = text.lower()
        cache = self._cache
        k = self.K
        for w in self._starts_in(text, lowered):
            start = w.start()
            key = lowered[start:start + k]
            pattern = cache[key] if key in cache else self._pattern(key)
            if pattern is not None:
                m = pattern.match(text, start)
                if m is not None and m.end() != start:
                    return m
        return None

    def scan(self, text: str, *, overlapping: bool = False):
        """Matches in text order: every word start (overlapping) or leftmost non-overlapping."""
        lowered = text.lower()
        pos = 0
        cache = self._cache
        k = self.K
        for w in self._starts_in(text, lowered):
            start = w.start()
            if start < pos:
                continue
            key = lowered[start:start + k]
            pattern = cache[key] if key in cache else self._pattern(key)
            m = pattern.match(text, start) if pattern is not None else None
            if m is None or m.end() == start:
                continue
            yield m
            if not overlapping:
                pos = m.end()


# a pattern's opening list of plain words: "(?:Afghan|Albanian|...)", "(?:protesters|demonstrators|youths?|...)"
_WORD = r"(?:[^\\()\[\]{}.*+?^$|]|\\.)+(?:s\?)?"


def split_by_prefix(name: str, pattern: str, min_words: int = 12) -> list[str]:
    """`pattern` as a named group `name`, split when it opens with a long list of plain words into one
    branch per first three letters of those words (named `name`, `name_1`, `name_2` ...).

    A `Dispatch` then compiles each prefix's bucket with the few words that can start there instead
    of all of them (each bucket compiles faster, once per process, and matches faster). The matches
    are the same: the words keep their order, and words with other first letters cannot match where
    a bucket is tried."""
    m = re.match(rf"\(\?:({_WORD}(?:\|{_WORD}){{{min_words - 1},}})\)", pattern)
    if m is None:
        return [f"(?P<{name}>{pattern})"]
    by_start: dict[str, list[str]] = {}
    for w in m.group(1).split("|"):
        by_start.setdefault(re.sub(r"\\(.)", r"\1", w)[:3].lower(), []).append(w)
    rest = pattern[m.end():]
    return [f"(?P<{name}{f'_{k}' if k else ''}>(?:{'|'.join(ws)}){rest})" for k, ws in enumerate(by_start.values())]


class Prefiltered:
    """A big case-insensitive alternation of cue patterns that all start at a word start,
    searched like `regex.search` but through a Dispatch: at each word start only the branches
    filed under its first letters are tried, instead of every branch at every position."""

    def __init__(self, branches: list[str]) -> None:
        self.regex = re.compile("|".join(f"(?:{b})" for b in branches), re.IGNORECASE)
        dispatch = Dispatch([f"(?:{b})" for b in branches], flags=re.IGNORECASE)
        # a branch that may start with any letter is tried at every word start: then the plain
        # regex is as fast
        self._dispatch = None if dispatch._anywhere else dispatch
        self._caseless = Caseless(self.regex)

    def find(self, text: str) -> tuple[int, int] | None:
        """The span of `search(text)`, read through caseless twins where it can be."""
        if self._dispatch is None:
            lowered = caseless_lower(text)
            if lowered is not None and self._caseless.twin is not None:
                m = self._caseless.twin.search(lowered)
            else:
                m = self.regex.search(text)
            return None if m is None else m.span()
        for start, end, _ in self._dispatch.spans(text):
            return start, end
        return None

    def search(self, text: str) -> re.Match[str] | None:
        if self._dispatch is None:
            return self._caseless.search(text, lowered=caseless_lower(text))
        return self._dispatch.first(text)


# ---------------------------------------------------------------------------- caseless twins
# Python's `re` is about twice as slow with IGNORECASE: every literal is compared through
# case folding and alternations lose their first-letter shortcut. On lower-cased text, a
# case-insensitive pattern whose literals are lower-case ASCII letters or characters without
# case matches exactly where the same pattern compiled case-sensitively matches: IGNORECASE
# matches such a literal only to itself and to the letters that lower-case to it.
#
# The exceptions are the four non-ASCII characters that IGNORECASE matches to ASCII letters
# ("ı" and "İ" to "i", "ſ" to "s", the Kelvin sign to "k"; "İ" even lower-cases to two
# characters): text with one of them is read the plain way, and a pattern that names one has
# no twin. Lower-casing keeps every other character's length, and whether it is a word
# character, a digit or a space.
_ASCII_EQUIVALENTS = frozenset("\u0130\u0131\u212a\u017f")
_RISKY = re.compile("[\u0130\u0131\u212a\u017f]")
_NESTED = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))


try:  # Python 3.11+: lower-case letters that IGNORECASE matches to more than their upper case
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - older Pythons: no cased non-ASCII literal in a twin
    _EXTRA_CASES = None


def _safe_char(code: int) -> bool:
    """A literal a twin may compare as it is: lower-case ASCII, a character without case ("’",
    "—"), or a lower-case letter that IGNORECASE matches only to the letters lower-casing to it
    ("é", not "σ", which also matches "ς")."""
    ch = chr(code)
    if ch.isascii():
        return not "A" <= ch <= "Z"
    if ch in _ASCII_EQUIVALENTS:
        return False
    if ch.lower() == ch == ch.upper():
        return True
    return _EXTRA_CASES is not None and ch.lower() == ch and code not in _EXTRA_CASES


def _lower_safe(items) -> bool:
    """True if every literal of a parsed pattern is one its lower-cased match would spell."""
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            if not _safe_char(av):
                return False
        elif op is _c.IN:
            for sub_op, sub_av in av:
                if sub_op is _c.LITERAL:
                    if not _safe_char(sub_av):
                        return False
                elif sub_op is _c.RANGE:
                    lo, hi = sub_av
                    if hi > 127 or lo <= ord("Z") and hi >= ord("A"):
                        return False
                elif sub_op not in (_c.NEGATE, _c.CATEGORY):
                    return False
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            if add_flags or del_flags or not _lower_safe(body):
                return False
        elif op is _c.BRANCH:
            if not all(_lower_safe(b) for b in av[1]):
                return False
        elif op in _NESTED:
            if not _lower_safe(av[2]):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _lower_safe(av[1]):
                return False
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            if not _lower_safe(av):
                return False
        elif op not in (_c.AT, _c.ANY, _c.CATEGORY, _c.GROUPREF):
            return False
    return True


def caseless_twin(pattern: re.Pattern) -> re.Pattern | None:
    """`pattern` (IGNORECASE) compiled case-sensitively, for lower-cased text (`caseless_lower`);
    None if its literals are not all lower case or caseless, or its flags not plain IGNORECASE."""
    if not isinstance(pattern.pattern, str) or pattern.flags != re.IGNORECASE | re.UNICODE:
        return None
    source = lowercased_source(pattern.pattern, pattern.flags)
    try:
        parsed = _p.parse(source, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - it compiled once already
        return None
    if parsed.state.flags != pattern.flags or not _lower_safe(parsed):
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


_GROUP_NAME = re.compile(r"\(\?P(?:<[^>]*>|=[^)]*\))")
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]*")


def lowercased_source(source: str, flags: int) -> str:
    """`source` with its ASCII capitals written in lower case where IGNORECASE makes that no
    change ("(?:LIB|Kenya)" -> "(?:lib|kenya)"), so that a caseless twin can be made of it.
    Escapes, group names and inline flags stay as they are, and the lower-cased source is
    kept only if `re` compiles it to the very same program (and groups); else the source."""
    if not flags & re.IGNORECASE or not any("A" <= ch <= "Z" for ch in source):
        return source
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        special = _GROUP_NAME.match(source, i) or _INLINE_FLAGS.match(source, i)
        if special is not None:
            out.append(special.group())
            i = special.end()
            continue
        out.append(ch.lower() if "A" <= ch <= "Z" else ch)
        i += 1
    lowered = "".join(out)
    if lowered == source:  # capitals only in group names or flags
        return source
    try:
        before, after = _p.parse(source, flags), _p.parse(lowered, flags)
        same = (before.state.flags == after.state.flags and before.state.groupdict == after.state.groupdict
                and _compiler._code(before, flags) == _compiler._code(after, flags))
    except (re.error, RecursionError, TypeError, ValueError):
        return source
    return lowered if same else source


class Caseless:
    """An IGNORECASE pattern that searches the lower-cased text with its case-sensitive twin and
    matches the original text again only where the twin matched. Same matches as the pattern
    itself, in about half the time. Callers pass `lowered = caseless_lower(text)` (made once for
    several patterns); with None the pattern reads the text itself. The twin is compiled on
    first use, so that importing a module of patterns stays cheap."""

    __slots__ = ("pattern", "_twin")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self._twin: re.Pattern | None | bool = False  # False: not compiled yet

    @property
    def twin(self) -> re.Pattern | None:
        if self._twin is False:
            self._twin = caseless_twin(self.pattern)
        return self._twin  # type: ignore[return-value]

    def finditer(self, text: str, lowered: str | None = None):
        twin = self.twin if lowered is not None else None
        if twin is None:
            yield from self.pattern.finditer(text)
            return
        match = self.pattern.match
        for m in twin.finditer(lowered):
            yield match(text, m.start())

    def matches(self, text: str, lowered: str | None = None):
        """The matches of `finditer`, where the twin read the text as the twin's own matches
        read on the text (`TwinMatch`): the same spans and groups, without matching again."""
        twin = self.twin if lowered is not None else None
        if twin is None:
            yield from self.pattern.finditer(text)
            return
        for m in twin.finditer(lowered):
            yield TwinMatch(m, text)

    def spans(self, text: str, lowered: str | None = None):
        """(start, end) of each match of `finditer`, read from the twin's matches alone."""
        twin = self.twin if lowered is not None else None
        for m in (self.pattern.finditer(text) if twin is None else twin.finditer(lowered)):
            yield m.span()

    def search(self, text: str, pos: int = 0, endpos: int | None = None, lowered: str | None = None):
        end = len(text) if endpos is None else endpos
        twin = self.twin if lowered is not None else None
        if twin is None:
            return self.pattern.search(text, pos, end)
        m = twin.search(lowered, pos, end)
        return None if m is None else self.pattern.match(text, m.start(), end)

    def match(self, text: str, pos: int = 0, lowered: str | None = None):
        twin = self.twin if lowered is not None else None
        if twin is None or twin.match(lowered, pos) is not None:
            return self.pattern.match(text, pos)
        return None


class TwinMatch:
    """A caseless twin's match on the lower-cased text, read on the original text: its spans are
    those of the pattern's own match there, its groups the original text at those spans."""

    __slots__ = ("_match", "string")

    def __init__(self, match: re.Match[str], text: str) -> None:
        self._match = match
        self.string = text

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._match.span(group)

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group)

    def group(self, group: int | str = 0) -> str | None:
        start, end = self._match.span(group)
        return None if start < 0 else self.string[start:end]

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(name) for name in self._match.re.groupindex}


def lowers_safely(text: str) -> bool:
    """True if caseless twins may read the text lower-cased: it holds none of the characters
    IGNORECASE matches to an ASCII letter (see above)."""
    return text.isascii() or not _RISKY.search(text)


def caseless_lower(text: str) -> str | None:
    """The text lower-cased, letter for letter, for caseless twins; None where it may not be."""
    return text.lower() if lowers_safely(text) else None
