"""Subsets told by a relative clause or after a preposition (heldout28-30): each is a test."""

import pytest

from nl_parser import parse

H, E, S, C = "http.request", "email.send", "slack.post_message", "check_status"


@pytest.mark.parametrize(
    "text",
    [
        "Every weekday at 9am, pull the unpaid invoices from https://erp.acme.io/api/invoices "
        "and send a reminder email to each customer whose invoice is more than 30 days late.",
        "Every Wednesday at 8am, fetch the purchase orders from https://erp.acme.io/api/po and "
        "email the ones waiting on approval for more than 5 days to procurement@acme.io.",
        "Every morning at 6:30, get the weather alerts from https://wx.acme.io/api/alerts and, "
        "where a store has a storm warning, email its manager.",
    ],
)
def test_a_subset_told_after_the_object_or_by_where_is_a_test(text):
    result = parse(text)
    assert result.actions == [H, C, E]
    assert result.confidence >= 0.85


def test_lets_x_know_is_a_notification_and_its_subset_a_test():
    result = parse(
        "Set up a job that checks https://certs.acme.io/api/expiry every Monday at 9 and lets "
        "#security know about any cert expiring within 14 days."
    )
    assert result.actions == [H, C, S]


def test_where_after_a_noun_opens_no_test():
    result = parse("Every day at 9am, upload the export to the folder where finance keeps reports.")
    assert C not in result.actions


def test_a_particle_of_the_verb_is_no_comparison():
    result = parse(
        "Every weekday at 7am, pull the chargebacks from https://pay.acme.io/api/chargebacks and "
        "send them over to disputes@acme.io."
    )
    assert result.actions == [H, E]
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "When a new hire's start date is a week away, email IT at it@acme.io.",
        "When a support chat is rated 'bad' by the customer, post the transcript to #cx.",
    ],
)
def test_a_span_of_time_or_a_quoted_value_on_the_trigger_says_which_events_count(text):
    assert parse(text).actions[0] == C


def test_an_unknown_verb_with_its_means_after_and_starts_a_step():
    result = parse(
        "When a merchant's chargeback rate goes above 1%, email risk@acme.io and suspend "
        "payouts by calling https://pay.acme.io/api/payouts/suspend."
    )
    assert result.actions == [C, E, H]


def test_a_report_on_a_subset_tests_it_first():
    result = parse(
        "Each weekday at 5pm, fetch the open bugs from https://bugs.acme.io/api/open and write up "
        "a report on the ones older than 30 days for #qa."
    )
    assert result.actions == [H, C, "generate_report", S]
    assert result.confidence >= 0.85


def test_working_out_the_sentiment_is_a_classification():
    result = parse(
        "Every 6 hours, pull new reviews from https://reviews.acme.io/api/new, work out the "
        "sentiment of each, and post the negative ones to #feedback."
    )
    assert result.actions == [H, "classify", C, S]
    assert result.confidence >= 0.85


def test_comparing_against_a_target_is_the_test_after_it():
    result = parse(
        "Every day at 4pm, grab today's sales figures from Salesforce and compare them against "
        "the target; if we're under target, email sales-leads@acme.io."
    )
    assert result.actions == ["salesforce.query", C, E]
    assert not any("compare" in w for w in result.warnings)


def test_reporting_the_totals_of_groups_to_a_place_posts_them():
    result = parse(
        "Every Monday at 7am, pull the pipeline from Salesforce, group the deals by region and "
        "report the totals to #sales-ops."
    )
    assert result.actions == ["salesforce.query", "classify", S]
    assert result.confidence >= 0.85
