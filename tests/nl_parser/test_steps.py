"""Clauses to steps: actions, config extraction, conditions and chaining."""

import pytest

from nl_parser import parse
from nl_parser.clauses import split_clauses
from nl_parser.conditions import read_condition


def actions(text: str, context: dict | None = None) -> list[str]:
    return parse(text, context).actions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Query Salesforce for open cases", ["salesforce.query"]),
        ("Pull the latest pipeline deals", ["salesforce.query"]),
        ("Fetch https://api.example.com/v1/items", ["http.request"]),
        ("Call the billing endpoint", ["http.request"]),
        ("Write a quarterly revenue report", ["generate_report"]),
        ("Summarise the meeting notes", ["summarize"]),
        ("Triage the incoming bug reports into bug, feature or question", ["classify"]),
        ("Parse out the order numbers from the message", ["extract"]),
        ("Email the totals to cfo@example.com", ["email.send"]),
        ("Post an update to #general", ["slack.post_message"]),
        ("Send the records to the inventory webhook", ["webhook.post"]),
        ("Sleep for 2 hours", ["wait"]),
    ],
)
def test_each_verb_maps_to_its_action(text, expected):
    assert actions(text) == expected


def test_recipients_channels_urls_and_waits_are_extracted():
    result = parse(
        "Fetch https://api.example.com/stats, wait 15 minutes, post the numbers to #metrics "
        "and email them to a@example.com and b@example.org, then send them to "
        "https://hooks.example.com/in"
    )
    configs = {step.action: step.config for step in result.steps}
    assert configs["http.request"] == {"url": "https://api.example.com/stats"}
    assert configs["wait"] == {"seconds": 900}
    assert configs["slack.post_message"] == {"channel": "#metrics"}
    assert configs["email.send"] == {"to": ["a@example.com", "b@example.org"]}
    assert configs["webhook.post"] == {"url": "https://hooks.example.com/in"}


def test_config_leaves_out_what_the_text_does_not_say():
    result = parse("Every Monday, email the report to the sales team")
    email = result.steps[-1]
    assert email.action == "email.send"
    assert "to" not in email.config


@pytest.mark.parametrize(
    ("text", "config"),
    [
        ("if it is down", {"field": "$.status", "operator": "equals", "value": "down"}),
        (
            "when the response is not ok",
            {"field": "$.status", "operator": "not_equals", "value": "ok"},
        ),
        (
            "when a deployment finishes successfully",
            {"field": "$.deployment.status", "operator": "equals", "value": "success"},
        ),
        (
            "if the build fails",
            {"field": "$.build.status", "operator": "equals", "value": "failed"},
        ),
        (
            "if the total is greater than 1000",
            {"field": "$.total", "operator": "gt", "value": 1000},
        ),
        ("if revenue drops below $500", {"field": "$.revenue", "operator": "lt", "value": 500}),
        ("if the score is at least 80", {"field": "$.score", "operator": "gte", "value": 80}),
        ("if the latency is at most 200", {"field": "$.latency", "operator": "lte", "value": 200}),
        (
            'if the subject contains "urgent"',
            {"field": "$.subject", "operator": "contains", "value": "urgent"},
        ),
        ("if the email is missing", {"field": "$.email", "operator": "exists", "value": False}),
        (
            "if the tier is one of gold, platinum",
            {"field": "$.tier", "operator": "in", "value": ["gold", "platinum"]},
        ),
    ],
)
def test_conditions_read_field_operator_value(text, config):
    _, _, body = text.partition(" ")
    assert read_condition(body).config == config


def test_an_event_trigger_is_not_a_condition():
    assert read_condition("a new signup arrives") is None
    assert actions("When a new order is placed, email it to shop@example.com") == ["email.send"]


def test_a_trailing_condition_guards_the_step_before_it():
    result = parse(
        "Every 5 minutes call the health endpoint and page oncall@example.com if it fails"
    )
    assert result.actions == ["http.request", "check_status", "email.send"]
    assert result.steps[1].config["value"] == "failed"


def test_unless_negates_the_condition():
    result = parse("Call the jobs API and post to #jobs unless the status is ok")
    assert result.steps[1].config == {"field": "$.status", "operator": "not_equals", "value": "ok"}


def test_every_condition_is_check_status_with_its_operator():
    # The labelled sets write comparisons as check_status too; the operator carries the meaning.
    result = parse("Fetch the queue API and alert #ops if the depth exceeds 100")
    assert result.actions[1] == "check_status"
    assert result.steps[1].config == {"field": "$.depth", "operator": "gt", "value": 100}
    assert actions("Fetch the queue API and alert #ops if it is down")[1] == "check_status"


def test_a_filter_after_classify_tests_the_category():
    result = parse("Classify the reviews and post positive ones to #wins")
    assert result.actions == ["classify", "check_status", "slack.post_message"]
    assert result.steps[1].config == {
        "field": "$.category",
        "operator": "equals",
        "value": "positive",
    }


def test_implied_steps_around_agents():
    assert actions("Summarize the tickets from the helpdesk API") == ["http.request", "summarize"]
    assert actions("Summarize the results in Slack") == ["summarize", "slack.post_message"]
    assert actions("Query Salesforce and post a summary to #sales") == [
        "salesforce.query",
        "summarize",
        "slack.post_message",
    ]


def test_steps_are_numbered_and_chained():
    result = parse("Fetch the orders API, classify them, and email urgent ones to a@example.com")
    nodes = result.to_dict()["steps"]
    assert [n["id"] for n in nodes] == ["step_1", "step_2", "step_3", "step_4"]
    assert "input_from" not in nodes[0]
    assert [n.get("input_from") for n in nodes[1:]] == ["step_1", "step_2", "step_3"]
    assert nodes[3]["input_from"] == nodes[2]["id"]  # the condition feeds what it guards


def test_classify_labels_are_extracted():
    result = parse("Categorize the emails into billing, technical or other")
    assert result.steps[0].config["labels"] == ["billing", "technical", "other"]


def test_clause_splitting_keeps_recipient_lists_together():
    clauses = split_clauses("email a@x.com, b@y.com and the team, then wait 5 minutes")
    assert [c.text for c in clauses] == ["email a@x.com, b@y.com and the team", "wait 5 minutes"]


def test_wait_durations():
    assert parse("Wait two days, then email a@example.com").steps[0].config == {"seconds": 172800}
    assert parse("Wait half an hour, then email a@example.com").steps[0].config == {"seconds": 1800}
    assert parse("After 3 days, email a@example.com").steps[0].config == {"seconds": 259200}
