"""Round 62: "if <a long-named item> gets cancelled" asks whether the setback befell it, however
many words name the item, and so does "if a sailing has been cancelled" on a schedule; the people
a participle says how they came to be ("booked passengers", "enrolled students") receive the
message and are no subset of it; an item held up somewhere ("gets held at customs", "is stuck at
the port") is a state that says which events count; and "<device> reports a <kind> failure →
…" heading an unscheduled text is the event and its test, as "when …" would be."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C = "check_status"

# "If a Skerry Isles Ferries sailing gets cancelled": a setback after "if" is a test of the item,
# whatever the length of the name before its noun.
LONG_NAMED_SETBACKS = [
    (
        "If a Skerry Isles Ferries sailing gets cancelled, text every booked passenger via the"
        " SMS webhook and put the sailing time in #port-office.",
        (None, [C, W, S]),
    ),
    (
        "If a Northern Lights Coach Tours excursion is cancelled, email the guests and post it"
        " in #tour-desk.",
        (None, [C, E, S]),
    ),
    (
        "If an Ashby Valley Railway heritage train gets delayed, post the train number in"
        " #station-staff.",
        (None, [C, S]),
    ),
    (
        "If a Greenway Community Sports Centre court booking is declined, email the member the"
        " reason.",
        (None, [C, E]),
    ),
    (
        "If any Hollins Park Tennis Club junior session gets postponed, text the parents through"
        " the SMS webhook.",
        (None, [C, W]),
    ),
]

# "Every 30 minutes, check … and text booked passengers … if a sailing has been cancelled": on a
# schedule the setback is the test, and the booked passengers are who receive the text.
SCHEDULED_SETBACKS = [
    (
        "Every 30 minutes, check https://status.example-tidewaterferries.com/api/sailings and"
        " text booked passengers via the SMS webhook if a sailing has been cancelled.",
        ("*/30 * * * *", [H, C, W]),
    ),
    (
        "Every 15 minutes, poll https://api.example-moorcoaches.com/tours and email registered"
        " guests if a tour has been cancelled.",
        ("*/15 * * * *", [H, C, E]),
    ),
    (
        "Every hour, check https://classes.example-fellrunning.org/api/sessions and text the"
        " enrolled students through the SMS webhook if any session has been postponed.",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "Every 10 minutes, fetch https://api.example-harbourtaxis.com/bookings and notify"
        " subscribed members via the alerts webhook if a crossing is cancelled.",
        ("*/10 * * * *", [H, C, W]),
    ),
    (
        "Every 20 minutes, call https://api.example-skyhop.com/flights and text the booked"
        " passengers through the SMS webhook if a flight has been delayed.",
        ("*/20 * * * *", [H, C, W]),
    ),
]

# "When a shipment gets held at customs": an item kept back somewhere is in a state that says
# which events count.
HELD_UP = [
    (
        "When a shipment gets held at customs, post the tracking number in #customer-care and"
        " email the client.",
        {"availableTools": ["slack.post_message", "email.send"]},
        (None, [C, S, E]),
    ),
    (
        "When a container is stuck at the port, email the importer and post it in #freight.",
        {},
        (None, [C, E, S]),
    ),
    (
        "Whenever a parcel is detained at the border, text the customer through the SMS webhook.",
        {},
        (None, [C, W]),
    ),
    (
        "When a pallet gets held up at the depot, post the consignment number in #warehouse.",
        {},
        (None, [C, S]),
    ),
    (
        "When an international order is held at customs, email ops@example-shop.com.",
        {},
        (None, [C, E]),
    ),
]

# "Thornbury Lighthouse Trust: lamp monitor reports a lamp failure → page …": a device reporting
# a fault of a kind, heading an unscheduled text before an arrow, is the event and its test.
DEVICE_REPORTS = [
    (
        "Thornbury Lighthouse Trust: lamp monitor reports a lamp failure → page the duty keeper"
        " via the pager webhook + email trust@example-thornburylighthouse.org.uk",
        (None, [C, W, E]),
    ),
    (
        "pump controller reports a pressure fault → page the on-call engineer via the pager"
        " webhook",
        (None, [C, W]),
    ),
    (
        "Boiler house: the flow sensor reports a sensor error → email estates@example-school.org"
        " and post in #facilities",
        (None, [C, E, S]),
    ),
    (
        "When the lamp monitor reports a lamp failure, page the duty keeper via the pager webhook.",
        (None, [C, W]),
    ),
    (
        "When a pump reports a pressure fault, page the on-call engineer via the pager webhook.",
        (None, [C, W]),
    ),
]

UNCHANGED = [
    # "When" before a setback names the event; the lifecycle stays an event.
    ("When an order is cancelled, email the client.", (None, [E])),
    ("If a sailing gets cancelled, email the passengers.", (None, [C, E])),
    # A meeting is held; nothing is held up.
    (
        "After a funeral service is held, wait two weeks, then email the family our bereavement"
        " support leaflet.",
        (None, ["wait", E]),
    ),
    (
        "When a council meeting is held at the town hall, email the minutes to a@example.org.",
        (None, [E]),
    ),
    # The construction without its condition: no test.
    (
        "Every 30 minutes, check https://status.example-tidewaterferries.com/api/sailings and"
        " text the passengers via the SMS webhook.",
        ("*/30 * * * *", [H, W]),
    ),
    # A state that picks a subset still picks one.
    (
        "Every day at 9am: fetch https://api.example.com/orders, then email the cancelled orders"
        " to ops@example.com.",
        ("0 9 * * *", [H, C, E]),
    ),
    # A headline before an arrow that only names what arrives stays the arrival.
    ("New signup in the CRM → email the rep + post in #sales", (None, ["salesforce.query", E, S])),
    (
        "A tenant logs a repair request → nothing happens until the landlord OKs the contractor's"
        " quote; after that, fire the contractor-dispatch webhook and email the tenant a visit"
        " confirmation.",
        (None, ["wait_for_signal", W, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONG_NAMED_SETBACKS + SCHEDULED_SETBACKS)
def test_a_setback_after_if_is_a_test_however_long_the_name(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), HELD_UP)
def test_an_item_held_up_somewhere_says_which_events_count(text, context, expected):
    assert read(text, context) == expected
    assert not doubts_of(text, context)
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "expected"), DEVICE_REPORTS)
def test_a_device_reporting_a_kind_of_fault_is_a_test(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
