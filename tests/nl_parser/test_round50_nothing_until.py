"""Round 50: "nothing happens until <someone acts>" waits for that signal before the steps."""

import pytest

from nl_parser import parse

CASES = [
    (
        "When a tenant logs a repair request, nothing happens until the landlord OKs the "
        "contractor's quote; after that, fire the contractor-dispatch webhook and email the "
        "tenant a visit confirmation.",
        ["wait_for_signal", "webhook.post", "email.send"],
    ),
    (
        "When a press release is drafted, nothing goes out until the editor signs it off; then "
        "email it to press@example.com.",
        ["wait_for_signal", "email.send"],
    ),
    (
        "When a refund is requested, nothing is sent until the finance lead approves it, then "
        "post the details in #refunds.",
        ["wait_for_signal", "slack.post_message"],
    ),
    (
        "When a venue booking comes in, nothing gets booked till the manager gives the "
        "go-ahead; after that, email the client the contract.",
        ["wait_for_signal", "email.send"],
    ),
    (
        "When a new hire is added, nothing proceeds until HR approves; then email IT the laptop "
        "request.",
        ["wait_for_signal", "email.send"],
    ),
]


@pytest.mark.parametrize(("text", "actions"), CASES)
def test_nothing_until_waits_for_the_signal(text, actions):
    result = parse(text)
    assert result.schedule is None
    assert result.actions == actions
    assert result.confidence >= 0.7, result.warnings


def test_the_miss_reads_its_steps():
    # The event before the arrow is still left unread (a doubt of its own), but the steps hold.
    result = parse(
        "A tenant logs a repair request \u2192 nothing happens until the landlord OKs the "
        "contractor's quote; after that, fire the contractor-dispatch webhook and email the "
        "tenant a visit confirmation."
    )
    assert result.actions == ["wait_for_signal", "webhook.post", "email.send"]


def test_nothing_for_a_span_is_not_a_signal():
    result = parse(
        "When a ticket comes in, nothing happens for 5 minutes, then post it in #support."
    )
    assert "wait_for_signal" not in result.actions
