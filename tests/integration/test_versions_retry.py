"""Versions and retries with real consumers (CONTRACT §10): a run executes its own version."""

import time

from tests.factories import node
from tests.integration.conftest import BASE, run_row, steps_of
from tests.integration.test_waits import wait_parked


def http_node(node_id, url, **fields):
    """Return an http.request node."""
    return node(node_id, "integration", "http.request", config={"url": url}, **fields)


def test_a_run_recovered_after_a_patch_executes_the_version_it_started_with(api, start_consumer):
    first = start_consumer()
    workflow_id = api.create_workflow(
        node("wait", "delay", "wait", config={"seconds": 4}),
        node("after", config={"values": {"v": "old"}}, input_from="wait"),
    )
    run_id = api.execute(workflow_id)["id"]
    wait_parked(run_id)
    first.kill()
    changed = api.client.patch(
        f"{BASE}/{workflow_id}",
        json={
            "definition": {
                "nodes": [node("first", config={"values": {"v": "new"}})],
                "inputs": {},
                "outputs": {},
            }
        },
        headers=api.headers,
    )
    assert changed.json["workflow"]["version"] == "1.0.1"
    start_consumer()

    run = api.wait_finished(workflow_id, run_id, timeout=30)

    assert run["status"] == "completed", run
    assert run["outputs"] == {"v": "old"} and run["workflow_version"] == "1.0.0"
    assert {step["node_id"]: step["status"] for step in run["steps"]} == {
        "wait": "completed",
        "after": "completed",
    }
    fresh = api.wait_finished(workflow_id, api.execute(workflow_id)["id"], timeout=30)
    assert fresh["outputs"] == {"v": "new"} and fresh["workflow_version"] == "1.0.1"


def test_retrying_a_failed_run_reruns_only_what_did_not_complete(api, peer, start_consumer):
    start_consumer()
    prefix = f"/retry-{time.monotonic_ns()}"
    workflow_id = api.create_workflow(
        http_node("one", f"{peer.url}{prefix}/one"),
        http_node("two", f"{peer.url}{prefix}/two?fail_first=1", input_from="one"),
        http_node("three", f"{peer.url}{prefix}/three", input_from="two"),
    )
    failed = api.wait_finished(workflow_id, api.execute(workflow_id)["id"])
    assert failed["status"] == "failed" and failed["error"]["node_id"] == "two"
    assert peer.count(f"{prefix}/three") == 0

    response = api.client.post(
        f"{BASE}/{workflow_id}/runs/{failed['id']}/retry", headers=api.headers
    )
    assert response.status_code == 201, response.json
    retried = api.wait_finished(workflow_id, response.json["run"]["id"])

    assert retried["status"] == "completed", retried
    assert (retried["trigger"], retried["retry_of"]) == ("retry", failed["id"])
    assert peer.count(f"{prefix}/one") == 1  # kept, never called again
    assert peer.count(f"{prefix}/two") == 2 and peer.count(f"{prefix}/three") == 1
    steps = steps_of(retried)
    assert (steps["one"]["status"], steps["one"]["attempts"]) == ("completed", 0)
    assert steps["one"]["output"] == steps_of(failed)["one"]["output"]
    assert steps["two"]["attempts"] == 1 and steps["three"]["status"] == "completed"
    assert run_row(retried["id"]).retry_of == failed["id"]


def test_a_retry_keeps_a_false_conditions_skips(api, peer, start_consumer):
    start_consumer()
    prefix = f"/gate-{time.monotonic_ns()}"
    workflow_id = api.create_workflow(
        node("facts", config={"values": {"status": "down"}}),
        node(
            "gate",
            "condition",
            "check_status",
            config={"field": "$.status", "operator": "equals", "value": "up"},
            input_from="facts",
        ),
        http_node("skipped", f"{peer.url}{prefix}/skipped", input_from="gate"),
        http_node("boom", f"{peer.url}{prefix}/boom?fail_first=1", input_from="facts"),
    )
    failed = api.wait_finished(workflow_id, api.execute(workflow_id)["id"])
    assert failed["status"] == "failed"

    response = api.client.post(
        f"{BASE}/{workflow_id}/runs/{failed['id']}/retry", headers=api.headers
    )
    retried = api.wait_finished(workflow_id, response.json["run"]["id"])

    assert retried["status"] == "completed", retried
    assert steps_of(retried)["skipped"]["status"] == "skipped"
    assert peer.count(f"{prefix}/skipped") == 0
