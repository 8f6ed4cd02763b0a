"""Schedule CRUD, tenant-checked through the parent workflow: the only code that edits schedules."""

import json
from datetime import datetime

from peewee import Tuple

from service.auth.identity import Identity
from service.clock import to_naive_utc, utcnow
from service.db import db
from service.engine.inputs import InputsInvalid, validate_inputs
from service.errors import Invalid, NotFound
from service.pages import decode_cursor, next_cursor, scope_of
from service.schedules.backfill import backfill
from service.schedules.cron import CronInvalid, check_cron, check_timezone, next_fire
from service.schedules.models import Schedule
from service.schedules.preview import preview
from service.workflows import service as workflows
from service.workflows.models import Workflow

# The instants a preview may start from: far enough for any use, never near datetime's limits.
EARLIEST, LATEST = datetime(1970, 1, 1), datetime(2200, 1, 1)


def _checked_cron(expression: str, timezone: str, *, now) -> str:
    """Return the normalised expression after checking it and the zone (400 otherwise)."""
    try:
        check_timezone(timezone)
    except CronInvalid as exc:
        raise Invalid(str(exc), code="invalid_timezone", details={"field": "timezone"}) from None
    try:
        return check_cron(expression, now=now)
    except CronInvalid as exc:
        raise Invalid(
            str(exc), code="invalid_cron_expression", details={"field": "cron_expression"}
        ) from None


def _checked_inputs(workflow: Workflow, inputs: dict) -> str:
    """Validate the inputs as execute does; store them as given (defaults apply at each run)."""
    try:
        validate_inputs(workflow.definition_object.get("inputs"), inputs)
    except InputsInvalid as exc:
        raise Invalid(
            f"The inputs are invalid: {exc}", code="invalid_inputs", details={"errors": exc.errors}
        ) from None
    return json.dumps(inputs, separators=(",", ":"))


def _get_schedule(*, customer_id: str, workflow_id: str, schedule_id: str) -> Schedule:
    workflows.get_workflow(customer_id=customer_id, workflow_id=workflow_id)
    schedule = (
        Schedule.select()
        .where((Schedule.id == schedule_id) & (Schedule.workflow == workflow_id))
        .first()
    )
    if schedule is None:
        raise NotFound("Schedule not found.", code="schedule_not_found")
    return schedule


def create_schedule(
    *,
    identity: Identity,
    workflow_id: str,
    cron_expression: str,
    timezone: str = "UTC",
    inputs: dict | None = None,
    missed_execution_policy: str = "run_immediately",
    overlap_policy: str = "allow",
    enabled: bool = True,
    now=None,
) -> Schedule:
    """Validate and store a schedule of the tenant's workflow, with its first slot."""
    now = now or utcnow()
    workflow = workflows.get_workflow(customer_id=identity.customer_id, workflow_id=workflow_id)
    expression = _checked_cron(cron_expression, timezone, now=now)
    stored_inputs = _checked_inputs(workflow, inputs or {})
    with db.atomic():
        return Schedule.create(
            workflow=workflow.id,
            customer_id=workflow.customer_id,
            cron_expression=expression,
            timezone=timezone,
            inputs=stored_inputs,
            missed_execution_policy=missed_execution_policy,
            overlap_policy=overlap_policy,
            enabled=enabled,
            next_run_at=next_fire(expression, timezone, now),
            created_by=identity.user_id,
            created_at=now,
            updated_at=now,
        )


def list_schedules(*, customer_id: str, workflow_id: str, limit: int, offset: int, cursor=None):
    """Return (page of the workflow's schedules newest first, total, next_cursor)."""
    workflows.get_workflow(customer_id=customer_id, workflow_id=workflow_id)
    scope = scope_of("schedules", customer_id, workflow_id)
    query = Schedule.select().where(Schedule.workflow == workflow_id)
    page = query
    if cursor:
        after = decode_cursor(cursor, scope)
        page = page.where(Tuple(Schedule.created_at, Schedule.id) < Tuple(after.at, after.id))
    rows = list(
        page.order_by(Schedule.created_at.desc(), Schedule.id.desc())
        .limit(limit + 1)
        .offset(offset)
    )
    items, following = next_cursor(scope, rows, limit, lambda row: (row.created_at, row.id))
    return items, query.count(), following


def update_schedule(
    *, customer_id: str, workflow_id: str, schedule_id: str, changes: dict, now=None
) -> Schedule:
    """Apply a partial update and recompute next_run_at from now."""
    now = now or utcnow()
    schedule = _get_schedule(
        customer_id=customer_id, workflow_id=workflow_id, schedule_id=schedule_id
    )
    values = dict(changes)
    expression = _checked_cron(
        changes.get("cron_expression", schedule.cron_expression),
        changes.get("timezone", schedule.timezone),
        now=now,
    )
    if "cron_expression" in changes:
        values["cron_expression"] = expression
    if "inputs" in changes:
        workflow = Workflow.get_by_id(workflow_id)
        values["inputs"] = _checked_inputs(workflow, changes["inputs"])
    values["next_run_at"] = next_fire(expression, values.get("timezone", schedule.timezone), now)
    values["updated_at"] = now
    # Only the changed columns: a blind save() could undo a concurrent fire's last_run_at.
    with db.atomic():
        Schedule.update(**values).where(Schedule.id == schedule.id).execute()
    return Schedule.get_by_id(schedule.id)


def delete_schedule(*, customer_id: str, workflow_id: str, schedule_id: str) -> None:
    """Delete the schedule; a slot that is due but not yet claimed will not fire."""
    schedule = _get_schedule(
        customer_id=customer_id, workflow_id=workflow_id, schedule_id=schedule_id
    )
    with db.atomic():
        Schedule.delete().where(Schedule.id == schedule.id).execute()


def preview_schedule(*, customer_id: str, workflow_id: str, schedule_id: str, count: int, now=None):
    """Return the schedule's next `count` fires from now, with DST notes."""
    schedule = _get_schedule(
        customer_id=customer_id, workflow_id=workflow_id, schedule_id=schedule_id
    )
    return preview(schedule.cron_expression, schedule.timezone, after=now or utcnow(), count=count)


def preview_expression(*, cron_expression: str, timezone: str, count: int, after=None, now=None):
    """Check an expression and zone as create does, and return their next fires (nothing stored)."""
    now = now or utcnow()
    after = now if after is None else to_naive_utc(after)
    if not EARLIEST <= after < LATEST:
        raise Invalid(
            f"from must be between {EARLIEST:%Y} and {LATEST:%Y}.",
            code="invalid_range",
            details={"field": "from"},
        )
    expression = _checked_cron(cron_expression, timezone, now=after)
    return preview(expression, timezone, after=after, count=count)


def backfill_schedule(
    *, customer_id: str, workflow_id: str, schedule_id: str, start, end, now=None
) -> int:
    """Start runs for the slots of [start, end) that have none; return how many started."""
    schedule = _get_schedule(
        customer_id=customer_id, workflow_id=workflow_id, schedule_id=schedule_id
    )
    workflow = workflows.get_workflow(customer_id=customer_id, workflow_id=workflow_id)
    return backfill(schedule=schedule, workflow=workflow, start=start, end=end, now=now)
