"""Health probing of the service's dependencies."""

from flask import current_app

from service.clock import isoformat, utcnow
from service.db import db
from service.runs.heartbeats import workers_seen
from service.runs.queue import queue_depth

SERVICE_NAME = "workflows-api-v2"
SERVICE_VERSION = "2.0.0"


def check_health() -> dict:
    """Report ok when the database and Redis both answer, degraded otherwise."""
    checks = {"database": "ok", "redis": "ok"}
    try:
        db.execute_sql("SELECT 1")
    except Exception:
        checks["database"] = "unavailable"
    try:
        current_app.extensions["workflows_redis"].ping()
    except Exception:
        checks["redis"] = "unavailable"
    status = "ok" if all(value == "ok" for value in checks.values()) else "degraded"
    report = {
        "status": status,
        "service": SERVICE_NAME,
        "version": SERVICE_VERSION,
        "timestamp": isoformat(utcnow()),
        "checks": checks,
    }
    if checks["redis"] == "ok":
        # What tells a deploy is alive beyond "it answers": workers beating, runs not piling up.
        report["workers"] = _or_none(
            lambda: workers_seen(current_app.extensions["workflows_redis"])
        )
        report["queue_depth"] = _or_none(queue_depth)
    else:
        report["workers"] = report["queue_depth"] = None
    return report


def _or_none(read):
    try:
        return read()
    except Exception:
        return None
