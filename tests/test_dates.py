"""Dates resolved against the publication date, with ACLED time precision."""

from __future__ import annotations

from datetime import date

import pytest

from dataset.coder.dates import find_dates

PUBLISHED = date(2020, 1, 27)  # a Monday


def _first(text: str, published: date = PUBLISHED):
    found = [d for d in find_dates(text, published)]
    assert found, f"no date found in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("five Katyusha rockets hit the embassy on the evening of January 26", date(2020, 1, 26), 1),
        ("At least five protesters were killed in clashes in the region over the weekend", date(2020, 1, 25), 2),
        ("In late December, thousands of demonstrators crowded outside the US embassy", date(2019, 12, 31), 3),
        ("In December, the United States urged Iraq to take steps", date(2019, 12, 15), 3),
        ("Soleimani was killed in a Trump-ordered U.S. airstrike on January 3.", date(2020, 1, 3), 1),
        ("At a time of protests in November, at least 45 protesters were shot", date(2019, 11, 15), 3),
        ("On 6 January 2020, refugees protested at the camp.", date(2020, 1, 6), 1),
        ("Gunmen attacked the village on Sunday.", date(2020, 1, 26), 1),
        ("Police said the attack happened yesterday.", date(2020, 1, 26), 1),
        ("Fighting broke out last week near the town.", date(2020, 1, 23), 2),
        ("In early January, troops deployed.", date(2020, 1, 1), 3),
        ("Protests erupted in November 2019 across the south.", date(2019, 11, 15), 3),
        ("The raid took place on 2020-01-20.", date(2020, 1, 20), 1),
        ("Around 26-December-2018, villagers were detained.", date(2018, 12, 26), 1),
        ("On Dec. 29, aircraft struck five sites.", date(2019, 12, 29), 1),
    ],
)
def test_resolves(text: str, expected: date, precision: int) -> None:
    d = _first(text)
    assert (d.date, d.precision) == (expected, precision), d.rule
    assert text[d.start:d.end] == d.text


def test_spans_are_not_event_dates() -> None:
    d = _first("Protests have taken hold of Iraq since October 1, when thousands took to the streets")
    assert d.kind == "span"
    assert _first("Hundreds have died in recent months").kind == "span"


def test_modal_may_and_verb_march_are_not_months() -> None:
    assert find_dates("US. Citizens may see a strong security presence", PUBLISHED) == []
    assert find_dates("Thousands will march to parliament", PUBLISHED) == []
    assert find_dates("May 2019 was quiet", PUBLISHED)[0].date == date(2019, 5, 15)


def test_offsets_are_shifted() -> None:
    d = find_dates("on January 3", PUBLISHED, offset=100)[0]
    assert (d.start, d.end) == (103, 112)


def test_no_day_after_publication() -> None:
    assert all(d.date <= PUBLISHED for d in find_dates("On January 30 they will march", PUBLISHED))


def test_newspaper_names_are_not_weekdays() -> None:
    assert find_dates("the Sunday Times reported", PUBLISHED) == []
