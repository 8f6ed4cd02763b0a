"""Round 65: who gets a message or a made thing may be a long role, led by the name of the
business it serves ("the Saltbox Food Truck crew") and placed by where its people work ("the sales
floor at Keystone Kitchens", "the support leads on the night shift"); the message may carry a
purpose ("a heads-up to prep for …"), and a made thing of data is fetched and made first."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, SF, SUM = "email.send", "slack.post_message", "salesforce.query", "summarize"
EMAIL_ONLY = {"availableTools": [E]}
SLACK_ONLY = {"availableTools": [S]}
SF_SLACK = {"availableTools": [SF, S]}

# "give the Saltbox Food Truck crew a heads-up to prep for …": a message, whatever the verb, to
# a role named at length or placed somewhere.
MESSAGE_TO_A_LONG_RECEIVER = [
    (
        "Every Thursday at half past twelve, give the Saltbox Food Truck crew a heads-up to prep"
        " for Friday's night market.",
        ("30 12 * * 4", [E]),
        EMAIL_ONLY,
    ),
    (
        "Every Monday at 8am, give the Harbourside Rowing Club volunteers a reminder to bring"
        " their life jackets.",
        ("0 8 * * 1", [E]),
        EMAIL_ONLY,
    ),
    (
        "Whenever a new order comes in, give the packing crew at Brindle Books a heads-up.",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "Every weekday at 7:30am, drop the Millbrook Community Garden volunteers a line to water"
        " the seedlings.",
        ("30 7 * * 1-5", [E]),
        EMAIL_ONLY,
    ),
    (
        "On the first of every month at 9am, give the head of finance at Tidewater Logistics a"
        " heads-up to close the books.",
        ("0 9 1 * *", [E]),
        EMAIL_ONLY,
    ),
    (
        "Every Friday at 4pm, shoot the night shift at the Leeds depot a quick note to check the"
        " freezer seals.",
        ("0 16 * * 5", [E]),
        EMAIL_ONLY,
    ),
]

# "give the sales floor at Keystone Kitchens a recap of today's closed deals": a made thing of
# data, handed to a long or placed receiver, is fetched, made, and sent.
MADE_THING_TO_A_LONG_RECEIVER = [
    (
        "Every weekday at quarter past five in the afternoon, give the sales floor at Keystone"
        " Kitchens a recap of today's closed deals.",
        ("15 17 * * 1-5", [SF, SUM, S]),
    ),
    (
        "Every Monday at 9am, give the account managers at Brightwater Insurance a summary of"
        " last week's new opportunities.",
        ("0 9 * * 1", [SF, SUM, S]),
    ),
    (
        "Every Friday at 5pm, give the Northgate Garden Centre weekend crew a recap of this"
        " week's closed deals.",
        ("0 17 * * 5", [SF, SUM, S]),
    ),
    (
        "Every day at 6pm, give the support leads on the night shift a recap of today's closed"
        " deals.",
        ("0 18 * * *", [SF, SUM, S]),
    ),
    (
        "Every day at 6pm, send the regional managers in the Leeds office a digest of today's"
        " closed deals.",
        ("0 18 * * *", [SF, SUM, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected", "context"), MESSAGE_TO_A_LONG_RECEIVER)
def test_a_message_to_a_long_receiver_is_sent(text, expected, context):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), MADE_THING_TO_A_LONG_RECEIVER)
def test_a_made_thing_to_a_long_receiver_is_made_and_sent(text, expected):
    assert read(text, SF_SLACK) == expected
    assert confidence_of(text, SF_SLACK) >= 0.7
    assert doubts_of(text, SF_SLACK) == []


# Near cases: a short receiver reads as it did; time granted is a wait; a call given is no
# message, however long the receiver.
NEAR_CASES = [
    (
        "Every Thursday at noon, give the crew a heads-up to prep for the market.",
        ("0 12 * * 4", [E]),
        EMAIL_ONLY,
    ),
    (
        "Every weekday at 5pm, give the sales team a recap of today's closed deals.",
        ("0 17 * * 1-5", [SF, SUM, S]),
        SF_SLACK,
    ),
    (
        "Give the crew two days to reply, then post the list in #admin.",
        (None, ["wait", S]),
        None,
    ),
    (
        "Whenever a new student signs up, give their tutor a call.",
        (None, []),
        SLACK_ONLY,
    ),
]


@pytest.mark.parametrize(("text", "expected", "context"), NEAR_CASES)
def test_near_cases_keep_their_reading(text, expected, context):
    assert read(text, context) == expected


def test_a_call_given_to_a_long_receiver_sends_nothing():
    text = "Whenever a new student signs up, give the Quillon Language School tutor a call."
    assert S not in read(text, SLACK_ONLY)[1]
