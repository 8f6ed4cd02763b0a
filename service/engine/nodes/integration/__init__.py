"""The `integration` node type: calls to the outside world, one module per service."""

from service.engine.nodes.base import NodeType
from service.engine.nodes.integration.email_action import send_email
from service.engine.nodes.integration.http_actions import http_request, webhook_post
from service.engine.nodes.integration.salesforce_action import salesforce_query
from service.engine.nodes.integration.slack_action import post_slack_message

NODE = NodeType(
    name="integration",
    actions={
        "http.request": http_request,
        "email.send": send_email,
        "slack.post_message": post_slack_message,
        "salesforce.query": salesforce_query,
        "webhook.post": webhook_post,
    },
)
