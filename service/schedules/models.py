"""The workflow schedule table."""

import json

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, TextField

from service.db import BaseModel, new_id
from service.workflows.models import Workflow


class Schedule(BaseModel):
    """A cron schedule of a workflow; next_run_at is the next slot, in UTC."""

    id = CharField(primary_key=True, max_length=36, default=new_id)
    workflow = ForeignKeyField(Workflow, column_name="workflow_id", on_delete="CASCADE")
    customer_id = CharField(max_length=255)
    cron_expression = CharField(max_length=200)
    timezone = CharField(max_length=64, default="UTC")
    inputs = TextField(default="{}")
    missed_execution_policy = CharField(max_length=20, default="run_immediately")
    overlap_policy = CharField(max_length=20, default="allow")
    enabled = BooleanField(default=True)
    next_run_at = DateTimeField()
    last_run_at = DateTimeField(null=True)
    created_by = CharField(max_length=255)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "workflow_schedules"

    @property
    def inputs_object(self) -> dict:
        """Return the inputs parsed from JSON."""
        return json.loads(self.inputs)
