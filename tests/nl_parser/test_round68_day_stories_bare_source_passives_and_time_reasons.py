"""Round 68: a story told of a time of the week ("Saturday mornings are chaos at …") before the
request; a source named alone as the subject of a passive fetch ("https://… is checked"); and a
bracketed reason for the times ("(that's when the shifts change)")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, S, E, M = (
    "http.request",
    "check_status",
    "webhook.post",
    "slack.post_message",
    "email.send",
    "summarize",
)

# A day or a part of it as the subject of how things are then tells when the trouble comes, a
# story like "we're swamped on Mondays"; the request after it names its own schedule.
DAY_STORIES = [
    (
        "Saturday mornings are chaos at Medway Road Pharmacy and the pile of prescriptions"
        " waiting to be checked gets out of hand before anyone notices. Could you set it up so"
        " that every 10 minutes between 8am and 6pm, Monday to Saturday,"
        " https://queue.example-medwayroadpharmacy.co.uk/api/prescriptions is checked, and if"
        " more than 30 prescriptions are waiting, the duty pharmacist gets a text through the SMS"
        " webhook? Thanks.",
        ("*/10 8-18 * * 1-6", [H, C, W]),
    ),
    (
        "Monday mornings are always hectic at the Lark Lane depot. Could you set it up so that"
        " every weekday at 7am https://depot.example-larklane.com/api/backlog is polled, and if"
        " more than 50 parcels are waiting, #depot-leads gets a message?",
        ("0 7 * * 1-5", [H, C, S]),
    ),
    (
        "Friday afternoons get messy in the studio and bookings slip through. Every 15 minutes"
        " between 9am and 5pm on weekdays, fetch https://book.example-studio.com/api/pending and"
        " if more than 10 bookings are pending, email desk@example-studio.com.",
        ("*/15 9-17 * * 1-5", [H, C, E]),
    ),
    (
        "Weekends are quiet at the shelter, so nobody watches the kennel sensors. Every hour on"
        " Saturday and Sunday, query https://sensors.example-shelter.org/api/kennels and if any"
        " kennel is above 28 degrees, trigger the cooling webhook.",
        ("0 * * * 0,6", [H, C, W]),
    ),
    (
        "Sunday nights are when the backlog builds at Harbour Print. Please set it up so that"
        " every Sunday at 9pm https://jobs.example-harbourprint.com/api/queue is fetched and a"
        " summary is posted in #print-ops.",
        ("0 21 * * 0", [H, M, S]),
    ),
]

# "https://… is checked": the source alone as the subject of a fetching verb in the passive is
# the fetch, as "the list at https://… is checked" already was.
BARE_SOURCE_PASSIVES = [
    (
        "Every 10 minutes, https://queue.example.com/api/q is checked, and if more than 30 items"
        " are waiting, post a warning in #pharmacy.",
        ("*/10 * * * *", [H, C, S]),
    ),
    (
        "Every morning at 6, https://weather.example.com/api/today is pulled and summarised for"
        " #farm-crew.",
        ("0 6 * * *", [H, M, S]),
    ),
    (
        "Hourly, https://status.example-acme.io/api/health gets polled; if the status is down,"
        " post in #oncall.",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every weekday at 8:30 https://api.example-ledger.com/v1/overdue is queried, and the"
        " list is emailed to ar@example-ledger.com.",
        ("30 8 * * 1-5", [H, E]),
    ),
]

# "(that's when the shifts change)": why the times were picked, in brackets or between dashes,
# is neither a condition nor a schedule.
TIME_REASONS = [
    (
        "At 06:00, 14:00 and 22:00 evry day (that's when the shifts change), grab the line"
        " throughput from https://mes.example-corvanpackaging.com/api/throughput, summarise it and"
        " post the summary in #shift-handover.",
        ("0 6,14,22 * * *", [H, M, S]),
    ),
    (
        "Every weekday at 5:30pm (which is when the tills close), pull the takings from"
        " https://pos.example-bakery.com/api/takings and email them to owner@example-bakery.com.",
        ("30 17 * * 1-5", [H, E]),
    ),
    (
        "Every Monday at 7am (that is when the drivers arrive), post the route list from"
        " https://routes.example-haul.com/api/today in #drivers.",
        ("0 7 * * 1", [H, S]),
    ),
    (
        "At 8am and 8pm every day (because that's when the nurses hand over), fetch"
        " https://ward.example-hospital.org/api/obs, summarise it and email it to"
        " charge@example-hospital.org.",
        ("0 8,20 * * *", [H, M, E]),
    ),
    (
        "Every day at noon \u2014 that's when the lunch rush starts \u2014 check"
        " https://orders.example-cafe.com/api/open and if more than 20 orders are open, post in"
        " #kitchen.",
        ("0 12 * * *", [H, C, S]),
    ),
]

# Without the story, the request reads as before; a bracketed test stays a test; a story with no
# schedule of its own in the request keeps its day.
UNCHANGED = [
    (
        "Could you set it up so that every 10 minutes https://queue.example.com/api/q is"
        " fetched, and if more than 30 items are waiting, the nurse gets a text through the SMS"
        " webhook?",
        ("*/10 * * * *", [H, C, W]),
    ),
    (
        "Every day at 9am, fetch https://x.example.com/api/errors and post them in #ops (only"
        " if there are more than 5).",
        ("0 9 * * *", [H, C, S]),
    ),
    (
        "At 06:00 every day, grab the throughput from https://mes.example.com/api/throughput and"
        " post it in #shift-handover.",
        ("0 6 * * *", [H, S]),
    ),
    (
        "Every Friday at 4pm, email the summary to boss@example.com when the report from"
        " https://r.example.com/api/week is ready.",
        ("0 16 * * 5", [H, C, E]),
    ),
]

_CASES = DAY_STORIES + BARE_SOURCE_PASSIVES + TIME_REASONS


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_the_construction_is_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_a_right_reading_is_confident(text, expected):
    assert confidence_of(text) >= 0.7, doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
