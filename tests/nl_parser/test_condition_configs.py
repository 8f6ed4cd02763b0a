"""A test's config, not only its action: thresholds with verbs and k/m, quoted values said,
contractions, denied outcomes, compound subjects, fillers and spans a state has held for."""

import pytest

from nl_parser import parse
from nl_parser.condition_fields import status_field, subject_field, value_of
from nl_parser.conditions import read_condition


@pytest.mark.parametrize(
    "text, field, operator, value",
    [
        ("the backlog grows past 10k", "$.backlog", "gt", 10_000),
        ("the depth goes past 1000", "$.depth", "gt", 1000),
        ("today's spend has gone past $5,000", "$.spend", "gt", 5000),
        ("the queue exceeds 2.5k", "$.queue", "gt", 2500),
        ("revenue drops below $1.2m", "$.revenue", "lt", 1_200_000),
        ("the error count > 50", "$.error", "gt", 50),
        ("latency >= 800", "$.latency", "gte", 800),
        ("a student's grade drops below a C", "$.grade", "lt", "c"),
        ("it says 'stale'", "$.status", "equals", "stale"),
        ('the status page shows "degraded"', "$.status_page.status", "equals", "degraded"),
        ("they're all acknowledged", "$.status", "equals", "acknowledged"),
        ("anything's stuck", "$.status", "equals", "stuck"),
        ("it didn't", "$.status", "equals", "failed"),
        ("they haven't come back", "$.status", "not_equals", "back"),
        ("the backup did not succeed", "$.backup.status", "equals", "failed"),
        ("it's still not cleaned 2 hours later", "$.status", "not_equals", "cleaned"),
        ("a pull request fails CI", "$.pull_request.status", "equals", "failed"),
        ("it still has no reviewer", "$.reviewer", "exists", False),
        ("it's not empty", "$.value", "exists", True),
        ("it's still missing a week later", "$.value", "exists", False),
        ("it's still above 90% an hour later", "$.value", "gt", 90),
        (
            "a support ticket has been waiting on the customer for 3 days",
            "$.waiting_on_customer_for",
            "gte",
            "3 days",
        ),
        ("a ticket sits unassigned for more than an hour", "$.unassigned_for", "gt", "an hour"),
    ],
)
def test_the_config_says_what_the_words_test(text, field, operator, value):
    draft = read_condition(text)
    assert draft is not None
    assert draft.config == {"field": field, "operator": operator, "value": value}


@pytest.mark.parametrize(
    "raw, number", [("10k", 10_000), ("$2.5M", 2_500_000), ("1.5", 1.5), ("$10,000", 10_000)]
)
def test_thousands_and_millions_are_numbers(raw, number):
    assert value_of(raw) == number


def test_a_possessor_and_a_compound_head_name_the_right_subject():
    assert subject_field("a sample freezer's temperature") == "$.temperature"
    assert status_field("a merge request") == "$.merge_request.status"
    assert status_field("the health check") == "$.health_check.status"


@pytest.mark.parametrize(
    "text, config",
    [
        (
            "Every 10 minutes, check the queue stats API. If the backlog grows past 10k, page "
            "the on-call webhook.",
            {"field": "$.backlog", "operator": "gt", "value": 10_000},
        ),
        (
            "Check every day at 4am whether the nightly backup finished, and ping #infra if it "
            "didn't.",
            {"field": "$.status", "operator": "equals", "value": "failed"},
        ),
        (
            "When a pull request is opened, wait 2 days; if it still has no reviewer, ping "
            "#code-review.",
            {"field": "$.reviewer", "operator": "exists", "value": False},
        ),
    ],
)
def test_a_whole_parse_carries_the_read_config_with_confidence(text, config):
    result = parse(text)
    assert config in [s.config for s in result.steps if s.action == "check_status"]
    assert result.confidence >= 0.85, result.warnings


def test_a_span_with_more_after_it_is_left_to_the_weak_guard():
    draft = read_condition("an insurance claim has been open for 45 days without an adjuster note")
    assert draft is None or draft.config["field"] != "$.open_for"
