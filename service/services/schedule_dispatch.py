"""The schedule dispatcher: fire each due slot exactly once, within a second of its time.

Every worker process runs the clock thread. A pass reads enabled schedules of active workflows
whose next_run_at has come (an indexed range: the cost follows the due slots), and claims each
by compare-and-set on next_run_at in the same transaction that stores its runs, so any number
of processes fire a slot once and a crash loses or doubles none. Runs are published and
enqueued after commit; a failed enqueue is left to the reaper.

Slots late by more than the grace are missed: `run_immediately` starts one run for all of
them, `skip` none, `queue` one per slot, oldest first, at most `max_catchup`. Slots within the
grace always fire. A schedule whose inputs no longer pass the workflow's input schema skips its
slot with a warning in the log; it fires again once the inputs or the schema are fixed.
"""

import logging
import threading
import time
from datetime import timedelta

from peewee import InterfaceError, OperationalError

from service.clock import utcnow
from service.config import Config
from service.db import db, is_postgres
from service.engine.cron import next_fire
from service.errors import Invalid
from service.models.schedule import Schedule
from service.models.workflow import Workflow
from service.services.runs import CreatedRun, create_run, dispatch_created

log = logging.getLogger(__name__)
BATCH = 200
_JUST_BEFORE = timedelta(microseconds=1)
# Wake this long after the whole second, so the slot is surely <= the clock we read.
WAKE_AFTER_SECOND_S = 0.002


def fire_due_schedules(*, now, grace_seconds: int, max_catchup: int, batch: int = BATCH) -> int:
    """Fire every due slot at `now`; return how many runs were started."""
    started = 0
    with db.connection_context():
        while True:
            selected, created = fire_batch(
                now=now, grace_seconds=grace_seconds, max_catchup=max_catchup, batch=batch
            )
            started += len(created)
            if selected < batch:
                return started


def fire_batch(*, now, grace_seconds: int, max_catchup: int, batch: int = BATCH):
    """Claim and fire up to `batch` due schedules; return (schedules read, runs started)."""
    if not _due(now, 1).exists():  # idle passes never take a write lock
        return 0, []
    rows = []
    try:
        with _write_transaction():
            rows = list(_due(now, batch, lock=True))
            created = [run for row in rows for run in _fire(row, now, grace_seconds, max_catchup)]
    except (OperationalError, InterfaceError):
        raise  # the database is unreachable: nothing was committed; the next pass retries
    except Exception:
        log.exception("schedule batch failed; retrying its schedules one by one")
        created = _fire_one_by_one(rows, now, grace_seconds, max_catchup)
    dispatch_created(created)
    return len(rows), created


def _fire_one_by_one(rows, now, grace_seconds, max_catchup) -> list[CreatedRun]:
    """Fire each schedule in its own transaction, so one broken row cannot stall the rest."""
    created = []
    for row in rows:
        try:
            with _write_transaction():
                created += _fire(row, now, grace_seconds, max_catchup)
        except (OperationalError, InterfaceError):
            raise
        except Exception:
            log.exception("schedule %s failed to fire; it stays due", row.id)
    return created


def _write_transaction():
    # SQLite: take the write lock up front; a deferred reader upgrading later fails at once.
    return db.atomic() if is_postgres() else db.atomic("IMMEDIATE")


def _due(now, limit: int, *, lock: bool = False):
    query = (
        Schedule.select(Schedule, Workflow)
        .join(Workflow)
        .where(Schedule.enabled & (Schedule.next_run_at <= now) & (Workflow.status == "active"))
        .order_by(Schedule.next_run_at)
        .limit(limit)
    )
    if lock and is_postgres():
        # Concurrent dispatchers share the work instead of waiting on each other's rows;
        # the compare-and-set below is still what makes a slot fire once.
        query = query.for_update("FOR UPDATE OF t1 SKIP LOCKED")
    return query


def slots_to_fire(schedule: Schedule, *, now, grace_seconds: int, max_catchup: int):
    """Return (the slots to start a run for, the next slot after now) for a due schedule."""
    expression, zone, slot = schedule.cron_expression, schedule.timezone, schedule.next_run_at
    cutoff = now - timedelta(seconds=grace_seconds)
    slots = []
    if slot < cutoff:
        policy = schedule.missed_execution_policy
        if policy == "run_immediately":
            slots.append(slot)  # one run stands for every missed slot
        elif policy == "queue":
            missed = slot
            while missed < cutoff and len(slots) < max_catchup:
                slots.append(missed)
                missed = next_fire(expression, zone, missed)
        slot = next_fire(expression, zone, cutoff - _JUST_BEFORE)
    on_time = []
    while slot <= now and len(on_time) < max_catchup:
        on_time.append(slot)
        slot = next_fire(expression, zone, slot)
    return slots + on_time, slot if slot > now else next_fire(expression, zone, now)


def _fire(schedule: Schedule, now, grace_seconds, max_catchup) -> list[CreatedRun]:
    """Claim the schedule's due slot and store its runs; [] when another process won it."""
    slots, following = slots_to_fire(
        schedule, now=now, grace_seconds=grace_seconds, max_catchup=max_catchup
    )
    active = Workflow.select(Workflow.id).where(Workflow.status == "active")
    claimed = (
        Schedule.update(next_run_at=following, last_run_at=now if slots else Schedule.last_run_at)
        .where(
            (Schedule.id == schedule.id)
            & (Schedule.next_run_at == schedule.next_run_at)
            & Schedule.enabled
            & Schedule.workflow.in_(active)
        )
        .execute()
    )
    if not claimed:
        return []
    created = []
    for slot in slots:
        try:
            created.append(
                create_run(
                    workflow=schedule.workflow,
                    inputs=schedule.inputs_object,
                    trigger="schedule",
                    schedule_id=schedule.id,
                    scheduled_for=slot,
                    now=now,
                )
            )
        except Invalid as exc:
            # create_run checks before it writes, and every slot has the same inputs: the
            # slot is consumed, no run is stored, and last_run_at keeps its old value.
            log.warning("schedule %s skipped its slot %s: %s", schedule.id, slot, exc.message)
            Schedule.update(last_run_at=schedule.last_run_at).where(
                Schedule.id == schedule.id
            ).execute()
            return []
    return created


def run_pass(config: Config) -> int:
    """Fire everything due now, batch after batch, each at the time it starts."""
    started = 0
    with db.connection_context():
        while True:
            selected, created = fire_batch(
                now=utcnow(),
                grace_seconds=config.schedule_grace_seconds,
                max_catchup=config.schedule_max_catchup,
            )
            started += len(created)
            if selected < BATCH:
                return started


def seconds_to_next_second(now: float) -> float:
    """Return how long to sleep to wake just after the next whole wall-clock second."""
    return 1.0 - (now % 1.0) + WAKE_AFTER_SECOND_S


def start_schedule_clock(config: Config, stop: threading.Event) -> threading.Thread:
    """Start the dispatcher thread: a pass just after every whole second until `stop` is set."""

    def loop():
        # Cron slots fall on whole minutes, so waking on whole seconds meets each within ms.
        while not stop.wait(seconds_to_next_second(time.time())):
            try:
                run_pass(config)
            except Exception as exc:  # a dependency may be down; try again next second
                log.warning("schedule pass failed: %s", exc)

    thread = threading.Thread(target=loop, name="schedule-clock", daemon=True)
    thread.start()
    return thread
