"""X-Request-ID in and out, request metrics, and the JSON log line format."""

import io
import json
import logging
import re

import pytest

from service.config import ConfigError, load_config
from service.observability.context import fields_bound
from service.observability.logs import configure_logging
from service.observability.metrics import HTTP_REQUESTS
from tests.factories import auth

BASE = "/api/v2/workflows"
GENERATED = re.compile(r"[0-9a-f]{32}")


def test_request_id_is_generated_when_absent(client):
    response = client.get(f"{BASE}/health")
    assert GENERATED.fullmatch(response.headers["X-Request-ID"])


@pytest.mark.parametrize("given", ["abc", "A.b_c-9", "x" * 128])
def test_a_valid_request_id_is_echoed(client, given):
    response = client.get(BASE, headers={**auth(), "X-Request-ID": given})
    assert response.status_code == 200
    assert response.headers["X-Request-ID"] == given


@pytest.mark.parametrize("given", ["", "x" * 129, "has space", "semi;colon", "ünï"])
def test_an_invalid_request_id_is_replaced(client, given):
    response = client.get(BASE, headers={**auth(), "X-Request-ID": given})
    assert GENERATED.fullmatch(response.headers["X-Request-ID"])


def test_request_id_is_echoed_on_errors_too(client):
    for response in (
        client.get(BASE, headers={"X-Request-ID": "no-token"}),  # 401
        client.get(
            f"{BASE}/{'0' * 8}-0000-4000-8000-{'0' * 12}",
            headers={**auth(), "X-Request-ID": "gone"},
        ),
        client.get("/nowhere", headers={"X-Request-ID": "unrouted"}),
    ):
        assert response.status_code in (401, 404)
        assert response.headers["X-Request-ID"] in ("no-token", "gone", "unrouted")


def test_requests_are_counted_by_route_template(client):
    route = "/api/v2/workflows/<uuid:workflow_id>"
    counter = HTTP_REQUESTS.labels("GET", route, "404")
    before = counter._value.get()
    client.get(f"{BASE}/{'1' * 8}-1111-4111-8111-{'1' * 12}", headers=auth())
    assert counter._value.get() == before + 1


def test_metrics_route_is_open_without_a_token_setting(client):
    response = client.get("/metrics")
    assert response.status_code == 200
    assert "http_requests_total" in response.get_data(as_text=True)


def test_metrics_route_needs_the_token_when_set(make_app):
    client = make_app(METRICS_TOKEN="s3cret").test_client()
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers=auth()).status_code == 401  # a JWT is not the token
    ok = client.get("/metrics", headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200


def test_json_log_lines_carry_the_bound_fields():
    stream = io.StringIO()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        configure_logging(log_format="json", level="INFO", stream=stream)
        with fields_bound(request_id="r-1", run_id="run-1", node_id=None):
            logging.getLogger("service.test").warning("hello %s", "there")
        try:
            raise ValueError("boom")
        except ValueError:
            logging.getLogger("service.test").exception("failed")
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["level"] == "WARNING" and first["logger"] == "service.test"
    assert first["message"] == "hello there"
    assert first["request_id"] == "r-1" and first["run_id"] == "run-1"
    assert "node_id" not in first
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", first["ts"])
    assert "request_id" not in second and "ValueError: boom" in second["exc_info"]


def test_log_format_defaults_to_json_in_production_only():
    base = {"JWT_SECRET_KEY": "k" * 40}
    assert load_config({**base, "APP_ENV": "production"}).log_format == "json"
    assert load_config({**base, "APP_ENV": "development"}).log_format == "text"
    assert load_config({**base, "APP_ENV": "production", "LOG_FORMAT": "text"}).log_format == "text"
    with pytest.raises(ConfigError):
        load_config({**base, "LOG_FORMAT": "xml"})
