"""Assemble ACLED events from detected triggers, dates, places, actors and fatalities.

The event unit is ACLED's: one actor pair, one place, one day. A news article tells one event
over several sentences ("Missiles hit the embassy in Baghdad ... the rockets hit on the evening
of January 26"), so sentence-level candidates are merged when they are the same kind of event
and their dates and places do not disagree; a sentence that names two towns is split in two.
Every fallback (date defaulted, place taken from context, actor assumed) is written to
`reasons`, and every value's source text to `provenance`.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from dataset import __version__
from dataset.coder import actors as actor_lib
from dataset.coder import dates as date_lib
from dataset.coder import places as place_lib
from dataset.coder.detect import (
    HARM_DONE,
    NOT_A_TIME_AFTER,
    PROPERTY_BEFORE,
    RESULT_PARTICIPLE,
    Detection,
    Trigger,
    detect,
    is_label,
    passive_main_verb,
)
from dataset.coder.fastre import Caseless, caseless_lower
from dataset.coder.fatalities import (
    RUNNING_TALLY,
    SOURCE_TOLL,
    TOLL_LABEL,
    FatalityMention,
    has_zero_statement,
    more_of_the_dead,
    parse_number,
    sentence_fatalities,
    split_total,
)
from dataset.coder.lexicon import GENERIC_VIOLENCE, TERRITORY_TAKEN, TriggerRule, load_lexicon, load_targets
from dataset.coder.segment import Sentence, segment
from dataset.model import Article, Event


def _coder_version() -> str:
    lex = load_lexicon()
    return f"{__version__}+lex.{lex.digest}"


CODER_VERSION = _coder_version()

# the fighting a place is known for, or an act is linked to ("bodies were found in an area where the
# military and the AA had clashed", "the attack follows violence between ..."; "militants linked to al
# Qaeda" names a tie, not a context: the verb is needed)
# (and what someone was accused of: "arrested activist X ... and later accused him of facilitating terrorist acts during
# the June protests")
_CONTEXT_WORDS = (r"previously|in (?:an|the) area where|(?:later |then )?accused (?:him|her) of|"
                  # (the funeral's dead: "mourners at the funeral of a teacher who died in detention")
                  r"funeral of (?:[\w'’,-]+ ){1,12}?who\b|(?:is|was|are|were) (?:suspected to be |believed to be |"
                  r"reportedly |allegedly )?linked to|follows|"
                  # "Eritrean troops, who fought alongside the federal army": who they are, not an event
                  r"(?:who|which|that) (?:had )?(?=fought (?:alongside|with|for|beside))|"
                  # (a campaign going on around the act: "Shells fired by the RSF hit El Fasher, killing 12, as the RSF
                  # pressed its offensive on the city")
                  r"as(?= (?:[\w'’-]+ ){1,6}?(?:pressed|presses|pushed|pushes|continued|continues|intensified|intensifies|"
                  r"stepped up|steps up|widened|widens|escalated|escalates|kept up|keeps up) (?:its|their|an?|the) "
                  r"(?:[\w-]+ )?(?:offensive|campaign|assault|push|attacks|advance|siege|war|fight|operations?|crackdown)\b)")
# what came of the act, told after it: "shot dead a tout, sparking protests", "an attack that sparked protests"
_CONSEQUENCE_WORDS = r"sparking|prompting|triggering|(?:which|that) (?:later |then |also )?(?:sparked|triggered|prompted|provoked|set off)"
# A trigger after one of these opens a background clause: the event it names is another one,
# told as the cause of the main event ("... in response to US air strikes").
# how sure a text is that one act answered another ("in apparent reprisal for")
_HEDGED = r"(?:(?:an? )?(?:apparent|suspected|alleged|possible|presumed) )?"
_BACKGROUND = re.compile(
    r"\b(?:(?:in|as(?: an?)?) " + _HEDGED + r"(?:response|retaliation|reaction|revenge|reprisal) (?:to|for)|in the wake of|because of|due to|owing to|"
    r"as a result of|amid|fleeing|fled|since the|"
    # (not a time: "The following night, unrest spread to Sarcelles")
    r"(?<!the )following(?!\s+(?:day|night|morning|afternoon|evening|week|weekend)\b)|"
    # ("killed after being hit by an army truck on Monday": how it was done, the same act)
    r"after" + NOT_A_TIME_AFTER + r"(?!\s+being\s+(?:hit|shot|stabbed|struck|run over|knocked|beaten|hacked|attacked|"
    r"assaulted)\b)|days after|a day after|weeks after|hours after|prompted by|sparked by|triggered by|"
    # a consequence told after the act ("shot dead a tout, sparking protests") is an event of its own
    + _CONSEQUENCE_WORDS + "|"
    + _CONTEXT_WORDS + "|"
    # an earlier act told of the people in a relative clause ("engaged militants who had abducted twenty people")
    r"(?:who|which|that) had (?:earlier |previously |reportedly |allegedly )?(?=(?:abducted|kidnapped|attacked|killed|"
    r"ambushed|raided|stormed|looted|burned|burnt|shot|seized|stolen|stole|robbed|raped|defiled|murdered|stabbed|"
    r"assaulted|beaten|beat|tortured|lynched)\b))\b",
    re.IGNORECASE,
)
# Background that is context, no event of its own: the fighting an act is linked to, or a place saw
# before, and an earlier act told in a relative clause (it has no actor of its own in it: the group
# it describes is the main clause's)
_CONTEXT_CUE = re.compile(_CONTEXT_WORDS + r"|(?:who|which|that) had ", re.I)
_REPORTS_THAT = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:said|says|claimed|claims|stated|reported|alleged|accused|announced|"
                           r"confirmed)\s+that\s+(?!(?:it|they|its|their|he|she)\b)", re.I)
_DURING_PROTEST = re.compile(r"\b(?:during|in|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:protests?|demonstrations?|"
                             r"rall(?:y|ies)|march(?:es)?|riots?)\b", re.I)
_LOCATIVE_BEFORE = re.compile(r"\b(?:at|near|around|towards|outside|inside)\s+(?:the\s+)?$", re.I)
_BY_THEM = re.compile(r"\bby (?:them|the (?:same )?(?:group|attackers|gunmen|assailants|militants|fighters|raiders|men))\b", re.I)
# a clause put before the main one: at the sentence start, after a comma or after a date header ("27 September 2018: ")
_FRONTED = re.compile(r"(?:^|[,:])\s*(?:(?:just |only |barely )?(?:shortly|soon|moments|hours|days|weeks|a few|several|\d+|"
                      r"an?|one|two|three|four|five|six|seven|eight|nine|ten)(?: (?:hours?|days?|weeks?|months?|years?))? )?$",
                      re.I)  # ("Two days after ..., ": the cue "days after" is fronted too)
# ("A spokesman for the local People's Defence Force said 11 people were killed": whose spokesman, a source)
_ATTRIBUTION_BEFORE = re.compile(r"\b(?:according to|told|citing|quoted|reported to|sources? (?:in|close to|within)|"
                                 # ("in what police described as a revenge attack": who described it)
                                 r"in what|"
                                 r"(?:spokesperson|spokesman|spokeswoman) (?:for|of))\s+(?:the\s+)?"
                                 r"(?:(?:a |the )?(?:statement|report|spokesperson|spokesman|spokeswoman) (?:from|of|by) )?"
                                 # ("according to a military source and two residents": two sources)
                                 r"(?:[\w.'’\-]+\s+){0,3}(?:and\s+(?:[\w.'’\-]+\s+){0,2})?(?:[\w.'’\-]+\s+\()?$",
                                 re.IGNORECASE)  # ("according to a statement from the army")
# (not "herders who are said to have brought their camels": what they did, reportedly)
# (and a side that blames another: "army blames ELN")
# (a passive verb tells of the fighting, not its source: "heavy fighting with the RSF was reported")
# (a force's spokespeople are sources too: "The Police Public Relations Officer in the state confirmed the attack")
_ATTRIBUTION_AFTER = re.compile(r"^\s*(?:[\w.'\-]+\s+){0,2}(?<!was )(?<!were )(?<!been )(?<!is )(?:said(?!\s+to\s+(?:have|be)\b)|says|say|stated|reported|told|announced|confirmed|claimed|spokesperson|spokesman|spokeswoman|"
                                r"(?:public relations|press|information) officer|(?-i:PP?RO)(?!-)|blames|blamed|attributed|attributes)\b|"
                                # (one of two sources: "killing 11 people, the army and local officials said")
                                r"^\s*and\s+(?:the\s+)?(?:[\w.'\-]+\s+){0,2}(?:officials|sources|residents|witnesses|medics|"
                                r"police|authorities|activists|monitors|doctors)\s+(?:said|says|say|told|reported|confirmed)\b",
                                re.IGNORECASE)
# ("in Khartoum and its twin city Omdurman": a second town named by what it is)
_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+(?:in\s+|at\s+|near\s+|(?:its|the)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:city|town|village)\s+(?:of\s+)?)?|as well as\s+(?:in\s+)?|,\s*in\s+|"
                          # ("struck the port of Hodeidah and two power stations in Sanaa": a second target's town)
                          r"and\s+(?:an?|the|two|three|four|five|several|\d+|other|another)\s+(?:[\w-]+\s+){0,2}(?:in|at|near)\s+|"
                          # ("in Tunis, while in Sfax"; "marched in Cordoba against the reform, while in Rosario")
                          r"(?:[^.;()]{0,60},)?\s*(?:while|whereas)\s+(?:in|at)\s+)$", re.IGNORECASE)

# Order of severity inside the demonstration family: when one protest is told over several
# sentences, the most severe description decides the sub-event type.
_DEMONSTRATION_SEVERITY = {
    "Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
    "Mob violence": 3, "Violent demonstration": 4,
}
# a raid that only took property ("raided the village, rustling more than 200 cattle"): looting, when no one was harmed
_RAIDED = re.compile(r"\b(?:raided|raiding|raid|raids|stormed|invaded)\b", re.I)
_PROPERTY_TAKEN = re.compile(r"\b(?:rustl(?:ed|ing)|loot(?:ed|ing)|st(?:ole|ealing)|carted away|made away with|ransack(?:ed|ing)|"
                             r"pillag(?:ed|ing)|plunder(?:ed|ing)|(?:drove|driving|took|taking|made) (?:off|away) (?:with )?"
                             r"(?:[\w,-]+ ){0,3}?(?:head of )?(?:cattle|livestock|goats|camels|sheep|cows|animals|herds?)|"
                             # ("raided a village near Beni, burning dozens of houses and a chapel. No one was reported killed")
                             r"(?:burn(?:ing|ed|t)(?: down)?|torch(?:ing|ed)|set(?:ting)? (?:fire to|ablaze)) (?:[\w,-]+ ){0,3}?"
                             r"(?:houses|homes|huts|shops|granaries|stores|churches|chapels|mosques|schools|vehicles))\b", re.I)
_HARM_TO_PEOPLE = re.compile(r"\b(?<!no one was )(?<!no-one was )(?<!nobody was )(?<!none were )(?<!none was )"
                             r"(?<!no one was reported )(?<!nobody was reported )(?:killed|killing|"
                             r"(?<!firing a )(?<!firing a single )(?<!fired a )(?<!fired a single )shot|murdered|beheaded|abducted|kidnapped|raped|beat|beaten|"
                             r"wounded|wounding|injured|injuring|(?<!no )(?<!without )(?<!any )injury|(?<!no )(?<!without )(?<!any )injuries|hacked|stabbed|"
                             r"tortured|torture|torture-like|whipped|flogged)\b|"
                             # "a herder was burnt with a hot object": a person burnt, not property
                             r"\b(?:herders?|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|villagers?|residents?|farmers?|"
                             r"victims?|persons?|people)(?:\s+(?:in|from|of|at)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:was|were)\s+(?:\w+\s+)?"
                             r"(?:burnt|burned|set on fire|"
                             r"set ablaze)\b|"
                             r"\bwith (?:the )?(?:people|residents|villagers|families|occupants) (?:still )?inside\b", re.I)
# force used to enforce a rule on people who were not protesting
_ENFORCEMENT = re.compile(r"\b(?:curfew|coronavirus|covid|lockdown|social distancing|preventive measures|enforc\w*|"
                          r"markets?|worshippers|evict\w*|sanitizers?|brewery|bribes?)\b", re.I)
_PROTESTERS_HIT = re.compile(r"\b(?:protesters?|protestors?|demonstrators?|marchers?)\s+(?:[\w'-]+\s+){0,2}?"
                             r"(?:was|were|had been|have been|got)\s+(?:\w+\s+)?(?:shot|killed|injured|wounded|beaten|stabbed)$",
                             re.I)
_PROTESTERS = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|rioters|supporters|strikers|blockaders|picketers)\b",
                         re.I)
_COMMUNAL_SIDES = re.compile(r"\b(?:herders and farmers|farmers and herders|armed clash(?:es)?|warriors|morans)\b", re.I)
_PROTESTERS_DID = re.compile(r"\b(?:demonstrators|protesters|protestors|rioters)\b(?![^.]{0,60}\b(?:were|was|by)\b)[^.;]*$",
                             re.I)
# what a protest is about (not a count: "about 20 men", "over 200 people")
_TOPIC_WORDS = (r"demand\w*|against|(?:over|about)(?!\s+(?:\d+|a (?:dozen|hundred|thousand)|a few|dozens|hundreds|"
                r"thousands|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b)|justice|"
                r"condemn\w*|denounc\w*")
_PROTEST_TOPIC_CUE = re.compile(rf"\b(?:{_TOPIC_WORDS})\b[^.]*$", re.I)
# the harm a crowd protests, told before its victim ("to protest the killing of a young man")
_THE_HARM_PROTESTED = re.compile(r"\b(?:protest(?:ing|ed)?|to protest|over|against|demanding justice for)\s+(?:the\s+)?"
                                 r"(?:killing|murder|death|shooting|abduction|arrest|lynching|beating)s?\s+of\s+(?:[\w-]+\s+){0,3}$",
                                 re.I)
_GROUP_AS_TOPIC = re.compile(rf"\b(?:{_TOPIC_WORDS}|protesting|protested|to protest)\b(?:(?!\b(?:clashed|fought|attacked|"
                             rf"battled|with)\b)[^.;,]){{0,60}}\b(?:on|of|over|against|about|by|for)\s+(?:the\s+)?"
                             rf"(?:suspected\s+|alleged\s+|unknown\s+|unidentified\s+)?$", re.I)
# deaths a crowd remembers or is angered by, told right after the cue ("to mark three months since the collapse of the
# canopy that killed 15 people", "protesters angered by the death of a delivery driver")
_MEMORIAL_TOPIC = re.compile(r"\b(?:to mark|marking|to commemorate|commemorating|in memory of|anniversary of|since the "
                             r"(?:collapse|killing|killings|death|deaths|disaster|massacre|shooting|attack|bombing)|"
                             r"angered by|angry (?:at|over|about)|outraged (?:by|at|over)|furious (?:at|over))\b[^.;,]{0,60}$",
                             re.I)
# "a police officer of X police station was beaten": the mention is the subject of a passive act
# (not past a semicolon, nor a passive told of a pronoun: "RAB detained an activist; his family says he was tortured")
_PASSIVE_BEFORE_ACT = re.compile(r"^[^.;]{0,80}?(?<!\bhe )(?<!\bshe )(?<!\bthey )\b(?:was|were|had been|has been)\s+(?:\w+\s+){0,3}$", re.I)
_DONE_TO_THEM = re.compile(r"\b(?:were|was|been|being|that|which|fire)\s+$", re.I)
_AT_THE_PROTEST = re.compile(
    # ("at residents staging a peaceful march")
    r"\s*(?:[\w'’-]+\s+){0,8}?(?:on|at|during|into|upon|to disperse)\s+(?:the\s+|a\s+|an\s+)?(?:[#\w'’-]+\s+){0,3}?"
    r"(?:(?:staging|holding|taking part in|on)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?)?"
    r"(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?|protesters|demonstrators|marchers|crowds?|"
    r"(?:supporters|people|crowds?|residents|students|mourners) (?:who were )?(?:marching|protesting|demonstrating|rallying)|"
    # ("fired at protesting villagers": the participle before the crowd)
    r"(?:protesting|demonstrating|rallying|marching)\s+(?:[\w'’-]+\s+)?(?:supporters|people|crowds?|residents|students|"
    r"mourners|workers|teachers|villagers|farmers|traders|miners|activists|youths?|women|men|members))\b|"
    # "killing 7 protesters", "shot two demonstrators", "attacked students demonstrating": the protesters are the object
    r"\s+(?:at least\s+|more than\s+)?(?:[\w'’-]+\s+){0,2}?(?:protesters|demonstrators|marchers|protestors|"
    r"(?:supporters|people|crowds?|residents|students|mourners|workers|teachers|worshippers|villagers|farmers|traders|"
    r"activists|youths?|women|men|members|believers|parishioners) (?:who were )?"
    r"(?:marching|protesting|demonstrating|rallying)|"
    r"(?:protesting|demonstrating|rallying|marching)\s+(?:[\w'’-]+\s+)?(?:supporters|people|crowds?|residents|students|"
    r"mourners|workers|teachers|villagers|farmers|traders|miners|activists|youths?|women|men|members))\b|"
    # "injured by the police in Kisumu when protesting": hurt while they protested
    r"\s*(?:[\w'’-]+\s+){0,6}?(?:when|while|as)\s+(?:they\s+were\s+)?(?:protesting|demonstrating|marching|rallying)\b|"
    # "ZANU-PF youths attacked a CCC rally": the protest is what the act was done to
    r"\s+(?:an?|the|their)\s+(?:[#\w'’-]+\s+){0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?|vigils?|processions?)\b|"
    # "opened fire on members of a religious sect preparing a demonstration": people about to protest
    r"\s*(?:on|at|upon|into)\s+(?:[\w'’-]+\s+){1,6}?(?:(?:who|that)\s+(?:were|was)\s+)?(?:preparing|planning|holding|staging|"
    r"organi[sz]ing|joining|"
    r"gathering for|gathered for|heading to|on their way to)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?)\b", re.I)
# "detained after a protest": a later arrest, an event of its own
_AFTER_THE_PROTEST = re.compile(r"\bafter (?:the |a |an |their )?(?:[\w-]+ )?(?:protest|demonstration|rally|march)", re.I)
_ARREST_TOPIC = re.compile(rf"\b(?:{_TOPIC_WORDS}|release\w*|free\w*|protest\w* (?:the|their|his|her))\b[^.]*$", re.I)
# harm that makes force on protesters excessive (ACLED: lethal or serious injury)
_SERIOUS_HARM = re.compile(r"\b(?:seriously|critically|severely|fatally|gravely|live (?:ammunition|bullets|rounds)|"
                           r"shot|gunshot|bullets?|died|killed|dead)\b", re.I)
_BEAT_THEM = re.compile(r"(?:beat|beating|beaten|clubbed|whipped|flogged|caned|kicked|baton(?:-charg\w+)?|lathi(?:-charg\w+)?)\b", re.I)
# ("leaving five students hospitalised", "injuring dozens", "broken bones", "treatment ... as torture")
# ("leaving at least nine people in hospital")
_GRAVE_INJURY = re.compile(r"\b(?:seriously|critically|severely|gravely|hospitali[sz]ed|admitted to (?:the )?(?:[\w-]+ ){0,3}hospital|fractur\w*|"
                           r"(?:leaving|left|landing|landed|putting|put) (?:[\w-]+ ){0,5}in (?:the )?hospital|"
                           r"broken (?:arms?|legs?|bones|limbs|ribs|skulls?)|unconscious|tortur\w*|in (?:a )?critical condition|"
                           r"fighting for (?:his|her|their) li(?:fe|ves)|in a coma|"
                           r"(?:injuring|injured|wounding|wounded) (?:at least |more than |over )?(?:dozens|scores|hundreds))\b",
                           re.I)
# people told gravely hurt ("at least 25 workers were injured, four of them critically, when police charged"), read
# in the sentence of the force used (not "two others were seriously injured in the crash" told beside it)
_GRAVELY_HURT = re.compile(r"(?:\b(?:seriously|critically|severely|gravely)\s+(?:injur\w*|wound\w*|hurt)\b|"
                           r"\b(?:injured|wounded|hurt|injuring|wounding),?\s+(?:[\w-]+,?\s+){0,5}?(?:seriously|critically|severely|gravely)\b)"
                           r"(?!\s+(?:in|during|by) (?:the |a )?(?:crash|accident|collision|stampede)\b)", re.I)
# acts told right after a protest that make it one with intervention ("Police arrested three of them.")
_INTERVENTION_ACTS = {"Arrests": 1}
# how far an act told with a protest takes it (protesters' own destruction makes it violent)
_ACT_SEVERITY = {**_DEMONSTRATION_SEVERITY, **_INTERVENTION_ACTS, "Looting/property destruction": 4}
# ("Police chased them away and detained eight of them")
_FORCES_ARRESTED = re.compile(r"\b(?:police|officers|security forces|soldiers|troops|authorities)\b(?:\s+\w+){0,2}\s+"
                              r"(?:(?:dispersed|chased|drove|pushed|broke)\s+(?:\w+\s+){0,3}?(?:away|off|back|up)?\s*and\s+)?"
                              r"(?:arrested|detained|made (?:\w+ )?arrests|rounded up)\b", re.I)
_MERGE_WINDOW = 2  # paragraphs


@dataclass
class Candidate:
    trigger: Trigger
    triggers: list[Trigger]
    sentences: list[Sentence]
    family: str
    weak: bool
    scope: tuple[int, int]  # article offsets of the clause the trigger belongs to
    date: date_lib.DateMention | None = None
    place: place_lib.PlaceMention | None = None
    fatalities: int = 0
    fatality_rules: list[str] = field(default_factory=list)
    fatality_spans: list[tuple[int, int]] = field(default_factory=list)
    zero_stated: bool = False
    background: bool = False
    regions: list[tuple[int, int]] = field(default_factory=list)  # text that belongs to this event
    outcomes: list[tuple[int, int]] = field(default_factory=list)  # later sentences that tell its deaths
    allies: list[str] = field(default_factory=list)  # actors acting with actor1 (assoc_actor_1)
    allied_to: str = ""  # the actor the allies were named with (their side, whichever actor it ends up as)
    told_split: tuple[int, int] | None = None  # (total, events) when the text says a total is split
    place_split: int = 1  # towns its sentence's deaths were split over ("fighting in X and Y killed 4")
    place_share: int = 0  # which of those towns it is (the first ones take the larger shares)
    # a fronted background clause ("During clashes between A and B, ..."): its actors are not this event's
    aside: tuple[int, int] | None = None
    # a fronted clause that tells another event ("Two days after gunmen killed 12 in Kauru, ..."): its places
    # are the other event's, unless the main clause names none
    backdrop: tuple[int, int] | None = None
    # a lead that sums the event up, told in detail after it: its figures give way to the detail's
    summary: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if not self.regions:
            self.regions = [self.scope]

    def covers(self, pos: int) -> bool:
        if self.aside is not None and self.aside[0] <= pos < self.aside[1]:
            return False
        return any(a <= pos < b for a, b in self.regions)

    @property
    def paragraph(self) -> int:
        return self.sentences[0].paragraph

    @property
    def group(self) -> tuple:
        if self.family == "remote":
            return ("remote", self.trigger.sub_event_type)
        if self.family == "strategic":
            return ("strategic", self.trigger.sub_event_type)
        return (self.family,)


# ----------------------------------------------------------------------------------------
# candidates
# ----------------------------------------------------------------------------------------

def _background_start(text: str, start: int) -> int | None:
    """Sentence offset where the background clause containing `start` begins, if any.

    A fronted background clause ends at its comma: "During clashes between A and B, B's men
    looted the village" tells the looting in the main clause."""
    found = None
    lowered = caseless_lower(text)
    # (read a little past the act: a cue may look ahead at it, "who had |abducted")
    end = min(len(text), start + 24)
    if lowered is not None and _BACKGROUND_FAST.twin is not None:
        cues = _BACKGROUND_FAST.twin.finditer(lowered, 0, end)  # the same spans, in half the time
    else:
        cues = _BACKGROUND.finditer(text, 0, end)
    for m in cues:
        if m.end() > start:
            break
        fronted = _FRONTED.search(text, 0, m.start()) is not None
        # "Students, protesting the death of a colleague due to an accident, engaged police in running
        # battles": a cue inside an aside set off by commas ends at its closing comma
        inserted = "," in text[:m.start()] and _ASIDE_CLOSED.match(text, m.end(), start) is not None
        if (fronted or inserted) and "," in text[m.end():start]:
            continue
        if ";" in text[m.end():start]:
            continue  # "clashed with police after his sentencing; nine people were killed": the clause has ended
        if ", " in text[m.end():start] and any(f.start() < start for f in _AND_A_FORCE_DID.finditer(
                text, m.end(), min(len(text), start + 30))):
            # "broke into parliament after lawmakers voted to approve tax increases, and police opened fire on the crowd":
            # a clause of the force's own ends it
            continue
        found = m.start()
    return found


_AND_A_FORCE_DID = re.compile(r",\s+(?:and|but)\s+(?:the\s+)?(?:riot\s+|anti-riot\s+)?(?:police|policemen|police officers|"
                              r"security forces|soldiers|troops)\s+(?:then\s+|later\s+)?\w+ed\b", re.I)


def _harm_of_the_act(text: str, cand: Candidate, harm: re.Pattern) -> bool:
    """Harm told in the event's words, not in a background clause of another time ("a week after dozens were killed in
    clashes around parliament")."""
    for a, b in cand.regions:
        for m in harm.finditer(text, a, b):
            s = next((x for x in cand.sentences if x.start <= m.start() < x.end), None)
            if s is None or _background_start(s.text, m.start() - s.start) is None:
                return True
    return False


_BACKGROUND_FAST = Caseless(_BACKGROUND)
# the rest of an aside: a few words, its closing comma, then the main clause's verb or object
_ASIDE_CLOSED = re.compile(r"[^,.;()]{0,60},\s+(?!and\b|but\b|while\b|which\b|who\b|killing\b|leaving\b|injuring\b)", re.I)


def _fronted_aside(s: Sentence, start: int) -> tuple[int, int] | None:
    """Article offsets of a fronted background clause closed before the trigger at `start`
    (sentence offset): "After suffering losses in battles with the TNLA, the army assaulted ..."."""
    if _BY_THEM.match(s.text, start) or _BY_THEM.search(s.text, start, start + 60):
        return None  # "... was shot dead by the group": the agent is the one named in that clause
    aside = None
    for m in _BACKGROUND.finditer(s.text, 0, start):
        comma = s.text.find(",", m.end(), start)
        if comma != -1 and _FRONTED.search(s.text, 0, m.start()) is not None:
            aside = (s.start + m.start(), s.start + comma)
    return aside


_AFTER_FIGHTING = re.compile(r"\s*(?:after|following)\s+(?:[\w-]+\s+){0,3}?(?:clashes|fighting|battles?|gunfights?|firefights?|"
                             r"exchanges? of (?:gun)?fire)\b", re.I)
_AFTER_GUNFIGHT = re.compile(r"\s*(?:after|following)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:gunfights?|firefights?|shoot-?outs?|"
                             r"exchanges? of (?:gun)?fire)\b", re.I)
_CONSEQUENCE = re.compile(r"(?:" + _CONSEQUENCE_WORDS + r")\b", re.I)
# fighting an act set off: "sparking gunfights", "triggering heavy clashes"
_FIGHT_SPARKED = (r"(?:" + _CONSEQUENCE_WORDS + r")\s+(?:heavy\s+|intense\s+|fierce\s+|a\s+)?(?:fighting|clashes|gunfights?|"
                  r"firefights?|gun\s?battles?|battles?|exchanges?\s+of\s+fire|shootouts?)")
_FIGHTING_THAT = re.compile(r"(?:" + _CONSEQUENCE_WORDS + r")\s+(?:[\w-]+\s+){0,3}?(?:fighting|clashes|gunfights?|firefights?|"
                            r"gun\s?battles?|battles?|exchanges?\s+of\s+fire|shootouts?)\s+(?:that|which)\s+", re.I)
_BLAST_THAT = re.compile(r"(?:" + _CONSEQUENCE_WORDS + r")\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:explosions?|blasts?|fires?|"
                         r"blaze)\s+(?:that|which)\s+", re.I)
_FIGHT_SPARKED_AFTER = re.compile(r",?\s+" + _FIGHT_SPARKED + r"\b", re.I)  # after the group the act targeted
_SPARKED_FIGHT_WITH = re.compile(r"\b" + _FIGHT_SPARKED + r"\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)  # before the side
# (in the act's own clause: up to its next comma)
_FOR_A_PERIOD = re.compile(r"[^,;.]*?\bfor (?:(?:several|many|two|three|four|five|six|some|the past|the last) )?"
                           r"(?:days|weeks|months|years)\b", re.I)


_WAVE_OF = re.compile(r"\b(?:waves?|weeks|months|days|series|spate|rounds?)\s+of\b", re.I)
_WEAPON_AGAIN = re.compile(r"\b(?:rockets?|missiles?|shells?|drones?|projectiles?|bombs?|mortars?|fell|landed)\b", re.I)
# the demonstrators as the subject of the act right after them: "Protesters there also looted"
_THE_CROWD_DID = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|rioters|strikers)\s+(?:[\w-]+\s+){0,2}$", re.I)
# the force told again as the subject, where the crowd was ("Police there shot dead one man")
_FORCE_THERE = re.compile(r"\s*(?:(?:The|Riot|Anti-riot)\s+)?(?:police|policemen|police officers|officers|security forces|soldiers|"
                          r"troops)\s+(?:there|in the city|in the town)\s+(?:also\s+|later\s+|then\s+)?$", re.I)
_FORCE_ON_A_CROWD = frozenset({"Protest with intervention", "Excessive force against protesters"})
_FORCE_OR_RIOT = frozenset({"Violent demonstration", "Excessive force against protesters", "Protest with intervention",
                            "Mob violence"})
_PERIOD_OF = re.compile(r"\b(?:days|weeks|months|years|decades) of (?:[\w'’-]+ ){0,8}$", re.I)


def _running_tallies(s: Sentence) -> list[tuple[int, int]]:
    """Article offsets of the running tallies a sentence tells (fatalities.RUNNING_TALLY)."""
    return [(s.start + t.start(), s.start + t.end()) for t in RUNNING_TALLY.finditer(s.text)]


def _without_running_tally(det: Detection) -> Detection:
    """The words of a running tally are no act ("the attack brought to 40 the number of soldiers killed this month",
    "bringing to 100 the number of people killed since fighting broke out on 9 September")."""
    spans = _running_tallies(det.sentence)
    kept = tuple(t for t in det.triggers if not any(a <= t.start < b for a, b in spans))
    return det if len(kept) == len(det.triggers) else dataclasses.replace(det, triggers=kept)


_THEN_ASSAULT = re.compile(r"\s+(?:\w+\s+){0,3}?(?:before|then|and then|followed by)\s+", re.I)


def _sentence_candidates(det: Detection, head_end: int = 0) -> list[Candidate]:
    s = det.sentence
    if "number of" in s.text:
        det = _without_running_tally(det)
    if not det.triggers:
        return []
    starts: dict[int, int | None] = {}  # each trigger's background clause, read once

    def clause_of(t: Trigger) -> int | None:
        if t.start not in starts:
            starts[t.start] = _background_start(s.text, t.start - s.start)
        return starts[t.start]

    main: Trigger | None = None
    background: list[Trigger] = []
    for t in det.triggers:
        bg = clause_of(t)
        if bg is None:
            if main is None:
                main = t
        elif not (_CONTEXT_CUE.match(s.text, bg) and "," not in s.text[bg:t.start - s.start]):
            background.append(t)
        # (fighting an act is "linked to", or a place "previously" saw, is context, no event; the
        # clause ends at a comma: "gunmen who previously had attacked the village, and killed two")
    if main is not None and main.rule.family == "remote":
        force = next((t for t in det.triggers if t.sub_event_type == "Excessive force against protesters"
                      and t.start <= main.start < t.end and clause_of(t) is None), None)
        if force is not None:
            main = force  # "fired rifle grenades and live rounds at protesters": a weapon used on a protest
    if main is not None and main.rule.family == "remote":
        # shelling or strikes told as part of fighting are one battle (ACLED codebook)
        # ("attacked the convoy with a landmine" is the blast itself, not fighting around it)
        # (not one told after a semicolon: "Israeli strikes hit Damascus suburb; clashes in northeast Syria")
        # (an assault told after the blasts that opened it is the battle too: "used car bombs before storming the
        # bases")
        clash = next((t for t in det.triggers if t.sub_event_type == "Armed clash"
                      and clause_of(t) is None
                      and (not _ASYMMETRIC.match(t.text)
                           or (t.start > main.end and _THEN_ASSAULT.fullmatch(s.text, main.end - s.start, t.start - s.start)))
                      and ";" not in s.text[min(t.end, main.end) - s.start:max(t.start, main.start) - s.start]
                      # (nor fighting told as the backdrop after it: "A drone strike killed nine civilians ..., residents
                      # said, as clashes between the army and Fano militiamen flared in one of the region's towns")
                      and not (t.start > main.end and _AS_BACKDROP.search(s.text, 0, t.start - s.start))), None)
        if clash is not None:
            main = clash
    if main is not None and main.rule.family == "violence":
        # "attacked positions of the SDF in Dhiban, sparking clashes that killed four SDF members": the
        # fighting an attack sparked is the attack's own battle, its deaths the attack's
        # (and the dead of the fighting it sparked: "sparking hours of fighting that killed at least 15 people")
        sparked = {clause_of(t) for t in background if t.rule.family == "violence" and _CONSEQUENCE.match(s.text, clause_of(t) or 0)
                   and (t.sub_event_type == "Armed clash"
                        or t.sub_event_type == GENERIC_VIOLENCE and _FIGHTING_THAT.match(s.text, clause_of(t) or 0))}
        background = [t for t in background if not (t.rule.family == "violence" and clause_of(t) in sparked)]
    if main is not None and main.rule.family == "remote":
        # "drones struck three fuel tankers ..., triggering an explosion that killed two Indian nationals": the blast the
        # strike set off is the strike's, its dead the strike's
        blasts = {clause_of(t) for t in background if t.rule.family == "violence"
                  and _BLAST_THAT.match(s.text, clause_of(t) or 0)}
        background = [t for t in background if not (t.rule.family == "violence" and clause_of(t) in blasts)]
    if main is not None and (main.sub_event_type in TERRITORY_TAKEN or (
            main.sub_event_type == GENERIC_VIOLENCE and not _is_outcome(main, s))):
        # "regained control of the town after clashes in which ten insurgents were killed": the fighting that won the
        # town is the territory's own battle, its deaths the event's (so is an attack's: "attacked the central prison,
        # freeing more than 800 inmates after a firefight with soldiers and police guarding the facility")
        fight = _AFTER_FIGHTING if main.sub_event_type in TERRITORY_TAKEN else _AFTER_GUNFIGHT
        won = [t for t in background if t.rule.family == "violence" and fight.match(s.text, clause_of(t) or 0)]
        background = [t for t in background if t not in won]
        # (the town taken in that clause is the act: "stormed the district capital, overwhelming army positions after a
        # gunfight lasting two hours and taking control of the town centre")
        taken = next((t for t in won if t.sub_event_type in TERRITORY_TAKEN), None)
        if taken is not None and main.sub_event_type == GENERIC_VIOLENCE:
            main = taken
    else:
        won = []
    out: list[Candidate] = []
    first_bg = min((clause_of(t) or 0 for t in background), default=None)
    if main is not None and background and background[0].rule.family in ("violence", "remote") and all(
            _is_outcome(t, s) for t in det.triggers if t not in background):
        # "a child was killed and her sisters injured after a landmine exploded": the main clause
        # tells only the outcome of the act in the background clause
        main = None
    if main is None and background:
        # "Two officers died after militants ambushed their vehicle": with no act of its own, the
        # main clause tells the outcome of the background one, which is the event
        t = background[0]
        clause = clause_of(t) or 0
        # (but a main clause of another doing, no outcome, is not the act's: "Troops were hunting militants in Lanao
        # del Sur on Wednesday, the military said, after a bombing at a university killed four people" tells no
        # Wednesday bombing)
        own = (s.start + clause, s.end) if s.text[clause:clause + 6].lower() == "after " \
            and _HUNT_FOR.search(s.text, 0, clause) and not HARM_DONE.search(s.text, 0, clause) else (s.start, s.end)
        return [Candidate(t, [x for x in background if x.rule.family == t.rule.family], [s], t.rule.family,
                          t.rule.strength != "strong", own)]
    # a fronted background clause ends at its comma ("Two days after gunmen killed 12 in Kauru, residents
    # protested in Kaduna"): its words are not the main event's, nor the main clause's words its own
    fronted_comma = None
    if main is not None and first_bg is not None and first_bg < main.start - s.start:
        comma = s.text.rfind(",", first_bg, main.start - s.start)
        fronted_comma = comma if comma > 0 else None
    if main is not None:
        end = s.start + first_bg if first_bg is not None and first_bg > main.start - s.start else s.end
        related = [t for t in det.triggers if t is main or (
            t.rule.family == main.rule.family and clause_of(t) is None)] + [t for t in won if t is not main]
        if main.rule.family == "demonstration":
            # "gunmen opened fire on a protest": violence told in the protest's own clause may say
            # what happened to it (the actors decide; see _assign_actors)
            related += [t for t in det.triggers if t not in related and clause_of(t) is None
                        and t.rule.family == "violence"]
            # "Protesting students burned down two dorms": destruction the protesters did (not what they
            # protest: "over the burning down of their homes")
            related += [t for t in det.triggers if t not in related and clause_of(t) is None
                        and t.sub_event_type == "Looting/property destruction" and _DESTRUCTION_ACT.search(t.text)
                        and not _PASSIVE_TRIGGER.match(t.text)  # ("as factories were set ablaze": by whom, untold)
                        and not _DONE_TO_THEM.search(s.text, max(0, t.start - s.start - 12), t.start - s.start)
                        and not _PROTEST_TOPIC_CUE.search(s.text, 0, t.start - s.start)]
            # "Two activists are arrested at an unlawful protest": arrests of the protesters, not what
            # the protest is about ("against the arrests", "demanding the release of the detained")
            related += [t for t in det.triggers if t not in related and clause_of(t) is None
                        and t.sub_event_type in _INTERVENTION_ACTS
                        and not _ARREST_TOPIC.search(s.text, max(0, t.start - s.start - 60), t.start - s.start)
                        and not _AFTER_THE_PROTEST.search(s.text)]
        second = _second_clause_act(s, main, related, [t for t in det.triggers if clause_of(t) is None], head_end)
        if second is not None:
            # "Two police officers were kidnapped in Quevedo on Monday night, and a car bomb damaged a bridge in
            # Cuenca": two acts of two kinds, each in its own clause
            # (the later clause is read like a background one: the sentence's date, told in the first, is its too)
            t2, cut = second
            main_part, other_part = ((s.start, cut), (cut, end)) if t2.start > main.start else ((cut, end), (s.start, cut))
            out.append(Candidate(t2, [t for t in det.triggers if t.rule.family == t2.rule.family and
                                      _in_scope(t.start, other_part)], [s], t2.rule.family, False, other_part,
                                 background=other_part[0] > main_part[0]))
            related = [t for t in related if _in_scope(t.start, main_part)]
            start, end = main_part
        else:
            start = s.start
            cut = _headline_cut(s, head_end)
            if cut is not None:
                # a headline's other story, with no act of its own kind, is no part of this act: "Colombia: dissident
                # attack kills two soldiers in Cauca; ELN frees hostages" (the ELN did not attack)
                if main.start < cut:
                    end = min(end, cut)
                else:
                    start = cut + 2
                related = [t for t in related if start <= t.start < end]
        out.insert(0, Candidate(main, related, [s], main.rule.family, main.rule.strength != "strong", (start, end),
                                aside=_fronted_aside(s, main.start - s.start),
                                backdrop=(s.start + first_bg, s.start + fronted_comma) if fronted_comma is not None
                                else None, background=second is not None and start > s.start))
    tail = None
    if out and out[0].trigger is main and first_bg is not None and out[0].scope[1] == s.start + first_bg:
        semi = s.text.find("; ", first_bg)
        if semi > 0:
            # "soldiers killed civilians in Soro in reprisal for an attack on an army camp; a rights group documented
            # 179 deaths in the village": a background clause ends at a semicolon, what follows is the act's again
            tail = (s.start + semi + 1, s.end)
            out[0].regions = [*out[0].regions, tail]
        elif _ANSWERING.match(s.text, first_bg) or _WHO_HAD_OPENS.match(s.text, first_bg):
            # (a participle after the act answered, which is told as a noun with no doer of its own, is the main act's:
            # "Israeli warplanes struck the port in response to a Houthi drone attack on Tel Aviv, killing six people";
            # so is one after an earlier act told of the people: "Police fired on a crowd who had attacked the district
            # offices with petrol bombs, killing four people")
            toll = _ITS_TOLL_AFTER.search(s.text, first_bg)
            if toll is not None:
                tail = (s.start + toll.start() + 1, s.end)
                out[0].regions = [*out[0].regions, tail]
    seen_families = {c.family for c in out}
    clauses_seen: set[int] = set()
    for t in background:  # best first: one event per background clause
        clause = clause_of(t) or 0
        # (a weak mention in the main clause does not hide the act told in the background one: "The
        # attack on the capital came days after the militants attacked the town of Dikwa")
        if clause in clauses_seen or any(c.trigger.sub_event_type == t.sub_event_type
                                         and (not c.weak or t.rule.strength != "strong") for c in out):
            continue
        if t.sub_event_type == "Armed clash" and main is not None and (
                main.sub_event_type in TERRITORY_TAKEN or main.sub_event_type == "Non-violent transfer of territory"):
            continue  # "seized the town after clashes with the army": the fighting that won it, one event (so is
            # "took control of Lalibela after federal troops pulled out following clashes on the outskirts")
        if _PERIOD_OF.search(s.text, 0, t.start - s.start):
            continue  # "signed a ceasefire after weeks of deadly clashes": a period of fighting, no one event
        if s.text[clause:clause + 6].lower() == "since ":
            continue  # "Since the protests began on October 21, 30 people have been killed": a period's start
        if _FOR_A_PERIOD.match(s.text, t.end - s.start):
            continue  # "after protesters had demanded his resignation for weeks": a period of protest, no one event
        if _REPRISAL_FOR.match(s.text, clause) and not _DAY_TOLD.search(s.text, clause, t.start - s.start + 60):
            continue  # "killed civilians in Soro in reprisal for an attack on an army camp": an earlier act, its day untold
        if _MONTHS_BEFORE.search(s.text, max(0, clause - 40), clause):
            continue  # "recaptured Wad Madani, more than a year after the RSF overran the city": long before, no day told
        if _UNCOUNTED_DAYS.match(s.text, clause) and not _COUNT_BEFORE.search(s.text, max(0, clause - 12), clause) \
                and not _DAY_TOLD.search(s.text, clause, s.end - s.start):
            # "found a mass burial site ..., days after the town was retaken", "set ablaze 70 houses ... on Saturday night,
            # days after the killing of a Meitei farmer": an act told as the backdrop, its day untold (coded from its own
            # reports, not on the day of the act it is the backdrop of)
            continue
        if t.rule.strength != "strong" and _CONSEQUENCE.match(s.text, clause) \
                and _WAVE_OF.search(s.text, clause, t.start - s.start):
            # "an attack that sparked the first wave of demonstrations": a period that came of it, no one act
            # (protests it sparked that day are an event: "shot dead a tout, sparking protests")
            continue
        if main is not None and t.rule.family == "strategic" and main.rule.family != "strategic":
            continue  # "supporters attacked the house after the arrest of Imran Khan": the cause, told elsewhere
        if main is not None and t.rule.strength == "brief":
            continue  # "gang members looted and burned dozens of houses after residents fled": how it came, no event
        if main is not None and main.rule.family == "remote" and t.rule.family == "violence" \
                and _THEN_GUNMEN.match(s.text, clause):
            continue  # "a suicide bomber blew himself up at a beachside restaurant, after which gunmen stormed the area":
            # one assault, the bomber's and the gunmen's
        if main is not None and (main.sub_event_type in _FORCE_ON_A_CROWD or (
                main.sub_event_type.startswith("@") and _SHOT_PASSIVE.search(s.text, 0, main.end - s.start)
                and _PELTED_POLICE.search(s.text, clause))) and t.sub_event_type == "Violent demonstration" \
                and out and out[0].trigger is main and s.text[clause:clause + 6].lower() == "after " \
                and not _DAY_TOLD.search(s.text, clause, t.end - s.start) and _SAME_SCENE.search(s.text, clause):
            # "police shot dead at least five protesters outside parliament on Tuesday after thousands of demonstrators
            # broke through barricades and stormed the building": the crowd's riot there, the force's other side (not one
            # told at another place: "were shot by security forces after protesters set fire to an Iranian consulate")
            out[0].triggers.append(t)
            out[0].regions = [*out[0].regions, (s.start + clause, s.end)]
            if main.sub_event_type.startswith("@"):
                # (deaths with no doer told: the riot is the act, its dead the force's fire on it)
                out[0].trigger, out[0].family = t, t.rule.family
            continue
        if main is not None and main.sub_event_type == "Protest with intervention" and out and out[0].trigger is main \
                and t.sub_event_type in ("Violent demonstration", "Mob violence") \
                and s.text[clause:clause + 6].lower() == "after " and _CROWDS_FOUGHT_EACH_OTHER.match(s.text, clause):
            # "Police fired tear gas after two rival groups of youths clashed in Jos on Wednesday": the crowds' fight is
            # the event, the force's tear gas only broke it up (one event, on the fight's day)
            out[0].triggers.append(t)
            out[0].regions = [*out[0].regions, (s.start + clause, s.end)]
            out[0].scope = (out[0].scope[0], s.end)
            out[0].trigger, out[0].family = t, t.rule.family
            continue
        clauses_seen.add(clause)
        bg_start = s.start + (clause_of(t) or 0)
        bg_end = s.start + fronted_comma if fronted_comma is not None and t.start - s.start < fronted_comma else s.end
        if tail is not None and bg_start < tail[0]:
            bg_end = min(bg_end, tail[0] - 1)
        cand = Candidate(t, [t], [s], t.rule.family, t.rule.strength != "strong", (bg_start, bg_end), background=True)
        out.append(cand)
        seen_families.add(t.rule.family)
    return out


# a force's hunt or search after an act, no act of its own
_HUNT_FOR = re.compile(r"\b(?:hunting|hunted|hunt|searching|searched|combing|combed|tracking|pursuing|deployed|"
                       r"tightened|stepped up|launched an? (?:manhunt|search|sweep|security sweep|search operation))\b", re.I)


# the act another was told to answer ("in reprisal for", "in retaliation for"), and words that tell a day
# ("an attack residents described as a reprisal for the killing of a gang leader")
_REPRISAL_FOR = re.compile(r"(?:in|as(?: an?)?) " + _HEDGED + r"(?:retaliation|revenge|reprisal) (?:to|for)\b", re.I)
# (or in answer to it, an act the article may tell as an event of its own: "in response to the murder of a US contractor in a
# missile attack")
_ANSWERING = re.compile(r"(?:in|as(?: an?)?) " + _HEDGED + r"(?:retaliation|revenge|reprisal|response|reaction) (?:to|for)\b",
                        re.I)
# an act told as an answer or as coming later: "Hours later, Hezbollah said it had fired dozens of rockets ... in response"
_ANSWER_TOLD = re.compile(r"\bin (?:response|retaliation|reprisal|revenge)\b|^\s*(?:Hours|Minutes|Days|A day|Two days) later\b",
                          re.I)
# what the act did, told after the act it answered: "struck the port in response to a drone attack on Tel Aviv, killing six"
_WHO_HAD_OPENS = re.compile(r"(?:who|which|that) had ", re.I)
_ITS_TOLL_AFTER = re.compile(r",\s+(?:killing|leaving|injuring|wounding)\b", re.I)
_DAY_TOLD = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                       r"September|October|November|December|yesterday|earlier|last|previous|\d{1,2}\b)")
# deaths told in the passive with no doer, and a crowd's fight with the police after: "two men were shot dead in the Nyalenda
# area after youths set up burning barricades and pelted police with rocks" (the police's fire on the riot)
_SHOT_PASSIVE = re.compile(r"\b(?:were|was)\s+(?:shot dead|shot|killed|gunned down)\b", re.I)
_PELTED_POLICE = re.compile(r"\b(?:pelted|stoned|attacked|clashed with|fought|threw (?:stones|rocks) at)\s+(?:the\s+)?"
                            r"(?:riot\s+)?(?:police|officers|security forces|soldiers|troops)\b", re.I)
# the scene of a force's act told again: "stormed the building", "broke through barricades"
_SAME_SCENE = re.compile(r"\b(?:the\s+(?:building|compound|premises|parliament|gates?|station|offices?|headquarters|complex)|"
                         r"barricades|police\s+(?:lines?|cordons?))\b", re.I)
# unnamed attackers going on with the act told before: "..., after which gunmen stormed the area"
_THEN_GUNMEN = re.compile(r"after which\s+(?:armed\s+)?(?:gunmen|attackers|assailants|militants|fighters)\b", re.I)
# "days after", "weeks after", with no count before it: some time before, its day untold
_UNCOUNTED_DAYS = re.compile(r"(?:days|weeks|months) after\b", re.I)
_COUNT_BEFORE = re.compile(r"(?:\d+|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many))\s+$", re.I)
# a background clause told months or years before the act ("more than a year after", "six months after")
_MONTHS_BEFORE = re.compile(r"\b(?:(?:more than|nearly|almost|over|about|some|just over|roughly) )?(?:a|one|two|three|four|five|"
                            r"six|seven|eight|nine|ten|eleven|twelve|several|many|a few|\d+) (?:years?|months?) $", re.I)


# a relative clause that tells an earlier act of the people named ("two students who went missing in July")
_ACT_OF = re.compile(r"(?:killing|murder|death|abduction|kidnapping|assassination|lynching)s?\s+of\b", re.I)
# (not what the victims were doing when it happened: "abducted nine women who had gone to fetch firewood outside the
# town on Sunday")
_WHO_EARLIER = re.compile(r"\bwho(?:se)?\s+(?:[\w-]+\s+)?(?:went missing|disappeared|vanished|"
                          r"had\b(?!\s+(?:gone|left|set out|been (?:travell?ing|returning|working|farming|fetching|heading|collecting|"
                          r"grazing|fishing|walking|driving|riding))\b)|(?:was|were) (?:abducted|"
                          r"kidnapped|arrested|detained|killed|shot|murdered|taken))[^.;]*$", re.I)


_AFTER_A_GATHERING = re.compile(r"after\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:meeting|service|rally|prayers?|"
                                r"mass|match|game|funeral|burial|sermon|concert|wedding|party|ceremony|festival|celebrations?|"
                                r"vigil)\s+(?:(?:in|at)\s+(?:the\s+)?[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?(?:(?:late|early)\s+)?"
                                r"(?:on\s+)?", re.I)
# crowds fighting each other, told after a force's dispersal: "after two rival groups of youths clashed", "after clashes
# between supporters of the two candidates"
_CROWDS_FOUGHT_EACH_OTHER = re.compile(
    r"after\s+(?:(?:two|rival|the|opposing|warring)\s+)+(?:groups|gangs|factions|crowds|camps|mobs|clans)\s+(?:of\s+[\w-]+\s+)?"
    r"(?:[\w-]+\s+)?(?:clashed|fought|brawled|scuffled|traded blows)\b|"
    r"after\s+(?:(?:a|the)\s+)?(?:clash(?:es)?|fights?|fighting|brawls?|scuffles?)\s+(?:broke out\s+)?between\s+"
    r"(?:the\s+)?(?:two|rival|opposing)\b", re.I)
_CLAUSE_CLOSED = re.compile(r",\s+(?:in|at|near|outside|on)\s", re.I)


# a clause boundary between two acts: ", and" opening a clause with its own act
# (with a subject of its own: not ", and reportedly killed ...", the same subject's next act)
# (or a semicolon, as headlines join two stories: "Fano militia seizes town in Amhara; drone strike kills civilians")
_AND_CLAUSE = re.compile(r",\s+(?:and|while|whereas)\s+(?!(?:\w+ly\s+)?\w+(?:ed|ing)\b|(?:also|then|later|shot|set|hit|"
                         r"took|left|made|threw|fled|fought|beat|burnt|stole|broke|tore|blew)\b)|;\s+", re.I)


def _second_clause_act(s: Sentence, main: Trigger, related: list[Trigger], triggers: list[Trigger], head_end: int = 0,
                       ) -> tuple[Trigger, int] | None:
    """A strong act of another kind than `main` told in its own clause after ", and" (or before the clause
    `main` opens), or either side of a headline's semicolon: (its trigger, the article offset where the clauses part)."""
    cut = _headline_cut(s, head_end) if main.rule.family in ("violence", "remote") else None
    if cut is not None:
        # a headline's two stories either side of its semicolon, whatever their kinds: "Gunmen kill 9 in attack on mining
        # site; army says it repelled second raid"
        other = next((t for t in triggers if t is not main and t.rule.family in ("violence", "remote")
                      and (t.start < cut) != (main.start < cut)), None)
        if other is not None:
            return other, cut
    if ", and in " in s.text or ", while in " in s.text:
        # "protesters looted shops in Matola, and in the northern city of Nampula, police fired tear gas to disperse a
        # rally": a clause that opens with a town of its own tells an act of its own there
        for placed in _AND_IN_PLACE.finditer(s.text, main.end - s.start):
            other = next((t for t in triggers if t.start - s.start >= placed.end() and t.rule.strength == "strong"
                          and t.rule.family in ("violence", "remote", "demonstration") and not _is_outcome(t, s)), None)
            if other is not None and placed.group("name") not in date_lib.MONTHS:
                return other, s.start + placed.start()
    # (strikes told with fighting are one battle, whatever the clause: ACLED's rule)
    if main.rule.family not in ("violence", "remote") or main.sub_event_type == "Armed clash":
        return None
    for t in triggers:
        # (two weapons of two kinds are two acts too: "RSF shelling kills nine in El Fasher, army drone hits Nyala"; so are
        # a killing and a town taken: "militants killed 38 civilians in Beni ..., while M23 rebels seized another town")
        two_weapons = (t.rule.family == main.rule.family == "remote" and t.sub_event_type != main.sub_event_type) or (
            t.rule.family == main.rule.family == "violence"
            and (t.sub_event_type in TERRITORY_TAKEN) != (main.sub_event_type in TERRITORY_TAKEN))
        if (t in related and not two_weapons) or t.rule.strength != "strong" or t.rule.family not in ("violence", "remote") \
                or (t.rule.family == main.rule.family and not two_weapons) or t.sub_event_type == "Armed clash" \
                or _is_outcome(t, s):
            continue
        a, b = sorted((main, t), key=lambda x: x.start)
        # (read past the second act: the check of the clause's first word looks ahead)
        cut = _AND_CLAUSE.search(s.text, a.end - s.start, b.end - s.start)
        if cut is not None and cut.end() <= b.start - s.start:
            if t.start > main.start and any(r is not main and r.rule.family == main.rule.family
                                            and cut.end() <= r.start - s.start < t.start - s.start for r in related):
                continue  # "fired rockets into the district; one rocket hit a petrol station, killing six": main's act again
            if t.start > main.start and _THEN_NEXT.search(s.text, cut.end(), t.start - s.start):
                continue  # "A roadside bomb struck a patrol, and gunmen then opened fire on the survivors": one assault
            return t, s.start + cut.start()
        if two_weapons:
            # a clause of its own after a bare comma: its subject is the few words before the second act
            comma = s.text.rfind(",", a.end - s.start, b.start - s.start)
            if comma > 0 and _SUBJECT_ONLY.fullmatch(s.text, comma, b.start - s.start):
                return t, s.start + comma
    return None


def _headline_cut(s: Sentence, head_end: int) -> int | None:
    """Where a headline's two stories part (the article offset of its semicolon), if `s` is the article's headline
    (`head_end`: where the body starts after it, as `_headline_end` finds it; 0 if none)."""
    if not head_end or s.end > head_end or "; " not in s.text:
        return None
    return s.start + s.text.index("; ")
_THEN_NEXT = re.compile(r"\b(?:then|afterwards)\b", re.I)
_SUBJECT_ONLY = re.compile(r",\s+(?:(?!(?:and|or|while|killing|wounding|injuring|as|after|before|in|on|at|near)\b)[\w'’-]+\s+)"
                           r"{1,3}", re.I)


def _not_the_days_spoken(mentions: list[date_lib.DateMention], s: Sentence, cand: Candidate) -> list[date_lib.DateMention]:
    """A background act's dates, less the days a source spoke after it ("police have arrested ... after a rally ...
    turned violent in Kathmandu, officials said on Sunday" tells no Sunday rally)."""
    return [m for m in mentions if m.start < cand.trigger.end or not _REPORTED_ON.search(
        s.text, max(0, m.start - s.start - 30), m.start - s.start)]


_BODIES_FOUND_LATER = re.compile(r"(?:,|\band)\s+(?:their|the|his|her)\s+(?:[\w-]+\s+)?(?:bod(?:y|ies)|remains|corpses?)\s+"
                                 r"(?:were|was|had been|have been)\s+(?:later\s+|only\s+)?(?:found|discovered|recovered|retrieved)\b",
                                 re.I)


def _own_dates(mentions: list[date_lib.DateMention], s: Sentence, cand: Candidate) -> list[date_lib.DateMention]:
    """Dates of the event's own clause: a date inside a background clause after the act ("blocked the
    road after a boy was knocked down on Monday") dates the background, not the act."""
    if cand.background:
        return _not_the_days_spoken(mentions, s, cand)
    if "number of" in s.text:
        # (nor the day a running tally counts from: "bringing to 100 the number killed since fighting broke out on 9
        # September")
        tallies = _running_tallies(s)
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in tallies)]
    out = []
    for m in mentions:
        bg = _background_start(s.text, m.start - s.start)
        if bg is not None and bg > cand.trigger.end - s.start \
                and not _SHORTLY.search(s.text, max(0, bg - 16), bg) \
                and not _AFTER_A_GATHERING.fullmatch(s.text, bg, m.start - s.start):  # ("shortly after he addressed a rally on Wednesday")
            # (but the day of a gathering the act followed is its day too: "hurled stones at a convoy after a meeting on
            # Sunday")
            continue
        if m.start > cand.trigger.end and _BODIES_FOUND_LATER.search(s.text, cand.trigger.end - s.start, m.start - s.start):
            continue  # "were shot dead in Nueva Morelia, and their bodies were found by soldiers on Monday": the finding's day
        who = _WHO_EARLIER.search(s.text, cand.trigger.end - s.start, m.start - s.start) if m.start > cand.trigger.end \
            else None
        if who is not None and not _ACT_OF.match(cand.trigger.text) and not _CLAUSE_CLOSED.search(who.group(0)):
            # (not the act's own victim: "the killing of a military police officer who was shot dead last week")
            # (nor a clause a comma closed before the act's own place: "shot dead a man who had signed the deal, in
            # Ituango, on Sunday")
            continue  # "protesters demanding justice for two students who went missing in July": the students' July
        out.append(m)
    # "The city's mayor said on Wednesday that seven people had been killed": a toll told as past on the day it was
    # told, no day of the deaths
    if out and _HAD_BEFORE.search(s.text, max(0, cand.trigger.start - s.start - 12), cand.trigger.start - s.start):
        out = [m for m in out if not (m.start < cand.trigger.start and _REPORTED_ON.search(
            s.text, max(0, m.start - s.start - 30), m.start - s.start))]
    # "Army spokesman ... told reporters in Abuja on Monday that troops ... engaged them in a firefight on Sunday":
    # the day the source spoke is not the act's, when the act has a day of its own
    spoke = [m for m in out if _REPORTED_ON.search(s.text, max(0, m.start - s.start - 60), m.start - s.start)
             # (or before the verb: "Reports on Friday said that Fano militiamen clashed with troops ... on Wednesday")
             or m.end < cand.trigger.start and _SAID_AFTER_THE_DAY.match(s.text, m.end - s.start)]
    # (or a week or month of its own: "said on Monday it had killed 31 ... last week"; not "for the weekend"; "said
    # last month that soldiers executed more than 200 villagers ... in February")
    if spoke and any(m not in spoke and (m.kind == "day" or m.kind in ("week", "month") and _LAST_WEEK.match(m.text)
                                         # ("said on Tuesday they had arrested 30 people ... over the weekend")
                                         or m.kind == "week" and _OVER_THE_WEEKEND.search(s.text, max(
                                             0, m.start - s.start - 12), m.end - s.start)
                                         or m.kind == "month" and m.text[:3].lower() == "in ")
                     for m in out):
        out = [m for m in out if m not in spoke]
    # "Following a murder on 12 March, villagers attacked the houses on 24 March": a date inside a
    # fronted background clause dates the background, when the act has a date of its own
    # ("The army, which has been trying to push the RSF out since it overran the state in December last year,
    # carried out air strikes ... on Saturday": a relative clause between commas tells the subject's past)
    asides = [(s.start + r.start(), s.start + r.end()) for r in _RELATIVE_ASIDE.finditer(s.text)
              if s.start + r.end() <= cand.trigger.start]
    own = [m for m in out if (cand.aside is None or not cand.aside[0] <= m.start < cand.aside[1])
           and not any(a <= m.start < b for a, b in asides)]
    return own if any(m.kind not in ("span", "reference") for m in own) else out


_HAD_BEFORE = re.compile(r"\bhad\s+been\s+$")
_SAID_AFTER_THE_DAY = re.compile(r"\s*,?\s*(?:said|says|reported|announced|stated|confirmed|told\s+\w+)\b", re.I)
_OVER_THE_WEEKEND = re.compile(r"\b(?:over|at|during|on)\s+the\s+weekend\b", re.I)
_LAST_WEEK = re.compile(r"(?:the\s+)?(?:last|this|earlier this|past|previous)\b", re.I)
# what follows within the day: "arrested ... shortly after he addressed a rally on Wednesday" is Wednesday's
_SHORTLY = re.compile(r"\b(?:shortly|soon|just|immediately|moments?|minutes|hours|an hour)\s+$", re.I)
_MARKING_BEFORE = re.compile(r",\s+(?:marking|making (?:it|this)|becoming|the (?:first|latest|second|third|deadliest)\b)[^,;]*$",
                             re.I)
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\s+[^,.;]{3,200},")


def _in_scope(start: int, scope: tuple[int, int]) -> bool:
    return scope[0] <= start < scope[1]


def _pick_date(mentions: list[date_lib.DateMention], scope: tuple[int, int]) -> date_lib.DateMention | None:
    for m in mentions:
        if m.kind not in ("span", "reference") and _in_scope(m.start, scope):
            if m.kind in ("week", "month") and m.first is None:  # (not a range of days: "on August 10 and 11")
                # "began last week, when police fired tear gas ... on Thursday": the day told inside it
                inside = next((d for d in mentions if d.kind == "day" and d.start > m.start and _in_scope(d.start, scope)
                               and (abs((d.date - m.date).days) <= 3 if m.kind == "week"
                                    else (d.date.year, d.date.month) == (m.date.year, m.date.month))), None)
                if inside is not None:
                    return inside
            return m
    return None


_TAG_ONLY = re.compile(r"\s*\[[^\]]*\]\s*")
# an ACLED note's crowd-size tag ("[size=no report]", "[size=around 200]"), which ACLED gives only to demonstrations
_SIZE_TAG = re.compile(r"\[size=[^\]]*\]", re.I)
_SIZE_TAG_RULE = TriggerRule("Peaceful protest", "demonstration", 0, "brief", (_SIZE_TAG.pattern,))


def _size_tagged_gathering(ctx: _Context) -> Candidate | None:
    """A note that tells no act of its own but carries a crowd-size tag ("... gathered around the monument and called
    for ... [size=no report]"): a demonstration, peaceful for all it tells, dated and placed by its first sentence."""
    tag = _SIZE_TAG.search(ctx.article.text)
    first = next((s for s in ctx.sentences if not _TAG_ONLY.fullmatch(s.text)), None)
    if tag is None or first is None:
        return None
    trigger = Trigger(_SIZE_TAG_RULE, tag.start(), tag.end(), tag.group(0))
    cand = Candidate(trigger, [trigger], [first], "demonstration", False, (first.start, first.end))
    cand.date = _pick_date(_dates_of(ctx, first), cand.scope)
    places = _places_of(ctx, first)
    cand.place = _best_place(places, ctx.article.text) if places else None
    return cand


_WHO_HAD = re.compile(r"\bwho (?:had been |were |had )(?:\w+ing|gathered|assembled|camped|marched|blocked|rallied|occupied|"
                      r"glued|chained|stormed|attacked|ambushed|raided)\b")


_TALLIED = (r"(?:air ?strikes|airstrikes|drone strikes|attacks|raids|bombings|incidents|clashes|protests|demonstrations|"
            r"killings|abductions|kidnappings|arrests|shellings)\b")
# "Thousands of people have been killed", "more than 500 people have died in the conflict so far": a
# toll over a whole conflict, told in the perfect, with no day of its own
_TOLL_SUMMARY = re.compile(
    r"\b(?:(?:tens of )?thousands|hundreds|millions)\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:have|has|had)\s+(?:been\s+)?"
    r"(?:killed|died|lost their lives|slain)\b|"
    r"\b(?:have|has|had)\s+(?:been\s+)?(?:killed|died)\b[^.]{0,60}\b(?:so far|to date|in total|since|over the (?:past|last)|"
    r"in the (?:conflict|war|insurgency|violence|fighting|unrest|crisis))\b|"
    # "Since the protests began on October 21, at least 30 people have been killed"
    r"\bsince\b[^.;]{0,100}\b(?:have|has|had)\s+(?:been\s+)?(?:killed|died|lost their lives)\b", re.I)


# "more than 600 air strikes since it seized power": a count of acts over a period
_EVENT_TALLY = re.compile(
    rf"\b\d[\d,]*\s+(?:\w+\s+)?{_TALLIED}[^.]{{0,80}}\bsince\b|\bsince\b[^.]{{0,80}}\b\d[\d,]*\s+(?:\w+\s+)?{_TALLIED}", re.I)


# "More than 4,700 people were kidnapped in Nigeria in the first year of Tinubu's administration", "have been abducted
# since May 2023": a count of those taken over a year or more
_TAKEN_OVER_A_YEAR = re.compile(
    r"\b(?:were|have been|had been|has been)\s+(?:kidnapped|abducted|taken hostage)\b[^.;]{0,80}?\b(?:last year|this year|"
    r"in (?:19|20)\d\d\b|in the (?:first|past|last|previous) (?:[\w'’-]+ ){0,2}?(?:years?|twelve months|12 months)\b|"
    r"over the (?:past|last) (?:[\w-]+ )?(?:years?|twelve months|12 months)\b|since\b)", re.I)
# "The two-year war has killed tens of thousands of people": a war's toll, whatever the verb
_WAR_TOLL = re.compile(
    r"\b(?:war|conflict|fighting|insurgency|violence|crisis|unrest|uprising)\s+(?:has|have|had)\s+(?:\w+\s+)?killed\b|"
    r"\b(?:has|have|had)\s+killed\s+(?:more than |over |some |about |nearly |at least )?(?:(?:tens|hundreds) of )?"
    r"(?:thousands|hundreds|millions)\b|"
    # ("Israel's retaliatory campaign has since killed more than 35,600 Palestinians")
    r"\b(?:has|have|had)\s+since\s+killed\b|"
    r"\b(?:has|have|had)\s+killed\s+(?:more than |over |some |about |nearly |at least )?\d{1,3},\d{3}\b", re.I)


def _is_toll_summary(s: Sentence, cand: Candidate, ctx: _Context) -> bool:
    """A sentence that tells a conflict's toll or a count of its acts, not an event: no day, and (for a
    toll) no act but deaths."""
    # (the literal words each pattern needs, checked first: most sentences have neither)
    tally = bool(("ince" in s.text and _EVENT_TALLY.search(s.text)) or ("killed" in s.text and _WAR_TOLL.search(s.text)))
    toll = not tally and cand.family == "violence" and bool(_TOLL_SUMMARY.search(s.text)) \
        and all(_is_outcome(t, s) for t in cand.triggers)
    # ("In May, fighting in and around the city killed at least 134 people": a month's toll of many acts)
    toll = toll or (ctx.news and cand.family == "violence" and s.text.startswith(("In ", "During ", "Throughout "))
                    and bool(_MONTH_TOLL.match(s.text)))
    # (a day that starts the period counted is not the event's: "Since the protests began on October 21")
    return (tally or toll) and not any(m.kind == "day" and not _SINCE_BEFORE.search(s.text, 0, m.start - s.start)
                                       for m in _dates_of(ctx, s))


_SINCE_BEFORE = re.compile(r"\bsince\b[^,.;]{0,40}$", re.I)
_MONTH_TOLL = re.compile(r"(?:In|During|Throughout) (?:the month of )?(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December)\b,?\s+(?:[\w'’-]+\s+){0,3}?(?:fighting|clashes|violence|"
                         r"attacks|strikes|shelling|bombardments?)\b[^.;]{0,60}?\b(?:killed|left)\s+(?:at least|more than|over|"
                         r"nearly|some|about)\b")
# ("have exchanged fire almost daily since the Palestinian militant group Hamas attacked southern Israel on Oct. 7":
# a day after the habit's "since" is when it began)
_SINCE_WORD = re.compile(r"\bsince\b", re.I)


_RECENT_START_DAYS = 7


def _began_days_ago(mentions: list[date_lib.DateMention], scope: tuple[int, int],
                    published: date) -> date_lib.DateMention | None:
    """"have blocked roads since Monday": an act going on since a day of the past week began that day
    (a span from a month or a year ago is a summary)."""
    return next((m for m in mentions if m.kind == "span" and m.precision == 1 and m.first is None
                 and _in_scope(m.start, scope) and 0 <= (published - m.date).days <= _RECENT_START_DAYS
                 and m.text.lower().startswith("since")), None)


_LONG_AGO_DAYS = 60


def _long_ago_span_only(mentions: list[date_lib.DateMention], scope: tuple[int, int], published: date) -> bool:
    """The clause's only dates are spans that began months or years before the report ("since 2014"), or a summary's
    months ("repeated attacks on fishermen in recent months")."""
    told = [m for m in mentions if _in_scope(m.start, scope) and m.kind != "reference"]
    return bool(told) and all(m.kind == "span" and ((published - m.date).days > _LONG_AGO_DAYS or (
        # (not how long an act went on: "clash for three days")
        date_lib.SUMMARY_PERIOD in m.rule and m.precision >= 3 and not m.rule.startswith("span-for"))) for m in told)


# (a year the act was in, not one naming another thing: "a former aspirant in the 2017 General Election")
_PAST_YEARS_AFTER = re.compile(r"\b(?:in|during|between)\s+(?:the\s+)?(?:late\s+|early\s+|mid-?)?(?P<y>(?:19|20)\d\d)s?\b"
                               r"(?:\s+(?:and|to|-)\s+(?:19|20)\d\d)?(?=\s*(?:[,.;:)]|$)|\s+(?:and|when|after|before|in|on|at)\b)",
                               re.I)
_YEAR_AS_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}$", re.I)
_ACT_NOUN = re.compile(r"(?:[\w-]+\s+)*(?:attacks?|bombings?|blasts?|explosions?|massacres?|raids?|ambush(?:es)?|assaults?|"
                       r"killings?)$", re.I)
# (only the act's own place or object between it and the year: not "the land that had been seized by the military in the
# late 1990s", "in a case arising from ...")
_CLAUSE_OR_RELATIVE = re.compile(r"[.;]|\b(?:who|which|whom|that|by|from|of|including|since|during|after|before|for|"
                                 r"over|against|arising|provided)\b", re.I)


def _act_of_a_past_year(ctx: _Context, s: Sentence, cand: Candidate) -> bool:
    """The act is told with a year before the report's, right after it ("attacked the mall in 2013", "between 1987 and
    2006", "in the 1990s") or as its adjective ("a 2022 separatist bomb attack"), with no day told between."""
    text, t, year = ctx.article.text, cand.trigger, ctx.article.published.year
    before = _YEAR_AS_ADJECTIVE_BEFORE.search(text, max(s.start, t.start - 40), t.start)
    if before is not None and int(before.group("y")) < year and _ACT_NOUN.fullmatch(t.text):
        return True
    end = min(s.end, t.end + 60)
    after = _PAST_YEARS_AFTER.search(text, t.end, end)
    if after is None or int(after.group("y")) >= year or _CLAUSE_OR_RELATIVE.search(text, t.end, after.start()):
        return False
    # (nor after it, unless a source's: "attacked the village in 2023 and again on Thursday")
    return not any(m.kind == "day" and t.end <= m.start
                   and (m.start < after.start() or not _REPORTED_ON.search(text, max(s.start, m.start - 60), m.start))
                   for m in _dates_of(ctx, s))


def _an_earlier_year_only(ctx: _Context, s: Sentence, cand: Candidate) -> bool:
    """The act's clause is dated only by a year before the report's ("in late 2022", "in 2019"), leaving out the
    day a source told it on ("officials recalled on Monday")."""
    told = [m for m in _dates_of(ctx, s) if _in_scope(m.start, cand.scope) and m.kind != "reference"
            and not _REPORTED_ON.search(ctx.article.text, max(s.start, m.start - 40), m.start)]
    return bool(told) and all(m.kind == "span" and m.rule.startswith("year:")
                              and m.date.year < ctx.article.published.year
                              # (a year the act was in, not one a period began: "have failed to pay farmers since 2014")
                              and (_IN_A_YEAR_TOLD.match(m.text) is not None
                                   or _IN_A_YEAR_TOLD.match(ctx.article.text[max(s.start, m.start - 12):m.start].lstrip()
                                                       + m.text) is not None)
                              for m in told)


_IN_A_YEAR_TOLD = re.compile(r".*\b(?:in|during|late|early|mid)[- ]+(?:(?:late|early|mid)[- ]?)?(?:19|20)\d\d$", re.I | re.S)


def _outbreak_months_ago(s: Sentence, cand: Candidate, ctx: _Context) -> bool:
    """A conflict's outbreak told by its month, a month or more before the story ("Clashes erupted in May over demands
    by the majority Meitei community ..."): the conflict's backdrop, its toll since then no event of its own."""
    m = _OUTBREAK.search(s.text)
    if m is None or not s.start + m.start() <= cand.trigger.start < s.start + m.end():
        return False
    told = [d for d in _dates_of(ctx, s) if s.start + m.start() <= d.start < s.start + m.end() + 20]
    return bool(told) and all(d.precision >= 3 and (ctx.article.published - d.date).days >= 30 for d in told)


_HAD_BEEN_KILLED = re.compile(r"\b(?:have|has|had)\s+been\s+(?:killed|slain)\b|\b(?:have|has|had)\s+(?:died|lost their lives)\b",
                             re.I)
_TOLL_SO_FAR = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:killed|died|lost their lives)\b", re.I)
# "clashes erupted in May", "the fighting broke out in April 2023", "violence first flared in early 2021"
_OUTBREAK = re.compile(r"\b(?:clashes|violence|fighting|unrest|conflict|war|hostilities|insurgency|crisis)\s+(?:first\s+)?"
                       r"(?:erupted|broke out|began|started|flared(?: up)?)\s+in\b", re.I)


def _is_summary_only(mentions: list[date_lib.DateMention], scope: tuple[int, int]) -> bool:
    in_scope = [m for m in mentions if _in_scope(m.start, scope)]
    in_scope = [m for m in in_scope if m.kind != "reference"]
    # a bounded range of days ("from 14 to 30 January") is when an event went on, not a summary
    return bool(in_scope) and all(m.kind == "span" and not m.rule.startswith("range:") for m in in_scope)


def _split_at_semicolon(cand: Candidate, places: list[place_lib.PlaceMention], text: str) -> list[Candidate]:
    """"thousands protested in Tunis; protesters stormed the party's offices in Tozeur": two clauses joined
    by a semicolon, each with its own act and its own place, are two events; a clause with a place of
    its own but no act is not this event's."""
    a, b = cand.scope
    cut = text.find("; ", a, b)
    if cut < 0 or cand.background or "(" in text[a:cut]:
        return [cand]
    before = [t for t in cand.triggers if t.start < cut]
    after = [t for t in cand.triggers if t.start > cut]
    if not before:
        return [cand]
    here = {p.place.name for p in places if a <= p.start < cut}
    there = {p.place.name for p in places if cut < p.start < b}
    if not here or not there or here & there:
        return [cand]
    if not after:
        # "Police fire tear gas at supporters in Lahore; one killed in Karachi": what the other clause
        # tells happened elsewhere, not in this event
        return [_copy(cand, scope=(a, cut), regions=[(a, cut)])]

    def part(triggers: list[Trigger], scope: tuple[int, int]) -> Candidate:
        t = triggers[0]  # (the triggers keep their order: the strongest first)
        return _copy(cand, trigger=t, triggers=triggers, family=t.rule.family, weak=t.rule.strength != "strong",
                     scope=scope, regions=[scope], aside=cand.aside if t.start < cut else None)
    return [part(before, (a, cut)), part(after, (cut + 1, b))]


def _copy(cand: Candidate, **changes) -> Candidate:
    """A copy of a candidate, its lists its own (a merge extends them), with some fields changed."""
    lists = {f: list(getattr(cand, f)) for f in ("triggers", "sentences", "regions", "fatality_rules",
                                                  "fatality_spans", "outcomes", "allies")}
    return dataclasses.replace(cand, **{**lists, **changes})


_SPOKE_IN = re.compile(r"\b(?:told(?:\s+[\w-]+){0,2}?|said|speaking|spoke|(?:news|press)\s+(?:conference|briefing)|"
                       r"statement\s+(?:issued|released|read))\s+(?:in|from)\s+$", re.I)
_SOURCES_IN = re.compile(r"\b(?:sources?|officials?|spokesm[ae]n|spokesperson|journalists?|reporters?|correspondents?|diplomats?|"
                         r"analysts?)\s+(?:based\s+)?in\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|capital|port|province|district)"
                         r"\s+of\s+)?$|"  # ("a military official in the government-held city of Marib said")
                         # (whom a spokesman speaks for: "the spokesman for Baghlan provincial police said")
                         r"\b(?:spokesm[ae]n|spokeswom[ae]n|spokesperson|spokespeople)\s+(?:for|of)\s+(?:the\s+)?$", re.I)
_AFFILIATE_IN = re.compile(r"\b(?:affiliate|branch|wing|franchise|offshoot|chapter)\s+(?:in|of)\s+(?:the\s+)?$", re.I)
_FORCE_IN = re.compile(r"\b(?:police|army|military|gendarmerie)\s+(?:command\s+|headquarters\s+)?in\s+$", re.I)
_SAID_NEXT = re.compile(r"(?:\s+(?:state|province|region|county|district))?,?\s+(?:said|says|say|told|confirmed|reported|"
                        r"announced)\b", re.I)
_ACT_ON_THE_SOURCE = re.compile(r"\b(?:killed|killing|shot|shooting|abducted|abducting|kidnapped|kidnapping|attacked|"
                                r"attacking|assassinated|murdered|stabbed|hacked|beat|beaten|beating|arrested|detained|"
                                r"seized)\s+(?:[\w'’-]+\s+){0,5}?(?:officials?|journalists?|reporters?|correspondents?)\s+in\s+$",
                                re.I)
_REGIONS_AFTER = re.compile(r"\s+(?:provinces|states|regions|counties|departments)\b", re.I)
_BETWEEN_TOWNS = re.compile(r"\b(?:between|(?:the\s+)?border\s+(?:area\s+)?of)\s+(?:the\s+)?(?:towns?\s+of\s+|villages?\s+of\s+|"
                            # (the first town glossed: "the road between the provincial capital Quibdo and Medellin")
                            r"(?:(?:provincial|regional|state|district|county)\s+)?(?:capital|city|town|port)\s+(?:of\s+)?)?$",
                            re.I)  # ("on the border of Paletwa and Kyauktaw townships": one place between them)


_PEOPLE_FROM = re.compile(r"\b(?:m[ae]n|wom[ae]n|youths?|people|villagers|residents|relatives|students|workers)\s+from\s+$",
                          re.I)


def _split_by_place(cand: Candidate, places: list[place_lib.PlaceMention], text: str,
                    brief: bool = False) -> list[Candidate]:
    """One candidate per coordinated town ("fighting in X and Y"), else the first place."""
    scoped = [p for p in places if _in_scope(p.start, cand.scope)]
    if cand.backdrop is not None:
        scoped = [p for p in scoped if not _in_scope(p.start, cand.backdrop)] or scoped
    # "told reporters in Abuja on Monday that troops ... engaged them near Tsafe": where the source spoke
    # (when it names no other place, the event's is read from its context: "Troops ... regained control of the town
    # after clashes, Defence Minister Cristovao Chume told reporters in Maputo on Tuesday")
    scoped = [p for p in scoped if not _SPOKE_IN.search(text, max(0, p.start - 40), p.start)
              # ("Two security sources in Kirkuk said the militants ... approached the post": where the sources are)
              and not (_SOURCES_IN.search(text, max(0, p.start - 40), p.start)
                       # (not one the act was done to: "shot dead an NLD ward official in Toungoo")
                       and not _ACT_ON_THE_SOURCE.search(text, max(0, p.start - 90), p.start))
              # ("Police in Katsina said on Monday that officers had repelled an attack on Faskari": the command that spoke)
              and not (_FORCE_IN.search(text, max(0, p.start - 30), p.start) and _SAID_NEXT.match(text, p.end))
              # ("JNIM, the al Qaeda affiliate in the Sahel, claimed the attack": where a group is an affiliate)
              and not _AFFILIATE_IN.search(text, max(0, p.start - 40), p.start)
              # ("attacked army positions in the town, about 30 km (19 miles) south of the regional capital Bahir Dar": the
              # town told before, measured from the capital)
              and not (_DISTANCE_FROM.search(text, max(0, p.start - 60), p.start)
                       and _PLACE_TOLD_BEFORE.search(text, cand.scope[0], p.start))]
    if not scoped:
        return [cand]
    # "miners from Arequipa, Ayacucho and Puno marched through central Lima": where they came from is no place of the
    # act, when the act has one of its own
    # (a list of them: "students from the Mombasa branch ... protested" is where the students were)
    origins: list[place_lib.PlaceMention] = []
    for p in scoped:
        told = _ORIGIN_BEFORE.search(text, max(0, p.start - 40), p.start)
        if (told is not None and told.group(0).lower().rstrip().endswith("from")) or (
                origins and _COORDINATED.match(text[origins[-1].end:p.start])):
            origins.append(p)
    if len(origins) >= 2 and len(origins) < len(scoped):
        scoped = [p for p in scoped if p not in origins]
    if not brief and origins and len(origins) == len(scoped) and all(
            _PEOPLE_FROM.search(text, max(0, p.start - 40), p.start) for p in origins):
        # "Several dozen young people, demanding the release of eight young men from Fengolo, blocked the road at the
        # entrance of the town": where the people came from, when the act names no place of its own, is not where it
        # was (its place is read from its paragraph)
        return [cand]
    groups = [[scoped[0]]]
    on_the_way: place_lib.PlaceMention | None = None
    listed = _listed_with_and(scoped, text)
    for i, (prev, cur) in enumerate(zip(scoped, scoped[1:], strict=False)):
        between = text[prev.end:cur.start]
        # (townships and districts too, when the list ends in "and": "in Kutkai and Hsipaw townships", not the area
        # after a village: "near Panglong village, Namtu Township")
        kinds = ("populated", "unit") if listed[i] else ("populated",)
        if listed[i] and cand.family != "strategic" and _REGIONS_AFTER.match(text, cur.end):
            # ("blocked highways in Valle del Cauca and Cauca provinces": an act in each, one event each; not a measure
            # taken for both: "placed Nord-Kivu and Ituri provinces under a state of siege")
            kinds = (*kinds, "admin1")
        if (
            _COORDINATED.match(between) and prev.place.kind in kinds and cur.place.kind in kinds
            and not _in_parens(text, cur.start) and "(" not in between
            and prev.place.name != cur.place.name and prev.place.admin1 != cur.place.name
        ):
            way = _BETWEEN_TOWNS.search(text, max(0, prev.start - 40), prev.start)
            if way is not None:
                # "a train between Abuja and Kaduna": one place on the way, coded near the first town
                # (a border between two areas, when the sentence names no other place: not "between Bodhei and Ijara,
                # on the border of Lamu and Garissa counties")
                if way.group(0).lower().startswith("between") or len(scoped) == 2:
                    # (a town before a ward or township's centroid: "between Kutulo and El Wak town" is near El Wak)
                    # (not two townships: "between Muse and Kutkai Townships" is near the first)
                    town_after = prev.place.kind != "populated" == cur.place.kind and not place_lib.UNIT_AFTER.match(
                        text, cur.end)
                    on_the_way = on_the_way or (cur if town_after else prev)
                groups[-1].append(cur)
            else:
                groups.append([cur])
        elif prev.place.kind in ("populated", "unit") and cur.place.kind in ("populated", "unit") \
                and prev.place.name != cur.place.name and _DAY_THEN_ANOTHER_TOWN.fullmatch(between):
            # "struck SDF positions in Kobani on Saturday and in Qamishli on Sunday": a town a day (each copy takes
            # the day told after its town, below)
            groups.append([cur])
        elif prev.place.kind in ("admin1", "unit") and cur.place.kind == "populated" and len(groups[-1]) >= 2 \
                and groups[-1][-2].place.kind == "populated" and prev.place.name == groups[-1][-2].place.admin1 \
                and _REGION_THEN_AND.fullmatch(between):
            # "struck Burshtyn in Ivano-Frankivsk region and Odesa": the first town's region, then another town
            groups.append([cur])
        else:
            groups[-1].append(cur)
    if len(groups) == 1:
        best = _best_place(scoped, text)
        # (unless the note says where it is coded: "at the border of Isiolo and Garissa counties (coded as Mado Gashi)")
        cand.place = on_the_way if on_the_way is not None and not place_lib.CODED_FOR.search(
            text, max(0, best.start - 40), best.start) else best
        return [cand]
    # each town's copy keeps the date, deaths and clauses read for the sentence (its deaths are
    # split across the towns by the caller)
    return [_copy(cand, place=_best_place(g, text)) for g in groups]


# the verbs of an attack told again, at another town or on another day ("... and attacked Marigat on Tuesday")
_STRUCK_AGAIN = "attacked|raided|struck|stormed|hit|shelled|bombed"
_DAY_THEN_ANOTHER_TOWN = re.compile(r"\s+(?:(?:late|early)\s+)?on\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,?\s+(?:and|while)\s+(?:again\s+)?"
                                    r"(?:(?:in|at|near)\s+(?:the\s+(?:town|city|village)\s+of\s+)?|"
                                    # ("attacked herders at Lokori on Monday and attacked Marigat on Tuesday")
                                    rf"(?:then\s+|later\s+)?(?:{_STRUCK_AGAIN})\s+(?:the\s+)?"
                                    r"(?:(?:town|city|village)\s+of\s+)?)", re.I)
_REGION_THEN_AND = re.compile(r"\s*(?:region|province|oblast|state|governorate|district|county|department)?\s*,?\s*(?:and|as well as)"
                              r"\s+(?:in\s+|on\s+|the\s+(?:city|town)\s+of\s+)?", re.I)
_AND_IN_LIST = re.compile(r"\b(?:and|as well as)\b", re.I)


def _listed_with_and(mentions: list[place_lib.PlaceMention], text: str) -> list[bool]:
    """For each pair of neighbouring places, whether they stand in a list that "and" closes ("Namkhan, Muse and
    Kutkai Townships"): a bare comma alone may join a place to the area around it."""
    out = [False] * max(0, len(mentions) - 1)
    closed = False
    for i in range(len(out) - 1, -1, -1):
        between = text[mentions[i].end:mentions[i + 1].start]
        if not _COORDINATED.match(between):
            closed = False
            continue
        closed = closed or bool(_AND_IN_LIST.search(between))
        out[i] = closed
    return out


def _counts_by_place(group: list[Candidate], text: str) -> list[int] | None:
    """The deaths told for each town of one clause ("33 people were killed in Kyiv and 10 in Kryvyi Rih"), in the
    group's order, or None when not every town has its own figure (a town told with none has none where the figures
    told for the others make the whole toll: "struck Lviv and Odesa, killing two people in Odesa")."""
    counts: list[int | None] = []
    for c in group:
        if c.place is None:
            return None
        # (the town named again with its figure: "struck Kyiv and Kryvyi Rih, killing 33 people in Kyiv and 10 in ...")
        name = c.place.text
        found = [m for m in _COUNT_IN_PLACE.finditer(text, c.scope[0], c.scope[1])
                 if text.startswith(name, m.end()) and not text[m.end() + len(name):m.end() + len(name) + 1].isalnum()]
        counts.append(parse_number(found[0].group("n")) if len(found) == 1 else None)
    told = [n for n in counts if n is not None]
    # (figures of the dead only: not "abducted 4 people in Bosso and 2 others in Toumour")
    if not told or not group[0].fatalities:
        return None
    if len(told) == len(counts):
        return told
    return [n or 0 for n in counts] if sum(told) == group[0].fatalities else None


# a figure told right before a town: "33 people [were killed] in Kyiv", "and 10 in Kryvyi Rih"
_COUNT_IN_PLACE = re.compile(r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\s+(?:(?:people|civilians|persons|others|more)\s+)?"
                             r"(?:(?:were|was)\s+)?(?:(?:killed|dead|died)\s+)?(?:in|at)\s+(?:the\s+)?", re.I)


def _per_place(cand: Candidate, text: str) -> bool:
    """The deaths are told for each of the towns ("shelled Huliaipole and Stepnohirsk, killing one civilian in
    each"): every town's event has them all, no share."""
    return bool(cand.fatality_spans) and all(_IN_EACH.match(text, end) for _start, end in cand.fatality_spans)


_IN_EACH = re.compile(r"\s+(?:in\s+)?each\b(?!\s+other\b)", re.I)


def _best_place(mentions: list[place_lib.PlaceMention], text: str = "") -> place_lib.PlaceMention:
    """The most precise place of a group; the first one among equals. A place in parentheses
    ("near El Wak (Mandera South, Mandera)") names the admin areas around it, so it comes last;
    a place naming whom a politician represents ("Siaya Senator James Orengo") says where they
    come from, not where the event was, so it comes before only those."""
    def region_named(p: place_lib.PlaceMention) -> bool:
        """"Nattalin township, Bago": a city named like its region, right after another place, names the region;
        "near Payathonzu Town, in Kyainseikgyi Township": a township right after a town near it is its area."""
        if any(place_lib.UNIT_OF.fullmatch(text, q.end, p.start) for q in mentions if q.end <= p.start):
            return True  # "in Kalaroa upazila of Satkhira": the district the sub-district is of
        if place_lib.NAMED_AFTER_ITS_TOWN in p.rule and any(
                _IN_THE_AREA.fullmatch(text, q.end, p.start) for q in mentions if q.end <= p.start):
            return True  # "near Kiunga in Lamu East": a sub-county named after its town, the area of the place told first
        if p.place.name == p.place.admin1:
            return any(_AFTER_PLACE.fullmatch(text, q.end, p.start) for q in mentions if q.end <= p.start)
        # (the town may be held only as its township: "in Budalin Town, in Monywa Township")
        return p.place.kind == "populated" and bool(place_lib.UNIT_AFTER.match(text, p.end)) and any(
            (q.place.kind == "populated" or q.place.kind == "unit" and _TOWN_WORD_AFTER.match(text, q.end))
            and q.place.name != p.place.name and not place_lib.UNIT_AFTER.match(text, q.end)
            and _AFTER_PLACE.fullmatch(text, q.end, p.start)
            and place_lib.haversine_km(p.place.latitude, p.place.longitude, q.place.latitude, q.place.longitude)
            <= place_lib.unit_radius_km(text, p.end) for q in mentions if q.end <= p.start)

    def county_town_before_finer(p: place_lib.PlaceMention) -> bool:
        """"lawyers in Meru held a protest in Maua town", "In Migori, youths invaded a rally in Sori Town": a town named
        like its county or region, not told as the town, frames a finer town of that region the sentence names, which
        is the event's place (ACLED codes such events to the finer town)."""
        if p.place.kind != "populated" or p.place.name != p.place.admin1 or _TOWN_WORD_AFTER.match(text, p.end):
            return False
        return any(q.place.kind == "populated" and q.geo_precision == 1 and q.place.admin1 == p.place.admin1
                   and q.place.name != p.place.name and q.start > p.end and _IN_BEFORE.search(text, max(0, q.start - 30), q.start)
                   and not _ROAD_AFTER.match(text, q.end) and not _OFFICE_AFTER.match(text, q.end)
                   and not _in_parens(text, q.start) and "." not in text[p.end:q.start]
                   for q in mentions)

    def measured_from(p: place_lib.PlaceMention) -> bool:
        before = text[max(0, p.start - 60):p.start]  # (the words first: most places are measured from nothing)
        if ("km" in before or "kilomet" in before or "mile" in before) and _DISTANCE_FROM.search(before) is not None:
            return True
        # ("in a village in Ancuabe district, south of Macomia": a bearing from a town, after the place told as where)
        bearing = _BEARING_FROM.search(before) if " of" in before else None
        return bearing is not None and any(
            q.end <= p.start and q.place.kind != "admin1"
            and _BEARING_AFTER_PLACE.fullmatch(text, q.end, p.start - len(bearing.group(0))) for q in mentions)

    measured = {id(p) for p in mentions if measured_from(p)} if text and len(mentions) > 1 else set()
    # (a town the event's is measured from stands for it when the text names no other town: "in a
    # village 10 miles north of Buthidaung town")
    # (or a district the text names first: "the front in Sirwah district, about 30 km west of Marib city"; not the
    # district after it, its area: "5 miles from Shadaw Township, Loikaw District")
    first_measured = min((p.start for p in mentions if id(p) in measured), default=len(text))
    # ("near the village of Bariire in Lower Shabelle, about 45 km west of Mogadishu": the region named, when the town
    # measured from lies in another)
    regions = {p.place.admin1 for p in mentions if p.place.kind == "admin1" and id(p) not in measured} or {
        p.place.admin1 for p in mentions}
    towns = [p for p in mentions if p.place.kind != "admin1" and id(p) not in measured
             and (p.place.kind == "populated" and not (text and place_lib.UNIT_AFTER.match(text, p.end))
                  or p.end <= first_measured)]
    # a place naming whose people acted, when another is told as where (not inside what a protest is about:
    # "against the plan to build a dry port in Naivasha")
    people = {id(p) for p in mentions if _PEOPLE_AFTER.match(text, p.end)} if text and len(mentions) > 1 else set()
    located = {id(q) for q in mentions if _IN_BEFORE.search(text, max(0, q.start - 30), q.start)
               and not _PROTEST_TOPIC_CUE.search(text, max(0, q.start - 60), q.start)} if people else set()

    # where people came from or were heading ("a villager from Sa Ne town", "a bus near Ijara, heading to
    # Garissa"), when another place is told as where
    elsewhere = {id(p) for p in mentions if _ORIGIN_BEFORE.search(text, max(0, p.start - 40), p.start)
                 and not _BRANCH_AFTER.match(text, p.end)} if text and len(mentions) > 1 else set()
    if elsewhere:
        # ("a bus headed to Mandera from Nairobi": where it came from is no more the place than where it went)
        elsewhere |= {id(p) for p in mentions if _FROM_ONLY_BEFORE.search(text, max(0, p.start - 10), p.start)}
    if len(elsewhere) == len(mentions) or (elsewhere and all(
            text[max(0, p.start - 8):p.start].rstrip().lower().endswith("from") for p in mentions if id(p) in elsewhere)
            and all(q.place.kind == "admin1" and any(q.place.admin1 == p.place.admin1 for p in mentions if id(p) in elsewhere)
                    for q in mentions if id(q) not in elsewhere)):
        # (the other places only the origin's own region: "abducted 15 villagers from Monywa, Sagaing Region")
        elsewhere = set()
    if text and len(mentions) > 1 and "from" in text:
        # ("The bus, which was travelling from Port-au-Prince to Mirebalais, was stopped ... in Croix-des-Bouquets": a
        # journey's start gives way to a place told as where; alone, it is the place, as ACLED codes a bus "travelling
        # from Merti to Isiolo" at Merti)
        journey = {id(p) for p in mentions if _JOURNEY_FROM.search(text, max(0, p.start - 30), p.start)}
        journey |= {id(p) for p in mentions if journey and _JOURNEY_TO.search(text, max(0, p.start - 60), p.start)}
        if journey and any(id(q) not in journey and id(q) not in elsewhere
                           and _IN_BEFORE.search(text, max(0, q.start - 30), q.start) for q in mentions):
            elsewhere |= journey

    def glossed(p: place_lib.PlaceMention) -> bool:
        """"near Tangai (Tanai) township": a known name in brackets right after an unknown one is its spelling
        (a township's too: "Muthraw (Hpapun) District"; and after a name read only as a loose spelling of another
        place: "Mong Kung (Mongkaing) township", not Mogaung; but a town named like its region names the region:
        "Maji Moto (Narok)")."""
        return p.place.kind in ("populated", "unit") and text[p.start - 1:p.start] == "(" and text[p.end:p.end + 1] == ")" and bool(
            _NAME_BEFORE_GLOSS.search(text, max(0, p.start - 40), p.start - 1)) and not any(
            q.end >= p.start - 3 and q.start < p.start
            and not (q.rule.startswith(_VARIANT_RULE) and p.place.name != p.place.admin1) for q in mentions)

    finer_outside = any(q.geo_precision < 3 and not _in_parens(text, q.start) for q in mentions)

    def key(p: place_lib.PlaceMention) -> tuple:
        if text and place_lib.CODED_FOR.search(text, max(0, p.start - 40), p.start):
            return (-1,)  # "(coordinates for Masalani used)", "[geocode for Myitkyina]": where the note says it is coded
        # ("shelled KIA positions (Mansi township), western Kachin state": brackets that hold the only place finer
        # than a region name the event's place, not the areas around it)
        bracketed = _in_parens(text, p.start) and not glossed(p)
        parens = bracketed and finer_outside
        # ("(Tanai township, Myitkyina, Kachin)": in brackets the first place is the event's, the others the
        # areas around it, whatever their precision; a region named alone still comes last)
        # (at one precision a town beats a district or township, but a place told as a district comes after a township
        # or village inside it: "in Hsihseng Township, Taungyi District")
        precision = (p.geo_precision == 3, 0) if bracketed else (
            p.geo_precision, bool(_DISTRICT_AFTER.match(text, p.end) or (
                p.place.kind != "populated" and _UNIT_OF_BEFORE.search(text, max(0, p.start - 40), p.start))),
            0 if p.place.kind == "populated" else 1)
        # ("relatives of the 43 missing Ayotzinapa students marched in Mexico City": whose people they are)
        people_of = bool(located) and id(p) in people and id(p) not in located
        # ("abducted on the Funtua road just outside Dandume": the road is named after a town it leads to)
        road = bool(text) and len(mentions) > 1 and bool(_ROAD_AFTER.match(text, p.end))
        # ("did not comment on the Arbinda attack, but ... drones struck positions near Djibo": an event told before,
        # named by its place)
        # (or by its target: "killing dozens of terrorists it said had taken part in the raid on Arbinda")
        named_event = bool(text) and len(mentions) > 1 and (text[max(0, p.start - 4):p.start].lower() == "the "
                                                            and bool(_EVENT_AFTER.match(text, p.end))
                                                            or bool(_EVENT_ON_BEFORE.search(text, max(0, p.start - 40), p.start)))
        # ("Mong Kung (Mongkaing) township": a loose spelling of another place, glossed by the name in brackets)
        glossed_over = p.rule.startswith(_VARIANT_RULE) and any(0 < q.start - p.end <= 3 and glossed(q) for q in mentions)
        office = bool(text) and (bool(_OFFICE_AFTER.match(text, p.end))
                                 or bool(_OFFICE_BEFORE.search(text, max(0, p.start - 40), p.start)))
        return (parens, office or people_of or id(p) in elsewhere or road
                or named_event or glossed_over,
                (bool(towns) or p.place.admin1 not in regions) and id(p) in measured,
                bool(text) and (region_named(p) or county_town_before_finer(p)), *precision, p.start)

    best = min(mentions, key=key)
    # ("Paletwa Township, Chin State (code for Paletwa)": the place as told with its state, whose admin1 it corrects)
    return next((q for q in mentions if q.place.name == best.place.name and q.place.admin1 != best.place.admin1
                 and _STATE_NAMED_AFTER in q.rule), best)


_IN_THE_AREA = re.compile(r"\s*,?\s*(?:in|of)\s+(?:the\s+)?", re.I)
_DISTRICT_AFTER = re.compile(r"\s+(?:district|area|cercle|department|commune|province|prefecture)\b", re.I)
# a unit told as a province or region ("In the southern province of Maguindanao del Sur, soldiers clashed ... near the town
# of Shariff Aguak"): the area around the town told, as a district named so is
_UNIT_OF_BEFORE = re.compile(r"\b(?:province|region|state|governorate|department|county)\s+of\s+$", re.I)
_TOWN_WORD_AFTER = re.compile(r"\s+town\b", re.I)
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|expressway|axis)\b", re.I)
_EVENT_ON_BEFORE = re.compile(r"\b(?:part|role|involved|involvement|responsibility|responsible)\s+(?:in|for)\s+the\s+"
                             r"(?:attacks?|raids?|ambush|assault|massacres?|bombings?|killings|siege)\s+(?:on|in|at|of)\s+$",
                             re.I)
_EVENT_AFTER = re.compile(r"\s+(?:attacks?|raids?|ambush|assault|massacres?|bombings?|blasts?|killings|clashes|fighting|"
                          r"violence|incident|offensive|siege)\b", re.I)
_JOURNEY_FROM = re.compile(r"\b(?:travell?ing|driving|heading|going|coming|returning|on (?:its|their|his|her) way)\s+from\s+$",
                           re.I)
_JOURNEY_TO = re.compile(r"\bfrom\s+(?:[\w'’-]+\s+){1,4}?(?:to|towards)\s+$", re.I)
# ("Kunduz police said they had killed two IS-K members in the province's Imam Sahib district": whose police)
_PEOPLE_AFTER = re.compile(r"\s+(?:students|residents|youths?|farmers|herders|traders|villagers|workers|fishermen|"
                           r"supporters|families|relatives|elders|women|men|police|officials|authorities)\b")
_ETHNIC_PEOPLE_AFTER = re.compile(r"\s+(?:herders|herdsmen|pastoralists|militias?|militiamen|raiders|warriors|tribesmen|"
                                  r"clansmen|communities|community)\b")
_AMONG_PEOPLE_BEFORE = re.compile(r"(?:\b(?:armed|rival)\s+(?:[\w-]+\s+and\s+)?|\b[\w-]+\s+and\s+|,\s+including\s+(?:[\w-]+\s+)?)$")
_IN_BEFORE = re.compile(r"\b(?:in|at|near|of)\s+(?:the\s+[\w-]+'s\s+)?$", re.I)  # ("in the province's Imam Sahib")
# (not a unit's word: "Kauru LGA (Kaduna)" names the state in brackets)
_NAME_BEFORE_GLOSS = re.compile(r"(?<![.!?] )(?<!^)\b(?!(?:LGA|State|Region|Province|District|County|Township)\s*$)"
                                r"(?-i:[A-Z])[\w'’-]+\s*$")
_FROM_ONLY_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_BRANCH_AFTER = re.compile(r"\s+(?:branch|campus|chapter|office|station)\b", re.I)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:man|woman|boy|girl|villagers?|residents?|people|youths?|attackers?|assailants|riders?|operators?|traders?|"
    r"farmers?|herders?|pastoralists?|students?|men|women|famil(?:y|ies)|clan|community|communities|natives?|"
    r"travell?ers?|passengers?|workers?|migrants?|refugees?|drivers?|businessm[ae]n|teachers?|pupils?|miners?|protesters|"
    r"demonstrators|marchers|supporters|activists|delegates|delegations?|visitors?|tourists?|pilgrims?|guests?|settlers|"
    # ("Karimojong warriors from Moroto raided kraals in Usuk sub-county": where the raiders came from)
    r"warriors|raiders|rustlers|bandits|gunmen|militiamen|"
    # ("Troops from Bamenda arrived in the afternoon and fought the separatists": where the help came from)
    r"troops|reinforcements)\s+(?:who\s+(?:came|had\s+come|hailed)\s+)?from|"
    r"hailing\s+from|originally\s+from|"
    # ("a migrant worker who lives in Hsenwi Township was arrested ... in Muse Township": where a victim lives)
    r"who\s+(?:lives|lived|live|resides|resided|reside)\s+in|\ba\s+resident\s+of|"
    r"heading\s+(?:to|for|towards?)|headed\s+(?:to|for|towards?)|travell?ing\s+(?:to|towards?)|bound\s+for|"
    # ("Al Shabaab fighters withdrew towards Jowhar after the army retook Balcad": where the losers went)
    r"(?:withdrew|withdrawing|withdrawn|retreated|retreating|pulled\s+back|fled|fleeing)\s+(?:[\w-]+\s+)?towards?|"
    # ("farmers marching toward Delhi were met with tear gas near Ambala": not there yet)
    r"march(?:ing|ed|es)?\s+towards?|marching\s+(?:on\s+|to\s+)|"  # ("supporters marching to Islamabad ... near Attock")
    r"en\s+route\s+to|destined\s+for|"
    # ("engaged armed men near Riyom, on the road towards Barkin Ladi": a direction, not where)
    r"on\s+the\s+(?:main\s+)?road\s+(?:towards|leading\s+to)|"
    # ("blocked five trucks from ferrying crude oil to Mombasa": where goods were going)
    r"(?:ferry|ferrying|ferried|transport|transporting|transported|delivering|shipping|trucking)\s+(?:[\w-]+\s+){0,3}?to|on\s+(?:the|its|his|her|their)\s+way\s+(?:back\s+)?to|(?:returning|going|driving|walking|travell?ing)\s+(?:back\s+|home\s+)?to)\s+(?:the\s+)?$",
    re.I)
# "around Sake, about 25 km west of the provincial capital Goma": a place the event's place is measured
# from, not the event's
_DISTANCE_FROM = re.compile(r"\b(?:km|kms|kilometres?|kilometers?|miles?)\s+(?:\(\d+ miles?\)\s+)?(?:[\w-]+\s+)?(?:of|from)\s+"
                            r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_BEARING_FROM = re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+"
                           r"(?:the\s+)?(?:(?:district\s+)?(?:town|city)\s+(?:of\s+)?)?$", re.I)
_AFTER_PLACE = re.compile(r"(?:\s+(?:township|district|town|village|village tract))?\s*,\s*(?:in\s+)?", re.I)
# (a bearing needs no comma after a place told with its kind: "in the Tarmiyah district north of Baghdad")
_BEARING_AFTER_PLACE = re.compile(r"\s+(?:township|district|town|village|village tract)\s*,?\s*|\s*,\s*(?:in\s+)?", re.I)


# "Siaya Senator", "Nairobi Governor", "a Murang'a governorship aspirant", "Migori MCAs", "Mogaung based
# troops": whom a politician represents, where a unit is based
_OFFICE_AFTER = re.compile(
    r"[\s-]+based\b|\s+(?:county\s+|town\s+)?(?:Senator|Governor|governorship|gubernatorial|MPs?\b|MCAs?\b|aspirants?|candidates?|"
    r"legislators?|lawmakers?|Women?\s+Rep|parliamentarians?|politicians?)", re.I)


# "running for mayor of Coyuca de Benitez", "the MP for Kibra": whom an office serves, not where the act was
_OFFICE_BEFORE = re.compile(r"\b(?:mayor|governor|senator|MP|lawmaker|legislator|deputy|representative|councillor|councilor|"
                            r"member of parliament)\s+(?:of|for)\s+(?:the\s+)?$", re.I)


def _in_parens(text: str, pos: int) -> bool:
    if not text:
        return False
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


# ----------------------------------------------------------------------------------------
# merging mentions of one event
# ----------------------------------------------------------------------------------------

def _area_holds(p: place_lib.PlaceMention, q: place_lib.PlaceMention) -> bool:
    """p, told as a region or district named after its town, holds q: "in Russia's southern Bryansk region // the depot
    in the town of Klintsy" (the region is read as its town, so _within does not see it)."""
    return p.rule.endswith(f"{place_lib.AREA_NAMED_AFTER_ITS_TOWN}: geo_precision 2") \
        and p.place.admin1 == q.place.admin1 and p.place.country == q.place.country


def _within(p: place_lib.Place, q: place_lib.Place) -> bool:
    """One place is the region of the other ("the attack on the capital of Borno state" told of Maiduguri)."""
    return (p.kind == "admin1" and q.admin1 == p.admin1 and q.country == p.country) or (
        q.kind == "admin1" and p.admin1 == q.admin1 and p.country == q.country)


def _units_to_towns(cands: list[Candidate]) -> None:
    """A district or ward (a geoBoundaries centroid, our last resort) near a town the story names elsewhere is
    coded to that town, near it: "... by an angry mob in Eldoret // Residents of the Langas estate caught the man"."""
    towns = [c.place for c in cands if c.place is not None and c.place.place.kind == "populated"]
    for c in cands:
        if c.place is None or c.place.place.kind != "unit":
            continue
        near = [t for t in towns if _unit_beside(c.place.place, t.place)]
        seat = _seat_named_alike(c.place.place) if near else None
        if seat is not None:
            # "in rural Teorama": the municipality of the town of its name, coded near that town, not the next town the
            # story names
            c.place = dataclasses.replace(c.place, place=seat, geo_precision=2, rule=(
                f"{c.place.rule}; a district named after its town {seat.name}: coded near the town"))
            continue
        if near:
            town = min(near, key=lambda t: place_lib.haversine_km(c.place.place.latitude, c.place.place.longitude,
                                                                  t.place.latitude, t.place.longitude))
            c.place = dataclasses.replace(c.place, place=town.place, geo_precision=2, rule=(
                f"{c.place.rule}; a district or ward near {town.place.name}, which the story names: coded near the town"))


def _seat_named_alike(unit: place_lib.Place) -> place_lib.Place | None:
    """The town of the unit's own name that lies within it (its seat), if any: the unit is that town's, not a
    neighbour's."""
    idx = place_lib.load_index()
    seat = next((i for i in idx.by_key.get(place_lib.fold(unit.name), ()) if idx.kind[i] == "populated"
                 and idx.admin1[i] == unit.admin1
                 and place_lib.haversine_km(idx.lat[i], idx.lon[i], unit.latitude, unit.longitude)
                 <= place_lib.TOWN_BESIDE_UNIT_KM), None)
    return place_lib.place_from_index(seat) if seat is not None else None


def _places_agree(a: Candidate, b: Candidate) -> bool:
    """Either tells no place, or both tell one place: the same, or one inside the other (a district beside a town the
    story names was coded to that town before: `_units_to_towns`)."""
    return a.place is None or b.place is None or _within(a.place.place, b.place.place) \
        or a.place.place.name == b.place.place.name


def _unit_beside(p: place_lib.Place, q: place_lib.Place) -> bool:
    """A district or ward (found only as geoBoundaries' centroid) near a town the story names is that town's
    part or surroundings, not another place: "in Eldoret // Residents of the Langas estate caught the man"."""
    # (not a town of another province: "near Gihanga in Bubanza province" is no part of Bujumbura)
    return (p.kind == "unit") != (q.kind == "unit") and "populated" in (p.kind, q.kind) and p.country == q.country \
        and p.admin1 == q.admin1 and place_lib.haversine_km(p.latitude, p.longitude, q.latitude, q.longitude) <= place_lib.TOWN_BESIDE_UNIT_KM


_THE_WEAPON = re.compile(r"(?:hand )?(?:grenade|bomb|device|explosive device|explosives?|ied|missile|rocket|drone|shell)s?", re.I)
_THE_WEAPON_NEW = re.compile(r"\b(?:another|a second|second|other)\b", re.I)


def _told_as_origin(c: Candidate) -> bool:
    """c's place is where its people came from or went ("The patrol was returning from Bamenda when gunmen ..."),
    not where it happened: it tells nothing against another place."""
    s = c.sentences[0]
    at = c.place.start - s.start if c.place is not None else -1
    return 0 <= at <= len(s.text) and (_ORIGIN_BEFORE.search(s.text, max(0, at - 40), at) is not None
                                       or _CAME_FROM.search(s.text, max(0, at - 40), at) is not None)


# (a note's "a bus travelling from Merti to Isiolo" is coded at where it set out: this only keeps such a place from
# telling two events apart)
_CAME_FROM = re.compile(r"\b(?:(?:returning|coming|travell?ing|driving|on\s+(?:the|its|his|her|their)\s+way)\s+"
                        r"(?:back\s+|home\s+)?from\s+(?:the\s+)?|from\s+the\s+direction\s+of\s+|"
                        # (where the wounded were taken: "airlifted to Nairobi for treatment")
                        r"(?:airlifted|flown|rushed|evacuated|transferred|referred)\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?)$", re.I)


def _goes_on_since(a: Candidate, b: Candidate) -> bool:
    """One of two protests is told as going on since a day before the other's: "police moved to clear a blockade on
    Wednesday // Hundreds of miners had blocked the highway since Monday" is one protest, on the day it was cleared."""
    return a.family == b.family == "demonstration" and a.date is not None and b.date is not None and (
        (b.date.kind == "span" and b.date.date < a.date.date) or (a.date.kind == "span" and a.date.date < b.date.date))


def _day_of_the_week_told(a: Candidate, b: Candidate) -> bool:
    """A lead's act "this week" told next on its day: "A roadside bomb killed a ranger ... this week // The bomb ...
    exploded as a ranger patrol passed in Rueso district on Monday morning" (_absorb takes the day)."""
    return a.date is not None and b.date is not None and a.date.kind == "week" and b.date.kind == "day" \
        and a.date.first is None and abs((b.date.date - a.date.date).days) <= 3 and a.trigger.sub_event_type == b.trigger.sub_event_type


def _fought_back(a: Candidate, b: Candidate) -> bool:
    """a, dated only by when its source spoke, is told as done right after b, an attack of the same sentence on its
    own day, in the same place (or no other)."""
    if not (a.family == b.family == "violence" and not _own_day(a) and _own_day(b)):
        return False
    s = b.sentences[0]
    before = [t for t in a.triggers if s.start <= t.start and t.end <= b.trigger.start]
    return bool(before) and _AFTER_ATTACKERS.search(s.text, before[-1].end - s.start, b.trigger.start - s.start) is not None \
        and (a.place is None or b.place is None or _places_agree(a, b))


_DEAD_BESIDE_THE_FORCE = re.compile(r"\b(?:soldiers|troops|policemen|police officers|gendarmes|servicemen)\s+and\s+"
                                    r"(?:[\w-]+\s+)?(?:members\s+of\s+(?:the\s+)?)?(?:[^.;()]{1,80}\()?$", re.I)
_WERE_KILLED_AFTER = re.compile(r"[^.;]{0,60}?\b(?:were|have been|had been)\s+(?:also\s+)?(?:killed|slain|shot dead)\b")


def _killed_beside_the_force(text: str, m: actor_lib.ActorMention) -> bool:
    """A militia told among the state's own dead ("two soldiers and five volunteers for the defence of the homeland
    (VDP) were killed"): on the state's side."""
    return _DEAD_BESIDE_THE_FORCE.search(text, max(0, m.start - 120), m.start) is not None \
        and _WERE_KILLED_AFTER.match(text, m.end) is not None


# "killed about 50 'terrorists' after jihadists attacked": the doers of the attack the killing answered
_AFTER_ATTACKERS = re.compile(r"\b(?:after|when)\s+(?:suspected\s+|armed\s+)?(?:jihadists?|militants?|insurgents?|gunmen|"
                              r"terrorists?|rebels?|attackers|assailants|fighters|bandits)\s*$", re.I)


def _quarter_of_city(p: place_lib.Place, q: place_lib.Place) -> bool:
    """One of two towns is a quarter of the other, a city: "supporters clashed in the capital Dhaka // Activists from both
    sides fought near the party's headquarters in Naya Paltan" is one clash, in Dhaka."""
    city, part = (p, q) if p.population >= q.population else (q, p)
    return city.kind == part.kind == "populated" and city.country == part.country and city.population >= _CITY_POP \
        and part.population < city.population / 2 and place_lib.haversine_km(
            city.latitude, city.longitude, part.latitude, part.longitude) <= _QUARTER_KM


_CITY_POP = 500_000  # people: a city with quarters of its own in the gazetteer
_QUARTER_KM = 10.0  # a quarter's point lies this near its city's


def _its_doers_told_next(a: Candidate, b: Candidate) -> bool:
    """A lead dated only by when its source spoke, told next through its doers on their own day: "Suspected jihadists
    killed dozens of civilians ..., officials said on Wednesday. The gunmen arrived on motorbikes on Monday evening and
    opened fire on villagers" is one attack, on Monday."""
    return a.family == b.family == "violence" and not _own_day(a) and _own_day(b) \
        and b.sentences[0].index == a.sentences[-1].index + 1 and 0 <= b.paragraph - a.sentences[-1].paragraph <= 1 \
        and _THE_DOERS.match(b.sentences[0].text) is not None


_THE_DOERS = re.compile(r"\s*The (?:[\w-]+ )?(?:gunmen|attackers|assailants|militants|jihadists|insurgents|raiders|bandits|"
                        r"rebels|armed men)\b")


# a paragraph opening on another month ("Last month, soldiers killed ...", "Earlier this year, ...")
_OTHER_MONTH_FIRST = re.compile(r"\s*(?:Last|Earlier this|Early last|Late last) (?:month|year|week)\b[^,.;]{0,20},")
_ALSO_DID = re.compile(r"^\s*(?:[\w'’-]+\s+){1,3}also\s+\w+", re.I)
# a side that fought the doers of an act told before ("clashed with the attackers as they withdrew")
_FOUGHT_THE_DOERS = re.compile(r"\b(?:clashed with|fought(?: off)?|engaged|repelled|repulsed|pursued|exchanged fire with) "
                               r"(?:the|these|those) (?:attackers|assailants|gunmen|raiders|militants|jihadists|bandits)\b",
                               re.I)


# an act told as the one before this one: "The last major strike came on March 22", "The previous attack on the town was in"
_THE_ONE_BEFORE = re.compile(r"(?:The|An?)\s+(?:last|previous|latest|earlier|prior)\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|assault|"
                             r"raid|bombing|barrage|ambush|massacre|clash|shelling|incident)\s+(?:[\w-]+\s+){0,4}?(?:came|was|"
                             r"took place|happened|occurred)\b")


_OPERATIONS_AFTER = re.compile(r"\b(?:operations?|offensives?|raids|crackdown|manhunt|search)\s+(?:launched|conducted|carried out|"
                               r"mounted|that followed|begun)\s+(?:in the wake of|after|following)\s+the\s+(?:attacks?|"
                               r"assaults?|killings?|ambush|bombings?)\b", re.I)


_ITS_DOERS_TAKEN = re.compile(r"^\s*(?:\w+|\d+)\s+(?:of\s+the|other)\s+(?:attackers|assailants|gunmen|militants|insurgents|raiders|"
                              r"fighters|jihadists)\s+(?:were|was|had been)\s+(?:also\s+)?(?:arrested|captured|detained)\b", re.I)
_HURT_IN_IT_DIED = re.compile(r"\b(?:injured|wounded|hurt)\s+in\s+the\s+(?:[\w-]+\s+)?(?:attack|blast|explosion|shooting|strike|"
                              r"raid|ambush|bombing|clash(?:es)?|fighting|assault)\b[^.;]{0,40}?\b(?:later\s+)?(?:died|succumbed)\b|"
                              r"\b(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries)\b",
                              re.I)


def _compatible(a: Candidate, b: Candidate, brief: bool = False) -> bool:
    if a.family == b.family == "violence" and any(x is b.sentences[0] for x in a.sentences) and _fought_back(a, b):
        # a side's killing told, on the day its source spoke, as done after an attack on it is its fight against that
        # attack: "the army said on Monday it had killed about 50 'terrorists' after jihadists attacked a military base
        # in Djibo on Sunday"
        return True
    if a.sentences[0] is b.sentences[0]:
        return False  # two triggers of one sentence that were kept apart are two events
    if a.family in ("violence", "remote") \
            and b.sentences[0].index == a.sentences[-1].index + 1 and 0 <= b.paragraph - a.sentences[-1].paragraph <= 1 \
            and ((b.trigger.sub_event_type == GENERIC_VIOLENCE and _HURT_IN_IT_DIED.search(b.sentences[0].text))
                 or _ITS_DOERS_TAKEN.search(b.sentences[0].text)):
        # "gunmen killed two traders in Yei. The following day, one of three people injured in the attack died in
        # hospital": a death of the act's wounded, whenever it came, is the act's (and its doers caught: "Six of the
        # attackers were arrested, and three soldiers were wounded")
        return True
    if b.sentences[0].index > a.sentences[-1].index and "after" in b.sentences[0].text \
            and _OPERATIONS_AFTER.search(b.sentences[0].text):
        # "security forces had killed 21 militants in clearance operations launched after the attacks": the response,
        # another act than the attacks told before
        return False
    if not b.date and a.family in ("violence", "remote") and b.sentences[0].index > a.sentences[-1].index:
        again = _THE_ACT_AT.match(b.sentences[0].text)
        if again is not None and b.trigger.start < b.sentences[0].start + again.end() \
                and re.search(rf"\b{re.escape(again.group('name'))}\b", " ".join(x.text for x in a.sentences)):
            return True  # "The clash at Waat came three days after ...", paragraphs after the clash near Waat: that clash
    if a.trigger.sub_event_type == "Armed clash" and b.trigger.sub_event_type == "Shelling/artillery/missile attack" \
            and _SYMMETRIC.search(a.trigger.text) and b.place is None and b.paragraph == a.sentences[-1].paragraph \
            and b.sentences[0].index == a.sentences[-1].index + 1 \
            and (b.date is None or (a.date is not None and b.date.date == a.date.date)):
        # "On Sunday, heavy fighting broke out between the RSF and the army in El Fasher. Residents said artillery shells
        # fell on homes near the central market.": shelling told inside a battle, at no place of its own, is the battle's
        # (ACLED codebook)
        return True
    if a.group != b.group and not _anaphoric(a, b, brief):
        return False
    if a.date and b.date and (a.date.date != b.date.date) and _own_day(b) and (
            _own_day(a) or a.trigger.sub_event_type != b.trigger.sub_event_type or a.trigger.sub_event_type.startswith("@")) \
            and not _goes_on_since(a, b) and not _day_of_the_week_told(a, b) and not _its_doers_told_next(a, b):
        # (a lead dated only by when its source spoke is the act told later on its day, when it is the same kind of act:
        # "Troops have retaken Macomia, the defence ministry said on Tuesday ... // regained control of the town on Monday")
        return False  # (an act told again, dated only by when its source spoke: "The blast struck Lido beach ..., police
        # told reporters on Saturday")
    told_a = _told_days_after(a)
    # (the sentence right after the earlier act, with no day of its own, tells on its story: "The bombing came two days
    # after ISWAP fighters attacked a military base in Marte. The army said troops repelled the assault, killing seven")
    goes_on = told_a is not None and b.paragraph == a.sentences[-1].paragraph and not b.date \
        and b.sentences[0].index == a.sentences[-1].index + 1
    if (told_a is not None and not goes_on and (told_a[0].re is not _EARLIER_START or b.paragraph != a.sentences[-1].paragraph)) \
            or _told_days_after(b) is not None:
        # "The attack came three days after gunmen killed ...", "A day earlier, gunmen ambushed ...": another
        # day, another event (what follows "A day earlier, ..." in its paragraph is still its story)
        return False
    if b.date is None and b.sentences[0].index > a.sentences[-1].index and a.date is not None \
            and a.date.precision == 1 and (told_b := date_lib.day_before_told(b.sentences[0].text)) is not None \
            and told_b[0] > 0 and not _BODIES_FOUND.search(a.trigger.text) \
            and (_own_day(a) or a.trigger.sub_event_type != b.trigger.sub_event_type):
        # "Government forces recaptured Awdheegle on Wednesday. Al-Shabaab had overrun the town the previous day,
        # killing four soldiers": an act told as days before the one told before it, on a day of its own
        # (bodies found, the killing told the day before, are one event of that day: _the_day_before; so is an act
        # told by the day its source spoke, told again: "have detained ..., his party said on Thursday. // ... was
        # detained the previous day")
        return False
    if _opens_new_scene(b, a):
        return False  # "Separately, ...", a new paragraph "In the occupied West Bank, ...": another event
    if b.sentences[0].index > a.sentences[-1].index and _THE_ONE_BEFORE.match(b.sentences[0].text):
        return False  # "The last major strike came on March 22, when Russian missiles knocked out ...": an earlier act
    if b.paragraph != a.sentences[-1].paragraph and _LATER_THAT_DAY.match(b.sentences[0].text) \
            and b.trigger.sub_event_type in _RIOTS and not any(t.sub_event_type in _RIOTS for t in a.triggers):
        # "... fired live ammunition into the sit-in. // Later that evening, youths in the bazaar set fire to a police
        # van": a riot that broke out later is an event of its own, not the protest turned violent
        return False
    if b.sentences[0].index > a.sentences[-1].index and _ANOTHER_ACT_SAME_DAY.match(b.sentences[0].text) \
            and a.trigger.sub_event_type != b.trigger.sub_event_type \
            and not a.trigger.sub_event_type.startswith("@") and not b.trigger.sub_event_type.startswith("@"):
        return False  # "The military clashed with the AA near Kangtiang. On that day, AA abducted 54 people": another act
    if a.group == b.group and a.family == "remote" and b.sentences[0].index == a.sentences[-1].index + 1 \
            and (b.date is None or (a.date is not None and b.date.date == a.date.date)) \
            and _THE_WEAPON.fullmatch(b.trigger.text) and not _THE_WEAPON_NEW.search(b.sentences[0].text) \
            and _THE_BEFORE.search(b.sentences[0].text, 0, b.trigger.start - b.sentences[0].start):
        return True  # "A grenade thrown into a bus terminal killed two. // ... a man tossed the grenade into the waiting
        # area, as passengers lined up for buses to Davao": the weapon told again, wherever its sentence points
    if (a.place is None or a.place.place.kind == "admin1") and b.place is not None \
            and b.place.place.kind != "admin1" and b.paragraph != a.sentences[-1].paragraph \
            and _FRONTED_TIME.match(b.sentences[0].text):
        # "... after mobs set fire to houses and clashed with police. // Late on Wednesday, a mob burned the
        # BJP office in Thoubal district": a new paragraph opening at its own time and place is another event
        return False
    if not a.date and b.date and b.date.precision == 3 and _own_day(b) and b.paragraph > a.sentences[-1].paragraph \
            and (_FRONTED_MONTH.match(b.sentences[0].text) or _OTHER_MONTH_FIRST.match(b.sentences[0].text)):
        # "... clashed with the attackers as they withdrew. // Last month, soldiers killed dozens of civilians in Karma": an
        # act of another month, told in a paragraph of its own
        return False
    if a.family == b.family == "remote" and a.place is None and b.place is not None \
            and b.paragraph > a.sentences[-1].paragraph and _ALSO_DID.match(b.sentences[0].text):
        # "Hezbollah said it had fired dozens of rockets at a base in the Golan Heights. // Israeli artillery also shelled
        # the outskirts of Kfar Kila": another side's strike, in a paragraph of its own, is another event
        return False
    if a.family == b.family == "violence" and b.trigger.sub_event_type == "Armed clash" \
            and b.sentences[0].index > a.sentences[-1].index and _FOUGHT_THE_DOERS.search(b.sentences[0].text) \
            and any(_CIVILIANS_KILLED.search(x.text) for x in a.sentences) \
            and not any(_FOUGHT_THE_DOERS.search(x.text) for x in a.sentences):
        # "Suspected jihadists killed at least 12 civilians ... // Volunteers ... clashed with the attackers as they
        # withdrew": the fight with the killers is another actor pair, another event
        return False
    followed = _FOLLOWED_EARLIER.match(b.sentences[0].text)
    if followed is not None and b.trigger.start >= b.sentences[0].start + followed.end():
        return False  # "The violence followed clashes on Thursday in which 22 were killed": an earlier event
    if a.family == "remote" and _IN_THE_FIGHTING.search(b.sentences[0].text):
        return False  # "shells fell on a camp ... The army said it had killed 30 rebels in the fighting": the battle's
    # (a region told first and a town in it next are one event: "killed 30 in Plateau state. The attackers
    # stormed villages in Mangu")
    if a.place and b.place and a.place.place.name != b.place.place.name and not _told_as_origin(b) and not (
            (a.weak or b.weak or (not brief and "admin1" in (a.place.place.kind, b.place.place.kind)) or _same_target(a, b))
            and (_within(a.place.place, b.place.place) or (_area_holds(a.place, b.place) and _same_target(a, b)))) and not (
                _BOTH_SIDES_AGAIN.match(b.sentences[0].text) and _quarter_of_city(a.place.place, b.place.place)):
        return False
    if _dead_of_the_fighting(a, b):
        return True
    # (the nearest paragraph of an event already merged over several: a headline does not set it apart)
    if min(abs(s.paragraph - b.paragraph) for s in a.sentences) > _MERGE_WINDOW:
        # (a lead dated only by when its source spoke is its act told later, of the same kind, on its own day)
        return bool(a.date and b.date and a.place and b.place) or (
            a.date is not None and b.date is not None and not _own_day(a) and _own_day(b) and b.place is None
            and min(x.paragraph for x in a.sentences) <= 1  # (a lead: the headline's or the first paragraph's act)
            and a.trigger.sub_event_type == b.trigger.sub_event_type and not a.trigger.sub_event_type.startswith("@"))
    return True


# the event told before, as the sequel of another told next: "The violence followed clashes on Thursday"
_WEAPON_WORDS = r"(?:rifles?|guns?|weapons|arms|ammunition|grenades|shotguns?|pistols?|AK-47s?|M16s?)"
_WEAPONS_TAKEN = re.compile(rf"\b(?:recovered|seized|captured|confiscated)\s+(?:[\w,-]+\s+){{0,6}}?{_WEAPON_WORDS}\b"
                            # "A rifle and ammunition were recovered."
                            rf"|\b{_WEAPON_WORDS}\s+(?:[\w,-]+\s+){{0,4}}?(?:were|was|had been|have been)\s+"
                            r"(?:recovered|seized|captured|confiscated)\b", re.I)
_PEOPLE_DETAINED = re.compile(r"\b(?:people|protesters|demonstrators|participants|persons)\s+(?:were|had been|have been)\s+"
                              r"(?:briefly\s+|temporarily\s+|also\s+|later\s+)?(?:arrested|detained)\b", re.I)
_FOLLOWED_EARLIER = re.compile(r"\s*(?:The|This|That|These|Those|Today's|Saturday's|Sunday's|Monday's|Tuesday's|"
                               r"Wednesday's|Thursday's|Friday's) (?:[\w-]+ ){0,2}?(?:violence|unrest|attacks?|clash(?:es)?|"
                               r"fighting|killings?|riots?|protests?|demonstrations?|strikes?|bombings?|raids?) "
                               r"(?:(?:has|had|have) )?(?:followed|follows|came after|comes after|come after)\b")
# a sentence that opens with its time: "Late on Wednesday, ...", "On Friday, ..."
# ("In the early hours of Wednesday, 20 November, ...", "On the night of 3 May, ...")
_FRONTED_TIME = re.compile(r"\s*(?:(?:Late|Early|Later|Earlier)\b|(?:On|(?:In|On) the (?:early hours|morning|afternoon|"
                           r"evening|night) of) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})\b)")
# a paragraph opening on a month of its own ("In late March, Fano fighters ambushed a convoy"), read only where an undated
# event would take a later act (not in _FRONTED_TIME: its other readers keep a month's scene with what it tells next, "In
# late December, thousands crowded outside the embassy ... // US aircraft had attacked bases of Kata'ib Hezbollah")
_FRONTED_MONTH = re.compile(r"\s*In (?:early |mid-?|late )?(?:January|February|March|April|May|June|July|August|September|"
                            r"October|November|December)\b")
_LATER_THAT_DAY = re.compile(r"\s*(?:Later (?:that|in the) (?:evening|night|afternoon|day)|That (?:evening|night))\b")
_RIOTS = frozenset({"Violent demonstration", "Mob violence"})
# words that open the report of another event: "Separately, ...", "In a separate incident, ..."
_NEW_SCENE = re.compile(r"\s*(?:Separately|Elsewhere|In (?:a|another) (?:separate|different|similar|second) "
                        r"(?:incident|attack|development|operation|raid|clash|shooting|case)|In (?:another|a second) (?:attack|incident)|"
                        # ("Also on Tuesday, VDP volunteers in Tikare repelled an assault": another act of the day)
                        r"Also,? (?:(?:late|early) )?on (?:[A-Z]\w+day|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})\b|"
                        # ("A few kilometres away at Bhrikutimandap, thousands of ... held a rally": another place)
                        r"(?:A few|Several|Some|About \d+|\d+) (?:kilometres|kilometers|km|miles|blocks|streets) away\b|"
                        r"Across (?:town|the city|the capital)\b)")
# a paragraph that opens with its place: "In southern Lebanon, ...", "In the occupied West Bank, ..."
# a place a clause opens with: "the industrial district of Gazipur,", "the state capital Imphal,", "the Rift Valley city of
# Nakuru,"
_PLACE_OPENING = (r"(?:the )?(?:(?:occupied|northern|southern|eastern|western|central|neighbou?ring|"
                  r"(?:north|south)-?(?:east|west)(?:ern)?) )?"
                  r"(?:(?:[a-z-]+ |(?-i:[A-Z])[a-z-]+ ){0,2}(?:district|province|state|region|town|city|village|county|area|"
                  r"neighbou?rhood|suburb|capital|port|township)(?: of)? )?"
                  r"(?P<name>[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){0,3},")
_FRONTED_PLACE = re.compile(r"\s*In " + _PLACE_OPENING)
# a later clause that opens with a place of its own: "..., and in the northern city of Nampula, police fired tear gas"
_AND_IN_PLACE = re.compile(r",\s+(?:and|while)\s+in " + _PLACE_OPENING)


# a sentence opening on the day told before, for another act of it ("On that day, ...", "The same day, ...")
_ANOTHER_ACT_SAME_DAY = re.compile(r"(?:(?:also )?on )?(?:that|the same|that same) (?:day|night|morning|evening|afternoon),?\s", re.I)


def _opens_new_scene(b: Candidate, a: Candidate) -> bool:
    """b's sentence opens the report of an event other than a's, told before it."""
    text = b.sentences[0].text
    if b.sentences[0].index > a.sentences[-1].index and b.place is not None and b.paragraph != a.sentences[-1].paragraph \
            and b.family == "demonstration" and _HELD_ALSO.match(text) \
            and (a.place is None or a.place.place.name != b.place.place.name):
        return True  # "... police dispersed protesters who had blocked parliament // Protests were also held in the
        # cities of Batumi and Kutaisi on Sunday": other protests, elsewhere
    if b.sentences[0].index <= a.sentences[-1].index or not text.startswith(("Sep", "Else", "In ", "Also ", "A ", "Sev", "Some",
                                                                              "About", "Across")) and not text[:1].isdigit():
        return False
    if _NEW_SCENE.match(text):
        return True
    m = _FRONTED_PLACE.match(text)
    # (not the details of a dated lead told next: "... clashed in several cities on Tuesday. // In Cali,
    # protesters burned a police station")
    return m is not None and b.paragraph != a.sentences[-1].paragraph and (b.date is not None or a.date is None) \
        and m.group("name") not in date_lib.MONTHS and m.group("name").lower() not in date_lib.WEEKDAYS


# other protests told as held too: "Protests were also held in the cities of Batumi and Kutaisi"
_HELD_ALSO = re.compile(r"\s*(?:(?:Smaller |Similar |Other )?(?:protests|rallies|demonstrations|marches|sit-ins)\s+(?:were|have been|had been)"
                        r"\s+also\s+(?:held|staged|reported)|(?:Smaller |Similar |Other )?(?:protests|rallies|demonstrations|"
                        r"marches)\s+also\s+took\s+place)\b", re.I)
# a sentence that only tells deaths: "One of the men was killed.", "The attack killed two
# policemen.", "A soldier died." (never "ARSA forces killed two": that names who killed)
_BARE_DEATH = re.compile(r"(?:the |this |that )?(?:attack|explosion|blast|clash|fighting|shelling|bombing|ambush|"
                         r"incident)\s+killed\b|died\b|dead\b|death\b|"
                         r"(?:seriously |critically |slightly |fatally )?(?:injured|wounded|hurt)\b", re.I)
# forces on the move, hit by a blast: "a police convoy", "a military column"
_FORCE_UNIT = re.compile(r"\b(?:convoy|column|patrol|vehicle|truck|van|pick-?up|car|jeep|troops|soldiers|unit)s?\b", re.I)
_UNIT_OF = re.compile(r"\b(?:convoy|column|patrol|unit|truck|vehicle|bus|boat)(?:e?s)? (?:of|carrying|transporting) (?:the )?(?:\w+ )?$",
                      re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", re.I)
# a timeline's present tense: "June 8 - RSF artillery shells Dilling. Seven civilians are killed, according to ..."
_PRESENT_PASSIVE_BEFORE = re.compile(r"\b(?:are|is)\s+$", re.I)
# "put the number of civilians killed at eight": a count of those killed, no act
_NUMBER_OF_BEFORE = re.compile(r"\b(?:number|toll|count) of (?:the )?(?:[\w-]+ ){0,2}$", re.I)


def _damage_done_to(t: Trigger, s: Sentence) -> bool:
    """Property destruction told in the passive with no agent ("houses had been set on fire"): the damage of an act."""
    return t.sub_event_type == "Looting/property destruction" and bool(_PASSIVE_BURNED.fullmatch(t.text)) \
        and not _AGENT_AFTER.match(s.text, t.end - s.start)


_PASSIVE_BURNED = re.compile(r"(?:are|were|was|is|been) set (?:alight|ablaze|on fire)", re.I)


def _is_outcome(t: Trigger, s: Sentence) -> bool:
    """A trigger that tells only deaths, injuries or damage ("died", "were killed", "injured",
    "the vehicle damaged")."""
    if _AGENT_AFTER.match(s.text, t.end - s.start):
        return False  # "were killed by police": an act with its agent
    if t.sub_event_type == "Violent demonstration" and t.rule.strength != "strong" and _DAMAGE_ONLY.fullmatch(t.text):
        return True
    if t.sub_event_type == "Violent demonstration" and t.rule.strength != "strong" and _BURNED.fullmatch(t.text) \
            and (_PASSIVE_BEFORE.search(s.text[:t.start - s.start])
                 or PROPERTY_BEFORE.search(s.text, max(0, t.start - s.start - 12), t.start - s.start)):
        # "at least a dozen lorries were burned", "two houses burned to the ground": the damage an act told before did
        return True
    return bool(_BARE_DEATH.match(t.text)) or (
        t.text.lower() == "killed" and bool(_PASSIVE_BEFORE.search(s.text[:t.start - s.start])
                                            or _NUMBER_OF_BEFORE.search(s.text, max(0, t.start - s.start - 40),
                                                                        t.start - s.start)))


# harm told as the outcome of an act told before: "killing one", "killed 3 children and injured four"
_HARM_TOLD_ONLY = re.compile(r"(?:killing|killed|injuring|injured|wounding|wounded|leaving)\b", re.I)
# (not the means: 'killed by "direct firing"', "by stray bullets")
_AGENT_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?by\b(?!\s+[\"“]?(?:direct |live |indiscriminate |stray |random )?"
                          r"(?:firing|gunfire|gunshots?|bullets?|fire|shelling|shrapnel)\b)", re.I)


_DAMAGE_ONLY = re.compile(r"damaged|destroyed", re.I)
_BURNED = re.compile(r"burned|burnt|torched|set ablaze|set alight|set on fire", re.I)


# the event told before, told again from its start
_HOW_IT_BEGAN = re.compile(r"\s*(?:The|That|This) (?:attack|assault|siege|raid|ambush)\b[^.;]{0,60}?\b(?:began|started|opened)\s+"
                           r"(?:when|with)\b", re.I)


def _tells_deaths_only(b: Candidate) -> bool:
    if len(b.sentences) != 1 or b.family not in ("violence", "demonstration"):
        return False
    return all(_is_outcome(t, b.sentences[0]) for t in b.triggers)


# the act told before, told again as the subject of what it hit: "The blast targeted a gathering of ..."
# an event told before, named by its kind after "during the", "in the": "injuries sustained during the clashes"
_THE_EVENT_BEFORE = re.compile(r"\b(?:during|in|amid|from|after|since)\s+the\s+$", re.I)
_EVENT_NOUN = re.compile(r"(?:clash(?:es)?|violence|unrest|fighting|riots?|protests?|demonstrations?|incident|"
                         r"skirmish(?:es)?|disturbances?)", re.I)
# the act told before, as the subject of a sentence that places it in time or in a series
_WHEN_IT_CAME = re.compile(r"\s*(?:The|This|That) (?:latest |deadly |[\w-]+day['’]s )?(?P<act>(?:suicide )?(?:ambush|attack|assault|"
                           r"raid|blast|explosion|bombing|strike|air ?strike|killings?|clash(?:es)?|violence|incident|"
                           r"massacre|shooting)s?) (?:came|comes|marked|marks|was the latest|is the latest)\b")
# an act told again by its place: "The clash at Waat", "The attack on Mahaday"
_THE_ACT_AT = re.compile(r"\s*(?:The|This|That|Last week's|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's) (?:[\w-]+ )?"
                         r"(?:clash|clashes|fighting|attack|raid|ambush|assault|battle|bombing|strike|air ?strike|shelling)s? "
                         r"(?:at|in|near|on) (?P<name>[A-Z][\w'’-]+)")
_THE_ACT_AGAIN = re.compile(r"\s*The (?:suicide )?(?:blast|explosion|bombing|bomb|attack|strike|air ?strike|shelling|ambush)s? "
                            r"(?:targeted|hit|struck|ripped through|tore through)\b|"
                            # (or its bomber: "The female bomber detonated explosives as traders were closing their stalls")
                            r"\s*The (?:female |male |young |teenage |suspected |(?:suicide )?)?(?:suicide )?bombers? "
                            r"(?:detonated|blew|set off|triggered|exploded)\b|"
                            # (or its victims, told as taken: "The soldiers were seized while on leave in the municipality
                            # of Tame", after "ELN fighters kidnapped two soldiers in Arauca province")
                            r"\s*The (?:two |three |four |five |six |\d+ )?(?:soldiers|officers|policemen|men|women|workers|"
                            r"victims|hostages|captives|journalists|teachers|students) (?:were|had been) (?:seized|abducted|"
                            r"kidnapped|taken|snatched)\b")


# the two sides of a clash told before: "Activists from both sides fought with sticks"
_BOTH_SIDES_AGAIN = re.compile(r"\s*(?:(?:[\w-]+|[\w-]+ [\w-]+) (?:from|of|on) both sides|Both sides|The two (?:sides|groups|camps|"
                               r"factions|communities))\b")
# who launched the act told before: "The Viv Ansanm gang coalition launched the assault"
_LAUNCHED_THE_ACT = re.compile(r"\b(?:launched|carried out|mounted|staged|led)\s+the\s+(?:assault|attack|raid|ambush|"
                               r"offensive|incursion)\b", re.I)


_AS_BACKDROP = re.compile(r",\s+as\s+$")
_BOMB_DRIVEN = re.compile(r"\b(?:drove|rammed|driving|ramming|crashed)\b", re.I)
_BOMBER_DIED = re.compile(r"\b(?:including|among them|as well as|along with|in addition to) (?:the )?(?:attacker|bomber|driver|"
                          r"assailant)\b|\bkill(?:ed|ing) (?:him|her)self\b|\b(?:the )?(?:attacker|bomber|driver|assailant) "
                          r"(?:was (?:also )?killed|also died|died)\b", re.I)
_THE_BLAST_OPENS = re.compile(r"\s*The (?:suicide |car |truck |bomb )?(?:blast|explosion|bombing)s?\b")
_THE_BOMBER = re.compile(r"\s*(?:The|That) (?:suicide )?(?:bomber|attacker|assailant)\b")
_THE_BLAST_BEFORE = re.compile(r"\b(?:the|both) (?:attacks?|blasts?|bombings?|explosions?)\b", re.I)


_PASSIVE_HARM = re.compile(r"(?:was|were|got|had been|have been)\s+(?:\w+ly\s+)?(?:shot|killed|wounded|injured)\b", re.I)
# (or whom it hit there: 'had targeted "militiamen and apostates" at the market')
# (or the act named by its noun: "the attack on the depot in the town of Klintsy caused a fire")
_DEFINITE_TARGET = re.compile(r"\b(?:stormed|attacked|raided|overran|targeted|struck|hit|ambushed|approached|surrounded|besieged|"
                              r"fired on|fired at|opened fire on|opened fire at|shelled|bombed|"
                              r"the (?:attack|strike|raid|assault|bombing|blast) on)\s+(?:(?:part|parts) of\s+)?"
                              r"(?:[^.;,]{1,50}?\s(?:at|in|inside)\s+)?the\s+"
                              r"(station|base|camp|convoy|post|checkpoint|outpost|barracks|garrison|patrol|market|"
                              r"school|church|mosque|hotel|prison|building|compound|ship|vessel|tanker|boat|depot|refinery|"
                              r"airport|airfield|port|bridge|warehouse|terminal|plant)\b", re.I)
_TARGET_WAS_HIT = re.compile(r"\s*The\s+(convoy|station|base|camp|post|checkpoint|patrol|market|school|church|mosque|"
                             r"hotel|prison|building|ship|vessel|village|town)\s+(?:was|were|had been)\s+(?:\w+ly\s+)?"
                             r"(?:attacked|ambushed|hit|struck|targeted|stormed|overrun|raided|shelled|bombed)\b", re.I)
_PROTESTER_DIED = re.compile(r"\b(?:an?|one|two|three|\d+) (?:[\w-]+ )?(?:protesters?|demonstrators?|marchers?) (?:was |were )?(?:died|"
                             r"killed|shot dead)\b[^.;]{0,30}\b(?:clash\w*|protests?|demonstrations?)\b", re.I)
_POLICE_ON_CROWD = re.compile(r"\b(?:police(?:men)?|officers|security forces|troops)\b[^.;]{0,40}?\b(?:charged|baton-charged|beat|beating|"
                              r"clubbed|kicked|chased|dispersed)\b[^.;]{0,30}?\b(?:crowds?|protesters|demonstrators|marchers|"
                              r"rally|gathering)\b", re.I)
_SHOOTING = re.compile(r"\b(?:opened fire|fired|firing|shot|shooting)\b", re.I)
_REPORTED = re.compile(r"\b(?:said|says|according to|reported|told)\b", re.I)


_PASSIVE_DESTRUCTION = re.compile(r"\s*(?:[\w'’-]+\s+){0,6}?(?:were|was|had been|have been)\s+(?:also\s+)?(?:\w+\s+)?"
                                  r"(?:burn\w*|torched|destroyed|looted|set ablaze|set on fire|razed|vandali[sz]ed)\b", re.I)


_STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")
_ANOTHER_STRIKE = re.compile(r"\b(?:[Aa]nother|[Aa] (?:second|third|further|follow-up|subsequent)) (?:air ?|drone |missile )?"
                             r"(?:strike|munition|missile|bomb|shell|round|rocket)s?\b(?! (?:on|in|at|near|hit|struck) [A-Z])")
_INTERCEPTED = re.compile(r"\b(?:shot down|downed|intercepted|brought down)\b", re.I)
_ALL_OF_THEM = re.compile(r"\b(?:all|every one|each) (?:of )?(?:them|the|of)\b|\b(?:shot down|downed|intercepted|destroyed) all\b",
                          re.I)


def _own_day(c: Candidate) -> bool:
    """The candidate is dated by a day of its own, not by the day its source spoke ("told reporters on Saturday")."""
    if c.date is None:
        return False
    # (the sentence the day is told in: a headline may lead the event's sentences)
    s = next((x for x in c.sentences if x.start <= c.date.start < x.end), c.sentences[0])
    at = c.date.start - s.start
    return not (0 <= at <= len(s.text) and _REPORTED_ON.search(s.text, max(0, at - 60), at))


def _same_day(a: Candidate, b: Candidate) -> bool:
    return a.date is not None and b.date is not None and a.date.date == b.date.date and a.date.precision == b.date.precision


def _own_words(c: Candidate) -> str:
    """The candidate's text: its own clause of its first sentence (another act may share it), then its other sentences."""
    first = c.sentences[0]
    own = first.text[max(0, c.scope[0] - first.start):max(0, c.scope[1] - first.start)]
    return " ".join([own, *(x.text for x in c.sentences[1:])])


def _same_target(a: Candidate, b: Candidate, next_only: bool = True) -> bool:
    """b, told right after a, names a's target again by its kind ("attacked a police station ... // stormed the station
    in Kulachi", "The convoy was attacked by ..."), in a's place or inside it."""
    target = _DEFINITE_TARGET.search(b.sentences[0].text) or _TARGET_WAS_HIT.match(b.sentences[0].text)
    return (not next_only or b.sentences[0].index == a.sentences[-1].index + 1) and target is not None \
        and re.search(rf"\b{target.group(1)}\b", _own_words(a), re.I) is not None \
        and (a.place is None or b.place is None or _within(a.place.place, b.place.place)
             or a.place.place.name == b.place.place.name or _area_holds(a.place, b.place))


def _nations_before(c: Candidate) -> frozenset[str]:
    """The countries named by nationality words before the candidate's trigger, in its sentence ("Russian warplanes")."""
    s = c.sentences[0]
    head = s.text[:max(0, c.trigger.start - s.start)]
    out = set()
    for w in _DEMONYM_WORD.findall(head):
        info = place_lib.country_word(w)
        if info is not None:
            out.add(info.name)
    return frozenset(out)


_DEMONYM_WORD = re.compile(r"\b(?-i:[A-Z])[a-z]+(?:an|ian|ese|ish|i)\b")


def _other_nations_act(a: Candidate, b: Candidate) -> bool:
    """Each act told with another nation's forces before it ("Russian warplanes struck ..." and "The Syrian army said it
    had targeted ..."): two acts, not one told twice."""
    if not (_DEMONYM_WORD.search(a.sentences[0].text) and _DEMONYM_WORD.search(b.sentences[0].text)):
        return False
    na, nb = _nations_before(a), _nations_before(b)
    return bool(na) and bool(nb) and not na & nb


def _damage_told(t: Trigger, s: Sentence) -> bool:
    """A weak destruction trigger told as a thing's state, with no doer: "two houses were damaged"."""
    return t.sub_event_type == "Violent demonstration" and t.rule.strength != "strong" and _is_outcome(t, s) \
        and bool(_DAMAGE_ONLY.fullmatch(t.text) or _BURNED.fullmatch(t.text)) \
        and bool(_PASSIVE_BEFORE.search(s.text, 0, t.start - s.start))


def _wrecked_at_it(t: Trigger, s: Sentence) -> bool:
    """Property destruction told in the passive with no doer: "A police van was set alight"."""
    return t.sub_event_type == "Looting/property destruction" and not _BY_FIRST.match(s.text, t.end - s.start) and bool(
        _PASSIVE_TRIGGER.match(t.text) or _PASSIVE_BEFORE.search(s.text, 0, t.start - s.start))


def _dead_of_the_fighting(a: Candidate, b: Candidate) -> bool:
    """b tells only deaths "in the fighting", with no day or place of its own, a few paragraphs after a told fighting:
    "M23 rebels seized the town of Rubaya ... after two days of fighting with the army ... // At least 12 civilians were
    killed in the fighting"."""
    return a.family == b.family == "violence" and not b.date and b.place is None \
        and 0 < b.paragraph - max(s.paragraph for s in a.sentences) <= 3 \
        and all(_is_outcome(t, b.sentences[0]) for t in b.triggers) and bool(_IN_THE_FIGHTING.search(b.sentences[0].text)) \
        and bool(_FIGHTING_TOLD.search(" ".join(x.text for x in a.sentences)))


_FROM_THE_SCENE = re.compile(r"\b(?:from|at|on) the (?:site|scene|area|encounter site|clash site|battle ?field|battle site|"
                             r"dead|bodies|slain|fallen|militants|attackers|assailants|rebels|insurgents|fighters)\b", re.I)
# people told arrested with no one named as arresting them: "Dozens were detained.", "At least 40 people were arrested"
# (a count of them, not one told before: "The MP was arrested after barring another MP" is the protest's topic)
_ARRESTED_UNNAMED = re.compile(r"\s*(?:(?:at least|more than|some|about|around|over|nearly)\s+)?(?:\d+|one|two|three|four|five|"
                               r"six|seven|eight|nine|ten|a dozen|dozens|scores|hundreds|several|many|some|others|a number)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:were|was|had been|have been)\s+"
                               r"(?:also\s+|later\s+|briefly\s+|temporarily\s+)?(?:arrested|detained|rounded up|taken into custody)\b(?!\s+(?:by|on|over)\b)",
                               re.I)
_FORCE_ARRESTED_SOME = re.compile(r"\s*(?:The\s+)?(?:riot\s+|anti-riot\s+)?(?:police|policemen|police officers|officers|"
                                  r"security forces|gendarmes)\s+(?:[\w ,-]{0,60}?\s+and\s+)?(?:also\s+|later\s+)?"
                                  r"(?:arrested|detained|rounded up)\s+(?:(?:at least|about|some|more than|over|nearly)\s+)?"
                                  r"(?:\d+|dozens|scores|hundreds|several|many|a number|two|three|four|five|six|seven|eight|"
                                  r"nine|ten)\b(?!\s+(?:[\w-]+\s+){0,2}(?:suspects|gunmen|militants|bandits|robbers))", re.I)
# the dead told by the act they died in: "were killed in Friday's strike", "died in the attack"
_KILLED_IN_THE_ACT = re.compile(r"\s+(?:in|by|during)\s+(?:the|this|that|[A-Z]\w+day['’]s|yesterday['’]s)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:air ?strikes?|drone strikes?|strikes?|attacks?|raids?|bombings?|bombardment|shelling|blasts?|"
                                r"explosions?|assault|ambush|massacre)\b")
# a sentence that opens on deaths alone, no doer told: "At least three people were killed"
_ONLY_DEATHS_TOLD = re.compile(r"(?:at least |more than |some |about |around |nearly )?(?:[\w-]+\s+){1,3}?(?:people|persons|"
                               r"protesters|demonstrators|civilians|men|youths|others)\s+(?:were|was|have been|had been)\s+$",
                               re.I)


# arms an arrest found, told next: "Firearms and explosives were seized."
_SEIZED_THEN = re.compile(r"\b(?:were|was|had been)\s+(?:also\s+)?(?:seized|recovered|confiscated)\b", re.I)
# a force firing on the crowd told before: "Police opened fire on the crowd", "Officers fired live rounds at them"
_FORCE_FIRED_ON_THEM = re.compile(r"(?:(?:The|Riot|Anti-riot)\s+)?(?:police|policemen|officers|security forces|soldiers|troops)\s+"
                                  r"(?:then\s+|later\s+)?(?:opened fire|fired(?:\s+(?:live\s+)?(?:rounds|ammunition|bullets|"
                                  r"tear\s*gas))?)\s+(?:on|at|into)\s+(?:the\s+)?(?:crowds?|protesters|demonstrators|rioters|"
                                  r"them)\b", re.I)


def _anaphoric(a: Candidate, b: Candidate, brief: bool = False) -> bool:
    """A weak "the attack on X" told right after a violent event refers back to it; so does a
    sentence that only tells a blast's deaths."""
    violent = ("violence", "remote")
    # (read only where a speaker may tell it: "said")
    told_by_a_side = "said" in b.sentences[0].text and any(
        _TOLD_OF_IT.search(b.sentences[0].text, 0, t.start - b.sentences[0].start) for t in b.triggers)
    if told_by_a_side and _other_nations_act(a, b):
        return False  # "Russian warplanes also struck Jisr al-Shughur // The Syrian army said it had targeted ...": another's
    last = max(s.paragraph for s in a.sentences)  # (a merged event's latest paragraph: the one b follows)
    if told_by_a_side and not brief and a.family in violent and b.family in violent and not _own_day(b) \
            and (b.place is None or _places_agree(a, b)) and 0 < b.paragraph - last <= 2 \
            and not _ANSWER_TOLD.search(b.sentences[0].text) \
            and _nations_before(b) and _nations_before(b) <= _nations_before(a):
        # "Syrian government air strikes killed 10 in Ariha ... // The Syrian army said it had targeted 'terrorist'
        # positions": the same nation's forces telling their act, paragraphs after it
        return True
    if (a.place is None or b.place is not None and _places_agree(a, b)) and not b.date \
            and b.sentences[0].index == a.sentences[-1].index + 1 \
            and b.sentences[0].text.startswith(("The ", "This ")) and a.family in violent and b.family in violent \
            and 0 <= b.paragraph - last <= 1 and (b.weak or _TOOK_PLACE.search(b.trigger.text)) \
            and _TOOK_PLACE.search(b.sentences[0].text, 0, 40):
        return True  # "The attack happened near the town of Mir Ali": where the event told before took place
    # (it may name the town: "The blast targeted a gathering of the JUI-F in the town of Khar")
    # (its day, if told, the same: "The blast tore through the restaurant on Lido beach, a popular spot ... on Friday
    # evenings")
    if a.family in violent and b.family in violent and (not _own_day(b) or _same_day(a, b)) \
            and 0 <= b.paragraph - last <= 1 \
            and b.sentences[0].index == a.sentences[-1].index + 1 and _THE_ACT_AGAIN.match(b.sentences[0].text) \
            and _places_agree(a, b):
        return True  # "A suicide bomber blew himself up at a rally ... // The blast targeted a gathering of the JUI-F"
    if a.family == "demonstration" and b.trigger.sub_event_type == "Arrests" and (not _own_day(b) or _same_day(a, b)) \
            and b.sentences[0].index == a.sentences[-1].index + 1 and 0 <= b.paragraph - last <= 1 \
            and (b.place is None or _places_agree(a, b)) and (
                (len(b.triggers) == 1 and _ARRESTED_UNNAMED.match(b.sentences[0].text))
                # ("Police used pepper spray and batons and detained dozens.": the force's own sentence)
                or (_FORCE_ARRESTED_SOME.match(b.sentences[0].text)
                    and all(t.sub_event_type in ("Arrests", *_FORCE_ON_A_CROWD) for t in b.triggers))):
        # "police fired tear gas to disperse hundreds of protesters at Hledan junction. Dozens were detained.": the
        # protest's arrests, part of the force's intervention (ACLED codebook)
        return True
    if a.family in violent and b.trigger.sub_event_type == "@violence" and (not _own_day(b) or _same_day(a, b)) \
            and b.sentences[0].index == a.sentences[-1].index + 1 and 0 <= b.paragraph - last <= 1 \
            and (b.place is None or _places_agree(a, b)) and len(b.triggers) == 1 \
            and _KILLED_IN_THE_ACT.match(b.sentences[0].text, b.trigger.end - b.sentences[0].start):
        # "An army air strike hit the market in Kabkabiya on Friday. // Medics said at least 40 people were killed in
        # Friday's strike": the dead of the act told before
        return True
    if a.family in violent and b.trigger.sub_event_type == "Disrupted weapons use" and not _own_day(b) \
            and b.sentences[0].index == a.sentences[-1].index + 1 and 0 <= b.paragraph - last <= 1 \
            and _FROM_THE_SCENE.search(b.sentences[0].text):
        # "two NPA rebels were killed in an encounter with soldiers ... Troops recovered two rifles from the site": the
        # fight's spoils, part of it
        return True
    if a.family == "demonstration" and b.family == "violence" and b.trigger.sub_event_type.startswith("@") \
            and (not _own_day(b) or _same_day(a, b)) and b.sentences[0].index == a.sentences[-1].index + 1 \
            and 0 <= b.paragraph - last <= 1 and (b.place is None or _places_agree(a, b)) \
            and any(t.sub_event_type in _FORCE_OR_RIOT for t in a.triggers) \
            and _ONLY_DEATHS_TOLD.match(b.sentences[0].text, 0, b.trigger.start - b.sentences[0].start):
        # "Police fired tear gas and live ammunition at protesters who had blocked the avenues with burning tyres // At
        # least three people were killed in Maputo on Thursday": the deaths of the riot the force fought, told next
        return True
    if a.family in ("demonstration", "strategic") and b.family == "violence" and (not _own_day(b) or _same_day(a, b)) \
            and b.sentences[0].index == a.sentences[-1].index + 1 and 0 <= b.paragraph - last <= 1 \
            and (b.place is None or _places_agree(a, b)) and _FORCE_FIRED_ON_THEM.match(b.sentences[0].text) \
            and (any(t.sub_event_type in _FORCE_OR_RIOT for t in a.triggers) or (
                a.trigger.sub_event_type == "Looting/property destruction" and _DEMONSTRATORS_DID.search(
                    a.sentences[0].text, 0, a.trigger.start - a.sentences[0].start))):
        # "protesters ... breached the Parliament buildings and set part of the complex on fire. // Police opened fire on
        # the crowd, killing at least six people": the force's side of the riot told before
        return True
    if a.trigger.sub_event_type == "Arrests" and b.trigger.sub_event_type == "Disrupted weapons use" and not _own_day(b) \
            and b.sentences[0].index == a.sentences[-1].index + 1 and 0 <= b.paragraph - last <= 1 \
            and (b.place is None or _places_agree(a, b)) and _SEIZED_THEN.search(b.sentences[0].text):
        # "police arrested an alleged finance officer of the NPA during a raid on a boarding house // Firearms and
        # explosives were seized": what the arrest found, part of it
        return True
    if a.family in (*violent, "demonstration") and b.family in (*violent, "demonstration") \
            and (not _own_day(b) or _same_day(a, b)) and b.sentences[0].index == a.sentences[-1].index + 1 \
            and 0 <= b.paragraph - last <= 1 and _BOTH_SIDES_AGAIN.match(b.sentences[0].text):
        # "supporters of the Awami League and the BNP clashed in Dhaka // Activists from both sides fought with sticks and
        # threw bricks at each other": the two sides of the clash told before, and how they fought
        return True
    if a.family in violent and not _own_day(b) and b.sentences[0].index == a.sentences[-1].index + 1 \
            and 0 <= b.paragraph - last <= 1 and (b.place is None or _places_agree(a, b)) \
            and any(_LAUNCHED_THE_ACT.search(t.text) for t in b.triggers):
        # "Haitian police fought with gang members who attacked Solino ... // The Viv Ansanm gang coalition launched the
        # assault before dawn, firing at homes and torching vehicles": who launched the act told before, and how
        return True
    if not brief and a.family in violent and b.family in violent and not _own_day(b) and b.place is None \
            and 0 <= b.paragraph - last <= 2 and 0 < b.sentences[0].index - a.sentences[-1].index <= 3 \
            and _side_said_it_had(b) and not _ANSWER_TOLD.search(b.sentences[0].text):
        # "A drone killed five soldiers in Abyan on Friday ... // AQAP said in a statement that it had killed 11 soldiers":
        # a side's own account of the act told before, with no day or place of its own
        return True
    if a.family in violent and b.family == "violence" and not _own_day(b) and (b.place is None or _places_agree(a, b)) \
            and b.paragraph - last == 1 and 0 < b.sentences[0].index - a.sentences[-1].index <= 2 \
            and all(_ANSWERED.match(t.text) for t in b.triggers):
        # "FARC dissidents attacked a military base with explosives-laden drones ... // The attack was carried out by the
        # Carlos Patino front ... Troops returned fire and the attackers fled": the defenders' answer is the same fight
        return True
    if a.family == "remote" and b.family == "violence" and not _own_day(b) and (b.place is None or _places_agree(a, b)) \
            and b.paragraph == last and b.sentences[0].index == a.sentences[-1].index + 1 \
            and all(RESULT_PARTICIPLE.match(t.text) for t in b.triggers) \
            and _WEAPON_AGAIN.search(b.sentences[0].text, 0, b.trigger.start - b.sentences[0].start):
        # "Hezbollah said it fired around 80 rockets at ... Haifa. // ... most of the rockets were intercepted, but some fell
        # in residential areas, wounding two people": the harm the strike's weapons did, told next
        return True
    if a.family == "demonstration" and b.trigger.sub_event_type == "Looting/property destruction" and not _own_day(b) \
            and (b.place is None or _places_agree(a, b)) and b.paragraph == last \
            and b.sentences[0].index == a.sentences[-1].index + 1 \
            and _THE_CROWD_DID.search(b.sentences[0].text, 0, b.trigger.start - b.sentences[0].start):
        # "police shot dead two protesters who were trying to set fire to a police post // Protesters there also looted
        # several shops": the crowd's looting, right after, is part of its riot
        return True
    if a.family == "violence" and b.family == "demonstration" and not _own_day(b) \
            and (b.place is None or _places_agree(a, b)) and b.paragraph == last \
            and b.sentences[0].index == a.sentences[-1].index + 1 \
            and all(t.sub_event_type in _FORCE_ON_A_CROWD for t in b.triggers) \
            and any(_CROWD.search(x.text) for x in a.sentences):
        # "Hundreds of pro-monarchy supporters clashed with police in Kathmandu ... // Police used batons and tear gas":
        # the force used on the crowd of the clash told before is part of that riot
        return True
    if (a.family in ("violence", "demonstration") or a.trigger.sub_event_type == "Looting/property destruction") \
            and b.family == "violence" and not _own_day(b) \
            and (b.place is None or _places_agree(a, b)) and b.paragraph == last \
            and b.sentences[0].index == a.sentences[-1].index + 1 \
            and _FORCE_THERE.match(b.sentences[0].text, 0, b.trigger.start - b.sentences[0].start) \
            and _DEMONSTRATORS_DID.search(a.sentences[0].text, 0, a.trigger.start - a.sentences[0].start):
        # "Protesters in Mombasa looted shops and set fire to a police post // Police there shot dead one man": the
        # force's shots at the rioters told right after are part of that riot
        return True
    if not brief and a.family == "demonstration" and any(t.sub_event_type in _FORCE_OR_RIOT for t in a.triggers) \
            and b.trigger.sub_event_type == "Arrests" and b.place is None and not _own_day(b) \
            and b.paragraph == last and 0 < b.sentences[0].index - a.sentences[-1].index <= 2:
        # "Some threw stones at soldiers who blocked their way ... // Troops fired in the air and detained four people":
        # the crowd's own arrests, right after it, are part of the protest or riot
        return True
    if a.trigger.sub_event_type in _STRIKES and b.family in violent and b.place is None and not _own_day(b) \
            and 0 <= b.paragraph - last <= 1 and 0 < b.sentences[0].index - a.sentences[-1].index <= 2 \
            and _ANOTHER_STRIKE.search(b.sentences[0].text, 0, b.trigger.start - b.sentences[0].start):
        # "A drone struck a wedding in Kouakourou ... // ... A second strike minutes later killed several people who
        # had rushed to help": one more strike of the same raid, on the same place and day
        return True
    if b.trigger.sub_event_type == "Suicide bomb" and a.family in violent and not _own_day(b) \
            and (b.place is None or _places_agree(a, b)) and 0 <= b.paragraph - last <= 1 \
            and 0 < b.sentences[0].index - a.sentences[-1].index <= 2 \
            and _THE_BLAST_BEFORE.search(b.sentences[0].text, 0, b.trigger.start - b.sentences[0].start):
        # "two bombs exploded inside the cathedral ... // IS claimed the attack, which was carried out by suicide
        # bombers": who set off the blasts told before
        return True
    if a.family == "remote" and b.trigger.sub_event_type == "Looting/property destruction" and not _own_day(b) \
            and b.sentences[0].index == a.sentences[-1].index + 1 and 0 <= b.paragraph - last <= 1 \
            and _THE_BLAST_OPENS.match(b.sentences[0].text) and (b.place is None or _places_agree(a, b) or (
                a.place is not None and place_lib.haversine_km(a.place.place.latitude, a.place.place.longitude,
                                                               b.place.place.latitude, b.place.place.longitude) <= 25)):
        # "A suicide bomber drove a car into a checkpoint in Mogadishu ... // The blast in the city's Hodan district ...
        # damaged nearby shops": the damage the blast told before did
        return True
    if a.trigger.sub_event_type == "Suicide bomb" and b.family == "remote" and not _own_day(b) \
            and (b.place is None or _places_agree(a, b) or a.place is not None and b.place.place.admin1 == a.place.place.admin1) \
            and 0 <= b.paragraph - last <= 1 \
            and 0 < b.sentences[0].index - a.sentences[-1].index <= 2 and _THE_BOMBER.match(b.sentences[0].text):
        # "A suicide bomber killed seven worshippers at a mosque ... // The bomber entered the mosque and detonated
        # explosives": how that bomber did it
        return True
    if a.trigger.sub_event_type in _STRIKES and b.trigger.sub_event_type == "Disrupted weapons use" \
            and _INTERCEPTED.search(b.trigger.text) \
            and 0 < b.sentences[0].index - a.sentences[-1].index <= 2 and 0 <= b.paragraph - last <= 1 \
            and _places_agree(a, b):
        # "Russian forces launched 20 drones at Kyiv. 18 drones were shot down.": some of a strike's weapons
        # intercepted are part of the strike (all of them stopped makes it a disrupted strike: _absorb)
        return True
    if a.family in violent and b.family in violent and not _own_day(b) and 0 < b.paragraph - last <= 2 \
            and any(_TOLD_OF_IT.search(b.sentences[0].text, 0, t.start - b.sentences[0].start) for t in b.triggers) \
            and _same_target(a, b, next_only=False):
        # "Houthis hit a cargo ship with a missile ... // A Houthi spokesman said the group had targeted the ship":
        # the act told again by its doer, naming its target again
        return True
    if a.family == "remote" and b.family in violent and not _own_day(b) and b.place is None and b.paragraph == last \
            and b.sentences[0].index == a.sentences[-1].index + 1 \
            and _CLAIMED_AIM.search(b.sentences[0].text, 0, b.trigger.start - b.sentences[0].start):
        # "the army carried out a drone strike on a market near Lerneb. The army said it targeted 'terrorists'": what
        # the doer says its strike was aimed at, told next, is that strike
        return True
    if a.family in violent and b.family in (*violent, "demonstration") and not _own_day(b) \
            and 0 <= b.paragraph - last <= 1 and not (b.family == "remote" and a.family != "remote") and _same_target(a, b):
        # "Militants attacked a police station in Khyber Pakhtunkhwa ... // About a dozen attackers stormed the station
        # in Kulachi": the target told before, named again by its kind, is the same attack's
        return True
    if a.family in ("demonstration", "violence", "remote") and b.family == "violence" and not b.date and len(b.sentences) == 1 \
            and 0 < b.paragraph - last <= 1 and a.place is not None \
            and (b.place is None or a.place.place.name == b.place.place.name) and _REPORTED.search(b.sentences[0].text) \
            and all(_PASSIVE_HARM.match(t.text) for t in b.triggers):
        # "Police opened fire on protesters who stormed parliament in Nairobi ... // Rights groups said at least five
        # people were shot dead in Nairobi" (or "outside Parliament", no town told): the deaths of the event told
        # before, told again by a source
        return True
    if a.family == "demonstration" and b.family == "violence" and not b.date and b.paragraph == last \
            and 0 < b.sentences[0].index - a.sentences[-1].index <= 2 \
            and (b.place is None or (a.place is not None and a.place.place.name == b.place.place.name)) \
            and _DEMONSTRATION_WORDS.search(b.sentences[0].text) and all(_SHOOTING.search(t.text) for t in b.triggers):
        # "... police shot dead one protester during a march. Witnesses said the Kisumu march had been peaceful
        # until police opened fire": the protest's violence told again
        return True
    if a.family in violent and b.family == "demonstration" and not _own_day(b) and 0 <= b.paragraph - last <= 1 \
            and 0 < b.sentences[0].index - a.sentences[-1].index <= 2 and (b.place is None or _places_agree(a, b)) \
            and all(_damage_told(t, b.sentences[0]) for t in b.triggers) \
            and not any(_CROWD.search(x.text) or _MOB.search(x.text) for x in b.sentences):
        # "the Myanmar military fired at a civilian ... Two houses nearby the bridge were damaged": the damage the act
        # told before did, told as the state of things, with no crowd doing it
        return True
    if a.family == "demonstration" and b.family == "strategic" and not _own_day(b) and b.paragraph == last \
            and b.sentences[0].index == a.sentences[-1].index + 1 and (b.place is None or _places_agree(a, b)) \
            and all(_wrecked_at_it(t, b.sentences[0]) for t in b.triggers):
        # "protesters gathered outside a hotel housing asylum seekers in Knowsley. A police van was set alight": the
        # damage done at the protest told right before it, with no other doer
        return True
    if a.family in violent and b.family == "demonstration" and not _own_day(b) and b.paragraph == last \
            and b.sentences[0].index == a.sentences[-1].index + 1 and (b.place is None or _places_agree(a, b)) \
            and all(_PASSIVE_HARM.search(t.text) or _is_outcome(t, b.sentences[0]) for t in b.triggers) \
            and any(_CROWD.search(x.text) or _DEMONSTRATION_WORDS.search(x.text) for x in a.sentences):
        # "opposition supporters clashed with police in Conakry during a banned protest. 3 protesters were killed": the
        # crowd's dead of the clash told before, not a second event of force against them
        return True
    if a.family == "violence" and b.family == "demonstration" and a.place is None and b.place is not None and not b.date \
            and b.paragraph == last + 1 and b.sentences[0].index == a.sentences[-1].index + 1 \
            and any(_PROTESTER_DIED.search(x.text) for x in a.sentences):
        # "A protester died in clashes with police in Ecuador's northern Andes on Sunday // Hundreds of demonstrators
        # blocking the Pan-American Highway on the outskirts of Otavalo hurled stones": the lead's protest, told in detail
        return True
    if a.family == "demonstration" and b.family == "violence" and not b.date and 0 <= b.paragraph - last <= 1 \
            and (b.place is None or (a.place is not None and a.place.place.name == b.place.place.name)) \
            and _POLICE_ON_CROWD.search(b.sentences[0].text):
        # "riot police beat and detained dozens of demonstrators ... // Thousands had gathered outside parliament. Shortly
        # before midnight, masked riot police charged the crowd, beating people with batons": the protest's intervention
        return True
    if a.family == "violence" and b.trigger.sub_event_type == "Disrupted weapons use" and not brief \
            and 0 < b.sentences[0].index - a.sentences[-1].index <= 2 and b.paragraph - last <= 1 \
            and (b.date is None or (a.date is not None and b.date.date == a.date.date)) \
            and _WEAPONS_TAKEN.search(b.sentences[0].text):
        # "... encountered the same group, killing three rebels. Troops recovered two M16 rifles": the battle's spoils
        # (a sentence of its outcome between: "... three attackers were killed. One soldier was wounded. Troops seized")
        return True
    # ("the attack on the capital of Borno state" may name the region of the event's town)
    # (or deaths told again in the event's own town: "police shot dead three people in Maputo ... // A monitor
    # said three people were killed in Maputo and a fourth in Nampula")
    if b.date or (b.place and not (a.place and (
            (b.weak and _within(a.place.place, b.place.place))
            or (_tells_deaths_only(b) and a.place.place.name == b.place.place.name)))) \
            or not 0 <= b.paragraph - last <= 1:
        return False
    if b.weak and a.family in violent and b.family in violent:
        return True
    if a.family in violent and b.family in violent and b.paragraph - last <= 1 and _HOW_IT_BEGAN.match(b.sentences[0].text):
        return True  # "The attack on the hotel began when a car bomb exploded at the gate": how it was done
    if a.family in violent and (b.trigger.sub_event_type == "Looting/property destruction" and _SAME_DOERS.match(
            b.sentences[0].text) or (b.trigger.sub_event_type in ("Looting/property destruction", "Violent demonstration")
                                    and _DOERS_BEFORE.search(b.sentences[0].text, 0, b.trigger.start - b.sentences[0].start))) \
            and (a.fatalities > 0 or any(sentence_fatalities(s.text)[0] > 0 for s in a.sentences)):
        # ("... said 'more than 20 soldiers' had been killed and that the assailants had burned vehicles")
        # "... killed 12 civilians. The attackers also burned houses": the killers' destruction, part of
        # the attack (a raid that only looted is looting: ACLED codes the gravest act)
        return True
    if a.family in violent and b.sentences[0].index == a.sentences[-1].index + 1 and b.paragraph == last \
            and all(t.sub_event_type in ("Violent demonstration", "Looting/property destruction")
                    and _DESTRUCTION_ACT.search(t.text) for t in b.triggers) \
            and _PASSIVE_DESTRUCTION.match(b.sentences[0].text) and " by " not in b.sentences[0].text \
            and (a.fatalities > 0 or any(sentence_fatalities(s.text)[0] > 0 for s in a.sentences)):
        # "... killed 10 villagers in Mbu. Houses were also burned.": what the attack destroyed, by no one
        # else named, is part of it
        return True
    if a.family in violent and b.family in violent and "had " in b.sentences[0].text and any(
            _TOLD_OF_IT.search(b.sentences[0].text, 0, t.start - b.sentences[0].start) for t in b.triggers) \
            and not _ANSWER_TOLD.search(b.sentences[0].text):
        return True  # "A spokesman said the military had targeted a ceremony of the PDF": the strike, told again
    if brief and a.family in violent and b.family in violent and not a.background and b.paragraph == last \
            and 0 < b.sentences[0].index - a.sentences[-1].index <= 2 \
            and all(_HARM_TOLD_ONLY.match(t.text) or _is_outcome(t, b.sentences[0]) for t in b.triggers):
        # a note tells one event: "A shell fell into the village. The explosion killed 3 children.",
        # "Fighting broke out. Villagers fled. One soldier died and another was injured."
        return True
    if a.trigger.sub_event_type == "Armed clash" and b.family in violent and b.paragraph == last \
            and b.sentences[0].index - a.sentences[-1].index == 1 and _IN_THE_FIGHTING.search(b.sentences[0].text):
        return True  # "The AA and military clashed. The military carried out air strikes during the fighting."
    if a.family == "remote" and b.paragraph == last and b.sentences[0].index - a.sentences[-1].index == 1 \
            and _ANSWERED.match(b.trigger.text):
        return True  # "Militants fired rockets at the base. The army responded with artillery."
    if a.family == "remote" and b.paragraph == last and _tells_deaths_only(b):
        return b.sentences[0].index - a.sentences[-1].index == 1
    if not brief and a.family == "remote" and b.paragraph == last + 1 and _tells_deaths_only(b) \
            and b.sentences[0].index - a.sentences[-1].index <= 2:
        # "... blew up a railway track and stormed a train. // The BLA claimed the attack. The train driver and six
        # soldiers were killed": the deaths of the act told in the paragraph before
        return True
    if a.family == "violence" and b.trigger.sub_event_type == "Protest with intervention" and b.paragraph == last \
            and not _DEMONSTRATION_WORDS.search(b.sentences[0].text):
        # "Two groups clashed. Police dispersed them.": the police ended the fight, no protest
        return b.sentences[0].index - a.sentences[-1].index == 1
    if a.family == "demonstration" and b.trigger.sub_event_type == "Arrests" and b.paragraph == last \
            and _FORCES_ARRESTED.search(b.sentences[0].text):
        return b.sentences[0].index - a.sentences[-1].index <= 2  # "Police arrested three of them."
    if a.family == "demonstration" and b.trigger.sub_event_type == "Arrests" and 0 <= b.paragraph - last <= 1 \
            and b.place is None and (b.date is None or not _own_day(b)) and _PEOPLE_DETAINED.search(b.sentences[0].text) \
            and 0 < b.sentences[0].index - a.sentences[-1].index <= 2:
        # "... pushed demonstrators back. // The Interior Ministry said 43 people were detained": the protest's arrests,
        # told by a source in its paragraph or the one after it (ACLED codes arrests at a protest within it)
        return True
    if a.family == "demonstration" and b.trigger.sub_event_type == "Looting/property destruction" \
            and b.paragraph == last and 0 < b.sentences[0].index - a.sentences[-1].index <= 2 \
            and _protesters_again_did(b):
        return True  # "Gen Z protesters marched ... Police fired teargas. Some protesters looted shops."
    # (a mob's or a riot's violence told on in the next paragraph: "Residents ... attacked him with sticks")
    return a.family == "demonstration" and b.family == "violence" and (
        b.paragraph == last or a.trigger.sub_event_type in ("Mob violence", "Violent demonstration"))


# a force's own property named with it ("a police station", "the army's camp")
# "three of the dead were soldiers", "the victims included two policemen"
_THEY_WERE_KILLED = re.compile(r"[^.;]{0,40}?\b(?:were|was|had been|have been) (?:killed|wounded|injured|hurt)\b", re.I)
_FORCES_KILLED = re.compile(r"\b(?:killing|killed|kills)\s+(?:at least\s+|some\s+|more than\s+|about\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:police(?:men| officers)?|policemen|soldiers|troops|gendarmes|servicemen|security (?:forces|personnel)|"
                            r"officers)\b", re.I)
_CIVILIANS_KILLED = re.compile(r"\b(?:killing|killed|kills)\s+(?:(?!wound|injur|hurt|maim)[\w-]+\s+){0,6}?(?:civilians?|people|residents|villagers|"
                               r"passers-?by|children|women|bystanders|shoppers|worshippers|passengers)\b", re.I)
_DEAD_WERE_FORCES = re.compile(r"\b(?:(?:of the dead|of those killed|of the victims|the dead|the victims)\s+(?:were|included)|"
                               # "killing about 100 people, most of them policemen"
                               r"(?:most|many|all|nearly all|almost all|the majority) of (?:them|whom)(?:\s+were)?)\s+"
                               r"(?:\w+\s+){0,2}(?:soldiers|troops|police(?:men| officers)?|officers|security (?:forces|personnel))\b",
                               re.I)
# a force's own civilian staff beside it: "Ten District Reserve Guard personnel and their civilian driver were killed"
_THEIR_STAFF = re.compile(r"(?:\s+(?:personnel|members|officers|troops|soldiers|men))?\s+and\s+(?:their|its)\s+(?:civilian\s+)?(?:drivers?|interpreters?|guides?|cooks?|porters)\b", re.I)
_AIMED_AT = re.compile(r"\b(?:at|on|targeting|targeted|hit|struck|attacked)\s+(?:an?|the)\s+$", re.I)
_FORCE_PROPERTY = re.compile(r"(?:'s)?\s+(?:[\w-]+\s+)?(?:(?:sub-?)?station|post|outpost|camp|base|barracks|office|checkpoint|vehicles?|armou?r(?:y|ies)|"
                             r"trucks?|gate|headquarters|building|bunker|picket)\b", re.I)
_FORCE_PATROL_AFTER = re.compile(r"\s+(?:patrols?|vehicles?|vans?|trucks?|pickups?|cars?|convoys?|(?:sub-?)?stations?|posts?|jeeps?|"
                                 r"motorcycles?|offices?|headquarters)\b", re.I)
_FORCE_PROPERTY_IN = re.compile(r"\b(?:(?:sub-?)?station|post|outpost|camp|base|barracks|checkpoint)\b", re.I)
# the protesters told before, doing more ("Some protesters looted shops", "Some of them burned tyres")
_PROTESTERS_AGAIN = re.compile(r"\s*(?:(?:Some|Many|Several|A few|Dozens|Hundreds|Others)(?: of)?\s+)?(?:(?:the|them|these|"
                               r"angry)\s+)?(?:protesters|protestors|demonstrators|marchers|rioters|they|them)\b", re.I)


def _protesters_again_did(b: Candidate) -> bool:
    """b's sentence opens with the protesters told before as the doers of its act ("Some protesters looted
    shops"; not "The protesters claimed the decision to demolish ...")."""
    first = b.sentences[0]
    m = _PROTESTERS_AGAIN.match(first.text)
    return m is not None and len(first.text[m.end():b.trigger.start - first.start].split()) <= 1


# the doers of the act told before, named again ("The attackers also burned houses")
_DOER_NOUNS = r"attackers|assailants|gunmen|militants|rebels|raiders|fighters|insurgents|bandits|jihadists|armed men"
_SAME_DOERS = re.compile(r"\s*(?:(?:[\w'’-]+\s+){1,4}(?:said|say|told\s+\w+)\s+(?:that\s+)?)?"  # ("Residents said the gunmen ...")
                         rf"(?:(?:The|These|Those) (?:{_DOER_NOUNS}|men)|They)\b", re.I)
_DOERS_BEFORE = re.compile(rf"\b(?:the|these|those) (?:{_DOER_NOUNS})\s+(?:had\s+|have\s+|also\s+|then\s+)*$", re.I)
# what a side said its forces "had" done, with no day or place of its own: the event before, told again
# (its words may be quoted: 'ISWAP said one of its "martyrdom seekers" had targeted')
_CLAIMED_AIM = re.compile(r"\b(?:said|says|claimed|claims|insisted|maintained)\s+(?:that\s+)?(?:it|they|its \w+)\s+"
                          r"(?:had\s+|have\s+|has\s+)?(?:only\s+)?$", re.I)
def _side_said_it_had(b: Candidate) -> bool:
    """b is told as a side's own account: "AQAP said in a statement that it had killed 11 soldiers"."""
    return any(_SIDE_SAID_IT_HAD.search(b.sentences[0].text, 0, t.start - b.sentences[0].start) for t in b.triggers)


_SIDE_SAID_IT_HAD = re.compile(r"\b(?:said|says|claimed|claims|announced)\b[^.;]{0,80}?\bthat\s+(?:it|they)\s+(?:had|has|have)\s+"
                               r"(?:\w+\s+)?$", re.I)
_TOLD_OF_IT = re.compile(r"\b(?:said|says|claimed|claims|insisted|maintained)\s+(?:that\s+)?(?:[\w'’\"“”-]+\s+){0,12}?had\s+"
                         r"(?:\w+\s+)?$", re.I)


# told after a battle, these are part of it: the battle is the event (ACLED codes one event);
# a camp or outpost taken in the fighting does not make the battle a territorial change
_DURING_A_BATTLE = ("Abduction/forced disappearance", "Sexual violence", "Government regains territory",
                    "Non-state actor overtakes territory")


_MOST_TELLING_REMOTE = ("Suicide bomb", "Chemical weapon")  # (what a "blast" or "attack" told before turns out to be)


_NEAR_REACH_KM = 60.0


def _region_told_as_its_town(town: place_lib.PlaceMention, region: place_lib.PlaceMention) -> bool:
    """One event told at a town named like its region (a headline's "in Sagaing") and at that region ("in the Sagaing
    region"): the bare name was the region's, not a finer place."""
    return town.place.kind == "populated" and region.place.kind == "admin1" and town.place.name == town.place.admin1 \
        and region.place.admin1 == town.place.admin1 and town.place.country == region.place.country


def _absorb(into: Candidate, other: Candidate) -> None:
    into.sentences.extend(s for s in other.sentences if s not in into.sentences)
    into.regions.extend(r for r in other.regions if r not in into.regions)
    into.triggers.extend(other.triggers)
    into.date = into.date or other.date
    if other.date is not None and into.date is not other.date and not _own_day(into) and _own_day(other):
        into.date = other.date  # "Troops have retaken Macomia, the ministry said on Tuesday ... // regained control on Monday"
    if other.date is not None and other.date.kind == "day" and into.date.kind in ("week", "month") \
            and into.date.first is None and other.date.precision < into.date.precision and (
                abs((other.date.date - into.date.date).days) <= 3 if into.date.kind == "week"
                else (other.date.date.year, other.date.date.month) == (into.date.date.year, into.date.date.month)):
        into.date = other.date  # "killed 31 in an operation last week ... // clashed ... on Thursday": the day told inside it
    if into.place is not None and other.place is not None and _region_told_as_its_town(into.place, other.place):
        into.place = other.place  # "air strike kills 11 at school in Sagaing // ... in the Sagaing region": the region
    elif into.place is None or (other.place is not None and other.place.geo_precision < into.place.geo_precision
                                and not _told_as_origin(other) and not _region_told_as_its_town(other.place, into.place)):
        into.place = other.place  # the town, not the region a weak mention names
    elif other.place is not None and into.place.rule.endswith(f"{place_lib.NEAR_A_TOWN}: geo_precision 2") and other.place.place.kind != "admin1" \
            and other.place.place.name != into.place.place.name and other.place.geo_precision <= 2 \
            and not _told_as_origin(other) and place_lib.haversine_km(
                into.place.place.latitude, into.place.place.longitude, other.place.place.latitude,
                other.place.place.longitude) <= _NEAR_REACH_KM:
        # ("Fighting has intensified west of the city of Marib ... // Heavy fighting broke out on Wednesday around the
        # front in Sirwah district, about 30 km west of Marib city": the place named, not its bearing from a town)
        into.place = other.place
    into.zero_stated = into.zero_stated or other.zero_stated
    into.place_split = max(into.place_split, other.place_split)
    # ("Bomb blast kills 54 ... A suicide bomber blew himself up": the more telling remote act names it)
    if (other.trigger.rule.priority > into.trigger.rule.priority and into.family != "demonstration"
            and (other.group == into.group or (into.family == other.family == "remote"
                                               and other.trigger.sub_event_type in _MOST_TELLING_REMOTE)
                 # ("after a bombing at a university killed four people // A bomb exploded in a gymnasium": the blast)
                 or (into.trigger.sub_event_type == GENERIC_VIOLENCE and other.family == "remote"))
            and not (into.trigger.sub_event_type == "Armed clash"
                                                   and other.trigger.sub_event_type in _DURING_A_BATTLE)):
        into.trigger = other.trigger
        into.family = other.family  # (the act read by its telling trigger: "Shepherd killed ... // an Israeli shell")
    if into.trigger.sub_event_type in _STRIKES and other.trigger.sub_event_type == "Disrupted weapons use" \
            and _ALL_OF_THEM.search(other.sentences[0].text):
        into.trigger = other.trigger  # "... launched 20 drones at Kyiv. All of them were shot down.": disrupted
    into.weak = into.weak and other.weak


def _details_lead(lead: Candidate, b: Candidate, text: str) -> bool:
    """An article's lead act with no day of its own ("Militants have attacked a military base, killing 10
    soldiers", "... activists said Thursday"), told in the next paragraph with its day ("The militants used
    two car bombs ... before storming it on Tuesday"): one event, the day the detail's."""
    violent = ("violence", "remote")
    undated = lead.date is None or _REPORTED_ON.search(text, max(0, lead.date.start - 30), lead.date.start) is not None
    # (a lead over several places is their summary: _told_in_detail)
    # (a strike's lead is not told in detail by a town's capture: "... an air strike hit the hospital // the group's fighters
    # seized the headquarters of a battalion on Saturday")
    if lead.family == "remote" and b.trigger.sub_event_type in TERRITORY_TAKEN:
        return False
    # (nor is a lead told as days after another act, whose detail may be that act's: "Troops have retaken Macomia, three
    # days after insurgents overran it // Dozens of insurgents stormed the district capital at dawn on Friday")
    if _DAYS_AFTER_LEAD.search(lead.sentences[0].text, lead.trigger.end - lead.sentences[0].start):
        return False
    return undated and lead.place_split == 1 and b.date is not None and lead.family in violent and b.family in violent \
        and not lead.background and not b.background and b.paragraph == max(s.paragraph for s in lead.sentences) + 1 \
        and b.sentences[0].index == lead.sentences[-1].index + 1 \
        and (lead.place is None or b.place is None or lead.place.place.name == b.place.place.name
             or _within(lead.place.place, b.place.place))


_DAYS_AFTER_LEAD = re.compile(r",\s+(?:just\s+|only\s+|barely\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                              r"several|a few)\s+(?:days?|weeks?)\s+after\b", re.I)
_ONE_OF_THEM = re.compile(r"\s*(?:In\s+)?One\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:strikes?|air ?strikes?|attacks?|raids?|blasts?|"
                          r"explosions?|bombs?|rockets?|missiles?|shells?|drones?)\b")


def _is_news(text: str, brief: bool) -> bool:
    """A story told over paragraphs (a long note, however many sentences, tells one event)."""
    return not brief and text.count("\n\n") >= 2


def _merge(cands: list[Candidate], brief: bool = False, text: str = "", head_end: int = 0,
           country: str = "") -> list[Candidate]:
    """Candidates that tell one event, joined (head_end: where the article's body starts after its headline, 0 if none;
    country: the article's country, whose name a lead over its places tells)."""
    events: list[Candidate] = []
    news = _is_news(text, brief)
    overviews = {id(c) for c in cands[:1] if news and _over_places(c, cands, country)}
    for c in cands:
        target = None
        best_distance = None
        detail = False
        # (the past year an undated act's paragraph tells of before it, read once for the events it might join)
        told_year = _earliest_year_told_before(text, c) if news and c.date is None else None
        # "A drone struck a minibus near Bichena ... // Two residents said at least 14 people were killed": deaths told
        # bare, with no one named, are the last violent event's of their own paragraph, whatever its kind
        # (or of the paragraph before, deaths a source told of it: "PTI said in a statement on Wednesday that at least
        # eight of its workers had been killed", after the paragraph of the march's clashes)
        # (a day read from the sentence before is no day of its own: "On Saturday 22 March, a government aircraft dropped
        # bombs on the market of Ulang. // Staff at the health centre said seven civilians were killed")
        # (and damage told in the passive, with no one named as doing it: "Residents said as many as 30 people may have
        # died, and that houses and granaries had been set on fire")
        bare = news and c.family in ("violence", "demonstration", "strategic") and (
            c.date is None or not _own_day(c) or not c.sentences[0].start <= c.date.start < c.sentences[-1].end) \
            and (c.place is None or _told_as_origin(c)) \
            and all(_is_outcome(t, c.sentences[0]) or _BODIES_FOUND.search(t.text) or (
                t.text.lower() == "killed" and _PRESENT_PASSIVE_BEFORE.search(text, max(0, t.start - 5), t.start))
                or _damage_done_to(t, c.sentences[0]) for t in c.triggers) \
            and (c.family != "strategic" or any(_BARE_DEATH.match(t.text) for t in c.triggers)
                 or sentence_fatalities(c.sentences[0].text)[0])
        own = [e for e in events if e.family in ("violence", "remote") and any(
            x.paragraph == c.paragraph and x.index < c.sentences[0].index for x in e.sentences)] if bare else []
        if bare and not own and events and not any(x.paragraph == c.paragraph for e in events for x in e.sentences):
            last = max(events, key=lambda e: e.sentences[-1].index)
            told_at = max(x.paragraph for x in last.sentences)
            between = text[last.sentences[-1].end:c.sentences[0].start]
            if "toll" in between:
                # ("By Friday evening, the toll had risen to 14. // Residents told AFP that more than 40 people had
                # been killed": the toll updated is the event's too, the deaths told after it are counted from there)
                updated = [m.end() for m in _TOLL_UPDATED.finditer(between)]
                if updated:
                    told_at = c.paragraph - between.count("\n\n", updated[-1])
            # (a paragraph or two between, with no act of their own: a toll updated, a quote; right after it when
            # undated: "Two other officers were seriously injured and airlifted to Nairobi")
            if last.family in ("violence", "remote", "demonstration") \
                    and c.paragraph - told_at <= (3 if c.date is not None else 2) \
                    and not _of_an_earlier_year(told_year, last):
                own = [last]
        if own:
            _absorb(max(own, key=lambda e: _last_sentence_before(e, c.sentences[0].index)), c)
            continue
        claim = not brief and _side_said_it_had(c)
        later_day: Candidate | None = None  # the act of a later day told between c and an event it would join
        # (the acts that open a paragraph at a day of their own, read once for c: an undated c only)
        scenes = [e for e in events if e.date is not None and _FRONTED_TIME.match(e.sentences[0].text) and _own_day(e)] \
            if c.date is None or not _own_day(c) else []
        for e in events:
            later = _day_changed_between(e, c, scenes) if scenes else None
            if later is not None and any(x.paragraph == c.paragraph for x in later.sentences):
                later_day = later
            compatible = _compatible(e, c, brief) and not _violence_after_a_calm_end(e, c, text) \
                and not _another_day_after_an_undated_scene(e, c, events) and later is None \
                and not (id(e) in overviews and c.place is not None and c.paragraph > e.paragraph) \
                and not (c.paragraph > e.sentences[-1].paragraph and _of_an_earlier_year(told_year, e))
            # (a headline's second clause tells another act than the lead's: "Jihadists attack Mali army camp; drone
            # strike hits market" // "Fighters linked to al Qaeda attacked an army camp")
            second_clause = head_end > 0 and e.sentences[-1].end <= head_end and e.scope[0] > e.sentences[0].start \
                and e.group != c.group
            if not compatible and not (not brief and e is events[0] and not second_clause and _details_lead(e, c, text)):
                continue
            # (the nearest of its paragraphs: a headline merged with its lead is as near as the lead)
            # (a side's account is of the act told last before it: "RSF fighters attacked army positions on Saturday. The
            # army said that it had repelled the assault", not of the shelling told before that)
            # (of a headline's two clauses, the one of the same kind of act: "Gunmen kill 9 ...; army says it repelled
            # second raid" // "gunmen killed at least nine people")
            distance = (min(abs(x.paragraph - c.paragraph) for x in e.sentences),
                        -_last_sentence_before(e, c.sentences[0].index) if claim else 0,
                        e.trigger.sub_event_type != c.trigger.sub_event_type if head_end and e.scope[1] <= head_end else 0)
            if best_distance is None or distance < best_distance:
                target, best_distance, detail = e, distance, not compatible
        if target is None and later_day is not None:
            _absorb(later_day, c)  # (the later day's act, told in c's paragraph: its story, whatever its kind)
        elif target is None:
            events.append(c)
        else:
            if detail:
                # the detail's day, and its deaths over the lead's rounder figure ("more than 100" -> "104")
                target.date = c.date
                target.summary = target.summary or target.regions[0]
                if c.place is not None and target.place is not None and c.place.place.kind == "populated":
                    # and its town, inside the lead's place ("on the outskirts of Haiti's capital // stopped ... in
                    # Croix-des-Bouquets")
                    target.place = c.place
            elif not brief and _ONE_OF_THEM.match(c.sentences[0].text) and target.fatalities:
                # "Israeli airstrikes killed 12 in southern Lebanon. One strike hit a house in Ain Baal, killing a
                # family of five": the lead's total is over several acts; this event's deaths are the detail's
                target.summary = target.summary or target.regions[0]
            headline_only = head_end > 0 and target.sentences[-1].end <= head_end <= c.sentences[0].start
            _absorb(target, c)
            if headline_only and target.family == c.family == "remote" and not brief:
                # "Russian missile strike on Dnipro kills 9; Ukrainian drones hit Samara refinery": a headline's words
                # sum up, the body's act tells what hit
                target.trigger = c.trigger
            elif headline_only and c.family == "remote" and target.family == "violence" and not brief \
                    and _ASYMMETRIC.match(target.trigger.text) and target.fatalities == c.fatalities:
                # "Drones attack police station in Colombia's Cauca // ... when drones loaded with explosives attacked
                # the police station": the headline's attack was the body's strike
                target.trigger, target.family = c.trigger, c.family
    return events


def _earliest_year_told_before(text: str, c: Candidate) -> int | None:
    """The earliest year c's paragraph tells of before c: "Marawi was largely destroyed in 2017 when militants seized it.
    More than 1,100 people were killed in the siege" are that year's dead, not those of an event of a later year."""
    start = text.rfind("\n\n", 0, c.sentences[0].start)
    return min((int(m.group("year")) for m in _PAST_YEAR.finditer(text, max(0, start), c.sentences[0].start)),
               default=None)


def _of_an_earlier_year(year: int | None, e: Candidate) -> bool:
    return year is not None and e.date is not None and year < e.date.date.year


def _over_places(lead: Candidate, events: list[Candidate], country: str) -> bool:
    """A lead told of the whole country ("At least six people were killed in Bangladesh on Tuesday as protests
    turned violent"), whose day's acts later paragraphs tell town by town ("In the northern city of Rangpur, police
    opened fire ..."; "In the port city of Chittagong, three people were killed ..."): their summary, no act of its own."""
    if lead.place is not None or lead.family not in _LEAD_FAMILIES or not country:
        return False
    said = lead.sentences[0].text
    if f"in {country}" not in said and f"across {country}" not in said and not _NATIONWIDE.search(said):
        return False
    day = lead.date.date if lead.date is not None and _own_day(lead) else None
    told = {d.place.place.name for d in events
            if d is not lead and d.paragraph > lead.paragraph and d.place is not None and d.family in _LEAD_FAMILIES
            and (d.date is None or day is None or d.date.date == day)}
    return len(told) >= 2


_LEAD_FAMILIES = ("violence", "remote", "demonstration")


def _day_changed_between(a: Candidate, b: Candidate, scenes: list[Candidate]) -> Candidate | None:
    """The act of another day told between a and an undated b, whose story b is, not a's ("On Monday, students staged a
    sit-in ... // On Tuesday, protesters in Mahabad set fire to a Basij base ... State media said 'rioters' had attacked
    public buildings and had been dispersed": not Monday's sit-in turned riot); None if there is none. `scenes`: the
    events told so far that open a paragraph at a day of their own ("On Tuesday, ...")."""
    if a.date is None:
        return None
    # (the other act opens a paragraph at its own time: within a paragraph, an act told in passing is no new scene, "...
    # killed by an artillery shell. The official was abducted by AA on 11 December. The blast also killed other detainees")
    last, first = a.sentences[-1].index, b.sentences[0].index
    return next((e for e in reversed(scenes) if e is not a and e.date.date != a.date.date
                 and last < e.sentences[0].index < first and e.paragraph > a.sentences[-1].paragraph), None)


def _another_day_after_an_undated_scene(a: Candidate, b: Candidate, events: list[Candidate]) -> bool:
    """b opens a later paragraph with a day of its own ("On Wednesday, police fired tear gas ..."), a told no day and
    takes the day of the events told before it ("killed at least six ... on Tuesday // In the capital Dhaka, two people
    were killed during clashes"): another day, another event."""
    if a.date is not None or b.date is None or not _own_day(b) or b.paragraph <= max(x.paragraph for x in a.sentences) \
            or not (_FRONTED_TIME.match(b.sentences[0].text) or _FRONTED_MONTH.match(b.sentences[0].text)):
        return False
    before = [e.date for e in events if e is not a and e.date is not None and e.date.precision == 1
              and e.sentences[0].index < a.sentences[0].index]
    return bool(before) and before[-1].date != b.date.date


def _infrastructure_only(event: _Text) -> bool:
    """"destroyed a Safaricom communication mast and a water pump": a network's or a utility's works were
    destroyed, nothing people own or live in (ACLED names no civilians as hit)."""
    return bool(event.search(_INFRASTRUCTURE)) and not event.search(_PEOPLES_PROPERTY)


# works of a network or a utility ("communication mast", "power station", "pylons")
_INFRASTRUCTURE = re.compile(r"\b(?:(?:communications?|telecom(?:munications?)?|phone|mobile|network|radio) "
                             r"(?:masts?|towers?|antennas?|equipment)|masts?|pylons?|power (?:lines?|stations?|plants?|"
                             r"installations?)|electricity (?:lines?|installations?)|transformers?|pipelines?|"
                             r"railway (?:lines?|tracks?)|government installations?)\b", re.I)
# things people own or live in: their loss makes civilians the target
_PEOPLES_PROPERTY = re.compile(r"\b(?:houses?|homes?|huts?|shops?|stalls?|kiosks?|livestock|cattle|goats|camels|crops|"
                               r"granar(?:y|ies)|vehicles?|cars?|lorr(?:y|ies)|trucks?|buses|motorcycles?|villages?|"
                               r"market|farms?|residents?|villagers?|civilians|people)\b", re.I)


# a headline clause's own harm ("...; clan gunfight leaves one dead", "Israeli strikes kill two ...; ...")
_HEADLINE_HARM = re.compile(r"\b(?:kills?|killed|killing|dead|dies|die|died|wounds?|wounded|injures?|injured)\b", re.I)


def _violence_after_a_calm_end(a: Candidate, b: Candidate, text: str) -> bool:
    """Rioting told after a march that "passed off without incident" is another event, of other people: "about 1,500
    people took part in a march ... The march passed off without incident. // Overnight, youths threw stones at police"."""
    return a.trigger.sub_event_type == "Peaceful protest" and b.trigger.sub_event_type in _RIOTING \
        and b.sentences[0].start > a.sentences[-1].start \
        and _ENDED_CALMLY.search(text, a.sentences[-1].start, b.sentences[0].start) is not None


_RIOTING = ("Violent demonstration", "Mob violence")
_ENDED_CALMLY = re.compile(r"\b(?:(?:passed|went) off|ended|finished|dispersed|broke up)\s+(?:\w+\s+)?(?:without (?:any )?"
                           r"(?:incidents?|violence)|peacefully|calmly)\b", re.I)


# ----------------------------------------------------------------------------------------
# actors
# ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Role:
    name: str
    inter: int
    rule: str
    assoc: str = ""
    default: bool = False


def _is_attribution(text: str, m: actor_lib.ActorMention, sentence: Sentence) -> bool:
    if m.kind == "government":
        return False  # named only with a measure ("the government announced a general mobilisation"): its act
    before = text[max(0, m.start - 60, sentence.start):m.start]
    after = _CLAUSE_END.split(text[m.end:min(m.end + 40, sentence.end)] + " ", maxsplit=1)[0]
    if m.inter not in (1, 8) and _cue_at(_REPORTS_THAT, after):
        # "the AA claimed that the military fired shells": a group telling another's act is a source
        # (state forces telling of an attack are mostly its target: "the military claimed the AA attacked")
        return True
    if m.kind in _NAMED_KINDS and _cue_at(_CLAIMED, after):
        return False  # "ISWAP claimed (the attack)": the group acted, it is not a source
    if _SAID_IT_DID.match(text, m.end, sentence.end) or _ANNOUNCED_ITS_ACT.match(text, m.end, sentence.end) \
            or (m.kind in _NAMED_KINDS and _SAID_IT_WAS_BEHIND.match(text, m.end, sentence.end)):
        return False  # "the Arakan Army said it had captured a police outpost": it tells its own act
        # ("the 3R armed group announced the group's dissolution": the announcement is its act)
    if m.kind == "state-police" and _POLICE_ACCUSED.match(after):
        return True  # "Police have accused an activist and ten men of assaulting him": the investigators
    if _SAID_OTHERS_KILLED.match(text, m.end, sentence.end):
        return True  # "Police said bandits killed four farmers": the source of another's act on civilians
    if _SAID_BEFORE.search(before) and _SPEAKER_NAMED_AFTER.match(text, m.end, sentence.end):
        return True  # "..., said police officer Faruk Hossain.": the speaker told after the verb
    if _SAID_NAME_OF.search(before):
        return True  # "..., said Babakura Kolo of the Civilian Joint Task Force": the speaker's group
    if "according to" in text[max(sentence.start, m.start - 120):m.start].lower() \
            and _ACCORDING_TO_A_LIST.search(text, max(sentence.start, m.start - 120), m.start):
        return True  # "according to local officials and the Tuareg-led rebel alliance CSP": the second source
    # (a side that accuses another is a party: "the Burma Army accused the SSA-N of attacking its troops")
    return bool(_cue(_ATTRIBUTION_BEFORE, before)) or (
        bool(_cue_at(_ATTRIBUTION_AFTER, after))
        and (not _cue(_ACTED, after) or bool(_SAID_IT_KILLED.match(after)) or bool(_SOURCE_TOLD_PASSIVE.match(after)))
    )


# a source telling that another, armed, killed or took people who are not its own men ("The army said ISWAP
# fighters killed four farmers"; not "the army said militants attacked its base": its own men, a party)
_SAID_OTHERS_KILLED = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:said|says|stated|reported|told\s+\w+)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:(?:suspected|unknown|unidentified|armed|the|a|an|some|several|\d+)\s+){0,2}"
    r"(?:(?:gunmen|bandits|militants|jihadists|insurgents|terrorists|attackers|assailants|kidnappers|militiamen|"
    r"herders|raiders|rebels|men|persons|groups?|youths|individuals|mobs?|soldiers|troops|a\s+soldier|"
    r"an?\s+(?:officer|policeman|gunman|soldier))|(?-i:[A-Z][A-Za-z-]+)(?:\s+(?-i:[A-Z][A-Za-z-]+))?\s+(?:fighters|militants|rebels|"
    r"insurgents|members|gunmen|militiamen|jihadists))\s+(?:had\s+|have\s+)?"
    r"(?:killed|shot dead|abducted|kidnapped|murdered|beheaded|executed)\s+"
    r"(?!(?:its|their|our|the\s+(?:army|military|police)|(?:\w+\s+)?(?:soldiers|troops|police(?:men)?|officers|"
    r"servicemen|gendarmes|personnel)\b))", re.I)
_SAID_NAME_OF = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:(?-i:[A-Z])[\w'’.-]+\s+){1,3}(?:of|from)\s+(?:the\s+)?$", re.I)
_ACCORDING_TO_A_LIST = re.compile(r"\baccording to\s+[^.;:()]{0,80}?\band\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}$", re.I)
_SAID_BEFORE = re.compile(r"(?:^|[,\u201d\"]\s*)(?:said|says|added|told\s+\w+)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)
# (the speaker's name, or the end of the clause: "said police officer Faruk Hossain.", "said a police spokesman.")
_SPEAKER_NAMED_AFTER = re.compile(r"(?:\s+(?:spokes(?:man|woman|person)|officer|official|chief|commander|source))?"
                                  r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s*(?:[.,;]|$)", re.I)
# "an attack that police initially said killed six people": what the source said the act did
_SAID_IT_KILLED = re.compile(r"\s*(?:[\w-]+\s+)?(?:said|says|reported|estimated)\s+(?:had\s+|has\s+)?(?:killed|left|claimed)\b",
                             re.I)


_ANNOUNCED_ITS_ACT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:announced|declared)\s+(?:its|their|the\s+(?:group|movement|"
                                r"militia|faction|organi[sz]ation)['’]s|an?|the)\s+(?:own\s+)?(?:unilateral\s+)?(?:dissolution|"
                                r"disbanding|disbandment|formation|withdrawal|surrender|ceasefire|cease-fire|truce|split|"
                                r"departure|merger|creation)\b(?!\s+of\b)", re.I)  # (not "announced the dissolution of HTS": another's)
_POLICE_ACCUSED = re.compile(r"\s*(?:have |has |had )?(?:accused|accuses|charged)(?!\s+(?:of|by|with)\b)", re.I)
# an actor telling what it did itself: "said it had captured", "said its forces had repelled"
_SAID_IT_DID = re.compile(r"\s*(?:\w+\s+){0,2}?(?:said|says|claimed|claims|announced|stated)\s+"
                          # (when it spoke between: "said on Saturday it had recaptured", "said in a statement that")
                          r"(?:(?:(?:late |early )?on (?:\w+ ){0,2}?\w+|in a statement(?: on \w+)?|"
                          r"in (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,2}(?: \([\w'’ -]{1,30}\))?)\s*,?\s+)?(?:that\s+)?"
                          # ("the commander of the Sudan Shield Forces announced that he and his fighters had left")
                          # (or its weapons: "Ukraine's military said its drones had hit an oil refinery")
                          r"(?:(?:it|they|(?:its|their) (?:fighters|forces|troops|men|members|units|drones|aircraft|"
                          r"warplanes|jets|helicopters|artillery|missiles|rockets)|(?:he|she) and (?:his|her) "
                          r"(?:fighters|forces|troops|men))\s+(?:had\s+|has\s+|have\s+)?"
                          r"|to have\s+)"  # ("ISWAP militants claimed to have detonated an IED")
                          r"(?!been\b|no\b|not\b|never\b|(?:appear|seem|believ|suspect|want|need|plann|intend|hop|expect|"
                          r"fear|fail|receiv|learn|heard)ed\b)(?:\w+ed|left|quit|broken|split|taken|withdrawn|overrun|struck|"
                          # (or its own losses, told as a party: "JNIM said it had lost three fighters and killed 12")
                          r"shot|fought|hit|lost)\b", re.I)  # (not "police said they appeared to")
# a group owning an act by saying it was behind it ("Al Shabaab said it was behind the blast")
_SAID_IT_WAS_BEHIND = re.compile(r"\s*(?:\w+\s+){0,2}?(?:said|says|claimed|claims|announced|stated)\s+(?:that\s+)?(?:it|they)\s+"
                                 r"(?:was|were|had been|is|are)\s+(?:behind|responsible for)\b", re.I)
_CLAIMED = re.compile(r"^\s*(?:(?:forces|fighters|militants|rebels|insurgents|members|movement|faction|splinter group|"
                      r"affiliate|offshoot|wing|cell)\s+)?"  # ("Houthi forces claimed", "A TTP faction claimed")
                      r"(?:has |have |had )?(?:(?:later|also|since|quickly|swiftly|confirmed|officially)\s+(?:and\s+)?)?claim",
                      re.IGNORECASE)  # ("Al Shabaab later claimed", "confirmed and claimed")
# what a source only reports, in the passive ("police said 12 people were killed when gunmen attacked a bus",
# "police reported 64 men killed"): not its own act
_NOT_ARMED_WORD = (r"(?!(?:gang|militants?|rebels?|insurgents?|terrorists?|fighters?|gunmen|bandits?|attackers|assailants|"
                   r"suspects?|criminals|robbers|jihadists|kidnappers)\b)")
_SOURCE_TOLD_PASSIVE = re.compile(
    r"^\s*(?:[\w.'\-]+\s+){0,2}?(?:said|says|stated|reported|announced|confirmed|told(?:\s+\w+){0,2}?)\s+(?:that\s+)?"
    r"(?:(?:" + _NOT_ARMED_WORD + r"[\w-]+\s+){1,4}?(?:were|was|had been|have been|has been|are|is)\s+(?:\w+\s+)?|"
    r"(?:at least\s+|about\s+|some\s+|nearly\s+|more than\s+|over\s+)?\d+\s+(?:" + _NOT_ARMED_WORD + r"[\w-]+\s+)?)"
    r"(?:killed|shot|dead)\b", re.IGNORECASE)
# (or announced a truce of its own: "FARC dissidents announced a unilateral ceasefire")
_ACTED = re.compile(r"\b(?:killed|shot|attacked|fired|arrested|dispersed|targeted|struck|bombed|shelled|"
                    r"(?:cease-?fire|truce)s?)\b", re.IGNORECASE)


def _actor_mentions(text: str, sentences: list[Sentence], country: str, day: date,
                    cand: Candidate | None = None) -> list[actor_lib.ActorMention]:
    out = []
    for s in sentences:
        labelled: actor_lib.ActorMention | None = None
        former_end: int | None = None  # the end of the last former member's force
        for m in actor_lib.find_actors(s.text, country=country, event_date=day, offset=s.start):
            if cand is not None and not cand.covers(m.start):
                continue
            if _is_attribution(text, m, s):
                continue
            if "[" in s.text and _CODER_ASIDE.search(text, s.start, m.start):
                continue  # "[geocode for KIA 11th battalion fighting in X]": a coder's note on the place
            told_as_them = bool(out) and out[-1].kind == "unidentified" and _BELIEVED_TO_BE.fullmatch(text, out[-1].end, m.start)
            if m.inter in _ARMED and not told_as_them and (
                    _cue(_LABEL_BEFORE, text[max(s.start, m.start - 60):m.start]) or (
                    labelled is not None and labelled.name == m.name and _GLOSS.fullmatch(text, labelled.end, m.start))):
                # (not unnamed doers told as a group's: "armed men suspected of belonging to JNIM stormed Solhan")
                labelled = m  # "accusing him of being a TNLA member": a label, not a party to the event
                continue  # (and its gloss: "accomplices of Boko Haram (JAS)")
            own = m.end - 2 if text[m.end - 2:m.end] in ("'s", "’s") else m.end  # ("a police officer's wife")
            if m.inter in _ARMED and _cue_at(_RELATIVE_AFTER, text[own:own + 40]):
                continue  # "a military corporal's wife": the relative is the person concerned
            if m.inter in _ARMED and _FROM_BEFORE.search(text, max(0, m.start - 12), m.start) \
                    and _FORCE_PROPERTY.match(text, m.end):
                continue  # "fired at the mountain range from a border police camp": where it fired from
            if m.inter in _ARMED and (_FORMER_BEFORE.search(text, max(s.start, m.start - 30), m.start) or (
                    former_end is not None and _JOINED_FORMER.fullmatch(text, former_end, m.start))):
                # "a former officer of the army", "a retired police officer", "the former major of the BGF force and
                # DKBA": a civilian now
                m = dataclasses.replace(m, name=f"Civilians ({country})", inter=7, kind="civilians",
                                        rule=f"{m.rule}; a former member: a civilian")
                former_end = m.end
            if m.kind == "unidentified" and out and out[-1].kind != "unidentified" \
                    and _GROUP_APPOSITION.fullmatch(text, out[-1].end, m.start):
                continue  # "the KIA, one of the country's oldest ethnic armed groups, overran ...": what it is
            if m.kind == "civilians" and _NONE_OF.search(text, max(s.start, m.start - 12), m.start):
                continue  # "3 militants were killed and no civilians were harmed": no civilians hit
            if m.inter in (1, 8) and _LOOKED_ON.match(text, m.end):
                continue  # "Goons attacked protesters as police looked on": a force that watched is no side
            if m.inter in (1, 8) and _ARRIVED_LATE.match(text, m.end) \
                    and _BEFORE_THEY_CAME.search(text, max(s.start, m.start - 16), m.start):
                continue  # "beat them to death before police arrived": a force that came too late is no side
            if m.name == _UN:
                mission = _one_un_mission(text, country, day)
                if mission is not None:
                    # "a MONUSCO base ... peacekeepers opened fire": the article's one mission
                    m = dataclasses.replace(m, name=mission.name, inter=mission.inter,
                                            rule=f"{m.rule}; the one UN mission told ({mission.text!r})")
            out.append(m)
    return out


_UN = "United Nations"
_JOINED_TO = re.compile(r"\s*(?:(?:volunteers|fighters|militiamen|members|auxiliaries|troops|soldiers|forces)\s*)?"
                        r"(?:,|and|&|,\s*and)\s*(?:the\s+)?", re.I)  # ("VDP volunteers and soldiers")


def _beside_a_force(text: str, m: actor_lib.ActorMention, mentions: list[actor_lib.ActorMention]) -> bool:
    """A group told joined to a state force ("Soldiers and VDP", "the CJTF and troops"): on the force's side."""
    return any(n.inter in (1, 8) and n.kind.startswith("state") and (
        _JOINED_TO.fullmatch(text, n.end, m.start) or _JOINED_TO.fullmatch(text, m.end, n.start)) for n in mentions)
_GROUP_APPOSITION = re.compile(r"\)?\s*,\s*(?:(?:one|some|part)\s+of\s+)?(?:the|an?)\s+(?:[\w'’-]+\s+){0,5}", re.I)
# a change to a group told as leaving another ("left the RSF", "broke away from the ELN")
_LEFT_GROUP = re.compile(r"(?:left|quit|deserted|abandoned|broke|broken|breaking|break|split|splitting|splintered)\b", re.I)
_NONE_OF = re.compile(r"\b(?:no|nor any|not any)\s+$", re.I)
_AFTER_THEY_SURRENDERED = re.compile(r"\b(?:after|when|though|although|even though)\s+(?:they|he|she|the \w+)\s+(?:had\s+)?"
                                     r"(?:already\s+)?surrendered\b|\bafter\s+surrendering\b", re.I)
_LOOKED_ON = re.compile(r"\s+(?:officers\s+|officials\s+)?(?:\w+ly\s+)?(?:looked on|watched|stood by|stood idly by|did nothing)\b", re.I)
_BEFORE_THEY_CAME = re.compile(r"\b(?:before|by the time)\s+(?:the\s+|any\s+)?$", re.I)
_ARRIVED_LATE = re.compile(r"\s+(?:could\s+|were\s+able\s+to\s+)?(?:arrived|arrive|came|reached|got there|intervened|"
                           r"intervene)\b", re.I)
_CROWD_THEN_ACT = re.compile(r"\s+(?:[\w-]+\s+){0,2}", re.I)  # "students clashed", "students later clashed"
_FOUGHT_WITH = re.compile(r"\b(?:with|against)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_KILLED_DURING_A_MARCH = re.compile(r"\b(?:killed|killing|shot dead|shooting dead|shot and killed)\b[^.;]{0,60}\b(?:during|at)\s+"
                                    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:protests?|demonstrations?|march|rally|sit-in)\b",
                                    re.I)
# a crowd's own violence told with it (a riot, not a protest the force fired on)
_PROTESTERS_VIOLENT = re.compile(r"\b(?:stones?|rocks|petrol bombs?|molotov|set fire|torched|looted|burn(?:ed|t|ing)|"
                                 r"attacked|stormed|clashed|clashes|vandali[sz]ed|barricades?)\b", re.I)
_PEACEFUL_CROWD = re.compile(r"\b(?:peaceful(?:ly)?|unarmed)\b", re.I)
_ALLIED_WITH_BEFORE = re.compile(r"\s*(?:,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.I)
_JOINED_FORMER = re.compile(r"\s*(?:force|forces|militia|group)?\s*(?:,|and|or)\s*(?:the\s+)?", re.I)
_FORMER_BEFORE = re.compile(r"\b(?:former|retired|ex-)\s*(?:[\w-]+\s+){0,2}?(?:of\s+(?:the\s+)?)?$", re.I)


@lru_cache(maxsize=64)
def _one_un_mission(text: str, country: str, day: date) -> actor_lib.ActorMention | None:
    """The one UN mission an article names ("MONUSCO", "UNMISS"), which its peacekeepers belong to."""
    missions = {m.name: m for m in actor_lib.find_actors(text, country=country, event_date=day)
                if m.kind == "external" and m.name != _UN and _UN in m.name}
    return next(iter(missions.values())) if len(missions) == 1 else None


_POSING_AS = re.compile(r"\b(?:posing as|disguised as|dressed as|impersonating|pretending to be|masquerading as)\s+"
                        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)
_WEAPON_LAUNCHED_BY = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?|shells?|mortars?|bombs?)\s+(?:that\s+)?(?:were\s+|was\s+)?"
                                 r"(?:launched|fired|operated|sent|flown|dropped)\s+by\s+(?:the\s+)?$", re.I)
# "an AQAP-planted IED", "a Houthi-laid landmine": the group the weapon is named after set it
_PLANTED_AFTER = re.compile(rf"-(?:{actor_lib.SET_THE_WEAPON})\b", re.I)
_SHOT_DOWN_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,5}?(?:shot down|intercepted|downed|destroyed)\s+"
                              r"(?:[\w-]+\s+){0,4}?(?:drones?|missiles?|rockets?|UAVs?)\b", re.I)
_FROM_BEFORE = re.compile(r"(?<!\bbe )(?<!\bbeen )\bfrom\s+(?:(?:an?|the|its|their)\s+)?$", re.I)  # (not "believed to be from the")
_GLOSS = re.compile(r"\s*[(\[]\s*")
_CODER_ASIDE = re.compile(r"\[(?:geocode|geo-?coded|coded|coordinates|location|size)\b[^\]]*$", re.I)


_OFF_DUTY = re.compile(r"\b(?:off[- ]duty|plain[- ]?clothe[sd]|on (?:annual |home )?leave|(?:a |on (?:a |his |her ) )?family visit|"
                       r"visit(?:ing)? (?:his|her) (?:family|relatives|parents)|while (?:he|she) was (?:shopping|"
                       r"at home|asleep|sleeping|on leave|visiting|at (?:an? |the )(?:[\w-]+ )?(?:shop|market|restaurant|"
                       r"tea ?shop|bar|cafe|hotel))|at (?:his|her|their) (?:home|house)|"
                       r"in front of (?:his|her|their) (?:home|house)|(?:travell?ing|going|on (?:his|her|their) way) to "
                       r"(?:see|visit|meet) (?:his|her|their))\b", re.I)
_KIN = r"wife|husband|son|daughter|child|children|family|mother|father|relatives?|brother|sister|parents|widow"
_RELATIVE_AFTER = re.compile(rf"^\s*(?:(?:[\w-]+\s+){{0,2}}?[\w-]+)?['’]s\s+(?:{_KIN})\b", re.I)
_LABEL_BEFORE = re.compile(
    r"\b(?:handed (?:over )?to|reported (?:it |the \w+ )?to|taken to|alerted|called|rescued by|"
    # (whom a killer gave himself up to: "hacked his wife to death ... before surrendering to police")
    r"surrender(?:ed|ing|s)? (?:himself |herself |themselves )?to|turned (?:himself|herself|themselves) (?:in|over) to)"
    r"\s+(?:the\s+)?(?:state\s+|local\s+|federal\s+)?$|"
    r"\b(?:claimed|said|alleged|believed) (?:that )?(?:he|she|they|the \w+) (?:was|were|had been) (?:an? )?"
    r"(?:members?|supporters?|fighters?|soldiers?) of (?:the )?$|"
    r"\b(?:(?:political wing|civilian wing|staff|employees?|informants?|relatives?|famil(?:y|ies)|wives|wife|"
    r"stronghold|bastion|heartland|hotbed) of|"  # ("a former stronghold of the Pakistani Taliban": a place's label)
    r"(?:alleged |suspected )?(?:ties|links|connections|affiliation|association) (?:to|with)|informing|informed)"
    r"\s+(?:the\s+)?(?:\w+\s+)?$|"
    r"\b(?:accus\w*|suspect\w*|suspicion|described|alleged(?:ly)?|branded|labell?ed)\s+(?:\w+\s+){0,3}?"
    r"(?:of\s+|as\s+)?(?:being\s+|belonging to\s+|supporting\s+|having links (?:to|with)\s+|links (?:to|with)\s+|working for\s+|"
    r"(?:being\s+)?involved in\s+|collaborating with\s+|informants? (?:for|of)\s+)(?:an?\s+|the\s+)?(?:(?:member|members|supporter|supporters|"
    r"soldier|soldiers|fighter|fighters)\s+of\s+(?:the\s+)?)?(?:\w+\s+)?$|"
    # "two youths described as accomplices of Boko Haram"
    r"\b(?:accus\w*|suspect\w*|described|alleged(?:ly)?|branded|labell?ed)\s+(?:\w+\s+){0,3}?(?:as|of being)\s+"
    r"(?:an?\s+|the\s+)?(?:accomplices?|collaborators?|associates?|sympathi[sz]ers?|informants?|spies|spy)\s+"
    r"(?:of|for|to)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
_EACH_OTHER = re.compile(r"\s+(?:each other|one another)\b", re.I)
_ACT_ON_EACH_OTHER = re.compile(r"[\w-]+(?:\s+(?:at|on|with|against))?\s+(?:each other|one another)\b", re.I)
# ("its troops, operating jointly with Ugandan forces, had killed five ADF fighters")
_JOINT_WORDS = (r"(?:(?:operating|working|fighting|acting)\s+)?(?:jointly\s+with|alongside|in\s+(?:a\s+)?joint\s+"
                r"(?:operations?|offensives?|patrols?)\s+with)")
# ("the army's 250th LIB, together with ..."; a unit's number and acronym may come before the link)
# a unit's number, acronym or noun told after a group's name ("the army's 250th LIB", "FACA soldiers")
_UNIT_AFTER_NAME = (r"(?:\s+(?:\d+\w*|\(?(?-i:[A-Z]{2,6})\)?|battalions?|brigades?|units?|troops|soldiers|columns?|forces|"
                    r"fighters|militants|militiamen|rebels|insurgents|jihadists|militias?|volunteers|auxiliaries|members|personnel|"
                    r"officers|policemen|agents))*")
# an ally told with a hedge: "VDP militiamen, reportedly backed by soldiers"
_HEDGED_BY = r"(?:reportedly\s+|allegedly\s+|apparently\s+)?"
_ALLIED = re.compile(rf"^{_UNIT_AFTER_NAME}"
                     r"\s*(?:,|and|,\s*and|[-–—]|along with|together with|with|(?:,\s*)?" + _HEDGED_BY + r"(?:accompanied|backed|supported) by|"
                     rf",?\s*{_JOINT_WORDS}|"
                     r"\(and|under|serving (?:with|under)|deployed (?:with|under)|part of)\s+(?:the\s+|its\s+|their\s+)?"
                     r"(?:\w+\s+){0,2}$", re.I)  # ("Kenyan troops under ATMIS clashed with Al Shabaab")


def _start_of_sentence(offset: int, sentences: list[Sentence]) -> int:
    """The start of the sentence holding an offset (the first sentence's start when none does)."""
    return next((s.start for s in sentences if s.start <= offset < s.end), sentences[0].start)


_BACKED_BY = re.compile(r"\b(?:backed|supported|assisted|aided)\s+by\b", re.I)
_JOINED_AS_BACKERS = re.compile(r"\b(?:(?:backed|supported|assisted|aided|accompanied)\s+by|along\s+with|together\s+with|alongside)\b",
                                re.I)


def _join_allies(text: str, cand: Candidate, armed: list[actor_lib.ActorMention],
                 perpetrator: actor_lib.ActorMention | None, reasons: list[str]) -> list[actor_lib.ActorMention]:
    """The armed actors with the allies of the first side taken out (kept as its associates)."""
    allies = [m for m in _allies(text, armed, cand.trigger.start) if m is not perpetrator]
    lead = min((m for m in armed if m.end <= cand.trigger.start and m not in allies), key=lambda m: m.start, default=None)
    state = next((m for m in allies if m.inter in (1, 8)), None)
    if lead is not None and state is not None and lead.inter not in (1, 8) and lead is not perpetrator \
            and not _BACKED_BY.search(text, lead.end, state.start):
        # "VDP volunteers and soldiers repelled an attack": the state's forces lead the side, their auxiliaries join it
        # (not a state that backs a group: "M23 rebels backed by Rwandan troops entered Goma" is M23's act)
        allies = [lead] + [m for m in allies if m is not state]
        lead = state
    if not allies:
        # (or the side acted on, named together after the act: "3R combatants attacked Wagner Group forces and FACA
        # soldiers")
        allies, lead = _allies_after(text, cand, armed)
    if not allies:
        return armed
    cand.allies = sorted({m.name for m in allies})
    cand.allied_to = lead.name if lead is not None else ""
    reasons.append("actors named together before the act: allies, " + ", ".join(repr(m.text) for m in allies))
    return [m for m in armed if m not in allies]


def _verb_then_object(text: str, at: int, armed: list[actor_lib.ActorMention]) -> bool:
    """A two-sided verb with an armed object right after it ("fought al Shabaab"): the subjects are one side."""
    verb = _TWO_SIDED_VERB.match(text, at)
    return verb is not None and any(_VERB_OBJECT_GAP.fullmatch(text, verb.end(), m.start) for m in armed
                                    if m.start >= verb.end())


_VERB_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")


def _allies(text: str, armed: list[actor_lib.ActorMention], trigger_start: int) -> list[actor_lib.ActorMention]:
    """Armed actors named together as the subject before a one-sided act ("the military and BGP
    arrested..."): one side. Returns the ones after the first, which join it."""
    if _ACT_ON_EACH_OTHER.match(text, trigger_start):
        return []  # "Los Chapitos and La Mayiza, rival factions of the Sinaloa Cartel, fought each other": two sides
    before = sorted((m for m in armed if m.end <= trigger_start), key=lambda m: m.start)
    joined = []
    for a, b in zip(before, before[1:], strict=False):
        # (nor the dead of both sides: "Five militants and a soldier were killed when troops clashed with the BIFF")
        # (a force told as backed by another is one side even before a two-sided verb: "Haitian police officers, backed
        # by Kenyan personnel of the MSS mission, exchanged fire with gang members")
        if _ALLIED.match(text[a.end:b.start]) and not _BETWEEN_BEFORE.search(text, max(0, a.start - 20), a.start) \
                and not (_is_victim(text, a) and _is_victim(text, b)) \
                and not (b is before[-1] and _SIDES_BEFORE_VERB.fullmatch(text, b.end, trigger_start)
                         and _TWO_SIDED_VERB.match(text, trigger_start)
                         and not _JOINED_AS_BACKERS.search(text, a.end, b.start)
                         # (not a verb with its object: "AUSSOM and Somali forces fought al Shabaab")
                         and not _verb_then_object(text, trigger_start, armed)):
            # "between the army and the SSA-N" names two sides, not allies; so does "the military and the Arakan Army
            # clashed"
            joined.append(b)
    return joined


def _allies_after(text: str, cand: Candidate, armed: list[actor_lib.ActorMention],
                  ) -> tuple[list[actor_lib.ActorMention], actor_lib.ActorMention | None]:
    """Armed actors named together right after the act, in its sentence ("attacked Wagner Group forces and FACA
    soldiers"): one side, the ones after the first joining it. ([], None) when there are none."""
    end = next((s.end for s in cand.sentences if s.start <= cand.trigger.start < s.end), cand.trigger.end)
    after = sorted((m for m in armed if cand.trigger.end <= m.start and m.end <= end), key=lambda m: m.start)
    if not after or _BETWEEN_SIDES.search(text, cand.trigger.start, after[0].start):
        # (not the two sides of a fight: "clashes between Borana and Samburu militias")
        return [], None
    joined: list[actor_lib.ActorMention] = []
    for a, b in zip(after, after[1:], strict=False):
        if a.name == b.name or _ALLIED_AFTER.match(text, a.end, b.start) is None \
                or _is_victim(text, a) or _is_victim(text, b):
            break
        joined.append(b)
    if not joined:
        return [], None
    # (the state's forces lead the side they fight on, their allies beside them: "Wagner Group forces and FACA soldiers")
    side = [after[0], *joined]
    lead = next((m for m in side if m.inter == 1), side[0])
    return [m for m in side if m is not lead], lead


_BETWEEN_SIDES = re.compile(r"\b(?:between|pitting|involving)\b", re.I)
# (only the words that join two named as one side: a comma or "with" after the act may start an attribution or a weapon)
_ALLIED_AFTER = re.compile(rf"{_UNIT_AFTER_NAME}"
                           r"\s*,?\s*(?:and|along with|together with|" + _HEDGED_BY + r"(?:backed|supported) by|"
                           rf"{_JOINT_WORDS})\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:(?-i:[A-Z])[\w'’-]*\s+|allied\s+|local\s+|pro-[\w-]+\s+|government\s+){0,2}$", re.I)
_SIDES_BEFORE_VERB = re.compile(r"\s+(?:(?:again|reportedly|also|had|have|heavily|fiercely|briefly)\s+)*", re.I)
# (not "the KNU and allied PDFs clashed with the junta": two on one side, the other told after)
_TWO_SIDED_VERB = re.compile(r"(?:clash|fought|fight|battl|skirmish|exchang)\w*\b(?!\s+(?:[\w-]+\s+){0,2}?(?:with|against)\b)",
                             re.I)


# one side told with its ally, whatever the order of the act ("its troops, operating jointly with Ugandan forces,
# had killed five ADF fighters in clashes")
_JOINTLY = re.compile(rf",?\s*(?:{_JOINT_WORDS}|backed\s+by|supported\s+by)\s+(?:the\s+)?$", re.I)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|pitting)\s+(?:the\s+)?$", re.I)
_AND_BETWEEN = re.compile(r"\s*(?:[\w-]+\s+)?(?:and|&|against)\s+(?:the\s+)?", re.I)


def _sides_between(text: str, armed: list[actor_lib.ActorMention]
                   ) -> tuple[actor_lib.ActorMention, actor_lib.ActorMention] | None:
    """Two non-state sides told as "between A and B", in that order."""
    for a, b in zip(armed, armed[1:], strict=False):
        if a.inter in (2, 3, 4) and b.inter in (2, 3, 4) and a.name != b.name and a.end <= b.start \
                and _BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start) and _AND_BETWEEN.fullmatch(text, a.end, b.start):
            return a, b
    for g, a, b in zip(armed, armed[1:], armed[2:], strict=False):
        # "fighting between rival gangs, including Los Choneros and Los Lobos": the two the category is told as
        if g.name.startswith("Unidentified") and a.inter in (2, 3, 4) and b.inter in (2, 3, 4) and a.name != b.name \
                and g.end <= a.start and a.end <= b.start and _BETWEEN_KINDS.search(text, max(0, g.start - 30), g.start) \
                and _LISTED_AFTER.fullmatch(text, g.end, a.start) and _AND_BETWEEN.fullmatch(text, a.end, b.start):
            return a, b
    return None


_BETWEEN_KINDS = re.compile(r"\b(?:between|pitting)\s+(?:the\s+)?(?:(?:rival|armed|criminal|several|two)\s+)*$", re.I)
_LISTED_AFTER = re.compile(r",?\s+(?:including|such as|among them|notably)\s+(?:the\s+)?", re.I)


def _generic(kind: str, country: str, day: date, rule: str) -> Role:
    if kind in ("state-military", "state-police", "government"):
        name, reason = actor_lib.state_actor(kind, country, day)
        return Role(name, 1, rule + (f"; {reason}" if reason else ""), default=True)
    name, inter = actor_lib.generic_actor(kind, country)
    return Role(name, inter, rule, default=True)


def _role(m: actor_lib.ActorMention) -> Role:
    return Role(m.name, m.inter, m.rule)


_NAMED_KINDS = ("rebel", "militia", "identity-militia", "external")


# inside brackets opened right after a group's name, listing what it is made of (not "(and the MNDAA)": allies)
_MEMBERS_GLOSS = re.compile(r"\s*\((?!\s*(?:and|with|along|together|alongside|backed|supported)\b)[^()]*")
# ("armed men suspected of belonging to JNIM", "gunmen affiliated with JNIM")
_BELIEVED_TO_BE = re.compile(r"\s*[\[(,]?\s*(?:who (?:are|were) )?(?:(?:believed|suspected|thought|said|presumed) to "
                             r"(?:be|have been|belong to)|suspected of (?:belonging to|being)|affiliated with|belonging to)\s+"
                             r"(?:(?:members|fighters|militants) of\s+|from\s+)?(?:the\s+|an?\s+)?"
                             r"(?:(?:banned|outlawed|proscribed)\s+)?", re.I)
# "armed men whom survivors described as Fulani herders", "gunmen, identified by police as ...": who they were
# ("Insurgents, known locally as 'al-Shabaab'": the name they go by)
_DESCRIBED_AS = re.compile(r"\s*,?\s*(?:(?:whom|who)\s+(?:[\w-]+\s+){1,2}(?:described|identified)|(?:described|identified)"
                           r"(?:\s+by\s+(?:[\w-]+\s+)?[\w-]+)?|known(?:\s+(?:locally|here|widely))?)\s+as\s+['‘\"“]?"
                           r"(?:(?:an?|the)\s+)?(?:(?:members|fighters|militants)\s+of\s+(?:the\s+)?)?", re.I)
_SUSPECTED_AFTER = re.compile(r",\s*(?:who (?:are|were) )?(?:believed|suspected|thought|presumed) to (?:be|have been|belong to)\s+"
                              r"(?:members of\s+)?(?:the\s+)?$", re.I)
# a relative clause telling whom a group backs ("a civilian militia that supports the army")
_BACKER_CLAUSE = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:that|which|who)\s+(?:supports?|backs?|fights?\s+"
                            r"(?:alongside|with)|works?\s+(?:with|alongside)|is\s+(?:allied|loyal|close)\s+to|is\s+aligned\s+"
                            r"with|(?:has\s+)?long\s+supported)\s+(?:the\s+)?$", re.I)
_EITHER = re.compile(r"^\s*(?:or|and/or|/|or possibly|or the)\s*$", re.I)


# "rebels of the ADF", "troops from the KIA": the generic word and the group are one actor
_OF_THE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:(?:joint|combined|allied)\s+forces?\s+of\s+(?:the\s+)?)?")


def _told_as_doers(text: str, n: actor_lib.ActorMention) -> bool:
    """A named group in a sentence that says it did the act told before (claims, blame, who the attackers were)."""
    start = text.rfind(". ", 0, n.start) + 2
    end = text.find(". ", n.end)
    sentence = text[start:end if end > 0 else len(text)]
    return bool(_cue(_RESPONSIBILITY, sentence)) and not _cue(_NO_CLAIM, sentence)


_BLAMING_BEFORE = re.compile(r"\b(?:blaming|blamed|blames)\s+(?:it\s+on\s+|the\s+attack\s+on\s+)?(?:the\s+)?$", re.I)
_GROUP_MENTION = re.compile(r"(?:the )?(?:rebels|insurgents|militants|jihadists|fighters)", re.I)


def _unique(mentions: list[actor_lib.ActorMention], text: str) -> list[actor_lib.ActorMention]:
    """One mention per actor; "ADF rebels" / "rebels of the ADF" / "al-Shabaab militants" are one."""
    named = [m for m in mentions if m.kind in _NAMED_KINDS]
    seen, out = set(), []
    prev_named: actor_lib.ActorMention | None = None
    for m in mentions:
        if m.kind in _NAMED_KINDS:
            if prev_named is not None and _EITHER.match(text[prev_named.end:m.start]):
                # "JNIM or ISGS militants": one attacker, not two sides, named as ACLED names an
                # uncertain perpetrator: "A and/or B"
                if prev_named.name != m.name and prev_named in out and " and/or " not in prev_named.name:
                    joint = dataclasses.replace(prev_named, name=f"{prev_named.name} and/or {m.name}", end=m.end,
                                                text=text[prev_named.start:m.end],
                                                rule=f"{prev_named.rule}; either {m.text!r}: 'and/or'")
                    out[out.index(prev_named)] = joint
                    prev_named = joint
                continue
            if prev_named is not None and prev_named.name != m.name and _MEMBERS_GLOSS.fullmatch(text, prev_named.end, m.start):
                continue  # "the Three Brotherhood Alliance (MNDAA, TNLA and AA)": its members, one side with it
            prev_named = m
        if m.kind == "unidentified" and any(
                -20 <= n.start - m.end <= 1 or 0 <= m.start - n.end <= 1
                or _OF_THE.fullmatch(text[m.end:n.start]) or _BELIEVED_TO_BE.fullmatch(text, m.end, n.start)
                or _DESCRIBED_AS.fullmatch(text, m.end, n.start)
                or (0 < n.start - m.end <= 200 and "suspected" in text[m.end:n.start]
                    and _SUSPECTED_AFTER.search(text, max(m.end, n.start - 40), n.start) is not None
                    and not _CLAUSE_END.search(text, m.end, n.start))
                # "Gunmen killed 11 people ..., the army said, blaming National Liberation Army (ELN) rebels"
                # (or in the sentence after: "Twenty-six people were killed; police blamed The Resistance Front")
                # (or named in the sentence after as the doers: "Police attributed the kidnapping to a gang of the Viv
                # Ansanm coalition", "The Balochistan Liberation Army later said ... its fighters had carried out the attack")
                # (a group's, not guards' who killed a suspect: "... was shot dead by gunmen. One suspect was killed by
                # security guards")
                or (0 < n.start - m.end <= 300 and text.count(". ", m.end, n.start) == 1 and n.inter in (2, 3, 4)
                    and not n.name.startswith(actor_lib.PRIVATE_SECURITY) and _told_as_doers(text, n))
                or (0 < n.start - m.end <= 250 and "blam" in text[m.end:n.start] and text.count(". ", m.end, n.start) <= 1
                    and _BLAMING_BEFORE.search(text, max(m.end, n.start - 30), n.start) is not None)
                for n in named):
            # "ADF rebels", "rebels of the ADF", "gunmen [believed to be JNIM]", "unknown gunmen set ablaze a
            # police station, suspected to be IPOB members": the named group
            continue
        if m.name.startswith("Unidentified Communal Militia") and any(
                n.kind == "identity-militia" and not n.name.startswith("Unidentified") and n.start >= m.end
                and _BELIEVED_TO_BE.fullmatch(text, m.end, n.start) for n in named):
            continue  # "armed raiders believed to be from the Pokot community": the community named
        if m.kind != "civilians" and _BACKER_CLAUSE.search(text, max(0, m.start - 60), m.start) \
                and any(0 < m.start - n.end <= 120 for n in named):
            continue  # "the VDP, a civilian militia that supports the army, killed nine civilians": whom a group backs
        if m.kind == "external" and any(n.kind == "external" and n.name != m.name and 0 <= m.start - n.end <= 1
                                        for n in mentions):
            continue  # "MINUSCA peacekeepers": the mission's own troops
        if m.kind == "unidentified" and _GROUP_MENTION.fullmatch(m.text) and len({n.name for n in named}) == 1 \
                and named[0].kind in ("rebel", "militia") and named[0].end <= m.start \
                and not _beside_a_force(text, named[0], mentions):
            # (not a militia told beside the state's forces, on their side: "Soldiers and VDP repelled an attack by
            # jihadists")
            continue  # "M23 rebels seized Sake ... The army said it had killed 30 rebels": the one group named
        if m.kind.startswith("state") and _GENERIC_FORCE.fullmatch(m.text) and any(
                0 <= m.start - n.end <= 40 and _UNIT_WORDS.fullmatch(text[n.end:m.start])
                and not _AND_ONLY.fullmatch(text[n.end:m.start]) for n in named):
            # "TNLA troops", "KIA's 9th Battalion troops": the named group's own fighters (not "the AA and
            # military clashed": the other side)
            continue
        if m.kind.startswith("state") and _GENERIC_FORCE.fullmatch(m.text) and any(
                0 <= n.start - m.end <= 40 and _OF_THE.fullmatch(text[m.end:n.start])
                for n in named):
            continue  # "30 soldiers of AA", "troops from the joint forces of the TNLA": the group's own fighters
        if m.name not in seen:
            seen.add(m.name)
            out.append(m)
    return out


_ARMED = {1, 2, 3, 4, 8}
_NON_STATE = frozenset({2, 3, 4})  # rebels, political and identity militias
_COMMUNITY_PEOPLE = re.compile(r"\b(?:villagers|residents|herders|herdsmen|pastoralists|members|communit(?:y|ies)|"
                               r"farmers|families|villages|clans?)$", re.I)
# "the KIA post", "KIA's 6th battalion headquarters": a group named as the place hit is the target
_TARGET_AFTER = re.compile(r"^\s*(?:['’]s\s+)?(?:(?:\d+\w*|frontline|front-line|forward|main|mobile|military|"
                           r"battalions?|brigades?|hilltop|training|fighters['’]?)\s+){0,3}(?:post|posts|base|bases|camp|camps|"
                           r"positions?|outposts?|headquarters|hideouts?|strongholds?|stations?|offices?|compounds?|"
                           r"checkpoints?|barracks)\b", re.I)
# a force naming a site ("army recruitment centre", "police training school"): where a blast hit, not who set it off
_FORCE_SITE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:centres?|centers?|schools?|academy|hospital|headquarters|barracks|"
                               r"bases?|camps?|posts?|stations?|checkpoints?|convoys?|vehicles?|buses|bus|trucks?)\b", re.I)
_PLACE_OF_BEFORE = re.compile(r"\b(?:headquarters|base|bases|posts?|outposts?|positions|camps?|hideouts?|strongholds?|offices?|"
                              r"compound|depots?|targets|barracks|checkpoints?|convoys?|garrisons?|"
                              r"training (?:camp|centre|center))\s+of\s+(?:the\s+)?$", re.I)
# "pagers used by Hezbollah members exploded": what the group owned was hit, wherever the act is told
# (and a place's customers: "a tea shop frequented by soldiers", "a bar popular with police officers")
_OWNED_BY_BEFORE = re.compile(r"\b(?:belonging to|used by|owned by|carried by|frequented by|popular with|patroni[sz]ed by)\s+"
                              r"(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
# ("a landmine left by Russian forces": only with its agent, not "soldiers left the area")
_PLANTED_BY = re.compile(r"\b(?:planted|laid|placed|buried|detonated|set off|triggered|remotely detonated|left(?=\s+by\b))\b",
                         re.I)
_BY = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
_WORDS_BEFORE_NAME = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}")


def _forces_set_it(text: str, m: actor_lib.ActorMention) -> bool:
    """The text says the forces named here planted or set off the device ("soldiers detonated the mine", "a
    landmine planted by the army"), not someone else ("a military convoy ran over an IED planted by ISWAP")."""
    for verb in _PLANTED_BY.finditer(text, max(0, m.start - 40), m.end + 40):
        by = _BY.match(text, verb.end())
        # (by them: "planted by the Myanmar army", the mention being "army")
        if by is None or by.end() - 4 <= m.start and (
                by.end() >= m.start or _WORDS_BEFORE_NAME.fullmatch(text, by.end(), m.start)):
            return True
    return False
# what a crowd does to people it targets ("stoned passing motorists"), not who it inconvenienced
_CROWD_HARMED = re.compile(r"\b(?:attack\w*|beat\w*|assault\w*|injur\w*|wound\w*|ston\w*|pelt\w*|stabb\w*|"
                           r"hack\w*|lynch\w*|kill\w*|chas\w*|evict\w*|rob\w*|harass\w*|threw \w+ at|hurl\w* \w+ at)\b"
                           r"[^.;]*$", re.I)
_ONE_SIDED_STRATEGIC = ("Change to group/activity", "Headquarters or base established")
_HARM_WORDS = (r"injur\w*|wound\w*|hurt|killed|died|dead|deaths?|damag\w*|destroy\w*|burn\w*|hit|struck|"
               r"landed (?:on|in|inside)|on fire|ablaze|fled|flee\w*|trapped")
_HARM_TOLD = re.compile(rf"\b(?:{_HARM_WORDS}|casualt\w*)\b", re.I)
# harm told, not "casualties unknown" nor "no casualties": shelling that hurt no one and hit nothing hit no one
_HARM_KNOWN = re.compile(rf"\b(?:{_HARM_WORDS}|(?<!\bno )(?<!\bwithout )casualt\w*(?!\s+(?:are |were |was |is )?(?:unknown|not (?:known|reported|"
                         rf"clear)|unclear|unconfirmed)))\b", re.I)
# people told hurt after a blast or shelling: "A civilian man was injured", "Two women were killed"
_CIVILIANS_HURT = re.compile(r"\b(?:civilians?|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|residents?|villagers?|people|"
                             r"persons?|famil(?:y|ies))\b[^.]{0,40}\b(?:was|were|got|had been|have been)\s+(?:\w+\s+)?"
                             r"(?:injured|wounded|hurt|killed)\b", re.I)
# a force listed after others among the dead: "killing 170 Afghans and 13 US service members"
_LATER_AMONG_DEAD = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\b[^.;]*\band\s+(?:[\w-]+\s+){0,3}$", re.I)
_CIVILIAN_THINGS = re.compile(
    r"\b(?:m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|father|mother|son|daughter|famil(?:y|ies)|houses?|homes?|"
    r"villages?|residential|market|school|hospital|clinic|ambulance|aid (?:convoy|workers?|trucks?)|farm(?:er)?s?|"
    r"monastery|church|mosque|passers-by|passengers?|shops?|bars?|restaurants?|hotels?|cafes?|buses|bus|"
    r"worshippers|customers|revellers|crowds?|people|pilgrims|mourners|shoppers|commuters|guests|stadium|wedding|funeral|rally|"
    # ("struck a motorcycle, killing a municipal worker", "glide bombs on an industrial area ... 1 killed"; not "residents
    # said": a source)
    r"civilians?|workers?|employees?|drivers?|traders?|vendors?|fishermen|shepherds?|herders?|teachers?|"
    r"students?|journalists?|doctors?|nurses?|paramedics?|industrial|factory|factories)\b", re.I)
# a force named only by what it is, which after a group's name means the group's own fighters
_UNIT_WORDS = re.compile(
    r"(?:\s*(?:\d+(?:st|nd|rd|th)?|and|battalions?|brigades?|regiments?|divisions?|units?|compan(?:y|ies)|under|the|"
    r"of|no\.?|['’]s))*\s*", re.I)
_AND_ONLY = re.compile(r"\s+and\s+(?:the\s+)?", re.I)
_GENERIC_FORCE = re.compile(r"(?:the )?(?:troops|soldiers?|forces|fighters|army|military|servicem[ae]n|commandos?)", re.I)


def _assoc_for(assoc: list[actor_lib.ActorMention], near: int | None) -> str:
    return "; ".join(sorted({m.name for m in assoc}))


class _Text:
    """An event's words, read by many case-insensitive cues: lower-cased once, and each cue
    searched once, through its caseless twin (fastre.Caseless: the same match in less time)."""

    __slots__ = ("text", "lowered", "_found")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = caseless_lower(text)
        self._found: dict[int, re.Match[str] | None] = {}  # by id(cue): cues are module constants

    def search(self, cue: re.Pattern) -> re.Match[str] | None:
        key = id(cue)
        if key in self._found:
            return self._found[key]
        found = self._found[key] = _caseless(cue).search(self.text, lowered=self.lowered)
        return found


# by id(pattern), not the pattern: hashing a compiled pattern reads its whole program every time
_CASELESS: dict[int, Caseless] = {}


def _caseless(pattern: re.Pattern) -> Caseless:
    """The pattern with its caseless twin (compiled on first use). The Caseless keeps the
    pattern alive, so its id stays its own."""
    key = id(pattern)
    if key not in _CASELESS:
        _CASELESS[key] = Caseless(pattern)
    return _CASELESS[key]


def _cue(pattern: re.Pattern, text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, through its caseless twin (for a cue read in a short span)."""
    return _caseless(pattern).search(text, lowered=caseless_lower(text))


def _cue_at(pattern: re.Pattern, text: str) -> re.Match[str] | None:
    """`pattern.match(text)`, through its caseless twin."""
    return _caseless(pattern).match(text, lowered=caseless_lower(text))


def _home_region(a1: Role, a2: Role | None, country: str) -> tuple[str, place_lib.Place] | None:
    """(group, region) for an event told with no place: the region the dictionary names as an actor's home
    ("Boko Haram militants abducted a woman" in Niger: Diffa), nearer the truth than the capital. Not for a
    government's decision about a group, taken in the capital ("the government designated the AA")."""
    if a1.name.startswith("Government of "):
        return None
    dictionary = actor_lib.load_dictionary()
    for actor in (a1, a2):
        region = actor_lib.home_region(dictionary, actor.name, country) if actor is not None else None
        place = place_lib.region_place(country, region) if region else None
        if place is not None:
            return actor.name, place
    return None


def _intervening(text: str, cand: Candidate, state: list[actor_lib.ActorMention]) -> actor_lib.ActorMention:
    """The state force told right before the act of breaking up the protest ("residents blocked a French military
    convoy ...; police fired tear gas to disperse them": the police), else the first one named."""
    for t in sorted(cand.triggers, key=lambda t: t.start):
        if t.sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
            before = [m for m in state if m.end <= t.start and not re.search(r"[.;]", text[m.end:t.start])]
            if before:
                return before[-1]
    for t in sorted(cand.triggers, key=lambda t: t.start):
        # ("Two men who organized the demonstration were taken by township police": the force that arrested them)
        by = [m for m in state if t.sub_event_type == "Arrests" and t.start < m.start <= t.end + 30
              and _BY_BEFORE.search(text, max(0, m.start - 40), m.start)]
        if by:
            return by[0]
    return state[0]


def assign_actors(
    cand: Candidate, text: str, country: str, day: date, all_sentences: list[Sentence],
) -> tuple[str, Role, Role | None, list[str]]:
    """(sub_event_type, actor1, actor2, reasons) by the ACLED conventions of each family.

    Associated groups ("Students (Kenya)") go beside the civilians they describe (assoc_actor_2).
    """
    mentions = _actor_mentions(text, cand.sentences, country, day, cand)  # read once for both steps
    sub, a1, a2, reasons = _assign_actors(cand, text, country, day, all_sentences, mentions)
    if a1.default and a1.inter == 1 and a2 is not None and a2.name == a1.name and cand.family == "remote":
        # (no state strikes its own forces: "The Jan. 28 drone strike on an outpost ... killed three U.S. soldiers", its
        # striker untold, is an armed group's)
        a1 = _generic("unidentified", country, day, "striker not named; its own forces hit: an armed group")
        reasons.append("striker not named and the state's own forces hit: Unidentified Armed Group")
    tag = _SIZE_TAG.search(text) if sub in ("Attack", "Armed clash") and cand.family == "violence" else None
    if tag is not None:
        sub, a1, a2 = _as_a_demonstration(sub, a1, a2, country, tag.group(0), reasons)
    event = _Text(" ".join(text[a:b] for a, b in cand.regions + cand.outcomes))
    if sub == "Remote explosive/landmine/IED" and any(_BOMB_DRIVEN.match(t.text) for t in cand.triggers) \
            and event.search(_BOMBER_DIED):
        # "drove a car loaded with pentolite into the police cadet school and detonated it, killing 22 people, including
        # the attacker": a vehicle bomb whose driver died with it
        sub = "Suicide bomb"
        reasons.append("a vehicle bomb whose driver died with it: suicide bomb")
    # (the sentences after it may tell the dispute: "One person was killed. This is believed to be part
    # of a dispute between Pokot and Turkana communities.")
    # (destruction too: "assailants destroyed houses in a land dispute")
    dispute = event.search(_COMMUNAL) or _COMMUNAL.search(_told_after(cand, all_sentences, 2)) \
        if cand.family == "violence" or sub == "Looting/property destruction" else None
    if dispute is not None:
        # an unnamed group fighting over land or cattle: a communal militia (ACLED codebook)
        unnamed = f"Unidentified Armed Group ({country})"
        communal = Role(f"Unidentified Communal Militia ({country})", 4,
                        f"unnamed attackers in a communal dispute: {dispute.group(0)!r}")
        # (not men told as jihadists or rebels: "Suspected jihadists killed at least 17 civilians ..., in a region where
        # armed groups have exploited ethnic tensions")
        a1 = communal if a1.name == unnamed and not _INSURGENT_WORDS.search(a1.rule) else a1
        a2 = communal if a2 is not None and a2.name == unnamed and a1.inter == 4 \
            and not _INSURGENT_WORDS.search(a2.rule) else a2
    # (on the side they were named with: "the RVC and the Freedom of Russia Legion clashed with Russian forces", where
    # the state is listed first)
    on_a2 = a2 is not None and cand.allied_to == a2.name and cand.allied_to != a1.name
    allies = [n for n in cand.allies if n != (a2.name if on_a2 else a1.name)]
    if allies and on_a2:
        a2 = Role(a2.name, a2.inter, a2.rule, "; ".join(sorted({*filter(None, a2.assoc.split("; ")), *allies})), a2.default)
    elif allies:
        a1 = Role(a1.name, a1.inter, a1.rule, "; ".join(sorted({*filter(None, a1.assoc.split("; ")), *allies})), a1.default)
    if a2 is not None and a2.inter == 7 and not a2.assoc and cand.family in ("violence", "remote", "strategic"):
        assoc = sorted({m.name for m in mentions if m.associated})
        if assoc:
            a2 = Role(a2.name, a2.inter, a2.rule, "; ".join(assoc), a2.default)
    a1, a2 = _party_sides(cand, text, mentions, a1, a2)
    return sub, a1, a2, reasons


_PARTY_NAME = re.compile(r"^[A-Z][\w-]*: ")  # "BNP: Bangladesh Nationalist Party" (not "Students (Kenya)")
_PASSIVE_JUST_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+$", re.I)


def _party_sides(cand: Candidate, text: str, mentions: list[actor_lib.ActorMention], a1: Role,
                 a2: Role | None) -> tuple[Role, Role | None]:
    """Each party a crowd or its victims belong to on its own side: "BNP supporters clashed with Awami League
    supporters" (BNP with the first crowd, AL with the second); "Suspected Awami League men attacked the home of a BNP
    leader" (BNP with the victims; the attackers' party is no crowd's, so left out)."""
    told_parties = [m for m in mentions if m.associated and _PARTY_NAME.match(m.name)]
    if not told_parties:
        return a1, a2
    names = {m.name for m in told_parties}
    # (not a party told as the owner of another group: "the Bangladesh Chhatra League, the ruling Awami League's
    # student wing")
    parties = [m for m in told_parties if not (m.text.endswith(("'s", "’s")) or text[m.end:m.end + 2] in ("'s", "’s"))]
    sides = {1: [n for n in a1.assoc.split("; ") if n and n not in names],
             2: [n for n in a2.assoc.split("; ") if n and n not in names] if a2 is not None else []}
    open1, open2 = a1.inter in (5, 6, 7), a2 is not None and a2.inter in (5, 6, 7)
    passive = bool(_PASSIVE_TRIGGER.match(cand.trigger.text)
                   or _PASSIVE_JUST_BEFORE.search(text, max(0, cand.trigger.start - 8), cand.trigger.start))
    in_order = list(dict.fromkeys(m.name for m in sorted(parties, key=lambda m: m.start)))
    for m in parties:
        # told as the act's doer, by where it stands (two parties and two crowds: the first told is the first crowd's)
        doer = (m.name == in_order[0] if len(in_order) >= 2 and open1 and open2
                else m.start < cand.trigger.start) != passive
        side = (1 if doer else 2) if open1 and open2 else 1 if open1 else 2 if open2 and not doer else None
        if side is not None:
            sides[side].append(m.name)
    a1 = dataclasses.replace(a1, assoc="; ".join(sorted(set(sides[1]))))
    if a2 is not None:
        a2 = dataclasses.replace(a2, assoc="; ".join(sorted(set(sides[2]))))
    return a1, a2


_TAKEN_ONES_OF = re.compile(r"\s+(?:(?:an?|the|one|two|three|four|five|six|\d+|several|some|dozens of|a number of)\s+)?"
                            r"(?:[\w-]+\s+){0,2}?(?:leaders?|members?|commanders?|fighters|operatives?|militants|financiers?|"
                            r"associates?|suspects?)\s+(?:of|from)\s+(?:the\s+)?", re.I)
_PASSIVE_TAKEN = re.compile(r"\s+(?:(?:was|were|had been|have been|has been)\s+(?:\w+\s+)?)?", re.I)
_ONE_OF_THE_GROUP = re.compile(r"\b(?:leaders?|members?|commanders?|fighters|operatives?|chiefs?|heads?|militants|"
                               r"financiers?|associates?|figures?|cell)\s+(?:of|from|in)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_INSURGENT_WORDS = re.compile(r"\b(?:jihadists?|militants?|insurgents?|terrorists?|rebels?|extremists?|islamists?)\b", re.I)


def _as_a_demonstration(sub: str, a1: Role, a2: Role | None, country: str, tag: str,
                        reasons: list[str]) -> tuple[str, Role, Role | None]:
    """Violence told in a note with a crowd-size tag, which ACLED gives only demonstrations: force a state used on the
    crowd is excessive force against protesters ("police opened fire on coca growers ... [size=thousands]"); a crowd's
    fight or attack is mob violence, its unnamed sides rioters ("farmers and herders clashed ... [size=no report]")."""
    state = (1, 8)
    crowd = f"Rioters ({country})"
    if a2 is not None and a2.inter == 6:
        reasons.append(f"a note tagged with a crowd size ({tag!r}): protesters attacked, excessive force")
        return "Excessive force against protesters", a2, a1
    if a1.inter in state and (a2 is None or a2.inter == 7):
        reasons.append(f"a note tagged with a crowd size ({tag!r}): force used on the crowd, excessive force")
        return "Excessive force against protesters", Role(f"Protesters ({country})", 6, "the crowd a size tag tells"), a1

    def rioters(r: Role | None) -> Role | None:
        # (unnamed armed men, a community's men: the crowd; a named group or a state force stays itself)
        if r is not None and (r.inter == 4 or r.name.startswith(("Unidentified Armed Group", "Unidentified Communal"))):
            return Role(crowd, 5, f"the crowd a size tag tells (was {r.name})")
        return r

    b1, b2 = rioters(a1), rioters(a2)
    if b1.inter in state and b2 is not None and b2.inter == 5:
        b1, b2 = b2, b1  # (the crowd first: "community members armed with pangas" against forest guards)
    if b1.inter != 5:
        return sub, a1, a2
    reasons.append(f"a note tagged with a crowd size ({tag!r}): a crowd's violence, mob violence")
    return "Mob violence", b1, b2


def _unnamed_then_named(text: str, cand: Candidate, main: list[actor_lib.ActorMention]) -> list[actor_lib.ActorMention]:
    """"Islamist militants killed 19 soldiers ... // JNIM fighters attacked the detachment": unnamed doers of an event
    whose later sentence names one rebel group as a doer were that group (not two armed sides)."""
    if cand.family not in ("violence", "remote") or len(cand.regions) < 2:
        return main
    # (not a party's claim or a suspicion: "The military claimed that the AA shot the man" leaves the gunmen unnamed)
    # (a rebel group: a pro-government militia named in the event is mostly among its victims, "12 members of the VDP")
    # (a named militia or gang too, told as the doer of the event's act: "Haitian police fought with gang members who
    # attacked Solino // The Viv Ansanm gang coalition launched the assault")
    named = [o for o in main if o.kind in _NAMED_KINDS and not _is_victim(text, o) and (o.inter == 2 or o.inter == 3 and any(
        0 <= t.start - o.end <= _DOER_REACH and "." not in text[o.end:t.start]
        and not _TOLD_PASSIVE.search(text, o.end, t.end) for t in cand.triggers))
             and not any(a <= o.start < b and (_TOLD_AS_CLAIM.search(text, a, o.start) or _ANOTHER_TIME.search(text, a, b))
                         for a, b in cand.regions)]
    unnamed = [m for m in main if m.kind == "unidentified" and not _is_victim(text, m)]
    if len({o.name for o in named}) != 1 or not unnamed:
        return main
    group = named[0]
    first = next((r for r in cand.regions if r[0] <= unnamed[0].start < r[1]), None)
    if first is None or any(first[0] <= o.start < first[1] for o in named):
        return main  # (both told in one sentence: two sides, or the group named in apposition, read elsewhere)
    return [dataclasses.replace(m, name=group.name, inter=group.inter, kind=group.kind,
                                rule=f"{m.rule}; the group a later sentence of the event names as its doer")
            if m in unnamed else m for m in main]


def _dead_of_the_named_group(text: str, cand: Candidate, main: list[actor_lib.ActorMention]) -> list[actor_lib.ActorMention]:
    """"Four militants and a soldier were killed when troops clashed with the BIFF": unnamed armed men told among the
    dead of a state force's fight with one named group, in the same sentence, were its members (not a third side)."""
    if cand.family != "violence" or not any(m.kind == "unidentified" for m in main):
        return main
    named = [o for o in main if o.kind in _NAMED_KINDS and o.inter in (2, 3, 4) and not _is_victim(text, o)]
    # (a fight of a state's forces with the group: between two gangs, "2 gang members were killed" may be the other's)
    if len({o.name for o in named}) != 1 or not any(o.inter in (1, 8) and not _is_victim(text, o) for o in main):
        return main
    group = named[0]
    return [dataclasses.replace(m, name=group.name, inter=group.inter, kind=group.kind,
                                rule=f"{m.rule}; among the dead of a fight with the group named: its members")
            if m.kind == "unidentified" and _is_victim(text, m)
            and any(a <= m.start < b and a <= group.start < b for a, b in cand.regions) else m for m in main]


_TOLD_PASSIVE = re.compile(r"\b(?:was|were|been|being)\b")  # ("three VDP were killed": whom the act was done to)
_DOER_REACH = 40  # characters from a group's name to the act it did ("The Viv Ansanm gang coalition launched")
_TOLD_AS_CLAIM = re.compile(r"\b(?:claim(?:s|ed|ing)?|accus(?:e|es|ed|ing)|alleg(?:e|es|ed|edly|ing)|suspect(?:s|ed|ing)?|"
                            r"suspicion|blam(?:e|es|ed|ing)|believ(?:e|es|ed|ing)|said|says|according to|reportedly)\b", re.I)


# (nor a sentence of other times: "Myanmar military and TNLA fought many times in Kutkai Township last year")
_ANOTHER_TIME = re.compile(r"\b(?:last|previous|past) (?:year|years|month|months)\b|\bmany times\b|\brepeatedly\b|"
                           r"\bin the past\b|\bpreviously\b", re.I)


# a crowd a force clashed with ("during clashes with youths", "clashed with stone-throwing residents")
_CLASHES_WITH_A_CROWD = re.compile(r"\bclash(?:es|ed)?\s+with\s+(?:\w+\s+){0,2}?(?:youths?|young men|protesters|protestors|"
                                   r"demonstrators|rioters|residents|villagers|crowds?|stone[- ]throwers|mobs?)\b|"
                                   # (the crowd told first: "when students clashed with security forces")
                                   r"\b(?:youths?|young men|students|protesters|protestors|demonstrators|rioters|residents|"
                                   r"villagers|crowds?|mobs?)\s+(?:\w+\s+){0,2}?clashed\s+with\s+(?:the\s+)?(?:[\w-]+\s+)?"
                                   r"(?:security forces|police|policemen|officers|soldiers|troops|army|military)\b", re.I)


_AIMED_AT_BEFORE = re.compile(r"\b(?:at|upon|against|towards?)\s+(?:the\s+)?$", re.I)


_ANOTHER_DAY_OPENS = re.compile(r"(?:(?:the|on the) (?:following|next) (?:day|morning|evening|night)|the day after|"
                                r"(?:a|one|two|three|four|five|\d+) days? later|later that week|"
                                r"on (?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.I)
def _opens_another_day(sentence: str, day: date) -> bool:
    """A sentence that opens on a day after the event's ("The following day, ...", "On Sunday, ..." after a Saturday)."""
    m = _ANOTHER_DAY_OPENS.match(sentence)
    return m is not None and (not m.group("weekday") or date_lib.WEEKDAYS[m.group("weekday").lower()] != day.weekday())


def _assign_actors(
    cand: Candidate, text: str, country: str, day: date, all_sentences: list[Sentence],
    mentions: list[actor_lib.ActorMention],
) -> tuple[str, Role, Role | None, list[str]]:
    """`assign_actors` before the communal, ally and associate touches; `mentions` are the
    event's own actor mentions (`_actor_mentions` of its sentences)."""
    reasons: list[str] = []
    event = _Text(" ".join(text[a:b] for a, b in cand.regions))  # the event's own words, read by several rules
    main = [m for m in mentions if not m.associated]
    assoc = [m for m in mentions if m.associated]
    if cand.family == "violence" and any(m.kind == "civilians" and _HERDERS.search(m.text) for m in main):
        # "camel herders attacked three men", "killed by herders": herders who do violence are a
        # community's armed men (ACLED: communal militia); herders hurt stay civilians
        main = [dataclasses.replace(m, name=f"Unidentified Communal Militia ({country})", inter=4,
                                    kind="identity-militia", rule=f"{m.rule}; herders doing violence: communal militia")
                if m.kind == "civilians" and _HERDERS.search(m.text) and _herders_did(text, cand, m) else m
                for m in main]
    main = _foreign_force_told_before(text, cand, country, day, all_sentences, main)
    main = _unnamed_then_named(text, cand, main)
    main = _dead_of_the_named_group(text, cand, main)
    main = _unique(main, text)
    if any(m.kind == "unidentified" for m in main):
        main = _the_group_told_before(text, cand, country, day, all_sentences, main)
        main = _the_group_claiming_it(text, cand, country, day, all_sentences, main)
    elif cand.family == "remote" and not any(m.inter in (1, 2, 3, 4, 8) for m in main):
        main = _the_group_claiming_it(text, cand, country, day, all_sentences, main)
    # the cues below are read only where they can change a mention (a force; a suspect)
    if any(m.inter == 1 for m in main) and event.search(_OFF_DUTY):
        # "a plain-clothes police officer on his way to visit family": off duty, a civilian
        # (told in the force's own sentence: not "One stray bullet injured an off duty paramedic", sentences after the
        # police the crowd stoned)
        main = [dataclasses.replace(m, name=f"Civilians ({country})", inter=7, kind="civilians",
                                    rule=f"{m.rule}; off duty: a civilian")
                if m.inter == 1 and not _named_as_agent(text, m)
                and _OFF_DUTY.search(text, _start_of_sentence(m.start, cand.sentences), _sentence_end(text, m.end))
                and (m.start > cand.trigger.start or _is_victim(text, m) or _PASSIVE_BEFORE_ACT.match(
                    text[m.end:cand.trigger.start])
                    # ("a police inspector of the station was shot dead ... at a food shop": the act told passive)
                    or (_PASSIVE_TRIGGER.match(cand.trigger.text) and m.end <= cand.trigger.start
                        and "." not in text[m.end:cand.trigger.start])) else m for m in main]
    if any(m.rule.endswith(actor_lib.SUSPECTED_RULE) for m in main) and event.search(_MOB):
        # a mob's victims are civilians, whatever they were suspected of
        main = [dataclasses.replace(m, name=f"Civilians ({country})", inter=7, kind="civilians")
                if m.rule.endswith(actor_lib.SUSPECTED_RULE) else m for m in main]
    # a government deciding (a ban, a state of emergency) is no armed party to violence
    # (not what a victim was said to be: "beat to death a man they accused of belonging to a ritual-killing gang")
    armed = [m for m in main if m.inter in _ARMED and (m.kind != "government" or cand.family == "strategic")
             and not _ACCUSED_OF_BEING.search(text, max(0, m.start - 60), m.start)]
    # "a Pokot militia shot and killed a herder ... The attackers fled, stealing 22 head of cattle": "the attackers"
    # told after a named group, in a sentence of their own, are that group again, not a second side
    # (not told killed: "two of the suspected bandits were killed" tells of a side that fought them)
    again = [m for m in armed if m.kind == "unidentified" and _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
             and not _is_victim(text, m)
             and any(o.kind in _NAMED_KINDS and o.inter in (2, 3, 4) and o.end <= m.start
                     and "." in text[o.end:m.start] for o in armed)]
    # ("Gang coalition attacks town // Gunmen from the Viv Ansanm gang coalition stormed the town": a headline's
    # unnamed group is the one the body names)
    head_end = _headline_end(text) if armed and armed[0].start < 200 else 0
    again += [m for m in armed if head_end and m.kind == "unidentified" and m.end <= head_end and m not in again
              and any(o.kind in _NAMED_KINDS and o.inter in (2, 3, 4) and o.start >= head_end for o in armed)]
    if again:
        armed = [m for m in armed if m not in again]
        main = [m for m in main if m not in again]
    if cand.family == "violence" and cand.trigger.sub_event_type == "Armed clash" and any(
            m.kind.startswith("state") for m in armed) and _cue(_INTERVENED, event.text):
        # "two clans clashed over livestock theft. Police intervened.": the force that separated them is
        # no side of the clash
        armed = [m for m in armed if not (m.kind.startswith("state") and _INTERVENED.match(text, m.end, m.end + 50))]
        main = [m for m in main if m in armed or m.inter not in _ARMED]
    if cand.family in ("violence", "remote", "strategic") and not _SYMMETRIC.search(cand.trigger.text):
        # "militia attacked Marakwet villagers", "arrested five members of the Fulani community":
        # people of a community the act is done to are civilians
        hit = [m for m in armed if m.kind == "identity-militia" and _COMMUNITY_PEOPLE.search(m.text)
               and not _agent_of_act(text, cand, m)  # "killed by Pokot herders": the agent
               and (m.start > cand.trigger.start or any(o.start < m.start for o in armed if o is not m)
                    or _is_victim(text, m))]  # "two Pokot herders were injured after Turkana raiders attacked"
        if hit:
            armed = [m for m in armed if m not in hit]
            main = [m for m in main if m not in hit] + [
                dataclasses.replace(m, name=f"Civilians ({country})", inter=7, kind="civilians",
                                    rule=f"{m.rule}; people of a community hit by the act: civilians") for m in hit]
    targets = _target_mentions(text, cand, country) if cand.family in ("violence", "remote") else []
    # "killed by three men", "attacked by a group of youth": people named as the agent are no victims
    # (nor people the act freed: "killing six of them and recapturing 14 inmates", "rescuing 20 hostages")
    civilians = targets + [m for m in main if m.inter == 7 and not _named_as_agent(text, m)
                           and not _FREED_BEFORE.search(text, max(0, m.start - 40), m.start)]
    if not civilians and assoc and (cand.family in ("violence", "remote") or cand.trigger.sub_event_type == "Arrests"):
        # "killed a student", "abducted two IDPs": the group names civilians, and goes beside them
        first = assoc[0]
        civilians = [actor_lib.ActorMention(f"Civilians ({country})", 7, "civilians", country, first.start,
                                            first.end, first.text, f"{first.rule}: victims are civilians", False)]
    state = [m for m in armed if m.inter in (1, 8) and m.kind.startswith("state")]
    if cand.family == "demonstration":
        # peacekeepers or guards who fired on a protest are its intervening force, as police would be
        state += [m for m in armed if m.kind == "external" and m not in state]
    sub = cand.trigger.sub_event_type

    def context_state() -> actor_lib.ActorMention | None:
        """A state force named in the nearby sentences, or anywhere in the article."""
        idx = cand.sentences[0].index
        near = [s for s in all_sentences if abs(s.index - idx) <= 2 and s not in cand.sentences]
        rest = [s for s in all_sentences if s not in near and s not in cand.sentences]
        for pool in (near, rest):
            for m in _actor_mentions(text, pool, country, day):
                if m.kind.startswith("state") and m.country == country:
                    return m
        return None

    # (or the one they clashed with, told right after: "Armed Murle youths clashed with Lou Nuer youth")
    with_after = cand.trigger.text.rstrip().lower().endswith(" with")
    sides = sorted({m.name: m for m in armed if m.kind == "identity-militia" and (
        m.end <= cand.trigger.end or (with_after and 0 <= m.start - cand.trigger.end <= 5))}.values(),
                   key=lambda m: m.start) if cand.family == "demonstration" else []
    if len(sides) >= 2 and _SYMMETRIC.search(cand.trigger.text) and not event.search(_DEMONSTRATION_WORDS):
        # "Nuer and Dinka youths clashed": two communities' fighters, a battle between their militias
        reasons.append(f"two communities' youths clashed ({sides[0].text!r}, {sides[1].text!r}): armed clash")
        return "Armed clash", _role(sides[0]), _role(sides[1]), reasons
    if cand.family == "demonstration":
        # destruction told in the passive beside a protest ("their houses were destroyed by the government",
        # "a fire that destroyed the market") is what the protest is about, not what it did
        acts = [t for t in cand.triggers if not (
            t.sub_event_type == "Violent demonstration" and t.rule.strength != "strong" and len(cand.triggers) > 1
            and _DONE_TO_THEM.search(text[max(0, t.start - 12):t.start]))]
        severity = max((_ACT_SEVERITY.get(t.sub_event_type, 0)
                        for t in acts or cand.triggers), default=0)
        if severity == _DEMONSTRATION_SEVERITY["Violent demonstration"] and not any(
                _DESTRUCTION_ACT.search(t.text) for t in acts or cand.triggers if t.sub_event_type == "Violent demonstration") \
                and event.search(_NO_VIOLENCE):
            # "police opened fire on protesters who had blocked the main highway by sitting on the road": a blockade told
            # as peaceful is no riot, whatever was done to it (read below)
            severity = max((_ACT_SEVERITY.get(t.sub_event_type, 0) for t in acts or cand.triggers
                            if t.sub_event_type != "Violent demonstration"), default=0)
            reasons.append("a blockade told with no violence: no riot")
        # "Demonstrators destroyed machines and assaulted a man": violence the demonstrators did
        violent = [t for t in cand.triggers if t.rule.family == "violence"]
        # violence told as done to the protest ("opened fire on the protest", "injured by police during
        # a demonstration"), not what it is about ("protested over attacks by Al-Shabaab")
        # ("one protester was shot dead": protesters the passive act was done to)
        done_to_it = [t for t in violent if (_AT_THE_PROTEST.match(text, t.end) or _AT_THE_PROTEST.search(t.text)
                                             or _PROTESTERS_HIT.search(text, max(0, t.start - 40), t.end)
                                             or _protest_attacked_by(text, cand, t))
                      and not _PROTEST_TOPIC_CUE.search(text, max(0, t.start - 120), t.start)]
        # (read up to the act's end, so "protesters ... were beaten" is seen as done to them)
        # (or clashes with the forces told with the protest: "students protested in Patras ... Clashes with police broke
        # out near the university")
        if any(_protesters_did(text, t) and not _PROTEST_TOPIC_CUE.search(text, max(0, t.start - 120), t.start)
               for t in violent) or any(_done_in_protest(text, cand, t, armed) for t in violent) or (
                state and any(_SYMMETRIC.match(t.text) and not _PROTEST_TOPIC_CUE.search(text, max(0, t.start - 120), t.start)
                              for t in violent)):
            severity = max(severity, _DEMONSTRATION_SEVERITY["Violent demonstration"])
        elif done_to_it and severity < _DEMONSTRATION_SEVERITY["Excessive force against protesters"] \
                and event.search(_DEMONSTRATION_WORDS):
            act = done_to_it[0]
            # ("one protester was shot dead when unidentified men opened fire": the passive act's doers come after it)
            passive = _PROTESTERS_HIT.search(text, max(0, act.start - 40), act.end) is not None \
                or _protest_attacked_by(text, cand, act)
            attackers = [m for m in armed if m.inter in (2, 3, 4) and not _is_victim(text, m)
                         and (m.start <= act.start or _named_as_agent(text, m) or passive)]
            if attackers and not state:
                # "gunmen opened fire on a protest": an armed group attacking protesters
                reasons.append(f"protesters attacked by an armed group ({attackers[0].text!r}): attack")
                return "Attack", _role(attackers[0]), Role(f"Protesters ({country})", 6, "the protest attacked",
                                                         _assoc_for(assoc, None)), reasons
            crowd = None if state or attackers or passive else next(
                (m for m in main if m.kind == "civilians" and m.end <= act.start and not _is_victim(text, m)
                 and act.start - m.end <= 60 and "." not in text[m.end:act.start]), None) or (
                _MOB.search(text, cand.sentences[0].start, act.end) if not (state or attackers or passive) else None)
            if crowd is not None:
                # "Men wielding baseball bats beat students who were protesting", "supporters of the ruling party attacked
                # students who were protesting": an unarmed crowd's attack on a protest (no armed group, no force)
                reasons.append("protesters attacked by an unarmed crowd: mob violence")
                return "Mob violence", Role(f"Rioters ({country})", 5, "the crowd that attacked the protest"), \
                    Role(f"Protesters ({country})", 6, "the protest attacked", _assoc_for(assoc, None)), reasons
            if state:
                # "injured in the head by police during a protest": force on the protesters, excessive
                # when it killed or seriously hurt
                serious = cand.fatalities > 0 or _harm_of_the_act(text, cand, _SERIOUS_HARM) \
                    or _harm_of_the_act(text, cand, _GRAVE_INJURY)
                severity = max(severity, _DEMONSTRATION_SEVERITY[
                    "Excessive force against protesters" if serious else "Protest with intervention"])
                reasons.append(f"force used on the protest ({act.text!r})")
        sub = next(k for k, v in _DEMONSTRATION_SEVERITY.items() if v == severity)
        if sub == "Mob violence" and (any(t.sub_event_type == "Peaceful protest" and t.rule.strength == "strong"
                                          for t in cand.triggers) or (
                _SYMMETRIC.search(cand.trigger.text) and _a_demonstrations_crowd(event))):
            # "residents protesting the death of a boy stoned police vehicles": a crowd told protesting did it
            # (or one side of a fight told as a demonstration's: "Proud Boys and counter-protesters scuffled")
            sub = "Violent demonstration"
            reasons.append("a crowd's violence told with its protest: violent demonstration")
        if sub == "Violent demonstration" and not any(_DESTRUCTION_ACT.search(t.text) or t.rule.family == "violence"
                                                      for t in cand.triggers) \
                and (event.search(_NO_VIOLENCE) or _NO_VIOLENCE.search(_told_after(cand, all_sentences, 1))):
            # "supporters blocked a main highway in protest. There were no reports of violence there.": a blockade
            # told as peaceful
            sub = "Peaceful protest"
            reasons.append("a blockade told with no violence: peaceful protest")
        if sub == "Protest with intervention" and (any(
                # (or a beating told as its own act: "police charged a group of marchers, beating several of them")
                (t.sub_event_type == sub or (t.rule.family == "violence" and event.search(_DEMONSTRATION_WORDS)))
                and _BEAT_THEM.match(t.text) for t in cand.triggers)
                and (event.search(_GRAVE_INJURY) or _GRAVE_INJURY.search(_told_after(cand, all_sentences, 1))) or any(
                t.sub_event_type == sub and _GRAVELY_HURT.search(text, s.start, s.end)
                for t in cand.triggers for s in cand.sentences if s.start <= t.start < s.end)):
            # "police beat protesters ..., seriously injuring several", "25 workers were injured, four of them
            # critically, when police charged": force that gravely hurt them is excessive
            sub = "Excessive force against protesters"
            reasons.append("protesters gravely hurt by the force used: excessive force")
        elif sub == "Protest with intervention" and cand.fatalities > 0 and any(
                _PROTESTERS_KILLED.search(x.text) for x in cand.sentences) or (
                sub == "Protest with intervention" and cand.fatalities > 0 and event.search(_LIVE_FIRE_USED)):
            # "fired tear gas and then live ammunition into the crowd. ... three protesters were killed": force that
            # killed protesters is excessive (not deaths the protest is about: "a girl who was killed")
            # (nor need the dead be called protesters where live rounds broke it up: "dispersed a banned protest ...
            # using tear gas and live rounds. University student X was killed")
            sub = "Excessive force against protesters"
            reasons.append("deaths at a protest broken up by force: excessive force")
        assoc_names = _assoc_for(assoc, None)
        # ("stormed the police station to demand the arrest of gang members": a demand makes it one)
        # (or anger at the state: "set cars on fire following the police killing of a 17-year-old")
        riot_with_grievance = bool((event.search(_RIOT) and event.search(_GRIEVANCE)) or event.search(_DEMANDING)
                                   or event.search(_ANGER_AT_STATE))
        if riot_with_grievance and event.search(_MOB_KILLING) and not event.search(_DEMONSTRATION_WORDS):
            # "a mob stoned to death and burned a student over alleged blasphemy": a lynching, whatever its grievance
            riot_with_grievance = False
        # ("CJNG members set fire to vehicles and blocked roads": a named armed group's blockade is no street protest)
        # ("members of a criminal group set fire to vehicles": an unnamed armed group's too)
        # (not those a crowd's act was done to, told inside its trigger: "community members ... assaulted two suspected
        # robbers")
        armed_group = [m for m in armed if m.kind in (*_NAMED_KINDS, "unidentified") and m.inter in (2, 3)
                       and m.end <= cand.trigger.end and not _is_victim(text, m)
                       and not _CROWD_HIT_BEFORE.search(text, max(0, m.start - 40), m.start)]
        street_protest = event.search(_STREET_PROTEST) is not None and not armed_group
        if sub == "Violent demonstration" and not event.search(_DEMONSTRATION_WORDS) \
                and not street_protest and not riot_with_grievance:
            # (not a force named by its patrol or vehicle, what was hit: "surrounded a police patrol and torched its
            # pickup")
            burn = next((t for t in cand.triggers if t.sub_event_type == "Violent demonstration"
                         and _DESTRUCTION_ACT.search(t.text)), cand.trigger)
            act_start = next((x.start for x in cand.sentences if x.start <= burn.start < x.end), burn.start)
            doers = [m for m in armed if not _TARGET_WORDS.search(m.text) and not _is_victim(text, m)
                     and not (m.inter == 1 and _FORCE_PATROL_AFTER.match(text, m.end))
                     and m.end <= cand.trigger.start and not _CROWD.search(cand.trigger.text)
                     and not _CROWD_WHO.search(text, m.end, cand.trigger.start)
                     # (not the force a crowd's act was aimed at: "Khan's supporters threw stones at the police and set
                     # fire to a water cannon truck")
                     and not _AIMED_AT_BEFORE.search(text, max(0, m.start - 12), m.start)
                     # (nor a force told before a crowd that is the act's subject in its own sentence: "police fired tear
                     # gas ... // Khan's supporters threw stones ... and set fire to a truck")
                     and not (m.end <= act_start and _CROWD.search(text, act_start, burn.start))]
            doers += [m for m in armed_group if m not in doers]
            # "three cars were burned and destroyed by the Brotherhood Alliance": the agent after the act
            doers += [m for m in armed if m.start > cand.trigger.start and m not in doers
                      and (_named_as_agent(text, m) or _SUSPECTED_AFTER.search(text, max(0, m.start - 40), m.start))]
            definite = _definite_unnamed(text, doers)
            if (not doers and not armed) or definite:
                # "Al Shabaab clashed with police. They burnt two vehicles.", "ISGS militants made an
                # incursion. The militants burned a vehicle.": the armed actor the pronoun refers to
                previous = _pronoun_antecedent(text, cand, country, day, all_sentences)
                if previous is not None and previous.inter in (1, 2, 3, 4, 8) and (
                        not definite or previous.kind in _NAMED_KINDS):
                    reasons.append(f"perpetrator told as a pronoun: {previous.text!r} from the sentence before")
                    doers = [previous]
                    armed = [previous] + [m for m in armed if m.kind != "unidentified"]
            destroyed = any(t.sub_event_type == "Violent demonstration" and _DESTRUCTION_ACT.search(t.text)
                            for t in cand.triggers)
            if doers and destroyed and not any(t.sub_event_type == "Violent demonstration" and t.rule.strength == "strong"
                                               and _RIOT.search(t.text) for t in cand.triggers):
                # "Nigerien forces burned the camp": destruction by an armed actor, no crowd
                victims = _role(civilians[0]) if civilians else _generic("civilians", country, day, "property of civilians")
                # (or told in the sentence after: "... burnt several houses. Several residents report injury.")
                harm = event.search(_HARM_TO_PEOPLE) or _HARM_TO_PEOPLE.search(_told_after(cand, all_sentences, 1))
                # (not allies named with the doers: "the Myanmar military (and BGP and local vigilantes) looted")
                # (nor the group they were after: "searching for al Shabaab remnants, burnt several houses")
                # (nor a force told acting on its own in a later sentence: "Israeli soldiers later arrived and fired tear
                # gas at Palestinian residents", after settlers set fire to homes)
                doers_sentence = next((x for x in cand.sentences if x.start <= doers[0].start < x.end), None)
                hit_forces = [m for m in armed if m.start > doers[0].end and m.name != doers[0].name
                              and not _ALLIED.match(text[doers[0].end:m.start])
                              and not _SOUGHT_BEFORE.search(text, max(0, m.start - 30), m.start)
                              and (doers_sentence is None or m.start < doers_sentence.end or _is_victim(text, m))]
                if hit_forces and (harm or cand.fatalities > 0):
                    # "militants attacked an army camp, killed two soldiers and burned the camp": a battle
                    reasons.append(f"armed forces attacked by an armed actor ({doers[0].text!r}): armed clash")
                    return "Armed clash", _role(doers[0]), _role(hit_forces[0]), reasons
                if harm or cand.fatalities > 0:
                    # "burned a shop and killed the owner": the violence against people is the event
                    reasons.append(f"property destroyed and people harmed by an armed actor ({doers[0].text!r}): attack")
                    return "Attack", _role(doers[0]), victims, reasons
                reasons.append(f"property destroyed by an armed actor ({doers[0].text!r}): looting/property destruction")
                # (the doers may be told after it: "set ablaze a police station, suspected to be IPOB members")
                owned = [m for m in armed if m.name != doers[0].name and m.inter in (1, 8)
                         and (_FORCE_PROPERTY.match(text, m.end) or _FORCE_PROPERTY_IN.search(m.text))]
                if owned and not civilians:
                    victims = _role(owned[0])  # "burnt a police station": the force's property
                elif not civilians and _infrastructure_only(event):
                    reasons.append("infrastructure destroyed, no people's property: no second actor")
                    victims = None
                return "Looting/property destruction", _role(doers[0]), victims, reasons
            if not doers and not event.search(_CROWD) and not event.search(_MOB) \
                    and not event.search(_RIOT) and event.search(_UNNAMED_DOERS) and not event.search(_STONES_THROWN):
                # "an unspecified group burned 20 shops", "vandalised by hired goons": no crowd told
                victims = _role(civilians[0]) if civilians else _generic("civilians", country, day, "property of civilians")
                reasons.append("property destroyed by people not told as a crowd: looting/property destruction")
                return "Looting/property destruction", _generic("unidentified", country, day, "perpetrator not named"), \
                    victims, reasons
            if armed_group and _SYMMETRIC.search(cand.trigger.text) and cand.fatalities > 0 and all(
                    m.text.lower() in ("people", "persons") for m in civilians):
                # "Armed youths clashed in Tonj North County on Wednesday, leaving 13 people dead": armed men fighting
                # each other, no one attacked
                reasons.append(f"armed men ({armed_group[0].text!r}) clashing, no victims named: armed clash")
                return "Armed clash", _role(armed_group[0]), _generic("unidentified", country, day, "the other side"), \
                    reasons
            if armed_group and (event.search(_HARM_TO_PEOPLE) or cand.fatalities > 0):
                # "members of Barrio 18 killed 46 inmates during a riot at the prison": a named armed group's
                # killing, whatever the riot around it
                victims = _role(civilians[0]) if civilians else _generic("civilians", country, day, "victims not named")
                reasons.append(f"people harmed by a named armed group ({armed_group[0].text!r}) in a riot: attack")
                return "Attack", _role(armed_group[0]), victims, reasons
            stormed = _seat_stormed(event, cand, country, reasons, text, armed)
            if stormed is not None:
                return stormed  # ("stormed the Congress ..., vandalising the buildings")
            sub = "Mob violence"  # violent acts with no demonstration: a mob's
            reasons.append("violence by a crowd outside a demonstration: mob violence")
        if sub in ("Protest with intervention", "Peaceful protest") and violent \
                and not event.search(_DEMONSTRATION_WORDS) and not event.search(_STREET_PROTEST) \
                and (event.search(_MOB) or any(_crowd_did(text, cand, t) for t in violent)) \
                and not any(m.start < t.start and not _SYMMETRIC.search(t.text) for m in state for t in violent):
            # "a nationalist group attacked a mosque before being dispersed by police", "police dispersed
            # clashes between rival supporters": a crowd's violence broken up, with no protest told
            sub = "Mob violence"
            reasons.append("a crowd's violence broken up, no protest told: mob violence")
        if sub in ("Violent demonstration", "Mob violence"):
            a1 = Role(f"Rioters ({country})", 5, "demonstrators turned violent: Rioters", assoc_names)
            if event.search(_COUNTER_PROTESTERS_FOUGHT):
                # "demonstrators clashed with counter-protesters ... before police separated them": crowd against crowd
                reasons.append("a crowd fought counter-protesters: the other crowd")
                return sub, a1, Role(f"Rioters ({country})", 5, "the counter-protesters"), reasons
            if sub == "Mob violence":
                if event.search(_BETWEEN_CROWDS) or event.search(_CROWDS_CLASHED):
                    # "stone pelting between two groups", "Meitei and Kuki mobs clashed": crowd against crowd
                    return sub, a1, Role(f"Rioters ({country})", 5, "the other crowd"), reasons
                hit_force = next((m for m in state if (cand.trigger.start <= m.start <= cand.trigger.end + 12
                                                       or (m.inter == 1 and _MOB_ACT_BEFORE.search(
                                                           text, max(0, m.start - 40), m.start)))
                                  and "." not in text[cand.trigger.end:m.start]), None)
                # ("supporters rioted in Kampala. Security forces shot dead at least 37 people": the dead are the force's)
                fought = hit_force or next((m for m in state if _harmed_people(text, m)), None)
                if fought is not None and (not event.search(_LYNCHING) or hit_force is not None):
                    # (a lynching's victim is the force only when the act is done to it: "a mob lynched a
                    # police officer")
                    # "supporters clashed with police ... Nine people were killed": the force the crowd
                    # fought, not the dead told after it
                    return sub, a1, _role(fought), reasons
                if not civilians and state and not event.search(_LYNCHING):
                    # "police were pelted with stones": the force the crowd fought (a mob's lynching
                    # has its victim, whoever intervened)
                    return sub, a1, _role(state[0]), reasons
                a2 = _role(civilians[0]) if civilians else _generic("civilians", country, day, "mob violence targets civilians")
                if not civilians:
                    reasons.append("victims not named: Civilians assumed")
                if assoc and all(m.start >= cand.trigger.end and not _named_as_agent(text, m) for m in assoc):
                    # "A mob stoned and burned to death a female Christian student": who the victim was, not the mob
                    a1, a2 = dataclasses.replace(a1, assoc=""), dataclasses.replace(a2, assoc=_assoc_for(assoc, None))
                return sub, a1, a2, reasons
            # people named before the act are mostly the demonstrators themselves ("residents
            # blocked the road"); civilians are a target only when named after it
            hit = [m for m in civilians if m.start > cand.trigger.start
                   and _CROWD_HARMED.search(text, max(cand.trigger.start, m.start - 50), m.start)]
            # (the force in the act's own sentence before one a headline names: "deploys army as protest
            # deaths mount // police fired tear gas at protesters who had set fire to police booths")
            acts_at = [t.start for t in cand.triggers if t.rule.family == "violence" or t.sub_event_type in _FORCE_OR_RIOT]
            own = [m for m in state for s in cand.sentences
                   if s.start <= m.start < s.end and any(s.start <= a < s.end for a in acts_at)]
            # ("protesters clashed with Chhatra League activists": a named group the crowd fought)
            # (not a group the protest is about: "demonstrators protesting Western silence on the M23 offensive burned
            # tyres")
            fought = [m for m in armed if m.kind in _NAMED_KINDS and m.inter in (2, 3) and any(
                s.start <= m.start < s.end for s in cand.sentences)
                and not _GROUP_AS_TOPIC.search(text, max(0, m.start - 80), m.start)] if not state and not hit else []
            # (not a force the protest is about: "blocked the main road to protest the killing of a young man by suspected
            # soldiers")
            state = [m for m in state if any(x.name == m.name and not _GROUP_AS_TOPIC.search(text, max(0, x.start - 80), x.start)
                                             for x in mentions)]
            own = [m for m in own if m in state]
            hit = [m for m in hit if not _THE_HARM_PROTESTED.search(text, max(0, m.start - 80), m.start)]
            target = (own or state)[0] if state else (hit[0] if hit else fought[0] if fought else None)
            return sub, a1, (_role(target) if target else None), reasons
        a1 = Role(f"Protesters ({country})", 6, "protest: Protesters", assoc_names)
        # (every mention of the forces, not the first of each: "a crowd gathered outside a police station ...
        # Police tried to disperse the group by shooting into the crowd, killing one")
        told = [m for m in mentions if m.name in {o.name for o in state}] if state else []
        if sub == "Protest with intervention" and cand.fatalities and state:
            # "police tried to disperse the group by shooting into the crowd, killing one": the force
            # that broke up the protest killed (deaths the protest is about stay with it)
            killers = [m for m in told if _harmed_people(text, m)]
            if not killers and any(_SHOT_NO_AGENT.match(text, a) for a, _ in cand.fatality_spans):
                # "police fired rubber bullets at protesters. A young woman was shot in the head and later died":
                # shot at the protest the force fired on, by no one else named
                killers = [m for m in state if _STATE_FIRES.search(text, m.end, _sentence_end(text, m.end))][:1]
            if not killers and event.search(_LIVE_ROUNDS):
                # "police fired live rounds and tear gas at supporters ... marching. Plataforma Decide reported 3
                # killed": live fire on the protest, and deaths told with it
                killers = [m for m in state if _STATE_FIRES.search(text, m.end, _sentence_end(text, m.end))][:1] or state[:1]
            if not killers and any(_labelled_toll(text, a) for a, _ in cand.fatality_spans):
                # "security forces fired tear gas and rubber bullets at peaceful protesters ... Fatalities: 5": a note's
                # toll of the protest the force broke up
                killers = state[:1]
            if not killers and event.search(_BEAT_THEM) and any(
                    _DIED_OF_INJURIES.match(text, a) and _PROTESTER_WORD.search(text, a, b) for a, b in cand.fatality_spans):
                # "police violently dispersed the protesters, beating several with batons. 1 protester died of his
                # injuries": beaten to death by the force that broke up the protest
                killers = state[:1]
            if killers:
                reasons.append("protesters killed by the intervening force: excessive force against protesters")
                return "Excessive force against protesters", a1, _role(killers[0]), reasons
        if sub == "Peaceful protest" and cand.fatalities:
            # deaths told with a protest that used no violence: killed by the forces that broke it
            # up, killed during it, or (most often) the deaths the protest is about
            during = any(_DURING_PROTEST.search(text, max(0, a - 10), min(len(text), b + 60))
                         for a, b in cand.fatality_spans)
            killers = [m for m in told if _harmed_people(text, m)
                       and not re.search(r"\b(?:for|into|of)\s+(?:the\s+)?$", text[max(0, m.start - 20):m.start])]
            if not killers and state and any(_BY_FORCE.match(text, b) for _, b in cand.fatality_spans):
                killers = state[:1]  # "2 people were fatally shot by police responding to the demonstration"
            if killers:
                reasons.append("protesters killed by state forces: excessive force against protesters")
                return "Excessive force against protesters", a1, _role(killers[0]), reasons
            shot_there = any(_SHOT_WHERE.search(text, max(0, a - 40), min(len(text), b + 60)) for a, b in cand.fatality_spans)
            force = context_state() if shot_there else None
            if force is not None:
                # "Protests also took place in Mandalay, where a woman was shot dead": shot at the protest,
                # by the forces the article tells of
                reasons.append(f"a protester shot dead where the protest was, forces from context ({force.text!r}): "
                               "excessive force against protesters")
                return "Excessive force against protesters", a1, _role(force), reasons
            if during:
                reasons.append("deaths during the protest: violent demonstration")
                return "Violent demonstration", Role(f"Rioters ({country})", 5, "a protest with deaths",
                                                     assoc_names), None, reasons
            cand.fatalities = 0
            cand.fatality_rules = cand.fatality_rules + ["deaths the protest is about, not caused by it: none coded"]
        if sub == "Peaceful protest":
            return sub, a1, None, reasons
        if sub == "Protest with intervention" and state and not event.search(_DEMONSTRATION_WORDS) and (
                (not event.search(_CROWD) and not event.search(_GATHERING))
                or (event.search(_ENFORCEMENT) and not event.search(_PROTESTERS))):
            # "police beat a driver with batons", "police dispersed a crowd at the market during the curfew":
            # no protest: force used on civilians
            victims = _role(civilians[0]) if civilians else _generic("civilians", country, day, "people hit by the force")
            reasons.append("force used with no protest or crowd told: attack")
            return "Attack", _role(state[0]), victims, reasons
        gunmen = [m for m in armed if m.inter in (2, 3, 4) and not _is_victim(text, m)]
        if sub == "Excessive force against protesters" and not state and gunmen:
            # "one protester was shot dead when unidentified men opened fire on a rally": an armed group's
            # attack on the protest, not a force's
            reasons.append(f"protesters shot by an armed group ({gunmen[0].text!r}): attack")
            return "Attack", _role(gunmen[0]), Role(f"Protesters ({country})", 6, "the protest attacked", assoc_names), \
                reasons
        force = _intervening(text, cand, state) if state else context_state()
        if force is None:
            reasons.append("intervening force not named: police assumed")
            return sub, a1, _generic("state-police", country, day, "protest intervention: police assumed"), reasons
        if not state:
            reasons.append(f"intervening force from context: {force.text!r}")
        return sub, a1, _role(force), reasons

    fought_for = sub == "Non-violent transfer of territory" and any(_AFTER_FIGHTING.search(x.text) for x in cand.sentences)
    if fought_for:
        # "took control of Wad Madani after army troops withdrew from the city following three days of fighting": taken
        # by fighting, though the last side left it (read as a battle below)
        sub = "Non-state actor overtakes territory"
        reasons.append("territory taken after fighting: not a non-violent transfer")
    if cand.family == "strategic" and not fought_for:
        if sub == "Arrests" and event.search(_FORCED_LABOUR):
            # "arrested two village heads to serve as guides": taken for forced labour, an abduction
            taker = next((m for m in armed if m.start < cand.trigger.start), None)
            victims = _role(civilians[0]) if civilians else _generic("civilians", country, day, "people taken")
            reasons.append("taken to serve as guides or porters: abduction")
            return ("Abduction/forced disappearance", _role(taker) if taker else
                    _generic("unidentified", country, day, "taker not named"), victims, reasons)
        # forces named after the act ("detained a captain of the army") are its victims, not the arresters
        # (a report labelled "Arrests:" tells its arresters after the label)
        labelled = is_label(cand.trigger)
        arresters = [m for m in state if m.start < cand.trigger.start or _named_as_agent(text, m) or labelled]
        # (a group named after the act is whom it took: "operatives arrested a suspected IPOB commander")
        takers = [m for m in armed if (m.kind in _NAMED_KINDS or m.kind == "unidentified")
                  and (m.start < cand.trigger.start or _named_as_agent(text, m) or labelled
                       or _AGENT_AFTER_ACT.match(text, cand.trigger.end, m.start))]
        if sub == "Arrests" and not arresters and takers:
            group = takers[0]
            captured = [m for m in armed if m.name != group.name and 0 <= m.start - cand.trigger.end <= 40
                        and "." not in text[cand.trigger.end:m.start] and not _TRAINING_AFTER.match(text, m.end)]
            if captured and not civilians:
                # "the RCSS detained two members of the military": combatants captured, a battle
                reasons.append(f"members of an armed force captured ({captured[0].text!r}): armed clash")
                return "Armed clash", _role(group), _role(captured[0]), reasons
            victims = _role(civilians[0]) if civilians else _generic("civilians", country, day, "people detained")
            if event.search(_ABUSE) or _ABUSE.search(_told_after(cand, all_sentences, 1)):
                reasons.append("detained by a non-state group and abused: attack")
                return "Attack", _role(group), victims, reasons
            reasons.append("detained by a non-state group: abduction")
            return "Abduction/forced disappearance", _role(group), victims, reasons
        if sub == "Arrests" and state and (_abused(event.search(_ABUSE), event.text) or _abused(
                _ABUSE.search(after := _told_after(cand, all_sentences)), after)):
            # arrested and beaten or tortured: an attack on civilians
            victims = _role(civilians[0]) if civilians else _generic("civilians", country, day, "people detained")
            reasons.append("detained and abused: attack")
            return "Attack", _role(state[0]), victims, reasons
        if sub == "Arrests" and cand.fatalities > 0 and state:
            # detained and killed: the killing is the event (an attack on civilians)
            victims = _role(civilians[0]) if civilians else _generic("civilians", country, day, "people detained")
            reasons.append("detained and killed: attack")
            return "Attack", _role(state[0]), victims, reasons
        if sub == "Arrests":
            force = state[0] if state else None
            if force is None:
                # "Soldiers raided the house. They detained three men.": the force of the sentence before
                previous = _pronoun_antecedent(text, cand, country, day, all_sentences)
                if previous is not None and previous.inter in (1, 8):
                    force = previous
                    reasons.append(f"arresters told as a pronoun: {previous.text!r} from the sentence before")
            a1 = _role(force) if force else _generic("state-police", country, day, "arrests are made by police")
            if not force:
                reasons.append("arresting force not named: police assumed")
            # (not an armed ally named with the force before the act: "FAMa and Wagner forces ... arresting")
            others = [m for m in main if m is not force and m.inter != 1
                      and not (m.inter in _ARMED and m.end <= cand.trigger.start)]
            # (a group whose member was taken is the side arrested: "A local leader of the CJNG was arrested by National
            # Guard troops")
            # (the ones taken, not a kin of theirs: "detained the family of the sister of the Commander-in-Chief of the
            # Arakan Army" took civilians)
            member_of = [m for m in main if m is not force and m.inter in (2, 3, 4) and m.kind in _NAMED_KINDS and (
                _TAKEN_ONES_OF.fullmatch(text, cand.trigger.end, m.start) or (
                    m.end <= cand.trigger.start and _PASSIVE_TAKEN.fullmatch(text, m.end, cand.trigger.start)
                    and (_PASSIVE_TRIGGER.match(cand.trigger.text) or _PASSIVE_WORD.search(text, m.end, cand.trigger.start))
                    and _ONE_OF_THE_GROUP.search(text, max(0, m.start - 40), m.start)))]
            others = member_of[:1] or others
            # (or the civilians taken: "arrested lawyer and commentator Sonia Dahmani", "arrested 7 Palestinians")
            taken = [m for m in civilians if m.start > cand.trigger.start]
            if others or taken or _TAKEN_NOT_CIVILIANS.match(text, cand.trigger.end):
                # (not forces or a head of state: "arrested several officers", "detained President Bazoum")
                return sub, a1, (_role(others[0]) if others else _role(taken[0]) if taken else None), reasons
            # (those taken not named as an actor: "detained Davit Kapanadze, a leader of the opposition", "over 80
            # traders were arrested"): people, coded as civilians as ACLED codes the arrested
            reasons.append("the people detained not named as an actor: civilians")
            return sub, a1, _generic("civilians", country, day, "the people detained"), reasons
        crowd_before = sub == "Looting/property destruction" and any(
            # (not a crowd that told of it: "Residents reached by telephone said ... houses had been set on fire")
            not _REPORTED.search(text, c.end(), cand.trigger.start)
            for c in _CROWD.finditer(text, cand.sentences[0].start, cand.trigger.start))
        # a force told after the crowd's own act, not as its agent: "young men ransacked shops after police stopped their
        # march" (not an act done to the crowd: "residents claimed that their property ... were looted ... when a
        # military column stayed in the village")
        force_after_crowd = crowd_before and armed and not _DONE_TO_THEM.search(
            text, max(0, cand.trigger.start - 12), cand.trigger.start) and all(
            m.start > cand.trigger.end and not _BY_BEFORE.search(text, max(0, m.start - 30), m.start) for m in armed)
        if sub == "Looting/property destruction" and (not armed or force_after_crowd) and (
                crowd_before or _CROWD_AGENT.search(text, cand.trigger.end, cand.sentences[-1].end)):
            # "mourners set a house alight", "traders burnt down three villas": a crowd's destruction
            victims = _role(civilians[0]) if civilians else _generic("civilians", country, day, "property of civilians")
            if _DEMONSTRATORS_DID.search(text, max(0, cand.trigger.start - 120), cand.trigger.start):
                # "pro-junta demonstrators ransacked the party's headquarters": demonstrators' destruction
                reasons.append("property destroyed by demonstrators: violent demonstration")
                # (the force that fired on them, told after: "... set fire to a police post. Police there shot dead one
                # man"; not the force whose post it was)
                force = next((m for m in mentions if m.inter == 1 and m.start > cand.trigger.end
                              and not _FORCE_PROPERTY.match(text, m.end)), None)
                return "Violent demonstration", Role(f"Rioters ({country})", 5, "demonstrators destroying property"), \
                    (_role(force) if force is not None else None), reasons
            if _THEIR_DEMONSTRATION.search(text, cand.sentences[0].start, cand.sentences[-1].end):
                # "young men looted shops and set fire to a market stall after police blocked their march": a crowd's
                # own march or protest turned violent (against the force that stopped it)
                force = next((m for m in main if m.inter == 1), None)
                reasons.append("property destroyed by a crowd whose own march is told: violent demonstration")
                return "Violent demonstration", Role(f"Rioters ({country})", 5, "a crowd destroying property"), \
                    (_role(force) if force else None), reasons
            stormed = _seat_stormed(event, cand, country, reasons, text, armed)
            if stormed is not None:
                return stormed  # ("a crowd torched the house of a ruling party lawmaker")
            reasons.append("property destroyed by a crowd: mob violence")
            return "Mob violence", Role(f"Rioters ({country})", 5, "a crowd destroying property"), victims, reasons
        if sub == "Looting/property destruction":
            actor = armed[0] if armed else next((m for m in main if m.inter == 5), None)
            if actor is not None and _definite_unnamed(text, [actor]):
                # "Presumed ISWAP militants raided the site. The militants seized livestock": the group named before
                previous = _pronoun_antecedent(text, cand, country, day, all_sentences)
                named = previous if previous is not None and previous.kind in _NAMED_KINDS else \
                    _only_group_before(text, cand, country, day, all_sentences)
                if named is not None:
                    reasons.append(f"{actor.text!r}: the group named before ({named.text!r})")
                    actor = named
            a1 = _role(actor) if actor else _generic("unidentified", country, day, "perpetrator not named")
            if not actor:
                reasons.append("perpetrator not named: Unidentified Armed Group")
            a2 = _role(civilians[0]) if civilians else _generic("civilians", country, day, "property of civilians")
            if a1.inter == 5:
                # "looters ransacked shopping malls": a crowd's looting is rioting (ACLED's looting is
                # outside riots)
                reasons.append("property looted or destroyed by rioters: mob violence")
                return "Mob violence", a1, a2, reasons
            if cand.fatalities > 0 or (armed and event.search(_HARM_TO_PEOPLE)):
                # "burned a shop and killed the owner", "tortured an employee and seized two vehicles": the
                # violence to people is the event
                sub = "Attack"
                reasons.append("property destroyed and people harmed: attack")
            elif not civilians and _infrastructure_only(event):
                reasons.append("infrastructure destroyed, no people's property: no second actor")
                a2 = None
            return sub, a1, a2, reasons
        if not main and sub == "Agreement":
            # "Bangladesh and Myanmar signed a MoU": states named as parties are their governments
            parties = sorted(dict.fromkeys(info.name for _, _, info in place_lib.find_countries(event.text)),
                             key=lambda c: c != country)[:2]  # (the country the event is in first)
            if parties:
                reasons.append("states named as the parties: their governments")
                roles = [_generic("government", c, day, "a state named as a party") for c in parties]
                return sub, roles[0], (roles[1] if len(roles) > 1 else None), reasons
        rivals = next((m for m in main if m.kind in ("unidentified", "identity-militia") and "rival" in (
            text[max(0, m.start - 30):m.end]).lower() and _BETWEEN_RIVALS.search(text, max(0, m.start - 30), m.start)),
            None) if sub == "Agreement" else None
        if rivals is not None:
            # "Elders brokered a ceasefire between rival armed factions": both parties are of the kind told (the
            # mediators are none)
            reasons.append("rival groups told as the parties: one of each")
            return sub, _role(rivals), _role(rivals), reasons
        if sub == "Agreement" and len({m.name for m in main}) == 1:
            # "a ceasefire between Israel and Hezbollah": a state named as the other party is its government
            state_party = next((info.name for start, _, info in place_lib.find_countries(event.text)
                                if _BETWEEN_PARTIES.search(event.text, max(0, start - 40), start)), None)
            if state_party is not None:
                reasons.append(f"a state named as the other party: the government of {state_party}")
                return sub, _role(main[0]), _generic("government", state_party, day, "a state named as a party"), reasons
        if sub == "Disrupted weapons use" and main and all(m.inter == 7 for m in main):
            main = []  # "intercepted missiles; falling debris injured 3 people": the people hurt are no party to it
        if main and _GOVERNMENT_MEASURE.search(cand.trigger.text) and not any(m.end <= cand.trigger.start for m in main):
            # "President Noboa declared a state of emergency ... following the escape of Los Choneros leader ...":
            # the group named after the measure is what it answers, not who took it
            main = []
        if sub == "Change to group/activity" and _LEFT_GROUP.match(cand.trigger.text) \
                and any(m.start < cand.trigger.start for m in main):
            # "the Sudan Shield Forces announced that they had left the RSF", "broken away from the ELN": the group
            # left is no actor; the one leaving, named before, is
            main = [m for m in main if not cand.trigger.start <= m.start < cand.trigger.end]
        if not main:
            if _GOVERNMENT_MEASURE.search(cand.trigger.text):
                reasons.append("a curfew or emergency with no one named: the government")
                return sub, _generic("government", country, day, "a government measure"), None, reasons
            if sub == "Disrupted weapons use":
                reasons.append("actor not named: military assumed")
                return sub, _generic("state-military", country, day, "weapons disrupted by state forces"), None, reasons
            reasons.append("actor not named: Unidentified Armed Group")
            return sub, _generic("unidentified", country, day, "actor not named"), None, reasons
        if sub in ("Non-violent transfer of territory", "Disrupted weapons use") and len(main) > 1 \
                and (joined := [m for m in _allies(text, main, cand.trigger.start) if m is not main[0]]):
            # "FAMa and Wagner troops took control of Kidal after CSP fighters withdrew": the forces named together
            # are one side, the side that left the other (so are "Mozambican and Rwandan troops" that defused a bomb)
            lead = max((m for m in main if m.end <= joined[0].start and m not in joined), key=lambda m: m.start,
                       default=main[0])
            cand.allies, cand.allied_to = sorted({m.name for m in joined}), lead.name
            reasons.append("actors named together before the act: allies, " + ", ".join(repr(m.text) for m in joined))
            main = [m for m in main if m not in joined]
        if sub == "Non-violent transfer of territory" and len(main) > 1 and _LEFT_IT.match(cand.trigger.text):
            # "MINUSMA withdrew from its camp and handed it over to the Malian army": the side that took
            # the territory over comes first
            reasons.append(f"territory left by {main[0].text!r}: the side that took it over first")
            return sub, _role(main[1]), _role(main[0]), reasons
        if sub == "Non-violent transfer of territory" and len(main) > 1 and not _LEFT_IT.match(cand.trigger.text) \
                and _THEN_LEFT.match(text, main[0].end) and main[0].end < main[1].start < cand.trigger.start:
            # "Al Shabaab withdrew from the town and government forces entered it without resistance": the side told
            # entering is the taker, the one told leaving the other side
            reasons.append(f"territory left by {main[0].text!r}: the side that entered it first")
            return sub, _role(main[1]), _role(main[0]), reasons
        if sub == "Headquarters or base established" and main[0].inter in (1, 8) and "camp" in cand.trigger.text.lower():
            # "soldiers set up camp at a primary school": a state force's camp is a move, not the permanent
            # base the sub-event is for ("the army completed the construction of a new base")
            sub = "Change to group/activity"
            reasons.append("a camp set up by state forces: change to group/activity")
        if sub == "Disrupted weapons use" and len(main) == 1:
            launcher = _weapons_state(text, cand, country, day)
            if launcher is not None and launcher.name != main[0].name:
                # "Russian air defence intercepted 12 Ukrainian drones over Belgorod": the state that sent them
                reasons.append(f"the weapons disrupted were a state's: {launcher.rule}")
                return sub, _role(main[0]), launcher, reasons
        # a change to a group's activity or a new base is the group's alone (no second actor)
        a2 = _role(main[1]) if len(main) > 1 and sub not in _ONE_SIDED_STRATEGIC else None
        return sub, _role(main[0]), a2, reasons

    # violence and remote families: perpetrator first; a force named as the place hit ("an army
    # base") is a target, never the perpetrator
    attackers = [m for m in armed if not _TARGET_WORDS.search(m.text) and not _is_victim(text, m)
                 # ("Ukraine's air force said it had shot down 29 of 38 drones": the defender, not the striker)
                 and not (cand.family == "remote" and _SHOT_DOWN_AFTER.match(text, m.end))
                 # "police found the bodies of four men": the finders, not the killers
                 and not _FOUND_BODIES.match(text, m.end)
                 # ("their bodies were found by soldiers")
                 and not _FOUND_BY_BEFORE.search(text, max(0, m.start - 30), m.start)
                 # ("fired by Thway Chaung Myanmar military station": a place named as the agent)
                 and not (_TARGET_AFTER.match(text[m.end:m.end + 40]) and not _BY_BEFORE.search(text, max(0, m.start - 50), m.start))
                 # "a gunman shoots and injures a police officer": a force right after the act, with no
                 # armed actor before it, is its object
                 and not (m.inter in (1, 8) and _OBJECT_GAP.fullmatch(text, cand.trigger.end, m.start)
                          and _ACTIVE_ACT.search(cand.trigger.text)
                          and not any(o.end <= cand.trigger.start for o in armed))
                 # "at KIA Gidon post, the army fired mortars": a group naming the place is no attacker
                 and not (m.end <= cand.trigger.start and _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start))
                 # "a drone strike hit the headquarters of Kataib Hezbollah": the owner of the place hit
                 and not (m.start > cand.trigger.start and _PLACE_OF_BEFORE.search(text, max(0, m.start - 40), m.start))
                 and not _OWNED_BY_BEFORE.search(text, max(0, m.start - 20), m.start)
                 # "a man opened fire at a mall, killing 8 people before being shot dead by police": the force
                 # that killed the doer afterwards did not do the act
                 and not (m.start > cand.trigger.end and _DOER_STOPPED_BY.search(text, max(0, m.start - 60), m.start))
                 # "Men posing as police officers pulled a banana exporter from his car": not the police
                 and not _POSING_AS.search(text, max(0, m.start - 30), m.start)]
    claimer = _claimer_told_with(text, cand, armed) if any(m.kind == "unidentified" for m in attackers) else None
    if claimer is not None:
        # "gunmen attacked an army post, killing eight soldiers; JNIM later claimed the attack", "in an attack later
        # claimed by JNIM": the unnamed doers are the group that claimed the act in its own sentence
        reasons.append(f"the act's claim names its doers: {claimer.text!r}")
        attackers = [claimer] + [m for m in attackers if m.kind != "unidentified" and m is not claimer]
        armed = [claimer] + [m for m in armed if m.kind != "unidentified" and m is not claimer]
    agent = next((m for m in attackers if _agent_of_act(text, cand, m)), None)
    if cand.family == "remote":
        # "Drones launched by the Rapid Support Forces struck the air base": who sent the weapons did it
        agent = next((m for m in attackers if _WEAPON_LAUNCHED_BY.search(text, max(0, m.start - 50), m.start)
                      or _PLANTED_AFTER.match(text, m.end)), agent)
    # "two policemen were shot dead by unknown gunmen": unknown attackers named as the agent of a
    # passive act did it to the force (no fight between two sides that would list the state first)
    passive_agent = agent is not None and agent.kind == "unidentified" and _passive_act(text, cand)
    if agent is not None and attackers[0] is not agent and (
            agent.inter in (1, 8) or attackers[0].inter not in (1, 8) or passive_agent):
        # "a man suspected of kidnapping was killed by police": the agent of the act did it (a state
        # force hit by a group stays first: it may be a battle, where ACLED lists the state first)
        attackers = [agent] + [m for m in attackers if m is not agent]
    if cand.trigger.sub_event_type == "Air/drone strike" and any(m.inter in (1, 8) for m in attackers) \
            and not (agent is not None and agent.inter not in (1, 8)):  # ("drones launched by the RSF")
        # aircraft are a state's: the air force is the attacker, the group named with it the target
        attackers.sort(key=lambda m: 0 if m.inter in (1, 8) else 1)
    # (guards a group fought are no group that did it: "a gun battle with security guards ... ISWAP claimed")
    # (nor a foreign mission told after the act, its target: "militants ambushed an ATMIS convoy")
    if not any(m.kind in _NAMED_KINDS and not m.name.startswith(actor_lib.PRIVATE_SECURITY)
               and not (m.kind == "external" and m.start > cand.trigger.start) for m in attackers) \
            and not any(_UNKNOWN_WORD.search(m.text) for m in attackers) \
            and (attackers or _attributed_state(text, cand, country, day) is None):  # ("attributed to Turkey": its)
        named = _context_group(text, cand, country, day, all_sentences)
        if named is not None and _no_striker(text, cand, named):
            named = None
        if named is not None and named.start > cand.trigger.start and any(
                m.inter in (1, 8) and m.end <= cand.trigger.start for m in attackers) \
                and any(s.start <= named.start < s.end for s in cand.sentences):
            # "the army carried out airstrikes on the KIA post": a force told as the subject, the
            # group named after the act is its target, not the one who carried it out
            named = None
        if named is not None and not any(t.start <= named.start < t.end for t in cand.sentences) and any(
                m.inter in (1, 8) and m.end <= cand.trigger.start and not _is_victim(text, m)
                and not _PASSIVE_BETWEEN.search(text, m.end, cand.trigger.start) for m in attackers) \
                and not _OWNS_IT.search(text, max(0, named.start - 200), named.end + 80):
            # "soldiers ... shot at a house before raiding it. They detained three men, accusing them of extorting
            # money for the Arakan Army": a force told doing it did it; a group named nearby without owning the
            # act is no doer
            if _THEY_BELONGED_TO.search(text, max(0, named.start - 60), named.start) \
                    and any(m.kind == "unidentified" for m in armed):
                # ("National Guard troops clashed with a group of armed men ... Officials said the gunmen belonged to
                # the Jalisco New Generation Cartel": the unnamed side is the group they were told to belong to)
                reasons.append(f"the unnamed side told as belonging to a group: {named.text!r}")
                armed = [named if m.kind == "unidentified" else m for m in armed]
                attackers = [named if m.kind == "unidentified" else m for m in attackers]
            named = None
        if named is not None and agent is not None and agent.inter in (1, 8) and agent in attackers \
                and not agent.name.startswith(actor_lib.PRIVATE_SECURITY):
            # "a man was shot dead by police after stabbing an officer. IS later claimed responsibility":
            # the force told as the act's doer did it; the claim is of the act it answered
            named = None
        if named is not None and named.start > cand.trigger.start and (
                _is_victim(text, named) or _killed_beside_the_force(text, named)):
            # "suspected jihadists attacked a military detachment, killing 34 VDP and 6 soldiers": the dead, no doer
            named = None
        if named is not None:
            reasons.append(f"perpetrator named elsewhere in the article: {named.text!r}")
            attackers = [named] + [m for m in attackers if m.kind != "unidentified"]
            armed = [named] + [m for m in armed if m.kind != "unidentified"]
    # "Suspected ISGS militants made an incursion. The militants burned a vehicle.": "the militants"
    # refers back to the group named before
    definite = _definite_unnamed(text, attackers)
    if not attackers or definite:
        previous = _pronoun_antecedent(text, cand, country, day, all_sentences)
        if previous is not None and (not definite or previous.kind in _NAMED_KINDS):
            reasons.append(f"perpetrator told as a pronoun: {previous.text!r} from the sentence before")
            attackers = [previous]
            armed = [previous] + [m for m in armed if m.kind != "unidentified"]
        elif definite:
            only = _only_group_before(text, cand, country, day, all_sentences)
            if only is not None:
                # "M23 rebels captured the town. // ... shells fell on a camp, blaming the rebels"
                reasons.append(f"'the {attackers[0].text.split()[-1].lower()}': the one armed group the article "
                               f"named before ({only.text!r})")
                attackers = [only] + [m for m in attackers if m.kind != "unidentified"]
                armed = [only] + [m for m in armed if m.kind != "unidentified"]
    # "Fighting broke out between the army and the RSF in El Obeid on Thursday. The clashes continued on Friday": the
    # fight told again on another day is between the same two sides
    if not attackers and cand.trigger.sub_event_type == "Armed clash" and _FIGHTING_GOES_ON.search(cand.sentences[0].text):
        sides = _sides_told_before(text, cand, country, day, all_sentences)
        if sides:
            reasons.append(f"the fighting told before, going on: its sides ({sides[0].text!r}, {sides[1].text!r})")
            attackers = sides[:1]
            armed = sides + [m for m in armed if m.name not in {sides[0].name, sides[1].name}]
    # (not when protesters are named doing it: "Protesters also stormed a prison")
    # (nor when the weapon names its state: "an Israeli shell killed a shepherd")
    if not attackers and len(all_sentences) <= _SHORT_REPORT and not any(
            m.kind == "protesters" and m.end <= cand.trigger.start and not _is_victim(text, m) for m in main) \
            and not (cand.family == "remote" and _national_strike(text, cand, country, day) is not None):
        elsewhere = _report_actor(text, cand, country, day, all_sentences)
        if elsewhere is not None and not _no_striker(text, cand, elsewhere):
            reasons.append(f"perpetrator named elsewhere in the report: {elsewhere.text!r}")
            attackers = [elsewhere]
            armed = [elsewhere] + [m for m in armed if m.name != elsewhere.name]
    perpetrator = attackers[0] if attackers else None
    if perpetrator is not None and perpetrator.kind == "unidentified" and cand.summary is not None \
            and cand.summary[0] <= perpetrator.start < cand.summary[1]:
        # "Paramilitary fighters killed more than 100 // The RSF stormed Wad al-Noura": the lead's unnamed
        # doers are the group its detail names
        named = next((m for m in attackers if m.kind in _NAMED_KINDS and not cand.summary[0] <= m.start < cand.summary[1]),
                     None)
        if named is not None:
            reasons.append(f"the lead's {perpetrator.text!r} named in the detail: {named.text!r}")
            perpetrator = named
    if perpetrator is not None and perpetrator.kind != "unidentified" and sub != "Air/drone strike":
        unknown = event.search(_PERPETRATOR_UNKNOWN) or _PERPETRATOR_UNKNOWN.search(_told_after(cand, all_sentences, 2))
        if unknown is not None:
            # "It was not clear whether the military or the AA fired the shell": no one named did it
            reasons.append(f"the text says who did it is not known ({unknown.group(0)!r})")
            perpetrator = None
    if cand.family == "remote":
        near_blast = struck = None
        national = _national_strike(text, cand, country, day)
        if national is None and perpetrator is None:
            national = _national_strike_in_lead(text, cand, country, day)
        # ("a US drone strike targeted Al Shabaab": a group named after the strike is its target)
        # (a group named inside the act's words is its target too: "carried out strikes on Saturday on Houthi targets")
        if national is not None and (perpetrator is None or perpetrator.kind.startswith("state")
                                     or perpetrator.start > cand.trigger.start):
            perpetrator = national
            # (the weapon's state, not a group named elsewhere in the article)
            reasons[:] = [r for r in reasons if not r.startswith("perpetrator named elsewhere")]
        harm = _HARM_BEFORE.search(text, cand.trigger.end, perpetrator.start) \
            if perpetrator is not None and perpetrator.start >= cand.trigger.end else None
        if harm is not None and perpetrator.kind in _NAMED_KINDS \
                and "." not in text[cand.trigger.end:perpetrator.start] \
                and not _RESPONSIBILITY.search(text, harm.end(), min(len(text), perpetrator.end + 60)):
            # (a claim told after the harm, not the strike "carried out on Wednesday" before it)
            # "Another struck a car, killing two men the military said were Hezbollah fighters": the group
            # named after the strike's harm is whom it hit
            reasons.append(f"a group named as those the strike hit is its target: {perpetrator.text!r}")
            struck, perpetrator = perpetrator, None
            if sub in ("Remote explosive/landmine/IED", "Suicide bomb"):
                # "a roadside bomb struck an AMISOM convoy ... Al Shabaab claimed the attack": the group that claimed it
                claimed = _context_group(text, cand, country, day, all_sentences)
                if claimed is not None and claimed.name != struck.name:
                    perpetrator = claimed
                    reasons.append(f"perpetrator named elsewhere in the article: {claimed.text!r}")
        if perpetrator is not None and perpetrator.inter in (1, 8) and (
                sub == "Remote explosive/landmine/IED"
                # (after the blast first told: "two bombs exploded ..., killing 20, including soldiers. // ... carried out
                # by suicide bombers")
                or (sub == "Suicide bomb" and (perpetrator.start > min(t.start for t in cand.triggers)
                                               or _FORCE_SITE_AFTER.match(text, perpetrator.end)))) \
                and (not _forces_set_it(text, perpetrator)
                     # ("the device was buried under a dirt track used by army patrols": the track's users)
                     or _OWNED_BY_BEFORE.search(text, max(0, perpetrator.start - 20), perpetrator.start)):
            # "a landmine exploded as a military column passed", "a suicide bomber blew himself up in the
            # Police Lines": forces near a blast are its target unless the text says they planted or set it off
            # (or named before the bomber as a site: "Suicide bomber kills 13 at army recruitment centre")
            reasons.append(f"forces near a blast are its target: {perpetrator.text!r}")
            near_blast = perpetrator
            # "a landmine attack by the AA hit a police convoy": the group named beside it set it off
            perpetrator = next((m for m in attackers if m.inter in (2, 3, 4) and m.name != near_blast.name), None)
            if perpetrator is None:  # "Police blamed al-Shabaab militants"
                perpetrator = _context_group(text, cand, country, day, all_sentences)
                if perpetrator is not None:
                    reasons.append(f"perpetrator named elsewhere in the article: {perpetrator.text!r}")
        if near_blast is None and perpetrator is not None and perpetrator.inter in (1, 8) \
                and perpetrator.start >= cand.trigger.end and _ON_TARGET.search(text, max(0, perpetrator.start - 25), perpetrator.start) \
                and not _named_as_agent(text, perpetrator):  # (not "blamed on the Turkish military")
            # "a drone dropped explosives on a police patrol": the force the strike fell on is its target
            reasons.append(f"forces the strike fell on are its target: {perpetrator.text!r}")
            near_blast = perpetrator
            perpetrator = next((m for m in attackers if m.inter in (2, 3, 4) and m.name != near_blast.name), None) \
                or _context_group(text, cand, country, day, all_sentences)
        if near_blast is None and perpetrator is not None and perpetrator.kind == "unidentified" \
                and sub == "Air/drone strike" and perpetrator.start >= cand.trigger.end \
                and _ON_TARGET.search(text, max(0, perpetrator.start - 30), perpetrator.start) \
                and not _named_as_agent(text, perpetrator):
            # "An airstrike hit a column of militants between Bankilare and Tera": the men the strike fell on are its
            # target, its striker the state's air force
            reasons.append(f"armed men the strike fell on are its target: {perpetrator.text!r}")
            perpetrator = None
        if perpetrator is None and sub == "Air/drone strike":
            # "Russian attacks killed seven. // In Kharkiv, a guided aerial bomb struck a building": the one
            # foreign state the article told of as striking
            # (or told by its weapon just before: "A Russian guided aerial bomb hit Kharkiv ... Two days later,
            # another bomb struck the same district")
            perpetrator = _foreign_state_before(text, cand, country, day, all_sentences) \
                or _foreign_weapon_before(text, cand, country, day, all_sentences)
            if perpetrator is not None:
                reasons.append(f"striker not named: the foreign state the article named before ({perpetrator.text!r})")
        if perpetrator is None and sub in ("Shelling/artillery/missile attack", "Air/drone strike"):
            # "Hezbollah fired dozens of rockets at northern Israel ... a rocket hit a house in Kiryat Shmona": the
            # one group (or foreign state) the article told of as firing them
            perpetrator = _one_actor_before(text, cand, country, day, all_sentences,
                                            lambda m: (m.kind in _NAMED_KINDS or m.inter == 8)
                                            and _FIRED_AFTER.match(text, m.end) is not None, near=True)
            if perpetrator is not None:
                reasons.append(f"firer not named: the one the article told of as firing them ({perpetrator.text!r})")
        attributed = _attributed_state(text, cand, country, day) if perpetrator is None else None
        if attributed is not None:
            a1 = attributed
            reasons.append(f"striker not named as the doer: {attributed.rule}")
        elif perpetrator is None:
            # (no state strikes its own forces: an unnamed striker of a force is an armed group)
            kind = "state-military" if sub == "Air/drone strike" and near_blast is None \
                and not event.search(_STATE_BASE) else "unidentified"
            a1 = _generic(kind, country, day, "perpetrator not named")
            reasons.append("perpetrator not named: " + ("state air force assumed" if kind == "state-military"
                                                        else "Unidentified Armed Group"))
        else:
            a1 = _role(perpetrator)
        # (the striker may be told by its weapons' nation, its forces named too: "US and UK forces carried out air
        # strikes on Houthi targets")
        told_striker = perpetrator if perpetrator is None or perpetrator in armed else next(
            (m for m in armed if m.name == perpetrator.name and m.end <= cand.trigger.start), None)
        if told_striker is not None:
            # "the army's 250th LIB, together with Da Law Militia, fired shells at the KIA": allies, one side
            armed = _join_allies(text, cand, armed, told_striker, reasons)
        other_armed = sorted((m for m in armed if m.name != perpetrator_name(perpetrator)
                              and not _SHOT_DOWN_AFTER.match(text, m.end)),  # (the defender: neither side hit)
                             key=lambda m: m.kind == "unidentified")
        # forces on the move that the blast hit ("a police convoy") are its target before the
        # bystanders hurt; forces only near it ("near the army base") are a landmark
        units = [m for m in ([near_blast] if near_blast else []) + other_armed
                 if _FORCE_UNIT.search(m.text) or _FORCE_UNIT.match(text[m.end:m.end + 30].lstrip())
                 or _UNIT_OF.search(text[max(0, m.start - 30):m.start])
                 # "lobbed a grenade at a security forces bunker": the force's post the act was aimed at
                 or (_FORCE_PROPERTY.match(text, m.end) and _AIMED_AT.search(text, max(0, m.start - 20), m.start))]
        # "An Israeli drone strike on a car killed a Hezbollah member": the group whose member it killed was hit (the
        # "one person" a ministry counted is the same man)
        member = next((m for m in other_armed if m.inter in (2, 3, 4) and _member_harmed(text, m.text, cand.trigger.end)),
                      None)
        # ("blew up next to a police station ..., killing two police officers and wounding eight civilians": the forces it
        # killed, not the bystanders it hurt)
        killed_forces = [m for m in other_armed if m.inter in (1, 8)] if event.search(_FORCES_KILLED) \
            and not event.search(_CIVILIANS_KILLED) else []
        if not killed_forces:
            killed_forces = [m for m in other_armed if m.inter in (1, 8) and _THEIR_STAFF.match(text, m.end)]
        if not killed_forces and near_blast is not None and _THEY_WERE_KILLED.match(text, near_blast.end):
            # "Eight DRG jawans and their driver were killed when Maoists blew up their vehicle": the forces told killed
            killed_forces = [near_blast]
        target = units[0] if units else struck or member or (killed_forces[0] if killed_forces else None) or (
            civilians[0] if civilians else (other_armed[0] if other_armed else None))
        if target is not None and not units and not struck and target.inter in (1, 8) and target.start > cand.trigger.end \
                and "." not in text[cand.trigger.end:target.start] \
                and _CIVILIAN_THINGS.search(text, cand.trigger.end, target.start) \
                and _LATER_AMONG_DEAD.search(text, cand.trigger.end, target.start):
            # "a suicide bomber attacked crowds at the airport, killing 170 Afghans and 13 US service members": the
            # crowd hit first is the target, the forces among the dead with it
            target = None
        last = cand.sentences[-1].index
        if (target is None or target.inter == 7) and (event.search(_DEAD_WERE_FORCES) or any(
                _DEAD_WERE_FORCES.search(s.text) for s in all_sentences[last + 1:last + 4])):
            # "A suicide bomber killed five people at a checkpoint ... three of the dead were soldiers": the forces hit
            force = next((m for m in other_armed if m.inter in (1, 8)), None)
            reasons.append("the dead included soldiers or police: the forces were hit")
            if force is None:
                return sub, a1, _generic("state-military", country, day, "soldiers among the dead"), reasons
            target = force
        told = " ".join(text[a:b] for a, b in cand.regions + cand.outcomes)
        if sub == "Shelling/artillery/missile attack" and _FIRE_BETWEEN.search(told):
            # "shelling and shooting between the AA and the military injured four residents": a battle, whoever
            # it hit (state forces first, as ACLED lists them in a two-sided fight)
            sides = sorted({m.name: m for m in armed}.values(), key=lambda m: (0 if m.inter in (1, 8) else 1, m.start))
            if len(sides) >= 2:
                reasons.append("shelling between two armed sides: armed clash")
                return "Armed clash", _role(sides[0]), _role(sides[1]), reasons
        after = _told_after(cand, all_sentences, 2)
        # (or told hurt in the sentences after it: "shelled Nikopol with heavy artillery. A civilian man was injured.")
        if target is None and (_CIVILIAN_THINGS.search(told) or (_HARM_TOLD.search(after) and _CIVILIANS_HURT.search(after))) \
                and (cand.fatalities or _HARM_KNOWN.search(told) or _HARM_KNOWN.search(after)):
            # "a shell fell into the village, injuring a man": the people or homes hit are civilians
            # (shells that fell near a village and hurt no one hit no one: no actor2)
            reasons.append("hit homes or people not named as armed: civilians")
            return sub, a1, _generic("civilians", country, day, "shelling or a blast that hit civilians"), reasons
        if sub == "Shelling/artillery/missile attack" and target is not None and target.inter in _ARMED \
                and (event.search(_TWO_SIDED_FIRE) or _TWO_SIDED_FIRE.search(_told_after(cand, all_sentences, 1))):
            # "shelling between the army and the TNLA", "the army responded with artillery": two-sided, a battle
            reasons.append("shelling from both sides: armed clash")
            sub = "Armed clash"
        if sub == "Remote explosive/landmine/IED" and target is not None and target.inter in _ARMED \
                and _gunfire_after_blast(cand, all_sentences):
            # a mine set off under a column and then gunfire: an ambush, one battle (ACLED codebook)
            reasons.append("a blast on armed forces followed by gunfire: armed clash")
            sub = "Armed clash"
        return sub, a1, (_role(target) if target else None), reasons

    # violence family
    if sub in (GENERIC_VIOLENCE, "Attack", "Armed clash") and armed and event.search(_MOB_KILLING):
        # "a crowd seized 13 suspected gang members from police, beat them and burned them alive": a crowd,
        # told before any armed actor, that lynched the people in its hands
        first_armed = min(m.start for m in armed)
        mob = _LYNCH_CROWD.search(text, cand.sentences[0].start, first_armed)
        if mob is not None and not _TOLD_BY.search(text, mob.end(), first_armed):
            reasons.append(f"a crowd ({mob.group(0)!r}) lynched the people it held: mob violence")
            return "Mob violence", Role(f"Rioters ({country})", 5, f"a crowd: {mob.group(0)!r}"), \
                _generic("civilians", country, day, "people lynched by a crowd"), reasons
    if sub == GENERIC_VIOLENCE and event.search(_SAME_FORCE) and state and not civilians and all(
            m.name == state[0].name for m in armed):
        # "an officer was shot dead by a colleague", "soldiers shot at each other": a fight within one force
        reasons.append("members of one force fought each other: armed clash")
        return "Armed clash", _role(state[0]), _role(state[0]), reasons
    if sub == GENERIC_VIOLENCE and perpetrator is not None and perpetrator.inter in (1, 8) and cand.fatalities > 0 \
            and _AFTER_THEY_SURRENDERED.search(text, cand.sentences[0].start, cand.sentences[-1].end):
        # "Police officers shot dead two suspected robbers ... after they had surrendered": the defenceless killed
        reasons.append("killed after they had surrendered: an attack")
        return "Attack", _role(perpetrator), _generic("civilians", country, day, "killed after surrendering"), reasons
    if sub == GENERIC_VIOLENCE:
        # (people named before an active act are its doers, not more victims: "fishermen attacked ... officers")
        victims_too = [c for c in civilians if not (
            c.end <= cand.trigger.start and not _PASSIVE_WORD.search(text[c.end:cand.trigger.start])
            and _MOB.match(text, c.start, cand.trigger.end) and not _is_victim(text, c))]
        # (or a named armed group's member told hit: "an SDF commander was shot dead outside his home"; not a
        # community's people, "4 Meru youths were attacked and killed": civilians)
        victim_force = (len(armed) == 1 and not victims_too and (
            armed[0].inter in (1, 8) or (armed[0].inter in (2, 3) and armed[0].kind in ("rebel", "militia")
                                         and _is_victim(text, armed[0]))) and (
            # ("fishermen attacked and injured four police officers": the force hit, told after the act)
            # (or inside the trigger, after its verb: "shoots and injures a police officer")
            (armed[0].start > cand.trigger.start and _is_victim(text, armed[0]))
            or (armed[0].end <= cand.trigger.start
                and (_PASSIVE_VICTIM.match(text[armed[0].end:cand.trigger.start])
                     # "a police officer was hacked to death": the trigger itself is passive
                     or (_PASSIVE_TRIGGER.match(cand.trigger.text) and not text[armed[0].end:cand.trigger.start].strip())
                     or _PASSIVE_BEFORE_ACT.match(text[armed[0].end:cand.trigger.start]) or _is_victim(text, armed[0])))))
        crowd_did = victim_force and _MOB.search(text, cand.sentences[0].start, armed[0].start)
        if crowd_did:
            # "BNP supporters set fire to buses; a policeman was beaten to death": a crowd named doing
            # violence, and no armed group: the crowd hit the force
            street = bool(event.search(_STREET_PROTEST) or event.search(_DEMONSTRATION_WORDS))
            sub = "Violent demonstration" if street else "Mob violence"
            reasons.append(f"a crowd ({crowd_did.group(0)[:40]!r}) doing violence, a force hurt: " + sub.lower())
            return sub, Role(f"Rioters ({country})", 5, "a crowd doing violence"), _role(armed[0]), reasons
        if victim_force:
            # "thirteen peacekeepers were killed in fighting near Sake": the one armed group the article told of
            group = _one_actor_before(text, cand, country, day, all_sentences,
                                      lambda m: m.inter in (2, 3) and m.kind in _NAMED_KINDS, near=True) \
                if event.search(_KILLED_IN_FIGHTING) else None
            if group is not None and group.name != armed[0].name:
                reasons.append(f"killed in the fighting with the armed group told before ({group.text!r}): armed clash")
                return "Armed clash", _role(group), _role(armed[0]), reasons
            # "two policemen were shot dead": the force is the target of an unnamed attacker
            reasons.append("attacker not named: Unidentified Armed Group")
            return "Armed clash", _generic("unidentified", country, day, "attacker not named"), \
                _role(armed[0]), reasons
        # "attacked the SSA-N, leaving a villager dead": the armed group right after the trigger is
        # the target, so it is a battle even though a civilian died
        if not _SYMMETRIC.search(cand.trigger.text) and not _EACH_OTHER.match(text, cand.trigger.end):
            # "the military and BGP arrested and beat villagers": allies, one side ("attacked each other": two)
            armed = _join_allies(text, cand, armed, perpetrator, reasons)
        defenders = [m for m in main if m.inter == 7 and m.kind == "civilians" and m.end <= cand.trigger.start
                     and _DEFENDERS.search(m.text) and not _is_victim(text, m)
                     and not _PASSIVE_WORD.search(text[m.end:cand.trigger.start])]
        if defenders and armed and all(m.inter in (2, 3) and m.start >= cand.trigger.end for m in armed):
            # "residents killed two militants who entered the village": villagers who fight an armed
            # group are a communal militia, and it is a battle
            reasons.append(f"villagers fighting an armed group ({defenders[0].text!r}): communal militia")
            return "Armed clash", Role(f"Unidentified Communal Militia ({country})", 4,
                                       f"{defenders[0].text!r} fighting an armed group"), _role(armed[0]), reasons
        armed_object = any(
            m is not perpetrator and 0 <= m.start - cand.trigger.end <= 40
            and not _BY_OR_CLAUSE_END.search(text[cand.trigger.end:m.start]) for m in armed)
        # state forces that fought back or were hit in the raid make it a battle, even with civilians hurt
        state_engaged = perpetrator is not None and perpetrator.inter not in (1, 8) and any(
            m.inter in (1, 8) and m.name != perpetrator.name
            and _STATE_ENGAGED.search(text[m.start:_sentence_end(text, m.end)]) for m in armed)
        if perpetrator is not None and perpetrator.inter in (2, 3, 4) and not state_engaged \
                and not any(m.inter in (1, 8) for m in armed):
            # "Pokot fighters attacked a convoy. 4 police officers were injured.": forces hit or fighting
            # back in the next sentences make it a battle
            # (not on a day of their own: "The following day, police pursuing the raiders exchanged fire with them")
            later = [m for s2 in _following(cand, all_sentences, 2) if not _opens_another_day(s2.text, day)
                     for m in _actor_mentions(text, [s2], country, day)
                     if m.inter in (1, 8) and m.kind.startswith("state")
                     and _STATE_ENGAGED.search(text[m.start:_sentence_end(text, m.end)])]
            if later:
                state_engaged = True
                armed = armed + [later[0]]
                reasons.append(f"state forces hit or fighting back in the next sentences ({later[0].text!r})")
        # "police opened fire, killing two of the attackers", "police shot six of the robbers dead":
        # state forces fighting the attackers make it a battle, whoever else was hurt
        state_fought = any(
            f.inter in (1, 8) and m.inter in (2, 3, 4) and 0 < m.start - f.end <= 80
            and not _BY_OR_CLAUSE_END.search(text, f.end, m.start) and _STATE_FIRES.search(text, f.end, m.start)
            for f in armed for m in armed)
        if state_fought and not state_engaged:
            state_engaged = True
            reasons.append("state forces fought the attackers: armed clash")
        # "killed in Kom between Borana and Samburu militias": two groups named as the sides
        between = any(a.name != b.name and _BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start)
                      and re.fullmatch(r"\s*(?:and|&)\s+(?:the\s+)?", text[a.end:b.start])
                      for a in armed for b in armed if a.end <= b.start)
        # ("security forces launched a rescue operation ... Thirty militants were killed": the forces' unnamed foes
        # killed; not a man they shot and then said was a member of a group)
        foes_killed = perpetrator is not None and perpetrator.inter in (1, 8) and any(
            m.kind == "unidentified" and _is_victim(text, m) for m in armed)
        # ("raided cattle camps near Pieri, sparking fighting with Lou Nuer youth. 19 people were killed": the side the
        # raid set fighting off with)
        # (or the group a raid targeted, which set off the fighting: "raided the favelas targeting the Comando Vermelho,
        # sparking gunfights in which at least 121 people were killed")
        sparked = any(m is not perpetrator and (_SPARKED_FIGHT_WITH.search(text, max(0, m.start - 60), m.start) or (
            m.start > cand.trigger.start and _FIGHT_SPARKED_AFTER.match(text, m.end))) for m in armed)
        two_sides = (len({m.name for m in armed}) >= 2 and (
            not civilians or armed_object or state_engaged or between or foes_killed or sparked)) or (
            len(armed) == 1 and not civilians and _armed_target_words(text, cand, perpetrator)
        )
        sub = "Armed clash" if two_sides else "Attack"
        if not armed and event.search(_MOB):
            sub = "Mob violence"  # residents, voters, a crowd: no armed group, so a mob
    # a crowd counts below only in a clash, or in an attack with state forces alone on the other side
    state_only = bool(armed) and all(m.inter == 1 for m in armed)
    if sub == "Attack" and state_only and cand.fatalities > 0 and armed[0].end <= cand.trigger.start \
            and event.search(_KILLED_DURING_A_MARCH) \
            and not any(_PROTESTERS_VIOLENT.search(x.text) for x in cand.sentences):
        # "police shot dead two students in Rangpur during a march": people a force killed at a protest, told by who they
        # were, are protesters the force used excessive force on
        reasons.append("people killed by state forces during a protest: excessive force against protesters")
        return "Excessive force against protesters", Role(f"Protesters ({country})", 6, "those killed at a protest",
                                                          _assoc_for(assoc, None)), _role(armed[0]), reasons
    crowd = next((m for a, b in cand.regions for m in [_CROWD.search(text, a, b)] if m), None) \
        if sub == "Armed clash" or (sub == "Attack" and state_only) else None
    if crowd is not None and not state_only and armed and armed[0].inter == 1 and crowd.end() <= cand.trigger.start \
            and _SYMMETRIC.search(cand.trigger.text) and _CROWD_THEN_ACT.fullmatch(text, crowd.end(), cand.trigger.start) \
            and armed[0].start - cand.trigger.start < 60 and _FOUGHT_WITH.search(text, cand.trigger.start, armed[0].start) \
            and all(_ALLIED_WITH_BEFORE.fullmatch(text, a.end, b.start) for a, b in zip(armed, armed[1:], strict=False)):
        # "students clashed with police and BCL activists": the crowd told as the subject fought them all, the
        # force first among them (no clash between the police and the party's men)
        state_only = True
        allies = [m for m in armed[1:] if m.name != armed[0].name]
    else:
        allies = []
    if sub in ("Attack", "Armed clash") and crowd is not None and state_only \
            and crowd.start() < min(m.start for m in armed) \
            and not _TOLD_BY.search(text, crowd.end(), min(m.start for m in armed)) \
            and (crowd.start() < cand.trigger.end or _SYMMETRIC.search(cand.trigger.text)) \
            and not any(_BY_BEFORE.search(text[max(0, m.start - 40):m.start]) for m in armed) \
            and not _VICTIM_AFTER.match(text[crowd.end():crowd.end() + 80]) \
            and not _CROWD_TELLS.match(text, crowd.end()) \
            and not _PASSIVE_TRIGGER.match(cand.trigger.text) \
            and not event.search(_GUNFIRE_TRADED):
        # (not one shot: "an inmate ... was shot during a police search"; nor men who traded fire with the forces:
        # "prisoners broke out ... after exchanging fire with guards")
        shooter = next((m for m in armed if m.end <= cand.trigger.start and cand.trigger.start - m.end <= 30
                        and "." not in text[m.end:cand.trigger.start]), None)
        if shooter is not None and event.search(_PEACEFUL_CROWD) and crowd.start() < shooter.start:
            # "the demonstrators had been walking peacefully ... when officers opened fire with live rounds": the force's
            # fire on a peaceful crowd, not a riot
            reasons.append(f"a force ({shooter.text!r}) fired on a crowd told as peaceful: excessive force against "
                           "protesters")
            return "Excessive force against protesters", Role(f"Protesters ({country})", 6, f"a peaceful crowd: "
                                                              f"{crowd.group(0)!r}"), _role(shooter), reasons
        # "youths attacked an army truck", "supporters and police clashed": a crowd against
        # state forces is mob violence, the forces its target; with the marks of a street
        # protest told next to it (barricades, burning tyres) it is a violent demonstration
        nearby = _told_near(cand, all_sentences)
        # (or a crowd that stormed a seat of power: "Sadrist supporters stormed the Republican Palace. Clashes with
        # security forces killed 30.")
        # (or one told angry over a grievance against the state: "youths ... launched fireworks at riot police,
        # angry over the police killing of a teenager")
        street = bool(_STREET_PROTEST.search(nearby) or _DEMONSTRATION_WORDS.search(nearby)) \
            or _storms_a_seat(event) or event.search(_ANGER_AT_STATE) is not None \
            or _CAMPAIGNERS.fullmatch(crowd.group(0)) is not None  # "activists clashed with police"
        sub = "Violent demonstration" if street else "Mob violence"
        reasons.append(f"a crowd ({crowd.group(0)!r}) against state forces: " + sub.lower())
        # (its kind told: "students clashed with police" -> Students)
        crowd_assoc = [m for m in assoc if m.start < crowd.end() and crowd.start() < m.end]
        return sub, Role(f"Rioters ({country})", 5, f"a crowd: {crowd.group(0)!r}", _assoc_for(crowd_assoc, None)), \
            dataclasses.replace(_role(armed[0]), assoc=_assoc_for(allies, None)), reasons
    if sub == "Armed clash" and armed and all(m.kind == "unidentified" for m in armed) and event.search(_RIVAL_SUPPORTERS):
        # "supporters of rival candidates clashed outside a polling station ... Men armed with sticks and pistols
        # fought": partisans fighting each other are rioters, whatever they carried (no armed group named)
        reasons.append("supporters of rival candidates or parties fighting: mob violence")
        return "Mob violence", Role(f"Rioters ({country})", 5, "rival supporters"), \
            Role(f"Rioters ({country})", 5, "the other camp"), reasons
    police_only = (sub == "Armed clash" and len(armed) == 1 and armed[0].kind == "state-police"
                   and _SYMMETRIC.search(cand.trigger.text) and not event.search(_ARMS) and not event.search(_GUNFIRE_TRADED)
                   and not event.search(_COMMUNAL) and not event.search(_COMMUNITIES))
    if police_only and event.search(_INTERVENING) and (
            event.search(_UNARMED_SIDES) or event.search(_RIVALS)):
        # "two rival groups clashed; police dispersed them": the police only intervened in a mob's fight
        reasons.append("police intervened in a fight between unarmed groups: mob violence")
        return "Mob violence", Role(f"Rioters ({country})", 5, "unarmed rivals"), \
            Role(f"Rioters ({country})", 5, "the other group"), reasons
    opening = cand.sentences[0]
    told_before = all_sentences[opening.index - 1].text if police_only and 0 < opening.index <= len(all_sentences) \
        and all_sentences[opening.index - 1].paragraph == opening.paragraph else ""
    # (or a protest told in the sentence before: "students protested in Athens ... Clashes with police broke out")
    if police_only and (crowd is not None or event.search(_UNARMED_SIDES) or any(
            _DEMONSTRATION_WORDS.search(s.text) for s in cand.sentences) or _DEMONSTRATION_WORDS.search(told_before)):
        # "police clash with market traders", "one dead after clashes with police": with no weapons
        # and no armed group named, the other side is a crowd
        nearby = _told_near(cand, all_sentences)
        street = bool(_STREET_PROTEST.search(nearby) or _DEMONSTRATION_WORDS.search(nearby)
                      or _DEMONSTRATION_WORDS.search(told_before))
        sub = "Violent demonstration" if street else "Mob violence"
        reasons.append("police against an unarmed crowd: " + sub.lower())
        return sub, Role(f"Rioters ({country})", 5, "an unarmed crowd against police"), _role(armed[0]), reasons
    faiths = list(dict.fromkeys(m.name for m in assoc if m.name.split(" Group (")[0] in _FAITHS))
    if not armed and sub == "Armed clash" and len(faiths) >= 2:
        # "clashes broke out between Hindu and Muslim groups": two faiths' people fighting, no armed group named
        reasons.append("two faiths' people clashing, no armed group: mob violence")
        return "Mob violence", Role(f"Rioters ({country})", 5, "one faith's crowd", faiths[0]), \
            Role(f"Rioters ({country})", 5, "the other faith's crowd", faiths[1]), reasons
    before = all_sentences[opening.index - 1].text if 0 < opening.index <= len(all_sentences) \
        and all_sentences[opening.index - 1].paragraph == opening.paragraph else ""
    if not armed and sub == "Armed clash" and (event.search(_COMMUNAL) or event.search(_COMMUNAL_SIDES) or (
            _FIGHTING_GOES_ON.search(opening.text) and (_COMMUNAL.search(before) or _COMMUNAL_SIDES.search(before)))):
        # "herders and farmers clashed over pasture", "villagers clashed over a boundary": communal militias (and the
        # fighting told going on after them: "Fresh fighting on Sunday killed two more")
        reasons.append("groups clashing over land, water or pasture: communal militias")
        communal = Role(f"Unidentified Communal Militia ({country})", 4, "a community's fighters")
        return sub, communal, communal, reasons
    if not armed and sub == "Armed clash" and event.search(_FIREARMS):
        # "rival groups of informal miners clashed with firearms": groups fighting with guns are armed groups
        reasons.append("groups fighting with firearms: armed groups")
        side = _generic("unidentified", country, day, "a side fighting with firearms")
        return sub, side, side, reasons
    if not armed and sub == "Armed clash" and (crowd is not None or event.search(_UNARMED_SIDES)):
        # "migrants fought", "lawmakers clash", "political parties clashed": crowds fighting; where one is
        # told a demonstration's ("clashed with counter-protesters"), demonstrators turned violent
        if _a_demonstrations_crowd(event):
            reasons.append("a clash between a demonstration's crowds: violent demonstration")
            return "Violent demonstration", Role(f"Rioters ({country})", 5, "demonstrators fighting"), \
                Role(f"Rioters ({country})", 5, "the other crowd"), reasons
        sub = "Mob violence"
        reasons.append("a clash between unarmed crowds: mob violence")
    # (or a crowd told protesting: "farmers protesting against a mining project held 20 police officers hostage")
    protesters = [m for m in main + assoc if (
        (m.kind == "protesters" and not m.associated)
        or ((m.associated or m.kind == "civilians") and _PROTESTING_AFTER.match(text, m.end) is not None))
                  and m.end <= cand.trigger.start and not _is_victim(text, m) and "." not in text[m.end:cand.trigger.start]]
    # (armed actors told only after the act are what the protesters hit: "protesters attacked a MONUSCO base")
    if sub in ("Attack", "Armed clash", "Abduction/forced disappearance") and protesters \
            and all(m.start > cand.trigger.start for m in armed):
        # "protesters stormed the party's headquarters and set it on fire": demonstrators' violence
        reasons.append(f"violence by protesters ({protesters[0].text!r}): violent demonstration")
        a2 = _role(armed[0]) if armed else _role(civilians[0]) if civilians else None
        return "Violent demonstration", Role(f"Rioters ({country})", 5, "protesters who turned violent",
                                             _assoc_for(assoc, None)), a2, reasons
    if sub in ("Attack", "Armed clash", "Abduction/forced disappearance") and not armed and (
            event.search(_MOB) or (event.search(_MOB_MARKS) and not event.search(_COMMUNAL))):
        sub = "Mob violence"
    if sub == "Mob violence":
        stormed = _seat_stormed(event, cand, country, reasons, text, armed)
        if stormed is not None:
            return stormed
        a1 = Role(f"Rioters ({country})", 5, "violence by a crowd with no armed group: Rioters")
        # two crowds fighting each other ("clashed", "stone pelting took place between two groups")
        if _SYMMETRIC.search(cand.trigger.text) or event.search(_BETWEEN_CROWDS) or event.search(_CROWDS_CLASHED):
            return sub, a1, Role(f"Rioters ({country})", 5, "the other crowd"), reasons
        # (or told before a passive act: "protesters in Dhaka were attacked by ruling party supporters")
        hit = [m for m in main if m.kind == "protesters" and _PROTESTERS.search(m.text) and not _named_as_agent(text, m)
               and (m.start > cand.trigger.start or _is_victim(text, m))]
        if hit:  # "supporters of the ruling party attacked anti-government protesters"
            return sub, a1, _role(hit[0]), reasons
        a2 = _role(civilians[0]) if civilians else _generic("civilians", country, day, "mob violence targets civilians")
        return sub, a1, a2, reasons
    # (not a force told in the next clause: "taking staff hostage before police arrested 13 suspects")
    captured = [m for m in armed if 0 <= m.start - cand.trigger.end <= 40 and "." not in text[cand.trigger.end:m.start]
                and not _NEXT_CLAUSE.search(text, cand.trigger.end, m.start)
                and (perpetrator is None or m.name != perpetrator.name) and not _TRAINING_AFTER.match(text, m.end)]
    if sub == "Abduction/forced disappearance" and perpetrator is not None and captured and not civilians \
            and cand.fatalities == 0:
        # "the TNLA detained four police officers": combatants captured by an armed group, a battle
        reasons.append(f"members of an armed force captured ({captured[0].text!r}): armed clash")
        return "Armed clash", _role(perpetrator), _role(captured[0]), reasons
    if sub == "Abduction/forced disappearance" and cand.fatalities > 0 and perpetrator is not None and not civilians:
        # "Pokot raiders attacked a police post, killing a police officer and abducting two others": a force's members
        # killed (and taken), a battle
        # (any mention of it: "a police post ..., killing a police officer" names the force twice; the force among the
        # dead, not only among those taken: "killed a chief before abducting two police reservists" is an attack)
        hit_force = next((m for m in mentions if m.inter in (1, 8) and m.name != perpetrator.name
                          and any(a <= m.start < b for a, b in cand.fatality_spans)), None)
        if hit_force is not None:
            reasons.append(f"members of an armed force killed ({hit_force.text!r}), others taken: armed clash")
            return "Armed clash", _role(perpetrator), _role(hit_force), reasons
    if sub == "Abduction/forced disappearance" and cand.fatalities > 0:
        sub = "Attack"  # abducted and killed: ACLED codes the killing
    if sub == "Abduction/forced disappearance" and (event.search(_ABUSE) or _ABUSE.search(_told_after(cand, all_sentences, 1))):
        sub = "Attack"  # abducted and beaten or tortured (told then or in the next sentence): the violence is the event
        reasons.append("abducted and abused: attack")
    if sub in ("Government regains territory", "Non-state actor overtakes territory") and (
            event.search(_NO_FIGHTING) or any(_NO_FIGHTING.search(x.text) for x in cand.sentences)
            or _NO_FIGHTING.search(_told_after(cand, all_sentences, 1))
            # (or right after it, opening the next paragraph: "... recaptured the town of Mahas on Saturday // Al Shabaab
            # fighters withdrew without a fight, the commander said")
            or _NO_FIGHTING.search(_next_paragraphs_opening(cand, all_sentences))):
        # (in the clause of how it came about too: "took control of Lere after troops withdrew ... without fighting")
        # "the TNLA took over the SSPP-held village tract. No fighting was reported.": no battle
        reasons.append("territory changed hands with no fighting told: non-violent transfer")
        if not armed:
            return "Non-violent transfer of territory", _generic(
                "unidentified", country, day, "taker not named"), None, reasons
        taker = _taker(text, cand, armed)
        # the other side, not an ally ("the military (and BGF)")
        # (nor its allies: "government forces backed by clan militias recaptured the town from al Shabaab")
        other = next((m for m in armed if m.name != taker.name and not m.inter == taker.inter == 1
                      and not (taker.end <= m.start and _ALLIED.match(text[taker.end:m.start]))), None)
        return "Non-violent transfer of territory", _role(taker), (_role(other) if other else None), reasons
    if sub in ("Non-state actor overtakes territory", "Government regains territory") and event.search(_HELD_BRIEFLY):
        # "occupied the town for several hours before troops pushed them out": ground held for hours only is the fight
        # (ACLED: short-lived exchanges of territory are armed clashes)
        sub = "Armed clash"
        reasons.append("territory held for hours only: armed clash")
    if sub in ("Non-state actor overtakes territory", "Government regains territory") and not fought_for and all(re.search(
            r"\bclaim\w*\b", text[max(_start_of_sentence(t.start, cand.sentences), t.start - 60):t.start], re.I)
            for t in cand.triggers if t.sub_event_type == sub):
        # "militants claim to have overrun a base": a claimed gain is coded as the fighting (unless the
        # report tells it as fact too: "claimed that it had seized most of Monekoe. They took control of ...")
        sub = "Armed clash"
        reasons.append("a claimed territorial gain: armed clash")
    if sub == "Non-state actor overtakes territory" and armed and _taker(text, cand, armed).inter == 1:
        # "the army captured two rebel posts": territory taken by the state is regained
        sub = "Government regains territory"
        reasons.append("territory taken by state forces: government regains territory")
    elif sub == "Government regains territory" and armed and (taker := _taker(text, cand, armed)).inter in (2, 3, 4) \
            and not _TAKEN_FROM_BEFORE.search(text, max(0, taker.start - 60), taker.start):
        # "TDF forces recaptured Mekelle as ENDF troops withdrew": retaken by a non-state side
        # (not the side it was retaken from: "The Sudanese army said it retook Bara from the RSF")
        sub = "Non-state actor overtakes territory"
        reasons.append("territory taken by a non-state group: non-state actor overtakes territory")
    if sub == "Government regains territory" and armed and all(
            m.inter in (2, 3, 4) and _TAKEN_FROM_BEFORE.search(text, max(0, m.start - 60), m.start) for m in armed):
        # "The Sudanese army said it retook Bara from the RSF": the state's forces (told as the source) took it back from
        # the group
        reasons.append(f"territory retaken from {armed[0].text!r}: the state's forces took it")
        return sub, _generic("state-military", country, day, "the forces that retook it"), _role(armed[0]), reasons
    if sub in ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"):
        if (len({m.name for m in armed}) >= 3 and any(m.start > cand.trigger.start for m in armed)) \
                or (sub != "Armed clash" and "between" not in text[cand.sentences[0].start:cand.trigger.start]) \
                or any(_JOINTLY.match(text, a.end, b.start) for a, b in zip(armed, armed[1:], strict=False)) \
                or (len({m.name for m in armed}) >= 2 and all(m.end <= cand.trigger.start for m in armed)
                    and (_ASYMMETRIC.search(cand.trigger.text) or _OFFENSIVE.search(cand.trigger.text))):
            # ("the KNDF and the Karenni Army launched an offensive on Loikaw": the groups told doing it are one side)
            # "French and Nigerien forces engaged ISGS militants": the two named first are one side (a town
            # taken is taken by one side: "the KNU and allied PDFs took control of Myawaddy")
            armed = _join_allies(text, cand, armed, None, reasons)
        sides = _sides_between(text, armed) if sub == "Armed clash" else None
        if sides is not None:
            # "clashes between Maasai and Kipsigi militias ... police intervened": the two sides told, not
            # the force that separated them
            reasons.append(f"the sides told as 'between {sides[0].text} and {sides[1].text}'")
            return sub, _role(sides[0]), _role(sides[1]), reasons
        if sub == "Government regains territory":
            armed.sort(key=lambda m: 0 if m.inter == 1 else 1)
        elif sub == "Non-state actor overtakes territory":
            armed.sort(key=lambda m: 1 if m.inter == 1 else 0)
        elif not _ASYMMETRIC.search(cand.trigger.text) and not passive_agent and not (
                _KILLED_A_FORCE.search(cand.trigger.text) and not _AGENT_AFTER.match(text, cand.trigger.end)
                and not _PASSIVE_BEFORE.search(text, max(0, cand.trigger.start - 20), cand.trigger.start)):
            attacker = _attack_then_fight(text, cand, armed)
            if attacker is not None:
                # "TTP militants attacked a security forces check post, leading to an exchange of fire": the fight
                # the group's attack set off, the attackers first
                armed = [attacker] + [m for m in armed if m is not attacker]
                reasons.append("the fight followed the group's attack: the attackers first")
            elif _state_repelled(text, cand, armed):
                # "troops repelled an attack by ISWAP fighters", "army units fought off JNIM militants": the
                # attackers first
                # (not a militia told beside the forces, on their side: "Soldiers and VDP repelled an attack by jihadists")
                beside = [m for m in armed if m.inter in (2, 3, 4) and _beside_a_force(text, m, armed)]
                attacker = next((m for m in armed if m.inter in (2, 3, 4) and m not in beside), None)
                defender = next(m for m in armed if m.inter in (1, 8))
                if attacker is None:
                    # "VDP volunteers and soldiers repelled an attack on Titao": the forces and their allies, the
                    # attackers unnamed
                    reasons.append("state forces and their allies repelled an attack: the attackers not named")
                    return sub, _generic("unidentified", country, day, "attackers not named"), \
                        dataclasses.replace(_role(defender), assoc="; ".join(sorted({m.name for m in beside}))), reasons
                armed = [attacker, defender] + [m for m in armed if m is not attacker and m is not defender]
                reasons.append("state forces repelled the attack: the attackers first")
            else:
                # a two-sided fight ("clashed", "fighting between"): ACLED lists state forces first
                armed.sort(key=lambda m: 0 if m.inter == 1 else 1)
        elif perpetrator is not None and perpetrator in armed:
            # "police officers were killed in an ambush by gunmen": the attacker first
            armed.sort(key=lambda m: 0 if m is perpetrator else 1)
        if len(armed) >= 2 and not event.search(_SAME_FORCE) and all(m.name == armed[0].name for m in armed[1:]):
            # "militants linked to Islamic State ambushed an army patrol": the group told twice is one side
            armed = armed[:1]
        if len(armed) >= 2 and armed[0].inter in (1, 8):
            # (not a militia killed beside the state's own men, on their side: "adding that four soldiers and three
            # volunteers for the defence of the homeland (VDP) were killed")
            beside = [m for m in armed[1:] if m.inter in (3, 4)
                      and _killed_beside_the_force(text, m)]
            if beside:
                armed = [m for m in armed if m not in beside]
                reasons.append(f"killed beside the state's forces, on their side: {beside[0].text!r}")
        if len(armed) >= 2:
            # (the other side, not the first told again under another word)
            other = next((m for m in armed[1:] if m.name != armed[0].name), armed[1])
            if armed[0].inter == other.inter == 1 and not event.search(_SAME_FORCE):
                # "attacked a military police school and the military section of the airport ... JNIM claimed
                # it": two of the state's forces are one side; the other side is the group
                other = next((m for m in armed[2:] if m.inter != 1), other)
            return sub, _role(armed[0]), _role(other), reasons
        if len(armed) == 1:
            if armed[0].inter == 8 and sub == "Non-state actor overtakes territory":
                # "Russian forces captured the village of Krasnohorivka": a foreign army takes ground from the
                # host state's forces
                reasons.append("territory taken by a foreign force: taken from the host state's forces")
                return sub, _role(armed[0]), _generic("state-military", country, day, "opponent not named"), reasons
            if armed[0].inter == 8 and sub == "Government regains territory":
                # "Ukrainian officials announced that their forces had regained control of Robotyne from Russian forces":
                # the host state's forces retake ground from a foreign army
                reasons.append("territory regained from a foreign force: by the host state's forces")
                return sub, _generic("state-military", country, day, "the government's forces"), _role(armed[0]), reasons
            if armed[0].inter in (1, 8) and sub == "Armed clash" and event.search(_CLASHES_WITH_A_CROWD):
                # "Israeli forces shot and killed a Palestinian man during clashes with youths": a force's clash with a
                # crowd, no armed group (ACLED: a riot)
                riot = "Violent demonstration" if event.search(_DEMONSTRATION_WORDS) else "Mob violence"
                reasons.append(f"a force's clash with a crowd: {riot.lower()}")
                return riot, Role(f"Rioters ({country})", 5, "the crowd the force clashed with"), _role(armed[0]), reasons
            if armed[0].inter in (1, 8):  # (a foreign force's unnamed opponent is no host state's army either)
                reasons.append("opponent not named: Unidentified Armed Group")
                unnamed = _generic("unidentified", country, day, "opponent not named")
                if sub == "Armed clash" and armed[0].start >= cand.trigger.end and not _SYMMETRIC.search(cand.trigger.text) \
                        and not _PASSIVE_TRIGGER.match(cand.trigger.text) and armed[0].start - cand.trigger.end <= 40 \
                        and not _BY_OR_CLAUSE_END.search(text[cand.trigger.end:armed[0].start]):
                    # "The Chin Brotherhood attacked a junta outpost": the force is the target, its unnamed attacker first
                    return sub, unnamed, _role(armed[0]), reasons
                return sub, _role(armed[0]), unnamed, reasons
            if armed[0].inter == 4:  # communal fighting: the other side is a communal militia too
                reasons.append("opponent not named: another communal militia")
                return sub, _role(armed[0]), Role(f"Unidentified Communal Militia ({country})", 4, "communal clash"), \
                    reasons
            if event.search(_RIVAL_GROUPS):
                # "clashes between the 400 Mawozo and Chen Mechan gangs": two groups, no state force
                reasons.append("opponent not named: another armed group (rival groups told)")
                return sub, _role(armed[0]), _generic("unidentified", country, day, "rival armed group"), reasons
            if any(not _A_SOURCE_AFTER.match(event.text, w.end()) and not _cue(_ATTRIBUTION_BEFORE, event.text[max(0, w.start() - 60):w.start()])
                   for w in _POLICE_WORDS.finditer(event.text)):
                # "Police said officers had clashed with gang members": the police, told only as officers
                # (not the police as the source alone: "shot dead a worker in Rumuruti, police said")
                reasons.append("opponent not named: the police told of")
                return sub, _role(armed[0]), _generic("state-police", country, day, "opponent not named"), reasons
            crowd_side = next((m for m in mentions if m.kind in ("protesters", "associated") and not _is_victim(text, m)
                               and "." not in text[min(m.end, armed[0].end):max(m.start, armed[0].start)]), None)
            if crowd_side is not None and armed[0].inter == 3 and _SYMMETRIC.search(cand.trigger.text):
                # "students protesting quotas clashed with Chhatra League activists": a crowd against a party's
                # militia, no state force; a protest when the crowd was protesting
                protest = event.search(_DEMONSTRATION_WORDS) is not None
                kind = "Violent demonstration" if protest else "Mob violence"
                reasons.append(f"a crowd ({crowd_side.text!r}) clashed with an armed group: " + kind.lower())
                return kind, Role(f"Rioters ({country})", 5, "a crowd that clashed", _assoc_for(assoc, None)), \
                    _role(armed[0]), reasons
            reasons.append("opponent not named: state forces assumed")
            return sub, _role(armed[0]), _generic("state-military", country, day, "opponent not named"), reasons
        reasons.append("armed actors not named")
        return sub, _generic("unidentified", country, day, "actor not named"), \
            _generic("state-military", country, day, "actor not named"), reasons
    if sub == "Attack" and perpetrator is not None and perpetrator.inter in (2, 3) and (
            event.search(_RESIDENTS_FOUGHT_BACK) or _RESIDENTS_FOUGHT_BACK.search(_told_after(cand, all_sentences, 1))):
        # "gunmen attacked the village. Villagers responded to the attack.": armed villagers, a battle
        reasons.append("residents fought back: armed clash with a communal militia")
        return "Armed clash", _role(perpetrator), Role(f"Unidentified Communal Militia ({country})", 4,
                                                       "residents who fought back"), reasons
    if sub in ("Attack", "Abduction/forced disappearance") and perpetrator is not None and perpetrator.inter in (2, 3, 4):
        # "gunmen abducted tens of people. Nigerien forces intervened and liberated those abducted": forces
        # that fought the attackers make it a battle
        told = [s2 for s2 in [*cand.sentences, *(s3 for s3 in _following(cand, all_sentences, 2)
                                                 if not _opens_another_day(s3.text, day))]
                if _STATE_RESPONSE.search(s2.text)]
        # (of the event's own sentences, its own words: not a headline's other story, "Gunmen kill 9 ...; army says it
        # repelled second raid")
        responder = next((m for s2 in told for m in _actor_mentions(
                              text, [s2], country, day, cand if any(s2 is x for x in cand.sentences) else None)
                          if m.inter in (1, 8) and m.kind.startswith("state") and m.start > perpetrator.start
                          and _STATE_RESPONSE.search(text, m.end, _sentence_end(text, m.end))
                          and _background_start(s2.text, m.start - s2.start) is None), None)
        if responder is not None:
            reasons.append(f"state forces fought the attackers ({responder.text!r}): armed clash")
            return "Armed clash", _role(perpetrator), _role(responder), reasons
    if sub == "Attack" and event.search(_KILLED_IN_FIGHTING) and not any(
            s.start <= m.start < s.end for m in armed for s in cand.sentences):
        # "at least 17 people were killed in the fighting on Monday": the battle between the one state force
        # and the one armed group the article told of before
        sides = [_one_actor_before(text, cand, country, day, all_sentences, wanted, near=True) for wanted in (
            lambda m: m.inter in (1, 8) and m.kind.startswith("state"),
            lambda m: m.inter in (2, 3) and m.kind in _NAMED_KINDS)]
        if sides[0] is not None and sides[1] is not None:
            first, second = sorted(sides, key=lambda m: m.start)  # in the order the article named them
            reasons.append(f"deaths in the fighting told before: {first.text!r} and {second.text!r}, armed clash")
            return "Armed clash", _role(first), _role(second), reasons
    if sub == "Attack" and perpetrator is not None and perpetrator.inter == 1 \
            and _FIRED_ON_A_CROWD_THAT_RIOTED.search(text, cand.sentences[0].start, cand.sentences[-1].end):
        # "police fired on a crowd of PTI supporters who had attacked the offices with petrol bombs": force used on a
        # crowd told by the violence it did, a riot the force fought (not an attack on civilians)
        reasons.append("force used on a crowd told by its own violence: violent demonstration")
        return "Violent demonstration", Role(f"Rioters ({country})", 5, "a crowd that had turned violent",
                                             _assoc_for(assoc, None)), _role(perpetrator), reasons
    # Attack, Abduction, Sexual violence: perpetrator vs civilians
    custody = event.search(_IN_CUSTODY) if perpetrator is None else None
    if custody is not None:
        # "beaten while in custody", "died in police custody": the force that held them
        kind = "state-military" if custody.group(1) else "state-police"
        a1 = _generic(kind, country, day, f"violence in custody ({custody.group(0)!r})")
        reasons.append(f"perpetrator not named; in custody: {'military' if custody.group(1) else 'police'}")
    elif perpetrator is None and sub == "Sexual violence" and (
            _MOB.search(text, cand.sentences[0].start, cand.trigger.end)
            or _A_MOB.search(text, cand.sentences[0].start, cand.trigger.end)):  # ("a mob parading two women naked")
        # "a mob paraded two women naked and sexually assaulted them": the crowd's violence (ACLED: rioters)
        a1 = Role(f"Rioters ({country})", 5, "sexual violence by a crowd")
        reasons.append("sexual violence by a crowd: rioters")
    elif perpetrator is None:
        a1 = _generic("unidentified", country, day, "perpetrator not named")
        reasons.append("perpetrator not named: Unidentified Armed Group")
    else:
        a1 = _role(perpetrator)
    # ("goons armed with crude weapons attacked anti-government protesters": the protest they attacked)
    protest_hit = next((m for m in main if m.kind == "protesters" and _PROTESTERS.search(m.text)
                        and 0 < m.start - cand.trigger.start <= 60
                        and "." not in text[cand.trigger.start:m.start] and not _named_as_agent(text, m)), None) \
        if sub == "Attack" else None
    if protest_hit is not None:
        a2 = _role(protest_hit)
        reasons.append(f"the protesters attacked ({protest_hit.text!r})")
    elif civilians:
        a2 = _role(civilians[0])
    elif sub == "Abduction/forced disappearance" and (held := next((
            m for m in armed if m.inter in (1, 8) and m is not perpetrator
            and (_is_victim(text, m) or (m.end <= cand.trigger.start
                                         and _PASSIVE_BEFORE_ACT.match(text[m.end:cand.trigger.start])))), None)):
        # "two police officers were kidnapped in Quevedo": the force its members were taken from
        a2 = _role(held)
        reasons.append(f"members of a force abducted ({held.text!r})")
    else:
        a2 = _generic("civilians", country, day, "victims of an attack on civilians")
        reasons.append("victims not named: Civilians assumed")
    if sub == "Attack" and cand.fatalities == 0 and _RAIDED.search(cand.trigger.text) \
            and event.search(_PROPERTY_TAKEN) and not event.search(_HARM_TO_PEOPLE):
        # "armed bandits raided the village, rustling more than 200 cattle and looting food stores. No casualties were
        # reported.": a raid that only took or destroyed property
        sub = "Looting/property destruction"
        reasons.append("a raid that took or destroyed property, no one harmed: looting/property destruction")
    return sub, a1, a2, reasons


_FIRED_ON_A_CROWD_THAT_RIOTED = re.compile(
    r"\b(?:opened fire|fired|shot|shooting|firing)(?:\s+(?:live\s+)?(?:rounds|ammunition|bullets|shots))?\s+(?:on|at|into)\s+"
    r"(?:an?\s+|the\s+)?(?:crowds?|mobs?|group)\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?(?:who|that|which)\s+had\s+"
    r"(?:earlier\s+|just\s+)?(?:attacked|stormed|torched|set fire to|set ablaze|burned|burnt|stoned|pelted|ransacked|looted|"
    r"vandali[sz]ed)\b", re.I)
_NEXT_CLAUSE = re.compile(r"\b(?:before|after|until|when|while|whereas)\b|[;,]\s+(?:and|but)\b", re.I)
_KILLED_IN_FIGHTING = re.compile(r"\b(?:killed|died|dead)\b[^.]{0,40}?\bin (?:the )?(?:fighting|clashes|battles?|crossfire|"
                                 r"gun ?battles?|gunfights?|exchanges? of fire)\b", re.I)
_PASSIVE_WORD = re.compile(r"\b(?:were|was|been|being)\b")
_BY_OR_CLAUSE_END = re.compile(r"\bby\b|[.;]")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$")


_FREED_BEFORE = re.compile(r"\b(?:recaptur(?:ed|ing)|rescu(?:ed|ing)|free(?:d|ing)|releas(?:ed|ing)|evacuat(?:ed|ing)|"
                           r"liberat(?:ed|ing))\s+(?:(?:at least|more than|some|about|all|the|an?)\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _target_mentions(text: str, cand: Candidate, country: str) -> list[actor_lib.ActorMention]:
    """Victims named by what they are: "the U.S. embassy" -> Civilians (United States)."""
    out = []
    for s in cand.sentences:
        for rule in load_targets():
            for m in rule.regex.finditer(s.text):
                if not cand.covers(s.start + m.start()):
                    continue
                nat = m.groupdict().get("nat")
                info = place_lib.country_info(nat) if nat else None
                if nat and info is None:
                    continue
                who = info.name if info else country
                out.append(actor_lib.ActorMention(
                    name=f"Civilians ({who})", inter=7, kind="generic-civilians", country=who,
                    start=s.start + m.start(), end=s.start + m.end(), text=m.group(0),
                    rule=f"target {m.group(0)!r}: {rule.why}", associated=False,
                ))
    return out


# what communities fight over: land, water, pasture and cattle
_COMMUNAL = re.compile(
    r"\b(?:rivalry between|between (?:the )?two communities|between (?:the )?[A-Z][\w-]+ and (?:the )?[A-Z][\w-]+ "
    r"(?:communities|clans|tribes)|border conflict|(?:herding|grazing) (?:his |her |their )?"
    r"(?:livestock|cattle|goats|camels|animals)|over (?:a |the )?(?:land|boundary|border|pasture|grazing|water(?:ing)?)(?: (?:issue|dispute|row|conflict|point|"
    r"rights))?|land (?:issues?|disputes?|rows?|conflicts?)|boundary disputes?|cattle raid\w*|livestock raid\w*|"
    r"raiding (?:\w+ )?(?:livestock|cattle|goats|camels)|(?<!anti-)stock theft|cattle rustl\w*|inter-?communal|inter-?clan|"
    r"inter-?ethnic|ethnic (?:violence|clash(?:es)?|tensions?|conflict)|rival (?:communities|clans|neighbou?rs)|"
    r"(?:neighbou?ring|another|a nearby|the other|rival) communit(?:y|ies)|communal (?:violence|clash(?:es)?|attacks?|"
    r"conflicts?|tensions?)|tribal (?:clash(?:es)?|attacks?|violence|conflict)|land inva(?:ders?|sions?)|"
    r"revenge (?:missions?|attacks?|raids?)|(?:bows? and )?arrows?)\b", re.I)
_A_MOB = re.compile(r"\b(?<!flash )mobs?\b", re.I)
_MOB = re.compile(  # ("a flash mob protest" is no mob)
    r"\b(?:(?<!flash )mobs?|residents|villagers|youths?|supporters|community members|crowds?|voters|locals|members of the public|"
    r"neighbou?rs|relatives|mourners|boda[- ]?boda(?! (?:rider|operator|driver)\b)|vigilantes?|angry|irate|factions|students|refugees|fans|"
    r"groups|members|workers|traders|squatters|fishermen|miners)\b(?:(?!\b(?:gunmen|militants|soldiers|police|policemen|were|was|been|"
    r"claim\w*|said|says|blamed|believe\w*|alerted|rescued|accused)\b).)*?"
    r"\b(?:beat|beaten|lynch\w*|ston\w*|attack\w*|assault\w*|kill\w*|torch\w*|burn\w*|set|hack\w*|injur\w*|clash\w*|ambush\w*|"
    r"fight\w*|fought|scuffl\w*|violence|confrontation|storm\w*|ransack\w*|vandali[sz]\w*)|"
    r"\b(?:clash\w*|confrontations?|fights?|scuffles?|violence|brawls?) between (?:\w+ ){0,3}"
    r"(?:supporters|youths|students|factions|groups|residents|traders|members|fans|rivals)|"
    r"\b(?:beaten|lynched|stoned|attacked|killed|assaulted|set upon)\b[^.]{0,40}\bby (?:a |an |the )?(?:angry |irate )?"
    r"(?:group of (?:\w+ ){0,3}|(?:ruling |opposition |rival |party |[A-Z][\w-]+ ){1,2})?(?:mob|residents|villagers|youths?|supporters|community members|crowd|voters|locals|"
    r"members of the public|vigilantes?|vigilante (?:group|mob)|boda[- ]?boda|motorcycle taxi)",
    re.I)
# violence done to people held: it makes an arrest or an abduction an attack
# (forced labour as porters or guides stays an abduction, as ACLED codes it)
_ABUSE = re.compile(r"\b(?:beat|beaten|beating|tortur\w*|kicked|whipped|flogged|raped|assaulted|human shields?|punch\w*|"
                    r"slapped|hit (?:\w+ ){0,4}with (?:a |the )?(?:gun|rifle|stick|baton)|gun (?:barrel )?in (?:his|her) mouth|"
                    r"found dead|remains were found|bod(?:y|ies) (?:was|were) found|shot (?:\w+ )?(?:at|indiscriminately)|"
                    r"(?:was|were|been) hooded|hooded(?= (?:him|her|them|and)\b)|wounded|injured|amputat\w*|mutilat\w*|burned alive|burnt alive)", re.I)
# the arresting force's own hurt: "four officers had been lightly injured and nine people detained"
_FORCE_HURT_BEFORE = re.compile(r"\b(?:officers?|police(?:m[ae]n|wom[ae]n)?|soldiers?|troops|gendarmes?|guards?|agents?)\s+"
                                r"(?:[\w-]+\s+){0,3}$", re.I)


def _abused(found: re.Match[str] | None, text: str) -> bool:
    """Abuse found, and not the hurt of the force that made the arrests."""
    return found is not None and not (found.group(0).lower() in ("wounded", "injured") and _FORCE_HURT_BEFORE.search(
        text, max(0, found.start() - 50), found.start()))


# people who riot when violence breaks out: a crowd, not an armed group
_CROWD = re.compile(
    r"\b(?:mobs?|youths?|young (?:men|people)|students|pupils|learners|supporters|villagers|residents|locals|crowds?|members of the public|"
    r"community members|members of the (?:local )?community|vigilantes|"
    r"migrants|refugees|farmers|traders|hawkers|vendors|scavengers|miners|workers|squatters|fans|voters|mourners|"
    r"boda[- ]?boda (?:riders|operators)|riders|operators|drivers|conductors|touts|motorists|transporters|parents|"
    r"inmates|prisoners|rioters|looters|protesters|demonstrators|teachers|nurses|lecturers|worshippers|activists|cadres|"
    r"(?:a )?group of (?:about |around |some |over |more than )?\d+ (?:people|men|youths?))\b", re.I)
# the marks of a mob when no armed actor is named: stones and sticks, a crowd of men, witchcraft
_MOB_MARKS = re.compile(
    r"\b(?:with|using) (?:\w+ ){0,2}(?:stones|rocks|bricks|sticks|clubs|slingshots|crude weapons|rungus|iron (?:bars|rods|pipes))\b|"
    r"\b(?:stones and slingshots|stoned|stoning|witch\w*)\b|"
    r"\bsuspected (?:thie(?:f|ves)|robbers?|rustlers?|witch(?:es)?|criminals?)\b[^.]{0,30}\b(?:burnt|burned|lynched|"
    r"beaten|stoned|set ablaze)\b|"
    # (a crowd's size, not a toll: "killed more than 200 people")
    r"\b(?<!killed )(?<!killing )(?<!kills )(?<!injuring )(?<!wounding )(?<!injured )(?<!wounded )"
    r"(?:(?:around|about|some|over|more than|approximately) (?:\d+|ten|twenty|thirty|forty|fifty|a hundred|hundreds of) "
    r"(?:people|men|young men|youths)|"
    r"(?:his|her|their|a) rival['’]?s? supporters)\b"
    r"(?![^.]{0,30}\b(?:were|was|had been|have been)\b)", re.I)
_FIREARMS = re.compile(r"\b(?:with|using) (?:fire ?arms|guns|rifles|automatic weapons|AK-47s?|assault rifles|pistols)\b|"
                       r"\b(?:exchanged (?:gun)?fire|gunfights?|gun ?battles?|shoot-?outs?|(?:heavy |sustained |intense )?gunfire|"
                       r"exchanges? of fire|firefights?)\b", re.I)
# a crowd named for its cause: campaigners who clash with the police are demonstrators turned violent (protesters,
# marchers and strikers are read as demonstration words already)
_CAMPAIGNERS = re.compile(r"(?:activists|campaigners)", re.I)
_DEMONSTRATORS = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|strikers|picketers)\b", re.I)


def _a_demonstrations_crowd(event: _Text) -> bool:
    """One side of a fight is told as a demonstration's ("clashed with counter-protesters"), not as rival camps'."""
    return bool(event.search(_DEMONSTRATORS)) and not event.search(_RIVAL_SUPPORTERS)


_UNARMED_SIDES = re.compile(r"\b(?:lawmakers|legislators|MCAs|politicians|political parties|parties|"
                            r"rival groups|factions|aspirants|cooperatives|sacco|saccos|hawkers|vendors|rivals|two sides)\b",
                            re.I)
# "police fired tear gas at crowds who tried to storm the offices": the crowd did it
_CROWD_WHO = re.compile(r"\b(?:crowds?|voters|supporters|protesters|demonstrators|youths?|residents|people|citizens|traders|"
                        r"students)\b(?:\s+[\w']+){0,4}?\s+who\b", re.I)
_IN_CUSTODY = re.compile(r"\b(?:in|under|while in) (?:police |(military |army )|prison |their )?(?:custody|detention)\b|"
                         r"\bdied (?:\w+ ){0,3}in (?:a |his |her |their |the )?(?:police )?(?:cells?|lock-?ups?)\b", re.I)
_NO_FIGHTING = re.compile(
    r"\b(?:no (?:fighting|battles?|clash(?:es)?|resistance|shots?|exchange of fire)\b(?! (?:\w+ ){0,3}(?:ended|stopped))"
    r"|without (?:a |any )?(?:fight(?:ing)?|battle|clash(?:es)?|resistance|a shot)\b)", re.I)
_TRAINING_AFTER = re.compile(r"\s+(?:training|service|camp|uniforms?)\b", re.I)
_FORCED_LABOUR = re.compile(r"\bto (?:serve|work|act) as (?:\w+ )?(?:guides?|porters?|human shields?)\b", re.I)
# "burnt down by a group of suspected boda boda operators": a crowd named as the agent
_CROWD_AGENT = re.compile(r"\bby (?:a |an |the )?(?:group of |crowd of |mob of )?(?:suspected |angry |irate )?" + _CROWD.pattern,
                          re.I)
# a crowd's weapons ("hooded individuals threw stones at the presidential palace"): rioters, not an armed group
_STONES_THROWN = re.compile(r"\b(?:threw|throwing|hurled|hurling|pelted|pelting) (?:\w+ ){0,2}(?:stones|rocks|bricks|bottles|"
                            r"molotov|petrol bombs|fireworks)|\bston(?:ed|ing)\b", re.I)
_UNNAMED_DOERS = re.compile(r"\b(?:unspecified|unknown|unidentified|hooded|masked|hired|suspected) (?:group|people|men|"
                            r"persons|individuals|goons|arsonists|attackers|assailants)\b|\barsonists\b", re.I)
# (or a blockade cleared: "riot police used tear gas to clear a blockade on the highway")
_GATHERING = re.compile(r"\b(?:gather\w*|assembl\w*|group of|groups|people|crowds?|marchers|rally|meeting|dispers\w*|"
                        r"broke up|break up|blockades?|sit-ins?)\b", re.I)
_DEFENDERS = re.compile(r"\b(?:residents|villagers|locals|inhabitants|community members|youths?)\b", re.I)
_RESIDENTS_FOUGHT_BACK = re.compile(
    _DEFENDERS.pattern + r"[^.]{0,30}?\b(?:responded|fought back|repelled|routed|resisted|retaliated|repulsed|"
    r"chased (?:away|off|out)|fought off)\b", re.I)
_AGENT_BEFORE = re.compile(r"(?:\bby|\battributed to|\bblamed on) (?:a |an |the )?(?:group of |gang of |band of |mob of |"
                           r"(?:\w+ )?members of (?:the )?)?"
                           r"(?:\w+ )?$", re.I)  # "beaten by the members of the Pangsay People's Militia"
# weapons or armed men: a fight with police that involves them is no crowd's
_ARMS = re.compile(r"\b(?:gunmen|gunfire|gun ?battles?|guns?|exchange of fire|exchanged fire|fire ?fights?|shoot-?outs?|"
                   r"armed|militants?|rebels?|insurgents?|bandits|jihadists|attackers|assailants|ambush\w*|fighters|"
                   r"militia\w*|raiders|terrorists?|al[- ]shabaa?b|grenades?|explosives?)\b", re.I)
_COMMUNITIES = re.compile(r"\b(?:communit(?:y|ies)|clans?|tribes?|ethnic)\b", re.I)
_INTERVENING = re.compile(r"\b(?:police|officers)\b[^.]{0,40}\b(?:intervened|intervene|dispersed|disperse|broke up|break up|"
                          r"were on the scene|separated|restored (?:order|calm))\b", re.I)
_RIVAL_SUPPORTERS = re.compile(r"\b(?:supporters|activists|members|youths|partisans) of (?:the )?(?:rival|opposing|two|competing) "
                               r"(?:candidates|parties|political parties|politicians|factions|camps)\b|"
                               r"\brival (?:party |political )?(?:supporters|activists|camps|partisans)\b", re.I)
_RIVALS = re.compile(r"\b(?:rival|rivals|two groups|both groups|both sides|between (?:\w+ ){0,3}(?:supporters|groups|members|youths|"
                     r"residents|traders|students|factions))\b", re.I)
_SYMMETRIC = re.compile(r"\b(?:clash\w*|fight\w*|fought|battl\w*|scuffl\w*|brawl\w*|confrontation\w*|running battles?|"
                        r"shoot-?outs?|gun ?fights?|fire ?fights?|exchang\w* (?:of )?(?:gun)?fire|skirmish\w*|"
                        r"hostilities|(?:violence|conflicts?) (?:\w+ )?(?:\w+ )?between)", re.I)
# words that make violent acts part of a demonstration rather than a mob's
# ("riot" is not one: rioting with no demonstration is ACLED's mob violence)
# ("an armed strike": a lockdown an armed group enforces, no protest)
# (not one still to come: "clashed ahead of a rally")
_PROTESTING_AFTER = re.compile(r"\s+(?:protesting|demonstrating|marching)\b", re.I)
_THEIR_DEMONSTRATION = re.compile(r"\btheir (?:own )?(?:march|protests?|demonstrations?|rally|sit-in|procession)\b|"
                                  # ("taxi drivers set alight 5 buses during a taxi strike")
                                  r"\bduring (?:an? |the |their )?(?:[\w-]+ )?(?:march|protests?|demonstrations?|sit-in|strike)\b",
                                  re.I)
_DEMONSTRATORS_DID = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers)\s+"
                                # (what they were against: "protesters against the Finance Bill breached ...")
                                r"(?:(?:against|over|opposing)\s+(?:[\w'’-]+\s+){1,4}?(?=\w+ed\b))?"
                                # (where they were: "Protesters in the port city of Mombasa looted shops")
                                r"(?:(?:in|at|near|outside|across)\s+(?:[\w'’-]+\s+){1,6}?)?"
                                r"(?:(?!were\b|was\b)[\w'-]+\s+){0,2}"
                                # (after an act of theirs told first: "breached the Parliament buildings in Nairobi and set
                                # part of the complex on fire")
                                r"(?:(?!were\b|was\b)[\w'’-]+\s+){0,7}?(?:and\s+)?$", re.I)  # the act's subject, before it
# ("striking banana workers and residents clashed with police": workers on strike are a protest)
_DEMONSTRATION_WORDS = re.compile(r"\b(?<!ahead of a )(?<!ahead of the )(?<!ahead of )(?:protest\w*|demonstrat\w*|(?-i:march)\w*|rall(?:y|ies|ied)|(?<!armed )strike|picket\w*|sit-in|strikers|(?<!funeral )(?<!religious )(?<!wedding )processions?|(?:took|take|takes|taking) to the streets|"
                                  # (a party's blockade or general strike: "the first day of a 48-hour blockade called by
                                  # the BNP")
                                  r"(?:\d+-hour |\d+-day |nationwide |road |rail )?blockades?(?= (?:called|announced|enforced|organi[sz]ed) by)|hartals?|bandhs?|"
                                  r"striking (?:[\w-]+ )?(?:workers|teachers|doctors|nurses|miners|drivers|employees|staff|farmers|truckers|students|dockers))",
                                  re.I)
# what armed actors do to property ("burned the camp"), unlike stones thrown or running battles
_NO_VIOLENCE = re.compile(r"\bno (?:reports? of |reported )?(?:violence|clashes|incidents?)\b|\b(?:passed off|ended|remained|was|"
                          # ("blocked traffic on an avenue for about two hours before dispersing peacefully")
                          r"dispers(?:ed|ing)|broke up) peaceful(?:ly)?\b|"
                          # ("blocked the main highway by sitting on the road with placards")
                          r"\bby sitting (?:down )?(?:on|in|across)\b|"
                          # ("witnesses said the workers ... had not thrown anything when police fired")
                          r"\b(?:had|have|has|did) not (?:thrown?|hurled?|attack(?:ed)?|use[d]? (?:any )?violence)\b", re.I)
_DESTRUCTION_ACT = re.compile(r"\b(?:burn\w*|torch\w*|set(?:ting|s)?\b|ablaze|alight|destroy\w*|damag\w*|smash\w*|vandali\w*|"
                             r"loot\w*|ransack\w*|raz\w*|demolish\w*|uproot\w*|pull\w* down|tore down|broke|break\w*)", re.I)
_GUNFIRE_TRADED = re.compile(r"\b(?:exchang\w*|trad(?:ed|ing)) (?:of )?(?:heavy )?(?:gun)?fire\b|\bgun ?(?:battles?|fights?)\b|"
                             r"\bshoot-?outs?\b|\bfire ?fights?\b", re.I)
_MOB_KILLING = re.compile(r"\b(?:lynch\w*|stoned (?:(?:him|her|them) )?to death|beat(?:en)? (?:(?:him|her|them) )?to death|"
                          # ("beat and burned to death at least 12 suspected gang members")
                          r"beat(?:en)? and (?:burn(?:ed|t)|hacked|stoned) to death|"
                          r"(?:burned|burnt) (?:(?:him|her|them) )?alive|set (?:him|her|them|(?:his|her|their) bod(?:y|ies)) "
                          r"(?:ablaze|alight|on fire))\b", re.I)
_TOLD_BY = re.compile(r"\b(?:said|says|reported|told|claimed|alleged that|alleging|accused|recounted|according)\b", re.I)
_LYNCH_CROWD = re.compile(r"\b(?:(?:an? |the )?(?:angry |irate )?(?:crowds?|mobs?)|residents|villagers|locals|youths)\b", re.I)
_LYNCHING = re.compile(r"\b(?:mobs?|lynch\w*|(?:mob|jungle) justice)\b", re.I)
_FAITHS = frozenset({"Christian", "Muslim", "Hindu", "Sikh"})  # the faiths' groups in the actor dictionary
_POLICE_WORDS = re.compile(r"\b(?:police(?! informants?\b)|policem[ae]n|officers|constables?|gendarmes?|gendarmerie)\b", re.I)
_RIOT = re.compile(r"\b(?:riot\w*|mobs?)\b", re.I)
# a riot against authorities or over a grievance is a violent demonstration; against other
# people (another community, a house of worshippers) it is mob violence
# (not the authorities as a source: "..., police said", "a police officer said", "according to officials")
_AS_SOURCE = (r"(?!\s+(?:officers?\s+|officials?\s+|spokes\w+\s+|sources?\s+|chief\s+)?(?:said|say|says|told|reported|"
              r"confirmed|added|stated)\b)")
_GRIEVANCE = re.compile(
    r"\b(?<!according to )(?<!according to the )(?:(?:police|officers|authorities|officials?|government)\b" + _AS_SOURCE + "|"
    r"(?:governor|polling|ballot|votes?|vote-counting|rally|"
    r"elect\w*|university|college|school|students|demand\w*|against|over|protest\w*|grievances?|dispersed)\b)", re.I)
_RIVAL_GROUPS = re.compile(r"\bbetween (?:[\w'’-]+ ){1,6}(?:gangs|groups|militias|factions|cartels)\b|"
                           r"\brival (?:armed )?(?:gangs?|groups?|militia(?:s|men)?|factions?|cartels?)\b|"
                           # "Los Chapitos gunmen clashed with rivals", "rival factions of the Sinaloa Cartel"
                           r"\b(?:with|against) (?:their |its )?rivals\b|\bfactions? of (?:the )?(?:[\w'’-]+ ){0,3}(?:cartel|gang)\b",
                           re.I)
_TAKEN_NOT_CIVILIANS = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:officers|soldiers|troops|generals?|commanders?|colonels?|"
                                  r"(?-i:President|Prime Minister|Vice[- ]President))\b", re.I)
_ANGER_AT_STATE = re.compile(r"\b(?:angry|angered|anger|outraged|incensed|furious|enraged)\b (?:[\w-]+ ){0,2}(?:over|at|by|about) "
                             r"(?:the |a |an )?(?:[\w-]+ ){0,2}(?:police|security forces|army|authorities|government|"
                             r"killing|death|shooting|arrest|detention)|"
                             # ("youths clashed with police ... following the police killing of a 17-year-old")
                             r"\b(?:following|after|over) (?:the |a )?(?:fatal )?police (?:killing|shooting)\b", re.I)
_DEMANDING = re.compile(r"\b(?:to demand|demanding|demanded|in protest|to protest|protesting)\b", re.I)


def _storms_a_seat(event: _Text) -> bool:
    """The event tells a crowd storming or attacking a seat of power ("stormed the National Congress")."""
    return bool(event.search(_STORMED) and event.search(_SEAT_OF_POWER))


def _seat_stormed(event: _Text, cand: Candidate, country: str, reasons: list[str], text: str,
                  armed: list[actor_lib.ActorMention]) -> tuple | None:
    """"supporters of Bolsonaro stormed the National Congress": a crowd breaking into a seat of power is a
    demonstration turned violent (the codebook's violent demonstration), not mob violence; the state force told
    with it ("police opened fire on crowds who stormed parliament") is the other side."""
    if not _storms_a_seat(event) or _SYMMETRIC.search(cand.trigger.text):
        return None
    reasons.append("a crowd stormed a seat of power: violent demonstration")
    force = next((m for m in armed if m.inter == 1 and not _FORCE_PROPERTY.match(text, m.end)), None)
    return "Violent demonstration", Role(f"Rioters ({country})", 5, "a crowd storming a seat of power"), \
        (_role(force) if force is not None else None), reasons


# a crowd breaking into a seat of power (a demonstration turned violent)
# ("PTI supporters attacked the Corps Commander House and set it on fire")
_STORMED = re.compile(r"\b(?:storm\w*|broke into|forced (?:their|its|his) way into|invad\w*|overran|attacked|torched|"
                      r"set (?:\w+ )?(?:fire|ablaze|alight)|burn(?:ed|t) down|vandali[sz]ed|ransacked)", re.I)
_SEAT_OF_POWER = re.compile(
    r"\b(?:parliament|congress|national assembly|senate|legislature|house of (?:representatives|assembly|commons)|(?:state|provincial|regional|legislative) assembly|(?:presidential|republican|royal|governor'?s) (?:palace|residence)|"
    r"supreme court|state house|capitol|government (?:offices|buildings?|headquarters|house)|ministry|prime minister'?s office|"
    r"presidency|county (?:offices|headquarters|assembly)|governor'?s office|electoral commission|(?:election )?tally(?:ing)? cent(?:er|re)|(?:\w+ )?collation cent(?:er|re)|"
    r"city hall|town hall|corps commander|"
    # a politician's office or home ("torched the constituency office of the MP", "set fire to the minister's house")
    r"(?:constituency|party|campaign) offices?|(?:offices?|homes?|houses?|residences?) of (?:the |an? )?(?:local |area |ruling[- ]"
    r"party |opposition )?(?:MP|member of parliament|lawmaker|legislator|senator|minister|governor)|"
    r"(?:MP|lawmaker|legislator|senator|minister|governor)'s (?:\w+ )?(?:offices?|homes?|houses?|residences?))\b", re.I)
# the marks of a street demonstration even when nobody calls it one
_STREET_PROTEST = re.compile(r"\b(?:barricad\w*|tyres|tires|bonfires|road ?blocks?|road blockades?|"
                             r"block\w* (?:[\w-]+ ){0,4}(?:road|highway|street|railway|rail line|railway line|bridge))", re.I)
_PASSIVE_TRIGGER = re.compile(r"(?:was|were|got|been|being)\b", re.I)
_PASSIVE_VICTIM = re.compile(r"^\s*(?:[\w'-]+\s+){0,4}?(?:were|was|have been|had been|got|being)\s+(?:\w+\s+)?$", re.I)
_PASSIVE_AGENT = re.compile(r"\bby (?:\w+ ){0,5}\w+", re.I)
_BY_FIRST = re.compile(r"\s*by\b", re.I)
_UNKNOWN_WORD = re.compile(r"\b(?:unknown|unidentified)\b", re.I)
# the unnamed side told after the act as some group's men ("Officials said the gunmen belonged to the CJNG")
_THEY_BELONGED_TO = re.compile(r"\b(?:gunmen|attackers|assailants|militants|armed men|men|suspects|fighters|raiders|dead|"
                               r"bodies)\s+(?:(?:were|was|are|had been)\s+)?(?:(?:all|reportedly|allegedly)\s+)?"
                               r"(?:belonged|belonging|belong|(?:members|fighters|militants|part)\s+of|linked\s+to|"
                               r"affiliated\s+with)\s+(?:to\s+)?(?:the\s+)?$", re.I)
_CLAIMED_BY_BEFORE = re.compile(r"\b(?:claimed|(?:responsibility|credit) (?:for it |for the attack )?(?:was )?(?:claimed|taken))\s+by\s+"
                                r"(?:the\s+)?$", re.I)
_CLAIMS_AFTER = re.compile(r"\s+(?:(?:later|subsequently|has|had|quickly|swiftly|also|have)\s+)?(?:claimed\b|claims\b|"
                           r"took responsibility\b|said it (?:had )?(?:carried out|was behind|conducted)\b)", re.I)


def _claimer_told_with(text: str, cand: Candidate, armed: list[actor_lib.ActorMention]) -> actor_lib.ActorMention | None:
    """A named armed group told after the act in its own sentence as claiming it ("; JNIM later claimed the attack",
    "in an attack later claimed by JNIM"), or None."""
    return next((m for m in armed if m.kind in _NAMED_KINDS and m.inter in (2, 3, 4) and m.start > cand.trigger.start
                 and any(s.start <= m.start < s.end for s in cand.sentences)
                 and (_CLAIMS_AFTER.match(text, m.end)
                      or _CLAIMED_BY_BEFORE.search(text, max(0, m.start - 50), m.start))), None)
_PERPETRATOR_UNKNOWN = re.compile(
    r"\b(?:(?:not|never) (?:known|clear|confirmed|established|identified)|unknown|unclear|no reports? of|no one knows) "
    r"(?:who|whether|which (?:side|group|party|armed group))\b|\bperpetrators? (?:is|are|was|were|remains?|remained) "
    r"(?:still )?(?:unknown|unidentified|not known)\b|\bboth (?:[\w'-]+ ){1,8}denied\b", re.I)
# "three gunmen killed a police officer": one side killed the other, no two-sided fight
_KILLED_A_FORCE = re.compile(r"\b(?:killed|killing|murdered|assassinated|beheaded|abducted|kidnapped|stabbed|hacked|to death|"
                             r"shot dead|gunned down)\b", re.I)
# a force that held off an attack: "repelled an attack by", "fought off militants who assaulted"
_REPELLED = re.compile(r"\b(?:repelled|repulsed|fought off|fended off|beat back|beaten back|fired back)\b", re.I)


_ATTACKED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:attacked|ambushed|raided|stormed|assaulted)\b", re.I)
_SET_OFF = re.compile(r"\b(?:leading to|sparking|triggering|setting off|resulting in|prompting)\s+(?:an?\s+|the\s+)?"
                      r"(?:[\w-]+\s+){0,2}?$", re.I)


def _attack_then_fight(text: str, cand: Candidate, armed: list):
    """A non-state group told as attacking, then the fight its attack set off ("attacked a check post, leading to an
    exchange of fire"): the group, else None."""
    t = cand.trigger
    if not _SET_OFF.search(text, max(0, t.start - 40), t.start):
        return None
    return next((m for m in armed if m.inter in (2, 3, 4) and m.end < t.start
                 and _ATTACKED.match(text, m.end) and "." not in text[m.end:t.start]), None)


def _state_repelled(text: str, cand: Candidate, armed: list) -> bool:
    """State forces told as holding off the other side, named before the verb (its subject)."""
    for s in cand.sentences:
        verb = _REPELLED.search(text, s.start, s.end)
        if verb is not None and any(m.inter in (1, 8) and s.start <= m.start < verb.start() for m in armed) \
                and any(m.inter in (2, 3, 4) for m in armed):
            return True
    return False


_OFFENSIVE = re.compile(r"\boffensives?\b", re.I)
_ASYMMETRIC = re.compile(r"\b(?:attack\w*|ambush\w*|raid\w*|storm\w*|assault\w*|overr?an|target\w*|shot|shoot)", re.I)
_TARGET_WORDS = re.compile(r"\b(?:base|bases|post|camp|positions?|barracks|convoy|patrol|checkpoint|outpost)\b", re.I)
_STRIKE_NOUN = re.compile(r"(?:air ?strikes?|air[- ]raids?|drone strikes?|strikes?|aircraft|war ?planes?|jets?|drones?|helicopters?|"
                          r"(?:cruise |ballistic )?missiles?|rockets?|shells?|shelling|artillery|(?:guided|glide|aerial|barrel) bombs?)",
                          re.I)


def perpetrator_name(m: actor_lib.ActorMention | None) -> str:
    return m.name if m is not None else ""


_WEAPON_DID = re.compile(r"\s+(?:had\s+|have\s+|has\s+)?(?:reportedly\s+|allegedly\s+|also\s+|then\s+|later\s+)?"
                         r"(?:dropped|fired|launched|released|carrying|carried|loaded with)\s+(?:[\w-]+\s+){0,6}", re.I)


def _weapons_state(text: str, cand: Candidate, country: str, day: date) -> Role | None:
    """The military of the state whose weapons the act disrupted ("intercepted 12 Ukrainian drones", "shot down 30
    Russian Shahed drones"), told in its own words or just after them."""
    end = min(cand.sentences[0].end, cand.trigger.end + 60)
    for noun in _STRIKE_NOUN.finditer(text, cand.trigger.start, end):
        nat = place_lib.nationality_before(text, noun.start())
        if nat:
            return _state_military(nat, country, day, f"nationality before {noun.group(0)!r}: {nat}")
    return None


def _national_strike(text: str, cand: Candidate, country: str, day: date) -> actor_lib.ActorMention | None:
    """"a U.S. airstrike", "Russian jets": the strike is by that state's military."""
    t = cand.trigger
    at, weapon = t.start, t.text
    inside = _STRIKE_NOUN.search(t.text)
    if inside is not None and not place_lib.nationality_before(text, at):
        at = t.start + inside.start()  # (the nationality told inside the act's words: "an Israeli shell killed")
    if inside is None:
        # (or the weapon told as the subject just before the act: "Russian drones dropped grenades")
        noun = next(reversed(list(_STRIKE_NOUN.finditer(text, max(0, t.start - 80), t.start))), None)
        # (the act's own words may start with the verb: "Ukrainian drones [dropped irritant gas grenades]")
        if noun is None or not (_WEAPON_DID.fullmatch(text, noun.end(), t.start) or (
                text[noun.end():t.start].isspace() and _WEAPON_DID.match(text, noun.end()))):
            return None
        at, weapon = noun.start(), noun.group(0)
    nat = place_lib.nationality_before(text, at)
    if nat and _NAME_ENDING_IN_A_COUNTRY.search(text, max(0, at - 60), at):
        nat = ""  # "The Islamic Resistance in Iraq launched a drone attack": a group's name ends with the country
    pair = _WEAPON_AND_BEFORE.search(text, max(0, at - 40), at) if not nat else None
    if pair is not None and _STRIKE_NOUN.fullmatch(pair.group("noun")):
        nat = place_lib.nationality_before(text, pair.start("noun"))  # ("Ugandan jets and artillery pounded ADF camps")
    hedged = _HEDGED_NATION.match(text, t.start + inside.end()) if inside is not None and not nat else None
    said_to_be = place_lib.country_word(hedged.group("nat")) if hedged is not None else None
    if said_to_be is not None:
        # "warplanes, believed to be Russian, struck the outskirts of Idlib": the state the weapons are said to be
        nat = said_to_be.name
    if not nat and inside is not None:
        # (or the state told as the weapon's sender: "ten Shahed drones launched by Russia")
        by = _SENT_BY_STATE.match(text, t.end) or _SENT_BY_STATE.match(text, t.start + inside.end())
        info = place_lib.country_word(by.group("nat")) if by is not None else None
        if info is not None:
            return _state_military_of(info.name, cand, country, day, f"{weapon!r} sent by {by.group('nat')!r}")
    return _state_military_of(nat, cand, country, day, f"nationality before {weapon!r}") if nat else None


_WEAPON_AND_BEFORE = re.compile(r"(?P<noun>[\w-]+)\s+(?:and|&)\s+$")
_NAME_ENDING_IN_A_COUNTRY = re.compile(r"(?-i:[A-Z])[\w'’-]+\s+(?:in|of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+"
                                       r"(?:(?:has|have|had|also|then|reportedly|allegedly)\s+)?$")
_HEDGED_NATION = re.compile(r",\s+(?:believed|thought|said|suspected|reported|understood)\s+to\s+(?:be|have been)\s+"
                            r"(?P<nat>(?-i:[A-Z])[\w.]+),", re.I)
_SENT_BY_STATE = re.compile(r"(?:\s+(?:launched|fired|sent|flown))?\s+by\s+(?P<nat>(?-i:[A-Z])[\w.]+)(?![\w'’-]|\s+(?-i:[A-Z]))",
                            re.I)


def _national_strike_in_lead(text: str, cand: Candidate, country: str, day: date) -> actor_lib.ActorMention | None:
    """"The death toll from a Russian missile strike on Dnipro has risen to six. // A ballistic missile hit the
    building": the state named in a toll sentence of the strike's is the strike's."""
    for a, b in cand.outcomes:
        if "toll" not in text[a:b]:
            continue
        for noun in _STRIKE_NOUN.finditer(text, a, b):
            nat = place_lib.nationality_before(text, noun.start())
            if nat:
                return _state_military_of(nat, cand, country, day, f"nationality before {noun.group(0)!r} in the toll's lead")
    return None


def _foreign_weapon_before(text: str, cand: Candidate, country: str, day: date,
                           all_sentences: list[Sentence]) -> actor_lib.ActorMention | None:
    """The one foreign state whose weapons the sentences just before the event named ("A Russian guided aerial bomb")."""
    first = cand.sentences[0]
    states = {nat for s in all_sentences[max(0, first.index - 3):first.index] if first.paragraph - s.paragraph <= 1
              for noun in _STRIKE_NOUN.finditer(text, s.start, s.end)
              if (nat := place_lib.nationality_before(text, noun.start())) and nat != country}
    return _state_military_of(states.pop(), cand, country, day, "the weapons' state told just before") \
        if len(states) == 1 else None


def _state_military_of(nat: str, cand: Candidate, country: str, day: date, cue: str) -> actor_lib.ActorMention:
    """The military of the state a weapon is told as (inter 8 outside its own country), as a mention at the act."""
    t = cand.trigger
    name, reason = actor_lib.state_actor("state-military", nat, day)
    inter = 1 if nat == country else 8
    why = f"{cue}: {nat}" + (" outside its country: inter 8" if inter == 8 else "")
    return actor_lib.ActorMention(name, inter, "state-military", nat, t.start, t.end, t.text,
                                  why + (f"; {reason}" if reason else ""), False)


_GUNFIRE = re.compile(r"\b(?:gunfire|gunshots?|gun ?fire|exchanged fire|exchange of fire|opened fire|small arms|"
                      r"small and heavy weapons|fired (?:back|at|on|upon)|returned fire|came under (?:heavy |sustained |intense )?(?:attack|fire)|"
                      r"ambush\w*|clash\w*|fighting|fought|gun ?battles?|shooting|shot at)\b", re.I)


_ANSWERED = re.compile(r"(?:responded|retaliated|returned (?:[\w-]+ ){0,3}?(?:fire|gunfire|rounds|shells|shots)|fired back)", re.I)
_FIRE_BETWEEN = re.compile(r"\b(?:shelling|fire|firing|shooting|fighting)(?: and (?:shelling|shooting|firing|fighting))? "
                           r"between\b", re.I)
_TWO_SIDED_FIRE = re.compile(r"\b(?:(?:shelling|fire|firing|shooting|fighting) between|exchang\w*|responded|retaliated|"
                             r"returned (?:[\w-]+ ){0,3}?(?:fire|gunfire|rounds|shells|shots)|fired back|both sides|two-sided)\b", re.I)
_SAME_FORCE = re.compile(r"\b(?:(?:a|his|her|their) colleagues?|each other|one another|in-?fighting|fellow (?:officers?|soldiers?|"
                         r"policem[ae]n|guards?|troops)|another (?:[\w-]+ )?(?:officer|soldier|policeman|guard))\b", re.I)
_OBJECT_GAP = re.compile(r"\s*(?:(?:an?|the|two|three|four|five|six|several|\d+|one|his|her|their|senior|an off-duty)\s+){0,2}",
                         re.I)
_ACTIVE_ACT = re.compile(r"\b(?:shoots?|shot|kills?|killed|injures?|injured|wounds?|wounded|attacks?|attacked|stabs?|"
                         r"stabbed|hacks?|hacked|assaults?|assaulted|abducts?|abducted|kidnaps?|kidnapped|ambush(?:es|ed)?)\b",
                         re.I)
# a death told as a shooting with no shooter named: "A young woman was shot in the head and later died"
_CROWD_HIT_BEFORE = re.compile(r"\b(?:assault\w*|attack\w*|beat|beating|lynch\w*|ston\w*|caught|seized|grabbed)\s+"
                               r"(?:[\w-]+\s+){0,2}$", re.I)
_LIVE_ROUNDS = re.compile(r"\b(?:fired|firing|fire|used|using)\s+(?:\w+\s+){0,2}?live\s+(?:rounds|ammunition|bullets|fire)\b", re.I)
_PROTESTERS_KILLED = re.compile(r"\b(?:protesters?|demonstrators?|marchers?|protestors?)\b[^.;]{0,50}?\b(?:were|was|had been|"
                                r"have been)\s+(?:\w+\s+)?(?:killed|shot dead)\b", re.I)
_LIVE_FIRE_USED = re.compile(r"\b(?:using|used|with|fired|firing|and) (?:tear ?gas,? (?:and )?)?live (?:rounds|ammunition|bullets)\b|"
                             r"\bopened fire (?:on|at|into)\b", re.I)  # ("soldiers opened fire on a sect preparing a protest")
_PROTESTER_WORD = re.compile(r"\b(?:protesters?|demonstrators?|marchers?|protestors?)\b", re.I)
_DIED_OF_INJURIES = re.compile(r"[^.;]{0,40}?\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their|the)\s+(?:injuries|wounds)",
                               re.I)
_SHOT_NO_AGENT = re.compile(r"[^.;]{0,40}?\b(?:was|were)\s+(?:fatally\s+|reportedly\s+)?shot\b(?![^.;]*\bby\b)", re.I)
_STATE_FIRES = re.compile(r"\b(?:opened fire|fired|shot|shooting|killed|killing|engag\w*|fought|fighting|battled|"
                          r"exchanged fire|repulsed|repelled)\b", re.I)
_STATE_ENGAGED = re.compile(r"\b(?:fight\w* back|fought|intervened|repulsed|repelled|returned fire|responded|"
                            r"exchanged|pursued|engage[sd]?|battled?|wounded|injured|killed|shot dead|shooting dead|died)\b",
                            re.I)


_FOUND_BY_BEFORE = re.compile(r"\b(?:found|discovered|recovered|retrieved|spotted)\s+by\s+(?:the\s+|local\s+|some\s+)*$", re.I)
_FOUND_BODIES = re.compile(r"\s+(?:\w+\s+){0,2}?(?:found|discovered|recovered|retrieved|exhumed)\s+(?:the\s+|a\s+|\w+\s+)?"
                           r"(?:dead\s+)?(?:bod(?:y|ies)|corpses?|remains)\b", re.I)
_SHOT_WHERE = re.compile(r",\s*where\s+(?:[\w'’-]+\s+){1,4}(?:was|were)\s+shot(?: dead)?\b|"
                         # ("two young men were shot dead during anti-junta protests in Conakry. The opposition blamed
                         # security forces")
                         r"\b(?:was|were)\s+shot(?: dead)?\s+(?:during|at|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
                         r"(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)\b", re.I)
# forces answering an attack on others ("intervened and liberated those abducted", "routed the militants")
_STATE_RESPONSE = re.compile(r"\b(?:intervened|repulsed|repelled|returned fire|routed|liberated|pursued|engaged|"
                             r"exchanged fire|clashed|forced (?:the )?(?:\w+ )?(?:to flee|to retreat)|fought)\b", re.I)


def _no_striker(text: str, cand: Candidate, m: actor_lib.ActorMention) -> bool:
    """A group named away from an air or drone strike is no striker: aircraft are a state's ("a drone strike hit a
    village market, killing seven civilians" in a story about rebels), unless the group owns the strike in its
    sentence ("A group calling itself the Islamic Resistance in Iraq ... claimed responsibility")."""
    return cand.trigger.sub_event_type == "Air/drone strike" and m.inter not in (1, 8) \
        and not _TOOK_RESPONSIBILITY.search(text, text.rfind(".", 0, m.start) + 1, _sentence_end(text, m.end))


def _sentence_end(text: str, pos: int) -> int:
    m = _CLAUSE_END.search(text, pos)
    return m.end() if m else len(text)


def _named_as_agent(text: str, m: actor_lib.ActorMention) -> bool:
    """"killed by three men", "burned by the TNLA": the mention follows "by", so it did the act."""
    return bool(_AGENT_BEFORE.search(text[max(0, m.start - 45):m.start]))


def _following(cand: Candidate, all_sentences: list[Sentence], n: int = 2) -> list[Sentence]:
    """The n sentences after the event's last one, in its paragraph, and any between its own
    ("Gunmen raided the village. Villagers responded. The gunmen shot three.")."""
    first, last = min(s.index for s in cand.sentences), max(s.index for s in cand.sentences)
    own = {s.index for s in cand.sentences}
    return [s for s in all_sentences if s.paragraph == cand.sentences[-1].paragraph and s.index not in own
            and first < s.index <= last + n]


def _told_near(cand: Candidate, all_sentences: list[Sentence]) -> str:
    """The text of the event's own sentences and the two after its last ("Thousands of protesters clashed with
    security forces. A police officer was killed.": the protest told in its first sentence counts too)."""
    first, last = min(s.index for s in cand.sentences), cand.sentences[-1].index
    return " ".join(t.text for t in all_sentences if first <= t.index <= last + 2)


def _next_paragraphs_opening(cand: Candidate, all_sentences: list[Sentence]) -> str:
    """The sentence right after the event's last one, when it opens the next paragraph."""
    last = cand.sentences[-1]
    nxt = all_sentences[last.index + 1] if last.index + 1 < len(all_sentences) else None
    return nxt.text if nxt is not None and nxt.paragraph == last.paragraph + 1 else ""


def _told_after(cand: Candidate, all_sentences: list[Sentence], n: int = 2) -> str:
    """The text of the n sentences after the event ("... arrested two men. They were beaten.")."""
    return " ".join(s.text for s in _following(cand, all_sentences, n))


def _gunfire_after_blast(cand: Candidate, all_sentences: list[Sentence]) -> bool:
    """Gunfire told with a blast or in the two sentences after it, in the same paragraph (not shots
    fired at random after it: "The military fired random gunshots after the explosion")."""
    return any(_GUNFIRE.search(_AMBUSHED_WITH_A_BLAST.sub(" ", _A_GROUPS_WAR.sub(" ", _AT_RANDOM.sub(" ", s.text))))
               for s in [*cand.sentences, *_following(cand, all_sentences, 2)])


# an ambush laid with the blast itself, no gunfire: "ambushed their vehicle with an IED"
_AMBUSHED_WITH_A_BLAST = re.compile(r"\bambush\w*\s+(?:[\w'’-]+\s+){0,4}?with\s+(?:an?\s+|two\s+|several\s+)?(?:[\w-]+\s+)?"
                                    r"(?:ieds?|bombs?|explosives?|explosive devices?|(?:land ?)?mines?)\b", re.I)


# what a group is ("Al-Shabaab, the al-Qaeda-linked group fighting the federal government"), no fire of the act's
_A_GROUPS_WAR = re.compile(r"\b(?:group|movement|insurgency|insurgents|militants|rebels|jihadists|organi[sz]ation|faction|"
                           r"militias?)\s+(?:(?:that|which|who)\s+(?:has|have|had)\s+been\s+|(?:that|which|who)\s+(?:is|are)\s+)?"
                           r"(?:fighting|waging)\b", re.I)


_AT_RANDOM = re.compile(r"\b(?:fired|firing|fires)\s+(?:a few\s+|few\s+|some\s+|several\s+)?(?:random|indiscriminate|warning|"
                        r"aimless|a few|few|some|several)\s+(?:gun)?shots\b", re.I)


# a state's own base struck: "two drones targeted the Ain al-Asad air base" (no state strikes its own forces)
_STATE_BASE = re.compile(r"\b(?:air ?base|airbase|military (?:base|barracks|airport|post|camp|academy)|army (?:base|barracks|post|camp)|"
                         r"naval base|barracks|police (?:station|post|outpost|base|headquarters|checkpoint))\b", re.I)
_FIRED_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:fired|launched|lobbed|shot)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:rockets?|missiles?|mortars?|shells?|drones?|projectiles?)\b|"
                          # ("Russia pounded Ukraine with missiles and drones")
                          r"\s+(?:pounded|bombarded|struck|hit|attacked|targeted)\s+(?:[\w'’-]+\s+){1,6}?with\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:rockets?|missiles?|mortars?|shells?|drones?|artillery)\b", re.I)
def _member_harmed(text: str, name: str, end: int) -> bool:
    """The act's sentence tells a member of the group named `name` harmed after it ("killed a Hezbollah member")."""
    at = text.find(name, end, _sentence_end(text, end))
    # (or "killed one man whom the Israeli army described as a member of Hezbollah's elite Radwan Force")
    return at >= 0 and bool(_GROUP_MEMBER_AFTER.match(text, at + len(name))
                            or _MEMBER_OF_BEFORE.search(text, max(0, at - 40), at)) \
        and bool(_HARM_BEFORE.search(text, end, at))


_MEMBER_OF_BEFORE = re.compile(r"\b(?:an?|one|two|three|\d+)\s+(?:senior\s+|local\s+)?(?:members?|fighters?|commanders?|"
                               r"operatives?|militants?)\s+of\s+(?:the\s+)?$", re.I)


_GROUP_MEMBER_AFTER = re.compile(r"\s+(?:members?|fighters?|commanders?|operatives?|militants?|officials?|leaders?)\b", re.I)
_HARM_BEFORE = re.compile(r"\b(?:killing|killed|kills|wounding|wounded|injuring|injured|targeting|targeted|hitting|hit|"
                          r"struck|striking|pounded|pounding)\b", re.I)


def _context_group(text: str, cand: Candidate, country: str, day: date,
                   all_sentences: list[Sentence]) -> actor_lib.ActorMention | None:
    """A named armed group in the sentences around the event ("Al Shabaab claimed the attack")."""
    first, last = cand.sentences[0].index, cand.sentences[-1].index
    # (a claim told before the event only in its own paragraph: one that ends the paragraph before is
    # that paragraph's event's)
    # (within two paragraphs of the event's last: a headline may open it)
    last_paragraph = max(s.paragraph for s in cand.sentences)
    near = [s for s in all_sentences if first - 1 <= s.index <= last + 6 and s.paragraph - last_paragraph <= 2
            and (s.index >= first or s.paragraph == cand.paragraph)]
    # (not past a later paragraph that opens another event's report: "Also on Sunday, gunmen seized a village chief ...
    # The military said it suspected remnants of the Abu Sayyaf group" blames no one for the grenade told before)
    scene = next((s.paragraph for s in near if s.paragraph > last_paragraph and _NEW_SCENE.match(s.text)
                  and (s.index == 0 or all_sentences[s.index - 1].paragraph < s.paragraph)), None)
    if scene is not None:
        near = [s for s in near if s.paragraph < scene]
    for sentence in near:
        cue = _cue(_RESPONSIBILITY, sentence.text)
        if not cue:
            continue
        years = {int(y) for y in _YEAR_TOLD.findall(sentence.text)} if len(all_sentences) > _SHORT_REPORT else ()
        if years and day.year not in years:
            # "... was carried out by Boko Haram, who seized 276 girls in April 2014": another year's act (a
            # note's sentences all tell its one event: "one of the militants behind the 2014 attack")
            continue
        if _ARRESTED_AS.search(sentence.text, 0, cue.start()):
            continue  # "police arrested three suspected members of the banned PREPAK": who was arrested, no blame
        no_claim = _cue(_NO_CLAIM, sentence.text)
        if no_claim and not _BLAMED_AFTER.search(sentence.text, no_claim.end()):
            # "No group has claimed the attack, but militants of X are active in the region" (not "No group claimed
            # responsibility, but officials blamed 'Daesh remnants'": the side blamed did it)
            return None
        for m in _actor_mentions(text, [sentence], country, day):
            # (not a side of the fronted clause that tells another event: "hours after a clash with the AA")
            # (a militia no one names only as the one blamed, after the cue: "vigilantes killed five suspected bandits"
            # blames no vigilantes)
            if m.kind in _NAMED_KINDS and m.inter in (2, 3, 4) and not (
                    cand.aside is not None and cand.aside[0] <= m.start < cand.aside[1]) \
                    and not (m.name.startswith("Unidentified") and m.start < sentence.start + cue.start()):
                return m
    return None


_ARRESTED_AS = re.compile(r"\b(?:arrested|detained|apprehended|nabbed|captured|held|rounded up)\s+(?:[\w-]+\s+){0,3}$", re.I)
_YEAR_TOLD = re.compile(r"\b((?:19|20)\d\d)\b")
_SHORT_REPORT = 5  # sentences: a note or brief, all of it about one event


# fighting told as going on: "The clashes continued on Friday", "fighting resumed", "battles raged for a second day"
_FIGHTING_GOES_ON = re.compile(r"\b(?:fresh|renewed|further|continued|new)\s+(?:fighting|clashes)\b|"
                               r"\b(?:fighting|clashes|battles?|gunfights?|skirmishes|hostilities)\s+(?:(?:had|have|has)\s+)?"
                               r"(?:continued|resumed|raged\s+on|dragged\s+on|persisted|went\s+on|carried\s+on|"
                               r"raged\s+for\s+a\s+(?:second|third|fourth)\s+day)\b", re.I)


def _sides_told_before(text: str, cand: Candidate, country: str, day: date,
                       all_sentences: list[Sentence]) -> list[actor_lib.ActorMention]:
    """The two armed sides the nearest sentence before the event names (in its paragraph or the one before), one
    mention of each; [] if none names two."""
    first = cand.sentences[0]
    for s in reversed(all_sentences[max(0, first.index - 3):first.index]):
        if first.paragraph - s.paragraph > 1:
            break
        sides: dict[str, actor_lib.ActorMention] = {}
        for m in _unique(_actor_mentions(text, [s], country, day), text):
            if m.inter in _ARMED and not _is_victim(text, m):
                sides.setdefault(m.name, m)
        if len(sides) >= 2:
            return list(sides.values())[:2]
    return []


def _report_actor(text: str, cand: Candidate, country: str, day: date,
                  all_sentences: list[Sentence]) -> actor_lib.ActorMention | None:
    """In a short report, the armed actor its other sentences name ("A column of soldiers
    arrested two men. One was beaten."): the nearest one that is not told as a victim."""
    own = {s.index for s in cand.sentences}
    first = cand.sentences[0].index
    # (not the sides of the fighting told as the area's backdrop: "Fighting has occurred in the area")
    others = sorted((s for s in all_sentences if s.index not in own and not _AREA_CONTEXT.search(s.text)),
                    key=lambda s: (abs(s.index - first), s.index))
    for s in others:
        # (one mention per actor: "gunmen believed to be from the BLA" are the BLA)
        for m in _unique(_actor_mentions(text, [s], country, day), text):
            if m.inter in _ARMED and not _TARGET_WORDS.search(m.text) and not _is_victim(text, m) \
                    and not _SHOT_DOWN_AFTER.match(text, m.end) \
                    and not (m.inter in (1, 8) and _RESPONDERS_AFTER.match(text, m.end)):
                # (not the defender who shot drones down, nor the police who came after the act: "... was beaten to
                # death by a group of men. Police arrested five suspects.")
                return m
    return None


# forces told coming after an act to arrest, look into or find: "Police arrested five suspects", "police are investigating"
_RESPONDERS_AFTER = re.compile(r"\s+(?:have\s+|has\s+|had\s+|later\s+|subsequently\s+|have\s+since\s+)?(?:(?:arrested|detained|"
                               r"apprehended)\s+(?:[\w-]+\s+){0,3}?(?:suspects?|attackers|assailants|perpetrators|culprits|"
                               r"killers)\b|are investigating|were investigating|launched an investigation|"
                               r"opened an investigation|are searching|were searching|recovered the bod|found the bod)", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_ITS_MEN = re.compile(r"(?:its|their)\s", re.I)  # "its fighters": a group's, told by its pronoun


def _one_actor_before(text: str, cand: Candidate, country: str, day: date, all_sentences: list[Sentence],
                      wanted: Callable[[actor_lib.ActorMention], bool],
                      near: bool = False) -> actor_lib.ActorMention | None:
    """The one actor of a kind the article named before the event, if it named only one (near: in
    its first paragraphs or the one just before the event)."""
    found: dict[str, actor_lib.ActorMention] = {}
    for s in all_sentences[:cand.sentences[0].index]:
        if near and 2 < s.paragraph < cand.paragraph - 1:
            continue
        for m in _actor_mentions(text, [s], country, day):
            if wanted(m):
                found.setdefault(m.name, m)
    return next(iter(found.values())) if len(found) == 1 else None


# "a drone strike attributed to Turkey", "shelling blamed on Russia": the state the act is put down to
# ("killed four people, local officials said, blaming Pakistan")
_ATTRIBUTED_TO = re.compile(r"\b(?:attributed to|blamed on|blaming|blamed|blames|believed to have been (?:carried out|launched|"
                            r"conducted) by)"
                            r"\s+(?:the\s+)?$", re.I)


def _attributed_state(text: str, cand: Candidate, country: str, day: date) -> Role | None:
    """The military of a state the act is put down to in its own sentence, when no doer is named."""
    s = cand.sentences[0]
    if "attributed" not in s.text and "blam" not in s.text and "believed" not in s.text:
        return None  # (most sentences: no country lookup)
    for start, _end, info in place_lib.find_countries(s.text):
        if _ATTRIBUTED_TO.search(s.text, max(0, start - 50), start):
            return _state_military(info.name, country, day, f"the act attributed to {info.name}")
    return None


def _state_military(state: str, country: str, day: date, why: str) -> Role:
    """A state's military as an actor of an event in `country`: inter 1 at home, 8 abroad."""
    name, reason = actor_lib.state_actor("state-military", state, day)
    return Role(name, 1 if state == country else 8, why + (f"; {reason}" if reason else ""))


def _foreign_state_before(text: str, cand: Candidate, country: str, day: date,
                          all_sentences: list[Sentence]) -> actor_lib.ActorMention | None:
    """The one foreign state's forces the article named before the event, near it (not as those hurt
    or hosted where it struck: "an air base in western Iraq that hosts U.S. troops")."""
    return _one_actor_before(text, cand, country, day, all_sentences,
                             lambda m: m.inter == 8 and m.kind == "state-military" and not _is_victim(text, m), near=True)


def _only_group_before(text: str, cand: Candidate, country: str, day: date,
                       all_sentences: list[Sentence]) -> actor_lib.ActorMention | None:
    """The one named rebel or political militia the article told before the event, if it named only
    one: "the rebels" told later refers to it."""
    return _one_actor_before(text, cand, country, day, all_sentences,
                             lambda m: m.kind in _NAMED_KINDS and m.inter in (2, 3))


def _the_group_told_before(text: str, cand: Candidate, country: str, day: date, all_sentences: list[Sentence],
                           main: list[actor_lib.ActorMention]) -> list[actor_lib.ActorMention]:
    """"Al Shabaab claimed the attack. ... recaptured the town from the militants": an unnamed armed actor
    told as "the militants" is the one named group the article told of before (near the event)."""
    definite = [m for m in main if m.kind == "unidentified" and (_THE_BEFORE.search(text, max(0, m.start - 5), m.start)
                                                                 or _ITS_MEN.match(m.text))
                and _GROUP_WORD.fullmatch(m.text.split()[-1])]
    if definite and cand.sentences[0].index > 0:
        named = _one_actor_before(text, cand, country, day, all_sentences,
                                  lambda m: m.kind in _NAMED_KINDS and m.inter in (2, 3), near=True)
        if named is not None:
            return [dataclasses.replace(m, name=named.name, inter=named.inter, kind=named.kind,
                                        rule=f"{m.rule}; {m.text!r}: the group named before ({named.text!r})")
                    if m in definite else m for m in main]
    bare = [m for m in main if m.kind == "unidentified" and _GROUP_WORD.fullmatch(m.text.split()[-1])
            and not _NOT_THE_GROUP.search(text, max(0, m.start - 25), m.end)]
    if not bare:
        return main
    # "Insurgents, known locally as 'al-Shabaab' ... killed two farmers. // Insurgents entered Meza": the
    # article's word for the one group it named is that group wherever it is told bare
    named, first = _the_one_named_group(text, country, day, all_sentences)
    if named is None or first is None or any(m.name == named.name and _beside_a_force(text, m, main) for m in main):
        return main  # (not a militia fighting beside the forces: "Soldiers and VDP repelled an attack by jihadists")
    # (by the word's stem: "Rebels from the CPC attacked ... several hundred rebel fighters attacked")
    tied = {w.lower().rstrip("s") for w in _GROUP_WORD.findall(first.text)}
    return [dataclasses.replace(m, name=named.name, inter=named.inter, kind=named.kind,
                                rule=f"{m.rule}; {m.text!r}: the article's word for the one group it named "
                                     f"({named.text!r})")
            if m in bare and tied & {w.lower().rstrip("s") for w in m.text.split()} else m for m in main]


def _the_group_claiming_it(text: str, cand: Candidate, country: str, day: date, all_sentences: list[Sentence],
                           main: list[actor_lib.ActorMention]) -> list[actor_lib.ActorMention]:
    """"Islamist militants ambushed an army unit ... // Islamic State's Sahel affiliate claimed responsibility for the
    ambush": the one group that claims the act, a few sentences after it, is who the unnamed militants were."""
    if cand.family not in ("violence", "remote"):
        return main
    unnamed = [m for m in main if m.kind == "unidentified" and not _is_victim(text, m)]
    # (a blast told with no doer at all: "a powerful explosion destroyed part of a railway bridge ... // The BLA said its
    # fighters had planted the explosives")
    doerless = cand.family == "remote" and not any(m.inter in (1, 2, 3, 4, 8) for m in main)
    if not unnamed and not doerless:
        return main
    last = cand.sentences[-1]
    for s in all_sentences[last.index + 1:last.index + 1 + _CLAIM_REACH]:
        if s.paragraph - last.paragraph > 2:
            break
        claim = _CLAIMED_IT.search(s.text) or (_CLAIMED_BLAST.search(s.text) if cand.family == "remote" else None)
        if claim is None:
            continue
        groups = {m.name: m for m in actor_lib.find_actors(s.text[:claim.start()], country=country, event_date=day,
                                                           offset=s.start)
                  if m.kind in _NAMED_KINDS and m.inter in (2, 3)}
        if len(groups) != 1:
            return main
        (group,) = groups.values()
        if not unnamed:
            return [*main, dataclasses.replace(group, rule=f"{group.rule}; the group that claimed the act")]
        return [dataclasses.replace(m, name=group.name, inter=group.inter, kind=group.kind,
                                    rule=f"{m.rule}; the group that claimed the act ({group.text!r})")
                if m in unnamed else m for m in main]
    return main


_HELD_BRIEFLY = re.compile(r"\bfor\s+(?:several|a\s+few|two|three|four|some|many)\s+hours\b|\bbriefly\s+(?:seized|occupied|"
                           r"captured|took|held|overran|controlled)\b|\b(?:before|until)\s+(?:the\s+)?(?:troops|soldiers|army|"
                           r"security\s+forces|government\s+forces|reinforcements|police)\s+(?:\w+\s+)?(?:pushed|drove|forced|"
                           r"chased|dislodged|repelled)\s+them\s+(?:out|back)\b", re.I)
_CLAIM_REACH = 4  # sentences after the act
_CLAIMED_IT = re.compile(r"\bclaim(?:ed|s)\s+(?:responsibility|credit)\s+for\s+(?:the|this|that|Monday's|Tuesday's|"
                         r"Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+)?(?:attack|ambush|assault|"
                         r"raid|bombing|blast|explosion|killings?|kidnappings?|abductions?|massacre|strike)s?\b", re.I)
# a blast's own claim: "The BLA said its fighters had planted the explosives"
_CLAIMED_BLAST = re.compile(r"\bsaid\s+(?:that\s+)?its\s+(?:fighters|men|members|militants)\s+had\s+(?:planted|detonated|set off|"
                            r"triggered)\s+the\s+(?:explosives?|bombs?|devices?|ieds?|mines?)\b", re.I)


def _the_one_named_group(text: str, country: str, day: date, all_sentences: list[Sentence]
                         ) -> tuple[actor_lib.ActorMention | None, Sentence | None]:
    """The one named rebel group or political militia the whole article tells of, with the sentence
    that first names it (None if it names none or several)."""
    named = _named_groups_of(text, country, day)
    if len(named) != 1:
        return None, None
    m = named[0]
    return m, next((s for s in all_sentences if s.start <= m.start < s.end), None)


@lru_cache(maxsize=64)
def _named_groups_of(text: str, country: str, day: date) -> tuple[actor_lib.ActorMention, ...]:
    """The named rebel groups and political militias of an article, each at its first mention (read once
    for the whole text: its events ask in turn)."""
    found: dict[str, actor_lib.ActorMention] = {}
    for m in actor_lib.find_actors(text, country=country, event_date=day):
        # (not a militia told only among the state's own dead, on its side: "two soldiers and five volunteers for the
        # defence of the homeland (VDP) were killed" names no group "the terrorists" could be)
        if m.kind in _NAMED_KINDS and m.inter in (2, 3) \
                and not _killed_beside_the_force(text, m):
            found.setdefault(m.name, m)
    return tuple(found.values())


# an unnamed group told as not the one named, or not known: "other militants", "suspected militants", "unidentified"
_NOT_THE_GROUP = re.compile(r"\b(?:other|another|rival|suspected|unidentified|unknown|different|splinter|"
                            r"breakaway)\b", re.I)


# the words that refer back to a group ("the militants"), not to an act's own unknown doers ("the gunmen")
_GROUP_WORD = re.compile(r"militants|insurgents|jihadists|extremists|rebels|terrorists|fighters", re.I)


def _definite_unnamed(text: str, mentions: list[actor_lib.ActorMention]) -> bool:
    """Only unnamed actors, each told as "the militants", "the gunmen": they refer back to a group
    named before."""
    return bool(mentions) and all(m.kind == "unidentified" and _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
                                  for m in mentions)
_PRONOUN_SUBJECT = re.compile(r"\b(?:they|he|she|the (?:soldiers|troops|attackers|assailants|gunmen|militants|men))\b", re.I)


def _pronoun_antecedent(text: str, cand: Candidate, country: str, day: date,
                        all_sentences: list[Sentence]) -> actor_lib.ActorMention | None:
    """"Soldiers raided the village. They killed two women.": the armed actor of the sentence
    before, when the event's own sentence names its perpetrator with a pronoun only."""
    s = cand.sentences[0]
    if not _PRONOUN_SUBJECT.search(text[s.start:cand.trigger.start]):
        return None
    before = [t for t in all_sentences if s.index - 2 <= t.index < s.index and t.paragraph == s.paragraph]
    for t in reversed(before):
        armed = [m for m in _actor_mentions(text, [t], country, day) if m.inter in _ARMED]
        if armed:
            return armed[0]
    return None


_BLAMED_AFTER = re.compile(r"\bbut\s+(?:[\w'’-]+\s+){1,4}?(?:blamed|blame|blames|attributed)\b", re.I)
_NO_CLAIM = re.compile(r"\b(?:no (?:group|one|organi[sz]ation|party)|nobody|none) (?:has |had |have )?(?:yet |immediately )?"
                       r"(?:claimed|been blamed)|\b(?:yet|failed) to claim\b|\bunclaimed\b", re.I)
_RESPONSIBILITY = re.compile(
    r"\b(?:claim(?:ed|s|ing)?(?: responsibility)?|blam(?:ed|es|ing|e)|suspect(?:ed|s)?|accus(?:ed|es)|"
    r"attributed|behind the (?:attack|killing|bombing|blast|raid|ambush)|carried out|responsible for|"
    # (the verb may be left out: "Attackers believed to be from the Bahgere clan ... attacked")
    r"(?:perpetrators?|attackers|assailants|gunmen|culprits?|killers) (?:(?:are|were|is|was) (?:\w+ )?)?(?:believed|thought|"
    r"suspected|said) to (?:be|have been)|"
    r"(?:planted|placed|laid|set|detonated) by|"
    # "the gunmen identified themselves as members of the OLA", "the attackers were fighters of the 3R"
    r"identified (?:themselves|them) as|(?:were|are) (?:fighters|members|militants) of|"
    # "Residents said the attackers belonged to Viv Ansanm"
    r"(?:attackers|assailants|gunmen|perpetrators|raiders|killers) (?:belonged|belong|belonging) to|"
    # "Al-Shabaab has repeatedly targeted the airport": the group known for such attacks there
    r"(?:has|have) (?:repeatedly |often |frequently |regularly |previously )?(?:targeted|attacked|shelled)|"
    # "Al Shabaab said on its radio station that it had fired them": the group telling the act as its own
    r"said\b[^.;]{0,40}?\bthat (?:it|they) (?:had |has |have )?(?:fired|launched|carried out|planted|detonated|"
    r"attacked|targeted|shelled|struck|ambushed|killed))\b", re.I)


_VICTIM_AFTER = re.compile(
    r"^\s*(?:[\w'-]+,?\s+){0,3}?(?:(?:were|was|are|is|have been|had been|got|being)\s+(?:\w+\s+)?(?:killed|shot|attacked|"
    r"ambushed|wounded|injured|abducted|kidnapped|targeted|beheaded|hit|stabbed|captured|damaged|destroyed|burned|"
    r"burnt|torched|looted|set ablaze|set alight)|(?:have\s+|had\s+)?died|"
    r"came under (?:heavy |sustained |intense |direct )?(?:fire|gunfire|attack))\b|"
    # the verb left out: "a civilian was killed and several policemen wounded when ...", "two soldiers killed in an
    # ambush" (not "soldiers killed three militants": an object follows)
    r"^\s+(?:killed|wounded|injured|dead)(?=\s*(?:[,.;)]|$)|\s+(?:when|as|after|in|during|and|while|by)\b)",
    re.I)


# people who accuse the forces of the act ("Residents of the Ntanfoang quarter also accuse the soldiers of
# shooting dead a bike rider"): its sources, no crowd that did it
_CROWD_TELLS = re.compile(r"(?:\s+[\w'’-]+){0,8}?\s+(?:also\s+)?(?:accuse|accused|accuses|alleged|allege|"
                          r"alleges)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:of|that)\b", re.I)


def _taker(text: str, cand: Candidate, armed: list[actor_lib.ActorMention]) -> actor_lib.ActorMention:
    """Who took the territory: the agent after "overrun by", else the first actor before the verb."""
    passive = re.search(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", text[max(0, cand.trigger.start - 30):cand.trigger.start]) \
        or re.match(r"(?:was|were|had been|has been)\b", cand.trigger.text, re.I)
    after = [m for m in armed if passive and m.start >= cand.trigger.end
             and re.search(r"^\s*by\s+(?:the\s+)?(?:\w+\s+){0,3}$", text[cand.trigger.end:m.start])]
    # (a mention may run into the trigger: "JNIM [fighters] overran")
    before = [m for m in armed if m.start < cand.trigger.start]
    # the subject of the taking's own clause: "soldiers were killed when JNIM fighters overran a base"
    clause = _TAKER_CLAUSE.search(text, before[0].end, cand.trigger.start) if before and before[0].end < cand.trigger.start \
        else None
    # (not a participle after a comma, whose subject is the sentence's: "factions entered Aleppo as regime forces
    # withdrew, taking control of most of the city")
    if clause is not None and not _COMMA_PARTICIPLE.search(text, max(0, cand.trigger.start - 3), cand.trigger.start + 1):
        before = [m for m in before if m.start >= clause.end()] or before
    return (after or before or armed)[0]


_COMMA_PARTICIPLE = re.compile(r",\s+\w")


# the side a place was taken from: "retook Bara from the RSF"
_TAKEN_FROM_BEFORE = re.compile(r"\b(?:re)?(?:took|taken|captured|seized|wrested|won|regained)\s+(?:[\w'’-]+\s+){1,5}?from\s+"
                                r"(?:the\s+)?$", re.I)
# a clause that opens after the first actor and before the taking: the taking's subject is in it
_TAKER_CLAUSE = re.compile(r"\b(?:when|after|as|while|before|once)\s+(?!(?:well|part)\b)")


# a force that came between the sides: "Police intervened", "police intervened to separate the groups"
_INTERVENED = re.compile(r"\s*(?:officers\s+|later\s+|quickly\s+|then\s+)?(?:intervened|moved in to separate|"
                         r"separated|restored (?:calm|order)|rushed to the scene|arrived to (?:separate|restore))\b", re.I)


# "Meitei and Kuki mobs clashed": crowds that fought each other, no other side told
_COUNTER = r"counter-?\s?(?:protesters|demonstrators|protestors|marchers)"
_COUNTER_PROTESTERS_FOUGHT = re.compile(
    rf"\b(?:clash\w*|fought|scuffled|brawled|battled|exchanged blows)\s+(?:with\s+|between\s+)?(?:[\w-]+\s+){{0,2}}?{_COUNTER}\b|"
    rf"\b{_COUNTER}\s+(?:[\w-]+\s+){{0,2}}?(?:clashed|fought|scuffled|brawled|battled|attacked)\b|"
    rf"\b(?:protesters|demonstrators|marchers) and {_COUNTER}\s+(?:[\w-]+\s+){{0,2}}?(?:clashed|fought|scuffled|threw|hurled)\b",
    re.I)
_CROWDS_CLASHED = re.compile(r"\b(?:mobs|crowds|groups|communities|factions|villagers|youths|supporters)\s+"
                             # (told by whom they back or what they bore: "supporters of rival gubernatorial candidates
                             # clashed", "rival groups of youths armed with crude weapons clashed")
                             r"(?:(?:of|armed with)\s+(?:[\w-]+\s+){1,6}?)?(?:[\w-]+\s+)?"
                             r"(?:clashed|fought|battled)\b(?!\s+(?:with|against)\b)|"
                             r"\b(?:pelting|pelted|stoning|stoned|attacking|attacked|hacking at|hacked at|(?:throwing|threw|"
                             r"hurling|hurled) (?:stones|rocks|bricks|bottles) at)\s+(?:each\s+other|one\s+another)\b",
                             re.I)
# two crowds against each other: "stone pelting took place between two groups"
_BETWEEN_CROWDS = re.compile(r"\bbetween (?:the )?(?:two|rival) (?:groups|communities|factions|sides|crowds|gangs|families|clans)\b|"
                             # ("BNP supporters clashed with Awami League supporters ..., throwing stones at each other")
                             r"\b(?:supporters|activists|youths|villagers|residents|students|members)\s+(?:[\w-]+\s+)?"
                             r"(?:clashed|fought|battled)\s+with\s+(?:[\w'’-]+\s+){1,4}?(?:supporters|activists|youths|"
                             r"villagers|residents|students|members)\b",
                             re.I)


# deaths told with their agent, a force: "2 people were fatally shot | by police"
_BY_FORCE = re.compile(r"\s+by\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:police|policem[ae]n|officers|soldiers|troops|army|military|"
                       r"security forces|security officers|security personnel)\b", re.I)


# measures only a government takes
_GOVERNMENT_MEASURE = re.compile(r"\b(?:curfews?|state of emergency|martial law|internet (?:shutdown|blackout))\b", re.I)


# a side leaving territory to another: "withdrew from", "handed over the town of"
_LEFT_IT = re.compile(r"(?:withdrew|withdrawn|pulled out|retreated|evacuated|hand(?:ed|s|ing))\b", re.I)
_THEN_LEFT = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:withdrew|withdrawn|pulled out|retreated|evacuated|left|abandoned|vacated)\b",
                        re.I)


_A_CROWD = re.compile(r"\b(?:group|crowd|mob|gang|youths?|supporters|residents|villagers|mourners|fans|students)\b", re.I)


def _crowd_did(text: str, cand: Candidate, t: Trigger) -> bool:
    """A crowd named before a violent act in its sentence, as its doer ("a group of men attacked")."""
    s = next((s for s in cand.sentences if s.start <= t.start < s.end), None)
    if s is None:
        return False
    crowd = next(iter(reversed(list(_A_CROWD.finditer(text, s.start, t.start)))), None)  # the nearest before the act
    return crowd is not None and not _PASSIVE_WORD.search(text, crowd.end(), t.start) \
        and not _ACT_ON_THEM.search(text, max(s.start, crowd.start() - 30), crowd.start()) \
        and not _BY_BEFORE.search(text, max(s.start, crowd.start() - 40), crowd.start())


def _protesters_did(text: str, t: Trigger) -> bool:
    """Protesters named before a violent act as its doers ("demonstrators destroyed machines"),
    not as those it was done to ("protesters ... were beaten", "killing 7 protesters")."""
    m = _PROTESTERS_DID.search(text, max(0, t.start - 120), t.end)
    return m is not None and m.start() < t.start and not _ACT_ON_THEM.search(text, max(0, m.start() - 50), m.start())


def _protest_attacked_by(text: str, cand: Candidate, t: Trigger) -> bool:
    """"students demonstrating in Dhanmondi were attacked by ruling party activists": the protest told
    first in the clause is the subject of the passive act, its doers named after "by"."""
    return passive_main_verb(text, t.start, t.end) \
        and any(o.rule.family == "demonstration" and o.end <= t.start and "." not in text[o.end:t.start]
                for o in cand.triggers)


def _done_in_protest(text: str, cand: Candidate, t: Trigger, armed: list[actor_lib.ActorMention]) -> bool:
    """A crowd's violence told as its protest: "Students ... attacked and injured three teachers in protest
    against being punished" (no armed actor named before the act)."""
    start = cand.sentences[0].start
    return t.start >= start and _IN_PROTEST.search(text, t.end, t.end + 120) is not None \
        and _CROWD.search(text, start, t.start) is not None and not any(start <= m.start < t.start for m in armed)


_IN_PROTEST = re.compile(r"\bin protest\b", re.I)
# "opened fire on protesters", "to disperse the demonstrators": protesters as the object of an act
_ACT_ON_THEM = re.compile(r"\b(?:on|at(?!\s+least\b)|upon|against|towards?|disperse[ds]?|dispersing|shot|shooting|killing|killed|"
                          r"beat|beating|injuring|injured|arrested|arresting)\s+(?:the\s+)?(?:[#\w'‘’-]+\s+){0,3}"
                          r"(?:[\w-]+\s+(?:and|&)\s+(?:the\s+)?)?$", re.I)  # ("fired on worshippers and protesters")


_HERDERS = re.compile(r"\b(?:herders|pastoralists)$", re.I)


def _harmed_people(text: str, force: actor_lib.ActorMention) -> bool:
    """The force did harm to people right after it is named ("police opened fire, killing one"), not
    in what the protest is about or in a clause on someone else ("police tried to remove the body of a
    girl who was killed")."""
    # (in its own sentence: "security forces violently dispersed the sit-in outside the army headquarters in
    # Khartoum, killing at least 87 people")
    stop = text.find(". ", force.end)
    harm = _HARM_TO_PEOPLE.search(text, force.end, min(force.end + 120, stop if stop != -1 else len(text)))
    if harm is None or _PROTEST_TOPIC_CUE.search(text, max(0, force.start - 80), force.start):
        return False
    # ("police, who were dispersing the crowd, shot ...": a clause on the force itself is no one else's)
    clause = _RELATIVE.search(text, force.end, harm.start())
    return clause is None or not re.search(r"\w", text[force.end:clause.start()])


_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.I)


def _passive_act(text: str, cand: Candidate) -> bool:
    """The event's act is told in the passive ("were killed", "was shot dead")."""
    return bool(_PASSIVE_TRIGGER.match(cand.trigger.text)
                or _PASSIVE_BEFORE.search(text, max(0, cand.trigger.start - 30), cand.trigger.start))


def _agent_of_act(text: str, cand: Candidate, m: actor_lib.ActorMention) -> bool:
    """"killed by herders": the mention is the agent of the event's own act, not of another
    ("a village inhabited by the Auliyan community")."""
    if 0 <= m.start - cand.trigger.end and _THE_ACT_PUT_DOWN_TO.search(text, max(0, m.start - 60), m.start) \
            and not re.search(r"[.;\n]", text[cand.trigger.end:m.start]):
        # "gunmen killed seven people at the market in Konna, north of Mopti town, in an attack blamed on
        # JNIM": the attack the sentence tells is put down to the group, however far from the act
        return True
    return 0 <= m.start - cand.trigger.end <= 80 and _named_as_agent(text, m) \
        and not _CLAUSE_END.search(text, cand.trigger.end, m.start) \
        and not _NOT_AN_AGENT_BY.search(text, max(0, m.start - 40), m.start)


_THE_ACT_PUT_DOWN_TO = re.compile(r"\b(?:in|during) (?:an?|the) (?:[\w-]+ )?(?:attack|raid|ambush|assault|bombing|blast|"
                                  r"explosion|killing|massacre|shooting)s? (?:that was |which was |that has been )?"
                                  r"(?:also |later |widely |quickly )?(?:blamed on|attributed to|claimed by|carried out by)"
                                  r" (?:the )?(?:[\w-]+ )?$", re.I)


# "by" after a word that names no doer of violence ("a village inhabited by the Auliyan community")
_NOT_AN_AGENT_BY = re.compile(r"\b(?:inhabited|owned|led|backed|supported|dominated|populated|controlled|organi[sz]ed|"
                              r"accompanied|escorted|followed|called|attended|visited|reported|claimed|denied|hosted|guarded|manned|held|defended|protected|staffed|"
                              r"occupied|used|run|managed|found|discovered|rescued|arrested|detained|taken)\s+by\s+(?:the\s+)?(?:[\w'-]+\s+)?$", re.I)


def _foreign_force_told_before(text: str, cand: Candidate, country: str, day: date, all_sentences: list[Sentence],
                               main: list[actor_lib.ActorMention]) -> list[actor_lib.ActorMention]:
    """"Israeli forces shot a man near Bil'in. Stones were thrown at the soldiers.": a force named only
    by its noun is the foreign force named just before, not the hinted country's own."""
    generic = [m for m in main if m.kind.startswith("state") and m.inter == 1 and _GENERIC_FORCE.fullmatch(m.text)]
    if not generic:
        return main
    # "Rwandan troops clashed with insurgents near Macomia ... The statement said troops had destroyed a camp": the
    # foreign force named first in the event itself, when the host's own forces are never named
    foreign = next((m for m in main if m.kind.startswith("state") and m.inter == 8), None)
    if foreign is not None and not any(m.inter == 1 and (m not in generic or place_lib.nationality_before(text, m.start))
                                       for m in main):
        return [dataclasses.replace(m, name=foreign.name, inter=foreign.inter, country=foreign.country,
                                    rule=f"{m.rule}; the force named before: {foreign.text!r}")
                if m in generic and m.start > foreign.start else m for m in main]
    if any(m.inter in (1, 2, 3, 4, 8) and m not in generic for m in main):
        return main  # another armed actor is named with it ("French forces and Malian troops")
    first = cand.sentences[0]
    before = [s for s in all_sentences if s.paragraph == first.paragraph and first.index - 2 <= s.index < first.index]
    if not before:
        return main
    found = [m for m in _actor_mentions(text, before, country, day) if m.kind.startswith("state")]
    if not found or found[-1].inter != 8:
        return main
    foreign = found[-1]
    return [dataclasses.replace(m, name=foreign.name, inter=foreign.inter, country=foreign.country,
                                rule=f"{m.rule}; the force named before: {foreign.text!r}") if m in generic else m
            for m in main]


def _herders_did(text: str, cand: Candidate, m: actor_lib.ActorMention) -> bool:
    """Herders named as the agent ("shot by herders") or as the subject of the act, in its own
    sentence and not told as hurt ("herders attacked", not "herders were attacked")."""
    if _agent_of_act(text, cand, m):
        return True
    if _PARTICIPLE_ACT.fullmatch(cand.trigger.text) and _PLACE_OR_TIME_AFTER.match(text, cand.trigger.end):
        return False  # "Herders killed near Djenne": a headline's reduced passive, the herders the dead
    return (m.end <= cand.trigger.start and not _AGENT_AFTER.match(text, cand.trigger.end) and "." not in text[m.end:cand.trigger.start]
            and not _is_victim(text, m) and not _PASSIVE_WORD.search(text, m.end, cand.trigger.start)
            and not _NOT_SUBJECT_GAP.search(text, m.end, cand.trigger.start))


# acts that take an object: told with none, and a place or time after, they are passive ("Herders killed near Djenne")
_PARTICIPLE_ACT = re.compile(r"(?:killed|murdered|slain|massacred|executed|beheaded|lynched|abducted|kidnapped|shot dead)",
                             re.I)
_PLACE_OR_TIME_AFTER = re.compile(r"\s+(?:in|near|at|on|during|after|outside|inside|overnight|while)\b", re.I)


# another clause, or a reduced passive ("herders abducted by militants were ..."), between a mention and the act
_NOT_SUBJECT_GAP = re.compile(r"[;:]|,\s+(?:and|but|while|as|after|when)\b|\b(?:after|when|as|while|because|by)\b", re.I)


# "a mob in Kisii lynched a police officer": what the crowd did to the force
_MOB_ACT_BEFORE = re.compile(r"\b(?:(?:lynch(?:ed|ing)|beat(?:en|ing)?|ston(?:ed|ing)|assault(?:ed|ing)|attack(?:ed|ing)|"
                             r"hack(?:ed|ing)|set upon|clobber(?:ed|ing)|injur(?:ed|ing)|kill(?:ed|ing)|"
                             # ("set fire to a police post": the force's own post)
                             r"set fire to|set ablaze|torch(?:ed|ing)|burn(?:ed|t|ing) down|vandali[sz](?:ed|ing)|"
                             r"storm(?:ed|ing)|raid(?:ed|ing))\s+"
                             r"(?:an?\s+|the\s+|(?:\d+|two|three|four|five|six|several)\s+)?(?:[\w-]+\s+)?|"
                             # ("threw stones and petrol bombs at security forces")
                             r"(?:threw|throwing|hurled|hurling|pelted|pelting)\s+(?:[\w-]+\s+){1,5}?(?:at|on)\s+(?:the\s+)?)$", re.I)


def _is_victim(text: str, m: actor_lib.ActorMention) -> bool:
    """"Two police officers were killed", "soldiers came under fire", "the body of a dead soldier":
    the force is the target (not the agent told with "by": "a boat was shot at by the military and one
    person was injured")."""
    if (_VICTIM_AFTER.match(text[m.end:m.end + 80]) or _VICTIM_BEFORE.search(text, max(0, m.start - 30), m.start)) is None \
            and not (_HOSTAGE_AFTER.match(text, m.end) and _TOOK_BEFORE.search(text, max(0, m.start - 30), m.start)) \
            and not (_INCLUDED_BEFORE.search(text, max(0, m.start - 30), m.start) and _DEAD_AFTER_ASIDE.match(text, m.end)) \
            and not _AMONG_THE_HARMED.search(text, max(0, m.start - 80), m.start):
        return False
    return not _named_as_agent(text, m)


# some of the hurt told after them: "killing a woman and injuring nine people, including a police officer"
_AMONG_THE_HARMED = re.compile(r"\b(?:killing|injuring|wounding|killed|injured|wounded)\s+(?:[\w-]+\s+){0,4}?(?:people|civilians|"
                               r"others|persons|residents|villagers),?\s+(?:including|among them)\s+(?:(?:at least\s+)?(?:\d+|an?|"
                               r"one|two|three|four|five|six|several)\s+)?$", re.I)
# some of the dead told in an aside: "Five people, including three Turkana herders, were killed"
_INCLUDED_BEFORE = re.compile(r",\s+(?:including|among them)\s+(?:(?:at least\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|"
                              r"eight|nine|ten|several)\s+)?$", re.I)
_DEAD_AFTER_ASIDE = re.compile(r"(?:\s+[\w-]+){0,3}?,\s+(?:were|was|had been|have been|are)\s+(?:\w+\s+)?(?:killed|dead|slain|"
                               r"shot dead|injured|wounded)\b", re.I)
_ACCUSED_OF_BEING = re.compile(r"\b(?:accused|suspected) (?:him |her |them )?of (?:being|belonging to|membership of|"
                               r"links to|ties to|working for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# "took dozens of prison guards hostage": whom the act held
_TOOK_BEFORE = re.compile(r"\b(?:took|taking|take|takes|held|holding|hold|holds)\s+(?:[\w-]+\s+){0,3}$", re.I)
_HOSTAGE_AFTER = re.compile(r"\s+(?:as\s+)?(?:hostages?|captives?)\b", re.I)
# "searching for al Shabaab remnants", "to flush out bandits": whom the force was after
_SOUGHT = (r"searching for|looking for|hunting (?:for|down)|in (?:hot )?pursuit of|pursuing|to flush out|flushing out|"
           r"in search of")
_SOUGHT_BEFORE = re.compile(rf"\b(?:{_SOUGHT})\s+(?:the\s+|suspected\s+)?$", re.I)
_VICTIM_BEFORE = re.compile(r"\b(?:dead|slain|murdered|killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds|"
                            r"kidnapped|kidnaps|abducted|abducts|missing|"
                            + _SOUGHT + r")\s+(?:the\s+|an?\s+|suspected\s+)?"
                            # ("injured four police officers", "killed 3 US soldiers": a count of them, their nation)
                            # (a count in words too: "killing dozens of militants"; an abbreviation's dots, not a
                            # sentence's end: "killing 12 VDP. The military later ...")
                            r"(?:(?:(?:at least|more than|over|about|some|nearly)\s+)?(?:\d+|two|three|four|five|six|seven|eight|"
                            r"nine|ten|several|some|many|dozens of|scores of|hundreds of|a dozen)\s+"
                            r"(?:(?-i:(?:[A-Z]\.){2,}|[A-Z]\w*)\s+)?)?$|"
                            # the dead told by who they were ("14 people were killed, \"mostly soldiers and VDP\"")
                            r"\b(?:killed|dead|died),?\s+[\"“]?(?:mostly|mainly|most of them|among them|including)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:and\s+)?$|"
                            # the forces a place struck holds ("an air base in western Iraq that hosts U.S. troops")
                            r"\b(?:hosts|hosting|housing|houses|home to|used by|stationed)\s+(?:the\s+)?(?:(?-i:[A-Z][\w.]*)\s+)?$",
                            re.I)


def _armed_target_words(text: str, cand: Candidate, perpetrator: actor_lib.ActorMention | None) -> bool:
    """True when the words after the trigger name an armed target (soldiers, a base...)."""
    scope = text[cand.trigger.end:cand.scope[1]]
    if _BY_FIRST.match(scope):
        # the agent and what it was doing ("by the police officers who were on patrol") up to the clause's end
        scope = scope[len(re.split(r"[,.;]", scope, maxsplit=1)[0]):]
    whole = " ".join(scope.split())
    scope = _PASSIVE_AGENT.sub(" ", " ".join(scope.split()[:8]))  # the words right after; "by police" is the agent
    if perpetrator is not None and (perpetrator.kind == "rebel" or (
            perpetrator.inter in (1, 8) and _STORMED_TOWN.search(cand.trigger.text))) and _A_TOWN_ASSAULTED.match(scope):
        # (or a force's storming of a town: "Russian troops stormed Chasiv Yar", fighting for it with those holding it)
        # "the KNDF attacked Loikaw", "the KIA attacked Bhamo town": a rebel group's assault on a town, no one
        # named as its victims, is fighting for it with the forces holding it
        return True
    # (not a force's kin or former member: "killed the wife of a police officer", "a soldier's son", "a retired soldier")
    # (nor the source: "shot dead a worker in Rumuruti on Monday, police said")
    return any(not _KIN_OF_BEFORE.search(scope, 0, m.start()) and not _FORMER_BEFORE.search(scope, 0, m.start())
               and not _RELATIVE_AFTER.match(scope[m.end():])
               and not (whole.startswith(scope[:m.end()]) and (_A_SOURCE_AFTER.match(whole, m.end())
                                                                 or _LOOKED_ON.match(whole, m.end())))
               and not _cue(_ATTRIBUTION_BEFORE, scope[max(0, m.start() - 60):m.start()])
               for m in _ARMED_TARGET.finditer(scope))


_A_SOURCE_AFTER = re.compile(r"(?:\s+(?:officers?|officials?|spokes(?:man|woman|person)|sources?|chiefs?|commanders?))?\s+"
                             r"(?:said|say|says|told|reported|confirmed)\b", re.I)


_ARMED_TARGET = re.compile(
    r"\b(?:soldiers?|troops|police(?:men)?|police officers?|officers|militants?|fighters?|rebels?|"
    r"insurgents?|military|army|patrol|convoy|base|checkpoint|outpost|barracks|(?:military|army|rebel|militant) camp)\b", re.I)
_KIN_OF_BEFORE = re.compile(rf"\b(?:{_KIN}|nephew|niece|cousin)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)


_STORMED_TOWN = re.compile(r"\b(?:storm(?:ed|ing)?|assault(?:ed|ing)?)\b", re.I)
# a town told right after an assault: "Loikaw.", "Bhamo town,", "the town of Bhamo", "on Myawaddy town"
_A_TOWN_ASSAULTED = re.compile(r"\s*(?:on\s+)?(?:(?:the\s+)?(?:[\w-]+\s+)?(?:town|city)\s+of\s+(?-i:[A-Z])[\w'’-]+|"
                               r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+(?:town|city))?)\s*(?:[,.;]|$|"
                               r"(?:in|on|at)\s)", re.I)


# ----------------------------------------------------------------------------------------
# the article -> events
# ----------------------------------------------------------------------------------------

@dataclass
class _Context:
    article: Article
    sentences: list[Sentence]
    dates: dict[int, list[date_lib.DateMention]]
    places: dict[int, list[place_lib.PlaceMention]]
    country: place_lib.CountryInfo | None
    dateline: place_lib.PlaceMention | None = None
    hint: str | None = None
    dateline_span: tuple[int, int] = (0, 0)  # where the dateline is ((0, 0): none)
    anchor: date | None = None  # the day the dateline gives, when it is not the publication date: days are told from it
    headline_end: int = 0  # where the body starts after a headline line (0: no headline)
    states: frozenset[str] | None = None  # admin1 units the whole article names, read on first need
    regions: frozenset[str] | None = None  # admin1 units of the article's towns of one name only, read on first need
    news: bool = False  # a news story (not a note or a brief)
    # sub-event types of the acts a sentence names only as what its words are about ("The death toll from a suicide
    # bombing ... rose to 84"), by sentence index
    topics: dict[int, frozenset[str]] = field(default_factory=dict)


def _dates_of(ctx: _Context, s: Sentence) -> list[date_lib.DateMention]:
    """Dates of one sentence, found on first use (most sentences never need them)."""
    found = ctx.dates.get(s.index)
    if found is None:
        found = date_lib.find_dates(s.text, ctx.anchor or ctx.article.published, offset=s.start)
        if _overlaps(s, ctx.dateline_span):
            found = [m for m in found if not _in_scope(m.start, ctx.dateline_span)]  # the day the story was filed
        ctx.dates[s.index] = found
    return found


_STATE_AFTER_TOWN = 80  # characters
_STATE_NAMED_AFTER = "the state named after it"  # (the rule of a place whose admin1 the state told after it corrects)
# words that open another clause between a town and a state named after it: the state is not the town's ("in Kyauktada
# township, Yangon, activists protested against the war in Kachin state"; "in Yangon, villagers from Aung Tha Pyay
# village, Patheingyi township, Mandalay region protested")
_CLAUSE_BETWEEN = re.compile(r"\b(?:against|about|over|from|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|"
                             r"protest(?:s|ed|ing)|rall(?:y|ied|ying)|march(?:ed|ing)|demonstrat(?:ed|ing))\b", re.I)
_VILLAGE_BEFORE_UNIT = 60  # characters
_KNOWN_SEAT = 10_000  # people: a town this large named as a township is that township
_NAMESAKE_FAR_KM = 450  # a unit this far from the state told with it is in another state
_BRACKETED_REGION = re.compile(r"(?: town| city)? \((?:[^(),]{1,40}, )?")  # "Thika (", "Likoni (Mombasa, "
_STATE_WORD = re.compile(r"\b(?:state|region|province|county)\b", re.I)
# the second-level units named after their seats
_UNIT_WORD = re.compile(r"\s+(?:district|township|territory|sub-?county|county|regency|department|prefecture|"
                        r"commune|cercle|municipality|upazila|tehsil|woreda|locality|local government area|LGA)\b", re.I)


def _framed_by_state(places: list[place_lib.PlaceMention], states: list[place_lib.PlaceMention],
                     text: str) -> list[place_lib.PlaceMention]:
    """"In Rathedaung Township, in Rakhine State, ... near the villages of Kyauktan and Yepote": the one state a
    sentence opens on, after a place in it, frames the places it names later; a town of their name in another state of
    the country is a namesake."""
    if len({q.place.admin1 or q.place.name for q in states}) != 1:
        return places
    frame = states[0]
    state = frame.place.admin1 or frame.place.name
    if not any(p.place.kind != "admin1" and p.place.admin1 == state and p.end <= frame.start for p in places):
        return places
    # (nor a town told right after the state, joined to it: "struck Burshtyn in Ivano-Frankivsk region and Odesa")
    return [p for p in places if p.start < frame.end or p.place.kind == "admin1" or p.place.admin1 == state
            or p.place.country != frame.place.country or _REGION_THEN_AND.fullmatch(text, frame.end, p.start)]


_VILLAGE_WORD = re.compile(r"\s+village\b", re.I)
_VILLAGE_IN_UNIT = re.compile(r"(?:\s+(?:village|town|village tract|ward|area))?(?:\s*,\s*|\s+in\s+|\s+of\s+)(?:the\s+)?", re.I)
_VARIANT_RULE = tuple(f"gazetteer ({how})" for how in place_lib.LOOSE_MATCHES)
_VILLAGE_SIZE = 5_000  # people: a place this small may be one of several of its name
_MISSPELT_RULE = "gazetteer (misspelling)"
_WELL_KNOWN = 20_000  # people: a town this large is what a name one letter off it means


def _misspelling_holds(ctx: _Context, p: place_lib.PlaceMention, places: list[place_lib.PlaceMention]) -> bool:
    """A name one letter off a place's is that place only where the story backs it: its region named ("Kusauni
    and Nyali (Mobassa)"), a town well known, or a township told as one ("Maungtaw Township"). An unknown village
    one letter off a far one ("Mathare", Mathari in Nyeri) is not it, nor one told beside a place we know for
    sure ("Nam Tawe village (Namhsan Township)": the township is the place)."""
    if any(q is not p and not q.rule.startswith(_VARIANT_RULE) and q.place.kind != "admin1" for q in places):
        return False
    # (well known by a name like its own: not "Kutru", an unknown village, read as Gudur, whose other name "Kutur" it is
    # one letter off; "Mobassa" is still Mombasa)
    well_known = p.place.population >= _WELL_KNOWN and _edits(place_lib.fold(p.text), place_lib.fold(p.place.name)) <= 2
    if p.place.kind == "admin1" or well_known or place_lib.UNIT_AFTER.match(ctx.article.text, p.end):
        return True
    return bool(p.place.admin1) and any(p.place.admin1 in st or st in p.place.admin1 for st in _states_named(ctx))


def _edits(a: str, b: str) -> int:
    """Letters to add, drop or change to turn one word into the other (Levenshtein distance)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def _states_named(ctx: _Context) -> frozenset[str]:
    """The admin1 units the whole article names (read once per article; `ctx.country` is known)."""
    if ctx.states is None:
        ctx.states = place_lib.states_named(ctx.article.text, ctx.country.alpha2)
    return ctx.states


_NAMED_ACT_NEXT = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?", re.I)  # "Jan. 28 [drone ]strike", "Saturday's [rocket ]attack"


def _names_an_act(m: date_lib.DateMention) -> bool:
    """A day read as naming an act ("The Jan. 28 bombing", "Saturday's rocket attack"), not as the day of one."""
    return date_lib.NAMES_ANOTHER_EVENT in m.rule or date_lib.DAY_OF_ANOTHER_EVENT in m.rule


_TOWN_OF = re.compile(r"\b(?:town|city) of\s+$", re.I)


def _namesake_village(p: place_lib.PlaceMention) -> bool:
    """A small place whose name the gazetteer knows for several places of its country: maybe none of them."""
    return p.place.population < _VILLAGE_SIZE and _namesake_town(p)


def _namesake_town(p: place_lib.PlaceMention) -> bool:
    """A town whose name the gazetteer knows for several towns of its country ("Bijapur": Karnataka's and
    Chhattisgarh's)."""
    return p.place.kind == "populated" and place_lib.namesakes(p.text, p.place.country) > 1


def _namesake_in_the_articles_region(ctx: _Context, p: place_lib.PlaceMention) -> place_lib.PlaceMention:
    """"BIJAPUR/JAGDALPUR: ... near Gangaloor ... Bastar ...": of a name's namesakes, the one in the region of
    the article's other towns, whose names are their own (or of the states it names)."""
    if ctx.regions is None:  # (read once per article)
        towns = place_lib.find_places(ctx.article.text, country_hint=ctx.hint)
        # (not the capital's: a story about the provinces names it for the state's doings, "protests in Tehran", and
        # the capital's name is often its region's)
        capital = place_lib.capital_place(ctx.country.name)
        ctx.regions = frozenset(q.place.admin1 for q in towns if q.place.country == ctx.country.name
                                and q.place.kind == "populated" and not _namesake_town(q)
                                and q.place.name != capital.name) | (_states_named(ctx) - {capital.admin1})
    if not ctx.regions or p.place.admin1 in ctx.regions:
        return p
    other = place_lib.namesake_in(p.text, p.place.country, ctx.regions)
    if other is None:
        return p
    return dataclasses.replace(p, place=other, rule=f"{p.rule}; not that one: its namesake in {other.admin1}, the "
                                                      f"region of the article's other towns")


_SPEAKER_IN = re.compile(r"\b(?:officers?|officials?|spokes(?:man|woman|person)|sources?|commanders?|journalists?|"
                         r"correspondents?|doctors?|medics?|workers?|analysts?|diplomats?|activists?)\s+(?:based\s+)?in\s+$",
                         re.I)
_TAKEN_TO_HOSPITAL_IN = re.compile(r"\b(?:taken|rushed|admitted|evacuated|transferred|airlifted|flown|brought)\s+to\s+"
                                  r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}(?:hospitals?|clinics?|health (?:centre|center)s?|"
                                  r"medical (?:centre|center)s?)\s+in\s+$", re.I)
_WENT_TO_BEFORE = re.compile(r"\b(?:withdr(?:ew|awn|awal|awing)|retreat(?:ed|ing|s)?|fled|fleeing|flee|pulled (?:back|out)|"
                             r"evacuated|relocated)[\"”'’]?\s+(?:[\w-]+\s+){0,2}?(?:to|towards?|into)\s+(?:the\s+)?"
                             r"(?:(?:camps?|town|city|village|area|forests?|bush)\s+(?:of\s+|in\s+|near\s+)?)?$", re.I)
_ROAD_TO_BEFORE = re.compile(r"\b(?:on|along|off)\s+the\s+(?:main\s+)?(?:road|highway|route)\s+(?:to|towards?)\s+$", re.I)
_SPOKE_AFTER = re.compile(r"(?:\s+(?:\w+\s+){0,2}?|,[^,.;]{0,60},\s+)(?:said|says|confirmed|told|added|reported)\b")


_GOVERNMENT_SPEAKS = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|repeatedly\s+|long\s+)?(?:said|says|warned|warns|"
                                r"accused|accuses|announced|denied|denies|insisted|insists|claimed|claims|blamed|blames|"
                                r"vowed|vows|threatened|condemned|condemns|responded|rejected|rejects|urged|urges|demanded|"
                                r"demands|accepted|agreed|retaliated|protested)\b")
_CHARGED_BEFORE = re.compile(r"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+$", re.I)
_CLAUSE_OPENS = re.compile(r"(?:[,;:]\s+|\b(?:and|but|while|as)\s+)$")


def _stands_for_its_government(text: str, s: Sentence, p: place_lib.PlaceMention) -> bool:
    """A capital named for the government that sits there, no place: one that speaks at a clause's start
    ("Washington has warned that it will respond ... to attacks on its personnel") or is charged ("accusing
    Kigali of backing the rebels")."""
    speaks = _GOVERNMENT_SPEAKS.match(text, p.end) is not None and (
        p.start == s.start or _CLAUSE_OPENS.search(text, max(s.start, p.start - 6), p.start) is not None)
    if not speaks and _CHARGED_BEFORE.search(text, max(0, p.start - 12), p.start) is None:
        return False
    try:
        return place_lib.capital_place(p.place.country).geonameid == p.place.geonameid
    except LookupError:
        return False


_PARTS_OF_THE_CAPITAL = re.compile(r"\b(?:neighbou?rhoods?|districts?|suburbs?|areas?|parts?|quarters?|townships?)\s+of\s+"
                                   r"the\s+capital,?\s+(?:including|such as|notably|like|among them)\s+", re.I)


def _places_of(ctx: _Context, s: Sentence) -> list[place_lib.PlaceMention]:
    """Places of one sentence, found on first use (most sentences never need them)."""
    if s.index in ctx.places:
        return ctx.places[s.index]
    places = place_lib.find_places(s.text, country_hint=ctx.hint, context=ctx.article.text, offset=s.start)
    if ctx.country is not None:
        places = [p for p in places if p.place.country == ctx.country.name] or places
    if places and (" and " in s.text or ", including " in s.text):
        # a region named as a people among others, not as where: "armed Pokot and Turkana herders", "Five people, including
        # three Turkana herders, were killed" (not "in Turkana", nor "Turkana herders" alone: where they were)
        places = [p for p in places if not (p.place.kind == "admin1" and _ETHNIC_PEOPLE_AFTER.match(ctx.article.text, p.end)
                                            and _AMONG_PEOPLE_BEFORE.search(ctx.article.text, max(0, p.start - 40), p.start))]
    if places and " in " in s.text:
        # "An army officer in Maiduguri confirmed that two soldiers had been killed": where a source spoke from
        # (or where the wounded were taken: "were taken to the State Specialist Hospital in Maiduguri")
        places = [p for p in places if not (
            _SPEAKER_IN.search(ctx.article.text, max(0, p.start - 40), p.start)
            and _SPOKE_AFTER.match(ctx.article.text, p.end)) and not _TAKEN_TO_HOSPITAL_IN.search(
            ctx.article.text, max(0, p.start - 90), p.start)]
    if places and ("accus" in s.text or "blam" in s.text or _GOVERNMENT_SPEAKS.search(s.text)):
        places = [p for p in places if not _stands_for_its_government(ctx.article.text, s, p)]
    if places and ctx.country is not None and "of the capital" in s.text \
            and (parts := _PARTS_OF_THE_CAPITAL.search(s.text)) is not None:
        # "in several neighbourhoods of the capital, including Medina and Colobane": quarters of the capital (a town of
        # their name elsewhere is a namesake), coded to the capital itself
        stop = s.text.find(".", parts.end())
        end = s.start + (len(s.text) if stop < 0 else stop)
        try:
            capital = place_lib.capital_place(ctx.country.name)
        except LookupError:
            capital = None
        if capital is not None:
            places = [dataclasses.replace(p, place=capital, geo_precision=1,
                                          rule=f"{p.text!r}: a quarter of the capital -> {capital.name}; geo_precision 1")
                      if s.start + parts.end() <= p.start < end else p for p in places]
    if places and (" to" in s.text or "into" in s.text):
        # where people withdrew or fled to: "before troops made a 'tactical withdrawal' towards Dikwa", "residents who fled
        # to Banibangou town"
        places = [p for p in places if not _WENT_TO_BEFORE.search(ctx.article.text, max(0, p.start - 60), p.start)]
        # where a road leads, beside the place on it: "about 5 km outside Afgooye on the road to Mogadishu"
        kept = [p for p in places if not _ROAD_TO_BEFORE.search(ctx.article.text, max(0, p.start - 30), p.start)]
        places = kept or places
    if any(p.rule.startswith(_VARIANT_RULE) or _namesake_village(p) for p in places) and ctx.country is not None:
        # "Soldiers burned 200 houses in Mingin township" in an article on Sagaing and Chin: a spelling
        # variant of a town in a region the article never names is a namesake, not the place
        named = _states_named(ctx)
        if named:
            # (a region named by a town of the sentence counts: "in Deir al-Balah in central Gaza")
            # (so is a village's namesake: "Two jets dropped bombs on Nyaung Pin village in Kawlin township" in an
            # article on Sagaing, where the gazetteer knows only Yangon's Nyaung Pins)
            near = {q.place.admin1 for q in places if not q.rule.startswith(_VARIANT_RULE) and not _namesake_village(q)}
            # (a town told as one keeps its largest namesake: "Azerbaijani artillery shelled the spa town of Jermuk")
            places = [p for p in places if not (p.rule.startswith(_VARIANT_RULE) or _namesake_village(p))
                      or p.place.kind == "admin1" or p.place.admin1 in near
                      or (not p.rule.startswith(_VARIANT_RULE)
                          and _TOWN_OF.search(ctx.article.text, max(0, p.start - 12), p.start) is not None)
                      or any(p.place.admin1 in st or st in p.place.admin1 for st in named)]
    if ctx.country is not None and any(p.rule.startswith(_MISSPELT_RULE) for p in places):
        places = [p for p in places if not p.rule.startswith(_MISSPELT_RULE) or _misspelling_holds(ctx, p, places)]
    if ctx.country is not None:
        places = [_namesake_in_the_articles_region(ctx, p) if _namesake_town(p) else p for p in places]
    # "Nam Hkam village, Tanai township, Kachin state": a town of the same name in another state
    # is not it, when the sentence names the state
    states = [p for p in places if p.place.kind == "admin1"]
    if states:
        # the state named right after a town ("X village, Y township, Z state") is the town's
        def states_after(p: place_lib.PlaceMention) -> list[place_lib.PlaceMention]:
            # (not a neighbour: "Sabuwa Local Government Area, near the boundary with Kaduna State")
            # (not in another clause after it: "in Kyauktada township, Yangon, activists protested against the war in
            # Kachin state")
            return [q for q in states if 0 <= q.start - p.end <= _STATE_AFTER_TOWN
                    and not _CLAUSE_BETWEEN.search(ctx.article.text, p.end, q.start)
                    and not _PEOPLE_AFTER.match(ctx.article.text, q.end)  # ("arrested 7 Kachin men")
                    and not place_lib.BORDER_BEFORE.search(ctx.article.text, max(0, q.start - 30), q.start)]

        def contradicted(p: place_lib.PlaceMention) -> bool:
            after = states_after(p)
            # a known town named as a township ("Kutkai Township, in Kachin State"): the state is a slip
            slip = bool(place_lib.UNIT_AFTER.match(ctx.article.text, p.end)) and p.place.population >= _KNOWN_SEAT \
                and p.rule.startswith("gazetteer (name)")
            return bool(after) and p.place.admin1 not in {q.place.admin1 or q.place.name for q in after} and not slip

        def told_in(p: place_lib.PlaceMention) -> place_lib.PlaceMention:
            # a district or township's admin1 is the nearest town's, a guess the state named after it corrects
            # ("Paletwa Township, in Chin State": its nearest town in the gazetteer is in Rakhine)
            state = states_after(p)[0]
            admin1 = state.place.admin1 or state.place.name
            return dataclasses.replace(p, place=dataclasses.replace(p.place, admin1=admin1),
                                       rule=f"{p.rule}; in {admin1}, {_STATE_NAMED_AFTER}")
        def in_its_brackets(p: place_lib.PlaceMention) -> bool:
            # "Thika (Kiambu)": a known town with its region in brackets right after it is that town, its region the
            # one told (GeoNames files Thika under Nairobi)
            return p.place.kind == "populated" and p.place.population >= _KNOWN_SEAT and any(
                _BRACKETED_REGION.fullmatch(ctx.article.text, p.end, q.start) for q in states_after(p)[:1])

        def far_from_it(p: place_lib.PlaceMention) -> bool:
            # (a unit farther from the state told after it than any part of a state lies from its point is a namesake in
            # another state: "Salama village (Lamu West, Lamu)" is no Salama ward of Laikipia, 550 km away)
            state = states_after(p)[0].place
            return place_lib.haversine_km(p.place.latitude, p.place.longitude,
                                          state.latitude, state.longitude) > _NAMESAKE_FAR_KM

        places = [told_in(p) if (p.place.kind == "unit" or in_its_brackets(p)) and contradicted(p) and not far_from_it(p)
                  else p for p in places]
        places = [p for p in places if p.place.kind == "admin1" or not p.place.admin1 or not contradicted(p)]
        places = _framed_by_state(places, states, ctx.article.text)
    # "near Pang Long and Pang Ku villages, Kutkai township": a village told in a township is near
    # its seat, so a town of its name far away is a namesake
    # (a township the gazetteer holds only as a unit too, when the village is told right before it: "near Mongyu
    # village in Muse township")
    # (a name told as a village that the gazetteer holds only as a far township: "in Mongkyet Village, Kunlong
    # Township" is no loose spelling of Mongkhet Township)
    units = [q for q in places if q.place.kind in ("populated", "unit") and _UNIT_WORD.match(ctx.article.text, q.end)]
    if units:
        places = [p for p in places if p in units or not (
            p.place.kind == "populated" or p.place.kind == "unit" and _VILLAGE_WORD.match(ctx.article.text, p.end)) or not any(
            0 < q.start - p.end <= _VILLAGE_BEFORE_UNIT
            and (q.place.kind == "populated" or _VILLAGE_IN_UNIT.fullmatch(ctx.article.text, p.end, q.start))
            and not any(p.end <= o.start < q.start for o in places) and not _STATE_WORD.search(ctx.article.text, p.end, q.start)
            and place_lib.haversine_km(p.place.latitude, p.place.longitude,
                                       q.place.latitude, q.place.longitude) > place_lib.unit_radius_km(ctx.article.text, q.end)
            for q in units)]
    # "in Mpondwe, Kasese district": the district named after its seat, told right after a town in it,
    # is where the town lies, not a second place
    # (or a commune the gazetteer holds only as a unit: "the army camp of Inates, Ayorou department")
    seats = [q for q in places if q.place.kind == "populated" and _UNIT_WORD.match(ctx.article.text, q.end) and any(
        p.place.kind in ("populated", "unit") and p is not q and p.end <= q.start
        and re.fullmatch(r",\s*(?:in\s+)?", ctx.article.text[p.end:q.start])
        and place_lib.haversine_km(p.place.latitude, p.place.longitude, q.place.latitude, q.place.longitude)
        <= place_lib.unit_radius_km(ctx.article.text, q.end) for p in places)]
    if seats:
        places = [p for p in places if p not in seats]
    if len(places) > 1 and (" of " in s.text):
        places = _far_from_its_bearing(ctx.article.text, places)
    if _overlaps(s, ctx.dateline_span):
        in_dateline = [p for p in places if _in_scope(p.start, ctx.dateline_span)]
        if in_dateline and ctx.dateline is None:
            ctx.dateline = in_dateline[0]
        places = [p for p in places if not _in_scope(p.start, ctx.dateline_span)]
    ctx.places[s.index] = places
    return places


def _far_from_its_bearing(text: str, places: list[place_lib.PlaceMention]) -> list[place_lib.PlaceMention]:
    """"in Mamelodi, east of Pretoria": a town told by its bearing from another is near it; a namesake far from it (a
    hamlet of the name 250 km away) is not the town, which the gazetteer lacks: the event is near the town it is told
    from."""
    out = list(places)
    for p, q in zip(places, places[1:], strict=False):
        bearing = _BEARING_AFTER.match(text, p.end)
        if bearing is None or bearing.end() != q.start or q.place.kind != "populated" or p.place.kind != "populated":
            continue
        # (the distance told, when it is: "on the outskirts of Tera, about 180 km northwest of Niamey")
        told = _told_km(bearing.group("n"), bearing.group("unit")) if bearing.group("n") else None
        reach = max(told * 1.3 + 15, _BEARING_REACH_KM) if told is not None else _BEARING_REACH_KM
        if place_lib.haversine_km(p.place.latitude, p.place.longitude, q.place.latitude, q.place.longitude) > reach:
            out = [dataclasses.replace(r, geo_precision=2, rule=f"{r.rule}; {place_lib.NEAR_A_TOWN}: geo_precision 2 "
                                                                f"(the gazetteer's {p.text!r} lies far from it)")
                   if r is q else r for r in out if r is not p]
    return out


def _told_km(n: str, unit: str) -> float:
    return float(n.replace(",", "")) * (1.609 if unit.lower().startswith("mile") else 1.0)


_BEARING_AFTER = re.compile(r",?\s+(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?"
                            r"(?:(?P<n>\d[\d,]*)\s*(?P<unit>km|kilometres?|kilometers?|miles?)\s+)?"
                            r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern outskirts)?\s+of\s+(?:the\s+)?"
                            r"(?:(?:capital|city|town)\s+)?", re.I)
_BEARING_REACH_KM = 100.0  # a town told by its bearing from another lies this near it


# "NAIROBI, Kenya (Reuters) - ": where the reporter filed from, not where the event happened
# ("BOGOTA, May 5 (Reuters) - ": the day it was filed, no event's date)
# ("GOMA, Democratic Republic of Congo, Feb 7 (Reuters) - ": a country's name may hold "of" or "the")
# ("KHARTOUM/CAIRO, June 10 (Reuters) - ": a story filed from two cities)
_DATELINE = re.compile(r"^\s*[A-Z][A-Z'’.-]+(?:/[A-Z][A-Z'’.-]+)*(?:[ ,]+(?:[A-Z][A-Za-z'’.-]+|of|the|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)){0,7}\s*"
                       r"(?:\([^)]{1,40}\))?\s*[-–—:]\s|"
                       # ("Khartoum, Sudan — ": a town and its country in title case, then a dash)
                       r"^\s*[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2},\s+[A-Z][A-Za-z.]+(?:\s+(?:of\s+|the\s+)?[A-Z][A-Za-z.]+){0,4}"
                       r"\s*(?:\([^)]{1,40}\))?\s*[—–]\s|"
                       # ("Bamako, 2 July (AFP) - ", "Goma (AFP) - ": a town in title case, a day, the agency)
                       # ("Ouagadougou, June 2, 2025 (APA) - ": with its year)
                       r"^\s*[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}(?:,\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})"
                       r"(?:,?\s+(?:19|20)\d\d)?)?"
                       # ("Bogota, Mar 18 (EFE).- ")
                       r"\s*\((?:AFP|AP|APA|Reuters|Xinhua|Anadolu|dpa|IANS|PTI|UNI|Bernama|ANI|Efe|EFE)\)\s*\.?[-–—:]\s|"
                       r"^\s*[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2},\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})"
                       r"(?:,?\s+(?:19|20)\d\d)?\s*\([^)]{1,40}\)\s*[-–—]\s|"
                       # ("Maiduguri, March 9 - ", "Maiduguri, 9 March 2024 — ": a town in title case, a day, a dash)
                       r"^\s*[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2},\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})"
                       r"(?:,?\s+(?:19|20)\d\d)?\s*[-–—]\s|"
                       # ("Nov 4 (Reuters) - ": a dateline with no city)
                       r"^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\s*\([^)]{1,40}\)\s*[-–—]\s")


_THE_SAME_TOWN = re.compile(r"\b(?:in|at)\s+the\s+(?:same\s+)?(?:city|town)(?![\w'’-])(?!\s+of\b)", re.I)


def _dateline_day(article: Article, span: tuple[int, int]) -> date | None:
    """The day a dateline gives ("MOGADISHU, March 12 (Reuters) - "), when the story was published later: "on Tuesday"
    and "today" are told from the day it was filed (within two weeks before publication; else none)."""
    if span == (0, 0):
        return None
    told = [m for m in date_lib.find_dates(article.text[span[0]:span[1]], article.published)
            if m.kind == "day" and m.precision == 1]
    if not told or told[0].date == article.published or not 0 < (article.published - told[0].date).days <= 14:
        return None
    return told[0].date


def _dateline_span(text: str) -> tuple[int, int]:
    """Where the dateline is ((0, 0): none), at the start of the text or after a headline line
    ("Gunmen kill 14 in attack on church\n\nOUAGADOUGOU, Feb 27 (Reuters) - ...")."""
    m = _DATELINE.match(text)
    body = _headline_end(text)
    if m is not None and not (body and m.end() < body):
        return (0, m.end())
    # (a headline's label is no dateline: "DR Congo: ADF rebels kill 18 ... // BENI, Democratic Republic of Congo
    # (Reuters) - ...")
    start = (0, m.end()) if m is not None else (0, 0)
    if body:
        # (a byline between them: "Gunmen kill 30 ... // By AP Staff // KANO, Nigeria (AP) — ...")
        byline = _BYLINE.match(text, body)
        body = byline.end() if byline else body
        # (or a wire's editorial note: "UPDATE 2-... // (Updates death toll, adds details on Sumy) // KYIV, March 19 ...")
        note = _EDITORS_NOTE.match(text, body)
        body = note.end() if note else body
    m = _DATELINE.match(text[body:]) if body else None  # ("^" holds at the slice's start)
    return (body, body + m.end()) if m is not None else start


_BYLINE = re.compile(r"By [A-Z][^\n.!?]{0,60}\n\n")
_EDITORS_NOTE = re.compile(r"\((?:Updates|Adds|Recasts|Corrects|Changes|Rewrites|Writes through|Refiles|Updates with)\b[^\n()]{0,160}"
                           r"\)\n\n")


def _headline_end(text: str) -> int:
    """Where the body starts after a headline line (0: no headline): a short first paragraph of one
    line that ends in no full stop."""
    head, sep, rest = text.partition("\n\n")
    # (a headline may ask: "Explainer: Why is Nigeria's north-west plagued by kidnappings?")
    # ("KABUL (Reuters) - A bomb killed five": a lead, not a headline; but a labelled headline before the dateline is
    # one: "DR Congo: ADF rebels kill 18 villagers // BENI, Democratic Republic of Congo (Reuters) - ...")
    if not sep or "\n" in head.strip() or len(head.split()) > 20 or head.rstrip().endswith((".", "!")) \
            or _DATELINE.match(head) and not _DATELINE.match(rest):
        return 0
    return len(head) + len(sep)


def _overlaps(s: Sentence, span: tuple[int, int]) -> bool:
    return s.start < span[1] and span[0] < s.end


_PATRON_AFTER = re.compile(r"-(?:backed|led|aligned|allied|supported|sponsored|funded|trained|armed|made|built|supplied)\b")


def _article_country(article: Article, filed_at: tuple[int, int]) -> place_lib.CountryInfo | None:
    """The article's country: the one given, else the one its text points to (`filed_at`: its dateline's span)."""
    if article.country:
        info = place_lib.country_info(article.country)
        if info:
            return info
    # no country given: the one its places and its country names point to. A country named by its name counts
    # most ("in Syria"), a demonym less ("Russian forces" in Kherson are a foreign force), and each place name
    # votes for every country that has a place of that name ("Karma (Ouahigouya, Yatenga)": Burkina Faso holds both)
    # (a dateline's city and country tell where the story was filed, a little: "CAIRO (Reuters) - ... Sudan's war" is
    # Sudan's story; alone, the dateline still decides)
    # (a name told again and again counts less each time: a story of Russia's strikes on Kharkiv names Russia far more
    # often than the towns of Ukraine where it all happened, so each country's votes grow as the square root of their sum)
    named_votes: dict[str, float] = {}
    infos: dict[str, place_lib.CountryInfo] = {}
    for s, e, info in place_lib.find_countries(article.text):
        named = place_lib.fold(article.text[s:e]) == place_lib.fold(info.name)
        # (a patron's name counts little: "Turkish-backed factions", "Iran-aligned", "U.S.-made" are told in another's war)
        named_votes[info.alpha2] = named_votes.get(info.alpha2, 0.0) + (2.0 if named else 0.5) * (
            0.1 if _in_scope(s, filed_at) or _PATRON_AFTER.match(article.text, e) else 1)
        infos[info.alpha2] = info
        if place_lib.fold(article.text[s:e]) == "congo" and (drc := place_lib.country_info("CD")) is not None:
            # (bare "Congo" is either state, and news most often means the larger: "BENI, Congo (Reuters)"; the towns
            # told decide)
            named_votes[drc.alpha2] = named_votes.get(drc.alpha2, 0.0) + 2.0
            infos[drc.alpha2] = drc
    scores: dict[str, float] = {cc: 2.0 * math.sqrt(v / 2.0) for cc, v in named_votes.items()}
    idx = place_lib.load_index()
    told: set[str] = set()
    for m in place_lib.find_places(article.text):
        key = place_lib.fold(m.text)
        if key in told or m.place.kind == "country":
            continue
        told.add(key)
        ccs: dict[str, float] = {}
        for i in idx.by_key.get(key, ()):
            ccs[idx.cc[i]] = max(ccs.get(idx.cc[i], 0.0), 2.0 if idx.kind[i] == "admin1" else 1.0)
        # (the namesake the gazetteer reads it as, by its size, a little more: "Colombo" in Sri Lanka, not Brazil)
        resolved = place_lib.country_info(m.place.country)
        if resolved is not None and resolved.alpha2 in ccs:
            ccs[resolved.alpha2] += min(0.9, math.log10(m.place.population + 1) / 10)
        for cc, vote in ccs.items():
            scores[cc] = scores.get(cc, 0.0) + vote * (0.1 if _in_scope(m.start, filed_at) else 1)
    if not scores:
        return None
    best = max(scores, key=lambda cc: scores[cc])
    return infos.get(best) or place_lib.country_info(best)


# "The attack came three days after gunmen killed 12 civilians": the act told after "after" is
# dated from the event told before it
_DAYS_AFTER_EVENT = re.compile(
    r"\b(?:came|comes|occurred|happened|took place)\s+(?:just\s+|only\s+|barely\s+)?"
    r"(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+after\b", re.I)


# "Two weeks after the government and the rebels signed a peace deal, ...": the act, that long before
_UNITS_AFTER_START = re.compile(r"^\s*(?:just |only |barely )?(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                                r"(?P<unit>days?|weeks?)\s+after\b", re.I)


def _units_before(ctx: _Context, s: Sentence, cand: Candidate) -> date_lib.DateMention | None:
    """The date of an act told in a fronted "N days/weeks after ..." clause: N days or weeks before the
    sentence's own day (or the publication date)."""
    # (after a dateline: "ADDIS ABABA, Nov 20 (Reuters) - Two weeks after ...")
    pos = max(0, ctx.dateline_span[1] - s.start) if _overlaps(s, ctx.dateline_span) else 0
    m = _UNITS_AFTER_START.match(s.text[pos:])
    head = s.start + pos  # article offset of the slice the match was read in
    comma = s.text.find(",", pos + m.end()) if m is not None else -1
    # (the act inside the fronted clause, before its comma)
    fronted = m is not None and head + m.end() <= cand.trigger.start < s.start + (comma if comma > 0 else len(s.text))
    if not fronted:
        # "... struck targets in Hodeidah on Tuesday, a day after the group fired a ballistic missile at a ship": the act
        # of a trailing clause, that long before the day told before it
        at = cand.trigger.start - s.start
        m = _UNITS_AFTER_TRAILING.search(s.text, max(0, at - 80), at) if "after" in s.text else None
        own = next((d for d in reversed(_dates_of(ctx, s)) if d.kind == "day" and d.precision == 1
                    and d.start < s.start + (m.start() if m else 0)), None) if m is not None else None
        if m is None or own is None:
            return None
        head = s.start
    n = 1 if m.group("n").lower() in ("a", "one") else parse_number(m.group("n"))
    if not n:
        return None
    if fronted:
        own = next((d for d in _dates_of(ctx, s) if d.kind == "day" and d.start > head + m.end()), None)
    anchor = own.date if own else ctx.article.published
    weeks = m.group("unit").lower().startswith("week")
    day = anchor - timedelta(days=7 * n if weeks else n)
    return date_lib.DateMention(day, 2 if weeks or own is None else 1, head + m.start(), head + m.end(),
                                m.group(0).strip(), "day" if not weeks else "week",
                                f"{m.group(0).strip()!r}: {n} {'week' if weeks else 'day'}(s) before {anchor}")


_UNITS_AFTER_TRAILING = re.compile(r",\s+(?:just |only |barely )?(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                                   r"(?P<unit>days?|weeks?)\s+after\s+[^,.;]*$", re.I)


# "A day earlier, gunmen ambushed a police patrol", "The previous day, ...": the act, that long before
# the event told before it
# (or after it: "The following night, unrest spread to Sarcelles", "Two days later, ...")
_EARLIER_START = re.compile(r"\s*(?:(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+"
                            r"(?:earlier|before)|the\s+(?:previous|preceding)\s+(?P<unit2>day|week)|the\s+day\s+before|"
                            r"(?P<later>(?:the\s+)?(?:following|next)\s+(?:day|night|morning|afternoon|evening)|"
                            r"(?P<n_later>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit_later>days?|weeks?)"
                            # ("A day after, gunmen stormed the village": "after" told alone, as "later")
                            r"\s+(?:later|after(?=\s*,))))\b", re.I)


_LATER_AFTER_ACT = re.compile(r"\b(?P<later>the\s+(?:following|next)\s+(?:day|night|morning|afternoon|evening))\b|"
                             r"\b(?P<n_later>a|one|two|three|four|five|six|seven|\d+)\s+(?P<unit_later>days?|weeks?)\s+later\b",
                             re.I)
_ANOTHER_STEP = re.compile(r"\b(?:released|freed|let go|set free|returned|handed|buried|rescued|escaped|found|discovered)\b",
                           re.I)
_DIED_LATER = re.compile(r"\b(?:died|succumbed|passed away|was found dead|were found dead)\b|"
                         r"\bbod(?:y|ies)\b[^.;]{0,40}?\b(?:found|discovered|returned|recovered|dumped|handed over)\b", re.I)


def _told_days_after(c: Candidate) -> tuple[re.Match[str], int] | None:
    """("came three days after" in its sentence, the sentence's offset) when the act is told after it,
    or the sentence opens with "A day earlier": the act is told as days or weeks before another event."""
    s = c.sentences[0]
    if "earlier" in s.text or "previous" in s.text or "preceding" in s.text or "day before" in s.text \
            or "ollowing" in s.text or "ext" in s.text or "later" in s.text or " after," in s.text:
        m = _EARLIER_START.match(s.text)
        if m is not None and c.trigger.start >= s.start + m.end():
            return m, s.start
        # (or closing the act's clause: "Security forces stormed the train the following day, killing all 33 attackers";
        # not a death told so, the first act's: "One of the wounded died two days later")
        m = _LATER_AFTER_ACT.search(s.text) if "ollowing" in s.text or "ext" in s.text or "later" in s.text else None
        if m is not None and c.trigger.end <= s.start + m.start() and not _DIED_LATER.search(s.text) \
                and not _ANOTHER_STEP.search(s.text, c.trigger.end - s.start, m.start()):
            # (not a later step of the act: "tortured the villagers and released them two days later")
            return m, s.start
    if "after" not in s.text:
        return None
    m = _DAYS_AFTER_EVENT.search(s.text)
    return (m, s.start) if m is not None and c.trigger.start >= s.start + m.end() else None


def _days_before_event(cand: Candidate, events: list[Event]) -> tuple[date, int, tuple[int, int], str] | None:
    """(date, precision, span, reason) of an act told as N days before the event told before it."""
    told = _told_days_after(cand)
    if told is None:
        return None
    m, offset = told
    # (an event told before this sentence: not another act of its own, "youths set fire to bins ...; nine people were
    # arrested")
    anchor = next((e for e in reversed(events) if e.time_precision == 1
                   and int(e.evidence_spans.split("-", 1)[0]) < cand.sentences[0].start), None)
    if anchor is None:
        return None
    groups = m.groupdict()
    word = (groups.get("n") or groups.get("n_later") or "one").lower()
    n = int(word) if word.isdigit() else date_lib.NUMBERS[word]
    weeks = (groups.get("unit") or groups.get("unit2") or groups.get("unit_later") or "day").lower().startswith("week")
    later = groups.get("later") is not None
    day = anchor.event_date + (1 if later else -1) * timedelta(days=7 * n if weeks else n)
    return day, 2 if weeks else 1, (offset + m.start(), offset + m.end()), (
        f"{m.group(0)!r} the event of {anchor.event_date}: {'week' if weeks else 'day'} {day}")


# a sentence opening on a later hour of the day told before: "In the afternoon, ...", "Hours later, ..."
# "In Kurtalan, youths threw stones at riot police the same evening": the day of the act told before
_SAME_TIME = re.compile(r"\b(?:the same|that|later that) (?:evening|night|day|afternoon|morning)\b|\bat the same time\b", re.I)


def _date_same_time(cands: list[Candidate], text: str) -> None:
    """An undated act told as on "the same evening" takes the day of the act told before it (before the acts are merged:
    a later day told next must not date it)."""
    before: date_lib.DateMention | None = None
    for c in sorted(cands, key=lambda c: c.scope[0]):
        if c.date is None and before is not None and _SAME_TIME.search(text, *c.scope):
            c.date = before
        if c.date is not None and c.date.precision == 1 and c.date.kind == "day":
            before = c.date


_SAME_DAY_OPENING = re.compile(r"(?:In|By|During) the (?:early |late )?(?:morning|afternoon|evening)\b|Later (?:that|the same) "
                               r"(?:day|morning|afternoon|evening|night)\b|That (?:morning|afternoon|evening|night)\b|"
                               r"(?:Hours|Minutes|Shortly) (?:later|afterwards?)\b|Within (?:hours|minutes)\b")


_IN_A_YEAR = re.compile(r"(?:in|during) (?:19|20)\d\d", re.I)  # (not "since 2015": a state since then)
_YEAR_OF_PARAGRAPH = "the year the paragraph tells of"


def _lookback_date(ctx: _Context, cand: Candidate) -> tuple[date_lib.DateMention | None, str]:
    """The nearest earlier date in the same paragraph or the six before it (an undated scene of a story told
    paragraph by paragraph, "In Mombasa, demonstrators marched ...", is the lead's day)."""
    first = cand.sentences[0]
    for s in reversed(ctx.sentences[: first.index]):
        if first.paragraph - s.paragraph > 6 or _is_subhead(s.text):
            break  # (a subhead, "WHAT IS THE GOVERNMENT DOING?", opens another part of the story)
        # a sentence's first date governs it ("On 8 July, people protested for a child raped on
        # 16 May"): later ones are often subordinate
        for m in _dates_of(ctx, s):
            if m.kind not in ("span", "reference"):
                return m, f"date from context: {m.text!r} in an earlier sentence"
            if s.paragraph == first.paragraph and _IN_A_YEAR.fullmatch(m.text) \
                    and m.date.year < ctx.article.published.year:
                # ("Marawi was devastated in 2017 when fighters occupied it. More than 1,100 people were killed in the
                # siege.": the paragraph's story is of that year)
                return m, f"date from context: {m.text!r}, {_YEAR_OF_PARAGRAPH}"
    return None, ""


# an act told after the day told, by how many days it came before it: "were recovered on 12 April, a day after suspected
# herdsmen attacked the community"
_DAYS_AFTER_ACT = re.compile(r",\s+(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+after\s+(?:[\w'’-]+\s+){0,4}?"
                             r"(?:attacked|raided|stormed|invaded|killed|abducted|kidnapped|ambushed)\b", re.I)


def _the_day_before(d: date_lib.DateMention, cand: Candidate, text: str, reasons: list[str]) -> date_lib.DateMention:
    """The eve of a day told in another sentence, or of the day a source spoke, when the act is told "the previous
    day": "Police have detained an opposition leader, his party said on Wednesday. // He was detained the previous day
    at his home"."""
    for x in cand.sentences:
        if x.start <= d.start < x.end:
            continue  # (in the day's own sentence the dates module reads it)
        before = date_lib.day_before_told(x.text, x.start)
        if before is not None:
            start, end, n = before
            day = d.date - timedelta(days=n)
            told = "the day" if n == 1 else f"{n} days"
            reasons.append(f"told {told} before {d.text!r}")
            return date_lib.DateMention(day, 1, start, end, text[start:end], "day",
                                        f"previous-day: {told} before {d.text!r} ({d.date}) -> {day}")
    return d


def _is_subhead(text: str) -> bool:
    """A subhead in capitals ("WHAT IS THE GOVERNMENT DOING?", "WHO ARE THE KIDNAPPERS?")."""
    words = text.split()
    return 1 < len(words) <= 12 and text.isupper()


def _came_from(text: str, p: place_lib.PlaceMention) -> bool:
    """A place told as where people came from ("a visitor from Punjab province"), not where they were heading, or where a
    group is an affiliate."""
    if _AFFILIATE_IN.search(text, max(0, p.start - 40), p.start):
        return True  # (nor where a group is an affiliate: "JNIM, the al Qaeda affiliate in the Sahel, claimed the attack")
    m = _ORIGIN_BEFORE.search(text, max(0, p.start - 40), p.start)
    return m is not None and m.group(0).rstrip().lower().endswith("from")


# an act aimed at another country, by its name: "Iran launched hundreds of drones and missiles at Israel"
# (or done in it: "Hamas-led fighters killed 1,200 people in southern Israel on Oct. 7", told in a report on Gaza)
_AIMED_AT_COUNTRY = re.compile(r"\s+(?:at|on|against|into|towards?|targeting|in|inside)\s+"
                               r"(?:(?:southern|northern|eastern|western|central)\s+)?$", re.I)
_WORDS_TO_COUNTRY = re.compile(r"[\w ,'’-]*")


def _named_again(text: str, cand: Candidate, r: place_lib.PlaceMention) -> bool:
    """The event's own sentences name the town `r` again, apart from the mention `r` itself."""
    name = text[r.start:r.end]
    return any(m.start() + s.start != r.start for s in cand.sentences
               for m in re.finditer(rf"\b{re.escape(name)}\b", s.text))


# the act told before, named again with its place: "The blast in Daraban, a town in Dera Ismail Khan district, ..."
_THE_ACT_IN = re.compile(r"(?:The|That|This)\s+(?:[\w-]+\s+)?(?:blast|explosion|bombing|attack|assault|raid|ambush|strike|"
                         r"airstrike|air strike|massacre|killings)\s+(?:in|at|on|near)\s+(?:the\s+)?"
                         r"(?:(?:town|city|village|district)\s+of\s+)?")


def _act_placed_after(ctx: _Context, cand: Candidate) -> place_lib.PlaceMention | None:
    """The place of an act that names none, told where the sentence after it (in the next paragraph at most) names the
    act again with its place: "A suicide bomber rammed a truck into a police station in northwest Pakistan ... // The
    blast in Daraban, a town in Dera Ismail Khan district, brought down part of the station"."""
    last = cand.sentences[-1]
    if last.index + 1 >= len(ctx.sentences):
        return None
    s = ctx.sentences[last.index + 1]
    opening = _THE_ACT_IN.match(s.text) if s.paragraph - last.paragraph <= 1 else None
    if opening is None:
        return None
    return next((q for q in _places_of(ctx, s) if q.start == s.start + opening.end()), None)


def _aimed_abroad(ctx: _Context, cand: Candidate) -> place_lib.PlaceMention | None:
    """The other country an act with no place of its own was aimed at, named just after its
    trigger ("launched hundreds of drones and missiles at Israel", told in a report on Iraq): the
    act happened there, not at the dateline (coded to that country's capital, geo_precision 3)."""
    if ctx.country is None:
        return None
    text = ctx.article.text
    end = cand.trigger.end
    window = text[end:end + 40]
    for start, stop, info in place_lib.find_countries(window):
        if info.alpha2 == ctx.country.alpha2 or place_lib.fold(window[start:stop]) != place_lib.fold(info.name):
            continue  # (a demonym tells whose, not where: "fired at Israeli troops")
        if not _AIMED_AT_COUNTRY.search(window, 0, start) or not _WORDS_TO_COUNTRY.fullmatch(window, 0, start):
            continue
        if window[stop:stop + 1].isalpha() or window[stop:stop + 2] in ("'s", "’s"):
            continue
        try:
            place = place_lib.capital_place(info.name)
        except LookupError:
            continue  # (a country the gazetteer knows no capital of)
        return place_lib.PlaceMention(window[start:stop], end + start, end + stop, place, 3,
                                      f"the country the act was aimed at or done in: {info.name!r} (coded to its capital)")
    return None


def _lookback_place(ctx: _Context, cand: Candidate) -> tuple[place_lib.PlaceMention | None, str]:
    first = cand.sentences[0]
    same_para = [s for s in ctx.sentences if s.paragraph == first.paragraph and s not in cand.sentences]
    same_para.sort(key=lambda s: (0 if s.index < first.index else 1, abs(s.index - first.index)))
    for s in same_para:
        # (not where someone came from: "Officers had taken the man, a visitor from Punjab province, into custody")
        found = [p for p in _places_of(ctx, s) if not _came_from(ctx.article.text, p)]
        if found:
            # "in Magway region's Taungdwingyi": the most precise place the sentence names
            # (not where people were heading: "near Riyom, on the road towards Barkin Ladi")
            best = _best_place(found, ctx.article.text)
            return best, f"place from context: {best.text!r} in the same paragraph"
    # (or where the doers of the act told before were fought: "Volunteers ... clashed with the attackers as they withdrew")
    told_cue = _PLACE_TOLD_BEFORE.search(first.text) or _FOUGHT_THE_DOERS.search(first.text)
    if told_cue is not None:
        # "Troops were deployed to the area.": the place of the report before, in an earlier paragraph
        # (the most precise one: not a state told as the backdrop in between)
        cue = told_cue.group(0)
        # (not where a source is or spoke: "an official in Kalat said")
        text = ctx.article.text
        told = [(q.geo_precision, first.index - s.index, q) for s in ctx.sentences[: first.index]
                if first.paragraph - s.paragraph <= 2
                for q in _places_of(ctx, s) if not _in_scope(q.start, ctx.dateline_span)
                and not _SOURCES_IN.search(text, max(0, q.start - 40), q.start)
                and not _SPOKE_IN.search(text, max(0, q.start - 40), q.start)]
        if not told and _TOWN_WORD.search(cue):
            # ("near the city's southern livestock market", paragraphs after the lead named the city): the nearest town
            # told before
            told = [(0, first.index - s.index, q) for s in ctx.sentences[: first.index]
                    if first.paragraph - s.paragraph <= 6
                    for q in _places_of(ctx, s) if q.place.kind == "populated" and not _in_scope(q.start, ctx.dateline_span)]
        if told:
            # ("in the same area": the place told last, whatever its precision)
            best = min(told, key=lambda t: (t[1], t[0]) if "same" in cue.lower() else t[:2])[2]
            return best, f"place from context: {best.text!r} ('{cue}')"
    return None, ""


_TOWN_WORD = re.compile(r"\b(?:city|town|village)", re.I)
# a place told before, named again by its kind
# ("east of the city", "on the city's southern outskirts": the town told before)
_PLACE_TOLD_BEFORE = re.compile(r"\b(?:(?:to|in|into|at|near|around|from|outside|inside)\s+the|"
                                r"(?:north|south|east|west)(?:ern)?\s+(?:of|outskirts of)\s+the|"
                                r"(?:outskirts|edge|centre|center)\s+of\s+the)\s+(?:same\s+)?"
                                r"(?:area|village|town|scene|locality|community|city)\b"
                                r"(?!\s+(?:of\b|(?-i:[A-Z])))|"  # (not "the village of Aita al-Shaab": a place named)
                                r"\bthe (?:city|town|village)['’]s\b|"
                                # ("Junta aircraft later bombed the camp": the camp told before)
                                r"\b(?:bombed|shelled|struck|hit|targeted|raided|attacked)\s+the\s+(?:camp|base|post|outpost)\b"
                                r"(?!\s+(?:of\b|(?-i:[A-Z])))|"
                                # ("At least 15 civilians were killed by shelling during the fighting": the fight told before)
                                r"\b(?:during|in)\s+the\s+(?:fighting|clashes|battle|assault|offensive)\b|"
                                # ("Dozens of insurgents stormed the district capital at dawn on Friday")
                                r"\bthe\s+(?:district|provincial|regional|county|state)\s+(?:capital|headquarters)\b"
                                r"(?!\s+(?:of\b|(?-i:[A-Z])))", re.I)


def _main_place(ctx: _Context, told_twice: bool = False) -> place_lib.PlaceMention | None:
    """The place the article names most (with `told_twice`, only one named at least twice)."""
    counts: dict[str, list[place_lib.PlaceMention]] = {}
    for s in ctx.sentences:
        for p in _places_of(ctx, s):
            # (not where a group is an affiliate: "JNIM, the al Qaeda affiliate in the Sahel")
            if (ctx.country is None or p.place.country == ctx.country.name) and not _in_scope(p.start, ctx.dateline_span) \
                    and not _AFFILIATE_IN.search(ctx.article.text, max(0, p.start - 40), p.start):
                counts.setdefault(p.place.name, []).append(p)
    if not counts:
        return None
    best = max(counts.values(), key=lambda ms: (len(ms), -ms[0].start))
    return best[0] if len(best) >= (2 if told_twice else 1) else None


def _place_about(ctx: _Context) -> place_lib.PlaceMention | None:
    """"PORT SUDAN (Reuters) - ... shelled El Fasher ... looted homes in the Abu Shouk camp": the place the report
    is about (named at least twice), when the dateline's city, where it was filed, is never named again."""
    if ctx.dateline is None:
        return None
    main = _main_place(ctx, told_twice=True)
    name = ctx.dateline.place.name
    # (named again only as where someone spoke, it is still only where the news came from: "told reporters in Maputo")
    if main is None or main.place.name == name or any(
            p.place.name == name and not _in_scope(p.start, ctx.dateline_span)
            and not _SPOKE_IN.search(ctx.article.text, max(0, p.start - 40), p.start)
            for s in ctx.sentences for p in _places_of(ctx, s)):
        return None
    return main


_ALTERNATIVE_REPORT = re.compile(
    r"\b(?:conflicting reports?|other reports?|another report|a second report|other sources?|another source|"
    r"according to (?:other|another|some) (?:reports?|sources?)|some reports?|unconfirmed reports?|"
    r"(?:one|a|another|a local|other) (?:sources?|reports?) (?:indicates?|indicated|says?|said|reported|suggests?|"
    r"suggested|claimed|put|puts|gave|gives)|"
    r"however,? according to|"
    # ("... a local elected official said. Residents reached by telephone said as many as 30 people may have died")
    r"(?:residents|witnesses|locals|villagers|survivors|relatives)\s+(?:[\w-]+\s+){0,4}?(?:said|say|says|told|put|puts)\b|"
    # ("Two security sources told Reuters the toll was higher, with at least 30 soldiers killed")
    r"(?:death )?toll (?:was|is|could be|may be) (?:much |far )?(?:higher|lower)|(?:put|puts|putting) the (?:death )?toll at|"
    # (not a force's spokesperson: "the operation's media officer said")
    r"(?:Standard|Nation|Star|Times|Post|Tribune|Herald|Daily|radio|media|newspaper) "
    r"(?!(?:officer|aide|advis[eo]r|coordinator|office|liaison|unit|department)\b)(?:\w+ )?(?:reports?|reported|says?|said))"
    r"\b[^.]*$", re.I)
# figures an official dismissed or denied are no report of deaths at all
_DISMISSED = re.compile(r"\b(?:dismissed|denied|refuted|rejected|disputed) (?:\w+ ){0,3}(?:reports?|claims?|rumou?rs?)\b[^.]*$", re.I)
# a figure superseded: "An earlier version of this story, citing the city's military administration, said four people had
# been killed"
_SUPERSEDED = re.compile(r"\b(?:an earlier version of this|earlier versions of this) (?:story|report|article)\b", re.I)


_TOTAL = re.compile(r"\b(?:a total of|in total|total of)\b", re.I)
_TOTAL_AFTER = re.compile(r"\s*(?:in )?total\b", re.I)


_TOLD_AGAIN = re.compile(r"(?:his|her|their|the victim['’]s) (?:dead )?bod(?:y|ies)\b|(?:he|she|the victim) (?:later |subsequently )?"
                         r"(?:died|succumbed|was killed|was later killed)\b", re.I)


# deaths told in a town ("died in Dnipro"; not "died at a hospital in Magway")
_DIED_IN = re.compile(r"\b(?:died|killed|dead)\b(?:(?!hospital|clinic)[^.]){0,25}\bin\s+$", re.I)
_DIED_IN_ANY = re.compile(r"\b(?:died|killed|dead)\b[^.]{0,25}\bin\s+[A-Z]")  # (read first: places are costly)
# a whole country's toll: "at least 23 people were killed across the country"
_NATIONWIDE = re.compile(r"\b(?:across the (?:country|nation)|nationwide|countrywide|across (?:\w+ )?(?:several |many )?"
                         r"(?:states|provinces|regions|counties|cities|towns))\b", re.I)
_AS_BACKDROP_CLAUSE = re.compile(r",\s+as\s+(?=(?:[\w-]+\s+){0,3}(?:fighting|clashes|violence|protests|unrest|the war)\b)", re.I)
_OVERVIEW = re.compile(r"\b(?:across (?:the )?(?:country|nation|region|\w+)|(?:in|at|on) (?:several|many|various|multiple|"
                       r"\w+ different) (?:cities|towns|regions|provinces|states|places|areas|locations)|nationwide|"
                       r"countrywide)\b", re.I)


def _sentence_holding(ctx: _Context, pos: int) -> Sentence | None:
    return next((s for s in ctx.sentences if s.start <= pos < s.end), None)


def _sentence_at(ctx: _Context, pos: int) -> str:
    s = _sentence_holding(ctx, pos)
    return s.text if s is not None else ""


def _another_years_act(ctx: _Context, pos: int, year: int) -> bool:
    """The sentence at `pos` names only years other than `year`, one of them before `pos`."""
    s = _sentence_holding(ctx, pos)
    if s is None:
        return False
    told = [(m.start() + s.start, int(m.group(1))) for m in _YEAR_TOLD.finditer(s.text)]
    return bool(told) and all(y != year for _, y in told) and any(at < pos for at, _ in told)


def _more_dead_before(ctx: _Context, m: FatalityMention) -> bool:
    """A figure told as more dead than others ("two more bodies were found"), read up to its end: what follows is
    another act's ("Eleven civilians were killed and at least seven others were abducted")."""
    text = ctx.article.text
    # (not an "also" of the act told before a comma: "Gunmen also attacked a market ..., killing seven civilians")
    return any(not (w.group(0).lower() == "also" and "," in text[w.end():m.start])
               for w in _MORE_DEAD.finditer(text, _start_of_sentence(m.start, ctx.sentences), m.end))


def _names_only(ctx: _Context, pos: int, place: place_lib.PlaceMention) -> bool:
    """The sentence at `pos` names `place` and no other place."""
    s = next((s for s in ctx.sentences if s.start <= pos < s.end), None)
    named = {p.place.name for p in _places_of(ctx, s)} if s is not None else set()
    return named == {place.place.name}


_FATALITIES_LABEL = re.compile(TOLL_LABEL, re.I)


def _labelled_toll(text: str, start: int) -> bool:
    """A death count given under a report's label ("Fatalities: 5", "Fatalities: 6 bandits and 2 vigilantes killed")."""
    if _FATALITIES_LABEL.match(text, start):
        return True
    before = _FATALITIES_LABEL.search(text, max(0, start - 20), start)
    return before is not None and before.end() == start


def _fatalities_for(cand: Candidate, ctx: _Context) -> None:
    """Deaths over the event's text: distinct figures add up, a repeated figure is one report,
    and a death toll replaces the figures before it."""
    mentions = []
    for a, b in cand.regions + cand.outcomes:
        if cand.background and (a, b) == cand.scope:
            # (a background clause's own dead follow its cue: "two days after two soldiers were killed when their vehicle
            # struck an IED" counts the two, which "after" marks as the topic of the act told before it)
            cue = _BACKGROUND.match(ctx.article.text, a)
            if cue is not None and cue.group(0).lower().endswith("after"):
                a = cue.end()
        clause = ctx.article.text[a:b]
        found = sentence_fatalities(clause, offset=a)[1]
        if cand.family == "demonstration":
            # (not the deaths the crowd remembers or is angered by: "to mark three months since the collapse of the
            # canopy that killed 15 people")
            found = [m for m in found if not _MEMORIAL_TOPIC.search(clause, 0, m.start - a)]
        mentions.extend(found)
        if has_zero_statement(clause):
            cand.zero_stated = True
    # deaths told beside the event after another year's act ("the 2022-2023 protests, in which dozens of civilians were
    # killed", "the 2013 Westgate Mall attack that left 68 people dead") are that act's dead (not "three soldiers had been
    # killed ... and accused the SPLA-IO of violating the 2018 peace agreement": a year told after them)
    year = (cand.date.date if cand.date is not None else ctx.article.published).year
    mentions = [m for m in mentions if _in_scope(m.start, cand.scope) or not _another_years_act(ctx, m.start, year)]
    # "Junta air strike kills dozens" over "killing at least 53 people": a headline tells the body's deaths again
    if ctx.headline_end and any(m.start < ctx.headline_end for m in mentions) \
            and any(m.start >= ctx.headline_end for m in mentions):
        mentions = [m for m in mentions if m.start >= ctx.headline_end]
    # "a suicide bomber killed refugee minister Khalil Haqqani ... Fatalities: 7 including the bomber": a report's label
    # gives the event's total
    labelled = [m for m in mentions if _labelled_toll(ctx.article.text, m.start)]
    if labelled and len(labelled) < len(mentions):
        mentions = labelled
    # "Russia launched missiles at cities across Ukraine, killing nine. In Kyiv, a missile killed three.":
    # a total over several places is not this event's when a figure of its own place is told
    # (not the backdrop after ", as": "an air strike killed nine people in a village ..., as fighting intensified across
    # the country")
    overview = [m for m in mentions if _OVERVIEW.search(_AS_BACKDROP_CLAUSE.split(_sentence_at(ctx, m.start), 1)[0])] \
        if len(mentions) > 1 or cand.zero_stated else []
    # (or where the event's place is told to have had none: "... killing at least four people in strikes on cities across
    # the country // ... Nobody was killed at the plant")
    if overview and (len(overview) < len(mentions) or cand.zero_stated):
        mentions = [m for m in mentions if m not in overview]
    # "conflicting reports suggest three were killed": another figure for the same deaths; the
    # first report stands (ACLED takes the most conservative figure)
    # ("A boda boda driver had earlier been killed by the gang": a death before the event, what it is about)
    dismissed = [m for m in mentions if _cue(_DISMISSED, ctx.article.text[max(0, m.start - 80):m.start])
                 or _EARLIER_DEATH.search(m.text)
                 or _SUPERSEDED.search(ctx.article.text, _start_of_sentence(m.start, ctx.sentences), m.start)]
    mentions = [m for m in mentions if m not in dismissed]
    # (a death told as more, whoever tells it, is no other report: "Residents said a civilian was also killed")
    firm = [m for m in mentions if not _cue(_ALTERNATIVE_REPORT, ctx.article.text[max(0, m.start - 80):m.start])
            or _MORE_DEAD_WORD.search(m.text)]
    left_out: list[str] = [f"dismissed figure left out: {m.text!r}" for m in dismissed]
    if firm and len(firm) < len(mentions):
        # (a lower figure for the same dead is the conservative one: "Government sources said 18 militants were
        # killed, while local elders put the toll at 9 dead" counts nine)
        alternatives = [m for m in mentions if m not in firm]
        # (a side's own claim of its foes' dead is no figure to weigh: "Amaq claimed its fighters had killed 'many'")
        solid = [m for m in firm if not _PARTY_CLAIM.search(ctx.article.text, max(0, m.start - 120), m.start)]
        if not solid and len(firm) == 1 and not _VAGUE_FIGURE.search(firm[0].text):
            # (a side's own count, told with a lower one for the same dead, still gives way to it: "The army said it
            # killed 20 Al Shabaab fighters ..., while residents said 8 fighters were killed" counts eight)
            solid = firm
        lower = [m for m in alternatives if len(solid) == 1 and m.count < solid[0].count
                 and (_same_dead(solid[0].text, m.text) or _dead_noun(solid[0].text) == _dead_noun(m.text))]
        if lower:
            firm, alternatives = lower[:1], [m for m in mentions if m is not lower[0]]
        left_out = [f"alternative figure left out: {m.text!r}" for m in alternatives]
        mentions = firm
    # "shot dead two villagers ... His body was recovered", "killed a man ... he died": a pronoun's death
    # is one of the deaths counted already
    counted = [m for m in mentions if not _TOLD_AGAIN.match(m.text)]
    if counted and len(counted) < len(mentions):
        left_out += [f"a death told again left out: {m.text!r}" for m in mentions if m not in counted]
        mentions = counted
    # "killing at least 20 civilians ... A second strike minutes later killed several people": a vague count told
    # after a figure is some of its dead, not more
    # (in a sentence of its own: "killing five soldiers and several civilians" counts both)
    vague = [m for m in mentions if "(continued)" not in m.rule and _VAGUE_COUNT.search(m.text) and any(
        f.start < m.start and f.count >= m.count and not _VAGUE_COUNT.search(f.text)
        and ". " in ctx.article.text[f.end:m.start] for f in mentions)]
    if vague:
        left_out += [f"a vague count after a figure, some of its dead: {m.text!r}" for m in vague]
        mentions = [m for m in mentions if m not in vague]
    # "killing at least 10 soldiers, officials say ... Al-Shabaab said it had killed 47 soldiers": two
    # figures for the same side's dead; ACLED takes the most conservative
    claims = [m for m in mentions if _PARTY_CLAIM.search(ctx.article.text, max(0, m.start - 120), m.start)]
    for c in claims:
        # (by the dead's own noun: 'its fighters had killed "20 Crusader soldiers"' counts the "two soldiers")
        # (or by a count of all sides' dead: "at least six combatants were killed" against "had killed 'dozens' of rebels")
        # (or by one group of a figure for both sides: "the army said 10 soldiers and 46 assailants were killed, while the
        # CSP claimed it had killed 97 soldiers" counts 56)
        others = [m for m in mentions if m not in claims and (_same_dead(m.text, c.text) or _same_noun_one_side(m.text, c.text)
                                                                or _dead_noun(m.text) in _ALL_SIDES_DEAD
                                                                or _BOTH_SIDES.search(m.text) is not None
                                                                or (m.rule.startswith(("N and M killed", "N, M and K killed"))
                                                                    and (_count_of_noun(m.text, _dead_noun(c.text))
                                                                         or c.count) < c.count))]
        if others and min(m.count for m in others) < c.count:
            left_out.append(f"a side's higher claim for the same dead left out: {c.text!r}")
            mentions = [m for m in mentions if m is not c]
    # "An army spokesman said ... soldiers suffered no losses. NAS said it had killed seven soldiers. The claims could not
    # be verified.": a side's claim the report doubts, of deaths the other side says it did not suffer, is left out (a
    # doubted claim alone still counts, as ACLED counts both sides' claims: "claimed that 30 soldiers were killed
    # (which the military denied)")
    doubted = [c for c in claims if c in mentions and _CLAIM_DOUBTED.search(
        ctx.article.text, c.end, _end_of_next_sentence(ctx, c.end))
        and any(_NO_LOSSES.search(ctx.article.text, a, b) for a, b in cand.regions + cand.outcomes)]
    if doubted:
        left_out += [f"a side's claim the report doubts left out: {c.text!r}" for c in doubted]
        mentions = [m for m in mentions if m not in doubted]
    # "The NRF said its fighters killed 12 Taliban members. A Taliban spokesman denied that, saying two Taliban fighters
    # and five 'rebels' had died": a claim the other side denies, giving lower figures of its own, is left out
    denied = [c for c in claims if c in mentions and any(
        m is not c and m.start > d.end() and m.count < c.count and m.start < _end_of_next_sentence(ctx, d.end())
        for d in _DENIED_THAT.finditer(ctx.article.text, c.end, _end_of_next_sentence(ctx, c.end)) for m in mentions)]
    if denied:
        left_out += [f"a side's claim the other side denied, with figures of its own, left out: {c.text!r}" for c in denied]
        mentions = [m for m in mentions if m not in denied]
    # "Four police officers have been injured when they were ambushed ... Al Shabaab claims 7 dead": the report told its
    # victims hurt, not dead; the attackers' claim is the least conservative figure (ACLED takes the most)
    if claims and mentions and all(m in claims for m in mentions) and any(
            _INJURED.search(ctx.article.text, a, min(b, claims[0].start)) for a, b in cand.regions if a < claims[0].start):
        left_out += [f"a side's claim of dead where the victims are told hurt left out: {m.text!r}" for m in mentions]
        mentions = []
    # "killed nine people, including four children ... 'Three of them were already dead,' he said": some of a group told
    # by "of them" are part of a larger figure, no rival report of it
    part = [m for m in mentions if m.rule.startswith("N of them killed")
            and any(o.count > m.count and not o.rule.startswith("N of them killed") for o in mentions)]
    if part:
        left_out += [f"some of a larger figure's dead left out: {m.text!r}" for m in part]
        mentions = [m for m in mentions if m not in part]
    # (the lead's rounder figure gives way to the detail's first: "more than 100" -> "104", whoever told each)
    if cand.summary is not None:
        detail = [m for m in mentions if not cand.summary[0] <= m.start < cand.summary[1]]
        if detail and len(detail) < len(mentions):
            left_out += [f"the lead's figure left out for the detail's: {m.text!r}" for m in mentions if m not in detail]
            mentions = detail
    # ("killed dozens of civilians ... He said at least 37 people had been killed": a vague quantity stands for a toll
    # only when no count of the same dead is told; an exact count within it is that toll, ACLED's rule for "dozens")
    vague = [m for m in mentions if _VAGUE_FIGURE.search(m.text) and any(
        n is not m and not _VAGUE_FIGURE.search(n.text) and n.count >= m.count
        and _same_dead(_bodies_as_dead(m.text), _bodies_as_dead(n.text)) for n in mentions)]
    if vague:
        left_out += [f"a vague figure left out for the count told: {m.text!r}" for m in vague]
        mentions = [m for m in mentions if m not in vague]
    # "a vigilante leader said six attackers were killed; a community leader in Tsafe said he saw four bodies": each
    # source's figure for the same dead is another report of them, not more deaths (the lowest stands)
    # ("A witness noted at least 48 deaths. In another account: Nine villagers were killed ... and at least five people
    # died": each source's figures add up, then the lowest source's stand)
    told: dict[int, list] = {}
    for m in mentions:
        # (a death toll updated is no rival figure: it replaces the ones before it, below; one a source "put at" is)
        clause = None if m.rule.startswith("death toll") and not _source_toll(m, ctx.article.text) \
            else _source_clause(ctx.article.text, m.start, m.end)
        last = told[max(told)][-1] if told else None
        if clause is not None and last is not None and _SAME_SOURCE_GOES_ON.search(
                ctx.article.text, m.end, _clause_end(ctx.article.text, m.end)) \
                and "\n" not in ctx.article.text[last.end:m.start] and ctx.article.text.count(". ", last.end, m.start) <= 1:
            # ("killing eight of them, the Rwandan Defence Force said ... One Rwandan soldier was killed, it said": the
            # source of the sentence before goes on, its figures add up)
            clause = max(told)
        if clause is not None:
            told.setdefault(clause, []).append(m)
    if len(told) == 1:
        # "killing at least 14 civilians; civil society sources in Beni counted 17 bodies": the story's own figure
        # and a source's are two reports too
        own = [m for m in mentions if not any(m is n for ms in told.values() for n in ms)
               and not _is_total(m, ctx.article.text) and not _more_dead_before(ctx, m)]
        if own:
            told[-1] = own
    if len(told) > 1:
        low = min(told.values(), key=lambda ms: sum(m.count for m in _distinct_figures(ms).values()))
        # (not the attacker's own death a source adds: "seven civilians had been killed, in addition to the bomber")
        own_death = ("killed himself", "the bomber died")
        # (a side the lowest source tells nothing of is no rival report: "the army said it had killed about 50
        # 'terrorists' ... // 'neutralised about fifty terrorists,' the army said, adding that four soldiers and three
        # VDP were killed": the soldiers add to the 50)
        others = [m for ms in told.values() if ms is not low
                  and any(_same_dead(_bodies_as_dead(m.text), _bodies_as_dead(n.text)) for m in ms for n in low)
                  for m in ms if not (m.rule.startswith(own_death) and not any(n.rule.startswith(own_death) for n in low))
                  # (nor dead told as more: "Residents said a civilian was also killed in the crossfire")
                  and not _MORE_DEAD_WORD.search(m.text)
                  # (members of a named group are a side: "killed four members of Dawlah Islamiyah ..., the army said. One
                  # soldier was killed" adds up)
                  and not (_OF_A_NAMED_GROUP.match(ctx.article.text, m.end) and all(_dead_words(n.text) for n in low))
                  and not (_dead_words(m.text) and _repeats_a_side(ms, low) and all(
                      _dead_words(n.text) and not _same_dead(_bodies_as_dead(m.text), _bodies_as_dead(n.text))
                      for n in low))]
        if others:
            left_out += [f"another source's figure for the same dead left out: {m.text!r}" for m in others]
            mentions = [m for m in mentions if not any(m is o for o in others)]
        # (each source telling one side's dead: "killing two soldiers, the army said ... One of the attackers was killed,
        # it said. A police source put the number of soldiers killed at three": the soldiers' lowest figure stands)
        clause_of = {id(m): k for k, ms in told.items() for m in ms}
        higher = [m for m in mentions if id(m) in clause_of and _dead_words(m.text) and any(
            id(n) in clause_of and clause_of[id(n)] != clause_of[id(m)] and n.count < m.count
            # (one told with its nation: "Six Nigerien soldiers were killed" and "12 soldiers had been killed")
            and _same_noun_one_side(n.text, m.text) for n in mentions)]
        if higher:
            left_out += [f"another source's higher figure for the same dead left out: {m.text!r}" for m in higher]
            mentions = [m for m in mentions if not any(m is h for h in higher)]
    # a death toll or a stated total ("4 fatalities total", "a total of 9 people") replaces the figures before it
    # (not a toll a source "put at": another source's figure, weighed with the others above)
    tolls = [m for m in mentions if _is_total(m, ctx.article.text) and not _source_toll(m, ctx.article.text)]
    used = tolls[-1:] if tolls else list(_distinct_figures(mentions).values())
    cand.fatalities = sum(m.count for m in used)
    cand.fatality_rules = [m.rule for m in used] + left_out
    cand.fatality_spans = [(m.start, m.end) for m in used]


_CLAIM_DOUBTED = re.compile(r"\b(?:an?|the|this|that|these|those)\s+claims?\s+(?:(?:that\s+)?(?:the\s+)?[\w-]+\s+)?"
                            r"(?:denied|rejected|dismissed|disputed|refuted)|\bclaims?\s+(?:(?:that|which)\s+)?(?:could|can|"
                            r"have|has)\s*(?:not|n't)\s+(?:been\s+|be\s+)?(?:independently\s+)?(?:verified|confirmed)\b|"
                            r"\bwhich\s+(?:the\s+)?[\w-]+\s+(?:denied|rejected|dismissed)\b", re.I)


_DENIED_THAT = re.compile(r"\b(?:denied|rejected|disputed|dismissed)\s+(?:that|this|it|the\s+claims?|those\s+figures|the\s+figures?)\b",
                          re.I)
_NO_LOSSES = re.compile(r"\b(?:suffered|sustained|had|reported|with) no (?:losses|casualties|deaths|fatalities)\b|"
                        r"\bno (?:soldiers?|troops|servicem[ae]n|police(?:m[ae]n)?|officers?) (?:were|was|had been) killed\b|"
                        r"\bwithout (?:suffering )?(?:any )?(?:losses|casualties)\b", re.I)


def _end_of_next_sentence(ctx: _Context, pos: int) -> int:
    """Where the sentence after the one holding `pos` ends (the end of the text's last sentence at most)."""
    s = _sentence_holding(ctx, pos)
    return ctx.sentences[min(s.index + 1, len(ctx.sentences) - 1)].end if s is not None else pos


def _is_total(m: FatalityMention, text: str) -> bool:
    """A death toll or a stated total ("4 fatalities total", "a total of 9 people"), which replaces the figures before it."""
    return m.rule.startswith(("death toll", "fatalities coded as")) or bool(_TOTAL.search(m.text)) \
        or bool(_TOTAL_AFTER.match(text, m.end))


def _distinct_figures(mentions: list) -> dict:
    """A figure told again is one report, but the next group of a list is more deaths even when its count is
    the same ("killing a commander and one other member": two)."""
    out: dict = {}
    for i, m in enumerate(mentions):
        key: object = m.count
        # (only a group joined by "and": after a bare comma it may be the same person again, "killed a Nyumba
        # Kumi official, an unarmed community watch officer"; but one's kin is another: "killed a man, his son and nephew")
        # (whatever group came between: "a woman, her three daughters and her elderly father": five)
        if "(continued)" in m.rule and i and any(p.count == m.count for p in mentions[:i]) \
                and m.text.lstrip(", ").lower().startswith(("and ", "his ", "her ", "their ")):
            key = (m.count, m.start)
        elif m.rule.startswith("killed himself"):
            key = (m.count, m.start)  # "killing one employee as well as himself": the attacker is one more
        elif more_of_the_dead(m, mentions):
            key = (m.count, m.start)  # "A child died ... and another child died", "1 militant ...; 1 policeman ..."
        out[key] = m
    return out


_INJURED = re.compile(r"\b(?:injured|wounded|hurt)\b", re.I)
_VAGUE_COUNT = re.compile(r"\b(?:several|some|a number of|a few|many|(?:unknown|undetermined|unspecified|undisclosed) number of)\b",
                          re.I)  # ("He said an unknown number of militants also died")
_EARLIER_DEATH = re.compile(r"\bhad (?:earlier|previously) been\b", re.I)
# a side telling what it killed: "Al-Shabaab said it had killed 47 soldiers", "claimed to have killed 178"
# ("JNIM claimed 30 soldiers were killed; the government confirmed 28 killed")
_PARTY_CLAIM = re.compile(r"\b(?:said|says|saying|claimed|claims|claiming|announced)\s+(?:(?:that\s+)?(?:it|they|"
                          # ("A Fano commander said his men had killed 'hundreds' of government troops")
                          r"(?:its|their|his|her)\s+(?:men|fighters|forces|troops|soldiers|units?))\s+(?:had\s+|has\s+|have\s+)?|"
                          r"to\s+have\s+)(?:(?:killed|shot dead)\s+(?:[\w-]+\s+)?)?$|\b(?:claimed|claims)\s*(?:that\s*)?$|"
                          # ("claimed the rebels had killed five soldiers")
                          r"\b(?:claimed|claims|claiming)\s+(?:that\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,2}?"
                          r"(?:had|have|has)\s+(?:(?:killed|shot dead)\s+)?$|"
                          # ("claimed in a video shared on social media that his fighters had killed 12 soldiers")
                          r"\b(?:claimed|claims)\b[^.;]{0,80}?\bthat\s+(?:it|they|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:had\s+|has\s+|have\s+)?(?:(?:killed|shot dead)\s+)?$|"
                          # ("AQAP said in a statement posted on its Telegram channels that it had killed 11 soldiers")
                          # ("Al Shabaab said on its radio station that it had killed five soldiers")
                          r"\b(?:said|says|announced)\s+(?:in|on|via|through)\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:statement|video|post|message|communiqu[eé]|radio(?:\s+station)?|website|channels?|account|"
                          r"broadcast)\b[^.;]{0,80}?"
                          # ("... released through its Amaq news agency that its fighters had killed 10 soldiers")
                          r"\bthat\s+(?:it|they|(?:its|their)\s+[\w-]+)\s+(?:had\s+|has\s+|have\s+)?(?:(?:killed|shot dead)\s+)?$|"
                          # ("A Wazalendo spokesman claimed his fighters had killed \"dozens\" of rebels")
                          r"\b(?:said|says|saying|claimed|claims|claiming)\s+(?:that\s+)?(?:its|their|his|her)\s+(?:[\w-]+\s+){1,2}?"
                          r"(?:had\s+|has\s+|have\s+)?(?:(?:killed|shot dead)\s+)?$", re.I)
# whom a count of the dead of all sides names: a side's claim of its foes' dead is some of them
_ALL_SIDES_DEAD = frozenset({"combatant", "combatants", "fighter", "fighters", "people", "person", "persons"})
# ("at least 16 fighters from both sides were killed")
_FORCE_DEAD = r"(?:soldiers|troops|police(?:men)?|police officers|officers|servicemen)"
_FIGHTER_DEAD = r"(?:militiamen|militia members|militants|fighters|rebels|insurgents|jihadists|attackers|gunmen)"
# a figure told of both sides' dead ("on both sides"; "At least seven people, soldiers and militiamen, were killed")
_BOTH_SIDES = re.compile(rf"\b(?:both|all|either) sides?\b|\b{_FORCE_DEAD},? and {_FIGHTER_DEAD}\b|"
                         rf"\b{_FIGHTER_DEAD},? and {_FORCE_DEAD}\b", re.I)


# a figure in its own source's words ("a vigilante leader ... said six attackers were killed"; "... said he saw four
# bodies"; "killing at least 14 civilians, local officials ... told AFP")
_SOURCE_TOLD = re.compile(r"\b(?:said|says|told|counted|noted|confirmed|acknowledged|recorded|reported|according to|(?:another|other|a different) account|"
                          r"(?:put|puts|putting|placed) the (?:overall |total |final )?(?:death toll|toll|number|figure|count)|"
                          r"(?:gave|gives|giving) (?:a|an|the|its|their) (?:[\w-]+ )?(?:death toll|toll))\b",
                          re.I)
_PUT_AT = re.compile(r"\b(?:put|puts|putting|placed|places|placing)\s+the\s+(?:overall\s+|total\s+|final\s+)?$", re.I)


def _source_toll(m: FatalityMention, text: str) -> bool:
    """A toll a source put or gave: one source's figure, weighed with the others' (not a toll updated)."""
    return bool(_PUT_AT.search(text, max(0, m.start - 20), m.start) or SOURCE_TOLL.match(m.text))
# (not a source speaking later: "The Kenya Medical Association later put the number of deaths at 13")
# (not another source: "Another rights group said three people had died")
_MORE_DEAD = re.compile(r"\b(?:more(?!\s+than\b)|others|(?:other|another)(?!\s+accounts?\b)"
                        r"(?!(?:\s+[\w'’-]+){1,4}?\s+(?:said|says|told|reported|counted|recorded|put|gave)\b)|also|additional|"
                        r"further(?!\s+(?:north|south|east|west|afield|away|inland|along|up|down)\b)|"  # (not "Further north, ...")
                        r"later(?!\s+(?:(?:reports?|accounts?)\s+)?(?:put|placed|said|told|gave|reported))|second(?!-)|then)\b",  # (not "second-largest")
                        re.I)
_CLAUSE_JOINS = ("while", "but", "whereas", "although", "though")  # words that open a second source's clause (", while the Red Cross said")
# where a clause ends, for every reader in this module (one definition: a second one further up was shadowed by this)
_CLAUSE_END = re.compile(r"[.;](?:\s|$)|\n|, (?:" + "|".join(_CLAUSE_JOINS) + ") ")


_SOURCE_SPLICED = re.compile(r", (?=(?:an? |the )?(?:[\w-]+ ){0,4}(?:said|says|reported|counted|told)\b)")


# a source told only by a pronoun after the figure: the source named before goes on
_SAME_SOURCE_GOES_ON = re.compile(r",\s+(?:it|he|she|they)\s+(?:said|added|says|adds)\b", re.I)


def _clause_end(text: str, end: int) -> int:
    after = _CLAUSE_END.search(text, end)
    return after.start() if after else len(text)


def _source_clause(text: str, start: int, end: int) -> int | None:
    """Where the clause of a figure starts, when a source tells it there and it adds no more deaths to others."""
    # (a wire lead's source may open a long sentence: "The U.S. military said on Thursday it had carried out an air
    # strike against al Shabaab militants near the town of Jilib ... on Tuesday, killing three fighters")
    before = text[max(0, start - 320):start]
    # (", while the Red Cross said its volunteers had counted 19 bodies": a second source's clause)
    cut = max(before.rfind(end) for end in (". ", "; ", "\n", *(f", {join} " for join in _CLAUSE_JOINS)))
    # (or a comma before another source's own clause: "police acknowledged two deaths, a local rights group said five
    # people were killed")
    spliced = [m.start() for m in _SOURCE_SPLICED.finditer(before)]
    if spliced:
        cut = max(cut, spliced[-1])
    a = max(0, start - 320) + cut + 1 if cut >= 0 else max(0, start - 320)
    b = _clause_end(text, end)
    if not _SOURCE_TOLD.search(text, a, b) or _MORE_DEAD.search(text, a, end):
        return None
    return a


def _bodies_as_dead(text: str) -> str:
    """"four bodies", "21 people", "48 deaths" count the dead without saying who they were; so, told by two sources,
    do the unarmed ("eight of its workers", "one man", "14 civilians"): only the armed are told apart by side."""
    return _UNARMED_DEAD.sub(" ", text)


_MORE_DEAD_WORD = re.compile(r"\b(?:also|another|additional|further)\b", re.I)
_OF_A_NAMED_GROUP = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+")
_UNARMED_DEAD = re.compile(r"\b(?:bodies|body|corpses?|saw|seen|he|she|they|its|their|his|her|people|persons?|deaths?|"
                           r"fatalit(?:y|ies)|civilians?|workers?|members?|m[ae]n|wom[ae]n|residents?|villagers?|"
                           r"protesters?|demonstrators?|supporters?|employees?|passengers?|students?|children|child)\b",
                           re.I)


_INCLUDING_ASIDE = re.compile(r",?\s+including\s+[^,]*(?:,|$)")
_NOT_THE_DEAD = frozenset(("killed", "killing", "kill", "kills", "dead", "died", "slain", "were", "was", "have", "has", "had",
                           "lost", "losing", "loses",
                           "neutralised", "neutralized", "its", "their", "other", "others",
                           "been", "reportedly", "at", "least", "more", "than", "about", "around", "some", "nearly",
                           "almost", "over", "up", "to", "as", "many", "the", "a", "an", "of", "them", "and", "shot",
                           # (a toll names no one: "put the death toll at five", "the number of deaths in Nairobi at 13")
                           "death", "deaths", "toll", "number", "figure", "count", "in",
                           # ("Al Shabaab claimed 20 fatalities": a count of the dead that names no one)
                           "fatality", "fatalities",
                           # (how sure a source is of them: "five suspected gang members died" are the "three gang members")
                           "suspected", "alleged", "reported", "presumed",
                           # (how they died or that they died too: "lost their lives", "were also killed")
                           "also", "lost", "their", "lives", "life",
                           # (the Sahel's word for killed: "had 'neutralised five terrorists'")
                           "neutralised", "neutralized", "neutralising", "neutralizing"))
# one force's dead told in other words ("killing four officers ... said five policemen had died")
_DEAD_SYNONYMS = {"policeman": "police", "policewoman": "police", "officer": "police", "cop": "police",
                  "troop": "soldier", "serviceman": "soldier",
                  "constable": "police", "terrorist": "militant", "insurgent": "militant", "jihadist": "militant",
                  "extremist": "militant", "fighter": "militant", "rebel": "militant", "guerrilla": "militant",
                  # (those who attacked are the armed side: "20 assailants were killed" and "it had lost three fighters")
                  "assailant": "militant", "attacker": "militant", "gunman": "militant"}


def _dead_words(text: str) -> str:
    """Who a figure counts, in its own words ("at least 10 soldiers were killed" -> "soldier", "1 AA soldier was
    killed" -> "aa soldier", "killed 178" -> ""), singular."""
    if "toll" in text:
        return ""  # a toll names no one ("the overall death toll from the attack at 15")
    if "including" in text:
        # ("four other people, including two soldiers, were killed": the people, some of whom were soldiers)
        text = _INCLUDING_ASIDE.sub(" ", text)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    words = [w for w in words if w not in _NOT_THE_DEAD and parse_number(w) is None]
    words = [w[:-3] + "man" if w.endswith("men") else w.rstrip("s") for w in words]
    words = [_DEAD_SYNONYMS.get(w, w) for w in words]
    return " ".join(w for i, w in enumerate(words) if not i or w != words[i - 1])


def _dead_noun(text: str) -> str:
    """The last word of who a figure counts ("20 Crusader soldiers" -> "soldier"), "" if it names no one."""
    words = _dead_words(text).split()
    return words[-1] if words else ""


def _count_of_noun(text: str, noun: str) -> int | None:
    """The count a figure of several groups gives the one named by `noun` ("10 soldiers and 46 assailants", "soldier"
    -> 10); None if it names no such group."""
    if not noun:
        return None
    words = re.findall(r"[\w'-]+", text)
    for i, w in enumerate(words):
        n = parse_number(w)
        if n is not None and any(x.lower().rstrip("s") == noun.rstrip("s") for x in words[i + 1:i + 3]):
            return n
    return None


def _same_noun_one_side(a: str, b: str) -> bool:
    """Two figures of one noun not told of two sides ("Four soldiers" and "60 government troops" may be the same dead;
    "Three AA troops" and "50 military soldiers" are two sides)."""
    wa, wb = _dead_words(a).split(), _dead_words(b).split()
    return bool(wa) and bool(wb) and wa[-1] == wb[-1] and (len(wa) == 1 or len(wb) == 1 or wa == wb)


# a toll told by a vague quantity ("dozens of civilians"), which a count of the same dead replaces
_VAGUE_FIGURE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|tens)\b", re.I)


def _repeats_a_side(ms: list, low: list) -> bool:
    """One source tells again the very dead another told (the same people named): "killed about 50 'terrorists'" and
    "'neutralised about fifty terrorists'"."""
    return any(_dead_words(m.text) and _dead_words(m.text) == _dead_words(n.text) for m in ms for n in low)


def _same_dead(a: str, b: str) -> bool:
    """Two figures that may count the same dead: the same people named, or one of them names no one ("the government
    confirmed 28 killed"). "5 soldiers" and "1 AA soldier" are two sides."""
    wa, wb = _dead_words(a), _dead_words(b)
    return wa == wb or not wa or not wb


def _split_siblings(c: Candidate, events: list[Candidate]) -> list[Candidate]:
    """The other towns' copies of an act split over several towns ("fighting in Paletwa and Kyauktaw")."""
    return [d for d in events if d is not c and d.place_split == c.place_split and d.scope == c.scope]


def _share_placeless_regions(events: list[Candidate], ctx: _Context) -> None:
    """A later sentence that joined one of the towns an act was split over, and names no place, tells all of them:
    "Fighting broke out in Paletwa and Kyauktaw townships. The AA ambushed the column and more than 10 soldiers were
    killed." (each town then takes its share of the deaths)."""
    for c in events:
        if c.place_split <= 1:
            continue
        extra = [r for r in c.regions if r != c.scope and not any(
            s.start <= r[0] < s.end and _places_of(ctx, s) for s in ctx.sentences)]
        for d in _split_siblings(c, events):
            d.regions.extend(r for r in extra if r not in d.regions)


_THE_DOERS_AGAIN = re.compile(r"\bthe (?:gunmen|attackers|assailants|raiders|kidnappers|abductors|bandits)\b", re.I)


def _attach_outcome_sentences(events: list[Candidate], ctx: _Context) -> None:
    """A sentence with deaths but no event trigger tells the outcome of the event just before it
    ("Militants ambushed a patrol. Seven soldiers died."): its text joins that event, so its deaths
    count. Only in the same paragraph, only right after the event, and never a summary (a sentence
    dated by a span) or a sentence with its own, different date."""
    if not events:
        return
    told = {s.index for c in events for s in c.sentences}
    for s in ctx.sentences:
        if s.index in told:
            continue
        # (an event with a sentence of this paragraph before it, though it merged one told further on)
        before = [c for c in events if any(x.index < s.index and x.paragraph == s.paragraph for x in c.sentences)
                  and not any(a <= s.start < b for a, b in c.regions)]
        if not before and s.index > 0 and ctx.sentences[s.index - 1].paragraph == s.paragraph - 1 \
                and ("during the " in s.text or "in the " in s.text) and _DURING_THE_ACT.search(s.text):
            # a paragraph opening on the deaths of the act told just before it: "... killing 11 soldiers. // The army
            # said in a statement that 'dozens of terrorists were neutralised' during the fighting"
            last = [c for c in events if c.family in ("violence", "remote")
                    and c.sentences[-1].index == s.index - 1 and not c.background]
            before = last[:1]
        if not before and s.index > 0 and " the " in s.text and _THE_DOERS_AGAIN.search(s.text):
            # a paragraph of its own on a death by the doers told just before: "Gunmen abducted at least 280 pupils from
            # a school in Kuriga ... // A resident who tried to stop the gunmen was shot dead, villagers said."
            last = [c for c in events if c.family == "violence" and not c.background
                    and c.sentences[-1].index < s.index and s.paragraph - c.sentences[-1].paragraph <= 2]
            before = last[-1:]
        # deaths read last: most sentences have no event before them in their paragraph
        if not before or not sentence_fatalities(s.text)[0] or _PERIOD_TALLY.search(s.text):
            continue

        # deaths are the outcome of violence: "Fighting broke out. Villagers fled. One soldier died."
        # (of two acts of one sentence, the main clause's: not "..., a day after the Houthis fired a missile")
        target = max([c for c in before if c.family in ("violence", "remote")] or before,
                     key=lambda c, at=s.index: (_last_sentence_before(c, at), not c.background))
        if target.family == "demonstration" and all(t.sub_event_type == "Peaceful protest" for t in target.triggers):
            continue  # deaths told after a peaceful protest are what it was about
        if target.family == "remote" and _IN_THE_FIGHTING.search(s.text):
            # "Shells fell on a camp ... The army said it had killed 30 rebels in the fighting.": the deaths
            # of the battle told before, not of the shelling
            battles = [c for c in events if c.sentences[-1].index < s.index and c.family == "violence"]
            if not battles:
                continue
            target = max(battles, key=lambda c: c.sentences[-1].index)
        gap = [t for t in ctx.sentences if _last_sentence_before(target, s.index) < t.index < s.index]
        if any(_fatality_gap(t) for t in gap):
            continue
        # (not the day a source spoke: "Chiapas prosecutors said on Wednesday that nine bodies ... had been recovered")
        own = [m for m in _dates_of(ctx, s) if m.kind == "span" or
               (target.date is not None and m.date != target.date.date
                and not _REPORTED_ON.search(s.text, max(0, m.start - s.start - 60), m.start - s.start))]
        if own:
            continue
        if target.place is not None and _DIED_IN_ANY.search(s.text) and any(
                p.place.kind == "populated" and p.place.name != target.place.place.name
                and not _within(p.place, target.place.place)
                and _DIED_IN.search(ctx.article.text, s.start, p.start) for p in _places_of(ctx, s)):
            continue  # "One more person died in Dnipro": deaths in another town are not this event's
        target.outcomes.append((s.start, s.end))
        if target.place_split > 1:
            # ("Fighting broke out in Paletwa and Kyauktaw townships. More than 10 soldiers were killed.": the deaths
            # of every town the act was split over, each its share)
            for c in _split_siblings(target, events):
                c.outcomes.append((s.start, s.end))


_DURING_THE_ACT = re.compile(r"\b(?:in|during) the (?:fighting|clash(?:es)?|battles?|combat|gun ?fights?|gun ?battles?|"
                             r"exchange of fire|attack|assault|ambush|raid|offensive|operation)\b", re.I)
# a tally over a period, no one act's outcome: "Since the beginning of the year, the army says it has neutralised more
# than 300 terrorists" (not a running toll of the act: "six people died in total", "had so far confirmed seven deaths")
_PERIOD_TALLY = re.compile(r"\bsince (?:the (?:start|beginning|turn) of|the (?:coup|war|conflict|uprising|takeover|invasion|"
                           r"revolution|insurgency)\b|(?:early |late )?(?:january|february|march|april|may|june|"
                           r"july|august|september|october|november|december)\b|(?:19|20)\d\d\b|last (?:year|month))|"
                           # ("The vigilante movement has killed hundreds of suspected gang members since it emerged")
                           r"\bsince (?:the )?(?:protests?|demonstrations?|unrest|uprising|crackdown|fighting|violence|clashes|"
                           r"war|offensive) (?:first )?(?:began|started|erupted|broke out|flared)\b|"
                           r"\bsince (?:it|they|the (?:group|movement|gang|militia)) (?:\w+ )?(?:emerged|began|started|appeared|"
                           r"was (?:formed|founded|created|launched)|took (?:power|over)|came to power)\b|"
                           r"\b(?:so far )?this year\b|\bin the (?:past|last) (?:few |several |\w+ )?(?:months|years)\b|"
                           # ("at least eight civilians had been killed in the week's violence")
                           r"\b(?:the|this|last) (?:week|weekend|month)['’]s (?:violence|fighting|clashes|unrest|bloodshed)\b|"
                           # ("Over the same period, at least 18 Israelis ... have been killed": the period of a tally told)
                           r"\b(?:over|during|in|for) the same (?:period|time|timeframe|span|months|weeks)\b", re.I)


def _attach_toll_updates(events: list[Candidate], ctx: _Context) -> None:
    """A death toll updated in a later paragraph ("Late on Sunday, a woman ... died of her wounds, bringing the death toll to
    three", "By Monday evening, police said the toll had risen to four") is the toll of the last violent event told before
    it, whatever day it was told: the last toll stands (a toll replaces the figures before it)."""
    told = {x.index for c in events for x in c.sentences}
    for s in ctx.sentences:
        if s.index in told or "toll" not in s.text or not _TOLL_UPDATED.search(s.text):
            continue
        if not any(m.rule.startswith("death toll") for m in sentence_fatalities(s.text)[1]):
            continue
        before = [c for c in events if _last_sentence_before(c, s.index) >= 0]
        if not before:
            _attach_toll_told_first(events, ctx, s)
            continue
        last = max(before, key=lambda c: _last_sentence_before(c, s.index))
        near = ctx.sentences[_last_sentence_before(last, s.index)].paragraph
        if last.family in ("violence", "remote") and s.paragraph - near <= 2 \
                and not any(a <= s.start < b for a, b in last.regions + last.outcomes):
            last.outcomes.append((s.start, s.end))
            _take_tolls_act_day(last, ctx, s)


def _attach_toll_told_first(events: list[Candidate], ctx: _Context, s: Sentence) -> None:
    """A toll told before any event, of the act it names ("The death toll from a suicide bombing at a mosque ... rose to
    84 on Tuesday // The bomber ... blew himself up ... on Monday"): the toll of the one event of that kind told next
    in the next paragraphs."""
    kinds = ctx.topics.get(s.index)
    if not kinds:
        return
    after = [c for c in events if c.sentences[0].index > s.index and ctx.sentences[c.sentences[0].index].paragraph
             - s.paragraph <= 2 and any(t.sub_event_type in kinds for t in c.triggers)]
    if len(after) == 1:
        after[0].outcomes.append((s.start, s.end))
        _take_tolls_act_day(after[0], ctx, s)


def _take_tolls_act_day(c: Candidate, ctx: _Context, s: Sentence) -> None:
    """An undated event takes the day of the act its toll names ("The death toll from a Russian missile strike on
    Dnipro on Tuesday has risen to six, the governor said on Thursday": Tuesday, not the day the toll was told)."""
    if c.date is None and s.index in ctx.topics:
        c.date = _pick_date([m for m in _dates_of(ctx, s) if m.kind == "day" and not _REPORTED_ON.search(
            ctx.article.text, max(0, m.start - 30), m.start)], (s.start, s.end))


_TOLL_UPDATED = re.compile(r"\btoll (?:had |has |have )?(?:later |since |then |subsequently )?(?:risen|rose|climbed|reached|jumped|increased)\b|"
                           # ("The toll was raised to eight on Monday", "was later revised down to seven")
                           r"\btoll (?:was|has been|had been) (?:later |since |then |subsequently )?(?:revised|lowered|raised|"
                           r"corrected|updated|adjusted|reduced|increased) (?:down |up(?:wards?)? )?to\b|"
                           r"\bdeath toll (?:from|in|of) (?:[\w'’-]+ ){1,20}?(?:has |had )?(?:rose|risen|climbed|jumped|increased) to\b|"
                           r"\b(?:bringing|brought|raised|raising|putting|put) the (?:death )?toll (?:to|at)\b|"
                           # ("Community leaders put the number of dead at five, saying three more bodies were recovered")
                           r"\b(?:putting|puts|put|placed|placing) the number of (?:the )?(?:dead|deaths|people killed|"
                           r"those killed|victims|fatalities) at\b|"
                           r"\btoll (?:now )?stands at\b", re.I)
_BODIES_FOUND = re.compile(r"\bbod(?:y|ies)\b", re.I)


def _last_sentence_before(c: Candidate, index: int) -> int:
    return max((x.index for x in c.sentences if x.index < index), default=-1)


_FIGHTING_TOLD = re.compile(r"\b(?:fighting|clash(?:es|ed)?|battles?|gun ?fights?|exchanges? of fire|fought)\b", re.I)
_IN_THE_FIGHTING = re.compile(r"\b(?:in|during) the (?:fighting|clash(?:es)?|battles?|combat|gun ?fight|exchange of fire)\b", re.I)


def _fatality_gap(s: Sentence) -> bool:
    """A sentence between an event and an outcome sentence that breaks the link (it has deaths
    of its own, told for something else)."""
    return bool(sentence_fatalities(s.text)[0])


def _has_anchor(cand: Candidate) -> bool:
    return cand.date is not None or cand.place is not None or cand.fatalities > 0


# "The attack took place at Moirang": where the event told before happened, said on its own
# "The attack took place at Moirang", "The attack occurred late Sunday in the town of Salvatierra":
# where and when the event told before happened, said on its own
_TOOK_PLACE = re.compile(r"\b(?:attack|incident|clash(?:es)?|ambush|blast|explosion|shooting|raid|killings?|fighting|violence|"
                         r"bombing|(?:air ?|drone )?strikes?|airstrikes?|shelling|operation|assault|protests?|demonstrations?|"
                         r"march|rally|riots?|arrests?|abduction|kidnapping)\s+"
                         r"(?:took place|occurred|happened|unfolded)\b", re.I)
# the act told before, dated: "No one was hurt in the arson on Tuesday"
_THE_ACT_ON_DAY = re.compile(r"\b(?:the|that) (?:arson|attack|fire|raid|blast|explosion|ambush|shooting|clash(?:es)?|assault|"
                             r"killing|abduction|kidnapping|looting)\s+(?:late\s+|early\s+)?on\s+(?:monday|tuesday|wednesday|"
                             r"thursday|friday|saturday|sunday)\b", re.I)
# a strike's target told as hit: "UKMTO said the vessel was hit about 70 nautical miles west of the port of Hodeidah"
_TARGET_TOLD_HIT = re.compile(r"\bthe (?:vessel|ship|tanker|boat|freighter|convoy|base|camp|post|checkpoint|building|"
                              r"market|school|hospital) (?:was|had been) (?:\w+ly )?(?:hit|struck|attacked|targeted|shelled|"
                              r"bombed)\b")
# the event's people told again: "The man, a 30-year-old labourer, was caught by a group of villagers near Ramgarh town"
_THE_PEOPLE_AGAIN = re.compile(r"\s*The (?:[\w-]+ ){0,2}?(?:man|woman|men|women|victims?|boy|girl|teenager|mob|crowd|"
                               r"attackers|assailants|gunmen|protesters|demonstrators|rioters|soldiers|troops|militants|"
                               r"rebels|fighters|raiders|bandits)\b")
# a day told as the day of the report, not of the event: "..., authorities said Monday"
# (and a statement's own day: "the army said in a statement read on state television late on Wednesday")
_REPORTED_ON = re.compile(r"\b(?:said|says|told\s+\w+|reported|announced|confirmed|added|recalled|recounted|"
                          # ("JNIM, which claimed the assault on Monday": the day of the claim)
                          r"claimed\s+(?:responsibility\s+for\s+)?(?:the|an|its)\s+(?:attack|assault|raid|ambush|"
                          r"bombing|killings?|operation)|"
                          # ("In a statement carried by its Amaq propaganda agency on Monday")
                          r"(?:statement|report)\s+(?:read|published|released|issued|broadcast|aired|carried|posted|shared)\s+"
                          r"(?:[\w-]+\s+){0,5}?|"
                          # ("A video that surfaced this week showed ... on 4 May": the day the images came out)
                          r"\b(?:video|footage|images?|photos?|photographs?|pictures?|clips?)\s+(?:that\s+|which\s+)?"
                          r"(?:surfaced|emerged|appeared|circulated|went\s+viral|(?:was|were)\s+(?:released|posted|shared))|"
                          # ("In a message on its propaganda channels on Monday, JNIM said ...")
                          r"\b(?:in|on)\s+an?\s+(?:message|post|video|audio message|communiqu[eé])\s+(?:on|via|posted|shared|"
                          r"published|released)\s+(?:[\w-]+\s+){0,4}?|"
                          # ("In a statement on Tuesday, the operation's media officer said ...")
                          r"\bin\s+an?\s+(?:statement|press\s+(?:release|statement|briefing|conference)|communiqu[eé]|briefing|"
                          r"interview)(?:\s+(?:issued|released|published))?)\s*"
                          # ("told reporters in Abuja on Monday", "said in a statement on Wednesday")
                          r"(?:(?:in|from)\s+(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}|"
                          r"an?\s+(?:statement|post|video|tweet|message|televised\s+(?:speech|address)))\s+)?"
                          r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)


# a force named as what a strike fell on: "dropped explosives on a police patrol", "fired at the army base"
# ("hit a column of militants", "struck a convoy of suspected bandits")
_ON_TARGET = re.compile(r"\b(?:on|at|upon|against|targeting|targeted|hit|hitting|struck|striking|destroyed)\s+(?:an?\s+|the\s+)?"
                        r"(?:[\w-]+\s+|(?:column|convoy|group|gathering|camp|hideout|position)s?\s+of\s+(?:suspected\s+)?)?"
                        r"[\"'‘“]?$", re.I)


# a claim of an act told before: "claimed responsibility for the attack", "claimed Tuesday's bombing"
_ACT_CLAIMED = re.compile(r"\s*(?:The|This|That|[A-Z]\w+day's) (?:[\w-]+ )?(?:attack|assault|raid|bombing|ambush|killings?|blast|"
                          r"explosion|strike|massacre)s? (?:was|were|has been|had been) (?:later |also |quickly )?claimed\b")
# a side telling what it did, opening its sentence: "JNIM said in a statement that it had ...", "The army said that it had"
_SIDE_SAYS_IT_DID = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,5}(?:said|says|claimed|claims)\b[^.;]{0,60}?\bthat\s+it\s+"
                               r"(?:had|has|have)\s+")
_WAR_BEGAN_WHEN = re.compile(r"\b(?:war|conflict|crisis|insurgency|uprising|rebellion|civil war)\s+(?:began|started|erupted|"
                             r"broke out|was triggered)\s+(?:in\s+[^,.;]{3,30}\s+)?when\b", re.I)
_ITS_FORCE_STRUCK_THERE = re.compile(r"\b(?:said|says)\s+(?:that\s+)?its\s+(?:aircraft|jets|warplanes|forces|troops|drones?|"
                                     r"soldiers)\s+(?:had\s+|have\s+)?(?:struck|targeted|hit|attacked)\b[^.;]*?\bin\s+the\s+"
                                     r"(?:area|vicinity)\b", re.I)
_CLAIM_WORDS = ("claim", "carried out", "conducted", "staged", "launched", "executed", "was behind")
# a group's man who did the act told before: "said in a statement that one of its fighters had carried out the attack"
_ITS_MAN_DID_THE_ACT = re.compile(r"\b(?:said|says|claimed)\b[^.;]*?\b(?:one|two|some|a|several) of its (?:fighters|men|members|"
                                  r"militants|operatives)\s+(?:had\s+|has\s+)?(?:carried out|conducted|staged|launched|executed)"
                                  r"\s+(?:the|this|[A-Z]\w+day's)\s+(?:[\w-]+\s+)?(?:attack|assault|raid|bombing|ambush|blast|"
                                  r"explosion|strike)\b")
_CLAIM_OF_IT = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:(?:responsibility|credit)\s+for\s+(?:the|this|[A-Z]\w+day's)\s+"
                          r"(?:[\w-]+\s+){0,2}|(?:the|[A-Z]\w+day's)\s+)$|"
                          # "claimed responsibility in a statement on Saturday, saying one of its fighters had targeted
                          # a gathering of Shiites": the act told before, in the claim's words
                          r"\bclaim(?:ed|s)\s+(?:responsibility|credit)\b(?!\s+for\s+(?:an?|another|\d+|two|three|several)\b)"
                          r"[^.;]*?,\s+saying\b[^.;]*$|"
                          # "al Shabaab said in a statement ... that it had carried out the bombing and that 30 soldiers
                          # had been killed": its claim of the act told before, and its own toll of it
                          r"\b(?:said|says|claimed)\b[^.;]*?\b(?:it|its (?:fighters|men|members))\s+(?:had\s+|has\s+)?"
                          r"(?:carried out|conducted|staged|launched|executed|was behind)\s+(?:the|this|[A-Z]\w+day's)\s+"
                          r"(?:[\w-]+\s+)?(?:attack|assault|raid|bombing|ambush|blast|explosion|strike)\b[^.;]*$")


def _where_when_told_after(cands: list[Candidate], ctx: _Context) -> None:
    """An event told next as having "taken place" at a town or on a day: a town of its district or
    region is its finer place (ACLED's location), and the day is its own when it had only the day
    the report was made."""
    taken = {s.index for c in cands for s in c.sentences}
    text = ctx.article.text
    for c in cands:
        if c.family not in ("violence", "remote", "demonstration", "strategic"):
            continue
        # (an event with no place of its own takes one told elsewhere in any case: _lookback_place)
        coarse = c.place is not None and (c.place.geo_precision >= 2 or c.place.place.kind != "populated")
        reported = c.date is None or bool(_REPORTED_ON.search(text, max(0, c.date.start - 30), c.date.start))
        if c.family == "strategic":
            coarse = False  # (only the day of a destruction told next: "No one was hurt in the arson on Tuesday")
        if not coarse and not reported and c.place is not None:
            continue  # (an event with no place at all reads the place told next: "The attack took place in the city of X")
        # (right after any of its sentences: the event may have merged details told further on)
        after = sorted({s for own in c.sentences for s in ctx.sentences[own.index + 1:own.index + 3]
                        if s.index not in taken and s.paragraph - own.paragraph <= 1
                        and not any(own.index < t < s.index for t in taken)}, key=lambda s: s.index)
        for s in after:
            if not _tells_it_again(c, s, reported):
                continue
            found = _places_of(ctx, s)
            if coarse:
                # (a town, or else a finer unit: "in Robuh village in the Kajuru local government area")
                finer = sorted((p for p in found if p.geo_precision < c.place.geo_precision
                                and (p.geo_precision > 1 or p.place.kind == "populated")
                                and p.place.country == c.place.place.country
                                and p.place.admin1 == (c.place.place.admin1 or c.place.place.name)),
                               key=lambda p: p.geo_precision)
                # (not a town the place told is measured from: "occurred in Tonzang village which is 20 miles away from
                # Tedim town", after "in Tonzang Township"; alone, the town stands for the place near it)
                finer = [p for p in finer if not _DISTANCE_FROM.search(text, max(0, p.start - 60), p.start)] or (
                    finer if not any(q.place.name == c.place.place.name for q in found) else [])
                town = finer[0] if finer else None
                if town is not None:
                    c.place = town
            elif c.place is None and (c.family == "remote" or _TOOK_PLACE.search(s.text)):
                # (a strike told with no place, told next as having hit its target near one: "the Houthis said they had
                # fired missiles at a tanker in the Red Sea // UKMTO said the vessel was hit about 70 nautical miles west
                # of the port of Hodeidah late on Tuesday": near the town it is measured from)
                if found:
                    best = _best_place(found, text)
                    if best.geo_precision < 2 and _DISTANCE_FROM.search(text, max(0, best.start - 60), best.start):
                        best = dataclasses.replace(best, geo_precision=2, rule=f"{best.rule}; {place_lib.NEAR_A_TOWN}: "
                                                                                "geo_precision 2")
                    elif best.geo_precision < 2 and c.family != "remote":
                        # (as any place read from another sentence of the event's: "The incident occurred in X")
                        best = dataclasses.replace(best, geo_precision=2, rule=f"{best.rule}; told in a later sentence: "
                                                                                "geo_precision 2")
                    c.place = best
            if reported:
                day = next((m for m in _dates_of(ctx, s) if m.kind not in ("span", "reference")
                            and not _REPORTED_ON.search(text, max(0, m.start - 30), m.start)), None)
                if day is not None:
                    c.date = day
            break


def _tells_it_again(c: Candidate, s: Sentence, reported: bool) -> bool:
    """s, right after c, tells c's act again, where or when it happened."""
    if ("took place" in s.text or "occurred" in s.text or "happened" in s.text or "unfolded" in s.text) \
            and _TOOK_PLACE.search(s.text):
        return True  # "The attack took place at Moirang"
    # (or the act told again with what it hit: "The strike hit the monastery in Lin Ta Lu village ... on Sunday", after
    # "... killed 23, a group said on Monday")
    if _THE_ACT_AGAIN.match(s.text):
        return True
    # (an event told only at its region, told next through its people, where it was: "A mob beat a man to death ... in
    # India's eastern Jharkhand state // The man ... was stopped by a group of about 20 people near Ramgarh town")
    if c.place is not None and c.place.place.kind == "admin1" and _THE_PEOPLE_AGAIN.match(s.text):
        return True
    # (a strike's target told as hit: "UKMTO said the vessel was hit ... late on Tuesday")
    if c.family == "remote" and _TARGET_TOLD_HIT.search(s.text):
        return True
    return reported and _THE_ACT_ON_DAY.search(s.text) is not None  # "No one was hurt in the arson on Tuesday"


_BETWEEN_RIVALS = re.compile(r"\bbetween\s+(?:the\s+)?(?:two\s+)?(?:rival\s+)?$", re.I)
_BETWEEN_PARTIES = re.compile(r"\b(?:between|with)\s+(?:the\s+)?(?:[\w'’-]+\s+(?:and|&)\s+(?:the\s+)?)?$", re.I)
_SAID_THAT = re.compile(r"\b(?:said|says|told (?:\w+ ){0,2}|warned|claimed|argued|insisted|added)\s+(?:(?:on|late|early) "
                        r"(?:\w+ ){0,2})?that\b", re.I)
_OF_THE_DEAD = re.compile(r"\s*(?:[\w-]+\s+){1,2}?(?:of|among) the (?:dead|victims|deceased|fatalities|those killed)\b|"
                          r"\s*Among the (?:dead|victims|deceased|killed)\b", re.I)
# "One strike hit a house in Ain Baal. Another struck a car near Nabatieh, killing two": the next one
_ANOTHER = re.compile(r"\s*(Another(?: one)?|A second(?: one)?|The other)\s+(?:struck|hit|landed|targeted|slammed|fell|exploded)\b")


def _remote_trigger(det: Detection) -> Trigger | None:
    return next((t for t in det.triggers if t.rule.family == "remote"), None)


def _another_of_them(det: Detection, previous: Trigger | None) -> Detection:
    """A sentence that tells "another" of the strikes (or shells, rockets) the sentence before it told:
    a remote act of the same kind, though it names no weapon."""
    if previous is None or not det.sentence.text.startswith(("Another", "A second", "The other")):
        return det
    m = _ANOTHER.match(det.sentence.text)
    if m is None or _remote_trigger(det) is not None:
        return det
    s = det.sentence
    told = Trigger(previous.rule, s.start + m.start(1), s.start + m.end(1), m.group(1))
    return dataclasses.replace(det, triggers=(told, *det.triggers))


_SECTION_HEAD = re.compile(r"[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+)*: ")


def _alone_in_paragraph(s: Sentence, sentences: list[Sentence]) -> bool:
    """A sentence that is its whole paragraph (a line of its own: a head, a caption)."""
    return not any(x.paragraph == s.paragraph for x in sentences if x is not s)


def candidates_for(article: Article) -> tuple[list[Candidate], _Context]:
    lex = load_lexicon()
    sentences = segment(article.text)
    dateline = _dateline_span(article.text)
    country = _article_country(article, dateline)
    hint = country.name if country else None
    ctx = _Context(article, sentences, {}, {}, country)
    cands: list[Candidate] = []
    # a note or a brief (a few short sentences, like an ACLED note): it reports one event, so every
    # trigger in it counts and summary words do not rule it out
    told = [s for s in sentences if not _TAG_ONLY.fullmatch(s.text)]  # "[size=about 300]" tells nothing
    brief = len(told) <= 4 and len(article.text.split()) <= 100
    news = _is_news(article.text, brief)
    ctx.news = news  # (never a brief's)
    ctx.hint, ctx.dateline_span, ctx.headline_end = hint, dateline, _headline_end(article.text)
    ctx.anchor = _dateline_day(article, dateline)
    previous_remote: Trigger | None = None
    quarrel_at = -2  # the sentence of the last private quarrel left out
    outbreak_at = -2  # the sentence of the last conflict's outbreak left out
    tally_at = -2  # the sentence of the last running tally left out
    for s in sentences:
        if s.index > 0 and s.start > ctx.headline_end and _SECTION_HEAD.match(s.text) \
                and len(s.text.split()) <= 12 and _alone_in_paragraph(s, sentences):
            continue  # "KADUNA: 14 worshippers kidnapped in Kajuru": a section's head, its act told in the paragraph below
        det = detect(s, lex, brief)
        if det.dropped:
            topics = frozenset(t.sub_event_type for t, why in det.dropped if why == "topic")
            if topics:
                ctx.topics[s.index] = topics
            if news and not det.triggers and any(why == "summary" for _, why in det.dropped):
                tally_at = s.index
        det, previous_remote = _another_of_them(det, previous_remote), _remote_trigger(det)
        if s.index == 0 or det.triggers:
            places = _places_of(ctx, s)
        for cand in _sentence_candidates(det, ctx.headline_end):
            if s.index > 0 and cand.trigger.sub_event_type == "Armed clash" and " the " in s.text \
                    and _AREA_CONTEXT.search(s.text):
                continue  # "Fighting between armed groups has frequently occurred in the area": context, no event
            # (a day of what it has gone on since is no day of its own: "... almost daily since Hamas attacked
            # southern Israel on Oct. 7")
            if s.index > 0 and (" ha" in s.text or "times" in s.text or " are " in s.text or " is " in s.text) \
                    and (habit := _HABITUAL.search(s.text)) \
                    and not any(m.kind == "day" and not _SINCE_BEFORE.search(article.text, max(0, m.start - 80), m.start)
                                and not _SINCE_WORD.search(article.text, s.start + habit.end(), m.start)
                                for m in _dates_of(ctx, s)):
                continue  # "Al-Shabaab has repeatedly targeted the airport": what a group does, no event
            if s.index > 0 and s.text.startswith("The ") and _WORST_OF_THEM.match(s.text) \
                    and not any(m.kind == "day" for m in _dates_of(ctx, s)):
                continue  # "The deadliest single incident took place in Juliaca, where 18 people were killed": the worst of
                # the acts a tally counts, with no day of its own
            if not brief and s.end > ctx.headline_end and any(w in s.text for w in _DOES_NOW_WORDS) \
                    and _DOES_NOW.search(s.text) and not any(m.kind == "day" for m in _dates_of(ctx, s)):
                continue  # "They now raid villages, kill residents and kidnap for ransom": what a group does
            if not brief and cands and cand.family in ("violence", "remote") \
                    and ("across" in s.text or "wide" in s.text) and _NATIONWIDE.search(s.text) \
                    and all(_is_outcome(t, s) for t in cand.triggers):
                continue  # "at least 23 people were killed across the country on Tuesday": a total over the events told
            if not brief and cands and cand.family == "demonstration" and _DEMONSTRATION_WORDS.fullmatch(cand.trigger.text) \
                    and _SAID_THAT.search(s.text, 0, cand.trigger.start - s.start) and not places:
                continue  # "Ruto said that the protests had been hijacked": what someone said of the protests told
            if cands and news and ("toll" in s.text or "number of" in s.text) and _TOLL_UPDATED.search(s.text) \
                    and s.paragraph - cands[-1].sentences[-1].paragraph <= 2:
                continue  # "the police raised the death toll to 11, saying officers had recovered five more bodies from
                # burned houses": the toll of the act told before (_attach_toll_updates), no act of its own
            if cands and news and " the " in s.text and _THE_EVENT_BEFORE.search(s.text, 0, cand.trigger.start - s.start) \
                    and _EVENT_NOUN.fullmatch(cand.trigger.text) and len(cand.triggers) == 1:
                continue  # "head injuries sustained during the clashes": the clashes told before, no new event
            if cands and s.text.startswith(("The ", "This ", "That ")) and _WHEN_IT_CAME.match(s.text) \
                    and cand.trigger.end <= s.start + _WHEN_IT_CAME.match(s.text).end("act"):
                continue  # "The ambush came on the first day of a week-long lockdown ...": the act told before, placed in time
            if cands and " the " in s.text and _OF_THE_DEAD.match(s.text):
                continue  # "Three of the dead were killed in Khartoum and two in Omdurman": the deaths told before
            if cands and "claimed" in s.text and _ACT_CLAIMED.match(s.text):
                continue  # "The attack was claimed on Monday by JNIM, which said its fighters had seized weapons": told before
            # (any of its acts: "claimed responsibility for the attack on Monday, saying it had targeted the party")
            if cands and any(w in s.text for w in _CLAIM_WORDS) \
                    and any(_CLAIM_OF_IT.search(s.text, 0, t.start - s.start) for t in cand.triggers):
                continue  # "ISWAP claimed responsibility for the attack in a statement on Wednesday": told before
            if cands and "its " in s.text and (own := _ITS_MAN_DID_THE_ACT.search(s.text)) is not None \
                    and own.start() <= cand.trigger.start - s.start < own.end():
                continue  # "The TTP said in a statement that one of its fighters had carried out the attack": told before
            if cands and news and cands[-1].family in ("violence", "remote") and "that it" in s.text \
                    and s.paragraph == cands[-1].sentences[-1].paragraph and s.index - cands[-1].sentences[-1].index <= 2 \
                    and (says := _SIDE_SAYS_IT_DID.match(s.text)) is not None and cand.trigger.start - s.start >= says.end() \
                    and not places and not any(m.kind == "day" for m in _dates_of(ctx, s)):
                # "Militants ambushed an army convoy near Niono on Thursday ... JNIM said in a statement that it had killed
                # 30 soldiers and destroyed several vehicles": a side's own account of the act told just before, its
                # figures a claim weighed with the report's
                if (s.start, s.end) not in cands[-1].outcomes:
                    cands[-1].outcomes.append((s.start, s.end))
                continue
            if news and s.index > 0 and " when " in s.text and (began := _WAR_BEGAN_WHEN.search(s.text)) is not None \
                    and cand.trigger.start - s.start >= began.end():
                continue  # "The war began when Hamas-led gunmen stormed southern Israel on Oct. 7": how the war began, history
            if cands and news and cands[-1].family in ("violence", "remote") and "its " in s.text \
                    and (own := _ITS_FORCE_STRUCK_THERE.search(s.text)) is not None \
                    and own.start() <= cand.trigger.start - s.start < own.end() \
                    and s.paragraph - cands[-1].sentences[-1].paragraph <= 3 \
                    and not any(m.kind == "day" for m in _dates_of(ctx, s)):
                # "An Israeli air strike flattened a family home in the Jabalia camp ... // The Israeli military said its
                # aircraft had struck 'a Hamas terrorist' in the area": the side's account of the act told before
                continue
            if cand.trigger.sub_event_type == "Arrests" and len(cand.triggers) == 1 and (
                    (news and _IN_CONNECTION.search(s.text)) or s.index == quarrel_at + 1
                    or (_CRIME_SUSPECT.search(s.text) and not _armed_named(cand, ctx, _NON_STATE))) \
                    and not _POLITICAL_FIGURE.search(s.text):
                # "Seven people have been detained in connection with the killing", "... following a dispute over
                # money, police said. Two people have been arrested.": a crime's inquiry, no new event (in a note too:
                # "... stabbed his wife to death during a domestic quarrel. The suspect was arrested at the scene.";
                # and "Police arrested a man suspected of stabbing his neighbour to death": a crime suspect's arrest)
                continue
            if (year := _YEAR_NAMED_ACT.search(article.text, max(s.start, cand.trigger.start - 40), cand.trigger.start)
                    or _YEAR_NAMED_ACT_THAT.search(article.text, max(s.start, cand.trigger.start - 120), cand.trigger.start)) \
                    and int(year.group("year")) < article.published.year:
                # (or its toll told in a clause after it: "the 1994 genocide, in which around 800,000 people were killed",
                # "the 2013 Westgate mall attack that killed 67 people")
                continue  # "sentenced ... over the 2014 Kobani protests": an act of a past year, named by it
            if cand.family == "violence" and _PRIVATE_QUARREL.search(s.text) and not _armed_named(cand, ctx):
                quarrel_at = s.index
                continue  # "a man was stabbed to death following a dispute over money": a private quarrel, no political act
            if cand.family in ("demonstration", "strategic") and _ORDINARY_THEFT.search(s.text) \
                    and not _CROWD_OR_HARM.search(s.text) and not _armed_named(cand, ctx):
                continue  # "Thieves broke into a mobile phone shop and stole goods": a burglary, no one's political act
            if cand.family in ("violence", "remote") and _ACCIDENT_CAUSE.search(s.text) and (
                    not _armed_named(cand, ctx) or (_VEHICLE_MISHAP.search(s.text) and not _HOSTILE_CAUSE.search(s.text))):
                # (a force's own vehicle too: "An army helicopter crashed in bad weather ..., killing three crew members")
                continue  # "a bus crash killed 12 people", "officials blamed a gas leak": an accident, no one's act
            if cand.family == "violence" and s.index + 1 < len(sentences) and "own li" in sentences[s.index + 1].text \
                    and _OWN_LIFE.search(sentences[s.index + 1].text) and _FOUND_DEAD.search(cand.trigger.text):
                # "a police officer was found dead in his house. Police said he had taken his own life." (not a
                # killer's: "A gunman killed five people. He then took his own life.")
                continue
            if cand.family in ("violence", "demonstration") and _SPORT_VERB.match(cand.trigger.text) \
                    and len({w.lower() for w in _SPORT.findall(s.text)}) >= 2 \
                    and not _REAL_HARM.search(s.text) and not _armed_named(cand, ctx):
                # "Arsenal attacked relentlessly and killed off the game with two late goals": a match (fans who
                # fought after it, hurting people, still riot)
                continue
            if brief and s.index > 0 and _long_ago_span_only(_dates_of(ctx, s), cand.scope, article.published):
                continue  # "The region has seen repeated attacks since 2014": a note's backdrop, no event
            if _act_of_a_past_year(ctx, s, cand):
                # "for helping the gunmen who attacked the Westgate shopping mall in 2013, killing 67 people", "wounds
                # sustained in a 2022 separatist bomb attack": an act of a year before the report's, whatever day its
                # sentence tells of the court, funeral or report
                continue
            if _an_earlier_year_only(ctx, s, cand):
                # "NPA rebels attacked a police station in late 2022, officials recalled on Monday": an act told only by
                # its year, long before the report (ACLED dates no event by its year alone)
                continue
            began = None if brief else _began_days_ago(_dates_of(ctx, s), cand.scope, article.published)
            if news and "in " in s.text and _outbreak_months_ago(s, cand, ctx):
                outbreak_at = s.index
                continue  # "Clashes erupted in May over demands by the Meitei community ...": how a conflict began
            if s.index == outbreak_at + 1 and sentences[outbreak_at].paragraph == s.paragraph \
                    and _TOLL_SO_FAR.search(s.text) and not any(m.kind == "day" for m in _dates_of(ctx, s)):
                continue  # "... More than 170 people have been killed": the toll of that conflict since it began
            if s.index == tally_at + 1 and sentences[tally_at].paragraph == s.paragraph \
                    and _HAD_BEEN_KILLED.search(s.text) and not any(m.kind == "day" for m in _dates_of(ctx, s)):
                # ("105 Armenian soldiers had been killed since the start of the fighting. Azerbaijan's defence ministry
                # said 71 of its servicemen had been killed.": the other side's tally of the same period)
                continue
            if "ed " in s.text and _TAKEN_OVER_A_YEAR.search(s.text) \
                    and not any(m.kind == "day" for m in _dates_of(ctx, s)):
                continue  # "More than 4,700 people were kidnapped in Nigeria last year": a year's count, no act
            # (not a period told in a trailing remark on the act: "..., marking the first town in the region to fall to
            # the resistance this year")
            if not brief and began is None and (
                    _is_summary_only([m for m in _dates_of(ctx, s) if not _MARKING_BEFORE.search(
                        article.text, max(s.start, m.start - 150), m.start)], cand.scope)
                    or _is_toll_summary(s, cand, ctx)):
                continue
            cand.date = _units_before(ctx, s, cand) or _pick_date(_own_dates(_dates_of(ctx, s), s, cand), cand.scope) \
                or began
            if cand.date is None and not brief and any(m.kind == "reference" and date_lib.PLANNED in m.rule
                                                       and _in_scope(m.start, cand.scope) for m in _dates_of(ctx, s)):
                continue  # "Student unions have announced a march in Makurdi next Monday": still to come
            # "On 19 July, a video emerged showing a mob parading two women naked; the incident occurred on 4 May"
            occurred = next((m for m in _dates_of(ctx, s) if m.kind == "day" and m.start > cand.trigger.end
                             and _OCCURRED_ON.search(article.text, max(0, m.start - 50), m.start)), None) \
                if "ccurred" in s.text or "took place" in s.text or "happened" in s.text else None
            if occurred is not None:
                cand.date = occurred
            if cand.date is None and any(_names_an_act(m) for m in _dates_of(ctx, s)):
                # "The Jan. 28 bombing killed three soldiers", "Saturday's rocket attack on the Golan Heights": the act
                # named by its day is this one, its day the act's
                cand.date = next((m for m in _dates_of(ctx, s) if _names_an_act(m)
                                  and _in_scope(m.start, cand.scope)
                                  and _NAMED_ACT_NEXT.fullmatch(article.text, m.end, cand.trigger.start)), None)
            if cand.date is None and brief:  # a note dated by a span ("between 25 August and 5 September")
                # but a protest is not dated by when its grievance began ("unpaid since May")
                # (after the first sentence a duration dates nothing: "Fighting continued for several
                # days" goes on from the date before)
                cand.date = next((m for m in _own_dates(_dates_of(ctx, s), s, cand)
                                  if _in_scope(m.start, cand.scope) and m.kind != "reference"
                                  and not (s.index > 0 and m.rule.startswith("span-for"))
                                  and not (cand.family == "demonstration" and m.text.lower().startswith("since"))),
                                 None)
            if cand.date is None and cand.background:
                cand.date = _pick_date(_not_the_days_spoken(_dates_of(ctx, s), s, cand), (s.start, s.end))
            if cand.date is None:
                # "police baton-charged dozens of youths who had been staging a sit-in ... on Saturday", "detained
                # supporters who had gathered in Lahore yesterday": the day told of those the act was done to
                # (or of those the act's own words tell: "fired tear gas at protesters who had blocked a road in Nantes on
                # Thursday", the day the relative clause gave, set aside as an earlier act's, is the only one told)
                rel = _WHO_HAD.search(s.text, cand.trigger.start - s.start, cand.trigger.end - s.start + 60)
                if rel is not None:
                    cand.date = next((m if m.kind == "day" else dataclasses.replace(m, kind="day")
                                      for m in _dates_of(ctx, s) if m.precision == 1 and m.start >= s.start + rel.end()
                                      and (m.kind == "day" or (m.kind == "reference" and date_lib.EARLIER_ACT in m.rule))),
                                     None)
            if cand.date is None and s.index > 0:
                cand.date = _header_date(ctx, sentences[s.index - 1], s)
            if cand.date is None and news and s.index > 0:
                # "On Monday, police units launched an operation to push the gang out of Cabaret. Lazarre said four gang
                # members were killed in the ensuing gunfight": the day the paragraph opened with
                prev = sentences[s.index - 1]
                fronted = _FRONTED_TIME.match(prev.text) if prev.text.startswith(("On ", "Late ", "Early ", "In the ")) \
                    else None
                if prev.paragraph == s.paragraph and fronted is not None:
                    cand.date = next((m for m in _dates_of(ctx, prev) if m.kind == "day"
                                      and m.start - prev.start < max(20, fronted.end())), None)
            for part in _split_at_semicolon(cand, places, article.text):
                _fatalities_for(part, ctx)
                if s.end <= ctx.headline_end:
                    # a headline's clause of its own act ("Grenade blast at bus terminal kills two; soldiers die in NPA
                    # ambush": the soldiers are not the grenade's)
                    # (a clause with no act of its own still tells this one's: "...; army blames ELN")
                    cut = article.text.find("; ", part.scope[0], part.scope[1])
                    if cut > 0:
                        own_clause = (part.scope[0], cut) if part.trigger.start < cut else (cut + 2, part.scope[1])
                        other = (cut + 2, part.scope[1]) if part.trigger.start < cut else (part.scope[0], cut)
                        # ("Israeli strikes kill two in south Lebanon; clan gunfight leaves one dead in Baalbek": a clause
                        # with deaths of its own tells another act, though its words are no trigger)
                        if any(not own_clause[0] <= t.start < own_clause[1] for t in det.triggers) \
                                or _HEADLINE_HARM.search(article.text, *other):
                            part.scope, part.regions = own_clause, [own_clause]
                    # a headline names the places of the body's events ("Missiles hit Kyiv and Lviv"): it
                    # is told again below, its deaths not split over them
                    own = [p for p in places if _in_scope(p.start, part.scope)]
                    part.place = _best_place(own, article.text) if own else None
                    cands.append(part)
                    continue
                for c in _split_by_place(part, places, article.text, brief):
                    if c.place is None and hint and "capital" in s.text and c.family != "strategic":
                        # "Police fired tear gas at opposition supporters in the capital on Thursday": the capital is the
                        # act's town (else the lead, with no place, is read as the next sentence's act in another town)
                        # (not arrests counted after a protest: "Police said 301 people were detained in the capital" are
                        # the protest's, merged with it)
                        c.place = next((r for r in place_lib.capital_told(s.text, country_hint=hint, offset=s.start)
                                        if _in_scope(r.start, c.scope) and not _in_scope(r.start, ctx.dateline_span)
                                        and not _SPOKE_IN.search(article.text, max(0, r.start - 40), r.start)), None)
                    cands.append(c)
    # split fatalities across candidates that came from one sentence and clause
    by_scope: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_scope.setdefault(c.scope, []).append(c)
    for group in by_scope.values():
        own_counts = _counts_by_place(group, article.text) if len(group) > 1 else None
        if own_counts is not None:
            # "killing 33 people in Kyiv and 10 in Kryvyi Rih": each town's own figure, not shares of a total
            for i, (c, n) in enumerate(zip(group, own_counts, strict=True)):
                c.fatalities = n
                c.fatality_rules = c.fatality_rules + [f"the figure told for {c.place.text!r}"]
                c.place_split, c.place_share = len(group), i
            continue
        if len(group) > 1 and not _per_place(group[0], article.text):
            for i, (c, n) in enumerate(zip(group, split_total(group[0].fatalities, len(group)), strict=True)):
                if c.fatalities:
                    c.fatality_rules = c.fatality_rules + [f"split over {len(group)} places"]
                c.fatalities = n
                c.place_split, c.place_share = len(group), i
    if brief and not cands:
        tagged = _size_tagged_gathering(ctx)
        if tagged is not None:
            cands.append(tagged)
    _units_to_towns(cands)
    if news:
        _date_same_time(cands, article.text)
    # (a short wire story under a dateline tells its event over sentences as a longer one does, not as a note:
    # "GUSAU, Nigeria (AP) - Armed bandits stormed a village in Zamfara state ... // The attackers arrived ... in Kadawa
    # village in Gusau local government area")
    merged = _merge(cands, brief and dateline == (0, 0), article.text, ctx.headline_end,
                    ctx.country.name if ctx.country else "")
    head_end = ctx.headline_end
    if head_end and any(c.sentences[-1].end > head_end for c in merged):
        # "Police fire tear gas in Lahore; one killed in Karachi", "six killed as police clash with
        # protesters": a headline's act that joined no event of the body is one of them told again
        merged = [c for c in merged if c.sentences[-1].end > head_end]
    _attach_outcome_sentences(merged, ctx)
    _attach_toll_updates(merged, ctx)
    _where_when_told_after(merged, ctx)
    if not brief:
        merged = _leads_told_later(merged, ctx)
    _share_placeless_regions(merged, ctx)
    for c in merged:
        if len(c.regions) > 1 or c.outcomes:
            _fatalities_for(c, ctx)
            if c.place_split <= 1:
                continue
            # ("protests in Khartoum and Omdurman. Security forces shot dead three protesters in Omdurman":
            # deaths told apart, in a sentence naming this event's own place, are its own)
            told_apart = [a for a, _ in c.fatality_spans if not c.scope[0] <= a < c.scope[1]
                          and _names_only(ctx, a, c.place)] if c.place is not None else []
            own_deaths = bool(told_apart) and len(told_apart) == len(c.fatality_spans)
            if told_apart and not own_deaths:
                # "strikes on Kharkiv and Odesa killed at least four ... In Odesa, drones killed one man": the place's
                # own figure, not its share of the total as well
                detail = dataclasses.replace(c, regions=[r for r in c.regions if r != c.scope])
                _fatalities_for(detail, ctx)
                if detail.fatalities:
                    c.fatalities, c.fatality_spans = detail.fatalities, detail.fatality_spans
                    c.fatality_rules = detail.fatality_rules + ["the place's own figure, not its share of the total"]
                    own_deaths = True
            if c.fatalities and not own_deaths and not _per_place(c, ctx.article.text):
                # deaths read again over the merged sentences include a total told for several towns
                c.fatalities = split_total(c.fatalities, c.place_split)[c.place_share]
                c.fatality_rules = c.fatality_rules + [f"split over {c.place_split} places"]
    _split_told_totals(merged, ctx, brief)
    if not brief:
        merged = [c for c in merged if not _told_in_detail(c, merged, ctx)
                  and not (c is merged[0] and _over_places(c, merged, ctx.country.name if ctx.country else ""))]
    kept = [c for c in merged if brief or not c.weak or (c.date and c.date.precision == 1) or c.place or c.fatalities]
    if not brief:  # "brief" triggers (security measures, displacement) are coded from notes only
        kept = [c for c in kept if any(t.rule.strength != "brief" for t in c.triggers)]
    else:
        # "Gunmen raided the village. Security officers were deployed to the area.": a response or
        # flight told after the violence is part of its story, not an event of its own
        violence = min((c.sentences[0].index for c in kept if c.family in ("violence", "remote")), default=None)
        kept = [c for c in kept if violence is None or c.sentences[0].index <= violence
                or any(t.rule.strength != "brief" for t in c.triggers)]
    return [c for c in kept if brief or _has_anchor(c) or len(c.sentences) > 1 or _has_actor_words(c, ctx)], ctx


def _leads_told_later(events: list[Candidate], ctx: _Context) -> list[Candidate]:
    """A lead's act with no day of its own ("Niger's army said on Monday it had killed 31 ... last week, while a
    roadside bomb killed six civilians ... near the border"), told again further down with its day and town
    ("On Saturday, a minibus ... struck an explosive device on the road from Firgoun"): one event, the detail's day
    and place, the detail's figures over the lead's."""
    lead_paragraph = next((s.paragraph for s in ctx.sentences if s.start >= ctx.headline_end), None)
    gone: set[int] = set()
    for c in events:
        # (a headline told again in the lead counts; a clause of the lead told as background too: "..., while a
        # roadside bomb killed six civilians in a separate incident")
        if max(s.paragraph for s in c.sentences) != lead_paragraph or c.family not in ("violence", "remote") \
                or c.place_split > 1:
            continue
        vague = c.date is None or not _own_day(c) or (c.date.kind in ("week", "month") and c.date.first is None)
        if not vague:
            continue
        later = [d for d in events if d is not c and id(d) not in gone and d.paragraph > lead_paragraph
                 and d.family in ("violence", "remote") and not d.background and d.date is not None
                 and d.date.kind == "day" and d.date.precision == 1 and _own_day(d)
                 and (c.trigger.sub_event_type == d.trigger.sub_event_type
                      or (c.family == d.family == "violence" and GENERIC_VIOLENCE in (c.trigger.sub_event_type,
                                                                                     d.trigger.sub_event_type)))
                 and _in_lead_range(c, d)
                 and (c.place is None or d.place is None or c.place.place.admin1 == d.place.place.admin1)]
        if len(later) != 1 or _opens_new_scene(later[0], c):
            continue
        d = later[0]
        d.summary = d.summary or c.regions[0]
        # (the detail's own sentences first: its actors and place are told there)
        d.sentences.extend(x for x in c.sentences if x not in d.sentences)
        d.regions.extend(r for r in c.regions if r not in d.regions)
        d.triggers.extend(c.triggers)
        if d.place is None or (c.place is not None and c.place.geo_precision < d.place.geo_precision):
            d.place = c.place
        gone.add(id(c))
    return [c for c in events if id(c) not in gone]


def _in_lead_range(c: Candidate, d: Candidate) -> bool:
    """d's day falls in the week or month the lead told (any day, when it told none of its own)."""
    if c.date is None or not _own_day(c) or c.date.kind == "day":
        return True
    if c.date.kind == "week":
        return abs((d.date.date - c.date.date).days) <= 3
    return (d.date.date.year, d.date.date.month) == (c.date.date.year, c.date.date.month)


def _told_in_detail(c: Candidate, events: list[Candidate], ctx: _Context) -> bool:
    """A lead that sums up violence in several places ("Russian attacks killed seven civilians in the
    Kharkiv and Odesa regions over the past day"), each told in detail later with its own day: the
    lead is their summary, not events of its own. So is one told "across Ukraine" (or the country), with
    its places told after it."""
    if c.family not in ("violence", "remote", "demonstration"):
        return False
    country = ctx.country.name if ctx.country else ""
    across = any(_NATIONWIDE.search(s.text) or (country and f"across {country}" in s.text) for s in c.sentences)
    if across:
        details = [d for d in events if d is not c and d.family in ("violence", "remote", "demonstration")
                   and d.paragraph > c.paragraph and d.place is not None]
        dated = [d for d in details if d.date is not None]
        summary_day = c.date is None or c.date.precision > 1 or _REPORTED_ON.search(
            ctx.article.text, max(0, c.date.start - 30), c.date.start)
        if summary_day and len({d.place.place.name for d in dated}) >= 2:
            return True
        # (a lead told at the country only, on its own day, when each place told after it is of that day: "At least
        # three people were killed on Sunday as opposition activists clashed with police during a nationwide strike //
        # In Bogura, two ... // In Dhaka, strikers set fire to buses ...")
        if c.family == "violence" and c.place is None and c.date is not None \
                and all(d.date is None or d.date.date == c.date.date for d in details) \
                and len({d.place.place.name for d in details}) >= 2:
            return True
    if c.family == "demonstration" or c.place_split < 2 or c.place is None:
        return False
    own_day = c.date is not None and not _REPORTED_ON.search(ctx.article.text, max(0, c.date.start - 30), c.date.start)
    if own_day:
        return False
    where = c.place.place
    # (the detail tells the same kind of act: "guards taken hostage in Cuenca" is not told again by "a car bomb
    # damaged a bridge in Cuenca")
    return any(d is not c and d.family in ("violence", "remote") and d.paragraph > c.paragraph and d.date is not None
               and (c.trigger.sub_event_type == d.trigger.sub_event_type
                    or GENERIC_VIOLENCE in (c.trigger.sub_event_type, d.trigger.sub_event_type))
               and d.place is not None and d.place.place.country == where.country
               and (d.place.place.name == where.name or d.place.place.admin1 == (where.admin1 or where.name))
               for d in events)


# "fatalities split across three events", "deaths divided between the two townships": the total
# covers more events than this text codes, so each coded event takes its share
_SPLIT_TOLD = re.compile(
    r"\b(?:split|divided|distributed|spread|coded)\s+(?:\w+\s+){0,3}?(?:across|between|among|over|into)\s+"
    r"(?:the\s+)?(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:separate\s+|different\s+)?"
    r"(?:events?|townships?|locations?|villages?|places?|districts?|days?|incidents?|areas?)\b", re.I)


def _header_date(ctx: _Context, prev: Sentence, s: Sentence) -> date_lib.DateMention | None:
    """The date of a header sentence that is only a date ("05 July.", "23 March:"), which dates
    the report under it."""
    if prev.paragraph != s.paragraph or len(prev.text) > 40:
        return None
    dates = [m for m in _dates_of(ctx, prev) if m.kind in ("day", "week", "month")]
    if len(dates) != 1:
        return None
    rest = prev.text[:dates[0].start - prev.start] + prev.text[dates[0].end - prev.start:]
    return dates[0] if not re.search(r"\w", rest) else None


def _split_told_totals(cands: list[Candidate], ctx: _Context, brief: bool) -> None:
    said: dict[int, re.Match[str] | None] = {}  # by paragraph: what it says of a split, read once
    for c in cands:
        if not c.fatalities:
            continue
        if c.paragraph not in said:
            told = ctx.article.text if brief else " ".join(s.text for s in ctx.sentences if s.paragraph == c.paragraph)
            said[c.paragraph] = _SPLIT_TOLD.search(told)
        m = said[c.paragraph]
        n = parse_number(m.group("n")) if m else None
        sharing = [o for o in cands if o.fatalities and o.paragraph == c.paragraph]
        if n is None or n <= len(sharing):
            continue
        share = split_total(c.fatalities, n)[0]
        c.fatality_rules = c.fatality_rules + [f"total split over {n} events as the text says ({m.group(0)!r}): {share}"]
        c.told_split = (c.fatalities, n)
        c.fatalities = share


# what an actor has done again and again, told with no day: a backdrop
_HABITUAL = re.compile(
    r"\b(?:has|have)\s+(?:been\s+)?(?:\w+\s+)?(?:repeatedly|frequently|often|regularly|increasingly|long)\b|"
    r"\b(?:has|have)\s+(?:stepped up|intensified|escalated|increased)\b|"
    # ("Ukrainian shelling and drone attacks have killed civilians in Belgorod and other border regions")
    r"\b(?:attacks|strikes|shelling|raids|bombings|bombardments)\s+(?:have|has)\s+(?:also\s+)?(?:killed|wounded|injured)\b|"
    # ("Several women leading search groups have themselves been killed or gone missing")
    r"\b(?:have|has)\s+(?:themselves\s+|also\s+)?been\s+(?:killed|murdered|abducted|kidnapped|attacked)\s+or\s+"
    r"(?:gone\s+missing|disappeared|been\s+\w+)\b|"
    # "Kherson ... is shelled almost daily by Russian troops"
    r"\b(?:is|are)\s+(?:[\w-]+\s+){1,2}?(?:almost\s+|nearly\s+|virtually\s+)?(?:daily|nightly|every day|every night)\b|"
    # "Israel and Hezbollah have exchanged fire almost daily since ..."
    r"\b(?:has|have)\s+(?:[\w-]+\s+){1,3}?(?:almost|nearly|virtually)\s+(?:daily|nightly|every day|every night)\b|"
    # what a group has the means to do: "where cartels extort farmers and have used drones to drop explosives"
    r"\b(?:has|have)\s+(?:also\s+)?(?:used|deployed|employed)\s+(?:[\w-]+\s+){1,3}?to\s+(?:drop|attack|strike|target|bomb|"
    r"carry|launch|hit)\b|"
    r"\b(?:has|have)\s+(?:both\s+|each\s+|repeatedly\s+)?been\s+accused\s+of\b|"
    # ("rights groups ... have accused them of summary executions, torture and looting": charges with no day)
    r"\b(?:has|have)\s+(?:also\s+|long\s+|repeatedly\s+)?accused\s+(?:[\w-]+\s+){1,4}?of\b|"
    r"\b(?:several|many|multiple|numerous|repeated|countless)\s+times\s+(?:this|last|in the past|before|since|over|already)\b|"
    # "Clashes between students of colleges in the area are frequent."
    r"\b(?:are|is)\s+(?:\w+\s+)?(?:frequent|commonplace|common|routine|a regular occurrence)\b",
    re.I)  # ("stabbed multiple times" is how one act was done)
_WORST_OF_THEM = re.compile(r"The (?:deadliest|bloodiest|worst|most violent|largest|biggest) (?:single )?(?:incident|attack|"
                            r"clash|episode|massacre|day|protest|confrontation)\b")
_DOES_NOW_WORDS = (" now ", "often", "regularly", "frequently", "routinely", "usually", "typically", "increasingly",
                   " still ")
# what a group does, in the present ("They now raid villages", "bandits regularly attack travellers")
_DOES_NOW = re.compile(r"\b(?:they|gangs|groups|militants|bandits|jihadists|insurgents|rebels|fighters|gunmen|militias)\s+"
                       r"(?:now|often|regularly|frequently|routinely|usually|typically|increasingly|still)\s+"
                       r"(?:raid|kill|attack|kidnap|abduct|loot|burn|steal|ambush|target|shoot|rob|extort)\b", re.I)
# fighting told as the area's backdrop: in the area, and often, lately or before the event told
_AREA_CONTEXT = re.compile(
    r"^(?=.*\b(?:fight\w*|fought|clash\w*|battl\w*|hostilities|skirmish\w*|exchanges? of fire)\b)"
    r"(?=.*\b(?:in|around|near|across) the (?:area|areas|region|vicinity|surrounding areas?)\b)"
    r"(?=.*\b(?:frequently|often|regularly|repeatedly|ongoing|recently|lately|for (?:days|weeks|months)|"
    r"(?:has|have|had) (?:\w+ )?(?:been|occurred|taken place|fought|clashed)|"
    r"(?:a |one |two |three |several |\d+ )?(?:day|days|week|weeks) before)\b)", re.I | re.S)


# a game told in words of violence ("attacked", "killed off the game", "beat India")
_SPORT_VERB = re.compile(r"(?:attack|beat|kill|thrash|defeat|crush|hammer|rout|clash|fought|fight|storm)", re.I)
_SPORT = re.compile(r"\b(?:goals?|scored|matches|match|game|league|final|striker|football|soccer|cricket|rugby|tournament|"
                    r"innings|wickets?|second half|first half|half-time|penalt(?:y|ies)|trophy|champions)\b", re.I)
_REAL_HARM = re.compile(r"\b(?:injur\w*|wound\w*|dead|died|deaths?|arrest\w*|tear ?gas|stones?|hurt|hospitali[sz]ed|"
                        r"stabbed|looted|vandali[sz]ed|torched)\b", re.I)
# the agent of a passive act, told right after it: "presumed to have been detained | by one of the armed groups"
_AGENT_AFTER_ACT = re.compile(r"\s*by\s+(?:[\w'’-]+\s+){0,4}$", re.I)
# the day the act told before took place: "...; the incident occurred on 4 May 2023"
_OCCURRED_ON = re.compile(r"\b(?:incident|attack|assault|killing|clash(?:es)?|violence|crime|abduction|shooting)\s+"
                          r"(?:had\s+)?(?:took place|occurred|happened)\s+(?:on|around)\s+(?:the\s+)?$", re.I)
# the force that stopped the doer afterwards: "killing 8 people before being shot dead by police"
# (not "after being assaulted by police": that is the act the victim died of)
_DOER_STOPPED_BY = re.compile(r"\b(?:before|until)\s+(?:being|he was|she was|they were|he had been)\s+"
                              r"(?:[\w-]+\s+){1,3}?by\s+(?:the\s+|a\s+)?$", re.I)
_PASSIVE_BETWEEN = re.compile(r"\b(?:was|were|been|being)\b", re.I)
# a group owning an act: "claimed responsibility", "claimed the attack", "said it carried out"
_OWNS_IT = re.compile(r"\bclaim(?:ed|s|ing)? (?:responsibility|the (?:attack|killing|bombing|ambush|raid|strike)s?)|"
                      r"\btook responsibility\b|\bresponsible for\b|\bblam(?:ed|es|ing)\b|\bcarried out by\b|"
                      r"\b(?:said|says) (?:it|they) (?:had |has |have )?(?:carried out|attacked|killed)", re.I)
# a group's own claim, not a blame ("Officials blamed the OLA" is often said of another act)
_TOOK_RESPONSIBILITY = re.compile(r"\b(?:claim(?:ed|s|ing)? (?:responsibility|credit)|took responsibility)\b", re.I)
_OWN_LIFE_WORDS = r"(?:took|taken|take|taking) (?:his|her|their) own li(?:fe|ves)"
_OWN_LIFE = re.compile(rf"\b{_OWN_LIFE_WORDS}\b", re.I)
_FOUND_DEAD = re.compile(r"\b(?:found|discovered|recovered)\b|\bbod(?:y|ies)\b|\bdied\b", re.I)
_MASS_GRAVE = re.compile(r"\bmass (?:graves?|burial sites?|burials)\b", re.I)
# a crime's inquiry and a private quarrel: no political act
# (unless the one arrested is a political figure: "arrested a former home minister ... in connection with a corruption
# case" is ACLED's arrest of a significant person)
_POLITICAL_FIGURE = re.compile(r"\b(?:(?:former|ex-|deputy|opposition|prime) ?)?(?:minister|lawmaker|legislator|senator|mayor|"
                               r"governor|MP|parliamentarian|party (?:leader|chairman|president|secretary)|opposition leader)\b")
_IN_CONNECTION = re.compile(r"\bin connection with (?:the |a |an |that |this |last \w+'s |[A-Z]\w+day's )?(?:[\w-]+ ){0,2}?"
                            r"(?:killings?|murders?|deaths?|attacks?|lynching|robbery|robberies|theft|crimes?|case|incident|"
                            r"assault|shooting|stabbing|kidnapping|abduction|bombing|blast)\b", re.I)
# a violent crime the people arrested are suspected of, with no group named: "arrested a man suspected of stabbing his
# neighbour" (property crimes are dropped at detection: detect._COMMON_CRIME)
_CRIME_SUSPECT = re.compile(r"\b(?:suspected|accused) of (?:having )?(?:stabbing|killing|murdering|raping|defiling|assaulting|"
                            r"(?:a |the )?(?:murder|rape))\b|"
                            r"\b(?:arrested|detained) (?:[\w-]+ ){1,4}?(?:over|for) (?:the |an? )?(?:alleged )?(?:murder|rape|"
                            r"defilement|stock theft|possession of (?:drugs|narcotics|bhang|cannabis))\b", re.I)
_PRIVATE_QUARREL = re.compile(r"\b(?:following|after|over|during) an? (?:personal|domestic|family|marital|business|financial|"
                              r"drunken) (?:dispute|quarrel|row|feud|argument|disagreement)\b|\b(?:dispute|quarrel|row|argument|"
                              r"disagreement) over (?:money|an? (?:debt|loan|payment|woman|girlfriend|love affair|parking (?:space|spot)"
                              r"|phone|drink)|debts|a bill)\b|"
                              # "A man stabbed his wife to death": one person's crime against his own kin (not a
                              # neighbour: "a man shot dead his neighbour ... following a land dispute" is communal)
                              r"\b(?-i:A|a) (?:man|woman|resident|villager) (?:\w+ ){0,2}(?:killed|stabbed|shot|hacked|beat) "
                              r"(?:dead |to death )?(?:his|her) (?:\w+ )?(?:wife|husband|girlfriend|boyfriend|brother|"
                              r"sister|father|mother|son|daughter|uncle|cousin|friend|landlord|tenant|employer)\b",
                              re.I)
# a theft by thieves or one person, no crowd's and no armed group's
_ORDINARY_THEFT = re.compile(r"\b(?:(?<!armed )(?:thieves|burglars|robbers|shoplifters|pickpockets)|(?-i:A|a) (?:thief|burglar|robber|man|"
                             r"woman|suspect)) (?:\w+ ){0,2}(?:broke into|stole|robbed|burgled|broke in)\b", re.I)
_CROWD_OR_HARM = re.compile(r"\b(?:mobs?|crowds?|residents|villagers|lynch\w*|protest\w*|demonstrat\w*|killed|shot|wounded|"
                            r"injured|hacked|stabbed|beat(?:en)?|guns?|gunpoint|machetes?|rifles?)\b", re.I)
_YEAR_NAMED_ACT_THAT = re.compile(r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,3}?(?:genocide|massacres?|attacks?|bombings?|"
                                  r"war|uprising|riots?|protests?|coup|killings?|siege|raid|ambush|assault|shooting|crackdown|"
                                  r"violence|conflict|clashes|blast|explosion)(?:,?\s+in\s+which|,?\s+(?:that|which))\s+"
                                  r"(?:[\w'’,-]+\s+){0,9}$", re.I)
_YEAR_NAMED_ACT = re.compile(r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}"
                             # (a site named too: "the 2013 Westgate mall attack"; not "the 2008 constitution")
                             r"(?:(?:mall|market|church|mosque|school|hotel|stadium|embassy|bus|train|hospital|university|"
                             r"village|station|airport|parliament|election|post-election|pre-election|border|truck|lorry|car|"
                             r"knife|gun|bomb|suicide|terror|terrorist|bakery|cafe|concert|nightclub|festival|beach|"
                             r"prison|jail|camp|massacre)\s+)?$", re.I)
_VEHICLE_MISHAP = re.compile(r"\b(?:helicopter|plane|aircraft|jet|truck|lorry|vehicle|bus|boat|vessel|convoy)\s+(?:\w+\s+)?"
                             r"(?:crashed|overturned|capsized|plunged|veered|collided|skidded)\b", re.I)
_HOSTILE_CAUSE = re.compile(r"\b(?:shot down|downed|hit by|struck by|attack\w*|fired|missile|rocket|ambush\w*|mine|ied|bomb\w*|"
                            r"explosi\w*|gunmen|militants|rebels|insurgents)\b", re.I)
# the causes of deaths that are no one's act (an accidental shooting by a force is still the force's)
_ACCIDENT_CAUSE = re.compile(r"\b(?:(?:road|traffic|car|bus|truck|boat|plane|train) (?:accident|crash)|accident|"
                             # (not a weapon's: "an attack drone crashed into an apartment building")
                             r"(?<!drone )(?<!missile )(?<!rocket )crash(?:ed)?|"
                             r"collision|collided|gas leak|leaking gas|gas cylinder|gas explosion|short circuit|electrical fault|"
                             # ("an explosion at a fireworks warehouse", "when a pit collapsed", "a building collapse")
                             r"fireworks?|(?:pit|mine|building|wall|bridge|roof|shaft|tunnel|dam) (?:collapse[ds]?|caved in)|collapsed|"
                             r"lightning|landslides?|mudslides?|flood(?:s|ing|waters)?|drown(?:ed|ing)|capsized|"
                             # ("a heat wave killed 12 people", "when a gold mine flooded")
                             r"heat ?waves?|extreme heat|heatstroke|cold (?:snap|wave)s?|(?:mine|pit|shaft|tunnel)s? (?:was |were )?flooded|"
                             # (a driver who "lost control and rammed into vehicles and traders")
                             r"lost control|failed to brake|brake failure|"
                             # ("an explosion of ammonium nitrate stored at the port")
                             r"earthquakes?|quake|typhoons?|cyclones?|hurricanes?|tornado(?:es)?|tsunami|volcan\w*|"
                             # (not a train an explosion derailed: "derailed after an explosion on the line", sabotage)
                             r"plunged|overturned|derailed(?![^.;]{0,50}\b(?:explosion|blast|bomb|explosives?|sabotage|saboteurs)\b)|"
                             r"stampedes?|crowd crush|crushed to death|trampled|"
                             # (a road death: "knocked down and killed by a speeding vehicle", "hit by a lorry")
                             # (not "ran over an IED", nor one "knocked down by a vehicle belonging to one of her rivals")
                             r"(?:(?<=killed )|(?<=hit )|(?<=struck ))by (?:an? |the )?"
                             r"(?:speeding |passing |runaway )?(?:vehicle|lorry|truck|matatu|car|bus|motorist|minibus|tuk-tuk)s?\b"
                             r"(?! bombs?\b)|(?:an? |the )(?:speeding|runaway) (?:vehicle|lorry|truck|matatu|car|bus|minibus)\b|"
                             # (a suicide, not a suicide bomber; an animal's attack)
                             + _OWN_LIFE_WORDS + r"|committed suicide|died by suicide|"
                             r"(?:by|an?) (?:(?:wild|stray|rogue|man-eating) )?(?:hippo(?:potamus)?|elephant|lion|tiger|crocodile|"
                             r"alligator|buffalo|snake|leopard|hyena|bear|wolf|boar|rhino(?:ceros)?|jaguar|shark|dog|wild animal)s?\b|"
                             r"ammonium nitrate|explosion of (?:\w+ ){0,3}stored|(?:fuel|oil|gas) (?:depot|tanker|pipeline) "
                             r"(?:explosion|exploded|fire|blast)|(?:warehouse|factory) (?:fire|explosion|blast)|"
                             # disease, and a fire in a building with no one told setting it
                             r"(?:cholera|ebola|measles|malaria|covid(?:-19)?|disease|virus) (?:outbreak|epidemic)|"
                             r"(?:died|deaths?) (?:of|from) (?:\w+ )?(?:cholera|ebola|measles|malaria|covid(?:-19)?|disease)|"
                             r"(?:a|the) (?:fire|blaze) (?:at|in) (?:an? |the )?(?:[\w-]+ ){0,2}(?:hall|hotel|hospital|"
                             r"building|club|nightclub|market|factory|warehouse|mall|dormitory|apartment))\b", re.I)


def _event_mentions(cand: Candidate, ctx: _Context) -> list[actor_lib.ActorMention]:
    """The actor mentions of the event's sentences, read for the article's country."""
    country = ctx.country.name if ctx.country else ""
    return _actor_mentions(ctx.article.text, cand.sentences, country, ctx.article.published, cand)


def _armed_named(cand: Candidate, ctx: _Context, inters: set[int] | frozenset[int] = _ARMED) -> bool:
    """An armed actor (a state force, a group, gunmen; or of the inter codes given) is named in the event's sentences."""
    return ctx.country is not None and any(m.inter in inters for m in _event_mentions(cand, ctx))


_A_BORDER_NAMED = re.compile(r"(?:\s*[-–]\s*|\s+and\s+)[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:inter-?(?:state|district)\s+)?border\b", re.I)


def _a_peoples_name(ctx: _Context, cand: Candidate, r: place_lib.PlaceMention) -> bool:
    """A word read as a town that is the name of an ethnic group's armed men ("Marakwet youths", "Pokot raiders")."""
    return any(m.kind == "identity-militia" and m.start <= r.start < m.end for m in _event_mentions(cand, ctx))


def _has_actor_words(cand: Candidate, ctx: _Context) -> bool:
    return ctx.country is not None and bool(_event_mentions(cand, ctx))


def _span_json(text: str, start: int, end: int, rule: str) -> dict:
    return {"text": text[start:end], "span": [start, end], "rule": rule}


def _note(e: Event, sub: str) -> str:
    day = f"{e.event_date.day} {e.event_date:%B %Y}"
    where = e.location + (f" ({', '.join(x for x in (e.admin2, e.admin1) if x and x != e.location)})"
                          if (e.admin1 and e.admin1 != e.location) or e.admin2 else "")
    if e.geo_precision == 2:
        where = "near " + where
    elif e.geo_precision == 3:
        where = "in the area of " + where
    else:
        where = "in " + where
    who = e.actor1 + (f" and {e.actor2}" if e.actor2 else "")
    killed = f" {e.fatalities} reported fatalities." if e.fatalities else " No reported fatalities."
    return f"On {day}, {sub.lower()} involving {who} {where}.{killed}"


# "Puntland officials said no such attack had taken place", "The army said the ambush never happened"
_NEVER_HAPPENED = re.compile(r"\bno such (?:attack|ambush|raid|incident|clash|clashes|fighting|strike|killings?|massacre|"
                             r"event)s? (?:had |has |ever )?(?:taken place|took place|occurred|happened)\b|"
                             r"\b(?:attack|ambush|raid|incident|clash|fighting|strike|killings?|massacre) (?:had |has )?"
                             r"(?:never (?:taken place|took place|occurred|happened)|did not (?:take place|occur|happen))\b", re.I)


def _said_never_to_have_happened(ctx: _Context, cand: Candidate) -> bool:
    """An act the sentence right after it says never happened ("In a statement last week, the Islamic State claimed its
    fighters had killed 'dozens' of Puntland soldiers in an ambush. Puntland officials said no such attack had taken
    place."): a claim the report gives the lie to, no event to code."""
    # (the sentence after the act's own: not a claim merged into an act told before it)
    told = _sentence_holding(ctx, cand.trigger.start)
    return told is not None and told.index + 1 < len(ctx.sentences) \
        and _NEVER_HAPPENED.search(ctx.sentences[told.index + 1].text) is not None


# a year an act was told in ("of the 2011 post-electoral crisis", "still remember 2019, when"), not a state since it
_PAST_YEAR = re.compile(r"\b(?<!since )(?<!since early )(?<!since late )(?:in|of|the|an?|remember|back in|during)\s+"
                        r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)")


def _told_in_a_past_year(cand: Candidate, text: str, published: date) -> bool:
    """An undated act told in a year two or more years before the story, or years ago ("Ten years ago, Boko Haram
    abducted 276 schoolgirls"), its sentences naming no day."""
    return any(int(m.group("year")) <= published.year - 2
               for s in cand.sentences for m in _PAST_YEAR.finditer(text, s.start, s.end)) or any(
        _YEARS_AGO.search(text, s.start, s.end) for s in cand.sentences if " ago" in s.text)


_YEARS_AGO = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|"
                        r"\d+)\s+years?\s+ago\b", re.I)


# a coder's aside of its own, telling where the events are coded ("Location coded at Hpapun District.", "[Event
# geocoded for Laiza]"): ACLED-style notes, where it overrides the places the story names
_CODED_AT_ASIDE = re.compile(r"(?:^|[\[(;]\s*)(?:the\s+)?(?:locations?|events?)\s+(?:(?:is|are|was|were|has been|have been)\s+)?"
                            r"(?:geo-?)?coded\s+(?:at|as|for|in|to)\s+(?:the\s+)?(?=[A-Z])", re.I)


def _coded_at_aside(ctx: _Context) -> place_lib.PlaceMention | None:
    """The place a coding aside names, if the text holds exactly one such aside and it names a place."""
    found = [(s, m) for s in ctx.sentences for m in _CODED_AT_ASIDE.finditer(s.text)]
    if len(found) != 1:
        return None
    s, m = found[0]
    start = s.start + m.end()
    return next((p for p in _places_of(ctx, s) if p.start == start), None)


def extract(article: Article) -> list[Event]:
    """ACLED events reported by one article, each with evidence and provenance."""
    cands, ctx = candidates_for(article)
    if not cands:
        return []
    events: list[Event] = []
    text = article.text
    main_place: place_lib.PlaceMention | None = None  # found on first need: it reads every sentence
    about: place_lib.PlaceMention | None = None  # the place a report filed elsewhere is about (read once, on need)
    about_read = False
    told_dates: list[tuple[int, date_lib.DateMention]] = []  # (last paragraph, date) of the events dated so far
    coded_at = _coded_at_aside(ctx) if "coded" in text else None
    for cand in sorted(cands, key=lambda c: c.sentences[0].start):
        reasons: list[str] = []
        prov: dict[str, dict] = {}
        # date
        d = cand.date
        # (a day read from another sentence is none of its own: "Some 13,000 FARC rebels demobilized under a 2016 peace
        # accord", after a strike told on Saturday)
        own = d is not None and any(s.start <= d.start < s.end for s in cand.sentences)
        if not own and ctx.news and _told_in_a_past_year(cand, text, article.published):
            # "Duekoue was the scene of some of the worst massacres of the 2011 post-electoral crisis": a story's history
            continue
        if ctx.news and _said_never_to_have_happened(ctx, cand):
            continue
        # ("The attack came three days after gunmen killed ...": dated from the event told before it)
        relative = _days_before_event(cand, events) if d is None else None
        if d is None and relative is None:
            d, why = _lookback_date(ctx, cand)
            if d is not None and d.precision >= 3 and told_dates and cand.paragraph - told_dates[-1][0] <= 2 \
                    and d.date < told_dates[-1][1].date and _YEAR_OF_PARAGRAPH not in why:
                # "A court issued a warrant for Khan last month. // In Karachi, supporters blocked a highway": a
                # background month told between is older than the day of the events told before
                d, background = None, True
            else:
                background = False
            if d is None and told_dates and (cand.paragraph - told_dates[-1][0] <= (2 if background else 1) or (
                    cand.paragraph - told_dates[-1][0] <= 4 and _SAME_DAY_OPENING.match(cand.sentences[0].text))):
                # ("In the afternoon, gunmen opened fire on an army patrol": the story's day, told paragraphs before)
                # "In Kisumu, protesters looted shops. In Mombasa, hundreds marched.": the city told next,
                # on the day of the one told before it
                d, why = told_dates[-1][1], f"date from context: {told_dates[-1][1].text!r}, of the event told before"
            if d is not None:
                reasons.append(why)
        # (or the day bodies were found, the killing told "the previous day": "On 24 April, the bodies of two woodcutters
        # were found ... // Residents said they had been beheaded the previous day")
        if d is not None and d.precision == 1 and d.kind == "day" and (
                d is not cand.date or not _own_day(cand) or _BODIES_FOUND.search(cand.trigger.text)):
            d = _the_day_before(d, cand, text, reasons)
        if d is not None and d.precision == 1 and d.kind == "day" and _BODIES_FOUND.search(cand.trigger.text) \
                and (after := _DAYS_AFTER_ACT.search(text, d.end, _sentence_end(text, d.end))):
            # "The bodies of five farmers were recovered on 12 April, a day after suspected herdsmen attacked the
            # community": bodies found that day, the act told after by its distance from it (an act told in such a
            # clause is dated by _units_before)
            n = parse_number(after.group("n")) or 1
            day = d.date - timedelta(days=n)
            reasons.append(f"told {after.group(0).strip()!r} the day {d.text!r}")
            d = date_lib.DateMention(day, 1, after.start(), after.end(), after.group(0), "day",
                                     f"days-after: {n} day(s) before {d.text!r} ({d.date}) -> {day}")
        if d is not None:
            if d.precision == 1 and d.kind == "day":
                told_dates.append((max(s.paragraph for s in cand.sentences), d))
            event_date, precision = d.date, d.precision
            prov["event_date"] = _span_json(text, d.start, d.end, d.rule)
        elif relative is not None:
            event_date, precision, (a, b), rule = relative
            reasons.append(rule)
            prov["event_date"] = _span_json(text, a, b, rule)
        else:
            event_date, precision = article.published, 2
            reasons.append("no date in the text: publication date used (week precision)")
            prov["event_date"] = {"text": "", "span": None, "rule": "default: publication date"}
        if ctx.news and d is not None and d is cand.date and date_lib.LATER_DAY in d.rule:
            # "The Nigeria Labour Congress has announced a solidarity sit-in in Jos for 8 July": a day days after the
            # story's own is one planned, not one that happened
            continue
        if event_date > article.published:
            event_date = article.published
            reasons.append("date after publication: publication date used")
        if ctx.news and precision == 3 and (article.published - event_date).days > _BACKSTORY_DAYS:
            # "Relations soured after the government moved to integrate regional forces into the police and army last
            # April": an act months before the report, known only by its month, is the story's backstory
            continue
        if ctx.news and (article.published - event_date).days > _HISTORY_DAYS:
            # "The insurgency began in October 2017, when armed men attacked police stations": a story's history,
            # years before it; ACLED codes the acts a report brings, not the past it recalls
            continue
        # place
        p = cand.place
        if p is not None and "named by its role" in p.rule:
            reasons.append(f"place not stated as one: the capital named by its role ({p.text!r})")
        if coded_at is not None and (p is None or p.place.name != coded_at.place.name and (
                # (not a namesake in another region than the event's: "Location coded as Kyauktan" for a
                # Rakhine village tract, where the gazetteer's Kyauktan is in Yangon)
                not p.place.admin1 or p.place.admin1 == coded_at.place.admin1)):
            p = coded_at
            reasons.append(f"place from the text's own coding aside: {p.text!r}")
        geo_precision = p.geo_precision if p else 0
        if p is not None and _in_parens(text, p.start) and geo_precision < 2:
            geo_precision = 2  # "(Abala, Tillabery)": the admin area's seat, the village itself unknown
            reasons.append(f"place from the bracketed admin areas: {p.text!r}")
        if p is None:
            p, why = _lookback_place(ctx, cand)
            if p is not None:
                reasons.append(why)
                # (the same town told again: "a police patrol had been ambushed in the same city", "in the town")
                same = p.place.kind == "populated" and any(_THE_SAME_TOWN.search(x.text) for x in cand.sentences)
                geo_precision = p.geo_precision if same else max(p.geo_precision, 2)
        # "blocked the Eldoret-Malaba highway": near a town the road is named after; "Five Kisumu
        # journalists were beaten": a town named inside a longer name
        for towns, told in ((place_lib.capital_told, "the capital named by its role"),
                            (place_lib.road_towns, "near a town a road is named after"),
                            (place_lib.loose_towns, "a town named inside a longer name")):
            if p is None and ctx.hint:
                found = [r for s in cand.sentences
                         for r in towns(s.text, country_hint=ctx.hint, offset=s.start)
                         # (not the dateline, where it was filed, nor where a source spoke)
                         if not _in_scope(r.start, ctx.dateline_span)
                         and not _SPOKE_IN.search(text, max(0, r.start - 40), r.start)]
                # (of a road's two towns, the one the event's words name again: "blocked the Dhaka-Bogura highway
                # ..., a police official in Bogura said")
                p = next((r for r in found if towns is place_lib.road_towns and _named_again(text, cand, r)),
                         found[0] if found else None)
                if p is not None:
                    geo_precision = p.geo_precision
                    reasons.append(f"place not stated as one: {told} ({p.text!r})")
                    if towns is place_lib.loose_towns and geo_precision < 2 and _A_BORDER_NAMED.match(text, p.end):
                        # "on the Narayanpur-Dantewada border": an area between two places, near the first
                        geo_precision = 2
                        reasons.append("a border named after it: near the town, geo_precision 2")
                    if towns is place_lib.loose_towns and _a_peoples_name(ctx, cand, p):
                        # "Marakwet youths killed a Pokot man at Chesogon": a people's name, its home area the most the
                        # text tells (region precision), no town of that name
                        geo_precision = 3
                        reasons.append("the name is a people's: its home area, geo_precision 3")
        if p is None and cand.family in ("violence", "remote") and (placed := _act_placed_after(ctx, cand)) is not None:
            p, geo_precision = placed, placed.geo_precision
            reasons.append(f"place not stated: the act told again after it, at {placed.text!r}")
        if p is None and " " in text[cand.trigger.end:cand.trigger.end + 1] and (abroad := _aimed_abroad(ctx, cand)):
            p, geo_precision = abroad, 3
            reasons.append(f"place not stated: {abroad.rule}")
        if p is None and ctx.dateline is not None and not about_read:
            about, about_read = _place_about(ctx), True
        if p is None and about is not None:
            p = about
            geo_precision = 3
            reasons.append(f"place not stated: the article's main place {p.text!r} used (the dateline is where it was filed)")
        if p is None and ctx.dateline is not None:
            p = ctx.dateline
            geo_precision = 3
            reasons.append(f"place not stated: the dateline {p.text!r} used")
        if p is None and ctx.dateline is None and main_place is None:
            main_place = _main_place(ctx)
        if p is None and main_place is not None:
            p = main_place
            geo_precision = 3
            reasons.append(f"place not stated: the article's main place {p.text!r} used")
        if p is not None:
            place = p.place
            prov["location"] = _span_json(text, p.start, p.end, p.rule)
        else:
            if ctx.country is None:
                continue  # no country at all: nothing ACLED could code
            place = place_lib.capital_place(ctx.country.name)
            geo_precision = 3
            prov["location"] = {"text": "", "span": None, "rule": f"default: capital of {ctx.country.name}"}
        country = place.country
        # actors
        sub, a1, a2, actor_reasons = assign_actors(cand, text, country, event_date, ctx.sentences)
        if p is None:
            home = _home_region(a1, a2, country)
            if home is not None:
                group, place = home
                reasons.append(f"place not stated: coded to {place.admin1}, the home region of {group} (actor dictionary)")
                prov["location"] = {"text": "", "span": None, "rule": f"default: home region of {group}"}
            else:
                reasons.append("only the country is known: coded to its capital")
        reasons.extend(actor_reasons)
        prov["actor1"] = {"text": "", "span": None, "rule": a1.rule}
        if a2 is not None:
            prov["actor2"] = {"text": "", "span": None, "rule": a2.rule}
        event_type, disorder = _types(sub)
        prov["sub_event_type"] = _span_json(text, cand.trigger.start, cand.trigger.end,
                                            f"trigger {cand.trigger.text!r} -> {cand.trigger.sub_event_type}")
        inter2 = a2.inter if a2 else 0
        interaction = _interaction(a1.inter, inter2)
        civilian = "Civilian targeting" if (
            disorder.startswith("Political violence") and a2 is not None and a2.inter == 7
        ) else ""
        # fatalities
        strategic_dead = event_type == "Strategic developments" and sub != "Disrupted weapons use" and cand.fatalities > 0
        if sub == "Other" and cand.fatalities and _MASS_GRAVE.search(cand.trigger.text):
            # "security forces found a mass grave containing 20 bodies": the dead of a grave found are no deaths of
            # the finding (ACLED codes its discovery with none)
            cand.fatalities, cand.fatality_spans = 0, []
            cand.fatality_rules = cand.fatality_rules + ["bodies in a mass grave found: not this event's deaths"]
        elif strategic_dead:
            # "Authorities extended a curfew ... The conflict has killed 100": a strategic development kills no one (ACLED
            # codes deaths only with violence; a device that blew up its makers is the exception)
            cand.fatalities, cand.fatality_spans = 0, []
            cand.fatality_rules = cand.fatality_rules + ["a strategic development carries no deaths"]
        if strategic_dead:
            prov["fatalities"] = {"text": "", "span": None, "rule": "; ".join(cand.fatality_rules)}
        elif cand.fatality_spans:
            s0, e0 = cand.fatality_spans[0]
            prov["fatalities"] = {"text": text[s0:e0], "span": [s0, e0], "rule": "; ".join(cand.fatality_rules)}
        else:
            prov["fatalities"] = {"text": "", "span": None,
                                  "rule": "no deaths stated" + (" (text says none)" if cand.zero_stated else "")}
        evidence = sorted(cand.sentences, key=lambda s: s.start)
        info = place_lib.country_info(country)
        e = Event(
            event_date=event_date, time_precision=precision, disorder_type=disorder, event_type=event_type,
            sub_event_type=sub, actor1=a1.name, inter1=a1.inter, assoc_actor_1=a1.assoc,
            actor2=a2.name if a2 else "", assoc_actor_2=a2.assoc if a2 else "", inter2=inter2,
            interaction=interaction, civilian_targeting=civilian,
            country=country, iso=info.iso if info else place.iso, region=info.region if info else place.region,
            admin1=_ascii(place.admin1), admin2=_ascii(place.admin2), admin3=_ascii(place.admin3),
            location=_ascii(place.name),
            latitude=round(place.latitude, 4), longitude=round(place.longitude, 4), geo_precision=geo_precision,
            source=article.source, source_scale=article.source_scale, fatalities=cand.fatalities,
            article_id=article.id,
            evidence_text=" ... ".join(s.text for s in evidence),
            evidence_spans=";".join(f"{s.start}-{s.end}" for s in evidence),
            reasons="; ".join(dict.fromkeys(reasons)),
            coder_version=CODER_VERSION,
        )
        e.notes = _note(e, sub)
        e.provenance = _PROVENANCE_JSON.encode(prov)
        days = _days_told(d, cand, ctx) if d is not None else []
        if len(days) > 1 and cand.place_split == len(days) and cand.place is not None:
            # (a town a day: "in Kobani on Saturday and in Qamishli on Sunday", each town's copy its own day)
            own = next((m for m in ctx.dates.get(cand.sentences[0].index, ())
                        if m.kind == "day" and m.precision == 1 and 0 < m.start - cand.place.end <= 30
                        and m.date in days), None)
            if own is not None:
                days = []
                e = dataclasses.replace(e, event_date=own.date, time_precision=1)
                e.notes = _note(e, sub)
                prov["event_date"] = {**prov["event_date"], "text": own.text, "span": [own.start, own.end],
                                      "rule": f"{prov['event_date']['rule']}; the day told after its town ({own.text!r})"}
                e.provenance = _PROVENANCE_JSON.encode(prov)
        if len(days) > 1:
            shares = None
            if cand.told_split is not None and cand.told_split[1] == len(days):
                # "13 fatalities coded over 4 events" told over 4 days: the total's shares, a day each
                shares = split_total(*cand.told_split)
            events.extend(_one_a_day(e, days, prov, sub, split_deaths=not _deaths_per_event(cand), shares=shares))
        else:
            events.append(e)
    return _dedupe_article(events)


_HISTORY_DAYS = 366  # an act this long before the report is its background history
_BACKSTORY_DAYS = 120  # an act this long before the report, known only by its month, is its backstory
_PROVENANCE_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # json.dumps(..., the same options)


# between two dates of a list of days ("on 9 and 11 February", "Jan 3, Jan 6 and Jan 7")
_DAY_LIST_GAP = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:again\s+)?(?:on\s+|the\s+)?|"
                           # "on 10 August and with a smaller group on 12 August": the same act again
                           r"\s*,?\s*and\s+(?:again\s+)?(?:with|in|at|near)\s+[^,.;]{0,60}?\s+on\s+|"
                           # ("attacked herders at Lokori on Monday and attacked Marigat on Tuesday": the same act again)
                           rf"\s*,?\s*and\s+(?:then\s+|later\s+)?(?:{_STRUCK_AGAIN})\s+"
                           r"[^,.;]{0,60}?\s+on\s+", re.I)


def _days_told(d: date_lib.DateMention, cand: Candidate, ctx: _Context) -> list[date]:
    """The days of an event told over several days ("from 24 to 26 September", "on 3, 6 and 7
    January"): ACLED codes one event for each day with reported activity. A range said with
    "between" is when one event happened, not several days of it."""
    if d.first is not None and "between" in d.text.lower():  # (and "sometime between 8 and 14 March")
        return []
    if d.first is None and (d.kind != "day" or d.precision != 1):
        return []
    if d.rule.startswith("weekday-range") and cand.family == "strategic":
        return []  # "The curfew runs from Monday to Friday": a measure's time in force, not days of acts
    sentence = next((s for s in cand.sentences if s.start <= d.start < s.end), None)
    if sentence is None:  # (a date read from the sentence before: its range alone)
        return _range_days(d) if d.first is not None else []
    # ("on August 10 and 11 and with a smaller group on August 12": a range, then a day told after it)
    days = [m for m in _dates_of(ctx, sentence) if (m.kind == "day" and m.precision == 1) or m is d]
    i = next((k for k, m in enumerate(days) if m.start == d.start), None)
    if i is None:
        return []
    text = ctx.article.text
    lo = hi = i
    while lo > 0 and _DAY_LIST_GAP.fullmatch(text, days[lo - 1].end, days[lo].start):
        lo -= 1
    while hi + 1 < len(days) and _DAY_LIST_GAP.fullmatch(text, days[hi].end, days[hi + 1].start):
        hi += 1
    told = {m.date for m in days[lo:hi + 1] if m.first is None}
    for m in days[lo:hi + 1]:
        if m.first is not None:  # "from 24 to 26 September": each day of the range
            told.update(_range_days(m))
    return sorted(told)


def _range_days(d: date_lib.DateMention) -> list[date]:
    """The days a range tells: each of "24 to 26 September", but only the two of "30 December and
    1 January" (a list of two days, not the days between)."""
    assert d.first is not None
    if _TWO_DAYS.search(d.text):
        return [d.first, d.date]
    return [d.first + timedelta(days=k) for k in range((d.date - d.first).days + 1)]


_TWO_DAYS = re.compile(r"\band\b|&")


# figures the text gives per coded event ("3 fatalities coded per event", "6 deaths coded across 6
# events"): already an event's share
_PER_EVENT_RULES = ("fatalities coded as N", "total split over")


def _deaths_per_event(cand: Candidate) -> bool:
    return any(r.startswith(_PER_EVENT_RULES) for r in cand.fatality_rules)


def _one_a_day(e: Event, days: list[date], prov: dict, sub: str, *, split_deaths: bool = True,
               shares: list[int] | None = None) -> list[Event]:
    """An event told over several days as one event a day, its deaths split among them."""
    out = []
    if shares is None:
        shares = split_total(e.fatalities, len(days)) if split_deaths else [e.fatalities] * len(days)
    why = f"told over {len(days)} days ({days[0]}..{days[-1]}): one event a day"
    for day, share in zip(days, shares, strict=True):
        one = dataclasses.replace(e, event_date=day, time_precision=1, fatalities=share,
                                  reasons="; ".join(filter(None, [e.reasons, why] + (
                                      [f"{e.fatalities} deaths split over the days"] if e.fatalities and split_deaths
                                      else []))))
        one.notes = _note(one, sub)
        dated = {**prov["event_date"], "rule": f"{prov['event_date']['rule']}; {why}"}
        one.provenance = _PROVENANCE_JSON.encode({**prov, "event_date": dated})
        out.append(one)
    return out


def _ascii(name: str) -> str:
    """ACLED writes place names in plain Latin letters: "Tillabéri" -> "Tillaberi"."""
    if name.isascii():
        return name  # ASCII has no decomposition and no combining marks
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c))


def _dedupe_article(events: list[Event]) -> list[Event]:
    """Within one article, the same actor pair, place, day and type is one event."""
    seen: dict[tuple, Event] = {}
    # (an act told first with no target and again with one is that one event: "the U.S. military said it had carried out
    # an air strike against the group. AFRICOM said the strike on Tuesday hit al Shabaab fighters")
    targeted = {(e.event_date, e.location, e.sub_event_type, e.actor1): e.actor2 for e in events if e.actor2}
    for e in events:
        actor2 = e.actor2 or targeted.get((e.event_date, e.location, e.sub_event_type, e.actor1), "")
        key = (e.event_date, e.location, e.event_type, e.actor1, actor2)
        if key in seen:
            kept = seen[key]
            if e.actor2 and not kept.actor2:
                seen[key], kept, e = e, e, kept  # (the telling with the target stands, the other's words join it)
            if e.fatalities > kept.fatalities:
                # (the figure kept is told where it came from)
                kept.fatalities = e.fatalities
                kept.provenance = _PROVENANCE_JSON.encode({**json.loads(kept.provenance),
                                                           "fatalities": json.loads(e.provenance)["fatalities"]})
                kept.notes = _note(kept, kept.sub_event_type)
            kept.evidence_text += " ... " + e.evidence_text
            kept.evidence_spans += ";" + e.evidence_spans
            continue
        seen[key] = e
    kept = list(seen.values())
    # "protests erupted in Dakar; nine people were killed in clashes with police": one sentence's protest
    # that turned violent or was broken up is that one demonstration event, not also a peaceful one
    graver = [e for e in kept if e.sub_event_type in _GRAVER_DEMONSTRATIONS]
    drop = [e for e in kept if e.sub_event_type == "Peaceful protest" and any(
        f.event_date == e.event_date and f.location == e.location
        and set(f.evidence_spans.split(";")) & set(e.evidence_spans.split(";")) for f in graver)]
    # "the MNDAA took control of Laukkai without a fight after the commanders surrendered with 2,000 troops": a side's
    # surrender the day a place it held was taken is how it changed hands, not an event of its own
    drop += [e for e in kept if e.sub_event_type == "Change to group/activity" and _SURRENDERED.search(e.evidence_text)
             and any(f is not e and f.event_date == e.event_date and (
                         e.actor1 in (f.actor1, f.actor2)
                         or set(f.evidence_spans.split(";")) & set(e.evidence_spans.split(";")))
                     and (f.event_type == "Battles" or f.sub_event_type == "Non-violent transfer of territory")
                     for f in kept)]
    return [e for e in kept if e not in drop] if drop else kept


_SURRENDERED = re.compile(r"\bsurrender(?:ed|ing|s)?\b", re.I)


_GRAVER_DEMONSTRATIONS = frozenset({"Violent demonstration", "Protest with intervention",
                                    "Excessive force against protesters"})


def _types(sub: str) -> tuple[str, str]:
    import schemas

    event_type, disorder = schemas.SUB_EVENT_TYPES[sub]
    return event_type, disorder


def _interaction(inter1: int, inter2: int) -> int:
    import schemas

    return schemas.interaction_code(inter1, inter2)
