"""Constructions found by heldout47-50: a corrected time keeps the half of the day it fixes, a
corrected delivery keeps what the step it replaces read from, and "oh wait"/"oops" mark one."""

import pytest

from nl_parser import parse


@pytest.mark.parametrize(
    "text, cron",
    [
        (
            "Post a demo reminder in #product every Thursday at 3pm. actually make it 3:30",
            "30 15 * * 4",
        ),
        ("Every day at 9am post the rota in #ops, actually make it 8", "0 8 * * *"),
        ("every monday at 10 send the report to #x, actually make that 11", "0 11 * * 1"),
        ("Every day at 9pm post in #x, actually make it 21:30", "30 21 * * *"),
    ],
)
def test_a_corrected_time_keeps_the_half_of_the_day(text, cron):
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert not any("says" in w for w in result.warnings)


@pytest.mark.parametrize(
    "text, actions",
    [
        (
            "email the deal list from salesforce to a@example.com every friday at 4 - actually "
            "send it to the deals webhook instead",
            ["salesforce.query", "webhook.post"],
        ),
        (
            "Every day at 8 email the stock from https://x.example.com/api/stock to a@example.com. "
            "Actually, post it in #stock instead.",
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_a_corrected_delivery_keeps_its_source(text, actions):
    assert parse(text).actions == actions


@pytest.mark.parametrize("opener", ["Oh wait,", "Oops,", "Oops, make that"])
def test_oh_wait_and_oops_mark_a_correction(opener):
    text = f"Every Wednesday at noon post the link in #eng-help. {opener} #eng-questions."
    if "make" not in opener:
        text = text.replace(f"{opener} ", f"{opener} post it in ")
    result = parse(text)
    assert [s.config.get("channel") for s in result.steps] == ["#eng-questions"]
