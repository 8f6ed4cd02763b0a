"""Request and response shapes of the run routes."""

from marshmallow import Schema, fields, validate

from service.runs.models import RUN_STATUSES, STEP_STATUSES
from service.web.fields import NEXT_CURSOR, TIMESTAMP, KeysetPageQuerySchema


class ExecuteSchema(Schema):
    """Body of POST /workflows/:id/execute."""

    inputs = fields.Dict(load_default=dict, metadata={"description": "Run inputs."})
    version = fields.String(
        validate=validate.Length(min=1, max=64),
        metadata={"description": "Run this version of the workflow (default: the current one)."},
    )


class ExecuteHeadersSchema(Schema):
    """Optional Idempotency-Key header: the same key within 24 h returns the first run."""

    class Meta:
        unknown = "exclude"

    idempotency_key = fields.String(
        data_key="Idempotency-Key", validate=validate.Length(min=1, max=255)
    )


class RunListQuerySchema(KeysetPageQuerySchema):
    """Query of GET /workflows/:id/runs."""

    status = fields.String(validate=validate.OneOf(RUN_STATUSES))


class RunErrorSchema(Schema):
    """Why a run failed."""

    node_id = fields.String(allow_none=True)
    code = fields.String()
    message = fields.String()


class StepSchema(Schema):
    """One node of a run."""

    node_id = fields.String(required=True)
    status = fields.String(required=True, metadata={"enum": list(STEP_STATUSES)})
    attempts = fields.Integer(required=True)
    input = fields.Raw(allow_none=True)
    output = fields.Raw(allow_none=True)
    error = fields.Dict(allow_none=True)
    started_at = fields.String(allow_none=True, metadata=TIMESTAMP)
    finished_at = fields.String(allow_none=True, metadata=TIMESTAMP)


class RunSchema(Schema):
    """A run as lists and the execute answer show it."""

    id = fields.String(required=True, metadata={"format": "uuid"})
    workflow_id = fields.String(required=True, metadata={"format": "uuid"})
    customer_id = fields.String(required=True)
    status = fields.String(required=True, metadata={"enum": list(RUN_STATUSES)})
    inputs = fields.Dict(required=True)
    outputs = fields.Raw(allow_none=True)
    error = fields.Nested(RunErrorSchema, allow_none=True)
    started_at = fields.String(required=True, metadata=TIMESTAMP)
    finished_at = fields.String(allow_none=True, metadata=TIMESTAMP)
    trigger = fields.String(
        required=True, metadata={"enum": ["manual", "schedule", "retry", "backfill"]}
    )
    schedule_id = fields.String(allow_none=True)
    scheduled_for = fields.String(allow_none=True, metadata=TIMESTAMP)
    workflow_version = fields.String(
        allow_none=True, metadata={"description": "The version of the workflow the run executes."}
    )
    retry_of = fields.String(
        allow_none=True, metadata={"format": "uuid", "description": "The run this one retries."}
    )


class RunDetailSchema(RunSchema):
    """A run with its steps."""

    steps = fields.List(fields.Nested(StepSchema), required=True)


class RunEnvelopeSchema(Schema):
    """{success, run}."""

    success = fields.Boolean(required=True, dump_default=True)
    run = fields.Nested(RunDetailSchema, required=True)


class RunListSchema(Schema):
    """{success, runs, count, total, limit, offset, next_cursor}."""

    success = fields.Boolean(required=True, dump_default=True)
    runs = fields.List(fields.Nested(RunSchema), required=True)
    count = fields.Integer(required=True)
    total = fields.Integer(required=True)
    limit = fields.Integer(required=True)
    offset = fields.Integer(required=True)
    next_cursor = fields.String(**NEXT_CURSOR)


class SignalSchema(Schema):
    """Body of POST /workflows/:id/runs/:runId/signals/:name (optional)."""

    payload = fields.Raw(
        load_default=None,
        allow_none=True,
        metadata={"description": "Any JSON, at most 64 KiB; the waiting node's output carries it."},
    )
