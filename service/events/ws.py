"""The WebSocket event stream: check the token before upgrading, replay ?since=, then go live."""

import contextlib
import json
import re
import socket
import time
import uuid
from collections import deque
from dataclasses import dataclass

from flask import current_app, g, request
from simple_websocket import ConnectionClosed

from service.auth.identity import Identity
from service.auth.tokens import identity_from_token
from service.db import db
from service.errors import Invalid, Unauthorized, Unavailable, error_response
from service.events.hub import HubUnavailable, Listener, ListenerClosed, hub_for
from service.events.store import event_message, events_since
from service.observability.metrics import EVENT_LISTENERS
from service.web.extensions import sock

WS_PATH = "/api/v2/workflows/ws"
ENDPOINT = "events_ws"
REPLAY_PAGE = 500
# How often an idle socket looks at its client (closed? sent something to discard?).
IDLE_TICK_SECONDS = 1.0
PING_INTERVAL_SECONDS = 25
# A client that stops reading (or vanishes) makes our send block; the kernel gives up after this.
UNACKED_SEND_LIMIT_MS = 30_000
MAX_CLIENT_MESSAGE_BYTES = 4096
_SINCE = re.compile(r"[0-9]{1,18}")


@dataclass(frozen=True)
class StreamRequest:
    """A verified WebSocket request: who listens, to what, and from which event id."""

    identity: Identity
    workflow_id: str | None
    run_id: str | None
    since: int | None
    compressed: bool = False  # the client offered permessage-deflate (the server accepts it)


class SentIds:
    """Remember recently sent event ids, so a live copy of an event already sent is skipped.

    A membership set, not a high-water mark: on PostgreSQL concurrent transactions commit out of
    id order, so a live event can carry a lower id than one already replayed and still be new.
    Ids are kept for `horizon` seconds (a duplicate comes from a publish racing the replay, so it
    arrives within moments) and at most `capacity` of them, the oldest forgotten first.
    """

    def __init__(self, *, horizon: float = 60.0, capacity: int = 10_000, clock=time.monotonic):
        self.horizon = horizon
        self.capacity = capacity
        self._clock = clock
        self._order: deque[tuple[float, int]] = deque()
        self._ids: set[int] = set()

    def add(self, event_id: int) -> None:
        """Remember one sent id."""
        self.add_many([event_id])

    def add_many(self, event_ids) -> None:
        """Remember sent ids, all stamped now."""
        now = self._clock()
        for event_id in event_ids:
            self._order.append((now, event_id))
            self._ids.add(event_id)
        self._prune()

    def __contains__(self, event_id: int) -> bool:
        self._prune()
        return event_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def _prune(self) -> None:
        oldest = self._clock() - self.horizon
        while self._order and (len(self._order) > self.capacity or self._order[0][0] < oldest):
            _stamp, event_id = self._order.popleft()
            self._ids.discard(event_id)


def parse_stream_request() -> StreamRequest:
    """Verify the token and the filters of this request (raise Unauthorized or Invalid)."""
    identity = identity_from_token(_request_token())
    errors = {}
    since = request.args.get("since")
    if since is not None and not _SINCE.fullmatch(since):
        errors["since"] = ["Must be a non-negative integer event id."]
    filters = {}
    for name in ("workflow_id", "run_id"):
        value = request.args.get(name)
        filters[name] = _uuid_or_none(value)
        if value is not None and filters[name] is None:
            errors[name] = ["Must be a UUID."]
    if errors:
        raise Invalid("The request is invalid: see details.fields.", details={"fields": errors})
    offered = request.headers.get("Sec-WebSocket-Extensions", "")
    return StreamRequest(
        identity=identity,
        since=None if since is None else int(since),
        compressed="permessage-deflate" in offered.lower(),
        **filters,
    )


def stream_events(ws) -> None:
    """Stream the caller's events over the upgraded socket (flask-sock calls this)."""
    stream: StreamRequest = g.pop("event_stream")
    listener: Listener = g.pop("event_listener")
    _release_database_connection()
    _limit_unacked_sends(ws)
    EVENT_LISTENERS.inc()
    try:
        sent = SentIds()
        if stream.since is not None:
            _replay(ws, stream, sent)
        while True:
            events = listener.take(IDLE_TICK_SECONDS)
            _discard_client_messages(ws)
            fresh = [event for event in events if event.id not in sent]
            if fresh:
                _send_live(ws, fresh, compressed=stream.compressed)
                sent.add_many(event.id for event in fresh)
    except ListenerClosed as closed:
        ws.close(reason=closed.code, message=closed.message)
    except OSError:
        pass  # the peer went away mid-send: nothing to tell it
    finally:
        EVENT_LISTENERS.dec()
        _hub().unlisten(listener)


def _send_live(ws, events, *, compressed: bool) -> None:
    if compressed:  # permessage-deflate keeps per-connection state: encode for this socket
        for event in events:
            ws.send(event.frame)
        return
    # The hub encoded each frame once for every socket: one syscall for the whole batch.
    if not ws.connected:
        raise ConnectionClosed(ws.close_reason, ws.close_message)
    ws.sock.sendall(b"".join(event.wire for event in events))


def _replay(ws, stream: StreamRequest, sent: SentIds) -> None:
    # Runs after the listener is registered, so whatever commits after a page was read is
    # already queued live; `sent` drops the live copies of what the pages returned. The ids are
    # stamped when the replay ends, since their live copies wait in the queue until then.
    cursor = stream.since
    replayed = []
    while True:
        with db.connection_context():  # held per page only, never while the socket idles
            rows = events_since(
                customer_id=stream.identity.customer_id,
                since_id=cursor,
                workflow_id=stream.workflow_id,
                run_id=stream.run_id,
                limit=REPLAY_PAGE,
            )
        for row in rows:
            ws.send(json.dumps(event_message(row), separators=(",", ":")))
            replayed.append(row.id)
        if len(rows) < REPLAY_PAGE:
            sent.add_many(replayed)
            return
        cursor = rows[-1].id


def _request_token() -> str:
    header = request.headers.get("Authorization")
    if header is not None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized(
                "The Authorization header must be 'Bearer <token>'.", code="invalid_token"
            )
        return token.strip()
    token = request.args.get("token")
    if not token:
        raise Unauthorized(
            "Authentication required: a Bearer token or a token query parameter.",
            code="missing_token",
        )
    return token


def _uuid_or_none(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def _release_database_connection() -> None:
    # The request hook opened a pooled connection; a socket lives for hours, so hand it back.
    if not db.is_closed():
        db.close()


def _limit_unacked_sends(ws) -> None:
    # Keeps the socket blocking (a timeout would let send() write half a frame) but has the
    # kernel abort a connection whose sent data stays unacknowledged, e.g. a vanished client.
    option = getattr(socket, "TCP_USER_TIMEOUT", None)
    if option is not None:
        # Not TCP (a unix socket behind a proxy) refuses it: the ping then keeps watch alone.
        with contextlib.suppress(OSError, AttributeError):
            ws.sock.setsockopt(socket.IPPROTO_TCP, option, UNACKED_SEND_LIMIT_MS)


def _discard_client_messages(ws) -> None:
    # Clients have nothing to say on this stream; dropping what they send keeps memory flat.
    # receive() raises ConnectionClosed once the client closed, which ends the stream.
    while ws.receive(timeout=0) is not None:
        pass


def _authorize_stream():
    """Check the token and filters, and start listening, before flask-sock upgrades."""
    if request.endpoint != ENDPOINT:
        return None
    try:
        stream = parse_stream_request()
    except Unauthorized as exc:
        return error_response(401, exc.code, exc.message, headers={"WWW-Authenticate": "Bearer"})
    try:
        # Registered before the 101 goes out: once a client sees the upgrade, it is live.
        g.event_listener = _hub().listen(
            customer_id=stream.identity.customer_id,
            workflow_id=stream.workflow_id,
            run_id=stream.run_id,
        )
    except HubUnavailable:
        raise Unavailable("The event feed is unavailable; retry shortly.") from None
    g.event_stream = stream
    return None


def _forget_unused_listener(_exc):
    # The upgrade failed after the listener was registered: do not leave it queueing.
    listener = g.pop("event_listener", None)
    if listener is not None:
        _hub().unlisten(listener)


def _hub():
    return hub_for(current_app.extensions["workflows_redis_url"])


def init_app(app):
    """Register the WebSocket route and the check that runs before it upgrades."""
    app.config.setdefault(
        "SOCK_SERVER_OPTIONS",
        {"ping_interval": PING_INTERVAL_SECONDS, "max_message_size": MAX_CLIENT_MESSAGE_BYTES},
    )
    app.before_request(_authorize_stream)
    app.teardown_request(_forget_unused_listener)
    # create_app ran sock.init_app(app) just before, so the route lands on this app.
    sock.route(WS_PATH, endpoint=ENDPOINT)(stream_events)
