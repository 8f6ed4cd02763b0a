"""Overlap policies with a real consumer (CONTRACT §12): a slot while the last run is live.

The slots are fired in-process with the dispatcher's own function at a pinned instant (no
waiting for the wall clock); the runs execute on a real consumer, their node's request held at
the HTTP peer until the test releases it, so the first run is live when the next slot comes
however loaded the machine is.

The consumer runs the dispatcher's clock too, so the schedule must give it nothing of its own
to fire: its cron's real slot is twelve hours away (an every-minute cron let the clock fire a
real minute mid-test, or claim a pinned slot first and add that minute's slot to it). A pinned
slot the clock claims before the test does is decided as the test's call would decide it: the
consumer dispatches with the same grace and catch-up.
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
from tests.integration.conftest import BASE, steps_of
from tests.integration.test_concurrency import most_at_once

GRACE_S = 3600
DISPATCH = {"SCHEDULE_GRACE_SECONDS": GRACE_S, "SCHEDULE_MAX_CATCHUP": 1}


def far_cron() -> str:
    """Return a daily cron whose real slot is twelve hours away: no clock fires it mid-test."""
    far = utcnow() + timedelta(hours=12)
    return f"{far.minute} {far.hour} * * *"


def make_schedule(api, peer, prefix, policy):
    """Create a workflow calling the peer (held until released) and a schedule with the policy."""
    workflow_id = api.create_workflow(
        node("call", "integration", "http.request", config={"url": f"{peer.url}{prefix}?hold=1"})
    )
    body = {"cron_expression": far_cron(), "overlap_policy": policy}
    response = api.client.post(f"{BASE}/{workflow_id}/schedules", json=body, headers=api.headers)
    assert response.status_code == 201, response.json
    assert response.json["schedule"]["overlap_policy"] == policy
    return workflow_id, response.json["schedule"]["id"]


def fire_slot(schedule_id, minutes_ago):
    """Make one past slot due, fire it as the dispatcher does, and wait until it is claimed."""
    slot = utcnow().replace(second=0, microsecond=0) - timedelta(minutes=minutes_ago)
    with db.connection_context():
        Schedule.update(next_run_at=slot).where(Schedule.id == schedule_id).execute()
    fire_due_schedules(now=utcnow(), grace_seconds=GRACE_S, max_catchup=1)
    # The consumer's clock may hold the claim (PostgreSQL skips its locked row): its runs are
    # stored in the claiming transaction, so a moved next_run_at means they are committed.
    deadline = time.monotonic() + 15
    while next_run_at(schedule_id) <= utcnow():
        assert time.monotonic() < deadline, "the pinned slot was never claimed"
        time.sleep(0.02)


def next_run_at(schedule_id):
    with db.connection_context():
        return Schedule.get_by_id(schedule_id).next_run_at


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
    start_consumer(**DISPATCH)
    workflow_id, schedule_id = make_schedule(api, peer, prefix, "allow")
    fire_slot(schedule_id, 3)
    wait_calls(peer, prefix, 1)
    fire_slot(schedule_id, 2)
    wait_calls(peer, prefix, 2)
    peer.release(prefix)

    runs = wait_done(api, workflow_id, schedule_id, 2)

    assert [run["status"] for run in runs] == ["completed", "completed"]
    assert most_at_once(peer.intervals(prefix)) == 2


def test_skip_starts_nothing_while_the_last_runs(api, peer, start_consumer, prefix):
    start_consumer(**DISPATCH)
    workflow_id, schedule_id = make_schedule(api, peer, prefix, "skip")
    fire_slot(schedule_id, 3)
    wait_calls(peer, prefix, 1)
    fire_slot(schedule_id, 2)
    peer.release(prefix)

    runs = wait_done(api, workflow_id, schedule_id, 1)

    assert [run["status"] for run in runs] == ["completed"]
    assert peer.count(prefix) == 1


def test_buffer_one_holds_one_run_until_the_last_ends(api, peer, start_consumer, prefix):
    start_consumer(**DISPATCH)
    workflow_id, schedule_id = make_schedule(api, peer, prefix, "buffer_one")
    fire_slot(schedule_id, 4)
    wait_calls(peer, prefix, 1)
    fire_slot(schedule_id, 3)  # held
    fire_slot(schedule_id, 2)  # one is held already: skipped
    assert [status for _, status in runs_of(schedule_id)] == ["running", "queued"]
    peer.release(prefix)

    runs = wait_done(api, workflow_id, schedule_id, 2)

    assert [run["status"] for run in runs] == ["completed", "completed"]
    intervals = peer.intervals(prefix)
    assert len(intervals) == 2 and most_at_once(intervals) == 1


def test_cancel_other_terminates_the_last_run_and_starts_the_new(api, peer, start_consumer, prefix):
    start_consumer(**DISPATCH)
    workflow_id, schedule_id = make_schedule(api, peer, prefix, "cancel_other")
    fire_slot(schedule_id, 3)
    wait_calls(peer, prefix, 1)
    fire_slot(schedule_id, 2)
    peer.release(prefix)  # the first run's answer comes after it was terminated

    runs = wait_done(api, workflow_id, schedule_id, 2)

    assert [run["status"] for run in runs] == ["terminated", "completed"]
    assert steps_of(runs[0])["call"]["status"] == "terminated"  # the late answer changed nothing
    assert peer.count(prefix) == 2
