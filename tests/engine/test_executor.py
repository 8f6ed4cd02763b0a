"""The executor's semantics against an in-memory store: order, data flow, skips, retries."""

import threading
from datetime import datetime, timedelta

import pytest

from service.engine.changes import LeaseLost, PriorStep
from service.engine.executor import FOREVER, Executor
from service.engine.nodes.base import ActionError, Signal
from service.engine.registry import handler_for
from service.engine.settings import EngineSettings


class MemoryStore:
    """Keeps every StepChanges it is given; can be told to lose the lease."""

    def __init__(self, lose_after=None, signals=()):
        self.changes = []
        self.lose_after = lose_after
        self.signals = list(signals)

    def pending_signals(self, names):
        taken = {c.signal_id for change in self.changes for c in change.steps if c.signal_id}
        return [s for s in self.signals if s.name in names and s.id not in taken]

    def apply(self, changes):
        if self.lose_after is not None and len(self.changes) >= self.lose_after:
            raise LeaseLost("gone")
        self.changes.append(changes)

    def started(self):
        return [node for change in self.changes for node, _input, _attempt in change.started]

    def final(self):
        return next(change for change in self.changes if change.run_status)


def run(nodes, *, inputs=None, outputs=None, handlers=None, **kwargs):
    store = MemoryStore(kwargs.pop("lose_after", None), kwargs.pop("signals", ()))
    handlers = handlers or {}

    def resolve(node_type, action):
        return handlers.get(action) or handler_for(node_type, action)

    executor = Executor(
        {"nodes": nodes, "inputs": {}, "outputs": outputs or {}},
        run_id="run-1",
        inputs=inputs or {},
        settings=EngineSettings(default_timeout_s=kwargs.pop("timeout", 30)),
        store=store,
        resolve_handler=resolve,
        **kwargs,
    )
    return executor.run(), store


def setter(node_id, values, **fields):
    return {
        "id": node_id,
        "type": "transform",
        "action": "set",
        "config": {"values": values},
        **fields,
    }


def test_data_flows_through_inputs_templates_and_outputs():
    nodes = [
        setter("a", {"total": "{{ inputs.amount }}"}),
        setter("b", {"doubled": "{{ input.total }}", "run": "{{ run.id }}"}, input_from="a"),
        setter("c", {"from_a": "{{ steps.a.output.total }}"}, input_from="b"),
    ]
    outcome, store = run(nodes, inputs={"amount": 42})
    assert outcome.status == "completed"
    assert outcome.outputs == {"from_a": 42}
    assert store.started() == ["a", "b", "c"]
    completed = {n: out for ch in store.changes for n, out, _ in ch.completed}
    assert completed["b"] == {"doubled": 42, "run": "run-1"}


def test_several_parents_give_a_dict_input_and_several_leaves_a_dict_output():
    nodes = [
        setter("a", {"x": 1}),
        setter("b", {"y": 2}),
        {
            "id": "c",
            "type": "transform",
            "action": "pick",
            "input_from": ["a", "b"],
            "config": {"fields": ["a.x", "b.y"]},
        },
        setter("d", {"z": 3}, input_from="a"),
    ]
    outcome, store = run(nodes)
    assert outcome.status == "completed"
    assert set(outcome.outputs) == {"c", "d"}
    started_input = {node: value for ch in store.changes for node, value, _ in ch.started}
    assert started_input["c"] == {"a": {"x": 1}, "b": {"y": 2}}


def test_independent_branches_start_in_the_same_turn():
    nodes = [
        {"id": f"wait{i}", "type": "delay", "action": "wait", "config": {"seconds": 0}}
        for i in range(3)
    ]
    outcome, store = run(nodes)
    assert outcome.status == "completed"
    assert {node for node, _, _ in store.changes[0].started} == {"wait0", "wait1", "wait2"}


def test_a_chain_of_pure_nodes_is_recorded_in_one_turn_in_order():
    nodes = [setter("a", {"x": 1}), setter("b", {"y": 2}, input_from="a")]
    outcome, store = run(nodes)
    assert outcome.status == "completed"
    assert len(store.changes) == 1
    order = [(c.kind, c.node_id) for c in store.changes[0].steps]
    assert order == [("started", "a"), ("completed", "a"), ("started", "b"), ("completed", "b")]


def test_outputs_mapping_uses_from_templates():
    outputs = {"properties": {"answer": {"type": "integer", "from": "{{ steps.a.output.x }}"}}}
    outcome, _ = run([setter("a", {"x": 7})], outputs=outputs)
    assert outcome.outputs == {"answer": 7}


def test_false_condition_skips_everything_downstream():
    nodes = [
        setter("a", {"status": "failed"}),
        {
            "id": "check",
            "type": "condition",
            "action": "evaluate",
            "input_from": "a",
            "config": {"field": "$.status", "operator": "equals", "value": "success"},
        },
        setter("notify", {"sent": True}, input_from="check"),
        setter("after", {"x": 1}, input_from="notify"),
        setter("side", {"y": 1}, input_from="a"),
    ]
    outcome, store = run(nodes)
    assert outcome.status == "completed"
    skipped = [n for ch in store.changes for n in ch.skipped]
    assert sorted(skipped) == ["after", "notify"]
    assert "notify" not in store.started()


def test_retryable_failures_retry_then_succeed():
    calls = []

    def flaky(ctx):
        calls.append(ctx.node_id)
        if len(calls) < 3:
            raise ActionError("http_error", "HTTP 500")
        return {"ok": True}

    nodes = [
        {
            "id": "a",
            "type": "integration",
            "action": "http.request",
            "retry": {"max_attempts": 3, "backoff_s": 0},
        }
    ]
    outcome, store = run(nodes, handlers={"http.request": flaky})
    assert outcome.status == "completed"
    assert len(calls) == 3
    assert [a for ch in store.changes for _, _, a in ch.started] == [1, 2, 3]
    assert [a for ch in store.changes for _, _, a in ch.completed] == [3]


def test_final_failure_fails_the_run_with_node_code_and_message():
    def broken(ctx):
        raise ActionError("http_error", "HTTP 503 from peer")

    nodes = [
        {
            "id": "a",
            "type": "integration",
            "action": "http.request",
            "retry": {"max_attempts": 2, "backoff_s": 0},
        },
        setter("b", {}, input_from="a"),
    ]
    outcome, store = run(nodes, handlers={"http.request": broken})
    assert outcome.status == "failed"
    assert outcome.error == {"node_id": "a", "code": "http_error", "message": "HTTP 503 from peer"}
    assert store.final().run_status == "failed"
    assert "b" not in store.started()


def test_non_retryable_errors_do_not_retry():
    calls = []

    def refused(ctx):
        calls.append(1)
        raise ActionError("ssrf_blocked", "private address", retryable=False)

    nodes = [
        {
            "id": "a",
            "type": "integration",
            "action": "http.request",
            "retry": {"max_attempts": 5, "backoff_s": 0},
        }
    ]
    outcome, _ = run(nodes, handlers={"http.request": refused})
    assert outcome.status == "failed" and len(calls) == 1


def test_unexpected_exceptions_become_step_errors():
    def crashes(ctx):
        raise KeyError("boom")

    outcome, _ = run(
        [{"id": "a", "type": "integration", "action": "http.request"}],
        handlers={"http.request": crashes},
    )
    assert outcome.status == "failed" and outcome.error["node_id"] == "a"


def test_a_node_past_its_timeout_fails_with_timeout():
    release = threading.Event()

    def hangs(ctx):
        release.wait(5)
        return {}

    nodes = [{"id": "a", "type": "integration", "action": "http.request", "timeout_s": 0.2}]
    outcome, _ = run(nodes, handlers={"http.request": hangs})
    release.set()
    assert outcome.status == "failed" and outcome.error["code"] == "timeout"


def test_template_errors_fail_the_node_without_running_it():
    outcome, _ = run([setter("a", {"x": "{{ nonsense.x }}"})])
    assert outcome.status == "failed" and outcome.error["code"] == "template_error"


NOW = datetime(2026, 12, 1, 12, 0, 0)


def delay_node(node_id, seconds, **fields):
    return {
        "id": node_id,
        "type": "delay",
        "action": "wait",
        "config": {"seconds": seconds},
        **fields,
    }


def test_a_long_wait_parks_the_run_and_holds_nothing():
    nodes = [delay_node("wait", 60), setter("after", {}, input_from="wait")]
    outcome, store = run(nodes, clock=lambda: NOW)
    assert outcome.status == "waiting" and outcome.wake_at == NOW + timedelta(seconds=60)
    [change] = store.changes
    assert [(c.kind, c.node_id, c.wake_at) for c in change.steps] == [
        ("started", "wait", None),
        ("waiting", "wait", NOW + timedelta(seconds=60)),
    ]
    assert change.run_wake_at == NOW + timedelta(seconds=60) and change.run_status is None


def test_a_short_wait_stays_in_memory_and_completes():
    outcome, store = run([delay_node("wait", 0.05), setter("after", {"x": 1}, input_from="wait")])
    assert outcome.status == "completed" and outcome.outputs == {"x": 1}
    assert not any(change.run_wake_at for change in store.changes)
    waited = next(
        out for change in store.changes for node, out, _ in change.completed if node == "wait"
    )
    assert 0.04 <= waited["waited_s"] < 5


def test_cancel_stops_an_in_memory_wait_and_writes_nothing_more():
    cancelled = threading.Event()
    threading.Timer(0.05, cancelled.set).start()
    outcome, store = run([delay_node("wait", 0.2), setter("after", {})], cancelled=cancelled)
    assert outcome.status == "stopped"
    assert not any(ch.run_status for ch in store.changes)


def test_resuming_a_due_wait_completes_it_without_starting_it_again():
    prior = {
        "wait": PriorStep(
            status="waiting",
            attempts=1,
            wake_at=NOW - timedelta(seconds=1),
            started_at=NOW - timedelta(seconds=61),
        )
    }
    nodes = [delay_node("wait", 60), setter("after", {"x": 2}, input_from="wait")]
    outcome, store = run(nodes, prior=prior, clock=lambda: NOW)
    assert outcome.status == "completed" and outcome.outputs == {"x": 2}
    assert store.started() == ["after"]
    assert store.changes[0].completed[0] == ("wait", {"waited_s": 61.0}, 1)


def test_resuming_a_wait_that_is_not_due_parks_again_without_writing_steps():
    prior = {"wait": PriorStep(status="waiting", attempts=1, wake_at=NOW + timedelta(hours=1))}
    outcome, store = run([delay_node("wait", 3600)], prior=prior, clock=lambda: NOW)
    assert outcome.status == "waiting" and outcome.wake_at == NOW + timedelta(hours=1)
    assert [change.steps for change in store.changes] == [[]]


def test_retry_backoff_parks_the_run_and_resumes_with_the_next_attempt():
    def flaky(ctx):
        raise ActionError("http_error", "503")

    node = {
        "id": "call",
        "type": "integration",
        "action": "http.request",
        "config": {"url": "http://example.test"},
        "retry": {"max_attempts": 3, "backoff_s": 30},
    }
    outcome, store = run([node], handlers={"http.request": flaky}, clock=lambda: NOW)
    assert outcome.status == "waiting" and outcome.wake_at == NOW + timedelta(seconds=30)
    retrying = [c for change in store.changes for c in change.steps if c.kind == "retrying"]
    assert [(c.attempt, c.wake_at) for c in retrying] == [(1, NOW + timedelta(seconds=30))]

    later = NOW + timedelta(seconds=31)
    prior = {
        "call": PriorStep(status="waiting", attempts=1, wake_at=retrying[0].wake_at, retrying=True)
    }
    outcome, store = run(
        [node],
        handlers={"http.request": lambda ctx: {"ok": True}},
        prior=prior,
        clock=lambda: later,
    )
    assert outcome.status == "completed"
    assert store.changes[0].started == [("call", {}, 2)]


def test_resume_skips_completed_nodes_and_uses_their_outputs():
    prior = {
        "a": PriorStep(status="completed", output={"x": 5}, attempts=1),
        "b": PriorStep(status="running", attempts=1),
    }
    nodes = [setter("a", {"x": 1}), setter("b", {"y": "{{ input.x }}"}, input_from="a")]
    outcome, store = run(nodes, prior=prior)
    assert outcome.status == "completed"
    assert store.started() == ["b"]
    assert store.changes[0].started[0][2] == 2  # the interrupted attempt counts
    assert outcome.outputs == {"y": 5}


def echo_node(node_id, **fields):
    """A node that runs on its own thread (not inline), answered by the `echo` handler."""
    return {"id": node_id, "type": "integration", "action": "webhook.post", "config": {}, **fields}


ECHO = {"webhook.post": lambda ctx: {"echo": ctx.node_id}}


def test_lost_lease_stops_without_further_writes():
    nodes = [echo_node("a"), echo_node("b", input_from="a")]
    outcome, store = run(nodes, lose_after=1, handlers=ECHO)
    assert outcome.status == "stopped"
    assert len(store.changes) == 1


@pytest.mark.parametrize("limit", [1, 2])
def test_parallelism_is_bounded(limit):
    nodes = [echo_node(f"n{i}") for i in range(5)]
    outcome, store = run(nodes, max_parallel=limit, handlers=ECHO)
    assert outcome.status == "completed"
    assert max(len(ch.started) for ch in store.changes) <= limit


def signal_node(node_id, name, **fields):
    config = {"signal": name, **fields.pop("config", {})}
    return {"id": node_id, "type": "delay", "action": "wait_for_signal", "config": config, **fields}


def test_a_signal_wait_with_no_signal_parks_until_a_signal_wakes_it():
    outcome, store = run([signal_node("approve", "approval")], clock=lambda: NOW)
    assert outcome.status == "waiting" and outcome.wake_at == FOREVER
    [change] = store.changes
    assert [(c.kind, c.value) for c in change.steps] == [
        ("started", {}),
        ("waiting", {"signal": "approval"}),
    ]
    assert change.run_waits_for == ("approval",)


def test_buffered_signals_are_taken_oldest_first_per_name():
    signals = [
        Signal(1, "step", {"n": 1}, "2026-12-01T11:00:00.000Z"),
        Signal(2, "other", {"n": 9}, "2026-12-01T11:00:01.000Z"),
        Signal(3, "step", {"n": 2}, "2026-12-01T11:00:02.000Z"),
    ]
    nodes = [signal_node("a", "step"), signal_node("b", "step", input_from="a")]
    outcome, store = run(nodes, signals=signals, clock=lambda: NOW)
    assert outcome.status == "completed"
    taken = [
        (c.node_id, c.value["payload"], c.signal_id)
        for ch in store.changes
        for c in ch.steps
        if c.kind == "completed"
    ]
    assert taken == [("a", {"n": 1}, 1), ("b", {"n": 2}, 3)]


def test_a_signal_wait_times_out_with_signal_timeout_and_no_retry():
    prior = {"approve": PriorStep(status="waiting", attempts=1, wake_at=NOW - timedelta(seconds=1))}
    node = signal_node(
        "approve", "approval", config={"timeout_seconds": 60}, retry={"max_attempts": 3}
    )
    outcome, store = run([node], prior=prior, clock=lambda: NOW)
    assert outcome.status == "failed" and outcome.error["code"] == "signal_timeout"
    assert not [c for ch in store.changes for c in ch.steps if c.kind in ("retrying", "started")]
