"""Date expressions in a sentence, resolved against the publication date to ACLED dates.

ACLED time_precision: 1 an exact day; 2 a week or weekend (event_date is its mid-point);
3 a month only (its mid-point, the 15th, or its first or last day when "early" or "late" is
said). Expressions that cover a span ("since October 1", "in recent months") come back with
kind "span" so the coder can tell a summary from an event.

Regular expressions and calendar arithmetic, no dateparser: a cheap pre-filter skips sentences
with no date-like word, and every rule is exact and explainable. Month names must be
capitalised, so the verbs "may" and "march" are never dates.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
    "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
    "Nov": 11, "Dec": 12,
}
WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_PART = r"(?P<part>early|late|mid|the beginning of|the start of|the end of|beginning of|start of|end of|the middle of|middle of)"
_MONTH_ANY = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"

_PREFILTER = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|"
    r"overnight|last night|this morning|week|month|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|recent|past|since",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    date: date
    precision: int
    start: int
    end: int
    text: str
    kind: str  # "day" | "week" | "month" | "span"
    rule: str


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _recent_month_day(month: int, day: int, published: date) -> date | None:
    """The most recent month-day on or before `published` (news reports past events)."""
    for year in (published.year, published.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= published:
            return d
    return None


def _recent_month(month: int, published: date) -> int:
    return published.year if month <= published.month else published.year - 1


def _month_point(year: int, month: int, part: str | None) -> tuple[date, str]:
    part = (part or "").lower()
    if part in ("early", "the beginning of", "the start of", "beginning of", "start of"):
        return date(year, month, 1), "start of month -> first day"
    if part in ("late", "the end of", "end of"):
        return _month_end(year, month), "end of month -> last day"
    return date(year, month, 15), "month only -> mid-point (15th)"


# (name, compiled regex, case-insensitive?) in priority order; earlier rules win overlaps.
_RULES: list[tuple[str, re.Pattern]] = [
    ("span-range", re.compile(
        rf"\b(?i:between|from) (?:[0-3]?\d(?:st|nd|rd|th)? (?:and|to|-) [0-3]?\d(?:st|nd|rd|th)? {_MONTH_ANY}|{_MONTH_ANY} [0-3]?\d(?:st|nd|rd|th)? (?:and|to|-) [0-3]?\d)"
        rf"(?:,? (?:19|20)\d\d)?")),
    ("span-relative", re.compile(
        r"\b(?:(?i:in|over|during) (?i:the )?(?i:recent|past|last|previous) (?:(?:few|several|two|three|four|six|\d+) )?(?i:days|weeks|months|years)|"
        r"(?i:for) (?:(?:several|many|two|three|\d+) )?(?i:weeks|months|years)|(?i:in recent) (?i:days|weeks|months|years)|"
        r"(?i:so far this|earlier this|this) (?i:year)|(?i:since the (?:start|beginning) of the year))\b")),
    ("span-since", re.compile(rf"\b(?i:since|as of|until|till)\s+(?:(?:{_PART}\s+)?{_MONTH}(?:\s+{_DAY})?(?:,?\s+{_YEAR})?|(?i:last|this) (?i:week|month|year)|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))")),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("numeric", re.compile(r"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)?\d\d)\b")),
    ("day-month-year", re.compile(rf"\b{_DAY}(?: of)?[ -]{_MONTH}(?:[-, ]+{_YEAR})?")),
    ("month-day-year", re.compile(rf"\b{_MONTH} {_DAY}(?:,? {_YEAR})?")),
    ("weekend", re.compile(r"\b(?i:over the|at the|this|last|on the|during the|the)\s+(?i:weekend)\b|\bweekend\b")),
    ("week", re.compile(r"\b(?P<which>(?i:last|this|earlier this|past|previous|the previous|late last|early last|earlier last))\s+(?i:week)\b")),
    ("relative-day", re.compile(r"\b(?i:(?P<rel>yesterday|today|tonight|overnight|last night|this morning|this afternoon|this evening|earlier today|early today|late yesterday|the day before))\b")),
    ("weekday", re.compile(r"\b(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?!\s+(?:Times|Telegraph|Mail|Express|Observer|Standard|Nation|Mirror|Herald|Tribune|Post))\b")),
    ("month-year", re.compile(rf"\b(?:(?i:{_PART})\s+|(?i:mid)-)?{_MONTH},? {_YEAR}")),
    ("this-month", re.compile(r"\b(?P<which>(?i:earlier this|early this|late this|this|last|late last|early last|earlier last))\s+(?i:month)\b")),
    ("month", re.compile(rf"\b(?:(?P<prep>(?i:in|during|throughout|by|of|on|for|around|at))\s+)?(?:(?i:{_PART})\s+|(?i:mid)-)?{_MONTH}\b")),
]


def _resolve(name: str, m: re.Match, published: date) -> tuple[date, int, str, str] | None:
    """(date, precision, kind, why) for one match, or None if it is not a usable date."""
    g = m.groupdict()
    if name.startswith("span"):
        return published, 3, "span", f"{name}: a span, not an event date"
    if name in ("iso", "numeric"):
        y = int(g["y"]) if len(g["y"]) == 4 else 2000 + int(g["y"])
        try:
            return date(y, int(g["m"]), int(g["d"])), 1, "day", f"{name} date"
        except ValueError:
            return None
    if name in ("day-month-year", "month-day-year"):
        month, day = MONTHS[g["month"]], int(g["day"])
        if not 1 <= day <= 31:
            return None
        if g.get("year"):
            try:
                return date(int(g["year"]), month, day), 1, "day", f"{name}: explicit year"
            except ValueError:
                return None
        d = _recent_month_day(month, day, published)
        if d is None:
            return None
        return d, 1, "day", f"{name}: no year -> most recent on or before publication {published}"
    if name == "weekend":
        # the most recent Saturday-Sunday that has started by the publication date; mid-point = Saturday
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        return saturday, 2, "week", f"weekend -> Saturday {saturday} of the weekend before {published}"
    if name == "week":
        monday = published - timedelta(days=published.weekday())
        which = g["which"].lower()
        if "last" in which or "previous" in which or which == "past":
            monday -= timedelta(days=7)
        mid = min(monday + timedelta(days=3), published)
        return mid, 2, "week", f"{which} week -> mid-point {mid}"
    if name == "relative-day":
        rel = g["rel"].lower()
        back = 1 if rel in ("yesterday", "last night", "late yesterday", "overnight", "the day before") else 0
        d = published - timedelta(days=back)
        return d, 1, "day", f"{rel!r} -> {d}"
    if name == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        d = published - timedelta(days=(published.weekday() - wd) % 7)
        return d, 1, "day", f"weekday {g['wd']} -> most recent on or before publication {published}: {d}"
    if name == "month-year":
        d, why = _month_point(int(g["year"]), MONTHS[g["month"]], g.get("part"))
        return d, 3, "month", f"month and year: {why}"
    if name == "this-month":
        which = g["which"].lower()
        year, month = published.year, published.month
        if "last" in which:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        part = "early" if "early" in which or "earlier" in which else ("late" if "late" in which else None)
        d, why = _month_point(year, month, part)
        return min(d, published), 3, "month", f"{which} month: {why}"
    if name == "month":
        month = MONTHS[g["month"]]
        if g["month"] == "May" and not (g.get("prep") or g.get("part")):
            return None
        if g["month"].startswith("Mar") and not (g.get("prep") or g.get("part")):
            return None
        year = _recent_month(month, published)
        d, why = _month_point(year, month, g.get("part"))
        return min(d, published), 3, "month", f"month only, most recent not after publication: {why}"
    return None


def find_dates(text: str, published: date, *, offset: int = 0) -> list[DateMention]:
    """All date expressions in one sentence, in text order, without overlaps."""
    if not _PREFILTER.search(text):
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _RULES:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            resolved = _resolve(name, m, published)
            if resolved is None:
                continue
            d, precision, kind, why = resolved
            if kind == "day" and d > published:
                continue  # an exact day after publication is a plan or a typo, not a past event
            taken.append((s, e))
            found.append(DateMention(d, precision, s + offset, e + offset, m.group(0), kind, why))
    found.sort(key=lambda x: x.start)
    return found
