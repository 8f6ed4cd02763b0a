"""Round 67: a thing thrown "over to", "across to", "off to" or "out to" people ("shoot the
week's class timetable over to the Lotus Flow Yoga members", "zap the booking list over to
Priya") is sent to them, as one thrown at a channel or address is."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W, H = "email.send", "slack.post_message", "webhook.post", "http.request"
C = "check_status"
EMAIL_ONLY = {"availableTools": ["email.send"]}
SLACK_ONLY = {"availableTools": ["slack.post_message"]}

THROWN_OVER_TO_PEOPLE = [
    (
        "Every Monday at quarter to seven in the morning, shoot the week's class timetable over"
        " to the Lotus Flow Yoga members.",
        ("45 6 * * 1", [E]),
        EMAIL_ONLY,
    ),
    (
        "Each Friday at 5pm, fling the weekly rota over to the bar staff.",
        ("0 17 * * 5", [E]),
        EMAIL_ONLY,
    ),
    (
        "At 8am every weekday, toss yesterday's till takings across to the shop managers.",
        ("0 8 * * 1-5", [E]),
        EMAIL_ONLY,
    ),
    (
        "On the first of every month at 9am, lob the rent statement off to our accountants.",
        ("0 9 1 * *", [E]),
        EMAIL_ONLY,
    ),
    (
        "Every evening at 6, zap the day's booking list over to Priya.",
        ("0 18 * * *", [E]),
        EMAIL_ONLY,
    ),
    (
        "Fire the contract pack over to them every Tuesday at 10am.",
        ("0 10 * * 2", [E]),
        EMAIL_ONLY,
    ),
    (
        "Every Sunday at 20:00, chuck next week's shift pattern out to all the volunteers.",
        ("0 20 * * 0", [S]),
        SLACK_ONLY,
    ),
]


@pytest.mark.parametrize(("text", "expected", "context"), THROWN_OVER_TO_PEOPLE)
def test_a_thing_thrown_over_to_people_is_sent_to_them(text, expected, context):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


# Near cases: thrown at a place it is sent as before; a webhook fired is triggered; "throw out"
# drops; a thing kicked over to a time ("the next sprint", "Monday") goes to no one.
NEAR_CASES = [
    (
        "Every Monday at 9am, shoot the list over to ops@example.com.",
        ("0 9 * * 1", [E]),
        EMAIL_ONLY,
    ),
    (
        "Every Monday at 9am, fire the glycol webhook.",
        ("0 9 * * 1", [W]),
        None,
    ),
    (
        "Every Monday at 9am, throw out the spam signups and email the rest to ops@example.com.",
        ("0 9 * * 1", [H, C, E]),
        None,
    ),
    (
        "Every Monday at 9am, kick things off to a good start by emailing the team.",
        ("0 9 * * 1", [E]),
        EMAIL_ONLY,
    ),
]


@pytest.mark.parametrize(("text", "expected", "context"), NEAR_CASES)
def test_near_cases_keep_their_reading(text, expected, context):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Every Monday at 9am, kick the review over to the next sprint.",
        "Every Monday at 9am, punt the retro over to Friday.",
        "Every Monday at 9am, bounce the standup off to the afternoon.",
    ],
)
def test_a_thing_put_off_to_a_time_is_sent_to_no_one(text):
    assert E not in read(text, EMAIL_ONLY)[1]
