"""Deleting a workflow answers at once and purges in the background; retention (CONTRACT §14)."""

from datetime import timedelta

from service.clock import utcnow
from service.config import load_config
from service.db import db
from service.events.models import RunEvent
from service.events.store import events_since
from service.runs.counts import counted_runs, run_counts
from service.runs.models import Run, StepRun
from service.runs.purge import Batches, delete_expired_runs, purge_deleted_workflows
from tests.factories import auth
from tests.runs.test_history import BASE, execute, insert_runs, make_workflow

A, B = auth("tenant-a", "user-a"), auth("tenant-b", "user-b")


def rows_of(workflow_id):
    with db.connection_context():
        runs = Run.select().where(Run.workflow == workflow_id).count()
        steps = StepRun.select().join(Run).where(Run.workflow == workflow_id).count()
        events = RunEvent.select().where(RunEvent.workflow_id == workflow_id).count()
        counters = db.execute_sql(
            f"SELECT COUNT(*) FROM workflow_run_counts WHERE workflow_id = {db.param}",
            (workflow_id,),
        ).fetchone()[0]
        workflows = db.execute_sql(
            f"SELECT COUNT(*) FROM workflows WHERE id = {db.param}", (workflow_id,)
        ).fetchone()[0]
    return {"runs": runs, "steps": steps, "events": events, "counters": counters, "wf": workflows}


def test_a_deleted_workflow_vanishes_from_every_read_at_once(client):
    workflow_id = make_workflow(client)
    kept = make_workflow(client, name="Kept")
    run_id = execute(client, workflow_id)
    schedule = client.post(
        f"{BASE}/{workflow_id}/schedules", json={"cron_expression": "* * * * *"}, headers=A
    ).json["schedule"]

    response = client.delete(f"{BASE}/{workflow_id}", headers=A)

    assert response.status_code == 200
    assert response.json == {"success": True, "message": "Workflow deleted successfully"}
    listing = client.get(BASE, headers=A).json
    assert [item["id"] for item in listing["workflows"]] == [kept] and listing["total"] == 1
    for method, suffix in (
        ("GET", ""),
        ("GET", "/runs"),
        ("GET", f"/runs/{run_id}"),
        ("DELETE", f"/runs/{run_id}"),
        ("POST", f"/runs/{run_id}/retry"),
        ("POST", f"/runs/{run_id}/signals/go"),
        ("GET", "/schedules"),
        ("PATCH", f"/schedules/{schedule['id']}"),
        ("POST", "/execute"),
        ("GET", "/versions"),
        ("DELETE", ""),
    ):
        body = {"enabled": True} if method == "PATCH" else {}
        answer = client.open(f"{BASE}/{workflow_id}{suffix}", method=method, json=body, headers=A)
        assert answer.status_code == 404, (method, suffix, answer.json)
    with db.connection_context():
        assert not [
            e
            for e in events_since(customer_id="tenant-a", since_id=0)
            if e.workflow_id == workflow_id
        ]
        # Its live run ended (a worker executing it loses its claim) and its schedule stopped.
        assert Run.get_by_id(run_id).status == "terminated"
    # The name is free again at once.
    assert (
        client.post(
            BASE,
            json={
                "name": "History",
                "definition": {
                    "nodes": [
                        {"id": "a", "type": "transform", "action": "set", "config": {"values": {}}}
                    ],
                    "inputs": {},
                    "outputs": {},
                },
            },
            headers=A,
        ).status_code
        == 201
    )


def test_another_tenant_cannot_delete_and_the_purge_leaves_other_workflows_alone(client):
    workflow_id = make_workflow(client)
    theirs = make_workflow(client, B)
    insert_runs(theirs, "tenant-b", ["completed"] * 3)
    assert client.delete(f"{BASE}/{workflow_id}", headers=B).status_code == 403
    assert client.delete(f"{BASE}/{workflow_id}", headers=A).status_code == 200
    purge_deleted_workflows(batches=Batches(pause_s=0))
    assert (
        rows_of(theirs)["runs"] == 3
        and client.get(f"{BASE}/{theirs}/runs", headers=B).json["total"] == 3
    )


def test_the_purge_removes_everything_in_small_batches(client, monkeypatch):
    import service.runs.purge as purge

    workflow_id = make_workflow(client)
    for _ in range(3):
        execute(client, workflow_id)
    insert_runs(workflow_id, "tenant-a", ["completed"] * 45)
    before = rows_of(workflow_id)
    assert (before["runs"], before["steps"], before["events"]) == (48, 3, 3)
    assert client.delete(f"{BASE}/{workflow_id}", headers=A).status_code == 200
    assert rows_of(workflow_id)["runs"] == 48  # nothing removed in the request

    sizes = []
    monkeypatch.setattr(purge, "FIRST_BATCH", 10)
    monkeypatch.setattr(purge, "MAX_BATCH", 10)

    class Spy(Batches):
        def run(self, work):
            return super().run(lambda size: sizes.append(size) or work(size))

    removed = purge_deleted_workflows(batches=Spy(pause_s=0))

    assert removed == 48 and len(sizes) >= 5 and max(sizes) == 10
    assert rows_of(workflow_id) == {"runs": 0, "steps": 0, "events": 0, "counters": 0, "wf": 0}
    assert purge_deleted_workflows(batches=Batches(pause_s=0)) == 0  # nothing left: a no-op


def test_a_stopped_purge_keeps_the_workflow_row_until_its_runs_are_gone(client):
    import threading

    workflow_id = make_workflow(client)
    insert_runs(workflow_id, "tenant-a", ["completed"] * 5)
    client.delete(f"{BASE}/{workflow_id}", headers=A)
    stop = threading.Event()
    stop.set()
    purge_deleted_workflows(batches=Batches(pause_s=0, stop=stop))
    assert rows_of(workflow_id)["wf"] == 1 and rows_of(workflow_id)["runs"] == 5
    purge_deleted_workflows(batches=Batches(pause_s=0))
    assert rows_of(workflow_id)["wf"] == 0


def test_the_purge_goes_on_while_other_writers_commit_between_its_batches(client, monkeypatch):
    """A batch reads its ids, then deletes: on SQLite it must hold the write lock from BEGIN."""
    import threading

    import service.runs.purge as purge

    workflow_id = make_workflow(client)
    other = make_workflow(client, name="Busy")
    insert_runs(workflow_id, "tenant-a", ["completed"] * 600)
    client.delete(f"{BASE}/{workflow_id}", headers=A)
    monkeypatch.setattr(purge, "FIRST_BATCH", 20)
    monkeypatch.setattr(purge, "MAX_BATCH", 20)
    stop, writes = threading.Event(), []

    def writer():
        busy = client.application.test_client()
        while not stop.is_set():
            writes.append(execute(busy, other))

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        removed = purge_deleted_workflows(batches=Batches(pause_s=0.002))
    finally:
        stop.set()
        thread.join()
    assert removed == 600 and rows_of(workflow_id)["wf"] == 0 and len(writes) > 1


def test_retention_deletes_finished_runs_older_than_the_limit_with_steps_and_events(client):
    workflow_id = make_workflow(client)
    old = utcnow() - timedelta(days=40)
    expired = insert_runs(workflow_id, "tenant-a", ["completed", "failed", "terminated"], start=old)
    with db.connection_context():  # an old run still going is kept
        Run.update(status="running", finished_at=None).where(Run.id == expired[2]).execute()
        RunEvent.create(
            customer_id="tenant-a",
            workflow_id=workflow_id,
            run_id=expired[0],
            event="execution:completed",
            data="{}",
            created_at=old,
        )
    recent = execute(client, workflow_id)

    removed = delete_expired_runs(retention_days=30, batches=Batches(pause_s=0))

    assert removed == 2
    with db.connection_context():
        left = {run.id: run.status for run in Run.select().where(Run.workflow == workflow_id)}
        assert left == {expired[2]: "running", recent: "running"}
        assert not RunEvent.select().where(RunEvent.run_id == expired[0]).exists()
        assert RunEvent.select().where(RunEvent.run_id == recent).exists()
        assert run_counts(workflow_id) == counted_runs(workflow_id)
    listing = client.get(f"{BASE}/{workflow_id}/runs", headers=A).json
    assert listing["total"] == listing["count"] == 2
    assert delete_expired_runs(retention_days=30, batches=Batches(pause_s=0)) == 0


def test_run_retention_days_is_read_from_the_environment():
    base = {"APP_ENV": "testing", "JWT_SECRET_KEY": "x" * 40}
    assert load_config(base).run_retention_days is None
    assert load_config({**base, "RUN_RETENTION_DAYS": "30"}).run_retention_days == 30
