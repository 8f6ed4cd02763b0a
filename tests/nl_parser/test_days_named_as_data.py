"""Days that name the data, not the run (heldout44): a possessive weekday ("saturday's shifts")
and "tomorrow" in a run that repeats ("installs scheduled for tomorrow")."""

import pytest

from nl_parser import parse


@pytest.mark.parametrize(
    "text, cron",
    [
        (
            "every thursday 2pm pull saturday's volunteer shifts from "
            "https://foodbank.example.com/api/shifts/saturday and post them in #volunteers",
            "0 14 * * 4",
        ),
        (
            "Every Friday at 4pm, email Monday's rota to staff@example.com.",
            "0 16 * * 5",
        ),
        (
            "Every weekday at 4pm, query Salesforce for installs scheduled for tomorrow and "
            "email the crew list to installs@example.com.",
            "0 16 * * 1-5",
        ),
        ("Each evening at 6, post the roster for tomorrow in #crew.", "0 18 * * *"),
    ],
)
def test_a_day_that_names_the_data_is_no_part_of_the_schedule(text, cron):
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.confidence >= 0.85


def test_tomorrow_alone_is_still_a_one_off_day():
    result = parse("Remind #team tomorrow at 9am about the offsite.")
    assert result.schedule.cron_expression.startswith("0 9 ")
    assert result.schedule.cron_expression != "0 9 * * *"
