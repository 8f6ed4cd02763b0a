"""Request and response shapes of POST /parse."""

from marshmallow import EXCLUDE, Schema, fields, validate

from service.engine.registry import CATALOG
from service.web.fields import Text


class ParseContextSchema(Schema):
    """What the caller can offer the parser."""

    class Meta:
        unknown = EXCLUDE

    availableTools = fields.List(
        fields.String(validate=validate.Length(min=1, max=100)),
        validate=validate.Length(max=100),
    )
    organizationId = fields.String(validate=validate.Length(max=255))


class ParseRequestSchema(Schema):
    """Body of POST /parse."""

    instruction = Text(
        required=True,
        validate=[
            validate.Length(max=5000),
            # At least 5 characters once surrounding whitespace is stripped; no NUL.
            validate.Regexp(
                r"^\s*[^\s\x00][^\x00]{3,}[^\s\x00]\s*$",
                error="The instruction must be at least 5 characters.",
            ),
        ],
        metadata={"example": "Every Monday at 9am, email the sales report to team@acme.io"},
    )
    context = fields.Nested(ParseContextSchema, load_default=dict)


class ParsedStepSchema(Schema):
    """One generated step (a definition node)."""

    id = fields.String(required=True)
    type = fields.String(required=True, metadata={"enum": list(CATALOG)})
    action = fields.String(required=True)
    config = fields.Dict()
    input_from = fields.Raw()


class ParsedScheduleSchema(Schema):
    """The schedule the text names."""

    cron_expression = fields.String(required=True)
    timezone = fields.String(required=True)


class ParsedWorkflowSchema(Schema):
    """The parser's answer: steps, a ready definition, confidence and provenance."""

    type = fields.String(required=True, metadata={"enum": ["template", "generated"]})
    name = fields.String(required=True)
    description = fields.String(required=True)
    steps = fields.List(fields.Nested(ParsedStepSchema), required=True)
    confidence = fields.Float(required=True)
    source = fields.String(
        required=True, metadata={"enum": ["template", "heuristic", "ai-generated"]}
    )
    valid = fields.Boolean(required=True)
    schedule = fields.Nested(ParsedScheduleSchema, allow_none=True)
    definition = fields.Dict(required=True)
    warnings = fields.List(fields.String(), required=True)


class ParseResponseSchema(Schema):
    """{success, workflow, parseTimeMs}."""

    success = fields.Boolean(required=True, dump_default=True)
    workflow = fields.Nested(ParsedWorkflowSchema, required=True)
    parseTimeMs = fields.Float(required=True)
