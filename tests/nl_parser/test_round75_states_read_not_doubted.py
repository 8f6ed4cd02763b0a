"""Round 75: tests the parser answered right but doubted, now read: a state a check reports
("unless it reports healthy"), a setback asked with "should … be" ("should any sailing be
cancelled"), a state or thing an item polled on a schedule has ("any route is closed", "a
machine shows an error code"), a deed of the person in hand told with its manner, place or time
("unless they bought it in person at the box office", "… in their first week"), "if they did"
after a lone "check whether …", and "chk" texted for "check"."""

import pytest

from tests.nl_parser.reading import doubts_of, read

H, E, S, W, C, WT = (
    "http.request",
    "email.send",
    "slack.post_message",
    "webhook.post",
    "check_status",
    "wait",
)

REPORTED_STATES = [
    (
        "every 30 mins from 8am to 8pm check https://pos.example-brightcornergrocers.com/api/health"
        " and email it@example-brightcornergrocers.com unless it reports healthy",
        ("*/30 8-20 * * *", [H, C, E]),
    ),
    (
        "Every hour, call https://api.example-tidewater.com/status and post in #ops unless it"
        " comes back green.",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Each morning at 7, hit https://probe.example-larkfield.org/api/ping and fire the pager"
        " webhook if the probe reports degraded.",
        ("0 7 * * *", [H, C, W]),
    ),
    (
        "Every 15 minutes ping https://vpn.example-oakmere.net/api/state and email"
        " noc@example-oakmere.net if it returns offline",
        ("*/15 * * * *", [H, C, E]),
    ),
    (
        "Weekdays at 9am fetch https://lab.example-fenwick.co.uk/api/freezer and message"
        " #lab-alerts unless it reads normal.",
        ("0 9 * * 1-5", [H, C, S]),
    ),
]

SETBACKS_ASKED_WITH_SHOULD = [
    (
        "At 6am and 2pm daily, check https://ferry.example-skerrylink.co.uk/api/sailings. Should"
        " any sailing be cancelled, push a warning to foot passengers through the SMS webhook;"
        " if nothing is cancelled, post 'all sailings running' in #terminal.",
        ("0 6,14 * * *", [H, C, W, C, S]),
    ),
    (
        "Every day at 5am, fetch https://air.example-northfly.com/api/flights. Should any flight"
        " be delayed, email ops@example-northfly.com.",
        ("0 5 * * *", [H, C, E]),
    ),
    (
        "Each weekday at 8, pull https://trains.example-valeline.co.uk/api/services; should a"
        " service be suspended, post it in #control.",
        ("0 8 * * 1-5", [H, C, S]),
    ),
    (
        "Hourly, look at https://bookings.example-glenroy.com/api/tours and fire the guides"
        " webhook should any tour be postponed.",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "At noon every day, check https://cargo.example-portwell.com/api/loads. Should a load be"
        " rejected, text the yard through the SMS webhook.",
        ("0 12 * * *", [H, C, W]),
    ),
]

POLLED_STATES = [
    (
        "Daily at 05:45, hit https://roads.kinrosshaulage.example/api/closures and fire the"
        " driver-alert webhook if any route on today's schedule is closed.",
        ("45 5 * * *", [H, C, W]),
    ),
    (
        "At 11am and 4pm on weekdays, check https://api.quickfoldlaundry.example/machines and"
        " message #shop-floor when a machine shows an error code.",
        ("0 11,16 * * 1-5", [H, C, S]),
    ),
    (
        "Every morning at 6, fetch https://lifts.example-harbourview.com/api/lifts and email"
        " facilities@example-harbourview.com if any lift in the east tower is out of service.",
        ("0 6 * * *", [H, C, E]),
    ),
    (
        "Every 10 minutes, check https://pumps.example-marshfield.org/api/pumps and page the"
        " on-call webhook when any pump reports a fault.",
        ("*/10 * * * *", [H, C, W]),
    ),
    (
        "Each Saturday at 7am, pull https://trails.example-peakpark.org/api/trails and post in"
        " #rangers if any trail on the north side is shut.",
        ("0 7 * * 6", [H, C, S]),
    ),
    (
        "Every hour check https://tills.example-cornerstore.com/api/tills and message #floor if a"
        " till displays a warning.",
        ("0 * * * *", [H, C, S]),
    ),
]

DEEDS_WITH_MANNER_OR_TIME = [
    (
        "whenever someone cancels their meal kit subscription send them the win-back email"
        " unless they cancelled in their first week",
        (None, [C, E]),
    ),
    (
        "When someone buys a ticket for a gig at Quarry Hall, text them the door times through"
        " the SMS webhook unless they bought it in person at the box office.",
        (None, [C, W]),
    ),
    (
        "When a member leaves the gym, email them the exit survey unless they left within their"
        " first month.",
        (None, [C, E]),
    ),
    (
        "Whenever a customer orders a cake, post the order in #bakery unless they ordered it by"
        " phone.",
        (None, [C, S]),
    ),
    (
        "When a guest books a table, send them a confirmation email unless they booked it in"
        " person at the front desk.",
        (None, [C, E]),
    ),
    (
        "Whenever a client renews their plan, message #accounts if they renewed in their first"
        " year.",
        (None, [C, S]),
    ),
]

ANSWERED_CHECKS = [
    (
        "Whenever someone books a service at Solway Cycles, check whether they ticked the 'text"
        " me' box; if they did, wait 24 hours and then send them a reminder through the SMS"
        " webhook.",
        (None, [C, WT, W]),
    ),
    (
        "When a booking comes in, check whether the deposit is paid; if so, text them through"
        " the SMS webhook.",
        (None, [C, W]),
    ),
    (
        "When an order is placed, check whether they added gift wrap; if they did, post it in"
        " #packing.",
        (None, [C, S]),
    ),
    (
        "Whenever a patient registers, check whether they opted in to reminders; if they have,"
        " email them the welcome pack.",
        (None, [C, E]),
    ),
    (
        "When a volunteer signs up, check whether they ticked the driver box, and if they did,"
        " post their name in #transport.",
        (None, [C, S]),
    ),
]

TEXTED_CHECKS = [
    (
        "mon-fri 7:05am chk https://hives.example-brightbeeapiary.co.uk/api/weights, if any hive"
        " is >2kg lighter than yday txt me on the sms webhook",
        ("5 7 * * 1-5", [H, C, W]),
    ),
    (
        "every 5 mins chk https://api.example-kilnworks.com/temp n if its over 900 msg #kiln",
        ("*/5 * * * *", [H, C, S]),
    ),
    (
        "daily 8am chk the feed at https://feed.example-dairyco.com/api/milk and email"
        " me@example-dairyco.com if any tank is over 4C",
        ("0 8 * * *", [H, C, E]),
    ),
    (
        "sat 9am chk https://stock.example-deli.co.uk/api/levels, if anything is under 5 msg #deli",
        ("0 9 * * 6", [H, C, S]),
    ),
]

READ = (
    REPORTED_STATES
    + SETBACKS_ASKED_WITH_SHOULD
    + POLLED_STATES
    + DEEDS_WITH_MANNER_OR_TIME
    + ANSWERED_CHECKS
    + TEXTED_CHECKS
)

# Near cases whose reading (or honest doubt) must not change: off a schedule a closed ticket is
# the trigger; a "should" after a modal is no subjunctive; a state no known word names stays
# doubted; a deed with a manner the rule does not know stays doubted.
UNCHANGED = [
    ("When a ticket is closed, post it in #support.", (None, [S])),
    (
        "Every day at 9, fetch https://x.example-acme.com/api/sites and email a@example-acme.com"
        " if it returns something odd.",
        ("0 9 * * *", [H, C, E]),
    ),
    (
        "Every day at 9, fetch https://x.example-acme.com/api/sites and post in #ops.",
        ("0 9 * * *", [H, S]),
    ),
    ("chk column is missing from the export", (None, [])),
]
DOUBTED = [
    "Every day at 9, fetch https://x.example-acme.com/api/sites and email a@example-acme.com"
    " if it returns something odd.",
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_the_state_is_read_without_doubt(text, expected):
    assert read(text) == expected
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED[:3])
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", DOUBTED)
def test_an_unknown_state_stays_doubted(text):
    assert any("not understood" in doubt for doubt in doubts_of(text))
