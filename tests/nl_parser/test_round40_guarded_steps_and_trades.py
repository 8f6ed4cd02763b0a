"""Round 40: steps guarded after a contrast or "in which case", trades, grades and headings."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import read

_HTTP_SLACK = {"availableTools": ["http.request", "slack.post_message"]}
_FETCH_TEST_SLACK = ["http.request", "check_status", "slack.post_message"]
_FETCH_TEST_EMAIL = ["http.request", "check_status", "email.send"]
_FETCH_TEST_HOOK = ["http.request", "check_status", "webhook.post"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A contrast before the guarded step: ", but only …", "; but …", "— but just …".
        (
            "every hour, poll https://grid.example.com/api/load; but only ping #grid-ops when "
            "the load goes above 90%.",
            ("0 * * * *", _FETCH_TEST_SLACK),
        ),
        (
            "every hour, poll https://grid.example.com/api/load. But only ping #grid-ops when "
            "the load goes above 90%.",
            ("0 * * * *", _FETCH_TEST_SLACK),
        ),
        (
            "Each morning at 7 pull the reservoir level from https://water.example.org/api/level "
            "— but just text the duty engineer on slack if it drops below 40%.",
            ("0 7 * * *", _FETCH_TEST_SLACK),
        ),
        (
            "every 10 minutes read the freezer temperature from https://cold.example.com/api/f3, "
            "but only page the on-call webhook if it rises over -15°C",
            ("*/10 * * * *", _FETCH_TEST_HOOK),
        ),
        (
            "every 30 minutes check https://queue.example.com/api/depth, but alert the ops "
            "webhook whenever any queue holds more than 500 messages",
            ("*/30 * * * *", _FETCH_TEST_HOOK),
        ),
        # "in which case" / "in that event" after a test: the step it guards.
        (
            "every 5 minutes poll https://boiler.example.com/api/pressure; stay quiet unless the "
            "pressure goes over 3 bar — in which case email plant@boiler.example.com",
            ("*/5 * * * *", _FETCH_TEST_EMAIL),
        ),
        (
            "hourly, check https://river.example.org/api/level: if the level rises above 4.2 m, "
            "in that case post a flood warning in #wardens",
            ("0 * * * *", _FETCH_TEST_SLACK),
        ),
        (
            "Every morning at 6 read the freezer log from https://cold.example.com/api/log and do "
            "nothing unless any freezer is above -18, in which event text the night manager on "
            "slack",
            ("0 6 * * *", _FETCH_TEST_SLACK),
        ),
        (
            "every 10 min read https://tank.example.com/api/level. leave the crew alone unless "
            "the tank drops under 20%, in that case ping #tank-crew",
            ("*/10 * * * *", _FETCH_TEST_SLACK),
        ),
        # A heading of four words before a schedule with a clock's colon in it.
        (
            "Ski lift mechanics team: weekdays at 7:45 am, pull the lift status from "
            "https://lift.example.com/api; if any lift is down, email ops@lift.example.com.",
            ("45 7 * * 1-5", _FETCH_TEST_EMAIL),
        ),
        (
            "city bike repair shop: every day at 18:30, pull the open repairs from "
            "https://bikes.example.com/api and post them in #repairs.",
            ("30 18 * * *", ["http.request", "slack.post_message"]),
        ),
    ],
)
def test_guarded_steps_and_headings(text, expected):
    result = parse(text, {})
    assert read(text) == expected
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "every weekday at 7am, tell the roofing teams on slack if wind gusts over 60 km/h are "
        "forecast",
        "Weekdays at 6:30, warn the cleaning crews if more than 5 cm of snow is forecast.",
        "every day at 5am → alert the catering squads in slack if the delivery count at "
        "https://r.example.com/api drops below 3",
    ],
)
def test_a_gerund_before_a_work_group_is_its_trade(text):
    assert read(text, _HTTP_SLACK)[1] == _FETCH_TEST_SLACK


def test_a_participle_before_items_still_picks_them():
    text = (
        "every day at 5pm pull the jobs from https://ci.example.com/api/jobs and email the "
        "failing jobs to dev@x.com"
    )
    assert read(text) == ("0 17 * * *", _FETCH_TEST_EMAIL)


def test_but_skip_stays_with_its_step():
    # "…, but skip the email on nights when …" says what is not done; no second email.
    text = (
        "every night at 1am, pull the day's returns from https://shop.example.com/api/returns "
        "and email them to ops@shop.example.com, but skip the email when there are no returns."
    )
    assert read(text)[1] == _FETCH_TEST_EMAIL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "every Friday at 4pm pull this week's leads from Salesforce, grade them A, B or C "
            "and DM the B leads to #sales in Slack",
            ["salesforce.query", "classify", "check_status", "slack.post_message"],
        ),
        (
            "Mondays at 8am: pull new accounts from Salesforce; score each account hot, warm or "
            "cold; DM the hot accounts to the sales leads in Slack.",
            ["salesforce.query", "classify", "check_status", "slack.post_message"],
        ),
    ],
)
def test_grades_listed_after_what_is_graded_pick_the_delivered(text, expected):
    assert read(text)[1] == expected


def test_a_lone_article_is_no_grade():
    # "DM a summary": the article "a" is no grade A.
    text = (
        "every Friday at 4pm pull this week's leads from Salesforce, grade them A, B or C and "
        "DM a summary to the sales managers in Slack"
    )
    assert read(text)[1] == ["salesforce.query", "classify", "summarize", "slack.post_message"]
