"""The pandera models, the codebook tables and the documents generated from them."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

import schemas
from dataset.frames import events_frame
from dataset.model import EVENT_COLUMNS, Event
from schemas import generate


def _event(**kw) -> Event:
    fields = dict(
        event_date=date(2020, 1, 26), time_precision=1, disorder_type="Political violence",
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        actor1="Unidentified Armed Group (Iraq)", inter1=3, actor2="Civilians (United States)", inter2=7,
        interaction=37, civilian_targeting="Civilian targeting", country="Iraq", iso=368, region="Middle East",
        location="Baghdad", latitude=33.34, longitude=44.40, geo_precision=1, event_id_cnty="IRQ1",
        article_id="a", evidence_spans="0-10", provenance="{}", coder_version="test",
    )
    fields.update(kw)
    return Event(**fields)


def test_codebook_has_6_types_and_25_sub_types() -> None:
    assert len(schemas.EVENT_TYPES) == 6
    assert len(schemas.SUB_EVENT_TYPES) == 25
    assert schemas.SUB_EVENT_TYPES["Peaceful protest"] == ("Protests", "Demonstrations")
    assert schemas.INTER_LABELS[7] == "Civilians"


@pytest.mark.parametrize(("i1", "i2", "code", "label"), [
    (1, 7, 17, "State forces-Civilians"), (7, 1, 17, "State forces-Civilians"), (6, 0, 60, "Protesters only"),
    (3, 3, 33, "Political militia-Political militia"),
])
def test_interaction(i1: int, i2: int, code: int, label: str) -> None:
    assert schemas.interaction_code(i1, i2) == code
    assert schemas.interaction_label(i1, i2) == label


def test_valid_event_passes_and_columns_are_in_order() -> None:
    df = schemas.validate_events(events_frame([_event()]))
    assert list(df.columns) == list(EVENT_COLUMNS)


@pytest.mark.parametrize(("change", "check"), [
    ({"sub_event_type": "Armed clash"}, "sub_event_type_belongs_to_event_type"),
    ({"disorder_type": "Demonstrations"}, "disorder_type_matches_sub_event_type"),
    ({"interaction": 73}, "isin"),
    ({"interaction": 17}, "interaction_matches_inter_codes"),
    ({"civilian_targeting": "Civilian targeting", "actor2": "", "inter2": 0, "interaction": 30},
     "civilian_targeting_only_when_civilians_targeted"),
    ({"iso": 404}, "iso_matches_country"),
    ({"latitude": -1.28, "longitude": 36.8}, "coordinates_inside_country"),
    ({"event_id_cnty": "iraq-1"}, "str_matches"),
    ({"time_precision": 7}, "isin"),
    ({"fatalities": -1}, "greater_than_or_equal_to"),
])
def test_each_rule_is_caught_by_name(change: dict, check: str) -> None:
    with pytest.raises(schemas.ValidationFailed) as info:
        schemas.validate_events(events_frame([_event(**change)]))
    assert any(c.startswith(check) for c in info.value.report["check"]), str(info.value)
    assert check.split("(")[0] in str(info.value)


def test_duplicate_id_and_year_mismatch() -> None:
    df = events_frame([_event(), _event()])
    df.loc[1, "year"] = 2019
    with pytest.raises(schemas.ValidationFailed) as info:
        schemas.validate_events(df)
    checks = set(info.value.report["check"])
    assert "field_uniqueness" in checks and "year_matches_event_date" in checks


def test_event_not_after_publication() -> None:
    articles = pd.DataFrame({"article_id": ["a"], "published": [pd.Timestamp("2020-01-20")]})
    with pytest.raises(schemas.ValidationFailed) as info:
        schemas.validate_events(events_frame([_event()]), articles=articles)
    assert "event_date_not_after_publication" in str(info.value)


def test_generated_documents_are_up_to_date() -> None:
    for path, text in generate.outputs().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run python -m schemas.generate"


def test_table_schema_is_valid_frictionless() -> None:
    frictionless = pytest.importorskip("frictionless")
    for path in generate.outputs():
        if path.suffix == ".json":
            schema = frictionless.Schema.from_descriptor(str(path))
            assert schema.fields


def test_schemas_serialize_with_their_checks() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pandera warns when a check cannot be serialized
        text = schemas.EventsSchema.to_schema().to_yaml()
        schemas.ArticlesSchema.to_schema().to_yaml()
    assert "interaction_matches_inter_codes" in text and "coordinates_inside_country" in text
