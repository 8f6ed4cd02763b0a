"""Run routes without a worker: execute validation, idempotency, listing, termination."""

import pytest

from service.db import db
from service.events.models import RunEvent
from service.runs.models import Run, StepRun
from tests.factories import auth, definition, node, workflow_body

BASE = "/api/v2/workflows"
A = auth("tenant-a", "user-a")
B = auth("tenant-b", "user-b")
INPUTS_SCHEMA = {
    "type": "object",
    "properties": {
        "date_range": {"type": "string", "default": "LAST_WEEK"},
        "recipients": {"type": "array", "items": {"type": "string"}},
        "limit": {"type": "integer", "minimum": 1},
    },
    "required": ["recipients"],
}
RUN_KEYS = [
    "id",
    "workflow_id",
    "customer_id",
    "status",
    "inputs",
    "outputs",
    "error",
    "started_at",
    "finished_at",
    "trigger",
    "schedule_id",
    "scheduled_for",
]


@pytest.fixture
def workflow(client):
    body = workflow_body(
        definition=definition(
            node("first", config={"values": {"x": 1}}),
            node("second", input_from="first", config={"values": {"y": 2}}),
            inputs=INPUTS_SCHEMA,
        )
    )
    return client.post(BASE, json=body, headers=A).json["workflow"]


def execute(client, workflow, inputs=None, headers=A, **extra_headers):
    body = {} if inputs is None else {"inputs": inputs}
    return client.post(
        f"{BASE}/{workflow['id']}/execute", json=body, headers={**headers, **extra_headers}
    )


def test_execute_stores_a_running_run_with_defaults_and_pending_steps(client, workflow):
    response = execute(client, workflow, {"recipients": ["ceo@company.com"]})
    assert response.status_code == 201
    run = response.json["run"]
    assert list(run)[: len(RUN_KEYS)] == RUN_KEYS
    assert run["status"] == "running"
    assert run["inputs"] == {"recipients": ["ceo@company.com"], "date_range": "LAST_WEEK"}
    assert run["outputs"] is None and run["error"] is None and run["finished_at"] is None
    assert run["trigger"] == "manual" and run["schedule_id"] is None
    assert [(s["node_id"], s["status"]) for s in run["steps"]] == [
        ("first", "pending"),
        ("second", "pending"),
    ]
    with db.connection_context():
        assert RunEvent.select().where(RunEvent.run_id == run["id"]).count() == 1
        assert RunEvent.get(RunEvent.run_id == run["id"]).event == "execution:started"


@pytest.mark.parametrize(
    "inputs, field",
    [
        ({}, "recipients"),
        ({"recipients": "ceo"}, "recipients"),
        ({"recipients": [], "limit": 0}, "limit"),
        ({"recipients": [], "date_range": 5}, "date_range"),
    ],
)
def test_execute_rejects_inputs_that_break_the_schema(client, workflow, inputs, field):
    response = execute(client, workflow, inputs)
    assert response.status_code == 400
    assert response.json["error"]["code"] == "invalid_inputs"
    assert field in {e["field"] for e in response.json["error"]["details"]["errors"]}
    assert client.get(f"{BASE}/{workflow['id']}/runs", headers=A).json["total"] == 0


@pytest.mark.parametrize("body", [{"inputs": []}, {"inputs": "x"}, {"other": 1}, []])
def test_execute_rejects_bad_bodies(client, workflow, body):
    response = client.post(f"{BASE}/{workflow['id']}/execute", json=body, headers=A)
    assert response.status_code == 400


def test_archived_workflow_cannot_be_executed(client, workflow):
    client.patch(f"{BASE}/{workflow['id']}", json={"status": "archived"}, headers=A)
    response = execute(client, workflow, {"recipients": []})
    assert response.status_code == 400
    assert response.json["error"]["code"] == "workflow_archived"


def test_idempotency_key_returns_the_first_run(client, workflow):
    first = execute(client, workflow, {"recipients": []}, **{"Idempotency-Key": "k-1"})
    again = execute(client, workflow, {"recipients": []}, **{"Idempotency-Key": "k-1"})
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json["run"]["id"] == first.json["run"]["id"]
    other = execute(client, workflow, {"recipients": []}, **{"Idempotency-Key": "k-2"})
    assert other.json["run"]["id"] != first.json["run"]["id"]
    assert client.get(f"{BASE}/{workflow['id']}/runs", headers=A).json["total"] == 2
    reused = execute(client, workflow, {"recipients": ["x"]}, **{"Idempotency-Key": "k-1"})
    assert reused.status_code == 409
    assert reused.json["error"]["code"] == "idempotency_key_reused"


def test_idempotency_key_expires_after_24_hours(client, workflow):
    first = execute(client, workflow, {"recipients": []}, **{"Idempotency-Key": "old"})
    with db.connection_context():
        from datetime import datetime

        from service.runs.models import IdempotencyKey

        IdempotencyKey.update(expires_at=datetime(2000, 1, 1)).execute()
    later = execute(client, workflow, {"recipients": []}, **{"Idempotency-Key": "old"})
    assert later.json["run"]["id"] != first.json["run"]["id"]


def test_list_and_get_runs(client, workflow):
    ids = [execute(client, workflow, {"recipients": [str(i)]}).json["run"]["id"] for i in range(3)]
    listing = client.get(f"{BASE}/{workflow['id']}/runs?limit=2", headers=A).json
    assert listing["count"] == 2 and listing["total"] == 3
    assert [r["id"] for r in listing["runs"]] == [ids[2], ids[1]]
    assert "steps" not in listing["runs"][0]
    one = client.get(f"{BASE}/{workflow['id']}/runs/{ids[0]}", headers=A).json["run"]
    assert one["id"] == ids[0] and len(one["steps"]) == 2
    assert (
        client.get(f"{BASE}/{workflow['id']}/runs?status=completed", headers=A).json["total"] == 0
    )
    for query in ("status=done", "limit=0", "offset=-2"):
        assert client.get(f"{BASE}/{workflow['id']}/runs?{query}", headers=A).status_code == 400


def test_terminate_marks_run_and_steps_then_refuses_again(client, workflow):
    run = execute(client, workflow, {"recipients": []}).json["run"]
    url = f"{BASE}/{workflow['id']}/runs/{run['id']}"
    response = client.delete(url, headers=A)
    assert response.status_code == 200
    assert response.json == {"success": True, "message": "Workflow run terminated successfully"}
    got = client.get(url, headers=A).json["run"]
    assert got["status"] == "terminated" and got["finished_at"] is not None
    assert {s["status"] for s in got["steps"]} == {"terminated"}
    again = client.delete(url, headers=A)
    assert again.status_code == 400
    assert again.json["error"]["code"] == "run_not_running"


def test_unknown_or_foreign_runs_are_404(client, workflow):
    run = execute(client, workflow, {"recipients": []}).json["run"]
    other = client.post(BASE, json=workflow_body(name="other"), headers=A).json["workflow"]
    wrong_parent = f"{BASE}/{other['id']}/runs/{run['id']}"
    assert client.get(wrong_parent, headers=A).status_code == 404
    missing = f"{BASE}/{workflow['id']}/runs/00000000-0000-4000-8000-000000000000"
    assert client.get(missing, headers=A).status_code == 404
    assert client.delete(missing, headers=A).status_code == 404
    assert client.get(f"{BASE}/{workflow['id']}/runs/nope", headers=A).status_code == 404


def test_tenant_isolation_on_every_run_route(client, workflow):
    run = execute(client, workflow, {"recipients": []}).json["run"]
    url = f"{BASE}/{workflow['id']}/runs/{run['id']}"
    assert execute(client, workflow, {"recipients": []}, headers=B).status_code == 404
    assert client.get(f"{BASE}/{workflow['id']}/runs", headers=B).status_code == 404
    assert client.get(url, headers=B).status_code == 404
    assert client.delete(url, headers=B).status_code == 404
    assert client.get(url, headers=A).json["run"]["status"] == "running"


def test_deleting_a_workflow_removes_its_runs_steps_and_events(client, workflow):
    from service.runs.purge import Batches, purge_deleted_workflows

    run = execute(client, workflow, {"recipients": []}).json["run"]
    assert client.delete(f"{BASE}/{workflow['id']}", headers=A).status_code == 200
    # Hidden at once; the worker's purge removes the rows.
    assert client.get(f"{BASE}/{workflow['id']}/runs/{run['id']}", headers=A).status_code == 404
    assert purge_deleted_workflows(batches=Batches(pause_s=0)) == 1
    with db.connection_context():
        assert Run.select().where(Run.id == run["id"]).count() == 0
        assert StepRun.select().where(StepRun.run == run["id"]).count() == 0
        assert RunEvent.select().where(RunEvent.workflow_id == workflow["id"]).count() == 0
