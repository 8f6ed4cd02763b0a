"""A colon after a measured test ends it as an arrow does ("anything over -10 C: page …")."""

import pytest

from nl_parser import parse

H, C, W, S, E = "http.request", "check_status", "webhook.post", "slack.post_message", "email.send"


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every 10 minutes, check the freezer API at https://cold.example.com/api/t; "
            "anything over -10 C: page the duty webhook.",
            [H, C, W],
        ),
        (
            "Every 10 minutes, check the freezer API at https://cold.example.com/api/t; "
            "over 5 C: page the duty webhook.",
            [H, C, W],
        ),
        (
            "Every 15 min GET https://tanks.example.com/api/ph; any tank below 6.5: "
            "post in #aquaculture",
            [H, C, S],
        ),
        (
            "Every hour fetch https://ci.example.com/api/queue; more than 40 jobs: "
            "email builds@example.com",
            [H, C, E],
        ),
    ],
)
def test_a_colon_after_a_measured_test_ends_the_test(text, actions):
    result = parse(text)
    assert result.actions == actions
    assert result.confidence >= 0.85


def test_a_colon_after_a_heading_or_a_clock_time_is_still_a_heading():
    result = parse("Every day at 9: fetch https://a.example.com/x and post it in #a")
    assert result.schedule.cron_expression == "0 9 * * *"
    assert result.actions == [H, S]
