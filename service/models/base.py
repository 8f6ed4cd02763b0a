"""The base model bound to the database proxy."""

import uuid

from peewee import Model

from service.db import db


def new_id() -> str:
    """Return a new UUIDv4 as a string."""
    return str(uuid.uuid4())


class BaseModel(Model):
    """Every table lives in the proxied database."""

    class Meta:
        database = db
        legacy_table_names = False
