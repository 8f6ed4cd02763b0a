"""Constructions found by heldout31-32: days of the month as deadlines and lists, states
reached by a change of rank, steps shifted by a span."""

import pytest

from nl_parser import parse

E, S, C, WT = "email.send", "slack.post_message", "check_status", "wait"


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "Post a note to #payroll on the 28th of each month at 3pm reminding everyone that "
            "timesheets are due by the 30th.",
            "0 15 28 * *",
        ),
        ("Every Monday at 9, remind #audit that the evidence is due on the 15th.", "0 9 * * 1"),
        # The day is the cadence itself when the month's cadence follows it.
        ("Email the invoices to ap@acme.io by the 5th of each month at 9am.", "0 9 5 * *"),
    ],
)
def test_a_day_of_the_month_after_a_word_of_deadline_is_not_the_schedules(text, cron):
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("10th and 25th monthly, 9am: email the checklist to payroll@acme.io", "0 9 10,25 * *"),
        ("5th every month at 8am, post the rota to #ops", "0 8 5 * *"),
    ],
)
def test_bare_ordinals_before_a_monthly_cadence_are_its_days(text, cron):
    assert parse(text).schedule.cron_expression == cron


@pytest.mark.parametrize(
    "text",
    [
        "When a customer's plan is upgraded to Enterprise, post it in #wins.",
        "When a ticket is escalated to tier 2, post it in #support-leads.",
        "When an employee is promoted to manager, post it in #people.",
    ],
)
def test_a_change_of_rank_with_the_value_reached_says_which_events_count(text):
    result = parse(text)
    assert result.actions == [C, S]
    assert result.steps[0].config["operator"] == "equals"
    assert result.confidence >= 0.85


def test_a_change_written_actively_is_the_event_itself():
    assert parse("When a customer downgrades to the free plan, email them a survey.").actions == [E]


@pytest.mark.parametrize(
    "text",
    [
        "When a donation comes in, email finance@acme.io and thank the donor by email a day later.",
        "When an order ships, email the customer the tracking link and ask them for a review "
        "by email two weeks later.",
    ],
)
def test_a_step_shifted_by_a_span_waits_it_out_first(text):
    result = parse(text)
    assert result.actions == [E, WT, E]
    assert result.confidence >= 0.85


SF, H, R = "salesforce.query", "http.request", "generate_report"


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every Thursday at noon, compile a report of open findings from "
            "https://vuln.acme.io/api/findings; secops@acme.io and #security both get a copy.",
            [H, R, E, S],
        ),
        (
            "Every Tuesday at 9am, query Salesforce for stalled opportunities, and each owner "
            "should get a Slack DM about theirs.",
            [SF, S],
        ),
        (
            "Facilities would like a heads-up in #facilities every Monday at 7am about any room "
            "whose panel reports a fault; the statuses live at https://rooms.acme.io/api/status.",
            [H, C, S],
        ),
        (
            "Every day at noon, fetch the NPS responses from https://nps.acme.io/api/latest, and "
            "anything scoring 6 or lower should go to #cx-detractors.",
            [H, C, S],
        ),
    ],
)
def test_receivers_joined_quantified_or_wanting_are_the_delivery(text, actions):
    result = parse(text)
    assert result.actions == actions
    assert result.confidence >= 0.85


def test_two_receivers_each_with_their_own_verb_are_two_clauses():
    result = parse("When a deal closes, the VP gets an email and #wins gets a post.")
    assert result.actions == [E, S]
