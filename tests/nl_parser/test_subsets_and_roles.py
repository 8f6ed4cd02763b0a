"""Constructions found by heldout35-36: subsets told by a relative clause or by "the ones …"
on a delivery's object, whatever the words around them."""

import pytest

from nl_parser import parse

E, S, C, H = "email.send", "slack.post_message", "check_status", "http.request"


@pytest.mark.parametrize(
    "text",
    [
        "Every Monday at 9, fetch the open orders from https://shop.acme.io/api/orders and "
        "email the ones waiting on payment to billing@acme.io.",
        "Every day at 8, fetch the tickets from https://desk.acme.io/api/t and email the ones "
        "stuck in review to leads@acme.io.",
    ],
)
def test_the_ones_on_a_delivery_are_items_never_one_recipient(text):
    result = parse(text)
    assert result.actions == [H, C, E]
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "every hour check https://api.acme.io/printers and email it@acme.io about any printer "
        "that's offline",
        "Every hour, fetch https://api.acme.io/jobs and email ops@acme.io about any job that's "
        "stalled.",
    ],
)
def test_a_contracted_relative_clause_picks_the_subset(text):
    assert parse(text).actions == [H, C, E]


def test_one_recipient_stays_one_recipient():
    # "the regional manager" receives the message; it picks no items.
    result = parse("When a store misses its target, email the regional manager.")
    assert C not in result.actions[1:]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every day at 6pm, pull the bookings from https://book.acme.io/api/today and generate "
            "an occupancy report for the front office at office@acme.io.",
            [H, "generate_report", E],
        ),
        (
            "Every Friday at 4pm, fetch the tickets from https://desk.acme.io/api/week and write "
            "a summary for the support leads in #support-leads.",
            [H, "summarize", S],
        ),
    ],
)
def test_a_made_thing_for_someone_at_their_place_is_delivered_there(text, actions):
    result = parse(text)
    assert result.actions == actions
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "Hi there - every Sunday at 8pm I'd like the week's sign-ups summarised for the "
        "coordinators in #volunteers. Grab them from https://vol.acme.io/api/signups.",
        "Every Monday at 9 we want last week's incidents summarized and posted to #ops. They "
        "are at https://ops.acme.io/api/incidents.",
    ],
)
def test_a_thing_wanted_made_is_made(text):
    result = parse(text)
    assert result.actions == [H, "summarize", S]


def test_a_report_on_something_wanted_in_an_inbox_is_made_first():
    result = parse(
        "Every Friday at 5pm, the board wants a report on weekly donations in their inbox at "
        "board@acme.io; the donations live at https://give.acme.io/api/week."
    )
    assert result.actions == [H, "generate_report", E]


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "Every Wednesday at 3pm, post a reminder to #all that the survey closes Friday.",
            "0 15 * * 3",
        ),
        (
            "Every Monday at 9, remind #events that registration opens on Thursday.",
            "0 9 * * 1",
        ),
        # "closes" with no day after it tells of nothing.
        ("Every Friday at 5pm, post in #all that the office closes early.", "0 17 * * 5"),
    ],
)
def test_a_day_something_ends_or_starts_is_told_of_not_the_schedule(text, cron):
    assert parse(text).schedule.cron_expression == cron


def test_early_is_a_word_not_a_typo_of_yearly():
    result = parse("On Friday at 5pm, post in #all that the office closes early.")
    assert result.schedule.cron_expression == "0 17 * * 5"
    assert not result.warnings


@pytest.mark.parametrize(
    "text",
    [
        "every 5 min hit https://api.acme.io/health and if it's not 200 let #oncall know",
        "Every hour, check https://api.acme.io/queue and if it is over 500 let the ops team "
        "know in #ops.",
    ],
)
def test_let_someone_know_after_a_test_with_no_comma_starts_the_step(text):
    result = parse(text)
    assert result.actions == [H, C, S]
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When a refund is approved, send the money back by calling https://pay.acme.io/api/refund.",
            [H],
        ),
        (
            "When a lead signs up, push them to the CRM by calling https://crm.acme.io/api/leads "
            "and email sales@acme.io.",
            [H, E],
        ),
        # A means that is a place, not a call, still delivers there.
        ("When a deploy fails, notify the team by posting to #deploys.", [C, S]),
    ],
)
def test_a_delivery_done_by_calling_an_address_is_the_call(text, actions):
    assert parse(text).actions == actions


@pytest.mark.parametrize(
    "text",
    [
        "Every Monday at 6am, get the stock from https://inv.acme.io/api/stock - only the ones "
        "below 10 units - and email them to buying@acme.io.",
        "Every day at 7, pull the orders from https://shop.acme.io/api/orders (only those older "
        "than 3 days) and email them to ops@acme.io.",
    ],
)
def test_a_subset_told_after_the_source_is_kept_after_the_fetch(text):
    result = parse(text)
    assert result.actions == [H, C, E]
    assert result.confidence >= 0.85


def test_a_quantified_subset_a_message_carries_picks_the_items():
    result = parse(
        "Every weekday at 4pm the packers get a Slack message in #packing with any orders that "
        "haven't been picked yet. Orders are at https://wms.acme.io/api/open."
    )
    assert result.actions == [H, C, S]
    test = next(step for step in result.steps if step.action == C)
    assert test.config["operator"] == "not_equals"  # the ones not picked


def test_a_message_with_a_thing_it_says_picks_nothing():
    result = parse("Every Monday at 9, post a message in #team with the agenda link.")
    assert result.actions == [S]
