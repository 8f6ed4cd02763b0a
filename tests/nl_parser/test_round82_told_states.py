"""Round 82: states a reading tells of its item are tests the parser understands, not weak
guards: "<thing> reports '<state>'", "<thing> shows as <state>" / "still reads <state>", "<source>
reports/marks <the thing> as <state>", "<thing> isn't <state>" / "didnt <verb>" (no
apostrophe), "any <Name> class is full", and on a schedule "<thing> sells out / fills up".
"who's booked in" after "let … know" or "tell …" is what they are told, no subset."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W, T = (
    "http.request",
    "check_status",
    "slack.post_message",
    "email.send",
    "webhook.post",
    "wait",
)

# "<thing> reports '<state>'": a quoted value a reading reports is its state.
REPORTS_QUOTED = [
    (
        "Between 8am and 5pm, every 5 minutes, poll https://lifts.frostpeakski.example/api/status;"
        " if a chairlift reports 'stopped', hit the pager webhook, and if one is on wind hold,"
        " post it in #lift-ops.",
        {},
        ("*/5 8-17 * * *", [H, C, W, C, S]),
    ),
    (
        "Suds & Shine Car Wash: on the hour, 9am\u20135pm, Monday to Friday, check the water"
        " recycler at https://plant.sudsandshine.example/api/recycler; if it reports 'filter"
        " blocked', text the site lead through the SMS webhook.",
        {},
        ("0 9-17 * * 1-5", [H, C, W]),
    ),
    (
        "Every 10 minutes, check https://pumps.riverbend.example/api/status; if a pump reports"
        " 'tripped', call the maintenance webhook.",
        {},
        ("*/10 * * * *", [H, C, W]),
    ),
    (
        "Hourly between 6am and 10pm, poll https://ovens.crumbco.example/api/state and if any"
        " oven reports 'overheat', post in #bakery-floor.",
        {},
        ("0 6-22 * * *", [H, C, S]),
    ),
    (
        "Every 15 minutes on weekdays, fetch https://kiosks.metroline.example/api/health; if it"
        " reports 'paper jam', email kiosks@metroline.example.",
        {},
        ("*/15 * * * 1-5", [H, C, E]),
    ),
    (
        "At 7am daily, check https://boilers.hearthwell.example/api/status and if the boiler"
        " reported 'low pressure', text the caretaker through the SMS webhook.",
        {},
        ("0 7 * * *", [H, C, W]),
    ),
]

# "<thing> shows as <state>", "<thing> (still) reads <state>": the state the reading shows.
SHOWN_AS = [
    (
        "Echobox Karaoke: every 5 minutes from 9am to 9pm, check"
        " https://booths.echoboxkaraoke.example/api/status and tell the floor staff in the #floor"
        " chanel whenever a booth's mic shows as disconnected.",
        {},
        ("*/5 9-21 * * *", [H, C, S]),
    ),
    (
        "At 6am on weekdays, trigger the gate-unlock webhook at Hillcrest Self Storage; ten"
        " minutes on, check https://gates.hillcreststorage.example/api/status and, if the gate"
        " still reads locked, email the site manager at site@hillcreststorage.example.",
        {},
        ("0 6 * * 1-5", [W, T, H, C, E]),
    ),
    (
        "Every 10 minutes, check https://doors.vaultbox.example/api/status and post in #security"
        " whenever a door's sensor shows as tampered.",
        {},
        ("*/10 * * * *", [H, C, S]),
    ),
    (
        "At 9pm every night, check https://shutters.highstreet.example/api/state and, if the"
        " shutter still reads open, email the manager at ops@highstreet.example.",
        {},
        ("0 21 * * *", [H, C, E]),
    ),
    (
        "Each morning at 7, check https://valves.aquaflow.example/api/status and call the"
        " plumber webhook if the main valve reads closed.",
        {},
        ("0 7 * * *", [H, C, W]),
    ),
    (
        "Every 20 minutes, poll https://bikes.cyclehub.example/api/docks and post in #fleet"
        " whenever a dock's lock reads as jammed.",
        {},
        ("*/20 * * * *", [H, C, S]),
    ),
]

# "<source> reports/marks/lists/flags <the thing> as <state>": the state told of that thing.
TOLD_OF_ANOTHER = [
    (
        "NOTICE \u2014 Citygate Car Parks. At 05:30 on weekdays, the level-by-level space count"
        " shall be retrieved from https://bays.citygateparking.example/api/levels and posted in"
        " #attendants, unless the feed reports the car park as closed for maintenance.",
        {},
        ("30 5 * * 1-5", [H, C, S]),
    ),
    (
        "Every morning at quarter to six, email the day's flight manifest from"
        " https://flights.skylarkballoons.example/api/manifest to pilots@skylarkballoons.example,"
        " unless the manifest marks the day as grounded for weather.",
        {},
        ("45 5 * * *", [H, C, E]),
    ),
    (
        "At 6am every day, post the day's tee times from https://tees.greenhollow.example/api/today"
        " in #pro-shop, unless the feed marks the course as closed for frost.",
        {},
        ("0 6 * * *", [H, C, S]),
    ),
    (
        "Every weekday at 7, email the route sheet from https://routes.fastvan.example/api/today"
        " to drivers@fastvan.example, unless the planner reports the depot as shut for stocktake.",
        {},
        ("0 7 * * 1-5", [H, C, E]),
    ),
    (
        "At 8am on Saturdays, post the market stall list from"
        " https://stalls.townmarket.example/api/list in #traders unless the council lists the"
        " square as closed for works.",
        {},
        ("0 8 * * 6", [H, C, S]),
    ),
    (
        "Every morning at 6:30, check https://pools.aquacentre.example/api/lanes and if the"
        " system flags the pool as closed for cleaning, email reception@aquacentre.example.",
        {},
        ("30 6 * * *", [H, C, E]),
    ),
]

# "<thing> isn't <state>", "<thing> didnt <verb>", "any <Name> class is full": a denied or plain
# state, however the "not" is typed.
DENIED_OR_PLAIN_STATE = [
    (
        "When a hire car is returned to Swiftwheel Car Hire, if the tank isn't full, email the"
        " customer the refuelling charge; otherwise text them a thank-you through the SMS"
        " webhook.",
        {"availableTools": ["email.send", "webhook.post"]},
        (None, [C, E, C, W]),
    ),
    (
        "After a crew finishes a roof for Slateline Roofing, wait three weeks, then check"
        " https://warranty.slateline.example/api/status and email the homeowner if the guarantee"
        " still isn't registered.",
        {},
        (None, [T, H, C, E]),
    ),
    (
        "mon wed fri 10pm: check https://backup.pixelforge3d.example/api/last-run and if the"
        " backup didnt complete, email it@pixelforge3d.example and post in #print-farm",
        {},
        ("0 22 * * 1,3,5", [H, C, E, S]),
    ),
    (
        "Every hour from 7am to 9pm, if any Lotus Flow Yoga class is full, post the waitlist"
        " count in #studio-desk.",
        {"availableTools": ["http.request", "slack.post_message"]},
        ("0 7-21 * * *", [H, C, S]),
    ),
    (
        "When a rental van comes back to Roadway Hire, if the tank isn't full, email the customer"
        " the fuel charge.",
        {},
        (None, [C, E]),
    ),
    (
        "When a delivery is signed for at Packright, if the box wasn't sealed, post it in #claims.",
        {},
        (None, [C, S]),
    ),
    (
        "At 10pm every night, check https://sync.ledgerline.example/api/last and if the sync"
        " didnt finish, email ops@ledgerline.example.",
        {},
        ("0 22 * * *", [H, C, E]),
    ),
    (
        "Every morning at 8, check https://rooms.quietdesk.example/api/rooms and if a meeting"
        " room isn't clean, post in #facilities.",
        {},
        ("0 8 * * *", [H, C, S]),
    ),
    (
        "Two days after a course ends, check https://certs.learnwell.example/api/status and"
        " email the learner if the certificate still isn't issued.",
        {},
        (None, [T, H, C, E]),
    ),
    (
        "Every 30 minutes from 9am to 5pm, check https://glass.kilnworks.example/api/kilns and"
        " if any Kilnworks glass kiln is full, post in #studio.",
        {},
        ("*/30 9-17 * * *", [H, C, S]),
    ),
]

# "<thing> isn't marked as <state>": the state set, denied.
NOT_MARKED = [
    (
        "After a Freshfold Laundry pickup is logged, wait 48 hours; if the order still isn't"
        " marked as delivered by then, fire the customer-apology webhook.",
        {},
        (None, [T, C, W]),
    ),
    (
        "When a parcel is handed to Swiftpost, wait two days; if it isn't marked as collected,"
        " email the sender at sender@swiftpost.example.",
        {},
        (None, [T, C, E]),
    ),
    (
        "Every morning at 9, check https://jobs.tidyhomes.example/api/jobs and post in #cleaners"
        " if a job wasn't marked as complete.",
        {},
        ("0 9 * * *", [H, C, S]),
    ),
]

# On a schedule, "<thing> sells out / fills up / books up" is a state it is in now.
SOLD_OUT_ON_A_SCHEDULE = [
    (
        "Every half hour from 10:00 to 16:00 on Saturdays, check seat availability for the"
        " Starfield Planetarium shows at https://tickets.starfieldplanetarium.example/api/shows"
        " and post in #box-office whenever a show sells out.",
        {"availableTools": ["http.request", "slack.post_message", "webhook.post"]},
        ("*/30 10-16 * * 6", [H, C, S]),
    ),
    (
        "Every 15 minutes from noon to 8pm, check https://seats.bigtop.example/api/shows and post"
        " in #box-office whenever a performance sells out.",
        {},
        ("*/15 12-20 * * *", [H, C, S]),
    ),
    (
        "Hourly on weekdays, check https://classes.spinstudio.example/api/schedule and email"
        " desk@spinstudio.example if a class fills up.",
        {},
        ("0 * * * 1-5", [H, C, E]),
    ),
    (
        "Every 20 minutes, check https://tickets.riverfest.example/api/events and ping the"
        " promoter webhook when an event sells out.",
        {},
        ("*/20 * * * *", [H, C, W]),
    ),
    (
        "Every hour from 9 to 5, check https://tours.oldtown.example/api/tours; if a tour books"
        " up, post in #guides.",
        {},
        ("0 9-17 * * *", [H, C, S]),
    ),
]

UNDERSTOOD = (
    REPORTS_QUOTED
    + SHOWN_AS
    + TOLD_OF_ANOTHER
    + DENIED_OR_PLAIN_STATE
    + NOT_MARKED
    + SOLD_OUT_ON_A_SCHEDULE
)

# "let <them> know who's <state>", "tell <them> who's <doing>": what they are told, no subset.
TOLD_WHO = [
    (
        "Sunday evenings at 8, let the artists at Inkwell Tattoo Collective know who's booked in"
        " for Monday, straight from the bookings feed.",
        {"availableTools": ["http.request", "slack.post_message"]},
        ("0 20 * * 0", [H, S]),
    ),
    (
        "Each weekday at 8am, tell the team in #front-desk who's checking in today, from the"
        " bookings API.",
        {},
        ("0 8 * * 1-5", [H, S]),
    ),
    (
        "Sunday at 6pm, let the coaches in #coaching know who's signed up for Monday's session,"
        " from the registrations feed.",
        {},
        ("0 18 * * 0", [H, S]),
    ),
    (
        "Every day at 5pm, let the nurses in #ward-7 know who's rostered for the night shift,"
        " from the rota feed.",
        {},
        ("0 17 * * *", [H, S]),
    ),
    (
        "Every Friday at noon, tell #kitchen who's booked for Saturday lunch from"
        " https://tables.olive.example/api/bookings.",
        {},
        ("0 12 * * 5", [H, S]),
    ),
]

NEAR = [
    # Without the test, the same fetch and delivery.
    (
        "Every hour, check https://seats.bigtop.example/api/shows and post the count in"
        " #box-office.",
        {},
        ("0 * * * *", [H, S]),
    ),
    (
        "At 6am every day, post the day's tee times from https://tees.greenhollow.example/api/today"
        " in #pro-shop.",
        {},
        ("0 6 * * *", [H, S]),
    ),
    # Off a schedule, selling out is the event itself, no test.
    (
        "When a concert at the Roxy sells out, email the promoter at promo@roxy.example.",
        {},
        (None, [E]),
    ),
    # An event that marks its own item stays a test of the event.
    (
        "If a lifeguard at Tollcross Leisure Centre marks the main pool as closed, post it in"
        " #reception and fire the website-banner webhook.",
        {},
        (None, [C, S, W]),
    ),
    # A relative after a noun still picks a subset.
    (
        "Every Monday at 9am, email the members who are overdue from"
        " https://members.oakgym.example/api/members to billing@oakgym.example.",
        {},
        ("0 9 * * 1", [H, C, E]),
    ),
    (
        "Every 10 minutes, check https://doors.vaultbox.example/api/status and post in #security"
        " whenever a door shows an error.",
        {},
        ("*/10 * * * *", [H, C, S]),
    ),
    (
        "If the tank is empty, email ops@acme.example.",
        {},
        (None, [C, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), UNDERSTOOD + TOLD_WHO)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), UNDERSTOOD)
def test_no_condition_doubt(text, context, expected):
    assert not [d for d in doubts_of(text, context) if "not understood" in d]


@pytest.mark.parametrize(("text", "context", "expected"), UNDERSTOOD + TOLD_WHO)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected


# The test each construction reads: its field, operator and value.
TESTS_READ = [
    (REPORTS_QUOTED[0], ("$.chairlift.status", "equals", "stopped")),
    (SHOWN_AS[0], ("$.mic.status", "equals", "disconnected")),
    (SHOWN_AS[1], ("$.gate.status", "equals", "locked")),
    (TOLD_OF_ANOTHER[0], ("$.car_park.status", "not_equals", "closed_for_maintenance")),
    (TOLD_OF_ANOTHER[1], ("$.day.status", "not_equals", "grounded_for_weather")),
    (DENIED_OR_PLAIN_STATE[1], ("$.guarantee", "not_equals", "registered")),
    (DENIED_OR_PLAIN_STATE[2], ("$.backup.status", "not_equals", "complete")),
    (NOT_MARKED[0], ("$.order.status", "not_equals", "delivered")),
    (SOLD_OUT_ON_A_SCHEDULE[0], ("$.show.status", "equals", "sold_out")),
]


@pytest.mark.parametrize(("case", "expected"), TESTS_READ)
def test_the_test_read(case, expected):
    text, context, _ = case
    check = next(s for s in parse(text, context).steps if s.action == "check_status")
    assert (check.config["field"], check.config["operator"], check.config["value"]) == expected
