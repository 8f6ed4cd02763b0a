"""Schedule routes: shapes, validation (every 400), next_run_at, tenant isolation, cascades."""

from datetime import datetime, timedelta

import pytest

from service.clock import utcnow
from service.db import db
from service.schedules.cron import next_fire
from service.schedules.models import Schedule
from tests.factories import auth, definition, node, workflow_body

BASE = "/api/v2/workflows"
A = auth("tenant-a", "user-a")
B = auth("tenant-b", "user-b")
INPUTS_SCHEMA = {
    "type": "object",
    "properties": {"date_range": {"type": "string"}, "limit": {"type": "integer", "minimum": 1}},
    "required": ["date_range"],
}
SCHEDULE_KEYS = [
    "id",
    "workflow_id",
    "cron_expression",
    "timezone",
    "inputs",
    "missed_execution_policy",
    "enabled",
    "next_run_at",
    "last_run_at",
    "created_by",
    "created_at",
    "updated_at",
    "overlap_policy",  # CONTRACT §12, after the reference's fields
    "description",
]
REFERENCE_BODY = {
    "cron_expression": "0 9 * * 1",
    "timezone": "America/New_York",
    "inputs": {"date_range": "LAST_WEEK"},
    "missed_execution_policy": "run_immediately",
}


@pytest.fixture
def workflow(client):
    body = workflow_body(definition=definition(node("only"), inputs=INPUTS_SCHEMA))
    return client.post(BASE, json=body, headers=A).json["workflow"]


def schedules_url(workflow_id, schedule_id=None):
    url = f"{BASE}/{workflow_id}/schedules"
    return f"{url}/{schedule_id}" if schedule_id else url


def create(client, workflow, body=None, headers=A):
    return client.post(schedules_url(workflow["id"]), json=body or REFERENCE_BODY, headers=headers)


def parse(timestamp: str) -> datetime:
    return datetime.strptime(timestamp, "%Y-%m-%dT%H:%M:%S.%fZ")


def count_rows() -> int:
    with db.connection_context():
        return Schedule.select().count()


def test_create_returns_the_reference_shape_with_next_run_at_in_utc(client, workflow):
    before = utcnow()
    response = create(client, workflow)
    assert response.status_code == 201, response.json
    assert response.json["success"] is True
    schedule = response.json["schedule"]
    assert list(schedule) == SCHEDULE_KEYS
    assert schedule["workflow_id"] == workflow["id"]
    assert schedule["cron_expression"] == "0 9 * * 1"
    assert schedule["timezone"] == "America/New_York"
    assert schedule["inputs"] == {"date_range": "LAST_WEEK"}
    assert schedule["missed_execution_policy"] == "run_immediately"
    assert schedule["enabled"] is True
    assert schedule["last_run_at"] is None
    assert schedule["created_by"] == "user-a"
    assert schedule["created_at"].endswith("Z") and schedule["updated_at"].endswith("Z")
    next_run = parse(schedule["next_run_at"])
    assert next_run == next_fire("0 9 * * 1", "America/New_York", parse(schedule["created_at"]))
    assert next_run > before
    assert next_run.weekday() == 0 and next_run.hour in (13, 14)  # Monday 09:00 in New York


def test_create_applies_defaults(client):
    workflow = client.post(BASE, json=workflow_body(), headers=A).json["workflow"]
    response = create(client, workflow, {"cron_expression": "*/5 * * * *"})
    assert response.status_code == 201, response.json
    schedule = response.json["schedule"]
    assert schedule["timezone"] == "UTC"
    assert schedule["inputs"] == {}
    assert schedule["missed_execution_policy"] == "run_immediately"
    assert schedule["enabled"] is True
    next_run = parse(schedule["next_run_at"])
    assert next_run.minute % 5 == 0 and next_run.second == 0
    assert timedelta(0) < next_run - parse(schedule["created_at"]) <= timedelta(minutes=5)


def test_create_normalises_the_expressions_spacing(client, workflow):
    response = create(client, workflow, {**REFERENCE_BODY, "cron_expression": " 0  9 * * 1 "})
    assert response.json["schedule"]["cron_expression"] == "0 9 * * 1"


@pytest.mark.parametrize(
    ("body", "code", "words"),
    [
        ({"cron_expression": "0 9 * * 1 2026"}, "invalid_cron_expression", "exactly 5 fields"),
        ({"cron_expression": "0 9 * *"}, "invalid_cron_expression", "exactly 5 fields"),
        ({"cron_expression": "0 0 30 2 *"}, "invalid_cron_expression", "never fire"),
        ({"cron_expression": "99 * * * *"}, "invalid_cron_expression", "invalid"),
        ({"cron_expression": "0 0 L * *"}, "invalid_cron_expression", "standard cron"),
        ({"timezone": "Mars/Olympus"}, "invalid_timezone", "IANA"),
        ({"timezone": "../../etc/passwd"}, "invalid_timezone", "IANA"),
        ({"inputs": {"limit": 5}}, "invalid_inputs", "date_range"),
        ({"inputs": {"date_range": "X", "limit": 0}}, "invalid_inputs", "limit"),
    ],
)
def test_create_rejects_bad_values_with_a_clear_400(client, workflow, body, code, words):
    response = create(client, workflow, {**REFERENCE_BODY, **body})
    assert response.status_code == 400, response.json
    error = response.json["error"]
    assert error["code"] == code
    assert words in error["message"]
    assert count_rows() == 0


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"timezone": "UTC"},  # no cron_expression
        {**REFERENCE_BODY, "cron_expression": ""},
        {**REFERENCE_BODY, "cron_expression": 5},
        {**REFERENCE_BODY, "cron_expression": None},
        {**REFERENCE_BODY, "cron_expression": "* " * 150},
        {**REFERENCE_BODY, "timezone": ""},
        {**REFERENCE_BODY, "timezone": 3},
        {**REFERENCE_BODY, "missed_execution_policy": "later"},
        {**REFERENCE_BODY, "inputs": ["a"]},
        {**REFERENCE_BODY, "inputs": "a=b"},
        {**REFERENCE_BODY, "inputs": None},
        {**REFERENCE_BODY, "enabled": "yes"},
        {**REFERENCE_BODY, "enabled": 1},
        {**REFERENCE_BODY, "unexpected": True},
        {**REFERENCE_BODY, "next_run_at": "2026-01-01T00:00:00.000Z"},
    ],
)
def test_create_rejects_malformed_bodies_with_400(client, workflow, body):
    response = client.post(schedules_url(workflow["id"]), json=body, headers=A)
    assert response.status_code == 400, response.json
    assert response.json["success"] is False
    assert count_rows() == 0


def test_create_rejects_non_json_bodies(client, workflow):
    url = schedules_url(workflow["id"])
    assert (
        client.post(url, data="{not json", headers=A, content_type="application/json").status_code
        == 400
    )
    assert client.post(url, json=["0 9 * * 1"], headers=A).status_code == 400


def test_list_returns_the_workflows_schedules_newest_first_with_count_and_total(client, workflow):
    ids = [
        create(client, workflow, {**REFERENCE_BODY, "cron_expression": f"{minute} 9 * * *"}).json[
            "schedule"
        ]["id"]
        for minute in range(3)
    ]
    other = client.post(BASE, json=workflow_body(name="other"), headers=A).json["workflow"]
    create(client, other, {"cron_expression": "0 1 * * *"})

    response = client.get(schedules_url(workflow["id"]), headers=A)
    assert response.status_code == 200
    body = response.json
    assert body["success"] is True
    assert body["count"] == 3 and body["total"] == 3
    assert {item["id"] for item in body["schedules"]} == set(ids)
    assert all(list(item) == SCHEDULE_KEYS for item in body["schedules"])

    page = client.get(schedules_url(workflow["id"]) + "?limit=2&offset=2", headers=A).json
    assert page["count"] == 1 and page["total"] == 3
    assert page["limit"] == 2 and page["offset"] == 2


@pytest.mark.parametrize("query", ["limit=0", "limit=201", "offset=-1", "limit=x"])
def test_list_rejects_bad_queries_with_400(client, workflow, query):
    response = client.get(schedules_url(workflow["id"]) + f"?{query}", headers=A)
    assert response.status_code == 400


def test_patch_changes_fields_and_recomputes_next_run_at(client, workflow):
    schedule = create(client, workflow).json["schedule"]
    response = client.patch(
        schedules_url(workflow["id"], schedule["id"]),
        json={"cron_expression": "0 9 * * 1,4", "timezone": "Asia/Tokyo", "enabled": False},
        headers=A,
    )
    assert response.status_code == 200, response.json
    patched = response.json["schedule"]
    assert list(patched) == SCHEDULE_KEYS
    assert patched["cron_expression"] == "0 9 * * 1,4"
    assert patched["timezone"] == "Asia/Tokyo"
    assert patched["enabled"] is False
    assert patched["inputs"] == schedule["inputs"]
    assert patched["created_at"] == schedule["created_at"]
    assert parse(patched["updated_at"]) >= parse(schedule["updated_at"])
    assert parse(patched["next_run_at"]) == next_fire(
        "0 9 * * 1,4", "Asia/Tokyo", parse(patched["updated_at"])
    )
    assert parse(patched["next_run_at"]).hour == 0  # 09:00 in Tokyo


def test_patch_of_any_field_recomputes_next_run_at_from_now(client, workflow):
    schedule = create(client, workflow).json["schedule"]
    with db.connection_context():
        Schedule.update(next_run_at=datetime(2020, 1, 1)).execute()
    patched = client.patch(
        schedules_url(workflow["id"], schedule["id"]),
        json={"missed_execution_policy": "skip"},
        headers=A,
    ).json["schedule"]
    assert patched["missed_execution_policy"] == "skip"
    assert patched["next_run_at"] == schedule["next_run_at"]


def test_patch_inputs_are_validated_against_the_workflow(client, workflow):
    schedule = create(client, workflow).json["schedule"]
    url = schedules_url(workflow["id"], schedule["id"])
    bad = client.patch(url, json={"inputs": {"limit": 3}}, headers=A)
    assert bad.status_code == 400 and bad.json["error"]["code"] == "invalid_inputs"
    good = client.patch(url, json={"inputs": {"date_range": "TODAY"}}, headers=A)
    assert good.status_code == 200 and good.json["schedule"]["inputs"] == {"date_range": "TODAY"}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({}, "validation_error"),
        ({"cron_expression": "0 0 31 4 *"}, "invalid_cron_expression"),
        ({"cron_expression": "* * * * * *"}, "invalid_cron_expression"),
        ({"timezone": "Nowhere/City"}, "invalid_timezone"),
        ({"missed_execution_policy": "sometimes"}, "validation_error"),
        ({"enabled": "false"}, "validation_error"),
        ({"enabled": None}, "validation_error"),
        ({"inputs": []}, "validation_error"),
        ({"id": "f6a7b8c9-d0e1-2345-f678-901234567890"}, "validation_error"),
        ({"workflow_id": "x"}, "validation_error"),
    ],
)
def test_patch_rejects_bad_bodies_and_changes_nothing(client, workflow, body, code):
    schedule = create(client, workflow).json["schedule"]
    response = client.patch(schedules_url(workflow["id"], schedule["id"]), json=body, headers=A)
    assert response.status_code == 400, response.json
    assert response.json["error"]["code"] == code
    listed = client.get(schedules_url(workflow["id"]), headers=A).json["schedules"]
    assert listed == [schedule]


def test_delete_removes_the_schedule(client, workflow):
    schedule = create(client, workflow).json["schedule"]
    url = schedules_url(workflow["id"], schedule["id"])
    response = client.delete(url, headers=A)
    assert response.status_code == 200
    assert response.json == {"success": True, "message": "Schedule deleted successfully"}
    assert count_rows() == 0
    assert client.delete(url, headers=A).status_code == 404
    assert client.patch(url, json={"enabled": False}, headers=A).status_code == 404


def test_deleting_the_workflow_deletes_its_schedules(client, workflow):
    from service.runs.purge import Batches, purge_deleted_workflows

    schedule = create(client, workflow).json["schedule"]
    assert client.delete(f"{BASE}/{workflow['id']}", headers=A).status_code == 200
    # Stopped and hidden at once, removed by the worker's purge.
    url = f"{BASE}/{workflow['id']}/schedules/{schedule['id']}"
    assert client.patch(url, json={"enabled": True}, headers=A).status_code == 404
    purge_deleted_workflows(batches=Batches(pause_s=0))
    assert count_rows() == 0


def test_unknown_workflow_or_schedule_is_404(client, workflow):
    missing = "00000000-0000-4000-8000-000000000000"
    schedule = create(client, workflow).json["schedule"]
    assert create(client, {"id": missing}).status_code == 404
    assert client.get(schedules_url(missing), headers=A).status_code == 404
    for method in ("patch", "delete"):
        kwargs = {"json": {"enabled": False}} if method == "patch" else {}
        wrong_schedule = getattr(client, method)(
            schedules_url(workflow["id"], missing), headers=A, **kwargs
        )
        assert wrong_schedule.status_code == 404
        assert wrong_schedule.json["error"]["code"] == "schedule_not_found"
        wrong_workflow = getattr(client, method)(
            schedules_url(missing, schedule["id"]), headers=A, **kwargs
        )
        assert wrong_workflow.status_code == 404


def test_a_schedule_is_only_reachable_through_its_own_workflow(client, workflow):
    schedule = create(client, workflow).json["schedule"]
    other = client.post(BASE, json=workflow_body(name="other"), headers=A).json["workflow"]
    url = schedules_url(other["id"], schedule["id"])
    assert client.patch(url, json={"enabled": False}, headers=A).status_code == 404
    assert client.delete(url, headers=A).status_code == 404
    assert count_rows() == 1


@pytest.mark.parametrize("path", ["not-a-uuid/schedules", "{wf}/schedules/not-a-uuid"])
def test_non_uuid_ids_are_404(client, workflow, path):
    url = f"{BASE}/" + path.format(wf=workflow["id"])
    method = client.get if path.endswith("schedules") else client.delete
    assert method(url, headers=A).status_code == 404


def test_routes_need_a_token(client, workflow):
    schedule = create(client, workflow).json["schedule"]
    url = schedules_url(workflow["id"], schedule["id"])
    assert client.get(schedules_url(workflow["id"])).status_code == 401
    assert client.post(schedules_url(workflow["id"]), json=REFERENCE_BODY).status_code == 401
    assert client.patch(url, json={"enabled": False}).status_code == 401
    assert client.delete(url).status_code == 401


class TestTenantIsolation:
    def test_another_tenant_gets_404_everywhere_and_changes_nothing(self, client, workflow):
        schedule = create(client, workflow).json["schedule"]
        url = schedules_url(workflow["id"], schedule["id"])
        assert client.get(schedules_url(workflow["id"]), headers=B).status_code == 404
        assert create(client, workflow, headers=B).status_code == 404
        assert client.patch(url, json={"enabled": False}, headers=B).status_code == 404
        assert client.delete(url, headers=B).status_code == 404
        listed = client.get(schedules_url(workflow["id"]), headers=A).json["schedules"]
        assert listed == [schedule]

    def test_a_tenants_list_never_shows_another_tenants_schedules(self, client, workflow):
        create(client, workflow)
        mine = client.post(BASE, json=workflow_body(), headers=B).json["workflow"]
        assert client.get(schedules_url(mine["id"]), headers=B).json["schedules"] == []
