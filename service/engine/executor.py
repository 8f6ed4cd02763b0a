"""Run a workflow's nodes in dependency order, independent branches concurrently (no Flask).

One coordinator thread owns all persistence: each turn of its loop gathers what happened
(finished nodes, retries due, newly ready nodes) into one StepChanges and hands it to the store
in one transaction, *then* starts the nodes it just recorded as started. So "started" is durable
before a node's side effect begins, and a completed node is durable before anything downstream
sees it; a recovery resumes after the last committed node and never repeats a completed one.

Waits hold no thread (CONTRACT §9): a node whose handler returns WaitUntil or WaitForSignal,
and a retry's backoff, wait on the wall clock or for a signal the store holds. A short wait is
kept in memory; when nothing else is in flight and the next due time is further off than
PARK_AFTER_S, the turn commits the waits with the run's wake_at and the executor returns
`waiting`, giving its worker back until the timer pass (or a signal) wakes the run, which
resumes from the committed steps.
"""

import queue
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from service.engine.changes import (
    ExecutionStore,
    LeaseLost,
    Outcome,
    PriorStep,
    StepChanges,
)
from service.engine.dag import build_graph
from service.engine.nodes.base import ActionContext, ActionError, WaitForSignal, WaitUntil
from service.engine.registry import handler_for, node_type
from service.engine.settings import EngineSettings
from service.engine.templates import TemplateError, resolve_templates

MAX_BACKOFF_S = 300.0
POLL_S = 0.25
# A wait longer than this, with nothing else in flight, is committed and the worker let go.
PARK_AFTER_S = 0.25
# The wake_at of a run parked only on signals without a timeout: a signal wakes it, not a clock.
FOREVER = datetime(9999, 12, 31)


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class _Wait:
    """A node waiting in memory: until wake_at (None: no timeout), or for a signal."""

    wake_at: datetime | None
    started: datetime
    signal: str | None = None


@dataclass
class _Attempt:
    node_id: str
    attempt: int
    context: ActionContext
    deadline: float | None
    thread: threading.Thread | None = None


class Executor:
    """Execute one run's definition against a store, resuming from prior steps."""

    def __init__(
        self,
        definition: dict,
        *,
        run_id: str,
        inputs: dict,
        settings: EngineSettings,
        store: ExecutionStore,
        prior: dict[str, PriorStep] | None = None,
        cancelled: threading.Event | None = None,
        max_parallel: int = 4,
        resolve_handler=handler_for,
        clock=_utcnow,
    ):
        self.nodes = {node["id"]: node for node in definition["nodes"]}
        self.outputs_schema = definition.get("outputs") or {}
        self.graph, _cyclic = build_graph(definition["nodes"])
        self.run_id = run_id
        self.inputs = inputs
        self.settings = settings
        self.store = store
        self.cancelled = cancelled or threading.Event()
        self.max_parallel = max_parallel
        self.resolve_handler = resolve_handler
        self.clock = clock
        self.done: dict[str, str] = {}  # node -> completed | skipped
        self.results: dict[str, Any] = {}
        self.attempts: dict[str, int] = {}
        self.running: dict[str, _Attempt] = {}
        self.retry_at: dict[str, datetime] = {}  # node -> when its next attempt may start
        self.waits: dict[str, _Wait] = {}
        self.resumed_waits: dict[str, PriorStep] = {}  # waiting before; re-entered when ready
        for node_id, step in (prior or {}).items():
            self.attempts[node_id] = step.attempts
            if step.status in ("completed", "skipped"):
                self.done[node_id] = step.status
                self.results[node_id] = step.output
            elif step.status == "waiting" and step.retrying:
                self.retry_at[node_id] = step.wake_at or self.clock()
            elif step.status == "waiting":
                self.resumed_waits[node_id] = step
        self.finished: queue.Queue = queue.Queue()
        self.wakeup = threading.Event()  # set when a node finishes, so the loop turns at once
        self.failure: dict | None = None
        # A gate completed before (a retry's copied steps) still skips what is below it.
        self.inherited_skips = [
            node_id
            for gate, status in list(self.done.items())
            if status == "completed" and self._closed(gate)
            for node_id in self.graph.descendants(gate)
            if node_id not in self.done
        ]
        for node_id in self.inherited_skips:
            self.done[node_id] = "skipped"
            self.results[node_id] = None

    # ---- the coordinator loop -------------------------------------------------------------

    def run(self) -> Outcome:
        """Drive the run to its end; return how it ended."""
        try:
            while True:
                if self.cancelled.is_set():
                    return self._stop()
                changes = StepChanges()
                while self.inherited_skips:
                    changes.add("skipped", self.inherited_skips.pop(0))
                self._collect_finished(changes)
                self._fire_timers(changes)
                launches = self._start_ready(changes) if self.failure is None else []
                self._take_signals(changes)  # after: a wait entered this turn may have one
                outcome = self._maybe_finish(changes)
                if outcome is None and not launches:
                    outcome = self._maybe_park(changes)
                if changes:
                    self.store.apply(changes)
                if outcome is not None:
                    return outcome
                for attempt in launches:
                    self._launch(attempt)
                self._wait()
        except LeaseLost:
            return self._stop()

    def _stop(self) -> Outcome:
        for attempt in self.running.values():
            attempt.context.cancelled.set()
        return Outcome(status="stopped")

    def _wait(self):
        timeout = POLL_S
        wall = self.clock()
        for due in self._due_times():
            timeout = min(timeout, max(0.0, (due - wall).total_seconds()))
        now = time.monotonic()
        for attempt in self.running.values():
            if attempt.deadline is not None:
                timeout = min(timeout, max(0.0, attempt.deadline - now))
        self.wakeup.wait(timeout)
        self.wakeup.clear()

    # ---- finishing nodes ------------------------------------------------------------------

    def _collect_finished(self, changes: StepChanges):
        while True:
            try:
                node_id, attempt_no, ok, value = self.finished.get_nowait()
            except queue.Empty:
                break
            current = self.running.get(node_id)
            if current is None or current.attempt != attempt_no:
                continue  # a timed-out attempt that ended late: its result is void
            del self.running[node_id]
            if ok:
                self._complete_or_wait(current, value, changes)
            else:
                self._fail_attempt(node_id, value, attempt_no, changes)
        now = time.monotonic()
        for node_id, attempt in list(self.running.items()):
            if attempt.deadline is not None and now >= attempt.deadline:
                attempt.context.cancelled.set()
                del self.running[node_id]
                timeout = self._timeout_of(self.nodes[node_id])
                error = ActionError("timeout", f"Node timed out after {timeout:g} s.")
                self._fail_attempt(node_id, error, attempt.attempt, changes)

    def _complete_or_wait(self, attempt: "_Attempt", value: Any, changes: StepChanges):
        """Complete the node, or start its wait when its handler asked for one."""
        node_id, started = attempt.node_id, attempt.context.now
        if isinstance(value, WaitForSignal):
            self.waits[node_id] = _Wait(value.timeout_at, started, value.signal)
            changes.add(
                "waiting",
                node_id,
                {"signal": value.signal},
                attempt.attempt,
                wake_at=value.timeout_at,
            )
        elif not isinstance(value, WaitUntil):
            self._complete(node_id, value, attempt.attempt, changes)
        elif value.wake_at <= self.clock():
            self._complete(node_id, _waited(started, self.clock()), attempt.attempt, changes)
        else:
            self.waits[node_id] = _Wait(value.wake_at, started)
            changes.add("waiting", node_id, attempt=attempt.attempt, wake_at=value.wake_at)

    def _resume_wait(self, node_id: str, changes: StepChanges):
        """Wait again as a previous attempt of the run recorded (nothing new is written)."""
        step = self.resumed_waits.pop(node_id)
        node = self.nodes[node_id]
        try:
            config = resolve_templates(
                node.get("config") or {}, self._scope(self._node_input(node_id))
            )
            context = ActionContext(
                run_id=self.run_id,
                node_id=node_id,
                config=config,
                input=self._node_input(node_id),
                settings=self.settings,
                now=self.clock(),
            )
            value = self.resolve_handler(node["type"], node["action"])(context)
        except Exception as exc:  # a template or config that no longer resolves fails the node
            self._fail_attempt(node_id, exc, step.attempts, changes)
            return
        started = step.started_at or self.clock()
        signal = value.signal if isinstance(value, WaitForSignal) else None
        self.waits[node_id] = _Wait(step.wake_at, started, signal)

    def _take_signals(self, changes: StepChanges):
        """Complete the signal waits whose signal has arrived, oldest signal first per name."""
        waiting = {node: wait for node, wait in self.waits.items() if wait.signal}
        if not waiting or self.failure is not None:
            return
        taken: set[int] = set()
        pending = self.store.pending_signals({wait.signal for wait in waiting.values()})
        for node_id in self.graph.order:
            if node_id not in waiting:
                continue
            signal = next(
                (s for s in pending if s.name == waiting[node_id].signal and s.id not in taken),
                None,
            )
            if signal is None:
                continue
            taken.add(signal.id)
            del self.waits[node_id]
            output = {
                "signal": signal.name,
                "payload": signal.payload,
                "received_at": signal.received_at,
            }
            self.done[node_id] = "completed"
            self.results[node_id] = output
            changes.add(
                "completed", node_id, output, self.attempts.get(node_id, 1), signal_id=signal.id
            )

    def _fire_timers(self, changes: StepChanges):
        """End the waits whose time has come: a delay completes, a signal wait times out."""
        now = self.clock()
        for node_id, wait in list(self.waits.items()):
            if wait.wake_at is None or wait.wake_at > now or self.failure is not None:
                continue
            del self.waits[node_id]
            attempts = self.attempts.get(node_id, 1)
            if wait.signal is None:
                self._complete(node_id, _waited(wait.started, now), attempts, changes)
                continue
            message = f"No signal {wait.signal!r} arrived before the timeout."
            error = ActionError("signal_timeout", message, retryable=False)
            self._fail_attempt(node_id, error, attempts, changes)

    def _due_times(self) -> list[datetime]:
        """Return when each retry and each timed wait is due."""
        timed = [wait.wake_at for wait in self.waits.values() if wait.wake_at is not None]
        return [*self.retry_at.values(), *timed]

    def _complete(self, node_id: str, output: Any, attempts: int, changes: StepChanges):
        self.done[node_id] = "completed"
        self.results[node_id] = output
        changes.add("completed", node_id, output, attempts)
        if self._closed(node_id):
            for skipped in self.graph.descendants(node_id):
                if skipped not in self.done:
                    self.done[skipped] = "skipped"
                    self.results[skipped] = None
                    changes.add("skipped", skipped)

    def _closed(self, node_id: str) -> bool:
        """Tell whether a completed node is a gate whose false result skips what is below it."""
        output = self.results.get(node_id)
        gate = node_type(self.nodes[node_id]["type"]).gates_downstream
        return gate and isinstance(output, dict) and not output.get("result")

    def _fail_attempt(self, node_id: str, error: Exception, attempt: int, changes: StepChanges):
        code = getattr(error, "code", "action_error")
        message = getattr(error, "message", None) or str(error) or error.__class__.__name__
        detail = {"node_id": node_id, "code": code, "message": message}
        retry = self.nodes[node_id].get("retry") or {}
        max_attempts = retry.get("max_attempts", 1)
        retryable = getattr(error, "retryable", True)
        if retryable and attempt < max_attempts and self.failure is None:
            backoff = min(float(retry.get("backoff_s", 0)) * (2 ** (attempt - 1)), MAX_BACKOFF_S)
            due = self.clock() + timedelta(seconds=backoff)
            self.retry_at[node_id] = due
            changes.add("retrying", node_id, detail, attempt, wake_at=due if backoff else None)
            return
        changes.add("failed", node_id, detail, attempt)
        if self.failure is None:
            self.failure = detail
            for other in self.running.values():  # stop the other branches promptly
                other.context.cancelled.set()

    # ---- starting nodes -------------------------------------------------------------------

    def _start_ready(self, changes: StepChanges) -> list[_Attempt]:
        launches: list[_Attempt] = []
        progressed = True
        while progressed and self.failure is None:
            progressed = False
            now = self.clock()
            for node_id in self.graph.order:
                if len(self.running) >= self.max_parallel:
                    break
                if node_id in self.done or node_id in self.running or node_id in self.waits:
                    continue
                if node_id in self.retry_at and self.retry_at[node_id] > now:
                    continue
                parents = self.graph.parents[node_id]
                if not all(self.done.get(parent) == "completed" for parent in parents):
                    continue
                if node_id in self.resumed_waits:
                    self._resume_wait(node_id, changes)
                    progressed = True
                    continue
                self.retry_at.pop(node_id, None)
                attempt = self._prepare(node_id, changes)
                if attempt is None:
                    progressed = True
                elif node_type(self.nodes[node_id]["type"]).inline:
                    self._run_inline(attempt, changes)
                    progressed = True  # what it unblocked may run in this same turn
                else:
                    launches.append(attempt)
                if self.failure is not None:
                    break
        return launches

    def _run_inline(self, attempt: _Attempt, changes: StepChanges):
        """Run a pure node on the coordinator: no thread, and its start and end share a turn."""
        node = self.nodes[attempt.node_id]
        handler = self.resolve_handler(node["type"], node["action"])
        del self.running[attempt.node_id]
        try:
            output = handler(attempt.context)
        except Exception as exc:  # any failure of an action is a step error, never a crash
            self._fail_attempt(attempt.node_id, exc, attempt.attempt, changes)
            return
        self._complete_or_wait(attempt, output, changes)

    def _node_input(self, node_id: str) -> Any:
        parents = self.graph.parents[node_id]
        if not parents:
            return self.inputs
        if len(parents) == 1:
            return self.results[parents[0]]
        return {parent: self.results[parent] for parent in parents}

    def _scope(self, node_input: Any) -> dict:
        steps = {
            node_id: {"output": self.results[node_id]}
            for node_id, status in self.done.items()
            if status == "completed"
        }
        run = {"id": self.run_id}
        return {"inputs": self.inputs, "input": node_input, "steps": steps, "run": run}

    def _timeout_of(self, node: dict) -> float | None:
        if "timeout_s" in node:
            return float(node["timeout_s"])
        if not node_type(node["type"]).default_timeout:
            return None
        return self.settings.default_timeout_s

    def _prepare(self, node_id: str, changes: StepChanges) -> _Attempt | None:
        node = self.nodes[node_id]
        node_input = self._node_input(node_id)
        attempt_no = self.attempts.get(node_id, 0) + 1
        self.attempts[node_id] = attempt_no
        changes.add("started", node_id, node_input, attempt_no)
        try:
            config = resolve_templates(node.get("config") or {}, self._scope(node_input))
        except TemplateError as exc:
            error = ActionError("template_error", str(exc), retryable=False)
            self._fail_attempt(node_id, error, attempt_no, changes)
            return None
        timeout = self._timeout_of(node)
        context = ActionContext(
            run_id=self.run_id,
            node_id=node_id,
            config=config,
            input=node_input,
            settings=self.settings,
            timeout_s=timeout or self.settings.default_timeout_s,
            cancelled=threading.Event(),
            now=self.clock(),
        )
        deadline = time.monotonic() + timeout if timeout is not None else None
        attempt = _Attempt(node_id, attempt_no, context, deadline)
        self.running[node_id] = attempt
        return attempt

    def _launch(self, attempt: _Attempt):
        node = self.nodes[attempt.node_id]
        handler = self.resolve_handler(node["type"], node["action"])

        def work():
            try:
                value = handler(attempt.context)
                self.finished.put((attempt.node_id, attempt.attempt, True, value))
            except Exception as exc:  # any failure of an action is a step error, never a crash
                self.finished.put((attempt.node_id, attempt.attempt, False, exc))
            self.wakeup.set()

        # A thread per attempt (not a pool): a timed-out attempt may keep its thread busy,
        # and it must not take capacity from the nodes that follow.
        attempt.thread = threading.Thread(target=work, name=f"node-{attempt.node_id}", daemon=True)
        attempt.thread.start()

    # ---- ending the run -------------------------------------------------------------------

    def _maybe_park(self, changes: StepChanges) -> Outcome | None:
        """Commit the waits and let the worker go when only a far-off wait is left."""
        if self.running or self.failure is not None or not (self.waits or self.retry_at):
            return None
        due = min(self._due_times(), default=FOREVER)
        if (due - self.clock()).total_seconds() <= PARK_AFTER_S:
            return None
        changes.run_wake_at = due
        changes.run_waits_for = tuple(sorted({w.signal for w in self.waits.values() if w.signal}))
        return Outcome(status="waiting", wake_at=due)

    def _maybe_finish(self, changes: StepChanges) -> Outcome | None:
        if self.running or ((self.retry_at or self.waits) and self.failure is None):
            return None
        if self.failure is not None:
            changes.run_status, changes.run_error = "failed", self.failure
            return Outcome(status="failed", error=self.failure)
        if len(self.done) < len(self.nodes):
            return None
        try:
            outputs = self._run_outputs()
        except TemplateError as exc:
            error = {"node_id": None, "code": "output_template_error", "message": str(exc)}
            changes.run_status, changes.run_error = "failed", error
            return Outcome(status="failed", error=error)
        changes.run_status, changes.run_outputs = "completed", outputs
        return Outcome(status="completed", outputs=outputs)

    def _run_outputs(self) -> Any:
        properties = self.outputs_schema.get("properties") or {}
        mapped = {
            name: spec["from"]
            for name, spec in properties.items()
            if isinstance(spec, dict) and isinstance(spec.get("from"), str)
        }
        if mapped:
            return resolve_templates(mapped, self._scope(None), path="outputs")
        leaves = self.graph.leaves()
        if len(leaves) == 1:
            return self.results.get(leaves[0])
        return {leaf: self.results.get(leaf) for leaf in leaves}


def _waited(started: datetime, now: datetime) -> dict:
    """Return a delay's output: how long it waited."""
    return {"waited_s": round(max(0.0, (now - started).total_seconds()), 3)}
