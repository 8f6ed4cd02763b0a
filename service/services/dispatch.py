"""Hand a run id to the task queue (the database row is already committed: the outbox)."""

import logging

log = logging.getLogger(__name__)


def enqueue_run(run_id: str) -> bool:
    """Enqueue the run for a worker; return False (the reaper retries) when the queue is down."""
    from tasks.runs import execute_run  # imported late: tasks import services, not the reverse

    try:
        execute_run(run_id)
        return True
    except Exception as exc:
        log.warning("enqueue of run %s failed; the reaper will dispatch it: %s", run_id, exc)
        return False
