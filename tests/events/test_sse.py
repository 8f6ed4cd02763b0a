"""The Server-Sent Events stream, end to end: a real gunicorn (gevent), a real Redis."""

import socket
import time

import pytest

from tests import factories
from tests.events.clients import OTHER_RUN, OTHER_WORKFLOW, RUN, WORKFLOW, SseStream, emit
from tests.support.processes import WebServer, service_environment

HEARTBEAT_S = 0.3


@pytest.fixture(scope="module")
def server(migrated, database_url, redis_server):
    """One gunicorn worker with a short SSE heartbeat."""
    environ = service_environment(
        database_url,
        redis_server.url,
        RATE_LIMIT="100000/minute",
        EVENTS_SSE_HEARTBEAT_SECONDS=str(HEARTBEAT_S),
    )
    web = WebServer(environ, workers=1).start()
    yield web
    web.stop()


def sse(server, customer_id="tenant-a", **query) -> SseStream:
    stream = SseStream(server.port, headers=factories.auth(customer_id), **query)
    assert stream.status == 200, stream.json_body()
    return stream


def test_live_events_arrive_as_id_event_data(app, server):
    stream = sse(server)
    try:
        assert stream.headers["Content-Type"].startswith("text/event-stream")
        assert stream.headers["Cache-Control"] == "no-cache"
        event_id = emit(name="execution:started")
        (event,) = stream.events(1)
        assert event["id"] == event_id and event["event"] == "execution:started"
        assert event["frame"] == {
            "id": event_id,
            "event": "execution:started",
            "timestamp": event["frame"]["timestamp"],
            "workflow_id": WORKFLOW,
            "run_id": RUN,
            "data": {"node_id": "step_1"},
        }
    finally:
        stream.close()


def test_query_token_is_accepted(app, server):
    stream = SseStream(server.port, token=factories.token("tenant-a"))
    try:
        assert stream.status == 200
        event_id = emit()
        assert stream.events(1)[0]["id"] == event_id
    finally:
        stream.close()


@pytest.mark.parametrize(
    "how",
    [
        {"headers": {"Authorization": "Bearer garbage"}},
        {"token": factories.token(lifetime=-60)},
        {"token": factories.token(secret="another-secret-key-that-is-long-enough-for-hs256")},
        {},
    ],
    ids=["garbage-header", "expired-query", "wrong-secret", "missing"],
)
def test_bad_or_missing_token_is_401_json(server, how):
    stream = SseStream(server.port, **how)
    assert stream.status == 401
    assert stream.headers["Content-Type"] == "application/json"
    assert stream.json_body()["error"]["code"] in {"invalid_token", "missing_token"}


@pytest.mark.parametrize(
    "query", [{"since": "-1"}, {"since": "x"}, {"workflow_id": "nope"}, {"run_id": "1"}]
)
def test_bad_filters_are_400(server, query):
    stream = SseStream(server.port, headers=factories.auth(), **query)
    assert stream.status == 400
    assert set(stream.json_body()["error"]["details"]["fields"]) == set(query)


def test_a_bad_last_event_id_is_400(server):
    stream = SseStream(server.port, headers={**factories.auth(), "Last-Event-ID": "abc"})
    assert stream.status == 400
    assert set(stream.json_body()["error"]["details"]["fields"]) == {"Last-Event-ID"}


def test_a_tenant_sees_only_its_own_events(app, server):
    tenant_a, tenant_b = sse(server, "tenant-a"), sse(server, "tenant-b")
    try:
        sent_a = [emit("tenant-a") for _ in range(3)]
        marker_b = emit("tenant-b")
        assert [event["id"] for event in tenant_b.events(1)] == [marker_b]
        assert [event["id"] for event in tenant_a.events(3)] == sent_a
    finally:
        tenant_a.close()
        tenant_b.close()


def test_filters(app, server):
    by_workflow = sse(server, workflow_id=WORKFLOW)
    by_run = sse(server, run_id=OTHER_RUN)
    try:
        first = emit(workflow_id=WORKFLOW, run_id=RUN)
        emit(workflow_id=OTHER_WORKFLOW, run_id=RUN)
        other_run = emit(workflow_id=OTHER_WORKFLOW, run_id=OTHER_RUN)
        last = emit(workflow_id=WORKFLOW, run_id=OTHER_RUN)
        assert [event["id"] for event in by_workflow.events(2)] == [first, last]
        assert [event["id"] for event in by_run.events(2)] == [other_run, last]
    finally:
        by_workflow.close()
        by_run.close()


@pytest.mark.parametrize("resume", ["since", "Last-Event-ID"])
def test_resuming_replays_then_goes_live_without_gap_or_duplicate(app, server, resume):
    before = [emit() for _ in range(4)]
    emit("tenant-b")  # another tenant's event in between is never replayed
    if resume == "since":
        stream = sse(server, since=before[0])
    else:
        stream = SseStream(
            server.port, headers={**factories.auth(), "Last-Event-ID": str(before[0])}
        )
    try:
        after = [emit() for _ in range(3)]
        received = [event["id"] for event in stream.events(6)]
        assert received == [*before[1:], *after]
    finally:
        stream.close()


def test_an_idle_stream_gets_heartbeat_comments(app, server):
    stream = sse(server)
    try:
        time.sleep(HEARTBEAT_S * 4)
        event_id = emit()
        assert stream.events(1)[0]["id"] == event_id
        assert "connected" in stream.comments
        assert stream.comments.count("ping") >= 2
    finally:
        stream.close()


@pytest.mark.parametrize("version", ["HTTP/1.1", "HTTP/1.0"])
def test_the_stream_is_well_framed_for_either_http_version(app, server, version):
    # HTTP/1.1 goes out in chunks (the hub writes its own straight to the socket: they must frame
    # exactly as gunicorn's); HTTP/1.0 has no chunks, so the stream yields everything to gunicorn.
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as client:
        token = factories.token("tenant-a")
        client.sendall(f"GET /api/v2/workflows/events?token={token} {version}\r\n\r\n".encode())
        received = b""
        while b": connected" not in received:
            received += client.recv(65536)
        ids = [emit(), emit()]
        # Until both have come whole (an SSE message ends with a blank line, a chunk with CRLF).
        while received.count(b"\nid: ") < 2 or not received.endswith((b"\n\n", b"\n\n\r\n")):
            chunk = client.recv(65536)
            assert chunk, received
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    chunked = b"transfer-encoding: chunked" in head.lower()
    assert chunked == (version == "HTTP/1.1")
    text = _dechunk(body) if chunked else body
    assert [int(line[4:]) for line in text.split(b"\n") if line.startswith(b"id: ")] == ids


def _dechunk(body: bytes) -> bytes:
    """Decode complete HTTP/1.1 chunks strictly (a frame out of place fails the test)."""
    decoded = b""
    while body:
        size_line, _, rest = body.partition(b"\r\n")
        size = int(size_line, 16)
        assert rest[size : size + 2] == b"\r\n", body[:80]
        decoded += rest[:size]
        body = rest[size + 2 :]
    return decoded
