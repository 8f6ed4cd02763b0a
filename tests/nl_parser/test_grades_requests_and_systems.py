"""Constructions found by heldout32-34: grades given, things had made, spelled-out spans,
results a call returns, a request with its cadence, a system named in an object."""

import pytest

from nl_parser import parse

E, S, C, H, W = "email.send", "slack.post_message", "check_status", "http.request", "webhook.post"
Q, SUM = "salesforce.query", "summarize"


def test_a_grade_given_is_a_test_of_it():
    result = parse("When a vulnerability rated critical is reported, page the appsec webhook.")
    assert result.actions == [C, W]
    assert result.steps[0].config["value"] == "critical"
    assert result.confidence >= 0.85


def test_a_thing_had_made_is_made_then_sent():
    result = parse(
        "Could you have the week's refund requests summarized and sent to cx@acme.io every "
        "Friday at 3pm? They live at https://support.acme.io/api/refunds."
    )
    assert result.actions == [H, SUM, E]


def test_a_span_with_its_count_spelled_out_compares():
    result = parse(
        "Every Monday at 10am, email the open bugs older than two weeks to qa@acme.io; the bugs "
        "are at https://bugs.acme.io/api/open."
    )
    assert result.actions == [H, C, E]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # Words inside an address name no report.
        (
            "Run https://api.acme.io/reports/reconcile every night at 3am and, if any mismatches "
            "come back, email recon@acme.io.",
            [H, C, E],
        ),
        (
            "Can you set up a nightly job at 1am that exports the day's transactions from "
            "https://ledger.acme.io/api/tx and drops them in the accounting webhook?",
            [H, W],
        ),
    ],
)
def test_calls_and_requests(text, actions):
    result = parse(text)
    assert result.actions == actions
    assert result.confidence >= 0.85


def test_a_request_keeps_the_cadence_it_names():
    result = parse("Can you set up a nightly job at 1am that posts the totals to #ops?")
    assert result.schedule.cron_expression == "0 1 * * *"


def test_a_system_named_in_a_made_things_object_is_read():
    result = parse(
        "Every Friday at 6pm, summarise this week's Salesforce activity and send the summary "
        "to sales@acme.io."
    )
    assert result.actions == [Q, SUM, E]


@pytest.mark.parametrize(
    "text",
    [
        "When a teacher submits grades after the deadline, email the registrar at reg@acme.io.",
        "When a student submits an assignment late, email the instructor at lms@acme.io.",
    ],
)
def test_an_act_done_late_is_a_test_on_the_trigger(text):
    result = parse(text)
    assert result.actions == [C, E]
    assert result.steps[0].config == {"field": "$.late", "operator": "equals", "value": True}
    assert result.confidence >= 0.85


def test_a_state_of_being_late_is_still_read_as_a_status():
    result = parse(
        "Every day at 9, check https://ship.acme.io/api/s and if the shipment is late, email "
        "ops@acme.io."
    )
    assert result.steps[1].config["value"] == "late"
