"""Overlap policies with a real consumer (CONTRACT §12): a slot while the last run is live.

The slots are fired in-process with the dispatcher's own function at a pinned instant (no
waiting for the wall clock); the runs execute on a real consumer, their node holding a request
1.5 s at the HTTP peer, so the first run is still live when the next slot comes.
"""

import time
from datetime import timedelta

import pytest

from service.clock import utcnow
from service.db import db
from service.runs.models import Run
from service.schedules.dispatcher import fire_due_schedules
from service.schedules.models import Schedule
from tests.factories import node
from tests.integration.conftest import BASE
from tests.integration.test_concurrency import most_at_once


def make_schedule(api, peer, prefix, policy):
    """Create a workflow calling the peer (1.5 s) and a schedule with the overlap policy."""
    workflow_id = api.create_workflow(
        node("call", "integration", "http.request", config={"url": f"{peer.url}{prefix}?sleep=1.5"})
    )
    body = {"cron_expression": "* * * * *", "overlap_policy": policy}
    response = api.client.post(f"{BASE}/{workflow_id}/schedules", json=body, headers=api.headers)
    assert response.status_code == 201, response.json
    assert response.json["schedule"]["overlap_policy"] == policy
    return workflow_id, response.json["schedule"]["id"]


def fire_slot(schedule_id, minutes_ago):
    """Make one past slot due and fire it as the dispatcher does."""
    slot = utcnow().replace(second=0, microsecond=0) - timedelta(minutes=minutes_ago)
    with db.connection_context():
        Schedule.update(next_run_at=slot).where(Schedule.id == schedule_id).execute()
    fire_due_schedules(now=utcnow(), grace_seconds=3600, max_catchup=1)


def runs_of(schedule_id):
    with db.connection_context():
        query = Run.select().where(Run.schedule_id == schedule_id).order_by(Run.scheduled_for)
        return [(run.id, run.status) for run in query]


def wait_done(api, workflow_id, schedule_id, count):
    deadline = time.monotonic() + 30
    while True:
        runs = runs_of(schedule_id)
        if len(runs) == count and all(s not in ("running", "queued") for _, s in runs):
            return [api.get(workflow_id, run_id) for run_id, _ in runs]
        assert time.monotonic() < deadline, runs
        time.sleep(0.05)


def wait_calls(peer, prefix, count):
    deadline = time.monotonic() + 15
    while peer.count(prefix) < count:
        assert time.monotonic() < deadline
        time.sleep(0.02)


@pytest.fixture
def prefix():
    return f"/overlap-{time.monotonic_ns()}"


def test_allow_starts_the_next_slot_while_the_last_runs(api, peer, start_consumer, prefix):
    start_consumer()
    workflow_id, schedule_id = make_schedule(api, peer, prefix, "allow")
    fire_slot(schedule_id, 3)
    wait_calls(peer, prefix, 1)
    fire_slot(schedule_id, 2)

    runs = wait_done(api, workflow_id, schedule_id, 2)

    assert [run["status"] for run in runs] == ["completed", "completed"]
    assert most_at_once(peer.intervals(prefix)) == 2


def test_skip_starts_nothing_while_the_last_runs(api, peer, start_consumer, prefix):
    start_consumer()
    workflow_id, schedule_id = make_schedule(api, peer, prefix, "skip")
    fire_slot(schedule_id, 3)
    wait_calls(peer, prefix, 1)
    fire_slot(schedule_id, 2)

    runs = wait_done(api, workflow_id, schedule_id, 1)

    assert [run["status"] for run in runs] == ["completed"]
    assert peer.count(prefix) == 1


def test_buffer_one_holds_one_run_until_the_last_ends(api, peer, start_consumer, prefix):
    start_consumer()
    workflow_id, schedule_id = make_schedule(api, peer, prefix, "buffer_one")
    fire_slot(schedule_id, 4)
    wait_calls(peer, prefix, 1)
    fire_slot(schedule_id, 3)  # held
    fire_slot(schedule_id, 2)  # one is held already: skipped
    assert [status for _, status in runs_of(schedule_id)] == ["running", "queued"]

    runs = wait_done(api, workflow_id, schedule_id, 2)

    assert [run["status"] for run in runs] == ["completed", "completed"]
    intervals = peer.intervals(prefix)
    assert len(intervals) == 2 and most_at_once(intervals) == 1


def test_cancel_other_terminates_the_last_run_and_starts_the_new(api, peer, start_consumer, prefix):
    start_consumer()
    workflow_id, schedule_id = make_schedule(api, peer, prefix, "cancel_other")
    fire_slot(schedule_id, 3)
    wait_calls(peer, prefix, 1)
    fire_slot(schedule_id, 2)

    runs = wait_done(api, workflow_id, schedule_id, 2)

    assert [run["status"] for run in runs] == ["terminated", "completed"]
    assert peer.count(prefix) == 2
