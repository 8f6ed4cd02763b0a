"""POST /:id/schedules/:scheduleId/backfill (CONTRACT §12): past slots run once each."""

from datetime import UTC, datetime, timedelta

import pytest

from service.db import db
from service.runs.models import Run
from tests.factories import auth, definition, node, workflow_body

BASE = "/api/v2/workflows"
A = auth("tenant-a", "user-a")
B = auth("tenant-b", "user-b")


@pytest.fixture
def schedule(client):
    body = workflow_body(definition=definition(node("a", config={"values": {}})))
    workflow = client.post(BASE, json=body, headers=A).json["workflow"]
    created = client.post(
        f"{BASE}/{workflow['id']}/schedules",
        json={"cron_expression": "0 9 * * *", "timezone": "America/New_York"},
        headers=A,
    )
    return created.json["schedule"]


def backfill(client, schedule, start, end, headers=A):
    url = f"{BASE}/{schedule['workflow_id']}/schedules/{schedule['id']}/backfill"
    return client.post(url, json={"start": start, "end": end}, headers=headers)


def backfilled(schedule):
    with db.connection_context():
        query = Run.select().where(
            (Run.schedule_id == schedule["id"]) & (Run.trigger == "backfill")
        )
        return sorted(run.scheduled_for for run in query)


def test_each_past_slot_gets_one_run_and_asking_again_starts_none(client, schedule):
    first = backfill(client, schedule, "2026-03-01T00:00:00Z", "2026-03-04T00:00:00Z")
    again = backfill(client, schedule, "2026-03-01T00:00:00Z", "2026-03-05T00:00:00Z")

    assert first.status_code == 202 and first.json == {"success": True, "runs": 3}
    assert again.status_code == 202 and again.json["runs"] == 1  # only 4 March is new
    assert backfilled(schedule) == [  # 09:00 in New York, EST (-05:00)
        datetime(2026, 3, 1, 14),
        datetime(2026, 3, 2, 14),
        datetime(2026, 3, 3, 14),
        datetime(2026, 3, 4, 14),
    ]
    runs = client.get(f"{BASE}/{schedule['workflow_id']}/runs?limit=10", headers=A).json["runs"]
    assert {run["trigger"] for run in runs} == {"backfill"}
    assert {run["schedule_id"] for run in runs} == {schedule["id"]}


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        ("2026-03-04T00:00:00Z", "2026-03-01T00:00:00Z", "invalid_range"),
        ("2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z", "invalid_range"),
        ("2024-01-01T00:00:00Z", "2025-06-01T00:00:00Z", "too_many_slots"),
        ("2026-03-01T00:00:00", "2026-03-04T00:00:00Z", "validation_error"),
        ("0001-01-01T00:00:00Z", "0001-06-01T00:00:00Z", "invalid_range"),
    ],
)
def test_a_bad_range_is_a_400_and_starts_nothing(client, schedule, start, end, code):
    response = backfill(client, schedule, start, end)

    assert response.status_code == 400, response.json
    assert response.json["error"]["code"] == code
    assert backfilled(schedule) == []


def test_a_range_reaching_into_the_future_is_refused(client, schedule):
    soon = (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    response = backfill(client, schedule, "2026-03-01T00:00:00Z", soon)

    assert response.status_code == 400 and response.json["error"]["code"] == "invalid_range"


def test_more_than_a_thousand_slots_is_refused(client):
    body = workflow_body(definition=definition(node("a", config={"values": {}})))
    workflow = client.post(BASE, json=body, headers=A).json["workflow"]
    every_minute = client.post(
        f"{BASE}/{workflow['id']}/schedules", json={"cron_expression": "* * * * *"}, headers=A
    ).json["schedule"]

    response = backfill(client, every_minute, "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z")

    assert response.status_code == 400 and response.json["error"]["code"] == "too_many_slots"
    assert backfilled(every_minute) == []


def test_another_tenants_schedule_is_not_found(client, schedule):
    response = backfill(client, schedule, "2026-03-01T00:00:00Z", "2026-03-04T00:00:00Z", B)

    assert response.status_code == 404
    assert backfilled(schedule) == []
