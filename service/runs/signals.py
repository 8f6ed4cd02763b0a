"""Sending a signal to a run (CONTRACT §9): stored durably, and the run woken if it is parked."""

import json

from service.clock import utcnow
from service.db import db, is_postgres
from service.engine.nodes.delay import SIGNAL_NAME
from service.errors import AppError, Invalid, NotFound
from service.runs.models import Run, RunSignal, visible
from service.runs.queue import enqueue_run

MAX_PAYLOAD_BYTES = 64 * 1024


class PayloadTooLarge(AppError):
    """A signal's payload is over its limit (413)."""

    status, code = 413, "payload_too_large"


def send_signal(*, customer_id, workflow_id, run_id, name, payload=None, now=None) -> None:
    """Store a signal for the tenant's running run; wake the run when it waits without a worker.

    The run's row is locked first (FOR UPDATE on PostgreSQL, the write lock on SQLite), so a
    worker parking the run at the same moment either sees this signal or is woken by it.
    """
    if not SIGNAL_NAME.match(name):
        raise Invalid(
            "A signal name is 1-100 of letters, digits, '_', '.' or '-'.",
            code="invalid_signal_name",
            details={"field": "name"},
        )
    stored = json.dumps(payload, separators=(",", ":"))
    if len(stored.encode()) > MAX_PAYLOAD_BYTES:
        raise PayloadTooLarge(
            f"The signal payload is over {MAX_PAYLOAD_BYTES // 1024} KiB.",
            details={"limit_bytes": MAX_PAYLOAD_BYTES},
        )
    now = now or utcnow()
    with db.atomic() if is_postgres() else db.atomic("IMMEDIATE"):
        query = Run.of_tenant(customer_id).where(
            (Run.workflow == workflow_id) & (Run.id == run_id) & visible(workflow_id)
        )
        run = (query.for_update() if is_postgres() else query).first()
        if run is None:
            raise NotFound("Run not found.", code="run_not_found")
        if run.status not in ("running", "queued"):  # a queued run keeps its signals too
            raise Invalid(f"The run is already {run.status}.", code="run_not_running")
        RunSignal.create(run=run.id, name=name, payload=stored, received_at=now)
        woken = (
            Run.update(wake_at=None, dispatched_at=now)
            .where((Run.id == run.id) & Run.wake_at.is_null(False) & (Run.status == "running"))
            .execute()
        )
    if woken:
        enqueue_run(run.id)  # on failure the reaper dispatches it (dispatched_at is set)
