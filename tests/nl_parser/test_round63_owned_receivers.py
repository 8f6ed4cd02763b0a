"""Round 63: "give their tutor a heads-up" is a message sent to whoever is named, whatever word
owns or picks them out ("their", "my", "your", "her", "each", "every"), as "the" and "our" were."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S = "http.request", "email.send", "slack.post_message"
SLACK_ONLY = {"availableTools": [S]}

# "give their tutor a heads-up": who gets the message is a role owned by someone, not a name.
MESSAGE_TO_AN_OWNED_RECEIVER = [
    (
        "Whenever a new student signs up for an evening Spanish course at Quillon Language"
        " School, give their tutor a heads-up.",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "When a patient cancels an appointment at Brightsmile Dental, give their dentist a"
        " heads-up.",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "Give their tutor a heads-up whenever a new student signs up for a course.",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "When a player gets injured at training, shoot her coach a message with the details.",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "Every Friday at 5pm, pull the week's timesheets from https://api.example.com/timesheets"
        " and give each team lead a heads-up by email.",
        ("0 17 * * 5", [H, E]),
        None,
    ),
    (
        "As soon as a lease is signed, send your letting agent a quick note with the tenant's"
        " name.",
        (None, [S]),
        SLACK_ONLY,
    ),
]


@pytest.mark.parametrize(("text", "expected", "context"), MESSAGE_TO_AN_OWNED_RECEIVER)
def test_a_message_to_an_owned_receiver_is_sent(text, expected, context):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


# Near cases: time granted to people is a wait, and a thing given that is no message makes no
# message step; a receiver named with "the" reads as it did.
NEAR_CASES = [
    (
        "Give their tutors a week to reply, then post the list in #admin.",
        (None, ["wait", S]),
        None,
    ),
    (
        "Whenever a new student signs up for a course, give the tutor a heads-up.",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "Whenever a delivery is delayed, send every affected driver a reminder.",
        (None, [S]),
        SLACK_ONLY,
    ),
]


@pytest.mark.parametrize(("text", "expected", "context"), NEAR_CASES)
def test_near_cases_keep_their_reading(text, expected, context):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Whenever a new student signs up, give their tutor the welcome pack.",
        "Whenever a new student signs up, give their tutor a call.",
    ],
)
def test_a_thing_given_that_is_no_message_sends_nothing(text):
    assert S not in read(text, SLACK_ONLY)[1]
