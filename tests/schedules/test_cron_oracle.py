"""The schedule clock against cronsim, which follows Debian cron: the same fire times, always.

Thousands of random expressions (ranges such as `N-N`, steps, lists, names, star-prefixed day
fields) by zones with odd DST (30-minute shifts in Lord Howe, Chatham's 12:45 offset, southern
hemisphere) by start instants near each zone's DST changes. A fixed seed keeps it reproducible.
Two differences are deliberate, with their reasons (the README lists them):

- `N-N/S` is N, as Debian (vixie) cron's range parser makes it; cronsim reads N..end-of-field;
- around a 30-minute DST change (Lord Howe) cronsim misplaces wildcard slots by half an hour.
  There a third judge decides: Debian cron's own loop, which wakes every minute and fires what
  the wall clock matches; a minute-by-minute walk (`debian_walk`) must agree with us.
"""

import functools
import random
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from cronsim import CronSim, CronSimError

from service.schedules.cron import CronInvalid, check_cron, fires_hourly, next_fire

SEED = 20261201
CASES = 3000
FIRES = 4
ZONES = [
    "UTC",
    "America/New_York",
    "Europe/Berlin",
    "Europe/London",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Australia/Sydney",
    "America/Santiago",
    "America/Sao_Paulo",
    "Asia/Kolkata",
]
RANGES = {"minute": (0, 59), "hour": (0, 23), "dom": (1, 31), "month": (1, 12), "dow": (0, 7)}
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]


def field(rng: random.Random, name: str) -> str:
    """Return one random cron field of the kind named."""
    low, high = RANGES[name]
    words = {"month": MONTHS, "dow": DAYS}.get(name)

    def value():
        if words and rng.random() < 0.2:
            index = rng.randint(0, len(words) - 1)
            return words[index], index + (1 if name == "month" else 0)
        number = rng.randint(low, high if name != "dow" else 6)
        return str(number), number

    kind = rng.choices(
        ["star", "step", "one", "range", "same", "rangestep", "list"],
        weights=[3, 2, 3, 2, 2, 1, 2],
    )[0]
    if kind == "star":
        return "*"
    if kind == "step":
        return f"*/{rng.randint(1, max(2, (high - low) // 2))}"
    if kind == "one":
        return value()[0]
    if kind == "same":  # N-N: croniter reads it as '*' unless normalised
        text, _ = value()
        return f"{text}-{text}"
    if kind in ("range", "rangestep"):
        (a_text, a), (b_text, b) = value(), value()
        if a > b:
            (a_text, a), (b_text, b) = (b_text, b), (a_text, a)
        step = f"/{rng.randint(1, 5)}" if kind == "rangestep" else ""
        return f"{a_text}-{b_text}{step}"
    return ",".join(sorted({value()[0] for _ in range(rng.randint(2, 4))}))


@functools.cache
def transitions(zone: ZoneInfo) -> list[datetime]:
    """Return the UTC instants of the zone's offset changes in 2025-2027 (hour resolution)."""
    found, instant = [], datetime(2025, 1, 1, tzinfo=UTC)
    offset = instant.astimezone(zone).utcoffset()
    while instant.year < 2028:
        following = instant + timedelta(hours=1)
        if following.astimezone(zone).utcoffset() != offset:
            found.append(following)
            offset = following.astimezone(zone).utcoffset()
        instant = following
    return found


def start_instant(rng: random.Random, zone_name: str) -> datetime:
    """Return a naive UTC start: near a DST change of the zone (mostly), else anywhere."""
    changes = transitions(ZoneInfo(zone_name))
    if changes and rng.random() < 0.8:
        base = rng.choice(changes).replace(tzinfo=None)
        return base + timedelta(minutes=rng.randint(-36 * 60, 36 * 60))
    return datetime(2026, 1, 1) + timedelta(minutes=rng.randint(0, 365 * 24 * 60))


def ours(expression: str, zone: str, start: datetime) -> list[datetime]:
    """Return our next FIRES fire times after start (naive UTC)."""
    fires, after = [], start
    for _ in range(FIRES):
        after = next_fire(expression, zone, after)
        fires.append(after)
    return fires


def oracle(expression: str, zone: str, start: datetime) -> list[datetime] | None:
    """Return cronsim's next FIRES fire times after start (naive UTC); None if it refuses."""
    local = start.replace(tzinfo=UTC).astimezone(ZoneInfo(zone))
    try:
        walk = CronSim(expression, local)
        return [next(walk).astimezone(UTC).replace(tzinfo=None) for _ in range(FIRES)]
    except (CronSimError, StopIteration):
        return None


_RANGE_STEP = re.compile(r"^([0-9a-z]+)-([0-9a-z]+)/\d+$", re.IGNORECASE)


def _number(token: str, index: int) -> int:
    names = {3: MONTHS, 4: DAYS}.get(index, [])
    token = token.lower()
    return int(token) if token.isdigit() else names.index(token) + (index == 3)


def deliberate(expression: str) -> str | None:
    """Return why a difference from cronsim is intended for this expression, else None."""
    for index, value in enumerate(expression.split()):
        for item in value.split(","):
            match = _RANGE_STEP.match(item)
            if match and _number(match.group(1), index) == _number(match.group(2), index):
                # Debian (vixie) cron's get_range walks a step over the range N..N: `5-5/10`
                # is 5. cronsim reads a one-value range with a step as N..end-of-field.
                return "N-N/S is N, as in Debian cron"
    return None


def debian_walk(expression: str, zone: str, start: datetime, days: int = 3) -> list[datetime]:
    """Return the wildcard expression's next fires as Debian cron's minute loop finds them."""
    fields = CronSim(expression, datetime(2026, 1, 1))  # only for its parsed field sets
    tz = ZoneInfo(zone)
    fires, instant = [], start.replace(second=0, microsecond=0, tzinfo=UTC)
    for _ in range(days * 24 * 60):
        instant += timedelta(minutes=1)
        local = instant.astimezone(tz)
        weekday = local.isoweekday() % 7
        day_ok = local.day in fields.days
        dow_ok = weekday in fields.weekdays or (weekday == 0 and 7 in fields.weekdays)
        days_match = (day_ok and dow_ok) if fields.day_and else (day_ok or dow_ok)
        if (
            local.minute in fields.minutes
            and local.hour in fields.hours
            and local.month in fields.months
            and days_match
        ):
            fires.append(instant.replace(tzinfo=None))
            if len(fires) == FIRES:
                break
    return fires


def cases():
    """Yield (expression, zone, start) for the oracle comparison."""
    rng = random.Random(SEED)
    for _ in range(CASES):
        fields = [field(rng, name) for name in RANGES]
        zone = rng.choice(ZONES)
        yield " ".join(fields), zone, start_instant(rng, zone)


def test_every_fire_time_matches_debian_cron():
    differences, compared = [], 0
    for expression, zone, start in cases():
        try:
            normalised = check_cron(expression, now=start)
        except CronInvalid:
            continue  # cronsim has no "can never fire" check of its own to compare with
        expected = oracle(expression, zone, start)
        if expected is None:
            continue
        compared += 1
        got = ours(normalised, zone, start)
        if got == expected or deliberate(expression):
            continue
        # Both agree nothing fires before the earlier of their first fires: walk from there.
        walk_from = max(start, min(got[0], expected[0]) - timedelta(days=1))
        if fires_hourly(normalised) and got == debian_walk(normalised, zone, walk_from):
            continue  # cronsim's half-hour-DST slip; Debian's own minute loop agrees with us
        differences.append((expression, zone, start, got, expected))
    assert compared > CASES * 0.8
    assert differences[:5] == [], f"{len(differences)} of {compared} differ"


@pytest.mark.parametrize(
    ("expression", "start", "expected"),
    [
        ("54-54 * * * *", datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 2, 10, 54)),
        ("45 3 * * 5-5", datetime(2026, 3, 2), datetime(2026, 3, 6, 3, 45)),  # a Friday
        ("0 0 19-19 * *", datetime(2026, 3, 2), datetime(2026, 3, 19)),
        ("0 0 * * mon-mon", datetime(2026, 3, 3), datetime(2026, 3, 9)),
        # Star-prefixed day field: Debian cron needs both day fields to match (an AND).
        ("0 3 11,13,27 * */2", datetime(2026, 3, 1), datetime(2026, 4, 11, 3)),  # Sat 11 Apr
        ("0 3 12,14 * */2", datetime(2026, 3, 1), datetime(2026, 3, 12, 3)),  # Thu 12 Mar
    ],
)
def test_the_quirks_croniter_has_are_not_ours(expression, start, expected):
    assert next_fire(check_cron(expression, now=start), "UTC", start) == expected
