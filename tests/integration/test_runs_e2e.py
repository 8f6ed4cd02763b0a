"""Runs executed end to end by a real consumer: data flow, skips, retries, outputs, termination,
parallel branches, two consumers at once, and tenant isolation on every run route."""

import time

import pytest

from tests.factories import auth, node
from tests.integration.conftest import BASE, RunsApi, run_row, steps_of

SALES = {
    "region": "EU",
    "orders": [
        {"id": 1, "customer": "Ada", "amount": 120},
        {"id": 2, "customer": "Grace", "amount": 80},
        {"id": 3, "customer": "Linus", "amount": 50},
    ],
}


@pytest.fixture(autouse=True)
def _consumer(shared_consumer):
    """Every test here runs against the module's consumer."""
    return shared_consumer


def http_node(node_id, url, **fields):
    """Return an http.request node."""
    return node(node_id, "integration", "http.request", config={"url": url}, **fields)


def test_data_flows_from_http_through_transform_to_agent(api, peer):
    peer.respond("/data/sales", SALES)
    workflow_id = api.create_workflow(
        http_node("fetch", f"{peer.url}/data/sales"),
        node(
            "shape",
            config={
                "values": {
                    "records": "{{ steps.fetch.output.body.orders }}",
                    "region": "{{ steps.fetch.output.body.region }}",
                    "title": "Sales for {{ inputs.who }} in {{ steps.fetch.output.body.region }}",
                    "run": "{{ run.id }}",
                }
            },
            input_from="fetch",
        ),
        node("summary", "agent", "summarize", input_from="shape"),
    )
    started = api.execute(workflow_id, {"who": "ops"})
    assert started["status"] == "running"

    run = api.wait_finished(workflow_id, started["id"])

    assert run["status"] == "completed", run
    steps = steps_of(run)
    assert [step["node_id"] for step in run["steps"]] == ["fetch", "shape", "summary"]
    assert {step["status"] for step in run["steps"]} == {"completed"}
    assert all(step["attempts"] == 1 for step in run["steps"])
    assert steps["fetch"]["input"] == {"who": "ops"}
    assert steps["fetch"]["output"]["status"] == 200
    assert steps["fetch"]["output"]["body"] == SALES
    assert steps["shape"]["input"] == steps["fetch"]["output"]
    assert steps["shape"]["output"] == {
        "records": SALES["orders"],
        "region": "EU",
        "title": "Sales for ops in EU",
        "run": run["id"],
    }
    assert steps["summary"]["input"] == steps["shape"]["output"]
    stats = steps["summary"]["output"]["stats"]
    assert stats["count"] == 3
    assert stats["fields"]["amount"]["sum"] == 250
    assert "250" in steps["summary"]["output"]["summary"]
    assert run["outputs"] == steps["summary"]["output"]
    assert run["error"] is None
    assert run["finished_at"] is not None
    assert peer.count("/data/sales") == 1


def test_false_condition_skips_everything_downstream(api, peer):
    path = f"/skip/{time.monotonic_ns()}"
    workflow_id = api.create_workflow(
        node(
            "check",
            "condition",
            "evaluate",
            config={"field": "$.status", "operator": "equals", "value": "ok"},
        ),
        node("notify", config={"values": {"sent": True}}, input_from="check"),
        http_node("call", f"{peer.url}{path}", input_from="notify"),
        node("aside", config={"values": {"independent": True}}),
    )
    run = api.wait_finished(workflow_id, api.execute(workflow_id, {"status": "bad"})["id"])

    assert run["status"] == "completed", run
    steps = steps_of(run)
    assert steps["check"]["status"] == "completed"
    assert steps["check"]["output"] == {"status": "bad", "result": False}
    assert steps["notify"]["status"] == "skipped"
    assert steps["call"]["status"] == "skipped"
    assert steps["notify"]["attempts"] == steps["call"]["attempts"] == 0
    assert steps["aside"]["status"] == "completed"
    assert peer.count(path) == 0


def test_retries_until_the_peer_answers(api, peer):
    workflow_id = api.create_workflow(
        http_node(
            "flaky",
            f"{peer.url}/flaky/{{{{ run.id }}}}?fail_first=2",
            retry={"max_attempts": 3, "backoff_s": 0.1},
        )
    )
    run = api.wait_finished(workflow_id, api.execute(workflow_id)["id"])

    assert run["status"] == "completed", run
    step = steps_of(run)["flaky"]
    assert step["attempts"] == 3
    assert step["error"] is None
    assert step["output"]["body"] == {"path": f"/flaky/{run['id']}", "hit": 3}
    assert peer.count(f"/flaky/{run['id']}") == 3


def test_a_node_that_always_fails_fails_the_run(api, peer):
    workflow_id = api.create_workflow(
        http_node(
            "broken",
            f"{peer.url}/broken/{{{{ run.id }}}}?fail_first=1000",
            retry={"max_attempts": 2, "backoff_s": 0.1},
        ),
        node("after", config={"values": {"never": True}}, input_from="broken"),
    )
    run = api.wait_finished(workflow_id, api.execute(workflow_id)["id"])

    assert run["status"] == "failed", run
    assert set(run["error"]) == {"node_id", "code", "message"}
    assert run["error"]["node_id"] == "broken"
    assert run["error"]["code"] == "http_error"
    assert "500" in run["error"]["message"]
    steps = steps_of(run)
    assert steps["broken"]["status"] == "failed"
    assert steps["broken"]["attempts"] == 2
    assert steps["broken"]["error"]["code"] == "http_error"
    assert steps["after"]["status"] == "skipped"
    assert run["outputs"] is None
    assert peer.count(f"/broken/{run['id']}") == 2


def test_outputs_mapping_fills_run_outputs(api):
    workflow_id = api.create_workflow(
        node("calc", config={"values": {"total": 42, "items": ["a", "b"]}}),
        node("label", config={"values": {"text": "done"}}, input_from="calc"),
        outputs={
            "type": "object",
            "properties": {
                "total": {"type": "number", "from": "{{ steps.calc.output.total }}"},
                "greeting": {"type": "string", "from": "Hello {{ inputs.name }}"},
                "first": {"from": "{{ steps.calc.output.items[0] }}"},
                "unmapped": {"type": "string"},
            },
        },
    )
    run = api.wait_finished(workflow_id, api.execute(workflow_id, {"name": "Ada"})["id"])

    assert run["status"] == "completed", run
    assert run["outputs"] == {"total": 42, "greeting": "Hello Ada", "first": "a"}


def test_terminating_a_busy_node_stops_the_worker(api, peer, shared_consumer):
    path = f"/after-busy/{time.monotonic_ns()}"
    workflow_id = api.create_workflow(
        http_node("pause", f"{peer.url}/busy?sleep=20", timeout_s=60),  # in the worker's hands
        http_node("after", f"{peer.url}{path}", input_from="pause"),
    )
    run_id = api.execute(workflow_id)["id"]
    api.wait_step(workflow_id, run_id, "pause", "running")

    response = api.terminate(workflow_id, run_id)

    assert response.status_code == 200, response.json
    assert response.json["success"] is True
    run = api.get(workflow_id, run_id)
    assert run["status"] == "terminated"
    assert run["finished_at"] is not None
    # The consumer notices within a second and lets the run go: it logs the run as stopped.
    deadline = time.monotonic() + 10
    while f"run {run_id} ended: stopped" not in shared_consumer.log():
        assert time.monotonic() < deadline, shared_consumer.log()
        time.sleep(0.1)
    time.sleep(0.5)  # room for any write it should not make
    after = api.get(workflow_id, run_id)
    assert after["status"] == "terminated"
    assert after["finished_at"] == run["finished_at"]
    assert steps_of(after)["pause"]["status"] == "terminated"
    assert steps_of(after)["after"]["status"] == "terminated"
    assert steps_of(after)["after"]["attempts"] == 0
    assert peer.count(path) == 0

    again = api.terminate(workflow_id, run_id)
    assert again.status_code == 400
    assert again.json["error"]["code"] == "run_not_running"


def test_parallel_branches_overlap(api, peer):
    workflow_id = api.create_workflow(
        http_node("left", f"{peer.url}/par/{{{{ run.id }}}}/left?sleep=1"),
        http_node("right", f"{peer.url}/par/{{{{ run.id }}}}/right?sleep=1"),
        node("join", config={"values": {"joined": True}}, input_from=["left", "right"]),
    )
    run = api.wait_finished(workflow_id, api.execute(workflow_id)["id"])

    assert run["status"] == "completed", run
    [(left_start, left_end)] = peer.intervals(f"/par/{run['id']}/left")
    [(right_start, right_end)] = peer.intervals(f"/par/{run['id']}/right")
    assert left_start < right_end and right_start < left_end, "the branches ran one after another"
    join = steps_of(run)["join"]
    assert set(join["input"]) == {"left", "right"}


def test_two_consumers_execute_each_run_once(api, peer, start_consumer, shared_consumer):
    second = start_consumer()
    workflow_id = api.create_workflow(
        http_node("one", f"{peer.url}/pair/{{{{ run.id }}}}/one"),
        http_node("two", f"{peer.url}/pair/{{{{ run.id }}}}/two", input_from="one"),
    )
    run_ids = [api.execute(workflow_id)["id"] for _ in range(30)]

    runs = [api.wait_finished(workflow_id, run_id) for run_id in run_ids]

    assert [run["status"] for run in runs] == ["completed"] * 30
    for run_id in run_ids:
        assert peer.count(f"/pair/{run_id}/one") == 1
        assert peer.count(f"/pair/{run_id}/two") == 1
        assert run_row(run_id).attempt == 1  # claimed once, by one consumer
    logs = shared_consumer.log() + second.log()
    assert all(logs.count(f"run {run_id} ended: completed") == 1 for run_id in run_ids)
    assert "ended: completed" in second.log(), "the second consumer took no run"


def test_tenant_isolation_on_every_run_route(client):
    owner = RunsApi(client, auth("tenant-a", "user-a"))
    other = RunsApi(client, auth("tenant-b", "user-b"))
    workflow_id = owner.create_workflow(node("only", config={"values": {"x": 1}}))
    run_id = owner.execute(workflow_id)["id"]
    other_workflow = other.create_workflow(node("mine", config={"values": {"y": 2}}))
    other_run = other.execute(other_workflow)["id"]
    b = other.headers

    attempts = [
        client.post(f"{BASE}/{workflow_id}/execute", json={"inputs": {}}, headers=b),
        client.get(f"{BASE}/{workflow_id}/runs", headers=b),
        client.get(f"{BASE}/{workflow_id}/runs/{run_id}", headers=b),
        client.delete(f"{BASE}/{workflow_id}/runs/{run_id}", headers=b),
        # A's run under B's own workflow is not found either.
        client.get(f"{BASE}/{other_workflow}/runs/{run_id}", headers=b),
        client.delete(f"{BASE}/{other_workflow}/runs/{run_id}", headers=b),
    ]

    for response in attempts:
        assert response.status_code == 404, response.json
        assert response.json["success"] is False
    listed = client.get(f"{BASE}/{other_workflow}/runs", headers=b).json
    assert [run["id"] for run in listed["runs"]] == [other_run]
    assert listed["total"] == 1
    owner_list = client.get(f"{BASE}/{workflow_id}/runs", headers=owner.headers).json
    assert [run["id"] for run in owner_list["runs"]] == [run_id]
    # B's attempts changed nothing: A's run still completes, and B started no run on it.
    assert owner.wait_finished(workflow_id, run_id)["status"] == "completed"


def test_a_pure_node_failing_fails_its_step_and_the_run(api):
    # An invalid regex passes the create validator but fails when the condition runs inline:
    # the step's start and its failure are recorded in the same turn.
    bad_condition = {"field": "$.ok", "operator": "matches", "value": "(unclosed"}
    workflow_id = api.create_workflow(
        node("first", config={"values": {"ok": "yes"}}),
        node("bad", "condition", "evaluate", config=bad_condition, input_from="first"),
        node("after", config={"values": {"never": True}}, input_from="bad"),
    )
    run = api.wait_finished(workflow_id, api.execute(workflow_id)["id"])

    assert run["status"] == "failed", run
    assert run["error"]["node_id"] == "bad"
    assert run["error"]["code"] == "invalid_condition"
    steps = steps_of(run)
    assert steps["after"]["status"] == "skipped"
    assert steps["bad"]["attempts"] == 1
    assert steps["bad"]["error"]["code"] == "invalid_condition"
    # The failure must win over the start recorded in the same turn.
    assert steps["bad"]["status"] == "failed", steps["bad"]
    assert steps["bad"]["finished_at"] is not None
