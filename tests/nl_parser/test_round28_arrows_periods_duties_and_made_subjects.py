"""Round 28: arrow chains, spans as adjectives, duties, arrivals, made things as subjects."""

import pytest

from tests.nl_parser.reading import read


def test_an_arrow_ends_a_step_written_as_a_noun():
    text = (
        "Intake: new form received from the website → extraction of name, phone and budget "
        "→ push to the CRM webhook → welcome email to the client."
    )
    assert read(text)[1] == ["extract", "webhook.post", "email.send"]


def test_an_arrow_before_a_verb_still_ends_the_step():
    assert read("query Salesforce -> email the list to sales@x.example.com")[1] == [
        "salesforce.query",
        "email.send",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "When a trial ends, email them a survey; after a 72-hour grace period, send them a "
        "discount code by email.",
        "When a ticket is closed, email the customer a thank-you; after a two-day quiet "
        "period, email them a short survey.",
    ],
)
def test_a_span_as_an_adjective_of_a_period_is_a_wait(text):
    assert read(text)[1] == ["email.send", "wait", "email.send"]


def test_after_an_event_is_still_a_trigger_not_a_wait():
    text = "After a customer completes checkout, email them the receipt."
    assert "wait" not in read(text)[1]


def test_a_delivery_written_as_a_duty_is_a_step():
    text = (
        "The weekly roster, pulled from https://x.example.com/api/roster, is to be posted "
        "in #staff every Monday at 8."
    )
    assert read(text) == ("0 8 * * 1", ["http.request", "slack.post_message"])


def test_a_new_item_that_arrives_is_the_event_not_a_subset():
    text = "Every new blog post that is published should be sent to the syndication webhook."
    assert read(text)[1] == ["webhook.post"]


@pytest.mark.parametrize(
    "text",
    [
        # a bare event stays untested; a relative clause of a state still picks a subset
        "Every new blog post should be sent to the syndication webhook.",
        "Every build that failed should be sent to the CI webhook.",
    ],
)
def test_bare_events_and_states_keep_their_readings(text):
    expected = ["webhook.post"] if "new" in text else ["check_status", "webhook.post"]
    assert read(text)[1] == expected


def test_a_made_thing_named_with_its_source_is_made_after_the_fetch():
    text = (
        "A weekly summary of the shop's sales, compiled from https://shop.example.com/api/sales "
        "and posted in #sales, every Monday at 9."
    )
    assert read(text) == ("0 9 * * 1", ["http.request", "summarize", "slack.post_message"])


def test_a_report_built_from_a_source_is_generated():
    text = (
        "A quarterly churn report for the board, built from https://crm.example.com/api/churn "
        "and emailed to board@x.example.com, on the 1st at 8am."
    )
    assert read(text)[1] == ["http.request", "generate_report", "email.send"]
