"""Round 25: months in the schedule, corrections, trigger qualifiers and lost steps."""

import pytest

from nl_parser import parse


def _read(text, context=None):
    result = parse(text, context or {})
    return (result.schedule.cron_expression if result.schedule else None), result.actions


def _cron(text):
    return _read(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of months, however it is joined, in either case, from a preposition or alone
        ("from May to September, every Monday at 7am email a@b.example.com", "0 7 * 5-9 1"),
        ("every day at noon in july through september email a@b.example.com", "0 12 * 7-9 *"),
        ("between March and May, every Friday at 4pm post a reminder in #garden", "0 16 * 3-5 5"),
        ("Oct-Dec: every weekday at 8am email a@b.example.com the orders", "0 8 * 10-12 1-5"),
        (
            "every night at 11 from November until February, email a@b.example.com",
            "0 23 * 1,2,11,12 *",
        ),
        # one month, after a preposition
        ("every Sunday during March at 10am email a@b.example.com", "0 10 * 3 0"),
        ("every day in december at 6am post in #lot", "0 6 * 12 *"),
        # a season is read through the months written beside it
        (
            "in winter (december through february) every day at 5am email a@b.example.com",
            "0 5 * 1,2,12 *",
        ),
        (
            "during the summer months: June to August, every Monday at 9 post in #pool",
            "0 9 * 6-8 1",
        ),
        ("in summer (June, July and August) every day at 9am email a@b.example.com", "0 9 * 6-8 *"),
        # lists of months
        ("on the 1st of April and October at 9am email a@b.example.com", "0 9 1 4,10 *"),
    ],
)
def test_months_in_the_schedule(text, expected):
    assert _cron(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # month names in dates stay dates
        ("on Jan 2 and Jul 2 at 9am email a@b.example.com", "0 9 2 1,7 *"),
        ("on March 15th at 10am email a@b.example.com", "0 10 15 3 *"),
        ("every year on the 4th of July at noon post in #fun", "0 12 4 7 *"),
        # a season alone is not a schedule word: whose summer, which months?
        ("every day at 9am in summer email a@b.example.com", "0 9 * * *"),
    ],
)
def test_month_names_as_dates_and_bare_seasons_do_not_change(text, expected):
    assert _cron(text) == expected
