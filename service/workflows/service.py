"""Workflow CRUD for one tenant: the only code that writes workflows."""

import json

from peewee import IntegrityError, fn

from service.auth.identity import Identity
from service.clock import utcnow
from service.db import db, prebuilt
from service.engine.definition import DefinitionInvalid, io_schemas, validate_definition
from service.errors import Conflict, Forbidden, Invalid, NotFound
from service.events.store import delete_workflow_events
from service.workflows import versions
from service.workflows.models import Workflow


def _checked_definition(definition) -> str:
    try:
        validate_definition(definition)
    except DefinitionInvalid as exc:
        raise Invalid(
            f"The definition is invalid: {exc}",
            code="invalid_definition",
            details={"errors": exc.errors},
        ) from None
    return json.dumps(definition, separators=(",", ":"))


def _name_conflict(name: str) -> Conflict:
    return Conflict(
        f"A workflow named {name!r} already exists for this tenant.",
        code="workflow_name_conflict",
        details={"name": name},
    )


def list_workflows(*, customer_id: str, limit: int, offset: int, status: str | None = None):
    """Return (page of workflows newest first, total matching)."""
    query = Workflow.of_tenant(customer_id)
    if status:
        query = query.where(Workflow.status == status)
    # The total rides along as a window count: one query instead of two for a non-empty page.
    page = list(
        query.select_extend(fn.COUNT(Workflow.id).over().alias("total_matching"))
        .order_by(Workflow.created_at.desc(), Workflow.id.desc())
        .limit(limit)
        .offset(offset)
    )
    total = page[0].total_matching if page else query.count()
    return page, total


# Every route under /:id reads its workflow first: written out once, not built per request.
_FIELDS = (
    "id",
    "customer_id",
    "name",
    "description",
    "definition",
    "version",
    "status",
    "created_by",
    "created_at",
    "updated_at",
)
_GET = f"SELECT {', '.join(_FIELDS)} FROM workflows WHERE id = ? AND customer_id = ?"


def get_workflow(*, customer_id: str, workflow_id: str) -> Workflow:
    """Return the tenant's workflow or raise NotFound."""
    rows = db.execute_sql(prebuilt(_GET), (workflow_id, customer_id)).fetchall()
    if not rows:
        raise NotFound("Workflow not found.", code="workflow_not_found")
    values = dict(zip(_FIELDS, rows[0], strict=True))
    for name in ("created_at", "updated_at"):  # SQLite hands timestamps back as text
        values[name] = Workflow._meta.fields[name].python_value(values[name])
    return Workflow(**values)


def create_workflow(
    *, identity: Identity, name: str, definition: dict, description=None, version="1.0.0"
) -> Workflow:
    """Validate and store a new workflow for the caller's tenant."""
    stored_definition = _checked_definition(definition)
    now = utcnow()
    try:
        with db.atomic():
            workflow = Workflow.create(
                customer_id=identity.customer_id,
                name=name,
                description=description,
                definition=stored_definition,
                version=version,
                status="active",
                created_by=identity.user_id,
                created_at=now,
                updated_at=now,
            )
            versions.record_version(workflow=workflow, created_by=identity.user_id, now=now)
            return workflow
    except IntegrityError:
        raise _name_conflict(name) from None


def update_workflow(
    *, customer_id: str, workflow_id: str, changes: dict, updated_by: str | None = None
) -> Workflow:
    """Apply a partial update; a new definition or version is stored as a new version.

    The name stays unique within the tenant. A new version is the body's `version` (409
    `version_exists` when the workflow had it) or the current one bumped (1.0.0 → 1.0.1).
    """
    if "definition" in changes:
        changes = {**changes, "definition": _checked_definition(changes["definition"])}
    now = utcnow()
    try:
        with db.atomic():
            workflow = get_workflow(customer_id=customer_id, workflow_id=workflow_id)
            requested = changes.get("version")
            versioned = changes.get("definition", workflow.definition) != workflow.definition or (
                requested is not None and requested != workflow.version
            )
            if versioned:
                version = versions.next_version(
                    workflow_id=workflow.id, current=workflow.version, requested=requested
                )
                changes = {**changes, "version": version}
            else:  # nothing new to keep: the version it already has stays
                changes = {key: value for key, value in changes.items() if key != "version"}
            for field_name, value in changes.items():
                setattr(workflow, field_name, value)
            workflow.updated_at = now
            workflow.save()
            if versioned:
                versions.record_version(
                    workflow=workflow, created_by=updated_by or workflow.created_by, now=now
                )
    except IntegrityError:
        raise _name_conflict(changes.get("name", "")) from None
    return workflow


def delete_workflow(*, customer_id: str, workflow_id: str) -> None:
    """Delete the tenant's workflow and everything hanging off it."""
    with db.atomic():
        workflow = Workflow.get_or_none(Workflow.id == workflow_id)
        if workflow is None:
            raise NotFound("Workflow not found.", code="workflow_not_found")
        if workflow.customer_id != customer_id:
            # The reference documents 403 here (and only here) for another tenant's workflow.
            raise Forbidden("This workflow belongs to another tenant.", code="forbidden")
        # Runs, their steps, idempotency keys and schedules go with it by the schema's foreign
        # keys (ON DELETE CASCADE); a worker executing one of its runs sees its claim vanish
        # and stops. Events have no foreign key (they are a log), so they are removed here.
        delete_workflow_events(workflow_id=workflow_id)
        workflow.delete_instance()


def workflow_io_schema(*, customer_id: str, workflow_id: str) -> dict:
    """Return the workflow's inputs and outputs JSON Schemas, normalised to type: object."""
    workflow = get_workflow(customer_id=customer_id, workflow_id=workflow_id)
    inputs, outputs = io_schemas(workflow.definition_object)
    return {"inputs": inputs, "outputs": outputs}
