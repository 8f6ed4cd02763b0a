"""Constructions found by heldout32-34: sources named after the steps with a pronoun or "come
from", things to make named with "a" on the receiving side, deadlines on a working day."""

import pytest

from nl_parser import parse

E, S, H, R = "email.send", "slack.post_message", "http.request", "generate_report"


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every Monday at 9am, post the week's interviews to #recruiting. Pull them from "
            "https://ats.acme.io/api/week.",
            [H, S],
        ),
        (
            "Email the cash position to treasury@acme.io at 5pm each weekday; pull it from "
            "https://bank.acme.io/api/balances.",
            [H, E],
        ),
        (
            "Every Monday at 10am, generate a report of the uptime and post it to #web. The uptime "
            "numbers come from https://status.acme.io/api/uptime.",
            [H, R, S],
        ),
    ],
)
def test_a_source_named_after_the_steps_is_fetched_first(text, actions):
    assert parse(text).actions == actions


@pytest.mark.parametrize(
    "text",
    [
        "Could you make it so the CFO (cfo@acme.io) gets a spend report every Monday at 7am? The "
        "spend data is at https://erp.acme.io/api/spend.",
        "Every Monday at 7am, the warehouse leads should receive a stock report by email at "
        "leads@acme.io; the stock levels are at https://wms.acme.io/api/levels.",
    ],
)
def test_a_report_named_with_a_on_the_receiving_side_is_made(text):
    result = parse(text)
    assert result.actions == [H, R, E]
    assert result.confidence >= 0.85


def test_a_weekly_report_with_a_is_still_one_that_exists():
    assert parse("Every Monday at 7am, send ceo@acme.io a weekly report.").actions == [E]


def test_a_deadline_on_a_working_day_is_not_the_schedules():
    result = parse(
        "Please remind #finance on the 25th of every month at 10am that expense claims are due "
        "by the last working day."
    )
    assert result.schedule.cron_expression == "0 10 25 * *"
