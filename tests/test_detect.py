"""Event detection: triggers, and the cues that rule them out."""

from __future__ import annotations

import pytest

from dataset.coder.detect import detect
from dataset.coder.segment import segment


def _subs(text: str, brief: bool = True) -> list[str]:
    return [t.sub_event_type for s in segment(text) for t in detect(s, None, brief).triggers]


@pytest.mark.parametrize(
    "text",
    [
        # the month May is no hypothetical "may"
        "Health workers sacked after irregular hiring in May reportedly staged a protest.",
        # a negation far back, in a relative clause, does not negate the main verb
        "Over 100 farmers who did not take compensation for their confiscated lands demonstrated against the mine.",
        # "tried to stop the police and was shot": the shooting happened
        "A man tried to stop the police and was shot; he died from his injuries.",
        # present tense, as in briefs
        "Unidentified gunmen shoot and kill an area chief in Kiambu.",
    ],
)
def test_real_events_are_detected(text: str) -> None:
    assert _subs(text), text


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed.",
        "The group threatened to attack the town.",
        "Protesters may march on the capital.",
        "Some speculated that he was assassinated by the AA.",
        "The Arakan Army released two abducted police officers.",
        # the intent is told inside the trigger's own words, between the doers and their act
        "Traders in Mopti have vowed to block the main highway to Sevare next week if the tax stays.",
    ],
)
def test_negated_and_hypothetical_triggers_are_dropped(text: str) -> None:
    assert not _subs(text, brief=False), text


def test_protesters_blocked_by_police_is_an_intervention() -> None:
    assert "Protest with intervention" in _subs(
        "Protesters from Bago marching over the lack of rule of law were blocked by police from protesting.")
    assert "Protest with intervention" in _subs(
        "About 50 members protested in front of the court. The police detained one leading member of the protest.")
    assert "Protest with intervention" in _subs(
        "Protesters attempting to march to the capital were prevented from marching by the police.")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 20 May 2018, security was tightened at the entrance of the town.", "Change to group/activity"),
        ("On 2 January 2020, the government imposed a ban on motorbikes in several communes.",
         "Change to group/activity"),
        ("On 6 May 2020, more than 100 villagers fled their village to the town.", "Other"),
    ],
)
def test_security_measures_and_displacement_in_a_note(text: str, sub: str) -> None:
    assert sub in _subs(text, brief=True)


def test_security_measures_said_by_an_official_are_a_statement() -> None:
    assert not _subs("He said security had been stepped up in Garissa and Wajir counties.", brief=True)


def test_what_a_protest_is_about_is_no_event() -> None:
    assert _subs("About 400 people joined a protest to demand justice for a child who was raped at the school.") \
        == ["Peaceful protest", "Peaceful protest"]
    # a new clause is a new act
    assert "@violence" in _subs("Protesters marched against the election results and police shot two people dead.")
    # what was protested, told as its object, and a noun joined with "and" stay the topic (a mob's killing
    # told there is no mob violence of the protest)
    assert _subs("Students protested the killing of a student and another man by a mob on 7 Oct.") == ["Peaceful protest"]
    # the protest's own passive verb after its topic is its own act
    assert "@violence" in _subs("Students demonstrating for road safety in Dhaka were attacked by ruling party activists.")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A time bomb struck an army convoy near the village.", "Remote explosive/landmine/IED"),
        ("On 20 September 2017, a blast occurred near Tanseik village.", "Remote explosive/landmine/IED"),
        ("Army troops fired light weapons towards rebel positions on 18 July.", "@violence"),
        ("A man died from injuries he received while in military detention.", "@violence"),
        ("Unknown gunmen stripped residents of their belongings at the mining site.", "Looting/property destruction"),
        ("Police safely disposed of the device.", "Disrupted weapons use"),
        ("Tea farmers gathered at the factory, demanding that a satellite factory be built.", "Peaceful protest"),
    ],
)
def test_more_ways_news_reports_events(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Pokot raiders attack and kill a crossing guard in Liter village.", "@violence"),
        ("A police corporal was stabbed by unknown people in front of his house.", "@violence"),
        ("Militants attempted to assassinate a man in the village.", "@violence"),
        ("A civilian was injured in a stabbing by army troops.", "@violence"),
        ("KIA forces fired RPGs and other weapons at army positions.", "@violence"),
        ("Unknown gunmen seized hundreds of ruminants in the village.", "Looting/property destruction"),
        ("Militants extorted a merchant in the area.", "Looting/property destruction"),
        ("The military fired around the village with two helicopters.", "Air/drone strike"),
        ("An explosive set by an unknown armed group went off at the office.", "Remote explosive/landmine/IED"),
        ("Heavy weapons were fired 8 times near the town.", "Shelling/artillery/missile attack"),
        ("A prayer event to stop the civil war was held by women and youth groups.", "Peaceful protest"),
        ("Students go on a 'rampage' demanding the removal of the principal.", "Violent demonstration"),
    ],
)
def test_yet_more_ways_news_reports_events(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Five men were allegedly shot by police officers.", "@violence"),
        ("A villager died of gunshot wounds.", "@violence"),
        ("Two people were wounded in a 'botched raid' at Mata Bofu.", "@violence"),
        ("Police officers were injured after their vehicle ran over a homemade bomb.", "Remote explosive/landmine/IED"),
        ("A series of small blasts went off at an immigration office.", "Remote explosive/landmine/IED"),
        ("A man was injured in a blast outside a festival.", "Remote explosive/landmine/IED"),
        ("More than 30 people have been held captive inside a monastery by soldiers.", "Abduction/forced disappearance"),
        ("The army razed 9 structures in the village.", "Looting/property destruction"),
        ("Militants seized solar panels from the medical centre.", "Looting/property destruction"),
    ],
)
def test_and_more_ways(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


def test_the_month_march_is_no_march() -> None:
    assert "Peaceful protest" not in _subs("From 5 March to 9 March 2019, fighting continued in the township.")
    assert "Peaceful protest" not in _subs("The group held on 5 March a meeting.")
    assert "Peaceful protest" in _subs("Thousands marched to parliament on 5 March.")


def test_herders_and_ethnic_militias_are_communal_militias() -> None:
    from datetime import date

    from dataset.coder.actors import find_actors

    found = find_actors("ethnic militiamen killed two herders", country="Kenya", event_date=date(2020, 1, 1))
    assert [(m.name, m.inter) for m in found][0] == ("Unidentified Communal Militia (Kenya)", 4)


def test_protest_grievances_and_violent_crowds() -> None:
    # the destruction a protest is about is not the protesters'
    assert "Violent demonstration" not in _subs(
        "Over 500 residents demonstrated demanding compensation for the plantation destroyed by the flooding.")
    # a violent crowd dispersed by police is a violent demonstration
    assert "Violent demonstration" in _subs("Police lobbed tear gas to disperse violent residents who were protesting.")
    assert "Violent demonstration" in _subs("Matatu operators blocked sections of Moi Avenue in protest.")
    # "devoid of running battles": negated
    assert "Violent demonstration" not in _subs(
        "The peaceful celebrations were devoid of police presence and running battles.")


def test_displacement_caused_by_fighting_is_told_as_displacement() -> None:
    from datetime import date

    from dataset.coder import extract
    from dataset.model import Article

    text = ("On 18 November 2017, in Paletwa Township, Chin State, around 1,300 villagers fled to Mizoram "
            "due to on-going fighting between the Arakan Army and the Myanmar army.")
    events = extract(Article(id="t", text=text, published=date(2017, 11, 18), country="Myanmar"))
    assert "Other" in {e.sub_event_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Handege shopping centre in Gatundu South, protested and blocked the Gatundu-Karinga road.",
        "Students took to the streets to protest land grabbing. Reports of property destruction from the protesters.",
        "A police officer was hit by a stone thrown by protesting youths.",
        "Police guard the gate following violent unrest from the students.",
        "Villagers staged a protest against the mine. Some people broke through police barriers.",
        "A man demonstrating alone was assaulted by other demonstrators.",
    ],
)
def test_violence_by_demonstrators(text: str) -> None:
    assert "Violent demonstration" in _subs(text), _subs(text)


def test_military_strikes_and_marches_are_no_protests() -> None:
    assert _subs("The military launched aerial strikes using two helicopters on the mountains.") == ["Air/drone strike"]
    assert "Peaceful protest" not in _subs("Army columns marched into the area controlled by the KIA.")
    assert "Peaceful protest" in _subs("Workers staged a strike over pay.")


def test_small_arms_rounds_are_no_shelling_and_explosive_attacks_are_remote() -> None:
    assert "Shelling/artillery/missile attack" not in _subs("The army fired machine gun rounds at KIA positions.")
    assert "Remote explosive/landmine/IED" in _subs("Police were targeted with an explosive by militants.")
    assert "Remote explosive/landmine/IED" in _subs("A convoy was targeted in a massive roadside explosion.")


def test_houses_burned_down_are_property_destruction() -> None:
    subs = _subs("On 17 January, army troops burned down 3 houses in the village.")
    assert subs and subs[0] == "Looting/property destruction", subs
    assert "@violence" in _subs("Two men were burned to death by a mob.")


@pytest.mark.parametrize(
    "text",
    [
        "More than 200 villagers walked from Sa Lu Chaung village through three villages to demand justice.",
        "Staff gathered at a court hearing in support of the factory manager.",
        "More than 600 workers have been on strike in front of the factory.",
        "Protesters outside the Supreme Court waved placards against the Chief Justice.",
        "In solidarity, the residents thronged the streets asking the Government to free him.",
        "Garment workers staged a sit-down strike at the factory gate.",
        "Around 50 activists marched and distributed stickers.",
    ],
)
def test_more_ways_of_protesting(text: str) -> None:
    assert "Peaceful protest" in _subs(text), _subs(text)


def test_a_bounded_range_is_when_an_event_went_on_not_a_summary() -> None:
    from datetime import date

    from dataset.coder import extract
    from dataset.model import Article

    text = ("From 14 to 30 January 2020, in Hlaingthayar Township, in Yangon Region, about 300 workers staged a "
            "sit-in protest in front of the factory. The workers also blockaded the technicians. The dispute was "
            "not settled. Thus, the workers decided to continue their protest. Many more joined the sit-in, the "
            "union said.")
    events = extract(Article(id="t", text=text, published=date(2020, 1, 31), country="Myanmar"))
    assert "Peaceful protest" in {e.sub_event_type for e in events}


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("About 1,000 soldiers of military brigade no.77 arrived at the township.", "Change to group/activity"),
        ("The military took position at Yaw Chaung bridge and monitored the villagers.", "Change to group/activity"),
        ("The army and the border police have been conducting joint patrols in the district.", "Change to group/activity"),
        ("The army restricted humanitarian aid and suspended programs.", "Change to group/activity"),
        ("The army ordered villagers living on the border to leave.", "Change to group/activity"),
        ("Militants gave an ultimatum, prompting 200 households comprising 1500 people to leave.", "Other"),
        ("Al Shabaab militants entered Mandera and hijacked two pick-up trucks.", "Looting/property destruction"),
    ],
)
def test_strategic_developments_in_notes(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A police vehicle was hit by an explosion in Kotulo ward.", "Remote explosive/landmine/IED"),
        ("An Al Shabaab RCIED detonated targeting a convoy.", "Remote explosive/landmine/IED"),
        ("Police found the bodies of four men in a vehicle.", "@violence"),
        ("A number of weapons were recovered at the camp.", "Disrupted weapons use"),
        ("In Migori, NASA demonstrators throw stones at police.", "Violent demonstration"),
        ("Villagers gathered at a farm, armed with sticks and rungus, and demanded that workers leave.",
         "Violent demonstration"),
        ("A group of nationalists picketed outside the US Embassy.", "Peaceful protest"),
        ("Around 50 workers from the SSA NO-1 Jelly Factory protested in front of the factory.", "Peaceful protest"),
    ],
)
def test_last_ways_of_reporting(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A peace walk was organized by the public demanding to stop the civil war.", "Peaceful protest"),
        ("Hospital workers demonstrate in Machakos town against a poor working environment.", "Peaceful protest"),
        ("An armed group set a 12-wheeler truck on fire.", "Looting/property destruction"),
        ("Unknown gunmen seized an ambulance near the village.", "Looting/property destruction"),
        ("TNLA members came to a village and demanded the villagers to give them rice.", "Looting/property destruction"),
        ("Soldiers began firing gunshots at a military camp.", "@violence"),
        ("An unknown armed group shot civilians while they were collecting firewood.", "@violence"),
        ("More than 100 heavily armed insurgents took over the area.", "Non-state actor overtakes territory"),
        ("Security forces kill a suspected al Shabaab member in Kwale.", "@violence"),
    ],
)
def test_final_ways_of_reporting(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Two children and a woman were injured by an explosion in the village.", "Remote explosive/landmine/IED"),
        ("The army launched three separate bombing raids on rebel posts.", "Air/drone strike"),
        ("The military bombed the village with fighter jets.", "Air/drone strike"),
        ("Troops fired explosives from the air over the village.", "Air/drone strike"),
        ("MINUSMA handed over its base in Ber (Timbuktu) to the Malian armed forces.", "Non-violent transfer of territory"),
        ("Ukrainian troops entered Kherson city after Russian forces withdrew across the river.", "Non-violent transfer of territory"),
        ("Rebels entered Homs on Saturday, announcing the fall of the city, after government troops pulled out overnight.",
         "Non-violent transfer of territory"),
        ("Another strike targeted a civil defence centre in Tyre, killing two rescuers.", "Air/drone strike"),
        ("Police raided a compound in Bannu, arresting four suspected TTP militants.", "Arrests"),
        ("Rebel soldiers attempted a coup, bombing the parliament building from the air.", "Air/drone strike"),
        ("Rebels fired RPGs into the village.", "Shelling/artillery/missile attack"),
        ("Soldiers surrounded the village, killing at least four civilians.", "@violence"),
        ("A girl was hit and injured by a stray bullet fired from the hill.", "@violence"),
        ("A police officer attempts to assassinate an election officer in Eldoret.", "@violence"),
        ("Community members stoned two police officers in the village.", "Mob violence"),
        ("Villagers set alight four suspected gang members.", "Mob violence"),
        ("Villagers set on fire 7 houses belonging to a suspect.", "Looting/property destruction"),
        ("Hundreds of supporters poured to the streets over the frozen accounts.", "Peaceful protest"),
        ("Opposition supporters held their anti-IEBC demos peacefully in Mombasa.", "Peaceful protest"),
        ("Opposition supporters marched to the offices and handed a petition to the officer.", "Peaceful protest"),
    ],
)
def test_ways_of_reporting_found_missing(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


def test_a_meeting_at_a_democratic_party_base_is_no_demo() -> None:
    assert "Peaceful protest" not in _subs("The two groups reached the agreement during the meeting held at the "
                                           "Democratic Karen Benevolent Army base.")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The army bombarded KIA positions using an attack helicopter and a fighter jet.", "Air/drone strike"),
        ("The military fired around the village with two Russian-made MI 35 helicopters.", "Air/drone strike"),
        ("Militants launched a barrage of Grad rockets targeting the airport.", "Shelling/artillery/missile attack"),
        ("A bomb left from previous fighting blasted and injured six children.", "Remote explosive/landmine/IED"),
        ("Their vehicle ran through an explosive device near the border.", "Remote explosive/landmine/IED"),
        ("Soldiers stepped on mines planted by the KIA.", "Remote explosive/landmine/IED"),
        ("The army forced two villagers to be guides.", "Abduction/forced disappearance"),
        ("Raiders kill one person during a peace meeting.", "@violence"),
        ("The alliance launched an attack for 30 minutes against an army position.", "@violence"),
        ("Soldiers fired warning shots that killed two herders.", "@violence"),
        ("The army pursued militants near Tamou, killing three militants.", "@violence"),
    ],
)
def test_ways_of_reporting_found_missing_again(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The TNLA forced 7 villagers from Nam Gut and Ying Ngaw village to serve as guides and porters.",
         "Abduction/forced disappearance"),
        ("The Myanmar military bombed nearby areas of the village.", "Air/drone strike"),
        ("Two villagers were injured by a handmade explosive while fishing.", "Remote explosive/landmine/IED"),
        ("A villager stepped on unexploded ordnance and was injured.", "Remote explosive/landmine/IED"),
        ("A police officer died after being shot by another police officer.", "@violence"),
        ("Battles continue between KIA troops and army troops.", "Armed clash"),
        ("Farmers occupied a site in central Mandalay to demand justice.", "Peaceful protest"),
        ("Protesters mounted banners along major highways in Nairobi to demand an end to corruption.", "Peaceful protest"),
        ("Suspected herders burn down a tourist lodge.", "Looting/property destruction"),
        ("Militants entered the village and emptied the cereal bank.", "Looting/property destruction"),
        ("There were reports of a small bomb going off near the office.", "Remote explosive/landmine/IED"),
    ],
)
def test_yet_more_missing_ways(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Employees of a waste disposal service dump garbage along a road in protest of unpaid salaries.",
         "Violent demonstration"),
        ("Motorbike taxis blockaded a road in Nairobi to protest the killing of a driver.", "Violent demonstration"),
        ("The demonstration led to destruction of property.", "Violent demonstration"),
        ("Students went on the rampage on Tuesday night.", "Violent demonstration"),
    ],
)
def test_destructive_protest_acts(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


def test_a_protest_against_dumping_is_no_dumping() -> None:
    assert "Violent demonstration" not in _subs("Protesters gathered to call for a halt to the continued dumping of "
                                                "waste soil by mining companies.")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The military fired at the mountain ranges east of the village using two helicopters.", "Air/drone strike"),
        ("The military attacked the area near the village using two MI35 helicopters.", "Air/drone strike"),
        ("A shell exploded and killed a young man while he was trying to throw it away.",
         "Remote explosive/landmine/IED"),
        ("A boy picked up an unexploded ordinance near the village.", "Remote explosive/landmine/IED"),
    ],
)
def test_aircraft_used_and_old_shells(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("TNLA troops captured a Myanmar army soldier in Manton township.", "Abduction/forced disappearance"),
        ("The military arrived at the village and took 6 villagers to be guides.", "Abduction/forced disappearance"),
        ("Chaos erupted at the polling station when officials used exercise books as ballot papers.", "Mob violence"),
        ("A member of the GSU is non-fatally shot by bandits.", "@violence"),
        ("Soldiers threw a two-year-old girl in the fire.", "@violence"),
        ("Militants were driven out by the officers of the border patrol unit.", "@violence"),
        ("Youths supporting the president disrupted the press briefing of the MP.", "Violent demonstration"),
    ],
)
def test_captures_chaos_and_disruptions(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


def test_people_gone_missing_are_told_only_in_a_note() -> None:
    assert "Abduction/forced disappearance" in _subs("A couple who travelled by boat went missing.", brief=True)
    assert "Abduction/forced disappearance" not in _subs("Names were missing from the ballot papers.", brief=True)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Members of the Maasai community blocked the Mai Mahiu-Narok road near Suswa.", "Violent demonstration"),
        ("GSU police battle protesters on the 12th.", "Violent demonstration"),
        ("Voters stampeded at a polling station in Donholm.", "Violent demonstration"),
        ("Voters at Kuresoi chased the local MP from the polling station.", "Violent demonstration"),
        ("ODM youths forced their way into the hall during the primaries.", "Violent demonstration"),
        ("Youths destroy ballot boxes and papers at the polling centre.", "Violent demonstration"),
        ("Kofi Annan was met by hundreds of protesters upon his arrival.", "Peaceful protest"),
        ("Thousands of garment workers from the factory demanded the company stop the dismissals.", "Peaceful protest"),
        ("A sticker campaign was launched at the college to oppose the decision.", "Peaceful protest"),
    ],
)
def test_more_crowd_acts(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Hostel windows were broken by demonstrators.", "Violent demonstration"),
        ("Police used tear gas to disperse the protest when it had become 'rowdy'.", "Violent demonstration"),
        ("There were reports of looting and robbery during the protests.", "Violent demonstration"),
        ("The funeral was disrupted by a group of mourners.", "Violent demonstration"),
    ],
)
def test_protests_that_turned_destructive(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


def test_batons_wielded_by_attackers_are_no_police_intervention() -> None:
    assert "Protest with intervention" not in _subs("She was ambushed and beaten by 30 men wielding batons and machetes.")
    assert "Protest with intervention" in _subs("Police used batons to disperse the protesters.")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Matatu crew blocked the busy Kisumu-Luanda-Busia highway to protest harassment.", "Violent demonstration"),
        ("The protests were marred by violence on both sides.", "Violent demonstration"),
        ("Students protesting against their principal burn their dorm.", "Violent demonstration"),
    ],
)
def test_protests_marred_by_violence(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Fighting flared again between the army and the rebels near the river.", "Armed clash"),
        ("There was an encounter between government troops and the insurgents on Sunday.", "Armed clash"),
        ("Gunmen entered the reporter's house, taking his phone before shooting him dead.", "@violence"),
        ("Soldiers fired several MG-42 rounds on the junction.", "@violence"),
        ("A man threw a petrol bomb into the compound of the party office.", "@violence"),
        ("The rebels forcibly conscripted twenty villagers.", "Abduction/forced disappearance"),
        ("A corporal molested a young girl in the village.", "Sexual violence"),
        ("Several explosions occurred in the market ward.", "Remote explosive/landmine/IED"),
        ("The battalion completed the construction of a new base in the valley.", "Headquarters or base established"),
        ("Conservationists participated in a march for wildlife on Saturday.", "Peaceful protest"),
    ],
)
def test_still_more_ways_news_reports_events(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


@pytest.mark.parametrize(
    "text",
    [
        # "No" before a unit number is no negation
        "Members of the Special Police Unit No 12 opened fire on the miners.",
        # the negation governs another verb
        "Drivers not affiliated with the association clashed with its members in town.",
        # a thwarted attack, then a killing joined by "and"
        "Police thwarted an attack and killed a wanted militant in the port town.",
    ],
)
def test_negations_that_govern_other_words(text: str) -> None:
    assert _subs(text, brief=False), text


def test_a_thwarted_attack_alone_is_no_event() -> None:
    assert not _subs("Police thwarted an attack on the base.", brief=False)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A truce was signed between the two clans to end reprisal raids.", "Agreement"),
        ("The two armed groups verbally agreed to stop fighting.", "Agreement"),
        ("The rebels gave up their arms at the army post.", "Change to group/activity"),
        ("The army allegedly provided local villagers with swords and guns.", "Change to group/activity"),
        ("Heavily armed police deployed to the disputed island.", "Change to group/activity"),
        ("A combined force of soldiers, police and immigration officials arrived at the village.",
         "Change to group/activity"),
        ("Six army helicopters landed in the town, delivering more soldiers.", "Change to group/activity"),
        ("The army extended its unilateral ceasefire for two months.", "Change to group/activity"),
        ("The government designated the group as a 'terrorist' organisation.", "Other"),
        ("The battalion seized 300 acres of farmland from villagers.", "Looting/property destruction"),
        ("The militia forced villagers to provide bamboo poles for its camp.", "Looting/property destruction"),
        ("Police seized 9,500 bullets on a bus bound for the border.", "Disrupted weapons use"),
    ],
)
def test_strategic_developments_told_in_briefs(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


def test_armed_men_are_no_arming_of_civilians() -> None:
    assert "Change to group/activity" not in _subs("Armed men with machetes attacked the village.")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Troops arrived at the village and fired 19 shots in the village.", "@violence"),
        ("The fighters hit him and two other villagers for not informing them.", "@violence"),
        ("Five people were reportedly injured by police during the curfew.", "@violence"),
        ("Soldiers used a villager as a guide and destroyed his motorcycle.", "Abduction/forced disappearance"),
        ("Four detainees were made to perform forced labour near the front.", "Abduction/forced disappearance"),
    ],
)
def test_violence_against_people_told_plainly(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


def test_shots_in_the_air_are_no_attack() -> None:
    assert "@violence" not in _subs("Police fired shots in the air to disperse the crowd.")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A boy was injured by a shell on his way to town.", "Shelling/artillery/missile attack"),
        ("The army encountered a group of rebel soldiers near the temple.", "Armed clash"),
        ("Conflict broke out between the miners and company guards.", "Armed clash"),
        ("The body of an unidentified man with several stab wounds was discovered.", "@violence"),
        ("A civilian died after being interrogated by soldiers.", "@violence"),
        ("Soldiers forced three villagers to leave their fields and transport military goods.",
         "Abduction/forced disappearance"),
        ("The group was accused of arresting and detaining 25 villagers.", "Arrests"),
        ("Police fired shots in the air to quell chaos that erupted after the results.", "Mob violence"),
        ("Merchants closed their shops and began observing a 48-hour strike.", "Peaceful protest"),
        ("Villagers held a ceremony urging the government to cancel the dam.", "Peaceful protest"),
        ("Activists gathered to raise awareness about the peace process.", "Peaceful protest"),
        ("About 500 troops were sent to the camp area near the border.", "Change to group/activity"),
        ("The army deployed over 100 military convoys to the area.", "Change to group/activity"),
        ("A new armed movement named the Patriotic Front was founded near the border.", "Change to group/activity"),
        ("The militia forced villagers to relocate to nearby villages.", "Other"),
    ],
)
def test_ways_briefs_tell_events(text: str, sub: str) -> None:
    assert sub in _subs(text), _subs(text)


def test_not_clear_and_not_possible_govern_their_own_words() -> None:
    assert _subs("It is not clear who killed the chief.", brief=False)
    assert _subs("Counting was not possible because chaos erupted at the centre.", brief=False)


def test_regained_consciousness_is_no_territory() -> None:
    assert "Government regains territory" not in _subs("The farmer later regained consciousness in hospital.")


@pytest.mark.parametrize(
    "text", ["NASA protesters light fires in Makindu.", "The protest became violent the following day."])
def test_protests_that_turn_violent(text: str) -> None:
    assert "Violent demonstration" in _subs(text), _subs(text)


def test_devices_defused_or_found_are_disrupted_and_a_blast_told_with_them_is_the_event() -> None:
    assert _subs("Security forces spotted two IEDs on the road and dismantled them.")[0] == "Disrupted weapons use"
    assert _subs("A bomb disposal squad successfully defused an IED near the town.")[0] == "Disrupted weapons use"
    assert _subs("A convoy was targeted by an IED, and three more IEDs were discovered.") == [
        "Remote explosive/landmine/IED"]


def test_an_exchange_of_artillery_fire_is_a_clash() -> None:
    assert "Armed clash" in _subs("An exchange of artillery fire was heard near the town for half an hour.")


def test_broken_limbs_are_violence() -> None:
    assert "@violence" in _subs("Police officers allegedly broke the limbs of civilians while enforcing the curfew.")


def test_what_a_protest_decries_and_police_opening_fire_on_protesters() -> None:
    assert "Sexual violence" not in _subs("Residents staged a protest regarding the case, calling on the authorities "
                                          "to punish the perpetrator and to eliminate child rape.")
    assert "Excessive force against protesters" in _subs(
        "Police open fire on 'mostly peaceful' opposition protesters, killing five.")
    assert "Excessive force against protesters" in _subs("Security forces fired on demonstrators in Moundou.")
    assert "Excessive force against protesters" not in _subs("Police fired tear gas at protesters in Moundou.")
    # a ceasefire one side declares or extends is a change to its activity; one agreed is an agreement
    assert "Change to group/activity" in _subs("The alliance extended its unilateral ceasefire to the end of the year.")
    assert "Agreement" in _subs("The two sides signed a ceasefire agreement in Doha.")
    assert _subs("Boda boda drivers blocked the traffic in Kericho town to demand the resignation of the MCA.")
    # a general strike is a protest
    assert "Peaceful protest" in _subs("A general strike called by unions paralysed Lagos on Monday.")
    # a blockade or a sit-in is a protest: clearing it is an intervention
    assert "Protest with intervention" in _subs("Riot police cleared a blockade near Tunja and arrested 14 people.")


def test_a_stray_shell_is_shelling_and_a_leftover_one_a_blast() -> None:
    assert "Shelling/artillery/missile attack" in _subs("Two boys were injured when a stray mortar shell exploded.")
    assert "Shelling/artillery/missile attack" in _subs("A shell landed in the village.")
    assert "Shelling/artillery/missile attack" in _subs("Seventeen civilians were killed when a shell hit a market.")
    assert "Remote explosive/landmine/IED" in _subs("A leftover artillery shell exploded and injured a villager.")


def test_what_a_victim_is_accused_of_is_no_event_but_an_allegation_against_the_actor_is() -> None:
    assert "Sexual violence" not in _subs("Community members killed a man accused of rape in Matondoni village.")
    assert "Sexual violence" not in _subs("A mob killed a man who had allegedly confessed to having defiled a child.")
    assert "Abduction/forced disappearance" in _subs("TNLA soldiers were accused of abducting a man from the village.")
    assert "@violence" in _subs("A woman was dragged behind a motorcycle by policemen in Olenguruone.")


def test_an_offensive_and_killing_a_guard_are_violence() -> None:
    assert "Armed clash" in _subs("The Myanmar military launched an offensive targeting the AA at a mountain range.")
    assert "@violence" in _subs("An armed gang robbed a petrol station in Mandera town, killing a security guard.")


def test_marching_peacefully_is_a_protest() -> None:
    assert "Peaceful protest" in _subs("In Bogota, thousands marched peacefully to the Plaza de Bolivar on Wednesday.")


def test_a_report_labelled_a_detonation_keeps_its_label_over_the_blast_it_tells() -> None:
    s = segment("Detonation: an explosive thrown from a moving car hit the perimeter wall of a church in Mandera.")[0]
    assert detect(s, brief=True).triggers[0].sub_event_type == "Disrupted weapons use"


def test_a_quote_closed_in_the_next_sentence_is_still_a_quote() -> None:
    from dataset.coder.detect import quoted_spans

    second = 'The terrorists carted away weapons and set two of our vehicles on fire," said one military officer.'
    assert quoted_spans(second)[0] == (0, second.index('"') + 1)
    first = '"We lost seven of our men and several others were wounded.'
    assert quoted_spans(first) == [(0, len(first))]
    # paired quotes stay paired
    assert quoted_spans('He said "they fled" and left.') == [(8, 19)]


def test_an_act_named_by_a_noun_still_to_come_is_no_event() -> None:
    text = "Organisers said similar marches would be held in Zinder and Maradi next week."
    assert _subs(text, brief=False) == []
    assert _subs("A rally planned for Friday in the capital was banned.", brief=False) == []
    assert _subs("Thousands of people marched in Zinder on Saturday.", brief=False) == ["Peaceful protest"]


def test_a_raid_that_detains_without_firing_a_shot_is_an_arrest() -> None:
    text = ("Soldiers detained the man in a pre-dawn raid on a house in the Las Quintas neighbourhood without firing "
            "a shot, the Defence Department said.")
    assert _subs(text, brief=False) == ["Arrests"]
    text = "Police arrested 25 people, including two women, in raids across the town on Monday, an officer said."
    assert _subs(text, brief=False) == ["Arrests"]


def test_taken_from_home_by_men_is_an_abduction() -> None:
    text = ("On Sunday night, the activist was taken from his home in Kitengela by men who identified themselves as "
            "police officers, his family said.")
    assert "Abduction/forced disappearance" in _subs(text, brief=False)
    assert "Abduction/forced disappearance" in _subs("She was bundled into an unmarked car by unidentified men.", False)


def test_a_drone_that_killed_is_a_drone_strike() -> None:
    # (the strike first: its sub-event type ranks above the killing's)
    assert _subs("Army drone killed at least 20 wedding guests in Mopti region")[0] == "Air/drone strike"


def test_a_strike_a_military_conducted_is_an_air_strike() -> None:
    assert _subs("AFRICOM confirmed that a strike it conducted on Jan. 19 near Kunyo Barrow had killed two fighters.",
                 False)[0] == "Air/drone strike"
    assert _subs("The strike was conducted at the request of the federal government.", False) == ["Air/drone strike"]
    # (a labour strike is staged or called, not conducted)
    assert "Air/drone strike" not in _subs("Teachers staged a strike in Nairobi on Monday.", False)


def test_an_act_with_its_day_then_the_latest_of_a_series_is_an_event() -> None:
    text = ("The U.S. military said it had carried out an air strike against al Shabaab near Jilib on Tuesday, killing "
            "three fighters, the latest in a string of strikes supporting the government's offensive.")
    assert _subs(text, False)[0] == "Air/drone strike"
    # (with no day of its own, the series is a summary)
    assert _subs("The attack was the latest in a string of strikes on the town.", False) == []


def test_deaths_over_a_span_of_years_are_a_summary() -> None:
    text = "The conflict killed more than 450,000 people between 1985 and 2018, according to the truth commission."
    assert _subs(text, False) == []


def test_a_place_known_for_attacks_over_years_is_no_attack() -> None:
    text = ("Tillaberi lies at the heart of the three borders area and has been a hotspot for attacks by groups linked "
            "to al Qaeda and Islamic State for nearly a decade.")
    assert _subs(text, False) == []
    assert _subs("Kidal has long been a hotspot for kidnappings of foreigners.", False) == []
    assert _subs("The region is the epicentre of clashes between herders and farmers.", False) == []
    assert _subs("Gunmen have attacked the village for more than a decade.", False) == []


def test_a_trend_of_attacks_and_acts_that_continued_are_no_act() -> None:
    assert _subs("Militant attacks in Pakistan rose sharply in the first half of the year, with Khyber Pakhtunkhwa "
                 "province the worst affected.", False) == []
    assert _subs("The president said the insurgents had been weakened but acknowledged that small groups continued to "
                 "attack villages.", False) == []


def test_explosives_hidden_on_the_body_are_a_suicide_bomb() -> None:
    text = "A woman detonated explosives hidden under her hijab as traders were packing up their stalls."
    assert _subs(text, False)[0] == "Suicide bomb"


def test_deaths_over_a_period_before_an_election_and_protests_in_several_cities_are_summaries() -> None:
    text = "Dozens of people were killed in militant attacks in the month before the election, a think tank said."
    assert _subs(text, False) == []
    text = "Supporters of the former prime minister protested alleged rigging in several cities."
    assert _subs(text, False) == []
    # (the cities told one by one are events)
    assert _subs("Supporters protested in several cities, including Lahore and Karachi.", False) == ["Peaceful protest"]


def test_people_who_had_surrendered_are_no_change_of_activity() -> None:
    text = "A residents' association accused officers of executing suspects who had surrendered."
    assert "Change to group/activity" not in _subs(text, False)
    assert "Change to group/activity" in _subs("Forty fighters surrendered to the army in Bama.", False)


def test_men_armed_with_rifles_are_no_change_of_activity() -> None:
    text = "The attackers, armed with rifles and machetes, arrived in the neighbourhood at around 10 p.m."
    assert "Change to group/activity" not in _subs(text, False)
    assert "Change to group/activity" in _subs("The army armed local militias with rifles.", False)


def test_concern_over_reports_of_strikes_is_a_reaction() -> None:
    text = ('The rights commission said it was "gravely concerned" by reports of civilian deaths from drone strikes in '
            "Amhara.")
    assert _subs(text, False) == []
    assert _subs("The UN said it was appalled by reports of killings and sexual violence.", False) == []


def test_police_moving_to_clear_a_blockade_intervene_in_a_protest_and_miners_block_roads() -> None:
    assert "Protest with intervention" in _subs("Police moved to clear a blockade of the Pan-American Highway.", False)
    assert _subs("Last week, miners blocked the highway near Nazca for three days.", False) == ["Violent demonstration"]


def test_air_force_strikes_are_air_strikes() -> None:
    assert _subs("Air force strikes on Monday on fleeing fighters near Mentao neutralised 25 terrorists.",
                 False)[0] == "Air/drone strike"


def test_more_phrasings_of_protest_strike_and_what_is_none() -> None:
    assert _subs("Hundreds of students formed a peaceful human chain in front of the press club.", False) == [
        "Peaceful protest"]
    assert _subs("Iraqi F-16 jets had on Wednesday struck an Islamic State hideout.", False) == ["Air/drone strike"]
    # a grenade launcher is a weapon carried, a search's seizure no looting, a protest's spread no event
    assert _subs("The bodies of three militants, two rifles and a grenade launcher were recovered.", False) == []
    assert "Looting/property destruction" not in _subs(
        "Plainclothes officers searched the house and seized phones and a laptop before taking him to a police station.",
        False)
    assert _subs("Protests have spread beyond the capital.", False) == []


def test_a_bomb_told_with_an_aside_before_it_exploded_is_a_blast() -> None:
    text = ("The bomb, hidden in a gas cylinder buried at the side of a rural road, exploded as a ranger patrol passed, "
            "killing one ranger.")
    assert _subs(text, False)[0] == "Remote explosive/landmine/IED"


def test_what_happened_since_a_strike_began_or_decades_ago_is_no_event() -> None:
    assert _subs("The minister said more than 80 people had been detained since the strike began on Sept. 22.",
                 False) == []
    assert _subs("Police had arrested more than 300 suspects since a state of emergency was declared.", False) == []
    assert _subs("Ilave became known nationwide two decades ago when a mob lynched the town's mayor.", False) == []


def test_strikes_since_a_fall_and_a_reminder_are_no_events() -> None:
    text = ("Israel has carried out hundreds of strikes across Syria since the fall of Bashar al-Assad on Dec. 8, and has "
            "moved troops into the buffer zone.")
    assert _subs(text, False) == []
    assert _subs("A reminder that the 3R signed the 2019 Khartoum peace agreement before joining the CPC.", False) == []


def test_fire_on_students_protesting_and_a_camp_set_up_on_an_island() -> None:
    text = ("On 9 February 2024, gendarmes fired on students of Gaston Berger University in Saint-Louis (Saint-Louis) "
            "who were protesting the postponement of the presidential election.")
    assert _subs(text)[0] == "Excessive force against protesters"
    assert _subs("Boko Haram militants established a camp on Kaiga-Kindjiria island (Lac).") == [
        "Headquarters or base established"]


def test_a_running_toll_since_a_weekday_is_a_summary() -> None:
    text = "Government officials said on Monday that at least 80 people had been killed since Thursday in the region."
    assert _subs(text, False) == []
    assert _subs("Since Thursday, at least 80 people have been killed in the region.", False) == []
    assert _subs("Gunmen killed five people in Cucuta on Thursday.", False) == ["@violence"]


def test_who_an_attack_is_attributed_to_tells_no_new_attack() -> None:
    text = "Residents attributed the attack to fighters of JNIM, which is active in the area."
    assert _subs(text, brief=False) == []
    assert _subs("JNIM fighters attacked a checkpoint near Bandiagara.", brief=False)


@pytest.mark.parametrize("text", [
    "Supporters of the junta have called a rally in Ouagadougou on Saturday to express their support for the army.",
    "A funeral ceremony for the soldiers killed in Arbinda is expected later this week.",
])
def test_a_call_for_a_rally_and_a_funeral_for_the_dead_are_no_events(text: str) -> None:
    assert _subs(text, brief=False) == []


def test_a_protest_by_people_owed_compensation_is_still_a_protest() -> None:
    assert _subs("Over 100 farmers still owed compensation for their lands demonstrated against the mine.",
                 brief=False)


@pytest.mark.parametrize("text", [
    '"We are tired of burying our people," said a cousin of the murdered farmer.',
    'The mission said in a statement that it was "deeply concerned" by the abduction of the activist.',
    "Growers have announced a march in Apatzingan next week to demand protection.",
])
def test_a_victim_named_by_a_participle_a_concern_and_an_announced_march_are_no_events(text: str) -> None:
    assert _subs(text, brief=False) == []


def test_a_murder_told_as_an_act_is_still_an_event() -> None:
    assert _subs("Gunmen murdered a farmer in Tocoa on Saturday.", brief=False)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a note's place in brackets between the gathering and its purpose
        ("On 3 May 2024, nurses assembled in front of the health office in Mwanza (Nyamagana, Mwanza) to demand "
         "unpaid allowances.", "Peaceful protest"),
        ("On 9 May 2024, farmers drove some 60 tractors into the centre of Lille (Nord, Hauts-de-France) over "
         "fuel taxes.", "Peaceful protest"),
        ("On 1 May 2024, supporters of the Jamaat brought out a procession in Sylhet on the anniversary of the uprising.",
         "Peaceful protest"),
        ("On 4 May 2024, gunmen stopped two traders near Mopti and led them away to an unknown location.",
         "Abduction/forced disappearance"),
        ("On 5 May 2024, militia leaders and village chiefs near Djenne concluded a local truce.", "Agreement"),
        ("On 6 May 2024, a faction announced it was breaking away from the Tigray Peace Force movement.",
         "Change to group/activity"),
        ("On 7 May 2024, the French army handed the Kossei military base in N'Djamena over to the Chadian army.",
         "Non-violent transfer of territory"),
        ("On 8 May 2024, unknown men set fire overnight to the premises of a party office in Sirte.",
         "Looting/property destruction"),
        ("Three students were taken from a house in Celaya by armed men on Sunday.", "Abduction/forced disappearance"),
        ("A trader was seized outside his shop in Les Cayes by gunmen who forced him into a van.",
         "Abduction/forced disappearance"),
        ("Soldiers broke into shops in Bunia on Monday night and made off with goods and cash.",
         "Looting/property destruction"),
        ("Troops set up a new military position on a ridge near Khan Arnabah on Sunday.",
         "Headquarters or base established"),
        ("Commanders in Gondar said they had formed a separate command and would no longer obey the movement.",
         "Change to group/activity"),
        ("Elders of the two clans signed a cessation of hostilities in Beledweyne on Monday.", "Agreement"),
        ("Government troops took back Kalehe on Friday after two days of fighting.", "Government regains territory"),
        ("A viable pipe bomb left at the back door of a house in Newry on Friday night was made safe by army "
         "technical officers.", "Disrupted weapons use"),
        ("A pipe bomb left outside a bar in Derry was made safe by army technical officers on Friday.",
         "Disrupted weapons use"),
        ("Farmers and students held a six-hour blockade of the two main bridges in Kragujevac on Saturday.",
         "Peaceful protest"),
        ("Riot police cleared protesters who had camped outside parliament in Belgrade on Sunday.",
         "Protest with intervention"),
        ("Plainclothes officers picked up the student union leader from his house in Gulu on Tuesday.", "Arrests"),
    ],
)
def test_more_ways_notes_tell_an_act(text: str, sub: str) -> None:
    assert sub in _subs(text, brief=True), _subs(text, brief=True)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of relatives rallied outside the ministry in Lima on Tuesday. The rally dispersed peacefully later.",
        "Motorcycle taxi riders assembled in Kampala against a new directive. The riders dispersed after addressing "
        "journalists.",
    ],
)
def test_a_crowd_that_leaves_of_itself_is_no_intervention(text: str) -> None:
    assert "Protest with intervention" not in _subs(text, brief=True), _subs(text, brief=True)


def test_what_parties_pledge_to_end_is_no_act() -> None:
    assert _subs("Chiefs of the two communities signed a cessation of hostilities in Bor on Monday, pledging to return "
                 "abducted children.", brief=True) == ["Agreement"]


def test_a_funeral_procession_is_no_protest() -> None:
    assert "Peaceful protest" not in _subs("On 2 May 2024, mourners held a funeral procession in Sylhet.", brief=True)


@pytest.mark.parametrize("text", [
    # a place's state, told in a clause about the place, is no running tally
    "June 8 - RSF artillery shells residential areas of Dilling, which has been besieged for months by the RSF.",
    "May 19 - The army retook Bara, north of El Obeid, a town that has changed hands several times since 2023.",
    # a timeline's present tense
    "Late April - The RSF captures Al Khuwei, a town on the road between En Nahud and El Obeid.",
])
def test_a_timelines_present_tense_and_a_places_state(text: str) -> None:
    found = _subs(text, brief=False)  # (in a story, where summary words rule an act out)
    assert found and set(found) <= {"Shelling/artillery/missile attack", "Government regains territory",
                                    "Non-state actor overtakes territory"}, found


def test_vigilantes_killed_in_a_toll_are_victims_not_a_mob() -> None:
    assert "Mob violence" not in _subs("Fatalities: 6 bandits and 2 vigilantes killed.", brief=True)
    assert "Mob violence" in _subs("On 3 May 2025, vigilantes killed a suspected thief in Kano.", brief=True)


@pytest.mark.parametrize("text", [
    "The national union of road transporters has threatened a nationwide strike from Monday if the government does not act.",
    "Residents of mining settlements report extortion and forced displacement by armed groups on a near-daily basis.",
])
def test_a_threatened_strike_and_a_near_daily_pattern_are_no_events(text: str) -> None:
    assert _subs(text, brief=False) == [], _subs(text, brief=False)


def test_barricades_a_force_set_up_are_no_riot_and_an_overview_of_spreading_protests_is_no_event() -> None:
    assert "Violent demonstration" not in _subs("Several hundred people had gathered at the barricades police had set "
                                                "up around the municipal building.", brief=False)
    assert "Violent demonstration" in _subs("Protesters erected barricades and burned tyres.", brief=False)
    assert _subs("On Tuesday, protests spread to neighbouring provinces.", brief=False) == []


@pytest.mark.parametrize("text", [
    # a motive told, a court's step and a group's habit are no acts
    "Police believe the blast was meant to intimidate the owners, who had reportedly refused to pay extortion money.",
    "A judge in Guayaquil on Tuesday ordered pre-trial detention for two suspects arrested in connection with the "
    "massacre.",
    "Police said the quadcopter had been flown by TTP militants who have been using small drones to target security posts.",
    "Lime growers, who say they are squeezed by extortion, have announced a march in Apatzingan next week.",
])
def test_a_motive_a_courts_step_and_a_groups_habit(text: str) -> None:
    assert _subs(text, brief=False) == [], _subs(text, brief=False)
    assert _subs("Gang members extorted traders in the market.") == ["Looting/property destruction"]


def test_a_trend_told_with_concern_is_no_event_but_a_backdrop_or_a_prices_rise_leaves_the_act() -> None:
    assert _subs("Rights activists have expressed concern over the rise in mob violence across the country.",
                 brief=False) == []
    assert _subs("Israeli forces killed two Palestinians during a raid on Jenin on Wednesday, amid a surge in settler "
                 "violence.", brief=False)
    assert "Peaceful protest" in _subs("Hundreds protested against a rise in fuel prices in Lome on Friday.", brief=False)


def test_one_victim_told_again_with_its_day_is_no_new_killing() -> None:
    assert _subs("The soldier killed on Wednesday will be buried in his home state of Oaxaca.", brief=False) == []
    assert _subs("The soldier killed two gunmen on Wednesday.", brief=False) != []


def test_the_detained_mayor_a_protest_is_for_is_no_arrest() -> None:
    assert _subs("Tens of thousands rallied outside city hall in support of the detained mayor.", brief=False) == [
        "Peaceful protest"]
    assert "Arrests" in _subs("Police detained the mayor on Wednesday.", brief=False)


@pytest.mark.parametrize("text", [
    "Farmers' groups in Doba have called a march for next week to demand that herders be disarmed.",
    "Traders' associations have called for all markets in the cercle to close on Thursday in protest at the insecurity.",
])
def test_what_a_demand_or_a_call_wants_done_is_no_act(text: str) -> None:
    assert _subs(text, brief=False) == [], _subs(text, brief=False)


def test_acts_a_crowd_chants_against_are_its_topic() -> None:
    from datetime import date

    from dataset.coder import extract
    from dataset.model import Article

    events = extract(Article(id="t", published=date(2022, 7, 14), country="Nigeria",
                             text="On Sunday, hundreds of residents marched in Gusau and chanted slogans against the "
                                  "killings and kidnappings."))
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_wars_own_toll_is_no_event() -> None:
    from datetime import date

    from dataset.coder import extract
    from dataset.model import Article

    # (a wire story of our own writing that ends with the country's history and a yearly toll)
    text = "JUBA, South Sudan (AP) — Armed youths attacked cattle camps near Duk Padiet in South Sudan's Jonglei state on Monday, sparking a gunfight with herders that killed at least 16 people, a county official said.\n\nThe attackers, identified by local officials as Murle youths from the neighboring Greater Pibor Administrative Area, drove off thousands of cattle and abducted five children, said the Duk County commissioner. Armed Dinka herders fought back for several hours. At least 25 people were wounded and taken to a clinic run by an aid group, he said.\n\nOn Sunday, unidentified gunmen ambushed a vehicle belonging to an aid group on the Juba-Nimule road near Nimule, killing the driver, the organization said in a statement. It has suspended movements on the route.\n\nIn Central Equatoria state, the army said rebels of the National Salvation Front (NAS) attacked one of its positions in Yei County on Saturday, killing two soldiers. NAS, which has refused to sign the 2018 peace deal, said it had killed eight soldiers and captured weapons. The claims could not be independently verified.\n\nIn the capital, Juba, police on Monday broke up a protest by market traders against new taxes, firing tear gas and detaining 11 people, witnesses said. The traders had gathered outside the city council offices, shouting that they could no longer afford to stay in business.\n\nThe United Nations mission in South Sudan warned last week that rising intercommunal violence and the economic crisis threaten preparations for the country's first elections, scheduled for December. 'We are concerned that political tensions could lead to violence if the process is not inclusive,' a U.N. spokesperson said.\n\nSouth Sudan's 2013-2018 civil war killed an estimated 400,000 people. The 2018 peace agreement has largely held between the main parties, but communal clashes over cattle, land and water continue to kill hundreds of people every year, especially in Jonglei and the Greater Pibor area."
    events = extract(Article(id="t", published=date(2024, 4, 23), country="South Sudan", text=text))
    assert events and max(e.fatalities for e in events) < 100  # not the 400,000 of the 2013-2018 war
    assert min(e.event_date for e in events) >= date(2024, 4, 20)


def test_a_rally_that_dispersed_of_itself_had_no_intervention() -> None:
    from datetime import date

    from dataset.coder import extract
    from dataset.model import Article

    (e,) = extract(Article(id="t", published=date(2024, 7, 5), country="Mali",
                           text="On Wednesday, several hundred traders gathered outside the offices of the electricity "
                                "company in Bamako to protest against power cuts. The rally dispersed in the early "
                                "afternoon after a delegation was received."))
    assert (e.sub_event_type, e.actor2) == ("Peaceful protest", "")


def test_an_arrest_told_as_the_latest_of_a_series_in_apposition_is_an_event() -> None:
    text = ("On Saturday, police detained at least 20 young men during searches in two neighbourhoods, residents said, "
            "the latest in a series of mass arrests of people suspected of supporting the rebels.")
    assert "Arrests" in _subs(text, False)


def test_acts_a_monitor_has_documented_are_a_summary() -> None:
    assert _subs("Rights groups have documented drone strikes that have killed civilians in markets, schools and on "
                 "roads.", False) == []
    assert _subs("Investigators have recorded extrajudicial killings in at least four districts.", False) == []


def test_what_a_group_has_waged_since_then_is_a_summary() -> None:
    assert _subs("Since then, the militants have staged roadside bombings and ambushes against them, killing dozens of "
                 "soldiers.", False) == []
    assert _subs("The group has waged a steady campaign of roadside bombings and drone attacks against the army.",
                 False) == []


def test_a_sit_down_strike_on_campus_is_a_protest_not_an_air_strike() -> None:
    assert _subs("Students held a sit-down strike on campus in Kampala on 21 October 2019 against a tuition increase.") \
        == ["Peaceful protest"]


def test_forces_that_opened_live_fire_on_protesters_used_excessive_force() -> None:
    assert "Excessive force against protesters" in _subs("On 30 March 2018, troops opened live fire on protesters near "
                                                         "the border fence.")


def test_a_missile_told_by_its_payload_that_struck_is_a_missile_attack() -> None:
    assert _subs("On 8 April 2022, a missile carrying cluster munitions struck the railway station.") \
        == ["Shelling/artillery/missile attack"]


def test_protests_people_were_accused_of_joining_are_no_protest() -> None:
    found = _subs("Soldiers went door-to-door on 16 January 2019, beating residents they accused of taking part in the "
                  "fuel price protests.")
    assert "Peaceful protest" not in found and found


def test_arrests_in_a_raid_on_a_flat_are_arrests() -> None:
    assert _subs("Security forces arrested five suspected militants in a raid on an apartment on 8 November 2019, "
                 "seizing weapons.") == ["Arrests"]


def test_youths_who_blocked_a_railway_line_demonstrated() -> None:
    found = _subs("Unemployed youths blocked the railway line used to carry phosphate on 11 February 2017, demanding jobs.")
    assert found and all(s in ("Violent demonstration", "Peaceful protest") for s in found)


def test_gunmens_arson_during_their_attack_is_no_riot() -> None:
    found = _subs("Gunmen on motorcycles stormed the village at around 5 p.m., shooting at residents and setting fire to "
                  "houses and food stores, residents said.", False)
    assert found and not {"Violent demonstration", "Mob violence"} & set(found)
    # (a crowd's arson still is)
    assert "Violent demonstration" in _subs("Protesters threw stones at police and set fire to a police station.", False)


def test_a_demand_that_attacks_stop_is_no_attack() -> None:
    assert _subs("The UN envoy said on Tuesday that attacks on civilians and civilian infrastructure must stop.",
                 False) == []


def test_a_standing_accusation_by_rights_groups_is_a_summary() -> None:
    assert _subs("Human rights groups have accused both the militants and the army of killing civilians.", False) == []


def test_a_march_still_planned_that_a_group_opposed_leaves_its_attack_an_act() -> None:
    found = _subs("On 5 July 2021, far-right groups opposed to a planned Pride march attacked journalists and ransacked "
                  "the offices of the organisers.", False)
    assert found and "Peaceful protest" not in found
    assert _subs("Police arrested organisers of the planned march.", False) == ["Arrests"]


def test_veterans_who_fought_in_a_war_are_no_battle() -> None:
    assert _subs("The protesters are demanding an end to a system that reserves jobs for relatives of veterans who fought "
                 "in the 1971 war of independence.", False) == []


@pytest.mark.parametrize("text, sub", [
    # a weapon told beside the rockets, or carried by a drone, still names the strike
    ("Rockets and cluster munitions struck the market of Donetsk.", "Shelling/artillery/missile attack"),
    ("A drone carrying explosives, launched from across the river, struck a police post.", "Air/drone strike"),
    # a section of a pipeline blown up
    ("The rebels said they had blown up a section of the oil pipeline near Gaya.", "Remote explosive/landmine/IED"),
    # a border treaty between states is an agreement
    ("The two presidents signed a border treaty in Dushanbe.", "Agreement"),
    # people taken somewhere none knows, and hostages held for hours, were abducted
    ("Men in civilian clothes took the journalist from his office to an unknown location.",
     "Abduction/forced disappearance"),
    ("The gunmen seized three nurses at the clinic, holding them for two days.", "Abduction/forced disappearance"),
])
def test_acts_told_by_what_was_used_or_where_people_were_taken(text: str, sub: str) -> None:
    assert sub in _subs(text)


def test_a_superlative_in_recent_years_is_a_yardstick_not_a_summary() -> None:
    text = ("Members of a gang killed at least 40 people in an attack on the town of Saint-Marc on Thursday, the United "
            "Nations said, one of the deadliest massacres in the country in recent years.")
    assert "Attack" in _subs(text, brief=False) or "@violence" in _subs(text, brief=False)
    # (a trend told "in recent years" is still a summary)
    assert _subs("Gangs have killed hundreds of people in the region in recent years.", brief=False) == []


def test_the_verb_after_a_crowds_protest_participle_is_its_own_act() -> None:
    # "protesting against the killing of a rider" tells the crowd; "torched" is what it did, not what it protested
    det = detect(segment("Youths protesting against the killing of a rider torched a police post in Kisumu.")[0])
    assert any(t.text.startswith("torched") for t in det.triggers)
    # what a protest was about stays its topic
    det = detect(segment("Residents protested the killing of a student by a mob in Kisumu.")[0])
    assert [t.sub_event_type for t in det.triggers] == ["Peaceful protest"]


def test_freed_captives_handed_over_to_a_commission_are_no_territory() -> None:
    assert "Non-violent transfer of territory" not in _subs(
        "The ELN released four people it had kidnapped last month, handing them over to a humanitarian commission.", False)


def test_armed_men_told_with_their_arms_storming_a_compound_is_no_riot() -> None:
    found = _subs("Militants armed with rifles and grenades stormed a police compound in Bannu before dawn, killing "
                  "six officers in a gunbattle.", False)
    assert found and "Violent demonstration" not in found


def test_a_labour_strike_that_hit_hospitals_or_markets_is_no_air_strike() -> None:
    assert "Air/drone strike" not in _subs("A nurses' strike hit public hospitals across the country on Monday.", False)
    assert "Air/drone strike" not in _subs("The general strike hit markets in the capital for a second day.", False)


def test_the_dead_a_crowd_wants_justice_for_is_no_killing_of_its_own() -> None:
    assert "@violence" not in _subs("Students rammed a truck into the palace gate, demanding justice for a classmate "
                                    "killed by police.", False)


def test_bombs_used_in_an_assault_on_a_unit_are_its_weapons() -> None:
    found = _subs("About a hundred militants attacked their unit near Tabatol, using IEDs and suicide vehicles.", False)
    assert "Remote explosive/landmine/IED" not in found
