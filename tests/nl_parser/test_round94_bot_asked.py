"""Round 94: a request that asks the workflow itself, named as its doer ("Could the Brackwater
Observatory bot send …", "Can our ops bot post …"), is only the request; the verb after it is the
first step, as after "could you"."""

import pytest

from tests.nl_parser.reading import confidence_of, read

H, E, S, C = "http.request", "email.send", "slack.post_message", "check_status"

BOT_ASKED = [
    (
        "Could the Brackwater Observatory bot send tonight's cloud-cover forecast from "
        "https://sky.brackwaterobs.example/api/cloud to #observing at 17:45 each day? And if the "
        "cloud cover is forecast at over 70%, also email volunteers@brackwaterobs.example so they "
        "can call off the public viewing night.",
        ("45 17 * * *", [H, S, C, E]),
    ),
    (
        "Could the bot send tonight's forecast from https://sky.example.com/api/cloud to "
        "#observing at 17:45 each day?",
        ("45 17 * * *", [H, S]),
    ),
    (
        "Can our ops bot post the open incidents from https://status.example.com/api/open in #ops "
        "every hour?",
        ("0 * * * *", [H, S]),
    ),
    (
        "Would the Harbour Rowing Club workflow email the tide table from "
        "https://tides.example.org/api/today to crew@example.org every morning at 6?",
        ("0 6 * * *", [H, E]),
    ),
    (
        "Can the greenhouse automation check https://gh.example.com/api/temp every 15 minutes "
        "and, if it is above 30 degrees, email grower@example.com?",
        ("*/15 * * * *", [H, C, E]),
    ),
]

NEAR_CASES = [
    # asked of "you": unchanged
    (
        "Could you send tonight's forecast from https://sky.example.com/api/cloud to #observing "
        "at 17:45 each day?",
        ("45 17 * * *", [H, S]),
    ),
    # asked to have a bot do it: unchanged
    (
        "Can you get a bot to post the open incidents from https://status.example.com/api/open "
        "in #ops every hour?",
        ("0 * * * *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOT_ASKED + NEAR_CASES)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [t for t, _ in BOT_ASKED])
def test_right_answers_are_confident(text):
    assert confidence_of(text) >= 0.7
