"""The run documents the hot routes send as they are are exactly what their schemas would dump."""

import json

from service.runs import schemas
from service.runs.models import Run, StepRun
from tests.factories import auth, definition, node, workflow_body

BASE = "/api/v2/workflows"
A = auth("tenant-a", "user-a")


def make_runs(client):
    body = workflow_body(
        definition=definition(
            node("first", config={"values": {"x": 1}}),
            node("second", input_from="first", config={"values": {"y": 2}}),
        )
    )
    workflow = client.post(BASE, json=body, headers=A).json["workflow"]
    executed = [
        client.post(f"{BASE}/{workflow['id']}/execute", json={"inputs": {"n": n}}, headers=A)
        for n in range(3)
    ]
    failed, completed = executed[0].json["run"]["id"], executed[1].json["run"]["id"]
    error = {"node_id": "second", "code": "action_error", "message": "boom"}
    Run.update(status="failed", error=json.dumps(error)).where(Run.id == failed).execute()
    StepRun.update(status="failed", error=json.dumps(error), attempts=2).where(
        (StepRun.run == failed) & (StepRun.node_id == "second")
    ).execute()
    Run.update(status="completed", outputs='{"y": 2, "big": [1, {"a": null}]}').where(
        Run.id == completed
    ).execute()
    StepRun.update(status="completed", input='{"x": 1}', output='{"y": 2}').where(
        StepRun.run == completed
    ).execute()
    return workflow["id"], executed


def test_execute_detail_and_list_bodies_are_their_schemas_dump(client):
    workflow_id, executed = make_runs(client)
    envelope = schemas.RunEnvelopeSchema()
    for response in executed:
        assert response.status_code == 201
        assert envelope.dump(response.json) == response.json
    for response in executed:
        run_id = response.json["run"]["id"]
        detail = client.get(f"{BASE}/{workflow_id}/runs/{run_id}", headers=A)
        assert detail.status_code == 200
        assert envelope.dump(detail.json) == detail.json
        assert list(detail.json) == ["success", "run"]
    listed = client.get(f"{BASE}/{workflow_id}/runs?limit=2&status=running", headers=A)
    page = client.get(f"{BASE}/{workflow_id}/runs?limit=2", headers=A)
    following = client.get(
        f"{BASE}/{workflow_id}/runs?limit=2&cursor={page.json['next_cursor']}", headers=A
    )
    for response in (listed, page, following):
        assert response.status_code == 200
        assert schemas.RunListSchema().dump(response.json) == response.json
    assert page.json["count"] == 2 and following.json["count"] == 1
