"""Marshmallow fields shared by every resource's schemas."""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from service.clock import isoformat

# Documentation of the timestamps the serializers render (UTC, milliseconds, Z).
TIMESTAMP = {"format": "date-time", "example": "2026-03-19T18:00:00.000Z"}
# Text without NUL (PostgreSQL cannot store it), as a JSON Schema pattern.
NO_NUL = r"^[^\x00]*$"


class Timestamp(fields.Field):
    """A UTC datetime rendered as 2026-03-19T18:00:00.000Z."""

    def __init__(self, **kwargs):
        kwargs.setdefault("metadata", {}).update({"type": "string", **TIMESTAMP})
        super().__init__(**kwargs)

    def _serialize(self, value, attr, obj, **kwargs):
        return isoformat(value)


class Text(fields.String):
    """A string that every database stores faithfully: no NUL and no lone surrogates."""

    default_error_messages = {
        "unstorable": "Text may not contain NUL characters or unpaired surrogates."
    }

    def __init__(self, **kwargs):
        validators = kwargs.get("validate") or []
        if not isinstance(validators, list | tuple):
            validators = [validators]
        if not any(isinstance(item, validate.Regexp) for item in validators):
            # State the rule in the spec (a Regexp validator states its own, NUL-free, pattern).
            kwargs.setdefault("metadata", {}).setdefault("pattern", NO_NUL)
        super().__init__(**kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        # PostgreSQL refuses NUL in text; lone surrogates cannot be encoded as UTF-8 at all.
        if "\x00" in text or any("\ud800" <= char <= "\udfff" for char in text):
            raise self.make_error("unstorable")
        return text


class PageQuerySchema(Schema):
    """limit (1..200, default 50) and offset (>= 0) for every list."""

    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0, max=2**31 - 1))


# The `next_cursor` of every keyset list: pass it back as ?cursor= for the following page.
NEXT_CURSOR = {
    "required": True,
    "allow_none": True,
    "metadata": {"description": "Opaque; ?cursor= continues after this page. Null on the last."},
}


class KeysetPageQuerySchema(PageQuerySchema):
    """A page by offset, or by the cursor the previous page gave (CONTRACT §14)."""

    cursor = fields.String(
        validate=validate.Length(min=1, max=512),
        metadata={
            "description": "The next_cursor of the previous page: continues after its last row"
            " with one index seek, however deep (offset must then be 0). Opaque and bound to"
            " its list, tenant, workflow and filter: any other value is 400 invalid_cursor."
        },
    )

    @validates_schema
    def _cursor_or_offset(self, data, **_kwargs):
        if data.get("cursor") and data.get("offset"):
            raise ValidationError("Give a cursor or an offset, not both.", "offset")


class MessageSchema(Schema):
    """A success flag and a sentence."""

    success = fields.Boolean(required=True, metadata={"example": True})
    message = fields.String(required=True)
