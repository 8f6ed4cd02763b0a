"""Round 74: an alarm raised is an alert sent ("raise the alarm if it falls below 35%"); a
gerund before a place where it is done names the place ("Wrenfield Riding Stables"), no state;
a place's hours told before the request ("Copperline E-Bike Hire shuts at 9pm.") are no time of
the run; and a wish told in the story that the trouble not come back ("we'd rather not repeat
that") asks for nothing."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
TOOLS = {"availableTools": [H, W]}

RESERVOIR = (
    "Last summer the main reservoir at Stanway Water Co. dropped for two days before anyone"
    " noticed, and we'd rather not repeat that. Every hour, look at the level at"
    " https://scada.example-stanwaywater.co.uk/api/reservoir and raise the alarm if it falls"
    " below 35%."
)

# "raise the alarm", "sound the alarm", "trigger an alert": an alarm raised is an alert, sent by
# whatever medium there is; read as an unknown verb, the step was lost.
ALARMS_RAISED = [
    (RESERVOIR, ("0 * * * *", [H, C, W])),
    (
        "Every 15 minutes, fetch the freezer temperature from"
        " https://cold.example-harbourfish.co.uk/api/freezer and sound the alarm if it rises"
        " above -15.",
        ("*/15 * * * *", [H, C, W]),
    ),
    (
        "Each morning at 6, check https://gauge.example-riverdee.org/api/level and ring the alarm"
        " bells if it is over 2.4.",
        ("0 6 * * *", [H, C, W]),
    ),
    (
        "If the pressure reading from https://plant.example-kelda.com/api/boiler is above 3 bar,"
        " raise an alert. Run it every 10 minutes.",
        ("*/10 * * * *", [H, C, W]),
    ),
    (
        "Every day at 8am, pull the stock levels from https://shop.example-tarn.com/api/stock and"
        " trigger an alert when any item drops below 5.",
        ("0 8 * * *", [H, C, W]),
    ),
]

# A place named by what is done there: the gerund names the kind of place, picks nothing.
PLACES_FOR = [
    (
        "Each year on the 1st of April at noon, post the summer lesson timetable for Wrenfield"
        " Riding Stables in #instructors.",
        ("0 12 1 4 *", [S]),
    ),
    (
        "Every Monday at 9am, post the week's tide table for the sailing clubs in #harbour.",
        ("0 9 * * 1", [S]),
    ),
    (
        "On the first of each month at 8am, email the cleaning rota for Ashby Swimming Pools to"
        " rota@example-ashby.gov.uk.",
        ("0 8 1 * *", [E]),
    ),
    (
        "Every Friday at 4pm, share the weekend opening plan with the climbing walls in #venues.",
        ("0 16 * * 5", [S]),
    ),
    (
        "Every Sunday at 6pm, post the court bookings for Hallam Bowling Greens in #members.",
        ("0 18 * * 0", [S]),
    ),
]

# A place's hours told first; the request names its own time.
HOURS_TOLD = [
    (
        "Copperline E-Bike Hire shuts at 9pm. Every night at 21:30, any bike that still hasn't"
        " been docked should trigger a text to its renter through the SMS webhook.",
        ("30 21 * * *", [H, C, W]),
    ),
    (
        "The café opens at 8. Each morning at 7:30, email the bakery order to"
        " bakery@example-fernleafcafe.com.",
        ("30 7 * * *", [E]),
    ),
    (
        "We open at 7am. Every weekday at 6:45, post the day's deliveries in #yard.",
        ("45 6 * * 1-5", [S]),
    ),
    (
        "Brackenfield Library closes at 6pm. Every day at 18:15, post the lost property list"
        " in #front-desk.",
        ("15 18 * * *", [S]),
    ),
    (
        "The night shift starts at 22:00. Every evening at 21:40, email the handover notes to"
        " nights@example-ward7.nhs.uk.",
        ("40 21 * * *", [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALARMS_RAISED)
def test_an_alarm_raised_is_an_alert_sent(text, expected):
    assert read(text, TOOLS) == expected
    assert confidence_of(text, TOOLS) >= 0.7


@pytest.mark.parametrize(("text", "expected"), PLACES_FOR)
def test_a_gerund_before_a_place_names_the_place(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), HOURS_TOLD)
def test_a_place_s_hours_told_first_are_no_time_of_the_run(text, expected):
    assert read(text) == expected


def test_the_hours_sentence_costs_no_unread_words():
    text = HOURS_TOLD[1][0]
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


NOT_AGAIN = [
    RESERVOIR,
    "Last winter the pipes froze for a week and we don't want that to happen again. Every night"
    " at 11pm, fetch https://x.example.com/api/temp and text the warden through the SMS webhook"
    " if it drops below 2.",
    "Two years ago our cellar flooded overnight, and we'd rather not go through that again."
    " Every 30 minutes, check https://sump.example-kell.co.uk/api/level and sound the alarm if"
    " it is above 40.",
    "Last spring the walk-in fridge failed over a bank holiday, and we never want a repeat of"
    " that. Every hour, fetch https://fridge.example-oakcafe.co.uk/api/temp and raise the alarm"
    " if it is above 5.",
    "Our generator ran dry last March and we'd rather not see that again. Every day at 7am,"
    " fetch https://gen.example-hillfarm.co.uk/api/fuel and trigger an alert if it is under 20.",
]


@pytest.mark.parametrize("text", NOT_AGAIN)
def test_a_wish_that_the_trouble_not_come_back_is_told(text):
    assert read(text, TOOLS)[1] == [H, C, W]
    assert confidence_of(text, TOOLS) >= 0.85
    assert doubts_of(text, TOOLS) == []


# Near cases that keep their reading.
UNCHANGED = [
    # A state of the place still picks some of them out.
    ("Every day at noon, post the failing schools in #x.", ("0 12 * * *", [H, C, S])),
    # The hours are the only time written: left to the schedule grammar.
    ("The shop closes at 9pm. Every night, post the takings in #shop.", ("0 21 * * *", [S])),
    # An alarm webhook set off is triggered, as before.
    (
        "Every hour, fetch https://x.example.com/api/level and fire the alarm webhook if it is"
        " below 35.",
        ("0 * * * *", [H, C, W]),
    ),
    # "raise" with no alarm stays what it was.
    ("Every Monday at 9am, post the rota in #crew.", ("0 9 * * 1", [S])),
    # A request with two times keeps both.
    ("Every day at 9am and 5pm, post the queue in #desk.", ("0 9,17 * * *", [S])),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
