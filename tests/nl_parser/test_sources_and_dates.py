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
