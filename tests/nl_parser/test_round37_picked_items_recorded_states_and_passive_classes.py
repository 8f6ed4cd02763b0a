"""Round 37: items picked after "of/about any …", dated fields, recorded states, passive classes."""

import pytest

from tests.nl_parser.reading import read

FETCH_TEST_EMAIL = ["http.request", "check_status", "email.send"]


@pytest.mark.parametrize(
    "text",
    [
        "Every morning at 7, warn the site managers of any crane whose wind load rose above its "
        "rating overnight.",
        "At 18:00 on weekdays, notify facilities about any freezer whose temperature climbed "
        "over its limit.",
        "every weekday at 8: email the supervisors regarding any forklift whose battery hit zero "
        "overnight",
        "Each Friday at 4pm, alert the fleet team (by email) about every van whose mileage "
        "passed 100,000.",
    ],
)
def test_items_picked_after_of_or_about_any_are_tested(text):
    assert read(text)[1] == FETCH_TEST_EMAIL


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every Monday at 9, email the landlords about any of their leases with an end date "
            "in the next 60 days.",
            FETCH_TEST_EMAIL,
        ),
        (
            "each friday at 10 — post in #renewals any CRM contracts with a renewal date within "
            "14 days",
            ["salesforce.query", "check_status", "slack.post_message"],
        ),
    ],
)
def test_a_named_date_field_with_a_relative_date_picks_items(text, actions):
    assert read(text)[1] == actions


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "Every day at 8, post in #ops any Salesforce cases whose priority has risen above 2.",
            "slack.post_message",
        ),
        (
            "Every weekday at 7am, email tam@x.com any CRM opportunities whose amount has fallen "
            "below 1000",
            "email.send",
        ),
    ],
)
def test_a_named_crm_is_what_a_scheduled_test_reads(text, last):
    assert read(text)[1] == ["salesforce.query", "check_status", last]


@pytest.mark.parametrize(
    "text",
    [
        "Whenever an order ships, email the buyer unless it has been flagged as a gift.",
        "When a booking is made → email the guest a confirmation unless the booking was marked "
        "as tentative",
        "each time a locker is emptied, email the owner a note unless the locker was reported "
        "broken",
        "When a parcel arrives, email the recipient if the parcel is marked fragile.",
    ],
)
def test_a_state_recorded_on_the_item_in_hand_is_a_test(text):
    assert read(text)[1] == ["check_status", "email.send"]


def test_a_bare_event_stays_the_trigger():
    assert read("When a bike is returned, email the rider a receipt.")[1] == ["email.send"]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When a ticket arrives, classify it as bug or question; bugs go to #eng and the "
            "question ones get posted in #help.",
            ["slack.post_message", "check_status", "slack.post_message"],
        ),
        (
            "Whenever a claim comes in, sort it into small or large — large ones go to the "
            "adjusters webhook; small ones are emailed to claims@x.com",
            ["webhook.post", "check_status", "email.send"],
        ),
        (
            "when a form is submitted, triage it as spam or real. real ones get forwarded to "
            "team@x.com, spam ones get posted in #junk",
            ["email.send", "check_status", "slack.post_message"],
        ),
    ],
)
def test_a_class_sent_by_its_passive_keeps_its_own_test(text, actions):
    assert read(text)[1] == ["classify", "check_status", *actions]
