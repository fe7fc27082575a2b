"""Place names in a sentence, resolved to GeoNames places with ACLED geo_precision.

Place names are capitalised in English news, so only capitalised word runs are looked up, in
the compact gazetteer index. Candidates in the article's country win; a place in another
country needs that country named in the article and a sizeable population. Cue words set the
precision: "outskirts of X" 1, "near X" / "X district" 2, a province or region named alone 3.
Lower-case vague phrases ("the region", "the south") are never looked up.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

from dataset.coder import gazetteer
from dataset.coder.fastre import (
    Caseless,
    caseless_lower,
    caseless_twin,
    literal_alternation,
    word_start_alternation,
)
from dataset.coder.gazetteer import SEAT_GID, Country, Index, fold, load_index, phonetic
from dataset.coder.gazetteer import haversine_km as haversine_km  # (read by assemble as places.haversine_km)


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    iso: int
    region: str
    admin1: str
    admin2: str
    admin3: str
    latitude: float
    longitude: float
    population: int
    kind: str  # populated | admin1 | admin2 | unit | country
    geonameid: int


@dataclass(frozen=True)
class PlaceMention:
    text: str
    start: int
    end: int
    place: Place
    geo_precision: int
    rule: str


#: A country as ACLED names it, with its codes, region, capital and demonyms.
CountryInfo = Country


# Capitalised words that are never places on their own, though GeoNames has towns so named.
STOP = frozenset("""
a an the in on at of and or but for with by from to as after before during while when where who what which
this that these those there their they he she it its we our us i you his her him them if then than so not no
police army military government president minister prime general secretary state states union united national
unknown security forces force troops soldiers people reuters afp ap associated press news agency said says
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december north south east west central northern southern eastern western
jan feb apr jun jul aug sep sept oct nov dec
mr mrs ms dr gen col lt capt sgt officials official authorities spokesman spokeswoman governor commissioner
islamic republic democratic people peoples party movement front council committee ministry department office
embassy consulate hospital university school church mosque market airport bridge road street camp base
human rights watch amnesty international red cross crescent un unicef who world bank kingdom province region
district county state city town village area zone division governorate sub local municipality
christian muslim shiite sunni kurdish arab catholic protestant god allah lord king queen prince
baluch baloch pashtun pashtuns kurds kuki kukis meitei meiteis
hamas hezbollah hizbollah houthi houthis taliban wagner
mark trump biden obama putin pompeo morgan victory hope faith grace liberty justice freedom independence day
according however meanwhile also but yet earlier later last next first second third new old
outside inside near nearby across around along beyond within between into through throughout toward towards among amid
amidst despite following since until under over against elsewhere upon
most many some several all both each every any few much more less such other another only even just still once here now
""".split())

# a unit's kind told of a region, no unit of its own: "La Concordia, another Chiapas municipality"
_ONE_OF_BEFORE = re.compile(r"\b(?:a|an|another|one|each|every)\s+$", re.I)

# the rule of a place named after its town ("Kisii University", "Kisumu Central"): coded to the town
NAMED_AFTER_ITS_TOWN = "a place named after its town"
# the rule of a district or region named after its town ("Bryansk region", "Bassa local government area"): its town
AREA_NAMED_AFTER_ITS_TOWN = "an administrative area named after its town"

# words for water and shores: a place only as a unit's name ("Bay region", "Gulf province")
_WATER = frozenset(("sea", "ocean", "gulf", "bay", "strait", "channel", "coast"))
_ADMIN_SUFFIX = re.compile(
    r"^\s+(?:county|counties|province|provinces|region|regions|state|states|district|districts|governorate|division|"
    r"department|prefecture|municipality|metro|metropolitan|township|townships|sub-county|subcounty|constituency|ward|area|"
    r"zone|commune|"
    r"local government area|LGA|territory|regency|locality|woreda|upazila|tehsil|"
    r"cercle|circle|oblast|raion|"
    r"town|city|village|village tract|camp|market)\b",
    re.I)
# "X State", "X Province": the first-level unit; "X Township", "X District": the town it is named after
# "the state of Guanajuato", "the province of Cabo Delgado": the unit, not its namesake town
_ADMIN1_PREFIX = re.compile(r"\b(?:state|province|region|department|governorate|oblast) of\s+$", re.I)
# a part of a region told before its name: "in southern Idlib", "most of Idlib", "across rural Aleppo"
_REGION_PART_BEFORE = re.compile(r"\b(?:(?:north|south)-?(?:east|west)(?:ern)?|(?:north|south|east|west)ern|"
                                 r"rural|most of|much of|parts of|all of|across|throughout)\s+$", re.I)
# (not an institution named after a state: "Tbilisi State University", "Lagos State House of Assembly")
_ADMIN1_SUFFIX = re.compile(r"^\s+(?:county|province|provinces|region|state(?!\s+(?:university|college|polytechnic|hospital|"
                            r"house|school|academy|institute|theatre|museum|library|radio|television|tv)\b)|governorate|"
                            r"oblast|division|countryside)\b", re.I)
# "Kisii University", "Meru Technical Training Institute", "Kisumu Central": a place named after
# its town (an institution, a constituency) is coded to the town; roads are not ("Mombasa Road"
# runs through Nairobi)
_NAMED_AFTER_TOWN = re.compile(
    r"^\s+(?:university|college|polytechnic|institute|technical|teachers|medical|primary|secondary|high|girls|boys|"
    r"academy|school|market|hospital|referral|prison|stadium|airport|bus|police|central|east|west|north|south|"
    r"municipality|township|town|cbd)\b", re.I)
# "Lamu Bujra Boys High School": a run ending in an institution word starts with its town
_INSTITUTION_END = re.compile(r"^\s+(?:school|university|college|polytechnic|institute|academy|hospital|market)$", re.I)
_GROUP_AFTER = re.compile(r"\s+(?:group|militants?|fighters?|rebels?|insurgents?|forces|members|soldiers|troops|"
                          r"supporters|gunmen|militia|clan)\b", re.I)
_FEATURE_AFTER = re.compile(r"\s+(?:stream|creek|river|brook|hill|hills|mountain|mountains|ridge|valley|lake|dam|"
                            r"forest|spring)\b", re.I)
_TOLD_IN_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
_INSTITUTION_OF_BEFORE = re.compile(r"\b(?:University|College|Bank|Institute|Academy|Polytechnic) of\s+(?:the\s+)?$")
# "the Jacarezinho favela in Rio de Janeiro": a part of the town named next, not a namesake elsewhere
_PART_OF_TOWN = re.compile(r"\s+(?:favelas?|slums?|shanty ?towns?|neighbou?rhoods?|suburbs?|informal settlements?)"
                           r"\s+(?:in|of|outside)\s+(?:the\s+)?(?:city\s+of\s+)?[A-Z]")
# tokens before a place name that are not a first name: "ODM Kisii", "Shan's Lashio", "Training
# College Nakuru campus"
_NOT_A_FIRST_NAME = re.compile(r"^(?:[A-Z]{2,6}|[\w-]+['’]s|College|University|School|Polytechnic|Institute|Academy|"
                               r"Hospital)$")
_CONFLICT_AFTER = re.compile(r"\s+(?:conflict|war|crisis|insurgency|peace process|question|issue)\b", re.I)
_ETHNIC_BEFORE = re.compile(r"\bethnic\s+$", re.I)
_WORD_AFTER_ACRONYM = re.compile(r" [a-z0-9]")
_MIXED_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]{1,2}")  # "FAMa", "FARDCs" (not "NGuigmi", ACLED's N'Guigmi)
# "marking Saba Saba day", "the Madaraka Day celebrations": a day named, not the town of that name
_OCCASION_AFTER = re.compile(r"\s+(?:[Dd]ay|anniversary)\b")
# a day's name that is also a town's: "Saba Saba protesters in Nairobi" (7 July in Kenya), not the town in Murang'a
_OCCASION_NAMED = re.compile(r"Saba[ -]Saba\b", re.I)
# "IS Sahel fighters", "Islamic State Sahel Province": a region in an armed group's name
_GROUP_NAMED_BEFORE = re.compile(r"(?:\b(?-i:IS|ISIS|ISIL)|Islamic State(?: in(?: the)?)?)\s+$", re.I)
_PEOPLE_AFTER = re.compile(r"\s+(?:civilians|people|peoples|community|communities|militia\w*|fighters|special forces|"
                           r"clans?|tribes?|ethnic)\b", re.I)
# a people's word before who someone is: "On 15 May 2024, Kashmiri poet Ahmad Farhad was taken" (not the town Kashmor)
_A_PERSON_AFTER = re.compile(r"\s+(?:poet|writer|author|journalist|reporter|activist|lawyer|politician|leader|cleric|"
                             r"scholar|singer|artist|student|trader|businessm[ae]n|man|woman|men|women|boy|girl|youths?|"
                             r"nationals?|migrants?|refugees?|workers?|labou?rers?|pilgrims?|separatists?|nationalists?)\b")
# "a Marakwet militia", "Pokot raiders", "the Garre clan": a people, whatever town shares the name
# ("Arab herders clashed with Sara farmers": a people's herders and farmers, not the town of Sarh)
_KIN_GROUP_AFTER = re.compile(r"\s+(?:(?:ethnic\s+|community\s+|clan\s+)?militia\w*|raiders|clans?|tribes?|"
                              r"tribesmen|ethnic group|(?:drug\s+)?cartels?|farmers|herders|herdsmen|pastoralists)\b", re.I)
# ("factions of the Sinaloa cartel": a criminal group named after its home region, no place told)
# "one of El Chapo's sons": a person's kin after a possessive name
_KIN_AFTER = re.compile(r"\s+(?:sons?|daughters?|wife|wives|husband|brothers?|sisters?|father|mother|family|widow|"
                        r"nephews?|nieces?|cousins?|relatives)\b", re.I)
_FIRST_NAME_BEFORE_QUOTE = re.compile(r"\b[A-Z][a-z]+\s$")
_NICKNAME_AFTER = re.compile(r"\s[\"“][A-Z][^\"”]{0,30}[\"”]\s+[A-Z]")
# "Sadr supporters", "Gbagbo loyalists": a leader's people, whatever place shares the name
_FOLLOWERS_AFTER = re.compile(r"\s+(?:supporters|loyalists|followers|partisans|sympathi[sz]ers)\b", re.I)
# "X township", "X district": an admin unit named after its seat
UNIT_AFTER = re.compile(r"\s+(?:township|district)s?\b", re.I)
# a unit told with the wider one it is of: "in Kalaroa upazila of Satkhira" (the town named after is the district's seat)
UNIT_OF = re.compile(r"\s+(?:upazila|sub-?district|district|tehsil|taluka|township|county|sub-?county|LGA|"
                     r"local government area|commune|department|municipality|mandal|block|woreda)\s+of\s+(?:the\s+)?", re.I)
_OPENING_WORD_POP = 50_000  # people: a town read from a sentence's capitalised first word by another of its names
_VILLAGE_POP = 10_000  # people: a town this small named like its first-level unit is read as the unit
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PART_OF_BEFORE = re.compile(r"\b(?:neighbou?rhoods?|outskirts|centre|center|streets|suburbs?|residents|people|town|city|"
                             r"market) of $", re.I)
_TOWN_OR_CITY_AFTER = re.compile(r"\s+(?:town|city)\b", re.I)
_TOWN_SUFFIX = re.compile(r"^\s+(?:town|city|village|village tract|camp|market)\b", re.I)
# the side of a place a text names it by ("the northern town of Djibo", "Russia's western Bryansk region")
_SIDE_OF_A_PLACE = (r"north|south|east|west|central|north-?eastern|north-?western|south-?eastern|south-?western|eastern|"
                    r"western|northern|southern|border")
_NEAR_BEFORE = re.compile(
    r"\b(?:near|nearby|close to|outside|around|in the vicinity of|not far from|between|km from|kilometres from|"
    r"kilometers from|miles from|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of|"
    # (a town's countryside: "in the rural area of Argelia", "in rural Argelia")
    r"rural (?:areas?|zones?|parts?) of|countryside (?:of|around)|(?<=in )rural|outlying (?:areas?|villages?) of)\s+(?:the\s+)?"
    rf"(?:(?:(?:{_SIDE_OF_A_PLACE}|(?:[\w-]+-)?held)\s+)?(?:city|town|village) of\s+)?$",  # ("west of the city of Marib")
    # ("near the northern town of Djibo")
    re.I)
_OUTSKIRTS_BEFORE = re.compile(r"\b(?:outskirts of|suburb of|suburbs of|downtown|centre of|center of|central)\s+$", re.I)
_TITLES = frozenset("""
general gen president minister secretary mr mrs ms dr commander spokesman spokeswoman chief governor senator
sheikh imam bishop pope king queen prince colonel col major lieutenant captain sergeant judge ambassador envoy
advisor adviser director chairman leader mayor deputy lt brig brigadier
""".split())
# (or a town's part told by its possessive: "the Haitian capital's Petion-Ville suburb")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|outside|from|to|into|of|around|towards|toward|across|through)\s+(?:the\s+)?$|"
                              r"\b(?:capital|city|town|port|province|region|state)['’]s\s+$", re.I)
_AT_AN_ACRONYM = re.compile(r"\b(?:in|near|at|outside|from|to|into|around|towards?)\s+$")
# a coder's aside naming where an event is coded: "(coded for Kutkai township)", "[geocode for Mogaung]"
CODED_FOR = re.compile(r"\b(?:coded (?:for|at|as|to|in)|code (?:for|at)|coordinates (?:for|of)|geo-?coded? (?:for|to|at|as|in)|"
                       r"geocode (?:for|to|at))\s+(?:the\s+)?$", re.I)
# lowercase words that join a place's name ("Khost wa Firing", "Mazar-e Sharif", "Boulogne-sur-Mer")
_LINK_WORDS = "al|el|an|ar|as|ash|ad|ez|az|es|ul|um|de|del|du|des|la|le|di|do|da|of|bin|ibn|au|aux|sur|en|wa|e|y|los|las|dos|das"
_CAP_RUN = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’.-]*[\w]|[A-Z])(?:(?:\s+|-)(?:(?:" + _LINK_WORDS + r")(?:\s+|-))?"
    r"(?:[A-Z][\w'’-]*[\w]|[A-Z](?![\w.'’-])))*")  # "Mrauk U": a last word may be one capital
# The same runs, written to start with the capital: Python's `re` then skips every other
# character in C. The look-behind, moved past the capital, still reads the character before it.
_CAP_RUN_FAST = re.compile(
    r"[A-Z](?<![\w'’-][A-Z])(?:[\w'’.-]*[\w])?(?:(?:\s+|-)(?:(?:" + _LINK_WORDS + r")"
    r"(?:\s+|-))?(?:[A-Z][\w'’-]*[\w]|[A-Z](?![\w.'’-])))*")  # "Mrauk U": a last word may be one capital
_TOKEN_SEPARATORS = re.compile(r"(\s+|-)")
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")  # "ODM", "MCAs"
_LEADING_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|ad|the)\s+")


def _index() -> Index:
    return load_index()


@lru_cache(maxsize=1)
def _country_lookup() -> dict[str, str]:
    """Lowercased names, codes and demonyms -> alpha2."""
    idx = _index()
    out: dict[str, str] = {}
    for cc, c in idx.countries.items():
        for key in (c.name, c.alpha3):
            out[key.lower()] = cc
        out.setdefault(cc.lower(), cc)
        for d in c.demonyms:
            out[d.lower()] = cc
    import pycountry

    for c in pycountry.countries:
        out.setdefault(c.name.lower(), c.alpha_2)
        if getattr(c, "official_name", None):
            out.setdefault(c.official_name.lower(), c.alpha_2)
    for alias in ("the united states", "the u.s.", "the us"):
        out[alias] = "US"
    return out


def _info(cc: str) -> CountryInfo | None:
    return _index().countries.get(cc)


@lru_cache(maxsize=8192)
def country_info(name_code_or_demonym: str) -> CountryInfo | None:
    """"Iraq", "IQ", "IRQ", "Iraqi", "U.S." -> the country, as ACLED names it."""
    if not name_code_or_demonym:
        return None
    key = name_code_or_demonym.strip().lower()
    cc = _country_lookup().get(key) or _country_lookup().get(key.rstrip("."))
    if cc is None and len(key) > 4 and key.endswith("s"):
        cc = _country_lookup().get(key[:-1])  # "Iraqis", "Kenyans"
    return _info(cc) if cc else None


@lru_cache(maxsize=1)
def _country_regex() -> re.Pattern:
    names = sorted({k for k in _country_lookup() if len(k) > 2 or k in ("us",)}, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.])(?:{body})s?(?![\w])", re.I)  # ("Kenyans", "Somalis": people of the country)


# (a weapon's model may stand between: "a Russian Tochka-U missile", "Russian Kh-101 cruise missiles")
_NAT_BEFORE = re.compile(r"(?:^|[\s(,;])(?P<nat>(?:[A-Z][\w.]*\.?|U\.S\.|US)(?:\s[A-Z]\w+(?![\w-]))?)(?:'s)?\s+"
                         # (modifiers between, not another noun's clause: "Pakistani students before police")
                         r"(?:(?:(?!(?:before|after|and|or|with|by|of|at|in|on|to|from|against|as|when|while|until|than|"
                         r"the|a|an|who|which|that|were|was|are|is)\s)[a-z-]+|[A-Z][A-Za-z]*-[A-Z0-9][\w-]*|[A-Z]+\d[\w-]*)\s+){0,2}$")


_NAT_AND = re.compile(r"(?:^|[\s(,;])(?P<nat>U\.S\.|US|UK|United States|United Kingdom|[A-Z][a-z]+)\s+and\s+$")


def nationality_before(text: str, start: int) -> str:
    """The country named just before a noun: "Iraqi security forces", "a U.S. airstrike"."""
    window = text[max(0, start - 40):start]
    m = _NAT_BEFORE.search(window)
    if not m:
        return ""
    nat = m.group("nat")
    # "U.S. and British warplanes": the first of two states named together leads
    first = _NAT_AND.search(text[max(0, start - 60):max(0, start - 40) + m.start("nat")])
    if first is not None and country_word(first.group("nat")) is not None and country_word(nat.split()[0]) is not None:
        nat = first.group("nat")
    for candidate in (nat, nat.split()[-1], nat.split()[0]):
        info = country_word(candidate)
        if info:
            return info.name
    return ""


# the three-letter codes news writes for a country (most others are other acronyms: NLD, PAK, SOM as a party, a club, a unit)
_CODES_NEWS_WRITES = frozenset(("USA", "UAE", "DRC", "CAR", "PRC", "KSA", "ROK"))


def country_word(word: str) -> CountryInfo | None:
    """The country a word in running text names: a name, a demonym, or a code written in capitals
    ("US forces", not "At least one police officer")."""
    if len(word.rstrip(".")) == 2 and word.rstrip(".").upper() not in ("US", "UK"):
        return None  # ("al-Masirah TV said", "the PM", "IS militants": two capitals are seldom a country's code)
    if len(word) == 3 and word.isupper() and word not in _CODES_NEWS_WRITES:
        return None  # ("an NLD ward official": a party's acronym, not the Netherlands' ISO code)
    return country_info(word) if len(word) > 2 or word.isupper() else None


@lru_cache(maxsize=1)
def _country_regex_fast() -> Caseless:
    """`_country_regex` as a prefix tree (one letter at a time, the longest name first, as the
    alternation sorted longest first), searched through lower-cased text (fastre.Caseless). The
    plain regex where a name holds a letter IGNORECASE matches to more than its upper case (two
    branches of the tree could then both match)."""
    names = sorted({k for k in _country_lookup() if len(k) > 2 or k in ("us",)}, key=len, reverse=True)
    if not all(caseless_twin(re.compile(re.escape(n), re.I)) for n in names) or any(n != n.lower() for n in names):
        return Caseless(_country_regex())
    return Caseless(re.compile(rf"(?<![\w.]){literal_alternation(names)}s?(?![\w])", re.I))


def find_countries(text: str) -> list[tuple[int, int, CountryInfo]]:
    """Country names and demonyms in the text, with offsets. Capitalised only ("us" is no country)."""
    out = []
    for start, end in _country_regex_fast().spans(text, caseless_lower(text)):
        if not text[start].isupper():
            continue
        if end - start <= 3 and not text[start:end].isupper():
            continue  # a code only in capitals ("SUR", "IRQ"; not "Sur" in "Comuneros del Sur")
        info = country_info(text[start:end]) or (country_info(text[start:end - 1]) if text[end - 1] == "s" else None)
        if info:
            out.append((start, end, info))
    return out


def place_from_index(i: int) -> Place:
    idx = _index()
    c = idx.countries.get(idx.cc[i])
    return Place(
        name=idx.names[i], country=c.name if c else idx.cc[i], iso=c.iso if c else 0, region=c.region if c else "",
        admin1=idx.admin1[i], admin2=idx.admin2[i], admin3="", latitude=idx.lat[i], longitude=idx.lon[i],
        population=idx.pop[i], kind=idx.kind[i], geonameid=idx.gid[i],
    )


@lru_cache(maxsize=4096)
def _populated_named(name: str, country: str) -> list[int]:
    """The populated places of `country` the gazetteer knows by `name`."""
    idx = _index()
    return [i for i in idx.by_key.get(fold(name), ()) if idx.kind[i] == "populated"
            and (c := idx.countries.get(idx.cc[i])) is not None and c.name == country]


def namesakes(name: str, country: str) -> int:
    """How many populated places of `country` the gazetteer knows by `name` (village names repeat)."""
    return len(_populated_named(name, country))


def namesake_in(name: str, country: str, admin1s: frozenset[str]) -> Place | None:
    """The most populous place of `country` called `name` in one of `admin1s` (a town's namesake in the
    region an article is about), if the gazetteer knows one."""
    idx = _index()
    found = [i for i in _populated_named(name, country) if idx.admin1[i] in admin1s]
    return place_from_index(max(found, key=lambda i: idx.pop[i])) if found else None


def capital_place(country: str) -> Place:
    """The capital of a country: where an event known only by its country is coded (geo_precision 3)."""
    info = country_info(country)
    if info is None:
        raise LookupError(f"unknown country {country!r}")
    i = _index().capital_id.get(info.alpha2)
    if i is None:
        raise LookupError(f"no capital known for {country!r}")
    return place_from_index(i)


@lru_cache(maxsize=512)
def region_place(country: str, admin1: str) -> Place | None:
    """A country's admin1 region by its name ("Diffa", "Kachin"), coded like any region: at its capital."""
    info = country_info(country)
    if info is None:
        return None
    idx = _index()
    want = fold(admin1)
    return next((place_from_index(i) for i in idx.by_key.get(want, ())
                 if idx.kind[i] == "admin1" and idx.cc[i] == info.alpha2 and fold(idx.admin1[i]) == want), None)


def _spelling_variants(key: str, raw: str, hint_cc: str) -> list[int]:
    """Places of the hint country whose name is a loose spelling of `raw`: only names of about the
    same length that start with the same letter (with GeoNames' article or without it: "Elwak" for
    "El Wak", "Hawija" for "Al Hawijah")."""
    idx = _index()
    if len(key) < 5:
        return []
    return [i for i in idx.by_phonetic.get((hint_cc, phonetic(raw)), ())
            if any(name[:1] == key[:1] and abs(len(name) - len(key)) <= 3
                   for name in {fold(idx.names[i]), _LEADING_ARTICLE.sub("", fold(idx.names[i]))})]


# matches of a name the gazetteer writes otherwise: taken only where the text says a place is told
LOOSE_MATCHES = ("transliteration variant", "name written as one word", "misspelling")
MISSPELLING_MIN = 5  # letters: a shorter word one letter off a place's name is too often another word
ONE_PLACE_KM = 25.0  # names of places this close are one place's


@lru_cache(maxsize=1)
def _keys_by_country() -> dict[str, tuple[str, ...]]:
    """Each country's name keys long enough to be read misspelt, worked out on the first misspelling sought (as
    tuples of the index's own strings: small beside the index)."""
    idx = _index()
    out: dict[str, list[str]] = {}
    for key, ids in idx.by_key.items():
        if len(key) >= MISSPELLING_MIN:
            for cc in {idx.cc[i] for i in ids}:
                out.setdefault(cc, []).append(key)
    return {cc: tuple(keys) for cc, keys in out.items()}


def _deletions(word: str) -> set[str]:
    return {word[:k] + word[k + 1:] for k in range(len(word))}


@lru_cache(maxsize=16)  # (a corpus is mostly of a few countries; a big country's table is large)
def _by_deletion(cc: str) -> dict[str, tuple[str, ...]]:
    """A country's name keys by each spelling one letter shorter (two words one edit apart share one)."""
    out: dict[str, list[str]] = {}
    for key in _keys_by_country().get(cc, ()):
        for d in _deletions(key) | {key}:
            out.setdefault(d, []).append(key)
    return {d: tuple(keys) for d, keys in out.items()}


def one_edit_apart(a: str, b: str) -> bool:
    """Two different words one letter added, dropped, changed or swapped with its neighbour apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i:] == b[i + 1:] if len(a) < len(b) else a[i + 1:] == b[i:]


def _misspelt(key: str, hint_cc: str) -> list[int]:
    """Places of the hint country whose name is the one name of it one letter off `key` with the same first
    letter ("Banisaa" for Banissa, "Moguang" for Mogaung, "Maruk" for Mrauk): a reporter's slip. Several such
    names may be one place's ("Mogaug": Mogaun and Mogaung); of several places, the only one whose name has two
    letters swapped is taken ("Kuktai" is Kutkai, not Kukkai)."""
    if len(key) < MISSPELLING_MIN:
        return []
    idx = _index()
    index = _by_deletion(hint_cc)
    near = {k for d in _deletions(key) | {key} for k in index.get(d, ())
            if k[0] == key[0] and one_edit_apart(key, k)}

    def places_named(keys: set[str]) -> list[int]:
        return sorted({i for k in keys for i in idx.by_key[k] if idx.cc[i] == hint_cc})

    ids = places_named(near)
    if len(near) > 1 and not all(haversine_km(idx.lat[i], idx.lon[i], idx.lat[ids[0]], idx.lon[ids[0]])
                                 <= ONE_PLACE_KM for i in ids):
        # (a typist's slip is most often two letters swapped)
        near = {k for k in near if len(k) == len(key) and sorted(k) == sorted(key)}
        ids = places_named(near) if len(near) == 1 else []
    return ids


NEAR_A_TOWN = "near a town"  # the cue of a place told as near a town (assemble reads it from the rule)
# a town this close to a district or township of (about) its name, or that a story names beside it, stands for it
TOWN_BESIDE_UNIT_KM = 40.0


def _told_as_a_place(text: str, s: int, e: int) -> bool:
    """The text says text[s:e] is a place, so a loose spelling match may be taken there (not a group's name: "On 23 May
    2017, Maute group militants", nor a people's: "the Baoulé community", nor a stream's or hill's: "near Mo Gawng
    stream", not the town of Mogaung)."""
    return bool(_LOCATIVE_BEFORE.search(text[max(0, s - 30):s]) or text[:s].rstrip().endswith(("(", ","))
                or CODED_FOR.search(text, max(0, s - 40), s)) \
        and not (_GROUP_AFTER.match(text, e) or _PEOPLE_AFTER.match(text, e) or _FEATURE_AFTER.match(text, e)
                 or _A_PERSON_AFTER.match(text, e))


def _candidates(key: str, raw: str, hint_cc: str | None,
                told_as_place: Callable[[], bool] | None = None) -> tuple[list[int], str]:
    """Places a name key may be, and how it was matched. A misspelling is sought last, and only where
    `told_as_place()` says the text tells a place (most names not found are people's)."""
    idx = _index()

    def usable(ids: tuple[int, ...] | list[int]) -> list[int]:
        # (a district or township is read only in a story about its own country: "Murunga" is a Burundian
        # commune, and a Kenyan story means Murang'a; with no country known, "Lincoln" and "Jackson", US
        # counties, would be read in every name)
        return [i for i in ids if idx.kind[i] != "unit" or idx.cc[i] == hint_cc]

    ids = usable(idx.by_key.get(key, ()))
    if ids and hint_cc and all(idx.kind[i] == "unit" for i in ids):
        # a district or township is a fallback: a town spelled a little differently beside it is the
        # place ("Toungup" township, GeoNames' Taungup; "Bandipora" district, its town Bandipura)
        towns = [t for t in _spelling_variants(key, raw, hint_cc) if idx.kind[t] == "populated" and any(
            haversine_km(idx.lat[t], idx.lon[t], idx.lat[i], idx.lon[i]) <= TOWN_BESIDE_UNIT_KM for i in ids)]
        if towns:
            return towns, "transliteration variant"
    if ids:
        return ids, "name"
    stripped = _LEADING_ARTICLE.sub("", key)
    if stripped != key:
        # (not a word that is never a place: "The Jan. 28 drone strike")
        ids = usable(idx.by_key.get(stripped, ())) if stripped not in STOP else []
        if ids:
            return ids, "name without article"
    else:
        # "Qamishli" for GeoNames' "Al Qamishli": the Arabic article GeoNames writes and news drops
        ids = usable(_without_article().get(key, ()))
        if ids:
            return ids, "name with article"
    if hint_cc and " " in key:
        # "Ol Moran" for the ward the boundary file writes "Olmoran": a name of several words written as one
        ids = [i for i in idx.by_key.get(key.replace(" ", ""), ()) if idx.cc[i] == hint_cc]
        if ids:
            return ids, "name written as one word"
    if hint_cc:
        ids = _spelling_variants(key, raw, hint_cc)
        if ids:
            return ids, "transliteration variant"
        ids = _misspelt(key, hint_cc) if told_as_place is not None and told_as_place() else []
        if ids:
            return ids, "misspelling"
    return [], ""


@lru_cache(maxsize=1)
def _without_article() -> dict[str, tuple[int, ...]]:
    """GeoNames names written with "al"/"el" ("al qamishli"), by the name without it."""
    out: dict[str, list[int]] = {}
    for key, ids in _index().by_key.items():
        if key.startswith(("al ", "el ")):
            out.setdefault(key[3:], []).extend(ids)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=512)
def _admin1_regex(cc: str) -> re.Pattern | None:
    """The admin1 names of one country, and the other names news gives them ("Idlib" for Idleb), as written in text
    (capitalised)."""
    names = sorted({n for (c, _), n in _index().admin1_names.items() if c == cc and len(n) > 3}
                   | {a for a in _admin1_aliases().get(cc, {}) if len(a) > 3})
    if not names:
        return None
    # the same matches as `(?<![\w-])(?:<names, longest first>)(?![\w-])`, found faster
    return re.compile(word_start_alternation(names) + r"(?![\w-])")


@lru_cache(maxsize=1)
def _admin1_aliases() -> dict[str, dict[str, str]]:
    """alpha2 -> {alias: admin1 name} from the hand-written aliases file."""
    out: dict[str, dict[str, str]] = {}
    with open(gazetteer.DATA_DIR / "admin1_aliases.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["alpha2"], {})[r["alias"]] = r["name"]
    return out


@lru_cache(maxsize=512)
def _joined_units(cc: str) -> tuple[re.Pattern, dict[str, int]] | None:
    """A country's admin1 units whose names are joined by "and" ("Jammu and Kashmir", "Sistan and
    Baluchestan"), with their index ids. A run of capitals stops at "and", so these are read whole
    before the runs, or they become two towns ("Jammu", "Kashmir")."""
    idx = _index()
    ids: dict[str, int] = {}
    for (c, _), name in idx.admin1_names.items():
        if c == cc and " and " in name:
            unit = next((i for i in idx.by_key.get(fold(name), ()) if idx.kind[i] == "admin1" and idx.cc[i] == cc), None)
            if unit is not None:
                ids[fold(name)] = unit
    if not ids:
        return None
    names = sorted((idx.names[i] for i in ids.values()), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\-", "[- ]") for n in names) + r")(?![\w-])"), ids


def _states_named(text: str, cc: str | None) -> frozenset[str]:
    """Admin1 units a sentence names ("Hmawbi township, Yangon region"): a town of the same name
    in one of them wins over its namesakes elsewhere."""
    regex = _admin1_regex(cc) if cc else None
    if regex is None:
        return frozenset()
    # (not a neighbour: "Sabuwa Local Government Area, near the boundary with Kaduna State")
    aliases = _admin1_aliases().get(cc, {})
    # (nor a square or street named after one: "near Plaza San Martin" in Lima names no region)
    return frozenset(aliases.get(m.group(0), m.group(0)) for m in regex.finditer(text)
                     if not ("bo" in text and BORDER_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                     and not _STREET_BEFORE.search(text, max(0, m.start() - 12), m.start())
                     and not _STREET_AFTER.match(text, m.end()))


# a square, street or building named after a region
_STREET_BEFORE = re.compile(r"\b(?:Plaza|Pra[cç]a|Avenida|Avenue|Av\.|Calle|Jir[oó]n|Paseo|Parque|Rue|Boulevard)\s+$")
_STREET_AFTER = re.compile(r"\s+(?:Street|St\b|Avenue|Road|Square|Plaza|Stadium|University|Hospital|Airport)")


# a unit told as a neighbour: "near the boundary with Kaduna State"
BORDER_BEFORE = re.compile(r"\b(?:borders?|boundary|boundaries) (?:with|of) (?:the )?$|\bbordering (?:the )?$", re.I)


def states_named(text: str, cc: str) -> frozenset[str]:
    """The admin1 units of country `cc` that a text names (the coder reads a whole article's)."""
    return _states_named(text, cc)


def _stated_units(text: str, states: frozenset[str]) -> bool:
    """True if an admin1 unit is named as one ("Kachin state", "Narok County"), not inside a town's
    name ("Mau Narok")."""
    return any(re.search(rf"(?<![\w-]){re.escape(st)}\s+(?:state|region|county|province|division)\b", text, re.I)
               and not re.search(rf"[A-Z][\w'-]*\s+{re.escape(st)}\s+(?:state|region|county|province)\b", text)
               for st in states)


# a part of the capital: "in the capital's Rampura area", "the capital city's eastern Kiambu Road"
_CAPITALS_PART = re.compile(r"\bthe\s+capital(?:\s+city)?['’]s\s+(?:[\w-]+\s+)?$", re.I)


def _score(i: int, hint_cc: str | None, context_ccs: frozenset[str], admin_cue: bool,
           states: frozenset[str] = frozenset()) -> float:
    idx = _index()
    # an admin unit wins only when the text says "X State/Province/County"; its point is a town's,
    # so its population says nothing about the name
    s = math.log10(idx.pop[i] + 10) if idx.kind[i] == "populated" else (8.0 if admin_cue else 0.0)
    if hint_cc and idx.cc[i] == hint_cc:
        s += 10
    if states and not admin_cue and idx.admin1[i] in states and idx.kind[i] in ("populated", "unit"):
        # (a township of the state told beats its namesake towns elsewhere: "Pauktaw Township, in Rakhine
        # State", not the Pauktaw villages of Yangon; a town of the state still beats the township)
        s += 12
    elif idx.cc[i] in context_ccs:
        s += 5
    return s


@lru_cache(maxsize=256)
def _countries_named_in(text: str) -> frozenset[str]:
    """Countries a sentence names by their names (not by a demonym: "Russian forces" is no place)."""
    return frozenset(info.alpha2 for s, e, info in find_countries(text) if fold(text[s:e]) == fold(info.name))


@lru_cache(maxsize=256)
def _context_countries(context: str) -> frozenset[str]:
    return frozenset(info.alpha2 for _, _, info in find_countries(context))


def _mention(text: str, s: int, e: int, offset: int, place: Place, precision: int, cue: str,
             how: str = "name") -> PlaceMention:
    """A place mention of text[s:e], with the rule that says how it was read."""
    rule = (f"gazetteer ({how}): {text[s:e]!r} -> {place.name}, {place.admin1 or '?'}, {place.country} "
            f"(pop {place.population}); {cue}: geo_precision {precision}")
    return PlaceMention(text[s:e], s + offset, e + offset, place, precision, rule)


_FACILITY_BEFORE = frozenset({"camp", "fort", "base"})
# seats of power named like small towns elsewhere: "outside the White House" is no White House, Tennessee
_LANDMARKS = frozenset({"white house", "state house", "government house", "blue house"})


# what lies between a town and its region told next: "Turbo, Antioquia", "Taraza, in Antioquia's"
# (also told with a bearing: "near the town of Kawlin, further north in Sagaing")
_THEN_ITS_UNIT = re.compile(r", (?:(?:further |farther |also )?(?:(?:north|south)-?(?:east|west)?|east|west)(?:wards?)? )?(?:in )?")


# a place's brackets up to their last name ("Pale (Sagaing)", "Pazigyi village (Kanbalu, Sagaing)")
# (or from a unit named after a town in them: "(Lamu West, Lamu)")
_IN_ITS_BRACKETS = re.compile(r"(?: village| town| township| district| city)? \((?:[^(),]{1,40}, )?|(?: [A-Z][\w'’-]*)?, ")


# a country named as a place's owner ("Afghanistan's Khost province", "Russia's western Bryansk region")
_COUNTRYS_BEFORE = re.compile(rf"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+(?:(?:{_SIDE_OF_A_PLACE})\s+)?$")
# a town told as another country's ("an Israeli army position in Kiryat Shmona", "the Israeli town of Metula")
_FOREIGN_SITE = re.compile(r"\b(?P<nat>[A-Z][a-z]+(?:i|an|ese|ish))\s+(?:army\s+|military\s+|border\s+)?(?:town|city|village|"
                           r"community|kibbutz|settlement|position|base|post|outpost|barracks|site)s?\s+(?:of|in|at|near)\s+$")


_WATER_OF = frozenset({"gulf", "bay", "sea", "strait", "straits", "bight", "lake"})
_WATER_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(w.capitalize() for w in _WATER_OF)) + r") of $")  # (a name: capitalised)


def find_places(text: str, *, country_hint: str | None = None, context: str | None = None,
                offset: int = 0) -> list[PlaceMention]:
    """Place mentions in one sentence, in text order."""
    idx = _index()
    hint = country_info(country_hint) if country_hint else None
    hint_cc = hint.alpha2 if hint else None
    context_ccs = _context_countries(context) if context else frozenset()
    states: frozenset[str] | None = None  # the admin1 units named, read on the first candidate scored
    out: list[PlaceMention] = []
    joined = _joined_units(hint_cc) if hint_cc and " and " in text else None
    covered: list[tuple[int, int]] = []
    for m in joined[0].finditer(text) if joined else ():
        place = place_from_index(joined[1][fold(m.group(0))])
        out.append(_mention(text, m.start(), m.end(), offset, place, 3, "admin1 named alone"))
        covered.append(m.span())
    for run in _CAP_RUN_FAST.finditer(text):
        if covered and any(a <= run.start() < b for a, b in covered):
            continue  # a word of a unit read whole above
        words = [run.group(0)] if run.group(0).isalpha() else _TOKEN_SEPARATORS.split(run.group(0))  # letters: one word
        if len(words) == 1:  # one word: most runs ("The", "Police", "Tuesday") end here
            key = fold(words[0])
            if key in STOP or key in _TITLES:
                continue  # a stop word is no place (the loop below would skip it), a title no run
            if text[run.start() - 1:run.start()] in ('"', "“") and text[run.end():run.end() + 1] in ('"', "”"):
                continue  # a word in quotes is a name given ("blamed \"Shene\", the government's name for the OLA")
            if _NICKNAME_AFTER.match(text, run.end()):
                continue  # a first name before a nickname: Joaquin "El Chapo" Guzman
            tokens, spans = words, [run.span()]
        else:
            if text[run.start() - 1:run.start()] in ('"', "“") and text[run.end():run.end() + 1] in ('"', "”") \
                    and _FIRST_NAME_BEFORE_QUOTE.search(text, max(0, run.start() - 30), run.start() - 1):
                continue  # a nickname: Joaquin "El Chapo" Guzman (not El Chapo, Veracruz)
            tokens = [w for w in words if w and not w.isspace() and w != "-"]
            # positions of tokens inside the run
            spans, pos = [], run.start()
            for t in tokens:
                k = text.index(t, pos)
                spans.append((k, k + len(t)))
                pos = k + len(t)
            if any(fold(t) in _TITLES for t in tokens):
                # a title word stands alone ("Prince Harry"), not inside a hyphened name ("Port-au-Prince")
                titles = [k for k, t in enumerate(tokens) if fold(t) in _TITLES
                          and text[spans[k][0] - 1:spans[k][0]] != "-" and text[spans[k][1]:spans[k][1] + 1] != "-"]
                if titles and titles[0] > 0:
                    tokens, spans = tokens[:titles[0]], spans[:titles[0]]  # "Mombasa Deputy Governor William Kingi"
                elif titles and (" of " in run.group(0) or not (
                        _ADMIN_SUFFIX.match(text[run.end():]) or _TOWN_SUFFIX.match(text[run.end():]))):
                    # "General Qassem Soleimani", "the Governor of Migori county": a person, whatever GeoNames says
                    # (a place whose name starts like a title is told as one: "Imam Sahib district")
                    continue
        i = 0
        while i < len(tokens):
            found = None
            for j in range(min(len(tokens), i + 4), i, -1):
                s, e = spans[i][0], spans[j - 1][1]
                raw = text[s:e].rstrip(".")
                possessive = raw.endswith(("'s", "’s"))
                if possessive:
                    raw = raw[:-2]  # "Nairobi's Uhuru park": the town, whatever name follows
                    if _KIN_AFTER.match(text, s + len(raw) + 2):
                        break  # "one of El Chapo's sons": a person's kin, not a town's
                e = s + len(raw)
                key = fold(raw)
                if not key or (j - i == 1 and key in STOP) or key in STOP or key in _LANDMARKS:
                    continue
                if j - i == 1 and raw[:1].islower():
                    continue  # ("the Kurdish-led forces": a word of a hyphened adjective, no place; LED is Saint Petersburg's code)
                if _INSTITUTION_OF_BEFORE.search(text, max(0, s - 16), s) and _TOLD_IN_PLACE.match(text, e):
                    break  # "the University of Antioquia in Medellin": the institution's name; its town is told next
                if _ONE_OF_BEFORE.search(text, max(0, s - 10), s) and _ADMIN_SUFFIX.match(text[e:e + 30]):
                    continue  # "La Concordia, another Chiapas municipality": what kind of place, no place of its own
                if j - i == 1 and key in _WATER and not _ADMIN_SUFFIX.match(text[e:e + 30]):
                    continue  # "in the northern Red Sea": a sea, not Seattle ("Bay region", "Gulf province" are units)
                if country_info(raw) is not None and not (len(key) == 2 and raw.istitle()) \
                        and not (len(raw) == 3 and not raw.isupper()):
                    # a country name, not a place (nor a code: "Ye township" is no Yemen, "Bol" on Lake Chad no Bolivia;
                    # a code is read only in capitals, as find_countries reads it)
                    break
                if j - i == 1 and len(raw) <= 4 and raw.isupper() and _WORD_AFTER_ACRONYM.match(text, e):
                    continue  # "DRG jawans": an acronym, not a town's short code (a dateline's "LAMU, Kenya" is a town)
                if j - i == 1 and (_MIXED_ACRONYM.fullmatch(raw) or (
                        len(raw) <= 5 and raw.isupper() and text[s - 1:s] == "(" and text[e:e + 1] == ")")):
                    continue  # "Boko Haram (JAS)", "a FAMa post": a group's acronym, not Jos or Fama
                if i > 0 and fold(tokens[i - 1]) not in STOP and not _NOT_A_FIRST_NAME.match(tokens[i - 1]):
                    break  # "Mike Pompeo": a name after a first name is a person
                if i > 0 and fold(tokens[i - 1]) in _FACILITY_BEFORE:
                    break  # "the Camp Simba military base": a base's name, not the town of Simba
                if i > 1 and fold(tokens[i - 1]) == "of" and fold(tokens[i - 2]) in _WATER_OF:
                    break  # "in the Gulf of Aden": a sea named after a town, not the town
                named_after = j < len(tokens) and (bool(_NAMED_AFTER_TOWN.match(" " + tokens[j])) or (
                    # "Nyeri Sunday night", "Migori ODM offices": a weekday or an acronym ends the name
                    # (not a unit's: "Ihiala LGA" is the area named after its town)
                    fold(tokens[j]) in _WEEKDAYS or (bool(_ACRONYM.fullmatch(tokens[j]))
                                                     and not _ADMIN_SUFFIX.match(" " + tokens[j]))) or (
                    j == i + 1 and _INSTITUTION_END.match(" " + tokens[-1]) is not None))
                if j < len(tokens) and not _ADMIN_SUFFIX.match(" " + text[spans[j][0]:spans[j][0] + 30]) and not named_after and not possessive:
                    continue  # followed by another name word: part of a longer name
                if named_after and j < len(tokens) and _INSTITUTION_END.match(" " + tokens[j]) \
                        and _TOLD_IN_PLACE.match(text, run.end()):
                    break  # "Columbia University in New York": the institution's name; its town is told next
                if len(key) == 2:
                    # "Ye township", "Bo District": a two-letter town only where the text says it is one
                    # (or "a neighbourhood of Wa", "the outskirts of Bo": told as a town's part)
                    if j - i != 1 or not hint_cc or not raw.istitle() or not (
                            _TOWN_SUFFIX.match(text[e:]) or UNIT_AFTER.match(text, e)
                            or _PART_OF_BEFORE.search(text, max(0, s - 25), s)):
                        continue
                    ids, how = [n for n in idx.by_short.get(key, ()) if idx.cc[n] == hint_cc], "name"
                else:
                    ids, how = _candidates(key, raw, hint_cc, partial(_told_as_a_place, text, s, e))
                    owner = _COUNTRYS_BEFORE.search(text, max(0, s - 40), s) if "s " in text[max(0, s - 40):s] else None
                    owner_cc = country_info(owner.group(1)) if owner else None
                    if owner_cc is not None and owner_cc.alpha2 != hint_cc:
                        # "Pakistani jets struck hideouts in Afghanistan's Khost province": the country the text
                        # names as the place's, not the hint's namesake
                        theirs, their_how = _candidates(key, raw, owner_cc.alpha2, partial(_told_as_a_place, text, s, e))
                        theirs = [n for n in theirs if idx.cc[n] == owner_cc.alpha2]
                        if theirs:
                            ids, how = theirs, their_how
                if not ids:
                    continue
                core = raw[4:] if raw.startswith("The ") else raw
                if " " not in core and len(core) <= 5 and core.isupper() \
                        and all(idx.kind[n] == "populated" for n in ids) \
                        and not any(fold(idx.names[n]) == key for n in ids) \
                        and not _AT_AN_ACRONYM.search(text, max(0, s - 12), s):
                    # "between the SDF and the SNA", "the hallmarks of the ADF": a group's acronym, not a town's
                    # airport code (Louisville, Adiyaman); a town's own short name is told with no article ("in NYC")
                    continue
                if _PART_OF_TOWN.match(text, e):
                    break
                if how in LOOSE_MATCHES and not _told_as_a_place(text, s, e):
                    continue
                admin_cue = bool(_ADMIN1_SUFFIX.match(text[e:])) or (
                    "of" in text[max(0, s - 4):s] and bool(_ADMIN1_PREFIX.search(text, max(0, s - 30), s))) or (
                    # "near Kafr Nabl in southern Idlib", "controls most of Idlib": a part of the province named
                    # like its seat (not of a capital: "in western Kabul" is the city's west)
                    bool(_REGION_PART_BEFORE.search(text, max(0, s - 20), s))
                    and not any(idx.capital_id.get(idx.cc[n]) == n for n in ids if idx.kind[n] == "populated")
                    and not _TOWN_SUFFIX.match(text[e:e + 12]))  # ("in eastern Taiz city": the city's east)
                if states is None:
                    states = _states_named(text, hint_cc)
                best = max(ids, key=lambda n: _score(n, hint_cc, context_ccs, admin_cue, states))
                cap = idx.capital_id.get(hint_cc) if hint_cc and "capital" in text[max(0, s - 30):s] else None
                if cap is not None and idx.admin1[best] != idx.admin1[cap] and _CAPITALS_PART.search(text, max(0, s - 30), s):
                    # "the capital's Rampura area": the place of that name in the capital's region, not Rangpur, which
                    # GeoNames also calls Rampura
                    inside = [n for n in ids if idx.cc[n] == hint_cc and idx.admin1[n] == idx.admin1[cap]]
                    if inside:
                        best = max(inside, key=lambda n: _score(n, hint_cc, context_ccs, admin_cue, states))
                if j - i == 1 and fold(idx.names[best]) != key and idx.pop[best] < _OPENING_WORD_POP \
                        and (not text[:s].strip() or text[:s].rstrip().endswith(("\n", ".", "!", "?", ":", " -", "–", "—"))):
                    continue  # "Dock workers protest in Rosario": a sentence's first word, a small town's other name
                if idx.kind[best] == "populated" and not _TOWN_SUFFIX.match(text[e:]) and (
                        idx.admin1[best] not in (states or ())
                        # (the unit named only here, by this very name, is no other mention of it)
                        or idx.admin1[best] not in _states_named(text[:s] + " " * (e - s) + text[e:], hint_cc)):
                    # "in Samburu": the county, not the small town of that name in another county
                    unit = next((n for n in ids if idx.kind[n] == "admin1" and idx.cc[n] == idx.cc[best]
                                 and ((idx.admin1[n] != idx.admin1[best] and idx.pop[best] < 20_000
                                       # ("in Boyaca": the department, not its village of that name)
                                       or idx.pop[best] < _VILLAGE_POP)
                                      and fold(idx.names[n]) == fold(idx.names[best]) == key
                                      # ("in Jalisco": the state, not Xalisco in Nayarit, which GeoNames also
                                      # calls Jalisco)
                                      or (idx.admin1[n] != idx.admin1[best] or named_after or possessive)
                                      # ("the Antioquia Police Department": the department, not Santa Fe de
                                      # Antioquia, its town known also by that name)
                                      and fold(idx.names[n]) == key and fold(idx.names[best]) != key)), None)
                    if unit is not None:
                        best = unit
                if idx.kind[best] == "populated" and out and _THEN_ITS_UNIT.fullmatch(text, out[-1].end - offset, s):
                    # "in Turbo, Antioquia", "in Taraza, in Antioquia's Bajo Cauca subregion": the first
                    # town's region, not a second town of that name
                    unit = next((n for n in ids if idx.kind[n] == "admin1" and fold(idx.names[n]) == key
                                 and idx.names[n] == out[-1].place.admin1), None)
                    if unit is None and idx.admin1[best] and idx.admin1[best] == out[-1].place.admin1:
                        # "near Ras al-Ain, Hasakah": the town's province, named like its seat (the seat
                        # is the province's point)
                        unit = next((n for n in idx.by_key.get(fold(idx.admin1[best]), ()) if idx.kind[n] == "admin1"
                                     and idx.cc[n] == idx.cc[best] and idx.lat[n] == idx.lat[best]
                                     and idx.lon[n] == idx.lon[best]), None)
                    if unit is not None:
                        best = unit
                if idx.kind[best] == "populated" and out and text.startswith(")", e) \
                        and _IN_ITS_BRACKETS.fullmatch(text, out[-1].end - offset, s):
                    # "near Pale (Sagaing)", "Pazigyi village (Kanbalu, Sagaing)": the last name in the brackets after
                    # a place is its region, where the country has one of that name, not the region's town
                    unit = next((n for n in ids if idx.kind[n] == "admin1" and idx.cc[n] == idx.cc[best]
                                 and fold(idx.names[n]) == key), None)
                    if unit is not None:
                        best = unit
                if hint_cc and idx.cc[best] != hint_cc:
                    site = _FOREIGN_SITE.search(text, max(0, s - 50), s)
                    owner = country_word(site.group("nat")) if site is not None else None
                    theirs = owner is not None and owner.alpha2 == idx.cc[best]
                    # (a region abroad told as a region, of a name the story's country has no place of: "Ukrainian
                    # drones struck an oil depot in Bryansk Oblast", "in the Kursk region")
                    theirs = theirs or (not any(idx.cc[n] == hint_cc for n in ids) and (
                        (idx.kind[best] == "admin1"
                         and (key.endswith(" oblast") or _ADMIN1_SUFFIX.match(text[e:e + 30]) is not None))
                        or _region_named_after(best, key, text[e:e + 12]) is not None))
                    if (idx.cc[best] not in context_ccs or idx.pop[best] < 100_000) and not theirs \
                            and (idx.cc[best] not in _countries_named_in(text) or hint_cc in _context_countries(text)):
                        # (a small town abroad counts where its country is named beside it and the
                        # article's is not: "Houthi forces launched a drone attack on the Ras Tanura oil
                        # facility in Saudi Arabia")
                        continue
                if idx.kind[best] == "admin1" and _told_as_river(text, s, e):
                    break
                if _ETHNIC_BEFORE.search(text, max(0, s - 10), s) or _CONFLICT_AFTER.match(text, e) or (
                        idx.kind[best] == "admin1" and _PEOPLE_AFTER.match(text, e)) or _KIN_GROUP_AFTER.match(text, e) \
                        or _FOLLOWERS_AFTER.match(text, e):
                    # ("Amhara civilians", "Amhara militiamen": a region's people, not the region)
                    break  # "ethnic Amhara civilians", "an end to the Kachin conflict": a people, not a place
                if _OCCASION_AFTER.match(text, e) or _GROUP_NAMED_BEFORE.search(text, max(0, s - 16), s) \
                        or _OCCASION_NAMED.match(text, s):
                    break  # "Saba Saba day": an occasion; "IS Sahel militants": a group's name
                if s == 0 and j - i == 1 and idx.pop[best] < 20_000 and not admin_cue:
                    continue  # a sentence-initial capital is weak evidence of a place name
                if states and idx.kind[best] == "populated" and idx.pop[best] < 50_000 \
                        and not any(idx.admin1[best] in st or st in idx.admin1[best] for st in states) \
                        and _stated_units(text, states) and not (
                            # "in Kutkai Township, in Kachin State": a known seat named as a township,
                            # and no namesake in the state told: the state is a slip
                            how == "name" and idx.pop[best] >= 10_000 and UNIT_AFTER.match(text, e)):
                    # "Tanai township, Kachin state ... at Nam Hkam jetty": a small namesake in another state
                    continue
                if idx.kind[best] == "populated" and text.startswith(" (", e) and fold(idx.names[best]) != key:
                    # "Rampura (Dhaka)": the unit in brackets is the town's; a place in another unit
                    # known by this name only as an alternate name (Rangpur) is not it (the unit is
                    # read next, on its own). A town's own name stays: GeoNames' units can be old.
                    told = _states_named(text[e:text.find(")", e) + 1 or len(text)], hint_cc)
                    if told and not any(idx.admin1[best] in st or st in idx.admin1[best] for st in told):
                        inside = [n for n in ids if idx.kind[n] == "populated"
                                  and any(idx.admin1[n] in st or st in idx.admin1[n] for st in told)]
                        if not inside:
                            continue
                        best = max(inside, key=lambda n: _score(n, hint_cc, context_ccs, admin_cue, states))
                found = (j, best, s, e, how, admin_cue, named_after)
                break
            if found is None:
                i += 1
                continue
            j, best, s, e, how, admin_cue, named_after = found
            place = place_from_index(best)
            before = text[max(0, s - 40):s]
            if place.kind == "unit" and place.geonameid == SEAT_GID and _TOWN_OR_CITY_AFTER.match(text, e):
                # "in Hsipaw town": the township's seat town, where the unit is placed (unit_seats.csv)
                precision, cue = 1, "a township's seat town, told as the town"
            elif place.kind != "populated":
                precision = 3 if place.kind == "admin1" else 2
                cue = ("a district, township or ward no town of the gazetteer is named after (at its seat town, from "
                       "unit_seats.csv)" if place.geonameid == SEAT_GID else
                       "a district, township or ward no town of the gazetteer is named after (its centroid)"
                       if place.kind == "unit" else f"{place.kind} named alone")
            elif _OUTSKIRTS_BEFORE.search(before):
                precision, cue = 1, "outskirts of a town"
            elif _NEAR_BEFORE.search(before) or _FEATURE_AFTER.match(text, e):
                # ("in Faskari forest", "in the Kuduru hills": a feature named after the town lies near it)
                precision, cue = 2, NEAR_A_TOWN
            elif _TOWN_SUFFIX.match(text[e:]):
                precision, cue = 1, "a town"
            elif named_after and place.kind == "populated":
                precision, cue = 1, NAMED_AFTER_ITS_TOWN
            elif _ADMIN_SUFFIX.match(text[e:]) and (region := _region_named_after(best, key, text[e:e + 12])) is not None:
                # "in Russia's Bryansk region": the oblast named after its capital, no town
                place, precision, cue = place_from_index(region), 3, "a region named after its capital: geo_precision 3"
            elif _ADMIN_SUFFIX.match(text[e:]):
                precision, cue = 2, AREA_NAMED_AFTER_ITS_TOWN
            else:
                precision, cue = 1, "a town"
            out.append(_mention(text, s, e, offset, place, precision, cue, how))
            i = j
    if covered:
        out.sort(key=lambda p: p.start)
    if len(out) > 1 and hint_cc:
        out = _beside_each_other(out, text, offset, hint_cc)
        out = _far_from_its_unit(out, text, offset)
    if len(out) > 1:
        # a district or ward beside a town the text names is a part of it ("Kisumu's Kondele area")
        # (not a commune told in the unit its seat names: "Toumour, Bosso department")
        # (nor a township placed at its own seat town: "in Momauk Township ... a trader who lives in Bhamo")
        out = [p for p in out if p.place.kind != "unit" or p.place.geonameid == SEAT_GID or not any(
            q.place.kind == "populated" and haversine_km(p.place.latitude, p.place.longitude, q.place.latitude,
                                                         q.place.longitude) <= _WARD_OF_TOWN_KM
            and not (q.start > p.end and (UNIT_AFTER.match(text, q.end - offset) or _WIDE_UNIT_AFTER.match(text, q.end - offset)
                                          or UNIT_OF.fullmatch(text, p.end - offset, q.start - offset)))
            for q in out)]
    if out and any(p.place.geonameid in _capitals() for p in out):
        # a capital that speaks or acts is its government, no place ("Baku said it was responding to provocations",
        # "Ankara did not comment", "as Ankara pressed a campaign", "charges of collaborating with Damascus")
        out = [p for p in out if not (p.place.geonameid in _capitals() and (
            _SPEAKS.match(text, p.end - offset)
            or _DEALS_WITH_BEFORE.search(text, max(0, p.start - offset - 30), p.start - offset)
            or (_GOVERNMENT_IN_BEFORE.search(text, max(0, p.start - offset - 30), p.start - offset)
                and any(q.place.geonameid not in _capitals() for q in out))))]
    return out


_WARD_OF_TOWN_KM = 20.0
_SPEAKS = re.compile(r"\s+(?:(?:has|had|also|later|then|quickly)\s+)?(?:said|says|saying|accused|accuses|denied|denies|claimed|"
                     r"claims|blamed|blames|insisted|insists|did not comment|has not commented|declined to comment|"
                     r"made no comment|pressed|presses|pressing|vowed|vows|warned|warns|retaliated|stepped up|"
                     r"launched|launches|backs|backed|supports|supported)\b")
_DEALS_WITH_BEFORE = re.compile(r"\b(?:collaborat\w*|cooperat\w*|ties|links|allied|aligned|loyal|talks|deals?|agreements?|"
                                r"negotiations?|reconcil\w*)\s+(?:with|to)\s+$")
# ("The SDF and the government in Damascus signed a deal in Aleppo": where another place is told; not "protesting against
# the transitional government in N'Djamena", the protest's town)
_GOVERNMENT_IN_BEFORE = re.compile(r"\b(?:government|regime|authorities|leadership|rulers)\s+in\s+$")


@lru_cache(maxsize=1)
def _capitals() -> frozenset[int]:
    """GeoNames ids of the countries' capitals."""
    idx = _index()
    return frozenset(idx.gid[i] for i in idx.capital_id.values())


# "Let Pan village in Myaing township", "Kalagwe, Myaing township": a place told inside the unit named next
_INSIDE_NEXT = re.compile(r"(?:\s+(?:village|town|hamlet|quarter|ward))?\s*(?:,|\s+in|\s+of)\s+(?:the\s+)?")
_FAR_FROM_ITS_UNIT_KM = 60.0  # a township or district's villages lie within this distance of its seat
# the Sahel's cercles, departments and provinces, Kenya's counties, are wider than a township: their villages lie farther out
_WIDE_UNIT_AFTER = re.compile(r"\s+(?:cercle|department|prefecture|territory|county|regency|province)\b", re.I)
_WIDE_UNIT_KM = 150.0


def unit_radius_km(text: str, end: int) -> float:
    """How far from its seat the villages of the unit told at `end` ("Bourem cercle", "Kutkai township") may lie."""
    return _WIDE_UNIT_KM if _WIDE_UNIT_AFTER.match(text, end) else _FAR_FROM_ITS_UNIT_KM


def _told_as_river(text: str, s: int, e: int) -> bool:
    """"the town of Mayerno, on the Blue Nile": a region named after a river, told as the river (not "on the
    Laikipia Plateau", "along the West Pokot-Turkana border", "on the Borno state capital")."""
    return text.endswith(("on the ", "along the "), 0, s) and bool(_RIVER_ENDS.match(text, e))


_RIVER_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\sriver\b)", re.I)


def _far_from_its_unit(out: list[PlaceMention], text: str, offset: int) -> list[PlaceMention]:
    """A village told inside a township or district lies in it: a namesake of the village far from it
    (GeoNames' Let Pan in Yangon, for "Let Pan village in Myaing township" in Magway) is not it, and the
    township named next stands for the event's place."""
    keep = []
    for k, p in enumerate(out):
        q = out[k + 1] if k + 1 < len(out) else None
        if q is not None and p.place.kind == "populated" and p.place.population < 50_000 \
                and (q.place.kind in ("unit", "admin2") or q.place.kind == "populated" and UNIT_AFTER.match(text, q.end - offset)) \
                and _INSIDE_NEXT.fullmatch(text, p.end - offset, q.start - offset) \
                and haversine_km(p.place.latitude, p.place.longitude, q.place.latitude,
                                 q.place.longitude) > unit_radius_km(text, q.end - offset):
            continue
        keep.append(p)
    return keep


def _beside_each_other(out: list[PlaceMention], text: str, offset: int, hint_cc: str) -> list[PlaceMention]:
    """A town named with others resolves to its namesake in their region: "the hamlet of El Carmen in the
    municipality of Tibu" is the El Carmen of Tibu's department, not the larger El Carmen de Bolivar."""
    idx = _index()
    fixed = list(out)
    for k, p in enumerate(out):
        if p.place.kind != "populated" or not p.rule.startswith("gazetteer (name)"):
            continue
        others = {q.place.admin1 for q in out if q is not p and q.place.kind == "populated" and q.place.admin1}
        if not others or p.place.admin1 in others:
            continue
        if any(q.place.kind == "admin1" and q.place.admin1 == p.place.admin1 for q in out):
            continue  # "Chicago (Cook, Illinois)": its own region is told too
        # (a namesake by its own name, not by an alternate one: GeoNames lists "Chicago" among Willard, Ohio's names)
        ids = [i for i in idx.by_key.get(fold(p.text), ()) if idx.cc[i] == hint_cc and idx.kind[i] == "populated"
               and idx.admin1[i] in others and fold(idx.names[i]) == fold(p.text)]
        if len(ids) == 1:
            place = place_from_index(ids[0])
            s = p.start - offset
            fixed[k] = _mention(text, s, s + len(p.text), offset, place, p.geo_precision,
                                "a namesake in the region of the places named beside it")
    return fixed


# "along the Garsen-Lamu road", "on the Eldoret-Malaba highway", "Laisamis Road": the towns a road
# is named after
_ROAD = re.compile(r"(?<![\w'’-])([A-Z][\w'’]+(?:(?:[-–]| )[A-Z][\w'’]+)*)\s+(?:road|highway|Road|Highway)\b")


def road_towns(text: str, *, country_hint: str, offset: int = 0) -> list[PlaceMention]:
    """Towns of the hinted country that roads in `text` are named after, in text order. A road
    is no place of its own (find_places skips "Mombasa Road"), but when an event names no other
    place, ACLED codes it near a town on the road (geo_precision 2)."""
    if "oad" not in text and "ighway" not in text:
        return []
    hint = country_info(country_hint)
    if hint is None:
        return []
    idx = _index()
    out: list[PlaceMention] = []
    for m in _ROAD.finditer(text):
        pos = m.start(1)
        for name in re.split(r"[-–]", m.group(1)):  # "Nandi Hills-Chemelil": two towns, one of two words
            start, pos = pos, pos + len(name) + 1
            key = fold(name)
            if key in STOP:
                continue
            ids = [i for i in idx.by_key.get(key, ()) if idx.cc[i] == hint.alpha2 and idx.kind[i] == "populated"]
            if not ids:
                continue
            place = place_from_index(max(ids, key=lambda i: idx.pop[i]))
            out.append(_mention(text, start, start + len(name), offset, place, 2,
                                f"a town the road {m.group(0)!r} is named after"))
    return out


_WORD = re.compile(r"[A-Z][\w'’]*[\w]")


# "stormed a hotel in the Somali capital", "clashes in the capital": the country's capital city
# (not "the regional capital", "the capital of Borno state")
# ("the Solino neighborhood of Haiti's capital": the country named in the possessive)
_THE_CAPITAL = re.compile(r"\b(?:in|near|outside|to|into|at|across|around|of)\s+(?:the\s+(?:([A-Z][\w'’-]+)\s+)?|"
                          r"([A-Z][\w-]+)['’]s\s+)"
                          r"capital(?:\s+city)?\b(?!\s+of\b|\s+(?:[A-Z]|region|district|province|state))")


def capital_told(text: str, *, country_hint: str | None, offset: int = 0) -> list[PlaceMention]:
    """The capital a text names by its role ("the Somali capital", "the capital"), as a town."""
    if "capital" not in text:
        return []
    out = []
    for m in _THE_CAPITAL.finditer(text):
        named = m.group(1) or m.group(2)
        info = country_word(named) if named else country_info(country_hint) if country_hint else None
        if info is None:
            continue  # "the regional capital"
        try:
            place = capital_place(info.name)
        except LookupError:
            continue
        out.append(_mention(text, m.start(), m.end(), offset, place, 1, f"the capital of {info.name} named by its role"))
    return out


def _of_a_longer_name_elsewhere(text: str, words: list[re.Match], k: int, n: int, idx: Index) -> bool:
    """Words k..k+n-1 are part of a longer run the gazetteer holds as a town, in any country."""
    for a in range(max(0, k - 1), k + 1):
        for b in range(k + n, min(len(words), a + 3) + 1):
            if b - a <= n or any(text[words[j].end():words[j + 1].start()] != " " for j in range(a, b - 1)):
                continue
            if not all(text[words[j].start()].isupper() for j in range(a, b)):
                continue
            if any(idx.kind[i] == "populated" for i in idx.by_key.get(fold(text[words[a].start():words[b - 1].end()]), ())):
                return True
    return False


_REGION_WORD_AFTER = re.compile(r"\s+(?:region|oblast|province|governorate)\b", re.I)


def _region_named_after(town: int, key: str, after: str) -> int | None:
    """The first-level region a town names when a region word follows it and its own region is called after it
    ("Bryansk region": Bryansk Oblast), else None."""
    idx = _index()
    if not _REGION_WORD_AFTER.match(after) or not fold(idx.admin1[town]).startswith(key + " "):
        return None
    return next((i for i in idx.by_key.get(fold(idx.admin1[town]), ()) if idx.kind[i] == "admin1"
                 and idx.cc[i] == idx.cc[town]), None)


_NAME_AFTER_HYPHEN = re.compile(r"-([A-Z][\w'’]*)")
_NAME_BEFORE_HYPHEN = re.compile(r"([A-Z][\w'’]*)-$")


def _hyphened_to_a_name(text: str, start: int, end: int, idx) -> bool:
    """A word joined by a hyphen to a capitalised word no gazetteer place is named ("Sainte-Soline"), not a
    town's name of its own (unlike "the Meru-Isiolo boundary", two towns, or "Danai-based", a town)."""
    after = _NAME_AFTER_HYPHEN.match(text, end)
    before = _NAME_BEFORE_HYPHEN.search(text, max(0, start - 30), start)
    return any(m is not None and fold(m.group(1)) not in idx.by_key for m in (after, before))


def loose_towns(text: str, *, country_hint: str, offset: int = 0) -> list[PlaceMention]:
    """Towns of the hinted country named inside a longer name, in text order: "Five Kisumu
    journalists", "the Homa Bay Assembly", "in Witu Lamu County". find_places reads such runs as
    one name (or a person's) and finds nothing; an event that names no other place is still
    coded to the town (a name of one or two words, a town of 5,000 people or more, or a county)."""
    hint = country_info(country_hint)
    if hint is None:
        return []
    idx = _index()
    words = list(_WORD.finditer(text))
    # (not a word of a place read whole: "near Bint Jbeil" is no Jbeil, Byblos's other name)
    whole = [(p.start - offset, p.end - offset) for p in find_places(text, country_hint=country_hint, offset=offset)]
    out: list[PlaceMention] = []
    k = 0
    while k < len(words):
        found = None
        for n in (2, 1):
            if k + n > len(words):
                continue
            first, last = words[k], words[k + n - 1]
            if n == 2 and text[first.end():last.start()] != " ":
                continue
            key = fold(text[first.start():last.end()])
            if key in STOP or key in _TITLES or key in _WEEKDAYS or country_info(text[first.start():last.end()]):
                continue
            if any(a <= first.start() < b and (a, b) != (first.start(), last.end()) for a, b in whole):
                continue  # a word of a longer place read whole
            if _of_a_longer_name_elsewhere(text, words, k, n, idx):
                continue  # ("in Majdal Shams in the Golan Heights": a town of another country's, not Israel's Majdal)
            if _WATER_OF_BEFORE.search(text, max(0, first.start() - 12), first.start()):
                continue  # ("in the Gulf of Aden": a sea named after a town)
            if _hyphened_to_a_name(text, first.start(), last.end(), idx):
                continue  # ("in Sainte-Soline": a word of a hyphenated name, no Sainte (Saint-Etienne's other name))
            # (a short word matching only a town's other name is no town: "the Tishreen Dam" is no Damascus, DAM its
            # airport's code)
            ids = [i for i in idx.by_key.get(key, ()) if idx.cc[i] == hint.alpha2
                   and (not _told_as_river(text, first.start(), last.end()) if idx.kind[i] == "admin1"
                        else idx.pop[i] >= 5000)
                   and (len(key) > 3 or fold(idx.names[i]) == key)]
            if ids:
                found = (n, max(ids, key=lambda i: (idx.kind[i] == "populated", idx.pop[i])), first.start(), last.end())
                break
        if found is None:
            k += 1
            continue
        n, best, start, end = found
        place = place_from_index(best)
        if place.geonameid in _capitals() and (_SPEAKS.match(text, end)
                                               or _DEALS_WITH_BEFORE.search(text, max(0, start - 30), start)):
            k += n
            continue  # "as Ankara pressed its campaign": the government, no place
        precision = 3 if place.kind == "admin1" else 1
        out.append(_mention(text, start, end, offset, place, precision, "a town named inside a longer name"))
        k += n
    return out
