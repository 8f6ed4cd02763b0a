"""Round 98: the inverted "should" before what befalls one item ("Should a customer's card
payment be declined, …") asks whether it did, a test, as "if" does; a person who must approve the
item first ("Priya has to approve it first", "the finance director needs to sign it off") is a
wait for their approval, and "once she has" is that approval in hand; a role in brackets with its
"our" after a name ("Priya (our box office manager)") says who they are, wherever it stands."""

import pytest

from tests.nl_parser.reading import confidence_of, read

E, S, C, W, G = (
    "email.send",
    "slack.post_message",
    "check_status",
    "webhook.post",
    "wait_for_signal",
)

SETBACKS_ASKED_WITH_SHOULD = [
    (
        "Should a customer's card payment be declined, email them a link to update their card "
        "and post it in #billing.",
        (None, [C, E, S]),
    ),
    ("Should a payment be declined, email the customer.", (None, [C, E])),
    (
        "Should a sailing be cancelled, text the passengers through the SMS webhook.",
        (None, [C, W]),
    ),
]

PEOPLE_WHO_MUST_APPROVE = [
    (
        "Gaslight Playhouse box office: whenever a school asks for more than 60 seats at a "
        "matinee, Priya (our box office manager) has to approve it first. Once she has, email the "
        "teacher their confirmation and put the seat block in #ushers.",
        (None, [C, G, E, S]),
    ),
    (
        "Whenever a school asks for more than 60 seats, Priya must approve it first, then email "
        "the teacher.",
        (None, [C, G, E]),
    ),
    (
        "When an expense claim comes in, the finance director needs to sign it off, then post it "
        "in #finance.",
        (None, [G, S]),
    ),
]

UNCHANGED = [
    ("Should a new member join, email them the welcome pack.", (None, [E])),
    ("When a booking comes in, Priya has to check the dates, then email the guest.", (None, [E])),
    (
        "When a ticket comes in, the team has to answer it within an hour, so post it in #support.",
        (None, [C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SETBACKS_ASKED_WITH_SHOULD)
def test_a_setback_asked_with_should_is_a_test(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), PEOPLE_WHO_MUST_APPROVE)
def test_a_person_who_must_approve_is_waited_for(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_are_unchanged(text, expected):
    assert read(text) == expected
