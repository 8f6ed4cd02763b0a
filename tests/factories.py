"""Builders for tokens and request bodies."""

import time

import jwt as pyjwt

SECRET = "test-secret-key-that-is-long-enough-for-hs256!"


def token(customer_id="tenant-a", user_id="user-a", *, secret=SECRET, lifetime=3600, **claims):
    """Return a signed HS256 token; pass claim=None to leave a claim out."""
    now = int(time.time())
    payload = {"sub": user_id, "customer_id": customer_id, "iat": now, "exp": now + lifetime}
    payload.update(claims)
    payload = {key: value for key, value in payload.items() if value is not None}
    return pyjwt.encode(payload, secret, algorithm="HS256")


def auth(customer_id="tenant-a", user_id="user-a", **kwargs) -> dict:
    """Return the Authorization header for a token."""
    return {"Authorization": f"Bearer {token(customer_id, user_id, **kwargs)}"}


def node(node_id, node_type="transform", action="set", **fields):
    """Return a definition node."""
    return {"id": node_id, "type": node_type, "action": action, **fields}


def definition(*nodes, inputs=None, outputs=None) -> dict:
    """Return a definition; a single transform node when no nodes are given."""
    return {
        "nodes": list(nodes) or [node("step_1", config={"values": {"ok": True}})],
        "inputs": {} if inputs is None else inputs,
        "outputs": {} if outputs is None else outputs,
    }


def workflow_body(name="Weekly Sales Report", **overrides) -> dict:
    """Return a valid create body."""
    body = {"name": name, "description": "Test workflow", "definition": definition()}
    body.update(overrides)
    return body
