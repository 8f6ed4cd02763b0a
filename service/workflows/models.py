"""The Workflow table."""

import json

from peewee import CharField, CompositeKey, DateTimeField, ForeignKeyField, IntegerField, TextField

from service.db import BaseModel, new_id

WORKFLOW_STATUSES = ("active", "archived")


class Workflow(BaseModel):
    """A tenant's workflow definition (stored as a JSON string)."""

    id = CharField(primary_key=True, max_length=36, default=new_id)
    customer_id = CharField(max_length=255)
    name = CharField(max_length=200)
    description = TextField(null=True)
    definition = TextField()
    version = CharField(max_length=64, default="1.0.0")
    status = CharField(max_length=16, default="active")
    created_by = CharField(max_length=255)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)  # hidden from every read; purged in the background

    class Meta:
        table_name = "workflows"

    @property
    def definition_object(self) -> dict:
        """Return the stored definition parsed from JSON (once per text: execute asks often)."""
        text = self.definition
        parsed = self.__dict__.get("_parsed_definition")
        if parsed is None or parsed[0] is not text:
            parsed = self.__dict__["_parsed_definition"] = (text, json.loads(text))
        return parsed[1]

    @classmethod
    def of_tenant(cls, customer_id: str):
        """Select the visible (not deleted) workflows of one tenant."""
        return cls.select().where((cls.customer_id == customer_id) & cls.deleted_at.is_null())


class WorkflowVersion(BaseModel):
    """One definition a workflow has had; immutable once stored."""

    workflow = ForeignKeyField(Workflow, column_name="workflow_id", on_delete="CASCADE")
    version = CharField(max_length=64)
    number = IntegerField()  # 1, 2, 3… in the order the versions were made
    definition = TextField()
    created_at = DateTimeField()
    created_by = CharField(max_length=255)

    class Meta:
        table_name = "workflow_versions"
        primary_key = CompositeKey("workflow", "version")

    @property
    def definition_object(self) -> dict:
        """Return the stored definition parsed from JSON."""
        return json.loads(self.definition)
