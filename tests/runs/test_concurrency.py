"""Concurrency limits without a worker: admission, the queued status, promotion, termination."""

import pytest

from service.db import db
from service.events.models import RunEvent
from tests.factories import auth, definition, node, workflow_body

BASE = "/api/v2/workflows"
A = auth("tenant-a", "user-a")


def make_workflow(client, concurrency):
    body = workflow_body(
        definition={**definition(node("only", config={"values": {}})), "concurrency": concurrency}
    )
    response = client.post(BASE, json=body, headers=A)
    assert response.status_code == 201, response.json
    return response.json["workflow"]["id"]


def execute(client, workflow_id, **inputs):
    response = client.post(f"{BASE}/{workflow_id}/execute", json={"inputs": inputs}, headers=A)
    assert response.status_code == 201, response.json
    return response.json["run"]


def status_of(client, workflow_id, run):
    return client.get(f"{BASE}/{workflow_id}/runs/{run['id']}", headers=A).json["run"]["status"]


def events_named(name):
    with db.connection_context():
        return [row.run_id for row in RunEvent.select().where(RunEvent.event == name)]


def test_a_run_over_the_limit_is_queued_and_starts_when_a_slot_frees(client):
    workflow_id = make_workflow(client, {"limit": 1})
    first, second, third = (execute(client, workflow_id) for _ in range(3))

    assert [first["status"], second["status"], third["status"]] == ["running", "queued", "queued"]
    assert events_named("execution:queued") == [second["id"], third["id"]]
    queued = client.get(f"{BASE}/{workflow_id}/runs?status=queued", headers=A).json
    assert {run["id"] for run in queued["runs"]} == {second["id"], third["id"]}

    assert client.delete(f"{BASE}/{workflow_id}/runs/{first['id']}", headers=A).status_code == 200

    assert status_of(client, workflow_id, second) == "running"  # the oldest goes first
    assert status_of(client, workflow_id, third) == "queued"
    assert events_named("execution:started")[-1] == second["id"]


def test_terminating_a_queued_run_frees_nothing_and_ends_it(client):
    workflow_id = make_workflow(client, {"limit": 1})
    first, second, third = (execute(client, workflow_id) for _ in range(3))

    response = client.delete(f"{BASE}/{workflow_id}/runs/{second['id']}", headers=A)

    assert response.status_code == 200 and response.json["success"] is True
    assert status_of(client, workflow_id, second) == "terminated"
    assert status_of(client, workflow_id, first) == "running"
    assert status_of(client, workflow_id, third) == "queued"


def test_each_key_has_its_own_slots(client):
    workflow_id = make_workflow(client, {"limit": 2, "key": "{{ inputs.account }}"})
    acme = [execute(client, workflow_id, account="acme")["status"] for _ in range(3)]
    globex = [execute(client, workflow_id, account="globex")["status"] for _ in range(2)]

    assert acme == ["running", "running", "queued"]
    assert globex == ["running", "running"]


@pytest.mark.parametrize(
    "concurrency",
    [
        {"limit": 0},
        {"limit": 1001},
        {"limit": "1"},
        {"key": "x"},
        {"limit": 1, "key": ""},
        {"limit": 1, "key": "{{ steps.a.output }}"},
        {"limit": 1, "group": "x"},
        [1],
    ],
)
def test_a_bad_concurrency_is_refused_at_create(client, concurrency):
    body = workflow_body(
        definition={**definition(node("only", config={"values": {}})), "concurrency": concurrency}
    )
    response = client.post(BASE, json=body, headers=A)

    assert response.status_code == 400 and response.json["error"]["code"] == "invalid_definition"


def test_a_signal_to_a_queued_run_is_kept_for_it(client):
    workflow_id = make_workflow(client, {"limit": 1})
    execute(client, workflow_id)
    queued = execute(client, workflow_id)

    url = f"{BASE}/{workflow_id}/runs/{queued['id']}/signals/go"
    assert client.post(url, headers=A).status_code == 202


def test_a_run_held_by_its_schedule_still_obeys_the_concurrency_limit(client):
    from service.clock import utcnow
    from service.runs import concurrency
    from service.runs.models import Run

    workflow_id = make_workflow(client, {"limit": 1})
    first = execute(client, workflow_id)  # holds the workflow's only slot
    schedule = client.post(
        f"{BASE}/{workflow_id}/schedules",
        json={"cron_expression": "* * * * *", "overlap_policy": "buffer_one"},
        headers=A,
    ).json["schedule"]
    with db.connection_context():
        ended = Run.create(
            workflow=workflow_id,
            customer_id="tenant-a",
            status="completed",
            inputs="{}",
            trigger="schedule",
            schedule_id=schedule["id"],
            started_at=utcnow(),
        )
        held = Run.create(
            workflow=workflow_id,
            customer_id="tenant-a",
            status="queued",
            inputs="{}",
            trigger="schedule",
            schedule_id=schedule["id"],
            started_at=utcnow(),
        )
        with db.atomic():
            started, _events = concurrency.promote_after(ended, now=utcnow())
        row = Run.get_by_id(held.id)

    assert started == []  # the limit is full: it joins the group's queue instead
    assert (row.status, row.concurrency_key, row.concurrency_limit) == ("queued", "", 1)
    assert client.delete(f"{BASE}/{workflow_id}/runs/{first['id']}", headers=A).status_code == 200
    assert status_of(client, workflow_id, {"id": held.id}) == "running"


def test_a_run_held_by_its_schedule_starts_when_the_limit_has_room(client):
    from service.clock import utcnow
    from service.runs import concurrency
    from service.runs.models import Run

    workflow_id = make_workflow(client, {"limit": 1})
    schedule = client.post(
        f"{BASE}/{workflow_id}/schedules",
        json={"cron_expression": "* * * * *", "overlap_policy": "buffer_one"},
        headers=A,
    ).json["schedule"]
    with db.connection_context():
        fields = {
            "workflow": workflow_id,
            "customer_id": "tenant-a",
            "inputs": "{}",
            "trigger": "schedule",
            "schedule_id": schedule["id"],
            "started_at": utcnow(),
        }
        ended = Run.create(status="completed", **fields)
        held = Run.create(status="queued", **fields)
        with db.atomic():
            started, events = concurrency.promote_after(ended, now=utcnow())
        row = Run.get_by_id(held.id)

    assert started == [held.id] and [event.event for event in events] == ["execution:started"]
    assert (row.status, row.concurrency_key) == ("running", "")
