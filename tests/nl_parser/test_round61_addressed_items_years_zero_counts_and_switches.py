"""Round 61: items sent to an address ("for every CV sent to jobs@…") arrive there, "X for a 2026
date" picks the items dated in that year, "any station with zero bikes" picks the ones with none,
"switches over to battery" sets a state as "switches to" does, and a gerund before a noun of what
to know ("the parking details") names a kind of thing, not a state."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, X, SF = "check_status", "extract", "salesforce.query"

# "For every CV sent to jobs@…, pull out …": an address the items go to is the inbox they arrive
# in; the trigger, no test.
SENT_TO_AN_ADDRESS = [
    (
        "For every CV sent to jobs@example-northgatescaffolding.co.uk, pull out the candidate's"
        " name, phone number and CSCS card number and post them in #hiring.",
        (None, [X, S]),
    ),
    (
        "For each invoice emailed to ap@example-brightwater.com, extract the supplier and total"
        " and post them in #finance.",
        (None, [X, S]),
    ),
    (
        "For every complaint forwarded to care@example-lumenhotels.com, pull out the guest name"
        " and room number and post them in #front-desk.",
        (None, [X, S]),
    ),
    (
        "For each order mailed to orders@example-kilnworks.co.uk, extract the product and"
        " quantity and email them to studio@example-kilnworks.co.uk.",
        (None, [X, E]),
    ),
    (
        "For every application submitted to grants@example-riverfund.org, extract the applicant"
        " and amount requested and post them in #grants.",
        (None, [X, S]),
    ),
]

# "Enquiries for a 2026 date get emailed to …; all the others go into #enquiries": a year the
# items' date falls in picks them, and the rest are the other branch.
DATED_IN_A_YEAR = [
    (
        "At 12:00 each day, pull today's new wedding enquiries for Stonebridge Barn from"
        " Salesforce. Enquiries for a 2026 date get emailed to"
        " events@example-stonebridgebarn.co.uk; all the others go into #enquiries.",
        ("0 12 * * *", [SF, C, E, C, S]),
    ),
    (
        "Every weekday at 8am, pull new venue bookings from Salesforce. Bookings for a 2026"
        " wedding go to weddings@example.com; everything else goes into #venue.",
        ("0 8 * * 1-5", [SF, C, E, C, S]),
    ),
    (
        "Every Monday at 7am, get this week's new leads from Salesforce. Send leads for a 2027"
        " start to sales@example-gym.com and post the rest in #leads.",
        ("0 7 * * 1", [SF, C, E, C, S]),
    ),
    (
        "Every evening at 6pm, fetch the new tour reservations from"
        " https://api.example-tours.com/reservations; post reservations dated 2026 in #tours.",
        ("0 18 * * *", [H, C, S]),
    ),
    (
        "Each day at 9am, pull new quotes from Salesforce. Any quote for a 2026 install gets"
        " emailed to installs@example-solar.co.uk, all others go in #quotes.",
        ("0 9 * * *", [SF, C, E, C, S]),
    ),
]

# "post any station with zero bikes in #rebalancing": a count of none picks the items.
NONE_OF_A_COUNT = [
    (
        "Every 15 minutes from 7am to 7pm on weekdays, poll dock occupancy at"
        " https://api.example-cityloopbikes.com/docks and post any station with zero bikes in"
        " #rebalancing.",
        ("*/15 7-19 * * 1-5", [H, C, S]),
    ),
    (
        "Every hour, check https://api.example.com/docks and post any station with 0 bikes in"
        " #rebalancing.",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every morning at 8, pull the warehouse stock from https://api.example-shop.com/stock"
        " and email any product with zero units left to buyer@example-shop.com.",
        ("0 8 * * *", [H, C, E]),
    ),
    (
        "Every 30 minutes, fetch the car parks from https://api.example-city.gov/parking and"
        " post the ones that have 0 free spaces in #traffic.",
        ("*/30 * * * *", [H, C, S]),
    ),
    (
        "Each night at 11pm, get the classes from https://api.example-gym.com/classes and email"
        " the classes having zero bookings to coach@example-gym.com.",
        ("0 23 * * *", [H, C, E]),
    ),
]

# "In case any UPS … switches over to battery": the particle changes no state set.
SWITCHED_OVER = [
    (
        "In case any UPS at Redcliffe Data Centre switches over to battery, hit the facilities"
        " webhook and email noc@example-redcliffedc.net.",
        (None, [C, W, E]),
    ),
    (
        "If the generator switches back to mains, post it in #facilities.",
        (None, [C, S]),
    ),
    (
        "In case the pump flips over to manual, email ops@example.com.",
        (None, [C, E]),
    ),
    (
        "If any lift at Harbour Tower changes over to service mode, hit the maintenance webhook.",
        (None, [C, W]),
    ),
    (
        "If the boiler turns back to standby, post it in #plant-room.",
        (None, [C, S]),
    ),
]

# "send the guest directions and parking details": a gerund before a noun of what to know.
WHAT_TO_KNOW = [
    (
        "Each time a tasting is booked at Hollow Oak Vineyard, send the guest directions and"
        " parking details by email.",
        (None, [E]),
    ),
    (
        "When a yoga class is booked, email the member the changing room information.",
        (None, [E]),
    ),
    (
        "When a new tenant signs a lease, send them the heating notes and the parking tips by"
        " email.",
        (None, [E]),
    ),
    (
        "Whenever a camping pitch is reserved, email the camper the check-in details.",
        (None, [E]),
    ),
    (
        "Each time a cottage is booked, post the cleaning info in #housekeeping.",
        (None, [S]),
    ),
]

UNCHANGED = [
    # One an email comes from picks a sender, not an inbox.
    ("For each email from boss@example.com, post it in #exec.", (None, [C, S])),
    # Without a year, or with one the fetch chose, the delivery picks nothing.
    (
        "At 12:00 each day, pull today's new wedding enquiries from Salesforce. Enquiries get"
        " emailed to events@example.co.uk.",
        ("0 12 * * *", [SF, E]),
    ),
    # "with no bikes" stays a missing field; all stations stay all of them.
    (
        "Every 15 minutes, poll https://api.example-cityloopbikes.com/docks and post any station"
        " with no bikes in #rebalancing.",
        ("*/15 * * * *", [H, C, S]),
    ),
    (
        "Each night at 11pm, check https://api.example.com/stations and post all stations in #ops.",
        ("0 23 * * *", [H, S]),
    ),
    # Switching over to nothing named sets no state: the event; "failing" still picks.
    ("When the site switches over, hit the facilities webhook.", (None, [W])),
    (
        "Every Monday at 9am, fetch the builds from https://ci.example.com/builds and post the"
        " failing builds in #ci.",
        ("0 9 * * 1", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENT_TO_AN_ADDRESS)
def test_items_sent_to_an_address_arrive_there(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), DATED_IN_A_YEAR)
def test_a_year_the_items_are_dated_in_picks_them(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), NONE_OF_A_COUNT)
def test_a_count_of_none_picks_the_items(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), SWITCHED_OVER)
def test_switching_over_to_a_state_sets_it(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), WHAT_TO_KNOW)
def test_a_gerund_before_a_noun_of_what_to_know_picks_nothing(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
