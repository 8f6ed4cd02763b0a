"""Signals with real consumers (CONTRACT §9): buffered, FIFO per name, timeouts, no thread held."""

import time

from tests.factories import auth, node
from tests.integration.conftest import BASE, RunsApi, steps_of
from tests.integration.test_waits import events_of, wait_parked


def approval(node_id="approve", input_from=None, **config):
    """Return a wait_for_signal node."""
    fields = {"input_from": input_from} if input_from else {}
    return node(node_id, "delay", "wait_for_signal", config=config, **fields)


def send(api, workflow_id, run_id, name, payload=None):
    """Send a signal; return the response."""
    url = f"{BASE}/{workflow_id}/runs/{run_id}/signals/{name}"
    return api.client.post(url, json={"payload": payload}, headers=api.headers)


def test_a_signal_after_the_run_parks_wakes_it_with_its_payload(api, start_consumer):
    start_consumer(workers=1)
    workflow_id = api.create_workflow(
        approval(signal="approval"),
        node("after", config={"values": {"by": "{{ input.payload.by }}"}}, input_from="approve"),
    )
    run_id = api.execute(workflow_id)["id"]
    wait_parked(run_id)
    waiting = api.get(workflow_id, run_id)
    assert steps_of(waiting)["approve"]["status"] == "waiting"
    assert events_of(run_id, "step:waiting") == [{"node_id": "approve", "signal": "approval"}]

    sent = time.monotonic()
    assert send(api, workflow_id, run_id, "approval", {"by": "ada"}).status_code == 202
    run = api.wait_finished(workflow_id, run_id, timeout=20)

    assert time.monotonic() - sent < 3
    assert run["status"] == "completed", run
    output = steps_of(run)["approve"]["output"]
    assert output["signal"] == "approval" and output["payload"] == {"by": "ada"}
    assert output["received_at"].endswith("Z")
    assert run["outputs"] == {"by": "ada"}


def test_a_signal_sent_before_the_node_is_buffered_until_it_gets_there(api, peer, start_consumer):
    start_consumer()
    workflow_id = api.create_workflow(
        node("slow", "integration", "http.request", config={"url": f"{peer.url}/slow?sleep=1.5"}),
        approval(signal="go", input_from="slow"),
    )
    run_id = api.execute(workflow_id)["id"]
    assert send(api, workflow_id, run_id, "go", "early").status_code == 202

    run = api.wait_finished(workflow_id, run_id, timeout=20)

    assert run["status"] == "completed", run
    assert steps_of(run)["approve"]["output"]["payload"] == "early"


def test_signals_of_one_name_are_taken_oldest_first(api, start_consumer):
    start_consumer()
    workflow_id = api.create_workflow(
        approval("first", signal="step"),
        approval("second", signal="step", input_from="first"),
        approval("third", signal="step", input_from="second"),
    )
    run_id = api.execute(workflow_id)["id"]
    for payload in (1, 2):
        assert send(api, workflow_id, run_id, "step", payload).status_code == 202
    assert send(api, workflow_id, run_id, "other", 99).status_code == 202
    wait_parked(run_id)  # two signals taken, waiting for a third
    assert send(api, workflow_id, run_id, "step", 3).status_code == 202

    run = api.wait_finished(workflow_id, run_id, timeout=20)

    assert run["status"] == "completed", run
    payloads = [steps_of(run)[name]["output"]["payload"] for name in ("first", "second", "third")]
    assert payloads == [1, 2, 3]


def test_a_signal_that_never_comes_times_out(api, start_consumer):
    start_consumer()
    workflow_id = api.create_workflow(
        approval(signal="approval", timeout_seconds=1),
        node("after", config={"values": {}}, input_from="approve"),
    )
    run_id = api.execute(workflow_id)["id"]

    run = api.wait_finished(workflow_id, run_id, timeout=20)

    assert run["status"] == "failed", run
    assert run["error"]["code"] == "signal_timeout" and run["error"]["node_id"] == "approve"
    assert steps_of(run)["approve"]["status"] == "failed"
    assert steps_of(run)["after"]["status"] == "skipped"


def test_a_signal_for_another_tenants_run_changes_nothing(api, client, start_consumer):
    start_consumer()
    workflow_id = api.create_workflow(approval(signal="approval", timeout_seconds=3))
    run_id = api.execute(workflow_id)["id"]
    intruder = RunsApi(client, auth("tenant-b", "user-b"))

    assert send(intruder, workflow_id, run_id, "approval").status_code == 404

    run = api.wait_finished(workflow_id, run_id, timeout=20)
    assert run["error"]["code"] == "signal_timeout"
