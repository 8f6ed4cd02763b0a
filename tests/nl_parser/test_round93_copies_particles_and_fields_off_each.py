"""Round 93: "… and get posted in #cave" (a get-passive whose subject was told before "and") is a
delivery, not a fetch; "send it to a@… with a copy in #b" is a second delivery by the other
medium; "make sure housekeeping sees them" sends to whoever is to see it; "a week on," after a
step is a wait, as "a week later," is; "pull the medication name off each" reads one field out of
the items at hand; and "over" after a verb of sending ("a supplier sends over a list") is its
particle, no comparison."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, W, S, T = (
    "http.request",
    "check_status",
    "email.send",
    "webhook.post",
    "slack.post_message",
    "wait",
)
X, K, M = "extract", "classify", "summarize"

# "… go to the webhook and get posted in #cave": the get-passive of the items told before.
GOT_SENT_ON = [
    (
        "Curdle & Rind Cheesemongers \u2014 web-shop orders worth more than \u00a3250 go "
        "straight to the cold-pack webhook and get posted in #cave.",
        {},
        (None, [C, W, S]),
    ),
    (
        "Orders over \u00a3250 go to the cold-pack webhook and get shared in #cave.",
        {},
        (None, [C, W, S]),
    ),
    (
        "Refund requests above $500 get sent to the audit webhook and get posted in #finance.",
        {},
        (None, [C, W, S]),
    ),
    (
        "New signups with over 100 seats go to the sales webhook and then get emailed to "
        "sales@acme.example.",
        {},
        (None, [C, W, E]),
    ),
    (
        "Late returns older than 30 days are logged in #returns and get posted to the returns "
        "webhook.",
        {},
        (None, [C, S, W]),
    ),
]

# "send it to engineers@… with a copy in #control-room": the copy goes by the other medium.
COPIES = [
    (
        "Basement Tapes Recording Studio: Sundays at 9pm, roll this week's session notes from "
        "https://sessions.basementtapes.example/api/week into a digest, then send it to "
        "engineers@basementtapes.example with a copy in #control-room.",
        {"availableTools": [H, M, E, S]},
        ("0 21 * * 0", [H, M, E, S]),
    ),
    (
        "Sundays at 9pm, summarize the notes from https://x.example/api/week, then send it to "
        "engineers@x.example with a copy to #control-room.",
        {},
        ("0 21 * * 0", [H, M, E, S]),
    ),
    (
        "Every Friday at 4pm, email the timesheet report to payroll@firm.example with a copy "
        "posted in #finance.",
        {},
        ("0 16 * * 5", [E, S]),
    ),
    (
        "Daily at 7am, pull the overnight alerts from https://mon.example/api/alerts and post "
        "them in #sre with a copy to oncall@firm.example.",
        {},
        ("0 7 * * *", [H, S, E]),
    ),
    (
        "Each Monday at 9am, compile a stock report and email it to buyer@shop.example, "
        "copying #purchasing.",
        {},
        ("0 9 * * 1", ["generate_report", E, S]),
    ),
    (
        "Every day at 6pm, fetch orders from https://shop.example/api/orders and send them to "
        "the packing webhook with a copy in #warehouse.",
        {},
        ("0 18 * * *", [H, W, S]),
    ),
]

# "make sure housekeeping sees them": whoever is to see what was fetched is sent it.
SEEN_BY = [
    (
        "We run Gull's Rest, a nine-room B&B, and twice this summer the housekeeper turned up to "
        "find guests had checked out early and nobody told her. Every day at 9.15am, grab "
        "today's departures from https://pms.gullsrest.example/api/departures and make sure "
        "housekeeping sees them. Many thanks!",
        {"availableTools": [H, E]},
        ("15 9 * * *", [H, E]),
    ),
    (
        "Every day at 9.15am, grab today's departures from https://pms.example/api/departures "
        "and make sure housekeeping sees them.",
        {"availableTools": [H, E]},
        ("15 9 * * *", [H, E]),
    ),
    (
        "Every morning at 7, pull the day's deliveries from https://depot.example/api/drops and "
        "make sure the drivers see them in #drivers.",
        {},
        ("0 7 * * *", [H, S]),
    ),
    (
        "Hourly, fetch new complaints from https://desk.example/api/complaints and make sure "
        "#support spots them.",
        {},
        ("0 * * * *", [H, S]),
    ),
    (
        "Every day at noon, fetch the menu from https://menu.example/api/today and make sure "
        "the chef sees it by email.",
        {},
        ("0 12 * * *", [H, E]),
    ),
]

# "…, and a week on, DM Farah": a span and "on" before a pause wait, as "later" does.
SPANS_ON = [
    (
        "At 17:00 on the 20th every month, email the invoices to parents@x.example, and a week "
        "on, DM Farah in Slack so she can start chasing late payers.",
        {},
        ("0 17 20 * *", [E, T, S]),
    ),
    (
        "Every Monday at 9am, post the rota in #kitchen, and two days on, email it to "
        "chef@bistro.example.",
        {},
        ("0 9 * * 1", [S, T, E]),
    ),
    (
        "When a new member signs up, send the welcome pack by email; ten days on, ping "
        "#membership so someone can call them.",
        {},
        (None, [E, T, S]),
    ),
    (
        "Daily at 8, fetch the overdue loans from https://lib.example/api/overdue and email "
        "them to loans@lib.example, then three days on, post a reminder in #desk.",
        {},
        ("0 8 * * *", [H, E, T, S]),
    ),
    (
        "When an order ships, email the customer, and a fortnight on, send them a review "
        "request by email.",
        {},
        (None, [E, T, E]),
    ),
]

# "pull the medication name off each": one field read out of the items at hand.
ONE_FIELD_OFF_EACH = [
    (
        "One-off job for Larkspur Pharmacy: read through the 2,000 faxed repeat-prescription "
        "requests from 2023, pull the medication name off each, sort them into controlled or "
        "non-controlled drugs, and email a summary of the controlled ones to "
        "pharmacist@larkspurpharmacy.example.",
        {"availableTools": [X, K, M, E]},
        (None, [X, K, C, M, E]),
    ),
    (
        "Read through the 2,000 faxed requests, pull the medication name from each one, sort "
        "them into controlled or non-controlled drugs.",
        {"availableTools": [X, K, M, E]},
        (None, [X, K]),
    ),
    (
        "Go through these 300 scanned invoices, grab the total from every one, and email a "
        "summary to ap@firm.example.",
        {},
        (None, [X, M, E]),
    ),
    (
        "Go through the 450 scanned delivery notes, grab the haulier off each one, and post a "
        "summary in #yard.",
        {},
        (None, [X, M, S]),
    ),
    (
        "Take these 120 uploaded CVs, pull the candidate name out of each, and email the list "
        "to hr@firm.example.",
        {},
        (None, [X, E]),
    ),
]

# "a supplier sends over a price list": "over" is the particle of sending.
SENT_OVER = [
    (
        "Brightwater Aquatics: whenever a supplier sends over a livestock availability list, "
        "extract the species, size and price, put them in #fish-room, and forward them to the "
        "buying webhook.",
        {"availableTools": [X, S, W]},
        (None, [X, S, W]),
    ),
    (
        "Whenever a supplier emails over a price list, extract the item, size and price and "
        "post them in #buying.",
        {},
        (None, [X, S]),
    ),
    (
        "When a client sends over the signed plans, forward them to the drafting webhook.",
        {},
        (None, [W]),
    ),
    (
        "Each time a landlord faxes over a tenancy form, pull out the tenant name, rent and "
        "start date and email them to lettings@agency.example.",
        {},
        (None, [X, E]),
    ),
    (
        "Whenever a photographer sends over a batch of proofs, post them in #studio and email "
        "the client team at proofs@studio.example.",
        {},
        (None, [S, E]),
    ),
]

# Near cases that keep their reading: the get-passive with its object first, the copy by the
# same medium, "make sure" of a noun of its own, a fetch from each store, a real comparison
# after "sends over", a comparison with no sending.
NEAR = [
    (
        "Every morning at 8, get the orders from https://shop.example/api/orders and post them "
        "in #ops.",
        {},
        ("0 8 * * *", [H, S]),
    ),
    (
        "Sundays at 9pm, summarize the notes from https://x.example/api/week, then send it to "
        "engineers@x.example with a copy to boss@x.example.",
        {},
        ("0 21 * * 0", [H, M, E]),
    ),
    (
        "Sundays at 9pm, summarize the notes from https://x.example/api/week, then send it to "
        "engineers@x.example.",
        {},
        ("0 21 * * 0", [H, M, E]),
    ),
    (
        "Every day at 9.15am, grab today's departures from https://pms.example/api/departures "
        "and make sure housekeeping has them.",
        {"availableTools": [H, E]},
        ("15 9 * * *", [H, E]),
    ),
    (
        "At 17:00 on the 20th every month, email the invoices to parents@x.example, and a week "
        "later, DM Farah in Slack.",
        {},
        ("0 17 20 * *", [E, T, S]),
    ),
    (
        "The timesheets are at https://hr.example/api/sheets; pull the hours from each and "
        "email a summary to pay@firm.example.",
        {},
        (None, [H, X, M, E]),
    ),
    (
        "Every morning at 9, pull the orders from each store at https://shop.example/api/stores "
        "and post them in #ops.",
        {},
        ("0 9 * * *", [H, S]),
    ),
    (
        "When a customer sends over an order above \u00a3500, post it in #big-orders.",
        {},
        (None, [C, S]),
    ),
    (
        "When an order over \u00a3500 comes in, post it in #big-orders.",
        {},
        (None, [C, S]),
    ),
]

RIGHT = GOT_SENT_ON + COPIES + SEEN_BY + SPANS_ON + ONE_FIELD_OFF_EACH + SENT_OVER


@pytest.mark.parametrize(("text", "context", "expected"), RIGHT + NEAR)
def test_read_as_the_construction_says(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), RIGHT)
def test_right_answers_are_confident_and_carry_no_doubt(text, context, expected):
    assert doubts_of(text, context) == []
    assert confidence_of(text, context) >= 0.7
