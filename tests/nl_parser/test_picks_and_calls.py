"""Constructions found by heldout37-38: items picked by a verb of choosing, and steps done by
calling an address that name a system they do not read."""

import pytest

from nl_parser import parse

E, S, C, H = "email.send", "slack.post_message", "check_status", "http.request"


@pytest.mark.parametrize(
    "text",
    [
        "Every day at 6pm, grab the chats from https://chat.acme.io/api/today, pick out the ones "
        "mentioning refunds, and email them to refunds@acme.io.",
        "Every Monday at 9, fetch the orders from https://shop.acme.io/api/orders, keep only the "
        "ones over $500 and email them to sales@acme.io.",
    ],
)
def test_choosing_items_by_what_they_are_is_a_test(text):
    result = parse(text)
    assert result.actions == [H, C, E]
    assert result.confidence >= 0.85


def test_choosing_fields_stays_a_transform():
    # "pick the name and email fields" chooses fields, not items: no test.
    assert C not in parse("When a form is submitted, pick the name and email fields.").actions
