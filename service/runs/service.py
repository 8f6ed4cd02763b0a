"""Starting, reading and terminating runs: the API's entry points (storing them: creation.py)."""

from datetime import timedelta

from peewee import IntegrityError

from service.clock import utcnow
from service.db import columns, db, new_id, select_models
from service.errors import Conflict, Invalid, NotFound
from service.events.models import RunEvent
from service.events.store import record_event, record_events
from service.pages import next_cursor, rows_after, scope_of
from service.runs import concurrency
from service.runs.counts import run_total
from service.runs.creation import (
    checked_inputs,
    create_run,
    dispatch,
    dispatch_created,
    write_transaction,
)
from service.runs.documents import (
    run_document,
    run_summary,
)
from service.runs.models import IdempotencyKey, Run, StepRun, visible
from service.workflows import service as workflows
from service.workflows import versions
from service.workflows.models import Workflow

__all__ = ["run_document"]

IDEMPOTENCY_TTL = timedelta(hours=24)


def _claim_idempotency_key(*, workflow, key, run_id, inputs, now) -> Run | None:
    """Record the key for this run, or return the run an unexpired earlier use started."""
    fields = {"customer_id": workflow.customer_id, "workflow_id": workflow.id, "key": key}
    try:
        with db.atomic():  # a savepoint: a clash must not abort the outer transaction
            IdempotencyKey.create(**fields, run_id=run_id, expires_at=now + IDEMPOTENCY_TTL)
            return None
    except IntegrityError:
        pass
    existing = IdempotencyKey.get(**fields)
    if existing.expires_at <= now:
        IdempotencyKey.update(run_id=run_id, expires_at=now + IDEMPOTENCY_TTL).where(
            (IdempotencyKey.customer_id == workflow.customer_id)
            & (IdempotencyKey.workflow_id == workflow.id)
            & (IdempotencyKey.key == key)
        ).execute()
        return None
    first = Run.get_or_none(Run.id == existing.run_id)
    if first is not None and first.inputs_object != inputs:
        raise Conflict(
            "This Idempotency-Key was already used with different inputs.",
            code="idempotency_key_reused",
        )
    return first


def start_run(
    *, workflow: Workflow, inputs: dict, idempotency_key: str | None = None, now=None
) -> tuple[Run, bool]:
    """Store a manual run, then enqueue it; return (run, newly created)."""
    run, created, _document = start_run_with_document(
        workflow=workflow, inputs=inputs, idempotency_key=idempotency_key, now=now
    )
    return run, created


def start_run_with_document(
    *, workflow: Workflow, inputs: dict, idempotency_key: str | None = None, now=None
) -> tuple[Run, bool, dict]:
    """Store a manual run, then enqueue it; return (run, newly created, its document)."""
    now, run_id = now or utcnow(), new_id()
    with write_transaction(workflow):
        if idempotency_key:
            filled = checked_inputs(workflow, inputs)
            first = _claim_idempotency_key(
                workflow=workflow, key=idempotency_key, run_id=run_id, inputs=filled, now=now
            )
            if first is not None:
                return first, False, run_document(first)
        created = create_run(workflow=workflow, inputs=inputs, run_id=run_id, now=now)
    dispatch_created([created])
    return created.run, True, created.document


def execute_workflow(
    *, customer_id: str, workflow_id: str, inputs: dict, idempotency_key=None, version=None
):
    """Start a manual run of the tenant's workflow (at `version`, else the current one).

    Returns (the run's document, newly created).
    """
    workflow = workflows.get_workflow(customer_id=customer_id, workflow_id=workflow_id)
    workflow = versions.pinned(workflow, version)
    _run, created, document = start_run_with_document(
        workflow=workflow, inputs=inputs, idempotency_key=idempotency_key
    )
    return document, created


def list_runs(*, customer_id, workflow_id, limit, offset, status=None, cursor=None):
    """Return (page of the workflow's runs newest first, total matching, next_cursor).

    The page is one index range (after the cursor's row, when given); the total is the
    workflow's counter, never a count of its history.
    """
    workflows.get_workflow(customer_id=customer_id, workflow_id=workflow_id)
    scope = scope_of("runs", customer_id, workflow_id, status)
    where, params = ["customer_id = ?", "workflow_id = ?"], [customer_id, workflow_id]
    if status:
        where.append("status = ?")
        params.append(status)
    if cursor:
        condition, cursor_params = rows_after(cursor, scope, Run.started_at)
        where.append(condition)
        params += cursor_params
    sql = (
        f"SELECT {columns(Run)} FROM workflow_runs WHERE {' AND '.join(where)}"
        " ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"
    )
    rows = select_models(Run, sql, (*params, limit + 1, offset))
    page, following = next_cursor(scope, rows, limit, lambda run: (run.started_at, run.id))
    return [run_summary(run) for run in page], run_total(workflow_id, status), following


def _get_run(*, customer_id, workflow_id, run_id) -> Run:
    run = (
        Run.of_tenant(customer_id)
        .where((Run.workflow == workflow_id) & (Run.id == run_id) & visible(workflow_id))
        .first()
    )
    if run is None:
        raise NotFound("Run not found.", code="run_not_found")
    return run


# The run detail is what clients poll: its two reads are written out once, not built by peewee
# per request (that was two thirds of the route's CPU in bench/api.py's profile).
_VISIBLE_RUN = (
    "SELECT {run_columns} FROM workflow_runs WHERE customer_id = ? AND workflow_id = ? AND id = ?"
    " AND workflow_id IN (SELECT id FROM workflows WHERE id = ? AND deleted_at IS NULL)"
)
_STEPS_OF_RUN = "SELECT {step_columns} FROM step_runs WHERE run_id = ? ORDER BY position"


def get_run(*, customer_id, workflow_id, run_id) -> dict:
    """Return the run with its steps."""
    sql = _VISIBLE_RUN.format(run_columns=columns(Run))
    found = select_models(Run, sql, (customer_id, workflow_id, run_id, workflow_id))
    if not found:
        raise NotFound("Run not found.", code="run_not_found")
    steps_sql = _STEPS_OF_RUN.format(step_columns=columns(StepRun))
    return run_document(found[0], select_models(StepRun, steps_sql, (run_id,)))


def terminate_run(*, customer_id, workflow_id, run_id, now=None) -> dict:
    """Terminate a running or queued run at once; the worker stops before its next node."""
    now = now or utcnow()
    with db.atomic():
        run = _get_run(customer_id=customer_id, workflow_id=workflow_id, run_id=run_id)
        events, promoted = terminate_in_transaction(run, now=now)
        if not events:
            raise Invalid(
                f"The run is already {Run.get_by_id(run.id).status}.", code="run_not_running"
            )
    dispatch(events=events, run_ids=promoted)
    return run_document(Run.get_by_id(run.id))


def terminate_in_transaction(run: Run, *, now) -> tuple[list[RunEvent], list[str]]:
    """Compare-and-set one run to terminated, with its unfinished steps.

    Returns its events (with those of the queued runs its freed slot starts) and the ids of
    those runs, to enqueue after the commit.
    """
    was_running = run.status == "running"
    changed = (
        Run.update(
            status="terminated",
            finished_at=now,
            lease_owner=None,
            lease_expires_at=None,
            wake_at=None,
        )
        .where((Run.id == run.id) & (Run.status.in_(("running", "queued"))))
        .execute()
    )
    if not changed:
        return [], []
    StepRun.update(status="terminated", finished_at=now, wake_at=None).where(
        (StepRun.run == run.id) & (StepRun.status.in_(("pending", "running", "waiting")))
    ).execute()
    events = [record_execution_event(run.id, "execution:terminated", now=now)]
    promoted: list[str] = []
    if was_running:
        promoted, started = concurrency.promote_after(run, now=now)
        events += record_events(started)
    return events, promoted


def record_execution_event(run_id: str, name: str, *, now) -> RunEvent:
    """Store an execution:* event whose data is the run as GET returns it (read afresh)."""
    fresh = Run.get_by_id(run_id)
    return record_event(
        customer_id=fresh.customer_id,
        workflow_id=fresh.workflow_id,
        run_id=fresh.id,
        name=name,
        data=run_document(fresh),
        now=now,
    )
