"""Constructions found by heldout47-50: a quotation standing as what is posted is the message, and
picks no items ("post 'timesheets due tomorrow!' in #contractors"); "anything mentioning X" and
"any visitor still waiting" pick a subset."""

import pytest

from nl_parser import parse

S = "slack.post_message"


@pytest.mark.parametrize(
    "text",
    [
        "please post 'invoices due friday!' in #ap every Thursday at 2pm",
        'every day at 2pm post "3 urgent tickets open" in #support',
    ],
)
def test_a_quoted_message_picks_no_items(text):
    result = parse(text)
    assert result.actions == [S]
    assert result.steps[0].config["text"]


def test_a_quoted_value_inside_the_object_still_picks():
    result = parse("Make sure #support hears about every ticket marked 'urgent' when it comes in.")
    assert result.actions == ["check_status", S]


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "every hour pull posts from https://x.example.com/api/posts and post anything "
            "mentioning our brand to #social",
            "mentioning",
        ),
        (
            "At noon, fetch the orders from https://x.example.com/api/orders and post any order "
            "still waiting for payment in #sales.",
            "waiting",
        ),
    ],
)
def test_any_one_doing_something_is_a_subset(text, value):
    result = parse(text)
    assert result.actions == ["http.request", "check_status", S]
    assert result.steps[1].config["value"] == value
    assert not any("wait step" in w for w in result.warnings)
