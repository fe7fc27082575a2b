"""Event detection: which sentences report an ACLED event, and of which sub-event type.

Transparent rules over the trigger lexicon (data/lexicons/events.yaml). A trigger is dropped
when the words before it in its clause negate it ("no one was killed"), make it hypothetical
("threatened to attack", "warned of protests"), or when the sentence reacts to an event
("condemned the attack") or summarises many ("almost 500 killed since October").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from dataset.coder.fastre import Caseless, caseless_lower
from dataset.coder.lexicon import TERRITORY_TAKEN, Lexicon, TriggerRule, load_lexicon
from dataset.coder.segment import Sentence

# Clause boundaries: the modality of a trigger is read from its own clause only.
# what follows "after" or "before" when it tells a time, not a clause ("after Friday prayers", "before dawn")
NOT_A_TIME_AFTER = (r"(?!\s+(?:(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|evening|morning|"
                    r"midday|noon)\s+)?(?:the\s+)?(?:prayers?|noon|midday|midnight|dark|dusk|dawn|sunset|sunrise|"
                    r"nightfall|daybreak)\b)")
_CLAUSE = re.compile(r"[,;:\u2014\u2013()]|\s-\s|\b(?:but|while|whereas|when|as|and then)\b|"
                     r"\b(?:after|before)\b" + NOT_A_TIME_AFTER + "|"
                     r"\band (?=(?:was|were|is|are|had|has|have|then|later)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Trigger:
    rule: TriggerRule
    start: int  # offsets into the article text
    end: int
    text: str

    @property
    def sub_event_type(self) -> str:
        return self.rule.sub_event_type


def is_label(t: Trigger) -> bool:
    """A trigger that is a report's label ("Arrests: ...", "Movement of forces: ..."), not an act told."""
    return t.text.rstrip().endswith(":")


@dataclass(frozen=True)
class Detection:
    """The outcome for one sentence: its best trigger, or why none counts."""

    sentence: Sentence
    triggers: tuple[Trigger, ...]  # all live triggers, best first
    dropped: tuple[tuple[Trigger, str], ...]  # triggers ruled out, with the reason


_CLAUSE_FAST = Caseless(_CLAUSE)


def _clause_ends(text: str) -> list[int]:
    """Where the clause boundaries of a text end, in order (read once per sentence)."""
    lowered = caseless_lower(text)
    if lowered is not None and _CLAUSE_FAST.twin is not None:  # spans only: the twin's are the same
        return [m.end() for m in _CLAUSE_FAST.twin.finditer(lowered)]
    return [m.end() for m in _CLAUSE.finditer(text)]


def _clause_before(text: str, pos: int, ends: list[int] | None = None) -> str:
    # the whole text: a boundary may look ahead at the trigger
    ends = _clause_ends(text) if ends is None else ends
    i = bisect_right(ends, pos)  # boundaries are matched left to right, so their ends increase
    return text[ends[i - 1] if i else 0:pos]


NEGATION_WINDOW = 6  # words before a trigger in which a negation counts
HYPOTHETICAL_WINDOW = 10


def _last_words(clause: str, n: int) -> str:
    words = clause.split()
    return " " + " ".join(words[-n:]) + " " if len(words) > n else clause


def modality(text: str, start: int, lexicon: Lexicon, brief: bool = False, *,
             clause_ends: list[int] | None = None) -> str:
    """'' if the trigger at `start` (sentence offsets) reports a real past event, else why not.

    In a brief (a one- or two-sentence report, like an ACLED note) every sentence is about the
    event, so reactions and summary words ("ongoing", "repeatedly") do not rule it out."""
    clause = _clause_before(text, start, clause_ends)
    # a cue governs the trigger only from nearby: "farmers who did not take compensation for
    # their lands demonstrated" is a protest
    if lexicon.modality["negation"].find(_last_words(clause, NEGATION_WINDOW)):
        return "negated"
    if lexicon.modality["intent or hypothetical"].find(_last_words(clause, HYPOTHETICAL_WINDOW)):
        return "hypothetical"
    if lexicon.modality["topic"].find(text[max(0, start - 60):start]):
        return "topic"
    if brief:
        return ""
    return _sentence_modality(text, start, lexicon)


def _sentence_modality(text: str, start: int, lexicon: Lexicon) -> str:
    """The sentence-wide reasons (a reaction before the trigger, summary words anywhere), read
    once per sentence: a sentence often has several triggers."""
    key = (text, id(lexicon))
    if key not in _SENTENCE_CACHE:
        if len(_SENTENCE_CACHE) > 4096:
            _SENTENCE_CACHE.clear()
        reaction = lexicon.modality["reaction"].find(text)
        # a superlative's yardstick is no summary: "the bloodiest day of protests since last month's coup"
        # ("in the deadliest attack in the capital so far this year", "the worst fighting in years")
        yardstick = any(w in text for w in _YARDSTICK_WORDS)
        plain = _SUPERLATIVE_SINCE.sub(lambda m: " " * len(m.group(0)), text) if yardstick else text
        if "since" in plain:
            # a state someone was in since a day is no running tally: "arrested him from a house where he had been
            # hiding since August last year"
            plain = _STATE_SINCE.sub(lambda m: " " * len(m.group(0)), plain)
        if ", as " in plain:
            # a backdrop told after the act is no summary of it: "An Israeli drone strike killed seven Palestinians in
            # Jenin on Sunday, the ministry said, as violence in the occupied territory continued to surge"
            plain = _AS_BACKDROP_TAIL.sub(lambda m: " " * len(m.group(0)), plain)
        if ("for " in plain and "been " in plain) or "changed hands" in plain:
            # a place's state is no running tally: "shells residential areas of Dilling, which has been besieged for
            # months by the RSF", "retakes Bara, a town that has changed hands several times since 2023"
            plain = _PLACE_STATE.sub(lambda m: " " * len(m.group(0)), plain)
        # an act told with its own day, "the latest in a series" of others: the act is an event, the
        # series its backdrop ("The abduction of 280 pupils on Thursday was the latest in a series of ...")
        if "in total" in plain and _ON_A_WEEKDAY.search(plain):
            # "bombed the villages on Monday afternoon, killing 11 civilians in total": one act's dead, summed
            plain = plain.replace("in total", " " * len("in total"))
        latest = _DAY_THEN_LATEST.search(plain) if "latest" in plain else None
        if latest is not None:
            plain = plain[:latest.start("latest")] + " " * (len(plain) - latest.start("latest"))
        _SENTENCE_CACHE[key] = (
            reaction[1] if reaction else None, bool(lexicon.modality["summary"].find(plain)))
    reaction_end, summary = _SENTENCE_CACHE[key]
    if reaction_end is not None and (reaction_end <= start or lexicon.modality["reaction"].find(text[:start])):
        return "reaction"
    if summary:
        return "summary"
    return ""


_AS_BACKDROP_TAIL = re.compile(r"(?<=\w),\s+as\s+(?:[\w-]+\s+){0,4}?(?:fighting|clashes|violence|protests|unrest|the war|"
                               r"tensions?|hostilities|attacks)\b[^.;]*", re.I)
_SENTENCE_CACHE: dict[tuple[str, int], tuple[int | None, bool]] = {}
# ("... on Tuesday, killing three fighters, the latest in a string of strikes": the act's own day, then its series;
# "... on Tuesday, police said, in the latest in a series of attacks blamed on al Shabaab"; an initial's period is no
# sentence's end: "on Monday, an Iraqi security source and a U.S. official said, in the latest of a series of attacks")
_DAY_THEN_LATEST = re.compile(r"\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+[A-Z][a-z]+)\b(?:[^.;]|(?<=[A-Z])\.){0,140}?"
                              r"(?:\b(?:was|is|were|are)\s+|,\s+(?:in\s+)?)(?P<latest>the\s+latest\b)")
_STATE_SINCE = re.compile(r"\b(?:hiding|missing|held|living|staying|in custody|on the run|at large|in exile|wanted|"
                          r"in detention)\s+since\s+\w+|"
                          # (a force's presence told of in passing: "Rwandan troops, deployed in Cabo Delgado since 2021 at
                          # the request of the government, clashed with insurgents ... on Tuesday")
                          r"\b(?:deployed|stationed|based|present)\s+(?:in\s+(?:[\w'’-]+\s+){1,4}?)?since\s+\w+", re.I)
_PLACE_STATE = re.compile(r"\b(?:which|that|where)\s+(?:has|had|have)\s+(?:been\s+(?:besieged|under siege|encircled|surrounded|"
                          r"blockaded|cut off|held|controlled|occupied|contested)\s+(?:by\s+[^,.;]{0,60}?\s+)?"
                          r"for\s+(?:months|years|weeks)\b|changed\s+hands\b[^,.;]{0,40})", re.I)
_YARDSTICK_WORDS = ("since", "so far", " in years", " in months", " in decades", " in recent")
_SUPERLATIVE_SINCE = re.compile(r"\b(?:\w+est|most \w+|worst|first)\s+(?:[\w'’-]+\s+){0,5}?(?:since\s+(?:[\w'’-]+\s+){0,3}?"
                                r"[\w'’-]+|so far\s+(?:this|in)\s+(?:year|month|week)|(?:this|in)\s+(?:recent\s+)?(?:years|months|decades))",
                                re.I)  # ("one of the deadliest massacres in the country in recent years")


_IN_SQUARE_BRACKETS = re.compile(r"\[[^\]]*$")  # an open "[" not yet closed before the trigger
_LEGAL_NOUN = re.compile(r"\s+(?:cases?|charges?|suspects?|allegations?|trials?|convicts?|convictions?|probes?)\b", re.I)
# (not an accusation, which tells an act: "police were accused of beating motorists")
_LEGAL_BEFORE = re.compile(r"\b(?:(?:cases|charges|counts|convicted|indicted)\s+(?:of|for)|sentenced\s+(?:for|over)|"
                           r"wanted\s+(?:in connection with|for))\s+(?:(?:cases|charges|counts)\s+of\s+)?"
                           r"(?:(?:[\w-]+\s+){0,3}?[\w-]+(?:,\s+|\s+and\s+))?$", re.I)
_ROADBLOCK_SET = re.compile(r"(?:set up|erected|mounted|put up|set|mount|erect)\s+(?:\w+\s+){0,2}?(?:road ?blocks|barricades|"
                            r"checkpoints)\b", re.I)
# (their arms may be told between: "Militants armed with guns and grenades stormed a police compound")
_ARMED_SUBJECT = re.compile(r"\b(?:rebels|militants|fighters|gunmen|insurgents|separatists|jihadists|bandits|soldiers|troops|"
                            r"militiamen|militias?|gang members|gangs?)\s+(?:armed\s+with\s+(?:[\w-]+\s+){1,5}|(?:\w+\s+){0,2})$",
                            re.I)
# a kind of act told as common ("Kidnappings for ransom have become frequent", "attacks are on the rise")
_HABITUAL_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:(?:have|has|had)\s+become|(?:are|were|remain|remained))\s+(?:more\s+|increasingly\s+|"
                             r"very\s+|all too\s+)?(?:frequent|common|commonplace|rampant|widespread|routine|regular|"
                             r"on the rise|a daily occurrence)\b", re.I)
# words that make an act's word a figure of speech: "stormed to victory", "a heart attack"
_NOT_VIOLENCE_AFTER = re.compile(r"\s+(?:to\s+(?:victory|a\s+(?:[\w-]+\s+)?(?:win|victory|title|lead)|the\s+(?:top|title|final|lead))|"
                                 r"into\s+(?:the\s+)?(?:lead|final|semi-?finals?|quarter-?finals?)|off\s+(?:the\s+)?(?:stage|set|pitch)|"
                                 # ("stormed out of the meeting", "fired back at his critics"; not "fired at the reporters", real
                                 # fire)
                                 r"out\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:meeting|talks|hall|room|studio|session|interview|"
                                 r"chamber|hearing|press conference|summit)|"
                                 r"(?:back\s+)?at\s+(?:(?:his|her|their|its)\s+)?(?:critics|detractors|claims|accusations|allegations))\b",
                                 re.I)
_QUARREL = r"scathing|blistering|stinging|withering|verbal|rhetorical|personal|written"  # words of a quarrel, not a fight
_QUARREL_ATTACK = re.compile(rf"\b(?:{_QUARREL})\s+attacks?\b", re.I)
_CRITICS_AFTER = re.compile(r"\s+(?:the\s+)?(?:lawmakers|legislators|critics|opposition|senators|MPs|activists|commentators|"
                            r"rights groups|media|press|investors|analysts|economists)\b", re.I)
# (words of a quarrel before "attack": "a scathing attack on the governor")
_NOT_VIOLENCE_BEFORE = re.compile(rf"\b(?:heart|asthma|panic|anxiety|epileptic|{_QUARREL}|angry|fierce verbal|"
                                  r"strongly worded)\s+$", re.I)
# (not "hacked to death": a machete's)
_CYBER = re.compile(r"\b(?:hackers?|hacked into|(?:hacked|hacking) (?:the |its |their )?(?:websites?|accounts?|systems?|servers?|"
                    r"networks?|databases?)|cyber-?\s?attacks?|cyber|ransomware|DDoS|malware|phishing)\b", re.I)
_TALKS_BROKE_UP = re.compile(r"\b(?:talks|negotiations|meeting|session|summit|conference|coalition|alliance|partnership|"
                             r"marriage|band)\b[^.;]{0,80}?\b(?:broke up|break up|dispersed)\b", re.I)
# a military or police exercise, told with no one hurt
# (not "urged police to exercise restraint")
_EXERCISE = re.compile(r"\b(?:military|joint|live-fire|naval|air|field|riot[- ]control|training|police|security|mock|"
                       r"artillery|tank|firing|shooting|combat|missile|air defen[cs]e|"
                       r"anti-terror(?:ism)?|counter-terror(?:ism)?|emergency|evacuation)\s+(?:exercises?|drills?|manoeuvres|"
                       r"maneuvers|simulations?)\b|\bwar games\b|\b(?:during|in|at)\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
                       r"(?:exercise|drill|simulation)\b", re.I)
# people told killed or hurt (read by assemble too)
HARM_DONE = re.compile(r"\b(?:killed|killing|dead|died|deaths?|wounded|injured|injuring|hurt|casualties)\b", re.I)


def _cyber_only(text: str) -> bool:
    """The sentence tells a cyber attack, and no one killed or hurt (its words first, then the pattern)."""
    low = text.lower()
    return ("cyber" in low or "hack" in low or "ransomware" in low or "DDoS" in text) and bool(_CYBER.search(text)) \
        and not HARM_DONE.search(text)


def _exercise_only(text: str) -> bool:
    """The sentence tells a military or police exercise, and no one killed or hurt."""
    return any(w in text for w in ("xercise", "drill", "imulation", "anoeuvre", "aneuver", "war game")) \
        and bool(_EXERCISE.search(text)) and not HARM_DONE.search(text)
# fighting told as going on over a period, in the perfect ("clashes along the front lines have continued")
_GONE_ON_SINCE_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:have|has)\s+(?:continued|persisted|gone\s+on|carried\s+on)\b", re.I)
_A_DAY_IN = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|overnight|today)\b", re.I)
# a match told by its score ("beat Ghana 2-1", "were massacred 5-0", "a 3-3 draw")
_SPORT = re.compile(r"\b(?:beat|beats|beating|defeated|defeat|thrashed|drew|draw|won|win|lost|loss|edged|massacred|hammered|"
                    r"routed|humbled)\s+(?:[\w'’-]+\s+){0,4}?\d{1,2}-\d{1,2}\b|\b\d{1,2}-\d{1,2}\s+(?:win|victory|draw|defeat|"
                    r"loss|thrashing|drubbing)\b|\b(?:wickets|innings|batting line-up|bowlers|goalkeeper|hat-trick|"
                    r"penalty shoot-?out)\b", re.I)
# a fire told as the subject of the sentence, its harm told after a comma
_A_FIRE_SWEPT_BEFORE = re.compile(r"\b(?:a|the)\s+(?:[\w-]+\s+)?(?:fire|blaze|inferno)\s+(?:swept|broke out|raged|gutted|tore|ripped|"
                                  r"spread)\b[^.;]*,\s*$", re.I)
# a weapon told only as a thing (no verb of firing), and words of arms sent, held or needed before it
_WEAPON_NOUN = re.compile(r"(?:artillery|mortars?|missiles|rockets)?\s*(?:shells|rounds|systems)?", re.I)
_ARMS_SUPPLY_BEFORE = re.compile(r"\b(?:aid|package|shipments?|deliver(?:y|ies|ed|s)?|supplies|supply|supplied|stocks?|"
                                 r"stockpiles?|needs?|received|sent|send(?:s|ing)?|provid(?:e|ed|es|ing)|donat(?:e|ed|ing)|"
                                 r"pledg(?:e|ed|ing)|purchas\w*|bought|production|produc(?:e|ed|ing)|manufactur\w*|"
                                 r"shortages?|lacks?|lacking)\b[^.;!?]*$", re.I)
_STORMED = re.compile(r"(?:stormed|(?:attempted|tried) to storm)\b", re.I)  # ("Russian troops tried to storm Chasiv Yar")
_GUNMEN = re.compile(r"\b(?:gunm[ae]n|attackers|assailants|armed men|shooters?|hitm[ae]n|robbers|bandits|killers)\b", re.I)
_ENSUING_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:subsequent|ensuing|follow-up|follow-on)\s+$", re.I)
_WEAPON_AS_OBJECT = re.compile(r"\b(?:by|from|of|after|over|in|at|about|against)\s+$", re.I)
# (or what fell from one: "Falling debris damaged a house")
_WEAPON_SUBJECT = re.compile(r"(?:^|\b(?:the|an?|its|their)\s+(?:[\w-]+\s+)?|\b(?:falling|fallen)\s+|(?<![\w-])(?-i:F)(?=ire\s))(?:debris|shrapnel|fragments|wreckage|blasts?|explosions?|bombs?|bombings?|strikes?|air ?strikes?|shells?|shelling|missiles?|"
                             r"rockets?|drones?|fire|flames|floods?|storms?|earthquakes?)\s+(?:also\s+|partly\s+|partially\s+|"
                             r"completely\s+|reportedly\s+)?$", re.I)
_UNTIL_BEFORE = re.compile(r"\buntil\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# a refusal or a vow the "until" clause conditions ("vowed not to leave until the killers were arrested")
_REFUSED = re.compile(r"\b(?:refus\w*|would not|will not|won't|wouldn't|vow\w* not|pledg\w* not|threaten\w*|declin\w*)\b", re.I)
_FLARED_AFTER = re.compile(r"[^.;,]{0,80}?\b(?:flared|escalated|intensified|raged|continued|spread|grew|mounted|worsened|"
                           r"persisted|resumed)\b", re.I)
# what someone is held for, a protest of another day
_HELD_FOR_BEFORE = re.compile(r"\b(?:in connection with|for (?:taking part|participating|his role|her role|their role|"
                              r"involvement) in|for (?:organi[sz]ing|leading|calling)|"
                              # ("arrested four student activists ..., who had taken part in anti-regime flash mob protests")
                              r"(?:who|that) had (?:taken part|participated|joined|been involved) in|"
                              r"(?:accused|suspected|charged) of (?:organi[sz]ing|leading|joining|taking part in|"
                              r"participating in)|"
                              # ("arrested the organiser of last week's protest", "journalists covering a protest", "who had
                              # reported on protests")
                              r"covering|(?:who|that) had (?:reported on|covered|organi[sz]ed|led|called))\s+(?:an?\s+|the\s+|"
                              r"their\s+|his\s+|her\s+|last\s+\w+'s\s+)?(?:[\w-]+\s+){0,3}?$|"
                              r"\b(?:organi[sz]ers?|leaders?|conveners?) of\s+(?:last\s+\w+'s|(?:an?|the)\s+(?:earlier|previous))\s+"
                              r"(?:[\w-]+\s+){0,2}?$", re.I)
_TEMPORAL_CLAUSE_BEFORE = re.compile(r"\b(?:before|after|until|till|by the time|as soon as)\s+(?:the\s+)?$", re.I)
_WHOSE_KIN_BEFORE = re.compile(r"\bwhose\s+(?:[\w'’-]+\s+){1,3}?(?:was|were|had been|has been|have been)\s+$", re.I)
_MARCH_ON = re.compile(r"march(?:ed|es|ing)?\s+on\s+(?:the\s+capital\b|[A-Z])")
_ARMED_MARCHER = re.compile(r"\b(?:rebels?|rebel (?:coalition|alliance|groups?)|militants|fighters|insurgents|jihadists|troops|"
                            r"soldiers|militias?|militiamen|armed groups?|coalition of armed groups)\b", re.I)
_SPEECH = re.compile(r"\b(?:said|says|told|announced|warned|urged|stated|claimed|according to)\b", re.I)
_OPEN = "\u201c"
_CLOSE = "\u201d"
_QUOTE_MARK = re.compile("[\u201c\u201d]")


def _official_account(text: str, quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    """A quote in which an authority tells a past act, said right after it: '"A large number of terrorists on
    motorcycles attacked the Tassia post in the Tillaberi region," the ministry said' is the report of the act, not
    commentary."""
    q = next(((a, b) for a, b in quotes if a <= start < b), None)
    return q is not None and q[0] < start and _PAST_ACT.match(text, start, end) is not None \
        and _AUTHORITY_SAID.match(text, q[1]) is not None


# a past act in the trigger's own words ("attacked", "shot", "seized")
_PAST_ACT = re.compile(r"(?:[\w-]+ ){0,3}?(?:\w+ed|shot|struck|hit|fought|overran|took|seized|stormed|blew up)\b", re.I)
# '," the defence ministry said', '," a police spokesman said', '," the army said in a statement'
_AUTHORITY_SAID = re.compile(r"\s*,?\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:ministry|army|military|police|government|"
                             r"spokes(?:man|woman|person)|commander|governor|statement)\s+(?:said|says|added)\b", re.I)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Sentence offsets of direct quotes: commentary, not the reporter's account of events.

    Curly quotes pair up by direction; a closing quote with no opening one quotes from the
    sentence start, an opening one with no closing one quotes to the sentence end. Straight
    double quotes pair in order; an odd one after a sentence's punctuation closes a quote opened
    before the sentence, any other odd one opens one that runs to its end.
    """
    spans: list[tuple[int, int]] = []
    if _OPEN not in text and _CLOSE not in text and '"' not in text:
        return spans
    start = None
    for m in _QUOTE_MARK.finditer(text):
        i = m.start()
        if m.group() == _OPEN:
            start = i
        else:
            spans.append((0 if start is None else start, i + 1))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    straight = [m.start() for m in re.finditer('"', text)]
    if len(straight) % 2 and straight[0] > 0 and text[straight[0] - 1] in ".,!?":
        # a quote opened in the sentence before closes here ('The terrorists carted away weapons," said one officer')
        spans.append((0, straight[0] + 1))
        straight = straight[1:]
    elif len(straight) % 2:
        spans.append((straight[-1], len(text)))  # one opened here goes on into the next sentence
        straight = straight[:-1]
    spans.extend((a, b + 1) for a, b in zip(straight[::2], straight[1::2], strict=False))
    return spans

# a rally told beside a candidate, with no word of protest, is a campaign's
_RALLY = re.compile(r"rall(?:y|ies)", re.I)
_CANDIDATE = re.compile(r"\b(?:candidates?|campaign(?:ing|s)?)\b", re.I)
_VOTE_BEFORE = re.compile(r"\b(?:elections?|polls?|vote|voting|ballot|referendum)\b(?:\s+\w+){0,4}\s+(?:was|were|has been|had been)\s+$",
                          re.I)
_ARRESTS_TALLY = re.compile(r"(?:arrested|detained)\s+(?:more than |over |at least |nearly |almost |some |about |around )?"
                            r"(?:\d{1,3}(?:,\d{3})+|\d{4,}|hundreds|thousands)\b", re.I)
_HAVE_BEFORE = re.compile(r"\b(?:have|has)\s+(?:now\s+|so far\s+|since\s+)?$", re.I)
_ANNIVERSARY_OF = re.compile(r"\b(?:(?:anniversar(?:y|ies)|commemorations?) of|(?:mark|marking|marked|marks)\s+(?:\w+|\d+)\s+"
                             r"(?:years?|months?)\s+since)\s[^.;,]*(?:,\s*(?:in which|during which|when|where|"
                             r"which|that)\s[^.;,]*)?$", re.I)
_PROTEST_WORD = re.compile(r"\b(?:protest\w*|demonstrat\w*)", re.I)


def detect(sentence: Sentence, lexicon: Lexicon | None = None, brief: bool = False) -> Detection:
    """Find the live triggers of one sentence."""
    lexicon = lexicon or load_lexicon()
    text = sentence.text
    live: list[Trigger] = []
    dropped: list[tuple[Trigger, str]] = []
    quotes = quoted_spans(text)
    seen_rules: set[tuple[int, int]] = set()
    # (but a passive harm told first leaves room for its doers' act: "Three people ... were shot dead when police
    # opened fire on a peaceful march")
    seen_twice: set[tuple[int, int]] = set()
    clause_ends: list[int] | None = None  # read on the first trigger that needs them
    sport: bool | None = None  # whether the sentence tells a match, read on the first trigger that gets that far
    # whether it tells a cyber attack, or an exercise, with no one hurt (read once, on the first trigger that gets there)
    cyber: bool | None = None
    exercise: bool | None = None
    # overlapping matches too: "protesters blocked" must not hide "blocked main roads"
    # (a hashtag reads as a word: "opened fire on #EndSARS protesters"; the offsets are the same)
    scanned = text.replace("#", "-") if "#" in text else text
    for m_start, m_end, lastgroup in lexicon.triggers.spans(scanned, overlapping=True):
        i = int((lastgroup or "r0_0")[1:].split("_")[0])
        # one live match per rule and comma-delimited part is enough ("Following a murder on
        # 12 March, villagers attacked the houses": the second part has an act of its own; so has a part after a
        # semicolon, "fired rockets into the district; one rocket hit a petrol station, killing six")
        key = (i, text.count(",", 0, m_start) + text.count(";", 0, m_start))
        if key in seen_rules and not (key not in seen_twice and _PASSIVE_HIT.search(text, 0, m_start)
                                      and _OPENED_FIRE.match(scanned, m_start)):
            continue
        rule = lexicon.rules[i]
        trig = Trigger(rule, sentence.start + m_start, sentence.start + m_end, text[m_start:m_end])
        if any(a <= m_start < b for a, b in quotes) and not _official_account(text, quotes, m_start, m_end):
            why = "quoted"
        elif "[" in text and _IN_SQUARE_BRACKETS.search(text, 0, m_start):
            why = "bracketed"  # an editor's or coder's aside ("[geocode for the fighting in X]")
        else:
            if clause_ends is None:
                clause_ends = _clause_ends(text)
            why = modality(text, m_start, lexicon, brief, clause_ends=clause_ends)
        if not why and m_end - m_start > 30 and lexicon.modality["intent"].find(text[m_start:m_end]):
            why = "hypothetical"  # told inside a long trigger: "Youths in Faskari have threatened to block the highway"
        if not why and rule.sub_event_type == "Change to group/activity" and _WHO_HAD.search(text, max(0, m_start - 14), m_start):
            why = "relative"  # "accused officers of executing suspects who had surrendered": who they were, no act told
        if not why and rule.sub_event_type == "Looting/property destruction" and _SEIZED.match(text, m_start) \
                and _SEARCHED.search(text, max(0, m_start - 80), m_start):
            why = "search"  # "officers searched the house and seized phones and a laptop": a search's seizure, no looting
        if not why and _STILL_TO_COME.match(text, m_end):
            why = "hypothetical"  # "similar marches would be held in Zinder next week": still to come
        if not why and rule.family == "demonstration" and (_CALLED_BEFORE.search(text, max(0, m_start - 50), m_start)
                                                           or _CALLED_TO_IN.search(text, max(0, m_start - 120), m_start)):
            why = "hypothetical"  # "Activists called a sit-in outside the UN office for Tuesday": a call, not the act
        if not why and rule.sub_event_type == "Arrests" and _ARRESTS_TALLY.match(text, m_start) \
                and _HAVE_BEFORE.search(text, max(0, m_start - 16), m_start):
            why = "summary"  # "Authorities have arrested more than 1,500 people": a tally of many days' arrests
        if not why and rule.sub_event_type == "Arrests" and _COMMON_CRIME.search(text):
            why = "crime"  # "police arrested two men suspected of stealing motorcycles": no political act
        if not why and rule.sub_event_type == "Arrests" and _DETERMINER_BEFORE.search(text, max(0, m_start - 8), m_start) \
                and text[m_start:m_end].lower() in ("detained", "arrested", "jailed", "imprisoned"):
            why = "attribute"  # "in support of the detained mayor": who they are, no arrest told here
        if not why and _ANNIVERSARY_OF.search(text, max(0, m_start - 120), m_start):
            # "the anniversary of the 1996 Eldorado dos Carajas massacre, in which 19 landless workers were killed by
            # police": the act remembered, long past
            why = "reference"
        if not why and rule.family == "demonstration" and _PAST_PROTESTS_BEFORE.search(text, max(0, m_start - 50), m_start) \
                and _PROTEST_NOUN.match(text, m_start):
            # "a report accusing police of killings during the June protests", "inciting violence during the previous
            # day's protests": protests of another day, named
            why = "reference"
        if not why and rule.family in ("violence", "demonstration") and "protest" in text \
                and (_DURING_PAST_PROTESTS_AFTER.match(text, m_end)
                     or _IN_PAST_PROTESTS_BEFORE.search(text, max(0, m_start - 140), m_start)):
            why = "reference"  # "police had killed dozens of people during last year's protests": another time's toll
        if not why and rule.sub_event_type == "Change to group/activity" and _DID_NOT_INTERVENE.match(text, m_end):
            why = "no act"  # "Security forces deployed around the area but did not intervene": a presence beside a protest
        if not why and rule.sub_event_type == "Change to group/activity" and text.startswith("surrender", m_start) \
                and _HAD_ALREADY_BEFORE.search(text, max(0, m_start - 20), m_start):
            why = "reference"  # "Residents said the two had already surrendered" when police shot them: how they died
        if not why and rule.family == "violence" and _BELIEVED_KILLED_BEFORE.search(text, max(0, m_start - 60), m_start) \
                and _REMAINS_FOUND.search(text, 0, m_start):
            # "found 17 bodies buried in a mass grave near Goma on Tuesday, believed to be civilians killed last month":
            # who the dead are thought to be, no act told on the day they were found
            why = "reference"
        if not why and rule.family in ("violence", "remote") and _PREPARING_BEFORE.search(text, max(0, m_start - 30), m_start):
            why = "hypothetical"  # "The RSF is preparing an assault on El Fasher": an act still to come
        if not why and rule.sub_event_type == "Armed clash" and _GONE_ON_SINCE_AFTER.match(text, m_end) \
                and not _A_DAY_IN.search(text):
            why = "summary"  # "clashes along the front lines have continued", "Clashes have continued ... for years"
        if not why and rule.family in ("violence", "remote") and _NOT_VIOLENCE_AFTER.match(text, m_end):
            why = "figure of speech"  # "stormed to victory", "stormed out of the meeting", "fired back at his critics"
        if not why and rule.family in ("violence", "remote"):
            if cyber is None:
                cyber = _cyber_only(text)
            if cyber:
                why = "cyber"  # "Hackers attacked the website of the Kenya Revenue Authority": no physical act
        if not why and rule.family in ("violence", "remote") and (
                _NOT_VIOLENCE_BEFORE.search(text, max(0, m_start - 20), m_start) or _QUARREL_ATTACK.search(text, m_start, m_end)
                or (text[m_start:m_end].lower().endswith("from") and _CRITICS_AFTER.match(text, m_end))):
            # "suffered a heart attack on Sunday", "launched a scathing attack on the governor", "came under attack from
            # lawmakers"
            why = "figure of speech"
        if not why and rule.sub_event_type == "Protest with intervention" and _TALKS_BROKE_UP.search(text, 0, m_end):
            why = "no crowd"  # "Talks between the two sides in Jeddah broke up on Sunday without agreement"
        if not why and rule.family in ("violence", "remote", "demonstration"):
            if exercise is None:
                exercise = _exercise_only(text)
            if exercise:
                why = "exercise"  # "Soldiers fired artillery during a military exercise": training, no act on anyone
        if not why and _HABITUAL_AFTER.match(text, m_end):
            why = "summary"  # "Kidnappings for ransom have become frequent on the roads": a trend, no act
        if not why and sport is None:
            sport = _SPORT.search(text) is not None
        if not why and sport:
            why = "sport"  # "Super Eagles stormed back to beat Ghana 2-1 ..., a late header killing off the game"
        if not why and rule.family in ("demonstration", "violence", "strategic") \
                and _A_FIRE_SWEPT_BEFORE.search(text, max(0, m_start - 120), m_start):
            why = "weapon"  # "A fire swept through a market in Onitsha, destroying hundreds of shops": a fire's harm
        if not why and rule.family == "remote" and _WEAPON_NOUN.fullmatch(text, m_start, m_end) \
                and _ARMS_SUPPLY_BEFORE.search(text, max(0, m_start - 120), m_start):
            why = "arms supply"  # "announced a new military aid package for Ukraine, including artillery": arms, no fire
        if not why and rule.family == "remote" and _RECOVERING_BEFORE.search(text, max(0, m_start - 40), m_start):
            why = "seized"  # "arrested two operatives, recovering two grenades and a laptop": arms found, no blast
        if not why and rule.family == "violence" and _WORDS_ATTACKED.match(text, m_end):
            why = "figurative"  # "Opposition MPs launched a fierce attack on the Finance Bill": words, no violence
        if not why and _BY_ANIMALS.match(text, m_end):
            why = "animals"  # "protesters ... were attacked by a swarm of bees": no human doer, no political act
        if not why and _LEGAL_NOUN.match(text, m_end):
            why = "legal"  # "rape cases", "murder charges": a crime's case, not an event
        if not why and _LEGAL_BEFORE.search(text, max(0, m_start - 60), m_start) \
                and not text[m_start:m_end].split(" ", 1)[0].lower().endswith("ed"):
            why = "legal"  # "wanted in connection with cases of arson and attacks on police": the charges, no act told
        if not why and text[m_start:m_end].lower() == "killed" and _THE_DEAD_BEFORE.search(text, max(0, m_start - 50), m_start) \
                and _WHERE_AFTER.match(text, m_end):
            why = "reference"  # "The bodies of the soldiers killed in Sebba were buried": the dead of an act told before
        if not why and rule.family == "demonstration" and _ROADBLOCK_SET.match(text, m_start) \
                and _ARMED_SUBJECT.search(text, max(0, m_start - 30), m_start):
            why = "armed roadblock"  # "after the rebels set up roadblocks in the Nkwen neighbourhood": no crowd's protest
        if not why and rule.sub_event_type == "Change to group/activity" \
                and _TEMPORAL_CLAUSE_BEFORE.search(text, max(0, m_start - 16), m_start):
            why = "reference"  # "Most villagers had fled before the soldiers arrived": the time of the act told
        if not why and text[m_start:m_end].lower() == "killed" and _WHOSE_KIN_BEFORE.search(text, max(0, m_start - 50), m_start):
            why = "reference"  # "said a man whose niece was killed": one of the dead of an act told before
        if not why and rule.sub_event_type == "Shelling/artillery/missile attack" and text[m_start:m_end].lower().endswith("rounds") \
                and _GUNMEN.search(text, 0, m_start):
            why = "gunfire"  # "The attackers arrived in two vehicles and fired dozens of rounds": a shooting's shots
        if not why and rule.strength != "strong" and _ENSUING_BEFORE.search(text, max(0, m_start - 30), m_start):
            why = "reference"  # "killed in the attack and a subsequent assault": the act told, followed up
        if not why and rule.family == "demonstration" and (weapon := _WEAPON_SUBJECT.search(text, max(0, m_start - 40), m_start)) \
                and not _WEAPON_AS_OBJECT.search(text, max(0, weapon.start() - 12), weapon.start()):
            # (not a crowd "angered by the port explosion")
            why = "weapon"  # "The blast destroyed part of the perimeter wall": a bomb's harm, no crowd's
        if not why and "until" in text[max(0, m_start - 40):m_start] and _UNTIL_BEFORE.search(text, max(0, m_start - 40), m_start) \
                and _REFUSED.search(text, 0, m_start):
            why = "hypothetical"  # "refused to take his body from the morgue until the police arrested those responsible"
        if not why and rule.sub_event_type == "Armed clash" and text[max(0, m_start - 3):m_start].lower() == "as " \
                and _FLARED_AFTER.match(text, m_end):
            why = "backdrop"  # "shot dead a farmer ..., as violence between the state's two communities flared again"
        if not why and rule.family == "demonstration" and _TO_COME_AFTER.match(text, m_end):
            why = "hypothetical"  # "said the protests would continue on Thursday and Friday": protests still to come
        if not why and rule.sub_event_type == "Armed clash" and "offensive" in text[m_start:m_end].lower() \
                and _OFFENSIVE_TO_COME.match(text, m_end):
            why = "hypothetical"  # "a major offensive against Al Shabaab in Middle Shabelle would begin next month"
        if not why and rule.family == "demonstration" and _HELD_FOR_BEFORE.search(text, max(0, m_start - 50), m_start):
            why = "topic"  # "arrested a student leader on Monday in connection with a protest held last year"
        if not why and rule.family == "demonstration" and _MARCH_ON.match(text, m_start) \
                and _ARMED_MARCHER.search(text, max(0, m_start - 80), m_start):
            why = "armed advance"  # "a rebel coalition that tried to march on Bangui": fighters' advance, no protest
        if not why and rule.sub_event_type == "Violent demonstration" and _STORMED.match(text, m_start) \
                and _ARMED_SUBJECT.search(text, max(0, m_start - 70), m_start):
            why = "armed assault"  # "TTP militants stormed the Karachi Police Office": fighters' assault, no crowd's riot
        if not why and rule.sub_event_type == "Violent demonstration" and text.startswith("marred by", m_start) \
                and _VOTE_BEFORE.search(text, max(0, m_start - 60), m_start) and not _PROTEST_WORD.search(text):
            why = "summary"  # "the barangay election was marred by violence: gunmen killed a candidate": the vote's
            # violence told in general, its acts told after it
        if not why and rule.family == "demonstration" and _RALLY.fullmatch(text, m_start, m_end) \
                and _CANDIDATE.search(text) and not _PROTEST_WORD.search(text):
            why = "campaign"  # "a presidential candidate was shot dead after a rally": his campaign's, no protest
        if not why and rule.sub_event_type == "Grenade" and _ARMED_WITH.search(text, max(0, m_start - 50), m_start):
            why = "gear"  # "attackers armed with rifles and hand grenades stormed the station": the assault's gear
        if not why and rule.strength == "brief" and _SPEECH.search(text, 0, m_start):
            why = "statement"  # "he said security had been stepped up": an official's claim
        if why:
            dropped.append((trig, why))
            continue
        live.append(trig)
        if key in seen_rules:
            seen_twice.add(key)
        seen_rules.add(key)
    # "defused an IED", "two landmines were removed": the device named inside a disruption is no blast
    disrupted = [t for t in live if t.sub_event_type == "Disrupted weapons use"]
    if disrupted:
        # (the device's name may run past the disruption's span: "defused an improvised explosive| device")
        # (not the weapons of an interception of some: "shot down 29 of 38 drones launched overnight" tells the strike too;
        # "shot down ten Shahed drones launched by Russian forces" tells none that got through)
        # (or overlap it: "A pipe| bomb ... was made safe")
        for t in [t for t in live if t.rule.family == "remote" and any(
                t.start < d.end and d.start < t.end and not (_INTERCEPTION.match(d.text) and _SOME_OF.search(d.text))
                for d in disrupted)]:
            live.remove(t)
            dropped.append((t, "disrupted"))
        # "Troops seized 14 assault rifles, 3,000 rounds and 22 improvised explosive devices": devices in the list
        # of what was seized are no blast either
        seized = [d for d in disrupted if _SEIZED.match(d.text)]
        for t in [t for t in live if t.rule.family == "remote" and any(
                0 < t.start - d.start <= 160 and not _CLAUSE_BREAK.search(text, d.end - sentence.start,
                                                                          t.start - sentence.start) for d in seized)]:
            live.remove(t)
            dropped.append((t, "disrupted"))
        if any(t.rule.family == "remote" for t in live):
            # "targeted by an IED; three more IEDs were discovered": the blast is the event (unless the report
            # is labelled a disruption: "Detonation: an explosive thrown from a car hit a wall")
            for t in [t for t in disrupted if not is_label(t)]:
                live.remove(t)
                dropped.append((t, "a blast told with it"))
    # "police raided the headquarters of the Bar Association and arrested a lawyer": a raid that makes arrests, with no
    # harm told, is the arrest
    if any(t.sub_event_type == "Arrests" for t in live):
        raids = [t for t in live if t.rule.family == "violence" and _RAID.fullmatch(t.text)]
        harmful = [t for t in live if t.rule.family in ("violence", "remote") and t not in raids]
        if raids and not harmful and not _HARM.search(_NO_HARM.sub(" ", text) if "without" in text else text):
            for t in raids:
                live.remove(t)
                dropped.append((t, "the raid of an arrest"))
    # "Gunmen on motorcycles stormed the village, shooting at residents and setting fire to houses": armed men's arson is
    # part of their attack, no riot
    if any(t.rule.family == "violence" for t in live):
        burning = [t for t in live if t.sub_event_type in ("Violent demonstration", "Mob violence") and _ARSON.match(t.text)]
        if burning and _ARMED_DOERS.search(text, 0, burning[0].start - sentence.start) and not _CROWD_WORDS.search(text):
            for t in burning:
                live.remove(t)
                dropped.append((t, "armed men's arson, part of their attack"))
    # "militants occupied Macomia town, looting food and vehicles before withdrawing": a town held for a raid is no
    # territory taken, the raid's other acts are the event
    taken = [t for t in live if t.sub_event_type in TERRITORY_TAKEN and _LEFT_AFTER.search(text, t.end - sentence.start)]
    if taken and len(taken) < len(live):
        for t in taken:
            live.remove(t)
            dropped.append((t, "held, then left"))
    # "residents seized two men they accused of trying to kidnap a child, beat them": a crowd's capture of suspects
    # to punish them is its mob violence, no abduction
    mobs = [t for t in live if t.sub_event_type == "Mob violence"]
    for t in [t for t in live if t.sub_event_type == "Abduction/forced disappearance"
              and any(m.start <= t.start < m.end for m in mobs)]:
        live.remove(t)
        dropped.append((t, "a crowd's capture"))
    # "the Arakan Army released two abducted police officers": those it let go, no abduction that day
    for t in [t for t in live if t.sub_event_type == "Abduction/forced disappearance" and _RELEASED_BEFORE.search(
            text, max(0, t.start - sentence.start - 80), t.start - sentence.start)]:
        live.remove(t)
        dropped.append((t, "released"))
    # "a drone attack on Erbil air base", "attacked a vessel with a drone": the generic act inside a remote one's words is
    # that act, not another
    remote = [t for t in live if t.rule.family == "remote"]
    # (one that starts before the remote words holds them: "fired RPGs and other weapons at army positions" is a fight)
    for t in [t for t in live if t.sub_event_type.startswith("@") and any(r.start <= t.start < r.end for r in remote)]:
        live.remove(t)
        dropped.append((t, "part of a remote act"))
    # "about a hundred militants attacked their unit near Tabatol, using IEDs and suicide vehicles": the bombs are the
    # weapons of a ground assault, one battle (not an IED attack of its own)
    for t in [t for t in live if t.sub_event_type == "Remote explosive/landmine/IED"
              and _USING_BEFORE.search(text, max(0, t.start - sentence.start - 12), t.start - sentence.start)
              and _ASSAULT_BEFORE.search(text, 0, t.start - sentence.start)]:
        live.remove(t)
        dropped.append((t, "an assault's weapon"))
    # "arrested an alleged finance officer of the NPA during a raid on a boarding house": the raid that made the arrest
    arrests = [t for t in live if t.sub_event_type == "Arrests"]
    # (or the damage done to make it: "was detained by paramilitary Rangers who smashed windows to reach him")
    for t in [t for t in live if arrests and t.start > arrests[0].end and (
            (t.sub_event_type.startswith("@")
             and _DURING_A_RAID.search(text, max(0, t.start - sentence.start - 12), t.start - sentence.start + 5))
            or (t.sub_event_type in ("Looting/property destruction", "Violent demonstration")
                and _TO_REACH_THEM.match(text, t.end - sentence.start)))]:
        live.remove(t)
        dropped.append((t, "part of an arrest"))
    # "joined a protest to demand justice for a child who was raped": what a protest is about
    protests = [t for t in live if t.rule.family == "demonstration"]
    # (damage told in the passive names no crowd, and weapons that hit are no protest's topic: "the plant was completely
    # destroyed after being hit by several missiles")
    crowds = [t for t in protests if not (t.rule.strength == "weak" and _DAMAGE_TOLD_PASSIVE.search(
        text, max(0, t.start - sentence.start - 30), t.start - sentence.start))]
    if protests:
        first = min(t.start for t in protests)
        for t in [t for t in live if t.start > first and (t.rule.family != "demonstration" or (
                t.sub_event_type == "Violent demonstration" and t.rule.strength != "strong")
                or t.sub_event_type == "Mob violence")  # ("protested the killing of a student by a mob")
                              and (crowds or t.rule.family != "remote")]:
            cues = list(_PROTEST_TOPIC.finditer(text, first - sentence.start, t.start - sentence.start))
            cue = cues[-1] if cues else None  # the last cue before the trigger
            # (", killing at least 43 people" tells what the act before did, not what the protest was about)
            if cue is not None and not _NEW_CLAUSE.search(text, cue.end(), t.start - sentence.start) \
                    and not passive_main_verb(text, t.start - sentence.start, t.end - sentence.start) \
                    and not _main_verb_after_participle(text, first - sentence.start, t.start - sentence.start) \
                    and not (RESULT_PARTICIPLE.match(t.text) and text[:t.start - sentence.start].rstrip().endswith(",")) \
                    and not (cue.group(0).lower() == "after"
                             and _CROWD_AFTER_THE_CUE.fullmatch(text, cue.end(), t.start - sentence.start)):
                # (not the crowd's own act the force answered: "Police fired tear gas after some protesters looted shops")
                live.remove(t)
                dropped.append((t, "topic"))
    live.sort(key=lambda t: (-t.rule.priority, t.start))
    return Detection(sentence, tuple(live), tuple(dropped))


# a protest told as a participle after its crowd ("youths protesting against the killing of a rider"), not as a finite
# verb or after a preposition ("were protesting", "of people protesting")
_PARTICIPLE_PROTEST = re.compile(r"(?:protesting|demonstrating|marching|rallying)\b", re.I)
_NOT_A_SUBJECT_BEFORE = re.compile(r"\b(?:was|were|are|is|been|be|of|for|while|after|before|by|when|as|and|with|among)\s+$", re.I)
# the sentence's own verb after the participle's phrase: an active verb in the past ("torched", "held", "threw")
_FINITE_PAST = re.compile(r"(?:\w+ed|burnt|set|threw|held|took|stole|beat|fought|broke|tore|hurled|overran|swept|sank|shot|"
                          r"struck|hit|drove|forced|ran)\b", re.I)
_DETERMINER_OR_CLAUSE = re.compile(r"\b(?:the|a|an|his|her|their|its|who|which|that|whose|by|had|has|have|was|were)\s+$|"
                                   r"[,;:]\s*$", re.I)
# what an act did, told after a comma (", killing at least 43 people"): the act's result, no protest's topic
RESULT_PARTICIPLE = re.compile(r"(?:killing|wounding|injuring|leaving)\b", re.I)


def _main_verb_after_participle(text: str, protest: int, act: int) -> bool:
    """"youths protesting against the killing of a rider torched a police post": the act after a protest told as the
    crowd's participle is the sentence's own verb, not what the protest was about."""
    return bool(_PARTICIPLE_PROTEST.match(text, protest)) \
        and not _NOT_A_SUBJECT_BEFORE.search(text, max(0, protest - 12), protest) \
        and bool(_FINITE_PAST.match(text, act)) and not _DETERMINER_OR_CLAUSE.search(text, max(0, act - 12), act)


# "students demonstrating for road safety were attacked by ...": the sentence's own passive verb, its
# doers after "by" (not "a protest against people who were attacked by police": a relative clause)
_PASSIVE_BEFORE = re.compile(r"\b(?!who\b|that\b|which\b)\w+,?\s+(?:was|were)\s+(?:\w+ly\s+)?$", re.I)
_BY_AFTER = re.compile(r"\s+by\b", re.I)


# a protest told as still to come: "the protests would continue", "rallies are set to be held"
_TO_COME_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:would|will|(?:are|were|is|was)\s+(?:set|due|expected|scheduled|planned|"
                            r"going)\s+to)\s+(?:continue|resume|go\s+ahead|be\s+held|take\s+place|spread|start|begin)\b", re.I)
# the dead found, and who they are thought to be ("found 17 bodies ..., believed to be civilians killed last month")
_REMAINS_FOUND = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses?|skeletons?|mass graves?)\b[^.;]{0,80}?\b(?:found|discovered|"
                            r"exhumed|unearthed|recovered)\b|\b(?:found|discovered|exhumed|unearthed|recovered)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:bod(?:y|ies)|remains|corpses?|skeletons?|mass graves?)\b", re.I)
_BELIEVED_KILLED_BEFORE = re.compile(r"\b(?:believed|thought|said|presumed|suspected)\s+to\s+(?:be|have\s+been)\s+"
                                     r"(?:(?:those\s+of\s+)?[\w-]+\s+){0,3}?$", re.I)
# an offensive told as still to come: "an offensive against Al Shabaab ... would begin next month"
_OFFENSIVE_TO_COME = re.compile(r"[^.;,]{0,80}?\b(?:would|will|(?:is|was|are|were)\s+(?:set|due|expected|scheduled|planned|"
                                r"going|about)\s+to)\s+(?:soon\s+)?(?:begin|start|be\s+launched|commence|get\s+under\s?way|"
                                r"kick\s+off)\b", re.I)
_TO_REACH_THEM = re.compile(r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:reach|get\s+to|enter|arrest|detain|seize|grab)\b", re.I)
_DURING_A_RAID = re.compile(r"\b(?:during|in)\s+(?:an?|the)\s+(?:[\w-]+\s+)?raid", re.I)
_USING_BEFORE = re.compile(r"\b(?:using|with|wielding)\s+(?:heavy\s+)?$", re.I)
_ASSAULT_BEFORE = re.compile(r"\b(?:attacked|stormed|assaulted|raided|overran|overrun)\s+(?:the|their|an?|its)\s+(?:[\w-]+\s+)?"
                             r"(?:unit|base|camp|post|position|garrison|barracks|outpost|checkpoint|military|army|soldiers|troops)\b"
                             r"(?!['’]s)",  # (not "attacked the military's convoy with landmines": a bombing)
                             re.I)
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PAST_PERIOD_TOLD = (
    r"\b(?:during|in|of|about|over|after|since|following|on|to|at)\s+(?:the\s+)?(?:"
    r"(?:last|past|previous)\s+(?:day|week|month|year)['’]s|yesterday['’]s|last\s+\w+day['’]s|earlier|past|previous|"
    rf"(?-i:{_MONTH_NAMES})(?:\s+and\s+(?-i:{_MONTH_NAMES}))?(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s+"
    r"(?:[\w-]+\s+)?")
_PROTEST_NOUNS = r"(?:anti-[\w-]+\s+)?(?:protests|demonstrations|riots|unrest|marches)\b"
_PAST_PROTESTS_BEFORE = re.compile(_PAST_PERIOD_TOLD + "$", re.I)
# (and the harm told in them: "over the 2014 Kobani protests, in which dozens of people were killed")
_IN_PAST_PROTESTS_BEFORE = re.compile(_PAST_PERIOD_TOLD + _PROTEST_NOUNS + r",?\s+(?:in|during)\s+which\s+"
                                      r"(?:[\w'’-]+\s+){0,6}$", re.I)
_DURING_PAST_PROTESTS_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:during|in)\s+(?:the\s+)?(?:(?:last|past|previous)\s+(?:week|month|year)['’]s|"
    rf"(?-i:{_MONTH_NAMES})(?:\s+and\s+(?-i:{_MONTH_NAMES}))?)\s+(?:[\w-]+\s+)?(?:protests|demonstrations|riots|unrest)\b", re.I)
_DID_NOT_INTERVENE = re.compile(r"(?:\s+[\w'’-]+){0,5}?,?\s+(?:but\s+|and\s+)?(?:did\s+not|didn['’]t|never)\s+intervene|"
                                r"(?:\s+[\w'’-]+){0,5}?,?\s+without\s+intervening", re.I)
_PREPARING_BEFORE = re.compile(r"\b(?:preparing|prepares|readying|massing)\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)
_RECOVERING_BEFORE = re.compile(r"\b(?:seizing|recovering|confiscating|seized|recovered|confiscated)\s+(?:[\w,-]+\s+){0,4}$", re.I)
_WORDS_ATTACKED = re.compile(r"(?:\s+(?:on|against))?\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?"
                             r"(?:bill|law|budget|policy|policies|proposals?|decision|ruling|verdict|record|remarks|"
                             r"statement|comments|reforms?|constitution|amendment|tax(?:es)?|finance bill|manifesto)\b"
                             # (the words' noun ends there: not "attacked the tax office")
                             r"(?=\s*(?:[,.;:]|$)|\s+(?:in|at|on|during|before|after|which|that|and|by|for|as|over)\b)",
                             re.I)
_CROWD_AFTER_THE_CUE = re.compile(r"\s+(?:some\s+|the\s+|a\s+few\s+|several\s+|many\s+)?(?:of\s+the\s+)?(?:protesters|"
                                  r"demonstrators|rioters|youths|crowds?|marchers)\s+(?:had\s+)?", re.I)
_HAD_ALREADY_BEFORE = re.compile(r"\bhad\s+(?:already|just)\s+$", re.I)
_PROTEST_NOUN = re.compile(_PROTEST_NOUNS, re.I)
_BY_ANIMALS = re.compile(r"\s+by\s+(?:an?\s+|the\s+)?(?:swarms?\s+of\s+|herds?\s+of\s+|packs?\s+of\s+|prides?\s+of\s+)?"
                         r"(?:angry\s+|wild\s+|rogue\s+|stray\s+)?(?:bees|wasps|hornets|elephants?|hippos?|hippopotamus(?:es)?|"
                         r"crocodiles?|lions?|leopards?|hyenas?|buffalo(?:es)?|snakes?|wild animals?)\b", re.I)
# property told as the subject of its own damage ("Two houses burned to the ground following two bomb blasts")
_PROPERTY_SUBJECT = r"\b(?:houses|homes|huts|shops|buildings|stalls|vehicles|cars)\s+$"
PROPERTY_BEFORE = re.compile(_PROPERTY_SUBJECT, re.I)
_DAMAGE_TOLD_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$|" + _PROPERTY_SUBJECT, re.I)


def passive_main_verb(text: str, start: int, end: int) -> bool:
    """The act at [start, end) is a clause's own passive verb with its doers after "by" ("students demonstrating
    for road safety were attacked by ..."), not one in a relative clause ("people who were attacked by")."""
    return bool(_BY_AFTER.match(text, end)) and bool(_PASSIVE_BEFORE.search(text, max(0, start - 40), start))


# arrests for common crimes ("suspected of stealing motorcycles", "over the robbery of a jewellery shop")
_COMMON_CRIME = re.compile(r"\b(?:suspected|accused) of (?:[\w-]+ ){0,2}?(?:stealing|theft|robbing|robbery|burglary|"
                           r"housebreaking|pickpocketing|car-?jacking|drug[- ]?trafficking|trafficking drugs|selling drugs|"
                           r"fraud|forgery|counterfeiting|poaching)\b|\b(?:over|for|in connection with) (?:the |a |an )?"
                           r"(?:[\w-]+ ){0,2}?(?:robbery|theft|burglary|break-in|heist)\b", re.I)
# a participle told as what someone is ("the detained mayor"), no act
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our)\s+$", re.I)
# (one victim too: "The soldier killed on Wednesday will be buried in Oaxaca")
_THE_DEAD_BEFORE = re.compile(r"\b(?:the|those|these) (?:[\w-]+ ){0,3}(?:\w+s|\w*men|people|children|\w*man|woman|boy|girl|"
                              r"child|soldier|officer|victim|trader|driver|farmer|herder|student|teacher|chief)\s+$", re.I)
_WHERE_AFTER = re.compile(r"\s+(?:in|during|at|near|on|last|earlier)\b", re.I)
_PASSIVE_HIT = re.compile(r"\b(?:was|were)\s+(?:shot|killed|wounded|injured)\b", re.I)
_OPENED_FIRE = re.compile(r"(?:opened|open) fire\b", re.I)
_SEARCHED = re.compile(r"\b(?:searched|searching|search of|searches of)\b[^.;]*$", re.I)
_WHO_HAD = re.compile(r"\bwho\s+(?:had|have|has)\s+(?:already\s+)?$", re.I)
# a protest called or announced, not held ("called a sit-in", "announced a nationwide protest programme")
_CALLED_BEFORE = re.compile(r"\b(?:called|announced)\s+(?:for\s+)?(?:an?|the|their|its|fresh|new|more|further)?\s*"
                            r"(?:[\w-]+\s+){0,2}$", re.I)
# a call for others to act "in protest" ("called for all markets in the cercle to close on Thursday in protest at the
# insecurity"): the call, not a protest held
_CALLED_TO_IN = re.compile(r"\b(?:called|calling|calls|urged|urging|asked)\s+(?:for|on)\s+(?:[\w'’-]+\s+){0,8}?to\s+"
                           r"[^.;]*\bin\s+$", re.I)
# what is said of an act named by a noun that has not happened yet: "marches would be held", "a rally planned for"
_STILL_TO_COME = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:would|will|(?:is|are|was|were)\s+(?:set|due|expected)\s+to)\s+"
                            r"(?:be\s+(?:held|staged|organi[sz]ed)|take\s+place|go\s+ahead)\b"
                            r"|(?:\s+[\w-]+){0,2}?\s+(?:planned|scheduled)\s+for\b"
                            # ("said that attacks on civilians and civilian infrastructure must stop": a demand)
                            r"|(?:\s+[\w-]+){0,8}?\s+(?:must|should|have to|has to|need to|needs to)\s+(?:stop|end|cease|be stopped|"
                            r"be halted|be ended)\b", re.I)
_LEFT_AFTER = re.compile(r"\b(?:before|then|later|and|after which (?:they|it))\s+(?:withdrawing|withdrew|retreating|retreated|"
                         r"pulling out|pulled out|leaving the (?:town|city|village|area))\b", re.I)
_ON_A_WEEKDAY = re.compile(r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_SEIZED = re.compile(r"(?:seized|recovered|found|discovered|confiscated|uncovered)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;.]|,\s+(?:and\s+)?(?:while|but|after|before|when|as|which|who)\b|\b(?:exploded|detonated|"
                           r"went off|killing|killed|wounding)\b", re.I)
_RAID = re.compile(r"raided|stormed|(?:(?:launched|carried out|staged|mounted|conducted) (?:an? |the )?(?:\w+ )?)?"
                   r"raids?(?: (?:on|across|in|at)(?: (?:an? |the |their |his |her )?\w+)?)?", re.I)  # ("carried out raids")
_ARSON = re.compile(r"(?:set|sets|setting)\s+(?:fire|ablaze|alight|on fire)|torch|burn|razed", re.I)
_ARMED_DOERS = re.compile(r"\b(?:gunmen|armed men|bandits|militants|insurgents|jihadists|attackers|assailants|rebels|"
                          r"militiamen|fighters|terrorists|raiders)\b", re.I)
_CROWD_WORDS = re.compile(r"\b(?:protest\w*|demonstrat\w*|riot\w*|mobs?|crowds?|youths)\b", re.I)
# harm said not to have happened: "detained the man in a raid on a house without firing a shot"
_NO_HARM = re.compile(r"\bwithout (?:firing a (?:single )?shot|a (?:single )?shot (?:being )?fired|(?:any )?(?:resistance|"
                      r"casualties|bloodshed|violence|injur(?:y|ies)))\b", re.I)
_HARM = re.compile(r"\b(?:kill\w*|shot|shoot\w*|wound\w*|injur\w*|beat\w*|tortur\w*|assault\w*|fired|fire on|dead|died|"
                   r"clash\w*|gunfire|tear ?gas|abduct\w*|kidnap\w*|loot\w*|burn\w*|torch\w*)\b", re.I)
_ARMED_WITH = re.compile(r"\b(?:armed with|carrying|equipped with)\s+(?:[\w-]+,?\s+){0,5}$", re.I)
_SOME_OF = re.compile(r"\b(?:\d+|[a-z]+) of (?:the )?(?:\d+|[a-z]+)\b", re.I)
_INTERCEPTION = re.compile(r"(?:shot|brought) down|intercepted|downed", re.I)
# ("Troops rescue 17 of dozens of students abducted ...", "rescued 17 students on Sunday who were among dozens
# abducted by gunmen ... last week": the abduction told is an earlier one)
_RELEASED_BEFORE = re.compile(r"\b(?:releas(?:e|es|ed|ing)|free[ds]|freeing|rescu(?:e|es|ed|ing)|returned|reunited)\s+"
                              r"(?:(?!(?:but|while|and|as)\b)[\w-]+\s+){0,5}?"
                              r"(?:(?:on\s+\w+\s+)?(?:who|that)\s+(?:were|was|had\s+been)\s+(?:among\s+)?(?:[\w-]+\s+){0,2})?$",
                              re.I)
# (not "..., and to end rape", nor "a student and another man": a noun joined on)
_NEW_CLAUSE = re.compile(r"\b(?:and|but|while|when|then)\b(?!\s+(?:to|a|an|the|another|other|his|her|their|two|three|"
                         r"four|five|\d+)\b)|;", re.I)
_PROTEST_TOPIC = re.compile(
    # ("protested the killing of a student by a mob": what was protested, told as its object)
    r"\bprotest(?:ed|ing)\s+(?:the|a|an|their|his|her)\b|"
    r"\b(?:against|over|about|for|demand\w*|justice|condemn\w*|denounc\w*|decry\w*|decrie\w*|following|after|"
    r"in protest|to protest|regarding|concerning|to (?:end|eliminate|stop|prevent|fight|combat|curb))\b",
    re.I)
