"""Round 40: summaries of dated data read from the one source listed, and value bands."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import read

_HTTP_EMAIL = {"availableTools": ["http.request", "email.send"]}
_HTTP_SLACK = {"availableTools": ["http.request", "slack.post_message"]}
_CRM_SLACK = {"availableTools": ["salesforce.query", "slack.post_message"]}
_CRM_EMAIL = {"availableTools": ["salesforce.query", "email.send"]}


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "Every Tuesday at 8:15, give the clinic leads a recap of last week's missed "
            "appointments.",
            _HTTP_EMAIL,
            ("15 8 * * 2", ["http.request", "summarize", "email.send"]),
        ),
        (
            "each friday at 3pm → send the account managers a summary of this week's renewals",
            _CRM_SLACK,
            ("0 15 * * 5", ["salesforce.query", "summarize", "slack.post_message"]),
        ),
        (
            "Weekdays at 7am; give the duty editor a brief summary of yesterday's reader "
            "complaints.",
            _HTTP_SLACK,
            ("0 7 * * 1-5", ["http.request", "summarize", "slack.post_message"]),
        ),
        (
            "Every night at 10:45pm, write up a short recap of today's failed card payments and "
            "send it to the finance leads.",
            _HTTP_EMAIL,
            ("45 22 * * *", ["http.request", "summarize", "email.send"]),
        ),
        # The data named first, then a relative clause that dates it.
        (
            "Every Monday at 9am, give the sales directors a summary of the opportunities that "
            "closed last week.",
            _CRM_EMAIL,
            ("0 9 * * 1", ["salesforce.query", "summarize", "email.send"]),
        ),
        (
            "every friday at 4pm: send the support leads a recap of the tickets which were "
            "reopened this week",
            _HTTP_SLACK,
            ("0 16 * * 5", ["http.request", "summarize", "slack.post_message"]),
        ),
        (
            "Every Monday at 8 — give the shop owners a summary of the orders we shipped "
            "last week.",
            _HTTP_EMAIL,
            ("0 8 * * 1", ["http.request", "summarize", "email.send"]),
        ),
    ],
)
def test_summary_of_dated_data_is_read_from_the_only_source(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # No tools listed, or no source among them: nothing to read it from.
        ("Every Friday at 5pm, give the ops team a summary of this week's outages.", {}),
        (
            "Every Friday at 5pm, give the ops team a summary of this week's outages.",
            {"availableTools": ["slack.post_message"]},
        ),
        # Two sources listed: which one holds it is not told.
        (
            "Every Friday at 5pm, give the ops team a summary of this week's outages.",
            {"availableTools": ["http.request", "salesforce.query", "slack.post_message"]},
        ),
    ],
)
def test_summary_with_no_single_source_listed_fetches_nothing(text, context):
    assert read(text, context)[1][0] == "summarize"


def test_medium_assumed_is_no_doubt_when_it_is_the_only_one_listed():
    result = parse(
        "Weekdays at 6pm, give the store manager a short recap of today's returns.", _HTTP_EMAIL
    )
    assert result.actions == ["http.request", "summarize", "email.send"]
    assert result.confidence >= 0.85
    assert not any("medium" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "every 20 min betwen 7am and 9pm, GET https://farm.example.com/api/silos; email "
            "silo@farm.example.com",
            "*/20 7-21 * * *",
        ),
        ("Every hour bewteen 8am and 6pm, check https://x.example.com/api/health", "0 8-18 * * *"),
        ("every 15 minutes betweeen 9am and 5pm: GET https://x.example.com/q", "*/15 9-17 * * *"),
        ("Every 10 min, betwen 6 and 22, fetch https://x.example.com/levels", "*/10 6-22 * * *"),
    ],
)
def test_misspelt_between_still_opens_an_hour_window(text, expected):
    assert read(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Every quarter hour, check https://x.example.com/api/boilers and page facilities through "
        "the pager webhook unless every boiler stays between 1 and 2 bar.",
        "every 15 min: GET https://x.example.com/api/tanks — email ops@x.example.com if any tank "
        "is between 40 and 60 %",
        "Every 15 minutes, read https://x.example.com/api/hives; unless each hive remains between "
        "32 and 36 degrees, post in #apiary",
        "every 15 min, check https://x.example.com/api/lines (alert the webhook when any line "
        "sits between 3 and 5 psi)",
    ],
)
def test_between_two_values_in_a_test_is_no_hour_window(text):
    cron, actions = read(text)
    assert cron == "*/15 * * * *"
    assert "check_status" in actions


def test_value_band_is_read_as_a_condition_inside_it():
    result = parse(
        "Every 15 minutes, check https://x.example.com/api/wells and page geology through the "
        "pager webhook unless every well stays between 8 and 12 bar.",
        {},
    )
    test = next(s for s in result.steps if s.action == "check_status")
    assert test.config == {"field": "$.well_within_8_12", "operator": "not_equals", "value": True}
    assert result.confidence >= 0.85


def test_between_two_hours_with_no_measure_stays_a_window():
    assert read("every 10 min between 8 and 6, check https://x.example.com/api/a")[0] == (
        "*/10 8-18 * * *"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Every Monday at 8, email the weekly paving progress digest to works@road.example.com",
        "every friday at 5pm → post the weekly hiring process summary in #people",
        "Each Monday at 7:30, email the weekly crushing status report to plant@quarry.example.com",
        "Every Friday at 4: email the monthly fencing progress report to site@farm.example.com.",
    ],
)
def test_singular_nouns_ending_in_s_are_no_subset_picked(text):
    actions = read(text)[1]
    assert "check_status" not in actions


def test_participle_before_a_plural_still_picks_a_subset():
    actions = read("Every Monday at 8, email the refunded orders to finance@x.example.com")[1]
    assert "check_status" in actions
