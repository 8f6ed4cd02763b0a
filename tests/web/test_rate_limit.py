"""Rate limiting per verified user, shared by every process through Redis."""

import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import redis

from service import create_app
from service.web import rate_limit
from service.web.extensions import rate_limit_key
from tests.conftest import make_config
from tests.factories import auth, workflow_body
from tests.support.processes import WebServer, service_environment
from tests.support.redis_server import RedisServer

BASE = "/api/v2/workflows"
ROOT = Path(__file__).resolve().parents[2]


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


def test_a_write_over_the_budget_is_refused_before_its_view_runs(make_app):
    client = make_app(RATE_LIMIT="2/minute").test_client()
    writer, reader = auth("tenant-w", "user-writer"), auth("tenant-w", "user-reader")
    statuses = [
        client.post(BASE, json=workflow_body(name=f"wf {index}"), headers=writer).status_code
        for index in range(3)
    ]
    assert statuses == [201, 201, 429]
    # Another user of the tenant sees two workflows: the refused write changed nothing.
    assert client.get(BASE, headers=reader).json["total"] == 2


def test_a_read_sent_before_its_count_is_read_gives_its_connection_back(make_app):
    app = make_app(RATE_LIMIT="20/minute")
    client = app.test_client()
    headers = auth("tenant-pool", "user-pool")
    statuses = [
        client.get(path, headers=headers).status_code
        for path in (BASE, f"{BASE}/{uuid.uuid4()}", f"{BASE}/not-a-uuid") * 3
    ]
    statuses.append(client.get(BASE).status_code)  # no token: 401 after the view's hook

    assert statuses == [200, 404, 404] * 3 + [401]
    budget = app.extensions["workflows_budget"]
    pool = budget.shared.storage.get_connection().connection_pool
    assert pool.pool.qsize() == pool.max_connections  # every sent count's connection came back
    assert len(pool._connections) <= 2  # and was used again, not leaked and replaced
    assert budget.in_flight.taken == 0  # and its place among the counts in flight


def test_reads_beyond_the_counts_in_flight_are_counted_first(make_app):
    app = make_app(RATE_LIMIT="5/minute")
    budget = app.extensions["workflows_budget"]
    for _ in range(rate_limit.MAX_COUNTS_IN_FLIGHT):
        assert budget.in_flight.take()
    assert budget.send_hit("someone") is None  # all taken: this read waits for its count
    budget.in_flight.give_back()
    sent = budget.send_hit("someone")
    assert sent is not None
    budget.drop_hit(sent)


def test_a_caller_just_refused_is_counted_before_its_next_read(make_app):
    app = make_app(RATE_LIMIT="1/minute")
    client = app.test_client()
    headers = auth("tenant-r", "user-r")
    budget = app.extensions["workflows_budget"]
    with app.test_request_context(BASE, headers=headers):
        key = rate_limit_key()
    assert client.get(BASE, headers=headers).status_code == 200
    sent = budget.send_hit(key)
    assert sent is not None  # not refused yet: the read may run while Redis counts
    budget.drop_hit(sent)

    assert client.get(BASE, headers=headers).status_code == 429
    assert budget.send_hit(key) is None  # refused a moment ago: counted first again
    assert client.get(BASE, headers=auth("tenant-r", "user-other")).status_code == 200


def test_a_read_is_counted_when_redis_forgot_the_script(make_app, redis_server):
    client = make_app(RATE_LIMIT="3/minute").test_client()
    headers = auth("tenant-s", "user-s")
    assert client.get(BASE, headers=headers).headers["X-RateLimit-Remaining"] == "2"
    redis.Redis.from_url(redis_server.url).script_flush()  # as after a Redis restart

    answered = [client.get(BASE, headers=headers) for _ in range(3)]

    assert [response.status_code for response in answered] == [200, 200, 429]
    assert [response.headers["X-RateLimit-Remaining"] for response in answered] == ["1", "0", "0"]


def test_counting_the_counts_in_flight_never_yields_under_gevent():
    # A yield would pause the request mid-way while the worker's other connections ran.
    script = """
from gevent import monkey
monkey.patch_all()
import gevent.thread
from service.web.rate_limit import _Slots
yields = []
gevent.thread.sleep = lambda *args: yields.append(args)
slots = _Slots(2)
for _ in range(3):
    assert slots.take()
    slots.give_back()
assert slots.take() and slots.take() and not slots.take()
print(len(yields))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "0"
