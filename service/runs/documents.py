"""The one serializer of runs and steps, shared by the API and the execution events."""

import json

from service.clock import isoformat
from service.runs.models import Run, StepRun


def run_summary(run: Run) -> dict:
    """Return a run as the reference shows it in lists and in the execute answer."""
    return {
        "id": run.id,
        "workflow_id": run.workflow_id,
        "customer_id": run.customer_id,
        "status": run.status,
        "inputs": run.inputs_object,
        "outputs": run.outputs_object,
        "error": run.error_object,
        "started_at": isoformat(run.started_at),
        "finished_at": isoformat(run.finished_at),
        "trigger": run.trigger,
        "schedule_id": run.schedule_id,
        "scheduled_for": isoformat(run.scheduled_for),
        "workflow_version": run.workflow_version,
        "retry_of": run.retry_of,
    }


def step_document(step: StepRun) -> dict:
    """Return one step as GET /runs/:runId lists it."""
    return {
        "node_id": step.node_id,
        "status": step.status,
        "attempts": step.attempts,
        "input": step.input_object,
        "output": step.output_object,
        "error": step.error_object,
        "started_at": isoformat(step.started_at),
        "finished_at": isoformat(step.finished_at),
    }


def run_document(run: Run, steps: list[StepRun] | None = None) -> dict:
    """Return a run with its steps, in definition order, as GET /runs/:runId returns it."""
    if steps is None:
        steps = list(StepRun.select().where(StepRun.run == run.id).order_by(StepRun.position))
    return {**run_summary(run), "steps": [step_document(step) for step in steps]}


def dumps(value) -> str:
    """Serialise a JSON value compactly for storage."""
    return json.dumps(value, separators=(",", ":"), default=str)
