"""Round 92: "keep just the ones …" picking items; "ship it to both #x and y@…" delivering;
"roll it all into a summary" (no "up") summarizing; a courtesy after the people a thing is made
for ("… for the duty managers, please."); and "X wants a <message> list:" heading the steps."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, S, E, H = "check_status", "slack.post_message", "email.send", "http.request"
Q, SUM, REP = "salesforce.query", "summarize", "generate_report"

# "keep just / solely the ones <test>": items chosen by a test, as "keep only the ones" are.
KEPT_SUBSETS = [
    (
        "Harborview Marina, 1st of the month at 08:30 \u2014 pull all the berth-rental accounts"
        " from Salesforce, keep just the ones owing more than $1,000, and send those to"
        " accounts@harborviewmarina.example and to #dockmaster.",
        ("30 8 1 * *", [Q, C, E, S]),
    ),
    (
        "Every Monday at 9am, pull the accounts from Salesforce, keep just the ones owing more"
        " than $1,000, and email them to ar@x.example.",
        ("0 9 * * 1", [Q, C, E]),
    ),
    (
        "Each evening at 6pm fetch the orders from https://shop.example/api/orders, keep just the"
        " ones above $500 and post them to #sales.",
        ("0 18 * * *", [H, C, S]),
    ),
    (
        "Every Friday at 4pm, get the invoices from https://books.example/api/invoices, keep just"
        " those over 30 days overdue, and email them to finance@x.example.",
        ("0 16 * * 5", [H, C, E]),
    ),
    (
        "Daily at 07:00 pull the readings from https://tanks.example/api/levels, pick out just the"
        " ones below 20% and post them in #ops.",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "On the 1st of every month at 10:00, query Salesforce for renewals, keep solely the ones"
        " worth more than $5,000, then email them to sales@x.example.",
        ("0 10 1 * *", [Q, C, E]),
    ),
]

# "ship it to (both) #channel and someone@…": a thing shipped to a place is sent there.
TOOLS_SHIP = {"availableTools": [H, REP, SUM, S, E]}
SHIPPED = [
    (
        "Orbit Planetarium: at 00:15 each night, pull the day's ticket scans from"
        " https://gates.orbitplanetarium.example/api/scans, build an attendance report and ship it"
        " to both #front-of-house and manager@orbitplanetarium.example.",
        ("15 0 * * *", [H, REP, S, E]),
    ),
    (
        "Every night at 23:00, pull the orders from https://shop.example/api/orders, build a sales"
        " report and ship it to both #sales and boss@shop.example.",
        ("0 23 * * *", [H, REP, S, E]),
    ),
    (
        "Every Monday at 8am, fetch the sign-ups from https://club.example/api/signups and ship"
        " them to #membership.",
        ("0 8 * * 1", [H, S]),
    ),
    (
        "Daily at 18:00, grab the incidents from https://ops.example/api/incidents, summarise them"
        " and ship the summary off to oncall@ops.example.",
        ("0 18 * * *", [H, SUM, E]),
    ),
    (
        "At 7am on weekdays, pull the deliveries from https://vans.example/api/runs and ship them"
        " to both #drivers and ops@vans.example.",
        ("0 7 * * 1-5", [H, S, E]),
    ),
]

# "roll / fold / bundle / gather X into a summary": gathered into a summary, with or without "up".
TOOLS_ROLL = {"availableTools": [H, "classify", SUM, E, S]}
ROLLED_INTO_A_SUMMARY = [
    (
        "Riverside Physio \u2014 Friday wrap-up\n\u00b7 16:45 every Friday\n\u00b7 fetch this"
        " week's discharge notes from https://notes.riversidephysio.example/api/discharges\n"
        "\u00b7 tag each one by injury type (knee, back, shoulder, other)\n\u00b7 roll it all into"
        " a summary\n\u00b7 ship it to clinicians@riversidephysio.example and to #clinic",
        ("45 16 * * 5", [H, "classify", SUM, E, S]),
    ),
    (
        "Every Friday at 17:00, fetch the tickets from https://desk.example/api/tickets, roll them"
        " all into a digest and post it to #support.",
        ("0 17 * * 5", [H, SUM, S]),
    ),
    (
        "Each Monday at 8am, pull the reviews from https://reviews.example/api/list, fold them into"
        " a short summary and email it to owner@cafe.example.",
        ("0 8 * * 1", [H, SUM, E]),
    ),
    (
        "Every evening at 9pm get the shift notes from https://ward.example/api/notes, then gather"
        " them into an overview for #nurses.",
        ("0 21 * * *", [H, SUM, S]),
    ),
    (
        "At 6pm daily, fetch the timesheets from https://hr.example/api/timesheets, bundle them"
        " into a recap and send it to payroll@hr.example.",
        ("0 18 * * *", [H, SUM, E]),
    ),
]

# "… for the duty managers, please.": a courtesy after the people it is made for.
COURTESY_AFTER_PEOPLE = [
    (
        "Strikeforce Bowl \u2014 Fridays 17:15: write up a recap of the week's lane bookings for"
        " the duty managers, please.",
        {"availableTools": [H, SUM, E]},
        ("15 17 * * 5", [H, SUM, E]),
    ),
    (
        "Fridays 16:00: put together a summary of the week's class bookings for the front desk"
        " team, please.",
        {"availableTools": [H, SUM, E]},
        ("0 16 * * 5", [H, SUM, E]),
    ),
    (
        "Every Monday at 8am, write a report on last week's deliveries for the warehouse"
        " managers, thanks.",
        {"availableTools": [H, REP, E]},
        ("0 8 * * 1", [H, REP, E]),
    ),
    (
        "Daily at 18:00 draft a recap of today's incidents for the night nurses please",
        {"availableTools": [H, SUM, S]},
        ("0 18 * * *", [H, SUM, S]),
    ),
    (
        "Every Friday at 17:00, write up a recap of the week's lane bookings for the duty"
        " managers, cheers.",
        {"availableTools": [H, SUM, E]},
        ("0 17 * * 5", [H, SUM, E]),
    ),
]

# "X wants a <message noun> list: <schedule>, <steps>": the list is what the steps make, no
# message of its own.
LIST_NEEDS = [
    (
        "Sunbeam Solar wants a service nudge list: at twenty past eleven in the morning every"
        " Thursday, look up the Salesforce accounts whose panels went in more than five years ago"
        " and mail them to service@sunbeamsolar.example.",
        ("20 11 * * 4", [Q, E]),
    ),
    (
        "Our dental practice needs a recall reminder list: every Monday at 8am, query Salesforce"
        " for patients whose last check-up was more than 6 months ago and email them to"
        " reception@smiles.example.",
        ("0 8 * * 1", [Q, E]),
    ),
    (
        "Brightwater Gym wants a renewal alert list: on the 1st of each month at 09:00, pull the"
        " Salesforce members whose contracts end within 30 days and post them to #front-desk.",
        ("0 9 1 * *", [Q, S]),
    ),
    (
        "The garden centre needs a follow-up nudge list: every Friday at 3pm, fetch the orders"
        " from https://shop.example/api/orders and email them to sales@garden.example.",
        ("0 15 * * 5", [H, E]),
    ),
    (
        "Millbrook Vets wants a vaccination reminder sheet: every weekday at 7:30, get the"
        " appointments from https://vets.example/api/bookings and email them to"
        " desk@millbrook.example.",
        ("30 7 * * 1-5", [H, E]),
    ),
]

CASES = [(text, None, expected) for text, expected in KEPT_SUBSETS + LIST_NEEDS]
CASES += [(text, TOOLS_SHIP, expected) for text, expected in SHIPPED]
CASES += [(text, TOOLS_ROLL, expected) for text, expected in ROLLED_INTO_A_SUMMARY]
CASES += COURTESY_AFTER_PEOPLE


@pytest.mark.parametrize(("text", "context", "expected"), CASES)
def test_reads_the_construction(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), CASES)
def test_is_sure_of_it(text, context, expected):
    assert confidence_of(text, context) >= 0.7, doubts_of(text, context)


# Near cases that must not change.
NEAR = [
    # Fields kept, not items: still a pick.
    (
        "Every Monday at 9am, pull the accounts from Salesforce, keep just the name and balance,"
        " and email them to ar@x.example.",
        None,
        ("0 9 * * 1", [Q, "pick", E]),
    ),
    # Nothing kept: no test.
    (
        "Every Monday at 9am, pull the accounts from Salesforce and email them to ar@x.example.",
        None,
        ("0 9 * * 1", [Q, E]),
    ),
    # "keep only the ones …" as before.
    (
        "Every Monday at 9am, pull the accounts from Salesforce, keep only the ones owing more"
        " than $1,000, and email them to ar@x.example.",
        None,
        ("0 9 * * 1", [Q, C, E]),
    ),
    # Rolled into a channel, no summary: no summarize.
    (
        "Every Friday at 17:00, fetch the tickets from https://desk.example/api/tickets and roll"
        " them into #archive.",
        None,
        ("0 17 * * 5", [H, S]),
    ),
    # No people named before the courtesy: nothing delivers.
    (
        "Every Friday at 17:00, write up a recap of the week's lane bookings, please.",
        {"availableTools": [H, SUM, E]},
        ("0 17 * * 5", [H, SUM]),
    ),
    # No tools listed: made for the people, kept where it is.
    (
        "Every Friday at 17:00, write up a recap of the week's lane bookings for the duty"
        " managers, please.",
        None,
        ("0 17 * * 5", [SUM]),
    ),
    # A summary wanted is still made; a message alone still sends.
    (
        "We need a summary of signups: every Monday at 9am post it to #growth.",
        None,
        ("0 9 * * 1", [SUM, S]),
    ),
    ("Every Monday at 9am send a nudge to #volunteers.", None, ("0 9 * * 1", [S])),
    ("Every Monday at 9am shoot a reminder to the team.", None, ("0 9 * * 1", [E])),
]


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
