"""Run history at scale (CONTRACT §14): exact counters, keyset pages and their cursors."""

from datetime import timedelta

import pytest

from service.clock import utcnow
from service.db import db
from service.pages import encode_cursor
from service.runs.counts import counted_runs, run_counts
from service.runs.execution import claim_and_execute
from tests.factories import auth, definition, workflow_body

BASE = "/api/v2/workflows"
A, B = auth("tenant-a", "user-a"), auth("tenant-b", "user-b")


def make_workflow(client, headers=A, name="History", **extra):
    body = workflow_body(name=name, definition={**definition(), **extra})
    response = client.post(BASE, json=body, headers=headers)
    assert response.status_code == 201, response.json
    return response.json["workflow"]["id"]


def execute(client, workflow_id, headers=A):
    response = client.post(f"{BASE}/{workflow_id}/execute", json={"inputs": {}}, headers=headers)
    assert response.status_code == 201, response.json
    return response.json["run"]["id"]


def insert_runs(workflow_id, customer_id, statuses, *, start=None, same_instant=False):
    """Store runs directly (as the benchmark does), oldest first, one second apart."""
    start = start or utcnow() - timedelta(days=1)
    ids = []
    with db.connection_context(), db.atomic():
        for index, status in enumerate(statuses):
            at = start if same_instant else start + timedelta(seconds=index)
            run_id = f"00000000-0000-4000-8000-{index:012d}"
            db.execute_sql(
                "INSERT INTO workflow_runs (id, workflow_id, customer_id, status, inputs, trigger,"
                f" started_at, finished_at) VALUES ({', '.join([db.param] * 8)})",
                (run_id, workflow_id, customer_id, status, "{}", "manual", at, at),
            )
            ids.append(run_id)
    return ids


def counters(workflow_id):
    with db.connection_context():
        return run_counts(workflow_id), counted_runs(workflow_id)


def page(client, workflow_id, query="", headers=A):
    response = client.get(f"{BASE}/{workflow_id}/runs?{query}", headers=headers)
    assert response.status_code == 200, response.json
    return response.json


# --- counters ---------------------------------------------------------------------------------


def test_counters_follow_create_finish_terminate_queue_and_promotion(client, app):
    workflow_id = make_workflow(client, concurrency={"limit": 1})
    first, second, third = (execute(client, workflow_id) for _ in range(3))
    kept, counted = counters(workflow_id)
    assert kept == counted == {**dict.fromkeys(kept, 0), "running": 1, "queued": 2}

    assert claim_and_execute(run_id=first, config=app.config["WORKFLOWS"]) == "completed"
    client.delete(f"{BASE}/{workflow_id}/runs/{third}", headers=A)
    kept, counted = counters(workflow_id)
    assert kept == counted
    assert kept == {**dict.fromkeys(kept, 0), "completed": 1, "running": 1, "terminated": 1}
    assert (
        page(client, workflow_id)["total"],
        page(client, workflow_id, "status=running")["total"],
    ) == (3, 1)
    assert second


def test_the_total_is_the_counter_and_every_status_filter_has_its_own(client):
    workflow_id = make_workflow(client)
    statuses = ["completed"] * 5 + ["failed"] * 3 + ["terminated"] * 2
    insert_runs(workflow_id, "tenant-a", statuses)
    assert page(client, workflow_id, "limit=2")["total"] == 10
    for status, expected in (("completed", 5), ("failed", 3), ("terminated", 2), ("queued", 0)):
        listing = page(client, workflow_id, f"status={status}&limit=2")
        assert listing["total"] == expected
        assert {run["status"] for run in listing["runs"]} <= {status}


# --- cursors ----------------------------------------------------------------------------------


def walk(client, workflow_id, query, headers=A):
    """Follow next_cursor from the first page to the last; return every run id seen."""
    seen, listing = [], page(client, workflow_id, query, headers)
    while True:
        seen += [run["id"] for run in listing["runs"]]
        if listing["next_cursor"] is None:
            return seen
        listing = page(client, workflow_id, f"{query}&cursor={listing['next_cursor']}", headers)


@pytest.mark.parametrize("same_instant", [False, True])
def test_cursor_pages_walk_every_run_once_newest_first(client, same_instant):
    workflow_id = make_workflow(client)
    ids = insert_runs(
        workflow_id, "tenant-a", ["completed", "failed"] * 12, same_instant=same_instant
    )
    seen = walk(client, workflow_id, "limit=5")
    assert seen == list(reversed(ids))  # newest first; ties broken by id, descending
    assert walk(client, workflow_id, "limit=5&status=failed") == list(reversed(ids[1::2]))


def test_offset_pages_still_work_and_give_a_cursor_to_go_on(client):
    workflow_id = make_workflow(client)
    ids = list(reversed(insert_runs(workflow_id, "tenant-a", ["completed"] * 7)))
    listing = page(client, workflow_id, "limit=3&offset=2")
    assert [run["id"] for run in listing["runs"]] == ids[2:5]
    assert (listing["count"], listing["total"], listing["limit"], listing["offset"]) == (3, 7, 3, 2)
    rest = page(client, workflow_id, f"limit=3&cursor={listing['next_cursor']}")
    assert [run["id"] for run in rest["runs"]] == ids[5:7] and rest["next_cursor"] is None
    assert page(client, workflow_id, "limit=3&offset=6")["next_cursor"] is None


@pytest.mark.parametrize(
    "cursor",
    ["x", "!!!", "bm90IGpzb24", "W10", "WyJhIiwiYiIsImMiXQ", "e30", "a" * 600, "MTIz"],
)
def test_a_malformed_cursor_is_400_invalid_cursor(client, cursor):
    workflow_id = make_workflow(client)
    response = client.get(f"{BASE}/{workflow_id}/runs?cursor={cursor}", headers=A)
    assert response.status_code == 400 and response.json["success"] is False
    assert response.json["error"]["code"] in ("invalid_cursor", "validation_error")


def test_a_cursor_with_an_offset_is_refused(client):
    workflow_id = make_workflow(client)
    insert_runs(workflow_id, "tenant-a", ["completed"] * 3)
    cursor = page(client, workflow_id, "limit=1")["next_cursor"]
    response = client.get(f"{BASE}/{workflow_id}/runs?cursor={cursor}&offset=1", headers=A)
    assert response.status_code == 400 and response.json["success"] is False


def test_a_cursor_works_only_on_the_list_it_came_from(client):
    mine = make_workflow(client)
    sibling = make_workflow(client, name="Sibling")
    theirs = make_workflow(client, B, name="History")
    insert_runs(mine, "tenant-a", ["completed", "failed"] * 3)
    cursor = page(client, mine, "limit=2")["next_cursor"]
    filtered = page(client, mine, "limit=2&status=failed")["next_cursor"]
    assert cursor and filtered

    for workflow_id, query, headers in (
        (sibling, f"cursor={cursor}", A),  # another workflow of the same tenant
        (theirs, f"cursor={cursor}", B),  # another tenant
        (mine, f"cursor={cursor}&status=failed", A),  # another filter
        (mine, f"cursor={filtered}", A),
    ):
        response = client.get(f"{BASE}/{workflow_id}/runs?{query}", headers=headers)
        assert response.status_code == 400, response.json
        assert response.json["error"]["code"] == "invalid_cursor"
    # The other tenant cannot even learn that the workflow exists.
    assert client.get(f"{BASE}/{mine}/runs?cursor={cursor}", headers=B).status_code == 404


def test_a_forged_cursor_of_a_foreign_scope_is_refused(client):
    workflow_id = make_workflow(client)
    forged = encode_cursor("0" * 16, utcnow(), "00000000-0000-4000-8000-000000000001")
    response = client.get(f"{BASE}/{workflow_id}/runs?cursor={forged}", headers=A)
    assert response.status_code == 400 and response.json["error"]["code"] == "invalid_cursor"


# --- the workflow and schedule lists keep the same habit ----------------------------------------


def walk_list(client, url, key, headers=A):
    seen, listing = [], client.get(url, headers=headers).json
    while True:
        seen += [item["id"] for item in listing[key]]
        if listing["next_cursor"] is None:
            return seen, listing["total"]
        listing = client.get(f"{url}&cursor={listing['next_cursor']}", headers=headers).json


def test_workflow_and_schedule_lists_page_by_cursor_and_refuse_foreign_cursors(client):
    ids = [make_workflow(client, name=f"Flow {index}") for index in range(5)]
    make_workflow(client, B, name="Theirs")
    by_offset = [item["id"] for item in client.get(f"{BASE}?limit=50", headers=A).json["workflows"]]
    assert walk_list(client, f"{BASE}?limit=2", "workflows") == (by_offset, 5)
    assert sorted(by_offset) == sorted(ids)

    url = f"{BASE}/{ids[0]}/schedules"
    made = [
        client.post(url, json={"cron_expression": "0 9 * * 1"}, headers=A).json["schedule"]["id"]
        for _ in range(3)
    ]
    seen, total = walk_list(client, f"{url}?limit=2", "schedules")
    assert sorted(seen) == sorted(made) and total == 3

    workflow_cursor = client.get(f"{BASE}?limit=2", headers=A).json["next_cursor"]
    schedule_cursor = client.get(f"{url}?limit=2", headers=A).json["next_cursor"]
    for target, headers in (
        (f"{BASE}?cursor={workflow_cursor}", B),  # another tenant's workflow list
        (f"{BASE}?status=active&cursor={workflow_cursor}", A),  # another filter
        (f"{BASE}/{ids[1]}/schedules?cursor={schedule_cursor}", A),  # another workflow
        (f"{url}?cursor={workflow_cursor}", A),  # another kind of list
        (f"{BASE}/{ids[0]}/runs?cursor={schedule_cursor}", A),
    ):
        response = client.get(target, headers=headers)
        assert response.status_code == 400, (target, response.json)
        assert response.json["error"]["code"] == "invalid_cursor"
