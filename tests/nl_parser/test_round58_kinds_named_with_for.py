"""Round 58: "Renewals for fleet policies are to be emailed to …; all other renewals are to be
posted in …": the kind a duty's subject names with "for" is the subset the rest is left from."""

import pytest

from tests.nl_parser.reading import confidence_of, read

H, C, E, S, Q = (
    "http.request",
    "check_status",
    "email.send",
    "slack.post_message",
    "salesforce.query",
)

KIND_WITH_FOR = [
    (
        "MEMO — To: Automation Desk | From: Head of Commercial Lines, Harlow & Finch Insurance"
        " Brokers | Re: renewal routing. With effect from next Monday, at ten past eight on every"
        " working day (Monday to Friday), Salesforce is to be queried for renewal opportunities"
        " due within the next 30 days. Renewals for fleet policies are to be emailed to"
        " fleet-desk@example-harlowfinch.co.uk; all other renewals are to be posted in #renewals.",
        ("10 8 * * 1-5", [Q, C, E, C, S]),
    ),
    (
        "At 8 every weekday, query Salesforce for renewal opportunities. Renewals for fleet"
        " policies are to be emailed to fleet@example.com; all other renewals are to be posted in"
        " #renewals.",
        ("0 8 * * 1-5", [Q, C, E, C, S]),
    ),
    (
        "Every Monday at 9, fetch the week's bookings from https://api.example-studio.com/bookings."
        " Bookings for group classes are to be emailed to classes@example-studio.com; all other"
        " bookings are to be posted in #front-desk.",
        ("0 9 * * 1", [H, C, E, C, S]),
    ),
    (
        "Every weekday at 6pm, query Salesforce for closed deals. Deals for enterprise accounts are"
        " to be emailed to ent@example.com; all other deals are to be posted in #wins.",
        ("0 18 * * 1-5", [Q, C, E, C, S]),
    ),
    (
        "Hourly, fetch tickets from https://help.example.com/api/tickets. Tickets for billing"
        " issues should be emailed to billing@example.com, and everything else is to be posted in"
        " #support.",
        ("0 * * * *", [H, C, E, C, S]),
    ),
]

# With no remainder, what is sent is all of it: no test.
UNCHANGED = [
    (
        "At 8 every weekday, query Salesforce for renewal opportunities. Renewals for fleet"
        " policies are to be emailed to fleet@example.com.",
        ("0 8 * * 1-5", [Q, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), KIND_WITH_FOR + UNCHANGED)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


# The memo keeps the doubts of its unread header and its "next 30 days", not of its routing.
@pytest.mark.parametrize("text", [t for t, _ in KIND_WITH_FOR[1:] + UNCHANGED])
def test_right_answers_are_confident(text):
    assert confidence_of(text) >= 0.7
