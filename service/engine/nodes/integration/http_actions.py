"""The http.request and webhook.post actions, both sent through the SSRF-guarded client."""

from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from service.engine import safe_http
from service.engine.nodes.base import ActionContext, ActionError

_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
_USER_AGENT = "workflows-api/2"


def http_request(ctx: ActionContext) -> dict[str, Any]:
    """Send the configured request; return its status, headers and body (JSON parsed)."""
    config = ctx.config
    method = config.get("method") or "GET"
    if not isinstance(method, str) or method.upper() not in _METHODS:
        raise _invalid(f"method must be one of {', '.join(sorted(_METHODS))}")
    headers = _headers(config.get("headers"))
    payload: dict[str, Any] = {}
    if "json" in config:
        payload["json"] = config["json"]
    elif config.get("body") is not None:
        body = config["body"]
        if isinstance(body, str):
            payload["body"] = body.encode()
            if not any(name.lower() == "content-type" for name in headers):
                headers["Content-Type"] = "text/plain; charset=utf-8"
        else:
            payload["json"] = body
    response = safe_http.request(
        method,
        _with_query(config.get("url"), config.get("query")),
        settings=ctx.settings,
        timeout_s=call_timeout(ctx),
        headers=headers,
        raise_for_status=_flag(config.get("raise_for_status", True), "raise_for_status"),
        **payload,
    )
    return {"status": response.status, "headers": response.headers, "body": response.parsed_body()}


def webhook_post(ctx: ActionContext) -> dict[str, Any]:
    """POST the configured payload (or the node's input) as JSON; return status and body."""
    config = ctx.config
    payload = config["payload"] if config.get("payload") is not None else ctx.input
    headers = _headers(config.get("headers"))
    # The same key on every retry of this node lets the receiver drop duplicates.
    headers.setdefault("Idempotency-Key", f"{ctx.run_id}:{ctx.node_id}")
    headers.setdefault("X-Workflow-Run-Id", str(ctx.run_id))
    response = safe_http.request(
        "POST",
        config.get("url"),
        settings=ctx.settings,
        timeout_s=call_timeout(ctx),
        headers=headers,
        json=payload,
    )
    return {"status": response.status, "body": response.parsed_body()}


def call_timeout(ctx: ActionContext) -> float:
    """Return the call's timeout: config `timeout_s` when given, never above the node's."""
    value = ctx.config.get("timeout_s")
    if value is None:
        return ctx.timeout_s
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise _invalid("timeout_s must be a positive number")
    return min(float(value), ctx.timeout_s)


def _headers(value: Any) -> dict[str, str]:
    if value is None:
        value = {}
    if not isinstance(value, dict):
        raise _invalid("headers must be an object of strings")
    headers: dict[str, str] = {}
    for name, raw in value.items():
        text = raw if isinstance(raw, str) else str(raw)
        # A CR or LF would let a templated value inject headers of its own.
        if not name or any(c in f"{name}{text}" for c in "\r\n\0") or ":" in name:
            raise _invalid(f"invalid header {name!r}")
        headers[name] = text
    if not any(name.lower() == "user-agent" for name in headers):
        headers["User-Agent"] = _USER_AGENT
    return headers


def _with_query(url: Any, query: Any) -> Any:
    if not query:
        return url
    if not isinstance(query, dict):
        raise _invalid("query must be an object")
    if not isinstance(url, str):
        return url  # the client reports the bad URL
    pairs = [
        (key, _query_value(item))
        for key, value in query.items()
        if value is not None
        for item in (value if isinstance(value, list) else [value])
    ]
    parts = urlsplit(url)
    joined = "&".join(filter(None, [parts.query, urlencode(pairs)]))
    return urlunsplit(parts._replace(query=joined))


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _flag(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    raise _invalid(f"{name} must be true or false")


def _invalid(message: str) -> ActionError:
    return ActionError("invalid_config", message, retryable=False)
