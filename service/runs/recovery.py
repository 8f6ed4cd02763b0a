"""The reaper: re-dispatch runs whose worker vanished or that never reached a worker."""

import logging
from datetime import timedelta

from service.clock import utcnow
from service.db import db
from service.events.store import publish_events, record_events
from service.runs import concurrency
from service.runs.documents import dumps
from service.runs.models import Run, StepRun
from service.runs.queue import enqueue_run
from service.runs.service import record_execution_event

log = logging.getLogger(__name__)
# A run enqueued but not claimed this long after is dispatched again (duplicates are harmless:
# the claim is compare-and-set); never longer than a lease, so recovery takes one lease at most.
MAX_REDISPATCH_AFTER_S = 30
BATCH = 500


def _fail_worker_lost(run: Run, *, now) -> list:
    """Fail a run that lost its worker too many times (compare-and-set on the lapsed lease)."""
    error = {
        "node_id": None,
        "code": "worker_lost",
        "message": f"The run lost its worker {run.recovery_count + 1} times; giving up.",
    }
    with db.atomic():
        changed = (
            Run.update(
                status="failed",
                error=dumps(error),
                finished_at=now,
                lease_owner=None,
                lease_expires_at=None,
            )
            .where((Run.id == run.id) & (Run.status == "running") & (Run.lease_expires_at < now))
            .execute()
        )
        if not changed:
            return []
        StepRun.update(status="failed", error=dumps(error), finished_at=now).where(
            (StepRun.run == run.id) & StepRun.status.in_(("running", "waiting"))
        ).execute()
        StepRun.update(status="skipped", finished_at=now).where(
            (StepRun.run == run.id) & (StepRun.status == "pending")
        ).execute()
        events = [record_execution_event(run.id, "execution:failed", now=now)]
        promoted: list[str] = []
        promoted, started = concurrency.promote_after(run, now=now)
        events += record_events(started)
    for promoted_id in promoted:
        enqueue_run(promoted_id)  # a failed enqueue is dispatched by the next pass
    return events


def _recover_lapsed(*, now, max_recoveries: int) -> int:
    lapsed = list(
        Run.select(
            Run.id,
            Run.recovery_count,
            Run.customer_id,
            Run.workflow,
            Run.concurrency_key,
            Run.schedule_id,
        )
        .where((Run.status == "running") & (Run.lease_expires_at < now))
        .limit(BATCH)
    )
    dispatched = 0
    for run in lapsed:
        if run.recovery_count >= max_recoveries:
            publish_events(_fail_worker_lost(run, now=now))
            continue
        released = (
            Run.update(
                lease_owner=None,
                lease_expires_at=None,
                dispatched_at=now,
                recovery_count=Run.recovery_count + 1,
            )
            .where((Run.id == run.id) & (Run.status == "running") & (Run.lease_expires_at < now))
            .execute()
        )
        if released:
            log.warning("run %s lost its worker; dispatching it again", run.id)
            dispatched += enqueue_run(run.id)
    return dispatched


def _dispatch_stranded(*, now, redispatch_after: timedelta) -> int:
    """Dispatch runs that were stored but never claimed (enqueue failed, or message lost).

    A run parked on a timer (`wake_at` set) is not stranded: the timer pass wakes it.
    """
    stranded = list(
        Run.select(Run.id)
        .where(
            (Run.status == "running")
            & Run.lease_owner.is_null()
            & Run.wake_at.is_null()
            & (Run.dispatched_at.is_null() | (Run.dispatched_at < now - redispatch_after))
        )
        .limit(BATCH)
    )
    dispatched = 0
    for run in stranded:
        marked = (
            Run.update(dispatched_at=now)
            .where(
                (Run.id == run.id)
                & Run.lease_owner.is_null()
                & Run.wake_at.is_null()
                & (Run.dispatched_at.is_null() | (Run.dispatched_at < now - redispatch_after))
            )
            .execute()
        )
        if marked:
            dispatched += enqueue_run(run.id)
    return dispatched


def recover_runs(*, now=None, max_recoveries: int, lease_seconds: int) -> int:
    """Re-dispatch lapsed and stranded runs (fail those past max_recoveries); return how many."""
    now = now or utcnow()
    redispatch_after = timedelta(seconds=min(MAX_REDISPATCH_AFTER_S, lease_seconds))
    with db.connection_context():
        lapsed = _recover_lapsed(now=now, max_recoveries=max_recoveries)
        return lapsed + _dispatch_stranded(now=now, redispatch_after=redispatch_after)
