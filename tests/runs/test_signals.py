"""POST /:id/runs/:runId/signals/:name without a worker: storage, refusals, isolation."""

import json

import pytest

from service.db import db
from service.runs.models import Run, RunSignal
from tests.factories import auth, definition, node, workflow_body

BASE = "/api/v2/workflows"
A = auth("tenant-a", "user-a")
B = auth("tenant-b", "user-b")


@pytest.fixture
def run(client):
    body = workflow_body(
        definition=definition(node("approve", "delay", "wait_for_signal", config={"signal": "ok"}))
    )
    workflow = client.post(BASE, json=body, headers=A).json["workflow"]
    started = client.post(f"{BASE}/{workflow['id']}/execute", json={}, headers=A).json["run"]
    return started


def signal_url(run, name="approval"):
    return f"{BASE}/{run['workflow_id']}/runs/{run['id']}/signals/{name}"


def stored(run_id):
    with db.connection_context():
        rows = RunSignal.select().where(RunSignal.run == run_id).order_by(RunSignal.id)
        return [(row.name, json.loads(row.payload), row.consumed_at) for row in rows]


def test_a_signal_is_accepted_and_stored_in_order(client, run):
    first = client.post(signal_url(run), json={"payload": {"by": "ada"}}, headers=A)
    second = client.post(signal_url(run, "approval"), headers=A)  # the body is optional
    third = client.post(signal_url(run, "docs.v2-final_1"), json={"payload": [1, 2]}, headers=A)

    for response in (first, second, third):
        assert response.status_code == 202, response.json
        assert response.json == {"success": True, "message": "Signal accepted"}
    assert stored(run["id"]) == [
        ("approval", {"by": "ada"}, None),
        ("approval", None, None),
        ("docs.v2-final_1", [1, 2], None),
    ]


def test_another_tenants_run_is_not_found_and_gets_nothing(client, run):
    response = client.post(signal_url(run), json={"payload": 1}, headers=B)

    assert response.status_code == 404 and response.json["error"]["code"] == "run_not_found"
    assert stored(run["id"]) == []


def test_an_unknown_run_or_workflow_is_not_found(client, run):
    unknown = "00000000-0000-4000-8000-000000000000"
    wrong_run = f"{BASE}/{run['workflow_id']}/runs/{unknown}/signals/x"
    wrong_workflow = f"{BASE}/{unknown}/runs/{run['id']}/signals/x"
    for url in (wrong_run, wrong_workflow, f"{BASE}/{run['workflow_id']}/runs/nope/signals/x"):
        assert client.post(url, headers=A).status_code == 404
    assert stored(run["id"]) == []


def test_a_finished_run_refuses_signals(client, run):
    assert (
        client.delete(f"{BASE}/{run['workflow_id']}/runs/{run['id']}", headers=A).status_code == 200
    )

    response = client.post(signal_url(run), headers=A)

    assert response.status_code == 400 and response.json["error"]["code"] == "run_not_running"
    assert stored(run["id"]) == []


@pytest.mark.parametrize("name", ["has space", "x" * 101, "semi;colon", "ümlaut"])
def test_a_bad_signal_name_is_a_400(client, run, name):
    response = client.post(signal_url(run, name), headers=A)

    assert response.status_code == 400, response.json
    assert response.json["success"] is False
    assert stored(run["id"]) == []


def test_a_payload_over_64_kib_is_refused_and_one_at_the_limit_accepted(client, run):
    too_big = client.post(signal_url(run), json={"payload": "x" * (64 * 1024)}, headers=A)
    at_limit = client.post(signal_url(run), json={"payload": "x" * (64 * 1024 - 2)}, headers=A)

    assert too_big.status_code == 413 and too_big.json["error"]["code"] == "payload_too_large"
    assert at_limit.status_code == 202
    assert len(stored(run["id"])) == 1


def test_unknown_body_fields_are_refused(client, run):
    response = client.post(signal_url(run), json={"payload": 1, "name": "other"}, headers=A)

    assert response.status_code == 400
    assert stored(run["id"]) == []


def test_a_signal_wakes_a_parked_run_and_leaves_others_alone(client, run):
    with db.connection_context():
        Run.update(wake_at="9999-12-31 00:00:00").where(Run.id == run["id"]).execute()

    assert client.post(signal_url(run), headers=A).status_code == 202

    with db.connection_context():
        row = Run.get_by_id(run["id"])
    assert row.wake_at is None and row.dispatched_at is not None


def test_the_route_is_in_the_openapi_spec(client):
    spec = client.get(f"{BASE}/openapi.json").json
    operation = spec["paths"]["/api/v2/workflows/{workflow_id}/runs/{run_id}/signals/{name}"][
        "post"
    ]

    assert set(operation["responses"]) >= {"202", "400", "401", "404", "413"}
