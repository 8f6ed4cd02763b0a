"""Concurrency limits (CONTRACT §10): a run over its group's limit waits `queued`, holding nothing.

A group is a workflow plus the key its definition's `concurrency.key` renders from the inputs.
Admitting a run and promoting the next queued one both count the group's running runs under a
per-group lock (a transaction-scoped advisory lock on PostgreSQL; SQLite's single writer, with
the transaction begun IMMEDIATE, on SQLite), so several workers never over-use a slot. Every
transaction that ends a run of a group (completed, failed, terminated, worker_lost) promotes
the oldest queued runs into the slots it frees, so no slot leaks.
"""

import json

from service.db import db, is_postgres, prebuilt
from service.engine.concurrency import concurrency_group
from service.events.store import new_event
from service.runs.documents import run_document
from service.runs.models import Run

_LOCK = "SELECT pg_advisory_xact_lock(hashtext(?))"
_RUNNING = (
    "SELECT COUNT(*) FROM workflow_runs"
    " WHERE workflow_id = ? AND concurrency_key = ? AND status = 'running'"
)
_ANY_QUEUED = (
    "SELECT 1 FROM workflow_runs"
    " WHERE workflow_id = ? AND concurrency_key = ? AND status = 'queued' LIMIT 1"
)
_OLDEST_QUEUED = (
    "SELECT id, concurrency_limit FROM workflow_runs"
    " WHERE workflow_id = ? AND concurrency_key = ? AND status = 'queued'"
    " ORDER BY started_at, id LIMIT ?"
)
_OLDEST_HELD = (
    "SELECT id FROM workflow_runs WHERE schedule_id = ? AND status = 'queued'"
    " AND concurrency_key IS NULL ORDER BY started_at, id LIMIT 1"
)
_HELD_RUN = (
    "SELECT r.inputs, COALESCE(v.definition, w.definition) FROM workflow_runs r"
    " JOIN workflows w ON w.id = r.workflow_id LEFT JOIN workflow_versions v"
    " ON v.workflow_id = r.workflow_id AND v.version = r.workflow_version WHERE r.id = ?"
)
_JOIN_GROUP = "UPDATE workflow_runs SET concurrency_key = ?, concurrency_limit = ? WHERE id = ?"
_PROMOTE = (
    "UPDATE workflow_runs SET status = 'running', dispatched_at = ?"
    " WHERE id = ? AND status = 'queued'"
)


def lock_group(workflow_id: str, key: str) -> None:
    """Serialise this transaction with every other one counting the group (PostgreSQL)."""
    if is_postgres():
        db.execute_sql(prebuilt(_LOCK), (f"concurrency:{workflow_id}:{key}",))


def running_count(workflow_id: str, key: str) -> int:
    """Return how many runs of the group are running."""
    return db.execute_sql(prebuilt(_RUNNING), (workflow_id, key)).fetchone()[0]


def has_queued(workflow_id: str, key: str) -> bool:
    """Tell whether runs of the group wait their turn (a new one then queues behind them)."""
    return bool(db.execute_sql(prebuilt(_ANY_QUEUED), (workflow_id, key)).fetchall())


def promote_after(run: Run, *, now) -> tuple[list[str], list]:
    """Start what waited for this run to end: its group's next runs, its schedule's held run.

    Call in the transaction that ended the run. Returns (ids to enqueue after the commit,
    their execution:started events, unsaved).
    """
    ids, events = [], []
    if run.concurrency_key is not None:
        ids, events = promote_queued(workflow_id=run.workflow_id, key=run.concurrency_key, now=now)
    if run.schedule_id is not None:
        held = db.execute_sql(prebuilt(_OLDEST_HELD), (run.schedule_id,)).fetchall()
        if held:
            more_ids, more_events = _release_held(held[0][0], run.workflow_id, now)
            ids, events = ids + more_ids, events + more_events
    return ids, events


def _release_held(run_id: str, workflow_id: str, now) -> tuple[list[str], list]:
    """Start a run its schedule held back, unless its workflow's concurrency limit is full.

    When it is, the run joins its group's queue (oldest first) instead of starting.
    """
    inputs, definition = db.execute_sql(prebuilt(_HELD_RUN), (run_id,)).fetchone()
    group = concurrency_group(json.loads(definition), json.loads(inputs))
    if group is not None:
        lock_group(workflow_id, group.key)
        full = running_count(workflow_id, group.key) >= group.limit
        waiting = has_queued(workflow_id, group.key)  # counted before it joins them
        db.execute_sql(prebuilt(_JOIN_GROUP), (group.key, group.limit, run_id))
        if full or waiting:
            return [], []  # it waits in its group's queue now, behind those already there
    return _start(run_id, workflow_id, now)


def _start(run_id: str, workflow_id: str, now) -> tuple[list[str], list]:
    """Move one queued run to running; return ([its id], [its started event]) if it moved."""
    if db.execute_sql(prebuilt(_PROMOTE), (now, run_id)).rowcount != 1:
        return [], []
    run = Run.get_by_id(run_id)
    event = new_event(
        customer_id=run.customer_id,
        workflow_id=workflow_id,
        run_id=run_id,
        name="execution:started",
        data=run_document(run),
        now=now,
    )
    return [run_id], [event]


def promote_queued(*, workflow_id: str, key: str, now) -> tuple[list[str], list]:
    """Start the group's oldest queued runs that its free slots allow; call where a run ended.

    Returns (run ids to enqueue after the commit, their execution:started events, stored).
    """
    lock_group(workflow_id, key)
    queued = db.execute_sql(prebuilt(_OLDEST_QUEUED), (workflow_id, key, 1000)).fetchall()
    if not queued:
        return [], []
    free = max(0, queued[0][1] - running_count(workflow_id, key))
    promoted, events = [], []
    for run_id, _limit in queued[:free]:
        ids, started = _start(run_id, workflow_id, now)
        promoted, events = promoted + ids, events + started
    return promoted, events
