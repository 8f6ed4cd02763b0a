"""Runs, their step runs, and idempotency keys."""

import json

from peewee import (
    AutoField,
    CharField,
    CompositeKey,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from service.db import BaseModel, new_id
from service.workflows.models import Workflow

RUN_STATUSES = ("queued", "running", "completed", "failed", "terminated")
TERMINAL_STATUSES = ("completed", "failed", "terminated")
STEP_STATUSES = ("pending", "running", "waiting", "completed", "failed", "skipped", "terminated")


def _loads(text):
    return None if text is None else json.loads(text)


class Run(BaseModel):
    """One execution of a workflow; the lease columns say which worker owns it."""

    id = CharField(primary_key=True, max_length=36, default=new_id)
    workflow = ForeignKeyField(Workflow, column_name="workflow_id", on_delete="CASCADE")
    customer_id = CharField(max_length=255)
    status = CharField(max_length=16, default="running")
    inputs = TextField()
    outputs = TextField(null=True)
    error = TextField(null=True)
    trigger = CharField(max_length=16, default="manual")
    schedule_id = CharField(max_length=36, null=True)
    scheduled_for = DateTimeField(null=True)
    started_at = DateTimeField()
    finished_at = DateTimeField(null=True)
    lease_owner = CharField(max_length=100, null=True)
    lease_expires_at = DateTimeField(null=True)
    heartbeat_at = DateTimeField(null=True)
    attempt = IntegerField(default=0)
    recovery_count = IntegerField(default=0)
    dispatched_at = DateTimeField(null=True)
    wake_at = DateTimeField(null=True)  # set while the run waits without a worker
    workflow_version = CharField(max_length=64, null=True)  # the version it executes
    retry_of = CharField(max_length=36, null=True)  # the run this one retries
    concurrency_key = CharField(max_length=255, null=True)  # its group, under a limit
    concurrency_limit = IntegerField(null=True)
    request_id = CharField(max_length=128, null=True)  # the API call that started it

    class Meta:
        table_name = "workflow_runs"

    @property
    def inputs_object(self):
        """Return the inputs parsed from JSON."""
        return _loads(self.inputs)

    @property
    def outputs_object(self):
        """Return the outputs parsed from JSON (None until completed)."""
        return _loads(self.outputs)

    @property
    def error_object(self):
        """Return the error parsed from JSON (None unless failed)."""
        return _loads(self.error)

    @classmethod
    def of_tenant(cls, customer_id: str):
        """Select the runs of one tenant."""
        return cls.select().where(cls.customer_id == customer_id)


def visible(workflow_id: str):
    """Return the condition that the run's workflow is not deleted (hidden with its runs)."""
    return Run.workflow.in_(
        Workflow.select(Workflow.id).where(
            (Workflow.id == workflow_id) & Workflow.deleted_at.is_null()
        )
    )


class StepRun(BaseModel):
    """One node of one run: its status, attempts, input, output and error."""

    id = CharField(primary_key=True, max_length=36, default=new_id)
    run = ForeignKeyField(Run, column_name="run_id", on_delete="CASCADE", backref="steps")
    node_id = CharField(max_length=100)
    position = IntegerField()
    status = CharField(max_length=16, default="pending")
    attempts = IntegerField(default=0)
    input = TextField(null=True)
    output = TextField(null=True)
    error = TextField(null=True)
    started_at = DateTimeField(null=True)
    finished_at = DateTimeField(null=True)
    wake_at = DateTimeField(null=True)  # when a waiting step is due

    class Meta:
        table_name = "step_runs"

    @property
    def input_object(self):
        """Return the step input parsed from JSON."""
        return _loads(self.input)

    @property
    def output_object(self):
        """Return the step output parsed from JSON."""
        return _loads(self.output)

    @property
    def error_object(self):
        """Return the step error parsed from JSON."""
        return _loads(self.error)


class RunSignal(BaseModel):
    """A signal sent to a run; a wait_for_signal node takes the oldest of its name."""

    id = AutoField()
    run = ForeignKeyField(Run, column_name="run_id", on_delete="CASCADE")
    name = CharField(max_length=100)
    payload = TextField()
    received_at = DateTimeField()
    consumed_at = DateTimeField(null=True)
    consumed_by = CharField(max_length=100, null=True)

    class Meta:
        table_name = "run_signals"


class IdempotencyKey(BaseModel):
    """An Idempotency-Key seen for a workflow, and the run it started (kept 24 h)."""

    customer_id = CharField(max_length=255)
    workflow_id = CharField(max_length=36)
    key = CharField(max_length=255)
    run_id = CharField(max_length=36)
    expires_at = DateTimeField()

    class Meta:
        table_name = "idempotency_keys"
        primary_key = CompositeKey("customer_id", "workflow_id", "key")
