"""The durable event log behind the WebSocket stream."""

import json

from peewee import AutoField, CharField, DateTimeField, TextField

from service.db import BaseModel

EVENT_NAMES = (
    "execution:queued",
    "execution:started",
    "execution:completed",
    "execution:failed",
    "execution:terminated",
    "step:started",
    "step:waiting",
    "step:completed",
    "step:failed",
    "step:skipped",
)


class RunEvent(BaseModel):
    """One event; ids increase, so `since=<id>` can replay what a listener missed."""

    id = AutoField()
    customer_id = CharField(max_length=255)
    workflow_id = CharField(max_length=36)
    run_id = CharField(max_length=36, null=True)
    event = CharField(max_length=40)
    data = TextField()
    created_at = DateTimeField()

    class Meta:
        table_name = "run_events"

    @property
    def data_object(self) -> dict:
        """Return the event's data parsed from JSON."""
        return json.loads(self.data)
