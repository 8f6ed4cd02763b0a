"""Constructions found by heldout47-50: schedule words that belong to a name or a possessive
(Workday the system, "a member's monthly dues") make no schedule."""

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
