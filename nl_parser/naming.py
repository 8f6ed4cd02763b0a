"""Derive a workflow's name ("Weekly Sales Report") and description from its parts.

The name is cadence + subject + kind: the cadence comes from the cron expression, the subject from
the object of the first data step (or the agent step), the kind from the last agent action or,
without one, from what the workflow delivers.
"""

from nl_parser.drafts import StepDraft
from nl_parser.lexicon import word_set
from nl_parser.result import Schedule

MAX_NAME = 200

_KIND = {
    "generate_report": "Report",
    "summarize": "Summary",
    "classify": "Triage",
    "extract": "Extraction",
}
_DELIVERY_KIND = {
    "email.send": "Email",
    "slack.post_message": "Slack Update",
    "webhook.post": "Sync",
    "http.request": "Check",
    "salesforce.query": "Query",
    "wait": "Sequence",
}
_GENERIC = word_set(
    """
    report reports summary summaries message messages email emails update updates
    reminder progress it them one ones
    """
)


def cadence_word(schedule: Schedule | None) -> str:
    """Return a cadence adjective for a schedule ("Weekly", "Hourly"…), or "" without one."""
    if schedule is None:
        return ""
    minute, hour, dom, month, dow = schedule.cron_expression.split()
    if minute.startswith("*/"):
        return f"{minute[2:]}-Minute"
    if minute == "*":
        return "Every-Minute"
    if hour == "*" or hour.startswith("*/"):
        return "Hourly"
    if month != "*":
        return "Quarterly" if month.count(",") == 3 else "Yearly" if dom != "*" else "Seasonal"
    if dom != "*":
        return "Monthly"
    if dow == "1-5":
        return "Weekday"
    if dow != "*":
        return "Weekly"
    return "Daily"


def workflow_name(steps: list[StepDraft], schedule: Schedule | None) -> str:
    """Return a short title-cased name for the workflow."""
    kind = _kind(steps)
    subject_words = [w for w in _subject(steps).split() if w.lower() not in _GENERIC]
    subject = " ".join(w if w.isupper() else w.capitalize() for w in subject_words)
    if kind.split()[0].lower() in subject.lower():
        kind = ""
    parts = [cadence_word(schedule), subject, kind]
    name = " ".join(p for p in parts if p) or "Workflow"
    if name == cadence_word(schedule):
        name += " Workflow"
    return name[:MAX_NAME]


def description(steps: list[StepDraft], schedule_phrase: str) -> str:
    """Return a one-sentence description: the steps in order, then when it runs."""
    phrases = [s.phrase for s in steps if s.phrase]
    if not phrases:
        text = "Workflow with no recognised steps"
    elif len(phrases) == 1:
        text = phrases[0]
    else:
        text = ", ".join(phrases[:-1]) + " and " + phrases[-1]
    text = text[0].upper() + text[1:]
    if schedule_phrase:
        text += f" ({' '.join(schedule_phrase.split())})"
    return text[:500]


def _kind(steps: list[StepDraft]) -> str:
    agents = [s.action for s in steps if s.action in _KIND]
    if agents:
        return _KIND[agents[-1]]
    if any(s.action in ("check_status", "evaluate") for s in steps):
        return "Alert"
    for step in reversed(steps):
        if step.action in _DELIVERY_KIND:
            return _DELIVERY_KIND[step.action]
    return "Workflow"


def _subject(steps: list[StepDraft]) -> str:
    for action_group in (("salesforce.query", "http.request"), tuple(_KIND), tuple(_DELIVERY_KIND)):
        for step in steps:
            if step.action in action_group and step.subject:
                return step.subject
    return ""
