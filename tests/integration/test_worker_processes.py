"""WORKER_PROCESSES: one `python huey_consumer.py` supervising several consumer processes.

Real processes on the test database and Redis: each consumer takes runs of its own, SIGTERM
stops them all gracefully, SIGKILL of the supervisor takes them with it, and one that dies on
its own is started again.
"""

import os
import signal
import time

import pytest

from service.supervisor import worker_processes
from tests.factories import node
from tests.integration.conftest import run_row
from tests.support.processes import alive, child_pids


def wait_until(predicate, *, timeout=30.0, interval=0.05):
    """Poll until predicate() is true."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(interval)


def start_two(start_consumer, **environ):
    """Start a worker of two processes, one run at a time each; wait until both consume."""
    consumer = start_consumer(workers=1, WORKER_PROCESSES=2, **environ)
    wait_until(
        lambda: (
            consumer.log().count("Huey consumer started") == 2
            and len(child_pids(consumer.process.pid)) == 2
        )
    )
    return consumer


def held_runs(api, peer, count: int) -> tuple[str, list[str]]:
    """Execute `count` runs of a workflow whose one node waits on the peer until released."""
    workflow_id = api.create_workflow(
        node("held", "integration", "http.request", config={"url": held_url(peer)})
    )
    return workflow_id, [api.execute(workflow_id)["id"] for _ in range(count)]


def held_url(peer) -> str:
    return f"{peer.url}/held/{{{{ run.id }}}}?hold=1"


def owner_pid(run_id: str) -> int:
    """Return the pid in the run's lease owner (host:pid:token)."""
    return int(run_row(run_id).lease_owner.rsplit(":", 2)[1])


def test_each_process_takes_runs_of_its_own(api, peer, start_consumer):
    consumer = start_two(start_consumer)
    children = set(child_pids(consumer.process.pid))
    workflow_id, run_ids = held_runs(api, peer, 2)

    # One thread a process: both runs are held at once only if each process took one.
    wait_until(lambda: all(run_row(run_id).lease_owner for run_id in run_ids))
    assert {owner_pid(run_id) for run_id in run_ids} == children
    for run_id in run_ids:
        peer.release(f"/held/{run_id}")
    finished = [api.wait_finished(workflow_id, run_id)["status"] for run_id in run_ids]
    assert finished == ["completed", "completed"]


def test_sigterm_stops_every_process_and_each_releases_its_run(api, peer, start_consumer):
    consumer = start_two(start_consumer, WORKER_SHUTDOWN_SECONDS=1)
    children = child_pids(consumer.process.pid)
    _workflow_id, run_ids = held_runs(api, peer, 2)
    wait_until(lambda: all(run_row(run_id).lease_owner for run_id in run_ids))

    consumer.stop()

    assert consumer.process.returncode == 0, consumer.log()
    assert not any(alive(pid) for pid in children)
    assert consumer.log().count("released 1 unfinished runs") == 2, consumer.log()
    assert all(run_row(run_id).lease_owner is None for run_id in run_ids)
    for run_id in run_ids:
        peer.release(f"/held/{run_id}")


def test_sigkill_of_the_supervisor_ends_its_processes(start_consumer):
    consumer = start_two(start_consumer)
    children = child_pids(consumer.process.pid)

    consumer.kill()

    wait_until(lambda: not any(alive(pid) for pid in children), timeout=10)


def test_a_process_that_dies_is_started_again_and_runs_go_on(api, start_consumer):
    consumer = start_two(start_consumer)
    first, second = child_pids(consumer.process.pid)

    os.kill(first, signal.SIGKILL)

    def replaced():
        pids = child_pids(consumer.process.pid)
        return len(pids) == 2 and first not in pids and second in pids

    wait_until(replaced, timeout=15)
    wait_until(lambda: consumer.log().count("Huey consumer started") == 3)
    assert "worker process" in consumer.log() and "starting it again" in consumer.log()
    workflow_id = api.create_workflow(node("only", config={"values": {"ok": True}}))
    run_ids = [api.execute(workflow_id)["id"] for _ in range(4)]
    finished = [api.wait_finished(workflow_id, run_id)["status"] for run_id in run_ids]
    assert finished == ["completed"] * 4


def test_worker_processes_defaults_to_the_cpu_count_and_refuses_nonsense():
    assert worker_processes({}) == (os.cpu_count() or 1)
    assert worker_processes({"WORKER_PROCESSES": " 3 "}) == 3
    with pytest.raises(ValueError):
        worker_processes({"WORKER_PROCESSES": "0"})
    with pytest.raises(ValueError):
        worker_processes({"WORKER_PROCESSES": "many"})
