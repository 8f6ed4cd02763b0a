"""Round 89: a day a message tells of beside the run's own day ("each Sunday at 18:00, give the
owners a heads-up that the arena is shut on Monday mornings"); "every couple of hours"; a place
restated with its preposition in a correction ("in #wins — no, in #wholesale-wins"); and a
grievance labelled as such ("Bit of a rant: …") whose story names a day, followed by where the
data lives ("Those live at https://…."), a time corrected without its half, and a fetch that
names no source."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = "http.request", "check_status", "slack.post_message", "email.send", "webhook.post"
SQ, SUMMARY = "salesforce.query", "summarize"

# "<the run's own day> … <a message> that <news> on <another day>": the other day is news.
TOLD_DAYS = [
    (
        "Hawthorn Farm Livery: each Sunday at 18:00, give the horse owners a heads-up that the"
        " indoor arena is shut on Monday mornings for harrowing.",
        {"availableTools": [E]},
        ("0 18 * * 0", [E]),
    ),
    (
        "Every Friday at 4pm, post a reminder in #staff that the shop is closed on Saturday for"
        " stocktaking.",
        {},
        ("0 16 * * 5", [S]),
    ),
    (
        "Each Monday at 9am, email parents@school.example a note that the pool is shut on"
        " Wednesdays for cleaning.",
        {},
        ("0 9 * * 1", [E]),
    ),
    (
        "Every weekday at 7:30, give #drivers a heads-up that the depot gate is locked on Sunday.",
        {},
        ("30 7 * * 1-5", [S]),
    ),
    (
        "On Thursdays at 17:00, text the tenants through the SMS webhook that the water is off on"
        " Friday morning.",
        {},
        ("0 17 * * 4", [W]),
    ),
    (
        "Every evening at 6, remind #kitchen that deliveries come on Tuesday.",
        {},
        ("0 18 * * *", [S]),
    ),
]

# "every couple of <unit>", "every couple <unit>": a step of two.
COUPLES = [
    (
        "Every couple of hours, check the machines at https://iot.spinzonelaundry.example/api/machines"
        " and email fix@spinzonelaundry.example about any machine showing an error code.",
        {},
        ("0 */2 * * *", [H, C, E]),
    ),
    (
        "every couple hours ping https://status.example/health and post to #ops if it is down",
        {},
        ("0 */2 * * *", [H, C, S]),
    ),
    (
        "Every couple of days at 9am, email the stock list from https://shop.example/api/stock to"
        " me@x.example",
        {},
        ("0 9 */2 * *", [H, E]),
    ),
    (
        "Once every couple of hours, grab the queue length from https://q.example/api and post it"
        " in #ops.",
        {},
        ("0 */2 * * *", [H, S]),
    ),
    (
        "Every couple of minutes, check https://api.example/health and post in #ops if it's down.",
        {},
        ("*/2 * * * *", [H, C, S]),
    ),
    (
        "Pull the orders from https://shop.example/api/orders every couple of hours and email them"
        " to ops@shop.example.",
        {},
        ("0 */2 * * *", [H, E]),
    ),
]

# "<preposition> <place> — no, <the same preposition> <place>": the place told again.
RESTATED_PLACES = [
    (
        "Fridays at 15:00: pull this week's closed-won deals for Tandem Coffee Roasters' wholesale"
        " team from Salesforce, summarise them, and post the summary in #wins \u2014 no, in"
        " #wholesale-wins.",
        {"availableTools": [SQ, SUMMARY, S]},
        ("0 15 * * 5", [SQ, SUMMARY, S]),
    ),
    (
        "Daily at 7am, pull the weather from https://wx.example/api/today and post it in #general"
        " \u2014 no, in #ops.",
        {},
        ("0 7 * * *", [H, S]),
    ),
    (
        "Every Monday at 8am, pull last week's leads from Salesforce and post them in #sales,"
        " sorry, in #growth.",
        {},
        ("0 8 * * 1", [SQ, S]),
    ),
    (
        "Each weekday at noon, fetch the menu from https://canteen.example/api/menu and post it on"
        " #lunch \u2014 actually, on #canteen.",
        {},
        ("0 12 * * 1-5", [H, S]),
    ),
    (
        "At 5pm every day, get the day's returns from https://shop.example/api/returns, summarise"
        " them and send the summary to ops@shop.example \u2014 no, to returns@shop.example.",
        {},
        ("0 17 * * *", [H, SUMMARY, E]),
    ),
]

# "Bit of a rant: <story naming a day>. <data> live at <URL>. <schedule> <fetch> …".
RANTS = [
    (
        "Bit of a rant: at Ashcombe Village Hall the Tuesday pilates group keep arriving to find"
        " the badminton club has the main hall, because nobody checks the club bookings. Those"
        " live at https://bookings.ashcombehall.example/api/clubs. Every evening at 9 \u2014"
        " sorry, make that 8:45 \u2014 grab tomorow's club bookings and email them to"
        " caretaker@ashcombehall.example. Thanks so much!",
        {},
        ("45 20 * * *", [H, E]),
    ),
    (
        "Bit of a rant: the Monday cleaning crew at Larch House keep finding the rooms still"
        " booked. The bookings live at https://rooms.larch.example/api/bookings. Every evening at"
        " 8, get tomorrow's bookings and post them in #cleaning.",
        {},
        ("0 20 * * *", [H, S]),
    ),
    (
        "Bit of a rant: the Tuesday choir keeps turning up to a locked church. Those keys live at"
        " https://keys.stmary.example/api/loans. Each day at 17:00, pull the loans and email them"
        " to verger@stmary.example.",
        {},
        ("0 17 * * *", [H, E]),
    ),
    (
        "Quick moan: the Saturday volunteers at Elm Street Food Bank never know who is on the"
        " rota, because nobody checks the signups. They live at"
        " https://rota.elmstreet.example/api/signups. Every Friday at 6pm, grab the weekend's"
        " signups and email them to volunteers@elmstreet.example.",
        {},
        ("0 18 * * 5", [H, E]),
    ),
    (
        "A bit of a grumble: our Thursday drivers keep missing collections. The pickups live at"
        " https://pickups.example/api/list. Every weekday at 7am, fetch the pickups and post them"
        " in #drivers.",
        {},
        ("0 7 * * 1-5", [H, S]),
    ),
]

# "<data> live at <URL>. <schedule with no 'at'> <fetch>": the stop ends the address's sentence.
SOURCES_BEFORE = [
    (
        "The shifts live at https://rota.example/api/shifts. Every evening 9:15, grab tomorrow's"
        " shifts and post them in #staff.",
        ("15 21 * * *", [H, S]),
    ),
    (
        "Orders sit at https://shop.example/api/orders. Daily 6:30, pull them and email them to"
        " ops@shop.example.",
        ("30 6 * * *", [H, E]),
    ),
    (
        "The tickets are at https://desk.example/api/tickets. Each weekday 17:45, summarise them"
        " and post the summary in #support.",
        ("45 17 * * 1-5", [H, SUMMARY, S]),
    ),
    (
        "Our leads are at https://forms.example/api/leads. Every morning at 8, pull the new leads"
        " and post them in #sales.",
        ("0 8 * * *", [H, S]),
    ),
]

# A time corrected without am/pm in an evening run is the evening's: no doubt it was not kept.
EVENING_FIXES = [
    "Every evening at 9 \u2014 sorry, make that 8:30 \u2014 fetch tomorrow's classes from"
    " https://gym.example/api/classes and email them to desk@gym.example.",
    "Each night at 10 \u2014 no, make that 9:45 \u2014 pull the door log from"
    " https://doors.example/api/log and post it in #security.",
]

# What must not change.
NEAR = [
    # A message's day with no day of the run's own is still the run's.
    ("Post a reminder in #staff that the shop is closed on Saturday.", ("0 9 * * 6", [S])),
    (
        "Every Monday and Thursday at 9am, post the rota from https://rota.example/api in #staff.",
        ("0 9 * * 1,4", [H, S]),
    ),
    (
        "Every other hour, pull the orders from https://shop.example/api/orders and post them to"
        " #ops.",
        ("0 */2 * * *", [H, S]),
    ),
    # A story's schedule with none in the request is the run's.
    (
        "Bit of a rant: our team meets every Tuesday at 10. Those notes live at"
        " https://notes.example/api. Grab them and email them to me@x.example.",
        ("0 10 * * 2", [H, E]),
    ),
    # Salesforce named for the fetch keeps both sources.
    (
        "The deals live at https://crm.example/api/deals. Every Monday at 9, pull last week's"
        " deals from Salesforce and post them in #sales.",
        ("0 9 * * 1", [H, SQ, S]),
    ),
    # A place corrected alone, and one with a different preposition, read as before.
    (
        "Every Friday at 3pm, post the rota from https://rota.example/api in #staff \u2014 no,"
        " #floor-staff.",
        ("0 15 * * 5", [H, S]),
    ),
]


@pytest.mark.parametrize(
    ("text", "context", "expected"), TOLD_DAYS + COUPLES + RESTATED_PLACES + RANTS
)
def test_read_as_the_construction_says(text, context, expected):
    assert read(text, context) == (expected[0], expected[1])
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), TOLD_DAYS + COUPLES + RANTS[1:])
def test_right_answers_carry_no_doubt(text, context, expected):
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), SOURCES_BEFORE)
def test_a_source_told_before_a_schedule_is_fetched(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9


@pytest.mark.parametrize("text", EVENING_FIXES)
def test_a_time_fixed_in_the_evening_is_kept(text):
    assert not [d for d in doubts_of(text) if "as a correction of" not in d]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
