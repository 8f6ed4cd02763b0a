"""Concurrency limits with real consumers (CONTRACT §10): never over the limit, FIFO, no leak."""

import time

from tests.factories import node
from tests.integration.conftest import BASE


def limited_workflow(api, url, concurrency):
    """Create a one-node workflow calling `url`, under this concurrency limit."""
    body = {
        "name": f"limited-{time.monotonic_ns()}",
        "definition": {
            "nodes": [node("call", "integration", "http.request", config={"url": url})],
            "inputs": {"type": "object", "properties": {"account": {"type": "string"}}},
            "outputs": {},
            "concurrency": concurrency,
        },
    }
    response = api.client.post(BASE, json=body, headers=api.headers)
    assert response.status_code == 201, response.json
    return response.json["workflow"]["id"]


def most_at_once(intervals) -> int:
    """Return the largest number of (start, end) intervals that overlap."""
    edges = sorted([(start, 1) for start, _ in intervals] + [(end, -1) for _, end in intervals])
    current = peak = 0
    for _, step in edges:
        current += step
        peak = max(peak, current)
    return peak


def test_limit_one_runs_five_runs_one_at_a_time_in_order(api, peer, start_consumer):
    start_consumer()
    start_consumer()  # two workers: the limit must hold across them
    prefix = f"/one-at-a-time-{time.monotonic_ns()}"
    workflow_id = limited_workflow(api, f"{peer.url}{prefix}?sleep=0.5", {"limit": 1})
    run_ids = [api.execute(workflow_id)["id"] for _ in range(5)]

    runs = [api.wait_finished(workflow_id, run_id, timeout=60) for run_id in run_ids]

    assert [run["status"] for run in runs] == ["completed"] * 5, runs
    intervals = peer.intervals(prefix)
    assert len(intervals) == 5 and most_at_once(intervals) == 1
    finished = [run["finished_at"] for run in runs]
    assert finished == sorted(finished)  # first come, first served


def test_limit_two_per_account_holds_for_each_account(api, peer, start_consumer):
    start_consumer()
    prefix = f"/per-account-{time.monotonic_ns()}"
    url = f"{peer.url}{prefix}/{{{{ inputs.account }}}}?sleep=0.5"
    workflow_id = limited_workflow(api, url, {"limit": 2, "key": "{{ inputs.account }}"})
    run_ids = [
        api.execute(workflow_id, {"account": account})["id"] for account in ("acme", "globex") * 4
    ]

    runs = [api.wait_finished(workflow_id, run_id, timeout=60) for run_id in run_ids]

    assert {run["status"] for run in runs} == {"completed"}
    for account in ("acme", "globex"):
        intervals = peer.intervals(f"{prefix}/{account}")
        assert len(intervals) == 4 and most_at_once(intervals) == 2


def test_a_worker_killed_mid_run_leaks_no_slot(api, peer, start_consumer):
    first = start_consumer()
    prefix = f"/leak-{time.monotonic_ns()}"
    workflow_id = limited_workflow(api, f"{peer.url}{prefix}?sleep=1", {"limit": 1})
    run_ids = [api.execute(workflow_id)["id"] for _ in range(3)]
    deadline = time.monotonic() + 20
    while peer.count(prefix) == 0:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    first.kill()  # mid-request: the run is recovered after its lease, its slot with it
    start_consumer()

    runs = [api.wait_finished(workflow_id, run_id, timeout=60) for run_id in run_ids]

    assert [run["status"] for run in runs] == ["completed"] * 3, runs
    assert most_at_once(peer.intervals(prefix)[1:]) == 1
