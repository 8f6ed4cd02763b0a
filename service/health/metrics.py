"""GET /metrics: Prometheus text from every web and worker process (METRICS_TOKEN when set).

Outside the API prefix and the OpenAPI document, as scrapers expect; not rate limited, no JWT.
"""

import hmac

from flask import Blueprint, Response, current_app, request

from service.errors import error_response
from service.observability.metrics import exposition
from service.runs.heartbeats import workers_seen
from service.runs.queue import queue_depth

blp = Blueprint("metrics", __name__)


def _authorized(expected: str | None) -> bool:
    if not expected:
        return True
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    return scheme == "Bearer" and hmac.compare_digest(given.strip().encode(), expected.encode())


@blp.get("/metrics")
def metrics():
    """Answer the metrics in Prometheus' text format."""
    if not _authorized(current_app.config["WORKFLOWS"].metrics_token):
        return error_response(
            401,
            "invalid_token",
            "GET /metrics needs Authorization: Bearer <METRICS_TOKEN>.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    redis = current_app.extensions["workflows_redis"]
    body, content_type = exposition(
        {
            "workflow_queue_depth": ("Runs waiting in the queue for a worker.", queue_depth),
            "workflow_workers_seen": (
                "Worker processes whose heartbeat was seen in the last minute.",
                lambda: workers_seen(redis),
            ),
        }
    )
    return Response(body, content_type=content_type)
