"""Round 38: askers before "that … be <done>", subjunctive steps, wishes and "the next"."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import read

# "<who> requests / has asked / would ask that … be <done>": who asks is no step; the
# subjunctive clause after "that" holds them.
ASKED_THAT = [
    (
        "The finance office requests that, every Friday at 16:00, a cash position report be "
        "generated and emailed to cfo@acme.example.com.",
        "0 16 * * 5",
        ["generate_report", "email.send"],
    ),
    (
        "Our compliance lead has asked that on the 1st of each month an audit report be compiled "
        "and sent to audit@firm.example.com.",
        "0 9 1 * *",
        ["generate_report", "email.send"],
    ),
    (
        "It is requested that, at 18:00 each day, the shift log be retrieved from "
        "https://plant.example.com/api/shifts and posted in #shift-leads.",
        "0 18 * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "On behalf of the dispatch desk, we would ask that every 10 minutes the queue at "
        "https://dispatch.example.com/api/queue be read (and that, should it exceed 40 calls, "
        "the duty manager be paged through the pager webhook).",
        "*/10 * * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
    (
        "the hr team requests that every weekday at 8am the new starters be pulled from "
        "salesforce and emailed to hr@acme.example.com",
        "0 8 * * 1-5",
        ["salesforce.query", "email.send"],
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), ASKED_THAT)
def test_who_asks_before_that_is_no_step(text, cron, actions):
    assert read(text) == (cron, actions)
    assert parse(text, {}).confidence >= 0.85


def test_an_event_of_asking_stays_the_trigger():
    # "When a customer requests that …" is what happens, not who asks for the workflow.
    text = "When a customer requests that their account be closed, email privacy@acme.example.com."
    assert read(text) == (None, ["email.send"])


# "…, should X, the pager webhook be triggered, ops@… be emailed": each thing asked for in the
# subjunctive, its object first, is a step of its own after the test.
SUBJUNCTIVE_STEPS = [
    (
        "Every 5 minutes fetch https://tank.example.com/api/level and, should the level drop "
        "below 20%, the refill webhook be triggered, ops@acme.example.com be emailed and a note "
        "be posted in #tanks.",
        "*/5 * * * *",
        ["http.request", "check_status", "webhook.post", "email.send", "slack.post_message"],
    ),
    (
        "Every 5 minutes fetch https://tank.example.com/api/level \u2014 should the level drop "
        "below 20%, the refill webhook be called; #tanks be notified.",
        "*/5 * * * *",
        ["http.request", "check_status", "webhook.post", "slack.post_message"],
    ),
    (
        "every hour get https://api.example.com/queue; if the backlog exceeds 300 jobs, the "
        "scaling webhook be triggered",
        "0 * * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), SUBJUNCTIVE_STEPS)
def test_a_subjunctive_step_after_a_test(text, cron, actions):
    assert read(text) == (cron, actions)


# "the next run", "our next drop", "its next check": "next" after a determiner says which one.
NEXT_AS_WHICH = [
    (
        "Every 15 minutes fetch https://ci.example.com/api/runs, and if the next run is queued "
        "for more than 30 minutes, email builds@acme.example.com.",
        "*/15 * * * *",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "Every hour fetch https://shop.example.com/api/drops and, when our next drop starts "
        "within 20 minutes, post in #drops.",
        "0 * * * *",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "Every hour fetch https://ops.example.com/api/checks; should its next check fail, page "
        "the on-call webhook.",
        "0 * * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), NEXT_AS_WHICH)
def test_next_after_a_determiner_joins_no_steps(text, cron, actions):
    assert read(text) == (cron, actions)
    assert parse(text, {}).confidence >= 0.85


def test_next_as_a_connector_still_starts_a_step():
    text = (
        "Fetch the orders from https://shop.example.com/api/orders every day at 9am, next email "
        "them to sales@acme.example.com."
    )
    assert read(text) == ("0 9 * * *", ["http.request", "email.send"])


# "It would be appreciated if … were retrieved …": an impersonal wish asks; it tests nothing.
WISHES = [
    (
        "It would be much appreciated if the weekly sales figures were pulled from Salesforce "
        "every Monday at 8am and emailed to sales@acme.example.com.",
        "0 8 * * 1",
        ["salesforce.query", "email.send"],
    ),
    (
        "We would welcome it if, each evening at 6pm, the day's tickets were fetched from "
        "https://help.example.com/api/tickets and summarised in #support.",
        "0 18 * * *",
        ["http.request", "summarize", "slack.post_message"],
    ),
    (
        "it would be preferable if the error logs were retrieved from "
        "https://logs.example.com/api/errors hourly, compiled into a report and sent to "
        "sre@acme.example.com.",
        "0 * * * *",
        ["http.request", "generate_report", "email.send"],
    ),
    (
        "It would be appreciated if, every Sunday at 20:00, the rota were downloaded from "
        "https://rota.example.com/api/week \u2192 posted in #staff.",
        "0 20 * * 0",
        ["http.request", "slack.post_message"],
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), WISHES)
def test_an_impersonal_wish_tests_nothing(text, cron, actions):
    assert read(text) == (cron, actions)
    assert parse(text, {}).confidence >= 0.85
