"""Request and response shapes of the schedule routes."""

from marshmallow import Schema, fields, validate, validates_schema
from marshmallow.exceptions import ValidationError

from service.schedules.policies import MISSED_SLOT_POLICIES, OVERLAP_POLICIES
from service.schedules.preview import MAX_PREVIEW, describe
from service.web.fields import NEXT_CURSOR, KeysetPageQuerySchema, Text, Timestamp

CRON = {
    "validate": validate.Length(min=1, max=200),
    "metadata": {"description": "Standard 5-field cron expression.", "example": "0 9 * * 1"},
}
TIMEZONE = {
    "validate": validate.Length(min=1, max=64),
    "metadata": {"description": "IANA time zone.", "example": "America/New_York"},
}
POLICY = {"validate": validate.OneOf(list(MISSED_SLOT_POLICIES))}
OVERLAP = {
    "validate": validate.OneOf(OVERLAP_POLICIES),
    "metadata": {
        "description": "While a run of this schedule still runs or waits: allow (start anyway),"
        " skip (start nothing), buffer_one (start when it ends; at most one waits),"
        " cancel_other (terminate it and start the new one)."
    },
}
# Instants the server accepts whatever their offset: years 1971 to 2198.
IN_RANGE_YEARS = r"^(197[1-9]|19[89][0-9]|20[0-9][0-9]|21[0-9][0-8]|21[0-8][0-9])-"
INPUTS = {"metadata": {"description": "Inputs of each scheduled run."}}


class JsonBoolean(fields.Boolean):
    """Only JSON true/false: marshmallow's Boolean would read "yes" or 1 as true."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class ScheduleCreateSchema(Schema):
    """Body of POST /workflows/:id/schedules."""

    cron_expression = Text(required=True, **CRON)
    timezone = Text(load_default="UTC", **TIMEZONE)
    inputs = fields.Dict(load_default=dict, **INPUTS)
    missed_execution_policy = fields.String(load_default="run_immediately", **POLICY)
    overlap_policy = fields.String(load_default="allow", **OVERLAP)
    enabled = JsonBoolean(load_default=True)


class SchedulePatchSchema(Schema):
    """Body of PATCH /workflows/:id/schedules/:scheduleId; at least one field."""

    cron_expression = Text(**CRON)
    timezone = Text(**TIMEZONE)
    inputs = fields.Dict(**INPUTS)
    missed_execution_policy = fields.String(**POLICY)
    overlap_policy = fields.String(**OVERLAP)
    enabled = JsonBoolean()

    @validates_schema
    def _not_empty(self, data, **_kwargs):
        if not data:
            raise ValidationError(
                "Provide at least one of: cron_expression, timezone, inputs, enabled,"
                " missed_execution_policy, overlap_policy."
            )


class ScheduleSchema(Schema):
    """A schedule, in the reference's field order."""

    id = fields.String(required=True, metadata={"format": "uuid"})
    workflow_id = fields.String(required=True, metadata={"format": "uuid"})
    cron_expression = fields.String(required=True)
    timezone = fields.String(required=True)
    inputs = fields.Dict(required=True, attribute="inputs_object")
    missed_execution_policy = fields.String(
        required=True, metadata={"enum": list(MISSED_SLOT_POLICIES)}
    )
    enabled = fields.Boolean(required=True)
    next_run_at = Timestamp(required=True)
    last_run_at = Timestamp(allow_none=True)
    created_by = fields.String(required=True)
    created_at = Timestamp(required=True)
    updated_at = Timestamp(required=True)
    # After the reference's fields, so their order stays the reference's.
    overlap_policy = fields.String(required=True, metadata={"enum": list(OVERLAP_POLICIES)})
    description = fields.Function(
        lambda schedule: describe(schedule.cron_expression),
        required=True,
        metadata={"type": "string", "example": "At 09:00 AM, only on Monday"},
    )


class ScheduleEnvelopeSchema(Schema):
    """{success, schedule}."""

    success = fields.Boolean(required=True, dump_default=True)
    schedule = fields.Nested(ScheduleSchema, required=True)


class ScheduleListSchema(Schema):
    """{success, schedules, count, total, limit, offset, next_cursor}."""

    success = fields.Boolean(required=True, dump_default=True)
    schedules = fields.List(fields.Nested(ScheduleSchema), required=True)
    count = fields.Integer(required=True)
    total = fields.Integer(required=True)
    limit = fields.Integer(required=True)
    offset = fields.Integer(required=True)
    next_cursor = fields.String(**NEXT_CURSOR)


class ScheduleListQuerySchema(KeysetPageQuerySchema):
    """Query of GET /workflows/:id/schedules."""


COUNT = {
    "load_default": 10,
    "validate": validate.Range(min=1, max=MAX_PREVIEW),
    "metadata": {"description": f"How many fires (1-{MAX_PREVIEW})."},
}


class PreviewQuerySchema(Schema):
    """Query of GET /workflows/:id/schedules/:scheduleId/preview."""

    count = fields.Integer(**COUNT)


class PreviewSchema(Schema):
    """Body of POST /workflows/schedules/preview: an expression to try, nothing stored."""

    cron_expression = Text(required=True, **CRON)
    timezone = Text(load_default="UTC", **TIMEZONE)
    count = fields.Integer(**COUNT)
    from_ = fields.AwareDateTime(
        data_key="from",
        format="iso",
        metadata={
            "description": "Preview the fires after this instant (default: now); with an offset"
            " or Z, from 1970-01-01T00:00:00Z up to (not including) 2200-01-01T00:00:00Z.",
            # The years every offset keeps within those bounds, as a pattern the spec can state.
            "pattern": IN_RANGE_YEARS,
            "example": "2026-03-07T12:00:00Z",
        },
    )


class FireSchema(Schema):
    """One upcoming fire."""

    at = fields.String(required=True, metadata={"format": "date-time"})
    local = fields.String(required=True, metadata={"description": "ISO 8601 with the offset."})
    note = fields.String(
        allow_none=True, required=True, metadata={"enum": ["dst_gap", "dst_overlap", None]}
    )


class PreviewEnvelopeSchema(Schema):
    """{success, fires}."""

    success = fields.Boolean(required=True, dump_default=True)
    fires = fields.List(fields.Nested(FireSchema), required=True)


class BackfillSchema(Schema):
    """Body of POST /workflows/:id/schedules/:scheduleId/backfill: a past range [start, end)."""

    start = fields.AwareDateTime(
        required=True,
        format="iso",
        metadata={
            "description": "First instant, with an offset or Z, after 1970.",
            "example": "2026-03-01T00:00:00Z",
        },
    )
    end = fields.AwareDateTime(
        required=True,
        format="iso",
        metadata={
            "description": "End (excluded): after start and not in the future; at most 366 days"
            " and 1,000 slots after start (else 400 too_many_slots).",
            "example": "2026-03-08T00:00:00Z",
        },
    )


class BackfillResultSchema(Schema):
    """{success, runs}: how many runs the backfill started."""

    success = fields.Boolean(required=True, dump_default=True)
    runs = fields.Integer(required=True)
