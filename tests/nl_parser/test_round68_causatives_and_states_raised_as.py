"""Round 68: "after a patient has a crown fitted" (have + a thing + a deed done to it) is the
event, not a test of a field; "when an alarm is raised as severe" sets a state the item is tested
for, as "is logged as refused" does."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W, C, WAIT = "email.send", "slack.post_message", "webhook.post", "check_status", "wait"

# Someone having a thing done to theirs is what happens, so the trigger: no test is read.
HAD_DONE = [
    (
        "After a patient at Tallowfield Dental has a crown fitted, wait two weeks, then email"
        " them a quick check-in asking how it feels.",
        (None, [WAIT, E]),
    ),
    (
        "Once a customer at Harbour Heating has a new boiler installed, wait a week, then email"
        " them our servicing plan.",
        (None, [WAIT, E]),
    ),
    (
        "When a driver has their car serviced at Kestrel Garage, email them a short survey.",
        (None, [E]),
    ),
    (
        "Whenever a client gets their windows cleaned, wait three days and then text them a"
        " review link through the SMS webhook.",
        (None, [WAIT, W]),
    ),
    (
        "After a dog at Paws & Co has its nails clipped, post a note in #grooming.",
        (None, [S]),
    ),
    (
        "3 days after a tenant has the locks changed, email them a reminder to return the old"
        " keys.",
        (None, [WAIT, E]),
    ),
]

# A state the item is raised, opened or submitted as is tested, as "is marked as urgent" is.
RAISED_AS = [
    (
        "When a Brookvale Water mains pressure alarm is raised as severe, email"
        " incidents@example-brookvalewater.co.uk \u2014 actually no, send it to the"
        " #mains-response channel instead.",
        (None, [C, S]),
    ),
    (
        "When a mains pressure alarm is raised as severe, post it in #mains-response.",
        (None, [C, S]),
    ),
    (
        "Whenever a support ticket is opened as high priority, DM the on-call engineer on Slack.",
        (None, [C, S]),
    ),
    (
        "If a warranty claim is submitted as urgent, email claims@example-fernco.com.",
        (None, [C, E]),
    ),
    (
        "When an incident gets raised as critical in our tracker, fire the pager webhook and"
        " email ops@example.com.",
        (None, [C, W, E]),
    ),
    (
        "When a complaint is lodged as formal, email the branch manager at"
        " manager@example-tollbank.co.uk.",
        (None, [C, E]),
    ),
]

# Without the state, or with a thing the item has (a test), or a thing had done before it
# ("has had"), the reading stays as it was.
UNCHANGED = [
    ("When a mains pressure alarm is raised, post it in #mains-response.", (None, [S])),
    (
        "After a patient has had a crown fitted, wait two weeks, then email them.",
        (None, [WAIT, E]),
    ),
    ("If the email has a PDF attached, forward it to files@example.com.", (None, [C, E])),
    ("If the ticket has a reviewer assigned, post it in #reviews.", (None, [C, S])),
    ("When an invoice email has a PDF attached, forward it to ap@example.com.", (None, [C, E])),
    ("If a customer has a boiler fitted, email them our servicing plan.", (None, [C, E])),
    (
        "When an alarm is raised, email a@example.com \u2014 actually no, send it to #ops instead.",
        (None, [S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HAD_DONE)
def test_a_thing_had_done_is_the_event(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not any("read as a test" in d for d in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), RAISED_AS)
def test_a_state_raised_as_is_tested(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
