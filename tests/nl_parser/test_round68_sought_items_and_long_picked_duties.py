"""Round 68: items an HTTP check looks for, picked by a state ("check https://… for any turbine
in a fault state and trigger the call-out webhook for it"), are a test on each; a passive duty
after "and" whose picked subject runs long ("… and any tyre size with fewer than four units on
the shelf is to be emailed to …") is a step of its own; and a comparison whose count is spelled
out ("fewer than four units") compares that number."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W, H = "email.send", "slack.post_message", "webhook.post", "http.request"
C = "check_status"

SOUGHT_BY_A_STATE = [
    (
        "Every two hours, check https://api.example-northwoldwindfarm.co.uk/turbines for any"
        " turbine in a fault state and trigger the maintenance call-out webhook for it.",
        ("0 */2 * * *", [H, C, W]),
    ),
    (
        "Every 15 minutes, poll https://api.example-coldstore.com/units for any chiller in an"
        " alarm state and page the duty engineer through the pager webhook.",
        ("*/15 * * * *", [H, C, W]),
    ),
    (
        "Hourly, scan https://lifts.example-towerblock.co.uk/api/lifts for any lift in"
        " maintenance mode and post it in #facilities.",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "At 6am every day, check https://api.example-boilerhire.com/boilers for every boiler"
        " that has gone offline and email the engineer at eng@example-boilerhire.com.",
        ("0 6 * * *", [H, C, E]),
    ),
    (
        "Every 30 minutes, check https://api.example-pumps.io/pumps for any pump with a"
        " pressure above 8 bar and trigger the shutdown webhook.",
        ("*/30 * * * *", [H, C, W]),
    ),
    (
        "Weekdays at 7:30, look at https://fleet.example-vanhire.co.uk/api/vans for any van in a"
        " breakdown state and email its details to ops@example-vanhire.co.uk.",
        ("30 7 * * 1-5", [H, C, E]),
    ),
]

# A check that names no items, or items that no state picks, makes no test.
NOTHING_SOUGHT = [
    (
        "Every two hours, check https://api.example-northwoldwindfarm.co.uk/turbines and trigger"
        " the maintenance call-out webhook.",
        ("0 */2 * * *", [H, W]),
    ),
    (
        "Every morning at 8, check https://news.example-press.com/api/feed for updates and post"
        " them in #newsroom.",
        ("0 8 * * *", [H, S]),
    ),
    (
        "Every Monday at 9, fetch https://api.example-fleet.com/vans for the weekly mileage"
        " report and email it to fleet@example-fleet.com.",
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Every Wednesday at 10, query the CRM for accounts with no activity in 30 days and"
        " email them to cs@example.com.",
        ("0 10 * * 3", ["salesforce.query", E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOUGHT_BY_A_STATE)
def test_items_an_http_check_looks_for_by_a_state_are_tested(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), NOTHING_SOUGHT)
def test_a_check_that_picks_no_items_makes_no_test(text, expected):
    assert read(text) == expected


LONG_PICKED_DUTIES = [
    (
        "Memorandum to all branch managers, Pellworth Tyre & Exhaust. From next Monday, at"
        " 07:40 every weekday, stock levels are to be retrieved from"
        " https://stock.example-pellworthtyres.co.uk/api/levels and any tyre size with fewer"
        " than four units on the shelf is to be emailed to"
        " purchasing@example-pellworthtyres.co.uk.",
        ("40 7 * * 1-5", [H, C, E]),
    ),
    (
        "Every Friday at 16:00, pallet counts are to be pulled from"
        " https://wms.example-depot.com/api/pallets and any aisle with fewer than three empty"
        " slots left on the rack is to be posted in #warehouse.",
        ("0 16 * * 5", [H, C, S]),
    ),
    (
        "Every hour, orders shall be retrieved from https://shop.example-teashop.com/api/orders"
        " and any order with more than two items still unpicked in the warehouse shall be sent"
        " to dispatch@example-teashop.com.",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "Daily at 18:00, rooms should be read from https://hotel.example-seaview.com/api/rooms"
        " and any room with fewer than 2 clean towels left in the cupboard should be reported"
        " to housekeeping@example-seaview.com.",
        ("0 18 * * *", [H, C, E]),
    ),
    (
        "At 9am on weekdays, fetch the class bookings from https://api.example-gym.com/classes"
        " and email any class with more than twelve people on the waiting list to"
        " coach@example-gym.com.",
        ("0 9 * * 1-5", [H, C, E]),
    ),
    (
        "Every Sunday at 20:00, fetch https://api.example-vets.com/stock and, if there are fewer"
        " than five boxes of flea tablets left, email orders@example-vets.com.",
        ("0 20 * * 0", [H, C, E]),
    ),
]

# The same duties with nothing picked, or a count that compares nothing, make no test.
PLAIN_DUTIES = [
    (
        "At 07:40 every weekday, stock levels are to be retrieved from"
        " https://stock.example-pellworthtyres.co.uk/api/levels and the full list is to be"
        " emailed to purchasing@example-pellworthtyres.co.uk.",
        ("40 7 * * 1-5", [H, E]),
    ),
    (
        "Every Friday at 16:00, fetch https://wms.example-depot.com/api/pallets and email the"
        " three aisle managers the counts at aisles@example-depot.com.",
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Every Monday at 8, fetch https://api.example-shop.com/top and post the top five"
        " products in #merch.",
        ("0 8 * * 1", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONG_PICKED_DUTIES)
def test_a_long_picked_duty_after_and_is_a_tested_step(text, expected):
    assert read(text) == expected


# (The memorandum's heading, "to all branch managers, Pellworth Tyre & Exhaust", is still words
# no rule reads, so the first case's confidence is not held to this.)
@pytest.mark.parametrize(("text", "expected"), LONG_PICKED_DUTIES[1:])
def test_a_long_picked_duty_is_read_with_no_doubt(text, expected):
    assert confidence_of(text) >= 0.7
    assert not [d for d in doubts_of(text) if "condition" in d]


@pytest.mark.parametrize(("text", "expected"), PLAIN_DUTIES)
def test_a_duty_that_picks_nothing_makes_no_test(text, expected):
    assert read(text) == expected


def test_a_spelled_count_is_the_value_compared():
    from nl_parser import parse

    result = parse(
        "Every Sunday at 20:00, fetch https://api.example-vets.com/stock and email the boxes"
        " with fewer than five tablets to orders@example-vets.com.",
        {},
    )
    check = next(s for s in result.steps if s.action == C)
    assert check.config["operator"] == "lt"
    assert check.config["value"] == 5


# "… and, if there are any, …", "… if there is one": asked after a test that picked items, the
# question is whether those items exist; one test, not two.
PICKED_THEN_ASKED_AFTER = [
    (
        "Every 20 minutes between 8am and 6pm on weekdays, check"
        " https://api.example-pebblecourier.com/v2/vans for any van that hasn't moved in the"
        " last half hour and ping the dispacher in Slack if there is one.",
        ("*/20 8-18 * * 1-5", [H, C, S]),
    ),
    (
        "Every day at 7am, check https://pharmacy.example.com/api/stock for drugs that expire"
        " within 30 days and, if there are any, email them to pharmacist@example.com.",
        ("0 7 * * *", [H, C, E]),
    ),
    (
        "Hourly, scan https://lifts.example-towerblock.co.uk/api/lifts for any lift in"
        " maintenance mode and, if there's at least one, post it in #facilities.",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every evening at 9, fetch https://api.example-kennels.com/pens and email"
        " kennels@example-kennels.com if there are any.",
        ("0 21 * * *", [H, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PICKED_THEN_ASKED_AFTER)
def test_asking_whether_picked_items_exist_is_the_same_test(text, expected):
    assert read(text) == expected
    assert not [d for d in doubts_of(text) if "two conditions" in d]
