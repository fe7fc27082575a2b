"""Load the coder's lexicons (data files under dataset/data/lexicons) once, validated.

Lexicons are data so that coders can review and change them without touching code. A
malformed file fails loudly with the file and the entry at fault.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from dataset.coder.fastre import Dispatch, Prefiltered, split_by_prefix

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicons"
FAMILIES = ("demonstration", "violence", "remote", "strategic")
GENERIC_VIOLENCE = "@violence"
# the two sub-event types of territory taken by force (one for each side)
TERRITORY_TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


class LexiconError(ValueError):
    """A lexicon file breaks its schema."""


@dataclass(frozen=True)
class TriggerRule:
    sub_event_type: str
    family: str
    priority: int
    strength: str
    patterns: tuple[str, ...]
    target: str = ""
    actor_rule: str = ""


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[TriggerRule, ...]
    triggers: Dispatch  # every rule's patterns, a named group "r<rule>_<n>" each, scanned by first letter
    modality: dict[str, Prefiltered]
    digest: str


def _compile(patterns: list[str], where: str) -> str:
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise LexiconError(f"{where}: bad pattern {p!r}: {exc}") from None
    return "|".join(f"(?:{p})" for p in patterns)


def _load_rules(path: Path, known: set[str]) -> list[TriggerRule]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rules = []
    for i, entry in enumerate(data.get("rules") or []):
        where = f"{path.name} rule {i + 1}"
        if not isinstance(entry, dict):
            raise LexiconError(f"{where}: must be a mapping")
        sub = entry.get("sub_event_type")
        if sub != GENERIC_VIOLENCE and sub not in known:
            raise LexiconError(f"{where}: unknown sub_event_type {sub!r}")
        if entry.get("family") not in FAMILIES:
            raise LexiconError(f"{where}: family must be one of {FAMILIES}")
        if entry.get("strength", "strong") not in ("strong", "weak", "brief"):
            raise LexiconError(f"{where}: strength must be strong, weak or brief")
        patterns = entry.get("patterns")
        if not patterns or not all(isinstance(p, str) for p in patterns):
            raise LexiconError(f"{where}: patterns must be a non-empty list of strings")
        _compile(patterns, where)
        rules.append(TriggerRule(sub, entry["family"], int(entry.get("priority", 50)),
                                 entry.get("strength", "strong"), tuple(patterns),
                                 entry.get("target", ""), entry.get("actor_rule", "")))
    return rules


def lexicon_files(directory: Path = LEXICON_DIR) -> list[Path]:
    return sorted(directory.glob("*.yaml"))


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """Parse and compile the event and modality lexicons (cached per process)."""
    import schemas

    known = set(schemas.SUB_EVENT_TYPES)
    rules = _load_rules(directory / "events.yaml", known)
    # one pass over a sentence finds every rule's triggers: branches in priority order, so at one
    # position the most specific rule wins; each pattern is its own group "r<rule>_<n>"
    order = sorted(range(len(rules)), key=lambda i: -rules[i].priority)
    branches = [b for i in order for n, p in enumerate(rules[i].patterns) for b in split_by_prefix(f"r{i}_{n}", p)]
    dispatch = Dispatch(branches, flags=re.IGNORECASE)
    mod_path = directory / "modality.yaml"
    mod_data = yaml.safe_load(mod_path.read_text(encoding="utf-8")) or {}
    modality = {}
    for key in ("negation", "intent", "hypothetical", "reaction", "summary", "topic"):
        pats = mod_data.get(key) or []
        if not pats:
            raise LexiconError(f"{mod_path.name}: '{key}' must list patterns")
        _compile(pats, f"{mod_path.name} {key}")
        if key != "hypothetical":  # (read only together with the intent cues, below)
            modality[key] = Prefiltered(pats)
    # the words before a trigger are read for both at once (one search, not two)
    modality["intent or hypothetical"] = Prefiltered(mod_data["intent"] + mod_data["hypothetical"])
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in lexicon_files(directory))).hexdigest()[:12]
    return Lexicon(tuple(rules), dispatch, modality, digest)


@dataclass(frozen=True)
class TargetRule:
    regex: re.Pattern
    kind: str
    why: str


@lru_cache(maxsize=4)
def load_targets(directory: Path = LEXICON_DIR) -> tuple[TargetRule, ...]:
    """Target phrases (targets.yaml): victims named by what they are, e.g. a foreign embassy."""
    path = directory / "targets.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rules = []
    for i, entry in enumerate(data.get("targets") or []):
        where = f"{path.name} target {i + 1}"
        if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
            raise LexiconError(f"{where}: needs a 'pattern' string")
        if entry.get("kind") != "civilians":
            raise LexiconError(f"{where}: kind must be 'civilians'")
        try:
            regex = re.compile(rf"\b(?:{entry['pattern']})")  # case matters: nationalities are capitalised
        except re.error as exc:
            raise LexiconError(f"{where}: bad pattern: {exc}") from None
        rules.append(TargetRule(regex, entry["kind"], str(entry.get("why", ""))))
    return tuple(rules)
