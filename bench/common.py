"""Shared by the benchmarks: child processes, the service environment, percentiles, a workload."""

import os
import subprocess
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
# The Redis counter bench/enqueue_app.py's no-op task increments, read by bench/e2e.py.
E2E_DONE_KEY = "bench:e2e:done"


class Child:
    """A child process whose output goes to a log file."""

    def __init__(self, args: list[str], env: dict, log_path: Path):
        self.log_path = log_path
        self.handle = open(log_path, "wb")  # noqa: SIM115  (closed in stop/kill)
        self.process = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=self.handle, stderr=subprocess.STDOUT
        )

    def wait_for(self, text: str, timeout: float = 60.0) -> "Child":
        """Wait until the log shows text."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log_path.read_text(errors="replace"):
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.log_path.name} exited:\n{self.log_path.read_text()}")
            time.sleep(0.05)
        raise RuntimeError(f"{self.log_path.name} never logged {text!r}")

    def kill(self) -> None:
        """SIGKILL the process: no cleanup at all."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.handle.close()

    def stop(self) -> None:
        """Stop the process gracefully (kill it if it lingers)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.handle.close()


def percentile(sorted_values, fraction):
    """Return the value at a fraction of a sorted list (nan when empty)."""
    if not sorted_values:
        return float("nan")
    return sorted_values[min(int(len(sorted_values) * fraction), len(sorted_values) - 1)]


def service_env(database_url: str, redis_url: str, secret: str, **settings) -> dict:
    """Return the environment of the service's processes: production mode plus `settings`."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "RATE_LIMIT", "TEST_DATABASE_URL"}
    }
    environ.update(
        APP_ENV="production",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        JWT_SECRET_KEY=secret,
        PYTHONUNBUFFERED="1",
    )
    environ.update({name: str(value) for name, value in settings.items()})
    return environ


def consumer_threads(total: int) -> dict:
    """Return the worker's settings holding `total` threads over its default processes.

    `python huey_consumer.py` runs WORKER_PROCESSES consumers (default: the CPU count), each with
    HUEY_WORKERS threads; a bench comparing it with one `huey_consumer -w N` gives it N threads
    in all, so neither side has more threads than the other.
    """
    processes = max(1, min(os.cpu_count() or 1, total))
    return {"WORKER_PROCESSES": str(processes), "HUEY_WORKERS": str(max(1, total // processes))}


def three_node_definition() -> dict:
    """Return a chain of three transform.set nodes (no outside call: the load stays on us)."""
    return {
        "nodes": [
            {"id": "one", "type": "transform", "action": "set", "config": {"values": {"n": 1}}},
            {
                "id": "two",
                "type": "transform",
                "action": "set",
                "input_from": "one",
                "config": {"values": {"n": "{{ input.n }}", "m": 2}},
            },
            {
                "id": "three",
                "type": "transform",
                "action": "set",
                "input_from": "two",
                "config": {"values": {"sum": "{{ steps.two.output.m }}"}},
            },
        ],
        "inputs": {},
        "outputs": {},
    }


def make_database(workdir: Path, base_url: str):
    """Return (DATABASE_URL, drop function): a SQLite file, or a new PostgreSQL database."""
    if not base_url:
        return f"sqlite:///{workdir / 'bench.db'}", lambda: None
    import psycopg2

    name = f"wf_bench_{uuid.uuid4().hex[:12]}"
    admin = psycopg2.connect(base_url)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()

    return urlunparse(urlparse(base_url)._replace(path=f"/{name}")), drop


def pop_websocket_frames(buffer: bytearray) -> list[tuple[int, bytes]]:
    """Pop every complete server frame (unmasked) from the buffer as (opcode, payload)."""
    frames = []
    while len(buffer) >= 2:
        length, offset = buffer[1] & 0x7F, 2
        if length == 126:
            length, offset = int.from_bytes(buffer[2:4], "big"), 4
        elif length == 127:
            length, offset = int.from_bytes(buffer[2:10], "big"), 10
        if len(buffer) < offset + length:
            break
        frames.append((buffer[0] & 0x0F, bytes(buffer[offset : offset + length])))
        del buffer[: offset + length]
    return frames
