"""Constructions found by heldout21/22: places as objects, iteration, message content, branches."""

import pytest

from nl_parser import parse

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"


@pytest.mark.parametrize(
    "text",
    [
        "Every hour, fetch https://a.io/q and give #ops a heads-up if it is down.",
        "Every 5 minutes, ping https://a.io/status and yells in #ops when it's down.",
    ],
)
def test_an_unknown_verb_before_a_place_starts_a_step(text):
    result = parse(text)
    assert result.actions == [H, C, S]
    assert any("is not one the parser knows" in w for w in result.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Every day at 9, post the numbers for sales and marketing to #gtm.",
        "Every day at 9, post the numbers to sales and finance in #gtm.",
    ],
)
def test_a_listed_team_before_a_place_is_no_step(text):
    assert parse(text).actions == [S]

