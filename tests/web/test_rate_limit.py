"""Rate limiting per verified user, shared by every process through Redis."""

import pytest

from service import create_app
from tests.conftest import make_config
from tests.factories import auth
from tests.support.processes import WebServer, service_environment
from tests.support.redis_server import RedisServer

BASE = "/api/v2/workflows"


def test_limit_headers_and_json_429(make_app):
    client = make_app(RATE_LIMIT="3/minute").test_client()
    headers = auth("tenant-a", "user-a")
    remaining = []
    for _ in range(3):
        response = client.get(BASE, headers=headers)
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Limit"] == "3"
        assert int(response.headers["X-RateLimit-Reset"]) > 0
        assert "Retry-After" not in response.headers
        remaining.append(int(response.headers["X-RateLimit-Remaining"]))
    assert remaining == [2, 1, 0]
    refused = client.get(BASE, headers=headers)
    assert refused.status_code == 429
    assert refused.json["success"] is False
    assert refused.json["error"]["code"] == "rate_limited"
    assert 0 < int(refused.headers["Retry-After"]) <= 60
    assert refused.headers["X-RateLimit-Remaining"] == "0"


def test_limit_is_per_user_and_health_is_exempt(make_app):
    client = make_app(RATE_LIMIT="2/minute").test_client()
    for _ in range(2):
        client.get(BASE, headers=auth("tenant-a", "user-a"))
    assert client.get(BASE, headers=auth("tenant-a", "user-a")).status_code == 429
    assert client.get(BASE, headers=auth("tenant-a", "user-b")).status_code == 200
    assert client.get(BASE, headers=auth("tenant-b", "user-a")).status_code == 200
    for _ in range(5):
        response = client.get(f"{BASE}/health")
        assert response.status_code == 200
        assert "X-RateLimit-Limit" not in response.headers


def test_unauthenticated_requests_are_limited_by_address(make_app):
    client = make_app(RATE_LIMIT="2/minute").test_client()
    statuses = [client.get(BASE).status_code for _ in range(3)]
    assert statuses == [401, 401, 429]
    # A valid user is counted separately from the anonymous address.
    assert client.get(BASE, headers=auth()).status_code == 200


def test_forwarded_for_does_not_evade_the_limit_without_proxies(make_app):
    client = make_app(RATE_LIMIT="2/minute").test_client()
    statuses = [
        client.get(BASE, headers={"X-Forwarded-For": f"10.0.0.{i}"}).status_code for i in range(3)
    ]
    assert statuses == [401, 401, 429]


@pytest.fixture
def two_worker_server(database_url, redis_server, migrated):
    server = WebServer(
        service_environment(database_url, redis_server.url, RATE_LIMIT="5/minute"), workers=2
    ).start()
    yield server
    server.stop()


def test_limit_is_shared_by_two_gunicorn_workers(two_worker_server):
    headers = auth("tenant-shared", "user-shared")
    # Each request opens a new connection, so the two workers both serve some of them.
    statuses = [two_worker_server.request("GET", BASE, headers=headers)[0] for _ in range(12)]
    assert statuses.count(200) == 5
    assert statuses.count(429) == 7


def test_the_budget_is_counted_in_memory_while_redis_is_down(clean_state, database_url):
    redis = RedisServer().start()
    try:
        app = create_app(make_config(database_url, redis.url, RATE_LIMIT="3/minute"))
        client = app.test_client()
        headers = auth("tenant-down", "user-down")
        assert client.get(BASE, headers=headers).status_code == 200  # counted in Redis
        redis.stop()

        answered = [client.get(BASE, headers=headers) for _ in range(4)]

        # Served, with headers, and still limited: per process until Redis is back.
        assert [response.status_code for response in answered] == [200, 200, 200, 429]
        assert answered[0].headers["X-RateLimit-Limit"] == "3"
        assert answered[-1].json["error"]["code"] == "rate_limited"
    finally:
        redis.close()


def test_only_the_services_own_hook_counts(make_app):
    app = make_app(RATE_LIMIT="5/minute")
    limiter = next(iter(app.extensions["limiter"]))
    hooks = [
        *app.before_request_funcs[None],
        *app.after_request_funcs[None],
        *app.teardown_request_funcs[None],
    ]
    assert not [hook for hook in hooks if getattr(hook, "__self__", None) is limiter]
    assert not [hook for hook in hooks if limiter in getattr(hook, "args", ())]
    client = app.test_client()
    response = client.get(BASE, headers=auth("tenant-a", "user-a"))
    assert response.headers["X-RateLimit-Remaining"] == "4"  # one request, counted once
