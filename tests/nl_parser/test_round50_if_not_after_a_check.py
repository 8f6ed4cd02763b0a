"""Round 50: "check whether X, and if they're not, …": the contracted "if not" turns the check
before it around instead of adding a second test."""

import pytest

from nl_parser import parse

SMS_OR_EMAIL = {"availableTools": ["webhook.post", "email.send"]}

CASES = [
    (
        "We run a dog daycare with about 60 regulars, and last month two dogs went home with the "
        "wrong person because pick-up time was chaos. From now on, whenever a pick-up is logged, "
        "could you check whether the person collecting is on that dog's approved list, and if "
        "they're not, text the daycare manager through the SMS webhook straight away? Thanks so "
        "much!",
        SMS_OR_EMAIL,
        ["check_status", "webhook.post"],
    ),
    (
        "When a pick-up is logged, check whether the person collecting is on the approved list, "
        "and if they're not, text the manager through the SMS webhook.",
        None,
        ["check_status", "webhook.post"],
    ),
    (
        "When a delivery arrives, check whether the signer is on the staff list, and if they're "
        "not, email security@example.com.",
        None,
        ["check_status", "email.send"],
    ),
    (
        "When a member books a class, check whether their membership is active, and if it's "
        "not, email them the renewal link.",
        None,
        ["check_status", "email.send"],
    ),
    (
        "When a parcel is scanned, check whether the recipient is on the whitelist, and if "
        "they're not, post in #mailroom.",
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "When an order ships, check whether the address is verified, and if it's not, email "
        "ops@example.com.",
        None,
        ["check_status", "email.send"],
    ),
]


@pytest.mark.parametrize(("text", "context", "actions"), CASES)
def test_if_not_turns_the_check_around(text, context, actions):
    result = parse(text, context)
    assert result.schedule is None
    assert result.actions == actions
    assert result.confidence >= 0.7, result.warnings


def test_the_same_check_as_a_plain_if_not():
    contracted = parse(
        "When a member books a class, check whether their membership is active, and if it's "
        "not, email them the renewal link."
    )
    plain = parse(
        "When a member books a class, check whether their membership is active, and if not, "
        "email them the renewal link."
    )
    assert contracted.steps[0].config == plain.steps[0].config


def test_if_it_is_keeps_the_check():
    result = parse(
        "When a booking is made, check whether the room is free, and if it is, email the organiser."
    )
    assert result.actions == ["check_status", "email.send"]


def test_a_new_test_with_its_own_predicate_stays():
    result = parse(
        "When a booking is made, email the organiser, and if they're not a member, post in "
        "#front-desk."
    )
    assert result.actions == ["email.send", "check_status", "slack.post_message"]
