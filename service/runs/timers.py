"""The timer pass: hand runs whose wait is over back to the queue (CONTRACT §9).

A run that waits (a delay, a retry's backoff) commits `wake_at` and releases its lease, so it
holds no worker thread. Every worker runs this pass on a wall-clock tick: it claims due runs by
compare-and-set on `wake_at` (an indexed column: the cost follows what is due, not what waits)
and enqueues them; the run resumes from its committed steps. Two workers never wake one run
twice, and a run whose enqueue fails is left to the reaper like any stranded run.
"""

import threading

from service.clock import start_wall_clock, utcnow
from service.db import db, is_postgres, prebuilt
from service.runs.creation import dispatch

# Several passes a second: a wait ends within a tick of its due time, not a whole second.
TICK_S = 0.2
BATCH = 500

_ANY_DUE = "SELECT 1 FROM workflow_runs WHERE wake_at <= ? LIMIT 1"
_WAKE = (
    "UPDATE workflow_runs SET wake_at = NULL, dispatched_at = ?"
    " WHERE id IN (SELECT id FROM workflow_runs WHERE wake_at <= ? ORDER BY wake_at LIMIT ?)"
    " AND wake_at <= ? AND status = 'running' RETURNING id"
)


def wake_due_runs(*, now, batch: int = BATCH) -> list[str]:
    """Claim up to `batch` runs due at `now` and enqueue them; return their ids."""
    if not db.execute_sql(prebuilt(_ANY_DUE), (now,)).fetchall():
        return []  # idle passes never take a write lock
    # SQLite: take the write lock up front; a deferred reader upgrading later fails at once.
    with db.atomic() if is_postgres() else db.atomic("IMMEDIATE"):
        rows = db.execute_sql(prebuilt(_WAKE), (now, now, batch, now)).fetchall()
    woken = [row[0] for row in rows]
    if woken:
        dispatch(events=[], run_ids=woken)
    return woken


def wake_all_due() -> int:
    """Wake every run due now, batch after batch; return how many."""
    woken = 0
    with db.connection_context():
        while True:
            batch = wake_due_runs(now=utcnow())
            woken += len(batch)
            if len(batch) < BATCH:
                return woken


def start_timer_clock(stop: threading.Event) -> threading.Thread:
    """Start the timer thread: a pass just after every wall-clock tick until `stop` is set."""
    return start_wall_clock("run-timers", TICK_S, wake_all_due, stop)
