"""Marshmallow fields shared by every resource's schemas."""

from marshmallow import Schema, fields, validate

from service.clock import isoformat

# Documentation of the timestamps the serializers render (UTC, milliseconds, Z).
TIMESTAMP = {"format": "date-time", "example": "2026-03-19T18:00:00.000Z"}


class Timestamp(fields.Field):
    """A UTC datetime rendered as 2026-03-19T18:00:00.000Z."""

    def __init__(self, **kwargs):
        kwargs.setdefault("metadata", {}).update({"type": "string", **TIMESTAMP})
        super().__init__(**kwargs)

    def _serialize(self, value, attr, obj, **kwargs):
        return isoformat(value)


class PageQuerySchema(Schema):
    """limit (1..200, default 50) and offset (>= 0) for every list."""

    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0, max=2**31 - 1))


class MessageSchema(Schema):
    """A success flag and a sentence."""

    success = fields.Boolean(required=True, metadata={"example": True})
    message = fields.String(required=True)
