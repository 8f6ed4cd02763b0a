"""Round 45: a spelled number hyphened to a noun names a kind ("buys a ten-visit pass"), a state
entered ("goes into a fault state"), a state recorded with "as" ("is logged as refused"), fields
parted by " // ", a count of none ("any station with zero bikes") and a webhook fired."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W, H, C = "email.send", "slack.post_message", "webhook.post", "http.request", "check_status"


# "buys a ten-visit pass", "books the six-week course": a spelled number hyphened to a noun after
# an article names which kind of thing the event is about, not a count to test.
@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "Whenever a climber buys a ten-visit pass at the bouldering gym, email them the"
            " belay-safety waiver.",
            {"availableTools": ["email.send", "slack.post_message"]},
            (None, [E]),
        ),
        (
            "When someone books the six-week puppy training course, email them the kit list,"
            " then seven days later email them the first homework sheet.",
            {},
            (None, [E, "wait", E]),
        ),
        (
            "When a guest books a three-night stay, email them the check-in guide.",
            {},
            (None, [E]),
        ),
        (
            "Whenever a student enrols in the eight-week pottery course, send them the"
            " materials list by email.",
            {},
            (None, [E]),
        ),
        (
            "When a member buys a twelve-month plan, post a thank-you in #members.",
            {},
            (None, [S]),
        ),
        (
            "When a customer orders the two-person tasting menu, ping #kitchen.",
            {},
            (None, [S]),
        ),
    ],
)
def test_a_spelled_number_hyphened_to_a_noun_names_a_kind(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


# The same words without the hyphen, or a rating, still say which events count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When a guest leaves a five-star review, post it in #wins.",
            (None, [C, S]),
        ),
        (
            "When an invoice is paid late, email billing@example.com.",
            (None, [C, E]),
        ),
    ],
)
def test_a_count_or_grade_on_the_event_still_tests(text, expected):
    assert read(text) == expected


# "goes into a fault state", "enters maintenance mode": a state or mode the item enters is a
# test of its status, as "goes down" is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When an EV charger at one of our car parks goes into a fault state, fire the"
            " maintenance-dispatch webhook.",
            (None, [C, W]),
        ),
        (
            "When a lift enters maintenance mode, post in #facilities.",
            (None, [C, S]),
        ),
        (
            "Whenever a printer drops into an error state, email it@example.com.",
            (None, [C, E]),
        ),
        (
            "If the boiler goes into lockout mode, trigger the heating-engineer webhook.",
            (None, [C, W]),
        ),
        (
            "When a freezer slips into alarm state, text the night manager via the sms webhook.",
            (None, [C, W]),
        ),
        (
            "When a ventilator is in a fault state, email biomed@example-hospital.org.",
            (None, [C, E]),
        ),
    ],
)
def test_a_state_entered_is_a_test(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


# Entering a place, not a state, is the event alone.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When a visitor enters the building, post in #front-desk.", (None, [S])),
        ("When a parcel goes into the locker, email the customer.", (None, [E])),
    ],
)
def test_entering_a_place_is_no_test(text, expected):
    assert read(text) == expected


# "is logged as refused", "is scanned as damaged": the state a record gives the item is a test.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Background: our keepers log every feed in an app and the vets want to hear fast when"
            " an animal refuses food. whenever a feed is logged as refused, extract the animal's"
            " name and enclosure and ping #vet-team with them.",
            (None, [C, "extract", S]),
        ),
        ("When a parcel is scanned as damaged, email claims@example.com.", (None, [C, E])),
        ("Whenever a shift is recorded as missed, ping #rota.", (None, [C, S])),
        ("When a bike is reported as stolen, post to the police-liaison webhook.", (None, [C, W])),
        ("If a return is logged as faulty, email qa@example.com.", (None, [C, E])),
    ],
)
def test_a_state_recorded_with_as_is_a_test(text, expected):
    assert read(text) == expected


def test_a_recorded_state_costs_no_doubt():
    text = "When a parcel is scanned as damaged, email claims@example.com."
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


# The record alone, or "logged in", is the event.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Whenever a feed is logged, ping #vet-team.", (None, [S])),
        ("When a bug is reported, email dev@example.com.", (None, [E])),
        ("When a user is logged in from the kiosk, post in #security.", (None, [S])),
    ],
)
def test_a_record_without_a_state_is_the_event(text, expected):
    assert read(text) == expected


# "a // b // c": a double slash between fields parts them as an arrow does; "any X with zero Y"
# counts none; "fire the X webhook" triggers it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "bike share rebalancing // poll https://docks.example-pedalcity.org/api/stations every"
            " 15 min between 6am and 11pm // any station with zero bikes => SMS webhook to the"
            " van crew",
            ("*/15 6-23 * * *", [H, C, W]),
        ),
        (
            "laundromat // every 20 min between 7am and 11pm // hit"
            " https://wash.example-suds.com/api/machines // any machine showing an error code →"
            " fire the repair-tech webhook",
            ("*/20 7-23 * * *", [H, C, W]),
        ),
        (
            "every 10 min // fetch https://tanks.example-fish.org/api/tanks // any tank showing"
            " an alarm → post to #fish-room",
            ("*/10 * * * *", [H, C, S]),
        ),
        (
            "hourly // GET https://bins.example-city.gov/api/bins // any bin with zero capacity"
            " left → email crews@example-city.gov",
            ("0 * * * *", [H, C, E]),
        ),
        (
            "every day at 7am // pull https://api.example-gym.com/classes/today // email the"
            " list to coaches@example-gym.com",
            ("0 7 * * *", [H, E]),
        ),
        (
            "every 30 min // check https://kiosks.example-rail.com/api/kiosks // any kiosk with"
            " 0 tickets → fire the restock webhook",
            ("*/30 * * * *", [H, C, W]),
        ),
    ],
)
def test_double_slashes_part_fields(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "every 10 min // fetch https://tanks.example-fish.org/api/tanks // any tank showing an"
        " alarm → post to #fish-room",
        "every 30 min // check https://kiosks.example-rail.com/api/kiosks // any kiosk with 0"
        " tickets → fire the restock webhook",
    ],
)
def test_double_slashed_fields_read_with_confidence(text):
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


# A URL's own slashes part nothing.
def test_a_urls_slashes_part_nothing():
    text = "every day at 7am fetch https://api.example.com//v1/report and email it to a@example.com"
    assert read(text) == ("0 7 * * *", [H, E])


# "fire the X webhook", "fire off the pager webhook": a webhook fired is triggered.
@pytest.mark.parametrize(
    "text",
    [
        "When a deploy fails, fire the rollback webhook.",
        "When a new order comes in, fire off the fulfilment webhook.",
        "If the tank level is below 20%, fire our refill webhook.",
        "Whenever a door alarm trips, fire the security-desk webhook.",
    ],
)
def test_a_webhook_fired_is_triggered(text):
    assert W in read(text)[1]
    assert not any("'fire'" in doubt for doubt in doubts_of(text))


# "any station with zero bikes", "any kiosk with 0 tickets": a count of none is tested as such.
@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "every 30 min // check https://k.example.com/api/kiosks // any kiosk with 0 tickets"
            " → post to #ops",
            "$.tickets",
        ),
        (
            "every hour, fetch https://d.example.com/api/docks → any dock with zero bikes → email"
            " vans@example.com",
            "$.bikes",
        ),
    ],
)
def test_a_count_of_none_is_tested(text, field):
    tests = [s.config for s in parse(text, {}).steps if s.action == C]
    assert tests == [{"field": field, "operator": "equals", "value": 0}]
