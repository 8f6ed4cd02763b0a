"""Storing new runs: one or many, with their pending steps and started (or queued) events.

Concurrency admission happens here, in the storing transaction; dispatch_created publishes the
events and enqueues the runs once that transaction has committed (the outbox).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from service.clock import utcnow
from service.db import db, is_postgres, new_id, prebuilt
from service.engine.concurrency import ConcurrencyGroup, concurrency_group
from service.engine.inputs import InputsInvalid, validate_inputs
from service.engine.templates import TemplateError
from service.errors import Invalid
from service.events.models import RunEvent
from service.events.store import new_event, publish_events, record_events
from service.observability.context import request_id_to_carry
from service.runs import concurrency
from service.runs.documents import dumps, run_document, run_summary, step_document
from service.runs.models import Run, StepRun
from service.runs.queue import prepare_publish_and_enqueue, publish_and_enqueue
from service.workflows.models import Workflow


def checked_inputs(workflow: Workflow, inputs: dict, *, definition: dict | None = None) -> dict:
    """Return the inputs with the schema's defaults filled in.

    `definition`: the workflow's definition when the caller already parsed it. Raises Invalid
    for an archived workflow or inputs that break its schema.
    """
    if workflow.status != "active":
        raise Invalid("Archived workflows cannot be executed.", code="workflow_archived")
    definition = workflow.definition_object if definition is None else definition
    try:
        return validate_inputs(definition.get("inputs"), inputs)
    except InputsInvalid as exc:
        raise Invalid(
            f"The inputs are invalid: {exc}", code="invalid_inputs", details={"errors": exc.errors}
        ) from None


@dataclass
class CreatedRun:
    """A run stored in the caller's transaction, waiting to be dispatched after commit."""

    run: Run
    events: list[RunEvent]
    document: dict | None = None  # the run as GET returns it, when create_run built it

    @property
    def queued(self) -> bool:
        """Tell whether the run waits for a slot of its group (it is not enqueued)."""
        return self.run.status == "queued"


# The run and its pending steps are written with prebuilt SQL: having peewee build the
# statements on every run was most of start_run's CPU (see bench/runs.py).
_INSERT_RUN = (
    "INSERT INTO workflow_runs (id, workflow_id, customer_id, status, inputs, trigger,"
    " schedule_id, scheduled_for, started_at, dispatched_at, workflow_version, retry_of,"
    " concurrency_key, concurrency_limit, request_id, attempt, recovery_count)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"
)
_STEP_ROW = "(?, ?, ?, ?, 'pending', 0)"
_INSERT_STEPS = "INSERT INTO step_runs (id, run_id, node_id, position, status, attempts) VALUES "
_STEPS_BATCH = 1000  # rows per INSERT, well under SQLite's bound-parameter limit
_INSERT_RUNS = (
    "INSERT INTO workflow_runs (id, workflow_id, customer_id, status, inputs, trigger,"
    " schedule_id, scheduled_for, started_at, dispatched_at, workflow_version,"
    " concurrency_key, concurrency_limit, request_id, attempt, recovery_count) VALUES "
)
_RUN_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"
_RUNS_BATCH = 1000  # 14 parameters a row: well under SQLite's 32,766


def create_run(
    *,
    workflow: Workflow,
    inputs: dict,
    trigger: str = "manual",
    schedule_id: str | None = None,
    scheduled_for=None,
    run_id: str | None = None,
    retry_of: str | None = None,
    copied_steps: dict | None = None,
    now=None,
) -> CreatedRun:
    """Store a running run with pending steps and its started event; call inside a transaction.

    Raises Invalid for an archived workflow or inputs that break its schema.
    """
    filled = checked_inputs(workflow, inputs)
    now = now or utcnow()
    group = _group_of(workflow.definition_object, filled)
    admitted = group is None or _admits(workflow.id, group)
    run = Run(
        id=run_id or new_id(),
        workflow=workflow.id,
        customer_id=workflow.customer_id,
        status="running" if admitted else "queued",
        inputs=dumps(filled),
        trigger=trigger,
        schedule_id=schedule_id,
        scheduled_for=scheduled_for,
        started_at=now,
        dispatched_at=now,
        workflow_version=workflow.version,
        retry_of=retry_of,
        concurrency_key=group.key if group else None,
        concurrency_limit=group.limit if group else None,
    )
    # Everything is built before the first write: a write holds SQLite's one writer turn
    # (service/sqlite_writers.py) until commit, so only the statements run inside it.
    steps = _pending_steps(run.id, workflow.definition_object["nodes"])
    copied = _take_copied(steps, copied_steps or {})
    document = run_document(run, steps)
    event = new_event(
        customer_id=run.customer_id,
        workflow_id=workflow.id,
        run_id=run.id,
        name="execution:started" if admitted else "execution:queued",
        data=document,
        now=now,
    )
    db.execute_sql(
        prebuilt(_INSERT_RUN),
        (
            run.id,
            workflow.id,
            run.customer_id,
            run.status,
            run.inputs,
            trigger,
            schedule_id,
            scheduled_for,
            now,
            now,
            workflow.version,
            retry_of,
            run.concurrency_key,
            run.concurrency_limit,
            request_id_to_carry(),
        ),
    )
    _insert_steps(run.id, steps)
    _copy_steps(run.id, copied)
    record_events([event])
    return CreatedRun(run=run, events=[event], document=document)


@dataclass
class NewRun:
    """A run for create_runs to store; `inputs` already passed checked_inputs."""

    workflow: Workflow
    inputs: dict
    trigger: str = "manual"
    schedule_id: str | None = None
    scheduled_for: datetime | None = None
    held: bool = False  # stored queued until its schedule's live run ends (buffer_one)


def create_runs(new_runs: list[NewRun], *, now=None) -> list[CreatedRun]:
    """Store many running runs, their pending steps and started events; call in a transaction.

    What create_run does for one run, in a few multi-row statements: the runs, then the steps,
    then the events (ids in order). The inputs are stored as given: check them first with
    checked_inputs. Returns the runs in the order given.
    """
    if not new_runs:
        return []
    now = now or utcnow()
    request_id = request_id_to_carry()  # a backfill's API call; none for the schedule clock
    admission = _BatchAdmission()
    # Per workflow, once: its nodes, its pending steps as the run document shows them (a
    # pending step's document does not depend on its run or its id), and its parsed definition
    # when it sets a concurrency limit (parsing it per run was most of a burst's CPU).
    pending_of: dict[str, tuple[list[str], list[dict], dict | None]] = {}
    runs, run_params, step_params, events = [], [], [], []
    for item in new_runs:
        workflow = item.workflow
        pending = pending_of.get(workflow.id)
        if pending is None:
            definition = workflow.definition_object
            nodes = [node["id"] for node in definition["nodes"]]
            documents = [
                step_document(StepRun(node_id=node_id, position=position, status="pending"))
                for position, node_id in enumerate(nodes)
            ]
            limited = definition if "concurrency" in definition else None
            pending = pending_of[workflow.id] = (nodes, documents, limited)
        node_ids, step_documents, limited = pending
        group = None if item.held or limited is None else _group_of(limited, item.inputs)
        admitted = not item.held and (group is None or admission.admit(workflow.id, group))
        run = Run(
            id=new_id(),
            workflow=workflow.id,
            customer_id=workflow.customer_id,
            status="running" if admitted else "queued",
            inputs=dumps(item.inputs),
            trigger=item.trigger,
            schedule_id=item.schedule_id,
            scheduled_for=item.scheduled_for,
            started_at=now,
            dispatched_at=now,
            workflow_version=workflow.version,
            concurrency_key=group.key if group else None,
            concurrency_limit=group.limit if group else None,
        )
        run_params.append(
            (
                run.id,
                workflow.id,
                run.customer_id,
                run.status,
                run.inputs,
                item.trigger,
                item.schedule_id,
                item.scheduled_for,
                now,
                now,
                workflow.version,
                run.concurrency_key,
                run.concurrency_limit,
                request_id,
            )
        )
        step_params += [
            (new_id(), run.id, node_id, position) for position, node_id in enumerate(node_ids)
        ]
        runs.append(run)
        events.append(
            new_event(
                customer_id=run.customer_id,
                workflow_id=workflow.id,
                run_id=run.id,
                name="execution:started" if admitted else "execution:queued",
                data={**run_summary(run), "steps": step_documents},
                now=now,
            )
        )
    _insert_rows(_INSERT_RUNS, _RUN_ROW, run_params, _RUNS_BATCH)
    _insert_rows(_INSERT_STEPS, _STEP_ROW, step_params, _STEPS_BATCH)
    record_events(events)
    return [CreatedRun(run=run, events=[event]) for run, event in zip(runs, events, strict=True)]


def write_transaction(workflow: Workflow):
    """Open the transaction that stores a run of the workflow.

    Under a concurrency limit it counts the group before it writes: on SQLite it must hold the
    write lock from the start (IMMEDIATE), or a concurrent writer would void its snapshot.
    """
    limited = "concurrency" in workflow.definition_object
    return db.atomic("IMMEDIATE") if limited and not is_postgres() else db.atomic()


def _group_of(definition: dict, inputs: dict) -> ConcurrencyGroup | None:
    try:
        return concurrency_group(definition, inputs)
    except TemplateError as exc:
        raise Invalid(
            f"The concurrency key cannot be made from these inputs: {exc}",
            code="invalid_inputs",
        ) from None


def _admits(workflow_id: str, group: ConcurrencyGroup) -> bool:
    """Tell whether a new run of the group may run now (call in the storing transaction)."""
    concurrency.lock_group(workflow_id, group.key)
    if concurrency.has_queued(workflow_id, group.key):
        return False  # first come, first served: behind those already waiting
    return concurrency.running_count(workflow_id, group.key) < group.limit


class _BatchAdmission:
    """Admit many runs in one transaction, counting the ones this batch already admitted."""

    def __init__(self):
        self.state: dict[tuple[str, str], list] = {}  # group -> [running, queued any]

    def admit(self, workflow_id: str, group: ConcurrencyGroup) -> bool:
        """Tell whether the next run of the group may run now, and count it."""
        state = self.state.get((workflow_id, group.key))
        if state is None:
            concurrency.lock_group(workflow_id, group.key)
            state = self.state[(workflow_id, group.key)] = [
                concurrency.running_count(workflow_id, group.key),
                concurrency.has_queued(workflow_id, group.key),
            ]
        if state[1] or state[0] >= group.limit:
            state[1] = True
            return False
        state[0] += 1
        return True


def _insert_rows(insert: str, row: str, rows: list[tuple], per_statement: int) -> None:
    """Insert the rows with one multi-row INSERT per `per_statement` of them."""
    for start in range(0, len(rows), per_statement):
        batch = rows[start : start + per_statement]
        params = [value for values in batch for value in values]
        db.execute_sql(prebuilt(insert + ", ".join([row] * len(batch))), params)


def dispatch_created(created: list[CreatedRun]) -> None:
    """Publish the runs' events and enqueue those not queued; call after their commit."""
    prepare_dispatch(created)()


def prepare_dispatch(created: list[CreatedRun]) -> Callable[[], None]:
    """Build dispatch_created's messages now; return what sends them (call it after commit)."""
    events = [event for item in created for event in item.events]
    run_ids = [item.run.id for item in created if not item.queued]
    if not run_ids:
        return lambda: publish_events(events)
    send = prepare_publish_and_enqueue(events=events, run_ids=run_ids)
    return lambda: _mark_undispatched(send())


def dispatch(*, events: list, run_ids: list[str]) -> None:
    """Publish committed events and enqueue committed running runs (the outbox's second half).

    A run the queue did not take is left for the reaper, which dispatches runs never handed to
    a worker at its next pass.
    """
    if not run_ids:
        publish_events(events)
        return
    _mark_undispatched(publish_and_enqueue(events=events, run_ids=run_ids))


def _mark_undispatched(failed: list[str]) -> None:
    if failed:
        Run.update(dispatched_at=None).where(Run.id.in_(failed)).execute()


_COPY_STEP = (
    "UPDATE step_runs SET status = 'completed', attempts = 0, input = ?, output = ?,"
    " started_at = ?, finished_at = ? WHERE run_id = ? AND node_id = ?"
)


def _take_copied(steps: list[StepRun], copied: dict[str, StepRun]) -> list[StepRun]:
    """Mark the steps a retried run completed as completed, with their data; return those."""
    taken = []
    for step in steps:
        source = copied.get(step.node_id)
        if source is None:
            continue  # not completed before, or not a node of this version
        step.status, step.attempts = "completed", 0
        step.input, step.output = source.input, source.output
        step.started_at, step.finished_at = source.started_at, source.finished_at
        taken.append(step)
    return taken


def _copy_steps(run_id: str, steps: list[StepRun]) -> None:
    """Store the copied steps' state over their pending rows."""
    sql = prebuilt(_COPY_STEP)
    for step in steps:
        db.execute_sql(
            sql, (step.input, step.output, step.started_at, step.finished_at, run_id, step.node_id)
        )


def _pending_steps(run_id: str, nodes: list[dict]) -> list[StepRun]:
    """Return one pending step per node, in definition order (not stored yet)."""
    return [
        StepRun(
            id=new_id(),
            run=run_id,
            node_id=node["id"],
            position=position,
            status="pending",
            attempts=0,
        )
        for position, node in enumerate(nodes)
    ]


def _insert_steps(run_id: str, steps: list[StepRun]) -> None:
    """Insert the pending steps, a batch per statement."""
    for start in range(0, len(steps), _STEPS_BATCH):
        batch = steps[start : start + _STEPS_BATCH]
        params = []
        for step in batch:
            params += (step.id, run_id, step.node_id, step.position)
        sql = _INSERT_STEPS + ", ".join([_STEP_ROW] * len(batch))
        db.execute_sql(prebuilt(sql), params)
