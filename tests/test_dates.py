"""Dates resolved against the publication date, with ACLED time precision."""

from __future__ import annotations

import time
from datetime import date

import pytest

from dataset.coder.dates import LATER_DAY, DateMention, find_dates

PUBLISHED = date(2020, 1, 27)  # a Monday, the publication date of the seed article


def _events(text: str, published: date = PUBLISHED) -> list[DateMention]:
    return [d for d in find_dates(text, published) if d.kind not in ("span", "reference")]  # (dates of events)


def _first(text: str, published: date = PUBLISHED) -> DateMention:
    found = find_dates(text, published)
    assert found, f"no date found in {text!r}"
    return found[0]


# Sentences from the seed article (published Monday 2020-01-27) and ACLED-style notes.
@pytest.mark.parametrize(
    ("text", "expected", "precision", "kind"),
    [
        ("five Katyusha rockets hit the embassy on the evening of January 26", date(2020, 1, 26), 1, "day"),
        ("At least five anti-government protesters were killed in clashes in the region over the weekend",
         date(2020, 1, 25), 2, "week"),
        ("In late December, thousands of demonstrators crowded outside the US embassy", date(2019, 12, 31), 3, "month"),
        ("In December, the United States urged Iraq to take steps", date(2019, 12, 15), 3, "month"),
        ("Soleimani was killed in a Trump-ordered U.S. airstrike on January 3.", date(2020, 1, 3), 1, "day"),
        ("At a time of protests in November, at least 45 protesters were shot", date(2019, 11, 15), 3, "month"),
        ("On 6 January 2021, over a hundred refugees protested at the camp.", date(2021, 1, 6), 1, "day"),
    ],
)
def test_seed_article_sentences(text: str, expected: date, precision: int, kind: str) -> None:
    published = date(2021, 1, 8) if "2021" in text else PUBLISHED
    d = _first(text, published)
    assert (d.date, d.precision, d.kind) == (expected, precision, kind), d.rule
    assert text[d.start:d.end] == d.text


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        # exact days
        ("Gunmen attacked the village on Sunday.", date(2020, 1, 26), 1),
        ("Sunday night, a bomb went off at the market.", date(2020, 1, 26), 1),
        ("Protesters gathered on Monday evening.", date(2020, 1, 27), 1),  # publication day itself
        ("Police shot two men last Monday.", date(2020, 1, 20), 1),  # "last" = strictly before
        ("On Friday, January 24, troops arrived.", date(2020, 1, 24), 1),
        ("Police said the attack happened yesterday.", date(2020, 1, 26), 1),
        ("A car bomb exploded in the capital this morning.", date(2020, 1, 27), 1),
        ("Three days ago militants raided the post.", date(2020, 1, 24), 1),
        ("The raid took place on 2020-01-20.", date(2020, 1, 20), 1),
        ("The raid took place on 20/01/2020.", date(2020, 1, 20), 1),
        ("One person was killed on the night of 26/01 in the camp.", date(2020, 1, 26), 1),
        ("Around 26-December-2018, villagers were detained.", date(2018, 12, 26), 2),  # hedged day
        ("On Dec. 29, aircraft struck five sites.", date(2019, 12, 29), 1),
        ("Jan 26th, 2020: clashes in the north.", date(2020, 1, 26), 1),
        ("Crowds returned on the 26th.", date(2020, 1, 26), 1),
        ("A mob burned the office on the 28th.", date(2019, 12, 28), 1),  # 28 January is still ahead
        ("On 26th of January police dispersed them.", date(2020, 1, 26), 1),
        # a month-day within a month ahead is this year's, a later day the report tells (coded as the
        # publication date: no event postdates its report); further ahead, last year's
        ("The clash on January 30 left two dead.", date(2020, 1, 27), 1),
        ("The clash on March 30 left two dead.", date(2019, 3, 30), 1),
        # ranges of days within a week: precision 2 on the last day
        ("On 2-3 January, militants attacked two villages.", date(2020, 1, 3), 2),
        ("Overnight between 12 and 13 January, villagers were killed.", date(2020, 1, 12), 2),  # the night's first day
        ("Gunmen killed five people on the night of 12-13 January.", date(2020, 1, 12), 2),
        ("From 20 to 24 January, fighting continued.", date(2020, 1, 24), 2),
        # weeks and weekends (mid-point: Wednesday; weekend: its Saturday)
        ("Fighting broke out last week near the town.", date(2020, 1, 22), 2),
        ("Gunmen raided the village on Tuesday last week.", date(2020, 1, 21), 1),  # that day of the week before
        ("Students rioted late last week.", date(2020, 1, 24), 2),
        ("Police clashed with traders at the weekend.", date(2020, 1, 25), 2),
        ("During the week of 13 January, students protested.", date(2020, 1, 15), 2),
        # a week told by its first and last days is the week, not seven days
        ("During the week of 13 to 19 January, gunmen looted a clinic.", date(2020, 1, 15), 2),
        ("Shelling was reported during the third week of December.", date(2019, 12, 18), 2),
        # months
        ("In early January, troops deployed.", date(2020, 1, 1), 3),
        ("Protests erupted in November 2019 across the south.", date(2019, 11, 15), 3),
        ("Militants seized the town in mid-December.", date(2019, 12, 15), 3),
        ("Talks collapsed last month.", date(2019, 12, 15), 3),
        ("Two chiefs were killed late last month.", date(2019, 12, 31), 3),
        ("Early this month, the army moved in.", date(2020, 1, 1), 3),
        ("Throughout the month of August, raids continued.", date(2019, 8, 15), 3),
        ("May 2019 was quiet.", date(2019, 5, 15), 3),
        ("The protest took place in May.", date(2019, 5, 15), 3),
    ],
)
def test_resolves(text: str, expected: date, precision: int) -> None:
    d = _events(text)[0]
    assert (d.date, d.precision) == (expected, precision), d.rule
    assert text[d.start:d.end] == d.text


def test_weekday_on_publication_day_and_week_clamped() -> None:
    # Published on a Monday: "this week" cannot be later than the publication date.
    d = _events("Several protests took place this week.")[0]
    assert (d.date, d.precision, d.kind) == (PUBLISHED, 2, "week")
    # Published on a Friday, "on Friday" is the same day and "this week" its Wednesday.
    friday = date(2020, 1, 31)
    assert _events("They marched on Friday.", friday)[0].date == friday
    assert _events("They marched this week.", friday)[0].date == date(2020, 1, 29)


@pytest.mark.parametrize(
    "text",
    [
        "Protests against the government have taken hold of Iraq since October 1, when thousands took to the streets",
        "Hundreds have died in recent months",
        "Over the past year, the group staged dozens of raids",
        "Militias have occupied the area for months",
        "Between October 1 and December 20, more than 400 people were killed",
        "Between October and December, more than 400 people were killed",
        "In 2019, 40 attacks were reported",
        "The last attack was the third time that rockets were launched at the U.S. Embassy this month alone",
    ],
)
def test_spans_are_not_event_dates(text: str) -> None:
    found = find_dates(text, PUBLISHED)
    assert found and all(d.kind == "span" for d in found), [(d.text, d.kind) for d in found]


def test_span_is_dated_by_its_start() -> None:
    d = _first("Protests have taken hold of Iraq since October 1, when thousands took to the streets")
    assert (d.date, d.text) == (date(2019, 10, 1), "since October 1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range longer than a week is a span, but dated inside it, by its mid-point
        ("Sometime between August 25, 2017 and September 5, 2017, soldiers attacked a village.", date(2017, 8, 31)),
        ("From 13 until 21 March 2019, fighting occurred.", date(2019, 3, 17)),
        # a range of months: the first day of its second month
        ("Sometime October-November 2016, soldiers shot villagers.", date(2016, 11, 1)),
        ("Sometime Oct-Dec 2016, soldiers attacked civilians.", date(2016, 11, 1)),
    ],
)
def test_long_ranges_are_spans_dated_inside(text: str, expected: date) -> None:
    d = _first(text)
    assert (d.kind, d.precision, d.date) == ("span", 3, expected), d.rule


def test_a_day_just_after_publication_is_not_last_year() -> None:
    # a report dated the 28th saying "on November 29th" (a late edition, time zones), or a range
    # running past publication, is this year's; the event is dated no later than its report
    published = date(2018, 11, 28)
    assert _events("On November 29th, bandits attacked herders.", published)[0].date == published
    assert _events("28-29 November: students demonstrated.", published)[0].date == published
    # within a month ahead, a later day the report tells (dated no later than the report); further
    # ahead, it is last year's
    assert _events("On December 20, bandits attacked herders.", published)[0].date == published
    assert _events("On December 30, bandits attacked herders.", published)[0].date == date(2017, 12, 30)


def test_this_month_without_alone_is_a_month() -> None:
    d = _first("Rockets hit the Green Zone earlier this month.")
    assert (d.kind, d.precision) == ("month", 3)
    assert date(2020, 1, 1) <= d.date <= PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        "US. Citizens may see a strong security presence",
        "Thousands will march to parliament",
        "Protesters March on the capital",
        "He was hit by a second rocket",
        "Soldiers of the 1st Battalion were deployed",
        "It was the 3rd attack on the base",
        "the Sunday Times reported the strike",
        "Jan Egeland of the Norwegian Refugee Council said",
        "At least 12 people and 3 police officers were hurt",
        "The vote share rose from 3.5 to 4.2 percent",
        "The rally was set for next Monday",
        "Officials expect more protests this coming weekend",
        # "overnight" naming the kind of raid tells no night
        "Gunmen killed three farmers in an overnight raid on the village",
        "Herders kill four in overnight attack",
    ],
)
def test_false_positives(text: str) -> None:
    assert _events(text) == [], [(d.text, d.rule) for d in find_dates(text, PUBLISHED)]


def test_count_after_day_is_not_a_range() -> None:
    d = _events("On January 3 and 4 people were arrested")[0]
    assert (d.text, d.date, d.precision) == ("January 3", date(2020, 1, 3), 1)


def test_several_mentions_in_text_order() -> None:
    found = find_dates("Troops battled rebels on Jan 3, Jan 6, and Jan 7 in three townships.", PUBLISHED)
    assert [d.date.day for d in found] == [3, 6, 7]
    assert [d.start for d in found] == sorted(d.start for d in found)


def test_offsets_are_shifted() -> None:
    d = find_dates("on January 3", PUBLISHED, offset=100)[0]
    assert (d.start, d.end, d.text) == (103, 112, "January 3")


def test_days_never_after_publication() -> None:
    found = find_dates("On 30 January 2020 and on Friday they will march, and on 31 January", PUBLISHED)
    assert all(d.date <= PUBLISHED for d in found if d.precision == 1)
    # a month-day without year more than a month ahead goes back to the most recent one (within a
    # month it is this year's, dated no later than publication)
    assert _events("on 31 January", PUBLISHED)[0].date == PUBLISHED
    assert _events("on 28 March", PUBLISHED)[0].date == date(2019, 3, 28)


def test_every_mention_explains_itself() -> None:
    for d in find_dates("In late December and on Sunday, protests spread since October 1", PUBLISHED):
        assert d.rule and d.text


def test_fast_on_sentences_without_dates() -> None:
    sentences = [
        "Security forces fired tear gas at protesters near the provincial council building in the city.",
        "On Sunday, five rockets hit the embassy compound and at least one employee was injured.",
    ] * 500
    t0 = time.perf_counter()
    for s in sentences:
        find_dates(s, PUBLISHED)
    per_sentence = (time.perf_counter() - t0) / len(sentences)
    assert per_sentence < 1e-3


def test_a_date_that_names_another_event_is_no_event_date() -> None:
    found = find_dates("Supporters celebrated the ruling upholding his October 26 election victory.", date(2017, 11, 20))
    assert [m.kind for m in found] == ["reference"]
    found = find_dates("Residents burned banners congratulating him on his win at the 8 August poll.", date(2017, 8, 23))
    assert [m.kind for m in found] == ["reference"]
    assert find_dates("The attack on 8 August killed two.", date(2017, 8, 23))[0].kind == "day"


def test_the_day_of_another_event_is_a_reference() -> None:
    friday = date(2017, 10, 27)
    assert [m.kind for m in find_dates("They protested the decision to redo the elections on Saturday.", friday)] \
        == ["reference"]
    assert [m.kind for m in find_dates("They protested the arrests for Saturday's events.", friday)] == ["reference"]
    assert [m.kind for m in find_dates("Police fired on protesters on Saturday.", friday)] == ["day"]
    # ("during Saturday's demonstrations": the day of the act told)
    assert [(m.kind, m.date) for m in find_dates("Police clashed with protesters during Saturday's demonstrations.",
                                                 friday)] == [("day", date(2017, 10, 21))]


def test_a_weekday_still_to_come_is_no_event_day() -> None:
    tuesday = date(2025, 7, 8)
    found = find_dates("Police arrested 12 protesters, who are expected to be arraigned on Wednesday.", tuesday)
    assert [m.kind for m in found] == ["reference"]
    assert [m.kind for m in find_dates("The suspect will appear in court on Monday.", tuesday)] == ["reference"]
    assert [m.kind for m in find_dates("Police arrested 12 protesters on Wednesday.", tuesday)] == ["day"]


def test_the_last_week_of_a_month_and_an_election_named_by_its_day() -> None:
    found = find_dates("Two villagers were killed in shelling during the last week of June.", date(2017, 7, 10))
    assert [(m.kind, m.precision) for m in found] == [("week", 2)]
    assert date(2017, 6, 24) <= found[0].date <= date(2017, 6, 30)
    found = find_dates("Supporters demanded the removal of officials accused of bungling August 8 polls.", date(2017, 10, 2))
    assert [m.kind for m in found] == ["reference"]


def test_the_second_date_of_a_numeric_list_needs_no_preposition() -> None:
    found = find_dates("Residents protest on 09/02 and 11/02 against the chief.", date(2018, 2, 12))
    assert [(m.text, m.date) for m in found] == [("on 09/02", date(2018, 2, 9)), ("11/02", date(2018, 2, 11))]
    assert find_dates("Scores of 12, 13 and 3/4 of them.", date(2018, 2, 12)) == []


def test_a_date_in_a_relative_clause_of_an_earlier_act_is_a_reference() -> None:
    found = find_dates("A column who had arrived at the pagoda on January 4 fired the gunshots.", date(2020, 1, 5))
    assert [(m.text, m.kind) for m in found] == [("January 4", "reference")]


def test_n_days_starting_a_day_are_those_days() -> None:
    found = find_dates("Three days of unrest were reported (starting 3 October) as students protested.", date(2016, 10, 9))
    assert [(m.first, m.date, m.precision) for m in found] == [(date(2016, 10, 3), date(2016, 10, 5), 2)]
    # a span starting a day, with no count of days, stays a span
    found = find_dates("Protests starting 3 October spread to other towns.", date(2016, 10, 9))
    assert [m.kind for m in found] == ["span"]


def test_a_month_or_day_of_last_year() -> None:
    published = date(2022, 7, 6)
    got = [(m.date, m.precision) for m in find_dates("In April last year, gunmen freed inmates.", published)]
    assert got == [(date(2021, 4, 15), 3)]
    got = [(m.date, m.precision) for m in find_dates("On 5 April last year, gunmen struck.", published)]
    assert got == [(date(2021, 4, 5), 1)]
    got = [(m.date, m.precision) for m in find_dates("in March of this year, gunmen struck", published)]
    assert got == [(date(2022, 3, 15), 3)]


def test_the_end_or_beginning_of_last_month_is_its_last_or_first_day() -> None:
    published = date(2023, 6, 20)
    assert [(m.date, m.precision) for m in find_dates("At the end of last month, police shot two men.", published)] \
        == [(date(2023, 5, 31), 3)]
    assert [(m.date, m.precision) for m in find_dates("At the beginning of last month, police shot two men.",
                                                      published)] == [(date(2023, 5, 1), 3)]


def test_weeks_ago_is_the_mid_point_of_that_week() -> None:
    # published on Monday 19 June 2023: two weeks ago is the week of 5-11 June, its Wednesday the 7th
    assert [(m.date, m.precision) for m in find_dates("Two weeks ago, gunmen struck.", date(2023, 6, 19))] == [
        (date(2023, 6, 7), 2)]


@pytest.mark.parametrize(("text", "want"), [
    # a weekday or weekend spelled out by the date right after it is that date
    ("On Saturday (13 March 2021), gunmen killed 2 in Jos.", [(date(2021, 3, 13), 1)]),
    ("On Saturday, 13 March, gunmen killed 2.", [(date(2021, 3, 13), 1)]),
    ("On the weekend of 13-14 March 2021, gunmen killed 7 people.", [(date(2021, 3, 13), 2)]),
])
def test_a_weekday_spelled_out_by_a_date(text: str, want: list) -> None:
    assert [(m.date, m.precision) for m in find_dates(text, date(2021, 3, 20))] == want


@pytest.mark.parametrize("text, precision", [
    # a span of recent days is the week of the report; of recent months, its month
    ("Fighting has killed dozens of people in recent days", 2),
    ("Fighting has killed dozens of people over the past few days", 2),
    ("Hundreds have died in recent months", 3),
])
def test_a_summary_of_recent_days_is_dated_to_the_week(text: str, precision: int) -> None:
    found = _first(text)
    assert (found.kind, found.date, found.precision) == ("span", PUBLISHED, precision)


def test_a_numeric_day_just_after_publication_is_this_year_s() -> None:
    # "07/02" in a report of 6 February 2018: 7 February of this year (coded as the publication date, as a written
    # date would be), not a year back
    found = _first("The riots became larger on 07/02 when residents learnt that he had been deported.",
                   date(2018, 2, 6))
    assert (found.date, found.precision) == (date(2018, 2, 6), 1)


def test_a_weekday_set_off_as_a_persons_first_name_is_no_day() -> None:
    day = date(2025, 4, 16)
    assert find_dates("The chairman of Bokkos local government, Monday Kassah, said 27 people were killed.", day) == []
    assert [m.text for m in find_dates("Gunmen attacked the village on Sunday Morning.", day)] == ["Sunday"]
    assert [m.text for m in find_dates("Gunmen Kill 12 in Plateau Sunday Attack", day)] == ["Sunday"]


def test_when_a_unit_was_posted_is_not_when_it_was_hit() -> None:
    found = find_dates("The army said the drones struck the base of a battalion deployed to the area last month.",
                       date(2025, 2, 18))
    assert [m.kind for m in found] == ["reference"]
    found = find_dates("Troops deployed to the area on Monday clashed with rebels.", date(2025, 2, 18))
    assert [m.kind for m in found] == ["day"]


def test_earlier_in_the_week_is_the_first_days_of_the_publications_week() -> None:
    found = find_dates("Smaller sit-ins were held earlier in the week in Agadez.", date(2024, 4, 14))
    assert [(m.date, m.precision, m.kind) for m in found] == [(date(2024, 4, 10), 2, "week")]


def test_a_weekday_to_come_is_a_plan_not_an_event_date() -> None:
    found = find_dates("Student unions have announced a march in Makurdi next Monday.", date(2025, 8, 20))
    assert [(m.text, m.kind, m.date) for m in found] == [("next Monday", "reference", date(2025, 8, 25))]


def test_a_night_into_a_day_is_dated_by_the_evening_it_began() -> None:
    d = _events("Drones hit a fuel depot in the region overnight into Sunday.")[0]
    assert (d.date, d.precision) == (date(2020, 1, 25), 1), d.rule


def test_the_previous_day_counts_back_from_the_day_a_source_spoke() -> None:
    mentions = _events("Police said on Saturday that gunmen had killed a chief near the town the previous day.")
    assert [(m.text, m.date) for m in mentions] == [("Saturday", date(2020, 1, 25)),
                                                    ("the previous day", date(2020, 1, 24))]
    # (not after an act's own day: what it followed was that day before, the act is the day told)
    assert [m.text for m in _events("On Saturday a crowd gathered again after a riot the day before.")] == ["Saturday"]


def test_the_day_an_act_went_on_until_is_not_its_day() -> None:
    found = find_dates("The assault began at around 10 p.m. and fighting lasted until dawn on Monday.", date(2025, 8, 6))
    assert [(m.text, m.kind) for m in found] == [("Monday", "reference")]


def test_a_day_days_after_publication_is_marked_as_later_than_the_story() -> None:
    # (read as the publication date, as before; the coder leaves such a plan out of a news story)
    [m] = find_dates("The union has announced a sit-in in Jos for 8 July.", date(2025, 7, 3))
    assert m.date == date(2025, 7, 3) and LATER_DAY in m.rule
    # (a day after is a report filed overnight, not a plan)
    [m] = find_dates("On 4 July, police dispersed a sit-in in Jos.", date(2025, 7, 3))
    assert m.date == date(2025, 7, 3) and LATER_DAY not in m.rule


@pytest.mark.parametrize(("text", "day"), [
    # the day a source told of the act, told first, and the act's own day after it
    ("On 9 January 2025, relatives said that on 7 January security agents had detained an opposition politician.",
     date(2025, 1, 7)),
    ("On 12 February 2025, local media reported that on 10 February fishermen held a sit-in at the harbour.",
     date(2025, 2, 10)),
    # counted back from that day
    ("On 23 April 2025, local officials said that two days earlier armed youth clashed near Pieri.", date(2025, 4, 21)),
    ("On 3 June 2025, the army said militants had overrun the camp in Boulkessi the previous day.", date(2025, 6, 2)),
])
def test_a_days_report_told_first_then_the_acts_day(text: str, day: date) -> None:
    assert [m.date for m in _events(text, date(2025, 6, 30))] == [day]


def test_the_days_a_reports_interviews_were_carried_out_date_no_act() -> None:
    mentions = _events("This report, based on interviews with 27 eyewitnesses, medical staff and relatives carried out "
                       "between 22 and 27 November, documents the violent dispersal of a sit-in.", date(2024, 11, 30))
    assert mentions == []


@pytest.mark.parametrize(("text", "day"), [
    ("On 20 May 2025, a women's rights group reported that fighters raped six women in Bara on 16 May.", date(2025, 5, 16)),
    ("On 5 June 2025, the Ukrainian General Staff reported that on 3 June drones dropped gas grenades near Pokrovsk.",
     date(2025, 6, 3)),
])
def test_a_day_a_longer_named_source_reported_on_is_no_acts_day(text: str, day: date) -> None:
    assert [m.date for m in _events(text, date(2025, 6, 30))] == [day]


def test_the_day_a_market_remained_closed_dates_no_act() -> None:
    assert _events("Residents described hours of heavy gunfire and said the town's main market remained closed on Monday.",
                   date(2024, 10, 16)) == []


def test_the_week_an_act_is_told_in_is_the_week_of_the_report() -> None:
    found = find_dates("The army said it had killed dozens of fighters in air strikes during the week.", date(2024, 3, 16))
    assert [(d.date, d.precision, d.kind) for d in found] == [(date(2024, 3, 13), 2, "week")]
    # (the past week told as a period is a summary's, no act's date)
    found = find_dates("At least 40 people were killed over the past week.", date(2024, 3, 16))
    assert [d.kind for d in found] == ["span"]


def test_the_week_of_named_days_is_left_to_its_own_rule() -> None:
    found = find_dates("Clashes broke out during the week of 4 to 10 March.", date(2024, 3, 16))
    assert [(d.date, d.precision) for d in found] == [(date(2024, 3, 6), 2)]


def test_a_month_day_before_the_sentences_subject_is_a_day_and_before_a_passive_a_count() -> None:
    published = date(2022, 6, 30)
    assert [(m.date, m.precision) for m in find_dates("On June 14 police arrested him.", published)] == [(date(2022, 6, 14), 1)]
    assert [m.precision for m in find_dates("In June 14 people were killed.", published)] == [3]


def test_the_first_months_of_the_year_are_a_summary_period() -> None:
    found = find_dates("More than 3,600 people were killed across the country in the first six months of the year.",
                       date(2024, 10, 4))
    assert [m.kind for m in found] == ["span"]


def test_the_start_of_the_month_is_the_publication_months_first_day() -> None:
    for text in ("Fighters overran the town at the start of the month.", "Fighters overran the town at the beginning "
                 "of the month."):
        assert [(m.date, m.precision) for m in find_dates(text, date(2024, 5, 20))] == [(date(2024, 5, 1), 3)]


def test_a_range_of_weekdays_gives_its_first_and_last_day() -> None:
    found = find_dates("Protesters marched in Kisumu from Monday to Wednesday.", date(2024, 5, 10))
    assert [(m.first, m.date, m.precision) for m in found] == [(date(2024, 5, 6), date(2024, 5, 8), 2)]


@pytest.mark.parametrize("text,published,day", [
    ("Gunmen killed five people in Jos on New Year's Eve.", date(2024, 1, 1), date(2023, 12, 31)),
    ("Gunmen attacked a church in Jos on Christmas Day.", date(2024, 12, 27), date(2024, 12, 25)),
])
def test_a_holiday_is_its_day(text: str, published: date, day: date) -> None:
    assert [(m.date, m.precision) for m in find_dates(text, published)] == [(day, 1)]
