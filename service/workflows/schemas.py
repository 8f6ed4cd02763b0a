"""Request and response shapes of the workflow routes."""

from marshmallow import Schema, fields, validate, validates_schema
from marshmallow.exceptions import ValidationError

from service.web.fields import NEXT_CURSOR, TIMESTAMP, KeysetPageQuerySchema, Text
from service.web.openapi import DEFINITION_REF
from service.workflows.models import WORKFLOW_STATUSES

SEMVER = r"^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.\-+]+)?$"
NAME = [
    validate.Length(min=1, max=200),
    # Not blank and no NUL; the same pattern is the spec's (JSON Schema reads it as a search).
    validate.Regexp(r"^[^\x00]*[^\s\x00][^\x00]*$", error="Name must not be blank."),
]
VERSION = validate.Regexp(SEMVER, error="Version must be a semantic version such as 1.0.0.")


class WorkflowCreateSchema(Schema):
    """Body of POST /workflows."""

    name = Text(required=True, validate=NAME)
    description = Text(allow_none=True, validate=validate.Length(max=10_000))
    definition = fields.Dict(required=True, metadata={"allOf": [DEFINITION_REF]})
    version = fields.String(load_default="1.0.0", validate=[validate.Length(max=64), VERSION])


class WorkflowPatchSchema(Schema):
    """Body of PATCH /workflows/:id; at least one field."""

    name = Text(validate=NAME)
    description = Text(allow_none=True, validate=validate.Length(max=10_000))
    definition = fields.Dict(metadata={"allOf": [DEFINITION_REF]})
    version = fields.String(validate=[validate.Length(max=64), VERSION])
    status = fields.String(validate=validate.OneOf(WORKFLOW_STATUSES))

    @validates_schema
    def _not_empty(self, data, **_kwargs):
        if not data:
            raise ValidationError(
                "Provide at least one of: name, description, definition, version, status."
            )


class WorkflowListQuerySchema(KeysetPageQuerySchema):
    """Query of GET /workflows."""

    status = fields.String(validate=validate.OneOf(WORKFLOW_STATUSES))


def _workflow_fields(definition_field) -> dict:
    """Return the workflow fields in the reference's order."""
    return {
        "id": fields.String(required=True, metadata={"format": "uuid"}),
        "customer_id": fields.String(required=True),
        "name": fields.String(required=True),
        "description": fields.String(allow_none=True),
        "definition": definition_field,
        "version": fields.String(required=True),
        "status": fields.String(required=True, metadata={"enum": list(WORKFLOW_STATUSES)}),
        "created_by": fields.String(required=True),
        "created_at": fields.String(required=True, metadata=TIMESTAMP),
        "updated_at": fields.String(required=True, metadata=TIMESTAMP),
    }


# A workflow with its definition as an object (get, create, patch).
WorkflowSchema = Schema.from_dict(
    _workflow_fields(fields.Dict(required=True)),
    name="Workflow",
)
# A workflow in a list: its definition is the stored JSON string, as the reference shows.
WorkflowListItemSchema = Schema.from_dict(
    _workflow_fields(fields.String(required=True)), name="WorkflowListItem"
)


class WorkflowEnvelopeSchema(Schema):
    """{success, workflow}."""

    success = fields.Boolean(required=True, dump_default=True)
    workflow = fields.Nested(WorkflowSchema, required=True)


class WorkflowListSchema(Schema):
    """{success, workflows, count, total, limit, offset, next_cursor}."""

    success = fields.Boolean(required=True, dump_default=True)
    workflows = fields.List(fields.Nested(WorkflowListItemSchema), required=True)
    count = fields.Integer(required=True)
    total = fields.Integer(required=True)
    limit = fields.Integer(required=True)
    offset = fields.Integer(required=True)
    next_cursor = fields.String(**NEXT_CURSOR)


class WorkflowIOSchema(Schema):
    """The inputs and outputs JSON Schemas."""

    inputs = fields.Dict(required=True)
    outputs = fields.Dict(required=True)


class WorkflowSchemaEnvelopeSchema(Schema):
    """{success, schema}."""

    success = fields.Boolean(required=True, dump_default=True)
    schema = fields.Nested(WorkflowIOSchema, required=True)


class VersionSchema(Schema):
    """One version of a workflow: the definition it had."""

    version = fields.String(required=True)
    definition = fields.Dict(required=True)
    created_at = fields.String(required=True, metadata=TIMESTAMP)
    created_by = fields.String(required=True)


class VersionEnvelopeSchema(Schema):
    """{success, version}."""

    success = fields.Boolean(required=True, dump_default=True)
    version = fields.Nested(VersionSchema, required=True)


class VersionListSchema(Schema):
    """A page of a workflow's versions, newest first."""

    success = fields.Boolean(required=True, dump_default=True)
    versions = fields.List(fields.Nested(VersionSchema), required=True)
    count = fields.Integer(required=True)
    total = fields.Integer(required=True)
    limit = fields.Integer(required=True)
    offset = fields.Integer(required=True)
