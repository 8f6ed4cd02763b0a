"""GET /api/v2/workflows/asyncapi.json: the event streams described as AsyncAPI, beside OpenAPI.

OpenAPI cannot describe a WebSocket's frames or an event stream's messages; AsyncAPI 2.6 can
(channel bindings for the query, one message per frame), so clients and tools read the streams'
contract from here.
"""

from flask import Blueprint, jsonify

from service.events.models import EVENT_NAMES
from service.web.blueprint import API_PREFIX

ASYNCAPI_PATH = f"{API_PREFIX}/asyncapi.json"
UUID = {"type": "string", "format": "uuid"}

EVENT_FRAME = {
    "type": "object",
    "required": ["id", "event", "timestamp", "workflow_id", "run_id", "data"],
    "properties": {
        "id": {
            "type": "integer",
            "minimum": 1,
            "description": "Increasing per tenant in commit order: the highest seen is a safe"
            " `since` for a reconnect.",
        },
        "event": {"type": "string", "enum": list(EVENT_NAMES)},
        "timestamp": {"type": "string", "format": "date-time"},
        "workflow_id": UUID,
        "run_id": UUID,
        "data": {
            "type": "object",
            "description": "execution:* events: the run as GET …/runs/{run_id} returns it."
            " step:* events: {node_id, …} (attempt; wake_at or signal while waiting; the"
            " step's output or error when it ends).",
        },
    },
    "example": {
        "id": 42,
        "event": "execution:completed",
        "timestamp": "2026-03-19T18:00:00.000Z",
        "workflow_id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
        "run_id": "e5f6a7b8-c9d0-1234-ef56-789012345678",
        "data": {"id": "e5f6a7b8-c9d0-1234-ef56-789012345678", "status": "completed"},
    },
}


_STREAM_QUERY = {
    "type": "object",
    "properties": {
        "token": {"type": "string", "description": "The JWT, when no header can be set."},
        "workflow_id": {**UUID, "description": "Only this workflow."},
        "run_id": {**UUID, "description": "Only this run."},
        "since": {
            "type": "string",
            "pattern": "^[0-9]{1,18}$",
            "description": "Replay the stored events after this id.",
        },
    },
}


def asyncapi_document() -> dict:
    """Return the AsyncAPI 2.6 description of the event streams (WebSocket and SSE)."""
    return {
        "asyncapi": "2.6.0",
        "info": {
            "title": "Workflows API events",
            "version": "2.0.0",
            "description": (
                "Live run and step events of the caller's tenant. Connect to"
                f" {API_PREFIX}/ws with `Authorization: Bearer <JWT>` or `?token=` (browsers);"
                " a bad token is refused with 401 before the upgrade, a bad filter with 400."
                " `since=<event id>` replays the stored events after that id, then goes live"
                " with no gap and no duplicate. Events are kept EVENT_RETENTION_HOURS (72 h)."
                " Close code 1013 (try again later): the socket could not keep up or the"
                " server lost its event feed; reconnect with `since` = the last id received."
                " Client messages are read and ignored (at most 4 KiB each). The server pings every"
                " 20 s and closes a peer silent for 60 s (1008). The same events come as"
                f" Server-Sent Events from {API_PREFIX}/events (`id:`, `event:`, `data:` = the"
                " same JSON; `Last-Event-ID` works as `since`; a `: ping` comment every 15 s)."
                " At most EVENTS_MAX_LISTENERS_PER_USER (50) open listeners per user: one more"
                " is refused with 429 `too_many_listeners` before the upgrade."
            ),
        },
        "servers": {
            "api": {
                "url": "{host}",
                "protocol": "wss",
                "description": "The API's own host (ws:// without TLS).",
                "variables": {"host": {"default": "localhost:8000"}},
                "security": [{"bearerAuth": []}],
            }
        },
        "channels": {
            f"{API_PREFIX}/ws": {
                "description": "One socket per listener; one JSON event per text frame.",
                "bindings": {
                    "ws": {
                        "method": "GET",
                        "query": _STREAM_QUERY,
                        "bindingVersion": "0.1.0",
                    }
                },
                "subscribe": {
                    "operationId": "streamEvents",
                    "summary": "Receive the tenant's run and step events.",
                    "message": {"$ref": "#/components/messages/Event"},
                },
            },
            f"{API_PREFIX}/events": {
                "description": "Server-Sent Events (text/event-stream): each event is `id: <id>`,"
                " `event: <name>`, `data: <the JSON frame>`; `Last-Event-ID` resumes like"
                " `since`.",
                "bindings": {
                    "http": {
                        "type": "request",
                        "method": "GET",
                        "query": _STREAM_QUERY,
                        "bindingVersion": "0.1.0",
                    }
                },
                "subscribe": {
                    "operationId": "streamEventsSse",
                    "summary": "Receive the tenant's run and step events as SSE.",
                    "message": {"$ref": "#/components/messages/Event"},
                },
            },
        },
        "components": {
            "messages": {
                "Event": {
                    "name": "Event",
                    "contentType": "application/json",
                    "payload": {"$ref": "#/components/schemas/Event"},
                }
            },
            "schemas": {"Event": EVENT_FRAME},
            "securitySchemes": {"bearerAuth": {"type": "httpBearerToken", "scheme": "bearer"}},
        },
    }


blp = Blueprint("asyncapi", __name__)


@blp.get(ASYNCAPI_PATH)
def asyncapi():
    """Serve the AsyncAPI document (public, like the OpenAPI one)."""
    return jsonify(asyncapi_document())
