"""The WebSocket event stream, end to end: a real gunicorn, a real Redis, a real client."""

import json
import socket as socket_module
import threading
import time
from urllib.parse import urlencode

import pytest
import redis
import websocket
from wsproto import ConnectionType, WSConnection
from wsproto.events import AcceptConnection, Request, TextMessage
from wsproto.extensions import PerMessageDeflate

from service.db import db, is_postgres
from service.events.feed import SentIds
from service.events.store import EVENTS_CHANNEL, publish_events, record_event
from tests import factories
from tests.events.clients import OTHER_RUN, OTHER_WORKFLOW, RUN, UPGRADE, WORKFLOW, emit
from tests.support.processes import WebServer, service_environment

WS_PATH = "/api/v2/workflows/ws"
WAIT = 15  # seconds; generous, reached only when something is wrong


@pytest.fixture(scope="module")
def server(migrated, database_url, redis_server, tmp_path_factory):
    """One gunicorn worker (so one subscription), logging to files the tests can read."""
    logs = tmp_path_factory.mktemp("gunicorn-logs")
    environ = service_environment(
        database_url,
        redis_server.url,
        RATE_LIMIT="100000/minute",
        GUNICORN_CMD_ARGS=f"--access-logfile {logs / 'access.log'} "
        f"--error-logfile {logs / 'error.log'}",
    )
    web = WebServer(environ, workers=1).start()
    web.logs = logs
    yield web
    web.stop()


def ws_url(server, **query) -> str:
    suffix = f"?{urlencode(query)}" if query else ""
    return f"ws://127.0.0.1:{server.port}{WS_PATH}{suffix}"


def connect(server, customer_id="tenant-a", *, token=None, **query):
    """Open a socket authenticated with a header token."""
    headers = factories.auth(customer_id) if token is None else {}
    if token is not None:
        query["token"] = token
    return websocket.create_connection(ws_url(server, **query), header=headers, timeout=WAIT)


def receive(socket, count) -> list[dict]:
    return [json.loads(socket.recv()) for _ in range(count)]


def produce(count, produced: list, *, pause=0.002):
    """Emit events from another thread, as a worker would while a client connects."""

    def run():
        try:
            for _ in range(count):
                produced.append(emit())
                time.sleep(pause)
        finally:
            db.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def wait_for(predicate):
    deadline = time.monotonic() + WAIT
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def refused(server, path, headers=None):
    """Ask for an upgrade over plain HTTP; return (status, headers, JSON body)."""
    return server.request("GET", path, headers={**UPGRADE, **(headers or {})})


def test_header_token_streams_live_events(app, server):
    socket = connect(server)
    try:
        event_id = emit(name="execution:started")
        (frame,) = receive(socket, 1)
        assert frame == {
            "id": event_id,
            "event": "execution:started",
            "timestamp": frame["timestamp"],
            "workflow_id": WORKFLOW,
            "run_id": RUN,
            "data": {"node_id": "step_1"},
        }
        assert frame["timestamp"].endswith("Z")
    finally:
        socket.close()


def test_a_client_that_negotiates_compression_is_served(app, server):
    # Browsers offer permessage-deflate; websocket-client does not, so speak wsproto here.
    connection = WSConnection(ConnectionType.CLIENT)
    raw = socket_module.create_connection(("127.0.0.1", server.port), timeout=WAIT)
    try:
        raw.sendall(
            connection.send(
                Request(
                    host="127.0.0.1",
                    target=WS_PATH,
                    extensions=[PerMessageDeflate()],
                    extra_headers=[(b"authorization", f"Bearer {factories.token()}".encode())],
                )
            )
        )
        texts, accepted = [], None
        while accepted is None or not texts:
            connection.receive_data(raw.recv(65536))
            for item in connection.events():
                if isinstance(item, AcceptConnection):
                    accepted = item
                    event_id = emit()
                elif isinstance(item, TextMessage):
                    texts.append(item.data)
        assert any(isinstance(ext, PerMessageDeflate) for ext in accepted.extensions)
        assert json.loads(texts[0])["id"] == event_id
    finally:
        raw.close()


def test_query_token_streams_live_events(app, server):
    socket = connect(server, token=factories.token("tenant-a"))
    try:
        event_id = emit()
        assert receive(socket, 1)[0]["id"] == event_id
    finally:
        socket.close()


@pytest.mark.parametrize(
    "token",
    [
        "garbage",
        factories.token(lifetime=-60),
        factories.token(customer_id=None),
        factories.token(secret="another-secret-key-that-is-long-enough-for-hs256"),
    ],
    ids=["garbage", "expired", "no-customer-id", "wrong-secret"],
)
@pytest.mark.parametrize("where", ["header", "query"])
def test_bad_token_is_401_without_upgrade(server, token, where):
    if where == "header":
        status, headers, body = refused(server, WS_PATH, {"Authorization": f"Bearer {token}"})
    else:
        status, headers, body = refused(server, f"{WS_PATH}?{urlencode({'token': token})}")
    assert status == 401
    assert "Upgrade" not in headers and "Sec-WebSocket-Accept" not in headers
    assert body["success"] is False and body["error"]["code"] in {"invalid_token", "token_expired"}


def test_missing_token_is_401_and_the_client_sees_no_upgrade(server):
    status, _headers, body = refused(server, WS_PATH)
    assert (status, body["error"]["code"]) == (401, "missing_token")
    with pytest.raises(websocket.WebSocketBadStatusException) as failed:
        websocket.create_connection(ws_url(server), timeout=WAIT)
    assert failed.value.status_code == 401


@pytest.mark.parametrize(
    "query",
    [
        {"since": "-1"},
        {"since": "abc"},
        {"since": "1.5"},
        {"since": ""},
        {"workflow_id": "not-a-uuid"},
        {"run_id": "123"},
    ],
)
def test_bad_filters_are_400(server, query):
    status, _headers, body = refused(server, f"{WS_PATH}?{urlencode(query)}", factories.auth())
    assert status == 400
    assert body["error"]["code"] == "validation_error"
    assert set(body["error"]["details"]["fields"]) == set(query)


def test_a_tenant_receives_only_its_own_events(app, server):
    tenant_a = connect(server, "tenant-a")
    tenant_b = connect(server, "tenant-b")
    try:
        sent_a = [emit("tenant-a") for _ in range(5)]
        marker_b = emit("tenant-b")
        # One channel, dispatched in order: B's marker comes after every A event was handed out.
        assert [frame["id"] for frame in receive(tenant_b, 1)] == [marker_b]
        marker_a = emit("tenant-a")
        assert [frame["id"] for frame in receive(tenant_a, 6)] == [*sent_a, marker_a]
        marker_b2 = emit("tenant-b")
        assert receive(tenant_b, 1)[0]["id"] == marker_b2
    finally:
        tenant_a.close()
        tenant_b.close()


def test_workflow_and_run_filters(app, server):
    by_workflow = connect(server, workflow_id=WORKFLOW)
    by_run = connect(server, run_id=OTHER_RUN)
    try:
        first = emit(workflow_id=WORKFLOW, run_id=RUN)
        emit(workflow_id=OTHER_WORKFLOW, run_id=RUN)
        other_run = emit(workflow_id=OTHER_WORKFLOW, run_id=OTHER_RUN)
        last = emit(workflow_id=WORKFLOW, run_id=OTHER_RUN)
        assert [frame["id"] for frame in receive(by_workflow, 2)] == [first, last]
        assert [frame["id"] for frame in receive(by_run, 2)] == [other_run, last]
    finally:
        by_workflow.close()
        by_run.close()


def test_since_replays_then_goes_live_without_gap_or_duplicate(app, server):
    produced = []
    producer = produce(300, produced)
    try:
        wait_for(lambda: len(produced) >= 60)
        since = produced[19]
        socket = connect(server, since=since)
    finally:
        producer.join()
    try:
        expected = [event_id for event_id in produced if event_id > since]
        assert [frame["id"] for frame in receive(socket, len(expected))] == expected
        # Nothing more is owed: the next frame is the next event, not a late duplicate.
        marker = emit()
        assert receive(socket, 1)[0]["id"] == marker
    finally:
        socket.close()


def test_since_replay_honours_filters_and_tenant(app, server):
    mine = emit(workflow_id=WORKFLOW)
    emit(workflow_id=OTHER_WORKFLOW)
    emit("tenant-b", workflow_id=WORKFLOW)
    socket = connect(server, since=0, workflow_id=WORKFLOW)
    try:
        assert receive(socket, 1)[0]["id"] == mine
        marker = emit(workflow_id=WORKFLOW)
        assert receive(socket, 1)[0]["id"] == marker
    finally:
        socket.close()


def test_a_tenants_event_ids_commit_in_order_so_since_never_skips_one(app, server):
    if not is_postgres():
        pytest.skip("SQLite serialises writers, so ids always commit in order")
    recorded, release, rows, later = threading.Event(), threading.Event(), [], []

    def slow_transaction():
        try:
            with db.atomic():
                rows.append(
                    record_event(
                        customer_id="tenant-a",
                        workflow_id=WORKFLOW,
                        run_id=RUN,
                        name="step:started",
                        data={},
                    )
                )
                recorded.set()
                release.wait(WAIT)
            publish_events(rows)
        finally:
            db.close()

    def second_writer():
        try:
            later.append(emit())
        finally:
            db.close()

    writer = threading.Thread(target=slow_transaction)
    writer.start()
    assert recorded.wait(WAIT)
    competitor = threading.Thread(target=second_writer)
    competitor.start()
    competitor.join(0.5)
    # The same tenant's second writer waits for the first to commit: it cannot commit a
    # higher id first, so a listener's highest id seen is a safe `since`.
    assert competitor.is_alive() and not later
    other_tenant = emit("tenant-b")  # another tenant is not held up
    release.set()
    writer.join()
    competitor.join(WAIT)
    assert later and later[0] > rows[0].id
    socket = connect(server, since=rows[0].id)
    try:
        assert receive(socket, 1)[0]["id"] == later[0]
    finally:
        socket.close()
    assert other_tenant not in (rows[0].id, later[0])


def test_reconnecting_with_since_gets_every_event_exactly_once(app, server):
    produced = []
    first = connect(server, since=0)
    producer = produce(200, produced)
    try:
        seen = [frame["id"] for frame in receive(first, 50)]
        first.close()  # mid-stream: the producer is still going
        second = connect(server, since=seen[-1])
    finally:
        producer.join()
    try:
        rest = [frame["id"] for frame in receive(second, len(produced) - len(seen))]
        assert seen + rest == produced
    finally:
        second.close()


def test_sockets_of_a_process_share_one_subscription(app, server, redis_server):
    sockets = [connect(server, f"tenant-{n}") for n in range(3)]
    try:
        client = redis.Redis.from_url(redis_server.url)
        # One web worker process, so exactly one subscriber however many sockets are open.
        assert client.pubsub_numsub(EVENTS_CHANNEL) == [(EVENTS_CHANNEL.encode(), 1)]
        client.close()
        markers = [emit(f"tenant-{n}") for n in range(3)]
        assert [receive(socket, 1)[0]["id"] for socket in sockets] == markers
    finally:
        for socket in sockets:
            socket.close()


def test_query_tokens_never_reach_the_logs(app, server):
    token = factories.token("tenant-a")
    socket = connect(server, token=token)
    socket.close()
    refused(server, f"{WS_PATH}?{urlencode({'token': 'not-a-token-marker'})}")
    # The refused request is logged at once; the closed socket's line comes when its thread
    # notices the close, which a loaded machine can delay: wait for one line, then check both.
    wait_for(lambda: (server.logs / "access.log").read_text().count(WS_PATH) >= 1)
    for name in ("access.log", "error.log"):
        text = (server.logs / name).read_text()
        assert token not in text and "not-a-token-marker" not in text


def test_sent_ids_forget_old_ids_by_age_and_by_count():
    now = [0.0]
    sent = SentIds(horizon=10, capacity=3, clock=lambda: now[0])
    sent.add_many([5, 3, 9])
    assert 3 in sent and 4 not in sent
    sent.add(11)  # over capacity: the oldest entry (5) goes first
    assert 5 not in sent and {3, 9, 11} == {i for i in (3, 9, 11) if i in sent}
    now[0] = 11.0
    assert 9 not in sent and len(sent) == 0
