"""Round 77: what a thing shows is a state it is in, a test ("When a pallet scan at Ironbridge
Distribution shows a broken seal, …"), and a "where" right after the event's verb says what the
case it brings is like ("when an emergency callout comes in where a child or pet is locked
inside, …"): both guard the steps with a check, though the clause reads like news."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, C, W = "email.send", "slack.post_message", "check_status", "webhook.post"

# "<a thing> shows | displays <a thing it has>": a state to test, not an event.
SHOWN = [
    (
        "When a pallet scan at Ironbridge Distribution shows a broken seal, fire the"
        " quality-hold webhook.",
        {},
        (None, [C, W]),
    ),
    (
        "When an analyser shows an error, page the supervisor through the pager webhook.",
        {},
        (None, [C, W]),
    ),
    (
        "Whenever the boiler panel at Fernside School displays a fault code, email"
        " caretaker@example-fernside.sch.uk.",
        {},
        (None, [C, E]),
    ),
    ("When a freezer log shows a temperature spike, post in #kitchen.", {}, (None, [C, S])),
    (
        "Email the duty vet at vet@example-oakvets.org when a patient's chart shows a missed dose.",
        {},
        (None, [C, E]),
    ),
    (
        "When a bin sensor in the Marlow car park shows a full bin, text the crew via the SMS"
        " webhook.",
        {},
        (None, [C, W]),
    ),
]

# "<an event> where <the case> is <a state>": the event, and which of them count.
CASES_WHERE = [
    (
        "Turnkey Locksmiths: when an emergency callout comes in where a child or pet is locked"
        " inside, tell the duty locksmith straight away.",
        {"availableTools": ["slack.post_message"]},
        (None, [C, S]),
    ),
    (
        "When a support ticket comes in where the customer is locked out of their account, post"
        " in #support.",
        {},
        (None, [C, S]),
    ),
    (
        "When a booking arrives where the guest is a minor, email the manager at"
        " manager@example-hotel.com.",
        {},
        (None, [C, E]),
    ),
    (
        "Whenever a job is logged where the client is a charity, post it in #pro-bono.",
        {},
        (None, [C, S]),
    ),
    (
        "Text the on-call plumber through the SMS webhook when a call comes in where water is"
        " pouring through a ceiling.",
        {},
        (None, [C, W]),
    ),
    (
        "Harbour Vets: when a call comes in where a dog is trapped in a hot car, tell the duty vet"
        " at once.",
        {"availableTools": ["email.send"]},
        (None, [C, E]),
    ),
    (
        "When a ticket is raised where the customer is not verified, post in #fraud.",
        {},
        (None, [C, S]),
    ),
]

READ_WHOLE = SHOWN + CASES_WHERE


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read_with_no_false_doubt(text, context, expected):
    assert read(text, context) == expected
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "context"), [(t, c) for t, c, _ in READ_WHOLE])
def test_confident_when_read(text, context):
    assert confidence_of(text, context) >= 0.8


# Near cases: the same events with nothing said of which count, or "where" naming a place.
UNCHANGED = [
    (
        "When a pallet arrives at Ironbridge Distribution, fire the quality-hold webhook.",
        {},
        (None, [W]),
    ),
    ("When a new starter shows up for their first shift, email hr@example.com.", {}, (None, [E])),
    ("When a customer reports a bug, post in #qa.", {}, (None, [S])),
    ("When a driver books a slot, email the yard at yard@example.com.", {}, (None, [E])),
    (
        "When an emergency callout comes in, tell the duty locksmith.",
        {"availableTools": ["slack.post_message"]},
        (None, [S]),
    ),
    (
        "When a file lands in the shared folder where invoices are kept, email"
        " finance@example.com.",
        {},
        (None, [E]),
    ),
    (
        "When a new invoice is uploaded to the portal where we keep supplier records, post in"
        " #accounts.",
        {},
        (None, [S]),
    ),
    ("When a parcel arrives at the depot where it is sorted, post in #warehouse.", {}, (None, [S])),
]


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_events_alone_stay_triggers(text, context, expected):
    assert read(text, context) == expected


def test_case_where_is_read_as_its_state():
    """The case's subject is the field and its state the value."""
    steps = parse(CASES_WHERE[0][0], CASES_WHERE[0][1]).steps
    assert steps[0].config == {
        "field": "$.child_or_pet.status",
        "operator": "equals",
        "value": "locked",
    }
