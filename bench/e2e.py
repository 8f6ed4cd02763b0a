"""End to end through HTTP: 3-node runs vs a bare Flask route that enqueues a Huey no-op.

Used by bench/runs.py as its phase (d). Both sides are served the Procfile's way (gunicorn with
gunicorn.conf.py) and consumed by one consumer of 8 thread workers:

- baseline: bench/enqueue_app.py, `POST /enqueue` → a no-op task that counts itself, consumed
  by `huey_consumer bench.enqueue_app.huey -w 8 -k thread`;
- service: `wsgi:app`, authenticated `POST /api/v2/workflows/:id/execute` of the 3-node
  workflow, consumed by `python huey_consumer.py` (its default WORKER_PROCESSES, one per CPU,
  holding 8 threads in all: bench.common.consumer_threads), full persistence.

The same client (a separate process: --connections keep-alive threads) sends --count requests
to each; the time runs from the first request to the last task or run completed, as seen by a
20 Hz poll. The rounds alternate (baseline, service, baseline, service…) so a change in the
machine's background load favours neither. It prints each side's rate and their ratio.
"""

import http.client
import json
import multiprocessing
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.api import Gunicorn, free_port, request  # noqa: E402
from bench.common import (  # noqa: E402
    E2E_DONE_KEY,
    Child,
    consumer_threads,
    three_node_definition,
)

API = "/api/v2/workflows"
TARGET_RATIO = 0.40


def _client_thread(port, path, headers, count, errors):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    body = json.dumps({"inputs": {}}).encode()
    for _ in range(count):
        try:
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 201:
                errors.append(response.status)
        except (OSError, http.client.HTTPException) as exc:
            connection.close()
            errors.append(repr(exc))


def send_requests(port, path, headers, count, connections, results):
    """Send `count` POSTs over `connections` keep-alive threads (a child process's target)."""
    headers = {**headers, "Content-Type": "application/json"}
    errors: list = []
    share = [count // connections + (i < count % connections) for i in range(connections)]
    threads = [
        threading.Thread(target=_client_thread, args=(port, path, headers, n, errors))
        for n in share
    ]
    started = time.time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put(
        {"started": started, "sent": time.time(), "errors": errors[:5], "failed": len(errors)}
    )


def drive(port, path, headers, count, connections, done) -> dict:
    """Send the requests from a child process; return seconds from first request to done()."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    client = context.Process(
        target=send_requests, args=(port, path, headers, count, connections, results)
    )
    client.start()
    while done() < count:
        if not client.is_alive() and results.empty():
            raise SystemExit("the client process died")
        time.sleep(0.05)
    finished = time.time()
    outcome = results.get(timeout=60)
    client.join()
    if outcome["failed"]:
        raise SystemExit(f"{outcome['failed']} requests failed, e.g. {outcome['errors']}")
    return {
        "seconds": finished - outcome["started"],
        "per_s": count / (finished - outcome["started"]),
    }


def completed_runs(workflow_id: str):
    """Return a function counting the workflow's completed runs (a cheap indexed count)."""
    from service.db import db
    from service.runs.models import Run

    def count() -> int:
        with db.connection_context():
            return (
                Run.select()
                .where((Run.workflow == workflow_id) & (Run.status == "completed"))
                .count()
            )

    return count


def bench_end_to_end(
    *, env: dict, directory: Path, token: str, count: int, connections: int, rounds: int
) -> dict:
    """Run the alternating rounds; return each side's rates and the ratio of their medians."""
    import redis

    counter = redis.Redis.from_url(env["REDIS_URL"])
    env = {**env, "RATE_LIMIT": "100000000/minute"}
    headers = {"Authorization": f"Bearer {token}"}
    service = Gunicorn("wsgi:app", env, directory, "e2e-web")
    baseline = Gunicorn("bench.enqueue_app:app", env, directory, "e2e-baseline-web")
    workers = [
        Child(
            [sys.executable, "huey_consumer.py"],
            {**env, **consumer_threads(8)},
            directory / "e2e-worker.log",
        ),
        Child(
            [
                str(Path(sys.executable).parent / "huey_consumer"),
                "bench.enqueue_app.huey",
                "-w",
                "8",
                "-k",
                "thread",
            ],
            env,
            directory / "e2e-baseline-worker.log",
        ),
    ]
    try:
        service.wait_ready(f"{API}/health")
        baseline.wait_ready("/enqueue", method="POST", expect=201)
        for worker in workers:
            worker.wait_for("consumer")
        status, payload = request(
            service.port,
            "POST",
            API,
            headers=headers,
            body={"name": f"e2e-{free_port()}", "definition": three_node_definition()},
        )
        if status != 201:
            raise SystemExit(f"creating the workflow answered {status}: {payload[:300]!r}")
        workflow_id = json.loads(payload)["workflow"]["id"]
        path = f"{API}/{workflow_id}/execute"
        done_runs = completed_runs(workflow_id)
        drive(service.port, path, headers, 50, connections, lambda: done_runs())  # warm-up
        base_rates, service_rates = [], []
        for _ in range(rounds):
            counter.set(E2E_DONE_KEY, 0)
            base = drive(
                baseline.port,
                "/enqueue",
                {},
                count,
                connections,
                lambda: int(counter.get(E2E_DONE_KEY) or 0),
            )
            base_rates.append(base["per_s"])
            before = done_runs()
            ours = drive(
                service.port,
                path,
                headers,
                count,
                connections,
                lambda before=before: done_runs() - before,
            )
            service_rates.append(ours["per_s"])
    finally:
        for worker in workers:
            worker.stop()
        service.stop()
        baseline.stop()
    base_median = sorted(base_rates)[len(base_rates) // 2]
    ours_median = sorted(service_rates)[len(service_rates) // 2]
    return {
        "baseline": base_rates,
        "service": service_rates,
        "ratio": ours_median / base_median,
        "ratios": [ours / base for ours, base in zip(service_rates, base_rates, strict=True)],
    }


def print_end_to_end(result: dict, count: int, connections: int) -> None:
    """Print the end-to-end figures beside their baseline."""

    def rates(values):
        return ", ".join(f"{value:.0f}" for value in values)

    ratio = result["ratio"]
    print(f"(d) end to end over HTTP, {count} requests per round, {connections} connections:")
    print(f"    bare Flask route + Huey no-op: {rates(result['baseline'])} tasks/s")
    print(f"    POST /execute, 3-node runs:    {rates(result['service'])} runs/s")
    per_round = ", ".join(f"{value:.2f}" for value in result["ratios"])
    verdict = "met" if ratio >= TARGET_RATIO else "MISSED"
    print(f"    ratio {ratio:.2f} (rounds {per_round})  [goal >= {TARGET_RATIO:.2f}: {verdict}]")
