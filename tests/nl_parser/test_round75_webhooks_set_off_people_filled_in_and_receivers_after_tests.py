"""Round 75: a webhook set off is triggered ("set off the cellar alarm webhook", "set the siren
webhook off"); people filled in are told ("fill the packing team in"); after a test with no
comma, a delivery told from the side of who receives it starts its step ("if any fridge is above
8°C the on-call nurse is paged through the pager webhook"); and an interval said to run around
the clock has no window of hours ("every 30 minutes, around the clock")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
MAILS = {"availableTools": [H, E]}

# "set off the X webhook": read as "set", a transform of fields, the step was lost.
WEBHOOKS_SET_OFF = [
    (
        "At 11pm every night, read the fermentation tank temperatures from"
        " https://tanks.hopstonebrewing.example/api/temps and set off the cellar alarm webhook if"
        " any tank is above 22°C.",
        ("0 23 * * *", [H, C, W]),
    ),
    (
        "Every 15 minutes, check the boiler pressure at https://plant.example-kelda.com/api/boiler"
        " and set off the siren webhook if it is above 3 bar.",
        ("*/15 * * * *", [H, C, W]),
    ),
    (
        "Each morning at 6, fetch the river level from https://gauge.example-riverdee.org/api/level"
        " and, if it is over 2.4, set the flood warning webhook off.",
        ("0 6 * * *", [H, C, W]),
    ),
    (
        "If the queue at https://q.example-parcelhub.com/api/depth is longer than 500, set off"
        " the paging webhook. Run it every 5 minutes.",
        ("*/5 * * * *", [H, C, W]),
    ),
    (
        "Every hour, pull the CO2 readings from https://air.example-brightschool.org/api/co2 and"
        " set our ventilation boost webhook off if any classroom is above 1500 ppm.",
        ("0 * * * *", [H, C, W]),
    ),
]

# "fill X in": read as an unknown verb, the delivery was lost.
PEOPLE_FILLED_IN = [
    (
        "Every weekday at 4pm, grab the unshipped orders from"
        " https://orders.tealeafemporium.example/api/unshipped and fill the packing team in.",
        ("0 16 * * 1-5", [H, E]),
    ),
    (
        "Every Monday at 8am, pull the rota from https://rota.example-greenway.org/api/week and"
        " fill in the shift leads.",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "Every Friday at 5pm, fetch the week's refunds from https://shop.example-oakmoor.com/api"
        "/refunds and fill the finance crew in on them.",
        ("0 17 * * 5", [H, E]),
    ),
    (
        "Each day at 7am, fill the kitchen staff in on today's bookings from"
        " https://tables.example-harbourbistro.co.uk/api/today.",
        ("0 7 * * *", [H, E]),
    ),
    (
        "Every Sunday at 6pm, get the match fixtures from https://league.example-fenwick.org/api"
        "/fixtures and fill in our volunteer coaches.",
        ("0 18 * * 0", [H, E]),
    ),
]

# After a test with no comma, a receiver then what they get or how they are told.
RECEIVERS_AFTER_A_TEST = [
    (
        "Every 30 minutes, check the readings at https://coldchain.example-vets.co.uk/api/fridges,"
        " and if any fridge is above 8°C the on-call nurse is paged through the pager webhook.",
        ("*/30 * * * *", [H, C, W]),
    ),
    (
        "Every day at 7am, check the stock at https://stock.example-pennybakery.com/api/flour and"
        " if anything is below 10 the buyer gets an email at buyer@example-pennybakery.com.",
        ("0 7 * * *", [H, C, E]),
    ),
    (
        "Every hour, fetch the queue from https://help.example-tarnlibrary.org/api/queue and if"
        " it is longer than 50 the duty manager is notified via the alert webhook.",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "Every 10 minutes, read https://sensors.example-millhouse.com/api/rooms and if any room"
        " is above 30 the caretaker is paged through the facilities webhook and #facilities gets"
        " a post.",
        ("*/10 * * * *", [H, C, W, S]),
    ),
    (
        "If the backlog at https://jobs.example-printworks.com/api/backlog is over 200 our team"
        " lead gets an email at lead@example-printworks.com. Check it every 30 minutes.",
        ("*/30 * * * *", [H, C, E]),
    ),
]

# The request of the miss, its story left out.
FRIDGES = (
    "Could we set it up so that every 30 minutes, around the clock, the readings at"
    " https://coldchain.copperbeckvets.example/api/fridges get checked, and if any fridge is above"
    " 8°C the on-call nurse is paged through the pager webhook and the practice manager gets an"
    " email at pm@copperbeckvets.example? Many thanks in advance."
)

# An interval said to run all day and night: the words add no window.
AROUND_THE_CLOCK = [
    (FRIDGES, ("*/30 * * * *", [H, C, W, E])),
    (
        "Every 30 minutes, around the clock, check https://x.example-coldstore.com/api/temps and"
        " email ops@example-coldstore.com if any is above 8.",
        ("*/30 * * * *", [H, C, E]),
    ),
    (
        "Hourly, round the clock, fetch https://x.example-parcelhub.com/api/queue and post it in"
        " #ops.",
        ("0 * * * *", [H, S]),
    ),
    (
        "Every 15 minutes, 24/7, poll https://x.example-gridwatch.org/api/load and post it in"
        " #grid.",
        ("*/15 * * * *", [H, S]),
    ),
    (
        "Every 10 minutes day and night, fetch https://x.example-riverwatch.org/api/level and"
        " post it in #river.",
        ("*/10 * * * *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEBHOOKS_SET_OFF)
def test_a_webhook_set_off_is_triggered(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), PEOPLE_FILLED_IN)
def test_people_filled_in_are_told(text, expected):
    assert read(text, MAILS) == expected
    assert confidence_of(text, MAILS) >= 0.7
    assert doubts_of(text, MAILS) == []


@pytest.mark.parametrize(("text", "expected"), RECEIVERS_AFTER_A_TEST)
def test_a_receiver_after_a_test_with_no_comma_starts_its_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), AROUND_THE_CLOCK)
def test_an_interval_around_the_clock_has_no_window(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not any("around" in d or "clock" in d or "night" in d for d in doubts_of(text))


# Near cases that keep their reading.
UNCHANGED = [
    # "set" with no "off" stays a transform of fields.
    ("Every day at 9am, set the status field to done.", ("0 9 * * *", ["set"])),
    # A webhook fired off was triggered already.
    (
        "Every hour, fetch https://x.example.com/api/level and fire off the alarm webhook if it is"
        " below 35.",
        ("0 * * * *", [H, C, W]),
    ),
    # A test with its comma kept reads as before.
    (
        "Every 30 minutes, check https://x.example.com/api/fridges, and if any fridge is above 8,"
        " the on-call nurse is paged through the pager webhook.",
        ("*/30 * * * *", [H, C, W]),
    ),
    # The construction without the test: a receiver told, as before.
    (
        "Every day at 7am, fetch https://x.example.com/api/stock and the buyer gets an email at"
        " buyer@x.example.com.",
        ("0 7 * * *", [H, E]),
    ),
    # "night" with a clock time stays the time of day.
    ("Every night at 11pm, post the takings in #shop.", ("0 23 * * *", [S])),
    # An hour window on an interval is kept.
    (
        "Every 30 minutes between 8am and 6pm, fetch https://x.example.com/api/q and post it in"
        " #ops.",
        ("*/30 8-18 * * *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


# A form or sheet filled in is no one told.
@pytest.mark.parametrize(
    "text",
    [
        "Every day at 9am, pull https://x.example.com/api/forms and fill in the timesheet.",
        "Every day at 9am, pull https://x.example.com/api/forms and fill the form in.",
    ],
)
def test_a_thing_filled_in_is_no_one_told(text):
    assert E not in read(text, MAILS)[1]
