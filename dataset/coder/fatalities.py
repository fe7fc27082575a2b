"""Fatalities by ACLED's rules: deaths only, the most conservative figure.

"at least five" -> 5, number words count, "dozens" -> 12, "hundreds" -> 100, "a soldier was
killed" -> 1. Injuries are not deaths. Figures for different victim groups in one sentence
add up ("killed three soldiers and two civilians" -> 5); repeated figures for the same deaths
("five people were killed ... the five victims") do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dataset.coder.fastre import Caseless, caseless_lower, literal_alternation, lowers_safely

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "dozens": 12, "dozens of": 12, "tens": 10,
    "tens of": 10, "scores": 20, "scores of": 20, "hundreds": 100, "hundreds of": 100, "a hundred": 100,
    "hundred": 100, "thousands": 1000, "thousands of": 1000, "several": 3, "a few": 3, "few": 3,
    "a number of": 3, "an unknown number of": 3, "an unspecified number of": 3, "unknown number of": 3,
    "unspecified number of": 3, "an undetermined number of": 3, "an undisclosed number of": 3, "an indeterminate number of": 3,
    "an unconfirmed number of": 3, "undetermined number of": 3, "undisclosed number of": 3,
    "many": 10, "numerous": 10, "a couple of": 2, "couple of": 2, "both": 2, "two dozen": 24, "a score of": 20,
    "half a dozen": 6, "several dozen": 12, "a few dozen": 12, "some dozens of": 12, "a handful of": 3, "handful of": 3, "a thousand": 1000, "a couple": 2,
}

# Longest first so "twenty-five" wins over "twenty"; the words as a prefix tree, so the engine
# branches on one letter at a time instead of trying some eighty words at every position.
_TENS_WORDS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_DIGIT_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# "one hundred and twelve", "two hundred": a count of hundreds read on after the word that opens it (tried only once a
# number word has matched, so the many places a number is looked for pay nothing more)
_HUNDREDS_AFTER = (r"(?:(?:" + "|".join(f"(?<={w})" for w in ("one", "two", "three", "four", "five", "six", "seven", "eight",
                                                                  "nine")) + r")\s+hundred)?"
                   rf"(?:(?<=hundred)\s+(?:and\s+)?(?:{_TENS_WORDS}(?:[- ]{_DIGIT_WORDS})?|ten|eleven|twelve|thirteen|fourteen|"
                   rf"fifteen|sixteen|seventeen|eighteen|nineteen|{_DIGIT_WORDS})\b)?")
_NUMBER = (
    r"(?:(?:\d{1,3}(?:,\d{3})+|\d+|" + _TENS_WORDS + "[- ]" + _DIGIT_WORDS + "|"
    + literal_alternation([k for k in _UNITS if k != "no"])
    + ")" + _HUNDREDS_AFTER + ")"
)
_HEDGE = literal_alternation([
    "at least", "more than", "over", "nearly", "almost", "about", "around", "some", "up to", "as many as",
    "an estimated", "roughly", "approximately", "a total of", "another", "the", "all", "all the",
    "either", "its", "their"]) + r"?\s*"  # ("killing either one or four fighters": the lower; "killing its four occupants")
# a report's label for its death count ("Fatalities: 5"), read here and by the assembler
TOLL_LABEL = r"\b(?:fatalities|deaths|death toll|dead|killed)\s*:\s*"
_VICTIM = (
    # (the words before the noun describe it: not another clause, "several injured and one soldier ... was killed")
    # (a capitalised gloss in brackets describes it too: "2 CPI (Maoist) members")
    # (nor a clause of its own: "the toll had risen to four after a 10-year-old boy died")
    # (nor a source's verb: "a nurse said three people died" counts three, not "a nurse"; nor "that": "said in a
    # statement that six rebels had been killed" counts six, not "a statement")
    r"(?:(?!(?:and|or|injured|wounded|hurt|were|was|after|before|when|because|as|said|says|told|reported|added|claimed|that)\b)[\w'\-]+(?:\s+\((?-i:[A-Z])[\w'\- ]{0,40}\))?\s+){0,3}?(?:\d+-year-olds?|people|persons?|civilians?|villagers?|residents?|soldiers?|jawans?|troops|officers?|policem[ae]n|"
    r"police officers?|police|gendarmes?|guardsmen|rangers?|servicem[ae]n|personnel|members?|militants?|fighters?|insurgents?|rebels?|jihadists?|terrorists|gunmen|enemy|enemies|"
    r"attackers?|assailants?|protesters?|demonstrators?|students?|children|child|adults?|women|woman|men|man|farmers?|"
    r"herders?|passengers?|worshippers?|miners?|workers?|employees?|contractors?|bodies|body|victims?|others|fishermen|"
    r"boatmen|fishers|hunters|loggers|labourers|laborers|porters|cyclists|hikers|guides|shepherds|"
    r"(?:body)?guards?|escorts?|aides?|chiefs?|teachers?|traders?|pupils|girls?|boys?|babies|baby|infants?|relatives|family members|"
    r"herdsmen|bandits?|thie(?:f|ves)|robbers?|criminals?|thugs?|suspects?|militiamen|militia members|recruits|policemen|journalists?|youths?|"
    r"raiders?|rustlers?|sons|daughters|brothers|sisters|husbands|wives|fathers|mothers|teenagers|siblings|monks|pastors|elders|"
    r"individuals?|members of [\w\s]+?|americans?|nationals?|citizens?|inmates?|prisoners?|detainees?|pilgrims?|mourners?|"
    r"guests?|shoppers?|commuters?|refugees?|migrants?|IDPs|patients?|doctors?|nurses?|voters?|peacekeepers?|"
    r"service ?members?|sailors?|pilots?|drivers?|motorists?|bystanders?|onlookers|passers-?by|tourists?|"
    r"lawmakers?|staff(?: members)?|officials|foreigners|locals|expatriates|occupants|inhabitants|tenants|"
    r"combatants?|guerrillas?|cadres?|separatists?|dissidents?|vigilantes?|poachers?|smugglers?|maoists?|naxal(?:ite)?s?|"
    r"tribesm[ae]n|clansm[ae]n|warriors?|settlers?|engineers?|technicians?|mechanics?|vendors?|merchants?|"
    r"businessm[ae]n|shopkeepers?|companions|comrades|colleagues|"
    # a state's auxiliaries ("6 soldiers and 34 VDP", "four Peshmerga")
    r"volunteers?|auxiliar(?:y|ies)|VDPs?|peshmerga|dozos?|"
    # people named by their nationality ("two embassy staff and four Afghans")
    r"afghans|palestinians|israelis|iraqis|iranians|syrians|lebanese|yemenis|saudis|egyptians|libyans|sudanese|"
    r"somalis|ethiopians|eritreans|kenyans|ugandans|congolese|nigerians|nigeriens|malians|cameroonians|chadians|"
    r"pakistanis|indians|bangladeshis|rohingyas?|ukrainians|russians|turks|kurds|colombians|mexicans|venezuelans|"
    r"haitians|filipinos|mozambicans|"
    # (one of them, as a noun, not a word before one: "killing three Spanish tourists and an Afghan", not "An Israeli
    # drone strike killed")
    r"(?:afghan|pakistani|iraqi|iranian|syrian|israeli|palestinian|yemeni|saudi|egyptian|libyan|somali|ethiopian|kenyan|"
    r"ugandan|nigerian|malian|indian|bangladeshi|ukrainian|russian|colombian|mexican|venezuelan|haitian|filipino|"
    r"american|briton|frenchman|frenchwoman|german|italian|spaniard|canadian|australian)"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|was|were|who|had|has|in|on|at|near|during)\b))"
)
_DEATH = r"(?:killed|dead|died|slain|martyred|murdered|shot dead|fatally (?:shot|stabbed|wounded)|gunned down|executed|beheaded|lynched|massacred|burnt to death|burned to death|hacked to death|lost their lives|lost his life|lost her life|perished|were killed|was killed|have been killed|had been killed|killing|fatalities|deaths)"

# one person, named by who they are ("a mother", "her daughter", "the village headman")
_ONE_PERSON = (r"(?:man|woman|boy|girl|child|mother|father|son|daughter|husband|wife|brother|sister|villager|farmer|"
               r"civilian|soldier|officer|policeman|teacher|student|trader|herder|driver|youth|monk|headman|chief|"
               r"elder|relative|friend|neighbou?r|passenger|resident|worker|nephew|niece|uncle|aunt|grandfather|"
               r"grandmother|widow|pastor|imam|leader|official|associate|bodyguard|companion|colleague|guard|"
               # (an attacker is one too: "A soldier and the attacker were killed")
               r"attacker|assailant|bomber|gunman|militant|fighter|rebel|policewoman|journalist|doctor|nurse|"
               r"tourist|visitor|pilgrim|worshipper|customer|shopper|guest|guide|interpreter|translator|shepherd|cyclist|"
               r"cousin|grandson|granddaughter|aide|assistant|deputy|escort|commander|secretary|spokesman|baby|infant|toddler|"
               r"teenager|stepson|stepdaughter|fiancee?)")

# after a number: units that make it a time, an age or a distance, not a count of people
_NOT_A_COUNT = (r"(?!(?:am|pm|a\.m|p\.m|years?|months?|weeks?|days?|hours?|km|kilomet\w*|miles?|percent|january|february|"
                r"march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|"
                r"sept?|oct|nov|dec|result|consequence|time|while|bit|lot|number|total|series|spate)\b)")  # ("as a result")

# the last group of a list of counts and its death: "... and 80 militants were killed", "... and two others dead"
# (the group may be glossed: "one militant of the AA were killed")
# (the group may be IS's: "1 soldier and 3 IS militants were killed")
# ("four soldiers and 12 attackers, including the bomber, were killed": some of the group told between)
_LAST_GROUP_KILLED = (r"(?:(?!was\b|(?-i:is)\b|who\b|which\b|later\b)[\w'-]+\s+){0,2}?(?!was\b|(?-i:is)\b|who\b|which\b|later\b)"
                      r"[\w'-]+(?:,\s+(?:including|among them)\s+[^,.;()]{1,40},)?"
                      # (a group told by its long name and acronym: "three volunteers for the defence of the homeland (VDP)
                      # were killed")
                      r"(?:\s+(?:for|of)\s+the\s+(?:[\w'-]+\s+){0,4}?[\w'-]+\s+\([A-Z]{2,8}\)(?=\s+(?:were|have been|had been)\s))?"
                      # (who they were, by what they were doing: "four civilian volunteers fighting alongside the army were
                      # killed")
                      r"(?:\s+(?:fighting|serving|working|guarding|stationed|deployed|manning)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+"
                      r"(?=\s+(?:were|have been|had been)\s))?"
                      # (or by a longer name before the verb: "a paramilitary soldier of the Central Reserve Police Force were
                      # killed")
                      r"\s+(?:of\s+(?:the\s+)?[\w'-]+\s+|of\s+(?:the\s+)?(?:[\w'-]+\s+){2,4}?(?=(?:were|have been|had been)\s))?"
                      r"(?:(?:were|have been|had been|are)\s+)?(?:reportedly\s+|also\s+)?"
                      r"(?:killed|dead|slain|shot dead|died)\b")  # ("Five men and two women died at the scene")

# a labelled toll's count that is no death ("Fatalities: 3; 4 injured" counts the three only)
_NOT_HURT = r"(?!\s+(?:[\w'-]+\s+)?(?:injured|wounded|hurt|missing|arrested|abducted|detained))"
# the next group of a labelled toll's list: the words naming one group, then ", " or " and "
_LABEL_NEXT = rf"\s+(?:[\w'-]+\s+){{0,2}}?[\w'-]+(?:,\s*|,?\s+and\s+){_HEDGE}"

# what a group belongs to, after its noun: "12 members of the security forces"
_OF_GROUP = r"(?:\s+of\s+(?:the\s+)?(?:[\w'-]+\s+)?[\w'-]+)?"
# a person told by name: "Anderson Gomes", "Bruno Pereira" (accented names too)
# (not a force's or a group's: "the Malian Army and Wagner Group")
_NAME_WORD = (r"(?!(?:Army|Group|Forces?|State|Movement|Front|Police|Brigades?|Militias?|Council|League|Party|Alliance|Union|"
              r"Guards?|Battalions?|Regiment|Corps|Command|Organi[sz]ation|Jihad|Shabaab|Haram|Company|"
              r"Province|Region|District|County|Village|City|Town|Street|Road|Camp)\b)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+")
_PERSON_NAME = rf"(?<!\bthe )(?<!\bThe )(?-i:{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "Two civilians, a child and a man, were killed": the count before the people it names
    ("N victims, who they were, killed", re.compile(
        rf"\b{_HEDGE}(?P<n>{_NUMBER})\s+{_VICTIM},\s+(?:an?|the|one|two|three|\d+|his|her|their)\s+[^,.;()]{{2,60}},\s+"
        rf"(?:were|have been|had been)\s+(?:reportedly\s+)?(?:killed|shot dead|murdered|slain)\b", re.IGNORECASE)),
    # "Four Maoists, including a woman cadre carrying a reward, were killed": the count before the gloss of who was among them
    ("N victims, some of them, killed", re.compile(
        # (the last of two groups is "N and M killed"'s: "four soldiers and 12 attackers, including the bomber, were killed")
        rf"(?<!\band )(?<!\band)\b{_HEDGE}(?P<n>{_NUMBER})\s+{_VICTIM},\s+(?:including|among them|among whom)\s+[^,.;()]{{2,120}},\s+"
        rf"(?:were|have been|had been)\s+(?:reportedly\s+)?(?:killed|shot dead|murdered|slain|gunned down|neutrali[sz]ed)\b",
        re.IGNORECASE)),
    # "between 8 and 16 Fulani gunmen were killed", "left between 20 and 30 dead": the lower figure
    ("between N and M killed", re.compile(
        rf"\bbetween\s+(?P<n>{_NUMBER})\s+(?:and|to)\s+{_NUMBER}\s+(?:{_VICTIM}\s+)?(?:were\s+|have been\s+|had been\s+)?"
        rf"(?:reportedly\s+)?(?:killed|dead|slain|died|perished|lost their lives)\b", re.IGNORECASE)),
    # "killed between 10 and 15 fighters": the lower figure
    ("killed between N and M", re.compile(
        rf"\b(?:killed|killing|kills|kill)\s+between\s+(?P<n>{_NUMBER})\s+(?:and|to)\s+{_NUMBER}\b", re.IGNORECASE)),
    # "Seven soldiers, 35 civilians and 80 militants were killed"
    ("N, M and K killed", re.compile(
        rf"\b{_HEDGE}(?P<n>{_NUMBER})\s+{_NOT_A_COUNT}(?:[\w'-]+\s+){{0,2}}?[\w'-]+{_OF_GROUP},\s*"
        # (a middle group of one: "two soldiers, a police officer and three attackers were killed")
        # (a group named by what it belongs to: "36 militants, 12 members of the security forces and 7 civilians")
        rf"{_HEDGE}(?:(?!an?\b)|(?=an?\s+(?:[\w'-]+\s+)?{_ONE_PERSON}\s+and\b))(?P<m>{_NUMBER})\s+(?:[\w'-]+\s+){{0,2}}?[\w'-]+{_OF_GROUP},?\s+"
        # (a last group of one too: "seven security personnel, two civilians and a Canadian tourist were killed")
        rf"and\s+{_HEDGE}(?:(?!an?\b)|(?=an?\s+(?:[\w'-]+\s+)?{_ONE_PERSON}\s+(?:were|have been|had been)\b))"
        rf"(?P<k>{_NUMBER})\s+{_LAST_GROUP_KILLED}", re.IGNORECASE)),
    ("N and M killed", re.compile(
        rf"\b{_HEDGE}(?P<n>{_NUMBER})\s+{_NOT_A_COUNT}(?:[\w'-]+\s+){{0,2}}?[\w'-]+(?:\s+of\s+(?:the\s+)?(?:[\w'-]+\s+)?[\w'-]+)?(?:,\s*|\s+and\s+|,\s+and\s+)"
        rf"{_HEDGE}(?P<m>{_NUMBER})\s+{_LAST_GROUP_KILLED}", re.IGNORECASE)),
    ("a pair killed", re.compile(
        rf"\b(?P<n>)(?:an?|the|his|her|their|one)\s+(?:[\w'-]+\s+){{0,2}}?{_ONE_PERSON}\s+and\s+(?:an?|the|his|her|their|one)\s+"
        rf"(?:[\w'-]+\s+){{0,2}}?{_ONE_PERSON}\s+(?:were|have been|had been)\s+(?:\w+\s+)?(?:killed|martyred|shot dead|murdered|"
        rf"gunned down|executed|beheaded|lynched|slain|stabbed to death|hacked to death|beaten to death)\b", re.I)),
    # "a woman and her two children died": one and the group told with them
    ("one and N killed", re.compile(
        rf"\b(?:an?|one)\s+(?:[\w'-]+\s+){{0,2}}?{_ONE_PERSON}\s+and\s+(?:his|her|their)\s+(?P<n>{_NUMBER})\s+"
        rf"(?:[\w'-]+\s+)?(?:children|sons|daughters|brothers|sisters|relatives|companions|colleagues|bodyguards|guards|"
        rf"grandchildren|nephews|wives)\s+(?:were\s+|have been\s+|had been\s+)?(?:\w+\s+)?(?:killed|died|dead|martyred|"
        rf"shot dead|murdered|gunned down|executed|beheaded|slain|burned to death|burnt to death)\b", re.I)),
    # "caught two men they accused of being gang members and beat them to death": the count told before "them"
    ("N, then killed them", re.compile(
        rf"\b{_HEDGE}(?!(?:19|20)\d\d\b)(?!an?\s)(?P<n>{_NUMBER})\s+{_NOT_A_COUNT}(?:(?:[\w'’-]+\s+){{1,12}}?and\s+|(?:[\w'’-]+\s+){{0,11}}?[\w'’-]+,\s+)(?:then\s+)?"
        r"(?:(?:beat|stoned|hacked|burned|burnt|clubbed|stabbed)\s+them\s+to death|(?:killed|executed|lynched|murdered)\s+"
        r"them|shot\s+them\s+dead)\b", re.I)),
    # "killing an elderly couple": two people (not "a couple of": a count of its own)
    ("killed a couple", re.compile(
        r"\b(?P<n>)(?:killed|killing|murdered|murdering|shot dead|shooting dead|executed|beheaded|hacked to death|"
        r"stabbed to death)\s+(?:an?|the|one)\s+(?:[\w'-]+\s+){0,2}?(?:couple|pair)\b(?!\s+of\b)", re.I)),
    # "stabbed a husband and wife, managers of a hotel, to death": two people, done to death
    ("did a pair to death", re.compile(
        rf"\b(?P<n>)(?:stabbed|hacked|beat|clubbed|stoned|burned|burnt|bludgeoned)\s+(?:an?|the|his|her|their|one)\s+"
        rf"(?:[\w'-]+\s+){{0,2}}?(?:{_ONE_PERSON}\s+and\s+(?:(?:an?|the|his|her|their|one)\s+)?(?:[\w'-]+\s+){{0,2}}?"
        rf"{_ONE_PERSON}|couple|pair)\b(?!\s+of\b)(?:,[^,.;]{{1,60}},)?\s+to death\b", re.I)),
    ("killed a pair", re.compile(
        rf"\b(?P<n>)(?:killed|killing|murdered|shot dead|executed|assassinated|beheaded|hacked to death|stabbed to death)\s+"
        rf"(?:an?|the|his|her|their|one)\s+(?:[\w'-]+\s+){{0,2}}?{_ONE_PERSON}\s+and\s+(?:an?|the|his|her|their|one)\s+"
        rf"(?!unborn\b)(?:[\w'-]+\s+){{0,2}}?{_ONE_PERSON}\b", re.I)),  # (an unborn child is no death ACLED counts)
    ("fatalities coded as N (count first)", re.compile(
        rf"\b(?:code|coded|coding)\s+(?P<n>{_NUMBER})\s+fatalit(?:y|ies)\b|\b(?P<m>{_NUMBER})\s+fatalit(?:y|ies)\s+"
        rf"(?:were |are |was |is )?(?:coded|recorded)\b", re.I)),
    ("from N to M killed", re.compile(
        rf"\bfrom\s+(?P<n>{_NUMBER})\s+to\s+{_NUMBER}\s+(?:fatalities|deaths|dead|people killed|killed)\b", re.I)),
    # ("the toll had risen to four": the death toll told before, updated)
    # ("Officials gave a toll of 59", "before lowering the toll to 95": a source's toll, a toll revised)
    ("death toll", re.compile(rf"(?:death toll|(?:number|toll) of (?:the )?(?:dead|deaths|(?:[\w-]+ ){{1,4}}?killed)|\bthe toll(?= (?:had |has )?(?:later |since |then |subsequently )?(?:risen|rose|climbed|reached|jumped|increased)\b)|"
                              # ("the toll was later revised down to seven", "was raised to eight")
                              rf"\bthe toll (?:was|has been|had been) (?:later |since |then |subsequently )?(?:revised|lowered|raised|corrected|"
                              rf"updated|adjusted|reduced|increased)(?: down| up(?:wards?)?)?(?= to\b)|"
                              rf"\b(?:put|puts|putting|placed|placing|gave|give|gives|giving|lowered|lowering|revised|revising|reduced|reducing|cut|cutting|raised|raising|brought|bringing|corrected|correcting|updated|updating|adjusted|adjusting) (?:a|an|the|its|their) (?:[\w-]+ )?toll(?= (?:down |up )?(?:of|at|to)\b)) "
                              rf"(?:\w+ ){{0,3}}?(?:rose|climbed|rising|reached|stood|stands|is|was|of|at|to)\s+(?:\w+ )?{_HEDGE}(?P<n>{_NUMBER})\b", re.IGNORECASE)),
    # ("An initial toll of five dead from Sunday's drone strike was later raised to nine": the toll told, revised)
    ("death toll revised", re.compile(
        rf"\b(?:initial|earlier|first|preliminary|provisional)\s+(?:death\s+)?toll\b[^.;]{{0,80}}?\b(?:was|has been|had been)\s+"
        rf"(?:later\s+|since\s+|then\s+|subsequently\s+)?(?:revised|lowered|raised|corrected|updated|adjusted|reduced|increased)"
        rf"(?:\s+down|\s+up(?:wards?)?)?\s+to\s+{_HEDGE}(?P<n>{_NUMBER})\b", re.IGNORECASE)),
    # ("The death toll from a suicide bombing at a mosque inside a police compound in Peshawar rose to 84": the
    # toll of the event the phrase names, risen)
    ("death toll (of a named event)", re.compile(
        rf"\bdeath toll (?:from|in|of) (?:[\w'’-]+ ){{1,20}}?(?:has |had )?(?:rose|risen|climbed|jumped|increased) to "
        rf"{_HEDGE}(?P<n>{_NUMBER})\b", re.IGNORECASE)),
    # a source's bare figure ("a state official said at least 85 died"): the dead, told with no noun
    ("said N died", re.compile(rf"\b(?:said|says|reported|stated|confirmed)\s+(?:that\s+)?{_HEDGE}(?P<n>\d[\d,]*)\s+"
                               rf"(?:had\s+|have\s+)?(?:died|perished)\b", re.I)),
    # the dead told by whose staff or members they were: "Two employees of the Russian embassy in Kabul were killed"
    ("N of an organisation killed", re.compile(
        rf"\b{_HEDGE}(?P<n>{_NUMBER})\s+(?:employees|staff(?: members)?|members|workers|officers|officials|soldiers|guards|"
        r"students|teachers|volunteers|journalists|diplomats|engineers)\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){1,4}?"
        r"(?:in\s+(?-i:[A-Z])[\w'’-]+\s+)?(?:were|was|have been|had been|has been)\s+(?:reportedly\s+|also\s+)?"
        r"(?:killed|shot dead|murdered|slain|gunned down)\b", re.I)),
    # (not a part of a count told before it: "4 people were killed, including 2 policemen, and 3 militants were killed")
    # (not "the dead" as those a source buried: "a resident who helped bury the dead told Reuters")
    ("N victims killed", re.compile(rf"\b(?<!including)(?<!including )(?<!among them)(?<!among them )(?<!of whom)(?<!of whom ){_HEDGE}(?!(?:19|20)\d\d\b)(?P<n>{_NUMBER})\s+{_NOT_A_COUNT}(?:of (?:the|them) )?{_VICTIM},?\s+(?:\([^()]{{0,60}}\)\s+|(?<=,\s)(?:including|among them|(?:most|many|all|some|half|several|\w+) of (?:them|whom))\s+[^,.;()]{{1,60}},\s+|(?<=,\s)[^,.;()]{{1,60}}\s+among them,\s+|[-–—]\s+[^-–—.;()]{{1,80}}\s+[-–—]\s+)?(?:(?!(?:injured|wounded|hurt|none|no|not|but|after|before|when|while|because|following|said|says|told|added)\b)[\w'-]+,? ){{0,4}}?(?:were|was|have been|had been|has been|are|got|being|had|have|has)?\s*(?:reportedly |reported |confirmed |allegedly |later found |found )?(?:killed|(?<!the )dead|died|die|slain|martyred|murdered|shot dead|shot and killed|fatally (?:shot|stabbed|wounded)|gunned down|executed|beheaded|lynched|massacred|neutrali[sz]ed|burnt to death|burned to death|hacked to death|stoned to death|beaten to death|stabbed to death|clubbed to death|tortured to death|burnt alive|burned alive|perished|lost their lives|lost his life|lost her life|succumbed to (?:their|his|her) (?:injuries|wounds)|paid the (?:supreme|ultimate) price)\b", re.IGNORECASE)),
    # ("Two brothers, both signatories of the 2016 accord, were taken from their home and shot dead": the N taken out and
    # killed, told past an aside)
    ("N, told of, taken and killed", re.compile(
        rf"\b(?P<n>{_NUMBER})\s+(?![-–—])(?!{_NUMBER}\b){_VICTIM},\s+(?:both|all|each|most|many|some|several|including|among)\b"
        rf"[^,.;()]{{1,60}},\s+(?:were|was|had been|have been)\s+(?:taken|dragged|pulled|abducted|kidnapped|seized|led)\b"
        rf"[^,.;()]{{0,40}}?\band\s+(?:then\s+|later\s+)?(?:shot dead|killed|executed|beheaded|murdered|hacked to death|"
        rf"stabbed to death|beaten to death)\b", re.IGNORECASE)),
    # "a police operation left the son of a business owner shot dead": one person left dead
    # ("assaulted a man suspected of stealing cattle, leaving him dead")
    # (not a toll: "left a combined toll of 60 dead")
    ("left one dead", re.compile(r"\b(?:left|leaving)\s+(?P<n>)(?:(?:an?|the|one|his|her|their)\s+"
                                 r"(?!(?:[\w'-]+\s+){0,3}?(?:toll|total|tally|number)\b)(?:[\w'-]+\s+){0,6}?|"
                                 r"(?:him|her)\s+)(?:shot dead|dead|lifeless)\b", re.I)),
    # "killing a family of five": the family's members, not one
    ("killed a family of N", re.compile(
        rf"\b(?:killed|killing|kills|kill|murdered|wiped out|wiping out)\s+(?:an?|the|one|his|her|their)\s+(?:[\w'-]+\s+)?"
        rf"family\s+of\s+(?P<n>{_NUMBER})\b", re.IGNORECASE)),
    # "seized 13 suspected gang members from police custody and burned them alive": the N taken, then killed
    ("N taken and killed", re.compile(
        rf"\b{_HEDGE}(?!(?:19|20)\d\d\b)(?!an?\s)(?P<n>{_NUMBER})\s+{_NOT_A_COUNT}(?:[\w'-]+,?\s+){{1,10}}?"
        # (and the blows before: "pulled 13 suspected gang members from a minibus stopped by police, stoned them and burned
        # them alive")
        rf"(?:(?:stoned|beat|beaten|clubbed|doused|tied|stripped)\s+them,?\s+)?and\s+(?:then\s+|later\s+)?"
        rf"(?:(?:killed|executed|lynched|murdered|beheaded)\s+them|shot\s+them\s+dead|(?:burned|burnt)\s+them\s+"
        rf"(?:alive|to death)|(?:were\s+)?(?:later|then)\s+found\s+dead)\b", re.IGNORECASE)),
    # "Two of the wounded later died": more dead, the wounded being none of the toll told
    ("N of the wounded died", re.compile(
        rf"\b(?P<n>{_NUMBER})\s+of\s+the\s+(?:wounded|injured)\s+(?:later\s+|subsequently\s+|have\s+since\s+|have\s+)?"
        rf"(?:died|succumbed)\b", re.IGNORECASE)),
    # "burned 13 suspected gang members alive"
    ("burned N alive", re.compile(
        rf"\b(?:burned|burnt|burning|burns|burn)\s+{_HEDGE}(?P<n>{_NUMBER})\s+{_NOT_A_COUNT}(?:[\w'-]+\s+){{0,4}}?alive\b",
        re.IGNORECASE)),
    # "killing and wounding several soldiers", "killed and injured the occupants": deaths told, their number not
    # (the count covers the wounded too): ACLED's figure for a limited attack, 3, or the count if it is lower
    ("killed and wounded N", re.compile(
        rf"\b(?:killed|killing|kills|kill)\s+and\s+(?:injured|injuring|injures|wounded|wounding|wounds|maimed|maiming)\s+"
        rf"(?:severely\s+|seriously\s+)?(?:{_HEDGE}(?P<n>{_NUMBER})\b(?!\s*(?:%|percent\b))|(?P<m>)(?:the|its|their|other|many|"
        rf"some)\s+(?:[\w'-]+\s+)?{_VICTIM}\b)", re.IGNORECASE)),
    ("killed N", re.compile(rf"\b(?:killed|killing|kills|kill|murders|lynches|lynched|lynching|murdered|murdering|executed|executing|massacred|shot dead|shooting dead|gunned down|beheaded|beheading|decapitated|decapitating|slaughtered|hacked to death|stabbed to death|burned to death|burnt to death|beat to death|beaten to death|stoned to death|burned alive|burnt alive|left|leaving)\s+(?:and\s+(?!injur|wound|hurt|maim|abduct|kidnap|around\b|about\b|some\b|over\b|nearly\b|almost\b|at\b|more\b|up\b)[a-z]+\s+|(?<=death\s)and\s+set\s+(?:ablaze|alight|on fire)\s+)?{_HEDGE}(?P<n>{_NUMBER})\b(?!\s*(?:%|(?:percent|years?|months?|weeks?|days?|hours?|km|kilomet\w*|miles?|metres|meters|am|pm|a\.m|p\.m)\b))(?!-year-old)(?:\s+(?:{_VICTIM}|of (?:them|the))\b)?(?P<tail>\s+(?:dead|people dead|wounded|injured|hurt))?", re.IGNORECASE)),
    # an execution by hanging: "the junta hanged four political prisoners" (not "hanged an effigy", nor himself)
    ("hanged N", re.compile(rf"\bhanged\s+{_HEDGE}(?P<n>{_NUMBER})\s+(?:[\w-]+\s+)?(?:prisoners|activists|men|women|people|"
                            r"detainees|convicts|inmates|members|dissidents|opponents|protesters|lawmakers)\b", re.I)),
    # "killing at least 5 civilians as well as himself", "then killed himself": the attacker's own death counts
    # ("12 recruits were killed in addition to the bomber")
    ("killed himself", re.compile(r"\b(?P<n>)(?:(?:killed|killing|as well as|along with|and|in addition to)\s+(?:him|her)self|"
                                  r"in addition to the (?:suicide )?(?:bomber|attacker|assailant))\b",
                                  re.I)),
    # "killing 6 soldiers. The bomber also died.": the bomber's own death told counts too (not "blew himself up, killing
    # at least 54 people": the figure may hold him)
    # ("The attacker and four other people, including two soldiers, were killed": the attacker and the others told)
    ("the bomber died", re.compile(r"\b(?P<n>)the (?:suicide )?(?:bomber|attacker|assailant) (?:(?:also |himself |herself )?"
                                   r"(?:died|was killed|was also killed)\b|and(?=\s+(?:at least )?\w+ (?:other|more)\b))",
                                   re.I)),
    # "the army neutralised 12 terrorists": the Sahel's word for killed, said of people only
    ("neutralised N", re.compile(rf"\bneutrali[sz](?:ed|ing)\s+{_HEDGE}(?P<n>{_NUMBER})\s+(?:{_VICTIM}|of them)\b",
                                 re.IGNORECASE)),
    # "arrested seven civilians, whose bodies were later found in shallow graves": those taken, found dead
    ("N, whose bodies were found", re.compile(
        rf"\b{_HEDGE}(?P<n>{_NUMBER})\s+{_VICTIM},?\s+whose\s+(?:\w+\s+)?bod(?:y|ies)\s+(?:were|was|had been)\s+"
        r"(?:later\s+|subsequently\s+|eventually\s+|then\s+)?(?:found|discovered|recovered|dumped)\b", re.IGNORECASE)),
    # "JNIM said it had lost three fighters": a side's own dead, told as its loss (people only: not "lost two vehicles")
    ("lost N", re.compile(rf"\b(?:lost|losing|loses)\s+{_HEDGE}(?P<n>{_NUMBER})\s+(?:of (?:its|their|his) (?:own )?)?"
                          r"(?:[\w'-]+\s+)?(?:fighters|soldiers|men|troops|members|militants|combatants|officers|policemen|"
                          r"personnel|comrades|gendarmes|rebels|volunteers|elements|servicemen|militiamen|guerrillas|"
                          r"fighter|soldier|man|member|militant|combatant|officer|policeman|gendarme|rebel|volunteer)\b",
                          re.IGNORECASE)),
    ("N dead", re.compile(rf"\b{_HEDGE}(?!(?:19|20)\d\d\b)(?P<n>{_NUMBER})\s+{_NOT_A_COUNT}(?:{_VICTIM}\s+)?(?:(?:are|were|lay|lie|now|reported|confirmed|feared|believed) )?(?:dead|deaths?\b(?!\s+(?:threats?|sentences?|penalt(?:y|ies)|row|squads?|warrants?|certificates?)\b)|fatalities|fatality)\b", re.IGNORECASE)),
    ("N killed", re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
                            r"forty|fifty|dozens|scores|hundreds)\s+(?:people |persons )?killed\b", re.I)),
    # "The demonstrators clashed with police and two died"
    ("and N died", re.compile(r"(?:\band|,)\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of them\s+|more\s+)?died\b",
                              re.I)),
    ("N somebodies were killed", re.compile(
        rf"\b{_HEDGE}(?!(?:19|20)\d\d\b)(?P<n>{_NUMBER})\s+{_NOT_A_COUNT}"
        # ("two aides of the opposition candidate were shot dead"; not "Two were released while three were executed")
        # (nor "A vigilante leader said five kidnappers were killed": a source's words, not one of the dead)
        rf"(?:(?!(?:were|was|have|had|and|while|but|said|says|told|reported|claimed|added|confirmed|that)\b)[\w'-]+\s+){{0,5}}?"
        rf"(?:were|have been|had been)\s+(?:\w+\s+)?"
        rf"(?:killed|martyred|shot dead|executed|murdered|beheaded|lynched|slain|gunned down)\b", re.IGNORECASE)),
    # ("His dead body with 11 stab wounds was found", "his dead body was returned the next day")
    # ("His body, bearing signs of torture, was found the next day")
    ("his body found", re.compile(r"\b(?P<n>his|her|[\w-]+['’]s) (?:dead )?body(?:, [^,.;]{1,60},)? (?:with (?:[\w-]+ ){1,4})?"
                                  r"(?:was |has been |had been )?"
                                  r"(?:\w+ )?(?:found|discovered|recovered|returned|handed over|dumped)\b", re.I)),
    # (not bodies long dead, kept or sought: "speed up the identification of hundreds of bodies held in morgues")
    # (not a figure a clause ends on: "the toll could exceed 115 as more bodies were recovered")
    # (not an organisation's bodies: "the YCDC and GAD (both government bodies)")
    ("N bodies", re.compile(rf"\b{_HEDGE}(?P<n>{_NUMBER})\s+(?:(?!(?:as|and|or|than|were|was|with|that|had|who|which)\s)[\w-]+\s+){{0,2}}?"
                            r"(?<!government )(?<!state )(?<!official )(?<!public )(?<!regulatory )(?<!governing )(?<!statutory )(?<!administrative )(?<!advisory )(?<!local )(?<!legislative )"
                            r"(?:bodies|corpses)\b"
                            r"(?!\s+(?:held|kept|stored|lying unclaimed)\s+(?:in|at)\s+(?:the\s+)?(?:morgues?|mortuar(?:y|ies)))", re.IGNORECASE)),
    # ("Three of those arrested were later found dead")
    ("N of them killed", re.compile(rf"\b(?P<n>{_NUMBER})\s+of\s+(?:them|whom|the(?:\s+[\w'-]+){{1,2}}?|those\s+(?:arrested|detained|abducted|kidnapped|taken|seized|held))\s+(?:were\s+|was\s+)?(?:\w+\s+){{0,2}}?(?:killed|died|dead)\b", re.IGNORECASE)),
    ("N were killed", re.compile(rf"\b{_HEDGE}(?!(?:19|20)\d\d\b)(?P<n>{_NUMBER})\s+{_NOT_A_COUNT}(?:of them |others |more )?(?:were|was|are|have been|had been)\s+(?:(?!injured|wounded|hurt)\w+\s+(?:and\s+)?)?(?:killed|martyred|executed|murdered|shot dead|slain|beheaded|lynched|found dead|neutrali[sz]ed)\b", re.I)),
    ("verb N to death", re.compile(r"\b(?:stabbed|stabbing|beat(?: up)?|beaten(?: up)?|beating(?: up)?|hacked|hacking|burned|burnt|burning|stoned|"
                                   r"stoning|clubbed|clubbing|shot|shooting|tortured|torturing)\s+(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w'’-]+\s+){0,7}?to death\b", re.I)),
    # ("A man stabbed his neighbour to death", "hacked her husband to death"): one person told by whose they were
    ("verb his kin to death", re.compile(r"\b(?:stabbed|stabbing|beat|beaten|beating|hacked|hacking|clubbed|clubbing|strangled|"
                                         r"strangling)\s+(?:his|her|their)\s+(?:[\w'’-]+\s+)?(?:wife|husband|neighbou?r|son|"
                                         r"daughter|father|mother|brother|sister|uncle|cousin|friend|employer|colleague|child)"
                                         r"\s+to death\b", re.I)),
    # "caught two suspected robbers and beat them to death": the people seized, counted before "them"
    ("seized N and killed them", re.compile(
        r"\b(?:caught|seized|grabbed|captured|cornered|apprehended|dragged|pulled)\s+(?P<n>two|three|four|five|six|seven|eight|"
        r"nine|ten|\d+)\s+(?:[\w'’-]+\s+){0,3}?(?:and|before)\s+(?:then\s+)?(?:beat(?:ing)?|stabbed|stabbing|hacked|hacking|"
        r"burned|burnt|burning|stoned|stoning|clubbed|clubbing|lynched|lynching|killed|killing)\s+them(?:\s+to\s+death|(?<=lynched them)|"
        r"(?<=lynching them)|(?<=killed them)|(?<=killing them))\b", re.I)),
    # "A body has been found dumped in a pit latrine", "the body of a man was found"
    # ("the body of CHADEMA leader Ali Mohamed Kibao, abducted the previous day ..., was found": a gloss between)
    ("a body found", re.compile(r"\b(?P<n>)(?:a|one|the) (?:dead |lifeless |decomposing )?body (?:of (?:a |an |the )?(?:[\w'-]+ ){1,3}|"
                                r"of (?:[\w'’-]+ ){0,5}[\w'’-]+,[^.;]{1,120}?, )?"
                                r"(?:was|has been|had been) (?:\w+ )?(?:found|discovered|recovered)\b", re.I)),
    ("killed the one", re.compile(r"\b(?:killed|killing|kills|kill|lynches|lynch|assassinated|assassinating|executed|executing|murdered|murdering|beheaded|beheading|decapitated|decapitating|lynched|shot dead|stabbed to death|hacked to death)\s+(?:(?:the|a|an|one|his|her|their)\s+|(?=suspected\s))(?:[\w'-]+\s+){0,3}?(?P<n>)(?:chief|man|woman|boy|girl|soldier|officer|policeman|villager|civilian|farmer|teacher|student|leader|official|child|herder|trader|driver|person|member|commander|son|daughter|husband|wife|father|mother|brother|sister|imam|pastor|priest|councilor|councillor|deputy|governor|mayor|journalist|businessman|elder|militiaman|suspect|thief|robber|rustler|abbot|monk|cleric|administrator|headman|guard|worker|miner|fisherman|youth|resident|activist|candidate|lawyer|doctor|nurse|owner|shopkeeper|rapist|pastor|motorist|rider|operator|neighbou?r|colleague|friend|cousin|employer|employee|customer|landlord|tenant|"
                                r"militant|fighter|attacker|gunman|bandit|assailant|associate|bodyguard|bomber|suicide bomber|"
                                r"smuggler|poacher|politician|judge|businesswoman|chairman|informant|motorcyclist|shepherd|"
                                r"guide|interpreter|translator|cyclist|tourist|"
                                r"herdsman|vendor|labou?rer|supporter|cadre|volunteer|tribesman|sheikh|engineer|contractor|"
                                r"ranger|gendarme|constable|reservist|serviceman|national|refugee|migrant|pilgrim|passenger|household head|"
                                r"head of (?:the )?(?:household|family)|breadwinner|nephew|niece|uncle|aunt|grandfather|"
                                r"grandmother|grandson|granddaughter|stepson|stepdaughter|son-in-law|brother-in-law|widow|"
                                r"teenager|toddler|infant|baby|pupil|schoolboy|schoolgirl)\b", re.I)),
    # "beat a mentally ill man, Tofazzal Hossain, to death": one person, the name between
    ("beat one to death", re.compile(
        rf"\b(?:beat|beating|stabbed|stabbing|hacked|hacking|stoned|stoning|clubbed|clubbing|burned|burnt|burning)\s+"
        rf"(?:an?|the|one)\s+(?:[\w'-]+\s+){{0,3}}?(?P<n>){_ONE_PERSON},(?:\s+[\w'’.-]+){{1,5}},\s+to death\b", re.I)),
    # "BCL activists beat BUET student Abrar Fahad to death", "a mob hacked lawyer Saiful Islam Alif to death": one person,
    # named between the blows and their end
    ("beat a named person to death", re.compile(
        r"\b(?:beat|beating|hacked|hacking|stabbed|stabbing|stoned|stoning|clubbed|clubbing|burned|burnt)\s+"
        r"(?:(?!(?:in|at|near|on|of|from|with|by|and)\b)[\w'’-]+\s+){0,4}?(?P<n>)(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,3})\s+to death\b", re.I)),
    # "beat a man accused of being a 'blood sucker' (chupa-sangue) to death": one person, told of before the end
    ("beat one, told of, to death", re.compile(
        rf"\b(?:beat|beating|hacked|hacking|stabbed|stabbing|stoned|stoning|clubbed|clubbing)\s+(?:an?|one)\s+"
        rf"(?:[\w'’-]+\s+){{0,2}}?(?P<n>){_ONE_PERSON}\s+(?:accused|suspected|believed|alleged)\b[^.;]{{0,80}}?\bto death\b", re.I)),
    # "shot dead Mwenda Itaeba, a politician": one person, named (not "killed Al Shabaab fighters")
    # "killed Homa Bay CEC executive, Dony Opar": a person named by a title with no article
    ("killed a titled person", re.compile(
        r"\b(?:killed|killing|murdered|shot dead|gunned down|assassinated|executed|beheaded|lynched)\s+(?P<n>)"
        # ("killing senior Hamas official Saleh al-Arouri": a modifier before the body named)
        r"(?:(?:senior|top|prominent|former|deputy|local)\s+)?(?:(?-i:[A-Z][\w'’-]*)\s+){1,4}(?:(?:deputy|senior|top|former|military|political|local|regional|field)\s+)?"
        r"(?:executive|official|chief|commander|leader|councill?or|mp|mca|senator|"
        r"governor|mayor|administrator|pastor|imam|priest|teacher|journalist|lawyer|politician|aspirant|candidate)"
        r"\b(?!\s+(?:and|of)\b)", re.I)),
    ("killed a named person", re.compile(
        r"\b(?:killed|killing|murdered|murdering|shot dead|shooting dead|gunned down|assassinated|assassinating|executed|"
        # ("shot dead environmental defender and municipal councillor Juan Lopez", "killing Minister Khalil ur-Rahman
        # Haqqani and at least 4 others")
        # ("beat and burned to death Zimbabwean national Elvis Nyathi")
        r"beheaded|lynched|stabbed to death|hacked to death|(?:beat and |beaten and )?(?:burned|burnt|beaten|beat|stoned) to death)"
        # ("shot dead women's rights activist and physician Reham Yacoub")
        r"\s+(?:(?:the|a|an)\s+)?(?:(?!(?:of|in|at|near|on|for|from|to|with|by|animals|livestock|cattle)\b)[a-z0-9'’-]+\s+){0,5}?(?P<n>)"
        # (accented names too: "community leader Edinson Pabón")
        r"(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+|[a-z]{1,3}-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)){1,3})"
        r"(?=\s*(?:[,.;]|$|\s+(?:in|on|at|near|and|who|while|after|as|"
        r"during|from|outside|inside)\b))", re.I)),
    # "councillor Marielle Franco and her driver Anderson Gomes were shot dead", "Dom Phillips and Bruno Pereira were shot
    # dead": two people told by name
    ("two named people killed", re.compile(
        rf"\b(?P<n>){_PERSON_NAME}\s+and\s+(?:(?:his|her|their)\s+)?(?:[\w-]+\s+){{0,3}}?{_PERSON_NAME}\s+"
        r"(?:were|have been|had been)\s+(?:reportedly\s+)?(?:killed|shot dead|murdered|assassinated|gunned down|executed|"
        r"stabbed to death|hacked to death|beaten to death|shot and killed)\b")),
    # "4 soldiers killed; 1 ARSA died": a count of a group's members named by the group
    ("N of a group died", re.compile(
        rf"\b(?P<n>{_NUMBER})\s+(?-i:[A-Z][\w/-]*[A-Z][\w/-]*)(?:\s+(?:soldiers?|members?|fighters?|militants?|troops))?\s+"
        rf"(?:were\s+|was\s+)?(?:died|killed|dead)\b", re.I)),
    # (not a source's figure: "a civil society group said 11 had died")
    ("one died", re.compile(r"\b(?P<n>an?|one|another)\s+(?:(?!(?:after|before|when|because|following|said|says|told|reported)\b)"
                            r"[\w'-]+\s+){1,10}?(?:died|dies|succumbed)\b|\b(?P<m>one) died\b", re.I)),
    # "A man suspected of stealing a motorcycle was beaten and set on fire by a crowd in Mukono town late on Friday,
    # and died before police could reach him"
    ("one was hurt and died", re.compile(r"\b(?P<n>an?|one)\s+(?:[\w'-]+\s+){0,6}?(?:was|got)\s+(?:[\w,'-]+\s+){1,25}?"
                                         r"and\s+(?:later\s+|subsequently\s+|eventually\s+)?died\b", re.I)),
    # "three displaced villagers were injured and killed by soldiers", "two men were wounded and later died": hurt, then dead
    ("N were hurt and killed", re.compile(rf"\b{_HEDGE}(?P<n>{_NUMBER})\s+{_NOT_A_COUNT}{_VICTIM}\s+(?:were|have been|had been)\s+"
                                          r"(?:seriously\s+|badly\s+|critically\s+)?(?:injured|wounded|hurt)\s+and\s+"
                                          r"(?:later\s+|subsequently\s+|eventually\s+|then\s+)?(?:killed|died|succumbed)\b", re.I)),
    # "assaulted two men ... and set them alight; both died at the scene"
    ("both died", re.compile(r"\bboth(?:\s+of\s+them|\s+men|\s+women|\s+victims)?\s+(?:later\s+|subsequently\s+)?"
                             r"(?:died|were\s+killed|succumbed|were\s+(?:found\s+)?dead)\b", re.I)),
    ("bodies of N", re.compile(rf"\b(?:bod(?:y|ies)|corpses?|remains) of {_HEDGE}(?P<n>{_NUMBER})\b", re.I)),
    ("fatally hurt N", re.compile(rf"\bfatally\s+(?:shot|shooting|stabbed|stabbing|assaulted|attacked|beat|beaten|wounded|"
                                 rf"injured|hit|struck|hacked|lynched)\s+(?:(?P<n>{_NUMBER})|the|his|her|their|an?)\s+", re.I)),
    # "shot the driver dead", "gunned a trader down": one person, named by who they were
    ("shot the one dead", re.compile(rf"\b(?:shot|gunned) (?P<n>)(?:the|a|an|one|his|her|their) (?:[\w'-]+ ){{0,2}}?"
                                     rf"{_ONE_PERSON} (?:dead|down)\b", re.I)),
    ("killed him", re.compile(r"\b(?:killed|killing|murdered|murdering|shot dead|shooting dead|executed|executing|beheaded|"
                              r"beheading|lynched|lynching|stabbed to death|hacked to death|beat to death|beaten to death|"
                              r"burned to death|burnt to death|stoned to death)(?: and (?:burnt|burned|beat|set ablaze))? "
                              r"(?P<n>him|her)\b|\b(?:burnt|burned|set ablaze|set on fire) (?P<m>him|her) alive\b|"
                              # "shot her dead", "beat him to death"
                              r"\b(?:shot|shooting|gunned|beat|beating|stabbed|stabbing|hacked|stoned|burned|burnt) "
                              r"(?P<k>him|her) (?:dead|down|to death)\b", re.I)),
    ("the victim died", re.compile(r"\b(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}?(?P<n>man|woman|boy|girl|child|victim|farmer|villager|driver|"
                                   r"civilian|soldier|officer|policeman|teacher|student|trader|herder|passenger|resident|"
                                   r"person|suspect|chief|worker|miner|fisherman|youth|monk|headman|mother|father|son|daughter|clerk|baby|infant|"
                                   r"captain|guard|owner|vendor|rider|journalist|commander|member|fighter|militant|gunman|"
                                   r"attacker|assailant|priest|imam|pastor|activist|lawyer|doctor|nurse|official|leader|"
                                   r"teenager|pupil|operator|motorist|employee|prisoner|detainee|inmate|patient)(?:,\s*\d{1,3},)?\s+(?:later\s+|subsequently\s+|reportedly\s+|"
                                   r"eventually\s+)?(?:died|succumbed)\b", re.I)),
    # (not a note's bare tag "Fatalities unknown.": no deaths told, the count of none unknown)
    ("unknown fatalities", re.compile(r"\b(?P<n>unknown (?:number of )?fatalities|(?<![.!?] )(?<!^)fatalities (?:were |are )?unknown|"
                                      # "Fatalities were reported, but the number is unknown"
                                      # ("Fatalities were reported among government soldiers, but no number was given")
                                      r"(?:fatalities|deaths) (?:were|was|have been|had been) reported(?: among (?:[\w'-]+ ){1,4}?"
                                      r"[\w'-]+)?,? but (?:(?:the|their) (?:exact )?(?:number|toll|figure) (?:is|was|remains|"
                                      r"remained) (?:unknown|unclear|not known)|no (?:number|figure|toll) was (?:given|provided|reported))|"
                                      # ("Police reported fatalities among the gang members but gave no number")
                                      r"reported (?:fatalities|deaths) (?:among (?:[\w'-]+ ){0,4}?[\w'-]+ )?but gave no "
                                      r"(?:number|figure|toll)|"
                                      # ("Fatalities were reported on both sides, but the number killed in this area is
                                      # unknown", "servicemen were killed without specifying the number")
                                      r"(?:fatalities|deaths) (?:were|was) reported (?:on both sides|among (?:[\w'-]+ ){0,4}?[\w'-]+)"
                                      r",? but the number(?: killed| of (?:dead|deaths|fatalities))?(?: [\w'-]+){0,4}? "
                                      r"(?:is|was|remains|remained) (?:unknown|unclear|not known)|"
                                      r"(?:were|was) killed,? without (?:specifying|giving|stating) (?:the|their) (?:number|toll|figure))"
                                      r"\b(?! coded)", re.I)),
    ("he died", re.compile(r"\b(?P<n>he|she)\s+(?:(?:was|had been)\s+(?:\w+\s+){1,3}and\s+)?(?:later\s+|subsequently\s+|reportedly\s+|eventually\s+)?"
                           r"(?:died|succumbed)\b", re.I)),  # ("He was wounded and died later")
    ("was attacked and killed", re.compile(r"\b(?P<n>was|got|is)\s+(?:[\w'-]+\s+){1,8}?and\s+(?:then\s+|later\s+)?(?:killed|murdered|shot dead|beheaded|"
                                           r"(?:stabbed|beaten|hacked|burned|burnt|clubbed|stoned) to death)\b", re.I)),
    ("he was killed", re.compile(r"\b(?P<n>he|she)\s+(?:was|is|had been|has been|is believed to have been|was reportedly|"
                                r"was allegedly)\s+(?:\w+\s+)?(?:killed|beaten to death|stabbed to death|hacked to death|"
                                r"shot dead|burned to death|burnt to death|stoned to death|tortured to death|murdered)\b", re.I)),
    # a report's label: "Fatalities: 4 soldiers.", "Deaths: at least 50 (police); Amnesty put the toll at over 100"
    # (not "Fatalities: 17; hundreds injured"'s second figure, nor "Casualties: 3 injured")
    # (its list of groups is summed: "Fatalities: 4 Habar Gidir and 2 Marehan militiamen", "3 soldiers, 2 police and 5 militants")
    # ("a" counts only a victim: "Fatalities: a soldier", not "Fatalities: a Fulani association reported 5 herders killed")
    ("fatalities label", re.compile(rf"{TOLL_LABEL}{_HEDGE}(?:(?!an?\b)|(?=an?\s+{_VICTIM}(?![\w'’]|\s+(?:association|group|union|council|organi[sz]ation)\b)))(?P<n>{_NUMBER})\b{_NOT_HURT}"
                                    rf"(?:{_LABEL_NEXT}(?P<m>{_NUMBER})\b{_NOT_HURT}(?:{_LABEL_NEXT}(?P<k>{_NUMBER})\b{_NOT_HURT})?)?",
                                    re.I)),
    ("fatalities coded as N", re.compile(rf"\bfatalities (?:were |are |is )?(?:coded|recorded|estimated) (?:as|at) (?P<n>{_NUMBER})\b", re.I)),
    # (not an age: "the murder of 8-year-old Camila")
    ("murder of", re.compile(rf"\b(?:murder|killing|deaths?|assassination|execution|beheading)\s+of\s+(?P<n>{_NUMBER})\b"
                             r"(?!-year|\s+years?\b)", re.IGNORECASE)),
    # "claimed the lives of four people", "slit the throats of six men"
    ("the lives of N", re.compile(rf"\b(?:(?:claimed|took|claiming|taking) the lives?|(?:slit|slitting|cut|slashed) the throats?)\s+of\s+"
                                  rf"{_HEDGE}(?P<n>{_NUMBER})\b", re.IGNORECASE)),
    # "Albert Ojwang died in a cell at Central Police Station", "died in police custody": one death, a count told
    # before it ("three detainees died in custody") read by the rules above
    ("died in custody", re.compile(r"\b(?P<n>)died (?:\w+ ){0,3}?(?:in|while in|under) (?:police |military |army |prison |"
                                   r"their |a |his |her |the )?(?:custody|detention|cells?|lock-?ups?)\b", re.IGNORECASE)),
]
# the same patterns, searched through lower-cased ASCII text when they can be (fastre.Caseless)
_FAST_PATTERNS = [(rule, Caseless(pattern)) for rule, pattern in _PATTERNS]
# a single victim: "a soldier was killed" (the patterns above found no count around it)
_SINGULAR = Caseless(re.compile(
    r"\b(?:was|got|is) (?:(?:later |reportedly |allegedly )?(?:found|discovered) |allegedly |reportedly |also |(?-i:[A-Z])[a-z]+day )?"
    r"(?:dead|shot dead|killed|assassinated|"
    r"murdered|beheaded|lynched|executed|slain|gunned down|hacked to death|burnt to death|burned to death|beaten to death|"
    r"stabbed to death|stoned to death|shot and killed|fatally (?:shot|stabbed|assaulted|attacked|injured|wounded|beaten))\b|"
    r"^(?:an? )?(?:man|woman|boy|girl|body|trader|farmer) found (?:dead|killed|murdered)\b", re.IGNORECASE))
# deaths that are not the event's: what a protest is about, accidents, natural causes
# the fight's own dead: "regained control of the town after clashes in which ten insurgents were killed", "recaptured
# Sinja from the RSF after fighting that killed at least 15 fighters"
_FIGHTING_IN_WHICH = re.compile(r"\b(?:clashes|fighting|battles?|gunfights?|firefights?|exchanges? of (?:gun)?fire|"
                                r"an? (?:clash|battle|firefight|gunfight|ambush|attack|raid|assault))\s+(?:(?:in|during)\s+which|"
                                r"that|which)\s*$", re.I)
_NOT_THE_EVENT = re.compile(
    # (not an adjective: "opened fire into the protesting prisoners and this caused 4 deaths")
    r"\b(?:(?<!the )(?<!a )protest(?!ers?\b|ors?\b)\w*|(?<!the )(?<!a )demonstrat(?!ors?\b)\w*|demand\w*|justice for|"
    # (not a span of time: "shooting unarmed men over two days and killing hundreds")
    # (nor a day: "A statement the following day raised the toll to 21")
    r"following(?!\s+(?:day|morning|evening|night|week)\b)|after|over(?!\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|hours?|nights?|years?|weekend)\b)|against|"
    # (mourners may be the doers: "mourners killed a man, his son and nephew")
    r"mourn(?!ers?\b)\w*|accident|crash|hono(?:u)?r\w*|commemorat\w*|in memory of|memorial|remember\w*|"
    r"suspected to have|who had|who has|who had just|convicted of|arrested for|wanted for|revenge|avenge|retaliation for|reprisals? for|"
    # (not the victim's own try: "A pastor who tried to put out a fire was shot dead")
    r"(?:tried|attempted|attempt|attempting|trying) to(?!\s+(?:flee|escape|run|resist|intervene|rescue|help|stop|put out|"
    r"extinguish|save|protect|defend|shield|hide|cross|reach))|nearly|almost|"
    r"drown\w*|illness|disease)\b(?:\s+\w+){0,4}\s*$", re.I)
# "three days after gunmen killed 12 civilians": an armed group's killing told after "after" is an act
# of its own (a background event), and these are its deaths
# ("a day after gunmen on motorbikes killed at least 21 civilians": how they came)
# ("after armed men killed ...", "after unknown militiamen killed ...")
_ARMED_AGENT_AFTER = re.compile(r"\b(?:after|following)\s+(?:suspected\s+|unidentified\s+|unknown\s+)?(?:armed\s+)?"
                                # ("a day after Boko Haram fighters killed 12 farmers": a named group's men)
                                r"(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}(?:gunmen|"
                                r"(?<=armed )men|militiamen|militants|fighters|"
                                r"jihadists|insurgents|rebels|bandits|attackers|assailants|terrorists)"
                                r"(?:\s+(?:on|riding|in|aboard)\s+(?:[\w-]+\s+)?(?:motorbikes|motorcycles|pick-?ups|"
                                r"trucks|vehicles|boats|horseback|camels))?\s+$", re.I)
_SOME_OF_THOSE = re.compile(r"[\w-]+\s+of\s+(?:the|them|those)\b", re.I)
# (not when people protested it: "residents demonstrated ..., after armed men killed one guard")
_PROTESTED_BEFORE = re.compile(r"\b(?:protest|demonstrat|marched|rallied|took to the streets)", re.I)
# "suspected of killing his wife", "charged with the murder of": the death is what someone is accused of
# ("arrested five men for their role in the killing of", "in connection with the murder of")
# ("on the strength of a warrant for the ambush killing of a rival", "on charges of killing")
_ACCUSED_OF = re.compile(r"(?:\b(?:suspected|accused|charged|convicted|arrested|wanted|jailed|sentenced|tried) "
                         r"(?:of|for|with|over)|\bfor (?:their|his|her|its) (?:alleged )?(?:role|part|involvement) in|"
                         r"\bin connection with|\bon charges of|\bwarrant (?:of arrest )?for)\s+(?:(?:the|having|allegedly)\s+)?"
                         r"(?:ambush|alleged|brutal|gruesome|double|triple)?\s*$", re.I)
_AN_ANIMAL_BEFORE = re.compile(r"\b(?:an?|one|the|their|his|her)\s+(?:\w+\s+)?(?:dog|cow|goat|camel|sheep|donkey|animal|"
                               r"elephant|chicken|pig|horse|bull|ox|mule)\s+(?:was|had been|has been)?\s*(?:also\s+)?$", re.I)
_ANIMALS = re.compile(r"\s*(?:\w+\s+)?(?:dogs?|cattle|goats?|cows?|camels?|livestock|sheep|donkeys?|animals|"
                      r"elephants?|chickens?|pigs?|horses?)\b"
                      # "killed four suspected livestock thieves": people named by the animals
                      r"(?!\s+(?:thie(?:f|ves)|rustlers?|raiders?|traders?|herders?|herdsmen|owners?|keepers?|farmers?|"
                      r"dealers?|buyers?|sellers?|merchants?|grazers?))", re.I)
_GROUP_WORDS = re.compile(r"(?:\s+(?!and\b|but\b|while\b|when\b|including\b|among\b|of whom\b)[\w'-]+){1,6}")
_NOT_KILLED_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:were|was|are|got)\s+(?:\w+\s+)?(?:injured|wounded|hurt|arrested|"
                               r"rescued|abducted|kidnapped|missing|released)\b|\s+(?:injured|wounded|hurt)\b", re.I)
# ("25 houses were burned and two people were killed": a clause, not a first group of the dead)
_UNCOUNTED = re.compile(r"an?\s+(?:undetermined|unknown|unspecified|undisclosed|unconfirmed|uncertain)\s+number\b", re.I)
# a part of a count told before it ("including 2 policemen")
_SUBSET_BEFORE = re.compile(r"\b(?:including|among them|of whom)\s*$", re.I)
_NOT_A_SECOND_GROUP = re.compile(r"\b(?:including|among them|of whom|injured|wounded|hurt|were|was|been|houses|homes|huts|"
                                 r"shops|vehicles|cars|cattle(?!\s+(?:keepers?|herders?|owners?|traders?|rustlers?|raiders?|thie(?:f|ves)))|livestock|goats|"
                                 r"camels|buildings|neighbou?rhoods|villages|towns|"
                                 r"districts|areas|places|locations|rockets|shells|missiles|drones|bombs|rounds|times|hours)\b",
                                 re.I)  # (not "in several neighbourhoods, and at least 17 people were killed": places)
# units of armed forces, named before or after their number ("LIB No. 105", "the 503 LIB")
_UNIT_NAMES = r"LIBs?|LIRs?|IBs?|LIDs?|MOCs?|MOMs?|ROCs?|Battalions?|Brigades?|Regiments?|Divisions?"
# a unit's number ("LIB No. 105", "LIB 123", "Battalion 36"): no count of people (read as letters, so the count
# after it is still found: "soldiers from LIB 123 shot two drivers dead")
_UNIT_NUMBER = re.compile(rf"(\b(?:No\.?|{_UNIT_NAMES})\s*)(\d+)", re.I)
_DIGIT = re.compile(r"\d")
# "a corporal of the 503 LIB died": a unit's number, not a count
_UNIT_AFTER = re.compile(rf"\s+(?:{_UNIT_NAMES})\b")
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")
_MONTH_AFTER = re.compile(rf"\s*{_MONTHS}\b\.?")
# (a month that has its day before it leaves the number after it a count: "12 Sep. 4 killed")
_MONTH_BEFORE = re.compile(rf"(?<!\d )\b{_MONTHS}\.?\s+$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY_BEFORE_YEAR = re.compile(rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\.?|\b{_MONTHS}\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?)\s+$")
_VERB_AFTER = re.compile(r"\s+(?:was|were|is|are|has|had|have|died|killed|dead)\b")
_DATELINE_AFTER = re.compile(r"\s*(?:[-–—]|\()")  # "PORT-AU-PRINCE, Oct 5 - Members of a gang killed": a dateline's day
_NEARLY = re.compile(r"\b(?:nearly|almost)\s+\w+$", re.I)
_ACCIDENT = re.compile(r"\b(?:accident|crash|collided|drowned|lost control|knocked (?:him |her |them )?down)\b", re.I)
# ("two women, one 60-year-old and ...": ages after a count break it down, they add no one)
# (a second group named after the first, "and a party official": officials too, who elsewhere are mostly sources)
_QUOTES = re.compile(r'["“”]')
# a word or three in single quotes ("three of the gunmen were 'neutralised'"), never an apostrophe ("soldiers' camp")
_SINGLE_QUOTED = re.compile(r"(?<![\w'‘’])['‘]([A-Za-z][\w-]*(?: [\w-]+){0,2})['’](?![\w'‘’])")
# a first group of one person ("a soldier and two civilians"), not a place's gloss ("Kisumu, an opposition stronghold, two men")
_A_PERSON_FIRST = re.compile(rf"an?\s+(?:[\w'-]+\s+){{0,2}}?{_ONE_PERSON}\b", re.I)
# the people a figure's list ends with are those who told it ("..., two residents and a source ... said")
_SAID_AFTER = re.compile(r"(?:\s+and\s+(?:[\w'’-]+\s+){1,8}?)?"
                         # ("shot dead 10 people, a local youth leader said": the source, told by its role)
                         # (or by its body: "killing at least 15 protesters, a doctors' union said")
                         r"['’]?(?:\s+(?:leader|official|spokes(?:man|woman|person)|chief|elder|source|resident|witness|"
                         r"activist|administrator|commander|officer|union|committee|association|group|council|syndicate)s?)?"
                         # (told with where the source works: "killing at least 26 people, a doctor at the town's hospital said")
                         r"(?:\s+(?:at|in|from|of)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:hospital|clinic|morgue|mortuary|"
                         r"health cent(?:er|re)|medical cent(?:er|re)|office|ministry|department|agency|organi[sz]ation|group))?"
                         r"\s*(?:said|say|says|told|reported)\b", re.I)
# a share of the group told before: "eighteen of them", "two of whom"
_SOME_OF_THEM = re.compile(rf"{_NUMBER}\s+of\s+(?:them|whom|those)\b", re.I)
# (past a short phrase of where: "1 police officer was killed in the attack, along with 2 others")
_ALONG_WITH = re.compile(rf"(?:\s+(?:in|during|at|near|on)\s+(?:the\s+|an?\s+)?[\w'-]+)?,?\s+(?:along with|together with|as well as)\s+(?:the\s+|all\s+(?:the\s+)?)?(?P<n>{_NUMBER})\s+"
                         rf"(?:[\w'-]+\s+)?{_VICTIM}\b", re.I)
_DASH_GLOSS_OPEN = re.compile(rf"\b{_NUMBER}\s+{_VICTIM}\s+[-–—]\s+[^-–—.;]*$", re.I)
_WITH_OTHERS = re.compile(r"\b(?:with|between|against|among)\b", re.I)
_PLURAL_PEOPLE = re.compile(r"\b(?:people|persons|civilians|villagers|residents|children|men|women)\b", re.I)
_BODIES_SOUGHT = re.compile(r"\b(?:identification|exhumation|repatriation|return)\s+of\s*$|\b(?:identify|exhume)\s*$", re.I)
_AND_MORE = re.compile(rf"(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:(?:his|her|their)\s+|(?:at least|more than|over|some|about|around)\s+)?(?P<n>{_NUMBER})\s+(?:of\s+(?:his|her|their)\s+)?(?!\d+-year-old)"
                       rf"(?:{_VICTIM}|(?:[\w'\-]+\s+){{0,2}}?officials?)|"
                       # ("killing five Chinese nationals and their Pakistani driver": one more)
                       # ("killed a soldier and another civilian": one more)
                       # ("killing 10 DRG personnel and the civilian driver": one more; not after a bare comma, ", the
                       # soldier escaped": a new clause)
                       # (and a bare kin word closing a list of kin: "killed a man, his son and nephew")
                       rf"(?:(?:his|her|their|another|(?<=and )the)\s+(?!unborn\b)(?:[\w'\-]+\s+)?|"
                       rf"(?<=and )(?=(?:nephew|niece|son|daughter|brother|sister|cousin|grandson|granddaughter|uncle|aunt)\b(?!\s+of\b)))"
                       rf"(?P<one>{_ONE_PERSON}))\b",
                       re.IGNORECASE)  # ("killing a woman and her two children": three)
_ZERO = re.compile(
    r"\b(?:no (?:one|body) (?:was|were) (?:killed|hurt|injured)|no (?:casualties|deaths|fatalities|one died|loss of life)|"
    r"(?:without|with no) (?:casualties|deaths|fatalities|loss of life)|nobody (?:was )?(?:killed|died)|no (?:one|body) died|"
    r"no injuries or deaths|no deaths or injuries)\b",
    re.IGNORECASE,
)


_DATE_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:19|20)\d\d\b")
# an active verb with no auxiliary ("men shot dead", not "men were shot dead") followed by an object
_KILLERS = re.compile(r"(?!.*\b(?:were|was|have been|had been|are|got|being)\b).*\b(?:killed|slain|murdered|shot dead|"
                      r"gunned down|executed|beheaded|lynched|massacred|hacked to death|fatally (?:shot|stabbed|wounded))$", re.I | re.S)
# (the object may be hedged: "hundreds of armed bandits killed at least 58 villagers")
_OBJECT = re.compile(r"\s+(?:an?|the|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+|at least|more than|"
                     r"no fewer than|over|nearly|almost|around|about|some|up to|several|dozens|scores|hundreds)\b", re.I)

# "left 5 wounded"; "no one was killed"; "nobody was shot dead"
_HURT = re.compile(r"wounded|injured|hurt", re.IGNORECASE)
_NONE_BEFORE = re.compile(r"\b(?:no|not a single|not one)\s*$", re.IGNORECASE)
_NOBODY_BEFORE = re.compile(r"\bno (?:one|body)\s+$|\bnobody\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class FatalityMention:
    count: int
    start: int
    end: int
    text: str
    rule: str


def parse_number(token: str) -> int | None:
    """A count from digits or English number words; None if it is not a count."""
    t = token.lower().strip().replace(",", "")
    if t.isdigit():
        return int(t)
    if t in _UNITS:
        return _UNITS[t]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](\w+)", t)
    if m and m.group(2) in _UNITS:
        return _UNITS[m.group(1)] + _UNITS[m.group(2)]
    m = re.fullmatch(r"(one|two|three|four|five|six|seven|eight|nine|a)\s+hundred(?:\s+(?:and\s+)?(.+))?", t)
    if m:
        rest = parse_number(m.group(2)) if m.group(2) else 0
        return None if rest is None or rest >= 100 else _UNITS[m.group(1)] * 100 + rest
    return None


# the attacker told among the dead of a figure ("Two policemen and the attacker were killed")
_AND_THE_ATTACKER = re.compile(r"\band (?:the|a) (?:suicide )?(?:bomber|attacker|assailant|gunman)\b", re.I)
# one more told among them by who they were ("Five Chinese engineers and their Pakistani driver were killed")
_AND_ONE_MORE = re.compile(rf"\band (?:the|their|his|her) (?:[\w-]+ )?{_ONE_PERSON}\b(?!\s+of\b)", re.I)
# some of a toll told elsewhere ("One American and one Briton were among the dead")
_AMONG_THE_DEAD = re.compile(r"\bamong\s+(?:the\s+)?(?:dead|victims|fatalities|those\s+killed)$", re.I)
# Words a rule cannot match without (lower-case substrings): the rule is skipped cheaply when
# none is in the sentence.
_NEEDS: dict[str, tuple[str, ...]] = {
    "N and M killed": ("killed", "dead", "slain", "died"),
    "N of the wounded died": ("wounded", "injured"),
    "burned N alive": ("alive",),
    "N, M and K killed": ("killed", "dead", "slain", "died"),
    "N victims killed": ("kill", "dead", "died", "die", "slain", "murder", "shot dead", "gunned", "execut", "behead", "fatally",
                         "lynch", "massacr", "to death", "perish", "lost their li", "lost his li", "lost her li", "succumb",
                         "neutrali", "martyr", "paid the"),
    "N dead": ("dead", "death", "fatalit"),
    "neutralised N": ("neutrali",),
    "lost N": ("lost ", "losing ", "loses "),
    "N, whose bodies were found": ("whose ",),
    "killed himself": ("kill",),
    "the bomber died": ("died", "killed"),
    "N killed": ("killed",),
    "killed and wounded N": ("kill",),
    "N taken and killed": (" them", "found dead"),
    "N, told of, taken and killed": ("shot dead", "killed", "executed", "beheaded", "murdered", "to death"),
    "and N died": ("died",),
    "N bodies": ("bodies", "corpses"),
    "N somebodies were killed": ("killed", "shot dead", "executed", "murdered", "beheaded", "lynched", "slain", "gunned down", "martyred"),
    "his body found": ("body",),
    "a body found": ("body",),
    "N of them killed": (" of them ", " of whom ", " of the ", " of those "),
    "N were killed": ("killed", "executed", "murdered", "shot dead", "slain", "beheaded", "lynched", "found dead", "neutrali", "martyred"),
    "death toll": ("toll", "number of"),
    "said N died": ("died", "perished"),
    "verb N to death": ("to death",),
    "verb his kin to death": ("to death",),
    "N victims, some of them, killed": ("including", "among"),
    "seized N and killed them": (" them",),
    "one died": ("died", "dies", "succumbed"),
    "both died": ("both",),
    "one was hurt and died": ("died",),
    "N were hurt and killed": ("injured and", "wounded and", "hurt and"),
    "N of a group died": ("died", "killed", "dead"),
    "beat one to death": ("to death",),
    "killed a titled person": ("kill", "murder", "shot dead", "gunned down", "assassinat", "executed", "beheaded", "lynched"),
    "killed a named person": ("kill", "murder", "shot dead", "shooting dead", "gunned down", "assassinat", "executed",
                              "beheaded", "lynched", "to death"),
    "beat a named person to death": ("to death",),
    "killed a couple": ("couple", "pair"),
    "N, then killed them": (" them",),
    "beat one, told of, to death": ("to death",),
    "bodies of N": ("body of", "bodies of", "corpse of", "corpses of", "remains of"),
    "fatally hurt N": ("fatally",),
    "he died": ("died", "succumbed"),
    "died in custody": ("died",),
    "the victim died": ("died", "succumbed"),
    "killed him": (" him", " her"),
    "shot the one dead": ("shot", "gunned"),
    "unknown fatalities": ("fatalities", "deaths", "without specifying", "without giving", "without stating"),
    "a pair killed": (" and ",),
    "two named people killed": (" and ",),
    "one and N killed": (" and ",),
    "killed a pair": (" and ",),
    "did a pair to death": ("to death",),
    "fatalities coded as N (count first)": ("fatalit",),
    "from N to M killed": ("from ",),
    "was attacked and killed": (" and killed", " and then killed", " and later killed", " and murdered",
                                " and shot dead", " and beheaded", " and then murdered", " and later murdered", " to death"),
    "he was killed": ("he ", "she "),
    "fatalities coded as N": ("fatalities",),
    "fatalities label": (":",),
    "murder of": (" of ",),
    "the lives of N": ("lives of", "life of", "throat"),
}

# Every death pattern needs one of these words (lower-case substrings, checked without regex):
# sentences without them are skipped cheaply.
_GATE_WORDS = (
    "kill", "dead", "died", "dies", " die ", " die.", " die,", "death", "slain", "murder", "execut", "assassin", "succumb",
    "behead", "lynch", "massacr", "perish", "lost their li", "lost his li", "lost her li", "fatalit", "body", "bodies",
    "corpse", "remains", "fatally", "shot", "gunned", "hacked", "stabbed", "burn", "stoned", "beaten", "beat to",
    "toll", "slaughter", "lives of", "life of", "throat", "neutrali", "martyr", "paid the", "lost ", "losing ", "loses ",
    "hanged", "decapitat",
)


# the gate words as one search (a prefix tree of substrings: true where `any(w in lowered ...)` is)
_GATE = re.compile(literal_alternation(list(_GATE_WORDS)))
_NEED_WORDS = tuple(sorted({w for words in _NEEDS.values() for w in words}))


# a killer no one in particular: "anyone who kills", "whoever killed"
_ANYONE_WHO = re.compile(r"\b(?:anyone|anybody|whoever)\s+(?:who\s+|that\s+)?$", re.I)
# "had lost more than 500 men killed and wounded": a side's losses, the dead and the hurt together
_LOST_WITH_HURT = re.compile(r"\s+(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured|missing|captured)\b", re.I)
# (or "and wounded" closing the figure's clause: "30 militants were killed and wounded in the operation"; not "killed two
# and wounded five", whose hurt have a count of their own)
_OR_HURT = re.compile(r"\s+or\s+(?:wounded|injured|hurt|maimed)\b|\s+and\s+(?:wounded|injured)(?=\s*(?:[,.;:)]|$)|"
                      r"\s+(?:in|on|at|during|over|since|by|near|across|when|while|as|so far)\b)", re.I)


def find_fatalities(text: str, *, offset: int = 0) -> list[FatalityMention]:
    """Death counts mentioned in one sentence, non-overlapping, in text order."""
    if not offset:
        return list(_find(text))
    return [FatalityMention(m.count, m.start + offset, m.end + offset, m.text, m.rule) for m in _find(text)]


# a tally of the dead over a period ("brought to 40 the number of soldiers killed by Houthi fire this month",
# "bringing the number of people killed since the fighting broke out to more than 100"): no act's own dead
_SO_FAR = (r"(?:(?:this|last|the past|the last|recent|previous)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)|since\b[^.;]*|so far\b|"
           r"to date\b|in\s+(?:19|20)\d\d\b)")  # (what it counts since is the tally's: "since fighting broke out")
RUNNING_TALLY = re.compile(
    rf"\bto\s+{_HEDGE}{_NUMBER}\s+the\s+(?:total\s+)?number\s+of\s+(?:[\w'-]+\s+){{0,4}}?(?:killed|dead|deaths|fatalities|"
    rf"(?:people|civilians|soldiers|\w+)\s+(?:who\s+)?(?:have\s+|had\s+)?(?:died|been\s+killed))\s+(?:[\w'-]+\s+){{0,6}}?{_SO_FAR}|"
    rf"\bthe\s+(?:total\s+)?number\s+of\s+(?:[\w'-]+\s+){{0,4}}?(?:killed|dead|deaths|fatalities)\s+(?:[\w'-]+\s+){{0,6}}?"
    rf"{_SO_FAR}[^.;]{{0,60}}?\bto\s+{_HEDGE}{_NUMBER}\b", re.I)
# what a fight was over, told before its toll ("Fighting between rival clan militias over grazing land left six people
# dead"): the fight's own dead
_FIGHTING_OVER = re.compile(r"\b(?:fighting|clashes|clashed|fought|battles?|feud)\b[^.;]{0,60}?\bover\s+(?:[\w'’-]+\s+){1,3}$",
                            re.I)
# (not a death it was over: "residents clashed with police over the death of a pregnant girl")
_A_DEATH = re.compile(r"(?:deaths?|killings?|murders?|shootings?|lynchings?)\b", re.I)
_WHETHER_ANY_BEFORE = re.compile(r"\b(?:(?:whether|if)|(?:denied|denies|denying|rejected|dismissed)\s+(?:reports?\s+|claims?\s+)?that)\s+"
                                 r"(?:anyone|anybody|someone|any(?:\s+[\w-]+){0,2}?|there\s+(?:were|was)\s+"
                                 r"any(?:\s+[\w-]+)?)\s+(?:had\s+been\s+|has\s+been\s+|have\s+been\s+|were\s+|was\s+)?$", re.I)
_DENIED_INSIDE = re.compile(r"\b(?:denied|denies|denying|rejected|dismissed)\s+(?:reports?\s+|claims?\s+)?that\b", re.I)
_NATURAL_CAUSE_AFTER = re.compile(r"\s+(?:from|of|due to)\s+(?:an?\s+|the\s+)?(?:exposure|cold|hunger|starvation|thirst|illness|"
                                  r"diseases?|malnutrition|heart attack|natural causes|snake ?bites?|cholera|malaria)\b", re.I)
_MISSING_FEARED = re.compile(r"\bmissing,? and (?:is |are |was |were )?(?:feared|presumed|believed) dead\b", re.I)


@lru_cache(maxsize=4096)
def _find(text: str) -> tuple[FatalityMention, ...]:
    """find_fatalities at offset 0, cached: an event's sentences are read more than once."""
    offset = 0
    found: list[FatalityMention] = []
    original = text
    if '"' in text or "“" in text:
        # ('more than 100 "terrorists" were "neutralised"': quoted words read as words; one character for one)
        text = _QUOTES.sub(" ", text)
    if "'" in text or "‘" in text:
        text = _SINGLE_QUOTED.sub(lambda q: f" {q.group(1)} ", text)
    if _DIGIT.search(text):
        text = _UNIT_NUMBER.sub(lambda u: u.group(1) + "x" * len(u.group(2)), text)
    lowered = text.lower()
    if _GATE.search(lowered) is None:
        return ()
    twin_text = lowered if lowers_safely(text) else None  # for the patterns' caseless twins
    present = {w for w in _NEED_WORDS if w in lowered}  # each rule's words, looked up once
    taken: list[tuple[int, int]] = []
    # a running tally is no count of this act's dead ("bringing to 40 the number of soldiers killed this month")
    taken += [t.span() for t in RUNNING_TALLY.finditer(text)] if "number of" in lowered else []
    for rule, pattern in _FAST_PATTERNS:
        need = _NEEDS.get(rule)
        if need is not None and present.isdisjoint(need):
            continue
        for m in pattern.matches(text, twin_text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if _OR_HURT.match(text, e) or (rule == "lost N" and _LOST_WITH_HURT.match(text, e)):
                continue  # "60 people had been killed or wounded": the dead and the hurt in one figure, no death count
            if _WHETHER_ANY_BEFORE.search(text, max(0, s - 50), s):
                continue  # "It did not say whether anyone was killed", "denied that any of its fighters had died": none told
            if _DENIED_INSIDE.search(m.group(0)):
                continue  # "A Taliban spokesman denied that any of its fighters had died": a death denied
            if _NATURAL_CAUSE_AFTER.match(text, e):
                continue  # "An infant died from exposure to the cold during the fighting": no death by violence
            if _MISSING_FEARED.search(m.group(0)):
                continue  # "a fourth member was missing and feared dead": missing, no death told
            tail = m.groupdict().get("tail") or ""
            if rule == "N victims killed" and _KILLERS.match(m.group(0)) and _OBJECT.match(text, e):
                continue  # "four men shot dead a priest": the number counts the killers
            if rule == "N victims killed" and _AMONG_THE_DEAD.search(m.group(0)):
                continue  # "One American and one Briton were among the dead": who some of a toll told elsewhere were
            if rule == "N bodies" and _BODIES_SOUGHT.search(text, max(0, s - 24), s):
                continue  # "speed up the identification of hundreds of bodies": the long dead, sought
            if rule == "killed N" and _ANIMALS.match(text, e):
                continue  # "killed 8 dogs", "shot dead 23 donkeys": animals are no fatalities
            if rule == "killed N" and _HURT.search(tail):
                continue  # "left 5 wounded"
            if rule == "killed N" and m.group(0).lower().startswith(("left", "leaving")) and "dead" not in tail.lower():
                continue
            if rule == "died in custody" and text[max(0, s - 6):s].rstrip().lower().endswith(("who", "which")):
                continue  # "the funeral of the chairman, who died in detention": a death told of, not this event's
            if rule in ("a pair killed", "killed a pair", "killed a couple", "both died", "did a pair to death"):
                n = 2
            elif rule == "fatalities coded as N (count first)":
                n = parse_number(m.group("n") or m.group("m"))
            elif rule in ("killed the one", "shot the one dead", "beat one to death", "beat a named person to death",
                          "beat one, told of, to death", "killed himself", "the bomber died",
                          "killed a named person", "he was killed", "left one dead", "one died", "one was hurt and died", "he died", "was attacked and killed", "killed him",
                        "the victim died", "his body found", "a body found", "killed a titled person", "died in custody",
                        "verb his kin to death"):
                n = 1
            elif rule == "two named people killed":
                n = 2
            elif rule == "one and N killed":
                k = parse_number(m.group("n"))
                n = k + 1 if k is not None else None
            elif rule == "killed and wounded N":
                n = min(parse_number(m.group("n")) or 3, 3) if m.group("n") else 3
            elif rule == "unknown fatalities":
                n = 3  # deaths reported, their number unknown: ACLED's figure for a limited attack
            elif rule == "fatally hurt N":
                n = parse_number(m.group("n")) if m.group("n") else 1
            elif rule == "fatalities label" and m.group("m") \
                    and not _NOT_A_SECOND_GROUP.search(text, m.start("n"), m.start("m")):
                # ("Fatalities: 4 VDP and an unknown number of militants": the four only)
                n = sum(0 if _UNCOUNTED.match(text, m.start(g)) else parse_number(m.group(g)) or 0
                        for g in ("n", "m", "k") if m.group(g))
            elif rule in ("N and M killed", "N, M and K killed"):
                # ("7 soldiers and an undetermined number of militants were killed": only the seven are counted)
                # (nor animals: "two herders and 40 cattle were killed")
                parts = [0 if _UNCOUNTED.match(text, m.start(g)) or _ANIMALS.match(text, m.end(g)) else parse_number(m.group(g))
                         for g in ("n", "m", "k") if g in m.groupdict()]
                n = sum(parts) if None not in parts else None  # type: ignore[arg-type]
                last = m.start("k") if rule == "N, M and K killed" else m.start("m")
                if _DATE_WORD.search(text[m.start("n"):last]):
                    continue  # "On 14 October, six people were killed": a date, not a first group
                if _NOT_A_SECOND_GROUP.search(text, m.start("n"), last):
                    continue  # "eight people including four children", "two were injured, four were killed"
                if "," in text[m.start("n"):last] and _SUBSET_BEFORE.search(text, max(0, m.start("n") - 20), m.start("n")):
                    continue  # "4 people were killed, including 2 policemen, and 3 militants were killed": the two are of
                    # the four, the three another clause's (not "Eight people including four children and four officers")
                if _DASH_GLOSS_OPEN.search(text, max(0, s - 80), s):
                    continue  # "Eight people - park rangers, a soldier and a French instructor - died": who the eight were
                if m.group("n").lower() in ("a", "an") and " and " not in text[m.start("n"):last] \
                        and not _A_PERSON_FIRST.match(text, m.start("n"), last):
                    continue  # "Kisumu, an opposition stronghold, two men were shot dead": a place's gloss, no one dead
            else:
                n = parse_number(m.group("n"))
                if rule == "N victims killed" and m.group("n").lower() in ("a", "an") \
                        and (_PLURAL_PEOPLE.search(text, m.end("n"), e) or _WITH_OTHERS.search(text, m.end("n"), e)):
                    # "a monastery sheltering displaced people in the region killed 23": "a" counts no people
                    # ("a gunfight with herders that killed at least 16": a fight, not one herder)
                    continue
            if m.groupdict().get("n") and (_MONTH_AFTER.match(text, m.end("n")) or _UNIT_AFTER.match(text, m.end("n"))
                                           or (m.group("n")[:1].isdigit() and (_VERB_AFTER.match(text, m.end("n"))
                                                                                 or _DATELINE_AFTER.match(text, m.end("n")))
                                               and _MONTH_BEFORE.search(text, max(0, m.start("n") - 12), m.start("n")))):
                continue  # "On 12 May 2020 two people died", "on August 3 was found dead", "the 503 LIB": a day or a unit
            if m.groupdict().get("n") and _YEAR.fullmatch(m.group("n")) \
                    and _DAY_BEFORE_YEAR.search(text, max(0, m.start("n") - 20), m.start("n")):
                continue  # "said on 20 September 2024 that five bodies had been found": a date's year
            if _NEARLY.search(m.group(0)) or ("n" in m.groupdict() and m.group("n") and _ANIMALS.match(text, m.end("n"))):
                continue  # "nearly lynched", "100 camels have been killed"
            if _NONE_BEFORE.search(text[max(0, s - 14):s]):
                continue  # "no one was killed"
            if _ANYONE_WHO.search(text, max(0, s - 20), s):
                continue  # "a bounty for anyone who kills a police officer": no one in particular
            if (_NOT_THE_EVENT.search(text[max(0, s - 45):s]) and not (_ARMED_AGENT_AFTER.search(text[max(0, s - 45):s])
                                                                        and not _PROTESTED_BEFORE.search(text, 0, s))
                and not (_FIGHTING_IN_WHICH.search(text, max(0, s - 45), s)
                         and not (text[max(0, s - 6):s].rstrip().endswith(("that", "which"))
                                  and _PROTESTED_BEFORE.search(text, 0, s)))  # (not "marched after clashes that killed 5")
                and not (_FIGHTING_OVER.search(text, max(0, s - 120), s) and not _A_DEATH.match(text, s))) \
                    or _ACCIDENT.search(text) or _ACCUSED_OF.search(text[max(0, s - 40):s]):
                continue  # the death a protest is about, or an accident
            if n is None:
                continue
            found.append(FatalityMention(n, s + offset, e + offset, original[s:e], f"{rule}: {original[s:e]!r} -> {n}"))
            taken.append((s, e))
            attacker = _AND_THE_ATTACKER.search(text, s, e) if rule == "N victims killed" else None
            if attacker is not None:
                # "Two policemen and the attacker were killed": the attacker's own death counts too, told apart (the
                # policemen may be told again: "killing two policemen")
                a, b = attacker.span()
                found.append(FatalityMention(1, a + offset, b + offset, original[a:b],
                                             f"the bomber died: {original[a:b]!r} -> 1"))
            one_more = _AND_ONE_MORE.search(text, s, e) if rule == "N victims killed" and attacker is None else None
            if one_more is not None:
                # "Five Chinese engineers and their Pakistani driver were killed": one more, told by who they were
                a, b = one_more.span()
                found.append(FatalityMention(1, a + offset, b + offset, original[a:b],
                                             f"one more named with the count: {original[a:b]!r} -> 1"))
            if rule in ("killed N", "killed the one", "killed him", "killed a titled person", "killed a named person", "killed a couple",
                        "killed between N and M", "murder of") \
                    or (rule == "killed himself" and m.group(0).lower().startswith("kill")):
                # "killing three soldiers and two civilians", "killed him and eight others", "killed Governor
                # Roel Degamo and 8 others", "the deaths of 6 OLA fighters and 3 soldiers", "killing himself and 3 CJTF
                # members"
                for more in _AND_MORE.finditer(text, e):
                    # "killed a suspected militant and two children": a few words of the first group between
                    if more.start() != e and not _GROUP_WORDS.fullmatch(text, e, more.start()):
                        break
                    if _NOT_KILLED_AFTER.match(text, more.end()):
                        break  # "... and two children were injured": another outcome
                    if more.group(0).lower().endswith(("official", "officials")) and " and " not in more.group(0):
                        break  # "killing two soldiers, a military official said": the source
                    if more.group(0).startswith(",") and _SAID_AFTER.match(text, more.end()):
                        break  # "killing five RSF fighters, two residents and a source close to the group said"
                    if more.group("n") and _SOME_OF_THEM.match(text, more.start("n")):
                        break  # "killing twenty people, eighteen of them women": some of the dead, no more
                    k = 1 if more.group("one") else parse_number(more.group("n"))
                    if k is None:
                        break
                    said = original[more.start():more.end()]
                    found.append(FatalityMention(k, more.start() + offset, more.end() + offset, said,
                                                 f"{rule} (continued): {said!r} -> {k}"))
                    taken.append(more.span())
                    e = more.end()
            if rule in ("killed N", "N, M and K killed", "N and M killed", "N victims killed"):
                # "... and a Canadian tourist were killed, along with the four attackers", "killing three soldiers and a
                # civilian, along with all five attackers": more dead told after the figure
                more = _ALONG_WITH.match(text, e)
                k = parse_number(more.group("n")) if more else None
                if k:
                    said = original[more.start("n"):more.end()]
                    found.append(FatalityMention(k, more.start("n") + offset, more.end() + offset, said,
                                                 f"{rule} (along with): {said!r} -> {k}"))
                    taken.append((more.start("n"), more.end()))
    for m in _SINGULAR.matches(text, twin_text):
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken) or any(ts <= s <= te + 40 for ts, te in taken):
            continue
        if _NOBODY_BEFORE.search(text[max(0, s - 12):s]) or _WHETHER_ANY_BEFORE.search(text, max(0, s - 50), s):
            continue  # (nor "It did not say whether anyone was killed")
        if _NOT_THE_EVENT.search(text[max(0, s - 45):s]):
            continue  # "protested after a student was murdered": the death the protest is about
        if _AN_ANIMAL_BEFORE.search(text, max(0, s - 30), s):
            continue  # "A sheep was also killed": no person
        found.append(FatalityMention(1, s + offset, e + offset, original[s:e], f"singular victim {original[s:e]!r} -> 1"))
        taken.append((s, e))
    # "killed four farmers ...; one of the victims was beheaded": some of the dead counted already
    found = [f for f in found if not (f.rule.startswith("N victims killed") and _SOME_OF_THOSE.match(f.text)
                                      and any(g.start < f.start for g in found))]
    found.sort(key=lambda f: f.start)
    return tuple(found)


_ZERO_FAST = Caseless(_ZERO)


def has_zero_statement(text: str) -> bool:
    lowered = caseless_lower(text)
    if lowered is not None and _ZERO_FAST.twin is not None:
        return _ZERO_FAST.twin.search(lowered) is not None
    return bool(_ZERO.search(text))


def sentence_fatalities(text: str, *, offset: int = 0) -> tuple[int, list[FatalityMention]]:
    """Total deaths reported in one sentence, with the mentions used.

    Several mentions add up unless they give the same figure (a restatement); a toll a source put or gave
    beside them is another report of the same dead, the lower figure standing.
    """
    mentions = find_fatalities(text, offset=offset)
    if not mentions:
        return 0, []
    # a toll a source put or gave beside other figures is another report of the same dead, not more of them
    # ("Fatalities: at least 50 (police); Amnesty International put the toll at over 100": 50)
    # (so is a source's bare figure: "while a state official said at least 85 died")
    rival = [m for m in mentions if m.rule.startswith("death toll") and SOURCE_TOLL.match(m.text)
             or m.rule.startswith("said N died")]
    if rival and len(rival) < len(mentions):
        rest = [m for m in mentions if m not in rival]
        told, lowest = sentence_total(rest), min(rival, key=lambda m: m.count)
        return (told, rest) if told <= lowest.count else (lowest.count, [lowest])
    return sentence_total(mentions), mentions


# a toll told as a source's ("Officials gave a toll of 59", "local sources put the toll at nine"): one report of the dead
SOURCE_TOLL = re.compile(r"(?:put|puts|putting|placed|placing|gave|gives|giving)\b", re.I)


def sentence_total(mentions: list[FatalityMention]) -> int:
    """The deaths of one sentence's mentions: several add up unless they give the same figure (a restatement)."""
    seen: set[int] = set()
    total = 0
    for m in mentions:
        # (a group listed after another is never a restatement: "killed two soldiers and two civilians"; nor is the
        # attacker's own death: "killing one employee as well as himself")
        if m.count in seen and "(continued)" not in m.rule and not m.rule.startswith(("killed himself", "the bomber died")) \
                and not more_of_the_dead(m, mentions):
            continue
        seen.add(m.count)
        total += m.count
    return total


# "A child died on the spot and another child died on the way to hospital": one more
_ONE_MORE = re.compile(r"\b(?:another|a second|a third|one more|(?:was|were|is|are) also|also (?:died|killed))\b", re.I)
# the sides whose dead a figure may name: the same figure for two of them is two groups of dead, not a restatement
# ("1 militant was killed; 1 policeman was killed")
_SIDES = (re.compile(r"\b(?:militants?|fighters?|rebels?|insurgents?|jihadists?|attackers?|assailants|gunm[ae]n|bandits?|"
                     r"terrorists?)\b", re.I),
          re.compile(r"\b(?:soldiers?|troops|policem[ae]n|police officers?|officers?|servicem[ae]n|personnel|guards?)\b", re.I),
          re.compile(r"\b(?:civilians?|villagers?|residents?|children|child|wom[ae]n|farmers?|herders?|passengers?)\b", re.I))


def more_of_the_dead(m: FatalityMention, mentions: list[FatalityMention]) -> bool:
    """A figure equal to one told before that still counts more dead, not the same told again: one more ("another child
    died") or another side's ("1 militant was killed; 1 policeman was killed")."""
    return bool(_ONE_MORE.search(m.text)) or _another_side(m, mentions)


def _another_side(m: FatalityMention, mentions: list[FatalityMention]) -> bool:
    """The same figure told before names the dead of another side than this one does."""
    def side(x: FatalityMention) -> int | None:
        found = [i for i, pattern in enumerate(_SIDES) if pattern.search(x.text)]
        return found[0] if len(found) == 1 else None
    own = side(m)
    return own is not None and any(
        o is not m and o.start < m.start and o.count == m.count and side(o) not in (None, own) for o in mentions)


def split_total(total: int, parts: int) -> list[int]:
    """Split a total over several events, larger shares first (10 over 3 -> 4, 3, 3)."""
    if parts <= 1:
        return [total]
    base, rest = divmod(total, parts)
    return [base + (1 if i < rest else 0) for i in range(parts)]
