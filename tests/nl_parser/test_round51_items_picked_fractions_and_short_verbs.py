"""Constructions found by round 51: one item after "any" picks its kind, a fraction is a value,
a question after a dash is a test, and "txt"/"msg" are messaging verbs texted short."""

import pytest

from nl_parser import parse
from nl_parser.surface import plain_surface

E, S, C, H, W = "email.send", "slack.post_message", "check_status", "http.request", "webhook.post"


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Hourly, fetch charger status from https://chargers.example-voltwaycharging.co.uk/api/"
            "points and send any faulted charger to the field-service webhook.",
            "0 * * * *",
            [H, C, W],
        ),
        (
            "Every morning at 6, pull flight data from https://ops.example.com/api/flights and "
            "email any delayed flight to ops@example.com.",
            "0 6 * * *",
            [H, C, E],
        ),
        (
            "Every 15 minutes, check https://ci.example.com/api/builds and post any broken build "
            "in #ci.",
            "*/15 * * * *",
            [H, C, S],
        ),
        (
            "Daily at noon, get the orders from https://shop.example.com/api/orders and forward "
            "any stalled order to the fulfilment webhook.",
            "0 12 * * *",
            [H, C, W],
        ),
        (
            "Hourly, grab the certificates from https://pki.example.com/api/certs and send any "
            "revoked certificate to security@example.com.",
            "0 * * * *",
            [H, C, E],
        ),
    ],
)
def test_one_item_after_any_with_a_state_picks_its_kind(text, cron, actions):
    result = parse(text)
    assert (result.schedule.cron_expression, result.actions) == (cron, actions)
    assert result.confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Every day at 7am and 7pm, read the water-trough sensors at https://sensors.example-"
            "oakridgelivery.co.uk/api/troughs and let the yard manager know about any trough less "
            "than a quarter full.",
            "0 7,19 * * *",
            [H, C, E],
        ),
        (
            "Every day at 6am, read the tank levels from https://tanks.example.com/api/levels and "
            "email ops@example.com about any tank under half full.",
            "0 6 * * *",
            [H, C, E],
        ),
        (
            "Every hour, check the silos at https://farm.example.com/api/silos and post any silo "
            "below a third full in #feed.",
            "0 * * * *",
            [H, C, S],
        ),
        (
            "Every night at 10, fetch the car parks from https://parking.example.com/api/lots and "
            "alert #parking about any lot more than half full.",
            "0 22 * * *",
            [H, C, S],
        ),
        (
            "Every 30 minutes, get battery levels from https://fleet.example.com/api/scooters and "
            "send any scooter less than a quarter charged to the ops webhook.",
            "*/30 * * * *",
            [H, C, W],
        ),
    ],
)
def test_a_fraction_of_full_is_a_value_compared(text, cron, actions):
    result = parse(text, {"availableTools": [H, E, S, W, C]})
    assert (result.schedule.cron_expression, result.actions) == (cron, actions)
    assert result.confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "every 5 min poll https://scada.example-millbrookwater.gov/api/reservoirs — any "
            "reservoir under 30%? sms webhook for the duty engineer + post in #control-room",
            "*/5 * * * *",
            [H, C, W, S],
        ),
        (
            "every 10 min check https://plant.example.com/api/pumps — any pump over 5 bar? page "
            "the ops webhook",
            "*/10 * * * *",
            [H, C, W],
        ),
        (
            "hourly fetch https://mq.example.com/api/queues - any queue above 500? post in #ops",
            "0 * * * *",
            [H, C, S],
        ),
        (
            "every morning at 8 pull https://shop.example.com/api/stock — any item below 10? "
            "email buyer@example.com",
            "0 8 * * *",
            [H, C, E],
        ),
        (
            "every 15 min get https://noc.example.com/api/servers — any server down? ping #oncall",
            "*/15 * * * *",
            [H, C, S],
        ),
    ],
)
def test_a_question_after_a_dash_is_a_test(text, cron, actions):
    result = parse(text)
    assert (result.schedule.cron_expression, result.actions) == (cron, actions)
    assert result.confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("if the humidty in cheese cave 2 drops under 85% txt me thru the sms webhook pls", [C, W]),
        ("if the freezer temp goes above -15 txt me through the sms webhook", [C, W]),
        ("when a delivery fails msg the team in #logistics", [C, S]),
        (
            "if the pump pressure falls below 2 bar txt the on-call engineer via the sms webhook",
            [C, W],
        ),
        ("If the boiler pressure drops below 1 bar, txt me through the sms webhook.", [C, W]),
    ],
)
def test_txt_and_msg_are_messaging_verbs(text, actions):
    result = parse(text, {"availableTools": [W, S]})
    assert (result.schedule, result.actions) == (None, actions)
    assert result.confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        # No state or comparison on the items: every one is delivered.
        (
            "Hourly, fetch charger status from https://chargers.example.com/api/points and send "
            "it to the field-service webhook.",
            "0 * * * *",
            [H, W],
        ),
        (
            "Every day at 7am, read the trough sensors at https://sensors.example.com/api/troughs "
            "and email the yard manager at yard@example.com.",
            "0 7 * * *",
            [H, E],
        ),
        (
            "every 5 min poll https://scada.example.com/api/reservoirs and post in #control-room",
            "*/5 * * * *",
            [H, S],
        ),
    ],
)
def test_without_a_picking_word_nothing_is_tested(text, cron, actions):
    result = parse(text)
    assert (result.schedule.cron_expression, result.actions) == (cron, actions)


@pytest.mark.parametrize(
    "text",
    ["save the export as a txt file", "attach notes.txt to the email", "a msg queue backlog"],
)
def test_txt_as_a_file_or_noun_stays(text):
    assert plain_surface(text) == text


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "If an airport shuttle run gets cancelled, text the booked passengers through the SMS "
            "webhook and post it in #dispatch.",
            [C, W, S],
        ),
        ("If a parcel gets damaged, email claims@example.com.", [C, E]),
        ("If a match is postponed, text the players via the SMS webhook.", [C, W]),
        ("If any flight was delayed, post it in #ops.", [C, S]),
        ("If a loan application gets rejected, email the applicant.", [C, E]),
    ],
)
def test_if_before_what_befalls_an_item_is_a_test(text, actions):
    result = parse(text)
    assert (result.schedule, result.actions) == (None, actions)
    assert result.confidence >= 0.7


@pytest.mark.parametrize(
    "text",
    [
        # "when" names the event; an arrival after "if" is one too.
        "When a shuttle run is cancelled, post it in #dispatch.",
        "If a new order is placed, post it in #dispatch.",
    ],
)
def test_when_or_an_arrival_stays_the_event(text):
    assert parse(text).actions == [S]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When ticket sales close for a show at the Lantern Theatre: if more than 90% of seats "
            "sold, post a celebration in #box-office; otherwise, email the producer at "
            "producer@example-lanterntheatre.org.",
            [C, S, C, E],
        ),
        (
            "When registration closes for a race at Eastfield Park: if more than 500 runners "
            "signed up, post in #events; otherwise, email the organiser at org@example.com.",
            [C, S, C, E],
        ),
        (
            "When voting ends for a poll in the members forum: if more than 60% said yes, post "
            "the result in #board; otherwise, email the chair at chair@example.com.",
            [C, S, C, E],
        ),
        (
            "When bidding closes for a lot at the auction house: if the top bid is over $5000, "
            "post it in #sales; otherwise, email the seller at seller@example.com.",
            [C, S, C, E],
        ),
        (
            "When check-in closes for a flight at the Gatwick desk: if more than 10 seats are "
            "empty, post in #standby; otherwise, email ops@example.com.",
            [C, S, C, E],
        ),
    ],
)
def test_a_noun_after_an_article_is_no_state_verb_of_the_event(text, actions):
    result = parse(text, {"availableTools": [S, E]})
    assert (result.schedule, result.actions) == (None, actions)
    assert result.confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("If the report shows errors, post it in #ops.", [C, S]),
        ("When a show is booked at the theatre, post in #box-office.", [S]),
    ],
)
def test_a_verb_after_its_subject_still_states(text, actions):
    assert parse(text).actions == actions
