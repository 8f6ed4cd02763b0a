"""Round 79: "they'd gone quiet" in the story before the request is told in the past ("had"), not
a wish ("I'd like"); an offer to say more at the end ("Happy to explain more if needed.") is no
step; and "set up a Monday job at 8:40 that …" asks for the workflow, its day and time kept."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E = "http.request", "check_status", "slack.post_message", "email.send"
Q, R = "salesforce.query", "generate_report"

# "<teller> … they'd / we'd <participle> …. Could you …": "'d" with a participle is "had".
HAD_IN_THE_STORY = [
    (
        "So, a bit of context \u2014 I run inside sales at Carrow Freight Forwarding and we've"
        " lost two big shippers this year because nobody noticed they'd gone quiet. Could you"
        " set something up that, every Monday and Thursday at 7:50am, queries Salesforce for"
        " accounts that haven't booked a shipment in 45 days, builds a report from that, and"
        " emails it to me at d.okafor@carrowfreight.example? Happy to explain more if needed.",
        {},
        ("50 7 * * 1,4", [Q, R, E]),
    ),
    (
        "I manage the front desk at Pinewood Physio and two patients walked out last month"
        " because we'd double-booked them. Could you, every weekday at 8am, fetch tomorrow's"
        " appointments from https://api.pinewood.example/bookings and email them to"
        " desk@pinewood.example?",
        {},
        ("0 8 * * 1-5", [H, E]),
    ),
    (
        "Last winter we'd left the greenhouse vents open and lost every seedling. Every night"
        " at 9pm, fetch the forecast from https://weather.example/api and post it in"
        " #greenhouse.",
        {},
        ("0 21 * * *", [H, S]),
    ),
    (
        "Our courier told us twice that they'd already delivered parcels that never arrived."
        " Please check https://tracking.example/api every hour and post the undelivered ones"
        " in #dispatch.",
        {},
        ("0 * * * *", [H, C, S]),
    ),
    (
        "I run the stockroom at Tilly's Toys, and by the time anyone looked we'd sold out of"
        " the bestsellers. Every Friday at 4pm, query Salesforce for low-stock products and"
        " email the list to buyer@tillys.example.",
        {},
        ("0 16 * * 5", [Q, E]),
    ),
]

# "… <the request>. Happy to explain more if needed.": an offer to say more, said last.
OFFER_TO_SAY_MORE = [
    (
        "Every Monday at 9am, pull the open tickets from https://help.example/api and post them"
        " in #support. Happy to explain more if needed.",
        {},
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Every Monday at 9am, pull the open tickets from https://help.example/api and post them"
        " in #support. Glad to elaborate if that helps.",
        {},
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Each weekday at 6pm, query Salesforce for deals closed today and email them to"
        " sales@firm.example. Happy to go into more detail if useful!",
        {},
        ("0 18 * * 1-5", [Q, E]),
    ),
    (
        "Every Sunday at 8pm, fetch the rota from https://rota.example/api and post it in"
        " #nurses. I can explain further if needed.",
        {},
        ("0 20 * * 0", [H, S]),
    ),
    (
        "Each morning at 7, get the weather from https://weather.example/api and email it to"
        " me at k@farm.example. Happy to explain more if that's needed!",
        {},
        ("0 7 * * *", [H, E]),
    ),
]

# "set up / create / build a <day or time words> job|run|task [at <time>] that …": the request,
# with when it runs named on the job.
JOB_NAMED_BY_WHEN = [
    (
        "Could you set up a Monday job at 8 \u2014 no wait, 8:40, the office doesn't open till"
        " half eight \u2014 that queries Salesforce for last week's new leads at Harrow & Vale"
        " Mortgages and DMs them to Tom in Slack?",
        {},
        ("40 8 * * 1", [Q, S]),
    ),
    (
        "Could you set up a Monday job at 8:40 that queries Salesforce for new leads and DMs"
        " them to Tom in Slack?",
        {},
        ("40 8 * * 1", [Q, S]),
    ),
    (
        "Can you set up a Friday job at 5pm that pulls the week's invoices from"
        " https://billing.example/api and emails them to finance@firm.example?",
        {},
        ("0 17 * * 5", [H, E]),
    ),
    (
        "Please create a weekday run at 7:15 that fetches the rota from https://rota.example/api"
        " and posts it in #nurses.",
        {},
        ("15 7 * * 1-5", [H, S]),
    ),
    (
        "Could you build a Sunday evening task at 6pm which queries Salesforce for stale"
        " opportunities and DMs them to Priya in Slack?",
        {},
        ("0 18 * * 0", [Q, S]),
    ),
    (
        "Could you make me a Tuesday and Thursday job at 10am that fetches the orders from"
        " https://orders.example/api and emails them to packing@shop.example?",
        {},
        ("0 10 * * 2,4", [H, E]),
    ),
]

READ_WHOLE = HAD_IN_THE_STORY + OFFER_TO_SAY_MORE + JOB_NAMED_BY_WHEN


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), OFFER_TO_SAY_MORE + JOB_NAMED_BY_WHEN[1:])
def test_no_false_doubt(text, context, expected):
    assert not doubts_of(text, context)


@pytest.mark.parametrize(("text", "context", "expected"), HAD_IN_THE_STORY + OFFER_TO_SAY_MORE)
def test_told_and_offered_words_are_no_loose_ends(text, context, expected):
    doubts = doubts_of(text, context)
    assert not [d for d in doubts if "not understood" in d or "background" in d or "'set'" in d]


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE[1:])
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


# Near cases that must not change.
NEAR = [
    # "we'd need" is a wish: it asks, and its sentence stays to be read.
    (
        "We run a bakery and we'd need the orders in #kitchen. Every morning at 6am, fetch the"
        " orders from https://orders.example/api.",
        {},
        ("0 6 * * *", [H, S]),
    ),
    # A step that explains, tested by "if needed", is no offer to say more.
    (
        "Every day at 5pm, fetch the queue from https://queue.example/api and explain the delays"
        " to ops@firm.example if needed.",
        {},
        ("0 17 * * *", [H, C, E]),
    ),
    # "Let me know." alone is a delivery.
    (
        "Every day at 5pm, fetch the queue from https://queue.example/api. Let me know.",
        {},
        ("0 17 * * *", [H, E]),
    ),
    # The job with no day or time on it, said after "that".
    (
        "Could you set up a job that every Monday at 8:40 queries Salesforce for new leads and"
        " DMs them to Tom in Slack?",
        {},
        ("40 8 * * 1", [Q, S]),
    ),
    # A reminder set up is a message sent.
    (
        "Set up a Monday reminder in #team at 9am to submit timesheets.",
        {},
        ("0 9 * * 1", [S]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected
