"""Round 88: "the month-end sales report", "our month-end close" name a thing by when it is
made, so a day of the month told elsewhere keeps its cron; "at month-end" alone still says when
(and cron cannot say the last day)."""

import pytest

from tests.nl_parser.reading import confidence_of, read

Q, R, E, S, H = (
    "salesforce.query",
    "generate_report",
    "email.send",
    "slack.post_message",
    "http.request",
)

MONTH_END_THINGS = [
    (
        "On the 28th of every month at 9am, the month-end sales report should be generated from"
        " Salesforce and emailed to finance@x.example.",
        ("0 9 28 * *", [Q, R, E]),
    ),
    (
        "Generate our month-end sales report from Salesforce on the 28th of each month at 8am"
        " and email it to board@x.example.",
        ("0 8 28 * *", [Q, R, E]),
    ),
    (
        "Every month on the 25th at 10:00, pull the month-end stock figures from"
        " https://stock.example/api/levels and post them in #warehouse.",
        ("0 10 25 * *", [H, S]),
    ),
    (
        "On the 1st of every month at 7am, email the month-end payroll summary to hr@x.example.",
        ("0 7 1 * *", [E]),
    ),
    (
        "At 6pm on the 27th of each month, post a month-end reminder in #accounts.",
        ("0 18 27 * *", [S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_END_THINGS)
def test_round88_month_end_things_keep_their_day(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), MONTH_END_THINGS)
def test_round88_month_end_things_stay_confident(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(
    "text",
    [
        "At month-end, email the sales report to finance@x.example.",
        "At the month-end, post the totals in #accounts.",
        "Email the totals to finance@x.example at the end of every month.",
    ],
)
def test_month_end_as_a_time_still_has_no_cron(text):
    assert read(text)[0] is None
