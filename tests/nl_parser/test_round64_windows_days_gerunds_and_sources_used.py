"""Round 64: "9 to 5" after an interval is its working-day window, lower-case days right before
an interval are its days (never a heading), a gerund before the noun it names the kind of ("the
Christmas opening hours") picks no items, ", using the X at https://…" names the data the step
before reads (fetched first, no step of its own), and "Through July and August" is those months."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C = "check_status"
HS = {"availableTools": [H, S]}
HE = {"availableTools": [H, E]}

# "Every 20 minutes, 9 to 5, Monday to Saturday": two bare hours joined by "to" (or "till",
# "until"), closed by a break or the days, are an interval's window as "9-5" is.
WINDOW_WITH_TO = [
    (
        "Every 20 minutes, 9 to 5, Monday to Saturday: call"
        " https://access.example-ironbridgestorage.co.uk/api/alarms and post anything"
        " unacknowledged in #site-security. (Ironbridge Self Storage)",
        ("*/20 9-17 * * 1-6", [H, C, S]),
    ),
    (
        "every 15 minutes, 8 to 18, weekdays: ping https://status.example-tarnfield.com/health and"
        " email ops@example-tarnfield.com if it is down",
        ("*/15 8-18 * * 1-5", [H, C, E]),
    ),
    (
        "hourly 8 until 6 on weekdays, post the queue size from"
        " https://queue.example-lowmoor.com/api to #ops",
        ("0 8-18 * * 1-5", [H, S]),
    ),
    (
        "every 30 minutes, 7 to 4, mon-fri: check https://jobs.example-cragside.com/queue and"
        " post stuck jobs to #ops",
        ("*/30 7-16 * * 1-5", [H, C, S]),
    ),
    (
        "Every 10 minutes, 10 till 6, Tuesday to Sunday, fetch"
        " https://tills.example-brookfarmshop.co.uk/api/sales and post the figures in #shop",
        ("*/10 10-18 * * 0,2-6", [H, S]),
    ),
]

# "sat & sun, every two hours: …": lower-case days joined right before an interval are its days,
# not a heading before the schedule.
DAYS_BEFORE_AN_INTERVAL = [
    (
        "sat & sun, every two hours: check https://weather.example-tidewaterkayaks.co.uk/api/wind"
        " and if gusts are over 25 knots drop a msg in #launch-crew to keep the boats on the beach",
        ("0 */2 * * 0,6", [H, C, S]),
    ),
    (
        "mon & thu, every 30 minutes: poll https://shop.example-kettlewell.com/api/orders and if"
        " any order is stuck post it in #shop",
        ("*/30 * * * 1,4", [H, C, S]),
    ),
    (
        "sat, sun, every hour: fetch https://tides.example-saltmarsh.org/api/tides and email"
        " harbour@example-saltmarsh.org when the tide is above 4 metres",
        ("0 * * * 0,6", [H, C, E]),
    ),
    (
        "tue and fri, hourly: check https://queue.example-ashgrove.com/api and post to #ops if the"
        " queue is over 50",
        ("0 * * * 2,5", [H, C, S]),
    ),
    (
        "wed/fri, every 3 hours: get the sensor data from https://farm.example-oakhollow.com/s and"
        " post it in #farm",
        ("0 */3 * * 3,5", [H, S]),
    ),
]

# "email the Christmas opening hours": a gerund before a noun of when or how ("hours", "fees",
# "instructions") names the kind of thing, even after a word ending in "s"; it picks no items.
GERUND_BEFORE_ITS_NOUN = [
    (
        "On 1 December each year at 8am, email the Christmas opening hours to"
        " staff@example-harefieldgardencentre.co.uk.",
        ("0 8 1 12 *", [E]),
    ),
    (
        "Every Friday at 4pm, post the business parking instructions in #visitors.",
        ("0 16 * * 5", [S]),
    ),
    (
        "On the 1st of each month at 9am, email the class booking fees to"
        " parents@example-littleoaks.org.",
        ("0 9 1 * *", [E]),
    ),
    (
        "Every Monday at 7am, send the Lucas cleaning times to team@example-brightsparks.com.",
        ("0 7 * * 1", [E]),
    ),
    (
        "On 20 December at 9am, post the Christmas closing times in #front-desk.",
        ("0 9 20 12 *", [S]),
    ),
]

# "…, using the mowing plan at https://…": the data the delivery before is written from, fetched
# first; "which holes are getting mown" is what that data says, nothing to test.
SOURCE_USED_AFTER = [
    (
        "Through July and August, let the greenkeepers at Brackenhurst Golf Club know at 5:30am"
        " each day which holes are getting mown, using the mowing plan at"
        " https://course.example-brackenhurstgolf.co.uk/api/mowing.",
        HS,
        ("30 5 * 7,8 *", [H, S]),
    ),
    (
        "Every day at 5:30am, tell the greenkeepers which holes are getting mown, using the"
        " mowing plan at https://course.example-brackenhurstgolf.co.uk/api/mowing.",
        HS,
        ("30 5 * * *", [H, S]),
    ),
    (
        "Every Monday at 8am, email the warehouse pickers which aisles are getting restocked,"
        " using the restock plan at https://wms.example-furnishings.com/api/restock.",
        HE,
        ("0 8 * * 1", [H, E]),
    ),
    (
        "Weekdays at 7am, let #drivers know which routes are getting gritted, using the gritting"
        " schedule at https://roads.example-hillshire.gov.uk/api/gritting",
        HS,
        ("0 7 * * 1-5", [H, S]),
    ),
    (
        "Every day at 9am, post the tide times in #crew, using the tide table at"
        " https://sea.example-porthcove.co.uk/api/tides",
        HS,
        ("0 9 * * *", [H, S]),
    ),
]

# "… in #site-security. (Ironbridge Self Storage)": names alone in brackets after the last
# sentence sign who asks; they are no words left unread.
SIGNED_IN_BRACKETS = [
    (
        "Every 20 minutes, 9 to 5, Monday to Saturday: call"
        " https://access.example-ironbridgestorage.co.uk/api/alarms and post anything"
        " unacknowledged in #site-security. (Ironbridge Self Storage)",
        ("*/20 9-17 * * 1-6", [H, C, S]),
    ),
    (
        "Every Friday at 5pm, email the weekly bookings to desk@example-ferncliffe.org."
        " (Ferncliffe Cricket Club)",
        ("0 17 * * 5", [E]),
    ),
    (
        "Every morning at 7, post the day's deliveries from"
        " https://yard.example-harbourtimber.co.uk/api/deliveries in #yard."
        " (Harbour Timber & Sons)",
        ("0 7 * * *", [H, S]),
    ),
    (
        "When a new order comes in, email it to orders@example-oldbakery.co.uk! (The Old Bakery)",
        (None, [E]),
    ),
    (
        "Each Monday at 9am send the rota to staff@example-riversidevets.co.uk. (Riverside Vets of"
        " Hull)",
        ("0 9 * * 1", [E]),
    ),
]

UNCHANGED = [
    # A day in brackets is still read as a day.
    ("Email the report to a@example-tarnfield.com every day. (Monday)", ("0 9 * * 1", [E])),
    # No "to" between the hours: a quantity, no window.
    ("every 2 hours, send 5 to 3 people a reminder", ("0 */2 * * *", [E])),
    # A heading of words that are no days stays a heading.
    ("Tax office, every Monday: email the report to a@example-taxoffice.com", ("0 9 * * 1", [E])),
    # A participle after the items still picks them.
    (
        "Every weekday at 4pm, let the warehouse crew know which outbound orders are still"
        " unpicked.",
        ("0 16 * * 1-5", [H, C, E]),
    ),
    # A state asked with the source written right after "using" keeps its reading.
    (
        "Every Monday at 8am, tell the warehouse pickers which aisles are getting restocked this"
        " week, using https://wms.example-furnishings.com/api/restock/week.",
        ("0 8 * * 1", [H, E]),
    ),
    # A hook named after "using" is where the message goes.
    (
        "When a fire alarm goes off, alert the site team using the ops webhook at"
        " https://hooks.example-ironbridge.co.uk/ops",
        (None, [W]),
    ),
    # "through" ending a range of months is still a range.
    (
        "From May through July, every Monday at 9am, email the pitch bookings to"
        " club@example-ferncliffe.org",
        ("0 9 * 5-7 1", [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WINDOW_WITH_TO)
def test_hours_joined_by_to_are_an_intervals_window(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), DAYS_BEFORE_AN_INTERVAL)
def test_lower_case_days_before_an_interval_are_its_days(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9


@pytest.mark.parametrize(("text", "expected"), GERUND_BEFORE_ITS_NOUN)
def test_a_gerund_naming_its_nouns_kind_picks_nothing(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "context", "expected"), SOURCE_USED_AFTER)
def test_a_source_used_after_the_delivery_is_fetched_first(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.9
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), SIGNED_IN_BRACKETS)
def test_names_in_brackets_at_the_end_sign_who_asks(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []
