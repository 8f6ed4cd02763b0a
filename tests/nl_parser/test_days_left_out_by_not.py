"""A bare "not" after a set of days leaves days out ("every weekday, not Fridays")."""

import pytest

from nl_parser import parse


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "Every weekday, not Fridays, at 5pm, post the timesheet reminder in #studio.",
            "0 17 * * 1-4",
        ),
        ("Every day, not Sundays, at 7 email the rota to rota@example.com", "0 7 * * 1-6"),
        ("weekdays at 6pm, not fridays - ping #pub", "0 18 * * 1-4"),
        (
            "Monday to Saturday at 8, not Wednesdays, email the menu to chef@example.com",
            "0 8 * * 1,2,4-6",
        ),
        ("On weekdays but not Mondays at 10 post 'stand-up' in #eng", "0 10 * * 2-5"),
    ],
)
def test_not_after_a_set_of_days_leaves_a_day_out(text, cron):
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.confidence >= 0.85


def test_not_before_a_day_with_no_set_of_days_takes_nothing_from_the_schedule():
    result = parse("Every Monday at 9 send the report, not Tuesday's, to boss@example.com")
    assert result.schedule.cron_expression == "0 9 * * 1"
