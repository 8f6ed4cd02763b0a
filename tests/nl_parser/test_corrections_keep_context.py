"""Constructions found by heldout47-50: a corrected time keeps the half of the day it fixes, and a
corrected delivery keeps what the step it replaces read from."""

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
