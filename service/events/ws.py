"""The WebSocket event stream: check the token and take a slot before upgrading, then stream.

Heartbeat (CONTRACT §11): the server pings every EVENTS_PING_SECONDS and closes a peer it has not
heard from (no pong, no message) for EVENTS_SILENCE_SECONDS. simple_websocket's own ping closes a
peer that misses a single pong, so it is off and this loop keeps the time instead.
"""

import contextlib
import operator
import socket
import time

from flask import current_app, g, request
from simple_websocket import ConnectionClosed
from wsproto.events import Ping

from service.errors import Unauthorized, error_response
from service.events.direct import direct_writer
from service.events.feed import (
    EventFeed,
    open_feed,
    parse_stream_request,
    release_database_connection,
    too_many_listeners,
)
from service.events.hub import ListenerClosed
from service.events.slots import TooManyListeners
from service.runtime import gevent_active
from service.web.extensions import sock

WS_PATH = "/api/v2/workflows/ws"
ENDPOINT = "events_ws"
# A client that stops reading (or vanishes) makes our send block; the kernel gives up after this.
UNACKED_SEND_LIMIT_MS = 30_000
MAX_CLIENT_MESSAGE_BYTES = 4096
POLICY_VIOLATION = 1008
WEBSOCKET_BYTES = operator.attrgetter("websocket_bytes")


class ClientActivity:
    """What simple_websocket sets when its client sends a message or goes away: wakes the stream.

    simple_websocket takes an `event_class` and calls `set()` on its instance from the socket's
    reader whenever a message arrives or the connection ends. Pointing that at the listener
    lets one greenlet (or thread) per socket sleep until an event, a client message or a
    heartbeat is due, instead of waking every second to look.
    """

    def __init__(self, listener):
        self._listener = listener
        self._flag = False

    def set(self) -> None:
        self._flag = True
        self._listener.poke()

    def clear(self) -> None:
        self._flag = False

    def is_set(self) -> bool:
        return self._flag

    def wait(self, timeout=None) -> bool:
        # Only non-blocking reads are made on this stream (receive(timeout=0)).
        return self._flag


def _client_activity():
    # Called by simple_websocket.Server inside the request, after _authorize_stream ran.
    return ClientActivity(g.event_feed.listener)


class Heartbeat:
    """When to ping next, and whether the peer has been silent too long."""

    def __init__(self, *, ping_every: float, silent_after: float, clock=time.monotonic):
        self.ping_every = ping_every
        self.silent_after = silent_after
        self._clock = clock
        self.last_heard = self.next_ping = clock()
        self.next_ping += ping_every

    def heard(self) -> None:
        """Note a sign of life from the peer (a pong or a message)."""
        self.last_heard = self._clock()

    def until_ping(self) -> float:
        """Return the seconds left before the next ping is due (0 when due)."""
        return max(0.0, self.next_ping - self._clock())

    def silent_too_long(self) -> bool:
        """Tell whether the peer said nothing for silent_after seconds."""
        return self._clock() - self.last_heard >= self.silent_after

    def pinged(self) -> None:
        """Note that a ping went out now."""
        self.next_ping = self._clock() + self.ping_every


def stream_events(ws) -> None:
    """Stream the caller's events over the upgraded socket (flask-sock calls this)."""
    feed: EventFeed = g.pop("event_feed")
    config = current_app.config["WORKFLOWS"]
    release_database_connection()
    _limit_unacked_sends(ws)
    heartbeat = Heartbeat(
        ping_every=config.events_ping_seconds, silent_after=config.events_silence_seconds
    )
    try:
        for page in feed.replay():
            for event in page:
                ws.send(event.frame)
        compressed = _compressed()
        if not compressed and gevent_active():
            feed.listener.direct_write = direct_writer(
                ws.sock, WEBSOCKET_BYTES, fresh=feed.fresh_filter(), stream=ws
            )
        while True:
            events = feed.live(heartbeat.until_ping())
            _take_client_news(ws, heartbeat)
            if events:
                _send_live(ws, events, compressed=compressed)
            if heartbeat.until_ping() == 0:
                if heartbeat.silent_too_long():
                    ws.close(reason=POLICY_VIOLATION, message="No pong: peer silent too long")
                    return
                _ping(ws)
                heartbeat.pinged()
    except ListenerClosed as closed:
        with contextlib.suppress(OSError):  # the peer may be gone as well
            ws.sock.sendall(closed.pending)
            ws.close(reason=closed.code, message=closed.message)
    except OSError:
        pass  # the peer went away mid-send: nothing to tell it
    finally:
        feed.close()


def _take_client_news(ws, heartbeat: Heartbeat) -> None:
    # Clients have nothing to say on this stream; dropping what they send keeps memory flat, but
    # anything they send (a pong included) shows they are alive. receive() raises
    # ConnectionClosed once the client closed, which ends the stream.
    if ws.pong_received:
        heartbeat.heard()
        ws.pong_received = False
    while ws.receive(timeout=0) is not None:
        heartbeat.heard()


def _ping(ws) -> None:
    # simple_websocket has no public ping; its wsproto connection encodes one.
    if not ws.connected:
        raise ConnectionClosed(ws.close_reason, ws.close_message)
    ws.sock.sendall(ws.ws.send(Ping()))


def _compressed() -> bool:
    # simple_websocket accepts permessage-deflate whenever the client offers it, and the
    # extension keeps per-connection state, so such a socket encodes its own frames.
    return "permessage-deflate" in request.headers.get("Sec-WebSocket-Extensions", "").lower()


def _send_live(ws, events, *, compressed: bool) -> None:
    if compressed:  # a direct write never happens on such a socket: no bytes items here
        for event in events:
            ws.send(event.frame)
        return
    # The hub's Event encodes each frame once for every socket: one syscall for the whole batch.
    if not ws.connected:
        raise ConnectionClosed(ws.close_reason, ws.close_message)
    ws.sock.sendall(b"".join(_wire(item) for item in events))


def _wire(item) -> bytes:
    return item if isinstance(item, bytes) else item.websocket_message


def _limit_unacked_sends(ws) -> None:
    # Keeps the socket blocking (a timeout would let send() write half a frame) but has the
    # kernel abort a connection whose sent data stays unacknowledged, e.g. a vanished client.
    option = getattr(socket, "TCP_USER_TIMEOUT", None)
    if option is not None:
        # Not TCP (a unix socket behind a proxy) refuses it: the ping then keeps watch alone.
        with contextlib.suppress(OSError, AttributeError):
            ws.sock.setsockopt(socket.IPPROTO_TCP, option, UNACKED_SEND_LIMIT_MS)


def _authorize_stream():
    """Check the token and filters, and start listening, before flask-sock upgrades."""
    if request.endpoint != ENDPOINT:
        return None
    try:
        stream = parse_stream_request()
    except Unauthorized as exc:
        return error_response(401, exc.code, exc.message, headers={"WWW-Authenticate": "Bearer"})
    try:
        g.event_feed = open_feed(stream)
    except TooManyListeners as exc:
        return too_many_listeners(exc)
    return None


def _forget_unused_feed(_exc):
    # The upgrade failed (or never happened) after the feed opened: do not leave it queueing.
    feed = g.pop("event_feed", None)
    if feed is not None:
        feed.close()


def init_app(app):
    """Register the WebSocket route and the check that runs before it upgrades."""
    app.config.setdefault(
        "SOCK_SERVER_OPTIONS",
        {"max_message_size": MAX_CLIENT_MESSAGE_BYTES, "event_class": _client_activity},
    )
    app.before_request(_authorize_stream)
    app.teardown_request(_forget_unused_feed)
    # create_app ran sock.init_app(app) just before, so the route lands on this app.
    sock.route(WS_PATH, endpoint=ENDPOINT)(stream_events)
