"""Date expressions in a sentence, resolved against the publication date to ACLED dates.

ACLED time_precision: 1 an exact day; 2 a week, a weekend, a short range of days or a hedged
day ("around 10 July"); 3 a month. Expressions that cover a span ("since October 1", "in recent
months", "this month alone", "between 9 October and 31 December") come back with kind "span" so
the coder can tell a summary sentence from an event sentence.

Why no dateparser: regular expressions plus calendar arithmetic are exact, explainable (every
mention carries the rule that produced it) and cheap; a pre-filter skips sentences with no
date-like word at all. Month names must be capitalised, so the verbs "may" and "march" are never
dates, and a bare "May"/"March" needs a preposition ("in May") or a day or year next to it.

Conventions (ACLED reports past events, so everything resolves backwards from publication):
- a weekday or a month-day without year is the most recent such day on or before publication;
  "last Sunday" is the most recent Sunday strictly before it;
- a week's mid-point is its Wednesday (weeks run Monday-Sunday; ACLED codes "week of 16 July
  2018", a Monday, as 18 July), never after publication;
- a weekend is represented by its Saturday (the first night of the weekend, when most weekend
  events reported on Monday began), the most recent Saturday on or before publication;
- a month is its 15th, its first day when "early"/"beginning of" is said, its last day when
  "late"/"end of" is said, and never after publication;
- a range of days spanning at most a week ("2-3 Nov", "between 12 and 13 February") is precision
  2 on its last day (never after publication) and carries its first day, so the coder can code
  one event a day as ACLED does ("from 24 to 26 September"); longer ranges are spans dated by
  their mid-point and
  ranges of months ("October-December") by the first day of their second month, so a note that
  reports one event over such a range gets a date inside it;
- a span's `date` is its start when written ("since October 1", "from January 1, 2020" -> that
  day; "in 2019" -> 1 January 2019), else the publication date ("in recent months"); "this month
  alone" and "so far this month" are spans, while "earlier this month" is a month (precision 3).
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMention", "find_dates"]


PLANNED = "a day after publication, still to come"  # the rule of a date after the article's: a plan
# the rules of a date that names another act ("the August 8 polls", "Saturday's events"): read by the assembler,
# which takes such a day when the act it names is the event's own ("The Jan. 28 bombing killed three")
NAMES_ANOTHER_EVENT = "names another event"
# the rule of a day told in a relative clause of an earlier act ("who had arrived on Sunday")
EARLIER_ACT = "the day of an earlier act told in a relative clause"
DAY_OF_ANOTHER_EVENT = "the day of another event"
LATER_DAY = "days after it"  # the rule of a day named more than a day after publication, read as the publication date


@dataclass(frozen=True)
class DateMention:
    """One date expression and the ACLED date it stands for."""

    date: date  # resolved event date (mid-point/first/last day per precision rule)
    precision: int  # ACLED time_precision 1, 2 or 3
    start: int  # offset of the expression in the text (plus `offset`)
    end: int
    text: str  # the expression as written
    kind: str  # "day" | "week" | "month" | "span" | "reference" (a date that names another event)
    rule: str  # why this date, in words
    first: date | None = None  # a short range of days ("24-26 September"): its first day; `date` is its last


MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}
_FULL_MONTHS = frozenset(list(MONTHS)[:12])
WEEKDAYS: dict[str, int] = {
    d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "a couple of": 2, "few": 3, "a few": 3,
}
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 5,
}

# ---------------------------------------------------------------------------- regex pieces
_MONTH_ALT = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_WEEKDAY_ALT = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_SEP = r"\s*(?:-|\u2013|\u2014|to|and|or|until|till|through|thru)\s*"
# A day number not followed by a count noun ("on January 3 and 4 people ..." is not a range).
_NOT_COUNT = (
    r"(?!\s+(?:people|persons|men|women|children|civilians|soldiers|police|policemen|others|more|"
    r"were|was|have|had|houses|homes|villagers|protesters|militants|dead|killed|injured)\b)"
)
# (a day told before its sentence's subject is still a day: "On June 14 police arrested ...", unlike "In June 14 police were
# killed", a count)
_NOT_COUNT_TOLD = (
    r"(?!\s+(?:(?:people|persons|men|women|children|civilians|soldiers|police|policemen|others|more|houses|homes|villagers|"
    r"protesters|militants)\s+(?:were|was|have|had|died|killed|dead|injured|wounded|lost)|were|was|have|had|dead|killed|"
    r"injured)\b)"
)
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|(?:a\s+)?couple\s+of|(?:a\s+)?few|several|many)"
_PARTS = (
    "early|late|mid|the beginning of|the start of|the end of|the middle of|beginning of|start of|end of|"
    "middle of"
)


def _month(n: str = "") -> str:
    return rf"(?P<mon{n}>{_MONTH_ALT})\b\.?"


def _day(n: str = "") -> str:
    return rf"(?P<day{n}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)"


def _year(n: str = "") -> str:
    return rf"(?P<year{n}>(?:19|20)\d\d)(?!\d)"


def _dm(n: str = "", year: bool = True) -> str:
    """'26 January 2020', '26th of January', '26-December-2018'."""
    y = rf"(?:[\s,-]+{_year(n)})?" if year else ""
    return rf"{_day(n)}(?:\s+of)?[\s-]+{_month(n)}{y}"


# the year named by its place to the publication's: "5 April last year", "in March of this year"
_YEAR_NAMED = r"(?:,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b)?"


def _md(n: str = "", year: bool = True) -> str:
    """'January 26', 'Jan. 26th, 2020'."""
    y = rf"(?:,?\s+{_year(n)})?" if year else ""
    return rf"{_month(n)}\s+{_day(n)}{y}(?!\d)"


# Left extensions, matched on the lower-cased text that ends where a core match starts. They
# are separate from the cores so that every core starts with a digit, a month or a keyword:
# Python's regex engine then skips most positions at once, which keeps this module cheap.
_SPAN_WORDS = "since|as of|until|till|starting|beginning|from"
_DAY_PREFIX = re.compile(
    rf"(?<![a-z])(?:(?P<span>{_SPAN_WORDS})\s+(?:the\s+)?)?"
    r"(?:(?P<hedge>on or about|on or around|on or before|sometime around|sometime before|sometime on|around|"
    r"about|approximately|circa|roughly|as reported on|as reported|assumed on)\s+)?"
    rf"(?:(?P<wd>{_WEEKDAY_ALT.lower()}),?\s+(?:the\s+)?)?\Z"
)
_MONTH_PREFIX = re.compile(
    rf"(?<![a-z])(?:(?P<span>{_SPAN_WORDS})\s+)?"
    r"(?:(?P<prep>in|during|throughout|by|of|on|for|around|at|before|after|the)\s+)?"
    r"(?:(?P<monthof>(?:the\s+)?month\s+of)\s+)?(?:(?P<mod>last|this|next|coming)\s+)?"
    rf"(?:(?P<part>{_PARTS})\s+|(?P<mid>mid)-\s*)?\Z"
)
_RANGE_PREFIX = re.compile(r"(?<![a-z])(?P<between>between|from|sometime between|sometime in|sometime|in|"
                           r"(?P<weekof>week of))\s+\Z")
_KEYWORD_SPAN_PREFIX = re.compile(r"(?<![a-z])(?P<span>since|until|as of)\s+\Z")
_PERIOD_PREFIX = re.compile(r"(?<![a-z])(?:(?P<prep>in|over|during|for|within|throughout)\s+)?(?:the\s+)?\Z")
_YEAR_PREFIX = re.compile(r"(?<![a-z])(?P<span>in|during|throughout|since|until|by|as of)\s+(?:(?:early|late|mid)-?\s*)?\Z")
_DAY_OF_MONTH_PREFIX = re.compile(r"(?<![a-z])(?:(?P<span>since|until)|on|of|by)\s+\Z")
_WEEK_OF_PREFIX = re.compile(r"(?<![a-z])(?:during|in)?\s*the\s+\Z")


# ---------------------------------------------------------------------------- calendar helpers
def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _recent_month_day(month: int, day: int, published: date, grace: int = 0) -> date | None:
    """The most recent month-day on or before `published` (news reports past events).

    `grace` days after publication still count as this year's: a report dated the 28th that says
    "on the 29th" (time zones, a late edition) or "22-23 March" on the 22nd is not a year old.
    """
    for year in (published.year, published.year - 1, published.year - 4):  # -4: 29 February
        d = _safe_date(year, month, day)
        if d is not None and (d - published).days <= (grace if year == published.year else 0):
            return d
    return None


def _recent_month(month: int, published: date, strictly_before: bool = False) -> int:
    """Year of the most recent `month` not after (or strictly before) the publication month."""
    if month < published.month or (month == published.month and not strictly_before):
        return published.year
    return published.year - 1


def _month_point(year: int, month: int, part: str | None) -> tuple[date, str]:
    p = (part or "").lower()
    if p in ("early", "the beginning of", "the start of", "beginning of", "start of"):
        return date(year, month, 1), "start of month -> first day"
    if p in ("late", "the end of", "end of"):
        return _month_end(year, month), "end of month -> last day"
    return date(year, month, 15), "month -> mid-point (15th)"


def _wednesday(day: date) -> date:
    """Mid-point of the Monday-Sunday week containing `day` (ACLED uses the Wednesday)."""
    return day - timedelta(days=day.weekday()) + timedelta(days=2)


def _last_weekday(weekday: int, published: date, strictly_before: bool = False) -> date:
    back = (published.weekday() - weekday) % 7
    if strictly_before and back == 0:
        back = 7
    return published - timedelta(days=back)


def _explicit_day(g: dict, n: str, published: date, year_hint: int | None = None,
                  grace: int = 0) -> tuple[date | None, str]:
    """Resolve month/day/year groups with suffix `n`; no year -> most recent before publication."""
    month, day = MONTHS[g[f"mon{n}"]], int(g[f"day{n}"])
    year = g.get(f"year{n}")
    if year:
        return _safe_date(int(year), month, day), "explicit year"
    if year_hint is not None:
        return _safe_date(year_hint, month, day), "year from the rest of the expression"
    return _recent_month_day(month, day, published, grace), f"no year -> most recent on or before {published}"


#: Days after publication that a date without a year may fall and still be this year's (then it
#: is coded as the publication date: an event cannot postdate its report). A month: a short report
#: dated by its event tells what followed it ("On 11 January 2020 ... He was found dead on January
#: 18"), and a day a year back is written with its year or "last year".
DAY_GRACE = 31
RANGE_GRACE = 7


# ---------------------------------------------------------------------------- resolvers
# Each returns (date, precision, kind, why), or None to consume the text without a mention
# (a future or impossible date must not fall back to a shorter, wrong reading).
# (date, precision, kind, why), and for a short range of days its first day as a fifth item
Resolved = tuple[date, int, str, str] | tuple[date, int, str, str, date] | None


def _r_day(g: dict, published: date) -> Resolved:
    yrel = (g.get("yrel") or "").lower()
    if yrel == "next":
        return None
    d, why = _explicit_day(g, "", published, grace=DAY_GRACE,
                           year_hint=published.year - (yrel == "last") if yrel else None)
    if d is None:
        return None
    if d > published:
        # (in a news story, a day well after it is a plan: "a sit-in in Jos for 8 July"; a note may be dated
        # before the days it tells)
        later = f" ({LATER_DAY})" if (d - published).days > 1 else ""
        d, why = published, f"{d} is after publication{later}: the publication date"
    wd = g.get("wd")
    if wd and WEEKDAYS[wd.lower()] != d.weekday():
        why += f"; weekday {wd} disagrees, the date wins"
    if g.get("hedge"):
        return d, 2, "day", f"hedged day ({g['hedge'].lower()}) -> precision 2; {why}"
    return d, 1, "day", why


def _r_numeric(g: dict, published: date) -> Resolved:
    """d/m or m/d: of the readings that are valid and not after publication, the most recent."""
    a, b = int(g["a"]), int(g["b"])
    y = g.get("y")
    if y and len(y) == 2 and g.get("s") != "/":
        return None  # "1.5.20" or "3-4-12" is more likely a version or a score than a date
    readings: list[tuple[date, str]] = []
    for day, month, order in ((a, b, "day/month"), (b, a, "month/day")):
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if y:
            year = int(y) if len(y) == 4 else 2000 + int(y)
            d = _safe_date(year, month, day)
        else:
            # (a day up to a month after publication is this year's, coded as the publication date, as for
            # written dates: "The riots became larger on 07/02" in a report of 6 February)
            d = _recent_month_day(month, day, published, DAY_GRACE)
            d = min(d, published) if d is not None else None
        if d is not None and d <= published:
            readings.append((d, order))
    if not readings:
        return None
    recent = [r for r in readings if (published - r[0]).days <= 62]
    d, order = max(recent) if recent else readings[0]  # both old: day/month, as most of the world writes
    return d, 1, "day", f"numeric date read as {order} (of the valid readings, the most recent on or before {published})"


def _r_iso(g: dict, published: date) -> Resolved:
    d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    return (d, 1, "day", "ISO date") if d else None


def _r_range(g: dict, published: date) -> Resolved:
    """Two days: the same day -> precision 1; a week or less -> precision 2 on its last day (the
    first is kept for the days told one by one); longer -> a span, precision 3 at its mid-point."""
    end, why = _explicit_day({**g, "mon2": g.get("mon2") or g.get("mon1")}, "2", published,
                             int(g["year1"]) if g.get("year1") else None, grace=RANGE_GRACE)
    if end is None:
        return None
    g1 = {**g, "mon1": g.get("mon1") or g.get("mon2")}
    first = _explicit_day(g1, "1", published, end.year)[0]
    if first is not None and first > end:
        first = _explicit_day(g1, "1", published, end.year - 1)[0]
    if first is None or first > published:
        return None
    n = (end - first).days
    mid = min(first + timedelta(days=(n + 1) // 2), published)
    if n == 0:
        return first, 1, "day", "range of one day"
    if n <= 6 and g.get("weekof"):
        # "during the week of 20 to 26 October": one act within the week, dated by its Wednesday
        wednesday = min(_wednesday(first), published)
        return wednesday, 2, "week", f"the week of {first}..{end} -> its Wednesday {wednesday}"
    if n <= 6:
        last = min(end, published)
        return last, 2, "week", f"range of {n + 1} days {first}..{end} -> its last day {last}", first
    return mid, 3, "span", f"range of {n + 1} days {first}..{end}: a span, dated by its mid-point {mid}"


def _r_week_of(g: dict, published: date) -> Resolved:
    d, _ = _explicit_day(g, "", published)
    if d is None:
        return None
    mid = min(_wednesday(d), published)
    return mid, 2, "week", f"week of {d} -> its Wednesday {mid}"


def _r_nth_week(g: dict, published: date) -> Resolved:
    month = MONTHS[g["mon"]]
    year = int(g["year"]) if g.get("year") else _recent_month(month, published)
    n = ORDINALS[g["ord"].lower()]
    day = _month_end(year, month).day - 3 if n == 5 else 7 * (n - 1) + 4
    d = min(date(year, month, day), published)
    return d, 2, "week", f"{g['ord']} week of the month -> its middle day {d}"


def _r_day_of_month(g: dict, published: date) -> Resolved:
    """'on the 26th': that day of the publication month, or of an earlier month if still ahead."""
    n = int(g["n"])
    year, month = published.year, published.month
    for _ in range(3):
        d = _safe_date(year, month, n)
        if d is not None and d <= published:
            return d, 1, "day", f"day of month -> most recent {n} on or before {published}"
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _r_relative_day(g: dict, published: date) -> Resolved:
    rel = " ".join(g["rel"].lower().split())
    if rel.startswith("the day before yesterday"):
        back = 2
    elif rel.startswith(("yesterday", "last night", "late yesterday", "early yesterday", "overnight")):
        back = 1
    else:
        back = 0
    d = published - timedelta(days=back)
    return d, 1, "day", f"{rel!r} -> {back} day(s) before publication"


_HOLIDAYS = {"new year's eve": (12, 31), "new year’s eve": (12, 31), "new year's day": (1, 1), "new year’s day": (1, 1),
             "christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26)}


def _r_holiday(g: dict, published: date) -> Resolved:
    """"on New Year's Eve", "on Christmas Day": a fixed day of the year, the most recent one."""
    name = " ".join(g["hol"].lower().split())
    d = _recent_month_day(*_HOLIDAYS[name], published)
    return (d, 1, "day", f"{name} -> {d}") if d is not None else None


def _r_ago(g: dict, published: date) -> Resolved:
    n = int(g["n"]) if g["n"].isdigit() else NUMBERS[" ".join(g["n"].lower().split())]
    unit = g["unit"].lower().rstrip("s")
    if unit == "day":
        return published - timedelta(days=n), 1, "day", f"{n} day(s) ago"
    if unit == "week":
        # the mid-point (Wednesday) of the week that many weeks before the publication's, as "last week"
        monday = published - timedelta(days=published.weekday() + 7 * n)
        d = monday + timedelta(days=2)
        return d, 2, "week", f"{n} week(s) ago -> {d} (weeks run Monday-Sunday, mid-point Wednesday)"
    month_index = published.year * 12 + published.month - 1 - n
    d, why = _month_point(month_index // 12, month_index % 12 + 1, None)
    return d, 3, "month", f"{n} month(s) ago: {why}"


def _r_weekday(g: dict, published: date) -> Resolved:
    mod = (g.get("mod") or "").lower()
    wd = WEEKDAYS[g["wd"].lower()]
    if mod in ("next", "coming", "this coming"):
        # "a march next Monday": a day still to come (a plan, read as such by the coder)
        ahead = (wd - published.weekday()) % 7 or 7
        return published + timedelta(days=ahead), 1, "day", f"{mod} {g['wd']} -> after {published}"
    strictly = mod in ("last", "this past", "past")
    d = _last_weekday(wd, published, strictly_before=strictly)
    return d, 1, "day", f"{(mod + ' ') if mod else ''}{g['wd']} -> most recent {'before' if strictly else 'on or before'} {published}"


def _r_weekday_range(g: dict, published: date) -> Resolved:
    """"from Monday to Wednesday": the days of this week up to the last one named (each a day of the act)."""
    end = _last_weekday(WEEKDAYS[g["wd2"].lower()], published, strictly_before=False)
    first = end - timedelta(days=(WEEKDAYS[g["wd2"].lower()] - WEEKDAYS[g["wd1"].lower()]) % 7)
    if first == end:
        return None
    return end, 2, "week", f"{g['wd1']} to {g['wd2']} -> the days {first}..{end}", first


def _r_weekend(g: dict, published: date) -> Resolved:
    mod = " ".join((g.get("mod") or "").lower().split())
    if mod in ("next", "coming", "this coming", "the coming"):
        return None
    saturday = _last_weekday(5, published)
    if mod in ("last", "previous", "the previous") and published.weekday() >= 5:
        saturday -= timedelta(days=7)
    return saturday, 2, "week", f"weekend -> its Saturday {saturday}, the most recent on or before {published}"


def _r_week(g: dict, published: date) -> Resolved:
    mod = " ".join(g["mod"].lower().split())
    monday = published - timedelta(days=published.weekday())
    if mod in ("next", "coming", "the coming"):
        return None
    if "last" in mod or "previous" in mod:
        monday -= timedelta(days=7)
        d = monday + timedelta(days=4 if mod.startswith("late") else 0 if mod.startswith("early") else 2)
    elif mod.startswith("earlier") or mod.startswith("early"):
        elapsed = max((published - monday).days - 1, 0)
        d = monday + timedelta(days=elapsed // 2)
    else:
        d = monday + timedelta(days=2)
    d = min(d, published)
    return d, 2, "week", f"{mod} week -> {d} (weeks run Monday-Sunday, mid-point Wednesday)"


def _r_month_year(g: dict, published: date) -> Resolved:
    d, why = _month_point(int(g["year"]), MONTHS[g["mon"]], g.get("part"))
    if date(d.year, d.month, 1) > published:
        return None
    return min(d, published), 3, "month", f"month and year: {why}"


def _r_this_month(g: dict, published: date) -> Resolved:
    mod = " ".join(g["mod"].lower().split())
    if "next" in mod or "coming" in mod:
        return None
    year, month = published.year, published.month
    if "last" in mod or "previous" in mod:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    if mod.startswith("earlier") and (year, month) == (published.year, published.month):
        d = date(year, month, 1) + timedelta(days=max(published.day - 2, 0) // 2)
        return d, 3, "month", f"earlier this month -> mid-point of the days before publication: {d}"
    # ("the end of last month": its last day; "the beginning of this month": its first)
    part = "early" if mod.startswith(("early", "the beginning", "beginning", "the start", "start")) \
        else "late" if mod.startswith(("late", "the end", "end")) else None
    d, why = _month_point(year, month, part)
    return min(d, published), 3, "month", f"{mod} month: {why}"


def _r_month(g: dict, published: date) -> Resolved:
    name = g["mon"]
    mod = (g.get("mod") or "").lower()
    if mod in ("next", "this coming", "coming"):
        return None
    if not (g.get("prep") or g.get("part") or g.get("mid") or mod or g.get("monthof") or g.get("span")):
        if name in ("May", "March") or name not in _FULL_MONTHS:
            return None  # "may see", "March on", "Jan Egeland": a bare word is not a date
    month = MONTHS[name]
    yrel = (g.get("yrel") or "").lower()
    if yrel == "next":
        return None
    if yrel:
        year = published.year - (yrel == "last")
        d, why = _month_point(year, month, g.get("part"))
        return min(d, published), 3, "month", f"month of {yrel} year: {why}"
    year = _recent_month(month, published, strictly_before=mod == "last")
    d, why = _month_point(year, month, g.get("part"))
    return min(d, published), 3, "month", f"month without year, the most recent not after publication: {why}"


SUMMARY_PERIOD = "summary period"  # (the rule of a period a summary covers, not an event's date)


def _r_period(g: dict, published: date) -> Resolved | bool:
    """'in recent months', 'over the past year': a summary period. Bare 'last week' is left to the week rule."""
    if g["unit"] in ("day", "week", "month") and not g.get("prep"):
        return False
    if g["unit"] == "days":
        # "in recent days", "over the past few days": the week the report was made
        return published, 2, "span", f"{SUMMARY_PERIOD} of recent days, not an event date: the week of publication"
    return published, 3, "span", f"{SUMMARY_PERIOD}, not an event date: dated by publication"


def _r_summary(g: dict, published: date) -> Resolved:
    return published, 3, "span", f"{SUMMARY_PERIOD} ('this month alone', 'last year', 'for months'): dated by publication"


def _r_year_span(g: dict, published: date) -> Resolved:
    year = int(g["y"])
    if year > published.year:
        return None
    return date(year, 1, 1), 3, "span", "a year is no ACLED precision: a span dated by 1 January"


def _r_month_range(g: dict, published: date) -> Resolved | bool:
    """'Oct-Nov 2016', 'between March and May': a span dated by its first month's first day."""
    if g["sep"] == "and" and not g.get("between"):
        return False  # "in October and November": two months, read one by one
    month = MONTHS[g["mona"]]
    year = int(g["ya"] or g["yb"] or 0) or _recent_month(month, published)
    if g["yb"] and not g["ya"] and month > MONTHS[g["monb"]]:
        year -= 1
    second = date(year + month // 12, month % 12 + 1, 1)
    if second > published:
        return date(year, month, 1), 3, "span", "range of months: a span dated by its first day"
    return second, 3, "span", "range of months: a span dated by the first day of its second month"


# ---------------------------------------------------------------------------- rules
@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[dict, date], Resolved | bool]
    needs: tuple[str, ...] = ()  # features (see _features) of which one must be present; () = always run
    lower: bool = False  # match on the lower-cased text (keywords); else on the text (month names are capitalised)
    prefix: re.Pattern[str] | None = None  # optional left extension, matched on the lower-cased text
    prefix_required: bool = False
    rank_core: bool = False  # rank by the core alone, so "in December" does not outrank "December 26"


_MONTH_CORES = ("M",)
# every word a weekday match can start with, as a look-ahead: cheaper than the rule's
# look-behinds, so most positions fail there first
_WEEKDAY_STARTS = rf"(?=since|until|as of|last|this|past|next|coming|{_WEEKDAY_ALT.lower()})"
_RULES: list[_Rule] = [
    # --- ranges of days, months
    *[_Rule("range", re.compile(form), _r_range, ("MR",), prefix=_RANGE_PREFIX) for form in (
        rf"{_day('1')}{_SEP}{_dm('2')}",
        rf"{_dm('1')}{_SEP}{_dm('2')}",
        rf"{_md('1')}{_SEP}{_md('2')}",
        rf"{_md('1', False)}{_SEP}{_day('2')}(?:,?\s+{_year('2')})?{_NOT_COUNT}(?!\d)",
    )],
    _Rule("month-range", re.compile(
        rf"{_month('a')}(?:,?\s+(?P<ya>(?:19|20)\d\d))?\s*(?P<sep>-|\u2013|to|through|until|and)\s*{_month('b')}"
        rf"(?:,?\s+(?P<yb>(?:19|20)\d\d))?(?!\s*\d)"), _r_month_range, ("MR",), prefix=_RANGE_PREFIX),
    # --- days
    _Rule("day-month", re.compile(_dm() + _YEAR_NAMED), _r_day, _MONTH_CORES, prefix=_DAY_PREFIX),
    _Rule("month-day", re.compile(_md() + _YEAR_NAMED + _NOT_COUNT_TOLD), _r_day, _MONTH_CORES, prefix=_DAY_PREFIX),
    _Rule("iso", re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])(?![\d-])"),
          _r_iso, ("D",), prefix=_DAY_PREFIX),
    _Rule("numeric", re.compile(r"(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/]|[.-]\d)"),
          _r_numeric, ("D",), prefix=_DAY_PREFIX),
    _Rule("numeric-no-year", re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])"), _r_numeric, ("D",),
          # "on 09/02 and 11/02": the second date of a list needs no preposition of its own
          prefix=re.compile(r"(?<![a-z])(?:(?P<span>since|until)|on|of)\s+(?:the\s+)?\Z|(?:(?<=/\d\d and )|(?<=/\d and )|(?<=/\d\d, )|(?<=/\d, ))\Z"),
          prefix_required=True),
    _Rule("day-of-month", re.compile(
        r"[Tt]he\s+(?P<n>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?!\s+(?:[A-Z]|of\b|anniversary|time|day|floor|century|"
        r"minute|round|consecutive|year|week|month|place|straight|person|victim))"), _r_day_of_month, ("O",),
        prefix=_DAY_OF_MONTH_PREFIX, prefix_required=True),
    _Rule("relative-day", re.compile(
        r"(?P<rel>the\s+day\s+before\s+yesterday|(?:late\s+|early\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?|"
        r"last\s+night|(?<!an )(?<!in )(?<!the )(?<!its )(?<!their )overnight(?!\s+(?:between|on|into|from|of|to|before|after|\d|mon|tue|wed|thu|fri|sat|sun))|"
        r"today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|early\s+today)\b"),
        _r_relative_day, ("yesterday", "today", "tonight", "night", "this morning", "this afternoon", "this evening"),
        lower=True),
    _Rule("holiday", re.compile(r"(?P<hol>new\s+year['’]s\s+(?:eve|day)|christmas\s+(?:eve|day)|boxing\s+day)\b"), _r_holiday,
          ("new year", "christmas", "boxing day"), lower=True),
    _Rule("ago", re.compile(rf"(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|months?)\s+ago\b"), _r_ago, ("ago",), lower=True),
    _Rule("weekday-range", re.compile(
        # (not a night: "on the night of Friday to Saturday", "overnight from Friday to Saturday")
        rf"(?<!night of )(?<!night of the )(?<!nights of )(?<!overnight )(?<!overnight from )(?<!night from )(?<!evening of )"
        rf"(?:from\s+)?(?<!night from )(?<!overnight from )(?P<wd1>{_WEEKDAY_ALT.lower()})\s+(?:to|through|until|till)\s+"
        rf"(?P<wd2>{_WEEKDAY_ALT.lower()})\b"),
        _r_weekday_range, ("W",), lower=True),
    _Rule("weekday", re.compile(
        _WEEKDAY_STARTS + rf"(?<!good )(?<!black )(?<!bloody )(?<!super )(?<!cyber )(?<!holy )"
        rf"(?:(?:(?P<span>since|until|as of)|(?P<mod>last|this\s+past|past|next|this\s+coming|coming))\s+)?"
        rf"(?P<wd>{_WEEKDAY_ALT.lower()})\b(?!['\u2019]s\s+(?:edition|paper|issue))"
        r"(?!\s+(?:times|telegraph|mail|express|observer|standard|nation|mirror|herald|tribune|post|independent|star|"
        r"sport|school|morning\s+post)\b)"), _r_weekday, ("W",), lower=True),
    _Rule("weekend", re.compile(
        r"(?:(?P<mod>over\s+the|at\s+the|during\s+the|on\s+the|this\s+past|this\s+coming|the\s+coming|coming|this|last|"
        r"the\s+past|the\s+previous|previous|next|the)\s+)?weekend\b"), _r_weekend, ("weekend",), lower=True,
        prefix=_KEYWORD_SPAN_PREFIX),
    *[_Rule("week-of", re.compile(rf"[Ww]eek\s+(?:of|beginning|starting|commencing)\s+{form}"), _r_week_of,
            ("week",), prefix=_WEEK_OF_PREFIX) for form in (_dm(), _md())],
    _Rule("nth-week", re.compile(
        rf"(?P<ord>(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))\s+[Ww]eek\s+of\s+{_month()}(?:,?\s+{_year()})?"),
        _r_nth_week, ("week",)),
    _Rule("week", re.compile(
        r"(?P<mod>earlier\s+this|early\s+this|earlier\s+in\s+the|early\s+in\s+the|late\s+last|early\s+last|earlier\s+last|"
        r"this\s+past|the\s+previous|previous|last|this|next|the\s+coming|coming)\s+week\b(?!\s*-?\s*(?:long|end))"), _r_week, ("week",),
        lower=True, prefix=_KEYWORD_SPAN_PREFIX),
    # "killed dozens in air strikes during the week": the week of the report ("over the past week" is a summary period)
    _Rule("week", re.compile(
        r"(?P<mod>during\s+the)\s+week\b(?!\s*-?\s*(?:long|end|of\b))"),
        _r_week, ("week",), lower=True, prefix=_KEYWORD_SPAN_PREFIX),
    # --- months
    _Rule("month-year", re.compile(rf"{_month()},?\s+{_year()}"), _r_month_year, _MONTH_CORES, prefix=_MONTH_PREFIX),
    _Rule("this-month", re.compile(
        r"(?P<mod>earlier\s+this|early\s+this|late\s+this|late\s+last|early\s+last|earlier\s+last|"
        r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:this|last|the\s+previous|the\s+last)|"
        # ("at the start of the month": the month of publication)
        r"(?:the\s+)?(?:beginning|start)\s+of\s+the|this|last|previous|"
        r"the\s+previous|next)\s+month\b(?!\s*-?\s*long)"), _r_this_month, ("month",), lower=True,
        prefix=_KEYWORD_SPAN_PREFIX),
    # ("in April last year", "in March of this year": the month of the year named)
    _Rule("month", re.compile(_month() + _YEAR_NAMED), _r_month,
          _MONTH_CORES, prefix=_MONTH_PREFIX, rank_core=True),
    # --- spans and summaries
    _Rule("span-period", re.compile(
        rf"(?P<which>recent|past|last|previous)\s+(?:(?P<n>{_NUM})\s+)?"
        r"(?P<unit>days|weeks|months|years|decades|day|week|month|year|decade)\b"
        r"(?!\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"), _r_period,  # "last week of June": a week
        ("recent", "past", "last", "previous"), lower=True, prefix=_PERIOD_PREFIX),
    # ("More than 3,600 people were killed across the country in the first six months of the year")
    _Rule("span-first", re.compile(rf"(?<![a-z])first\s+(?:{_NUM}\s+)?(?:weeks|months|quarter|half)\s+of\s+"
                                   r"(?:the|this|last)\s+year\b"), _r_summary, ("first ",), lower=True),
    _Rule("span-for", re.compile(rf"(?<![a-z])for\s+(?:{_NUM}\s+)?(?:days|weeks|months|years)\b"), _r_summary,
          ("for ",), lower=True),
    _Rule("span-year", re.compile(
        r"(?:so\s+far\s+this|earlier\s+this|this|last|previous|the\s+past|the\s+previous)\s+year\b|"
        r"so\s+far\s+this\s+(?:month|week)|this\s+(?:month|week|year)\s+alone"), _r_summary,
        ("year", "alone", "so far"), lower=True),
    _Rule("year", re.compile(r"(?P<y>(?:19|20)\d\d)(?![\d/\u2013-])"), _r_year_span, ("Y",),
          prefix=_YEAR_PREFIX, prefix_required=True),
]

_MONTH_ANCHOR = re.compile(rf"(?:{_MONTH_ALT})\b")
_DIGIT_DATE = re.compile(r"\d[/.-]\d")
_RANGE_SEPARATORS = ("-", "\u2013", "\u2014", " to", " and ", " or ", "until", "till", "through", "thru")
_ANY_DIGIT = re.compile(r"\d")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
_YEAR_ANCHOR = re.compile(r"(?:19|20)\d\d")
_WEEKDAY_ANCHOR = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_KEYWORDS = tuple(sorted({k for rule in _RULES for k in rule.needs if len(k) > 1}))


def _features(text: str, low: str) -> set[str]:
    """Cheap evidence of which rules can match at all: most sentences have none.

    Substring tests first (`in` is far cheaper than a regex alternation), regexes only when needed.
    """
    found = {k for k in _KEYWORDS if k in low}
    if _MONTH_ANCHOR.search(text):
        found.add("M")
        if any(sep in low for sep in _RANGE_SEPARATORS):
            found.add("MR")  # a month and something that can join two dates
    if _ANY_DIGIT.search(text):
        if ("/" in text or "-" in text or "." in text[:-1]) and _DIGIT_DATE.search(text):
            found.add("D")
        if _ORDINAL.search(low):
            found.add("O")
        if _YEAR_ANCHOR.search(text):
            found.add("Y")
    if "day" in low and _WEEKDAY_ANCHOR.search(low):
        found.add("W")
    return found


# "his October 26 election victory", "the 8 August poll": a date used to name another event
_NAMES_A_THING_BEFORE = re.compile(r"\b(?:the|his|her|their|its|this|that)\s+$")
# "accused of bungling August 8 polls": an election named by its day needs no determiner
_ELECTION_AFTER = re.compile(r"\s+(?:(?:presidential|general|repeat|fresh) )*(?:polls?|elections?|vote|ballot|re-?run|"
                             r"referendum|primaries|nominations?)\b")
_NAMES_A_THING_AFTER = re.compile(
    r"\s+(?:(?:presidential|general|parliamentary|repeat|fresh|county|local) )*(?:polls?|elections?|votes?|voting|victory|win|ruling|"
    r"verdict|judgement|judgment|decision|attack|attacks|massacre|bombing|ceasefire|agreement|deal|deadline|summit|"
    r"anniversary|incident|killing|killings|riots?|protests?|clashes|raid|coup|referendum|re-?run|nominations?|"
    r"primaries|swearing)\b")


# "Three days of unrest (starting 3 October)": how many days a span starting on a day lasted
_N_DAYS_OF = re.compile(r"\b(two|three|four|five|six|seven|[2-7])\s+(?:consecutive\s+|successive\s+)?days\s+of\b[^.;]*$")
_DAYS_TOLD_MAX = 7


def _n_days_before(low: str, start: int) -> int:
    m = _N_DAYS_OF.search(low, max(0, start - 100), start)
    if m is None:
        return 0
    word = m.group(1)
    return int(word) if word.isdigit() else NUMBERS[word]


# "a column who had arrived at the pagoda on January 4 fired ...": the date of the earlier act
# (not a trip during which the act came: "abducted 15 women who had left their village on Sunday to gather firewood")
_EARLIER_ACT_BEFORE = re.compile(r"\b(?:who|which|that) had (?!(?:left|gone|set out)\b)(?:been )?(?:\w+ )?\w+(?:ed|en|t)\b[^,.;]*$"
                                 # (a source's own visit: "the prefect, who went to the scene on Sunday, said")
                                 r"|\b(?:prefect|governor|official|minister|commissioner|mayor|spokesm[ae]n|police chief|"
                                 r"commander|administrator|officials|delegation)\b[^,.;]{0,30},? who (?:went|visited|travelled|traveled|"
                                 r"toured|arrived|came)\b[^,.;]*$")
# "the base of a battalion deployed to the area last month": when a unit was posted, told of it, not of the act
_POSTED_BEFORE = re.compile(r"\b(?:of|to|for|with|on|at|against) (?:a|an|the|its|their) (?:[\w-]+ )?(?:battalion|brigade|unit|troops|soldiers|forces|contingent|company|police|officers|mission)s?\s+"
                            r"(?:(?:that|which|who) (?:was|were|had been) )?(?:deployed|stationed|posted|sent|redeployed|transferred)"
                            r"\s+(?:[\w-]+\s+){0,4}?(?:on\s+|in\s+)?$")
# "who are expected to be arraigned on Wednesday", "will appear in court on Monday": a weekday still to come
# "Seventeen supporters were arrested and were charged on Tuesday": a step of the case, after the act
_COURT_STEP_BEFORE = re.compile(r"\b(?:were|was|been) (?:charged|arraigned|remanded|indicted|sentenced|convicted|released on bail|"
                                r"granted bail)\s+(?:[\w-]+\s+){0,2}?on\s+$")
# "fighting lasted until dawn on Monday": the day an act ended, not the day it began
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|into)\s+(?:dawn|daybreak|sunrise|midnight|morning|the\s+(?:early\s+)?(?:hours|morning)|"
                           r"the\s+next\s+morning|late)\s+(?:of\s+|on\s+)$")
# "the town's main market remained closed on Monday": the day a state still held, not an act's
_STATE_HELD_BEFORE = re.compile(r"\b(?:remained|remains|stayed|stays|(?:was|were|is|are) still)\s+(?:\w+\s+){0,2}?(?:closed|shut|"
                                r"tense|calm|deserted|empty|cut off|suspended|blocked|in place)\s+(?:until\s+|on\s+|by\s+)?$")
# the dates of a report's own work ("based on interviews ... carried out between 22 and 27 November")
_REPORT_WORK_BEFORE = re.compile(r"\b(?:interviews?|fieldwork|field (?:visits?|missions?)|research|surveys?|consultations?)\b"
                                 r"[^.;]{0,80}?\b(?:carried out|conducted|held|done|undertaken|made)\s+"
                                 r"(?:between|from|on|in|over|during)?\s*(?:the\s+)?$")
_PLANNED_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are) (?:expected|due|set|scheduled|to)(?: to)?)\s+(?:[\w-]+\s+){0,4}?on\s+$")
# "during Monday's demonstrations", "in Sunday's attack": the day of the act told, not of another one
_DURING_BEFORE = re.compile(r"\b(?:during|in|amid|at)\s+$")
_EVENT_ON_BEFORE = re.compile(r"\b(?:elections?|polls?|vote|voting|re-?run|referendum|rally|meeting|ceremony|funeral)\s+"
                             r"(?:(?:held|set|scheduled|due)\s+)?on\s+$")
# a rally the sentence tells as held, on its day: "Teachers in Gondar held a rally on 22 May" (not "ahead of a rally on")
_RALLY_HELD_ON_BEFORE = re.compile(r"\b(?:held|staged|organi[sz]ed|led)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?rally\s+on\s+$")


_NIGHT_INTO_BEFORE = re.compile(r"\b(?:overnight|night|late night)\s+(?:into|to)\s+(?:early\s+)?$")
_NIGHT_BEFORE = re.compile(r"\b(?:night|overnight)\b(?:\s+(?:of|on|between|from))?(?:\s+the)?\s+$")


# a weekday named like a person: a capitalised word right after it that is no month, day part or time
# (a person's name, set off by commas or after a title: "The chairman of Bokkos local government, Monday Kassah, said")
_FIRST_NAME_WEEKDAY = re.compile(r" (?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                                 r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Morning|Afternoon|Evening|"
                                 r"Night|Noon)\b)[A-Z][a-z]+(?:,| said| told)")
_NAME_SLOT_BEFORE = re.compile(r"(?:[a-z], |\b(?:[Cc]hairman|[Ll]eader|[Ss]pokes(?:man|woman|person)|[Gg]overnor|[Cc]hief|"
                               r"[Cc]ommissioner|[Mm]ayor|[Mm]r\.?|[Mm]rs\.?|[Mm]s\.?|[Dd]r\.?) )$")


def find_dates(text: str, published: date, *, offset: int = 0) -> list[DateMention]:
    """All date expressions in one sentence, in text order, without overlaps.

    Overlapping candidates are settled by length (the longest reading wins: "since October 1"
    beats "October 1"), then by rule order. A candidate that resolves to nothing (a future
    weekday, an impossible date) still takes its text so that no shorter reading can misuse it.
    Day- and week-precision mentions never resolve after `published`.
    """
    low = text.lower()
    if len(low) != len(text):  # a few non-ASCII letters change length when lower-cased
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    features = _features(text, low)
    if not features:
        return []
    candidates: list[tuple[int, int, int, int, dict, _Rule]] = []
    for order, rule in enumerate(_RULES):
        if rule.needs and features.isdisjoint(rule.needs):
            continue
        src = low if rule.lower else text
        for m in rule.pattern.finditer(src):
            s, e = m.span()
            if s and (src[s - 1].isalnum() or (src[s].isdigit() and src[s - 1] in "/.")):
                continue  # not at a word start
            g = m.groupdict()
            core = s
            if rule.prefix is not None:
                p = rule.prefix.search(low, max(0, s - 40), s)
                if p and p.start() < s:
                    s = p.start()
                    g.update({k: v for k, v in p.groupdict().items() if v})
                elif rule.prefix_required and p is None:
                    continue
            while e > s and text[e - 1] in " ,.-":
                e -= 1
            candidates.append(((core if rule.rank_core else s) - e, order, s, e, g, rule))
    candidates.sort(key=lambda c: c[:3])
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for _, _, s, e, g, rule in candidates:
        if any(s < te and ts < e for ts, te in taken):
            continue
        if rule.name == "weekday" and not g.get("mod") and not g.get("span") and _FIRST_NAME_WEEKDAY.match(text, e) \
                and _NAME_SLOT_BEFORE.search(text, max(0, s - 40), s):
            taken.append((s, e))
            continue  # "The chairman of Bokkos local government, Monday Kassah, said": a first name, no day
        resolved = rule.resolve(g, published)
        if resolved is False:
            continue  # not a reading after all: leave the text to other rules
        taken.append((s, e))
        if not resolved:
            continue
        d, precision, kind, why = resolved[:4]
        first = resolved[4] if len(resolved) > 4 else None
        days = _n_days_before(low, s) if g.get("span") in ("starting", "beginning") and kind == "day" else 0
        if 1 < days <= _DAYS_TOLD_MAX:
            # "Three days of unrest were reported (starting 3 October)": those days, one event a day
            first, d = d, min(d + timedelta(days=days - 1), published)
            precision, kind = 2, "week"
            why = f"{days} days starting {first}: {first}..{d}; {why}"
        elif first is not None and (d - first).days == 1 and _NIGHT_BEFORE.search(low, max(0, s - 25), s):
            # "on the night of 3-4 May": one night, one event (not one a day), on the day it began, as ACLED dates
            # "overnight between 21 and 22 April"; which of the two days stays unsure (precision 2)
            d, first = first, None
            why = f"a night over two days: one event, on the day it began {d}; {why}"
        elif kind == "day" and rule.name == "weekday" and not g.get("mod") and _NIGHT_INTO_BEFORE.search(low, max(0, s - 25), s):
            # "overnight into Wednesday": the night began the evening before, the day ACLED dates it by
            d -= timedelta(days=1)
            why = f"a night into {text[s:e]}: on the day it began {d}; {why}"
        elif g.get("span") and kind != "span":
            kind, why = "span", f"{g['span']!r} -> a span starting {d}, not an event date; {why}"
        elif kind != "span" and d > published:
            # a day after publication is a plan or a typo, not a past event (kept as a reference: "a march in
            # Makurdi next Monday" is still to come)
            kind, why = "reference", f"{PLANNED}: {d}; {why}"
        elif kind in ("day", "month") and (_NAMES_A_THING_BEFORE.search(low, max(0, s - 12), s)
                                           or low.startswith("the ", s)) and _NAMES_A_THING_AFTER.match(low, e):
            kind, why = "reference", f"{NAMES_ANOTHER_EVENT} ('the ... poll'), not this one's date; {why}"
        elif kind in ("day", "week", "month") and _POSTED_BEFORE.search(low, max(0, s - 50), s):
            kind, why = "reference", f"the day a force was sent somewhere ('a battalion deployed to the area last month'); {why}"
        elif kind == "day" and _EARLIER_ACT_BEFORE.search(low, max(0, s - 60), s):
            kind, why = "reference", f"{EARLIER_ACT} ('who had arrived on'); {why}"
        elif kind == "day" and _COURT_STEP_BEFORE.search(low, max(0, s - 40), s):
            kind, why = "reference", f"the day of a court step ('were charged on Tuesday'), not of the act; {why}"
        elif kind == "day" and _UNTIL_BEFORE.search(low, max(0, s - 40), s):
            kind, why = "reference", f"the day an act went on until ('until dawn on Monday'), not the day it began; {why}"
        elif kind == "day" and _STATE_HELD_BEFORE.search(low, max(0, s - 50), s):
            kind, why = "reference", f"the day a state still held ('the market remained closed on Monday'), not an act's; {why}"
        elif _REPORT_WORK_BEFORE.search(low, max(0, s - 110), s):
            kind, why = "reference", f"the days a report's own work was done ('interviews carried out between'); {why}"
        elif kind == "day" and _PLANNED_BEFORE.search(low, max(0, s - 50), s):
            kind, why = "reference", f"the day of a plan ('are expected to be arraigned on'), not of an act; {why}"
        elif kind == "day" and ((_EVENT_ON_BEFORE.search(low, max(0, s - 30), s)
                                 and not _RALLY_HELD_ON_BEFORE.search(low, max(0, s - 60), s)) or _ELECTION_AFTER.match(low, e)
                                or (low.startswith(("'s", "’s"), e) and not _DURING_BEFORE.search(low, max(0, s - 12), s))):
            kind, why = "reference", f"{DAY_OF_ANOTHER_EVENT} ('elections on Saturday', 'Saturday's events'); {why}"
        found.append(DateMention(d, precision, s + offset, e + offset, text[s:e], kind, f"{rule.name}: {why}",
                                 first if kind == "week" else None))
    found.sort(key=lambda x: x.start)
    if len(found) > 1:
        found = _relative_then_explicit(found, text, offset)
    if len(found) > 1 and ("reported" in low or "said" in low or "told" in low):
        found = _day_reported(found, low, offset)
    if found and ("previous day" in low or "day before" in low or "day earlier" in low or "preceding day" in low
                  or "days earlier" in low or "days before" in low):
        found = _day_before_a_day(found, text, low, offset)
    return _weekday_of_last_week(found, text, low, published, offset) if "last week" in low else found


# "the previous day" after the day a source spoke, in the same sentence: "Police said on Wednesday that Maoists had hacked a
# former village head to death the previous day" (not "the day before yesterday": a day of its own)
_DAY_BEFORE_TOLD = re.compile(r"\b(?:the (?:previous|preceding) day|the day before(?! yesterday)|a day earlier)\b")


_SPOKE_BEFORE = re.compile(r"\b(?:said|says|told \w+|reported|announced|confirmed|added|stated|statement|claimed)\s+"
                           r"(?:(?:late|early)\s+)?(?:on\s+)?$")


# "On 5 November 2024, it was reported that on 3 November JNIM militants executed 6 civilians": the first day is when
# the act was reported, the second when it happened
# ("On 9 January 2025, relatives said that on 7 January security agents had detained ...": who told it, any source)
# "the army said", "a women's rights group reported", "the Ukrainian General Staff reported"
_SOURCE_TOLD = r"(?:[\w'’-]+\s+){1,5}?(?:reported|said|told\s+\w+|confirmed|stated|claimed|announced)"
_REPORTED_THAT = re.compile(rf",?\s+(?:it\s+(?:was|has\s+been)\s+reported|{_SOURCE_TOLD})(?:\s+that)?\b")
# the day a source spoke, told first: "On 3 June 2025, the army said JNIM militants had overrun the camp the previous day"
_SPOKE_AFTER = re.compile(rf",\s+{_SOURCE_TOLD}\b")
_WORD_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_N_DAYS = r"\b(?P<n>two|three|four|five|six|[2-6]) days "
_N_DAYS_EARLIER = re.compile(_N_DAYS + r"(?:earlier|before)\b")


def _day_reported(found: list[DateMention], low: str, offset: int) -> list[DateMention]:
    """A day told as when an act was reported, with the act's own day after it: the report's day names no act."""
    first, rest = found[0], found[1:]
    if first.kind == "day" and _REPORTED_THAT.match(low, first.end - offset) \
            and any(m.kind == "day" and m.date <= first.date for m in rest):
        return [DateMention(first.date, first.precision, first.start, first.end, first.text, "reference",
                            f"the day the act was reported, not of the act; {first.rule}", first.first), *rest]
    return found


# "two days earlier" closing its clause ("Al-Shabaab had overrun the town two days earlier, killing four soldiers"), not
# "two days before the vote" (a day told by another event)
_N_DAYS_EARLIER_TOLD = re.compile(_N_DAYS + r"(?:earlier|before(?=\s*(?:[,.;:)]|$)))")


def day_before_told(text: str, offset: int = 0) -> tuple[int, int, int] | None:
    """Where a sentence says "the previous day" (or "the day before", "a day earlier", "two days earlier"), as its own
    words: (start, end, days) before the day told in the sentence before it ("his party said on Wednesday. // He was
    detained the previous day")."""
    low = text.lower()
    if "days earlier" in low or "days before" in low:
        m = _N_DAYS_EARLIER_TOLD.search(low)
        if m is not None:
            return m.start() + offset, m.end() + offset, _WORD_DAYS.get(m.group("n")) or int(m.group("n"))
    if "previous day" not in low and "day before" not in low and "day earlier" not in low and "preceding day" not in low:
        return None
    m = _DAY_BEFORE_TOLD.search(low)
    return None if m is None else (m.start() + offset, m.end() + offset, 1)


def _day_before_a_day(found: list[DateMention], text: str, low: str, offset: int) -> list[DateMention]:
    """Each "the previous day" ("two days earlier") after the day a source spoke in the sentence: the day (days)
    before that day. A source's day told first ("On 3 June, the army said ...") is then no act's."""
    out = list(found)
    earlier = [(m, 1) for m in _DAY_BEFORE_TOLD.finditer(low)]
    earlier += [(m, _WORD_DAYS.get(m.group("n")) or int(m.group("n"))) for m in _N_DAYS_EARLIER.finditer(low)]
    for m, n in earlier:
        if any(f.start - offset < m.end() and m.start() < f.end - offset for f in found):
            continue  # inside another mention
        anchor = next((f for f in reversed(found) if f.end - offset <= m.start() and f.kind == "day" and f.precision == 1),
                      None)
        if anchor is None:
            continue
        fronted = _SPOKE_AFTER.match(low, anchor.end - offset) is not None
        if not fronted and not _SPOKE_BEFORE.search(low, max(0, anchor.start - offset - 40), anchor.start - offset):
            continue  # (the day a source spoke: "after a riot the day before" an act's own day is what it followed)
        d = anchor.date - timedelta(days=n)
        out.append(DateMention(d, 1, m.start() + offset, m.end() + offset, text[m.start():m.end()], "day",
                               f"days-before: {n} day(s) before {anchor.text!r} ({anchor.date}) -> {d}"))
        if fronted and anchor in out:
            out[out.index(anchor)] = dataclasses.replace(
                anchor, kind="reference", rule=f"the day a source told of an earlier act; {anchor.rule}")
    return sorted(out, key=lambda x: x.start)


_RELATIVE_RULES = ("weekday:", "weekend:")
_EXPLICIT_RULES = ("day-month:", "month-day:", "range:", "numeric:", "numeric-no-year:", "iso:")
# between a weekday and the date that spells it out: "Saturday (13 March)", "Saturday, 13 March", "the weekend of 13-14 March"
_SPELLED_OUT_GAP = re.compile(r"\s*(?:\(|,|of)?\s*")


def _relative_then_explicit(found: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """A weekday or weekend spelled out by the date right after it ("On Saturday (13 March 2021)", "the
    weekend of 13-14 March"): one mention, the explicit date's (a weekend's range stands for its first day)."""
    out: list[DateMention] = []
    skip = False
    for m, n in zip(found, [*found[1:], None], strict=True):
        if skip:
            skip = False
            continue
        if n is not None and m.rule.startswith(_RELATIVE_RULES) and n.rule.startswith(_EXPLICIT_RULES) \
                and n.kind in ("day", "week") and _SPELLED_OUT_GAP.fullmatch(text, m.end - offset, n.start - offset):
            weekend = m.rule.startswith("weekend:") and n.first is not None
            why = f"the weekend it spells out: its first day {n.first}" if weekend else "the weekday it spells out"
            out.append(DateMention(n.first if weekend else n.date, n.precision, m.start, n.end,
                                   text[m.start - offset:n.end - offset], n.kind, f"{n.rule}; {why}"))
            skip = True
            continue
        out.append(m)
    return out


_OF_LAST_WEEK = re.compile(r"\s+(?:of\s+)?last week\b")


def _weekday_of_last_week(found: list[DateMention], text: str, low: str, published: date,
                          offset: int) -> list[DateMention]:
    """"on Tuesday last week": that weekday of the week before the publication's, one mention (not
    the most recent Tuesday and a week's mid-point)."""
    out: list[DateMention] = []
    skip = None
    for m in found:
        if m is skip:
            continue
        day = WEEKDAYS.get(m.text.lower())
        after = _OF_LAST_WEEK.match(low, m.end - offset) if day is not None and m.kind == "day" else None
        if after is not None:
            d = published - timedelta(days=published.weekday() + 7 - day)
            skip = next((n for n in found if n.start >= m.end and n.start - offset < after.end()), None)
            m = DateMention(d, 1, m.start, after.end() + offset, text[m.start - offset:after.end()], "day",
                            f"weekday of last week: {m.text} of the week before {published} -> {d}")
        out.append(m)
    return out
