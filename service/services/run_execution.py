"""Execute a claimed run on this worker: the executor plus a store whose writes are fenced."""

import logging
import threading

from service.clock import utcnow
from service.config import Config
from service.db import db
from service.engine.executor import Executor, LeaseLost, PriorStep, StepChanges
from service.events import publish_events, record_event
from service.models.run import Run, StepRun
from service.models.workflow import Workflow
from service.services.run_claims import RunClaim, claim_run
from service.services.run_documents import dumps, run_document
from service.services.run_watch import process_watcher

log = logging.getLogger(__name__)


class DatabaseRunStore:
    """Writes one StepChanges per transaction, only while this worker's claim holds."""

    def __init__(self, *, claim: RunClaim, run: Run):
        self.claim = claim
        self.customer_id = run.customer_id
        self.workflow_id = run.workflow_id

    def apply(self, changes: StepChanges) -> None:
        """Record the changes and their events atomically, or raise LeaseLost."""
        now = utcnow()
        with db.atomic():
            # The fence: this UPDATE matches only while our claim holds, and on PostgreSQL it
            # also locks the run row, so a concurrent terminate waits for us or wins outright.
            if not Run.update(heartbeat_at=now).where(self.claim.fence()).execute():
                raise LeaseLost(self.claim.run_id)
            events = self._write_steps(changes, now)
            if changes.run_status:
                events.append(self._finish_run(changes, now))
        publish_events(events)

    def _event(self, name: str, data: dict, now):
        return record_event(
            customer_id=self.customer_id,
            workflow_id=self.workflow_id,
            run_id=self.claim.run_id,
            name=name,
            data=data,
            now=now,
        )

    def _write_steps(self, changes: StepChanges, now) -> list:
        """Store each change's event in order, and each touched step row once, in its end state."""
        rows: dict[str, dict] = {}
        events = []
        for change in changes.steps:
            row = rows.setdefault(change.node_id, {})
            name, data = _step_effect(change, row, now)
            if name:
                events.append(self._event(name, data, now))
        for node_id, values in rows.items():
            StepRun.update(**values).where(
                (StepRun.run == self.claim.run_id) & (StepRun.node_id == node_id)
            ).execute()
        return events

    def _finish_run(self, changes: StepChanges, now):
        values = {
            "status": changes.run_status,
            "finished_at": now,
            "lease_owner": None,
            "lease_expires_at": None,
        }
        if changes.run_status == "completed":
            values["outputs"] = dumps(changes.run_outputs)
        else:
            values["error"] = dumps(changes.run_error)
            # Nodes that never got to run stay visible as not run, not as pending forever.
            StepRun.update(status="skipped", finished_at=now).where(
                (StepRun.run == self.claim.run_id) & (StepRun.status == "pending")
            ).execute()
        Run.update(**values).where(self.claim.fence()).execute()
        run = Run.get_by_id(self.claim.run_id)
        return self._event(f"execution:{changes.run_status}", run_document(run), now)


def _step_effect(change, row: dict, now) -> tuple[str | None, dict]:
    """Fold one change into its step row's new values; return the event it emits."""
    node_id, attempt = change.node_id, change.attempt
    if change.kind == "started":
        row.update(status="running", input=dumps(change.value), attempts=attempt, error=None)
        if attempt == 1:
            row["started_at"] = now
        return "step:started", {"node_id": node_id, "attempt": attempt}
    if change.kind == "completed":
        row.update(
            status="completed",
            output=dumps(change.value),
            attempts=attempt,
            error=None,
            finished_at=now,
        )
        return "step:completed", {"node_id": node_id, "output": change.value, "attempts": attempt}
    if change.kind == "retrying":
        row.update(error=dumps(change.value), attempts=attempt)
        return None, {}
    if change.kind == "failed":
        row.update(status="failed", error=dumps(change.value), attempts=attempt, finished_at=now)
        return "step:failed", {**change.value, "attempts": attempt}
    row.update(status="skipped", finished_at=now)
    return "step:skipped", {"node_id": node_id}


def _prior_steps(run_id: str) -> dict[str, PriorStep]:
    return {
        step.node_id: PriorStep(
            status=step.status, output=step.output_object, attempts=step.attempts
        )
        for step in StepRun.select().where(StepRun.run == run_id)
    }


def execute_run(*, run_id: str, config: Config) -> str:
    """Claim the run and execute it to its end; return the outcome (or 'not_claimed')."""
    with db.connection_context():
        claim = claim_run(run_id=run_id, now=utcnow(), lease_seconds=config.run_lease_seconds)
        if claim is None:
            return "not_claimed"  # a duplicate message, or another worker has it
        run = Run.get_by_id(run_id)
        workflow = Workflow.get_by_id(run.workflow_id)
        prior = _prior_steps(run_id)
    cancelled = threading.Event()
    watcher = process_watcher(lease_seconds=config.run_lease_seconds)
    watcher.watch(claim, cancelled)
    try:
        with db.connection_context():
            executor = Executor(
                workflow.definition_object,
                run_id=run_id,
                inputs=run.inputs_object,
                settings=config.engine,
                store=DatabaseRunStore(claim=claim, run=run),
                prior=prior,
                cancelled=cancelled,
                max_parallel=config.run_max_parallel_nodes,
            )
            outcome = executor.run()
    finally:
        watcher.forget(claim)
    log.info("run %s ended: %s", run_id, outcome.status)
    return outcome.status
