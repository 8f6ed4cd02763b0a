"""Retrying a failed or terminated run from where it stopped (CONTRACT §10)."""

from service.clock import utcnow
from service.errors import Invalid, NotFound
from service.runs.creation import create_run, dispatch_created, write_transaction
from service.runs.models import Run, StepRun
from service.workflows import service as workflows
from service.workflows import versions

RETRYABLE = ("failed", "terminated")


def retry_run(*, customer_id: str, workflow_id: str, run_id: str, now=None) -> dict:
    """Start a new run of the same version and inputs; completed steps are kept, not re-run.

    Returns the new run's document. 400 `run_not_retryable` unless the run failed or was
    terminated.
    """
    now = now or utcnow()
    original = (
        Run.of_tenant(customer_id).where((Run.workflow == workflow_id) & (Run.id == run_id)).first()
    )
    if original is None:
        raise NotFound("Run not found.", code="run_not_found")
    if original.status not in RETRYABLE:
        raise Invalid(
            f"Only a failed or terminated run can be retried; this one is {original.status}.",
            code="run_not_retryable",
        )
    workflow = workflows.get_workflow(customer_id=customer_id, workflow_id=workflow_id)
    workflow = versions.pinned(workflow, original.workflow_version)
    completed = {
        step.node_id: step
        for step in StepRun.select().where(
            (StepRun.run == original.id) & (StepRun.status == "completed")
        )
    }
    with write_transaction(workflow):
        created = create_run(
            workflow=workflow,
            inputs=original.inputs_object,
            trigger="retry",
            retry_of=original.id,
            copied_steps=completed,
            now=now,
        )
    dispatch_created([created])
    return created.document
