"""Workflow versions (CONTRACT §10): kept immutable, bumped on change, chosen at execute."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from service.workflows.versions import bumped
from tests.factories import auth, definition, node, workflow_body

BASE = "/api/v2/workflows"
A = auth("tenant-a", "user-a")
B = auth("tenant-b", "user-b")
OLD = definition(node("first", config={"values": {"v": "old"}}))
NEW = definition(node("first", config={"values": {"v": "new"}}), node("second", input_from="first"))


@pytest.fixture
def workflow(client):
    response = client.post(BASE, json=workflow_body(definition=OLD), headers=A)
    assert response.status_code == 201
    return response.json["workflow"]


def versions_of(client, workflow, headers=A, **query):
    return client.get(f"{BASE}/{workflow['id']}/versions", query_string=query, headers=headers)


def patch(client, workflow, body, headers=A):
    return client.patch(f"{BASE}/{workflow['id']}", json=body, headers=headers)


@pytest.mark.parametrize(
    ("version", "expected"),
    [("1.0.0", "1.0.1"), ("1.0.9", "1.0.10"), ("2.3", "2.4"), ("1.0.0-rc.1", "1.0.0-rc.2")],
)
def test_a_version_is_bumped_at_its_last_number(version, expected):
    assert bumped(version) == expected


def test_create_stores_the_first_version(client, workflow):
    listed = versions_of(client, workflow).json

    assert listed["success"] is True and listed["total"] == 1 and listed["count"] == 1
    [first] = listed["versions"]
    assert first["version"] == "1.0.0" and first["definition"] == OLD
    assert first["created_by"] == "user-a" and first["created_at"].endswith("Z")


def test_a_new_definition_is_a_new_version_and_the_old_one_is_kept(client, workflow):
    changed = patch(client, workflow, {"definition": NEW})

    assert changed.status_code == 200 and changed.json["workflow"]["version"] == "1.0.1"
    listed = versions_of(client, workflow).json["versions"]
    assert [item["version"] for item in listed] == ["1.0.1", "1.0.0"]  # newest first
    old = client.get(f"{BASE}/{workflow['id']}/versions/1.0.0", headers=A)
    assert old.status_code == 200 and old.json["version"]["definition"] == OLD


def test_a_given_version_is_used_and_an_existing_one_is_a_409(client, workflow):
    assert patch(client, workflow, {"definition": NEW, "version": "2.0.0"}).status_code == 200

    clash = patch(client, workflow, {"definition": OLD, "version": "1.0.0"})

    assert clash.status_code == 409 and clash.json["error"]["code"] == "version_exists"
    current = client.get(f"{BASE}/{workflow['id']}", headers=A).json["workflow"]
    assert current["version"] == "2.0.0" and current["definition"] == NEW
    assert versions_of(client, workflow).json["total"] == 2


def test_a_version_alone_is_a_new_version_of_the_same_definition(client, workflow):
    assert patch(client, workflow, {"version": "1.1.0"}).json["workflow"]["version"] == "1.1.0"
    listed = versions_of(client, workflow).json["versions"]
    assert [(item["version"], item["definition"]) for item in listed] == [
        ("1.1.0", OLD),
        ("1.0.0", OLD),
    ]


def test_changes_that_keep_the_definition_keep_the_version(client, workflow):
    for body in ({"name": "Renamed"}, {"definition": OLD}, {"status": "archived"}):
        assert patch(client, workflow, body).json["workflow"]["version"] == "1.0.0"
    assert versions_of(client, workflow).json["total"] == 1


def test_unknown_and_foreign_versions_are_not_found(client, workflow):
    missing = client.get(f"{BASE}/{workflow['id']}/versions/9.9.9", headers=A)
    assert missing.status_code == 404 and missing.json["error"]["code"] == "version_not_found"
    assert versions_of(client, workflow, headers=B).status_code == 404
    assert client.get(f"{BASE}/{workflow['id']}/versions/1.0.0", headers=B).status_code == 404


def test_a_version_with_nul_is_not_found_on_either_route(client, workflow):
    # PostgreSQL refuses NUL in a query: this had been a 500 there (found by the schema fuzzer).
    fetched = client.get(f"{BASE}/{workflow['id']}/versions/1.0%000", headers=A)
    url = f"{BASE}/{workflow['id']}/execute"
    executed = client.post(url, json={"version": "1.0\u00000"}, headers=A)
    for missing in (fetched, executed):
        assert missing.status_code == 404 and missing.json["error"]["code"] == "version_not_found"


def test_the_version_list_pages(client, workflow):
    for number in range(1, 4):
        patch(client, workflow, {"version": f"1.{number}.0"})
    page = versions_of(client, workflow, limit=2, offset=1).json
    assert [item["version"] for item in page["versions"]] == ["1.2.0", "1.1.0"]
    assert (page["count"], page["total"], page["limit"], page["offset"]) == (2, 4, 2, 1)


def test_execute_runs_the_current_version_or_the_one_asked_for(client, workflow):
    patch(client, workflow, {"definition": NEW})
    url = f"{BASE}/{workflow['id']}/execute"

    current = client.post(url, json={}, headers=A).json["run"]
    older = client.post(url, json={"version": "1.0.0"}, headers=A).json["run"]
    missing = client.post(url, json={"version": "3.0.0"}, headers=A)

    assert current["workflow_version"] == "1.0.1"
    assert [step["node_id"] for step in current["steps"]] == ["first", "second"]
    assert older["workflow_version"] == "1.0.0"
    assert [step["node_id"] for step in older["steps"]] == ["first"]
    assert missing.status_code == 404 and missing.json["error"]["code"] == "version_not_found"
    fetched = client.get(f"{BASE}/{workflow['id']}/runs/{older['id']}", headers=A).json["run"]
    assert fetched["workflow_version"] == "1.0.0" and fetched["retry_of"] is None


MIGRATION_SCRIPT = textwrap.dedent(
    """
    import sys
    from service import migrate
    from service.db import bind_database, db

    bind_database(sys.argv[1])
    every = migrate.available_migrations()
    migrate.available_migrations = lambda: [m for m in every if m[0] <= 4]
    migrate.apply_migrations()
    with db.connection_context():
        db.execute_sql(
            "INSERT INTO workflows (id, customer_id, name, definition, version, status,"
            " created_by, created_at, updated_at) VALUES ('w1', 't', 'n', '{\\"nodes\\": []}',"
            " '3.1.4', 'active', 'u', '2026-01-01 00:00:00', '2026-02-01 00:00:00')"
        )
        db.execute_sql(
            "INSERT INTO workflow_runs (id, workflow_id, customer_id, status, inputs, trigger,"
            " started_at) VALUES ('r1', 'w1', 't', 'completed', '{}', 'manual',"
            " '2026-02-02 00:00:00')"
        )
    migrate.available_migrations = lambda: every
    migrate.apply_migrations()
    with db.connection_context():
        print(db.execute_sql(
            "SELECT version, number, definition, created_by FROM workflow_versions"
        ).fetchall())
        print(db.execute_sql("SELECT workflow_version FROM workflow_runs").fetchall())
    """
)


def test_the_migration_gives_existing_workflows_and_runs_their_first_version(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", MIGRATION_SCRIPT, url],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    versions, runs = result.stdout.strip().splitlines()
    assert versions == "[('3.1.4', 1, '{\"nodes\": []}', 'u')]"
    assert runs == "[('3.1.4',)]"
