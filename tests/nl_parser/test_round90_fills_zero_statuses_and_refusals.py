"""Round 90: "if" before an item filling ("if a performance sells out") asks whether it did; a
quantity reaching zero ("stock hits zero", "drops to zero"); a status reported with "a status
of 'X'"; a person's refusal of a kind of contact ("unless they've said no to texts", kept after
a correction of the delivery); and a level below a bare fraction ("soap below a quarter")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, S, E, W, H = "check_status", "slack.post_message", "email.send", "webhook.post", "http.request"

# "if <an item of a kind> sells out / fills up / books up": a test, as "if a run gets cancelled".
FILLED = [
    (
        "If a Lantern Theatre performance sells out, let the marketing team know.",
        {"availableTools": [E]},
        (None, [C, E]),
    ),
    ("If any pottery workshop at Clayhouse fills up, post in #studio.", {}, (None, [C, S])),
    (
        "If the spring gala books up, trigger the webhook https://hooks.example/gala.",
        {},
        (None, [C, W]),
    ),
    (
        "Email boxoffice@playhouse.example if one of our matinees sells out.",
        {},
        (None, [C, E]),
    ),
    ("If a Harbour Kayaks sunset tour books up, ping #guides.", {}, (None, [C, S])),
]

# "<a quantity> hits / reaches / drops to / falls to zero": the quantity is at or below none.
ZERO = [
    (
        "When any product's stock at Rivet & Rail Hardware hits zero, post it in #purchasing.",
        {},
        (None, [C, S]),
    ),
    (
        "If the coffee bean count drops to zero, email orders@beanery.example.",
        {},
        (None, [C, E]),
    ),
    ("Whenever a printer's toner level reaches zero, ping #office.", {}, (None, [C, S])),
    (
        "When the fuel balance on a fleet card falls to zero, trigger the webhook"
        " https://fleet.example/hook.",
        {},
        (None, [C, W]),
    ),
    (
        "Every hour, check https://api.example.com/seats and post in #events if the seats left"
        " hit zero.",
        {},
        ("0 * * * *", [H, C, S]),
    ),
]

# "<a device> reports a status of '<value>'": the status it reports is the value tested.
STATUSES = [
    (
        "Honestly fed up \u2014 twice this week the lane machines at Riverside Bowl jammed and"
        " nobody noticed for an hour. Whenever a lane controller reports a status of 'pinsetter"
        " fault', ping #lane-techs straight away.",
        {},
        (None, [C, S]),
    ),
    (
        "Whenever a lane controller reports a status of 'pinsetter fault', ping #lane-techs.",
        {},
        (None, [C, S]),
    ),
    (
        'When a freezer sensor reports a state of "defrosting", email kitchen@bistro.example.',
        {},
        (None, [C, E]),
    ),
    (
        "If a parcel locker returns a status of 'door open', post in #depot.",
        {},
        (None, [C, S]),
    ),
    (
        "When any ticket machine shows a status of 'out of paper', trigger the webhook"
        " https://ops.example/tickets.",
        {},
        (None, [C, W]),
    ),
]

# "unless they've said no to <a kind of contact>", "if they opted out of <it>": their choice.
REFUSALS = [
    (
        "Whenever a swatch order ships from Selvedge Fabrics, email the tracking link to the"
        " customer \u2014 actually no, text it through the SMS webhook \u2014 unless they've"
        " said no to texts.",
        {},
        (None, [C, W]),
    ),
    (
        "When an order ships, text the customer through the SMS webhook unless they've said no"
        " to texts.",
        {},
        (None, [C, W]),
    ),
    (
        "When a new member joins, email them the newsletter unless they opted out of marketing"
        " emails.",
        {},
        (None, [C, E]),
    ),
    (
        "Whenever a booking is confirmed, send the reminder through the SMS webhook if they have"
        " said yes to reminders.",
        {},
        (None, [C, W]),
    ),
    (
        "When a prescription is ready, text the patient via the webhook \u2014 sorry, email them"
        " instead \u2014 unless they've said no to emails.",
        {},
        (None, [C, E]),
    ),
]

# "<a level> below / under / above a quarter / half / third": a fraction of full.
FRACTIONS = [
    (
        "Sudsy's Car Wash: every three hours, check the chemical tanks at"
        " https://bays.sudsycarwash.example/api/tanks. Soap below a quarter in any bay \u2192"
        " email supplies@sudsycarwash.example.",
        {},
        ("0 */3 * * *", [H, C, E]),
    ),
    (
        "Every hour, check the bins at https://bins.example/api/levels and post in #crew if any"
        " bin is above half.",
        {},
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every morning at 7, check https://farm.example/api/troughs; water under a third in any"
        " trough \u2192 ping #yard.",
        {},
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "Every 30 minutes, check the battery at https://van.example/api/battery and email"
        " fleet@van.example if the charge drops below a quarter.",
        {},
        ("*/30 * * * *", [H, C, E]),
    ),
]

ALL = FILLED + ZERO + STATUSES + REFUSALS + FRACTIONS


@pytest.mark.parametrize(("text", "context", "expected"), ALL)
def test_read_as_the_construction_says(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), FILLED + ZERO + STATUSES[1:] + FRACTIONS)
def test_right_answers_are_sure(text, context, expected):
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


# Near cases that must keep their reading.
NEAR = [
    # "when" before the filling names the event.
    ("When a Lantern Theatre performance sells out, email marketing@lantern.example.", (None, [E])),
    # On a schedule the filling was a test already.
    (
        "Every 20 minutes, check https://tickets.example.com/api/sales/live and post to"
        " #box-office when a show sells out.",
        ("*/20 * * * *", [H, C, S]),
    ),
    # No condition at all.
    ("When an order ships, text the customer through the SMS webhook.", (None, [W])),
    ("Whenever a lane controller reports in, ping #lane-techs.", (None, [S])),
    ("Every morning at 8, email the stock report to buyer@shop.example.", ("0 8 * * *", [E])),
    # A time told with a fraction stays a time.
    ("Every day at a quarter past nine, post the rota in #staff.", ("15 9 * * *", [S])),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
