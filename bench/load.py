"""Sustained load: mixed API traffic and WebSocket listeners on 2 web + 2 worker processes.

    python bench/load.py [--seconds 60] [--database-url postgresql://...] [--tenants 4]
                         [--client-processes 2] [--threads 8] [--listeners 8] [--drain 90]

It starts a throwaway PostgreSQL cluster (scripts/pg_test_server.sh, unless --database-url
names an empty database), its own redis-server, gunicorn with WEB_CONCURRENCY=2 and two
`python huey_consumer.py` processes, all on loopback, with RATE_LIMIT far above the load.
Each of --tenants tenants gets a token and a few three-node workflows (transform nodes).

For --seconds, --client-processes x --threads clients (each a tenant, keep-alive connections)
loop over a weighted mix: list workflows, get a workflow, create a workflow, execute a run,
list runs, get a run (polling the runs it started until they finish); --listeners WebSocket
clients (websocket-client, two per tenant by default) receive the event stream meanwhile and
check every frame belongs to their tenant. Then it waits (at most --drain seconds) until every
run created is finished.

It prints req/s and p50/p99 per route, every non-2xx status (goal: 0 5xx), runs completed vs
created (goal: equal), and the frames the listeners got against the events stored for their
tenants (goal: all of them, none of another tenant). Baselines in the same run with the same
clients: the public health route's req/s, and raw PostgreSQL `SELECT 1` round trips per
second over as many connections; the ratios are printed.
"""

import argparse
import collections
import http.client
import json
import multiprocessing
import os
import random
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import Child, percentile, service_env, three_node_definition  # noqa: E402

API = "/api/v2/workflows"
WORKFLOWS_PER_TENANT = 3
BASELINE_SECONDS = 5.0
TERMINAL = ("completed", "failed", "terminated")
# route -> weight in the mix
MIX = {
    "GET /workflows": 25,
    "GET /workflows/:id": 15,
    "POST /workflows": 4,
    "POST /:id/execute": 16,
    "GET /:id/runs": 15,
    "GET /:id/runs/:runId": 25,
}


class Client:
    """One keep-alive connection to the API that times every request."""

    def __init__(self, port: int, token: str | None):
        self.port, self.token = port, token
        self.connection = None

    def request(self, method, path, body=None):
        """Send one request; return (status or error name, parsed JSON or None, seconds)."""
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        started = time.perf_counter()
        for attempt in (1, 2):  # a keep-alive connection the server closed is retried once
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                self.connection.request(method, path, body=payload, headers=headers)
                response = self.connection.getresponse()
                raw = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.close()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as exc:
                self.close()
                if attempt == 2:
                    return type(exc).__name__, None, time.perf_counter() - started
            except OSError as exc:
                self.close()
                return type(exc).__name__, None, time.perf_counter() - started
        elapsed = time.perf_counter() - started
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        return response.status, parsed, elapsed

    def close(self):
        """Close the connection."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None


class Tally:
    """Latencies and statuses per route, and the runs created."""

    def __init__(self):
        self.latencies = collections.defaultdict(list)
        self.statuses = collections.defaultdict(collections.Counter)
        self.created_runs: list[str] = []
        self.examples: dict = {}

    def add(self, route, status, parsed, elapsed):
        """Record one answer."""
        self.latencies[route].append(elapsed)
        self.statuses[route][status] += 1
        if not (isinstance(status, int) and status < 400):
            self.examples.setdefault((route, status), parsed)

    def merge(self, other: dict):
        """Add a child process's tally (as plain data)."""
        for route, values in other["latencies"].items():
            self.latencies[route].extend(values)
        for route, counts in other["statuses"].items():
            self.statuses[route].update(counts)
        self.created_runs.extend(other["created_runs"])
        for key, value in other["examples"]:
            self.examples.setdefault(key, value)

    def as_data(self) -> dict:
        """Return the tally as picklable data."""
        return {
            "latencies": dict(self.latencies),
            "statuses": {route: dict(counts) for route, counts in self.statuses.items()},
            "created_runs": self.created_runs,
            "examples": list(self.examples.items()),
        }


# --- the mixed-traffic clients ------------------------------------------------------------------


def mixed_client(port, token, workflow_ids, until, seed, tally, lock):
    """Loop over the weighted mix until the wall clock reaches `until`."""
    rng = random.Random(seed)
    client = Client(port, token)
    workflows = list(workflow_ids)
    runs: list[tuple[str, str]] = []  # (workflow id, run id)
    polling: list[tuple[str, str]] = []  # runs not seen finished yet
    routes, weights = list(MIX), list(MIX.values())
    local = Tally()
    while time.time() < until:
        route = rng.choices(routes, weights)[0]
        workflow_id = rng.choice(workflows)
        if route == "GET /workflows":
            answer = client.request("GET", f"{API}?limit=20")
        elif route == "GET /workflows/:id":
            answer = client.request("GET", f"{API}/{workflow_id}")
        elif route == "POST /workflows":
            body = {"name": f"load-{secrets.token_hex(6)}", "definition": three_node_definition()}
            answer = client.request("POST", API, body)
            if answer[0] == 201:
                workflows.append(answer[1]["workflow"]["id"])
        elif route == "POST /:id/execute":
            answer = client.request("POST", f"{API}/{workflow_id}/execute", {"inputs": {}})
            if answer[0] == 201:
                runs.append((workflow_id, answer[1]["run"]["id"]))
                polling.append(runs[-1])
                local.created_runs.append(answer[1]["run"]["id"])
        elif route == "GET /:id/runs":
            answer = client.request("GET", f"{API}/{workflow_id}/runs?limit=20")
        else:
            if not runs:
                continue
            # Poll a run still going when there is one (what a client waiting on it does).
            pool = polling or runs
            index = rng.randrange(len(pool))
            workflow_id, run_id = pool[index]
            answer = client.request("GET", f"{API}/{workflow_id}/runs/{run_id}")
            if answer[0] == 200 and answer[1]["run"]["status"] in TERMINAL and pool is polling:
                polling.pop(index)
        local.add(route, *answer)
    client.close()
    with lock:
        tally.merge(local.as_data())


def hammer(port, token, path, until, tally, lock):
    """Send GET path on one keep-alive connection until `until` (the health baseline)."""
    client = Client(port, token)
    local = Tally()
    while time.time() < until:
        local.add(path, *client.request("GET", path))
    client.close()
    with lock:
        tally.merge(local.as_data())


def select_one(database_url, until, counts, lock):
    """Run SELECT 1 round trips on one connection until `until` (the database baseline)."""
    import psycopg2

    connection = psycopg2.connect(database_url)
    connection.autocommit = True
    done = 0
    with connection.cursor() as cursor:
        while time.time() < until:
            cursor.execute("SELECT 1")
            cursor.fetchone()
            done += 1
    connection.close()
    with lock:
        counts.append(done)


def client_process(kind, job, results):
    """Run `threads` client threads of one kind in this process; put their tally on the queue."""
    threads, lock = [], threading.Lock()
    tally, counts = Tally(), []
    for index in range(job["threads"]):
        if kind == "mixed":
            tenant = job["tenants"][index % len(job["tenants"])]
            args = (
                job["port"],
                tenant["token"],
                tenant["workflows"],
                job["until"],
                job["seed"] * 1000 + index,
                tally,
                lock,
            )
            target = mixed_client
        elif kind == "health":
            args = (job["port"], None, f"{API}/health", job["until"], tally, lock)
            target = hammer
        else:
            args = (job["database_url"], job["until"], counts, lock)
            target = select_one
        threads.append(threading.Thread(target=target, args=args, daemon=True))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put({"tally": tally.as_data(), "counts": counts})


def run_clients(kind, job, processes) -> tuple[Tally, list[int]]:
    """Run client processes of one kind; return their merged tally and counts."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    children = [
        context.Process(target=client_process, args=(kind, {**job, "seed": number}, results))
        for number in range(processes)
    ]
    for child in children:
        child.start()
    tally, counts = Tally(), []
    for _ in children:
        result = results.get(timeout=job["until"] - time.time() + 120)
        tally.merge(result["tally"])
        counts.extend(result["counts"])
    for child in children:
        child.join()
    return tally, counts


# --- WebSocket listeners ------------------------------------------------------------------------


class Listener(threading.Thread):
    """One WebSocket client of a tenant: counts the frames it receives per workflow."""

    def __init__(self, port, token, customer_id, stop):
        super().__init__(daemon=True)
        self.url = f"ws://127.0.0.1:{port}{API}/ws"
        self.token, self.customer_id, self.stop = token, customer_id, stop
        self.frames: collections.Counter = collections.Counter()  # workflow id -> frames
        self.errors: list[str] = []
        self.connected = threading.Event()

    def run(self):
        """Receive frames until told to stop."""
        import websocket

        try:
            socket = websocket.create_connection(
                self.url, header={"Authorization": f"Bearer {self.token}"}, timeout=1
            )
        except Exception as exc:
            self.errors.append(repr(exc))
            self.connected.set()
            return
        self.connected.set()
        try:
            while not self.stop.is_set():
                try:
                    raw = socket.recv()
                except websocket.WebSocketTimeoutException:
                    continue
                self.frames[json.loads(raw)["workflow_id"]] += 1
        except Exception as exc:
            self.errors.append(repr(exc))
        finally:
            socket.close()


# --- set-up -------------------------------------------------------------------------------------


def set_up_tenants(port, count, secret) -> list[dict]:
    """Make each tenant's token and its first workflows."""
    from tests.factories import token as make_token

    tenants = []
    for number in range(count):
        customer_id = f"load-{number}"
        token = make_token(customer_id, f"user-{number}", secret=secret, lifetime=3600)
        client = Client(port, token)
        workflows = []
        for index in range(WORKFLOWS_PER_TENANT):
            body = {"name": f"flow {index}", "definition": three_node_definition()}
            status, parsed, _ = client.request("POST", API, body)
            if status != 201:
                raise RuntimeError(f"workflow create failed: {status} {parsed}")
            workflows.append(parsed["workflow"]["id"])
        client.close()
        tenants.append({"customer_id": customer_id, "token": token, "workflows": workflows})
    return tenants


def drain(database_url, run_ids, timeout) -> tuple[collections.Counter, float]:
    """Wait until every run is finished or the timeout passes; return the status counts."""
    import psycopg2

    started = time.monotonic()
    connection = psycopg2.connect(database_url)
    connection.autocommit = True
    try:
        while True:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT status, count(*) FROM workflow_runs WHERE id = ANY(%s) GROUP BY status",
                    (list(run_ids),),
                )
                counts = collections.Counter(dict(cursor.fetchall()))
            if not counts["running"] or time.monotonic() - started > timeout:
                counts["missing"] = len(run_ids) - sum(counts.values())
                return counts, time.monotonic() - started
            time.sleep(0.5)
    finally:
        connection.close()


def check_frames(database_url, listeners) -> tuple[int, int]:
    """Return (frames expected: the stored events of each listener's tenant, foreign frames)."""
    import psycopg2

    connection = psycopg2.connect(database_url)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, customer_id FROM workflows")
            owner = dict(cursor.fetchall())
            cursor.execute("SELECT customer_id, count(*) FROM run_events GROUP BY customer_id")
            stored = dict(cursor.fetchall())
    finally:
        connection.close()
    foreign = sum(
        count
        for listener in listeners
        for workflow_id, count in listener.frames.items()
        if owner.get(workflow_id) != listener.customer_id
    )
    return sum(stored.get(listener.customer_id, 0) for listener in listeners), foreign


def report(args, tally, elapsed, health, select_rate, runs, drained_s, listeners):
    """Print every figure and the verdicts; return True when every goal is met."""
    total = sum(len(values) for values in tally.latencies.values())
    rate = total / elapsed
    health_rate = sum(len(values) for values in health.latencies.values()) / BASELINE_SECONDS
    print()
    print(f"{'route':<22} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}  statuses")
    for route in MIX:
        values = sorted(tally.latencies.get(route, []))
        statuses = dict(sorted(tally.statuses.get(route, {}).items(), key=str))
        print(
            f"{route:<22} {len(values):>9} {len(values) / elapsed:>8.1f} "
            f"{percentile(values, 0.5) * 1000:>8.1f} {percentile(values, 0.99) * 1000:>8.1f}  "
            f"{statuses}"
        )
    every = sorted(value for values in tally.latencies.values() for value in values)
    print(
        f"{'all':<22} {total:>9} {rate:>8.1f} {percentile(every, 0.5) * 1000:>8.1f} "
        f"{percentile(every, 0.99) * 1000:>8.1f}"
    )
    errors = collections.Counter()
    for counts in tally.statuses.values():
        for status, number in counts.items():
            if not (isinstance(status, int) and status < 400):
                errors[status] += number
    server_errors = sum(n for s, n in errors.items() if not isinstance(s, int) or s >= 500)
    print(f"non-2xx     : {dict(errors) or 0}; 5xx and connection errors: {server_errors}")
    for (route, status), body in list(tally.examples.items())[:5]:
        print(f"  example   : {route} -> {status}: {json.dumps(body)[:200]}")
    created = len(tally.created_runs)
    print(
        f"runs        : created {created}, completed {runs['completed']}, failed "
        f"{runs['failed']}, still running {runs['running']}, missing {runs['missing']} "
        f"(drained in {drained_s:.1f} s after the load)"
    )
    frames = sum(sum(listener.frames.values()) for listener in listeners)
    expected, foreign = check_frames(args.database_url, listeners)
    ws_errors = [error for listener in listeners for error in listener.errors]
    print(
        f"websocket   : {len(listeners)} listeners received {frames} frames of {expected} "
        f"stored for their tenants, {foreign} of another tenant, {len(ws_errors)} errors "
        f"{ws_errors[:2]}"
    )
    print(
        f"baselines   : health {health_rate:.1f} req/s, PostgreSQL SELECT 1 "
        f"{select_rate:.1f} round trips/s ({args.client_processes * args.threads} clients each)"
    )
    print(
        f"ratios      : mixed / health {rate / health_rate:.3f}, "
        f"mixed / SELECT 1 {rate / select_rate:.4f}"
    )
    goals = {
        "0 5xx": server_errors == 0,
        "runs completed = created": runs["completed"] == created,
        "0 foreign frames": foreign == 0 and not ws_errors,
        "every event received": frames == expected,
    }
    print("goals       : " + ", ".join(f"{k} {'ok' if v else 'MISSED'}" for k, v in goals.items()))
    return all(goals.values())


def main(argv=None):
    """Start everything, run the baselines and the load, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--tenants", type=int, default=4)
    parser.add_argument("--client-processes", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8, help="client threads per process")
    parser.add_argument("--listeners", type=int, default=8)
    parser.add_argument("--drain", type=float, default=90.0)
    args = parser.parse_args(argv)

    from service import create_app
    from service.config import load_config
    from service.migrate import apply_migrations
    from tasks.runs import connect_run_queue
    from tests.support.redis_server import RedisServer, free_port

    directory = Path(tempfile.mkdtemp(prefix="wf-bench-load-"))
    cluster = None
    database_url = args.database_url
    if args.database_url is None:
        directory.chmod(0o755)  # as root, the cluster belongs to `postgres`, who must get in
        cluster = directory / "pg"
        database_url = subprocess.run(
            [str(ROOT / "scripts" / "pg_test_server.sh"), "start", str(cluster)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        args.database_url = database_url
    redis = RedisServer().start()
    secret = secrets.token_urlsafe(48)
    env = service_env(
        database_url,
        redis.url,
        secret,
        RATE_LIMIT="100000000/minute",
        WEB_CONCURRENCY=2,
        HUEY_WORKERS=8,
        GUNICORN_CMD_ARGS="--access-logfile /dev/null",
    )
    children = []
    stop_listening = threading.Event()
    ok = False
    try:
        create_app(load_config(env), queue=connect_run_queue)
        apply_migrations()
        port = free_port()
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        children.append(
            Child(
                [gunicorn, "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", "wsgi:app"],
                {**env, "PORT": str(port)},
                directory / "web.log",
            )
        )
        for number in (1, 2):
            children.append(
                Child([sys.executable, "huey_consumer.py"], env, directory / f"worker-{number}.log")
            )
        for child in children[1:]:
            child.wait_for("Huey consumer started")
        deadline = time.monotonic() + 60
        while Client(port, None).request("GET", f"{API}/health")[0] != 200:
            if time.monotonic() > deadline:
                raise RuntimeError("the web server never became healthy")
            time.sleep(0.1)
        tenants = set_up_tenants(port, args.tenants, secret)
        clients = args.client_processes * args.threads
        print(
            f"{os.cpu_count()} CPUs; database {database_url.split('@')[-1]}, redis {redis.url}; "
            f"2 web + 2 worker processes; {clients} clients over {args.tenants} tenants, "
            f"{args.listeners} WebSocket listeners; logs in {directory}"
        )
        job = {"port": port, "tenants": tenants, "threads": args.threads}
        until = time.time() + BASELINE_SECONDS
        health, _ = run_clients("health", {**job, "until": until}, args.client_processes)
        until = time.time() + BASELINE_SECONDS
        _, counts = run_clients(
            "select", {**job, "database_url": database_url, "until": until}, args.client_processes
        )
        select_rate = sum(counts) / BASELINE_SECONDS

        listeners = [
            Listener(
                port,
                tenants[number % len(tenants)]["token"],
                tenants[number % len(tenants)]["customer_id"],
                stop_listening,
            )
            for number in range(args.listeners)
        ]
        for listener in listeners:
            listener.start()
        for listener in listeners:
            listener.connected.wait(10)
        started = time.time()
        tally, _ = run_clients(
            "mixed", {**job, "until": started + args.seconds}, args.client_processes
        )
        elapsed = time.time() - started
        runs, drained_s = drain(database_url, tally.created_runs, args.drain)
        time.sleep(1)  # the last events reach the listeners
        stop_listening.set()
        for listener in listeners:
            listener.join(5)
        ok = report(args, tally, elapsed, health, select_rate, runs, drained_s, listeners)
    finally:
        stop_listening.set()
        for child in reversed(children):
            child.stop()
        redis.close()
        if cluster is not None:
            subprocess.run(
                [str(ROOT / "scripts" / "pg_test_server.sh"), "stop", str(cluster)], check=False
            )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
