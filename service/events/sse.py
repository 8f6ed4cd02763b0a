"""The Server-Sent Events stream (CONTRACT §11): the WebSocket's events over plain HTTP.

`GET /api/v2/workflows/events` with the same token, filters and `since` as the WebSocket (or the
standard `Last-Event-ID` header, which EventSource sends when it reconnects). Each event is
`id`, `event` and `data` (the same JSON frame); a comment every EVENTS_SSE_HEARTBEAT_SECONDS keeps
proxies from closing an idle stream and finds clients that went away.
"""

from flask import Response, current_app

from service.errors import Unauthorized, error_response
from service.events.feed import (
    EventFeed,
    open_feed,
    parse_stream_request,
    release_database_connection,
    too_many_listeners,
)
from service.events.hub import ListenerClosed
from service.events.slots import TooManyListeners

SSE_PATH = "/api/v2/workflows/events"
ENDPOINT = "events_sse"
# What EventSource waits before it reconnects after the stream ends (milliseconds).
RECONNECT_MS = 1000
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
    return Response(_messages(feed, heartbeat), mimetype="text/event-stream", headers=HEADERS)


def _messages(feed: EventFeed, heartbeat: float):
    # Runs after the view returned, outside the request: it touches only the feed and the database.
    try:
        # Sent at once so the client sees the response head without waiting for an event.
        yield f"retry: {RECONNECT_MS}\n: connected\n\n".encode()
        for page in feed.replay():
            yield b"".join(event.sse_message for event in page)
        while True:
            events = feed.live(heartbeat)
            yield b"".join(event.sse_message for event in events) if events else b": ping\n\n"
    except ListenerClosed as closed:
        # SSE has no close code: say why in a comment; EventSource reconnects with Last-Event-ID.
        yield f": closed: {closed.message}\n\n".encode()
    finally:
        feed.close()


def init_app(app):
    """Register the SSE route."""
    app.add_url_rule(SSE_PATH, endpoint=ENDPOINT, view_func=stream_events_sse, methods=["GET"])
