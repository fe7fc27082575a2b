"""The actor dictionary: how news names armed groups, and the ACLED name and inter code they get."""

from __future__ import annotations

from datetime import date

import pytest

from dataset.coder.actors import find_actors


@pytest.mark.parametrize(("country", "text", "name", "inter"), [
    ("Afghanistan", "ISKP militants attacked a mosque", "Islamic State (Afghanistan)", 2),
    ("Central African Republic", "Anti-balaka militiamen attacked a village", "Anti-Balaka", 3),
    ("Central African Republic", "UPC fighters attacked a village", "UPC: Union for Peace in the Central African Republic", 2),
    ("Burundi", "Imbonerakure members beat a man", "Imbonerakure", 3),
    ("Nigeria", "CJTF members killed two insurgents", "CJTF: Civilian Joint Task Force", 3),
    ("Mali", "Dozo hunters killed three herders", "Dozo Communal Militia (Mali)", 4),
    ("South Sudan", "SPLA-IO forces attacked Nasir", "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)", 2),
    ("Mozambique", "Ahlu Sunnah Wal Jamaa insurgents attacked Palma", "Ahlu Sunnah Wa-Jamo", 2),
    ("Colombia", "FARC dissidents attacked a patrol", "FARC Dissidents", 2),
    ("Kenya", "Armed raiders killed two students", "Unidentified Communal Militia (Kenya)", 4),
    ("Kenya", "Security officers burnt several houses", "Military Forces of Kenya (2013-2022)", 1),
    ("Myanmar", "the Ma Kyaing Peoples Militia fired their guns at farmers",
     "Military Forces of Myanmar (2021-) People's Militia Force", 1),
    ("Kenya", "Auliyan militia attacked Garba Tula", "Auliyan Ethnic Militia (Kenya)", 4),
])
def test_named_armed_groups(country: str, text: str, name: str, inter: int) -> None:
    found = find_actors(text, country=country, event_date=date(2022, 6, 1))
    assert (found[0].name, found[0].inter) == (name, inter)


def test_an_acronym_shared_with_a_party_is_an_armed_group_only_as_one() -> None:
    assert not find_actors("UPC supporters marched in Kampala", country="Uganda", event_date=date(2022, 6, 1))
