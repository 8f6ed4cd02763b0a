"""Constructions found by heldout47-50: schedule words that belong to a name or a possessive
(Workday the system, "a member's monthly dues") make no schedule; hour windows written "6am-10pm"
or "between 8 and 6:" still read."""

import pytest

from nl_parser import parse


@pytest.mark.parametrize(
    "text",
    [
        "When a manager approves a promotion in Workday, email payroll@example.com.",
        "When a tenant's monthly rent bounces, email the landlord at l@example.com.",
        "When their weekly timesheet is rejected, post it in #payroll.",
    ],
)
def test_a_schedule_word_in_a_name_or_after_a_possessive_is_no_schedule(text):
    assert parse(text).schedule is None


def test_a_weekday_cadence_still_reads():
    assert parse("Every workday at 8, post the rota in #ops.").schedule.cron_expression == (
        "0 8 * * 1-5"
    )


def test_an_irregular_participle_not_yet_reached_is_a_test():
    result = parse("Every Friday, if the invoice still hasn't been paid, email ar@example.com.")
    assert result.steps[1].config == {
        "field": "$.invoice.status",
        "operator": "not_equals",
        "value": "paid",
    }


@pytest.mark.parametrize(
    "text, cron",
    [
        ("every 15 min from 7am-9pm poll https://x.example.com/api/q", "*/15 7-21 * * *"),
        ("Every hour between 9 and 5: fetch https://x.example.com/api/q", "0 9-17 * * *"),
    ],
)
def test_an_hour_window_with_a_bare_dash_or_a_colon_after_it(text, cron):
    assert parse(text).schedule.cron_expression == cron


@pytest.mark.parametrize(
    "text, cron",
    [
        ("every year on sept 18 at 7am email a@example.com", "0 7 18 9 *"),
        ("every year on oct 3 at 9am post in #ops", "0 9 3 10 *"),
    ],
)
def test_a_lower_case_month_abbreviation_before_a_day(text, cron):
    assert parse(text).schedule.cron_expression == cron
