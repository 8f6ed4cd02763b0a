"""Round 61: a period after a list of days ("every Tuesday and Thursday evening") is each day's,
"ping the baristas to …" pings people (a message), a named body joined by "&" ("#florists at
Petal & Stem that …") is whose the place is, and "any dock with zero bikes" on the object of a
delivery picks the items with none."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"
SLACK_ONLY = {"availableTools": [S]}

# "every Tuesday and Thursday evening": the period after the last day of a list says which half
# of the day the hour is in on every day of it.
PERIOD_AFTER_DAYS = [
    (
        "At quarter to eight evey Tuesday and Thursday evening, remind the Brookvale Community"
        " Orchestra players in #strings to bring their own music stands.",
        ("45 19 * * 2,4", [S]),
    ),
    (
        "At 7:45 every Monday and Wednesday evening, remind #choir to warm up.",
        ("45 19 * * 1,3", [S]),
    ),
    (
        "Every Mon/Wed evening at half six, post the rota to #bar.",
        ("30 18 * * 1,3", [S]),
    ),
    (
        "On Tuesdays and Fridays afternoon at 3, email the stock count to ops@example-kiln.com.",
        ("0 15 * * 2,5", [E]),
    ),
    (
        "Every Monday, Wednesday and Friday night at 11, post the backlog to #ops.",
        ("0 23 * * 1,3,5", [S]),
    ),
    (
        "Send the lesson plan to #tutors at 8 every Saturday and Sunday morning.",
        ("0 8 * * 0,6", [S]),
    ),
]

# "ping the baristas to deep clean the grinders": who is pinged, named by a noun of people, is
# told something; only a machine or an address is requested.
PINGED_PEOPLE = [
    (
        "every fri at 4pm ping the baristas to deep clean the grinders \u2014 bean & bothy cafe",
        ("0 16 * * 5", [S]),
    ),
    (
        "Every morning at 7 ping the cleaners to restock the hand soap.",
        ("0 7 * * *", [S]),
    ),
    (
        "Ping our volunteers about the litter pick every Thursday at 6pm.",
        ("0 18 * * 4", [S]),
    ),
    (
        "At 5pm each weekday, ping all the night porters that the loading bay closes at 10.",
        ("0 17 * * 1-5", [S]),
    ),
    (
        "On Sundays at noon ping the shift supervisors to post next week's rota.",
        ("0 12 * * 0", [S]),
    ),
]

# "remind #florists at Petal & Stem that …": the named body a place belongs to may join two
# names with "&" (read as "and"); what follows "that" is still what the message says.
JOINED_NAMES = [
    (
        "Every 14 February at 08:00, remind #florists at Petal & Stem that the Valentine's rush"
        " starts today.",
        ("0 8 14 2 *", [S]),
    ),
    (
        "Every Monday at 9am, tell #kitchen at Salt & Pepper Bistro that the fish order has"
        " arrived.",
        ("0 9 * * 1", [S]),
    ),
    (
        "Daily at 6pm, message #staff at Rose and Crown that the cellar is ready for restocking.",
        ("0 18 * * *", [S]),
    ),
    (
        "On the 1st of every month at 10:00, email accounts@example-hartley.co.uk at Hartley &"
        " Sons that the invoices are due.",
        ("0 10 1 * *", [E]),
    ),
    (
        "Every Friday at 4pm, remind #floor at Marks & Spencer Leeds that the stocktake begins"
        " at close.",
        ("0 16 * * 5", [S]),
    ),
]

# "send any dock with zero bikes to the van webhook": a count of none on the object of a
# delivery picks the items that have none.
ZERO_COUNTS = [
    (
        "Hourly, grab the dock staus from https://docks.example-cyclecitywrexham.co.uk/api/docks"
        " and send any dock with zero bikes to the rebalancing van webhook.",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "Every 15 minutes, fetch the shelves from https://api.example-grocer.com/shelves and post"
        " any shelf with 0 items to #restock.",
        ("*/15 * * * *", [H, C, S]),
    ),
    (
        "Each morning at 8, pull the classes from https://gym.example.com/api/classes and email"
        " the classes with zero bookings to desk@example-gym.com.",
        ("0 8 * * *", [H, C, E]),
    ),
    (
        "Every hour, get the kiosks from https://kiosk.example.net/status and forward kiosks"
        " having zero tickets to the refill webhook.",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "Daily at 6, read the routes from https://buses.example.org/routes and send every route"
        " with zero drivers to #dispatch.",
        ("0 6 * * *", [H, C, S]),
    ),
]

UNCHANGED = [
    ("At 7:45 every Tuesday and Thursday, remind #choir to warm up.", ("45 7 * * 2,4", [S])),
    ("Every Tuesday evening at quarter to eight, remind #ops to lock up.", ("45 19 * * 2", [S])),
    ("Every Monday and Friday at 6pm, post the report to #ops.", ("0 18 * * 1,5", [S])),
    ("Every hour ping the status page.", ("0 * * * *", [H])),
    ("Every hour ping the servers to check they are alive.", ("0 * * * *", [H])),
    ("Ping the payments endpoint every 5 minutes and alert #ops if it fails.", None),
    (
        "Every 14 February at 08:00, remind #florists that the Valentine's rush starts today.",
        ("0 8 14 2 *", [S]),
    ),
    (
        "Hourly, grab the docks from https://docks.example.com/api/docks and send them to the"
        " van webhook.",
        ("0 * * * *", [H, W]),
    ),
    (
        "Hourly, grab the docks from https://docks.example.com/api/docks and send any dock with"
        " no bikes to the van webhook.",
        ("0 * * * *", [H, C, W]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_AFTER_DAYS)
def test_a_period_after_a_list_of_days_is_each_days(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.8
    assert [d for d in doubts_of(text) if "not understood" in d] == []


@pytest.mark.parametrize(("text", "expected"), PINGED_PEOPLE)
def test_people_pinged_are_told(text, expected):
    assert read(text, SLACK_ONLY) == expected
    assert confidence_of(text, SLACK_ONLY) >= 0.7


@pytest.mark.parametrize(("text", "expected"), JOINED_NAMES)
def test_a_place_of_a_named_body_joined_by_and_is_told(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), ZERO_COUNTS)
def test_a_count_of_none_on_a_delivery_picks_items(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.8


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    if expected is None:  # the ping to an endpoint stays a request
        assert read(text)[1][0] == H
    else:
        assert read(text) == expected
