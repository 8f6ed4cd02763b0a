"""The slack.post_message action: chat.postMessage on the Slack Web API."""

from typing import Any

from service.engine import safe_http
from service.engine.nodes.base import ActionContext, ActionError
from service.engine.nodes.integration.http_actions import call_timeout
from service.engine.nodes.integration.message_text import render_message_text

# Slack's own "try again later" answers; every other error needs a change of config.
_TRANSIENT_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)


def post_slack_message(ctx: ActionContext) -> dict[str, Any]:
    """Post `message`/`text` (default: the node's input, rendered) to a Slack channel."""
    settings = ctx.settings
    if not settings.slack_bot_token:
        raise ActionError(
            "integration_not_configured",
            "slack.post_message needs SLACK_BOT_TOKEN",
            retryable=False,
        )
    config = ctx.config
    channel = config.get("channel")
    if not isinstance(channel, str) or not channel.strip():
        raise ActionError("invalid_config", "channel must be a channel id or name", retryable=False)
    text = next((config[k] for k in ("message", "text") if config.get(k) is not None), ctx.input)
    payload: dict[str, Any] = {"channel": channel.strip(), "text": render_message_text(text)}
    for optional in ("thread_ts", "blocks"):
        if config.get(optional) is not None:
            payload[optional] = config[optional]
    response = safe_http.request(
        "POST",
        settings.slack_api_url.rstrip("/") + "/chat.postMessage",
        settings=settings,
        timeout_s=call_timeout(ctx),
        headers={
            "Authorization": f"Bearer {settings.slack_bot_token}",
            "Content-Type": "application/json; charset=utf-8",
        },
        json=payload,
    )
    try:
        answer = response.json()
    except ValueError as exc:
        raise ActionError("slack_error", "Slack answered with something other than JSON") from exc
    if not isinstance(answer, dict) or not answer.get("ok"):
        error = (
            answer.get("error", "unknown_error") if isinstance(answer, dict) else "unknown_error"
        )
        raise ActionError(
            "slack_error",
            f"Slack refused the message: {error}",
            retryable=error in _TRANSIENT_ERRORS,
        )
    return {
        "ok": True,
        "channel": answer.get("channel", payload["channel"]),
        "ts": answer.get("ts"),
    }
