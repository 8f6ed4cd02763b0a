"""Writing a tenant's events straight to the sockets of listeners that are waiting for them.

A stream blocked in Listener.take() lets the hub write its events itself (Listener.direct_write):
one non-blocking send per socket, no wakeup and no switch to the stream's greenlet. With thousands
of listeners per process that is most of the cost of fan-out (README, Events). The stream sends
whatever the socket did not take when it next wakes, before anything newer, so order holds.
"""

from collections.abc import Callable

from service.events.wire import Event, EventBatch


def send_now(sock, data: bytes) -> bytes:
    """Send what the socket takes without waiting; return the rest (all of it when full)."""
    try:
        # gevent's socket waits for room unless told not to (timeout 0.0): the hub must not
        # wait on one slow client while the others are due their events.
        sent = sock.send(data, 0, timeout=0.0)
    except BlockingIOError:
        return data
    return data[sent:]


def direct_writer(sock, encode: Callable[[EventBatch], bytes], *, fresh, connected=None):
    """Return a Listener.direct_write for a socket: encode the fresh events, send what fits.

    `fresh` drops the events a replay already sent; `connected`, when given, tells whether the
    stream may still write (a closed WebSocket leaves its bytes to the stream, which then ends).
    """

    def write(events: list[Event]) -> bytes:
        unsent = fresh(events)
        # The hub's batch, as it is unless a replay sent some of it: its bytes are encoded once.
        data = encode(unsent if isinstance(unsent, EventBatch) else EventBatch(unsent))
        if not data or (connected is not None and not connected()):
            return data
        return send_now(sock, data)

    return write
