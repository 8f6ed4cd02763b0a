"""Round 67: a bare moment closing a test ("if any room is still occupied after checkout") says
when the test counts and opens no trigger, and an item "showing as faulted" (listed, marked,
reported, coming up as …) is picked by the state it is shown in."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, WAIT = "check_status", "wait"

# "… if any room is still occupied after checkout": "after" and a bare noun of a moment (no
# subject, no verb) inside an open test is when the test counts, not a trigger of its own.
MOMENT_OF_TEST = [
    (
        "Every day at 11:00, check https://pms.example-harbourviewhotel.com/api/rooms and ping"
        " #housekeeping if any room is still showing as occupied after checkout.",
        ("0 11 * * *", [H, C, S]),
    ),
    (
        "Every weekday at 18:30, fetch https://tills.example-cornershop.com/api/tills and email"
        " manager@example-cornershop.com if any till is still open after closing.",
        ("30 18 * * 1-5", [H, C, E]),
    ),
    (
        "Every night at 23:00, check https://lockers.example-gym.com/api/lockers; if any locker"
        " is still locked after closing, post in #front-desk.",
        ("0 23 * * *", [H, C, S]),
    ),
    (
        "At 14:00 every day, check https://api.example-school.com/pickups and text the office"
        " through the SMS webhook if any pupil hasn't been collected after dismissal.",
        ("0 14 * * *", [H, C, W]),
    ),
    (
        "Every day at 21:00, pull https://lanes.example-bowl.com/api/lanes and post in"
        " #front-desk if a lane is still booked after close of business.",
        ("0 21 * * *", [H, C, S]),
    ),
]

# "hit the webhook for any charger showing as faulted": the state after "as" picks the items.
STATE_SHOWN_AS = [
    (
        "Every 20 minutes between 8am and 6pm, check the charger status feed at"
        " https://chargers.example-voltwayev.com/api/status and hit the field-tech webhook for any"
        " charger showing as faulted.",
        ("*/20 8-18 * * *", [H, C, W]),
    ),
    (
        "Every 20 minutes, check the feed at https://bays.example-quaypark.com/api/status and hit"
        " the attendants' webhook for any barrier listed as offline.",
        ("*/20 * * * *", [H, C, W]),
    ),
    (
        "Every hour, pull the pallets from https://wms.example-dockside.com/api/pallets and email"
        " the yard lead at yard@example-dockside.com about every pallet reported as quarantined.",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "Every 15 minutes, poll https://sensors.example-coldchain.com/api/freezers and fire the"
        " maintenance webhook for each freezer coming up as degraded.",
        ("*/15 * * * *", [H, C, W]),
    ),
    (
        "Each morning at 7, fetch the lift statuses from https://lifts.example-skipark.com/api/lifts"
        " and post in #ops about any lift still marked as closed.",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "For any charger showing as faulted, hit the field-tech webhook.",
        (None, [C, W]),
    ),
]

# Near cases: the test with no moment, a span after "after" (a wait), and "after" opening the
# step's own moment outside any test.
UNCHANGED = [
    (
        "Every day at 11:00, check https://pms.example-harbourviewhotel.com/api/rooms and ping"
        " #housekeeping if any room is still showing as occupied.",
        ("0 11 * * *", [H, C, S]),
    ),
    (
        "Every day at 11:00, check https://pms.example-harbourviewhotel.com/api/rooms and ping"
        " #housekeeping if any room is still occupied after 2 hours.",
        ("0 11 * * *", [H, WAIT, C, S]),
    ),
    (
        "Every 20 minutes, check https://chargers.example-voltwayev.com/api/status and hit the"
        " field-tech webhook for any charger showing a fault.",
        ("*/20 * * * *", [H, C, W]),
    ),
    (
        "Every 20 minutes, check https://chargers.example-voltwayev.com/api/status and hit the"
        " field-tech webhook.",
        ("*/20 * * * *", [H, W]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOMENT_OF_TEST + STATE_SHOWN_AS + UNCHANGED)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), MOMENT_OF_TEST + STATE_SHOWN_AS)
def test_right_answers_stay_confident(text, expected):
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


def test_moment_is_no_part_of_the_test():
    result = parse(MOMENT_OF_TEST[0][0], {})
    assert result.steps[1].config == {
        "field": "$.room.status",
        "operator": "equals",
        "value": "occupied",
    }


def test_state_shown_is_the_value_tested():
    result = parse(STATE_SHOWN_AS[0][0], {})
    assert result.steps[1].config["value"] == "faulted"
