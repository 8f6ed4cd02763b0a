"""Round 56: a kind named before "the rest" is the subset the rest is left from, a subset named
as the subject of where it goes, a kind picked from everything fetched, and "leave out" drops."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S = "http.request", "check_status", "webhook.post", "email.send", "slack.post_message"

# "send the mobile call-outs to the webhook and post the rest in #workshop": "the rest" says the
# items sent first were only some of them, so the modifier of what was sent first is the test.
KIND_BEFORE_THE_REST = [
    (
        "Every weekday at 7:20, fetch today's bookings from"
        " https://bookings.example-gripfasttyres.co.uk/api/today; send the mobile call-outs to the"
        " van fitters' webhook and post the rest in #workshop.",
        ("20 7 * * 1-5", [H, C, W, C, S]),
    ),
    (
        "We're a two-van florist and the drivers keep getting handed orders that aren't theirs."
        " Every day at half past six in the morning, fetch today's orders from"
        " https://orders.example-petalandstem.co.uk/api/today; send the same-day deliveries to the"
        " van-routing webhook and email everything else to shop@example-petalandstem.co.uk.",
        ("30 6 * * *", [H, C, W, C, E]),
    ),
    (
        "every morning at 8, pull the day's appointments from https://api.example-vets.com/today;"
        " post the surgical cases in #theatre and email the others to reception@example-vets.com",
        ("0 8 * * *", [H, C, S, C, E]),
    ),
    (
        "at 6pm each day get the returns from https://shop.example.com/api/returns, forward the"
        " damaged parcels to the claims webhook and send all the others to #returns",
        ("0 18 * * *", [H, C, W, C, S]),
    ),
    (
        "Every Monday at 9am, fetch new applications from https://jobs.example.org/api/new; email"
        " the graduate applications to grads@example.org and post the remaining ones in #hiring.",
        ("0 9 * * 1", [H, C, E, C, S]),
    ),
    (
        "hourly, fetch the open faults from https://noc.example.net/api/faults; page the fibre"
        " outages via the on-call webhook and post everything else in #noc",
        ("0 * * * *", [H, C, W, C, S]),
    ),
]

# Without a remainder, what is sent is all of it: no test.
NO_REMAINDER = [
    (
        "Every weekday at 7:20, fetch today's bookings from https://bookings.example.com/api/today"
        " and send the mobile call-outs to the van fitters' webhook.",
        ("20 7 * * 1-5", [H, W]),
    ),
    (
        "every day at 6, fetch the daily summary from https://api.example.com/summary; send the"
        " weekly figures to #ops and post the rest of the team a reminder in #team",
        ("0 6 * * *", [H, S, S]),
    ),
]

# "leak reports go straight to the plumber webhook and every other repair gets emailed to …":
# the kind that goes first is the subject of its delivery.
SUBJECT_ROUTED = [
    (
        "Whenever a tenant logs a repair at Oakridge Housing Co-op, leak reports go straight to"
        " the emergency-plumber webhook and every other repair gets emailed to"
        " repairs@example-oakridgecoop.org.uk.",
        (None, [C, W, C, E]),
    ),
    (
        "When a customer submits a complaint, billing complaints go to #finance and every other"
        " complaint gets emailed to care@example.com.",
        (None, [C, S, C, E]),
    ),
    (
        "whenever a booking comes in, wedding bookings go straight to the events webhook and all"
        " other bookings get posted in #front-desk",
        (None, [C, W, C, S]),
    ),
    (
        "When a new ticket is opened, hardware tickets go to the field-team webhook and every"
        " other ticket gets posted in #helpdesk.",
        (None, [C, W, C, S]),
    ),
    (
        "when an invoice arrives, overseas invoices go to ap-intl@example.com and every other"
        " invoice gets posted in #accounts",
        (None, [C, E, C, S]),
    ),
]

# "pull every open job … and ship the emergency call-outs over to #plumbers-on-call": the fetch
# takes all of them, so a kind named in what is sent picks some.
PICKED_FROM_ALL = [
    (
        "Weekdays at 4:45pm, pull every open job from"
        " https://jobs.example-rapidflowplumbing.co.uk/api/open and ship the emergency call-outs"
        " over to #plumbers-on-call.",
        ("45 16 * * 1-5", [H, C, S]),
    ),
    (
        "every day at 9, fetch every open order from https://shop.example.com/api/orders and send"
        " the express orders to #dispatch",
        ("0 9 * * *", [H, C, S]),
    ),
    (
        "Each morning at 7 pull all open tickets from https://desk.example.com/api/tickets and"
        " pass the VIP tickets over to the priority webhook.",
        ("0 7 * * *", [H, C, W]),
    ),
    (
        "at noon every day, fetch every pending claim from https://claims.example.com/api/pending"
        " and email the flood claims to adjusters@example.com",
        ("0 12 * * *", [H, C, E]),
    ),
    (
        "every friday at 5pm get all open jobs from https://crm.example.com/api/jobs and forward"
        " the roofing jobs over to roofers@example.com",
        ("0 17 * * 5", [H, C, E]),
    ),
]

# "leave out the staff comp tickets and send the rest …": a verb of dropping with its particle.
LEFT_OUT = [
    (
        "At 23:45 every night, fetch the day's ticket sales from"
        " https://box.example-castlegatemuseum.org/api/sales, leave out the staff comp tickets and"
        " send the rest to the accounting webhook.",
        ("45 23 * * *", [H, C, W]),
    ),
    (
        "every day at 6pm fetch the orders from https://shop.example.com/api/orders, leave out the"
        " test orders and post the rest in #sales",
        ("0 18 * * *", [H, C, S]),
    ),
    (
        "each Monday at 8am, get the signups from https://api.example.com/signups, weed out the"
        " spam accounts and email the rest to growth@example.com",
        ("0 8 * * 1", [H, C, E]),
    ),
    (
        "daily at 10, pull the expenses from https://fin.example.com/api/expenses; filter out the"
        " approved claims and send the rest to the audit webhook",
        ("0 10 * * *", [H, C, W]),
    ),
    (
        "every night at 1am fetch the bookings from https://api.example.com/bookings, strip out"
        " the cancelled bookings and post what's left in #bookings",
        ("0 1 * * *", [H, C, S]),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    KIND_BEFORE_THE_REST + NO_REMAINDER + SUBJECT_ROUTED + PICKED_FROM_ALL + LEFT_OUT,
)
def test_reads_the_subset(text: str, expected: tuple) -> None:
    cron, actions = expected
    assert read(text) == (cron, actions)


@pytest.mark.parametrize(
    "text", [t for t, _ in KIND_BEFORE_THE_REST + SUBJECT_ROUTED + PICKED_FROM_ALL + LEFT_OUT]
)
def test_right_reading_is_confident(text: str) -> None:
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []
