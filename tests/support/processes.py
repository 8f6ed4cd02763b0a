"""Real service processes for end-to-end tests: gunicorn web servers and Huey consumers."""

import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.factories import SECRET
from tests.support.redis_server import free_port

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def service_environment(database_url: str, redis_url: str, **extra) -> dict:
    """Return the environment a web or worker process of the tests runs with."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "TEST_DATABASE_URL", "RATE_LIMIT"}
    }
    environ.update(
        APP_ENV="testing",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        JWT_SECRET_KEY=SECRET,
        HTTP_ALLOW_PRIVATE="1",
        PYTHONUNBUFFERED="1",
    )
    environ.update({key: str(value) for key, value in extra.items()})
    return environ


class WebServer:
    """gunicorn serving wsgi:app on a free loopback port, as the Procfile runs it."""

    def __init__(self, environ: dict, *, workers: int = 2, log_path=None):
        self.port = free_port()
        self.environ = {**environ, "PORT": str(self.port), "WEB_CONCURRENCY": str(workers)}
        self.process = None
        self.log_path = log_path  # where its stdout (the access log) goes; default: nowhere

    def start(self) -> "WebServer":
        """Start gunicorn and wait for /health."""
        self.process = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "-c",
                "gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{self.port}",
                "wsgi:app",
            ],
            cwd=ROOT,
            env=self.environ,
            stdout=open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL,  # noqa: SIM115
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if self.request("GET", "/api/v2/workflows/health")[0] == 200:
                    return self
            except OSError:
                time.sleep(0.1)
            if self.process.poll() is not None:
                raise RuntimeError(self.process.stderr.read().decode())
        raise RuntimeError("gunicorn did not become healthy")

    def request(self, method, path, *, body=None, headers=None, raw_body=False):
        """Send one request on a new connection; return (status, headers, parsed JSON).

        With raw_body, the body comes back as text, not parsed (e.g. /metrics).
        """
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            payload = json.dumps(body) if body is not None else None
            all_headers = {"Content-Type": "application/json", **(headers or {})}
            connection.request(method, path, body=payload, headers=all_headers)
            response = connection.getresponse()
            raw = response.read()
            if raw_body:
                return response.status, dict(response.getheaders()), raw.decode()
            parsed = json.loads(raw) if raw else None
            return response.status, dict(response.getheaders()), parsed
        finally:
            connection.close()

    def worker_pids(self) -> list[int]:
        """Return the pids of gunicorn's worker processes (children of the master)."""
        return child_pids(self.process.pid)

    def stop(self):
        """Stop gunicorn gracefully."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def child_pids(parent: int) -> list[int]:
    """Return the pids of the live (not zombie) children of a process (Linux /proc)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        if int(fields[1]) == parent and fields[0] != "Z":
            pids.append(int(stat.parent.name))
    return pids


def alive(pid: int) -> bool:
    """Tell whether a process exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


class Consumer:
    """`python huey_consumer.py`, as the Procfile's worker runs it."""

    def __init__(self, environ: dict, *, workers: int = 8, processes: int = 1):
        # One process unless told: a test's `workers` is then every thread there is, and
        # kill() is one consumer's crash (tests/integration/test_worker_processes.py tests more).
        self.environ = {
            **environ,
            "HUEY_WORKERS": str(workers),
            "WORKER_PROCESSES": str(environ.get("WORKER_PROCESSES", processes)),
        }
        self.process = None
        self.log_path = None

    def start(self) -> "Consumer":
        """Start the consumer process (its log goes to a temporary file)."""
        import tempfile

        with tempfile.NamedTemporaryFile(
            prefix="wf-consumer-", suffix=".log", delete=False
        ) as log:  # the child keeps its own descriptor
            self.log_path = log.name
            self.process = subprocess.Popen(
                [sys.executable, "huey_consumer.py"],
                cwd=ROOT,
                env=self.environ,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self

    def log(self) -> str:
        """Return what the consumer printed so far."""
        return Path(self.log_path).read_text() if self.log_path else ""

    def kill(self):
        """SIGKILL the consumer (a crash: no cleanup at all)."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self, sig=None):
        """Stop the consumer with SIGTERM (graceful) or the given signal."""
        import signal

        if self.process and self.process.poll() is None:
            self.process.send_signal(sig or signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
