"""GET /health: the reference's shape, public, and honest when a dependency is down."""

import re

from service import create_app
from tasks.runs import connect_run_queue
from tests.conftest import make_config

BASE = "/api/v2/workflows"


def test_health_has_the_reference_shape(client):
    response = client.get(f"{BASE}/health")
    assert response.status_code == 200
    body = response.json
    assert body["status"] == "ok"
    assert body["service"] == "workflows-api-v2"
    assert body["version"] == "2.0.0"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", body["timestamp"])
    assert body["checks"] == {"database": "ok", "redis": "ok"}


def test_health_is_503_when_redis_is_down(clean_state, database_url):
    app = create_app(make_config(database_url, "redis://127.0.0.1:1/0"), queue=connect_run_queue)
    response = app.test_client().get(f"{BASE}/health")
    assert response.status_code == 503
    assert response.json["status"] == "degraded"
    assert response.json["checks"]["redis"] == "unavailable"
