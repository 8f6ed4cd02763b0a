"""Round 80: a corrected time written with a dot ("… at 7 — make it 7.30") is a clock time; a
correction naming only a window's end ("from 6am to 9pm — actually, till 10pm") moves that end
and keeps the start; and a reason after a corrected day whose subject is the day dropped ("make
that Thursdays — Tuesdays are our busiest clinic day") names no run."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = "http.request", "check_status", "slack.post_message", "email.send", "webhook.post"
Q, R = "salesforce.query", "generate_report"

# "<time> — <marker> <hour>.<minutes>": the dotted time corrects the clock time before it.
DOTTED_FIXES = [
    (
        "can u drop the cheese cave temps from https://caves.wensleymoorcheese.example/api/temps"
        " into #affineurs every day at 7 \u2014 no sorry, #cave-team, and make it 7.30",
        {},
        ("30 7 * * *", [H, S]),
    ),
    (
        "Every Monday at 9am, fetch the rota from https://rota.example/api and post it in"
        " #nurses \u2014 actually, make it 9.15",
        {},
        ("15 9 * * 1", [H, S]),
    ),
    (
        "Query Salesforce for stale deals every weekday at 18:00 and email them to"
        " sales@firm.example. Sorry, 18.45.",
        {},
        ("45 18 * * 1-5", [Q, E]),
    ),
    (
        "each friday at 4pm pull the invoices from https://billing.example/api and email them"
        " to accounts@firm.example, no wait, 4.30",
        {},
        ("30 16 * * 5", [H, E]),
    ),
    (
        "At 6 every morning, post the tide table from https://tides.example/api in #harbour"
        " \u2014 I mean 6.45",
        {},
        ("45 6 * * *", [H, S]),
    ),
]

# "<from X to Y> — <marker> till Z": the end of the window is corrected, its start stays.
WINDOW_ENDS = [
    (
        "Bit of background: Aquadrome Leisure Centre had a chlorine dosing pump fail"
        " mid-session last month and we only found out from a swimmer complaining about sore"
        " eyes. Please check https://poolsensors.aquadrome.example/api/chlorine every 30"
        " minutes from 6am to 9pm \u2014 actually, till 10pm, we've started late swims. If free"
        " chlorine drops below 1 ppm, page the duty lifeguard through the pager webhook and put"
        " a note in #poolside.",
        {},
        ("*/30 6-22 * * *", [H, C, W, S]),
    ),
    (
        "Every hour between 8am and 6pm, fetch the queue length from"
        " https://queue.example/api and post it in #front-desk. No, until 8pm.",
        {},
        ("0 8-20 * * *", [H, S]),
    ),
    (
        "Poll https://kiln.example/api/temp every 15 minutes from 7am to 5pm on weekdays and"
        " email the readings to potter@studio.example \u2014 sorry, to 7pm",
        {},
        ("*/15 7-19 * * 1-5", [H, E]),
    ),
    (
        "every 20 min 9am-5pm, check https://tickets.example/api and post them in"
        " #helpdesk, actually until 6pm",
        {},
        ("*/20 9-18 * * *", [H, S]),
    ),
    (
        "Fetch the gate log from https://gates.example/api every 10 minutes from 5am till"
        " 10pm. I mean till 11pm.",
        {},
        ("*/10 5-23 * * *", [H]),
    ),
]

# "make that <day> — <the day dropped> are …": the reason's subject is the day taken back.
REASONS_ABOUT_THE_DAY = [
    (
        "Quick background \u2014 I run the front desk at Clearsound Audiology and patients keep"
        " forgetting to bring their hearing aids in for the annual service, which wrecks our"
        " diary. Every Tuesday at 9am, could you query Salesforce for patient accounts whose"
        " service contract renews in the next fortnight and email the list to"
        " frontdesk@clearsoundaudiology.example? Actually, make that Thursdays \u2014 Tuesdays"
        " are our busiest clinic day. Cheers.",
        {},
        ("0 9 * * 4", [Q, E]),
    ),
    (
        "Every Monday at 8am, fetch the menu from https://kitchen.example/api and post it in"
        " #staff. Sorry, make that Wednesdays, Mondays are when the chef is off.",
        {},
        ("0 8 * * 3", [H, S]),
    ),
    (
        "Email the stock report from https://stock.example/api to buyer@shop.example every"
        " Friday at 5pm \u2014 no, Thursdays \u2014 Friday is our delivery day.",
        {},
        ("0 17 * * 4", [H, E]),
    ),
    (
        "Each Saturday at 10am post the match list from https://league.example/api in"
        " #coaches. Actually, Sundays \u2014 Saturdays are too hectic.",
        {},
        ("0 10 * * 0", [H, S]),
    ),
    (
        "Every Wednesday at noon query Salesforce for open renewals and email them to"
        " renewals@firm.example \u2014 hang on, make that Tuesdays \u2014 Wednesday's our"
        " board day.",
        {},
        ("0 12 * * 2", [Q, E]),
    ),
]

# Near cases that must not change: no correction, a dotted value, a window with no correction.
NEAR_CASES = [
    (
        "Every day at 7, fetch the temps from https://caves.example/api and post them in"
        " #cave-team.",
        {},
        ("0 7 * * *", [H, S]),
    ),
    (
        "Every hour, check https://pool.example/api and if the pH drops below 7.2 \u2014 no,"
        " make that 7.30 \u2014 post it in #poolside.",
        {},
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Please check https://pool.example/api every 30 minutes from 6am to 9pm and post"
        " problems in #poolside.",
        {},
        ("*/30 6-21 * * *", [H, C, S]),
    ),
    (
        "Every Tuesday at 9am, query Salesforce for renewals and email them to"
        " desk@clinic.example. Actually, make that Thursdays.",
        {},
        ("0 9 * * 4", [Q, E]),
    ),
    (
        "Every Tuesday and Thursday at 9am, query Salesforce for renewals and email them to"
        " desk@clinic.example.",
        {},
        ("0 9 * * 2,4", [Q, E]),
    ),
]

CASES = DOTTED_FIXES + WINDOW_ENDS + REASONS_ABOUT_THE_DAY + NEAR_CASES


@pytest.mark.parametrize(("text", "context", "expected"), CASES)
def test_reads_cron_and_actions(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "context"),
    [(t, c) for t, c, _ in DOTTED_FIXES + WINDOW_ENDS + REASONS_ABOUT_THE_DAY],
)
def test_right_readings_carry_no_new_doubts(text, context):
    doubts = doubts_of(text, context)
    assert not [d for d in doubts if "not understood" in d or "schedule read is" in d]
    assert confidence_of(text, context) >= 0.7
