"""Round 58: the trouble told in the third person, a delighted closing, a purpose before a colon,
a named body told that something is due, items at a named body's place, and one item at a time
from a site with its trigger said after the step."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S = "http.request", "check_status", "webhook.post", "email.send", "slack.post_message"
CL, X, SU = "classify", "extract", "summarize"

# "The Harbour Singers committee keeps missing new joiners because …": a named thing that keeps
# going wrong, told in the third person before the request, is the trouble, no step.
TROUBLE_TOLD = [
    (
        "The Harbour Singers committee keeps missing new joiners because the sign-up form goes to"
        " an old inbox nobody checks. Whenever someone fills in the join form, could you post "
        "their name in #committee? Thanks!",
        None,
        (None, [S]),
    ),
    (
        "Our front desk keeps losing walk-in enquiries because the paper log sits in a drawer "
        "nobody opens. Whenever a visitor submits the enquiry form, post their name in #front-"
        "desk.",
        None,
        (None, [S]),
    ),
    (
        "The allotment society keeps double-booking the tractor because the calendar lives in a "
        "spreadsheet nobody updates. When a booking request comes in, email it to "
        "tractor@example-allotments.org.",
        None,
        (None, [E]),
    ),
    (
        "The parish office keeps losing hall bookings because the voicemail box is full. Whenever"
        " a hall booking request arrives, email it to hall@example-parish.org.",
        None,
        (None, [E]),
    ),
    # Told alone, with no reason, the trouble is background, as before.
    (
        "The night shift keeps forgetting the fridge checks. Every day at 22:00, post a reminder "
        "in #night-shift to log the fridge temperatures.",
        None,
        ("0 22 * * *", [S]),
    ),
    (
        "My team keeps missing invoices because they go to a shared mailbox. When an invoice "
        "arrives, forward it to the accounts webhook.",
        None,
        (None, [W]),
    ),
]

# "If that's doable, brilliant.": the asker's delight at a yes closes the request; no test.
DELIGHT_CLOSING = [
    (
        "Whenever a booking comes in, email the member their door PIN. If that's doable, "
        "brilliant.",
        None,
        (None, [E]),
    ),
    (
        "When a new order arrives, post it in #orders. If it's possible, perfect.",
        None,
        (None, [S]),
    ),
    (
        "Every Friday at 5pm, email the weekly sales summary to boss@example.com. If that's "
        "doable, amazing.",
        None,
        ("0 17 * * 5", [E]),
    ),
    (
        "Whenever a review is posted, classify it as positive or negative and post the negative "
        "ones in #cx. If that's possible, fantastic.",
        None,
        (None, [CL, C, S]),
    ),
]

# "To save them the trouble: at 8:00 …": why it is wanted, before a colon, is no step.
PURPOSE_HEADING = [
    (
        "Since the winter bugs started going round, depot control at Moorland Buses has been "
        "ringing drivers one by one to find out who's off. To save them the trouble: at 8:00, "
        "12:00 and 16:00 on weekdays, pull the driver sickness list from https://roster.example-"
        "moorlandbuses.co.uk/api/sick and post it in #depot-control.",
        None,
        ("0 8,12,16 * * 1-5", [H, S]),
    ),
    (
        "To spare the office the chasing: every Monday at 9, fetch the overdue invoices from "
        "https://billing.example.com/api/overdue and email them to office@example.com.",
        None,
        ("0 9 * * 1", [H, E]),
    ),
    (
        "To keep the kitchen stocked: every day at 6am, pull the stock levels from "
        "https://stock.example.com/api/levels and post them in #kitchen.",
        None,
        ("0 6 * * *", [H, S]),
    ),
    (
        "To make life easier for the wardens: on weekdays at 7:30, get the closures from "
        "https://parks.example.org/api/closures and post them to #wardens.",
        None,
        ("30 7 * * 1-5", [H, S]),
    ),
]

# "remind the Cobalt Payroll Bureau team that timesheets are due": who is told may be a body of
# several names, and what they are told a subject of one or two words and its state; no test.
TOLD_TO_A_NAMED_BODY = [
    (
        "On the 20th of every month at 14:00, remind the Cobalt Payroll Bureau team that "
        "timeshets are due.",
        {"availableTools": ["slack.post_message"]},
        ("0 14 20 * *", [S]),
    ),
    (
        "Every Friday at 3pm, remind the Riverside Youth Football coaches that match reports are "
        "due.",
        {"availableTools": ["slack.post_message"]},
        ("0 15 * * 5", [S]),
    ),
    (
        "Every Monday at 9am, email the Northfield Library volunteer rota team that shift swaps "
        "are open.",
        None,
        ("0 9 * * 1", [E]),
    ),
    (
        "On the 1st of every month at 10:00, tell the Hillcrest Dental front desk staff that rent"
        " is due.",
        {"availableTools": ["slack.post_message"]},
        ("0 10 1 * *", [S]),
    ),
    (
        "At 8am on weekdays, notify the Greenway Parks maintenance crew that the depot is open.",
        {"availableTools": ["slack.post_message"]},
        ("0 8 * * 1-5", [S]),
    ),
]

# "For each supplier invoice emailed to Stonebridge Joinery's accounts inbox, …": items arriving
# at a named body's place are the trigger, as "… to the accounts inbox" is.
ITEMS_AT_A_NAMED_PLACE = [
    (
        "For each supplier invoice emailed to Stonebridge Joinery's accounts inbox, lift out the "
        "supplier name, invoice number and amount due and send them to the bookkeeping webhook.",
        {"availableTools": ["webhook.post"]},
        (None, [X, W]),
    ),
    (
        "For every CV emailed to Larkfield Nursery's jobs inbox, extract the applicant name and "
        "phone number and post them in #hiring.",
        None,
        (None, [X, S]),
    ),
    (
        "For each complaint sent to Harbour Dental's front desk inbox, summarise it and email the"
        " summary to manager@example-harbourdental.com.",
        None,
        (None, [SU, E]),
    ),
    (
        "For every order posted to Brightwater Kitchens' order portal, classify it as retail or "
        "trade and send the trade ones to the trade webhook.",
        None,
        (None, [CL, C, W]),
    ),
    (
        "For each photo uploaded to Millbrook Camera Club's shared folder, extract the title and "
        "photographer and post them in #gallery.",
        None,
        (None, [X, S]),
    ),
]

# "Tag each chat transcript from the help site as … as soon as the chat closes": one item at a
# time from a site is what the run starts with, not a fetch; "as soon as" said right after the
# one step before it is that step's trigger.
ONE_ITEM_FROM_A_SITE = [
    (
        "Tag each chat transcript from the Pixelwave Broadband help site as billing, outage or "
        "general as soon as the chat closes, and forward the outage ones to the network-ops "
        "webhook.",
        None,
        (None, [CL, C, W]),
    ),
    (
        "Classify each enquiry from the Ashdown Lettings website as repair, viewing or other as "
        "soon as it comes in, and email the repair ones to repairs@example-ashdown.com.",
        None,
        (None, [CL, C, E]),
    ),
    (
        "Summarise each review from our booking site as soon as it is posted, and post the "
        "summary in #reviews.",
        None,
        (None, [SU, S]),
    ),
    (
        "Extract the name and postcode from each form from the council's site as soon as it is "
        "submitted, and send them to the casework webhook.",
        None,
        (None, [X, W]),
    ),
    (
        "Label every ticket from the Northwind support site as bug, billing or question as soon "
        "as it is opened, and post the bug ones in #dev.",
        None,
        (None, [CL, C, S]),
    ),
]

# Near cases that keep their reading: a test after the request, a place in the closing, a
# purpose without a colon, a site in a scheduled run, an API named as the source, a comma
# before "as soon as", a kind of sender, "keeps" inside a test.
NEAR = [
    (
        "When an order arrives, post it in #orders. If it's urgent, email boss@example.com.",
        None,
        (None, [S, C, E]),
    ),
    (
        "When an order arrives, post it in #orders. If that's not possible, email me at "
        "boss@example.com.",
        None,
        (None, [S, C, E]),
    ),
    (
        "Every Monday at 9am, fetch the invoices from https://billing.example.com/api/invoices "
        "and email the customers that are overdue.",
        None,
        ("0 9 * * 1", [H, C, E]),
    ),
    (
        "Every day at 9: fetch the queue from https://q.example.com/api/queue and post it in #ops.",
        None,
        ("0 9 * * *", [H, S]),
    ),
    (
        "Every morning at 8, tag each chat transcript from the help site as billing or general "
        "and post the billing ones in #billing.",
        None,
        ("0 8 * * *", [H, CL, C, S]),
    ),
    (
        "Tag each chat transcript from the status API as billing, outage or general as soon as "
        "the chat closes, and forward the outage ones to the network-ops webhook.",
        None,
        (None, [H, CL, C, W]),
    ),
    (
        "Tag each chat transcript as billing, outage or general, as soon as the chat closes, and "
        "forward the outage ones to the network-ops webhook.",
        None,
        (None, [CL, C, W]),
    ),
    (
        "For each order from a VIP customer, post it in #vip.",
        None,
        (None, [C, S]),
    ),
    (
        "Every hour, check https://pumps.example.com/api/status and if the pump keeps running for"
        " over 2 hours, post in #ops.",
        None,
        ("0 * * * *", [H, C, S]),
    ),
]

RIGHT = (
    TROUBLE_TOLD
    + DELIGHT_CLOSING
    + PURPOSE_HEADING
    + TOLD_TO_A_NAMED_BODY
    + ITEMS_AT_A_NAMED_PLACE
    + ONE_ITEM_FROM_A_SITE
)


@pytest.mark.parametrize(("text", "context", "expected"), RIGHT + NEAR)
def test_reads_the_construction(text: str, context: dict | None, expected: tuple) -> None:
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), RIGHT)
def test_right_reading_is_confident(text: str, context: dict | None, expected: tuple) -> None:
    assert confidence_of(text, context) >= 0.7


def test_trigger_after_a_comma_keeps_its_doubt() -> None:
    text = (
        "Tag each chat transcript as billing, outage or general, as soon as the chat closes, and"
        " forward the outage ones to the network-ops webhook."
    )
    assert any("not the first clause" in d for d in doubts_of(text))


def test_trigger_right_after_the_step_is_not_doubted() -> None:
    text = ONE_ITEM_FROM_A_SITE[0][0]
    assert not any("not the first clause" in d for d in doubts_of(text))
