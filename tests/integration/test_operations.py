"""Operability on real processes: gunicorn (2 workers) and a Huey consumer, in JSON-log mode,
sharing one Prometheus multiprocess directory, as the Procfile runs them on one machine.

One module-scoped pair of processes serves every test here: runs complete, fail and are queued
through the HTTP API; /metrics (behind METRICS_TOKEN) must show them, whichever process did the
work; the access log and the worker's log are JSON lines that carry the request's id to the run.
"""

import json
import re
import time
import uuid

import pytest

from tests.factories import auth, definition, node
from tests.integration.conftest import RUN_DEADLINE_S, TERMINAL, wait_until_started
from tests.support.processes import Consumer, WebServer, service_environment

BASE = "/api/v2/workflows"
METRICS_TOKEN = "scrape-secret-for-tests"
OWNER = auth("tenant-ops", "user-ops")


@pytest.fixture(scope="module")
def stack(migrated, database_url, redis_server, tmp_path_factory):
    """gunicorn + a consumer with LOG_FORMAT=json, METRICS_TOKEN and a fresh metrics dir."""
    root = tmp_path_factory.mktemp("ops")
    environ = service_environment(
        database_url,
        redis_server.url,
        LOG_FORMAT="json",
        METRICS_TOKEN=METRICS_TOKEN,
        PROMETHEUS_MULTIPROC_DIR=str(root / "metrics"),
        RUN_LEASE_SECONDS=5,
        RATE_LIMIT="100000/minute",
    )
    web = WebServer(environ, workers=2, log_path=root / "web.log").start()
    consumer = wait_until_started(Consumer(environ, workers=4).start())
    yield web, consumer, root
    web.stop()
    consumer.kill()


def _json_lines(text: str) -> list[dict]:
    lines = []
    for line in text.splitlines():
        if line.startswith("{"):
            lines.append(json.loads(line))  # every structured line parses
    return lines


def _create(web, nodes, **extra) -> str:
    body = {"name": f"ops-{uuid.uuid4()}", "definition": {**definition(*nodes), **extra}}
    status, _headers, created = web.request("POST", BASE, body=body, headers=OWNER)
    assert status == 201, created
    return created["workflow"]["id"]


def _execute(web, workflow_id, request_id=None) -> dict:
    headers = {**OWNER, **({"X-Request-ID": request_id} if request_id else {})}
    status, answered, body = web.request(
        "POST", f"{BASE}/{workflow_id}/execute", body={}, headers=headers
    )
    assert status == 201, body
    return {"run": body["run"], "request_id": answered["X-Request-ID"]}


def _wait_ended(web, workflow_id, run_id) -> dict:
    deadline = time.monotonic() + RUN_DEADLINE_S
    while time.monotonic() < deadline:
        _status, _headers, body = web.request(
            "GET", f"{BASE}/{workflow_id}/runs/{run_id}", headers=OWNER
        )
        if body["run"]["status"] in TERMINAL:
            return body["run"]
        time.sleep(0.05)
    raise AssertionError(f"run {run_id} did not end")


def _scrape(web) -> dict[str, float]:
    status, headers, text = web.request(
        "GET", "/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}, raw_body=True
    )
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    samples = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            samples[name] = float(value)
    return samples


def _sample(samples, name: str, **labels) -> float:
    """Sum the samples of `name` whose labels include these."""
    wanted = [f'{key}="{value}"' for key, value in labels.items()]
    total = 0.0
    for key, value in samples.items():
        metric, _, rest = key.partition("{")
        if metric == name and all(item in rest for item in wanted):
            total += value
    return total


@pytest.fixture(scope="module")
def outcomes(stack):
    """Runs that completed, failed and were queued, through the API; and the metrics before."""
    web, _consumer, _root = stack
    before = _scrape(web)
    ok = _create(web, [node("greet", config={"values": {"hello": "world"}})])
    broken = _create(
        web,
        [
            node(
                "call",
                "integration",
                "http.request",
                config={"url": "http://127.0.0.1:9/nothing", "method": "GET"},
            )
        ],
    )
    slow = _create(
        web,
        [node("pause", "delay", "wait", config={"seconds": 0.5})],
        concurrency={"limit": 1},
    )
    completed = _execute(web, ok, request_id="trace-ops-1")
    failed = _execute(web, broken)
    first, queued = _execute(web, slow), _execute(web, slow)
    assert queued["run"]["status"] == "queued"
    runs = {
        "completed": (ok, completed),
        "failed": (broken, failed),
        "first": (slow, first),
        "queued": (slow, queued),
    }
    ended = {name: _wait_ended(web, wf, item["run"]["id"]) for name, (wf, item) in runs.items()}
    assert ended["completed"]["status"] == "completed"
    assert ended["failed"]["status"] == "failed"
    assert ended["queued"]["status"] == "completed"
    return {"before": before, "runs": runs}


def test_metrics_move_when_runs_complete_fail_and_are_queued(stack, outcomes):
    web = stack[0]
    deadline = time.monotonic() + 10
    while True:  # the worker records a run's end just after it commits
        after = _scrape(web)
        moved = {
            status: _sample(after, "workflow_runs_total", status=status)
            - _sample(outcomes["before"], "workflow_runs_total", status=status)
            for status in ("queued", "running", "completed", "failed")
        }
        if (moved["completed"] >= 3 and moved["failed"] >= 1) or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert moved["queued"] >= 1, moved  # counted by a web process
    assert moved["running"] >= 3, moved
    assert moved["completed"] >= 3 and moved["failed"] >= 1, moved  # counted by the worker
    assert _sample(after, "workflow_run_duration_seconds_count", status="failed") >= 1
    assert _sample(after, "workflow_run_duration_seconds_count", status="completed") >= 3
    assert _sample(after, "workflow_step_duration_seconds_count", type="transform", action="set")
    assert _sample(
        after, "workflow_step_duration_seconds_count", type="integration", action="http.request"
    )
    created = _sample(
        after, "http_requests_total", method="POST", route="/api/v2/workflows", status="201"
    )
    assert created >= 3
    assert _sample(after, "http_request_duration_seconds_count", method="POST") >= 7
    assert "workflow_queue_depth" in after
    assert "workflow_event_listeners" in after
    assert "workflow_schedule_fire_lag_seconds_count" in after
    assert not any("tenant-ops" in key for key in after)  # no tenant id in any label


def test_metrics_need_the_token(stack):
    web = stack[0]
    status, headers, body = web.request("GET", "/metrics")
    assert status == 401 and body["error"]["code"] == "invalid_token"
    assert headers["WWW-Authenticate"] == "Bearer"
    status, _headers, _body = web.request("GET", "/metrics", headers={"Authorization": "Bearer x"})
    assert status == 401


def test_health_reports_workers_and_queue_depth(stack):
    status, _headers, body = stack[0].request("GET", f"{BASE}/health")
    assert status == 200
    assert {"status", "service", "version", "timestamp", "checks"} <= set(body)
    assert body["workers"] >= 1  # the consumer's heartbeat
    assert body["queue_depth"] >= 0


def test_access_log_and_worker_log_are_json_lines_that_carry_the_request_id(stack, outcomes):
    _web, consumer, root = stack
    workflow_id, completed = outcomes["runs"]["completed"]
    run_id = completed["run"]["id"]
    assert completed["request_id"] == "trace-ops-1"
    deadline = time.monotonic() + 10
    while True:  # gunicorn writes its access line after the response is sent
        access = _json_lines((root / "web.log").read_text())
        executes = [
            line
            for line in access
            if line.get("logger") == "gunicorn.access" and line.get("request_id") == "trace-ops-1"
        ]
        if executes or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    (line,) = executes
    assert line["method"] == "POST" and line["path"] == f"{BASE}/{workflow_id}/execute"
    assert line["status"] == 201 and line["duration_ms"] > 0
    assert line["customer_id"] == "tenant-ops" and line["user_id"] == "user-ops"
    assert line["level"] == "INFO"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", line["ts"])

    worker = _json_lines(consumer.log())
    assert worker and all({"ts", "level", "logger", "message"} <= set(item) for item in worker)
    ended = [item for item in worker if item.get("run_id") == run_id and "ended" in item["message"]]
    assert ended, [item for item in worker if item.get("run_id") == run_id]
    assert ended[0]["request_id"] == "trace-ops-1"
    assert ended[0]["workflow_id"] == workflow_id
    failed_wf, failed = outcomes["runs"]["failed"]
    step = [
        item
        for item in worker
        if item.get("run_id") == failed["run"]["id"] and item.get("node_id") == "call"
    ]
    assert step and step[0]["level"] == "WARNING" and step[0]["workflow_id"] == failed_wf
    assert step[0]["request_id"] == failed["request_id"]  # generated by the API, carried along
    # The queued run reached a worker in a message a worker sent (promoted when the first run of
    # its group ended, no request in sight): its lines carry the id stored with the run.
    _slow_wf, queued = outcomes["runs"]["queued"]
    promoted = [
        item
        for item in worker
        if item.get("run_id") == queued["run"]["id"] and "ended" in item["message"]
    ]
    assert promoted and promoted[0]["request_id"] == queued["request_id"]
