"""Restrict integration steps to `context.availableTools`, falling back to a generic tool that fits.

Agent, condition, transform and delay actions are never restricted. A need with no listed tool
falls back where another tool does the same job (sales data over http.request, a webhook POST
over http.request, Slack through an incoming webhook, a fetch with no URL from Salesforce when it
is the only source listed); otherwise the step is left out with a
warning, and the confidence pays for it.
"""

from dataclasses import dataclass, field

from nl_parser.catalog import CATALOG
from nl_parser.drafts import StepDraft

FALLBACKS: dict[str, tuple[str, ...]] = {
    "salesforce.query": ("http.request",),
    "webhook.post": ("http.request",),
    "slack.post_message": ("webhook.post",),
    "email.send": (),
    "http.request": ("salesforce.query",),
}


_MEDIA = ("email.send", "slack.post_message", "webhook.post")


@dataclass
class Restricted:
    """Steps after restriction, with the warnings and the number of fallbacks taken."""

    steps: list[StepDraft]
    warnings: list[str] = field(default_factory=list)
    fallbacks: int = 0
    dropped: int = 0


def allowed_tools(context: dict | None) -> frozenset[str] | None:
    """Return the integration actions the context allows; None means all of them."""
    tools = (context or {}).get("availableTools")
    if not isinstance(tools, list) or not tools:
        return None
    return frozenset(t for t in tools if isinstance(t, str))


def restrict(steps: list[StepDraft], allowed: frozenset[str] | None) -> Restricted:
    """Keep integration steps within `allowed`, swapping in fallbacks or dropping with a warning."""
    if allowed is None:
        return Restricted(list(steps))
    result = Restricted([])
    for step in steps:
        if step.action not in CATALOG["integration"] or step.action in allowed:
            result.steps.append(step)
            continue
        medium = next((t for t in _MEDIA if t in allowed), None)
        if step.need == "medium" and medium:
            # The text named no medium ("send the team a summary"): the caller's one will do.
            result.steps.append(StepDraft(medium, {}, step.strength, step.phrase, step.subject))
            continue
        substitute = next((t for t in FALLBACKS.get(step.action, ()) if t in allowed), None)
        if substitute == "salesforce.query" and step.config.get("url"):
            substitute = None  # a URL written is that source; the CRM is not it
        if substitute is None:
            result.dropped += 1
            result.warnings.append(
                f"{step.action} is needed to {step.phrase or step.action} but is not in "
                "availableTools; the step was left out"
            )
            continue
        # Salesforce as the one source listed for a fetch with no URL is no guess.
        sure = substitute == "salesforce.query" and step.action == "http.request"
        if step.need != "soft" and not sure:
            result.fallbacks += 1
            result.warnings.append(
                f"{step.action} is not in availableTools; using {substitute} instead"
            )
        config = {k: v for k, v in step.config.items() if k in ("url", "method")}
        if substitute == "http.request" and step.action == "webhook.post":
            config["method"] = "POST"
        strength = step.strength * (0.9 if step.need == "soft" or sure else 0.7)
        result.steps.append(StepDraft(substitute, config, strength, step.phrase, step.subject))
    return result
