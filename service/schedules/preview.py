"""What a schedule will do: its next fire times with DST notes, and its expression in English.

No peer shows the effect of daylight saving time ahead of time; a preview here does (CONTRACT
§12): `dst_gap` when the slot's wall time does not exist that day and the fire moved (a
fixed-time slot in a spring-forward gap), `dst_overlap` when the wall time occurs twice that day.
"""

from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from cron_descriptor import get_description
from croniter import croniter

from service.clock import isoformat
from service.schedules.cron import days_and, next_fire

MAX_PREVIEW = 100


@lru_cache(maxsize=4096)
def describe(expression: str) -> str:
    """Return the expression in English ("At 09:00 AM, only on Monday")."""
    try:
        return get_description(expression)
    except Exception:  # a describer's gap must never fail a request: the expression speaks
        return expression


def preview(expression: str, timezone: str, *, after: datetime, count: int) -> list[dict]:
    """Return the next `count` fires after `after` (naive UTC) as {at, local, note}."""
    zone = ZoneInfo(timezone)
    fires, moment = [], after
    for _ in range(count):
        moment = next_fire(expression, timezone, moment)
        local = moment.replace(tzinfo=UTC).astimezone(zone)
        fires.append(
            {
                "at": isoformat(moment),
                "local": local.isoformat(timespec="seconds"),
                "note": _note(expression, local, zone),
            }
        )
    return fires


def _note(expression: str, local: datetime, zone: ZoneInfo) -> str | None:
    wall = local.replace(tzinfo=None)
    if not croniter.match(expression, wall, day_or=not days_and(expression)):
        return "dst_gap"  # fired at the end of a gap: its own wall time did not exist
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    second = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    return "dst_overlap" if first < second else None
