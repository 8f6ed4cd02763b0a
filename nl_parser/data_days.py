"""Days an instruction names for its data, not for when it runs ("the rooms booked for Saturday").

A day after a participle and "for" ("booked for Saturday", "scheduled for Monday") says which
items are read; so does "<noun> for <day>" ("the rota for Saturday") when the run has a weekday of
its own. Both are blanked before the schedule grammar reads days. Where the reading is a guess (no
other day says when the run is, or "tomorrow" in a run that repeats), the guess is told as a doubt.
A time after a day's possessive ("tomorrow's 7am class") is the item's too, blanked the same way,
as is one after "a"/"an" ("an 11pm curfew") when another time says when the run is.
"""

import re
from itertools import pairwise

from nl_parser.calendar_words import DAY, MONTH, RANGE_DAY, weekday_number
from nl_parser.lexicon import blank_span, blank_spans
from nl_parser.message_content import told_spans

_I = re.IGNORECASE
_WHICH = r"(?:next\s+|this\s+(?:coming\s+)?|the\s+coming\s+)?"
# "tomorrow's on-call engineer" names what is sent, not when; so does a date after a word that
# says when items fall due ("the invoices due tomorrow", "tasks expiring tomorrow") or what the
# items are for ("installs scheduled for tomorrow", "the roster for tomorrow").
TOMORROW = re.compile(
    # (the word is looked for first: nine look-behinds tried at every position cost a lot)
    r"(?=tomorrow)"
    r"(?<!\bdue )(?<!\bexpiring )(?<!\bexpire )(?<!\bending )(?<!\bclosing )(?<!\bscheduled )"
    r"(?<!\bplanned )(?<!\bstarting )(?<!\bfor )\btomorrow\b(?!'s|\u2019s)"
    # "tomorrow morning's forecast": the possessive is the period's, the day still the data's.
    r"(?!\s+(?:morning|afternoon|evening|night)['\u2019]s)",
    _I,
)
# A run that repeats ("every weekday", "daily") has no one-off day: "tomorrow" in it is data.
REPEATS = re.compile(
    r"\b(?:every|each|daily|nightly|hourly|weekly|monthly|weekdays|mornings|evenings)\b", _I
)
# "the rooms booked for Saturday", "shifts scheduled for next Monday": the items' day; so with
# the verb's particle ("who's booked in for Monday", "the volunteers signed up for Saturday").
_PARTICIPLE_FOR = re.compile(
    r"\b[a-z]{2,}ed(?:\s+(?:in|up|on|off|out|down|over|back))?"
    rf"\s+for\s+{_WHICH}({DAY})(?!['\u2019]s)",
    _I,
)
# "the rota for Saturday", "the menu for Friday": a thing's day; "set it for Monday" is the run's.
_NOUN_FOR = re.compile(
    r"\b(?!(?:it|them|this|that|these|those|one|me|us|him|her|everyone|everybody)\b)[a-z]{3,}"
    rf"\s+for\s+{_WHICH}({DAY})(?!['\u2019]s)",
    _I,
)
# "a booking inquiry for a Saturday in June": one day of any, the item's; a run's day is "every
# Saturday" or "on Saturdays".
# "apologies for Sunday service", "the order for Friday lunch": a day before a noun names a thing
# (a service, a lunch) and is the items' day even when no other day says when the run is.
_DAY_AS_MODIFIER = re.compile(
    r"\s+(?!(?:at|on|and|or|to|from|through|thru|until|till|in|by|every|each|the|this|next|"
    r"morning|afternoon|evening|night|mornings|afternoons|evenings|nights|noon|midnight|week|"
    r"weekly|only|please|pls)\b)[a-z]{3,}\b"
)
# "every Wednesday at 5pm, let the Saturday volunteers know …": a day between a determiner
# and a noun names which items (the volunteers), when another day says when the run is.
_DETERMINED_DAY = re.compile(
    rf"\b(?:the|(?P<owner>our|their|your|its|my|his|her))\s+({DAY})(?!['\u2019]s)", _I
)
# "send the Sunday-rota reminder every Thursday", "the Friday-night staff": a day joined to a
# word by a hyphen makes one modifier that names a thing, when another day says when the run is
# ("every Friday-night" and "Monday-Friday" still say when).
_DAY_IN_A_COMPOUND = re.compile(
    r"(?<!\bevery )(?<!\beach )(?<!\bon )(?<!\band )(?<!\bor )(?<!& )"
    r"\b((?:sun|mon|tues|wednes|thurs|fri|satur)days?)-"
    rf"(?!(?:{RANGE_DAY}|to|through|thru|till|until|and|or|only)\b)[a-z]{{3,}}",
    _I,
)
# "When a member registers for the Saturday rapidplay, …": the event a run is triggered by,
# before the comma that ends it; a determined day inside it names what the event is about.
_EVENT_OPENING = re.compile(
    r"^\W*(?:when|whenever|each\s+time|every\s+time|any\s+time|as\s+soon\s+as)\s[^,;:.!?]*", _I
)


def _in_the_event(work: str, at: int) -> bool:
    """Tell whether `at` lies in the event the text opens on ("When someone books the …")."""
    event = _EVENT_OPENING.match(work)
    return event is not None and at < event.end()


# "enquiries that land on a Friday afternoon": one day of any, with its part of the day, is
# when the items come about, as "for a Saturday" is.
_FOR_A_DAY = re.compile(
    rf"\b(?:for|on)\s+an?\s+({DAY}(?:\s+in\s+{MONTH}|\s+(?:morning|afternoon|evening|night))?)\b",
    _I,
)
# "the forms from last Saturday's concert", "orders since last Monday": the day gone by is the
# items'; "the last Friday of the month", "every last Friday" and "last Friday in June" are
# runs (which one cron cannot say).
_DAY_GONE_BY = re.compile(
    rf"(?<!\bthe )(?<!\bevery )(?<!\beach )(?<!\bon )\b(?:last|this\s+past)\s+({DAY})"
    r"(?!\s+(?:of|in)\b)",
    _I,
)
_ANY_DAY = re.compile(rf"\b{DAY}|\bweek\s?days?\b|\bweek-?ends?\b", _I)
# "tomorrow's 7am class", "Friday's 6pm show": a time after a day's possessive is when the item
# happens (the class, the show), not when the run does.
# A clock time as written: "7am", "6:30 p.m.", "19:00".
_CLOCK = r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?|\d{1,2}:\d\d"
_TIME_OF_A_DAYS_ITEM = re.compile(
    rf"\b(?:{DAY}|today|tomorrow|tonight|yesterday)['\u2019]s\s+"
    rf"({_CLOCK}|noon|midnight)(?=\s+[a-z])",
    _I,
)
# "our teen has an 11pm curfew. at 11:15pm every friday …": a time between "a"/"an" and a noun
# is when the item is (the curfew, a flight), when another time says when the run is.
_TIME_OF_AN_ITEM = re.compile(rf"\ban?\s+({_CLOCK})(?=\s+[a-z])", _I)
# "email the guests arriving after midnight", "the orders placed after 10pm": a time after an
# act and "after"/"before" is when the items' act happens, when another time says when the run is.
_TIME_OF_AN_ACT = re.compile(
    rf"\b[a-z]{{3,}}(?:ing|ed)\s+(?:after|before|past)\s+({_CLOCK}|noon|midnight)",
    _I,
)
# "the leads that came in over the weekend", "tickets opened during the weekend", "what we sold
# at the weekend": a weekend after a verb in the past is when the items came about, not a run
# ("back up the db every 2 hours over the weekend" has no past verb and stays the run's).
_PAST_VERB = (
    r"(?:[a-z]{2,}ed|came|got|were|was|sold|made|sent|left|went|grew|fell|rang|paid|built|ran|did"
    r"|brought|bought|took|gave|wrote|spent|broke|won|lost|found|read|saw|met|began|forgot|kept)"
)
# "zones that failed to run over the weekend", "pumps that stopped working during the weekend",
# "backups that didn't finish at the weekend": the past verb may govern an infinitive or a
# gerund, or be negated with its verb after; the weekend is still when the items came about.
_PAST_VERB_GOVERNS = (
    r"(?:n['\u2019]t|\s+not|\s+never)(?:\s+[a-z]{2,})?|\s+to\s+[a-z]{2,}|\s+[a-z]{2,}ing"
)
_WEEKEND_OF_PAST_ITEMS = re.compile(
    rf"\b{_PAST_VERB}(?:{_PAST_VERB_GOVERNS})?\b"
    r"(?:\s+(?:in|up|out|through|back|down|off|on|away))?\s+"
    r"(?P<when>(?:over|during|at|on|across|throughout)\s+the\s+(?:past\s+|last\s+)?week-?ends?)\b",
    _I,
)
# "let the instructors know which walls are being reset over the weekend", "who's driving at
# the weekend": a weekend in a clause about the items, after its verb in the present or future,
# is when the items' act happens, when another day says when the run is.
_WEEKEND_OF_ITEMS_TO_COME = re.compile(
    r"\b(?:which|what|who|whose|that)(?:\s+[\w-]+){0,4}?"
    r"(?:['\u2019](?:s|re|ll)|\s+(?:are|is|will|gets?|getting))\b"
    r"(?:\s+(?:not|still|also|being|be|getting|going\s+to\s+be))*\s+[a-z]{2,}"
    r"(?:\s+(?:in|up|out|through|back|down|off|on|away|over))?\s+"
    r"(?P<when>(?:over|during|at|across|throughout)\s+(?:the\s+)?week-?ends?)\b",
    _I,
)
# "if any freezer logged a temperature above -15°C over the weekend", "whether a client paid
# an invoice late at the weekend": in a clause that tests or describes items, a weekend after
# the past verb and its object is still when the items came about, when another day says when
# the run is.
_WEEKEND_AFTER_A_PAST_OBJECT = re.compile(
    rf"\b(?:if|whether|which|that|who)\b(?:[^,;:.!?]|\.\d){{0,80}}?\b(?:{_PAST_VERB}|hit|had)\s+"
    r"(?:a|an|any|the|some|no|more|less|fewer|over|under|above|below)\b(?:[^,;:.!?]|\.\d){0,60}?\s"
    r"(?P<when>(?:over|during|at|across|throughout)\s+the\s+(?:past\s+|last\s+)?week-?ends?)\b",
    _I,
)
_RUN_DAY = re.compile(rf"\b{DAY}", _I)
WEEKEND_WORD = re.compile(r"week-?end", _I)  # what every weekend pattern holds (a cheap hint)
_RUN_TIME = re.compile(r"\b(?:at\s+)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\bat\s+\d{1,2}:\d\d\b", _I)


# "one-off: pull every job we did in March": a run said to happen once repeats in no month, so
# a month named alone is the one the items are from.
_MONTH_ALONE = re.compile(rf"\b(?:in|during|for|from)\s+{MONTH}(?!\s*\d)", _I)


def blank_months_alone(work: str) -> tuple[str, list[tuple[int, int]]]:
    """Blank the months named alone ("in March") of a run said to happen once; return spans."""
    spans = [m.span() for m in _MONTH_ALONE.finditer(work)]
    return blank_spans(work, spans), spans


# "the accounts whose contracts renew in October", "members who joined in March", "accounts
# renewing in October": a month in a relative clause, or after a participle, says which items,
# whatever the run's schedule; "starting in October", "every morning in August" still say when
# it runs.
_RELATIVE_WORDS = frozenset(("whose", "that", "which", "who"))
_ITEMS_MONTH = re.compile(
    r"(?:\b(?:whose|that|which|who)\s+(?:[\w'-]+\s+){1,5}?"
    # "every morning in August": a part of the day ends like a participle and is the run's.
    r"|\b(?!(?:start|begin|commenc|kick|morning|evening|spring)\w*)[a-z]{3,}(?:ing|ed)\s+)"
    rf"(?:in|during)\s+({MONTH})(?!\s*\d)",
    _I,
)
_PARTICIPLE_IN = re.compile(r"(?:ing|ed)\s+(?:in|during)\s", _I)


def blank_items_months(work: str) -> tuple[str, list[tuple[int, int]]]:
    """Blank the months a relative clause names for the items ("whose leases end in May")."""
    if _RELATIVE_WORDS.isdisjoint(work.lower().split()) and not _PARTICIPLE_IN.search(work):
        return work, []
    spans = [m.span(1) for m in _ITEMS_MONTH.finditer(work)]
    return blank_spans(work, spans), spans


# "the ones expiring before 1 June", "leases ending before March 31", "orders placed after 15
# May", "cards that expire before the 1st of September": a date an item's act is compared to is
# a test of the items, never when the run is ("starting after 1 June" may be the run's start).
_ITEMS_DATE = re.compile(
    r"\b(?:(?!(?:start|begin|commenc|kick)\w*)[a-z]{3,}(?:ing|ed)|due|expires?|ends?|lapses?"
    r"|renews?)\s+(?:before|after|by|until|since)\s+"
    rf"(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)",
    _I,
)


def blank_items_dates(work: str) -> tuple[str, list[tuple[int, int]]]:
    """Blank the dates an item's act is compared to ("expiring before 1 June"); return spans."""
    lowered = work.lower()
    if not any(word in lowered for word in (" before ", " after ", " by ", " until ", " since ")):
        return work, []
    spans = [m.span() for m in _ITEMS_DATE.finditer(work)]
    return blank_spans(work, spans), spans


def blank_data_days(
    work: str, text: str | None = None
) -> tuple[str, list[tuple[int, int]], list[str]]:
    """Blank the days in `work` that name data; return the text, their spans, guesses to tell.

    `text` is `work` before places were masked, so what a message says can still be found.
    """
    doubts: list[str] = []
    spans: list[tuple[int, int]] = []
    for pattern in (_PARTICIPLE_FOR, _NOUN_FOR):
        for match in pattern.finditer(work):
            start, end = match.span(1)
            own_day = _ANY_DAY.search(work[:start] + " " * (end - start) + work[end:])
            said = match.group().strip()
            modifier = pattern is _NOUN_FOR and _DAY_AS_MODIFIER.match(work, end)
            if pattern is _NOUN_FOR and own_day is None and not modifier:
                # "Post the rota for Saturday at 9am": the only day there is may be the run's.
                doubts.append(f"'{said}' may say which items, not the day it runs")
                continue
            if own_day is None and not modifier:
                doubts.append(f"read '{said}' as the items' day, not the day it runs")
            work = work[:start] + " " * (end - start) + work[end:]
            spans.append((start, end))
    compounds = _DAY_IN_A_COMPOUND.finditer(work) if "day-" in work.lower() else ()
    for match in compounds:
        rest = blank_span(work, match.span(1))
        if _ANY_DAY.search(rest):
            work = rest
            spans.append(match.span(1))
    for match in _DETERMINED_DAY.finditer(work):
        start, end = match.span(2)
        rest = blank_span(work, (start, end))
        # "it would save my Monday mornings", "free up our Friday afternoons": a day someone owns
        # is theirs, whatever follows it, when another day says when the run is.
        owned = match.group("owner") is not None
        if (owned or _DAY_AS_MODIFIER.match(work, end)) and (
            _ANY_DAY.search(rest) or _in_the_event(work, start)
        ):
            work = rest
            spans.append((start, end))
    gone_by = _DAY_GONE_BY.finditer(work) if "ast " in work else ()  # "last", "Last", "past"
    for match in [*_FOR_A_DAY.finditer(work), *_TIME_OF_A_DAYS_ITEM.finditer(work), *gone_by]:
        start, end = match.span(1)
        work = work[:start] + " " * (end - start) + work[end:]
        spans.append((start, end))
    # (an act's time needs "after", "before" or "past": its long pattern runs only then)
    lowered = work.lower()
    timed = "after" in lowered or "before" in lowered or "past" in lowered
    acts = _TIME_OF_AN_ACT.finditer(work) if timed else ()
    for match in [*_TIME_OF_AN_ITEM.finditer(work), *acts]:
        start, end = match.span(1)
        rest = blank_span(work, (start, end))
        if _RUN_TIME.search(rest):
            work = rest
            spans.append((start, end))
    weekend = WEEKEND_WORD.search(work)  # the long pattern runs only where a weekend is named
    for match in _WEEKEND_OF_PAST_ITEMS.finditer(work) if weekend else ():
        work = blank_span(work, match.span("when"))
        spans.append(match.span("when"))
    to_come = _WEEKEND_OF_ITEMS_TO_COME.finditer(work) if weekend else ()
    objects = _WEEKEND_AFTER_A_PAST_OBJECT.finditer(work) if weekend else ()
    for match in [*to_come, *objects]:
        rest = blank_span(work, match.span("when"))
        if _RUN_DAY.search(rest):
            work = rest
            spans.append(match.span("when"))
    tomorrow = TOMORROW.search(work)
    if tomorrow and REPEATS.search(work) and not _told(tomorrow.start(), text or work):
        doubts.append("'tomorrow' in a run that repeats was read as the items' day")
    return work, spans, doubts


def _told(at: int, text: str) -> bool:
    """Tell whether `at` lies in what a message says ("remind #staff that we close tomorrow")."""
    # A day a message tells of is neither the run's nor the items': it leaves no doubt.
    return any(start <= at < end for start, end in told_spans(text))


_DAY_SAID = re.compile(rf"\b({DAY})(?!['\u2019]s)", _I)
# What joins days of one list or range: "Monday, Wednesday and Friday", "Monday to Friday",
# "Mon/Wed/Fri", "Mon + Thu".
_LINKED = re.compile(
    r"(?:\s*(?:,|and|or|&|/|\+|-|\u2013|to|through|thru|until|till)\s*(?:on\s+|every\s+)?)+", _I
)


def scattered_days(work: str, days: set[int]) -> list[str]:
    """Return a doubt when the run's days come from mentions apart, not one list or range."""
    said = [m for m in _DAY_SAID.finditer(work) if weekday_number(m.group(1)) in days]
    for first, second in pairwise(said):
        between = work[first.end() : second.start()]
        if weekday_number(first.group(1)) != weekday_number(second.group(1)) and not (
            _LINKED.fullmatch(between)
        ):
            # "Every Friday at 3pm, … the rooms for Saturday": the second may name the data.
            return [f"the run is on {first.group(1)} and {second.group(1)}, named apart"]
    return []
