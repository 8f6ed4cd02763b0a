"""Round 66: who gets a message may be its subject, named by a name ("Martin wants a quick note",
"Dana Okafor needs a heads-up"), in texting style lower-case ("sophie needs a heads-up"), or by
role ("the duty vet should get a heads-up"); the message is sent to them as "give Martin a
heads-up" would send it."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S = "email.send", "slack.post_message"
EMAIL_ONLY = {"availableTools": [E]}
SLACK_ONLY = {"availableTools": [S]}

# "sophie needs a heads-up", "Martin wants a quick note", "the duty vet should get a heads-up":
# the receiver is the subject; it needs, wants, should get or would like the message.
RECEIVER_AS_SUBJECT = [
    (
        "any time a grooming appt gets booked at the pampered paw, sophie needs a heads-up",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "Whenever a new order comes in, Martin wants a quick note.",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "When a patient is admitted overnight, the duty vet should get a heads-up.",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "every time someone cancels a lesson, raj should get a text",
        (None, [E]),
        EMAIL_ONLY,
    ),
    (
        "Every Monday at 8am Dana Okafor needs a reminder to file the timesheets.",
        ("0 8 * * 1", [E]),
        EMAIL_ONLY,
    ),
    (
        "when a delivery gets delayed, priya would like a heads-up",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "Whenever a tenant reports a leak, Carlos needs to get a message.",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "each friday at 4pm jo needs a nudge to lock the shed",
        ("0 16 * * 5", [E]),
        EMAIL_ONLY,
    ),
]


@pytest.mark.parametrize(("text", "expected", "context"), RECEIVER_AS_SUBJECT)
def test_a_message_wanted_by_its_receiver_is_sent(text, expected, context):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


# "give sophie a heads-up": the same lower-case name after the verb that sends.
def test_a_lower_case_name_is_given_the_message():
    text = "every monday at 9am give martin a quick note"
    assert read(text, SLACK_ONLY) == ("0 9 * * 1", [S])
    assert confidence_of(text, SLACK_ONLY) >= 0.7


# Near cases: a pronoun or a thing is no receiver ("it needs a note" asks for no message); the
# message given by the imperative reads as it did; a thing wanted and made is still made first.
NEAR_CASES = [
    (
        "any time a grooming appt gets booked at the pampered paw, give Sophie a heads-up",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "When a patient is admitted overnight, the duty vet needs a heads-up.",
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
        "any time a grooming appt gets booked at the pampered paw, it needs a note",
        "whenever a ticket is opened, this needs a reply",
        "any time a grooming appt gets booked at the pampered paw",
    ],
)
def test_no_receiver_sends_nothing(text):
    assert S not in read(text, SLACK_ONLY)[1]
