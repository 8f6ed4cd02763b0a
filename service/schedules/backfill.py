"""Backfill (CONTRACT §12): a run for every slot of a past range that has none, once per slot."""

from datetime import datetime, timedelta

from service.clock import to_naive_utc, utcnow
from service.db import db, is_postgres, prebuilt
from service.errors import Invalid
from service.runs.creation import NewRun, checked_inputs, create_runs, dispatch_created
from service.runs.models import Run
from service.schedules.cron import next_fire
from service.schedules.models import Schedule
from service.workflows.models import Workflow

MAX_SLOTS = 1000
EARLIEST = datetime(1970, 1, 1)
MAX_SPAN = timedelta(days=366)
_JUST_BEFORE = timedelta(microseconds=1)
_LOCK = "SELECT pg_advisory_xact_lock(hashtext(?))"


def slots_between(schedule: Schedule, start: datetime, end: datetime) -> list[datetime]:
    """Return the schedule's slots in [start, end) (naive UTC); 400 past MAX_SLOTS."""
    slots, slot = [], next_fire(schedule.cron_expression, schedule.timezone, start - _JUST_BEFORE)
    while slot < end:
        if len(slots) == MAX_SLOTS:
            raise Invalid(
                f"The range holds more than {MAX_SLOTS} slots; backfill it in parts.",
                code="too_many_slots",
                details={"limit": MAX_SLOTS},
            )
        slots.append(slot)
        slot = next_fire(schedule.cron_expression, schedule.timezone, slot)
    return slots


def backfill(*, schedule: Schedule, workflow: Workflow, start, end, now=None) -> int:
    """Start a run for each slot in [start, end) that has no run of this schedule; return how many.

    Runs carry trigger `backfill` and the slot as `scheduled_for`, and obey the workflow's
    concurrency limit. Asking twice starts nothing the second time.
    """
    now = now or utcnow()
    start, end = to_naive_utc(start), to_naive_utc(end)
    if end <= start:
        raise Invalid("end must be after start.", code="invalid_range")
    if start < EARLIEST:
        raise Invalid(f"start must be after {EARLIEST:%Y}.", code="invalid_range")
    if end > now:
        raise Invalid(
            "A backfill covers the past: end may not be in the future.", code="invalid_range"
        )
    if end - start > MAX_SPAN:
        raise Invalid(
            "A backfill covers at most 366 days; backfill it in parts.",
            code="too_many_slots",
            details={"days": MAX_SPAN.days},
        )
    slots = slots_between(schedule, start, end)
    inputs = checked_inputs(workflow, schedule.inputs_object)
    with db.atomic() if is_postgres() else db.atomic("IMMEDIATE"):
        if is_postgres():  # two backfills of one schedule take turns: each slot runs once
            db.execute_sql(prebuilt(_LOCK), (f"backfill:{schedule.id}",))
        taken = {
            row.scheduled_for
            for row in Run.select(Run.scheduled_for).where(
                (Run.schedule_id == schedule.id)
                & (Run.scheduled_for >= start)
                & (Run.scheduled_for < end)
            )
        }
        created = create_runs(
            [
                NewRun(
                    workflow=workflow,
                    inputs=inputs,
                    trigger="backfill",
                    schedule_id=schedule.id,
                    scheduled_for=slot,
                )
                for slot in slots
                if slot not in taken
            ],
            now=now,
        )
    dispatch_created(created)
    return len(created)
