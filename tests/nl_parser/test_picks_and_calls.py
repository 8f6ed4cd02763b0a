"""Constructions found by heldout37-38: items picked by a verb of choosing, and steps done by
calling an address that name a system they do not read."""

import pytest

from nl_parser import parse

E, S, C, H = "email.send", "slack.post_message", "check_status", "http.request"


@pytest.mark.parametrize(
    "text",
    [
        "Every day at 6pm, grab the chats from https://chat.acme.io/api/today, pick out the ones "
        "mentioning refunds, and email them to refunds@acme.io.",
        "Every Monday at 9, fetch the orders from https://shop.acme.io/api/orders, keep only the "
        "ones over $500 and email them to sales@acme.io.",
    ],
)
def test_choosing_items_by_what_they_are_is_a_test(text):
    result = parse(text)
    assert result.actions == [H, C, E]
    assert result.confidence >= 0.85


def test_choosing_fields_stays_a_transform():
    # "pick the name and email fields" chooses fields, not items: no test.
    assert C not in parse("When a form is submitted, pick the name and email fields.").actions


@pytest.mark.parametrize(
    "text",
    [
        "When someone signs up, add them to the CRM by calling https://crm.acme.io/api/leads.",
        "Every day at 11pm, back up the CRM by calling https://crm.acme.io/api/export.",
        "When a backup finishes, verify it by calling https://backup.acme.io/api/verify.",
    ],
)
def test_a_step_done_by_calling_an_address_raises_no_doubt(text):
    result = parse(text)
    assert result.actions[-1] == H
    assert result.confidence >= 0.85, result.warnings


def test_a_named_crm_nothing_calls_still_doubts():
    # No call reaches the CRM: the doubt stays.
    result = parse("When someone signs up, add them to the CRM and email ops@acme.io.")
    assert result.confidence < 0.7


@pytest.mark.parametrize(
    "text",
    [
        "Every Monday at 8am, I need a summary of the weekend's incidents posted to #ops. "
        "They're at https://incidents.acme.io/api/weekend.",
        "Every day at 9, summarize the open tickets and email the summary to a@acme.io; "
        "they're in https://desk.acme.io/api/t.",
    ],
)
def test_a_source_told_late_with_a_contracted_verb_is_fetched_first(text):
    result = parse(text)
    assert result.actions[0] == H
    assert result.actions.count(H) == 1
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "Facilities wants an email at fac@acme.io every weekday at 7am listing the rooms booked "
        "for the day. The bookings are at https://rooms.acme.io/api/today.",
        "Every Monday at 8am, fetch https://rota.acme.io/api/shifts and email the shifts booked "
        "for the week to staff@acme.io.",
    ],
)
def test_a_participle_with_the_period_it_is_for_picks_no_subset(text):
    result = parse(text)
    assert C not in result.actions
    assert result.confidence >= 0.85


def test_a_participle_with_a_place_still_picks_the_subset():
    text = (
        "Every day at 6am, fetch https://x.acme.io/api/tickets and email the tickets assigned "
        "to nobody to a@acme.io."
    )
    assert parse(text).actions == [H, C, E]


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "When a security scan finds a critical vulnerability, page the appsec webhook.",
            "critical",
        ),
        ("When the monitor detects an urgent outage, post it in #ops.", "urgent"),
    ],
)
def test_a_grade_on_what_the_event_brings_is_a_test(text, grade):
    result = parse(text)
    assert result.actions[0] == C
    assert result.steps[0].config["value"] == grade
    assert result.confidence >= 0.85


def test_an_event_that_brings_no_grade_is_no_test():
    assert parse("When a user reports a bug, email a@acme.io.").actions == [E]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "I'd like an email at me@acme.io every Friday at 4pm with a report on the week's "
            "traffic from https://stats.acme.io/api/week.",
            [H, "generate_report", E],
        ),
        (
            "We'd love a Slack message in #ops every morning at 9 with the open incidents from "
            "https://inc.acme.io/api/open.",
            [H, S],
        ),
    ],
)
def test_a_message_i_would_like_at_a_place_is_sent_there(text, actions):
    result = parse(text)
    assert result.actions == actions
    assert result.confidence >= 0.85


def test_a_channel_named_like_a_path_word_raises_no_doubt_of_a_condition():
    # "#ward-4" and ".../ward4": the channel's digits are no number a test compares.
    text = (
        "The nurses' station needs a message in #ward-4 every day at 6am with the beds from "
        "https://beds.acme.io/api/ward4."
    )
    result = parse(text)
    assert result.actions == [H, S]
    assert result.confidence >= 0.85, result.warnings


def test_posting_the_classification_itself_needs_no_test():
    text = (
        "Every night at 2am, pull the errors from https://logs.acme.io/api/errors and classify "
        "them by service. Post the classification to #eng-health."
    )
    result = parse(text)
    assert result.actions == [H, "classify", S]
    assert result.confidence >= 0.85, result.warnings


def test_posting_classified_items_without_a_pick_still_doubts():
    text = (
        "Every night at 2am, pull the errors from https://logs.acme.io/api/errors, classify "
        "them by service and post them to #eng-health."
    )
    assert parse(text).confidence < 0.7


def test_what_a_report_is_of_is_the_event_not_a_state():
    result = parse("When a user reports spam, forward the report to the trust webhook.")
    assert result.actions == ["webhook.post"]
    assert result.confidence >= 0.85


def test_a_state_after_the_event_still_tests():
    assert parse("When a customer writes in angry, email a@acme.io.").actions[0] == C
