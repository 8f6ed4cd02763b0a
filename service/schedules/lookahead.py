"""Fire a crowded slot on time: claim and store its runs just before it, commit at the slot.

Ten thousand schedules due at one slot take seconds of database work; begun at the slot, the
last runs reach the queue seconds late. So the clock thread begins a slot's work ahead of it,
by as long as its schedules are expected to take (at most SCHEDULE_LOOKAHEAD_SECONDS), in one
write transaction that claims each schedule (the dispatcher's compare-and-set on next_run_at)
and stores its run with the slot as its start, then waits for the slot and commits; the runs
are handed to the queue right after. Nothing is visible before the slot: the claims, the runs
and their events commit together, at it.

Why the contract still holds:

- exactly once: the claim is the same compare-and-set, in the transaction that stores the run;
- pause, delete or archive before the slot wins: a change committed before the claim makes the
  compare-and-set miss; one made after it waits for the commit at the slot, so it comes after
  the slot (PostgreSQL: the claimed schedules are locked FOR UPDATE and their workflows FOR
  SHARE; SQLite: the transaction holds the write lock);
- overlap policies and concurrency limits are decided by the at-slot pass against the runs as
  they are then: schedules with another overlap policy than `allow`, and workflows with a
  concurrency limit, are left to it;
- recorded times: started_at, last_run_at and the started event carry the slot, and the run
  becomes visible (commits) just after it.

The held transaction blocks writers (SQLite) or the claimed rows (PostgreSQL) until the slot,
so it begins no earlier than its estimated work needs: a slot of a few schedules is prepared
a few milliseconds ahead. Work it cannot finish before the slot stays due and the at-slot pass
fires it. On PostgreSQL one dispatcher at a time looks ahead (a transaction-scoped advisory
lock); the others fire at the slot whatever it left.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from peewee import InterfaceError, OperationalError

from service.db import db, is_postgres, prebuilt
from service.runs.creation import CreatedRun, prepare_dispatch
from service.schedules.dispatcher import dispatch_transaction, fire_rows, observe_lag
from service.schedules.models import Schedule
from service.schedules.overlap import Aftermath
from service.workflows.models import Workflow

log = logging.getLogger(__name__)
CHUNK = 500  # schedules claimed and stored per round inside the held transaction
# What is left to do per prepared run once the rounds are over, measured on 10,000 (2 busy
# cores): PostgreSQL runs the run counters' deferred triggers (~80 µs a run); both build the
# hand-off and commit (~20 µs).
_FINISH_SECONDS_PER_RUN = {"postgres": 0.0001, "sqlite": 0.00002}
_ONE_LOOKAHEAD = "SELECT pg_try_advisory_xact_lock(hashtext('workflow_schedules:lookahead'))"


@dataclass(frozen=True)
class UpcomingSlot:
    """The next slot after now, and how many enabled schedules it holds."""

    at: datetime
    schedules: int


def upcoming_slot(*, now: datetime, within: timedelta) -> UpcomingSlot | None:
    """Return the first slot after `now` and at most `within` ahead (None when there is none)."""
    first = (
        Schedule.select(Schedule.next_run_at)
        .where(
            Schedule.enabled & (Schedule.next_run_at > now) & (Schedule.next_run_at <= now + within)
        )
        .order_by(Schedule.next_run_at)
        .first()
    )
    if first is None:
        return None
    count = (
        Schedule.select()
        .where(Schedule.enabled & (Schedule.next_run_at == first.next_run_at))
        .count()
    )
    return UpcomingSlot(first.next_run_at, count)


@dataclass
class PrepRate:
    """How long preparing a run ahead takes in this process, learnt from the last look-ahead."""

    seconds_per_run: float = 0.0005  # cautious until measured (2,000 runs a second)
    fixed_seconds: float = 0.05  # a transaction, a few queries, and the wake-up itself
    safety: float = 1.3

    def estimate(self, runs: int) -> float:
        """Return how long before the slot to begin preparing this many runs."""
        return self.fixed_seconds + self.safety * self.seconds_per_run * runs

    def learn(self, runs: int, seconds: float) -> None:
        """Take the measured pace of a look-ahead large enough to say something."""
        if runs >= 100:
            self.seconds_per_run = max(0.00005, seconds / runs)


@dataclass
class Ahead:
    """What a look-ahead did: the runs it handed over, and how long it spent preparing them."""

    created: list[CreatedRun] = field(default_factory=list)
    prepared_seconds: float = 0.0


def fire_ahead(
    *,
    slot: datetime,
    grace_seconds: int,
    max_catchup: int,
    wait_for_slot: Callable[[], bool],
    seconds_left: Callable[[], float] | None = None,
    chunk: int = CHUNK,
) -> Ahead:
    """Claim and store the slot's runs before it, commit when the slot comes, hand them over.

    `wait_for_slot()` returns once the slot has come (True), or False to give up: the
    transaction then rolls back and the slot fires when due. `seconds_left()` is the time left
    before the slot; a round that would not fit is left to the at-slot pass.
    """
    ahead = Ahead()
    try:
        with dispatch_transaction() as transaction:
            if is_postgres() and not db.execute_sql(prebuilt(_ONE_LOOKAHEAD)).fetchone()[0]:
                return ahead  # another dispatcher is preparing it
            began = time.perf_counter()
            ahead.created = _prepare(slot, grace_seconds, max_catchup, seconds_left, chunk)
            if ahead.created and is_postgres():
                # The run counters' deferred triggers run now, not in the commit at the slot.
                db.execute_sql("SET CONSTRAINTS ALL IMMEDIATE")
            hand_over = prepare_dispatch(ahead.created)  # only the round trip is left for later
            ahead.prepared_seconds = time.perf_counter() - began
            if not wait_for_slot():
                transaction.rollback()
                return Ahead()
    except (OperationalError, InterfaceError):
        raise  # the database is unreachable: nothing was committed; the slot fires when due
    except Exception:
        log.exception("preparing slot %s ahead failed; it fires when due", slot)
        return Ahead()
    committed = time.time()
    hand_over()
    observe_lag(ahead.created)
    if ahead.created:
        slot_at = slot.replace(tzinfo=UTC).timestamp()
        log.info(
            "slot %s: %s runs prepared ahead in %.3f s, committed %.3f s after the slot,"
            " handed to the queue in %.3f s",
            slot,
            len(ahead.created),
            ahead.prepared_seconds,
            committed - slot_at,
            time.time() - committed,
        )
    return ahead


def _prepare(slot, grace_seconds, max_catchup, seconds_left, chunk) -> list[CreatedRun]:
    """Claim and store the runs of the slot's plain schedules, a round of `chunk` at a time."""
    rows = _plain_schedules_at(slot)
    finishing = _FINISH_SECONDS_PER_RUN["postgres" if is_postgres() else "sqlite"]
    created, round_seconds = [], 0.0
    for start in range(0, len(rows), chunk):
        needed = round_seconds + finishing * (len(created) + chunk)
        if seconds_left is not None and seconds_left() <= needed:
            break  # the rest is fired by the at-slot pass
        began = time.perf_counter()
        batch = rows[start : start + chunk]
        if is_postgres():
            batch = _lock_unless_taken(batch)
            # An archive or edit of these workflows now waits for the commit at the slot, as
            # a pause of a claimed schedule does (the claim's UPDATE locks the schedule rows).
            ids = sorted({row.workflow_id for row in batch})
            Workflow.select(Workflow.id).where(Workflow.id.in_(ids)).for_update(
                "FOR SHARE"
            ).execute()
        aftermath = Aftermath()
        created += fire_rows(batch, slot, grace_seconds, max_catchup, aftermath)
        assert not aftermath.events and not aftermath.run_ids  # `allow` cancels nothing
        round_seconds = time.perf_counter() - began
    return created


def _lock_unless_taken(batch: list[Schedule]) -> list[Schedule]:
    """Lock the round's schedule rows; return those no other dispatcher holds (PostgreSQL).

    The look-ahead holds the tenants' event-order locks from its first round to the slot, so it
    must never wait for a row the at-slot pass holds: that pass may be waiting for those very
    locks (measured: "deadlock detected" in tests/schedules/test_lookahead.py). Rows another
    dispatcher holds are its to fire.
    """
    marks = ", ".join(["?"] * len(batch))
    sql = f"SELECT id FROM workflow_schedules WHERE id IN ({marks}) FOR UPDATE SKIP LOCKED"
    locked = {found for (found,) in db.execute_sql(prebuilt(sql), [row.id for row in batch])}
    return [row for row in batch if row.id in locked]


# Only what firing needs: hydrating every column of a schedule and its workflow per row was a
# third of a look-ahead's time.
_FIRING_COLUMNS = (
    Schedule.id,
    Schedule.workflow,
    Schedule.cron_expression,
    Schedule.timezone,
    Schedule.inputs,
    Schedule.missed_execution_policy,
    Schedule.overlap_policy,
    Schedule.next_run_at,
)


def _plain_schedules_at(slot) -> list[Schedule]:
    """Return the enabled `allow` schedules due at the slot whose workflow is active, unlimited."""
    workflows = {
        workflow.id: workflow
        for workflow in Workflow.select().where(
            (Workflow.status == "active")
            & Workflow.id.in_(
                Schedule.select(Schedule.workflow).where(
                    Schedule.enabled & (Schedule.next_run_at == slot)
                )
            )
        )
    }
    unlimited = {
        workflow_id
        for workflow_id, workflow in workflows.items()
        if "concurrency" not in workflow.definition_object
    }
    rows = (
        Schedule.select(*_FIRING_COLUMNS)
        .where(
            Schedule.enabled & (Schedule.next_run_at == slot) & (Schedule.overlap_policy == "allow")
        )
        .order_by(Schedule.id)
    )
    plain = []
    for row in rows:
        workflow = workflows.get(row.workflow_id)
        if workflow is not None and row.workflow_id in unlimited:
            row.workflow = workflow
            plain.append(row)
    return plain
