"""Round 65: a thing got from its source "out to" people is sent to them, data dumped, piped or
fed "into" a place is sent there, a verb of fetching in the passive with the data's source in its
subject ("the stock list at https://… is checked") is the fetch, a story sentence whose teller
comes in after "and twice now" is told, not asked, and a summary of a span at a place ("a recap
of the week at …") reads that span's data from the one source listed."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W, C, SUM, SF = (
    "http.request",
    "email.send",
    "slack.post_message",
    "webhook.post",
    "check_status",
    "summarize",
    "salesforce.query",
)
H_EMAIL = {"availableTools": [H, E]}
H_SLACK = {"availableTools": [H, S]}

# "get this week's closures from https://… out to our dog walkers": "out" on the way to people
# sends the thing got, as "over to" does.
GOT_OUT_TO = [
    (
        "Every Wednesday at noon, get this week's footpath closures from"
        " https://routes.example-pawpathdogwalking.co.uk/api/closures out to our dog walkers.",
        H_EMAIL,
        ("0 12 * * 3", [H, E]),
    ),
    (
        "Every Monday at 7am, get this week's rota from"
        " https://staff.example-harbourcafe.co.uk/api/rota out to the bar staff.",
        H_EMAIL,
        ("0 7 * * 1", [H, E]),
    ),
    (
        "Each Friday at 5pm, get next week's fixtures from https://league.example.com/api/fixtures"
        " out to the coaches.",
        H_SLACK,
        ("0 17 * * 5", [H, S]),
    ),
    (
        "Every evening at 9, could you get tomorrow's class list from"
        " https://gym.example.com/api/classes out to our instructors?",
        H_EMAIL,
        ("0 21 * * *", [H, E]),
    ),
    (
        "Daily at 6:30, get the morning delivery slots from https://depot.example.com/api/slots"
        " out to #drivers.",
        {},
        ("30 6 * * *", [H, S]),
    ),
    (
        "At 8am on weekdays, get today's room bookings from https://rooms.example.com/api/bookings"
        " out to frontdesk@example-hotel.com.",
        {},
        ("0 8 * * 1-5", [H, E]),
    ),
]

# "dump the days gate entries from https://… into the security webhook": data moved into a
# place, whatever the verb of moving, is sent there after it is fetched.
MOVED_INTO = [
    (
        "evrey night at 11.30pm dump the days gate entries from"
        " https://gate.example-ridgewaycaravanpark.co.uk/api/entries into the security webhook",
        {},
        ("30 23 * * *", [H, W]),
    ),
    (
        "every hour pipe the sensor readings from https://farm.example.com/api/sensors into"
        " #telemetry",
        {},
        ("0 * * * *", [H, S]),
    ),
    (
        "Each night at 2am, shovel the day's orders from https://shop.example.com/api/orders into"
        " the warehouse webhook.",
        {},
        ("0 2 * * *", [H, W]),
    ),
    (
        "Every 15 minutes, feed the latest queue stats from https://q.example.com/api/stats into"
        " the dashboard webhook.",
        {},
        ("*/15 * * * *", [H, W]),
    ),
    (
        "At 6pm daily, copy today's signups from https://app.example.com/api/signups into #growth.",
        {},
        ("0 18 * * *", [H, S]),
    ),
    (
        "At 6pm daily, dump today's signups from https://app.example.com/api/signups to"
        " ops@example.com.",
        {},
        ("0 18 * * *", [H, E]),
    ),
    (
        "Every Sunday at 10, dump the week's bookings into the accounts webhook.",
        {},
        ("0 10 * * 0", [W]),
    ),
]

# "the stock list at https://… is checked": a verb of fetching in the passive, the data's source
# named in its subject, is the fetch; the test after it is read as before.
PASSIVE_FETCH_OF_SOURCED_DATA = [
    (
        "I run the volunteer side of Bellhaven Community Larder. Donations come in all week and"
        " twice now we've been caught out with short-dated yoghurts going off before anyone"
        " noticed. Could we set something up so that every day at 3pm the stock list at"
        " https://stock.example-bellhavenlarder.org.uk/api/items is checked and, if anything"
        " expires within 48 hours, a message goes to #larder-volunteers? Thanks so much.",
        {},
        ("0 15 * * *", [H, C, S]),
    ),
    (
        "Every hour, the queue depth at https://q.example.com/api/depth is polled and, if it's"
        " over 500, a message goes to #ops.",
        {},
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every morning at 7 the readings from https://tank.example.com/api/level are pulled, and"
        " if the level is below 20%, email ops@example.com.",
        {},
        ("0 7 * * *", [H, C, E]),
    ),
    (
        "Could we set it up so that every weekday at 9am the open tickets at"
        " https://help.example.com/api/tickets are checked and, if any are older than 3 days, a"
        " message goes to #support?",
        {},
        ("0 9 * * 1-5", [H, C, S]),
    ),
    (
        "Daily at 6pm, the price feed at https://prices.example.com/api/feed is fetched and posted"
        " to #pricing.",
        {},
        ("0 18 * * *", [H, S]),
    ),
]

# "Donations come in all week and twice now we've been caught out …": a sentence that opens on
# how things are, its teller after "and"/"but" and a word or three of when, is the story told
# before the request; its words make no step and no schedule.
TROUBLE_TOLD_LATER = [
    (
        "We run a small community garden. Beds get booked all season and more than once we have"
        " double-booked one. Could you, every Monday at 8am, pull the bookings from"
        " https://garden.example.org/api/bookings and post them in #plots?",
        {},
        ("0 8 * * 1", [H, S]),
    ),
    (
        "I manage a busy dental practice. Patients book online all day but last month we missed"
        " three cancellations. Every evening at 6, fetch tomorrow's cancellations from"
        " https://diary.example.com/api/cancellations and email them to"
        " reception@example-dental.co.uk.",
        {},
        ("0 18 * * *", [H, E]),
    ),
    (
        "Our bakery takes wholesale orders by phone. Orders pile up overnight and far too often I"
        " find the list only at 6am. Every day at 5am, pull the orders from"
        " https://bake.example.com/api/orders and post them in #bakers.",
        {},
        ("0 5 * * *", [H, S]),
    ),
    (
        "I look after the kit store at Harbour Rowing Club. Boats go out every weekend and"
        " sometimes we don't notice damage for days. Every Monday at 7, get the damage log from"
        " https://rowing.example.org/api/damage and email it to captain@example-rowing.org.",
        {},
        ("0 7 * * 1", [H, E]),
    ),
]

# "write up a recap of the week at Cragline Bouldering": a span at a place, summed up, is what the
# place kept of it, read from the one source listed, as "a recap of this week's bookings" is.
SUMMED_SPAN = [
    (
        "Sundays at 8pm, write up a recap of the week at Cragline Bouldering — new routes set,"
        " injuries logged, busiest sessions — and send it to the gym managers.",
        H_EMAIL,
        ("0 20 * * 0", [H, SUM, E]),
    ),
    (
        "Every Friday at 5pm, put together a summary of the week at Riverside Pottery Studio and"
        " email it to the owner.",
        H_EMAIL,
        ("0 17 * * 5", [H, SUM, E]),
    ),
    (
        "Each evening at 10pm, write a short recap of the day at the Old Mill Hostel and post it"
        " in #night-staff.",
        H_SLACK,
        ("0 22 * * *", [H, SUM, S]),
    ),
    (
        "On the 1st of every month at 9, give the trustees a roundup of last month at the food"
        " bank.",
        H_EMAIL,
        ("0 9 1 * *", [H, SUM, E]),
    ),
    (
        "Every Monday at 8, write up an overview of the previous week at the showroom and post it"
        " in #sales.",
        {"availableTools": [SF, S]},
        ("0 8 * * 1", [SF, SUM, S]),
    ),
]

CASES = GOT_OUT_TO + MOVED_INTO + PASSIVE_FETCH_OF_SOURCED_DATA + TROUBLE_TOLD_LATER + SUMMED_SPAN


@pytest.mark.parametrize(("text", "context", "expected"), CASES)
def test_construction_is_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "context"),
    [(text, context) for text, context, _ in CASES if not text.startswith("evrey")],
)
def test_right_reading_is_confident(text, context):
    assert confidence_of(text, context) >= 0.85
    assert doubts_of(text, context) == []


# The constructions without what makes them one keep their reading.
UNCHANGED = [
    # got from its source, sent nowhere: a fetch alone
    (
        "Every Wednesday at noon, get this week's footpath closures from"
        " https://routes.example-pawpathdogwalking.co.uk/api/closures.",
        H_EMAIL,
        ("0 12 * * 3", [H]),
    ),
    (
        "Every Wednesday at noon, get this week's footpath closures from"
        " https://routes.example.com/api/closures and work out which are near the park.",
        H_EMAIL,
        ("0 12 * * 3", [H]),
    ),
    # moved, but into no place: no delivery
    (
        "At 6pm daily, copy today's signups from https://app.example.com/api/signups.",
        {},
        ("0 18 * * *", [H]),
    ),
    ("Every day at 8am, feed the cats.", {}, ("0 8 * * *", [])),
    # a passive of another verb with a sourced subject is fetched, then done
    (
        "Every day at 3pm the stock list at https://stock.example.com/api/items is summarised and"
        " posted in #stock.",
        {},
        ("0 15 * * *", [H, SUM, S]),
    ),
    # a span summed up at no place names no data (round 41), nor does one at a time of day
    (
        "Every Friday at 5pm, give the team a summary of the week.",
        H_SLACK,
        ("0 17 * * 5", [SUM, S]),
    ),
    (
        "Every Friday at 5pm, write a recap of the day at noon and post it in #team.",
        H_SLACK,
        ("0 12,17 * * 5", [SUM, S]),
    ),
    # a span summed up with no source listed, or none at all, reads nothing first
    (
        "Sundays at 8pm, write up a recap of the week at Cragline Bouldering and send it to the"
        " gym managers.",
        {"availableTools": [E]},
        ("0 20 * * 0", [SUM, E]),
    ),
    (
        "Sundays at 8pm, write up a recap of the week at Cragline Bouldering and send it to"
        " managers@example.com.",
        {},
        ("0 20 * * 0", [SUM, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_construction_keeps_its_reading(text, context, expected):
    assert read(text, context) == expected
