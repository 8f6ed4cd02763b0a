"""Constructions found by heldout26-28: verbs of handing over, arrivals, thresholds, dates."""

import pytest

from nl_parser import parse

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"
CL = "classify"


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every day at 8am, pull the tickets from https://desk.acme.io/api/tickets and route "
            "the ones tagged 'billing' to billing@acme.io.",
            [H, C, E],
        ),
        (
            "Every day at 7am, fetch the orders from https://shop.acme.io/api/orders and pass "
            "the international ones to the customs webhook.",
            [H, C, W],
        ),
        (
            "At 7am every day, get the ad spend from https://ads.acme.io/api/spend and hand it "
            "off to the finance webhook.",
            [H, W],
        ),
        (
            "Every hour, grab new leads from https://crm.acme.io/api/leads and relay them to "
            "#sales.",
            [H, S],
        ),
    ],
)
def test_a_verb_of_handing_over_delivers_to_the_place_after_it(text, actions):
    result = parse(text)
    assert result.actions == actions
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "When a lead replies, classify the reply as interested, not now or unsubscribe, and hand "
        "the interested ones to the SDR webhook.",
        "Classify every new feedback form submission as bug, feature request or praise, and "
        "route the bugs to the triage webhook.",
    ],
)
def test_labels_may_be_two_words_and_a_plural_label_names_its_class(text):
    result = parse(text)
    assert result.actions == [CL, C, W]
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "When the usage export lands in S3, summarize it and email the summary to a@acme.io.",
        "When the weekly export shows up in the reporting bucket, summarize it and email the "
        "summary to a@acme.io.",
        "When the payroll file is dropped into the HR share, summarize it and email the summary "
        "to a@acme.io.",
        "When the vendor file turns up in the SFTP folder, summarize it and email the summary to "
        "a@acme.io.",
    ],
)
def test_an_arrival_is_the_trigger_event_not_a_test(text):
    result = parse(text)
    assert result.schedule is None
    assert result.actions == ["summarize", E]
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    ("text", "operator", "value"),
    [
        ("Once a lead's score passes 80, notify #sdr.", "gte", 80),
        ("Once an account's usage crosses 90% of its plan, notify #sdr.", "gte", 90),
        ("Once a deal's amount exceeds $50,000, notify #sdr.", "gt", 50000),
    ],
)
def test_once_a_subject_opens_a_threshold_and_passes_a_number_compares(text, operator, value):
    result = parse(text)
    assert result.schedule is None
    assert result.actions == [C, S]
    check = result.steps[0].config
    assert (check["operator"], check["value"]) == (operator, value)
    assert result.confidence >= 0.85


def test_once_a_period_is_still_a_schedule():
    result = parse("Once a week on Monday at 9am, post the plan to #eng.")
    assert result.schedule.cron_expression == "0 9 * * 1"
    assert result.actions == [S]


@pytest.mark.parametrize(
    ("obj", "field", "operator"),
    [
        ("the invoices due tomorrow", "$.due_date", "lte"),
        ("the contracts expiring in the next 30 days", "$.expiry_date", "lte"),
        ("the invoices due in the next week", "$.due_date", "lte"),
        ("the tickets created this week", "$.created_at", "gte"),
    ],
)
def test_a_relative_date_after_a_dated_participle_filters_and_is_not_the_schedule(
    obj, field, operator
):
    result = parse(
        f"Every day at 9am, fetch the records from https://erp.acme.io/api/records and post {obj} "
        "to #finance."
    )
    assert result.schedule.cron_expression == "0 9 * * *"
    assert result.actions == [H, C, S]
    check = result.steps[1].config
    assert (check["field"], check["operator"]) == (field, operator)
    assert result.confidence >= 0.85
