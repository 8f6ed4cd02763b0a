"""Writing a tenant's events straight to the sockets of listeners that are waiting for them.

A stream blocked in Listener.take() lets the hub write its events itself (Listener.direct_write):
one non-blocking send per socket, no wakeup and no switch to the stream's greenlet. With thousands
of listeners per process that is most of the cost of fan-out (README, Events). The stream sends
whatever the socket did not take when it next wakes, before anything newer, so order holds.
"""

from collections.abc import Callable

from service.events.wire import Event, EventBatch


def direct_writer(sock, encode: Callable[[EventBatch], bytes], *, fresh=None, stream=None):
    """Return a Listener.direct_write for a socket: encode the fresh events, send what fits.

    `fresh`, when given, drops the events a replay already sent; `stream`, when given, is a
    WebSocket whose `connected` turns false once it closes (the bytes are then left to the stream,
    which ends). This runs once per socket per batch, so it looks nothing up it can bind here.
    """
    send = sock.send

    def write(events: list[Event]) -> bytes:
        if fresh is not None:
            events = fresh(events)
        # The hub's batch, as it is unless a replay sent some of it: its bytes are encoded once.
        data = encode(events if type(events) is EventBatch else EventBatch(events))
        if not data or (stream is not None and not stream.connected):
            return data
        try:
            # gevent's socket waits for room unless told not to (timeout 0.0): the hub must not
            # wait on one slow client while the others are due their events.
            sent = send(data, 0, timeout=0.0)
        except BlockingIOError:
            return data
        return data[sent:]

    return write
