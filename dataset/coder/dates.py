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
  2 at its mid-point (rounded down); longer ranges are spans dated by their first day;
- a span's `date` is its start when written ("since October 1" -> October 1), else publication.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True)
class DateMention:
    """One date expression and the ACLED date it stands for."""

    date: date  # resolved event date (mid-point/first/last day per precision rule)
    precision: int  # ACLED time_precision 1, 2 or 3
    start: int  # offset of the expression in the text (plus `offset`)
    end: int
    text: str  # the expression as written
    kind: str  # "day" | "week" | "month" | "span"
    rule: str  # why this date, in words


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
_SEP = r"\s*(?:-|\u2013|\u2014|(?i:to|and|or|until|till|through|thru))\s*"
_HEDGE = (
    r"(?:(?P<hedge>(?i:on or about|on or around|on or before|sometime around|sometime before|"
    r"sometime on|around|about|approximately|circa|roughly|as reported on|assumed on))\s+)?"
)
_WD_PREFIX = rf"(?:(?P<wd>{_WEEKDAY_ALT}),?\s+(?:the\s+)?)?"
# A day number not followed by a digit, time or count noun ("3 and 4 people" is not a range).
_NOT_COUNT = (
    r"(?!\s+(?:people|persons|men|women|children|civilians|soldiers|police|policemen|others|more|"
    r"were|was|have|had|houses|homes|villagers|protesters|militants|dead|killed|injured)\b)"
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


def _md(n: str = "", year: bool = True) -> str:
    """'January 26', 'Jan. 26th, 2020'."""
    y = rf"(?:,?\s+{_year(n)})?" if year else ""
    return rf"{_month(n)}\s+{_day(n)}{y}(?![\d])"


_PART = (
    r"(?P<part>(?i:early|late|mid|the beginning of|the start of|the end of|the middle of|beginning of|"
    r"start of|end of|middle of))"
)


# ---------------------------------------------------------------------------- calendar helpers
def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _recent_month_day(month: int, day: int, published: date) -> date | None:
    """The most recent month-day on or before `published` (news reports past events)."""
    for year in (published.year, published.year - 1, published.year - 4):  # -4: 29 February
        d = _safe_date(year, month, day)
        if d is not None and d <= published:
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


def _explicit_day(g: dict, n: str, published: date, year_hint: int | None = None) -> tuple[date | None, str]:
    """Resolve month/day/year groups with suffix `n`; no year -> most recent before publication."""
    month, day = MONTHS[g[f"mon{n}"]], int(g[f"day{n}"])
    year = g.get(f"year{n}")
    if year:
        return _safe_date(int(year), month, day), "explicit year"
    if year_hint is not None:
        return _safe_date(year_hint, month, day), "year from the rest of the expression"
    return _recent_month_day(month, day, published), f"no year -> most recent on or before {published}"


# ---------------------------------------------------------------------------- resolvers
# Each returns (date, precision, kind, why), or None to consume the text without a mention
# (a future or impossible date must not fall back to a shorter, wrong reading).
Resolved = tuple[date, int, str, str] | None


def _r_day(g: dict, published: date) -> Resolved:
    d, why = _explicit_day(g, "", published)
    if d is None:
        return None
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
            d = _recent_month_day(month, day, published)
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
    """Two days: a week or less -> precision 2 at the mid-point; longer -> a span from the first."""
    end, why = _explicit_day({**g, "mon2": g.get("mon2") or g.get("mon1")}, "2", published,
                             int(g["year1"]) if g.get("year1") else None)
    if end is None:
        return None
    g1 = {**g, "mon1": g.get("mon1") or g.get("mon2")}
    first = _explicit_day(g1, "1", published, end.year)[0]
    if first is not None and first > end:
        first = _explicit_day(g1, "1", published, end.year - 1)[0]
    if first is None or first > published:
        return None
    n = (end - first).days
    if n == 0:
        return first, 1, "day", "range of one day"
    if n <= 6:
        mid = min(first + timedelta(days=n // 2), published)
        return mid, 2, "week", f"range of {n + 1} days {first}..{end} -> mid-point {mid}"
    return first, 3, "span", f"range of {n + 1} days {first}..{end}: a span, dated by its first day"


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


def _r_ago(g: dict, published: date) -> Resolved:
    n = int(g["n"]) if g["n"].isdigit() else NUMBERS[" ".join(g["n"].lower().split())]
    unit = g["unit"].lower().rstrip("s")
    if unit == "day":
        return published - timedelta(days=n), 1, "day", f"{n} day(s) ago"
    if unit == "week":
        d = published - timedelta(days=7 * n)
        return d, 2, "week", f"{n} week(s) ago -> {d}"
    month_index = published.year * 12 + published.month - 1 - n
    d, why = _month_point(month_index // 12, month_index % 12 + 1, None)
    return d, 3, "month", f"{n} month(s) ago: {why}"


def _r_weekday(g: dict, published: date) -> Resolved:
    mod = (g.get("mod") or "").lower()
    if mod in ("next", "coming", "this coming"):
        return None
    wd = WEEKDAYS[g["wd"].lower()]
    strictly = mod in ("last", "this past", "past")
    d = _last_weekday(wd, published, strictly_before=strictly)
    return d, 1, "day", f"{(mod + ' ') if mod else ''}{g['wd']} -> most recent {'before' if strictly else 'on or before'} {published}"


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
    part = "early" if mod.startswith("early") else "late" if mod.startswith("late") else None
    d, why = _month_point(year, month, part)
    return min(d, published), 3, "month", f"{mod} month: {why}"


def _r_month(g: dict, published: date) -> Resolved:
    name = g["mon"]
    mod = (g.get("mod") or "").lower()
    if mod in ("next", "this coming", "coming"):
        return None
    if not (g.get("prep") or g.get("part") or mod or g.get("monthof")):
        if name in ("May", "March") or name not in _FULL_MONTHS:
            return None  # "may see", "March on", "Jan Egeland": a bare word is not a date
    month = MONTHS[name]
    year = _recent_month(month, published, strictly_before=mod == "last")
    d, why = _month_point(year, month, g.get("part"))
    return min(d, published), 3, "month", f"month without year, the most recent not after publication: {why}"


def _r_span(g: dict, published: date) -> Resolved:
    """A span: dated by its start when it is written, else by publication."""
    for n in ("1", "2"):
        if g.get(f"mon{n}") and g.get(f"day{n}"):
            d, _ = _explicit_day(g, n, published)
            if d is not None and d <= published:
                return d, 1, "span", "span from a day: dated by its start"
    if g.get("mon"):
        year = int(g["year"]) if g.get("year") else _recent_month(MONTHS[g["mon"]], published)
        d, _ = _month_point(year, MONTHS[g["mon"]], g.get("part"))
        return min(d, published), 3, "span", "span from a month: dated by its start"
    if g.get("wd"):
        return _last_weekday(WEEKDAYS[g["wd"].lower()], published), 1, "span", "span from a weekday"
    return published, 3, "span", "span or summary period, not an event date: dated by publication"


# ---------------------------------------------------------------------------- rules
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|(?:a\s+)?couple\s+of|(?:a\s+)?few|several|many)"
_SPAN_UNITS = r"(?:days|weeks|months|years|decades|year|month|week|decade)"

_Rule = tuple[str, re.Pattern[str], Callable[[dict, date], Resolved]]

_RULES: list[_Rule] = [
    # --- spans and summaries
    ("span-since", re.compile(
        rf"\b(?i:since|as of|until|till|starting)\s+(?:(?:{_PART}\s+|(?i:mid)-)?(?:{_md('1', True)}|{_dm('2', True)}|"
        rf"{_month()}(?:,?\s+{_year()})?)|(?P<wd>{_WEEKDAY_ALT})|(?i:last|this|the start of|the beginning of)\s+(?i:week|month|year)|"
        rf"(?:19|20)\d\d\b)"), _r_span),
    ("span-period", re.compile(
        rf"\b(?i:in|over|during|for|within|throughout)\s+(?i:the\s+)?(?i:recent|past|last|previous)\s+(?:{_NUM}\s+)?(?i:{_SPAN_UNITS})\b|"
        rf"\b(?:(?i:the)\s+)?(?i:recent|past|last|previous)\s+(?:{_NUM}\s+)?(?i:days|weeks|months|years|decades)\b|"
        rf"\b(?i:in\s+recent)\s+(?i:days|weeks|months|years)\b|"
        rf"\b(?i:for)\s+(?:(?:{_NUM})\s+)?(?i:days|weeks|months|years)\b|"
        rf"\b(?i:so\s+far\s+this|earlier\s+this|this|last|previous|the\s+previous|the\s+past)\s+(?i:year)\b|"
        rf"\b(?i:so\s+far\s+this\s+month|this\s+month\s+alone|so\s+far\s+this\s+week|this\s+week\s+alone|this\s+year\s+alone)\b|"
        rf"\b(?i:(?:in|during|throughout|since)\s+(?:(?:early|late|mid-?)\s*)?)(?:19|20)\d\d\b(?!\s*[-/\u2013])"), _r_span),
    ("span-month-range", re.compile(
        rf"\b(?:(?i:between|from|sometime|sometime\s+in|in)\s+)?{_month('a')}(?:,?\s+(?:19|20)\d\d)?\s*(?:-|\u2013|(?i:to|through|until|and))\s*"
        rf"{_month('b')}(?:,?\s+(?:19|20)\d\d)?(?!\s*\d)"), lambda g, p: _r_span({"mon": g["mona"]}, p)),
    # --- ranges of days
    *[("range", re.compile(rf"\b(?:(?i:between|from|sometime\s+between)\s+)?{form}(?!\d)"), _r_range) for form in (
        rf"{_day('1')}{_SEP}{_dm('2')}",
        rf"{_dm('1')}{_SEP}{_dm('2')}",
        rf"{_md('1')}{_SEP}{_md('2')}",
        rf"{_md('1', False)}{_SEP}{_day('2')}(?:,?\s+{_year('2')})?{_NOT_COUNT}",
    )],
    # --- days
    ("day-month", re.compile(rf"{_HEDGE}\b{_WD_PREFIX}{_dm()}"), _r_day),
    ("month-day", re.compile(rf"{_HEDGE}\b{_WD_PREFIX}{_md()}{_NOT_COUNT}"), _r_day),
    ("iso", re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])(?![\d-])"), _r_iso),
    ("numeric", re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/]|\.\d)"), _r_numeric),
    ("numeric-no-year", re.compile(r"\b(?i:on|of)\s+(?:(?i:the)\s+)?(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])"), _r_numeric),
    ("day-of-month", re.compile(
        r"\b(?i:on|since|of|until|by)\s+the\s+(?P<n>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
        r"(?!\s+(?:[A-Z]|of\b|anniversary|time|day|floor|century|minute|round|consecutive|year|week|month|place|straight|person|victim))"),
     _r_day_of_month),
    ("relative-day", re.compile(
        r"\b(?P<rel>(?i:the\s+day\s+before\s+yesterday|(?:late\s+|early\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?|"
        r"last\s+night|overnight(?!\s+(?:between|on|into|from|of|to|before|after|\d|mon|tue|wed|thu|fri|sat|sun))|today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|early\s+today))\b"), _r_relative_day),
    ("ago", re.compile(rf"\b(?P<n>(?i:{_NUM}))\s+(?P<unit>(?i:days?|weeks?|months?))\s+(?i:ago)\b"), _r_ago),
    ("weekday", re.compile(
        rf"(?<!Good )(?<!Black )(?<!Bloody )(?<!Super )(?<!Cyber )(?<!Holy )\b(?:(?P<mod>(?i:last|this\s+past|past|next|this\s+coming|coming))\s+)?"
        rf"(?P<wd>(?i:{_WEEKDAY_ALT}))\b(?!['\u2019]s\s+(?:edition|paper|issue))"
        rf"(?!\s+(?:Times|Telegraph|Mail|Express|Observer|Standard|Nation|Mirror|Herald|Tribune|Post|Independent|Star|Sport|School|Morning\s+Post)\b)"), _r_weekday),
    ("weekend", re.compile(r"\b(?:(?P<mod>(?i:over\s+the|at\s+the|during\s+the|on\s+the|this\s+past|this\s+coming|the\s+coming|coming|this|last|the\s+past|the\s+previous|previous|next|the))\s+)?(?i:weekend)\b"), _r_weekend),
    *[("week-of", re.compile(rf"\b(?i:(?:the\s+|during\s+the\s+|in\s+the\s+)?week\s+(?:of|beginning|starting|commencing))\s+{form}"), _r_week_of)
      for form in (_dm(), _md())],
    ("nth-week", re.compile(rf"\b(?P<ord>(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))\s+(?i:week)\s+(?i:of)\s+{_month()}(?:,?\s+{_year()})?"), _r_nth_week),
    ("week", re.compile(r"\b(?P<mod>(?i:earlier\s+this|early\s+this|late\s+last|early\s+last|earlier\s+last|this\s+past|the\s+previous|previous|last|this|next|the\s+coming|coming))\s+(?i:week)\b(?!\s*(?:-|\u2013)?\s*(?i:long|end))"), _r_week),
    ("month-year", re.compile(rf"\b(?:{_PART}\s+|(?i:mid)-\s*)?{_month()},?\s+{_year()}"), _r_month_year),
    ("this-month", re.compile(r"\b(?P<mod>(?i:earlier\s+this|early\s+this|late\s+this|late\s+last|early\s+last|earlier\s+last|this|last|previous|the\s+previous|next))\s+(?i:month)\b(?!\s*(?:-|\u2013)?\s*(?i:long))"), _r_this_month),
    ("month", re.compile(
        rf"\b(?:(?P<prep>(?i:in|during|throughout|by|of|on|for|around|at|until|before|after|since|the))\s+)?"
        rf"(?:(?P<monthof>(?i:the\s+)?(?i:month\s+of))\s+)?(?:(?P<mod>(?i:last|this|next|coming))\s+)?"
        rf"(?:{_PART}\s+|(?i:mid)-\s*)?{_month()}"), _r_month),
]

# Any token that can start a date expression; sentences without one are skipped at once.
_PREFILTER = re.compile(
    rf"\b(?:{_MONTH_ALT})\b|(?i:day\b|days\b|week|month|year|night|today|tonight|overnight|morning|afternoon|evening|"
    r"recent|since|as of|until|till)|\b(?:19|20)\d\d\b|\d/\d|\d-\d|\d\.\d\d?\.\d\d|(?i:on|of|by|since|until) the \d"
)


def find_dates(text: str, published: date, *, offset: int = 0) -> list[DateMention]:
    """All date expressions in one sentence, in text order, without overlaps.

    Overlapping candidates are settled by length (the longest reading wins: "since October 1"
    beats "October 1"), then by rule order. A candidate that resolves to nothing (a future
    weekday, an impossible date) still takes its text so no shorter reading can misuse it.
    Day-precision and week-precision mentions never resolve after `published`.
    """
    if not _PREFILTER.search(text):
        return []
    candidates: list[tuple[int, int, int, int, re.Match[str], Callable[[dict, date], Resolved], str]] = []
    for order, (name, pattern, resolver) in enumerate(_RULES):
        for m in pattern.finditer(text):
            s, e = m.span()
            while e > s and text[e - 1] in " ,.-":
                e -= 1
            if e > s:
                # a leading preposition ("in December") must not outrank a real reading ("December 26")
                core = m.end("prep") if name == "month" and m.group("prep") else s
                candidates.append((core - e, order, s, e, m, resolver, name))
    candidates.sort(key=lambda c: c[:3])
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for _, _, s, e, m, resolver, name in candidates:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        resolved = resolver(m.groupdict(), published)
        if resolved is None:
            continue
        d, precision, kind, why = resolved
        if kind != "span" and d > published:
            continue  # a day after publication is a plan or a typo, not a past event
        found.append(DateMention(d, precision, s + offset, e + offset, text[s:e], kind, f"{name}: {why}"))
    found.sort(key=lambda x: x.start)
    return found
