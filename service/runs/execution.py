"""Execute a claimed run on this worker: the executor plus a store whose writes are fenced."""

import json
import logging
import threading

from service.clock import isoformat, utcnow
from service.config import Config
from service.db import db, prebuilt
from service.engine.changes import LeaseLost, PriorStep, StepChanges
from service.engine.executor import Executor
from service.engine.nodes.base import Signal
from service.engine.registry import handler_for
from service.events.store import new_event, record_events
from service.observability.context import bind_fields, fields_bound, log_fields
from service.observability.metrics import record_step
from service.runs import concurrency
from service.runs.claims import FENCE_SQL, RunClaim, claim_run
from service.runs.creation import dispatch
from service.runs.documents import dumps, run_document
from service.runs.models import Run, StepRun
from service.runs.watch import process_watcher

log = logging.getLogger(__name__)

# The run path's statements, written out once: having peewee build them on every turn was
# most of a run's CPU (see bench/runs.py). The first statement of each transaction is the
# fence: it matches only while our claim holds, and on PostgreSQL it also locks the run row,
# so a concurrent terminate waits for us or wins outright.
_FENCE = f"UPDATE workflow_runs SET heartbeat_at = ? WHERE {FENCE_SQL}"
_COMPLETE = (
    "UPDATE workflow_runs SET heartbeat_at = ?, status = 'completed', finished_at = ?,"
    f" outputs = ?, lease_owner = NULL, lease_expires_at = NULL WHERE {FENCE_SQL}"
)
# Parking: the run waits without a worker until wake_at; the timer pass wakes it.
_PARK = (
    "UPDATE workflow_runs SET heartbeat_at = ?, wake_at = ?, lease_owner = NULL,"
    f" lease_expires_at = NULL WHERE {FENCE_SQL}"
)
_FAIL = (
    "UPDATE workflow_runs SET heartbeat_at = ?, status = 'failed', finished_at = ?,"
    f" error = ?, lease_owner = NULL, lease_expires_at = NULL WHERE {FENCE_SQL}"
)
_STEP = (
    "UPDATE step_runs SET status = ?, attempts = ?, input = ?, output = ?, error = ?,"
    " started_at = ?, finished_at = ?, wake_at = ? WHERE run_id = ? AND node_id = ?"
)
_SKIP_PENDING = (
    "UPDATE step_runs SET status = 'skipped', finished_at = ?, wake_at = NULL"
    " WHERE run_id = ? AND status IN ('pending', 'waiting')"
)
# A run executes the version it started with, never the workflow's current definition (a
# run stored before versions existed has none: it runs the current one, as it always did).
_LOAD_RUN = (
    "SELECT r.workflow_id, r.customer_id, r.status, r.inputs, r.outputs, r.error, r.trigger,"
    " r.schedule_id, r.scheduled_for, r.started_at, r.finished_at, r.workflow_version,"
    " r.retry_of, r.concurrency_key, r.request_id, COALESCE(v.definition, w.definition)"
    " FROM workflow_runs r JOIN workflows w ON w.id = r.workflow_id"
    " LEFT JOIN workflow_versions v"
    " ON v.workflow_id = r.workflow_id AND v.version = r.workflow_version"
    " WHERE r.id = ?"
)
_LOAD_STEPS = (
    "SELECT node_id, position, status, attempts, input, output, error, started_at, finished_at,"
    " wake_at FROM step_runs WHERE run_id = ? ORDER BY position"
)
_WAKE_NOW = "UPDATE workflow_runs SET wake_at = ? WHERE id = ?"
_PENDING_SIGNALS = (
    "SELECT id, name, payload, received_at FROM run_signals"
    " WHERE run_id = ? AND consumed_at IS NULL AND name IN ({names}) ORDER BY id"
)
_TAKE_SIGNAL = (
    "UPDATE run_signals SET consumed_at = ?, consumed_by = ? WHERE id = ? AND consumed_at IS NULL"
)
_STEP_FIELDS = (
    "status",
    "attempts",
    "input",
    "output",
    "error",
    "started_at",
    "finished_at",
    "wake_at",
)


class DatabaseRunStore:
    """Writes one StepChanges per transaction, only while this worker's claim holds.

    It keeps the run and its steps as they are stored (only its claim writes them while the
    claim holds), so a turn writes what it touched and the final event needs no re-read.
    After an apply raises, the store is not used again.
    """

    def __init__(self, *, claim: RunClaim, run: Run, steps: list[StepRun], nodes=None):
        self.claim = claim
        self.run = run
        self.steps = steps
        self.by_node = {step.node_id: step for step in steps}
        self.nodes = {node["id"]: node for node in nodes or []}

    def pending_signals(self, names: set[str]) -> list[Signal]:
        """Return the run's signals of these names not taken yet, oldest first."""
        return _pending_signals(self.claim.run_id, names)

    def apply(self, changes: StepChanges) -> None:
        """Record the changes and their events atomically, or raise LeaseLost."""
        now = utcnow()
        # Rows, documents and events are built before the transaction: its first write takes
        # SQLite's one writer turn (service/sqlite_writers.py), held to commit. Should the
        # fence fail, the in-memory run and steps are dropped with this turn.
        step_rows, events = self._step_rows(changes, now)
        if changes.run_status:
            ending = self._end_run(changes, now)  # after the steps: its document shows them
            events.append(self._event(f"execution:{changes.run_status}", ending, now))
        with db.atomic():
            if not self._fence(changes, now):
                raise LeaseLost(self.claim.run_id)
            if changes.run_waits_for and _pending_signals(self.claim.run_id, changes.run_waits_for):
                # A signal came in after this turn looked (the fence holds the run's row now, so
                # none can slip between this check and the commit): park due at once, and the
                # timer pass hands the run straight back.
                db.execute_sql(prebuilt(_WAKE_NOW), (now, self.claim.run_id))
            for change in changes.steps:
                if change.signal_id is not None:
                    db.execute_sql(prebuilt(_TAKE_SIGNAL), (now, change.node_id, change.signal_id))
            sql = prebuilt(_STEP)
            for params in step_rows:
                db.execute_sql(sql, params)
            promoted: list[str] = []
            if changes.run_status:
                if changes.run_status != "completed":
                    db.execute_sql(prebuilt(_SKIP_PENDING), (now, self.claim.run_id))
                # Its slot goes to the next in line; a run its schedule held back starts.
                promoted, started = concurrency.promote_after(self.run, now=now)
                events += started
            record_events(events)
        dispatch(events=events, run_ids=promoted)
        self._observe_ended_steps(changes)

    def _observe_ended_steps(self, changes: StepChanges) -> None:
        """Time each step this turn ended (metrics); log the failed ones with their node."""
        for change in changes.steps:
            if change.kind not in ("completed", "failed"):
                continue
            step, node = self.by_node.get(change.node_id), self.nodes.get(change.node_id, {})
            if step is not None:
                record_step(
                    node_type=str(node.get("type")),
                    action=str(node.get("action")),
                    started_at=step.started_at,
                    finished_at=step.finished_at,
                )
            if change.kind == "failed":
                error = change.value or {}
                with fields_bound(node_id=change.node_id):
                    log.warning("step failed: %s: %s", error.get("code"), error.get("message"))

    def _fence(self, changes: StepChanges, now) -> bool:
        """Heartbeat the run (and end it, when this turn ends it) under the claim."""
        fence = self.claim.fence_params
        if changes.run_status == "completed":
            cursor = db.execute_sql(prebuilt(_COMPLETE), (now, now, self.run.outputs, *fence))
        elif changes.run_status:
            cursor = db.execute_sql(prebuilt(_FAIL), (now, now, self.run.error, *fence))
        elif changes.run_wake_at:
            cursor = db.execute_sql(prebuilt(_PARK), (now, changes.run_wake_at, *fence))
        else:
            cursor = db.execute_sql(prebuilt(_FENCE), (now, *fence))
        return cursor.rowcount == 1

    def _event(self, name: str, data: dict, now):
        return new_event(
            customer_id=self.run.customer_id,
            workflow_id=self.run.workflow_id,
            run_id=self.claim.run_id,
            name=name,
            data=data,
            now=now,
        )

    def _step_rows(self, changes: StepChanges, now) -> tuple[list[tuple], list]:
        """Make each change's event in order, and each touched step's row in its end state."""
        rows: dict[str, dict] = {}
        events = []
        for change in changes.steps:
            row = rows.setdefault(change.node_id, {})
            name, data = _step_effect(change, row, now)
            if name:
                events.append(self._event(name, data, now))
        params = []
        for node_id, values in rows.items():
            step = self.by_node.get(node_id)
            if step is None:
                continue  # not among the stored steps (the definition changed): nothing to write
            for name, value in values.items():
                setattr(step, name, value)
            fields = [getattr(step, name) for name in _STEP_FIELDS]
            params.append((*fields, self.claim.run_id, node_id))
        return params, events

    def _end_run(self, changes: StepChanges, now) -> dict:
        """End the in-memory run and its unrun steps; return the run's final document."""
        if changes.run_status == "completed":
            self.run.outputs = dumps(changes.run_outputs)
        else:
            self.run.error = dumps(changes.run_error)
            # Nodes that never got to run stay visible as not run, not as pending forever.
            for step in self.steps:
                if step.status in ("pending", "waiting"):
                    step.status, step.finished_at, step.wake_at = "skipped", now, None
        self.run.status, self.run.finished_at = changes.run_status, now
        return run_document(self.run, self.steps)


def _step_effect(change, row: dict, now) -> tuple[str | None, dict]:
    """Fold one change into its step row's new values; return the event it emits."""
    node_id, attempt = change.node_id, change.attempt
    if change.kind == "started":
        row.update(
            status="running", input=dumps(change.value), attempts=attempt, error=None, wake_at=None
        )
        if attempt == 1:
            row["started_at"] = now
        return "step:started", {"node_id": node_id, "attempt": attempt}
    if change.kind == "waiting":
        row.update(status="waiting", wake_at=change.wake_at)
        if change.value and change.value.get("signal"):
            return "step:waiting", {"node_id": node_id, "signal": change.value["signal"]}
        return "step:waiting", {"node_id": node_id, "wake_at": isoformat(change.wake_at)}
    if change.kind == "completed":
        row.update(
            status="completed",
            output=dumps(change.value),
            attempts=attempt,
            error=None,
            finished_at=now,
            wake_at=None,
        )
        return "step:completed", {"node_id": node_id, "output": change.value, "attempts": attempt}
    if change.kind == "retrying":
        row.update(error=dumps(change.value), attempts=attempt)
        if change.wake_at is None:
            return None, {}  # retried at once: the step stays running
        row.update(status="waiting", wake_at=change.wake_at)
        data = {"node_id": node_id, "wake_at": isoformat(change.wake_at), "attempt": attempt}
        return "step:waiting", data
    if change.kind == "failed":
        row.update(status="failed", error=dumps(change.value), attempts=attempt, finished_at=now)
        return "step:failed", {**change.value, "attempts": attempt}
    row.update(status="skipped", finished_at=now)
    return "step:skipped", {"node_id": node_id}


def _pending_signals(run_id: str, names) -> list[Signal]:
    names = sorted(names)
    sql = _PENDING_SIGNALS.format(names=", ".join("?" * len(names)))
    rows = db.execute_sql(prebuilt(sql), (run_id, *names)).fetchall()
    return [
        Signal(
            id=row[0],
            name=row[1],
            payload=json.loads(row[2]),
            received_at=isoformat(_datetime(row[3])),
        )
        for row in rows
    ]


def _load(run_id: str) -> tuple[Run, dict, list[StepRun]] | None:
    """Read the claimed run, its workflow's definition and its steps (two statements)."""
    found = db.execute_sql(prebuilt(_LOAD_RUN), (run_id,)).fetchall()
    if not found:
        return None  # deleted with its workflow since the claim
    (
        workflow_id,
        customer_id,
        status,
        inputs,
        outputs,
        error,
        trigger,
        schedule_id,
        scheduled_for,
        started_at,
        finished_at,
        workflow_version,
        retry_of,
        concurrency_key,
        request_id,
        definition,
    ) = found[0]
    run = Run(
        id=run_id,
        workflow=workflow_id,
        customer_id=customer_id,
        status=status,
        inputs=inputs,
        outputs=outputs,
        error=error,
        trigger=trigger,
        schedule_id=schedule_id,
        scheduled_for=_datetime(scheduled_for),
        started_at=_datetime(started_at),
        finished_at=_datetime(finished_at),
        workflow_version=workflow_version,
        retry_of=retry_of,
        concurrency_key=concurrency_key,
        request_id=request_id,
    )
    steps = [
        StepRun(
            run=run_id,
            node_id=node_id,
            position=position,
            status=step_status,
            attempts=attempts,
            input=step_input,
            output=step_output,
            error=step_error,
            started_at=_datetime(step_started),
            finished_at=_datetime(step_finished),
            wake_at=_datetime(step_wake_at),
        )
        for (
            node_id,
            position,
            step_status,
            attempts,
            step_input,
            step_output,
            step_error,
            step_started,
            step_finished,
            step_wake_at,
        ) in db.execute_sql(prebuilt(_LOAD_STEPS), (run_id,)).fetchall()
    ]
    return run, json.loads(definition), steps


def _datetime(value):
    """Return a stored timestamp as a datetime (SQLite hands back text)."""
    return Run.started_at.python_value(value) if isinstance(value, str) else value


def _handler_logging_as(fields: dict):
    """Resolve handlers that log with the run's fields and their node_id, in any thread."""

    def resolve(node_type: str, action: str):
        handler = handler_for(node_type, action)

        def logged(context):
            with fields_bound(**fields, node_id=context.node_id):
                return handler(context)

        return logged

    return resolve


def claim_and_execute(*, run_id: str, config: Config) -> str:
    """Claim the run and execute it to its end; return the outcome (or 'not_claimed')."""
    with db.connection_context():
        claim = claim_run(run_id=run_id, now=utcnow(), lease_seconds=config.run_lease_seconds)
        if claim is None:
            return "not_claimed"  # a duplicate message, or another worker has it
        loaded = _load(run_id)
        if loaded is None:
            return "not_claimed"
        run, definition, steps = loaded
        # The stored request id: a message a worker sent (resume, recovery, promotion) has none.
        bind_fields(workflow_id=run.workflow_id, request_id=run.request_id)
        prior = {
            step.node_id: PriorStep(
                status=step.status,
                output=step.output_object,
                attempts=step.attempts,
                wake_at=step.wake_at,
                started_at=step.started_at,
                retrying=step.error is not None,  # a timer's wait has no error; a retry's has
            )
            for step in steps
        }
        cancelled = threading.Event()
        watcher = process_watcher(lease_seconds=config.run_lease_seconds)
        watcher.watch(claim, cancelled)
        try:
            executor = Executor(
                definition,
                run_id=run_id,
                inputs=run.inputs_object,
                settings=config.engine,
                store=DatabaseRunStore(
                    claim=claim, run=run, steps=steps, nodes=definition["nodes"]
                ),
                prior=prior,
                cancelled=cancelled,
                max_parallel=config.run_max_parallel_nodes,
                resolve_handler=_handler_logging_as(log_fields()),
            )
            outcome = executor.run()
        finally:
            watcher.forget(claim)
    if outcome.status == "waiting":
        log.info("run %s waits until %s without a worker", run_id, isoformat(outcome.wake_at))
    else:
        log.info("run %s ended: %s", run_id, outcome.status)
    return outcome.status
