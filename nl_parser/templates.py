"""Common workflows, matched to an instruction by TF-IDF cosine similarity of stemmed words.

A strong match whose steps agree with what the clause grammar read makes the answer a template;
when the grammar reads too little, a strong match supplies the steps itself, filled in with the
recipients, channels and URLs the text gives.
"""

import math
import re
from collections import Counter
from dataclasses import dataclass

from nl_parser import destinations as dest
from nl_parser.drafts import StepDraft, phrase_for
from nl_parser.lexicon import STOPWORDS, TOKEN_RE, normalise_stem
from nl_parser.waits import delay_step

STRONG_MATCH = 0.3


@dataclass(frozen=True)
class Template:
    """A named workflow: the words that describe it, its actions and its usual schedule."""

    name: str
    keywords: str
    actions: tuple[str, ...]
    cron: str | None = None
    condition: tuple[str, str, object] = ("$.status", "equals", "failed")


TEMPLATES: tuple[Template, ...] = (
    Template(
        "Weekly Sales Report",
        "weekly sales report pull sales data salesforce opportunities revenue generate report "
        "email team",
        ("salesforce.query", "generate_report", "email.send"),
        "0 9 * * 1",
    ),
    Template(
        "Deploy Notification",
        "deployment deploy release finishes succeeds successful build ship notify post slack "
        "channel",
        ("check_status", "slack.post_message"),
        condition=("$.deployment.status", "equals", "success"),
    ),
    Template(
        "Customer Onboarding",
        "new customer user signup signs up onboarding welcome email wait days follow-up email",
        ("email.send", "wait", "email.send"),
    ),
    Template(
        "Uptime Alert",
        "uptime monitor ping health check url site website endpoint down outage alert on-call",
        ("http.request", "check_status", "slack.post_message"),
        "*/5 * * * *",
        condition=("$.status", "equals", "down"),
    ),
    Template(
        "Lead Routing",
        "route new leads salesforce assign territory rep classify lead score qualified notify",
        ("salesforce.query", "classify", "check_status", "email.send"),
        condition=("$.category", "equals", "qualified"),
    ),
    Template(
        "Daily Digest",
        "daily digest morning news updates summarize summary roundup email inbox",
        ("http.request", "summarize", "email.send"),
        "0 8 * * *",
    ),
    Template(
        "Incident Escalation",
        "incident escalate escalation severity critical outage page on-call acknowledge wait "
        "alert manager",
        ("check_status", "slack.post_message", "wait", "email.send"),
        condition=("$.severity", "equals", "critical"),
    ),
    Template(
        "Invoice Reminder",
        "invoice invoices overdue unpaid payment reminder billing customers remind email due",
        ("http.request", "check_status", "email.send"),
        "0 9 * * *",
        condition=("$.status", "equals", "overdue"),
    ),
    Template(
        "Support Ticket Triage",
        "support tickets helpdesk triage classify urgency priority urgent route escalate",
        ("http.request", "classify", "check_status", "slack.post_message"),
        condition=("$.category", "equals", "urgent"),
    ),
    Template(
        "Feedback Classification",
        "customer feedback reviews sentiment classify negative positive complaints post",
        ("classify", "check_status", "slack.post_message"),
        condition=("$.category", "equals", "negative"),
    ),
    Template(
        "Data Sync",
        "sync orders records export import push forward send webhook api pull fetch",
        ("http.request", "webhook.post"),
        "0 * * * *",
    ),
    Template(
        "Standup Reminder",
        "standup stand-up daily reminder post team channel meeting remind",
        ("slack.post_message",),
        "45 9 * * 1-5",
    ),
    Template(
        "Metrics Summary",
        "metrics kpis dashboard stats analytics fetch summarize summary post slack",
        ("http.request", "summarize", "slack.post_message"),
        "0 9 * * *",
    ),
)


def _terms(text: str) -> list[str]:
    return [
        normalise_stem(m.group())
        for m in TOKEN_RE.finditer(text)
        if m.group().lower() not in STOPWORDS and m.group()[0].isalpha()
    ]


def _build_index() -> tuple[dict[str, float], list[dict[str, float]]]:
    docs = [Counter(_terms(t.name + " " + t.keywords)) for t in TEMPLATES]
    frequency = Counter(term for doc in docs for term in doc)
    idf = {term: math.log((1 + len(docs)) / (1 + n)) + 1 for term, n in frequency.items()}
    vectors = [_unit({term: tf * idf[term] for term, tf in doc.items()}) for doc in docs]
    return idf, vectors


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {k: v / norm for k, v in vector.items()}


_IDF, _VECTORS = _build_index()
_UNKNOWN_IDF = max(_IDF.values())
# Which templates hold each term, so a text is scored only on the terms it shares with them.
_POSTINGS: dict[str, list[tuple[int, float]]] = {}
for _index, _vector in enumerate(_VECTORS):
    for _term, _weight in _vector.items():
        _POSTINGS.setdefault(_term, []).append((_index, _weight))


def best_template(text: str) -> tuple[Template, float]:
    """Return the template most similar to `text` and its cosine similarity in [0, 1]."""
    counts = Counter(_terms(text))
    query = _unit({t: tf * _IDF.get(t, _UNKNOWN_IDF) for t, tf in counts.items()})
    scores = [0.0] * len(_VECTORS)
    for term, weight in query.items():
        for index, template_weight in _POSTINGS.get(term, ()):
            scores[index] += weight * template_weight
    best = max(range(len(TEMPLATES)), key=scores.__getitem__)
    return TEMPLATES[best], scores[best]


def template_steps(template: Template, text: str) -> list[StepDraft]:
    """Return the template's steps with the addresses, channels and URLs the text names."""
    steps = []
    for action in template.actions:
        config: dict = {}
        if action == "email.send":
            config = dest.email_config(text)
        elif action == "slack.post_message":
            config = dest.slack_config(text)
        elif action in ("http.request", "webhook.post"):
            config = dest.url_config(text)
        elif action == "check_status":
            field, operator, value = template.condition
            config = {"field": field, "operator": operator, "value": value}
        elif action == "wait":
            match = re.search(r"\bwait\b.*", text, re.IGNORECASE)
            if match:
                config = delay_step(match.group()).config
        steps.append(StepDraft(action, config, 0.6, phrase_for(action)))
    return steps
