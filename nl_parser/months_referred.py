"""Months named once and referred back to ("Frost season is April and May. … in those two months
only, every day at 05:30, …"): the months the run is limited to, written where they are named
again so the schedule grammar reads them as it reads "in April and May"."""

import re

from nl_parser.calendar_words import MONTH, month_number

_I = re.IGNORECASE
_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FULL = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
# "those two months", "these months", "that month": months named before, referred back to.
_REFERRED = re.compile(
    r"\b(?:(?:in|during|throughout|for|over|across)\s+)(?P<back>(?:those|these)\s+"
    r"(?:two|three|four|five|six|\d)?\s*months|that\s+month)\b",
    _I,
)
# When the run happens: the reference opens its clause ("So in those months, …"), is said to be
# the only time ("in those months only"), or follows a schedule ("every morning at 6 during …").
_OPENS_A_CLAUSE = re.compile(r"(?:^|[.;:,!?\u2014\u2013]|\b(?:so|and|but|only|just))\s*$", _I)
_ONLY_AFTER = re.compile(r"\s+only\b|\s*,", _I)
_AFTER_A_SCHEDULE = re.compile(
    r"(?:\d|[ap]\.?m\.?|\b(?:days?|daily|nightly|weekdays?|mornings?|evenings?|nights?))\s*$", _I
)
# "December to February", "June through August": every month between, wrapping past December.
_RANGE = re.compile(
    rf"({MONTH})\s*(?:-|\u2013|to|through|thru|until|till)\s*({MONTH})(?!\s*\d)", _I
)
_STOP = re.compile(r"[.!?;](?=\s)")


def months_referred_back(text: str, written: str) -> str:
    """Write the months "those months" refers back to (named earlier in `written`) in its place."""
    lowered = text.lower()
    if "month" not in lowered or not (
        "those" in lowered or "these" in lowered or "that" in lowered
    ):
        return text
    for match in _REFERRED.finditer(text):
        before = text[: match.start()]
        told = _ONLY_AFTER.match(text, match.end()) or _OPENS_A_CLAUSE.search(before)
        if not told and not _AFTER_A_SCHEDULE.search(before):
            continue
        months = _months_named_before(written[: match.start()])
        words = _written_as(months, len(match["back"]))
        if words:
            return text[: match.start("back")] + words + text[match.end("back") :]
    return text


def _months_named_before(before: str) -> list[int]:
    """Return the months the last sentence naming any names, in calendar order."""
    for sentence in reversed(_STOP.split(before)):
        span = _RANGE.search(sentence)
        if span:
            start, end = month_number(span[1]), month_number(span[2])
            return sorted((start - 1 + k) % 12 + 1 for k in range((end - start) % 12 + 1))
        named = {month_number(m.group()) for m in re.finditer(MONTH, sentence, _I)}
        if named:
            return sorted(named)
    return []


def _written_as(months: list[int], room: int) -> str | None:
    """Return the months as the grammar reads them in at most `room` letters (padded), or None."""
    if not months:
        return None
    full = [_FULL[m - 1] for m in months]
    short = [_SHORT[m - 1] for m in months]
    ways = [" and ".join(full), ", ".join(short), ",".join(short)]
    if len(months) == 1:
        ways = [full[0], short[0]]
    elif len(months) > 2:
        ways = [", ".join(full[:-1]) + " and " + full[-1], *ways[1:]]
    fitting = next((way for way in ways if len(way) <= room), None)
    # Right-justified, so the span the grammar reads from "in" covers the words it replaced.
    return fitting.rjust(room) if fitting else None
