"""The schedule dispatcher: fire each due slot exactly once, within a second of its time.

Every worker process runs the clock thread (schedules/clock.py), which also prepares a crowded
slot ahead and commits it at the slot (schedules/lookahead.py, with fire_rows below). A pass
reads enabled schedules of active workflows whose next_run_at has come (an indexed range: the
cost follows the due slots), and claims each by compare-and-set on next_run_at in the same
transaction that stores its runs, so any number of processes fire a slot once and a crash
loses or doubles none. A batch is claimed with one UPDATE (a compare-and-set per row) and its
runs stored with a few multi-row INSERTs. Runs are published and enqueued after commit; a
failed enqueue is left to the reaper.

Slots late by more than the grace are missed: `run_immediately` starts one run for all of
them, `skip` none, `queue` one per slot, oldest first, at most `max_catchup`. Slots within the
grace always fire. A schedule whose inputs no longer pass the workflow's input schema skips its
slot with a warning in the log; it fires again once the inputs or the schema are fixed.
"""

import logging
from datetime import timedelta

from peewee import InterfaceError, OperationalError

from service.clock import utcnow
from service.config import Config
from service.db import db, is_postgres, prebuilt
from service.errors import Invalid
from service.observability.metrics import record_schedule_lag
from service.runs.creation import (
    CreatedRun,
    NewRun,
    checked_inputs,
    create_runs,
    dispatch,
    dispatch_created,
)
from service.schedules.cron import next_fire
from service.schedules.models import Schedule
from service.schedules.overlap import Aftermath, plan_slots
from service.schedules.policies import MISSED_SLOT_POLICIES
from service.workflows.models import Workflow

log = logging.getLogger(__name__)
BATCH = 200
_JUST_BEFORE = timedelta(microseconds=1)


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
    aftermath = Aftermath()
    try:
        with dispatch_transaction():
            rows = list(_due(now, batch, lock=True))
            created = fire_rows(rows, now, grace_seconds, max_catchup, aftermath)
    except (OperationalError, InterfaceError):
        raise  # the database is unreachable: nothing was committed; the next pass retries
    except Exception:
        log.exception("schedule batch failed; retrying its schedules one by one")
        aftermath = Aftermath()
        created = _fire_one_by_one(rows, now, grace_seconds, max_catchup, aftermath)
    if aftermath.events or aftermath.run_ids:  # runs an overlap policy cancelled, and theirs
        dispatch(events=aftermath.events, run_ids=aftermath.run_ids)
    dispatch_created(created)
    observe_lag(created)
    return len(rows), created


def observe_lag(created: list[CreatedRun]) -> None:
    """Record how long after its slot each scheduled run was handed to the queue (metrics)."""
    if not created:
        return
    now = utcnow()
    for item in created:
        if item.run.scheduled_for is not None:
            record_schedule_lag((now - item.run.scheduled_for).total_seconds())


def _fire_one_by_one(rows, now, grace_seconds, max_catchup, aftermath) -> list[CreatedRun]:
    """Fire each schedule in its own transaction, so one broken row cannot stall the rest."""
    created = []
    for row in rows:
        try:
            with dispatch_transaction():
                attempt = Aftermath()
                created += fire_rows([row], now, grace_seconds, max_catchup, attempt)
            aftermath.events += attempt.events
            aftermath.run_ids += attempt.run_ids
        except (OperationalError, InterfaceError):
            raise
        except Exception:
            log.exception("schedule %s failed to fire; it stays due", row.id)
    return created


def dispatch_transaction():
    """Open the transaction that claims slots and stores their runs."""
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
        policy = MISSED_SLOT_POLICIES[schedule.missed_execution_policy]
        slots = policy(
            slot, cutoff=cutoff, expression=expression, zone=zone, max_catchup=max_catchup
        )
        slot = next_fire(expression, zone, cutoff - _JUST_BEFORE)
    on_time = []
    while slot <= now and len(on_time) < max_catchup:
        on_time.append(slot)
        slot = next_fire(expression, zone, slot)
    return slots + on_time, slot if slot > now else next_fire(expression, zone, now)


def fire_rows(
    rows: list[Schedule], now, grace_seconds, max_catchup, aftermath: Aftermath
) -> list[CreatedRun]:
    """Claim the rows' due slots in one statement and store all their runs in a few more.

    Rows another process claimed first (or disabled, or whose workflow left `active`, since
    they were read) are left out. A row whose inputs no longer validate is claimed too: its
    slot is consumed with a warning, no run is stored and last_run_at keeps its old value.
    """
    plans = []  # (row, slots, following slot, checked inputs or the Invalid raised)
    definitions = {}  # each workflow's definition, parsed once for the batch
    for row in rows:
        slots, following = slots_to_fire(
            row, now=now, grace_seconds=grace_seconds, max_catchup=max_catchup
        )
        checked = None
        if slots:  # every slot has the same inputs: check them once, before the claim
            try:
                workflow = row.workflow
                if workflow.id not in definitions:
                    definitions[workflow.id] = workflow.definition_object
                definition = definitions[workflow.id]
                checked = checked_inputs(workflow, row.inputs_object, definition=definition)
            except Invalid as exc:
                checked = exc
        plans.append((row, slots, following, checked))
    claimed = _claim(plans, now)
    new_runs = []
    for row, slots, _following, checked in plans:
        if row.id not in claimed:
            continue
        if isinstance(checked, Invalid):
            log.warning("schedule %s skipped its slot %s: %s", row.id, slots[0], checked.message)
            continue
        plan = plan_slots(row, slots, now=now, aftermath=aftermath)
        new_runs += [
            NewRun(
                workflow=row.workflow,
                inputs=checked,
                trigger="schedule",
                schedule_id=row.id,
                scheduled_for=slot,
                held=held,
            )
            for slots_of_kind, held in ((plan.start, False), (plan.hold, True))
            for slot in slots_of_kind
        ]
    return create_runs(new_runs, now=now)


# Rows per claim statement: 7 parameters a row, well under SQLite's 32,766.
_CLAIM_BATCH = 1000


def _claim(plans, now) -> set[str]:
    """Compare-and-set next_run_at of each planned row in one UPDATE; return the ids it won.

    Each row moves from the slot it was read at to its following slot, and only while it is
    enabled and its workflow active; last_run_at becomes `now` where runs will be stored.
    """
    claimed = set()
    for start in range(0, len(plans), _CLAIM_BATCH):
        batch = plans[start : start + _CLAIM_BATCH]
        next_cases, read_cases, ids, fired = [], [], [], []
        for row, _slots, following, checked in batch:
            next_cases += (row.id, following)
            read_cases += (row.id, row.next_run_at)
            ids.append(row.id)
            if checked is not None and not isinstance(checked, Invalid):
                fired.append(row.id)
        whens = " ".join(["WHEN ? THEN ?"] * len(batch))
        in_ids = ", ".join(["?"] * len(batch))
        if fired:
            last_run = (
                f"CASE WHEN id IN ({', '.join(['?'] * len(fired))}) THEN ? ELSE last_run_at END"
            )
            last_params = [*fired, now]
        else:
            last_run, last_params = "last_run_at", []
        sql = (
            f"UPDATE workflow_schedules SET next_run_at = CASE id {whens} END,"
            f" last_run_at = {last_run}"
            f" WHERE id IN ({in_ids}) AND enabled = ? AND next_run_at = CASE id {whens} END"
            " AND workflow_id IN"
            " (SELECT id FROM workflows WHERE status = 'active' AND deleted_at IS NULL)"
            " RETURNING id"
        )
        params = [*next_cases, *last_params, *ids, True, *read_cases]
        # fetchall: SQLite finishes the statement only once it is stepped to the end.
        claimed.update(found for (found,) in db.execute_sql(prebuilt(sql), params).fetchall())
    return claimed


def run_pass(config: Config, *, on_fired=None) -> int:
    """Fire everything due now, batch after batch, each at the time it starts.

    `on_fired(created)` is called with each batch's runs once they are handed to the queue.
    """
    started = 0
    with db.connection_context():
        while True:
            selected, created = fire_batch(
                now=utcnow(),
                grace_seconds=config.schedule_grace_seconds,
                max_catchup=config.schedule_max_catchup,
            )
            started += len(created)
            if on_fired is not None and created:
                on_fired(created)
            if selected < BATCH:
                return started
