"""Health probing of the service's dependencies."""

from flask import current_app

from service.clock import isoformat, utcnow
from service.db import db

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
    return {
        "status": status,
        "service": SERVICE_NAME,
        "version": SERVICE_VERSION,
        "timestamp": isoformat(utcnow()),
        "checks": checks,
    }
