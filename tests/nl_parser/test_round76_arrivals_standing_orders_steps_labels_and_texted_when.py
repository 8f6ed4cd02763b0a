"""Round 76: what reaches us named as a noun opens the event ("Upon submission of a candidate's
form, …", "Upon return of a hired item: …"); a standing order heads its duties as a policy does
("STANDING ORDER — Ledgerwood Building Society, Branch Operations."); a duty may say what the
items stand as before their place ("shall be recorded as balanced in #branch-ops"); a memo's
"Steps:" labels the list of steps; and "wen" texted before its clause is "when"."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
R, Q, WAIT = "generate_report", "salesforce.query", "wait"

# "Upon <submission | return | arrival | delivery> of <an item>": the event, as a receipt is.
ARRIVALS = [
    (
        "NOTICE — Ravenscar Sixth Form College, Exams Office. Upon submission of a candidate's"
        " special-consideration form, the exams officer shall be notified in #exams-office."
        " Forty-eight hours thereafter, a confirmation e-mail shall be sent to the candidate.",
        {},
        (None, [S, WAIT, E]),
    ),
    (
        "PROCEDURE: Returned Equipment — Tallow Tool Hire. Upon return of a hired item: if the"
        " item has passed inspection, the customer shall be e-mailed their deposit receipt;"
        " otherwise, the damage details shall be forwarded to the claims webhook.",
        {},
        (None, [C, E, C, W]),
    ),
    (
        "Upon submission of a timesheet, post it in #payroll and email the manager.",
        {},
        (None, [S, E]),
    ),
    ("On arrival of a new parcel at the depot, ping #warehouse.", {}, (None, [S])),
    (
        "Upon delivery of an order, wait 3 days and then email the customer a feedback request.",
        {},
        (None, [WAIT, E]),
    ),
    (
        "On the return of any library laptop: if it is damaged, post in #it-desk; otherwise"
        " email the borrower a thank-you note.",
        {},
        (None, [C, S, C, E]),
    ),
    (
        "Upon arrival of each delivery van at the yard, the gate team shall be notified in"
        " #yard-ops.",
        {},
        (None, [S]),
    ),
]

# "STANDING ORDER — <firm>, <department>.": a heading, no words left unread.
STANDING_ORDERS = [
    (
        "STANDING ORDER — Ledgerwood Building Society, Branch Operations. Each weekday at 17:15"
        " the cash-drawer variances shall be retrieved from"
        " https://tills.ledgerwoodbs.example/api/variances. Any drawer out by more than £50 shall"
        " be forwarded by e-mail to the branch manager at manager@ledgerwoodbs.example; all"
        " remaining drawers shall be recorded as balanced in #branch-ops.",
        {},
        ("15 17 * * 1-5", [H, C, E, C, S]),
    ),
    (
        "Standing Order — Fenwick Marina, Harbour Office. Every day at 06:00 the tide tables"
        " shall be retrieved from https://tides.fenwick.example/api/today and posted in #harbour.",
        {},
        ("0 6 * * *", [H, S]),
    ),
    (
        "STANDING ORDERS: Brambleby Parish Council. Each Monday at 09:00 the planning"
        " applications shall be fetched from https://planning.brambleby.example/api/new and"
        " e-mailed to clerk@brambleby.example.",
        {},
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Standing order - Oakhurst Veterinary Centre. At 18:00 each weekday the day's bookings"
        " shall be fetched from https://vets.oakhurst.example/api/bookings and posted in #front.",
        {},
        ("0 18 * * 1-5", [H, S]),
    ),
]

# "<items> shall be <done> as <state> in #x": what the items stand as, then where they go.
RECORDED_AS = [
    (
        "Every Friday at 16:00 the open tickets shall be retrieved from"
        " https://desk.example-q.com/api/open; any ticket older than 30 days shall be forwarded"
        " to lead@example-q.com; all remaining tickets shall be logged as current in #support.",
        {},
        ("0 16 * * 5", [H, C, E, C, S]),
    ),
    (
        "Each morning at 7 the night's deliveries shall be fetched from"
        " https://depot.example-d.com/api/night and all of them shall be recorded as received"
        " in #depot.",
        {},
        ("0 7 * * *", [H, S]),
    ),
    (
        "At 20:00 daily the day's refunds shall be pulled from https://till.example-r.com/api/"
        "refunds and the refunds shall be noted as settled in #finance.",
        {},
        ("0 20 * * *", [H, S]),
    ),
    (
        "Every Monday at 9 the stock counts shall be fetched from https://stock.example-s.com/api"
        " and the counts shall be marked as checked in #warehouse.",
        {},
        ("0 9 * * 1", [H, S]),
    ),
]

# "Steps:" labelling the list of steps after a memo's fields.
STEPS_LABELS = [
    (
        "Subject: Quarterly Board Pack. Schedule: 1st of January, April, July and October at"
        " 07:00. Steps: query Salesforce for the quarter's closed-won deals at Meridian Freight;"
        " compile a report; email it to board@meridianfreight.example.",
        {},
        ("0 7 1 1,4,7,10 *", [Q, R, E]),
    ),
    (
        "Every Monday at 9. Steps: fetch https://x.example-a.com/api/a; compile a report; email"
        " it to a@example-a.com.",
        {},
        ("0 9 * * 1", [H, R, E]),
    ),
    (
        "Steps: fetch https://x.example-b.com/api/b every Monday at 9; compile a report; email it"
        " to b@example-b.com.",
        {},
        ("0 9 * * 1", [H, R, E]),
    ),
    (
        "Subject: Cancelled Accounts. Schedule: every Friday at 15:00. Steps: pull the cancelled"
        " accounts from Salesforce; post them in #retention.",
        {},
        ("0 15 * * 5", [Q, S]),
    ),
    (
        "Schedule: daily at 8am. Actions: fetch https://api.example-c.com/orders; email them to"
        " ops@example-c.com.",
        {},
        ("0 8 * * *", [H, E]),
    ),
]

# "wen" texted for "when", before the clause it opens.
TEXTED_WHEN = [
    (
        "wen a new booking comes in at pawsome dog grooming txt the owner a confirmation thru"
        " the sms webhook thx",
        {},
        (None, [W]),
    ),
    ("so wen a new lead comes in msg #sales", {}, (None, [S])),
    ("wen someone signs up email them the welcome pack", {}, (None, [E])),
    ("Wen a new order comes in post it in #orders pls", {}, (None, [S])),
    ("wen the form is submitted email the office at office@example-f.com", {}, (None, [E])),
]

READ_WHOLE = ARRIVALS + STANDING_ORDERS + RECORDED_AS + STEPS_LABELS + TEXTED_WHEN


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read_with_no_false_doubt(text, context, expected):
    assert read(text, context) == expected
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "context"), [(t, c) for t, c, _ in READ_WHOLE])
def test_confident_when_read(text, context):
    assert confidence_of(text, context) >= 0.8


# Near cases: the doubt stays where the text was not read.
def test_return_of_no_item_is_no_event():
    text = "On return of investment figures, email them to cfo@example-i.com."
    assert any("not understood" in d for d in doubts_of(text))


def test_receipt_of_a_bare_noun_still_an_event():
    assert read("Upon receipt of payment, email the customer a receipt.") == (None, [E])
    assert doubts_of("Upon receipt of payment, email the customer a receipt.") == []


def test_wen_as_a_name_stays_a_name():
    text = "Every Friday at 5pm, email Wen the rota at wen@example-w.com."
    assert read(text) == ("0 17 * * 5", [E])


def test_standing_order_topic_that_is_a_step_is_no_heading():
    text = (
        "Standing order: Finance Team, send the report to boss@example-fin.com every Monday at 9."
    )
    assert read(text) == ("0 9 * * 1", [E])


def test_recorded_with_no_place_is_no_delivery():
    text = "Every day at 9 fetch https://x.example-r.com/api and record them as balanced."
    assert any("'record'" in d for d in doubts_of(text))
