"""Workflow versions (CONTRACT §10): every definition a workflow has had, kept immutable.

Create stores the first version; a PATCH that changes the definition or the version stores the
next one. Runs name the version they started with and always execute that one.
"""

import re

from peewee import IntegrityError, fn

from service.clock import isoformat
from service.db import db
from service.errors import Conflict, NotFound
from service.workflows.models import Workflow, WorkflowVersion

_LAST_NUMBER = re.compile(r"(\d+)(?!.*\d)")


def bumped(version: str) -> str:
    """Return the version with its last number plus one (1.0.0 → 1.0.1, 2.3 → 2.4)."""
    match = _LAST_NUMBER.search(version)
    if match is None:
        return f"{version}.1"
    start, end = match.span(1)
    return f"{version[:start]}{int(match.group(1)) + 1}{version[end:]}"


def exists(*, workflow_id: str, version: str) -> bool:
    """Tell whether the workflow has had this version."""
    query = WorkflowVersion.select().where(
        (WorkflowVersion.workflow == workflow_id) & (WorkflowVersion.version == version)
    )
    return query.exists()


def next_version(*, workflow_id: str, current: str, requested: str | None) -> str:
    """Return the version a change stores: the one asked for (409 if taken), else a bump."""
    if requested is not None:
        if exists(workflow_id=workflow_id, version=requested):
            raise _version_exists(requested)
        return requested
    candidate = bumped(current)
    while exists(workflow_id=workflow_id, version=candidate):
        candidate = bumped(candidate)
    return candidate


def _version_exists(version: str) -> Conflict:
    return Conflict(
        f"Version {version!r} already exists for this workflow.",
        code="version_exists",
        details={"version": version},
    )


def record_version(*, workflow: Workflow, created_by: str, now) -> WorkflowVersion:
    """Store the workflow's current definition as its version (call in its transaction)."""
    last = (
        WorkflowVersion.select(fn.MAX(WorkflowVersion.number))
        .where(WorkflowVersion.workflow == workflow.id)
        .scalar()
    )
    try:
        with db.atomic():  # a savepoint: a clash must not read as another constraint's
            return WorkflowVersion.create(
                workflow=workflow.id,
                version=workflow.version,
                number=(last or 0) + 1,
                definition=workflow.definition,
                created_at=now,
                created_by=created_by,
            )
    except IntegrityError:  # a concurrent change stored this version (or number) first
        raise _version_exists(workflow.version) from None


def list_versions(*, workflow: Workflow, limit: int, offset: int):
    """Return (page of the workflow's versions newest first, total)."""
    query = WorkflowVersion.select().where(WorkflowVersion.workflow == workflow.id)
    page = query.order_by(WorkflowVersion.number.desc()).limit(limit).offset(offset)
    return list(page), query.count()


def get_version(*, workflow: Workflow, version: str) -> WorkflowVersion:
    """Return one version of the workflow, or raise NotFound."""
    # No stored version holds a NUL (versions are semantic versions), and PostgreSQL refuses one
    # in a query: such a version is not found without asking (a path or an execute body).
    found = None
    if "\x00" not in version:
        found = (
            WorkflowVersion.select()
            .where((WorkflowVersion.workflow == workflow.id) & (WorkflowVersion.version == version))
            .first()
        )
    if found is None:
        raise NotFound(
            f"Version {version!r} not found for this workflow.",
            code="version_not_found",
            details={"version": version},
        )
    return found


def pinned(workflow: Workflow, version: str | None) -> Workflow:
    """Return the workflow as it was at `version` (itself when None or current): what a run runs."""
    if version is None or version == workflow.version:
        return workflow
    stored = get_version(workflow=workflow, version=version)
    # A new instance, not copy.copy: a peewee model keeps its values in one shared dict.
    return Workflow(**{**workflow.__data__, "definition": stored.definition, "version": version})


def version_document(version: WorkflowVersion) -> dict:
    """Return a version as the API shows it."""
    return {
        "version": version.version,
        "definition": version.definition_object,
        "created_at": isoformat(version.created_at),
        "created_by": version.created_by,
    }
