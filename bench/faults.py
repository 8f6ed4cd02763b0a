"""Fault loop: runs keep their promises while the worker is killed, Redis restarts and SQLite locks.

    python bench/faults.py [--runs 200] [--kills 10] [--spread 30] [--drain 120] [--seed N]

Everything is on loopback, in a temporary directory: a fresh SQLite database, its own
redis-server, one gunicorn (2 processes), one `python huey_consumer.py` (RUN_LEASE_SECONDS=5)
and a local HTTP peer that counts hits per (run, node). The workflow is four nodes in a chain:
http.request to the peer (a) → delay 0.2 s → http.request (b) → http.request (c).

--runs runs are executed over the API, paced over --spread seconds, while in the same window:
the consumer is SIGKILLed at --kills random moments (and started again at once), Redis is
stopped and started on the same port once, and another connection holds the SQLite database
under `BEGIN EXCLUSIVE` for 2 s. A poller lists runs and gets single runs all along and records
every status: during the faults they must be 200 or 503 JSON, never 500.

Then it waits (at most --drain seconds) for every run to finish and prints: created /
completed / failed / stuck (still running) / lost (acknowledged but not stored) runs; node
executions counted by the peer, with each repeated one classed as in flight at a kill (the
step had not been committed when the worker died: the contract's re-execution) or a true
duplicate (the step was already completed at the kill before it, or no kill explains it); and
the status histogram of the API during and outside faults. Goal: 0 lost, 0 stuck, 0 true
duplicates, 0 API 500s. The baseline is the same workflow's run duration with no fault.
"""

import argparse
import bisect
import collections
import http.client
import itertools
import json
import random
import re
import secrets
import sqlite3
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import Child, percentile, service_env  # noqa: E402

API = "/api/v2/workflows"
LEASE_SECONDS = 5
LOCK_SECONDS = 2.0
REDIS_DOWN_SECONDS = 1.0
FAULT_MARGIN_S = 1.0  # a request this close to a fault window counts as "during the fault"
TERMINAL = ("completed", "failed", "terminated")
HIT_PATH = re.compile(r"^/hit/([0-9a-f-]{36})/(\w+)$")


# --- the counting peer --------------------------------------------------------------------------


class _PeerHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.server.peer.count(self.path)
        payload = b'{"ok": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a worker SIGKILLed mid-request resets its connection: expected here


class CountingPeer:
    """A loopback HTTP server that records the time of every hit per (run, node)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.hits: dict[tuple[str, str], list[float]] = collections.defaultdict(list)
        self.server = _QuietServer(("127.0.0.1", 0), _PeerHandler)
        self.server.peer = self
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        """Return the peer's base URL."""
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def count(self, path: str) -> None:
        """Record one hit on /hit/<run>/<node>."""
        match = HIT_PATH.match(path)
        if match:
            with self.lock:
                self.hits[match.groups()].append(time.time())

    def stop(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()


def workflow_definition(peer_url: str) -> dict:
    """Return the chain a → delay → b → c, each http node posting to the peer."""

    def http_node(node_id, after=None):
        node = {
            "id": node_id,
            "type": "integration",
            "action": "http.request",
            "config": {"url": f"{peer_url}/hit/{{{{ run.id }}}}/{node_id}", "method": "POST"},
        }
        return {**node, "input_from": after} if after else node

    return {
        "nodes": [
            http_node("a"),
            {
                "id": "pause",
                "type": "delay",
                "action": "wait",
                "input_from": "a",
                "config": {"seconds": 0.2},
            },
            http_node("b", "pause"),
            http_node("c", "b"),
        ],
        "inputs": {},
        "outputs": {},
    }


# --- processes ----------------------------------------------------------------------------------


class Worker:
    """The Procfile's worker, restartable: each generation logs to its own file."""

    def __init__(self, env: dict, directory: Path):
        self.env, self.directory = env, directory
        self.generation = 0
        self.child = None

    def start(self) -> "Worker":
        """Start a new consumer process."""
        self.generation += 1
        log_path = self.directory / f"consumer-{self.generation:02d}.log"
        self.child = Child([sys.executable, "huey_consumer.py"], self.env, log_path)
        return self

    def wait_started(self, timeout: float = 60.0) -> None:
        """Wait until the current consumer takes tasks."""
        self.child.wait_for("Huey consumer started", timeout)

    def kill(self) -> None:
        """SIGKILL the current consumer."""
        self.child.kill()

    def stop(self) -> None:
        """Stop the current consumer gracefully."""
        self.child.stop()


def api_request(port, method, path, token, body=None, timeout=30):
    """Send one API request; return (status or error name, parsed JSON or None)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Authorization": f"Bearer {token}"}
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        connection.request(method, path, body=payload, headers=headers)
        response = connection.getresponse()
        raw = response.read()
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        return response.status, parsed
    except OSError as exc:
        return type(exc).__name__, None
    finally:
        connection.close()


# --- the fault loop -----------------------------------------------------------------------------


class Recorder:
    """Every API answer seen (time, route, status, JSON or not)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.answers: list[tuple[float, str, object, bool]] = []

    def add(self, route: str, status, parsed) -> None:
        """Record one answer."""
        with self.lock:
            self.answers.append((time.time(), route, status, parsed is not None))


class FaultLoop:
    """Drive runs through the API while faults happen; keep what is needed to judge them."""

    def __init__(self, *, port, token, workflow_id, database_path, redis, worker, args):
        self.port, self.token, self.workflow_id = port, token, workflow_id
        self.database_path, self.redis, self.worker, self.args = database_path, redis, worker, args
        self.recorder = Recorder()
        self.created: list[str] = []
        self.windows: list[tuple[str, float, float]] = []  # (fault, start, end) wall clock
        self.kills: list[tuple[float, set]] = []  # (time, (run, node) completed at that moment)
        self.creating = threading.Event()

    def call(self, route, method, path, body=None):
        """Send one request and record its answer."""
        status, parsed = api_request(self.port, method, path, self.token, body)
        self.recorder.add(route, status, parsed)
        return status, parsed

    def create_runs(self) -> None:
        """Execute --runs runs paced over --spread seconds; retry one that is not acknowledged."""
        begin = time.monotonic()
        path = f"{API}/{self.workflow_id}/execute"
        for index in range(self.args.runs):
            pause = begin + index * self.args.spread / self.args.runs - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            for _attempt in range(50):
                status, parsed = self.call("POST execute", "POST", path, {"inputs": {}})
                if status == 201:
                    self.created.append(parsed["run"]["id"])
                    break
                time.sleep(0.2)
        self.creating.clear()

    def poll(self) -> None:
        """List runs and get single runs until the creator is done."""
        rng = random.Random(self.args.seed + 1)
        while self.creating.is_set():
            self.call("GET runs", "GET", f"{API}/{self.workflow_id}/runs?limit=20")
            if self.created:
                run_id = rng.choice(self.created)
                self.call("GET run", "GET", f"{API}/{self.workflow_id}/runs/{run_id}")
            time.sleep(0.02)

    def completed_steps(self) -> set:
        """Return every (run, node) whose step is committed as completed right now."""
        with sqlite3.connect(self.database_path, timeout=30) as connection:
            rows = connection.execute(
                "SELECT run_id, node_id FROM step_runs WHERE status = 'completed'"
            ).fetchall()
        return set(rows)

    def kill_worker(self) -> None:
        """SIGKILL the consumer once it is taking tasks, note what was committed, restart it."""
        self.worker.wait_started()
        self.worker.kill()
        killed_at = time.time()
        self.kills.append((killed_at, self.completed_steps()))
        self.worker.start()
        self.windows.append(("kill", killed_at, killed_at))

    def restart_redis(self) -> None:
        """Stop redis-server and start it again on the same port."""
        start = time.time()
        self.redis.stop()
        time.sleep(REDIS_DOWN_SECONDS)
        self.redis.start()
        self.windows.append(("redis", start, time.time()))

    def lock_database(self) -> None:
        """Hold the SQLite database under an exclusive lock for 2 s from another connection."""
        connection = sqlite3.connect(self.database_path, timeout=30, isolation_level=None)
        try:
            connection.execute("BEGIN EXCLUSIVE")
            start = time.time()
            time.sleep(LOCK_SECONDS)
            connection.execute("COMMIT")
            self.windows.append(("sqlite lock", start, time.time()))
        finally:
            connection.close()

    def plan(self) -> list[tuple[float, str]]:
        """Return (seconds after the start, fault) for every fault, in time order."""
        rng = random.Random(self.args.seed)
        spread = self.args.spread
        slots = sorted(rng.uniform(1.0, spread) for _ in range(self.args.kills))
        plan = [(moment, "kill") for moment in slots]
        plan += [(spread * 0.45, "redis"), (spread * 0.7, "lock")]
        return sorted(plan)

    def inject_faults(self) -> None:
        """Run the fault plan against the clock."""
        begin = time.monotonic()
        actions = {
            "kill": self.kill_worker,
            "redis": self.restart_redis,
            "lock": self.lock_database,
        }
        for moment, fault in self.plan():
            pause = begin + moment - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            actions[fault]()

    def run(self) -> None:
        """Create runs, poll and inject faults at once; return when all three are done."""
        self.creating.set()
        threads = [
            threading.Thread(target=target, daemon=True)
            for target in (self.create_runs, self.poll, self.inject_faults)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


def run_statuses(database_path, run_ids) -> dict[str, str]:
    """Read {run id: status} of the given runs."""
    with sqlite3.connect(database_path, timeout=30) as connection:
        rows = connection.execute("SELECT id, status FROM workflow_runs").fetchall()
    wanted = set(run_ids)
    return {run_id: status for run_id, status in rows if run_id in wanted}


def drain(database_path, run_ids, timeout) -> tuple[dict, float]:
    """Wait until every run is terminal or the timeout passes; return statuses and seconds."""
    started = time.monotonic()
    while True:
        statuses = run_statuses(database_path, run_ids)
        running = [run for run in run_ids if statuses.get(run) == "running"]
        if not running or time.monotonic() - started > timeout:
            return statuses, time.monotonic() - started
        time.sleep(0.5)


def classify_repeats(hits: dict, kills: list) -> tuple[int, int, list]:
    """Return (in flight at a kill, true duplicates, examples) over every repeated hit."""
    kill_times = [moment for moment, _completed in kills]
    in_flight, duplicates, examples = 0, 0, []
    for key, moments in hits.items():
        moments = sorted(moments)
        for earlier, later in itertools.pairwise(moments):
            index = bisect.bisect_right(kill_times, earlier)
            between = [k for k in range(index, len(kills)) if kill_times[k] < later]
            if between and all(key not in kills[k][1] for k in between):
                in_flight += 1
            else:
                duplicates += 1
                examples.append((key, "completed before the kill" if between else "no kill"))
    return in_flight, duplicates, examples


def fault_of(moment: float, windows: list) -> str:
    """Return the fault whose window (widened by the margin) holds the moment, or "none"."""
    for name, start, end in sorted(windows, key=lambda window: window[0] == "kill"):
        if start - FAULT_MARGIN_S <= moment <= end + FAULT_MARGIN_S:
            return name
    return "none"


def baseline(port, token, workflow_id, database_path, count, pace_s) -> list[float]:
    """Return the sorted durations of `count` runs of the same workflow with no fault."""
    run_ids = []
    for _ in range(count):
        status, parsed = api_request(
            port, "POST", f"{API}/{workflow_id}/execute", token, {"inputs": {}}
        )
        if status == 201:
            run_ids.append(parsed["run"]["id"])
        time.sleep(pace_s)
    drain(database_path, run_ids, 60)
    return run_durations(database_path, run_ids)


def run_durations(database_path, run_ids) -> list[float]:
    """Return the sorted started → finished seconds of the finished runs among run_ids."""
    from datetime import datetime

    wanted = set(run_ids)
    with sqlite3.connect(database_path, timeout=30) as connection:
        rows = connection.execute(
            "SELECT id, started_at, finished_at FROM workflow_runs WHERE finished_at IS NOT NULL"
        ).fetchall()
    return sorted(
        (datetime.fromisoformat(str(end)) - datetime.fromisoformat(str(start))).total_seconds()
        for run_id, start, end in rows
        if run_id in wanted
    )


def report(loop: FaultLoop, statuses: dict, drained_s: float, peer: CountingPeer, base):
    """Print the figures and the verdicts; return True when every goal is met."""
    created = loop.created
    outcome = collections.Counter(statuses.get(run, "lost") for run in created)
    with peer.lock:
        hits = {key: list(moments) for key, moments in peer.hits.items()}
    ours = {key: moments for key, moments in hits.items() if key[0] in set(created)}
    in_flight, duplicates, examples = classify_repeats(ours, loop.kills)
    completed = {run for run in created if statuses.get(run) == "completed"}
    missing = [
        (run, node) for run in completed for node in ("a", "b", "c") if (run, node) not in ours
    ]
    histogram = collections.defaultdict(collections.Counter)
    bad = []
    for moment, route, status, is_json in loop.recorder.answers:
        fault = fault_of(moment, loop.windows)
        histogram[fault][status] += 1
        if status == 500 or (isinstance(status, int) and not is_json) or isinstance(status, str):
            bad.append((route, status, fault))
    elapsed_faults = {name: 0 for name in ("kill", "redis", "sqlite lock")}
    for name, _start, _end in loop.windows:
        elapsed_faults[name] += 1
    print()
    print(
        f"faults      : {elapsed_faults['kill']} consumer SIGKILLs, "
        f"{elapsed_faults['redis']} Redis restart, {elapsed_faults['sqlite lock']} SQLite lock "
        f"of {LOCK_SECONDS:.0f} s; RUN_LEASE_SECONDS={LEASE_SECONDS}"
    )
    print(
        f"runs        : created {len(created)}, completed {outcome['completed']}, "
        f"failed {outcome['failed']}, stuck (running) {outcome['running']}, "
        f"lost {outcome['lost']}  (drained in {drained_s:.1f} s)"
    )
    executions = sum(len(moments) for moments in ours.values())
    print(
        f"node hits   : {executions} http executions on {len(ours)} (run, node) pairs; "
        f"repeats: {in_flight} in flight at a kill (re-executed as documented), "
        f"{duplicates} true duplicates; {len(missing)} completed nodes never reached the peer"
    )
    for key, why in examples[:5]:
        print(f"  duplicate : run {key[0]} node {key[1]} ({why})")
    for fault in ("redis", "sqlite lock", "kill", "none"):
        label = {"kill": "worker kill ±1 s", "none": "no fault"}.get(fault, fault)
        print(f"API {label:<16}: {dict(sorted(histogram[fault].items(), key=str))}")
    for route, status, fault in bad[:5]:
        print(f"  bad answer: {route} -> {status} (fault: {fault})")
    failed_runs = [run for run in created if statuses.get(run) == "failed"]
    if failed_runs:
        print(f"  failed run example: {failed_runs[0]}")
    durations = run_durations(loop.database_path, list(completed))
    base_p50, p50, p99 = (
        percentile(base, 0.5),
        percentile(durations, 0.5),
        percentile(durations, 0.99),
    )
    print(
        f"run duration: p50 {p50:.2f} s, p99 {p99:.2f} s under faults vs p50 "
        f"{base_p50:.2f} s with no fault (baseline, {len(base)} runs); "
        f"p50 ratio {p50 / base_p50:.2f}"
    )
    goals = {
        "0 lost": outcome["lost"] == 0,
        "0 stuck": outcome["running"] == 0,
        "0 failed": outcome["failed"] == 0,
        "0 true duplicates": duplicates == 0,
        "0 API 500 / non-JSON": not bad,
    }
    print("goals       : " + ", ".join(f"{k} {'ok' if v else 'MISSED'}" for k, v in goals.items()))
    return all(goals.values())


def main(argv=None):
    """Set everything up, run the fault loop, print the figures; exit 1 when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--spread", type=float, default=30.0, help="seconds runs are created over")
    parser.add_argument("--drain", type=float, default=120.0)
    parser.add_argument("--baseline-runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    args.seed = args.seed if args.seed is not None else random.randrange(1_000_000)

    from service import create_app
    from service.config import load_config
    from service.migrate import apply_migrations
    from tasks.runs import connect_run_queue
    from tests.factories import token as make_token
    from tests.support.redis_server import RedisServer, free_port

    directory = Path(tempfile.mkdtemp(prefix="wf-bench-faults-"))
    database_path = directory / "faults.db"
    secret = secrets.token_urlsafe(48)
    redis = RedisServer().start()
    env = service_env(
        f"sqlite:///{database_path}",
        redis.url,
        secret,
        RATE_LIMIT="1000000/minute",
        HTTP_ALLOW_PRIVATE="1",
        RUN_LEASE_SECONDS=LEASE_SECONDS,
        WEB_CONCURRENCY=2,
        GUNICORN_CMD_ARGS="--access-logfile /dev/null",
    )
    create_app(load_config(env), queue=connect_run_queue)
    apply_migrations()
    peer = CountingPeer()
    port = free_port()
    web = Child(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            *("-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", "wsgi:app"),
        ],
        {**env, "PORT": str(port)},
        directory / "web.log",
    )
    worker = Worker(env, directory).start()
    ok = False
    try:
        web.wait_for("Booting worker")
        worker.wait_started()
        token = make_token("faults", "bench", secret=secret)
        deadline = time.monotonic() + 30
        while api_request(port, "GET", f"{API}/health", token)[0] != 200:
            if time.monotonic() > deadline:
                raise RuntimeError("the web server never became healthy")
            time.sleep(0.1)
        body = {"name": "fault loop", "definition": workflow_definition(peer.url)}
        status, parsed = api_request(port, "POST", API, token, body)
        if status != 201:
            raise RuntimeError(f"workflow create failed: {status} {parsed}")
        workflow_id = parsed["workflow"]["id"]
        print(
            f"seed {args.seed}: {args.runs} runs over {args.spread:.0f} s, {args.kills} kills, "
            f"1 Redis restart, 1 SQLite lock; logs in {directory}"
        )
        base = baseline(
            port, token, workflow_id, database_path, args.baseline_runs, args.spread / args.runs
        )
        loop = FaultLoop(
            port=port,
            token=token,
            workflow_id=workflow_id,
            database_path=database_path,
            redis=redis,
            worker=worker,
            args=args,
        )
        loop.run()
        statuses, drained_s = drain(database_path, loop.created, args.drain)
        ok = report(loop, statuses, drained_s, peer, base)
    finally:
        worker.stop()
        web.stop()
        redis.close()
        peer.stop()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
