"""POST /:id/runs/:runId/retry without a worker: who may be retried, and what the new run holds."""

import pytest

from service.db import db
from service.runs.models import Run, StepRun
from tests.factories import auth, definition, node, workflow_body

BASE = "/api/v2/workflows"
A = auth("tenant-a", "user-a")
B = auth("tenant-b", "user-b")


@pytest.fixture
def run(client):
    body = workflow_body(
        definition=definition(
            node("one", config={"values": {"n": 1}}),
            node("two", input_from="one", config={"values": {"n": 2}}),
            node("three", input_from="two", config={"values": {"n": 3}}),
            inputs={"type": "object", "properties": {"who": {"type": "string"}}},
        )
    )
    workflow = client.post(BASE, json=body, headers=A).json["workflow"]
    url = f"{BASE}/{workflow['id']}/execute"
    return client.post(url, json={"inputs": {"who": "ada"}}, headers=A).json["run"]


def finish(run, status, completed=("one",)):
    """Give the run an end as a worker would have (no worker runs in these tests)."""
    with db.connection_context():
        Run.update(status=status).where(Run.id == run["id"]).execute()
        for node_id in completed:
            StepRun.update(status="completed", attempts=1, output='{"n": 1}', input="{}").where(
                (StepRun.run == run["id"]) & (StepRun.node_id == node_id)
            ).execute()
        StepRun.update(status="failed", attempts=1).where(
            (StepRun.run == run["id"]) & (StepRun.node_id == "two")
        ).execute()


def retry(client, run, headers=A):
    return client.post(f"{BASE}/{run['workflow_id']}/runs/{run['id']}/retry", headers=headers)


@pytest.mark.parametrize("status", ["failed", "terminated"])
def test_a_failed_or_terminated_run_is_retried_keeping_its_completed_steps(client, run, status):
    finish(run, status)

    response = retry(client, run)

    assert response.status_code == 201, response.json
    new = response.json["run"]
    assert new["id"] != run["id"] and new["status"] == "running"
    assert (new["trigger"], new["retry_of"]) == ("retry", run["id"])
    assert new["inputs"] == {"who": "ada"} and new["workflow_version"] == run["workflow_version"]
    steps = {step["node_id"]: step for step in new["steps"]}
    assert (steps["one"]["status"], steps["one"]["attempts"]) == ("completed", 0)
    assert steps["one"]["output"] == {"n": 1}
    assert steps["two"]["status"] == steps["three"]["status"] == "pending"
    listed = client.get(f"{BASE}/{run['workflow_id']}/runs", headers=A).json["runs"]
    assert {item["id"] for item in listed} == {run["id"], new["id"]}


@pytest.mark.parametrize("status", ["running", "completed"])
def test_a_running_or_completed_run_is_not_retryable(client, run, status):
    finish(run, status, completed=())

    response = retry(client, run)

    assert response.status_code == 400 and response.json["error"]["code"] == "run_not_retryable"
    assert len(client.get(f"{BASE}/{run['workflow_id']}/runs", headers=A).json["runs"]) == 1


def test_another_tenants_run_is_not_found_and_nothing_starts(client, run):
    finish(run, "failed")

    response = retry(client, run, headers=B)

    assert response.status_code == 404
    assert len(client.get(f"{BASE}/{run['workflow_id']}/runs", headers=A).json["runs"]) == 1


def test_the_retry_runs_the_original_version_after_a_change(client, run):
    finish(run, "failed")
    changed = client.patch(
        f"{BASE}/{run['workflow_id']}",
        json={"definition": definition(node("only", config={"values": {}}))},
        headers=A,
    )
    assert changed.json["workflow"]["version"] == "1.0.1"

    new = retry(client, run).json["run"]

    assert new["workflow_version"] == "1.0.0"
    assert [step["node_id"] for step in new["steps"]] == ["one", "two", "three"]
