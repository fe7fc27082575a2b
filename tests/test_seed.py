"""The seed article, coded the way a careful ACLED coder would.

Each event the article dates gets its own row with its own date and precision; statements,
warnings, meetings and summaries get none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dataset.coder import extract
from dataset.ingest import parse_article_file

SEED = Path(__file__).resolve().parents[1] / "raw" / "articles" / "000_b63f5e1e1dd76b07.md"


@pytest.fixture(scope="module")
def events():
    article = parse_article_file(SEED.read_bytes(), str(SEED))
    return extract(article)


def _one(events, **fields):
    found = [e for e in events if all(getattr(e, k) == v for k, v in fields.items())]
    assert len(found) == 1, f"expected one event with {fields}, got {len(found)}:\n" + "\n".join(
        f"  {e.event_date} {e.sub_event_type} | {e.actor1} | {e.actor2} | {e.location} | {e.fatalities}"
        for e in events
    )
    return found[0]


def test_main_event_rocket_attack_on_embassy(events):
    e = _one(events, event_date=date(2020, 1, 26), sub_event_type="Shelling/artillery/missile attack")
    assert e.time_precision == 1
    assert e.event_type == "Explosions/Remote violence"
    assert e.disorder_type == "Political violence"
    assert (e.location, e.admin1, e.country, e.iso) == ("Baghdad", "Baghdad", "Iraq", 368)
    assert abs(e.latitude - 33.34) < 0.05 and abs(e.longitude - 44.40) < 0.05
    assert e.geo_precision == 1
    assert e.fatalities == 0, "three people were wounded: injuries are not fatalities"
    assert e.actor1 == "Unidentified Armed Group (Iraq)" and e.inter1 == 3
    assert e.actor2 == "Civilians (United States)" and e.inter2 == 7
    assert e.interaction == 37
    assert e.civilian_targeting == "Civilian targeting"
    assert "Katyusha rockets hit the embassy" in e.evidence_text


def test_weekend_clashes_with_protesters(events):
    weekend = [e for e in events if e.event_date >= date(2020, 1, 20)]
    e = _one(weekend, sub_event_type="Excessive force against protesters")
    assert e.event_type == "Protests"
    assert e.time_precision == 2
    assert date(2020, 1, 25) <= e.event_date <= date(2020, 1, 26)
    assert e.actor1 == "Protesters (Iraq)" and e.inter1 == 6
    assert e.inter2 == 1 and e.actor2.endswith("Forces of Iraq (2018-2020)")
    assert e.interaction == 16
    assert e.fatalities == 5, "at least five protesters were killed"
    assert e.country == "Iraq"


def test_late_december_storming_of_embassy(events):
    e = _one(events, sub_event_type="Violent demonstration", event_date=date(2019, 12, 31))
    assert e.event_type == "Riots"
    assert e.time_precision == 3
    assert e.actor1 == "Rioters (Iraq)" and e.inter1 == 5
    assert e.location == "Baghdad" and e.geo_precision == 1
    assert e.fatalities == 0


def test_late_december_air_strikes(events):
    e = _one(events, sub_event_type="Air/drone strike", event_date=date(2019, 12, 31))
    assert e.time_precision == 3
    assert e.actor1 == "Military Forces of the United States (2017-2021)"
    assert e.inter1 == 8, "a state's forces acting outside their country are external forces"
    assert e.inter2 == 3 and "Hezbollah" in e.actor2
    assert e.interaction == 38
    assert e.fatalities == 25
    assert e.country == "Iraq"


def test_missile_attack_before_the_air_strikes(events):
    attacks = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"
               and e.event_date.year == 2019 and e.event_date.month == 12]
    assert len(attacks) == 1, [(e.event_date, e.actor1, e.actor2) for e in events]
    e = attacks[0]
    assert e.time_precision == 3
    assert e.fatalities == 1, "the murder of a U.S. civilian contractor"
    assert e.actor1 == "Unidentified Armed Group (Iraq)"
    assert e.country == "Iraq"


def test_january_3_air_strike(events):
    e = _one(events, event_date=date(2020, 1, 3))
    assert e.sub_event_type == "Air/drone strike" and e.time_precision == 1
    assert e.actor1 == "Military Forces of the United States (2017-2021)" and e.inter1 == 8
    assert e.actor2.startswith("Military Forces of Iran") and e.inter2 == 8
    assert e.interaction == 88
    assert e.fatalities == 1


def test_no_event_for_statements_warnings_meetings_or_summaries(events):
    dates = {e.event_date for e in events}
    for day in (date(2020, 1, 22), date(2020, 1, 23), date(2020, 1, 24), date(2020, 1, 11), date(2019, 10, 1),
                date(2020, 1, 1)):
        assert day not in dates, f"nothing happened on {day} that ACLED would code"
    assert all(e.fatalities < 100 for e in events), "'almost 500 killed' is a summary, not an event"
    assert len(events) <= 8


def test_every_event_is_traceable(events):
    import json

    text = parse_article_file(SEED.read_bytes(), str(SEED)).text
    for e in events:
        for span in e.evidence_spans.split(";"):
            start, end = map(int, span.split("-"))
            assert text[start:end] in e.evidence_text
        prov = json.loads(e.provenance)
        trigger = prov["sub_event_type"]
        assert text[trigger["span"][0]:trigger["span"][1]] == trigger["text"]
        assert e.notes.startswith("On ")
