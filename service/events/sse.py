"""The Server-Sent Events stream (CONTRACT §11): the WebSocket's events over plain HTTP.

`GET /api/v2/workflows/events` with the same token, filters and `since` as the WebSocket (or the
standard `Last-Event-ID` header, which EventSource sends when it reconnects). Each event is
`id`, `event` and `data` (the same JSON frame); a comment every EVENTS_SSE_HEARTBEAT_SECONDS keeps
proxies from closing an idle stream and finds clients that went away.
"""

import operator

from flask import Response, current_app, request

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
from service.events.wire import EventBatch, http_chunk
from service.runtime import gevent_active

SSE_PATH = "/api/v2/workflows/events"
ENDPOINT = "events_sse"
# What EventSource waits before it reconnects after the stream ends (milliseconds).
RECONNECT_MS = 1000
PING = b": ping\n\n"
SSE_CHUNK = operator.attrgetter("sse_chunk")
HEADERS = {
    "Cache-Control": "no-cache",
    "X-Accel-Buffering": "no",  # nginx would otherwise hold events back in its buffer
}


def stream_events_sse():
    """Answer with the caller's events as text/event-stream."""
    try:
        stream = parse_stream_request()
    except Unauthorized as exc:
        return error_response(401, exc.code, exc.message, headers={"WWW-Authenticate": "Bearer"})
    try:
        feed = open_feed(stream)
    except TooManyListeners as exc:
        return too_many_listeners(exc)
    heartbeat = current_app.config["WORKFLOWS"].events_sse_heartbeat_seconds
    release_database_connection()
    messages = _messages(feed, heartbeat, _direct_socket())
    return Response(messages, mimetype="text/event-stream", headers=HEADERS)


def _messages(feed: EventFeed, heartbeat: float, sock=None):
    # Runs after the view returned, outside the request: it touches only the feed and the database.
    try:
        # Sent at once so the client sees the response head without waiting for an event.
        yield f"retry: {RECONNECT_MS}\n: connected\n\n".encode()
        if sock is not None:
            # gunicorn has sent the head and that first chunk: the rest goes straight out.
            _stream_directly(feed, heartbeat, sock)
            return
        for page in feed.replay():
            yield EventBatch(page).sse_bytes
        while True:
            events = feed.live(heartbeat)
            yield EventBatch(events).sse_bytes if events else PING
    except ListenerClosed as closed:
        # SSE has no close code: say why in a comment; EventSource reconnects with Last-Event-ID.
        if closed.pending:
            sock.sendall(closed.pending)
        yield f": closed: {closed.message}\n\n".encode()
    finally:
        feed.close()


def _stream_directly(feed: EventFeed, heartbeat: float, sock) -> None:
    """Write the events to the socket as HTTP chunks, letting the hub write while this waits."""
    for page in feed.replay():
        sock.sendall(EventBatch(page).sse_chunk)
    feed.listener.direct_write = direct_writer(sock, SSE_CHUNK, fresh=feed.fresh_filter())
    while True:
        items = feed.live(heartbeat)
        if not items:
            sock.sendall(http_chunk(PING))
            continue
        if isinstance(items[0], bytes):  # what a direct write left: already framed
            sock.sendall(items.pop(0))
        if items:
            sock.sendall(EventBatch(items).sse_chunk)


def _direct_socket():
    """Return the client's socket when the stream may write its chunks to it itself, else None.

    Only under gunicorn's gevent worker, for an HTTP/1.1 GET: gunicorn then frames the response
    in chunks (no Content-Length), and the view's own chunks can follow the ones it wrote.
    """
    environ = request.environ
    if (
        not gevent_active()
        or environ.get("REQUEST_METHOD") != "GET"
        or environ.get("SERVER_PROTOCOL") != "HTTP/1.1"
    ):
        return None
    return environ.get("gunicorn.socket")


def init_app(app):
    """Register the SSE route."""
    app.add_url_rule(SSE_PATH, endpoint=ENDPOINT, view_func=stream_events_sse, methods=["GET"])
