"""Event-stream helpers for the tests: emit events as a service would, read SSE streams."""

import base64
import http.client
import json
import os
from urllib.parse import urlencode

from service.db import db
from service.events.store import publish_events, record_event

SSE_PATH = "/api/v2/workflows/events"
# The headers of a WebSocket upgrade request, for handshakes sent without a WebSocket client.
UPGRADE = {
    "Connection": "Upgrade",
    "Upgrade": "websocket",
    "Sec-WebSocket-Key": base64.b64encode(os.urandom(16)).decode(),
    "Sec-WebSocket-Version": "13",
}
WORKFLOW = "11111111-1111-4111-8111-111111111111"
OTHER_WORKFLOW = "22222222-2222-4222-8222-222222222222"
RUN = "33333333-3333-4333-8333-333333333333"
OTHER_RUN = "44444444-4444-4444-8444-444444444444"


def emit(customer_id="tenant-a", workflow_id=WORKFLOW, run_id=RUN, name="step:started") -> int:
    """Record and publish one event as a service would; return its id."""
    with db.atomic():
        row = record_event(
            customer_id=customer_id,
            workflow_id=workflow_id,
            run_id=run_id,
            name=name,
            data={"node_id": "step_1"},
        )
    publish_events([row])
    return row.id


class SseStream:
    """One open text/event-stream response, read message by message."""

    def __init__(self, port: int, *, headers=None, timeout: float = 15, **query):
        suffix = f"?{urlencode(query)}" if query else ""
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        self.connection.request("GET", f"{SSE_PATH}{suffix}", headers=headers or {})
        self.response = self.connection.getresponse()
        self.status = self.response.status
        self.headers = dict(self.response.getheaders())
        self.comments: list[str] = []

    def json_body(self) -> dict:
        """Return the JSON body of a refused stream."""
        return json.loads(self.response.read())

    def next_message(self) -> dict:
        """Return the next message as {"id", "event", "data"} (comments are kept aside)."""
        message: dict = {}
        while True:
            line = self.response.readline()
            if not line:
                raise EOFError("the stream ended")
            text = line.decode().rstrip("\n")
            if text == "":
                if message:
                    return message
                continue
            if text.startswith(":"):
                self.comments.append(text[1:].strip())
                continue
            field, _, value = text.partition(":")
            message[field] = value[1:] if value.startswith(" ") else value

    def events(self, count: int) -> list[dict]:
        """Return the next `count` events as (id, event, parsed data frame)."""
        found = []
        while len(found) < count:
            message = self.next_message()
            if "data" in message:
                found.append(
                    {
                        "id": int(message["id"]),
                        "event": message["event"],
                        "frame": json.loads(message["data"]),
                    }
                )
        return found

    def close(self) -> None:
        """Close the connection (the server notices at its next write)."""
        self.connection.close()
