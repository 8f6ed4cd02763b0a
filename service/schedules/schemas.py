"""Request and response shapes of the schedule routes."""

from marshmallow import Schema, fields, validate, validates_schema
from marshmallow.exceptions import ValidationError

from service.schedules.policies import MISSED_SLOT_POLICIES
from service.web.fields import PageQuerySchema, Text, Timestamp

CRON = {
    "validate": validate.Length(min=1, max=200),
    "metadata": {"description": "Standard 5-field cron expression.", "example": "0 9 * * 1"},
}
TIMEZONE = {
    "validate": validate.Length(min=1, max=64),
    "metadata": {"description": "IANA time zone.", "example": "America/New_York"},
}
POLICY = {"validate": validate.OneOf(list(MISSED_SLOT_POLICIES))}
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
    enabled = JsonBoolean(load_default=True)


class SchedulePatchSchema(Schema):
    """Body of PATCH /workflows/:id/schedules/:scheduleId; at least one field."""

    cron_expression = Text(**CRON)
    timezone = Text(**TIMEZONE)
    inputs = fields.Dict(**INPUTS)
    missed_execution_policy = fields.String(**POLICY)
    enabled = JsonBoolean()

    @validates_schema
    def _not_empty(self, data, **_kwargs):
        if not data:
            raise ValidationError(
                "Provide at least one of: cron_expression, timezone, inputs, enabled,"
                " missed_execution_policy."
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


class ScheduleEnvelopeSchema(Schema):
    """{success, schedule}."""

    success = fields.Boolean(required=True, dump_default=True)
    schedule = fields.Nested(ScheduleSchema, required=True)


class ScheduleListSchema(Schema):
    """{success, schedules, count, total, limit, offset}."""

    success = fields.Boolean(required=True, dump_default=True)
    schedules = fields.List(fields.Nested(ScheduleSchema), required=True)
    count = fields.Integer(required=True)
    total = fields.Integer(required=True)
    limit = fields.Integer(required=True)
    offset = fields.Integer(required=True)


class ScheduleListQuerySchema(PageQuerySchema):
    """Query of GET /workflows/:id/schedules."""
