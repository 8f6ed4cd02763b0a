"""A real consumer fires a `* * * * *` schedule on the minute (waits up to a minute)."""

import time
from datetime import datetime, timedelta

from service.db import db
from service.runs.models import Run
from tests.factories import auth, node
from tests.integration.conftest import BASE, RunsApi

A = auth("tenant-a", "user-a")
# Creating a schedule this close to the minute could race the consumer's first pass.
MIN_LEAD_S = 3.0


def parse(timestamp: str) -> datetime:
    return datetime.strptime(timestamp, "%Y-%m-%dT%H:%M:%S.%fZ")


def test_an_every_minute_schedule_starts_a_run_within_a_second_of_the_minute(
    client, start_consumer
):
    start_consumer()
    api = RunsApi(client, A)
    workflow_id = api.create_workflow(node("stamp", config={"values": {"run": "{{ run.id }}"}}))
    lead = 60 - time.time() % 60
    if lead < MIN_LEAD_S:
        time.sleep(lead + 0.1)
    response = client.post(
        f"{BASE}/{workflow_id}/schedules",
        json={"cron_expression": "* * * * *", "inputs": {"source": "clock"}},
        headers=A,
    )
    assert response.status_code == 201, response.json
    schedule = response.json["schedule"]
    slot = parse(schedule["next_run_at"])
    assert slot.second == 0 and slot.microsecond == 0

    deadline = time.monotonic() + 90
    while True:
        with db.connection_context():
            found = list(Run.select().where(Run.schedule_id == schedule["id"]))
        if found or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert found, "the schedule never fired"

    run = api.wait_finished(workflow_id, found[0].id)
    assert run["status"] == "completed", run
    assert run["trigger"] == "schedule"
    assert run["schedule_id"] == schedule["id"]
    assert parse(run["scheduled_for"]) == slot
    assert timedelta(0) <= parse(run["started_at"]) - slot < timedelta(seconds=1)
    assert run["inputs"] == {"source": "clock"}
    assert run["outputs"] == {"run": run["id"]}

    listed = client.get(f"{BASE}/{workflow_id}/schedules", headers=A).json["schedules"]
    assert parse(listed[0]["last_run_at"]) >= parse(run["started_at"])
    assert parse(listed[0]["next_run_at"]) >= slot + timedelta(minutes=1)
