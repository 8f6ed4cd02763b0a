"""The schedule grammar: times, days, intervals, dates, several times a day, zones."""

from datetime import UTC, datetime

import pytest

from nl_parser.schedule import parse_schedule


def cron(text: str) -> str | None:
    result = parse_schedule(text)
    return result.schedule.cron_expression if result.schedule else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 9am", "0 9 * * *"),
        ("at 9:45", "45 9 * * *"),
        ("at 17:00", "0 17 * * *"),
        ("at 6:45pm", "45 18 * * *"),
        ("at 7:30 a.m.", "30 7 * * *"),
        ("at noon", "0 12 * * *"),
        ("at midnight", "0 0 * * *"),
        ("at 12am", "0 0 * * *"),
        ("at 12pm", "0 12 * * *"),
        ("at half past 8", "30 8 * * *"),
        ("at quarter to 10", "45 9 * * *"),
        ("at 5 o'clock", "0 5 * * *"),
        ("every evening at 7", "0 19 * * *"),
        ("every morning at 8", "0 8 * * *"),
    ],
)
def test_clock_times(text, expected):
    assert cron(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every Monday at 9am", "0 9 * * 1"),
        ("at 10am on Sundays", "0 10 * * 0"),
        ("Tuesdays and Thursdays at 17:00", "0 17 * * 2,4"),
        ("Monday, Wednesday and Friday at 8am", "0 8 * * 1,3,5"),
        ("weekdays at 9", "0 9 * * 1-5"),
        ("every weekday at 7:30 am", "30 7 * * 1-5"),
        ("on business days at 6pm", "0 18 * * 1-5"),
        ("weekends at noon", "0 12 * * 0,6"),
        ("Monday through Friday at 8am", "0 8 * * 1-5"),
        ("mon-fri at 6:45pm", "45 18 * * 1-5"),
        ("from Friday to Monday at 1pm", "0 13 * * 0,1,5,6"),
        ("every Wed at 3pm", "0 15 * * 3"),
        ("every Friday afternoon", "0 14 * * 5"),
    ],
)
def test_days(text, expected):
    assert cron(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every 15 minutes", "*/15 * * * *"),
        ("every five minutes", "*/5 * * * *"),
        ("every minute", "* * * * *"),
        ("every 2 hours", "0 */2 * * *"),
        ("every other hour", "0 */2 * * *"),
        ("every quarter hour", "*/15 * * * *"),
        ("every half hour", "*/30 * * * *"),
        ("on the half hour", "30 * * * *"),
        ("hourly", "0 * * * *"),
        ("every hour", "0 * * * *"),
        ("hourly at quarter past the hour", "15 * * * *"),
        ("every 10 minutes on weekdays", "*/10 * * * 1-5"),
        ("every 15 minutes during business hours", "*/15 9-17 * * 1-5"),
        ("every 2 hours between 8am and 6pm", "0 8-18/2 * * *"),
        ("every 120 minutes", "0 */2 * * *"),
        ("every other day at 6am", "0 6 */2 * *"),
    ],
)
def test_intervals(text, expected):
    assert cron(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the 1st of every month at 8:00", "0 8 1 * *"),
        ("the 15th of each month", "0 9 15 * *"),
        ("on the first day of the month at 10am", "0 10 1 * *"),
        ("first day of the month at 9:30", "30 9 1 * *"),
        ("on the 1st and 15th of each month at 10:00", "0 10 1,15 * *"),
        ("on the 15th at noon", "0 12 15 * *"),
        ("monthly", "0 9 1 * *"),
        ("quarterly", "0 9 1 1,4,7,10 *"),
        ("on March 3rd at 10am", "0 10 3 3 *"),
        ("every year on January 1st at midnight", "0 0 1 1 *"),
    ],
)
def test_dates(text, expected):
    assert cron(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twice a day at 9am and 5pm", "0 9,17 * * *"),
        ("twice a day", "0 9,17 * * *"),
        ("three times a day", "0 9,13,17 * * *"),
        ("at 8:00 and 8:30", "0,30 8 * * *"),
        ("at 9am, 1pm and 6pm on weekdays", "0 9,13,18 * * 1-5"),
    ],
)
def test_several_times_a_day(text, expected):
    assert cron(text) == expected


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("every day at 9am Eastern", "America/New_York"),
        ("at 9am PT", "America/Los_Angeles"),
        ("at 9am CET", "Europe/Berlin"),
        ("at 9am Europe/Berlin", "Europe/Berlin"),
        ("at 9am in Pacific time", "America/Los_Angeles"),
        ("at 9am UTC", "UTC"),
        ("at 9am utc", "UTC"),
        ("at 9am London time", "Europe/London"),
        ("at 9am UTC+2", "Etc/GMT-2"),
        ("at 9am", "UTC"),
    ],
)
def test_zones(text, zone):
    assert parse_schedule(text).schedule.timezone == zone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("daily", "0 9 * * *"),
        ("every day", "0 9 * * *"),
        ("nightly", "0 0 * * *"),
        ("every morning", "0 9 * * *"),
        ("every evening", "0 18 * * *"),
        ("weekly", "0 9 * * 1"),
        ("every Monday", "0 9 * * 1"),
    ],
)
def test_defaults_when_no_time_is_given(text, expected):
    assert cron(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "wait 10 minutes",
        "pull yesterday's orders",
        "the nightly backup fails",
        "send the weekly report",
        "email it to the team",
        "fetch https://api.example.com/every/5/minutes",
    ],
)
def test_no_schedule_words_give_none(text):
    assert cron(text) is None


@pytest.mark.parametrize(
    "text", ["on the last day of the month", "every 90 minutes", "every 30 seconds"]
)
def test_inexpressible_schedules_warn_and_give_none(text):
    result = parse_schedule(text)
    assert result.schedule is None
    assert result.warnings


def test_every_other_week_warns_and_runs_weekly():
    result = parse_schedule("every other Monday at 9am")
    assert result.schedule.cron_expression == "0 9 * * 1"
    assert result.warnings


def test_tomorrow_uses_the_clock_passed_in():
    result = parse_schedule("tomorrow at 9am", now=datetime(2026, 3, 19, 12, tzinfo=UTC))
    assert result.schedule.cron_expression == "0 9 20 3 *"
    assert result.warnings


def test_weekday_numbering_is_standard_cron():
    days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    for number, day in enumerate(days):
        assert cron(f"every {day} at 9am") == f"0 9 * * {number}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the first day of January, April, July and October at 9am", "0 9 1 1,4,7,10 *"),
        ("on the 1st of March, June, September and December at 8am", "0 8 1 3,6,9,12 *"),
        ("in January and July on the 15th at 10am", "0 10 15 1,7 *"),
        ("every month except December on the 1st at 9am", "0 9 1 1-11 *"),
        ("every day at 8am except weekends", "0 8 * * 1-5"),
        ("every day at 7am, skipping weekends,", "0 7 * * 1-5"),
        ("skip weekends: every day at 7am", "0 7 * * 1-5"),
        ("every day at 7am, not on weekends", "0 7 * * 1-5"),
        ("daily at 7pm except Sundays and Saturdays", "0 19 * * 1-5"),
        ("every 6 hours starting at midnight", "0 */6 * * *"),
        ("every 3 hours starting at 9am", "0 9-23/3 * * *"),
    ],
)
def test_month_lists_exceptions_and_starts(text, expected):
    assert cron(text) == expected


@pytest.mark.parametrize("opener", ["Throughout", "Over", "Across", "During"])
def test_any_word_of_while_before_business_hours_reads_the_window(opener):
    assert (
        cron(f"{opener} business hours, every 10 minutes, post it to #ops.") == "*/10 9-17 * * 1-5"
    )
