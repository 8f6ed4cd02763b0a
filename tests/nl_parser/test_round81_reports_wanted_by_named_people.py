"""Round 81: a report wanted by someone named. "<person> at <workplace> would like a report on X
built and sent to Y at <time>" and "<Firm>'s <role> wants a report built on X and emailed to Y"
ask for the report to be made and delivered, whoever is named as wanting it: a person's name
with where they work, or a firm's possessive before a role."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

R, E = "generate_report", "email.send"

REPORT_WANTED_BY_NAMED_PEOPLE = [
    (
        "Keyturn Locksmiths' accountant wants a report built on last month's emergency callouts"
        " and emailed to accounts@keyturnlocks.example at 9am on the 2nd of every month.",
        ("0 9 2 * *", [R, E]),
    ),
    (
        "Sensei Okafor at Ironleaf Martial Arts would like a report on the week's class"
        " attendance built and sent to sensei@ironleafma.example at 8:15pm every Sunday.",
        ("15 20 * * 0", [R, E]),
    ),
    (
        "Dr Patel from Riverside Clinic needs a report on last week's no-shows put together and"
        " emailed to patel@riversideclinic.example every Monday at 7am.",
        ("0 7 * * 1", [R, E]),
    ),
    (
        "Brambleworth Bakery's head baker wants a report on yesterday's wastage drawn up and sent"
        " to baker@brambleworth.example at 5:30am every day.",
        ("30 5 * * *", [R, E]),
    ),
    (
        "Coach Reyes of Harbour Rowing Club would like a report built on this month's erg scores"
        " and emailed to reyes@harbourrowing.example at 6pm on the 1st of every month.",
        ("0 18 1 * *", [R, E]),
    ),
    (
        "Every Friday at 4pm, Maria Lopez at Sunfield Farms wants a report of the week's egg"
        " yields sent to maria@sunfieldfarms.example.",
        ("0 16 * * 5", [R, E]),
    ),
    (
        "Pemberton Hardware's store manager would like a report on the day's returns emailed to"
        " returns@pemberton.example at 9pm every weekday.",
        ("0 21 * * 1-5", [R, E]),
    ),
]

# Near cases that must read as before.
UNCHANGED = [
    (
        "Email a report on the week's class attendance to sensei@ironleafma.example at 8:15pm"
        " every Sunday.",
        ("15 20 * * 0", [R, E]),
    ),
    (
        "New Tickets from Zendesk should go to #support every hour.",
        ("0 * * * *", ["slack.post_message"]),
    ),
    (
        "The accountant wants a report built on last month's emergency callouts and emailed to"
        " accounts@keyturnlocks.example at 9am on the 2nd of every month.",
        ("0 9 2 * *", [R, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_WANTED_BY_NAMED_PEOPLE + UNCHANGED)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [t for t, _ in REPORT_WANTED_BY_NAMED_PEOPLE])
def test_right_answers_are_confident(text):
    assert confidence_of(text) >= 0.7
    assert not [d for d in doubts_of(text) if "not understood" in d]
