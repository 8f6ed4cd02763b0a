"""What the OpenAPI document states beyond the marshmallow schemas: the definition's shape.

A definition is validated by the engine (its errors name the node and the field), so its field
stays a plain object for marshmallow; the spec still describes it, with every limit the engine
enforces that JSON Schema can state. The rules between nodes (unique ids, `input_from` naming
existing nodes, no cycle, each action's config) are stated in the descriptions.
"""

from service.engine.concurrency import MAX_KEY_LENGTH
from service.engine.concurrency import MAX_LIMIT as MAX_CONCURRENCY
from service.engine.definition import MAX_BACKOFF_S, MAX_NODES, MAX_TIMEOUT_S
from service.engine.registry import CATALOG

NODE_ID = {"type": "string", "pattern": r"^[A-Za-z0-9_\-]{1,100}$", "example": "step_1"}
DEFINITION_REF = {"$ref": "#/components/schemas/Definition"}

_ACTIONS = "; ".join(f"{kind}: {', '.join(actions)}" for kind, actions in CATALOG.items())

NODE = {
    "type": "object",
    "description": "One step of the graph. Ids are unique within the definition.",
    "properties": {
        "id": NODE_ID,
        "type": {"type": "string", "enum": list(CATALOG)},
        "action": {
            "type": "string",
            "description": f"An action of the node's type ({_ACTIONS}).",
            "enum": sorted({action for actions in CATALOG.values() for action in actions}),
            "x-actions-by-type": {kind: list(actions) for kind, actions in CATALOG.items()},
        },
        "name": {"type": "string"},
        "config": {
            "type": "object",
            "description": "The action's settings; values may be {{ templates }}.",
        },
        "input_from": {
            "description": "The node(s) this one runs after: existing ids, no cycle.",
            "oneOf": [NODE_ID, {"type": "array", "items": NODE_ID, "minItems": 1}],
        },
        "retry": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "max_attempts": {"type": "integer", "minimum": 1, "maximum": 10, "default": 1},
                "backoff_s": {"type": "number", "minimum": 0, "maximum": MAX_BACKOFF_S},
            },
        },
        "timeout_s": {
            "type": "number",
            "exclusiveMinimum": True,
            "minimum": 0,
            "maximum": MAX_TIMEOUT_S,
        },
    },
    "required": ["id", "type", "action"],
    "additionalProperties": False,
}

IO_SCHEMA = {
    "type": "object",
    "description": "A JSON Schema of type object ({} means anything).",
    "example": {},
}

DEFINITION = {
    "type": "object",
    "description": (
        "A DAG of nodes. Node ids are unique; input_from names other nodes of this definition;"
        " the graph has no cycle; each action's config is checked (400 naming node and field)."
    ),
    "properties": {
        "nodes": {
            "type": "array",
            "items": {"$ref": "#/components/schemas/Node"},
            "minItems": 1,
            "maxItems": MAX_NODES,
        },
        "inputs": IO_SCHEMA,
        "outputs": IO_SCHEMA,
        "concurrency": {
            "type": "object",
            "description": "At most `limit` runs at once per rendered `key` (a template).",
            "additionalProperties": False,
            "properties": {
                "limit": {"type": "integer", "minimum": 1, "maximum": MAX_CONCURRENCY},
                "key": {"type": "string", "minLength": 1, "maxLength": MAX_KEY_LENGTH},
            },
            "required": ["limit"],
        },
    },
    "required": ["nodes"],
    "example": {
        "nodes": [
            {
                "id": "step_1",
                "type": "condition",
                "action": "check_status",
                "config": {
                    "field": "$.deployment.status",
                    "operator": "equals",
                    "value": "success",
                },
            },
            {
                "id": "step_2",
                "type": "integration",
                "action": "slack.post_message",
                "input_from": "step_1",
                "config": {"channel": "#deployments", "message": "Deployment completed!"},
            },
        ],
        "inputs": {},
        "outputs": {},
    },
}

# Bodies that need at least one field: JSON Schema says so with minProperties.
AT_LEAST_ONE_FIELD = ("WorkflowPatch", "SchedulePatch")

# The reference's examples for the main operations' bodies.
EXAMPLES = {
    "WorkflowCreate": {
        "name": "Deploy Notification",
        "description": "Notify the team when a deployment completes",
        "definition": DEFINITION["example"],
    },
    "WorkflowPatch": {"description": "Updated description", "status": "active"},
    "Execute": {
        "inputs": {
            "date_range": "LAST_MONTH",
            "recipients": ["ceo@company.com", "sales-lead@company.com"],
        }
    },
    "ScheduleCreate": {
        "cron_expression": "0 9 * * 1",
        "timezone": "America/New_York",
        "inputs": {"date_range": "LAST_WEEK"},
        "missed_execution_policy": "run_immediately",
    },
    "SchedulePatch": {"cron_expression": "0 10 * * 1-5", "enabled": True},
    "ParseRequest": {
        "instruction": "Every Monday at 9am, pull the latest sales data, generate a summary"
        " report, and email it to the sales team.",
        "context": {"availableTools": ["salesforce.query", "email.send"]},
    },
    "Preview": {
        "cron_expression": "30 2 * * *",
        "timezone": "America/New_York",
        "count": 3,
        "from": "2026-03-07T12:00:00Z",
    },
    "Backfill": {"start": "2026-03-01T00:00:00Z", "end": "2026-03-08T00:00:00Z"},
    # Answers, as the reference shows them (with the fields this API adds).
    "Health": {
        "status": "ok",
        "service": "workflows-api-v2",
        "version": "2.0.0",
        "timestamp": "2026-03-19T18:00:00.000Z",
        "checks": {"database": "ok", "redis": "ok"},
        "workers": 2,
        "queue_depth": 0,
    },
    "WorkflowEnvelope": {
        "success": True,
        "workflow": {
            "id": "c3d4e5f6-a7b8-9012-cdef-345678901234",
            "customer_id": "8f3a2b1c-4d5e-6f7a-8b9c-0d1e2f3a4b5c",
            "name": "Deploy Notification",
            "description": "Notify the team when a deployment completes",
            "definition": DEFINITION["example"],
            "version": "1.0.0",
            "status": "active",
            "created_by": "8f3a2b1c-4d5e-6f7a-8b9c-0d1e2f3a4b5c",
            "created_at": "2026-03-19T17:30:00.000Z",
            "updated_at": "2026-03-19T17:30:00.000Z",
        },
    },
    "RunEnvelope": {
        "success": True,
        "run": {
            "id": "e5f6a7b8-c9d0-1234-ef56-789012345678",
            "workflow_id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
            "customer_id": "8f3a2b1c-4d5e-6f7a-8b9c-0d1e2f3a4b5c",
            "status": "running",
            "inputs": {
                "date_range": "LAST_MONTH",
                "recipients": ["ceo@company.com", "sales-lead@company.com"],
            },
            "outputs": None,
            "error": None,
            "started_at": "2026-03-19T18:00:00.000Z",
            "finished_at": None,
            "trigger": "manual",
            "schedule_id": None,
            "scheduled_for": None,
            "workflow_version": "1.0.0",
            "retry_of": None,
            "steps": [
                {
                    "node_id": "step_1",
                    "status": "pending",
                    "attempts": 0,
                    "input": None,
                    "output": None,
                    "error": None,
                    "started_at": None,
                    "finished_at": None,
                }
            ],
        },
    },
}


def document_definitions(spec) -> None:
    """Add the Definition and Node components (before the routes that refer to them)."""
    spec.components.schema("Node", NODE)
    spec.components.schema("Definition", DEFINITION)


def state_schema_limits(spec) -> None:
    """Add the limits marshmallow cannot express to the registered component schemas."""
    schemas = spec.components.schemas
    for schema in schemas.values():
        for name, prop in schema.get("properties", {}).items():
            if prop.get("allOf") == [DEFINITION_REF]:
                # The plain reference: a generated client gets a Definition model, not a dict.
                schema["properties"][name] = dict(DEFINITION_REF)
    for name in AT_LEAST_ONE_FIELD:
        if name in schemas:
            schemas[name]["minProperties"] = 1
    for name, example in EXAMPLES.items():
        if name in schemas:
            schemas[name].setdefault("example", example)
