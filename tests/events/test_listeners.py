"""Many listeners per process, the per-user cap across processes, and the WebSocket heartbeat.

Real gunicorn (gevent workers), a real Redis, real clients; CONTRACT §11.
"""

import json
import os
import signal
import struct
import time
from urllib.parse import urlencode

import pytest
import websocket

from tests import factories
from tests.events.clients import UPGRADE, SseStream, emit
from tests.support.processes import Consumer, WebServer, service_environment

WS_PATH = "/api/v2/workflows/ws"
WAIT = 15
# More than a gthread deployment ever held (2 workers x 16 threads), on one process.
MANY = 200


def ws_url(server, **query) -> str:
    return f"ws://127.0.0.1:{server.port}{WS_PATH}?{urlencode(query)}"


def open_ws(server, customer_id="tenant-a", user_id="user-a", **query):
    return websocket.create_connection(
        ws_url(server, token=factories.token(customer_id, user_id), **query), timeout=WAIT
    )


def handshake_status(server, customer_id="tenant-a", user_id="user-a"):
    """Ask for an upgrade without completing it; return (status, JSON body or None)."""
    status, _headers, body = server.request(
        "GET", WS_PATH, headers={**UPGRADE, **factories.auth(customer_id, user_id)}
    )
    return status, body


def eventually(attempt, *, within=WAIT):
    """Call attempt() until it returns a truthy value; return it."""
    deadline = time.monotonic() + within
    while True:
        result = attempt()
        if result:
            return result
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.fixture(scope="module")
def environ(migrated, database_url, redis_server):
    return service_environment(
        database_url,
        redis_server.url,
        RATE_LIMIT="100000/minute",
        EVENTS_MAX_LISTENERS_PER_USER="3",
        EVENTS_LISTENER_LEASE_SECONDS="1",
        EVENTS_PING_SECONDS="0.2",
        EVENTS_SILENCE_SECONDS="0.6",
    )


@pytest.fixture(scope="module")
def server(environ):
    web = WebServer(environ, workers=1).start()
    yield web
    web.stop()


# --- many listeners on one process ---------------------------------------------------------------


def test_one_process_serves_many_listeners_and_the_api_meanwhile(
    client, migrated, database_url, redis_server
):
    environ = service_environment(
        database_url,
        redis_server.url,
        RATE_LIMIT="100000/minute",
        EVENTS_MAX_LISTENERS_PER_USER=str(MANY),
    )
    web = WebServer(environ, workers=1).start()
    consumer = Consumer(environ, workers=2).start()
    sockets, streams = [], []
    try:
        for index in range(MANY // 2):
            sockets.append(open_ws(web, user_id=f"user-{index % 4}"))
            streams.append(SseStream(web.port, token=factories.token("tenant-a", "user-b")))
        assert all(stream.status == 200 for stream in streams)
        other_tenant = SseStream(web.port, token=factories.token("tenant-b"))

        status, _headers, listed = web.request("GET", "/api/v2/workflows", headers=factories.auth())
        assert status == 200 and listed["success"] is True

        body = factories.workflow_body(
            definition=factories.definition(
                factories.node("step_1", config={"values": {"x": 1}}),
            )
        )
        status, _headers, created = web.request(
            "POST", "/api/v2/workflows", body=body, headers=factories.auth()
        )
        assert status == 201, created
        workflow_id = created["workflow"]["id"]
        status, _headers, started = web.request(
            "POST",
            f"/api/v2/workflows/{workflow_id}/execute",
            body={"inputs": {}},
            headers=factories.auth(),
        )
        assert status == 201, started
        run_id = started["run"]["id"]

        expected = ["execution:started", "step:started", "step:completed", "execution:completed"]
        for socket in sockets:
            frames = [websocket_json(socket) for _ in expected]
            assert [frame["event"] for frame in frames] == expected
            assert {frame["run_id"] for frame in frames} == {run_id}
            assert [frame["id"] for frame in frames] == sorted(frame["id"] for frame in frames)
        for stream in streams:
            assert [event["event"] for event in stream.events(len(expected))] == expected
        # The other tenant's listener saw none of it: its first event is its own.
        marker = emit("tenant-b")
        assert [event["id"] for event in other_tenant.events(1)] == [marker]
    finally:
        for socket in sockets:
            socket.close()
        for stream in streams:
            stream.close()
        consumer.stop()
        web.stop()


def websocket_json(socket) -> dict:
    return json.loads(socket.recv())


# --- the per-user cap -----------------------------------------------------------------------------


def test_the_listener_over_the_cap_is_refused_with_429_before_the_upgrade(app, server):
    held = [open_ws(server, user_id="capped") for _ in range(3)]
    try:
        status, body = handshake_status(server, user_id="capped")
        assert status == 429 and body["error"]["code"] == "too_many_listeners"
        refused_sse = SseStream(server.port, token=factories.token("tenant-a", "capped"))
        assert refused_sse.status == 429
        assert refused_sse.json_body()["error"]["code"] == "too_many_listeners"
        # Another user of the same tenant has slots of their own.
        other = open_ws(server, user_id="someone-else")
        other.close()
    finally:
        for socket in held:
            socket.close()


def test_closing_a_listener_frees_its_slot(app, server):
    held = [open_ws(server, user_id="closer") for _ in range(3)]
    try:
        assert handshake_status(server, user_id="closer")[0] == 429
        held.pop().close()
        replacement = eventually(lambda: _try_open(server, "closer"))
        held.append(replacement)
    finally:
        for socket in held:
            socket.close()


def test_a_closed_sse_stream_frees_its_slot_at_its_next_write(app, server):
    streams = [SseStream(server.port, token=factories.token("tenant-a", "sse-user")) for _ in "abc"]
    try:
        assert all(stream.status == 200 for stream in streams)
        assert handshake_status(server, user_id="sse-user")[0] == 429
        streams.pop().close()

        def reopen():
            # The server finds the closed stream when it writes to it: the first write after
            # the close draws a reset, the next one fails.
            emit()
            return _try_open(server, "sse-user")

        eventually(reopen).close()
    finally:
        for stream in streams:
            stream.close()


def test_a_killed_process_frees_its_slots(app, server, environ):
    doomed = WebServer(environ, workers=1).start()
    try:
        held = [open_ws(doomed, user_id="orphan") for _ in range(3)]
        assert handshake_status(server, user_id="orphan")[0] == 429
        for pid in doomed.worker_pids():
            os.kill(pid, signal.SIGKILL)  # no cleanup at all: only the leases run out
        eventually(lambda: _try_open(server, "orphan")).close()
        for socket in held:
            socket.close()
    finally:
        doomed.stop()


def _try_open(server, user_id):
    try:
        return open_ws(server, user_id=user_id)
    except websocket.WebSocketBadStatusException as refused:
        if refused.status_code == 429:
            return None
        raise


# --- rate limiting of ?token= handshakes ------------------------------------------------------


def test_query_token_handshakes_count_against_the_users_budget(
    migrated, database_url, redis_server
):
    environ = service_environment(database_url, redis_server.url, RATE_LIMIT="3/minute")
    web = WebServer(environ, workers=1).start()
    try:
        for _ in range(3):
            open_ws(web, user_id="limited").close()
        with pytest.raises(websocket.WebSocketBadStatusException) as refused:
            open_ws(web, user_id="limited")
        assert refused.value.status_code == 429
        # Same address, another user: its own budget (not the address's).
        open_ws(web, user_id="fresh").close()
    finally:
        web.stop()


# --- heartbeat --------------------------------------------------------------------------------


def test_a_silent_peer_is_pinged_then_closed(app, server):
    socket = open_ws(server, user_id="silent")
    try:
        time.sleep(1.5)  # never read: the server's pings go unanswered
        # Read the raw bytes (websocket-client would answer the pings) up to the server's close.
        raw = b""
        socket.sock.settimeout(WAIT)
        while chunk := socket.sock.recv(65536):
            raw += chunk
        opcodes, close_code = [], None
        while raw:  # unmasked server frames with short payloads: opcode, length, payload
            opcode, length = raw[0] & 0x0F, raw[1] & 0x7F
            payload, raw = raw[2 : 2 + length], raw[2 + length :]
            opcodes.append(opcode)
            if opcode == websocket.ABNF.OPCODE_CLOSE:
                close_code = struct.unpack("!H", payload[:2])[0]
        assert opcodes.count(websocket.ABNF.OPCODE_PING) >= 2
        assert opcodes[-1] == websocket.ABNF.OPCODE_CLOSE and close_code == 1008
    finally:
        socket.close()


def test_a_peer_that_answers_pings_stays_open(app, server):
    socket = open_ws(server, user_id="lively")
    try:
        deadline = time.monotonic() + 1.5
        socket.settimeout(0.1)
        pings = 0
        while time.monotonic() < deadline:
            try:
                opcode, _frame = socket.recv_data_frame(True)  # answers each ping with a pong
            except websocket.WebSocketTimeoutException:
                continue
            assert opcode == websocket.ABNF.OPCODE_PING
            pings += 1
        assert pings >= 4
        socket.settimeout(WAIT)
        event_id = emit()
        assert websocket_json(socket)["id"] == event_id
    finally:
        socket.close()
