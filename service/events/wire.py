"""What a listener's socket carries: an event's JSON frame as a WebSocket message, an SSE message.

Each is encoded once per process and shared by every socket it goes to (the hub hands one Event,
and one EventBatch per tenant, to all of the tenant's listeners).
"""

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Event:
    """One event: what the filters look at, and the JSON frame every stream carries."""

    id: int
    workflow_id: str | None
    run_id: str | None
    frame: str
    name: str = ""

    @cached_property
    def websocket_message(self) -> bytes:
        """The frame as one uncompressed WebSocket text message."""
        return websocket_text_frame(self.frame)

    @cached_property
    def sse_message(self) -> bytes:
        """The frame as one Server-Sent Events message (id, event, data)."""
        return f"id: {self.id}\nevent: {self.name}\ndata: {self.frame}\n\n".encode()


class EventBatch(tuple):
    """Events in order, as the bytes one send puts on each kind of socket."""

    @cached_property
    def websocket_bytes(self) -> bytes:
        """Every event as a WebSocket message, back to back."""
        return b"".join(event.websocket_message for event in self)

    @cached_property
    def sse_bytes(self) -> bytes:
        """Every event as an SSE message, back to back."""
        return b"".join(event.sse_message for event in self)

    @cached_property
    def sse_chunk(self) -> bytes:
        """Every event as an SSE message, in one HTTP/1.1 chunk."""
        return http_chunk(self.sse_bytes)


def websocket_text_frame(text: str) -> bytes:
    """Encode text as one final, unmasked WebSocket text frame (RFC 6455 §5.2)."""
    payload = text.encode()
    size = len(payload)
    if size < 126:
        header = bytes((0x81, size))
    elif size < 1 << 16:
        header = bytes((0x81, 126)) + size.to_bytes(2, "big")
    else:
        header = bytes((0x81, 127)) + size.to_bytes(8, "big")
    return header + payload


def http_chunk(data: bytes) -> bytes:
    """Frame bytes as one HTTP/1.1 chunk (RFC 9112 §7.1), as gunicorn frames what is yielded."""
    return b"%X\r\n%s\r\n" % (len(data), data) if data else b""
