"""Round 88: an hour with its period opening the instruction ("Nine at night, every night: …") is
the run's time; minutes past an hour left unsaid in an hourly run ("every hour at half past") are
the minute of each hour; "Weds" is Wednesday as "Tues" is Tuesday; and a day word's possessive
typed without its apostrophe ("text tomorrows clients …") names the data, as "tomorrow's" does;
and a gerund before the people a service is for ("the grooming clients") names the service, no
state that picks some of them."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, S, W, X, R = (
    "http.request",
    "check_status",
    "email.send",
    "slack.post_message",
    "webhook.post",
    "extract",
    "generate_report",
)
KITCHEN = {"availableTools": [H, E]}
FLORIST = {"availableTools": [H, X, R, E, S]}

# "<hour> at night / in the morning, <days>: …": the hour and its period open the instruction.
HOUR_OPENING_WITH_ITS_PERIOD = [
    (
        "Nine at night, every night: should either kiln at Clayfoot Pottery still be reading above"
        " 200\u00b0C, send a text to the studio manager via the SMS webhook.",
        {},
        ("0 21 * * *", [H, C, W]),
    ),
    (
        "Seven in the morning, every weekday: email the opening checklist to the duty pharmacist.",
        {},
        ("0 7 * * 1-5", [E]),
    ),
    (
        "Six in the evening, every Friday: post a reminder in #front-desk to lock the safe.",
        {},
        ("0 18 * * 5", [S]),
    ),
    (
        "10 at night every day, send the day's orders to the warehouse webhook.",
        {},
        ("0 22 * * *", [W]),
    ),
    (
        "Eleven at night, each night: should the freezer at Brook Lane Deli be reading above"
        " -15\u00b0C, text the owner via the SMS webhook.",
        {},
        ("0 23 * * *", [H, C, W]),
    ),
    (
        "Five in the afternoon on weekdays, post the parcel count in #dispatch.",
        {},
        ("0 17 * * 1-5", [S]),
    ),
]

# "every hour at half past", "hourly at quarter past": the hour is each hour, left unsaid.
MINUTES_PAST_EACH_HOUR = [
    (
        "Every hour at half past, if the walk-in cold room at Ember Pizza Co. is reading above"
        " 5\u00b0C, email the kitchen manager.",
        KITCHEN,
        ("30 * * * *", [H, C, E]),
    ),
    (
        "Every hour at twenty past, post the queue length in #support.",
        {},
        ("20 * * * *", [S]),
    ),
    (
        "Hourly at quarter past, check https://status.example/api and post it in #ops.",
        {},
        ("15 * * * *", [H, S]),
    ),
    (
        "Every two hours at 10 past, email the shift lead the ticket count.",
        {},
        ("10 */2 * * *", [E]),
    ),
    (
        "Each hour, at half past: if the server room at Pike & Co is above 27\u00b0C, post in"
        " #facilities.",
        {},
        ("30 * * * *", [H, C, S]),
    ),
]

# "Weds 16:30", "every Weds", "Mon, Weds and Fri": Wednesday's short name with its "s".
WEDS = [
    (
        "Foxglove Florists | Weds 16:30 | source: https://orders.foxgloveflorists.example/api/"
        "weddings (this weekend's weddings) | pull out stems + quantities, compile a report for"
        " the wholesaler | deliver: buying@foxgloveflorists.example, then a ping in #workroom",
        FLORIST,
        ("30 16 * * 3", [H, X, R, E, S]),
    ),
    ("Weds 9am: email the rota to staff@example.com.", {}, ("0 9 * * 3", [E])),
    ("every Weds at 4pm, email the rota to staff@example.com.", {}, ("0 16 * * 3", [E])),
    (
        "Mon, Weds and Fri at 7:30am, post the gym timetable in #members.",
        {},
        ("30 7 * * 1,3,5", [S]),
    ),
    ("on weds at 6pm, post the quiz questions in #pub.", {}, ("0 18 * * 3", [S])),
]

# "text tomorrows clients …": a day word's possessive typed without its apostrophe.
UNMARKED_DAY_POSSESSIVES = [
    (
        "text tomorrows fluff & buff grooming clients their reminder thru the sms webhook every"
        " day at 4pm \u2014 no wait, 3:30pm is better. list is at"
        " https://diary.fluffandbuff.example/api/tomorrow",
        {},
        ("30 15 * * *", [H, W]),
    ),
    (
        "text tomorrows grooming clients their reminder thru the sms webhook every day at 3:30pm."
        " list is at https://diary.fluffandbuff.example/api/tomorrow",
        {},
        ("30 15 * * *", [H, W]),
    ),
    (
        "text tomorrows dog walking customers their pickup window via the sms webhook every"
        " evening at 6pm. list is at https://walks.example/api/tomorrow",
        {},
        ("0 18 * * *", [H, W]),
    ),
    (
        "post tonights table bookings in #kitchen every day at 4pm. list is at"
        " https://book.example/api/tonight",
        {},
        ("0 16 * * *", [H, S]),
    ),
    (
        "email todays class attendees their room number every day at 7am. list is at"
        " https://gym.example/api/today",
        {},
        ("0 7 * * *", [H, E]),
    ),
    (
        "email yesterdays no-show patients a rebooking link every morning at 9am, list is at"
        " https://clinic.example/api/noshows",
        {},
        ("0 9 * * *", [H, E]),
    ),
]

# "the grooming clients", "the tutoring students": the service the people are clients of.
SERVICE_BEFORE_ITS_CLIENTS = [
    (
        "text tomorrow's pet grooming clients their reminder via the sms webhook every day at"
        " 3:30pm. list is at https://diary.example/api/tomorrow",
        {},
        ("30 15 * * *", [H, W]),
    ),
    (
        "email the tutoring students their timetable every Sunday at 6pm; the list is at"
        " https://tutor.example/api/students",
        {},
        ("0 18 * * 0", [H, E]),
    ),
    (
        "Every Monday at 8am, pull the cleaning customers from https://crm.sparkle.example/api/week"
        " and email them their visit times.",
        {},
        ("0 8 * * 1", [H, E]),
    ),
    (
        "post this week's catering clients in #kitchen every Monday at 7am. list is at"
        " https://cater.example/api/clients",
        {},
        ("0 7 * * 1", [H, S]),
    ),
]

NEAR_CASES = [
    (
        "email the returning customers a discount code every Friday at 10am. list is at"
        " https://shop.example/api/customers",
        ("0 10 * * 5", [H, C, E]),
    ),
    (
        "email the waiting patients an apology every day at 11am. list is at"
        " https://clinic.example/api/queue",
        ("0 11 * * *", [H, C, E]),
    ),
    (
        "Every night at nine, send a text to the studio manager via the SMS webhook.",
        ("0 21 * * *", [W]),
    ),
    ("Every morning, post the top five in #news.", ("0 9 * * *", [S])),
    ("Post the top five in the morning digest to #news.", ("0 9 * * *", [S])),
    ("Every hour, post the queue length in #support.", ("0 * * * *", [S])),
    ("Every hour at half past 9, post in #ops.", ("30 * * * *", [S])),
    ("Every hour on the half hour, email the kitchen manager.", ("30 * * * *", [E])),
    ("Hourly at 20 past the hour, email the kitchen manager.", ("20 * * * *", [E])),
    ("Thurs 08:15 | post the stock levels in #bar", ("15 8 * * 4", [S])),
    ("Tues 5pm: post the week's deliveries in #yard.", ("0 17 * * 2", [S])),
    (
        "Email the forecast to tomorrow's crew every day at 5pm; it's at"
        " https://weather.example/api/tomorrow",
        ("0 17 * * *", [H, E]),
    ),
]

ALL = (
    HOUR_OPENING_WITH_ITS_PERIOD
    + MINUTES_PAST_EACH_HOUR
    + WEDS
    + UNMARKED_DAY_POSSESSIVES
    + SERVICE_BEFORE_ITS_CLIENTS
)
# The florist's miss keeps a doubt of its own ("source:" is read as a step's label, guessed).
CONFIDENT = [case for case in ALL if not case[0].startswith("Foxglove")]


@pytest.mark.parametrize(("text", "context", "expected"), ALL)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), ALL)
def test_no_words_left_unread(text, context, expected):
    assert not [d for d in doubts_of(text, context) if "not understood" in d]


@pytest.mark.parametrize(("text", "context", "expected"), CONFIDENT)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "expected"), NEAR_CASES)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected
