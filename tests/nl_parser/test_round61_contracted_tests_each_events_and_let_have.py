"""Round 61: "if any camera's offline ping #keepers" is a test with its "is" typed short, "after
every tattoo session text the client …" is an event named by its noun with the step straight
after it, and "let the guest have it" is a delivery to the guest."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, WAIT, SUM = "check_status", "wait", "summarize"
MAIL_OR_CALL = {"availableTools": [H, E]}

# "if any camera's offline ping #keepers": after an opener of a test, a noun's "'s" and one word,
# then a break or a step's verb, is "is".
CONTRACTED_IS = [
    (
        "aviary cams \u2014 every 10 min between 6am and 8pm hit"
        " https://cams.example-kestrelridgezoo.org/api/status n if any camera's offline ping"
        " #keepers",
        ("*/10 6-20 * * *", [H, C, S]),
    ),
    (
        "every 5 minutes check https://api.example-harbour.com/health and if the site's down"
        " email ops@example-harbour.com",
        ("*/5 * * * *", [H, C, E]),
    ),
    (
        "every 15 min get https://queue.example-print.com/api/jobs and when the queue's empty"
        " ping #printroom",
        ("*/15 * * * *", [H, C, S]),
    ),
    (
        "Every hour fetch https://beacons.example-port.org/api/status and if any beacon's"
        " unreachable, email harbour@example-port.org",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "every 30 minutes hit https://door.example-gym.com/api/locks n if the back door's"
        " unlocked alert #security",
        ("*/30 * * * *", [H, C, S]),
    ),
    (
        "hourly poll https://pumps.example-farm.com/api/status and if the pump's not responding"
        " post in #farm",
        ("0 * * * *", [H, C, S]),
    ),
]

# A possessive "'s" in a test keeps its noun and that noun's verb; "is" written out is unchanged.
CONTRACTED_IS_KEPT = [
    (
        "every 10 min hit https://cams.example-zoo.org/api/status and if the camera's battery is"
        " below 20% ping #keepers",
        ("*/10 * * * *", [H, C, S]),
    ),
    (
        "every 10 min hit https://cams.example-zoo.org/api/status and if any camera is offline"
        " ping #keepers",
        ("*/10 * * * *", [H, C, S]),
    ),
    (
        "every 10 min hit https://cams.example-zoo.org/api/status and ping #keepers",
        ("*/10 * * * *", [H, S]),
    ),
]

# "after every tattoo session … text the client …": "after" every (or each) event named by its
# noun, perhaps with where it happens; the step's verb follows with no comma.
EACH_EVENT_NAMED = [
    (
        "after every tattoo session at inkwell & anchor text the client the aftercare sheet thru"
        " the sms webhook n two weeks later email them asking for a healed pic",
        (None, [W, WAIT, E]),
    ),
    (
        "after every session email the client the aftercare sheet",
        (None, [E]),
    ),
    (
        "after each yoga class at Lotus Studio email the attendees the class notes and three days"
        " later text them asking for a review via the sms webhook",
        (None, [E, WAIT, W]),
    ),
    (
        "after every boarding stay at Paws Hotel message the owner the stay report through the"
        " sms webhook n a month later email them asking for feedback",
        (None, [W, WAIT, E]),
    ),
    (
        "after each bike service send the rider the service sheet via the sms webhook, then 6"
        " weeks later email them asking for a rating",
        (None, [W, WAIT, E]),
    ),
    (
        "after every dog walk post a photo in #walkers",
        (None, [S]),
    ),
]

# With the comma the event already ended there; that reading stays.
EACH_EVENT_KEPT = [
    (
        "after every delivery, text the customer via the sms webhook",
        (None, [W]),
    ),
    (
        "after every tattoo session, text the client the aftercare sheet through the sms webhook",
        (None, [W]),
    ),
]

# "let the guest have it": leave for whom it is sent to have (see, get) it, a delivery.
LET_HAVE = [
    (
        "When a guest checks in at the Saltmarsh Inn, grab tomorrow's forcast from"
        " https://wx.example-saltmarshinn.co.uk/api/forecast and let the guest have it.",
        MAIL_OR_CALL,
        (None, [H, E]),
    ),
    (
        "Every Monday at 8am, pull the rota from https://rota.example-clinic.com/api/week and let"
        " the nurses have it by email.",
        {},
        ("0 8 * * 1", [H, E]),
    ),
    (
        "When a tenant reports a leak, get the plumber list from"
        " https://trades.example-lets.co.uk/api/plumbers and let the tenant see it.",
        MAIL_OR_CALL,
        (None, [H, E]),
    ),
    (
        "Every Friday at 4pm fetch the timesheets from https://hr.example-mill.com/api/timesheets,"
        " summarize them and let #payroll have the summary.",
        {},
        ("0 16 * * 5", [H, SUM, S]),
    ),
    (
        "Every Friday at 4pm fetch the timesheets from https://hr.example-mill.com/api/timesheets"
        " and let payroll@example-mill.com have them.",
        {},
        ("0 16 * * 5", [H, E]),
    ),
    (
        "when an order ships, let the customer have a copy of the invoice by email",
        {},
        (None, [E]),
    ),
]

# "let … know" stays a notification, and "let it run" no delivery.
LET_KEPT = [
    (
        "When a guest checks in, grab tomorrow's forecast from https://wx.example-inn.co.uk/api/fc"
        " and let the guest know.",
        MAIL_OR_CALL,
        (None, [H, E]),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), CONTRACTED_IS + CONTRACTED_IS_KEPT + EACH_EVENT_NAMED + EACH_EVENT_KEPT
)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTRACTED_IS + EACH_EVENT_NAMED)
def test_right_readings_are_confident(text, expected):
    assert confidence_of(text) >= 0.7, doubts_of(text)


@pytest.mark.parametrize(("text", "context", "expected"), LET_HAVE + LET_KEPT)
def test_let_have_reads_as_a_delivery(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), LET_HAVE)
def test_let_have_is_confident(text, context, expected):
    assert confidence_of(text, context) >= 0.7, doubts_of(text, context)


def test_let_it_run_makes_no_delivery():
    assert E not in read("let it run for an hour then pause")[1]
