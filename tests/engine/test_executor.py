"""The executor's semantics against an in-memory store: order, data flow, skips, retries."""

import threading

import pytest

from service.engine.executor import Executor, LeaseLost, PriorStep
from service.engine.nodes.base import ActionError
from service.engine.registry import handler_for
from service.engine.settings import EngineSettings


class MemoryStore:
    """Keeps every StepChanges it is given; can be told to lose the lease."""

    def __init__(self, lose_after=None):
        self.changes = []
        self.lose_after = lose_after

    def apply(self, changes):
        if self.lose_after is not None and len(self.changes) >= self.lose_after:
            raise LeaseLost("gone")
        self.changes.append(changes)

    def started(self):
        return [node for change in self.changes for node, _input, _attempt in change.started]

    def final(self):
        return next(change for change in self.changes if change.run_status)


def run(nodes, *, inputs=None, outputs=None, handlers=None, **kwargs):
    store = MemoryStore(kwargs.pop("lose_after", None))
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


def test_cancel_stops_a_delay_and_writes_nothing_more():
    cancelled = threading.Event()
    nodes = [
        {"id": "wait", "type": "delay", "action": "wait", "config": {"seconds": 60}},
        setter("after", {}, input_from="wait"),
    ]
    threading.Timer(0.3, cancelled.set).start()
    outcome, store = run(nodes, cancelled=cancelled)
    assert outcome.status == "stopped"
    assert store.started() == ["wait"]
    assert not any(ch.run_status for ch in store.changes)


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


def test_lost_lease_stops_without_further_writes():
    wait = {"type": "delay", "action": "wait", "config": {"seconds": 0}}
    nodes = [{"id": "a", **wait}, {"id": "b", **wait, "input_from": "a"}]
    outcome, store = run(nodes, lose_after=1)
    assert outcome.status == "stopped"
    assert len(store.changes) == 1


@pytest.mark.parametrize("limit", [1, 2])
def test_parallelism_is_bounded(limit):
    nodes = [
        {"id": f"n{i}", "type": "delay", "action": "wait", "config": {"seconds": 0}}
        for i in range(5)
    ]
    outcome, store = run(nodes, max_parallel=limit)
    assert outcome.status == "completed"
    assert max(len(ch.started) for ch in store.changes) <= limit
