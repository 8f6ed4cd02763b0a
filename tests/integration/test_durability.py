"""Durability with real consumer processes: kill -9, graceful stop, worker_lost and the outbox.

Each test starts the consumers it needs (RUN_LEASE_SECONDS=5, so the reaper looks every 1.25 s).
"""

import time

from service import create_app
from tasks.runs import connect_run_queue
from tests.conftest import make_config
from tests.factories import auth, node
from tests.integration.conftest import RunsApi, run_row, step_statuses, steps_of
from tests.support.redis_server import RedisServer

HTTP_NODES = ("a", "b", "c")


def http_node(node_id, url, **fields):
    """Return an http.request node."""
    return node(node_id, "integration", "http.request", config={"url": url}, **fields)


def hit_path(prefix: str, run_id: str, node_id: str) -> str:
    """Return the peer path a node of a run hits."""
    return f"/{prefix}/{run_id}/{node_id}"


def crash_workflow(api, peer, prefix: str) -> str:
    """Create a → busy 1 s → b → busy 1 s → c, each http node hitting its own per-run path.

    The busy nodes are slow requests, not delays: a delay gives its worker back (it is a
    timer), and these runs must be in a worker's hands when it dies.
    """
    url = f"{peer.url}/{prefix}/{{{{ run.id }}}}"
    return api.create_workflow(
        http_node("a", f"{url}/a"),
        http_node("d1", f"{url}/d1?sleep=1", input_from="a"),
        http_node("b", f"{url}/b", input_from="d1"),
        http_node("d2", f"{url}/d2?sleep=1", input_from="b"),
        http_node("c", f"{url}/c", input_from="d2"),
    )


def wait_until(predicate, *, timeout=30.0, interval=0.05):
    """Poll until predicate() is true."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(interval)


def test_kill_9_mid_flight_completes_every_run_and_repeats_no_completed_node(
    api, peer, start_consumer
):
    first = start_consumer(workers=20)
    workflow_id = crash_workflow(api, peer, "crash")
    run_ids = [api.execute(workflow_id)["id"] for _ in range(20)]

    def progressed():
        # Every run claimed (a message taken but never claimed is only re-sent after the
        # reaper's 30 s redispatch window, not after the lease), most past their first node.
        statuses = step_statuses(run_ids).values()
        rows = [run_row(run_id) for run_id in run_ids]
        claimed = all(row.lease_owner is not None or row.status != "running" for row in rows)
        return claimed and sum(steps["a"] == "completed" for steps in statuses) >= 15

    wait_until(progressed)
    first.kill()
    before = step_statuses(run_ids)  # nothing writes now: this is what the crash left
    claimed = {run_id for run_id in run_ids if run_row(run_id).lease_owner is not None}
    start_consumer(workers=20)

    runs = [api.wait_finished(workflow_id, run_id) for run_id in run_ids]

    assert [run["status"] for run in runs] == ["completed"] * 20, runs
    interrupted = 0
    for run in runs:
        for node_id in HTTP_NODES:
            hits = peer.count(hit_path("crash", run["id"], node_id))
            status = before[run["id"]][node_id]
            if status == "completed":
                assert hits == 1, (run["id"], node_id, "a completed node ran again")
                assert steps_of(run)[node_id]["attempts"] == 1
            elif status == "running":
                # Started (durably) before the kill: its request may or may not have gone out.
                assert hits in (1, 2), (run["id"], node_id, hits)
            else:
                assert hits == 1, (run["id"], node_id, status, hits)
        interrupted += "completed" in before[run["id"]].values() and run["id"] in claimed
        # A run the dead consumer held was recovered once, by the reaper; any other was simply
        # still queued in Redis when the first consumer died.
        assert run_row(run["id"]).recovery_count == (1 if run["id"] in claimed else 0)
    assert interrupted >= 10, "the kill should land mid-run"


def test_sigterm_releases_the_lease_and_a_new_consumer_resumes(api, peer, start_consumer):
    consumer = start_consumer(WORKER_SHUTDOWN_SECONDS=2)
    url = f"{peer.url}/graceful/{{{{ run.id }}}}"
    workflow_id = api.create_workflow(
        http_node("first", f"{url}/first"),
        http_node("pause", f"{url}/pause?sleep=5", input_from="first"),  # busy, in the worker
        http_node("last", f"{url}/last", input_from="pause"),
    )
    run_id = api.execute(workflow_id)["id"]
    api.wait_step(workflow_id, run_id, "pause", "running")

    stopping = time.monotonic()
    consumer.stop()
    took = time.monotonic() - stopping

    assert consumer.process.returncode is not None
    assert took < 2 + 3, f"shutdown took {took:.1f} s with WORKER_SHUTDOWN_SECONDS=2"
    assert "released 1 unfinished runs" in consumer.log(), consumer.log()
    row = run_row(run_id)
    assert row.status == "running"
    assert row.lease_owner is None and row.lease_expires_at is None
    assert step_statuses([run_id])[run_id] == {
        "first": "completed",
        "pause": "running",
        "last": "pending",
    }

    start_consumer()
    run = api.wait_finished(workflow_id, run_id)

    assert run["status"] == "completed", run
    steps = steps_of(run)
    assert steps["first"]["attempts"] == 1
    assert steps["pause"]["attempts"] == 2  # the interrupted node starts again
    assert peer.count(hit_path("graceful", run_id, "first")) == 1
    assert peer.count(hit_path("graceful", run_id, "last")) == 1
    assert run_row(run_id).recovery_count == 0  # handed back, not lost


def test_a_run_whose_worker_dies_past_max_recoveries_fails_worker_lost(api, peer, start_consumer):
    first = start_consumer(RUN_MAX_RECOVERIES=0)
    workflow_id = api.create_workflow(
        node("prepare", config={"values": {"ready": True}}),
        http_node("pause", f"{peer.url}/lost?sleep=30", input_from="prepare", timeout_s=60),
        node("after", config={"values": {"never": True}}, input_from="pause"),
    )
    run_id = api.execute(workflow_id)["id"]
    api.wait_step(workflow_id, run_id, "pause", "running")

    first.kill()
    start_consumer(RUN_MAX_RECOVERIES=0)
    run = api.wait_finished(workflow_id, run_id, timeout=30)

    assert run["status"] == "failed", run
    assert run["error"]["code"] == "worker_lost"
    assert run["error"]["node_id"] is None
    steps = steps_of(run)
    assert steps["prepare"]["status"] == "completed"
    assert steps["pause"]["status"] == "failed"
    assert steps["after"]["status"] == "skipped"
    assert run_row(run_id).lease_owner is None


def test_a_run_executed_with_no_consumer_waits_in_the_queue(api, start_consumer):
    workflow_id = api.create_workflow(
        node("one", config={"values": {"n": 1}}),
        node("two", config={"values": {"n": "{{ input.n }}"}}, input_from="one"),
    )
    run_id = api.execute(workflow_id)["id"]
    time.sleep(1.0)

    waiting = api.get(workflow_id, run_id)
    assert waiting["status"] == "running"
    assert {step["status"] for step in waiting["steps"]} == {"pending"}

    start_consumer()
    run = api.wait_finished(workflow_id, run_id)

    assert run["status"] == "completed", run
    assert run["outputs"] == {"n": 1}


def test_a_run_executed_while_redis_is_down_completes_once_it_is_back(
    app, database_url, start_consumer
):
    redis = RedisServer().start()
    consumer = None
    try:
        own_app = create_app(make_config(database_url, redis.url), queue=connect_run_queue)
        api = RunsApi(own_app.test_client(), auth("tenant-a", "user-a"))
        workflow_id = api.create_workflow(node("only", config={"values": {"ok": True}}))
        redis.stop()

        run = api.execute(workflow_id)

        assert run["status"] == "running"
        row = run_row(run["id"])
        assert row.status == "running" and row.dispatched_at is None  # left for the reaper
        redis.start()  # same port
        consumer = start_consumer(redis_url=redis.url)
        finished = api.wait_finished(workflow_id, run["id"])
        assert finished["status"] == "completed", finished
        assert finished["outputs"] == {"ok": True}
    finally:
        if consumer is not None:
            consumer.kill()  # before its Redis goes away
        redis.close()
