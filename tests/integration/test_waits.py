"""Durable waits with real consumers (CONTRACT §9): a waiting run holds no worker thread.

Consumers run with RUN_LEASE_SECONDS=5; the timer pass ticks every 0.2 s.
"""

import time
from datetime import UTC, datetime, timedelta

from service.db import db
from service.events.models import RunEvent
from tests.factories import node
from tests.integration.conftest import run_row, steps_of


def delay(node_id, input_from=None, **config):
    """Return a delay/wait node."""
    fields = {"input_from": input_from} if input_from else {}
    return node(node_id, "delay", "wait", config=config, **fields)


def events_of(run_id: str, name: str) -> list[dict]:
    """Return the stored events of one kind for a run, oldest first."""
    with db.connection_context():
        rows = RunEvent.select().where((RunEvent.run_id == run_id) & (RunEvent.event == name))
        return [row.data_object for row in rows.order_by(RunEvent.id)]


def iso(moment: datetime) -> str:
    """Format a UTC instant as the API does."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def wait_parked(run_id: str, timeout: float = 30.0):
    """Poll the database until the run waits without a worker (wake_at set, no lease)."""
    deadline = time.monotonic() + timeout
    while True:
        row = run_row(run_id)
        if row.wake_at is not None and row.lease_owner is None:
            return row
        assert time.monotonic() < deadline, f"run {run_id} never parked"
        time.sleep(0.05)


def test_a_run_behind_fifty_waiting_runs_completes_promptly(api, start_consumer):
    start_consumer(workers=2)
    sleeper = api.create_workflow(delay("pause", seconds=60))
    sleeping = [api.execute(sleeper)["id"] for _ in range(50)]
    for run_id in sleeping:
        wait_parked(run_id)
    quick = api.create_workflow(node("only", config={"values": {"done": True}}))

    started = time.monotonic()
    run = api.wait_finished(quick, api.execute(quick)["id"], timeout=20)

    assert run["status"] == "completed" and run["outputs"] == {"done": True}
    assert time.monotonic() - started < 10  # two threads, fifty sleepers: none holds a thread
    for run_id in sleeping:
        assert api.get(sleeper, run_id)["status"] == "running"
        assert api.terminate(sleeper, run_id).status_code == 200


def test_a_wait_is_a_waiting_step_with_its_event_then_resumes_on_time(api, start_consumer):
    start_consumer()
    workflow_id = api.create_workflow(
        node("before", config={"values": {"n": 1}}),
        delay("pause", input_from="before", seconds=2),
        node("after", config={"values": {"n": "{{ input.waited_s }}"}}, input_from="pause"),
    )
    run_id = api.execute(workflow_id)["id"]

    parked = wait_parked(run_id)
    waiting = api.get(workflow_id, run_id)
    assert waiting["status"] == "running"
    assert [step["status"] for step in waiting["steps"]] == ["completed", "waiting", "pending"]
    [event] = events_of(run_id, "step:waiting")
    assert event == {"node_id": "pause", "wake_at": iso(parked.wake_at)}

    run = api.wait_finished(workflow_id, run_id, timeout=20)
    finished_at = datetime.fromisoformat(run["finished_at"].replace("Z", "+00:00"))

    assert run["status"] == "completed", run
    pause = steps_of(run)["pause"]
    assert pause["status"] == "completed" and pause["attempts"] == 1
    assert 2.0 <= pause["output"]["waited_s"] < 4.0
    late = finished_at.replace(tzinfo=None) - parked.wake_at
    assert timedelta(0) <= late < timedelta(seconds=1.5), late  # within a tick of its time
    assert len(events_of(run_id, "step:started")) == 3  # the wait was not started twice
    assert run_row(run_id).wake_at is None


def test_until_in_the_past_does_not_wait_and_in_the_future_does(api, start_consumer):
    start_consumer()
    now = datetime.now(UTC)
    past = api.create_workflow(delay("pause", until=(now - timedelta(hours=1)).isoformat()))
    soon = now + timedelta(seconds=2)
    future = api.create_workflow(delay("pause", until=soon.strftime("%Y-%m-%dT%H:%M:%S.%fZ")))

    past_run = api.wait_finished(past, api.execute(past)["id"], timeout=20)
    future_id = api.execute(future)["id"]
    parked = wait_parked(future_id)
    future_run = api.wait_finished(future, future_id, timeout=20)

    assert past_run["status"] == "completed" and events_of(past_run["id"], "step:waiting") == []
    assert parked.wake_at == soon.replace(tzinfo=None, microsecond=parked.wake_at.microsecond)
    assert future_run["status"] == "completed"
    finished = datetime.fromisoformat(future_run["finished_at"].replace("Z", "+00:00"))
    assert finished >= soon - timedelta(milliseconds=1)


def test_terminating_a_waiting_run_ends_it_at_once_and_it_never_resumes(api, peer, start_consumer):
    start_consumer()
    path = f"/after-wait/{time.monotonic_ns()}"
    workflow_id = api.create_workflow(
        delay("pause", seconds=2),
        node(
            "after",
            "integration",
            "http.request",
            config={"url": f"{peer.url}{path}"},
            input_from="pause",
        ),
    )
    run_id = api.execute(workflow_id)["id"]
    wait_parked(run_id)

    response = api.terminate(workflow_id, run_id)

    assert response.status_code == 200, response.json
    run = api.get(workflow_id, run_id)
    assert run["status"] == "terminated"
    assert [step["status"] for step in run["steps"]] == ["terminated", "terminated"]
    time.sleep(3)  # past its due time: the timer pass must not wake it
    assert api.get(workflow_id, run_id) == run
    assert peer.count(path) == 0
    assert run_row(run_id).wake_at is None


def test_a_worker_killed_while_runs_wait_loses_none_and_resumes_each_once(api, start_consumer):
    first = start_consumer()
    workflow_id = api.create_workflow(
        delay("pause", seconds=3),
        node("after", config={"values": {"ok": True}}, input_from="pause"),
    )
    run_ids = [api.execute(workflow_id)["id"] for _ in range(10)]
    for run_id in run_ids:
        wait_parked(run_id)

    first.kill()
    start_consumer()
    start_consumer()  # two workers race for every due run
    runs = [api.wait_finished(workflow_id, run_id, timeout=30) for run_id in run_ids]

    assert [run["status"] for run in runs] == ["completed"] * 10, runs
    for run in runs:
        assert len(events_of(run["id"], "step:completed")) == 2  # each node completed once
        assert len(events_of(run["id"], "execution:completed")) == 1
        assert steps_of(run)["pause"]["attempts"] == 1
        assert run_row(run["id"]).recovery_count == 0  # a parked run has no lease to lose


def test_two_workers_resume_each_waiting_run_once(api, start_consumer):
    start_consumer()
    start_consumer()
    workflow_id = api.create_workflow(
        delay("pause", seconds=1),
        node("after", config={"values": {"ok": True}}, input_from="pause"),
    )
    run_ids = [api.execute(workflow_id)["id"] for _ in range(30)]
    runs = [api.wait_finished(workflow_id, run_id, timeout=30) for run_id in run_ids]

    assert [run["status"] for run in runs] == ["completed"] * 30
    for run in runs:
        assert len(events_of(run["id"], "step:started")) == 2
        assert len(events_of(run["id"], "step:completed")) == 2


def test_retry_backoff_holds_no_thread(api, peer, start_consumer):
    start_consumer(workers=1)
    path = f"/flaky/{time.monotonic_ns()}"
    flaky = api.create_workflow(
        node(
            "call",
            "integration",
            "http.request",
            config={"url": f"{peer.url}{path}?fail_first=1"},
            retry={"max_attempts": 2, "backoff_s": 3},
        )
    )
    flaky_id = api.execute(flaky)["id"]
    wait_parked(flaky_id)
    waiting = api.get(flaky, flaky_id)
    assert steps_of(waiting)["call"]["status"] == "waiting"
    assert steps_of(waiting)["call"]["error"]["code"] == "http_error"
    [event] = events_of(flaky_id, "step:waiting")
    assert event["node_id"] == "call" and event["attempt"] == 1

    quick = api.create_workflow(node("only", config={"values": {"done": True}}))
    started = time.monotonic()
    assert api.wait_finished(quick, api.execute(quick)["id"], timeout=20)["status"] == "completed"
    assert time.monotonic() - started < 2.5  # the only thread was free during the backoff

    run = api.wait_finished(flaky, flaky_id, timeout=20)
    assert run["status"] == "completed", run
    assert steps_of(run)["call"]["attempts"] == 2
    assert peer.count(path) == 2
