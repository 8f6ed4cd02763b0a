"""The Prometheus metrics every web and worker process records (CONTRACT §13).

In production PROMETHEUS_MULTIPROC_DIR is set before this module is first imported (by
gunicorn.conf.py and huey_consumer.py, see multiproc.py): each process then writes its samples
to files there and GET /metrics sums them across gunicorn's workers and the Huey consumers on
the machine. Without it (tests, one-off scripts) the samples stay in this process.
No label carries a tenant id: labels are bounded sets (statuses, node types, route templates).
"""

import json
import os
from datetime import datetime

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector

RUN_STATUS_OF_EVENT = {
    "execution:queued": "queued",
    "execution:started": "running",
    "execution:completed": "completed",
    "execution:failed": "failed",
    "execution:terminated": "terminated",
}
_ENDED = ("completed", "failed", "terminated")

RUNS = Counter(
    "workflow_runs_total",
    "Runs that entered each status (queued, running, completed, failed, terminated).",
    ["status"],
)
RUN_DURATION = Histogram(
    "workflow_run_duration_seconds",
    "Time from a run's start to its end, by how it ended.",
    ["status"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 86400, float("inf")),
)
STEP_DURATION = Histogram(
    "workflow_step_duration_seconds",
    "Time a step took from its start to its end (attempts and waits included).",
    ["type", "action"],
    buckets=(0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600, float("inf")),
)
SCHEDULE_FIRE_LAG = Histogram(
    "workflow_schedule_fire_lag_seconds",
    "How long after its slot a schedule's run was started.",
    buckets=(0.1, 0.25, 0.5, 1, 1.5, 2, 5, 10, 30, 60, 300, 3600, float("inf")),
)
EVENT_LISTENERS = Gauge(
    "workflow_event_listeners",
    "Open event stream listeners (WebSockets) across the web processes.",
    multiprocess_mode="livesum",
)
HTTP_REQUESTS = Counter(
    "http_requests_total",
    "HTTP requests answered, by method, route template and status.",
    ["method", "route", "status"],
)
HTTP_DURATION = Histogram(
    "http_request_duration_seconds",
    "Time the app took to answer, by method and route template.",
    ["method", "route"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, float("inf")),
)


def record_run_events(events) -> None:
    """Count the runs whose status these stored events report, and time the ended ones."""
    for event in events:
        status = RUN_STATUS_OF_EVENT.get(event.event)
        if status is None:
            continue
        RUNS.labels(status).inc()
        if status in _ENDED:
            seconds = _run_seconds(event.data)
            if seconds is not None:
                RUN_DURATION.labels(status).observe(seconds)


def _run_seconds(data) -> float | None:
    """Return finished_at - started_at of the run document an execution event carries."""
    try:
        run = json.loads(data) if isinstance(data, str) else data
        started = datetime.fromisoformat(run["started_at"])
        finished = datetime.fromisoformat(run["finished_at"])
    except (TypeError, ValueError, KeyError):
        return None
    return max(0.0, (finished - started).total_seconds())


def record_step(*, node_type: str, action: str, started_at, finished_at) -> None:
    """Time one ended step."""
    if started_at is not None and finished_at is not None:
        seconds = max(0.0, (finished_at - started_at).total_seconds())
        STEP_DURATION.labels(node_type, action).observe(seconds)


def record_schedule_lag(seconds: float) -> None:
    """Observe how late a schedule's slot fired."""
    SCHEDULE_FIRE_LAG.observe(max(0.0, seconds))


class _Gauges:
    """A collector of gauges read at scrape time (e.g. the queue's depth)."""

    def __init__(self, readings: dict):
        self.readings = readings

    def collect(self):
        """Read each gauge now; one that cannot be read is left out of this scrape."""
        for name, (documentation, read) in self.readings.items():
            try:
                value = read()
            except Exception:
                continue
            if value is not None:
                yield GaugeMetricFamily(name, documentation, value=value)


def exposition(readings: dict | None = None) -> tuple[bytes, str]:
    """Return (the text exposition of every process's metrics, its content type).

    `readings` maps a gauge's name to (help, a function reading it now).
    """
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
    else:
        registry = CollectorRegistry()
        registry.register(_Forward(REGISTRY))
    if readings:
        registry.register(_Gauges(readings))
    return generate_latest(registry), CONTENT_TYPE_LATEST


class _Forward:
    """Expose another registry's metrics inside a scrape registry."""

    def __init__(self, registry):
        self.registry = registry

    def collect(self):
        """Yield the other registry's metrics."""
        yield from self.registry.collect()
