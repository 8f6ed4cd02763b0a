"""Round 59: a correction that names two things ("make that #docents, and 7:30pm"), a place
corrected from a medium ("to the ride-log webhook — no wait, to https://… instead"), an item named
with the app it happens in ("for every scooter unlock in the Zipline Scooters app") and data named
with the system it comes out of ("new web leads out of Salesforce → …")."""

import pytest

from tests.nl_parser.reading import confidence_of, read

C, E, S, W, Q = (
    "check_status",
    "email.send",
    "slack.post_message",
    "webhook.post",
    "salesforce.query",
)

TWO_THINGS_CORRECTED = [
    (
        "Post the 'sign the visitor book' reminder in #front-of-house at Tollerton Observatory"
        " every Friday at 7pm — sorry, make that #docents, and 7:30pm.",
        ("30 19 * * 5", [S]),
    ),
    (
        "Post the cleaning rota in #kitchen every Monday at 9am — sorry, make that #galley and"
        " 9:15am.",
        ("15 9 * * 1", [S]),
    ),
    (
        "Email the stock count to stores@example.com every Wednesday at 4pm — no, make that"
        " depot@example.com, and 5pm.",
        ("0 17 * * 3", [E]),
    ),
    (
        "Every Thursday at 10am, post the volunteer roster in #helpers — actually, make that"
        " #stewards, and 11am.",
        ("0 11 * * 4", [S]),
    ),
    (
        "Send the tide table to #harbour every Sunday at 6am, sorry, make that 6:30am and"
        " #moorings.",
        ("30 6 * * 0", [S]),
    ),
]

PLACE_FOR_A_MEDIUM = [
    (
        "For every scooter unlock in the Zipline Scooters app, send the rider ID and start"
        " location to the ride-log webhook — no wait, to"
        " https://hooks.example-ziplinescooters.com/rides instead.",
        (None, [W]),
    ),
    (
        "Every morning at 8 email the sales report to the finance team — no wait, to"
        " finance@example.com instead.",
        ("0 8 * * *", [E]),
    ),
    (
        "Every Friday at 5pm send the timesheets to the payroll webhook — sorry, to"
        " https://hooks.example-payroll.com/timesheets.",
        ("0 17 * * 5", [W]),
    ),
    (
        "Every evening at 6 post the day's takings to the shop channel — no wait, to #tills"
        " instead.",
        ("0 18 * * *", [S]),
    ),
    (
        "At 7am every weekday send the weather summary to the crew webhook — actually, to"
        " https://hooks.example-crew.com/weather instead.",
        ("0 7 * * 1-5", [W]),
    ),
]

ITEM_IN_AN_APP = [
    (
        "For every ticket purchase in the Harbour Cinema app, send the buyer's name and seat"
        " number to https://hooks.example-harbourcinema.com/sales.",
        (None, [W]),
    ),
    (
        "For each table booking in the Olive Grove booking system, post the party size and time"
        " in #front-of-house.",
        (None, [S]),
    ),
    (
        "For every class signup in our gym app, email the member's name to"
        " coaches@example-gym.com.",
        (None, [E]),
    ),
    (
        "For each bike rental in the Pedal Town portal, send the rider's phone number to the"
        " rentals webhook.",
        (None, [W]),
    ),
]

OUT_OF_A_SOURCE = [
    (
        "On the hour, every hour: new Ravensworth Kitchens web leads out of Salesforce →"
        " showroom-booking webhook.",
        ("0 * * * *", [Q, W]),
    ),
    (
        "Every morning at 7: new Hillside Dental patient enquiries out of Salesforce →"
        " #front-desk.",
        ("0 7 * * *", [Q, S]),
    ),
    (
        "Every 30 minutes: open Brightwater Marine service cases from Salesforce →"
        " the service-desk webhook.",
        ("*/30 * * * *", [Q, W]),
    ),
    (
        "Each weekday at 9am, the new web leads out of Salesforce → sales@example.com.",
        ("0 9 * * 1-5", [Q, E]),
    ),
    (
        "Hourly: new trade-show leads out of Salesforce -> the follow-up webhook.",
        ("0 * * * *", [Q, W]),
    ),
]

# Near cases that must not change.
UNCHANGED = [
    (
        "Post the reminder in #front-of-house every Friday at 7pm — sorry, make that #docents.",
        ("0 19 * * 5", [S]),
    ),
    (
        "Post the reminder in #front-of-house every Friday at 7pm — sorry, make that 7:30pm.",
        ("30 19 * * 5", [S]),
    ),
    (
        "Every Friday at 5pm send the timesheets to the payroll webhook.",
        ("0 17 * * 5", [W]),
    ),
    (
        "For every failed payment in the billing app, email the customer at billing@example.com.",
        (None, [C, E]),
    ),
    (
        "Every 10 minutes, check https://lifts.example.org/api/elevators and email"
        " repairs@example.org about any lift that is out of service.",
        ("*/10 * * * *", ["http.request", C, E]),
    ),
    (
        "Every hour: new leads from Salesforce → showroom-booking webhook.",
        ("0 * * * *", [Q, W]),
    ),
]

CASES = TWO_THINGS_CORRECTED + PLACE_FOR_A_MEDIUM + ITEM_IN_AN_APP + OUT_OF_A_SOURCE + UNCHANGED


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [t for t, _ in CASES])
def test_right_answers_are_confident(text):
    assert confidence_of(text) >= 0.7
