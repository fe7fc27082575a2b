"""Fatalities by ACLED's rules: deaths only, the most conservative figure."""

from __future__ import annotations

import pytest

from dataset.coder.fatalities import (
    find_fatalities,
    has_zero_statement,
    parse_number,
    sentence_fatalities,
    split_total,
)


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("At least five anti-government protesters were killed in clashes over the weekend.", 5),
        ("Aircraft attacked bases of the group, killed at least 25 and wounded dozens of others.", 25),
        ("Three people were wounded when at least one of the missiles landed at the embassy.", 0),
        ("The attack was in response to the murder of a U.S. civilian contractor.", 1),
        ("The general was killed in an airstrike on January 3.", 1),
        ("Gunmen killed four people, including a student, in the village.", 4),
        ("Soldiers raided the village, killing nine civilians including a woman and a child.", 9),
        ("Gunfire rang out in several neighbourhoods, and at least 17 people were killed.", 17),
        ("Five villagers were arrested by a government battalion and later found dead.", 5),
        ("One police officer was killed and others injured.", 1),
        ("The explosion killed one person.", 1),
        ("Dozens of people were killed in the raid.", 12),
        ("The blast left 12 dead and 30 wounded.", 12),
        ("The ambush killed three soldiers and two civilians.", 5),
        ("Militants killed twenty-five villagers.", 25),
        ("The death toll rose to 17 on Monday.", 17),
        ("Police said 3 people were injured.", 0),
        ("A farmer was hacked to death by suspected herders.", 1),
        ("At least 45 protesters were shot by security forces.", 0),
        ("No one was killed in the attack.", 0),
        ("Hundreds of people were killed.", 100),
        ("At least one death reported.", 1),
        ("There was one death threat against the journalist.", 0),
        ("One was beaten before being released, and the other three were found dead the next day.", 3),
        ("A mob lynched and burned three men in Siaya County.", 3),
        ("Gunmen killed and injured five people.", 3),  # deaths told, not how many: 3, not the five
        ("The militants slit the throats of six villagers.", 6),
        ("The blast claimed the lives of four people.", 4),
        ("A 24-year old tried to flee and was stabbed to death.", 1),
        ("He tried to kill the chief.", 0),
        ("One died and one was injured.", 1),
        ("The student's body was later found in a forest.", 1),
        ("The clerk died in the fire.", 1),
        ("A mob chased the police officer, lynching him.", 1),
        ("The mob lynched and burnt him alive.", 1),
        ("Five people, ethnic Pa-Oh, were shot and killed by the RCSS.", 5),
        ("Two suspected criminals were stoned to death by villagers.", 2),
        ("Three herders (out of a group of seven) were killed when bandits fired upon them.", 3),
        ("Five people, mostly women, were injured.", 0),
        # groups told together add up, even when their figures are equal
        ("Seven gendarmes and seven national guards were killed.", 14),
        ("Three soldiers and one rebel fighter were killed.", 4),
        ("On 14 October, six people were killed in the raid.", 6),  # a date is not a first group
        # the killers are not the dead
        ("An armed gang of four men shot dead a priest.", 1),
        # single victims told without a number
        ("Police fatally shot a man at the market.", 1),
        ("Police fatally shot three family members.", 3),
        ("He is believed to have been beaten to death.", 1),
        ("Afterwards, he died at the hospital.", 1),
        ("A driver was attacked and killed while a nurse was injured.", 1),
        ("Another detained villager reportedly died in custody.", 1),
        # bodies found, and counts in note style
        ("The bodies of six farmers were found with gunshot wounds.", 6),
        ("Seven of them were later found dead.", 7),
        ("Five injuries and one fatality reported.", 1),
        ("Unknown fatalities coded as 3.", 3),
        ("Two people die in clashes with police.", 2),
        # a vague count: ACLED's 'many' for a significant attack, 'a number of' for a limited one
        ("Many militants were killed in the operation.", 10),
        ("An unknown number of soldiers were killed.", 3),
        # more ways
        ("A vigilante mob lynches and kills a 14 year old in Muranga.", 1),
        ("The woman died on the spot.", 1),
        ("Three civilians, among them a child, were killed and two injured.", 3),
        ("Five people were injured, none killed.", 0),
        ("Two suspected thieves are lynched by vigilantes.", 2),
        ("Four men cut the neck of a former administrator and killed him in his house.", 1),
        ("Unknown fatalities.", 3),  # deaths reported, number unknown: ACLED's 3
        ("Unknown fatalities coded as 10.", 10),
        ("Three burned bodies were found near the village.", 3),
        ("They locked eleven people in a house and set it on fire, killing all eleven people.", 11),
        ("A lawyer was found killed on Mombasa road.", 1),
        ("Two are dead after the clash.", 2),
        ("His body was found five days later.", 1),
        ("The director told AFP that there was 1 killed though.", 1),
        ("A mob accosted and lynched a suspected political militiaman.", 1),
        ("A Kipsigis is killed by people from the Maasai community.", 1),
        ("Two gunmen shot and killed the abbot of the monastery.", 1),
        ("Five police reported dead.", 5),
        ("Two suspected Al-Shabaab returnees were shot dead by gunmen.", 2),
        ("He was found dead the next day.", 1),
        # a time, a year or an age is no count of the dead
        ("At 5 pm soldiers were killed in the ambush.", 0),
        ("In 2019 soldiers were killed there.", 0),
        # not deaths of this event: animals, attempts, what revenge or a protest is for
        ("A group of youth went to kill 8 dogs.", 0),
        ("Residents tried to kill a man suspected of theft.", 0),
        ("Soldiers beat up residents to revenge the killing of a colleague.", 0),
        ("Students protested after a student was murdered.", 0),
        # the protesters named before a death are people, not what the protest is about
        ("Police dispersed the protesters and beat a boy to death.", 1),
        ("The clashes went on overnight, bringing the number of dead to 20.", 20),
        ("Gunmen killed a woman and her two children.", 3),
        # an acronym after the count is no time of day ("PMF" is not "pm")
        ("Militants attacked a checkpoint, killing two PMF members.", 2),
        # a named victim with an accented name; one left dead
        ("Gunmen on Friday killed community leader Edinson Pabón in the town.", 1),
        ("Villagers assaulted a man suspected of stealing cattle, leaving him dead.", 1),
        ("The headman, 56, died at the scene.", 1),
        # two people done to death, told with who they were
        ("Unknown men stabbed a husband and wife, owners of a tea shop, to death near the bridge.", 2),
        ("A mob beat a trader and his nephew to death at the market.", 2),
    ],
)
def test_deaths(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def test_number_words() -> None:
    assert parse_number("seven") == 7
    assert parse_number("forty-two") == 42
    assert parse_number("1,200") == 1200
    assert parse_number("dozens") == 12
    assert parse_number("banana") is None


def test_zero_statement() -> None:
    assert has_zero_statement("The military, which reported no casualties, said rockets hit the base.")
    assert not has_zero_statement("Two people died.")


def test_split_total_keeps_the_sum() -> None:
    assert split_total(10, 3) == [4, 3, 3]
    assert split_total(7, 3) == [3, 2, 2]
    assert sum(split_total(5, 2)) == 5
    assert split_total(4, 1) == [4]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Residents protested following the death of a man in police custody.", 0),
        ("Two unidentified men stabbed a police lieutenant to death.", 1),
        ("A villager stepped on a landmine and died.", 1),
        ("Two were released while three were summarily executed.", 3),
        ("Two aides of the opposition candidate were shot dead in their car.", 2),
        ("Residents burned alive 13 suspected gang members.", 13),
        ("A crowd seized 13 suspected gang members from police custody and burned them alive.", 13),
        ("Gunmen abducted five farmers and killed them.", 5),
        ("A young woman was shot in the head and later died.", 1),
        ("Seven soldiers, 35 civilians and 80 militants were killed.", 122),
        ("Militants assassinated the village chief.", 1),
        ("Residents blocked the road after one person died in an accident.", 0),
        ("A mother and her daughter were killed.", 2),
        ("A man was allegedly beaten to death by a mob.", 1),
        ("Police fired on a mob attempting to lynch a suspected thief.", 0),
        ("A group of traders were attacked and nearly lynched by a mob.", 0),
        ("Over 100 camels have been killed by bandits.", 0),
        ("Residents beat up a man who had just killed his mother.", 0),
        ("Residents protested the release of three men suspected to have killed a driver.", 0),
        ("Two fishermen were found dead with their throats slit.", 2),
        ("A vigilante militia lynched two suspected members of a criminal gang.", 2),
        ("A vigilante mob attacks and kills suspected rapist.", 1),
        ("An infant dies during the raid.", 1),
        ("A trader was fatally assaulted by police.", 1),
        ("The clash resulted in the deaths of three soldiers.", 3),
        ("A man suspected of stealing a motorcycle was beaten to death by a mob.", 1),
        ("Police arrested a man suspected of killing his wife.", 0),
        ("Militants assassinated a village chief and his son.", 2),
        ("Soldiers shot a man and his son in the leg.", 0),
        ("Man found killed, throat slit and body dumped in a rice farm.", 1),
        ("Conflicting fatalities were reported, ranging from one to two fatalities.", 1),
    ],
)
def test_more_death_phrasings(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def _coded(text: str) -> list:
    from datetime import date

    from dataset.coder import extract
    from dataset.model import Article

    return extract(Article(id="t", text=text, published=date(2020, 5, 5), country="Niger"))


def test_outcome_sentence_counts_for_the_event_before_it() -> None:
    events = _coded("On 3 May 2020, militants ambushed an army patrol near Diffa. Seven soldiers died.")
    assert [e.fatalities for e in events] == [7]
    assert "Seven soldiers died" in events[0].provenance


def test_outcome_sentence_with_its_own_date_is_not_attached() -> None:
    events = _coded("On 3 May 2020, militants ambushed an army patrol near Diffa. "
                    "Between January and April, 40 soldiers were killed in the region. "
                    "The governor said the army would send reinforcements. Schools stayed closed. "
                    "Residents said they feared more attacks.")
    assert [(e.event_date.isoformat(), e.fatalities) for e in events] == [("2020-05-03", 0)]


def test_deaths_told_after_a_blast_are_its_deaths_not_a_new_attack() -> None:
    events = _coded("On 3 May 2020, near Diffa, two men who went to cut wood stepped on a landmine. "
                    "One of the men was killed and the other was injured.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Remote explosive/landmine/IED", 1)]


def test_a_group_beside_a_blast_that_hit_a_convoy_set_it_off() -> None:
    events = _coded("On 3 May 2020, near Diffa, an army convoy escorting a truck ran into a landmine attack by "
                    "Boko Haram militants. The attack killed two soldiers and injured two women.")
    assert [(e.actor1.split(" - ")[0], e.actor2.split(" (")[0], e.fatalities) for e in events] == [
        ("Boko Haram", "Military Forces of Niger", 2)]


def test_a_conflicting_report_is_not_added() -> None:
    events = _coded("On 14 June 2020, police repulsed an Al-Shabaab attack on a mast at Warankara. One police officer and "
                    "one militant were killed. Conflicting reports suggest that three policemen were killed.")
    assert [e.fatalities for e in events] == [2]


def test_a_total_the_text_says_covers_several_events_is_split() -> None:
    events = _coded("On 1 February 2020, Nigerien and French forces killed twenty-three militants in the area of "
                    "In-Ates. Fatalities split between three events.")
    assert [e.fatalities for e in events] == [8]
    assert "split over 3 events" in events[0].provenance


def test_a_stated_total_replaces_the_figures_before_it() -> None:
    events = _coded("On 10 February 2020, near Diffa, fighting broke out between the army and Boko Haram militants. "
                    "One soldier was killed. Three militants were also killed. 4 fatalities total.")
    assert [e.fatalities for e in events] == [4]


def test_dismissed_and_second_source_figures_are_left_out() -> None:
    dismissed = _coded("On 27 May 2020, a woman was killed in a shootout between armed herders near Diffa. The governor "
                       "dismissed reports that 14 people were shot dead.")
    assert [e.fatalities for e in dismissed] == [1]
    second = _coded("On 4 May 2020, militants attacked police posts near Diffa, killing 13 policemen. However, according "
                    "to the ministry, the attack resulted in 14 policemen deaths.")
    assert [e.fatalities for e in second] == [13]


def test_a_coded_figure_replaces_the_reported_ones() -> None:
    events = _coded("On 7 January 2020, near Diffa, a battle took place between the army and Boko Haram. Several "
                    "soldiers and three militants were killed. Code 13 fatalities.")
    assert [e.fatalities for e in events] == [13]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Gunmen shot dead Peter Mwangi, a local councillor, in the town.", 1),
        ("Unknown assailants killed police officer John Kamau on Sunday.", 1),
        ("Troops killed Al Shabaab fighters in the forest.", 0),
        ("Hundreds marched to condemn the killing of George Floyd.", 0),
    ],
)
def test_a_named_victim_is_one_death(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def test_relatives_found_dead_are_counted() -> None:
    assert sentence_fatalities("The aspirant's three sons were found dead.")[0] == 3


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Community members killed four suspected livestock thieves in the village.", 4),
        ("Bandits killed 8 cows.", 0),
        ("A man shot dead his neighbour in the village.", 1),
        ("A man is discovered murdered near his home.", 1),
    ],
)
def test_people_named_by_animals_or_by_whom_they_are_to_the_killer(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [("Soldiers fired at two forest staff. One of the two was killed.", 1),
     ("Three of the five soldiers were killed.", 3)],
)
def test_n_of_the_group_counts_n(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("4 Myanmar army soldiers killed; 1 ARSA died.", 5),
        ("20 soldiers of the military and one soldier of AA were killed.", 21),
        ("Police killed a suspected militant and two children he used as a shield.", 3),
        ("On 12 May 2020 two people died.", 2),
        ("A corporal of the army's 503 LIB died after stepping on a landmine.", 1),
        ("Eight people including four school children and four police officers were killed.", 8),
        ("Two AA soldiers were injured, four government soldiers were killed.", 4),
    ],
)
def test_counts_of_groups_days_and_units(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def test_a_dead_body_returned_or_found_with_its_wounds() -> None:
    from dataset.coder.fatalities import find_fatalities

    for text in ("His dead body was returned the next day.", "His dead body with 11 stab wounds was found on 16 September."):
        assert [m.count for m in find_fatalities(text)] == [1], text


@pytest.mark.parametrize(("text", "count"), [
    ("On 9 Sept 2018, two 26-year-old have been found dead near the school.", 2),
    ("The DKBA shot two members of the military's communication battalion to death.", 2),
    ("A body has been found dumped in a pit latrine.", 1),
    ("The body of a young man was found near the river.", 1),
    ("Police repulsed the attack, killing either one or four fighters.", 1),  # the lower figure
    ("A gunman killed two women, one 60-year-old and 50-year-old, at a tea plantation.", 2),  # ages add no one
    ("Four police and one reservist killed, two police missing.", 5),
    ("25 houses were burned and two people were killed in the attacks.", 2),  # houses are no first group
    ("A bomb exploded and a man was killed.", 1),
    ("Unidentified armed men killed Homa Bay CEC executive, Dony Opar, for unknown reason.", 1),  # a title, no article
    ("Residents beat up two men to death in Temple Road.", 2),
    ("Supporters gathered for a memorial rally to honour nearly 60 people killed by police.", 0),  # whom it honours
])
def test_more_ways_news_tells_deaths(text: str, count: int) -> None:
    from dataset.coder.fatalities import find_fatalities

    assert sum(m.count for m in find_fatalities(text)) == count


def test_fatally_shot_is_killed_and_its_agents_are_not_counted() -> None:
    from dataset.coder.fatalities import find_fatalities

    assert [m.count for m in find_fatalities("2 people were fatally shot by police.")] == [2]
    # the number before the act counts the killers
    assert [m.count for m in find_fatalities("at least 10 drivers fatally stabbed two drivers")] == [2]


@pytest.mark.parametrize(("text", "count"), [
    ("half a dozen soldiers were killed", 6),
    ("a handful of soldiers died", 3),
    ("more than a hundred were killed", 100),
    ("over a thousand people were killed", 1000),
])
def test_vague_quantities_take_their_lowest_reading(text: str, count: int) -> None:
    from dataset.coder.fatalities import find_fatalities

    assert [m.count for m in find_fatalities(text)] == [count]


def test_a_family_killed_counts_its_members() -> None:
    assert sentence_fatalities("One strike hit a house in Ain Baal, killing a family of five.")[0] == 5


@pytest.mark.parametrize(("text", "n"), [
    ("The blast killed the bomber and two bystanders.", 3),
    ("Two police officers succumbed to their injuries.", 2),
    # (an official telling the deaths is no victim)
    ("A Kenyan official says four children have been killed by an explosive device.", 4),
    ("A roadside bomb hit a military convoy near Afgoye, killing two soldiers, a military official said.", 2),
])
def test_bombers_bystanders_and_deaths_from_wounds(text: str, n: int) -> None:
    assert sentence_fatalities(text)[0] == n


def test_him_and_others_killed_count_together() -> None:
    assert sentence_fatalities("Gunmen stormed the house of the governor and killed him and eight others.")[0] == 9


@pytest.mark.parametrize(("text", "n"), [
    ("The demonstrators clashed with police and two died.", 2),
    ("On 7 August, a suspected thief has been lynched by a mob after he broke into a house.", 1),
    ("Presumed ISGS militants assassinated a Tuareg chief and his associate in In-Ates.", 2),
])
def test_deaths_told_briefly(text: str, n: int) -> None:
    assert sentence_fatalities(text)[0] == n


def test_people_counted_by_their_nationality_add_up() -> None:
    text = "A suicide bomber blew himself up near the embassy, killing two embassy staff and four Afghans."
    assert sentence_fatalities(text)[0] == 6


def test_a_titled_person_and_others_killed_with_them_add_up() -> None:
    assert sentence_fatalities("Gunmen killed Negros Oriental Governor Roel Degamo and 8 others at his home.")[0] == 9


@pytest.mark.parametrize("text, deaths", [
    ("The attack killed two soldiers and two civilians.", 4),  # equal counts of two groups are no restatement
    ("Gunmen shot dead Mondlane's lawyer Elvino Dias and a party official, Paulo Guambe, in their car.", 2),
])
def test_groups_listed_after_the_first_add_up(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def test_deaths_in_a_road_accident_a_crowd_avenged_are_not_counted() -> None:
    text = ("Residents set alight three trucks after a truck driver lost control and killed a boda boda rider and "
            "three other people.")
    assert sentence_fatalities(text)[0] == 0


@pytest.mark.parametrize("text, deaths", [
    ("Two local government officials were ambushed and killed by raiders.", 2),  # officials counted...
    ("A Kenyan official says four children have been killed.", 4),  # ...but one official is a source
    ("A man accused of theft is attacked and killed by a mob.", 1),  # present-tense notes
])
def test_officials_killed_and_present_tense_deaths(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def test_gendarmes_are_counted_among_the_dead() -> None:
    text = "Militants ambushed a vehicle, killed one police commissioner and two gendarmes, and seized the vehicle."
    assert sentence_fatalities(text)[0] == 3


@pytest.mark.parametrize("text, deaths", [
    ("Four soldiers were killed, several injured and one soldier from the AA was killed.", 5),  # "several" were hurt
    ("An artillery shell exploded and killed a couple from the village.", 2),  # a couple: two
    ("Local sources said that between 8 and 16 gunmen were killed.", 8),  # a range: the lower figure
])
def test_injured_counts_couples_and_ranges(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def test_a_count_before_the_people_it_names_is_the_toll() -> None:
    assert sentence_fatalities("Two civilians, a child and a man, were killed in the air strike.")[0] == 2


@pytest.mark.parametrize("text, deaths", [
    ("A deputy commander of the military's Light Infantry Battalion (LIB) No. 105 was killed.", 1),
    ("Soldiers from LIB 123 shot two motorbike drivers dead and injured two others.", 2),
])
def test_a_units_number_is_no_count_of_the_dead(text: str, deaths: int) -> None:
    total, mentions = sentence_fatalities(text)
    assert total == deaths and all("123" not in m.text and "105" not in m.text for m in mentions)


@pytest.mark.parametrize("text, deaths", [
    ("A house was set on fire in the market, killing its four occupants.", 4),
    ("Gunmen broke into the home and killed their two sons.", 2),
])
def test_a_count_after_its_or_their(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize("text, deaths", [
    ("BSF personnel shot dead a Bangladeshi cattle smuggler at the border.", 1),
    ("Gunmen killed a prominent politician outside his home.", 1),
    ("On 9 May 2022, 2 CPI (Maoist) members were killed in an encounter.", 2),
    # (a bracket after a day is no gloss of the dead: "June 26 (Reuters) - Kenyan police shot dead at least five")
    ("NAIROBI, June 26 (Reuters) - Kenyan police shot dead at least five people on Tuesday.", 5),
])
def test_one_person_by_their_trade_and_a_bracketed_gloss_in_a_count(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize("text, deaths", [
    ("1 VDP killed, 2 injured. 6 militants neutralized.", 7),
    ("12 terrorists were neutralised by the army.", 12),
    ("FAMa neutralised about 20 terrorists and seized weapons.", 20),
    ("The army neutralised three IEDs on the road.", 0),
    ('Soldiers clashed with the jihadists and "neutralised" 31 of them.', 31),
])
def test_people_neutralised_are_dead(text: str, deaths: int) -> None:
    # the Sahel's forces report the dead as "neutralised"; said of devices it kills no one
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize("text, deaths", [
    ("A suicide bomber rammed a vehicle into the convoy, killing five Chinese nationals and their Pakistani driver.", 6),
    ("Gunmen killed a woman and her two children.", 3),
])
def test_one_more_after_a_count_by_his_or_their(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize("text, deaths", [
    # "a" before a place's description counts none of the people in it
    ("A military air strike on a monastery sheltering displaced people in the Sagaing region killed at least 23 "
     "people.", 23),
    # nor before a fight with others ("a gunfight with herders" is no herder)
    ("Raiders stormed a cattle camp on Monday, sparking a gunfight with herders that killed at least 11 people.", 11),
    # who the dead were, told between dashes or "among them" after the count
    ("Six people - four soldiers, a driver and a cook - died when the truck hit a mine.", 6),
    ("At least 11 people, police officers and bystanders among them, were killed.", 11),
    # a guide, cyclists; one more dead told with "also"
    ("The gunmen seized two hikers and killed their local guide.", 1),
    ("Three cyclists were killed on the road.", 3),
    ("Two guards were shot dead when the gunmen stormed the bank in the town centre; the gunman was also killed.", 3),
    # a man who died in a police cell died in custody
    ("On 2 May 2024, trader John Otieno died in a cell at Kisumu Central Police Station.", 1),
    # a list whose last group is one person, and more dead told after the verb
    ("Three police officers, two residents and a Dutch tourist were killed, along with the two gunmen.", 8),
    ("Four soldiers were killed, along with three attackers.", 7),
    # a day after its month is no count of the dead
    ("An administrator abducted on August 3 was found dead by the river.", 1),
    # (but a month with its day before it leaves the number after it a count)
    ("12 Sep. 4 killed by armed men in Tana Selta.", 4),
    ("In May 12 people were killed.", 12),
])
def test_articles_and_days_that_are_no_count(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize("text, deaths", [
    # a range after the verb: the lower figure, and the next group after it
    ("Clashes between Houthi forces and pro-government forces killed between 10 and 15 fighters.", 10),
    ("The attack killed between 10 and 15 fighters and 3 civilians.", 13),
])
def test_a_range_of_deaths_after_the_verb(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def test_quoted_words_are_read_as_words() -> None:
    text = ('Some 17 soldiers were killed Tuesday in an ambush, the ministry said, adding that more than 100 '
            '"terrorists" were "neutralised".')
    assert sentence_fatalities(text)[0] == 117


@pytest.mark.parametrize("text, deaths", [
    # a bare count of the dead, in words above ten
    ("Twelve killed, others injured.", 12),
    # the last group glossed by whose it is
    ("25 military soldiers and one militant of the AA were killed during the fighting.", 26),
])
def test_bare_counts_and_glossed_last_groups(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize("text, deaths", [
    ("A police operation left the son of a business owner shot dead in Nairobi.", 1),
    ("The clashes left a man dead.", 1),
    ("Police left the scene.", 0),
])
def test_one_person_left_dead(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize(("text", "n"), [
    # deaths told with the wounded, their number not: ACLED's figure for a limited attack (3), or fewer if fewer are told
    ("Militants attacked an army post near Diffa, killing and injuring several soldiers.", 3),
    ("An IED struck the convoy, reportedly killing and wounding the occupants of the vehicle.", 3),
    ("The blast killed and wounded seven of the occupants.", 3),
    ("Gunmen opened fire on the bus, killing and wounding two passengers.", 2),
    # deaths told, not how many, in more words: 3
    ("Fatalities were reported, but the number is unknown.", 3),
    ("Fatalities were reported among government soldiers, but no number was given.", 3),
    ("Fatalities were reported on both sides, but the number killed in this area is unknown.", 3),
    ("The ministry said servicemen were killed without specifying the number.", 3),
    # groups of the dead
    ("The clashes resulted in the deaths of 6 OLA fighters and 3 soldiers.", 9),
    ("On 5 June 2023, 1 soldier and 3 IS militants were killed.", 4),  # IS's militants, not the verb "is"
    ("Gunmen stormed the residence, killing the governor and at least 8 others.", 9),
    ("Maoists triggered an IED, killing 10 DRG personnel and the civilian driver.", 11),
    ("An Israeli drone strike killed senior Hamas official Saleh al-Arouri and 6 others.", 7),
    ("Dozens of people, including residents caught in the crossfire, were reported killed.", 12),
    ("Gunmen broke into the home of a community leader and shot her dead.", 1),
    # the attacker's own death counts
    ("A suicide bomber detonated explosives, killing at least 5 civilians as well as himself.", 6),
    ("A soldier shot dead two colleagues, escaped on a motorbike and subsequently killed himself.", 3),
    ("He shot himself in the leg.", 0),
    # a source telling the dead is not one of them
    ("A vigilante leader said five kidnappers were killed.", 5),
    # the dead and the hurt in one figure count no one
    ("The group claimed 60 people had been killed or wounded.", 0),
])
def test_deaths_told_in_more_ways(text: str, n: int) -> None:
    assert sentence_fatalities(text)[0] == n


def test_a_body_found_with_a_gloss_between_the_name_and_the_verb() -> None:
    text = ("On 7 September 2024, the body of CHADEMA leader Ali Mohamed Kibao, abducted the previous day by armed men "
            "from a bus in Tegeta, was found in Ununio.")
    assert sentence_fatalities(text)[0] == 1


def test_a_bounty_on_anyone_who_kills_counts_no_death() -> None:
    text = "The gang has offered payments of up to 2 million pesos to anyone who kills a police officer."
    assert sentence_fatalities(text)[0] == 0
    assert sentence_fatalities("Gunmen killed a police officer in Caucasia.")[0] == 1


def test_the_dead_of_the_fighting_a_town_was_won_after_are_counted() -> None:
    text = "Troops regained control of the town after clashes in which ten insurgents were killed, the minister said."
    assert sentence_fatalities(text)[0] == 10
    # (the death a protest follows is still not its own)
    assert sentence_fatalities("Students protested after a classmate was killed by a bus.")[0] == 0


def test_three_groups_with_one_person_in_the_middle_are_all_counted() -> None:
    text = "An army spokesman said two soldiers, a police officer and three attackers were killed in the fighting."
    assert sentence_fatalities(text)[0] == 6


def test_a_source_s_figure_is_no_single_death() -> None:
    text = "At least six people were killed, according to the official, while a civil society group said 11 had died."
    assert sentence_fatalities(text)[0] == 6
    assert sentence_fatalities("A 56 year old villager died.")[0] == 1


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a note's bare tag tells no death; "resulting in unknown fatalities" tells some
        ("Fatalities unknown.", 0),
        ("Troops clashed with rebels, resulting in unknown fatalities.", 3),
        # one person named with particles, or after a string of lower-case words, or between commas
        ("A suicide bomber blew himself up, killing Minister Khalil ur-Rahman Haqqani and at least 4 others.", 5),
        ("Gunmen shot dead environmental defender and municipal councillor Juan Lopez in Tocoa.", 1),
        ("Students beat a mentally ill man, Tofazzal Hossain, to death on suspicion of theft.", 1),
        ("A catholic priest was assassinated near Chiga Market.", 1),
        ("A suspect was Friday lynched in Kelonget village.", 1),
        # (a place after a preposition is no person killed)
        ("Soldiers killed domestic animals for food in Sut Ra village.", 0),
    ],
)
def test_named_and_tagged_deaths(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize(("text", "count"), [
    # South Asian papers' word for police and soldiers killed
    ("A policeman was martyred and four others were injured when a roadside bomb struck a police van.", 1),
    ("Two policemen were martyred and three terrorists were killed.", 5),
])
def test_martyred_counts_as_killed(text: str, count: int) -> None:
    assert sum(m.count for m in find_fatalities(text)) == count


def test_two_groups_that_died_add_up_but_not_a_result_nor_people_who_later_died() -> None:
    assert sentence_fatalities("Five men and two women died at the scene.")[0] == 7
    assert sentence_fatalities("As a result, one person died and two others were injured.")[0] == 1
    assert sentence_fatalities("They fired into the village, injuring two women and a child who later died.")[0] == 1


def test_a_share_of_the_dead_told_after_them_adds_no_one() -> None:
    # "eighteen of them women" are some of the twenty, and a gloss between commas keeps the count whole
    assert sentence_fatalities("A car bomb went off near Manbij, killing twenty people, eighteen of them women.")[0] == 20
    assert sentence_fatalities("The Taliban government said 46 people, most of them women and children, were killed.")[0] == 46


@pytest.mark.parametrize(("text", "deaths"), [
    # a toll a source gave is one source's figure: the lowest stands, whichever is told first
    ("Officials gave a toll of 59; a rights group said about 100 people were killed.", 59),
    ("Officials gave a toll of 100; a rights group said 59 people were killed.", 59),
    # a toll lowered replaces the figure told before it
    ("State media first reported 103 deaths before lowering the toll to 95.", 95),
])
def test_tolls_given_and_revised(text: str, deaths: int) -> None:
    events = _coded("On 2 May 2020, gunmen attacked the village of Tillia, shooting residents. " + text)
    assert [e.fatalities for e in events] == [deaths]


def test_a_source_named_with_an_article_is_no_count_of_the_dead() -> None:
    # ("A nurse" once read as one victim, hiding the three the nurse told of)
    assert sentence_fatalities("A nurse said three people died.")[0] == 3
    assert sentence_fatalities("A clinical officer said three people died of their wounds.")[0] == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attacker's own death is one more, even when it matches the other count
        ("A suicide bomber blew himself up at a checkpoint in Kabul, killing one guard as well as himself.", 2),
        ("Police said nine worshippers were killed in addition to the bomber.", 10),
        # (the count is the number after "that", not the statement's "a")
        ("The army said in a statement that seven rebels had been killed.", 7),
    ],
)
def test_counts_told_in_a_statement_and_the_attackers_own_death(text: str, expected: int) -> None:
    assert sentence_fatalities(text)[0] == expected


def test_one_hurt_who_then_died_is_a_death() -> None:
    text = ("A woman accused of witchcraft was beaten and set alight by villagers near Kasese late on Sunday, and died "
            "before police arrived.")
    assert sentence_fatalities(text)[0] == 1


@pytest.mark.parametrize(("text", "deaths"), [
    # a group of uncounted dead adds none; animals are no victims; keepers of cattle are
    ("Five soldiers and an undetermined number of militants were killed.", 5),
    ("Two herders and 40 cattle were killed.", 2),
    ("3 cattle keepers and 2 attackers were killed, and about 200 cattle were taken.", 5),
    # the bomber's own death, told
    ("The bomber also died.", 1),
])
def test_groups_uncounted_animals_and_the_bomber(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize(("text", "deaths"), [
    # a word in single quotes is read as the word ("neutralised" is killed), never an apostrophe's
    ("The military said three of the gunmen were 'neutralised' and one soldier was killed in the exchange of fire.", 4),
    ("Two of the soldiers' attackers were 'neutralised'.", 2),
    # a report's label gives its count ("dozens" is 12), never an injured one
    ("Fatalities: 4 VDP and an unknown number of militants.", 4),
    ("Fatalities: dozens.", 12),
    ("Fatalities: at least 50 (police); Amnesty International put the toll at over 100.", 50),
    ("Fatalities: 3 injured.", 0),
    # a label's list of groups is summed, its injured left out
    ("Fatalities: 3 Dinka and 5 Nuer youths.", 8),
    ("Fatalities: 1 policeman, 2 bandits and 4 vigilantes.", 7),
    ("Fatalities: 6 soldiers and 20 injured.", 6),
    ("Fatalities: 9 people including 4 children and 2 women.", 9),
    # the count before a gloss of who was among them
    ("Four Maoists, including a woman cadre carrying a reward on her head, were killed in an encounter.", 4),
    ("Six people, among them two children, were shot dead.", 6),
    # a range's lower figure, whoever the dead were
    ("Between 4 and 9 combatants were killed in the fighting.", 4),
])
def test_quoted_words_and_a_reports_fatalities_label(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def test_several_dozen_is_dozens() -> None:
    assert sentence_fatalities("The army said its drones hit a column of fighters, neutralising several dozen terrorists.")[0] == 12


@pytest.mark.parametrize(("text", "deaths"), [
    # the bomber's own death and the victims named after it
    ("A suicide bomber blew himself up at a checkpoint, killing himself and 3 militia members.", 4),
    # a label's "a" counts a victim, not the source that follows it
    ("Fatalities: a soldier.", 1),
    ("Fatalities: a herders' association reported 5 herders killed; local authorities confirmed 3 deaths.", 8),
])
def test_a_bombers_death_with_his_victims_and_a_labels_a(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def test_a_label_naming_a_source_keeps_the_lowest_figure() -> None:
    events = _coded("On 2 July 2024, gunmen attacked herders near Tillaberi. Fatalities: a herders' association reported "
                    "5 herders killed; local authorities confirmed 3 deaths.")
    assert [e.fatalities for e in events] == [3]


def test_a_range_of_dead_with_no_noun_is_its_lower_figure() -> None:
    assert sentence_fatalities("Fighting between rival tribes near Wapenamanda left between 20 and 30 dead.")[0] == 20


def test_a_toll_a_source_put_is_weighed_with_the_others() -> None:
    events = _coded("On 16 March 2020, government aircraft dropped barrel bombs on Tillaberi. Local officials said at least "
                    "21 people were killed; the county commissioner put the toll at 12.")
    assert [e.fatalities for e in events] == [12]
    # (and a later source's higher toll stays out: "Community leaders put the death toll at 16")
    events = _coded("On 4 May 2020, at least ten villagers were killed when an air strike hit a settlement in Tillaberi, "
                    "police said. Community leaders put the death toll at 16.")
    assert [e.fatalities for e in events] == [10]


def test_a_second_sources_toll_after_although_is_weighed_not_added() -> None:
    events = _coded("On 12 March 2020, armed Kusasi and Mamprusi youths exchanged gunfire in Tillaberi. At least five "
                    "people were killed, according to police, although local sources put the death toll at nine.")
    assert [e.fatalities for e in events] == [5]


@pytest.mark.parametrize(("text", "deaths"), [
    ("Residents said a woman and her two children died when their house collapsed after being hit.", 3),
    ("A man and his three sons were shot dead.", 4),
    ("A woman and her two children were injured.", 0),
])
def test_one_and_the_group_told_with_them(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def test_deaths_of_an_act_told_after_after_by_gunmen_who_came_on_motorbikes_are_counted() -> None:
    # "after gunmen killed 12" is an act of its own; so it is when the text says how they came
    count, found = sentence_fatalities("The attack came a day after gunmen on motorbikes killed at least 21 civilians "
                                       "in the village of Diallassagou, a local official said.")
    assert (count, [f.count for f in found]) == (21, [21])


@pytest.mark.parametrize("agent", ["armed men", "unknown armed men", "militiamen", "fighters"])
def test_deaths_of_an_act_told_after_after_by_armed_men_are_counted(agent: str) -> None:
    count, _ = sentence_fatalities(f"The raid came two days after {agent} killed at least 12 villagers in the area, "
                                   "a local official said.")
    assert count == 12


def test_deaths_by_armed_men_that_people_protested_are_not_counted() -> None:
    count, _ = sentence_fatalities("Residents demonstrated against insecurity in the town after armed men killed one "
                                   "guard and injured another.")
    assert count == 0


def test_a_commander_and_two_of_his_bodyguards_are_three_dead() -> None:
    count, _ = sentence_fatalities("A roadside bomb struck a vehicle carrying a local commander on 3 August, killing him "
                                   "and two of his bodyguards.")
    assert count == 3


@pytest.mark.parametrize(("text", "deaths"), [
    # two people told by name
    ("City councillor Ana Souza and her driver Pedro Lima were shot dead by gunmen.", 2),
    ("Reporter Tom Hale and Indigenous guide Joao Silva were shot dead by armed men on the river.", 2),
    # (not two forces or groups)
    ("Soldiers from the Malian Army and Wagner Group were killed.", 0),
    # one person told by name, burned to death
    ("A mob beat and burned to death Zimbabwean national John Moyo.", 1),
    # a middle group named by what it belongs to
    ("After hours of fighting, 30 militants, 10 members of the security forces and 5 civilians were killed.", 45),
    # the bomber counts
    ("A suicide bomber blew herself up in a market, killing 2 civilians in addition to herself.", 3),
    # the hurt are not dead
    ("Both bombers were killed and around 20 people were injured.", 2),
    # some of the dead told again
    ("Militants killed four farmers in the village; one of the victims was beheaded.", 4),
    # two groups, the last with some of it told between
    ("The military said four soldiers and 12 attackers, including the bomber, were killed in the fighting.", 16),
    ("Twelve people, including two children, were killed.", 12),
    # a pair with the attacker; a victim told by age and name
    ("A soldier and the attacker were killed; the group claimed responsibility.", 2),
    ("The navy opened fire on a boat, killing 19-year-old student Hayat Salem and injuring three others.", 1),
    # a body told with a gloss
    ("His body, bearing signs of torture, was found the next day.", 1),
])
def test_deaths_told_by_name_by_group_and_again(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize(("text", "deaths"), [
    # one person told by name between the blows and their end
    ("Party youths beat university student Karim Hossain to death in a dormitory.", 1),
    ("A crowd hacked lawyer Nasir Uddin Khan to death outside the court.", 1),
    # (not a place named between: no one told by name)
    ("Soldiers beat protesters in Freetown City to death.", 0),
    # one person told of before the end
    ("A mob beat a woman accused of being a 'night witch' (feiticeira) to death and burned her body.", 1),
    # a named person described with a possessive word, and one more told as kin
    ("Gunmen shot dead women's rights defender and teacher Ana Castro outside her home.", 1),
    ("A landmine exploded under a motorbike, killing farmer Juan Reyes and his cousin.", 2),
    # a span of time before the killing is no protest "over" it
    ("Troops went from village to village, shooting men over three days and killing hundreds of civilians.", 100),
    ("Students marched over the killing of two classmates.", 0),
    # an age is no count of the dead
    ("A mob dragged a man suspected of the abduction and murder of 6-year-old Lina out of his house and beat him to death.", 1),
])
def test_deaths_of_named_people_beaten_and_told_over_days(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize(("text", "deaths"), [
    # bodies long dead, sought or kept, are no deaths of the event
    ("Families urged officials to speed up the identification of hundreds of bodies held in morgues.", 0),
    ("The government promised the return of 30 bodies to their families.", 0),
    ("Police found 12 bodies in a mass grave near the village.", 12),
])
def test_bodies_sought_or_kept_are_not_the_events_dead(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize(("text", "deaths"), [
    # a couple is two people
    ("A guided bomb hit a house near the town, killing an elderly couple, prosecutors said.", 2),
    ("Gunmen killed a young couple and their son.", 3),
    ("The shelling killed a couple of soldiers.", 2),
])
def test_a_couple_killed_is_two(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize(("text", "deaths"), [
    # the count told before "them"
    ("Residents caught two men they accused of being gang members and beat them to death.", 2),
    ("Gunmen abducted three farmers near the village and killed them.", 3),
    # (not a year, nor animals)
    ("In 2020 residents caught suspected thieves and beat them to death.", 0),
    ("Raiders seized 40 goats and killed them.", 0),
])
def test_a_count_told_before_them_killed(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


@pytest.mark.parametrize("text", [
    "The rebels said they took the hill. They did not say whether anyone was killed.",
    "It was not clear if any soldiers were killed in the raid.",
])
def test_a_death_asked_about_is_no_death(text: str) -> None:
    assert sentence_fatalities(text)[0] == 0


def test_the_dead_told_by_what_they_were_doing_are_counted() -> None:
    text = "Nine soldiers and three militiamen fighting alongside the army were killed when rebels attacked the base."
    assert sentence_fatalities(text)[0] == 12


def test_the_same_figure_for_two_sides_is_two_groups_of_dead() -> None:
    assert sentence_fatalities("2 rebels were killed; 2 soldiers were killed.")[0] == 4


def test_another_death_of_the_same_count_is_one_more() -> None:
    assert sentence_fatalities("A boy died at the scene and another boy died in hospital.")[0] == 2


def test_the_same_figure_told_again_for_one_side_is_one_report() -> None:
    assert sentence_fatalities("Gunmen killed two soldiers; the two soldiers were killed near the gate.")[0] == 2


def test_people_hurt_and_then_killed_are_dead() -> None:
    assert sentence_fatalities("Four farmers were wounded and later died in hospital.")[0] == 4
    assert sentence_fatalities("Two traders were injured and killed by the gunmen.")[0] == 2


def test_people_hurt_beside_others_killed_count_only_the_dead() -> None:
    assert sentence_fatalities("Six villagers were injured and two were killed.")[0] == 2


def test_displaced_people_named_as_idps_are_counted() -> None:
    assert sentence_fatalities("Three IDPs were injured and killed when a shell hit the camp.")[0] == 3


def test_others_killed_along_with_past_a_phrase_of_where_count() -> None:
    assert sentence_fatalities("A ranger was killed in the raid, along with four others.")[0] == 5


def test_some_of_those_detained_found_dead_count() -> None:
    assert sentence_fatalities("Two of those detained were later found dead near the river.")[0] == 2


def test_a_count_with_one_more_named_after_it_counts_both() -> None:
    assert sentence_fatalities("Four Korean technicians and their local interpreter were killed when a bomb hit the bus.")[0] == 5


def test_more_dead_told_as_some_of_a_persons_companions_count() -> None:
    assert sentence_fatalities("An air strike near Raqqa killed a senior leader of the group and three of his bodyguards.")[0] == 4


def test_one_more_death_told_with_also_is_not_the_first_again() -> None:
    events = _coded("On 4 March 2024, gunmen shot dead the mayor of Tlalixcoyan (Veracruz) outside his home. "
                    "His driver was also killed.")
    assert [e.fatalities for e in events] == [2]


def test_one_person_named_by_their_nationality_counts() -> None:
    assert sentence_fatalities("Gunmen fired on a tour group in Herat, killing two German tourists and an Afghan.")[0] == 3


def test_some_of_a_toll_told_among_the_dead_are_not_more_dead() -> None:
    assert sentence_fatalities("One American and one Briton were among the dead.")[0] == 0
    assert sentence_fatalities("Two soldiers were among the dead.")[0] == 0


def test_an_aide_killed_with_a_commander_counts() -> None:
    assert sentence_fatalities("A drone strike on a car killed a senior commander of the group and his aide.")[0] == 2


def test_the_dead_a_source_buried_are_no_count() -> None:
    assert sentence_fatalities("Jets bombed the village at noon, a resident who helped bury the dead told reporters.")[0] == 0


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the people seized, counted before "them", past a comma
        ("A crowd captured two young men they accused of being gang lookouts, beat them to death with machetes.", 2),
        # the victim told after a second act done to the body
        ("A mob beat to death and set ablaze a man accused of stealing a phone.", 1),
        # (houses set ablaze are no dead)
        ("Gunmen killed and set ablaze three houses in the village.", 0),
    ],
)
def test_deaths_told_around_a_lynching(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths


def test_a_second_group_told_by_a_long_name_before_its_verb_counts() -> None:
    text = "Two militants and a paramilitary soldier of the Central Reserve Police Force were killed in the gunfight."
    assert sentence_fatalities(text)[0] == 3


def test_a_side_that_lost_fighters_lost_them_dead_and_its_claim_weighs_against_the_others() -> None:
    # the army's figure for the attackers' dead and the group's own lower one count the same dead: the lower stands,
    # and the soldiers only the group tells of add to it
    events = _coded("OUAGADOUGOU, March 5 (AFP) - Jihadists attacked an army post in Djibo in northern Burkina Faso on "
                    "Sunday, sparking hours of fighting. The army said 20 assailants were killed in the fighting. In a "
                    "statement on Monday, JNIM said it had lost three fighters and killed 12 soldiers. The attack is the "
                    "latest in a series of raids in the region.")
    assert [e.fatalities for e in events] == [15]


@pytest.mark.parametrize("text,want", [
    ("the militia lost 5 fighters in the battle", [5]),
    ("the army lost two of its soldiers", [2]),
    ("the rebels lost three vehicles and a depot", []),
    ("the unit lost contact with four soldiers", []),
])
def test_lost_people_are_deaths_lost_things_are_not(text: str, want: list) -> None:
    assert [m.count for m in find_fatalities(text)] == want


def test_a_source_told_by_its_role_after_the_count_is_no_more_dead() -> None:
    assert [m.count for m in find_fatalities("soldiers shot dead 10 people, a local youth leader said")] == [10]


def test_a_towns_gloss_with_an_article_is_no_first_group_of_the_dead() -> None:
    assert [m.count for m in find_fatalities("In Kisumu, an opposition stronghold, two men were shot dead")] == [2]
    assert [m.count for m in find_fatalities("A teenager and two men were killed in a landmine explosion")] == [3]


@pytest.mark.parametrize("text,dead", [
    ("Bandits killed one hundred and twelve villagers in Zurmi.", 112),
    ("Bandits killed two hundred villagers in Zurmi.", 200),
    ("Bandits killed a hundred and twelve villagers in Zurmi.", 112),
])
def test_hundreds_written_out_are_counted_whole(text: str, dead: int) -> None:
    assert sentence_fatalities(text)[0] == dead


def test_the_wounded_who_later_died_add_to_the_toll() -> None:
    assert sentence_fatalities("Militants attacked an army post, killing eight soldiers. Two of the wounded later died.")[0] == 10


@pytest.mark.parametrize("text,want", [
    ("It said the enemy had lost more than 500 men killed and wounded in the sector.", 0),
    ("The army said 30 militants were killed and wounded in the operation.", 0),
    ("At least 12 people were killed and 30 wounded.", 12),
    ("Gunmen killed two people and wounded five in the village.", 2),
])
def test_a_figure_of_the_dead_and_wounded_together_is_no_death_count(text: str, want: int) -> None:
    assert sentence_fatalities(text)[0] == want


def test_a_higher_toll_a_clause_ends_on_is_no_count_of_bodies() -> None:
    text = ("The U.N. said at least 70 people were killed, while a local official told reporters the toll could exceed 115 "
            "as more bodies were recovered.")
    assert sentence_fatalities(text)[0] == 70
    assert sentence_fatalities("Two more bodies were found on Monday.")[0] == 2


def test_the_year_of_a_date_told_before_bodies_is_no_count() -> None:
    text = "Prosecutors in Tijuana said on 3 March 2023 that four bodies had been left outside a warehouse."
    assert sentence_fatalities(text)[0] == 4


@pytest.mark.parametrize("text,want", [
    ("The ambush brought to 63 the number of gendarmes killed in the province this year.", 0),
    ("The raid took the number of villagers killed since the offensive began in June to more than 300.", 0),
    ("Gunmen shot dead three traders, bringing to 27 the number of people killed in the district this month.", 3),
])
def test_a_running_tally_is_no_count_of_the_acts_dead(text: str, want: int) -> None:
    assert sentence_fatalities(text)[0] == want


@pytest.mark.parametrize("text,want", [
    ("The toll later rose to 14.", 14),
    ("A hospital statement the following day raised the toll to nine dead.", 9),
])
def test_a_toll_raised_later_is_a_death_toll(text: str, want: int) -> None:
    [mention] = find_fatalities(text)
    assert (mention.count, mention.rule.startswith("death toll")) == (want, True)


def test_one_animal_killed_is_no_death() -> None:
    assert sentence_fatalities("A donkey was also killed.")[0] == 0
    assert sentence_fatalities("A herder was also killed.")[0] == 1


def test_a_sources_bare_figure_of_the_dead_is_a_rival_toll() -> None:
    text = "Residents said more than 60 people were killed, while the governor said at least 41 died."
    assert sentence_fatalities(text)[0] == 41


def test_the_enemy_counted_dead_are_dead() -> None:
    assert sentence_fatalities("The rebels said they had repelled the assault, claiming dozens of enemy killed.")[0] == 12


def test_two_groups_of_the_dead_the_first_told_with_of_the() -> None:
    assert sentence_fatalities("Eleven members of the security forces and 16 militants were killed.")[0] == 27


@pytest.mark.parametrize(("text", "deaths"), [
    # the attackers' crowd is no count of the dead
    ("Hundreds of armed bandits killed at least 40 villagers in the raids.", 40),
    ("Dozens of gunmen killed more than 7 farmers near the river.", 7),
    # the dead of the fighting a town was taken in
    ("Troops retook the town from the rebels after fighting that killed at least 9 fighters.", 9),
    ("Students marched in the capital after clashes that killed 4 people last month.", 0),
    # kin killed, one by one
    ("A gunman threw a grenade into the house, killing his nephew.", 1),
    ("Gunmen shot dead a farmer, his wife and their two-year-old baby.", 3),
    # an execution by hanging (not an effigy, nor a suicide)
    ("The authorities hanged two political prisoners at dawn.", 2),
    ("Protesters hanged an effigy of the governor.", 0),
    # the dead told by whose staff they were
    ("Three employees of the French embassy in Bamako were killed in the blast.", 3),
    # an unborn child is no death counted
    ("Soldiers shot dead a pregnant woman and her unborn baby.", 1),
    # a death denied adds no death
    ("Four soldiers and two rebels were killed. A rebel spokesman denied that any of its fighters had died.", 6),
    # organisations are no bodies of the dead
    ("Traders blocked the market road, and the council and the water board (both public bodies) halted the works.", 0),
    ("Villagers found two bodies near the river on Monday.", 2),
    # a killing told in the present, or after a first act
    ("Two are attacked and killed with machetes in the village at night.", 2),
    ("A police corporal of the district station was beaten and stabbed to death by four unknown men.", 1),
    # mourners may be the killers; a list of kin ends on a bare kin word
    ("Mourners killed a man, his son and nephew at the burial.", 3),
    ("Gunmen killed a teacher and son of the chief.", 1),
    # a death from cold or illness is no death by violence
    ("Troops and rebels fought near the camp, and a baby died from exposure to the cold.", 0),
    # beheading told as a gerund
    ("Insurgents raided the fishing village, beheading two fishermen.", 2),
    ("Militants attacked the village, decapitating three farmers.", 3),
    # an uncounted number of dead is a few, whatever the adjective
    ("Drones struck the camp, killing an undetermined number of fighters.", 3),
    ("Troops repelled the raid, killing an undisclosed number of attackers.", 3),
])
def test_more_counts(text: str, deaths: int) -> None:
    assert sentence_fatalities(text)[0] == deaths
