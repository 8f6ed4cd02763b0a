"""Round 92: a colon after the address read ends the fetch as a dash does, so a comparison after
it is a test ("… from https://…/water: over 2,000 litres → email …"), and a comma inside a
number ends no route; a kind named with "any" or "all" before its step, the rest routed after it,
is the case tested ("Any emergency callouts → text …; everything else → …"); "N days after an
install is set to 'commissioned'" tests the event's own state before the wait; and what an
arriving item comes with ("comes in w/ a nut allergy note") says which events count."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, W, S, T = (
    "http.request",
    "check_status",
    "email.send",
    "webhook.post",
    "slack.post_message",
    "wait",
)

# "read … from https://…: over 2,000 litres → …": a comparison after the address's colon.
COLON_TESTS = [
    (
        "The water bill at Green Lane Allotments doubled last summer because someone left a "
        "hose running into the compost bays. Every Saturday at 8am, read the week's water "
        "usage from https://meters.greenlaneallotments.example/api/water: over 2,000 litres → "
        "email committee@greenlaneallotments.example; anything less → post a thumbs-up in "
        "#plot-holders.",
        ("0 8 * * 6", [H, C, E, C, S]),
    ),
    (
        "Every Saturday at 8am, read the water usage from https://meters.example/api/water: "
        "over 2,000 litres → email committee@example.com; anything less → post a thumbs-up in "
        "#plot-holders.",
        ("0 8 * * 6", [H, C, E, C, S]),
    ),
    (
        "Every day at 7am, fetch https://api.example.com/queue: over 500 → page the on-call "
        "webhook.",
        ("0 7 * * *", [H, C, W]),
    ),
    (
        "Hourly, check the cellar temperature at https://cellar.example/api/temp: above 18°C "
        "-> post a warning in #cellar.",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Mondays at 9, pull last week's sales from https://shop.example/api/sales: under "
        "$5,000 → email the owner at owner@shop.example; anything more → post a cheer in #team.",
        ("0 9 * * 1", [H, C, E, C, S]),
    ),
    (
        "Every 30 minutes, poll https://river.example/api/level: level above 3 m → fire the "
        "flood webhook.",
        ("*/30 * * * *", [H, C, W]),
    ),
]

# "Any emergency callouts → …; everything else → …": a kind named with a quantifier.
ANY_KINDS = [
    (
        "QuickFix Plumbing — weekdays at noon, pull the morning's customer calls from "
        "https://calls.quickfixplumbing.example/api/morning. Any emergency callouts → text the "
        "on-call plumber via the SMS webhook; everything else → "
        "bookings@quickfixplumbing.example.",
        ("0 12 * * 1-5", [H, C, W, C, E]),
    ),
    (
        "Every morning at 7, pull the support tickets from https://desk.example/api/tickets. "
        "Any billing tickets → email accounts@example.com; everything else → #support.",
        ("0 7 * * *", [H, C, E, C, S]),
    ),
    (
        "Every hour, fetch https://orders.example/api/new. All wholesale orders → fire the "
        "warehouse webhook; the rest → post in #shop.",
        ("0 * * * *", [H, C, W, C, S]),
    ),
    (
        "Daily at 6pm, grab the day's returns from https://returns.example/api/today. Any "
        "damaged parcels -> email claims@example.com; anything else -> #returns.",
        ("0 18 * * *", [H, C, E, C, S]),
    ),
    (
        "Fridays at 4pm, get this week's bookings from https://book.example/api/week. Any "
        "group bookings → post them in #events; all other bookings → email desk@example.com.",
        ("0 16 * * 5", [H, C, S, C, E]),
    ),
]

# "seven days after an install is set to 'commissioned'": the event's state, then the wait.
STATES_BEFORE_WAITS = [
    (
        "Seven days after a Heatwise Heat Pumps install is set to 'commissioned', email the "
        "homeowner our service-plan offer.",
        (None, [C, T, E]),
    ),
    (
        "Two days after a quote is marked as accepted, email the customer a pre-start checklist.",
        (None, [C, T, E]),
    ),
    (
        "An hour after a ticket is moved to 'resolved', send the customer a satisfaction "
        "survey by email.",
        (None, [C, T, E]),
    ),
    (
        "Three weeks after a project is set to 'complete', post a retrospective reminder in "
        "#delivery.",
        (None, [C, T, S]),
    ),
    (
        "Thirty minutes after an order is marked as shipped, fire the tracking webhook.",
        (None, [C, T, W]),
    ),
]

# "comes in w/ a nut allergy note": what the arriving item brings says which events count.
ARRIVED_WITH = [
    (
        "every time a saffron lane takeaway order comes in w/ a nut allergy note, post it in "
        "#kitchen-pass and email the head chef at chef@saffronlane.example",
        (None, [C, S, E]),
    ),
    (
        "when a repair job comes through w/ a warranty number, email it to warranty@fixit.example",
        (None, [C, E]),
    ),
    (
        "When an alumni reunion RSVP comes in with a plus-one, email the venue at "
        "events@oldhall.example.com to update the headcount.",
        (None, [C, E]),
    ),
    (
        "whenever a delivery arrives w/ a damage report, post it in #goods-in",
        (None, [C, S]),
    ),
    (
        "When a booking lands with a dietary note, forward it to kitchen@example.com.",
        (None, [C, E]),
    ),
]

# Near cases that keep their reading: a step after the colon, no colon, an event with no
# state, an event with nothing it comes with, "w/" before a named party.
NEAR = [
    (
        "Every day at 7am, fetch https://api.example.com/x: summarize it and email a@b.com",
        ("0 7 * * *", [H, "summarize", E]),
    ),
    (
        "Every day at 7am, fetch https://api.example.com/queue and post it in #ops.",
        ("0 7 * * *", [H, S]),
    ),
    (
        "Ninety minutes after a dog is dropped off at Paws Inn Boarding, send the owner a "
        "settling-in email.",
        (None, [T, E]),
    ),
    (
        "Every time an order comes in, post it in #kitchen-pass.",
        (None, [S]),
    ),
    (
        "When a client books a tuning w/ Keystone Piano Tuning, email them a confirmation.",
        (None, [E]),
    ),
    (
        "Every Monday at 8, fetch https://desk.example/api/tickets and post them in #support.",
        ("0 8 * * 1", [H, S]),
    ),
]

RIGHT = COLON_TESTS + ANY_KINDS + STATES_BEFORE_WAITS + ARRIVED_WITH


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_read_as_the_construction_says(text, expected):
    assert read(text) == expected


# The first colon case opens with a story the background rules do not read (not this round's
# construction): its confidence is left out.
@pytest.mark.parametrize(("text", "expected"), RIGHT[1:])
def test_right_answers_are_confident_and_carry_no_doubt(text, expected):
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
