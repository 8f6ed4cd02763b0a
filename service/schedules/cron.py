"""Cron expressions in a time zone: validation, and next fire times exactly as Debian cron.

croniter walks naive wall-clock times; its quirks are kept out so every expression fires when
Debian cron (and cronsim, the test oracle in tests/schedules/test_cron_oracle.py) would:

- a one-value range `N-N` (also `N-N/S`, `mon-mon`) is written `N` before croniter sees it:
  croniter 7 reads it as `*`;
- the day fields: when the day-of-month or the day-of-week field starts with `*` (`*`, `*/2`)
  both must match (AND); otherwise either may (OR). croniter ORs any restricted pair.

Each wall-clock candidate is then mapped to real instants with zoneinfo's fold rules, as Debian
cron does for daylight saving time. A "wildcard" expression is one whose minute or hour field
starts with `*`; every other one is a "fixed-time" expression.

- a wall time that exists once fires at that instant;
- a wall time inside a spring-forward gap does not exist: a fixed-time slot fires once at the
  end of the gap (the transition instant); a wildcard slot has no real occurrence and is skipped;
- a wall time inside a fall-back overlap exists twice: a fixed-time slot fires at the first
  only; a wildcard slot fires at both.

Times in and out are naive UTC, as the database stores them.
"""

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import CroniterBadCronError, CroniterBadDateError, CroniterError, croniter

from service.clock import to_naive_utc

FIELD_NAMES = ("minute", "hour", "day-of-month", "month", "day-of-week")
# Every pattern a valid expression can need recurs within 8 years: 29 February comes back
# within 8 (2096 -> 2104); with day-or-weekday semantics a weekday always matches in a month.
EVER_YEARS = 8
_NUMERIC_ITEM = r"(?:\*|\d+)(?:-\d+)?(?:/\d+)?"
_NAMED_ITEM = r"(?:\*|\d+|[a-z]{3})(?:-(?:\d+|[a-z]{3}))?(?:/\d+)?"
_NUMERIC = re.compile(rf"{_NUMERIC_ITEM}(?:,{_NUMERIC_ITEM})*")
_NAMED = re.compile(rf"{_NAMED_ITEM}(?:,{_NAMED_ITEM})*", re.IGNORECASE)
_FIELD_SYNTAX = (_NUMERIC, _NUMERIC, _NUMERIC, _NAMED, _NAMED)
_ONE_SECOND = timedelta(seconds=1)


class CronInvalid(ValueError):
    """The expression or the time zone is not acceptable; the message says why."""


def check_timezone(name: str) -> ZoneInfo:
    """Return the IANA zone of that name, or raise CronInvalid."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):
        raise CronInvalid(
            f"Unknown time zone {name!r}: use an IANA name such as 'America/New_York' or 'UTC'."
        ) from None


_RANGE = re.compile(r"^([0-9a-z]+)-([0-9a-z]+)(?:/\d+)?$", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_NAMES = {
    3: {name: number for number, name in enumerate(_MONTHS, 1)},
    4: {name: number for number, name in enumerate(_DAYS)},
}


def _value(token: str, field_index: int) -> int | None:
    token = token.lower()
    return int(token) if token.isdigit() else _NAMES.get(field_index, {}).get(token)


def _normalised_item(item: str, field_index: int) -> str:
    """Write a one-value range (`5-5`, `5-5/2`, `mon-mon`, `thu-4`) as the value it means."""
    match = _RANGE.match(item)
    if match:
        start, end = (_value(match.group(n), field_index) for n in (1, 2))
        if start is not None and start == end:
            return match.group(1)
    return item


def _normalised(fields: list[str]) -> str:
    return " ".join(
        ",".join(_normalised_item(item, index) for item in value.split(","))
        for index, value in enumerate(fields)
    )


def days_and(expression: str) -> bool:
    """Tell whether both day fields must match (Debian: one of them starts with `*`)."""
    fields = expression.split()
    return fields[2].startswith("*") or fields[4].startswith("*")


def _walk(expression: str, start: datetime, *, years: int) -> croniter:
    """Return croniter over the expression's wall-clock times, with Debian's day rule."""
    return croniter(
        expression, start, day_or=not days_and(expression), max_years_between_matches=years
    )


def check_cron(expression: str, *, now: datetime) -> str:
    """Return the expression normalised (see above), or raise CronInvalid saying what is wrong."""
    fields = expression.split()
    if len(fields) != 5:
        raise CronInvalid(
            "A cron expression has exactly 5 fields (minute hour day-of-month month day-of-week);"
            f" got {len(fields)}."
        )
    for name, syntax, value in zip(FIELD_NAMES, _FIELD_SYNTAX, fields, strict=True):
        if not syntax.fullmatch(value):
            raise CronInvalid(
                f"The {name} field {value!r} is not standard cron syntax"
                " (numbers, names, '*', ',', '-' and '/')."
            )
    normalised = _normalised(fields)
    try:
        candidates = _walk(normalised, now, years=EVER_YEARS)
    except (CroniterBadCronError, CroniterError, ValueError, KeyError) as exc:
        raise CronInvalid(f"The cron expression {normalised!r} is invalid: {exc}.") from None
    try:
        candidates.get_next(datetime)  # a search bounded by EVER_YEARS
    except CroniterBadDateError:
        raise CronInvalid(
            f"The cron expression {normalised!r} can never fire (no such date)."
        ) from None
    return normalised


def fires_hourly(expression: str) -> bool:
    """Tell whether the expression is a wildcard one (minute or hour starts with `*`).

    Its slots fire at every real occurrence of their wall time, as Debian cron's do.
    """
    minute, hour = expression.split()[:2]
    return minute.startswith("*") or hour.startswith("*")


def next_fire(expression: str, timezone: str, after: datetime) -> datetime:
    """Return the first fire time strictly after `after`; both are naive UTC."""
    return _next_fire(expression, timezone, after)


@lru_cache(maxsize=8192)  # pure: schedules sharing an expression and a slot share the work
def _next_fire(expression: str, timezone: str, after: datetime) -> datetime:
    zone = ZoneInfo(timezone)
    hourly = fires_hourly(expression)
    aware_after = after.replace(tzinfo=UTC)
    local = aware_after.astimezone(zone)
    start = local.replace(tzinfo=None)
    if hourly and local.fold == 0:
        first, second = _both_folds(start, zone)
        if first < second:  # in the first pass of an overlap: its second pass is still ahead
            start -= second - first
    walls = _walk(expression, start - _ONE_SECOND, years=EVER_YEARS + 1)
    best = None
    while True:
        wall = walls.get_next(datetime)
        kind, instants = _instants(wall, zone, hourly)
        if best is not None and kind != "overlap":
            return to_naive_utc(best)
        later = [instant for instant in instants if instant > aware_after]
        if later:
            best = min(later) if best is None else min(best, *later)
            # Only an hourly overlap can hold a later wall time with an earlier instant.
            if not (hourly and kind == "overlap"):
                return to_naive_utc(best)


def _both_folds(wall: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    return (
        wall.replace(tzinfo=zone, fold=0).astimezone(UTC),
        wall.replace(tzinfo=zone, fold=1).astimezone(UTC),
    )


def _instants(wall: datetime, zone: ZoneInfo, hourly: bool) -> tuple[str, list[datetime]]:
    """Return the kind of wall time ('real', 'overlap', 'gap') and the instants it fires at."""
    first, second = _both_folds(wall, zone)
    if first == second:
        return "real", [first]
    if first < second:
        return "overlap", [first, second] if hourly else [first]
    # In a gap zoneinfo maps fold=1 with the offset after the change: it lands before it.
    return "gap", [] if hourly else [_transition(second, first, zone)]


def _transition(before: datetime, after: datetime, zone: ZoneInfo) -> datetime:
    """Return the first instant in (before, after] that has the offset `after` has."""
    target = after.astimezone(zone).utcoffset()
    low, high = before, after
    while high - low > _ONE_SECOND:
        middle = low + (high - low) // 2
        middle = middle.replace(microsecond=0)
        if middle.astimezone(zone).utcoffset() == target:
            high = middle
        else:
            low = middle
    return high
