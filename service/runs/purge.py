"""Removing history in the background: deleted workflows and runs past RUN_RETENTION_DAYS.

Both delete in small batches, each its own short transaction, with a pause between batches:
on SQLite a transaction holds the one write lock, so a batch is sized to hold it for about
BATCH_TARGET_S and the pause lets every writer that queued behind it in (SQLite's busy handler
polls a waiting writer every few milliseconds at first, every 100 ms after a while). Steps and
signals go with their run by the schema's ON DELETE CASCADE; events (a log, no foreign key) go
in batches of their own before a deleted workflow's runs, and with its runs in each retention
batch; the counters follow by trigger.
"""

import logging
import time
from datetime import timedelta

from service.clock import utcnow
from service.db import db, is_postgres, prebuilt
from service.events.store import delete_run_events, delete_workflow_events
from service.runs.models import TERMINAL_STATUSES

log = logging.getLogger(__name__)

BATCH_TARGET_S = 0.04  # how long one batch may hold the write lock
PAUSE_S = 0.05  # between batches: writers waiting on SQLite get in
FIRST_BATCH, MIN_BATCH, MAX_BATCH = 200, 10, 1000  # 1,000 runs: about 20 ms on SQLite

_HIDDEN = "SELECT id FROM workflows WHERE deleted_at IS NOT NULL ORDER BY deleted_at LIMIT 100"
# Oldest first from where the last batch stopped: on PostgreSQL the deleted rows stay in the
# index until vacuum, and starting every batch from the front would step over all of them.
_NEXT_RUNS = (
    "SELECT started_at, id FROM workflow_runs WHERE workflow_id = ? AND (started_at, id) > (?, ?)"
    " ORDER BY started_at, id LIMIT ?"
)
_FIRST_RUNS = (
    "SELECT started_at, id FROM workflow_runs WHERE workflow_id = ? ORDER BY started_at, id LIMIT ?"
)
# A hidden workflow's counters are read by nothing: dropped first, the delete trigger of each
# purged run finds no row to update (on PostgreSQL, updating one row thousands of times in
# a transaction walks an ever longer chain of its versions).
_DROP_COUNTERS = "DELETE FROM workflow_run_counts WHERE workflow_id = ?"
_DELETE_WORKFLOW = "DELETE FROM workflows WHERE id = ? AND deleted_at IS NOT NULL"
_WITH_FINISHED = (
    "SELECT workflow_id FROM workflow_run_counts"
    " WHERE completed + failed + terminated > 0 AND workflow_id > ? ORDER BY workflow_id LIMIT 100"
)
_TERMINAL = ", ".join(f"'{status}'" for status in TERMINAL_STATUSES)
# finished_at >= started_at, so the (workflow_id, started_at, id) index bounds the scan.
_EXPIRED = (
    "SELECT id FROM workflow_runs WHERE workflow_id = ? AND started_at < ?"
    f" AND finished_at < ? AND status IN ({_TERMINAL}) ORDER BY started_at LIMIT ?"
)


class Batches:
    """Batch sizes that keep each transaction near BATCH_TARGET_S, and the pause between them.

    `stop` (a threading.Event) ends the work after the batch in hand: the worker is shutting
    down, and what is left is picked up by the next pass.
    """

    def __init__(self, *, pause_s: float = PAUSE_S, target_s: float = BATCH_TARGET_S, stop=None):
        self.size, self.pause_s, self.target_s = FIRST_BATCH, pause_s, target_s
        self.stop = stop
        self.batches, self.longest_s = 0, 0.0  # what the log reports

    @property
    def stopped(self) -> bool:
        """Tell whether the work was asked to stop."""
        return self.stop is not None and self.stop.is_set()

    def run(self, work) -> int:
        """Call work(size) in its own transaction until it returns 0; return the rows it removed."""
        removed = 0
        while not self.stopped:
            started = time.monotonic()
            with _write_transaction():
                done = work(self.size)
            took = time.monotonic() - started
            removed += done
            self.batches, self.longest_s = self.batches + 1, max(self.longest_s, took)
            if not done:
                return removed
            # Halve past the target, grow while well under it.
            if took > self.target_s:
                self.size = max(MIN_BATCH, self.size // 2)
            elif took < self.target_s / 2:
                self.size = min(MAX_BATCH, self.size * 2)
            time.sleep(self.pause_s)
        return removed


def purge_deleted_workflows(*, batches: Batches | None = None) -> int:
    """Remove the rows of deleted (hidden) workflows, batch by batch; return the runs removed."""
    batches = batches or Batches()
    removed = 0
    with db.connection_context():
        hidden = [row[0] for row in db.execute_sql(_HIDDEN).fetchall()]
        for workflow_id in hidden:
            with db.atomic():
                db.execute_sql(prebuilt(_DROP_COUNTERS), (workflow_id,))
            batches.run(
                lambda size, wf=workflow_id: delete_workflow_events(workflow_id=wf, batch=size)
            )
            runs = batches.run(_RunsOf(workflow_id))
            runs += batches.run(_RunsOf(workflow_id))  # any stored behind the first sweep
            removed += runs
            if batches.stopped:
                break  # never let the cascade below take what is left in one transaction
            # What is left is small: schedules, versions, idempotency keys, the counters row.
            with db.atomic():
                db.execute_sql(prebuilt(_DELETE_WORKFLOW), (workflow_id,))
            log.info(
                "purged deleted workflow %s: %d runs in %d batches, the longest %.0f ms",
                workflow_id,
                runs,
                batches.batches,
                batches.longest_s * 1000,
            )
    return removed


def _write_transaction():
    """Open a batch's transaction: on SQLite it takes the write lock at BEGIN (IMMEDIATE).

    A batch reads the ids it deletes first; a deferred transaction that read, then finds that
    another writer committed meanwhile, cannot take the write lock (SQLITE_BUSY at once, no
    busy wait), which under a steady write load failed nearly every batch.
    """
    return db.atomic() if is_postgres() else db.atomic("IMMEDIATE")


class _RunsOf:
    """Delete a workflow's runs oldest first, a batch per call, resuming after the last one."""

    def __init__(self, workflow_id: str):
        self.workflow_id, self.after = workflow_id, None

    def __call__(self, size: int) -> int:
        if self.after is None:
            found = db.execute_sql(prebuilt(_FIRST_RUNS), (self.workflow_id, size)).fetchall()
        else:
            params = (self.workflow_id, *self.after, size)
            found = db.execute_sql(prebuilt(_NEXT_RUNS), params).fetchall()
        if not found:
            return 0
        self.after = found[-1]
        marks = ", ".join("?" * len(found))
        sql = f"DELETE FROM workflow_runs WHERE id IN ({marks})"
        return db.execute_sql(prebuilt(sql), [row[1] for row in found]).rowcount


def delete_expired_runs(*, retention_days: int, now=None, batches: Batches | None = None) -> int:
    """Delete finished runs older than the retention, with their steps and events; count them."""
    batches = batches or Batches()
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    removed, after = 0, ""
    with db.connection_context():
        while True:
            found = db.execute_sql(prebuilt(_WITH_FINISHED), (after,)).fetchall()
            if not found:
                return removed
            for (workflow_id,) in found:
                if batches.stopped:
                    return removed
                removed += batches.run(
                    lambda size, wf=workflow_id: _delete_expired_batch(wf, cutoff, size)
                )
            after = found[-1][0]


def _delete_expired_batch(workflow_id: str, cutoff, size: int) -> int:
    ids = [
        row[0] for row in db.execute_sql(prebuilt(_EXPIRED), (workflow_id, cutoff, cutoff, size))
    ]
    if not ids:
        return 0
    delete_run_events(workflow_id=workflow_id, run_ids=ids)
    marks = ", ".join("?" * len(ids))
    sql = f"DELETE FROM workflow_runs WHERE id IN ({marks}) AND status IN ({_TERMINAL})"
    return db.execute_sql(prebuilt(sql), ids).rowcount
