"""Constructions found by heldout25-30: sources named late, deadlines, yearly dates."""

import pytest

from nl_parser import parse

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"
SUM, SF, WT = "summarize", "salesforce.query", "wait"


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every weekday at 8am, send a summary of the overnight alerts to ops@acme.io; the "
            "alerts are at https://mon.acme.io/api/alerts.",
            [H, SUM, E],
        ),
        (
            "Can you make sure cfo@acme.io gets a summary of yesterday's payouts every morning "
            "at 8? the payouts are at https://pay.acme.io/api/payouts",
            [H, SUM, E],
        ),
        (
            "We need #legal to get a message whenever a contract is due to expire within 30 "
            "days; check https://clm.acme.io/api/contracts every Monday at 8.",
            [H, C, S],
        ),
        (
            "Every Monday, email the pipeline to revops@acme.io; the deals are in Salesforce.",
            [SF, E],
        ),
    ],
)
def test_a_source_named_after_the_steps_that_read_it_is_fetched_first(text, actions):
    result = parse(text)
    assert result.actions == actions
    assert result.confidence >= 0.85


def test_a_fetch_after_a_wait_stays_where_it_is_written():
    result = parse(
        "When an order is cancelled, wait 30 mins, then call https://shop.acme.io/restock."
    )
    assert result.actions == [WT, H]


def test_running_the_check_is_the_schedule_of_the_test_before_it():
    result = parse(
        "Page the DBA webhook if https://backup.acme.io/api/last shows the backup didn't "
        "finish. Run the check every day at 4:30am."
    )
    assert result.schedule.cron_expression == "30 4 * * *"
    assert result.actions == [H, C, W]


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "Every year on the 1st of October at 9am, email the reminder to all@acme.io.",
            "0 9 1 10 *",
        ),
        (
            "Each year on the 15th of March at 8am, email the tax reminder to tax@acme.io.",
            "0 8 15 3 *",
        ),
        ("On the 5th of every month at 8am, email the report to ap@acme.io.", "0 8 5 * *"),
    ],
)
def test_an_ordinal_of_a_month_is_a_yearly_date(text, cron):
    assert parse(text).schedule.cron_expression == cron


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "Every Thursday at 3:30pm, remind #marketing that the content calendar is due Friday.",
            "30 15 * * 4",
        ),
        (
            "Every Thursday at 4pm, remind #finance to submit their expenses before the end of "
            "the month.",
            "0 16 * * 4",
        ),
        ("Every Monday at 9am, ask #eng to file their updates by Wednesday.", "0 9 * * 1"),
    ],
)
def test_a_deadline_the_message_tells_of_is_not_the_schedule(text, cron):
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.actions == [S]
    assert result.confidence >= 0.85
