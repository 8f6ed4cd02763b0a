"""Round 63: a setback with its cause after "for" ("is called off for wind") says which events
count, as "because of weather" does; a machine that trips its safety device ("trips its
emergency stop") is in a fault state that says which events count; "after midnight" with the
place it happens ("after midnight at Lantern Lane Hostel") is still the time of the event; and
"after a child has their first lesson" names an occasion the item has, the event, not a test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C = "check_status"

# "When a launch is called off for wind": the cause of the setback says which events count.
SETBACK_CAUSES = [
    (
        "When a Skylark Balloon Flights launch is called off for wind, text everyone booked on it"
        " through the SMS webhook and let the pilot know by email.",
        {"availableTools": ["webhook.post", "email.send"]},
        (None, [C, W, E]),
    ),
    (
        "When a Harbour Point sailing is cancelled for fog, email the passengers.",
        {},
        (None, [C, E]),
    ),
    (
        "Whenever a match gets postponed for rain, post the new date in #fixtures.",
        {},
        (None, [C, S]),
    ),
    (
        "When a Crestfield Academy school trip is called off for low numbers, email the parents"
        " and post it in #office.",
        {},
        (None, [C, E, S]),
    ),
    (
        "When a climbing wall is closed for repairs, text the members through the SMS webhook.",
        {},
        (None, [C, W]),
    ),
    (
        "When a flight is delayed for maintenance, email the passenger.",
        {},
        (None, [C, E]),
    ),
]

# "When one of the rides trips its emergency stop": the device it trips is its fault state.
TRIPS = [
    (
        "When one of the rides at Thunder Gorge Adventure Park trips its emergency stop, wait ten"
        " minutes, then read https://rides.example-thundergorge.com/api/status and, if the ride is"
        " still showing a fault, page the duty engineer via the pager webhook.",
        (None, [C, "wait", H, C, W]),
    ),
    (
        "When a conveyor trips its emergency stop, page the shift lead via the pager webhook.",
        (None, [C, W]),
    ),
    (
        "Whenever a compressor at the Dunmore cold store trips its thermal cutout, email"
        " maintenance@example-dunmore.com.",
        (None, [C, E]),
    ),
    (
        "If the kiln trips a circuit breaker, post it in #studio.",
        (None, [C, S]),
    ),
    (
        "When any of our lifts trips the safety brake, post the lift number in #facilities.",
        (None, [C, S]),
    ),
]

# "Whenever a guest checks in after midnight at the hostel": the place said after the time
# leaves the time the test of the event.
LATE_HOURS = [
    (
        "Whenever a guest checks in after midnight at Lantern Lane Hostel, give the night porter a"
        " heads-up.",
        {"availableTools": ["slack.post_message"]},
        (None, [C, S]),
    ),
    (
        "When a delivery arrives after 10pm at the Eastgate depot, post it in #night-shift.",
        {},
        (None, [C, S]),
    ),
    (
        "Whenever someone badges in after midnight at the Harrow Road office, email"
        " security@example.com.",
        {},
        (None, [C, E]),
    ),
    (
        "When an order is placed after 11pm in the web shop, post it in #late-orders.",
        {},
        (None, [C, S]),
    ),
    (
        "Whenever a van returns after 8pm at the yard, text the fleet manager through the SMS"
        " webhook.",
        {},
        (None, [C, W]),
    ),
]

# "After a child has their first lesson": the occasion the item has is the event.
OCCASIONS = [
    (
        "After a child has their first lesson at Otterpool Swim School, wait five days, email the"
        " parent a short progress note, and a fortnight after that email them the re-enrolment"
        " link.",
        (None, ["wait", E, "wait", E]),
    ),
    (
        "After a patient has their annual check-up, wait a week and email them a feedback form.",
        (None, ["wait", E]),
    ),
    (
        "When a learner has their final driving lesson, email them a certificate.",
        (None, [E]),
    ),
    (
        "Once a new hire has their first day at Brightwater, wait three days, then email them the"
        " onboarding survey.",
        (None, ["wait", E]),
    ),
    (
        "After a dog has its second vaccination at Fenwick Vets, wait two weeks and email the"
        " owner a reminder.",
        (None, ["wait", E]),
    ),
]

UNCHANGED = [
    # The constructions without their conditions: the event alone.
    ("When a launch is called off, text the passengers through the SMS webhook.", (None, [W])),
    ("When a ride stops, page the duty engineer via the pager webhook.", (None, [W])),
    ("Whenever a guest checks in, post in #porters.", (None, [S])),
    (
        "After a customer makes their first order, wait five days, email them a note.",
        (None, ["wait", E]),
    ),
    # The time alone is still the test; the cause given otherwise still is.
    ("Whenever a guest checks in after midnight, post in #porters.", (None, [C, S])),
    ("When a flight is cancelled because of weather, email the passenger.", (None, [C, E])),
    # "for the day" says how long, not why; "by" names who, not why.
    ("When a launch is cancelled for the day, email the passengers.", (None, [E])),
    ("When a launch is called off by the pilot, email the passengers.", (None, [E])),
    # A trip taken is no safety device tripped.
    ("When a driver finishes a trip, email the rider a receipt.", (None, [E])),
    # A state the item has is still a test.
    ("If a customer has an overdue invoice, email them a reminder.", (None, [C, E])),
]


@pytest.mark.parametrize(("text", "context", "expected"), SETBACK_CAUSES)
def test_a_setback_for_a_cause_says_which_events_count(text, context, expected):
    assert read(text, context) == expected
    assert not doubts_of(text, context)
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "expected"), TRIPS)
def test_tripping_a_safety_device_is_a_fault_state(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), LATE_HOURS)
def test_a_late_hour_with_its_place_is_the_time_of_the_event(text, context, expected):
    assert read(text, context) == expected
    assert not doubts_of(text, context)
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "expected"), OCCASIONS)
def test_an_occasion_an_item_has_is_the_event(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
