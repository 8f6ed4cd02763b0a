"""Fixtures for end-to-end runs: real consumers, a counting HTTP peer, and an API driver.

The tests drive the API in-process (the `client` fixture) while real `huey_consumer.py`
processes execute the runs; both share the test database and the test Redis.
"""

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from service.db import db
from service.runs.models import Run, StepRun
from tests.factories import auth, definition, workflow_body
from tests.support.processes import Consumer, service_environment

BASE = "/api/v2/workflows"
TERMINAL = ("completed", "failed", "terminated")
RUN_DEADLINE_S = 60.0
CONSUMER_START_S = 30.0
HOLD_LIMIT_S = 60.0


# --- the HTTP peer ------------------------------------------------------------------------------


class _PeerHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _serve(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        url = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        status, body = self.server.peer.handle(url.path, query)
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _serve


class _PeerServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client gone before its answer (a consumer killed mid-request) is no fault of ours.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class HttpPeer:
    """A loopback HTTP server that counts hits per path and times each one.

    Behaviour is chosen per request by query parameters, so a workflow's URL says it all:
    `fail_first=N` answers 500 to the first N hits on that path, `sleep=S` holds the answer
    S seconds, `hold=1` holds it until the test calls `release(path)`. A path given a body
    with `respond()` answers it as JSON; others answer `{"path", "hit"}`.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.hits: dict[str, list[tuple[float, float]]] = {}
        self.bodies: dict[str, object] = {}
        self.gates: dict[str, threading.Event] = {}
        self.server = _PeerServer(("127.0.0.1", 0), _PeerHandler)
        self.server.peer = self
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """Return the peer's base URL."""
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def respond(self, path: str, body) -> None:
        """Answer `path` with this JSON body."""
        self.bodies[path] = body

    def handle(self, path: str, query: dict) -> tuple[int, object]:
        """Count the hit, then fail, sleep or answer as the query asks."""
        started = time.time()
        with self.lock:
            intervals = self.hits.setdefault(path, [])
            number = len(intervals) + 1
            intervals.append((started, started))
        if "sleep" in query:
            time.sleep(float(query["sleep"]))
        if "hold" in query:  # bounded, so a test that never releases fails instead of hanging
            self._gate(path).wait(HOLD_LIMIT_S)
        with self.lock:
            intervals[number - 1] = (started, time.time())
        if number <= int(query.get("fail_first", 0)):
            return 500, {"error": "planned failure", "hit": number}
        return 200, self.bodies.get(path, {"path": path, "hit": number})

    def release(self, path: str) -> None:
        """Answer the held requests on `path`, and those that come later at once."""
        self._gate(path).set()

    def _gate(self, path: str) -> threading.Event:
        with self.lock:
            return self.gates.setdefault(path, threading.Event())

    def count(self, path: str) -> int:
        """Return how many requests reached `path`."""
        with self.lock:
            return len(self.hits.get(path, []))

    def intervals(self, path: str) -> list[tuple[float, float]]:
        """Return the (start, end) wall-clock times of each hit on `path`."""
        with self.lock:
            return list(self.hits.get(path, []))

    def start(self) -> "HttpPeer":
        """Serve in a background thread."""
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def peer():
    """A counting HTTP peer on loopback, shared by a module's tests."""
    server = HttpPeer().start()
    yield server
    server.stop()


# --- consumers ----------------------------------------------------------------------------------


def wait_until_started(consumer: Consumer, timeout: float = CONSUMER_START_S) -> Consumer:
    """Wait until the consumer logs that it is taking tasks."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if "Huey consumer started" in consumer.log():
            return consumer
        if consumer.process.poll() is not None:
            raise RuntimeError(f"consumer exited at start:\n{consumer.log()}")
        time.sleep(0.05)
    raise RuntimeError(f"consumer did not start:\n{consumer.log()}")


@pytest.fixture
def start_consumer(migrated, database_url, redis_server):
    """Start real consumers on the test database and Redis; every one is killed at the end."""
    started: list[Consumer] = []

    def start(*, workers: int = 8, redis_url: str | None = None, **environ) -> Consumer:
        environ.setdefault("RUN_LEASE_SECONDS", 5)
        environment = service_environment(database_url, redis_url or redis_server.url, **environ)
        consumer = Consumer(environment, workers=workers).start()
        started.append(consumer)
        return wait_until_started(consumer)

    yield start
    for consumer in started:
        consumer.kill()


@pytest.fixture(scope="module")
def shared_consumer(migrated, database_url, redis_server):
    """One consumer for a whole module of tests that need no special settings."""
    environment = service_environment(database_url, redis_server.url, RUN_LEASE_SECONDS=5)
    consumer = wait_until_started(Consumer(environment, workers=8).start())
    yield consumer
    consumer.kill()


# --- driving the API ----------------------------------------------------------------------------


class RunsApi:
    """Create workflows, execute them and poll their runs through the API."""

    def __init__(self, client, headers: dict):
        self.client = client
        self.headers = headers

    def create_workflow(self, *nodes, name=None, **definition_fields) -> str:
        """Create a workflow of these nodes; return its id."""
        body = workflow_body(
            name=name or f"wf-{time.monotonic_ns()}",
            definition=definition(*nodes, **definition_fields),
        )
        response = self.client.post(BASE, json=body, headers=self.headers)
        assert response.status_code == 201, response.json
        return response.json["workflow"]["id"]

    def execute(self, workflow_id: str, inputs: dict | None = None) -> dict:
        """Execute the workflow; return the run the 201 answer holds."""
        response = self.client.post(
            f"{BASE}/{workflow_id}/execute", json={"inputs": inputs or {}}, headers=self.headers
        )
        assert response.status_code == 201, response.json
        return response.json["run"]

    def get(self, workflow_id: str, run_id: str) -> dict:
        """Return the run with its steps."""
        response = self.client.get(f"{BASE}/{workflow_id}/runs/{run_id}", headers=self.headers)
        assert response.status_code == 200, response.json
        return response.json["run"]

    def terminate(self, workflow_id: str, run_id: str):
        """Send DELETE for the run; return the response."""
        return self.client.delete(f"{BASE}/{workflow_id}/runs/{run_id}", headers=self.headers)

    def wait_for(self, workflow_id: str, run_id: str, predicate, *, timeout=RUN_DEADLINE_S):
        """Poll the run until predicate(run) holds; return the run."""
        deadline = time.monotonic() + timeout
        while True:
            run = self.get(workflow_id, run_id)
            if predicate(run):
                return run
            if time.monotonic() > deadline:
                raise AssertionError(f"run never reached the expected state: {run}")
            time.sleep(0.05)

    def wait_finished(self, workflow_id: str, run_id: str, *, timeout=RUN_DEADLINE_S) -> dict:
        """Poll until the run is terminal; return it."""
        return self.wait_for(
            workflow_id, run_id, lambda run: run["status"] in TERMINAL, timeout=timeout
        )

    def wait_step(self, workflow_id: str, run_id: str, node_id: str, status: str) -> dict:
        """Poll until the node's step has the status; return the run."""
        return self.wait_for(
            workflow_id, run_id, lambda run: steps_of(run)[node_id]["status"] == status
        )


def steps_of(run: dict) -> dict[str, dict]:
    """Return a run's steps keyed by node id."""
    return {step["node_id"]: step for step in run["steps"]}


def step_statuses(run_ids: list[str]) -> dict[str, dict[str, str]]:
    """Read {run id: {node id: status}} straight from the database."""
    with db.connection_context():
        rows = StepRun.select(StepRun.run, StepRun.node_id, StepRun.status).where(
            StepRun.run.in_(run_ids)
        )
        statuses: dict[str, dict[str, str]] = {run_id: {} for run_id in run_ids}
        for row in rows:
            statuses[row.run_id][row.node_id] = row.status
    return statuses


def run_row(run_id: str) -> Run:
    """Read the run's row (with its lease columns) straight from the database."""
    with db.connection_context():
        return Run.get_by_id(run_id)


@pytest.fixture
def api(client):
    """The runs API as tenant A."""
    return RunsApi(client, auth("tenant-a", "user-a"))
