"""Missed-slot policies: what a schedule does with slots more than the grace late.

Each policy is one function from the oldest missed slot to the slots that get a run; a new
policy is one function here and one entry in MISSED_SLOT_POLICIES.
"""

from collections.abc import Callable
from datetime import datetime

from service.schedules.cron import next_fire


def run_immediately(slot, *, cutoff, expression, zone, max_catchup) -> list[datetime]:
    """Start one run now for all the missed slots (it carries the oldest)."""
    return [slot]


def skip(slot, *, cutoff, expression, zone, max_catchup) -> list[datetime]:
    """Start no run for missed slots; the schedule moves on to its next one."""
    return []


def queue(slot, *, cutoff, expression, zone, max_catchup) -> list[datetime]:
    """Start one run per missed slot, oldest first, at most `max_catchup`."""
    slots = []
    while slot < cutoff and len(slots) < max_catchup:
        slots.append(slot)
        slot = next_fire(expression, zone, slot)
    return slots


# What a slot does while a run this schedule started is still running or queued (the
# dispatcher applies them: schedules/dispatcher.py).
OVERLAP_POLICIES = ("allow", "skip", "buffer_one", "cancel_other")

MISSED_SLOT_POLICIES: dict[str, Callable[..., list[datetime]]] = {
    "run_immediately": run_immediately,
    "skip": skip,
    "queue": queue,
}
