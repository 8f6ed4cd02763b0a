"""Round 39: dated data delivered with one source listed, and lists of CRM items with a filter."""

import pytest

from tests.nl_parser.reading import read

_HTTP_EMAIL = {"availableTools": ["http.request", "email.send"]}
_HTTP_SLACK = {"availableTools": ["http.request", "slack.post_message"]}
_CRM_SLACK = {"availableTools": ["salesforce.query", "slack.post_message"]}


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # A singular kept list after a dated possessive: a roster, a rota, a line-up.
        (
            "Every weekday at 6am, give the bus garage supervisors today's duty rota.",
            _HTTP_EMAIL,
            ("0 6 * * 1-5", ["http.request", "email.send"]),
        ),
        (
            "each Monday at 8am → send the porters this week's delivery schedule",
            _HTTP_SLACK,
            ("0 8 * * 1", ["http.request", "slack.post_message"]),
        ),
        (
            "weekdays at 5am → give the bakers tomorrow's bake sheet",
            _HTTP_EMAIL,
            ("0 5 * * 1-5", ["http.request", "email.send"]),
        ),
        (
            "Every weekday at 5am: give the bakers tomorrow's order list (both ovens).",
            _HTTP_EMAIL,
            ("0 5 * * 1-5", ["http.request", "email.send"]),
        ),
        # A span ahead: next week's, the coming week's, next month's.
        (
            "Every Sunday at 5pm — give the ushers next week's service line-up.",
            _HTTP_EMAIL,
            ("0 17 * * 0", ["http.request", "email.send"]),
        ),
        (
            "every friday at noon, give the lifeguards the coming week's pool timetable.",
            _HTTP_SLACK,
            ("0 12 * * 5", ["http.request", "slack.post_message"]),
        ),
        (
            "Every Saturday at 9am, email the stewards next month's fixtures.",
            _HTTP_EMAIL,
            ("0 9 * * 6", ["http.request", "email.send"]),
        ),
    ],
)
def test_dated_data_delivered_is_read_from_the_only_source(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # The data named first, then the span it belongs to.
        (
            "Couriers: each weekday at 7am, send every courier their drops for the day.",
            _HTTP_SLACK,
            ("0 7 * * 1-5", ["http.request", "slack.post_message"]),
        ),
        (
            "Every weekday at 6:30am; give each nurse their home visits for today.",
            _HTTP_SLACK,
            ("30 6 * * 1-5", ["http.request", "slack.post_message"]),
        ),
        (
            "every evening at 8pm, send the drivers the pickups booked for tomorrow.",
            _HTTP_EMAIL,
            ("0 20 * * *", ["http.request", "email.send"]),
        ),
        (
            "Every Monday at 7am → message each tutor their lessons for this week.",
            _HTTP_SLACK,
            ("0 7 * * 1", ["http.request", "slack.post_message"]),
        ),
        (
            "Every Friday at 4pm, give the cleaners their rota for next week.",
            _HTTP_EMAIL,
            ("0 16 * * 5", ["http.request", "email.send"]),
        ),
        (
            "every weekday at 7am — send each picker their orders for today",
            _HTTP_SLACK,
            ("0 7 * * 1-5", ["http.request", "slack.post_message"]),
        ),
    ],
)
def test_data_for_a_span_is_read_from_the_only_source(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "Every Monday at 10am, give the account managers a list of renewals in Salesforce "
            "that are still unsigned.",
            "0 10 * * 1",
        ),
        (
            "Every Tuesday at 9am — give the reps a short list of accounts in the CRM with no "
            "meeting booked.",
            "0 9 * * 2",
        ),
        (
            "each friday at 3pm, give the sdrs a rundown of leads in the CRM who have not "
            "replied yet.",
            "0 15 * * 5",
        ),
        (
            "Every Wednesday at 11am: give the field team a list of installs in Salesforce whose "
            "permit is still missing.",
            "0 11 * * 3",
        ),
        (
            "every monday 10am → give the reps a list of accounts in our CRM that have no "
            "meeting booked",
            "0 10 * * 1",
        ),
        (
            "Every Monday at 10am: give the account managers a list of renewals in Salesforce "
            "(the ones that are still unsigned).",
            "0 10 * * 1",
        ),
        (
            "Every Thursday at 2pm, send the surveyors a breakdown of customers in the CRM who "
            "still have no survey booked.",
            "0 14 * * 4",
        ),
    ],
)
def test_a_list_of_crm_items_with_a_filter_is_queried_then_tested(text, cron):
    expected = ["salesforce.query", "check_status", "slack.post_message"]
    assert read(text, _CRM_SLACK) == (cron, expected)


def test_crm_items_with_no_filter_are_queried_and_not_tested():
    text = "Every Monday at 9am, send the reps the accounts in the CRM."
    assert read(text, _CRM_SLACK) == ("0 9 * * 1", ["salesforce.query", "slack.post_message"])


@pytest.mark.parametrize(
    ("text", "context", "actions"),
    [
        # No tools listed: a delivery of dated data makes no fetch.
        ("Every weekday at 7am, give the drivers today's duty rota.", {}, ["email.send"]),
        ("Every Sunday at 4pm, give the chefs next week's banquet menus.", {}, ["email.send"]),
        # An event brings its own data.
        (
            "When a shift is swapped, send the supervisors their roster for the day.",
            _HTTP_SLACK,
            ["slack.post_message"],
        ),
        # Two sources listed: which one is no guess to make.
        (
            "Every weekday at 6am, give the supervisors today's duty rota.",
            {"availableTools": ["http.request", "salesforce.query", "email.send"]},
            ["email.send"],
        ),
        # An allowance is a wait, not data handed over.
        ("Every Friday at 5pm, give the team 2 days to review it.", _HTTP_SLACK, ["wait"]),
    ],
)
def test_near_misses_stay_as_they_were(text, context, actions):
    assert read(text, context)[1] == actions
