"""Actors named in a sentence, resolved to ACLED names and inter codes.

The dictionary is data (dataset/data/actors/actors.yaml and state_periods.csv), extendable
with the user's own YAML files listed in DATASET_ACTORS_PATH (os.pathsep-separated). State
forces take the government period in force on the event date ("Military Forces of Iraq
(2018-2020)") and the country named before them ("Iraqi security forces", "US aircraft"); a
state's forces acting outside their own country are external forces (inter 8).
"""

from __future__ import annotations

import csv
import dataclasses
import os
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from dataset.coder.fastre import Dispatch, split_by_prefix

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
KINDS = (
    "state-military", "state-police", "government", "rebel", "militia", "identity-militia", "external",
    "protesters", "rioters", "civilians", "unidentified", "associated",
)
_THE = {"United States", "United Kingdom", "Philippines", "Central African Republic", "Netherlands",
        "Democratic Republic of Congo", "Republic of Congo", "Gambia", "Comoros", "Maldives",
        "United Arab Emirates", "Bahamas", "Seychelles"}


class ActorDictionaryError(ValueError):
    """An actor dictionary file breaks its schema."""


@dataclass(frozen=True)
class ActorMention:
    name: str
    inter: int
    kind: str
    country: str
    start: int
    end: int
    text: str
    rule: str
    associated: bool


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    inter: int
    country: str
    source: str
    names: tuple[str, ...] = ()  # the entry's "{names}", longest first
    where: tuple[str, ...] = ()  # the only countries it applies to (an acronym others share: SNA, MNLA)
    # the days it applies on ("the Taliban" are a rebel group until August 2021, the state's forces after)
    valid_from: date | None = None
    valid_until: date | None = None
    # (country, admin1): the one region of a country the group fights in, where a report that names no
    # place is coded (geo_precision 3) rather than at the capital ("Boko Haram" in Niger: Diffa)
    home: tuple[tuple[str, str], ...] = ()

    def applies(self, country: str, day: date) -> bool:
        return (not self.where or country in self.where) and (self.valid_from is None or day >= self.valid_from) \
            and (self.valid_until is None or day <= self.valid_until)

    @property
    def limited(self) -> bool:
        return bool(self.where or self.valid_from or self.valid_until)


@dataclass(frozen=True)
class ActorDictionary:
    entries: tuple[Entry, ...]
    regex: Dispatch  # one group per pattern: "p<entry>_<n>", scanned by first letter
    periods: dict[str, tuple[tuple[date, date | None, str], ...]]
    # a pattern's group -> the entries that share the pattern, where one of them is limited to
    # some countries ("SNA": Somalia's army, or a Shan group in Myanmar)
    shared: dict[str, tuple[int, ...]] = field(default_factory=dict)
    cache: dict = field(default_factory=dict, compare=False, repr=False)  # sentence -> mentions


def _load_periods(path: Path) -> dict[str, tuple[tuple[date, date | None, str], ...]]:
    out: dict[str, list[tuple[date, date | None, str]]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for n, r in enumerate(csv.DictReader(fh), start=2):
            try:
                start = date.fromisoformat(r["start"])
                end = date.fromisoformat(r["end"]) if r["end"] else None
            except (ValueError, KeyError) as exc:
                raise ActorDictionaryError(f"{path.name} line {n}: {exc}") from None
            want = f"{start.year}-" if end is None else f"{start.year}" if end.year == start.year else f"{start.year}-{end.year}"
            if r["label"] != want:
                raise ActorDictionaryError(f"{path.name} line {n}: label {r['label']!r} does not match its dates (want {want!r})")
            out.setdefault(r["country"], []).append((start, end, r["label"]))
    for country, spans in out.items():
        spans.sort()
        for (_, end, label), (start, _, nxt) in zip(spans, spans[1:], strict=False):
            if end is None or end >= start:
                raise ActorDictionaryError(f"{path.name}: {country}'s periods {label} and {nxt} overlap")
    return {k: tuple(v) for k, v in out.items()}


def _entries_from(path: Path) -> list[tuple[Entry, list[str]]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ActorDictionaryError(f"{path}: not valid YAML: {exc}") from None
    items = data.get("actors") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ActorDictionaryError(f"{path}: must hold a list under 'actors:'")
    out = []
    for i, item in enumerate(items, start=1):
        where = f"{path.name} entry {i}"
        if not isinstance(item, dict):
            raise ActorDictionaryError(f"{where}: must be a mapping with name, kind, inter, patterns")
        name, kind, inter = item.get("name"), item.get("kind"), item.get("inter")
        if not isinstance(name, str) or not name:
            raise ActorDictionaryError(f"{where}: 'name' must be a non-empty string")
        if kind not in KINDS:
            raise ActorDictionaryError(f"{where} ({name}): 'kind' must be one of {', '.join(KINDS)}")
        if not isinstance(inter, int) or not 1 <= inter <= 8:
            raise ActorDictionaryError(f"{where} ({name}): 'inter' must be an integer 1-8")
        patterns = item.get("patterns")
        if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) for p in patterns):
            raise ActorDictionaryError(f"{where} ({name}): 'patterns' must be a non-empty list of strings")
        names = item.get("names")
        if names is not None:
            if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
                raise ActorDictionaryError(f"{where} ({name}): 'names' must be a list of strings")
            # "{names}" in a pattern stands for any of them ("{ethnic} Ethnic Militia": Pokot, Turkana ...)
            alternation = "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
            patterns = [p.replace("{names}", alternation) for p in patterns]
        for p in patterns:
            try:
                re.compile(p)
            except re.error as exc:
                raise ActorDictionaryError(f"{where} ({name}): bad pattern {p!r}: {exc}") from None
        countries = item.get("where") or []
        if not isinstance(countries, list) or not all(isinstance(c, str) and c for c in countries):
            raise ActorDictionaryError(f"{where} ({name}): 'where' must be a list of country names")
        bounds = []
        for key in ("from", "until"):
            value = item.get(key)
            if isinstance(value, str):
                try:
                    value = date.fromisoformat(value)
                except ValueError:
                    value = "bad"
            if value is not None and not isinstance(value, date):
                raise ActorDictionaryError(f"{where} ({name}): '{key}' must be an ISO date such as 2021-08-15")
            bounds.append(value)
        home = item.get("home") or {}
        if not isinstance(home, dict) or not all(isinstance(k, str) and k and isinstance(v, str) and v
                                                 for k, v in home.items()):
            raise ActorDictionaryError(f"{where} ({name}): 'home' must map country names to admin1 names "
                                       "(Niger: Diffa)")
        out.append((Entry(name, kind, inter, str(item.get("country") or ""), path.name,
                          tuple(sorted(names or (), key=len, reverse=True)), tuple(countries), *bounds,
                          home=tuple(sorted(home.items()))), patterns))
    return out


def _user_paths() -> list[Path]:
    raw = os.environ.get("DATASET_ACTORS_PATH", "")
    paths: list[Path] = []
    for part in filter(None, raw.split(os.pathsep)):
        p = Path(part)
        paths.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
    return paths


def load_dictionary(extra_paths: tuple[Path, ...] | None = None) -> ActorDictionary:
    """The packaged dictionary plus user files (DATASET_ACTORS_PATH or extra_paths)."""
    extra = tuple(extra_paths) if extra_paths is not None else tuple(_user_paths())
    return _load(extra)


# what a group did to a weapon named after it ("an AQAP-planted IED"): the mention ends before the hyphen, and the
# coder reads the group as the weapon's user (assemble._PLANTED_AFTER)
SET_THE_WEAPON = "planted|laid|placed|fired|launched"


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...]) -> ActorDictionary:
    loaded: list[tuple[Entry, list[str]]] = []
    # user entries first: on a tie in match length, the user's naming wins
    for path in (*extra, DATA_DIR / "actors.yaml"):
        loaded.extend(_entries_from(path))
    # "Nigerien forces", "Malian troops": a nationality word makes the bare noun a state force
    demonyms, codes = _demonyms()
    if demonyms:
        nat = "|".join(re.escape(d) for d in sorted(demonyms, key=len, reverse=True))
        if codes:  # "US forces", "UK troops" (read in capitals only: see _find)
            nat += "|" + "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True))
        def patterns_of(kind: str, name: str) -> list[str] | None:
            """The patterns of the first entry of that kind and name (a user's comes first)."""
            return next((patterns for entry, patterns in loaded if entry.kind == kind and entry.name.startswith(name)), None)

        military = patterns_of("state-military", "Military Forces of {country}")
        if military is not None:
            # ("Pakistani and Afghan border forces exchanged fire")
            military.append(f"(?:{nat}) (?:government |state |national |defen[cs]e |armed |border )?(?:forces|units)")
            # ("Kyrgyz and Tajik border guards exchanged fire": a nation's border guards, its military's border service)
            # (not "Myanmar border guard police", a police force, nor Myanmar's Border Guard Forces, a militia)
            military.append(f"(?:{nat}) border (?:guards?|troops|service)(?!\\s+(?:police\\w*|forces?|posts?|outposts?|stations?)\\b)")
            # "Israeli tanks pushed deeper into Khan Younis": a nation's armour is its army
            military.append(f"(?:{nat}) (?:tanks|armou?red vehicles|armou?r|bulldozers|gunboats|warships)")
            # "wounding several U.S. personnel" at an air base: a nation's service members
            military.append(f"(?:{nat}) (?:military )?(?:personnel|service ?members|servicemen|servicewomen)")
            # "killed two Ukrainian saboteurs who tried to cross into Bryansk region": a nation's raiders across the border
            military.append(f"(?:{nat}) (?:saboteurs|sabotage (?:groups?|units?|teams?)|special forces|commandos|marines|paratroopers)")
            # "Russia launched a massive missile and drone attack", "Israel struck Rafah": a country told doing a
            # military act is its military
            names = "|".join(re.escape(n) for n in sorted(_country_names(), key=len, reverse=True))
            if names:
                # (not where attackers came from: "gunmen coming from Nigeria attacked")
                military.append(f"(?<!from )(?<!of )(?<!in )(?<!to )(?<!into )(?<!across )(?-i:{names})"
                                f"(?= (?:has |have |had )?(?:launched|fired|struck|shelled|bombed|attacked|"
                                f"carried out|conducted|pounded|targeted|hit|bombarded|invaded|responded|retaliated)\\b(?! by\\b)"
                                # (not "Argentina struck a deal with the IMF")
                                f"(?! (?:a|an) (?:[\\w-]+ )?(?:deal|agreement|accord|bargain|compromise|record|balance)\\b))")
            # "struck Russian positions", "shelled Israeli military positions": a nation's positions are its army's
            military.append(f"(?:{nat}) (?:military |army |frontline |front-line )?(?:positions|trenches|dugouts|fortifications|command posts?|"
                            f"ammunition depots?|military bases?|army bases?|troop concentrations?)")
            # "Nigerien and French forces": the first nationality's forces too
            military.append(f"(?:{nat})(?= and (?:the )?(?:{nat}) (?:government |national |armed |border )?"
                            f"(?:forces|troops|soldiers|military|army|guards))")
            # "repelled Russian assaults near Bakhmut", "Russian attacks killed seven": a nation's military acts
            # are its military's
            # ("Russian missile and drone attacks killed nine")
            military.append(f"(?:{nat})(?= (?:military |ground |armou?red |(?:missile|drone|rocket|artillery) and "
                            f"(?:missile|drone|rocket|artillery) )?(?:assaults?|offensives?|counter-?offensives?|"
                            f"advances?|bombardments?|incursions?|attacks|strikes?|air ?strikes?|shelling|missile strikes?|"
                            f"drone attacks))")
        government = patterns_of("government", "Government of {country}")
        if government is not None:
            # "the Ethiopian government and the TPLF signed", "the Kenyan government imposed": a party
            # to an agreement or a decision (a government only mentioned is none)
            government.append(f"(?:{nat}) (?:federal |central |transitional |interim |military )?government"
                              f"(?= and | (?:has |have |had )?(?:signed|agreed|reached|announced|declared|imposed|"
                              f"banned|ordered|extended|lifted|suspended|closed))")
    groups = []
    for e_i, (entry, patterns) in enumerate(loaded):
        for p_i, p in enumerate(patterns):
            groups.append((len(p), e_i, p_i, p, entry.limited))
    groups.sort(key=lambda g: -g[0])  # longer patterns first: a cheap stand-in for longest match
    branches = [b for _, e_i, p_i, p, limited in groups
                for b in ([f"(?P<p{e_i}_{p_i}>{p})"] if limited else split_by_prefix(f"p{e_i}_{p_i}", p))]
    # ("HTS-led rebels", "PKK-affiliated fighters": the group itself; not "Rwanda-backed": its backer)
    # ("an AQAP-planted IED", "a Houthi-fired missile": the group that set or sent the weapon)
    # (a capital S after capitals makes another acronym: "AAS" is no "AA")
    regex = Dispatch(branches, suffix=rf"(?:['’]?s(?-i:(?<![A-Z]S)))?(?!\w|-(?!(?:led|linked|affiliated|aligned|{SET_THE_WEAPON})\b))",
                     flags=re.I)
    by_pattern: dict[str, list[int]] = {}
    for e_i, (_, patterns) in enumerate(loaded):
        for p in patterns:
            by_pattern.setdefault(p.lower(), []).append(e_i)
    shared = {f"p{e_i}_{p_i}": tuple(by_pattern[p.lower()]) for e_i, (e, patterns) in enumerate(loaded) if e.limited
              for p_i, p in enumerate(patterns) if len(by_pattern[p.lower()]) > 1}
    return ActorDictionary(tuple(e for e, _ in loaded), regex, _load_periods(DATA_DIR / "state_periods.csv"), shared)


def _entry_for(d: ActorDictionary, group: str, country: str, day: date) -> Entry | None:
    """For a match of an entry limited to other countries or days, another entry with the same
    pattern that applies in `country` on `day` ("SNA" in Myanmar, "Taliban" after August 2021), or None."""
    for other in d.shared.get(group, ()):
        alt = d.entries[other]
        if alt.applies(country, day):
            return alt
    return None


def home_region(d: ActorDictionary, actor: str, country: str) -> str | None:
    """The admin1 of `country` the dictionary names as the actor's home, if every group of a shared name
    ("Islamic State (West Africa) and/or Boko Haram ...") has that same one."""
    homes = set()
    for part in actor.split(" and/or "):
        home = next((dict(e.home)[country] for e in d.entries if e.name == part and country in dict(e.home)), None)
        if home is None:
            return None
        homes.add(home)
    return homes.pop() if len(homes) == 1 else None


def _country_rows() -> list[dict[str, str]]:
    """The rows of the shipped country table (name, demonyms), or none where it is missing."""
    path = DATA_DIR.parent / "gazetteer" / "countries.csv"
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _demonyms() -> tuple[list[str], list[str]]:
    """(nationality words, country codes written in capitals: "US", "U.S.", "UK")."""
    words = [d for r in _country_rows() for d in r["demonyms"].split("|")]
    return ([d for d in words if len(d) > 3 and d.isalpha()],
            [d for d in words if d.isupper() and 2 <= len(d.replace(".", "")) <= 3])


def _country_names() -> list[str]:
    """Country names as written in running text ("Russia", "Israel"), one word or more."""
    return [r["name"] for r in _country_rows() if r["name"].replace(" ", "").isalpha()]


def _country_phrase(country: str) -> str:
    return f"the {country}" if country in _THE else country


def period_label(country: str, day: date, dictionary: ActorDictionary | None = None) -> str:
    d = dictionary or load_dictionary()
    for start, end, label in d.periods.get(country, ()):
        if start <= day and (end is None or day <= end):
            return label
    return ""


def state_actor(kind: str, country: str, event_date: date) -> tuple[str, str]:
    """("Military Forces of Iraq (2018-2020)", reason or "") for a state force of `country`."""
    base = {"state-military": "Military Forces of", "state-police": "Police Forces of",
            "government": "Government of"}[kind]
    label = period_label(country, event_date)
    name = f"{base} {_country_phrase(country)}"
    if not label:
        return name, f"state period unknown for {country} on {event_date}"
    return f"{name} ({label})", ""


def generic_actor(kind: str, country: str) -> tuple[str, int]:
    """("Protesters (Iraq)", 6) for the generic kinds."""
    names = {"protesters": ("Protesters", 6), "rioters": ("Rioters", 5), "civilians": ("Civilians", 7),
             "unidentified": ("Unidentified Armed Group", 3)}
    label, inter = names[kind]
    return f"{label} ({country})", inter


def nationality_before(text: str, start: int) -> str:
    from dataset.coder.places import nationality_before as _before

    return _before(text, start)


def _leading_nationality(words: str) -> str:
    from dataset.coder.places import country_word

    first = words.split()[0] if words.split() else ""
    info = country_word(first) if first[:1].isupper() else None
    return info.name if info else ""


def find_actors(text: str, *, country: str, event_date: date, offset: int = 0) -> list[ActorMention]:
    """Actor mentions in one sentence, in text order, resolved for `country` and `event_date`."""
    d = load_dictionary()
    key = (text, country, event_date)
    found = d.cache.get(key)
    if found is None:  # cached: an event's sentences are read for several candidates
        if len(d.cache) > 4096:
            d.cache.clear()
        found = d.cache[key] = tuple(_find(text, country, event_date, d))
    if not offset:
        return list(found)
    return [ActorMention(m.name, m.inter, m.kind, m.country, m.start + offset, m.end + offset, m.text, m.rule,
                         m.associated) for m in found]


SUSPECTED_RULE = " suspected of violence -> Unidentified Armed Group"
PRIVATE_SECURITY = "Private Security Forces"  # guards of firms: armed, but no state's force and no group's name
_FREED_BEFORE = re.compile(r"\b(?:freeing|freed|releasing|released|rescuing|rescued|letting out)\s+(?:(?:more than|over|about|"
                           r"around|some|nearly|at least)\s+)?(?:\d[\d,]*|hundreds of|dozens of|thousands of|all(?: the)?|the)?\s*$",
                           re.I)
_PRISON_BEFORE = re.compile(r"\b(?:prisons?|jails?|correctional|penitentiary)\b", re.I)
_ARMED_WITH = re.compile(r"\s+armed with (?:[\w-]+,? ){0,2}(?:guns|rifles|firearms|pistols|knives|machetes|swords|"
                         r"AK-?47s?|weapons)\b", re.I)
_MEN = re.compile(r"(?:\w+ )?(?:men|persons|individuals)", re.I)
# "Russian forces killed civilians": the nationality before is the doers', not the victims'
_ACT_BEFORE_CIVILIANS = re.compile(
    r"\b(?:forces|troops|soldiers|army|military|police|militants|fighters|rebels|gunmen|killed|attacked|shot|"
    r"shelled|struck|targeted|abducted|kidnapped|detained|arrested|executed|wounded|injured|murdered|massacred|hit|"
    r"bombed)\s+(?:(?-i:[a-z-]+)\s+)?$", re.I)
_SUSPECTED_OF_VIOLENCE = re.compile(
    r",?\s+(?:who (?:were|was|are|is|had been) )?(?:suspected|accused|believed) (?:of|to have) (?:being |been |having )?"
    r"(?:murder\w*|kill\w*|robb\w*|armed robbery|attack\w*|carjack\w*|kidnap\w*|abduct\w*|"
    r"(?:(?:members?|part) (?:of|or) )?(?:a |an )?(?:gang|criminal gang|militia|terror\w*|bandits?|robbers?|thugs?|"
    r"criminals?))", re.I)
_IN_A_NAME = re.compile(r"(?:Man|Woman|Boy|Girl|Men|People|Child)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(]\s*)$")


_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;\"“(]\s)(?<!^)\b([A-Z][\w'’-]*)\s+$")
# capitalised words that may stand before a state force's name without making it another's
_STATE_NAME_WORDS = frozenset({"The", "A", "An", "Its", "Their", "His", "Her", "Our", "Government", "Federal",
                               "National", "Royal", "Special", "Regular", "Union", "Republican", "Presidential"})


def _inside_a_name(text: str, start: int, country: str) -> int | None:
    """Where the proper name begins that a capitalised force name continues ("Sabaot Land Defence
    Force" names another group), or None: a country, nationality, place or title before it
    ("Kenya Defence Forces", "Aungzu Border Guard Police", "the Anti-Terrorism Police Unit")."""
    from dataset.coder.gazetteer import fold
    from dataset.coder.places import _index, country_info

    m = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.group(1) in _STATE_NAME_WORDS or m.group(1).startswith(("Anti-", "Counter-")):
        return None
    word = m.group(1)
    if country_info(word) is not None:
        return None
    idx, info = _index(), country_info(country)
    if info is not None and any(idx.cc[i] == info.alpha2 for i in idx.by_key.get(fold(word), ())):
        return None  # a place of the country: "Aungzu Border Guard Police
    # the whole capitalised run before the force's name
    run = _NAME_RUN_BEFORE.search(text, max(0, start - 60), start)
    return run.start() if run else m.start(1)


_NAME_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+)+$")
_DEFENCE_FORCE = re.compile(r"Defen[cs]e Forces?")

# A named armed group the dictionary does not know: a run of capitalised words (joined by "of",
# "for the", "de" ...) with a word that only armed groups put in their names, and the acronym
# told after it ("the Popular Front for the Liberation of Azawad (FPLA)").
_LINK = r"(?:of|for|the|de|del|des|du|la|le|and|al|el|wal|wa|y)"
_NAME_RUN = re.compile(rf"(?<![\w'’-])[A-Z][\w'’-]+(?:(?:\s+{_LINK})*\s+[A-Z][\w'’-]+)+"
                       r"(?:\s*\((?P<acr>[A-Z][A-Za-z0-9/&-]{1,11})\))?")
_ARMED_NAME_WORD = re.compile(
    r"\b(?:Liberation|Revolutionary|Resistance|Rebels?|Insurgents|Mujahideen|Mujahidin|Militias?|Brigades?|"
    r"Cartel|Self-Defen[cs]e|Guerrillas?|Jihad|Front|Security Network|Patriots|Army)\b")
# militias rather than rebels: groups that defend, enforce or trade, not ones that fight the state
_MILITIA_NAME_WORD = re.compile(r"\b(?:Militias?|Brigades?|Cartel|Self-Defen[cs]e|Security Network|Vigilantes?)\b")
# words that open a sentence or a phrase before a group's name, not part of it
_NAME_OPENERS = frozenset({
    "The", "A", "An", "On", "In", "At", "After", "Also", "Suspected", "Alleged", "Fighters", "Members", "Militants",
    "Elements", "Gunmen", "Rebels", "Troops", "Soldiers", "Forces", "Some", "Two", "Three", "Several", "Armed",
    "Jihadists", "Insurgents", "Combatants", "Around", "Near", "Meanwhile", "Later", "Earlier", "Then", "When", "Militias",
    "Militiamen"})
# names with those words that are no armed group
_NOT_A_GROUP = re.compile(r"\b(?:Salvation Army|People'?s'? Militia|Army (?:Base|Camp|Post|Barracks|Headquarters|Hospital|Chief|"
                          r"Day)|Front (?:Line|Page)|Popular Front (?:Party)|Liberation (?:Day|Square|Road|Street|"
                          r"Avenue|War|Struggle|Theology)|Resistance (?:Day|Square)|Revolutionary (?:Guards? Corps|Court))\b")
# "Da Law Militia and Sinbo Militia": two groups' names joined by "and"
_TWO_NAMES = re.compile(r"(?:(?<=Militia)|(?<=Militias)|(?<=Brigade)|(?<=Brigades)|(?<=Army)|(?<=Front)|(?<=Cartel)|(?<=Force)|(?<=Forces))"
                        r"\s+and\s+(?:the\s+)?(?=[A-Z])")  # ("the 444 Brigade and the Special Deterrence Force")
# a dictionary mention of one common word, which a group's full name may hold ("Army", "Clan")
_GENERIC_WORD = re.compile(r"[A-Za-z]+")
_GENERIC_KINDS = frozenset({"state-military", "state-police", "unidentified", "civilians", "identity-militia", "associated"})


# "Habar Gidir and Majeerteen clan militias clashed": each clan's militia, named as ACLED names them
_CLAN_NAME = r"(?!(?:The|Rival|Armed|Local|Two|Suspected|Heavily|Some|Several|Other)\b)(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+"
_CLAN_MILITIA = re.compile(rf"\b(?P<a>{_CLAN_NAME})(?: and (?P<b>{_CLAN_NAME}))? (?:sub-)?clan (?:militias?|militiamen|"
                           r"fighters|gunmen)\b|"
                           # "Gunmen from the Jaafar and Shamas families exchanged fire": the armed men of named clans
                           # ("militias of the Saleebaan and Sacad sub-clans", "armed youth from the Apuk and Aguok sections")
                           rf"\b(?:[Gg]unmen|[Ff]ighters|[Mm]ilitiamen|[Mm]ilitias?|[Aa]rmed men|[Aa]rmed youths?) (?:from|of) the "
                           rf"(?P<c>{_CLAN_NAME})(?: and (?:the )?(?P<d>{_CLAN_NAME}))? (?:families|family|(?:sub-)?clans?|tribes?|"
                           r"sections?)\b|"
                           # "fighting broke out between the Kaekin and Sikin clans"
                           rf"\bbetween the (?P<e>{_CLAN_NAME}) and (?:the )?(?P<f>{_CLAN_NAME}) (?:(?:sub-)?clans|families|tribes)\b")


def _clan_militias(text: str, country: str, offset: int, out: list[ActorMention]) -> list[ActorMention]:
    """The mentions with each named clan's militia in place of the common words inside its name."""
    found = []
    matches = list(_CLAN_MILITIA.finditer(text))
    for m in matches:
        for g in ("a", "b", "c", "d", "e", "f"):
            if m.group(g):
                name = f"{m.group(g)} Clan Militia ({country})"
                found.append(ActorMention(name, 4, "identity-militia", country, m.start(g) + offset, m.end(g) + offset,
                                          m.group(g), f"a named clan's militia: {m.group(0)!r} -> {name}", False))
    if not found:
        return out
    spans = [(m.start() + offset, m.end() + offset) for m in matches]
    kept = [t for t in out if not any(a <= t.start < b for a, b in spans)]
    return sorted(kept + found, key=lambda t: t.start)


# "Armed residents of Nahuala and neighbouring Santa Catarina Ixtahuacan exchanged gunfire": each town's armed men, a
# communal militia named after it, as ACLED names them
_TOWN_NAME = r"(?!(?:The|A|An)\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
_TOWN_MILITIA = re.compile(rf"\b[Aa]rmed (?:residents|villagers|men|youths?|inhabitants|community members|people) (?:of|from) "
                           rf"(?:the (?:village|town|community) of )?(?P<a>{_TOWN_NAME})(?: and (?:neighbou?ring |nearby |rival )?"
                           rf"(?:the (?:village|town|community) of )?(?P<b>{_TOWN_NAME}))?")


def _town_militias(text: str, country: str, offset: int, out: list[ActorMention]) -> list[ActorMention]:
    """The mentions with each named town's armed men as its communal militia."""
    from dataset.coder.places import country_word

    found, spans = [], []
    for m in _TOWN_MILITIA.finditer(text):
        named = [g for g in ("a", "b") if m.group(g)]
        # (not a country's or a known group's men: "armed men from Mali", "armed men from Boko Haram"; nor a place
        # owning what follows: "armed men from India's northeastern state of Manipur's rival ethnic communities",
        # "armed men from Nigeria's Plateau state")
        if any(country_word(m.group(g).split()[0]) is not None
               or any(w.endswith(("'s", "’s")) for w in m.group(g).split())
               or any(t.start < m.end(g) + offset and m.start(g) + offset < t.end for t in out) for g in named):
            continue
        for g in named:
            name = f"{m.group(g)} Communal Militia ({country})"
            found.append(ActorMention(name, 4, "identity-militia", country, m.start(g) + offset, m.end(g) + offset,
                                      m.group(g), f"a town's armed men: {m.group(0)!r} -> {name}", False))
        spans.append((m.start() + offset, m.end() + offset))
    kept = [t for t in out if not any(a <= t.start < b for a, b in spans)]
    return sorted(kept + found, key=lambda t: t.start)


def _named_groups(text: str, taken: list[ActorMention]) -> list[ActorMention]:
    """Armed groups named in full that no dictionary entry matched, as "ACRONYM: Full name" (the
    acronym when the text gives one), inter 2 (rebels) or 3 (militias) by the words of the name."""
    out = []
    for m in _NAME_RUN.finditer(text):
        acr = m.group("acr")
        run_end = m.start("acr") - 1 if acr else m.end()
        run = text[m.start():run_end].rstrip(" (")
        # "Da Law Militia and Sinbo Militia": two groups
        cuts = [0, *(c.end() for c in _TWO_NAMES.finditer(run))]
        for k, cut in enumerate(cuts):
            last = k + 1 == len(cuts)
            piece = run[cut:] if last else run[cut:_TWO_NAMES.search(run, cut).start()]
            found = _named_group(text, m.start() + cut, piece, acr if last else None,
                                 m.end() if last and acr else None, taken)
            if found is not None:
                out.append(found)
    # a group the dictionary does not know, told by its acronym before its men: "suspected FLN fighters"
    from dataset.coder.places import country_word

    for m in _ACRONYM_MEN.finditer(text):
        acr = m.group("acr")
        if acr in _NOT_GROUP_ACRONYMS or country_word(acr) is not None or any(
                t.start < m.end("acr") and m.start() < t.end for t in [*taken, *out]):
            continue
        inter = 3 if m.group("men").lower().startswith("militi") else 2
        out.append(ActorMention(acr, inter, "militia" if inter == 3 else "rebel", "", m.start(), m.end(), m.group(0),
                                f"a named armed group not in the dictionary, by its acronym: {m.group(0)!r} -> {acr}",
                                False))
    return out


_ACRONYM_MEN = re.compile(r"(?<![\w'’-])(?P<acr>[A-Z][A-Z0-9]{1,5}(?:-[A-Z][\w]+)?)\s+"
                          r"(?P<men>fighters|rebels|militants|insurgents|guerrillas|militiamen|militias?|combatants)\b")
_NOT_GROUP_ACRONYMS = frozenset({"UN", "AU", "EU", "US", "UK", "IDP", "NATO", "ECOWAS", "SADC", "IGAD", "NGO", "TV", "AFP", "AP",
                                 "BBC", "CNN", "IS", "ISIS", "ISIL"})


def _named_group(text: str, at: int, piece: str, acr: str | None, acr_end: int | None,
                 taken: list[ActorMention]) -> ActorMention | None:
    from dataset.coder.places import country_word

    parts = piece.split()
    skipped = 0
    while parts and (parts[0] in _NAME_OPENERS or re.fullmatch(_LINK, parts[0], re.I)):
        skipped += 1
        parts.pop(0)  # "Fighters of the Popular Front ...": the name starts after the opener
    full = " ".join(parts)
    if len(parts) < 2 or not _ARMED_NAME_WORD.search(full) or _NOT_A_GROUP.search(full):
        return None
    if any(country_word(w) is not None for w in parts if w[:1].isupper() and w not in ("Army", "Front")):
        return None  # "Nigerian Army", "Free Syrian Army": a state's or a country's (left to the dictionary)
    start = at + piece.find(parts[0]) if skipped else at
    end = acr_end or start + len(full)
    if any(t.start < end and start < t.end and not (start <= t.start and t.end <= end and t.kind in _GENERIC_KINDS
                                                    and _GENERIC_WORD.fullmatch(t.text)) for t in taken):
        return None  # a name the dictionary knows ("Kachin Independence Army (KIA)", "Pokot Militia")
    if any(t.kind.startswith("state") and 0 <= t.start - end <= 3 and text[end:t.start].strip() in ("(", "[")
           for t in taken):
        return None  # "the Kachin Defense Army (Border Guard Force)": a state force's local name
    if _PARTY_AFTER.match(text, end):
        return None  # "the opposition Homeland Front party": a political party, no armed group
    inter = 3 if _MILITIA_NAME_WORD.search(full) else 2
    name = f"{acr}: {full}" if acr else full
    return ActorMention(name, inter, "militia" if inter == 3 else "rebel", "", start, end, text[start:end],
                        f"a named armed group not in the dictionary: {text[start:end]!r} -> {name}", False)


_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.I)
_AND_NATIONALITY = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w.-]+\s+")
_PARTY_AFTER = re.compile(r"\s+(?:party|parties|coalition|bloc)\b", re.I)
_MEN_OF = re.compile(r"\s+(?:from|of|belonging to|loyal to|led by|commanded by)\s+(?:the\s+)?(?:rival\s+|same\s+|local\s+|so-called\s+|outlawed\s+|banned\s+|proscribed\s+)?", re.I)
_EITHER = re.compile(r"\b(?:or|and/or)\b", re.I)
# a group's name and its gloss (or the gloss's own end), then its men: "CJNG (Jalisco New Generation Cartel) gunmen"
# (a gloss is an acronym or a name of words, not a region's qualifier: "Islamic State (Sahel) militants")
_GLOSS_BETWEEN = re.compile(r"\s*(?:\((?:[A-Z]{2,}[\w-]*|[^()\s]+(?:\s+[^()\s]+)+)\)|\))\s*")
# a force's site told as where an act was ("near a military checkpoint", "outside the army base")
_SITE_AFTER = re.compile(r"\s+(?:checkpoints?|bases?|camps?|posts?|barracks|installations?|airports?|hospitals?|zones?)\b",
                         re.I)
# a force's site named as such ("security outpost"), told as where something was or came from
_SITE_WORDS = re.compile(r"security (?:posts?|outposts?|checkpoints?|bases?|camps?)", re.I)
_PLACE_OF_SITE_BEFORE = re.compile(r"\b(?:near|outside|close to|next to|beside|opposite|from|by|behind|past)\s+(?:an?|the)\s+"
                                   r"(?:[\w'-]+\s+){0,4}$", re.I)
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|close to|next to|beside|opposite)\s+(?:an?|the)\s+$", re.I)
_NOT_A_GROUPS_KIND = frozenset(("unidentified", "civilians", "protesters", "rioters", "associated", "government"))
_ARMED_GROUPS_KIND = frozenset(("militia", "rebel", "identity-militia"))
# a group told by what it is just before its name ("the Dogon militia Dan Na Ambassagou", "the self-defence militia
# Koglweogo", "the Sinaloa Cartel factions Los Chapitos and La Mayiza"): one group, the named one
_DESCRIBES_THE_NAMED = re.compile(r"\s+(?:(?:rival\s+|splinter\s+)?(?:factions?|wings?|splinter\s+groups?)\s+|"
                                  r"(?:ethnic\s+|community\s+|self-defen[cs]e\s+|armed\s+)?(?:militia|group)\s+)?")
# the group a named one belongs to, told as its gloss ("Los Chapitos and La Mayiza, rival factions of the Sinaloa Cartel")
_PART_OF = re.compile(r",\s+(?:the\s+)?(?:rival\s+|two\s+|splinter\s+|breakaway\s+)*(?:factions?|wings?|splinter\s+groups?|"
                      r"branch(?:es)?|offshoots?)\s+of\s+(?:the\s+)?$", re.I)


def _names_another(text: str, out: list[ActorMention], i: int) -> bool:
    """Whether mention i only tells what a named group next to it is, or what it belongs to."""
    m = out[i]
    if m.kind not in _ARMED_GROUPS_KIND and m.kind != "unidentified":
        return False
    nxt = out[i + 1] if i + 1 < len(out) else None
    if nxt is not None and nxt.kind in _ARMED_GROUPS_KIND and nxt.name != m.name \
            and _DESCRIBES_THE_NAMED.fullmatch(text, m.end, nxt.start):
        return True
    prv = out[i - 1] if i > 0 else None
    return prv is not None and prv.kind in _ARMED_GROUPS_KIND and m.kind in _ARMED_GROUPS_KIND \
        and _PART_OF.search(text, max(prv.end, m.start - 60), m.start) is not None


def _find(text: str, country: str, event_date: date, d: ActorDictionary) -> list[ActorMention]:
    offset = 0
    out: list[ActorMention] = []
    for start, end, group in d.regex.spans(text):
        e_i = int((group or "")[1:].split("_")[0])
        entry = d.entries[e_i]
        if entry.limited and not entry.applies(country, event_date):
            entry = _entry_for(d, group or "", country, event_date)
            if entry is None:
                continue  # an acronym of a group of other countries (or of other years)
        words = text[start:end]
        if entry.kind == "state-military" and _DEFENCE_FORCE.fullmatch(words):
            name_start = _inside_a_name(text, start, country)
            if name_start is not None:
                # "Sabaot Land Defence Force": a group's own name, not the state's force
                full = text[name_start:end]
                out.append(ActorMention(full, 3, "militia", country, name_start + offset, end + offset, full,
                                        f"{entry.source}: {full!r}: a group named like a force -> {full}", False))
                continue
        if entry.kind in ("state-military", "state-police", "government"):
            if words[:3] == "us ":
                continue  # "told us forces were coming": the pronoun, not a country's code
            if _SITE_AFTER.match(text, end) and _NEAR_BEFORE.search(text, max(0, start - 16), start):
                continue  # "shot dead a boy near a military checkpoint": where the act was, no actor
            if _SITE_WORDS.fullmatch(words) and _PLACE_OF_SITE_BEFORE.search(text, max(0, start - 40), start):
                continue  # "the shell came from a security outpost", "by the town's entry security checkpoint": a place
            prev = out[-1] if out else None
            if prev and prev.kind == entry.kind and 0 <= start + offset - prev.end <= 1:
                continue  # "KDF soldiers": one force, named twice
            own = entry.country or _leading_nationality(words) or nationality_before(text, start) or country
            if own == country and not entry.country and _ITS_BEFORE.search(text, max(0, start - 6), start):
                # "The Rwanda Defence Force said that its soldiers had ...": the force told before, whose they are
                own = next((m.country for m in reversed(out) if m.kind == entry.kind and m.country), own)
            if prev and prev.kind == entry.kind and prev.country == own and not entry.country \
                    and _AND_NATIONALITY.fullmatch(text, prev.end, start):
                # "Thai and Cambodian troops exchanged fire": the first nationality is named as a force of its own,
                # so the noun is the second's (one lead for both only when the first is not: "U.S. and British warplanes")
                own = _leading_nationality(text[prev.end:start].split()[-1]) or own
            name = entry.name.replace("{country}", _country_phrase(own)) if "{country}" in entry.name else entry.name
            label = period_label(own, event_date, d)
            if "{period}" in name:
                name = name.replace(" ({period})", f" ({label})" if label else "")
            inter = 1 if own == country else 8
            why = f"{entry.source}: {words!r}" + (f" of {own}" if own != country else "") + \
                  ("" if label else f" (state period unknown for {own})") + (" outside its country: inter 8" if inter == 8 else "")
            out.append(ActorMention(name, inter, entry.kind, own, start + offset, end + offset, words, why, False))
            continue
        if entry.kind == "civilians" and _IN_A_NAME.match(words) and start > 0 and not _SENTENCE_START.search(
                text[:start]):
            continue  # "near Man Yawn", "Boy Scouts": a capitalised word inside a sentence is a name
        if entry.name.startswith(PRIVATE_SECURITY) and _PRISON_BEFORE.search(text, max(0, start - 150), start):
            continue  # "the attack on the Kuje prison ... a gun battle with security guards": the prison's guards
        if entry.kind == "civilians" and _FREED_BEFORE.search(text, max(0, start - 30), start):
            continue  # "attacked the prison, freeing more than 800 inmates": those set free are no side of the act
        if entry.kind == "civilians" and _ARMED_WITH.match(text, end) and _MEN.fullmatch(words):
            # "about 20 men armed with knives and swords": armed men, not civilians (a crowd "armed with
            # stones" stays one)
            out.append(ActorMention(f"Unidentified Armed Group ({country})", 3, "unidentified", country,
                                    start + offset, end + offset, words,
                                    f"{entry.source}: {words!r} armed with weapons: Unidentified Armed Group", False))
            continue
        if entry.kind == "civilians" and _SUSPECTED_OF_VIOLENCE.match(text, end):
            # "killed three men suspected of murdering a chief": suspects of armed crime are an armed group
            out.append(ActorMention(f"Unidentified Armed Group ({country})", 3, "unidentified", country,
                                    start + offset, end + offset, words,
                                    f"{entry.source}: {words!r}{SUSPECTED_RULE}",
                                    False))
            continue
        if entry.kind == "civilians" and "{country}" in entry.name:
            # "a Peruvian man killed in Chile", "two Chinese workers abducted": foreign civilians keep their
            # nationality (ACLED: "Civilians (China)")
            own = _leading_nationality(words) or (
                "" if _ACT_BEFORE_CIVILIANS.search(text, max(0, start - 40), start) else nationality_before(text, start))
            if own and own != country:
                out.append(ActorMention(entry.name.replace("{country}", own), entry.inter, entry.kind, own,
                                        start + offset, end + offset, words,
                                        f"{entry.source}: {words!r} of {own}: foreign civilians keep their nationality",
                                        False))
                continue
        name = entry.name.replace("{country}", country)
        if "{ethnic}" in name:
            # the community's name: one of the entry's names ("Somalis" names the Somali), else the first
            # capitalised word ("armed Pokot militants", "bandits from Marakwet")
            known = next((n for n in entry.names if re.search(rf"(?<!\w){re.escape(n)}", words, re.I)), None)
            ethnic = known or next((w.group(0) for w in [re.search(
                r"\b(?!Armed\b|Suspected\b|Alleged\b)[A-Z][\w'-]*", words) or re.match(r"\w+", words)] if w), "")
            name = name.replace("{ethnic}", ethnic.title() if not known else known)
        out.append(ActorMention(
            name, entry.inter, entry.kind, entry.country or (country if entry.kind in (
                "protesters", "rioters", "civilians", "unidentified", "associated", "identity-militia") else ""),
            start + offset, end + offset, words, f"{entry.source}: {words!r} -> {name}",
            entry.kind == "associated",
        ))
    if len(out) > 1:  # (before the men of a group are told whose: "gunmen from the Dogon militia Dan Na Ambassagou")
        out = [m for i, m in enumerate(out) if not _names_another(text, out, i)]
    for i, m in enumerate(out):
        # "Gunmen from the Viv Ansanm gang coalition", "fighters of the Islamic State", "rebel forces led by HTS": the named
        # group's own men
        nxt = out[i + 1] if i + 1 < len(out) else None
        if m.kind == "unidentified" and nxt is not None and nxt.kind not in _NOT_A_GROUPS_KIND \
                and _MEN_OF.fullmatch(text, m.end, nxt.start):
            out[i] = dataclasses.replace(nxt, start=m.start, end=m.end, text=m.text,
                                         rule=f"{m.rule}; men of {nxt.text!r} -> {nxt.name}")
        prv = out[i - 1] if i > 0 else None
        if m.kind == "unidentified" and prv is not None and prv.kind not in _NOT_A_GROUPS_KIND \
                and prv.kind not in ("state-military", "state-police", "external") \
                and _GLOSS_BETWEEN.fullmatch(text, prv.end, m.start) \
                and not _EITHER.search(text, max(0, m.start - 60), m.start):  # ("ISWAP or Boko Haram (JAS) militants")
            # "CJNG (Jalisco New Generation Cartel) gunmen": the named group's own men
            out[i] = dataclasses.replace(prv, start=m.start, end=m.end, text=m.text,
                                         rule=f"{m.rule}; men of {prv.text!r} -> {prv.name}")
    if " clan " in text or "-clan" in text or " families" in text or " family" in text or " clans" in text \
            or " tribe" in text or " section" in text:
        out = _clan_militias(text, country, offset, out)
    if "rmed " in text and _TOWN_MILITIA.search(text):
        out = _town_militias(text, country, offset, out)
    if _ARMED_NAME_WORD.search(text) or _ACRONYM_MEN.search(text):
        named = _named_groups(text, out)
        if named:
            # a group's full name replaces the common words inside it ("Clan del Golfo" is no clan)
            out = sorted([t for t in out if not any(n.start <= t.start and t.end <= n.end for n in named)] + named,
                         key=lambda t: t.start)
    if len(out) > 1:  # (and after: a name read from its words, "the Sinaloa Cartel factions Los Chapitos")
        out = [m for i, m in enumerate(out) if not _names_another(text, out, i)]
    return out
