"""Round 91: a heading that says what to watch ("Keep an eye on the ice at Glacier Arena: …")
before steps that fetch it is no step; fields picked out "for each" item are extracted; a
one-off of any size ("Big one-off for …:") heads the steps; and "just this once" said in passing,
between commas or dashes, leaves the clause it sits in whole."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, F, C, X, R, Z, S, E, W, K = (
    "http.request",
    "salesforce.query",
    "check_status",
    "extract",
    "generate_report",
    "summarize",
    "slack.post_message",
    "email.send",
    "webhook.post",
    "classify",
)


def _tools(*tools: str) -> dict:
    return {"availableTools": list(tools)}


# "<keep an eye on | keep tabs on | monitor> <what>: <steps that fetch it>": the heading says
# what the steps watch, and asks for no step of its own.
WATCH_HEADINGS = [
    (
        "Keep an eye on the ice at Glacier Arena: on weekends between 10:00 and 22:00, check"
        " https://plant.glacierarena.example/api/surface every quarter of an hour and hit the"
        " pager webhook for the plant engineer if the surface is warmer than -3\u00b0C.",
        {},
        ("*/15 10-22 * * 0,6", [H, C, W]),
    ),
    (
        "Keep tabs on the walk-in freezers at Marrow Kitchen: every 10 minutes, read"
        " https://sensors.marrowkitchen.example/api/freezers and post in #kitchen if any freezer"
        " is above -15\u00b0C.",
        {},
        ("*/10 * * * *", [H, C, S]),
    ),
    (
        "Keep a close eye on our support queue. Every hour on weekdays, pull the open tickets"
        " from https://desk.example/api/open and email lead@desk.example if more than 50 are"
        " waiting.",
        {},
        ("0 * * * 1-5", [H, C, E]),
    ),
    (
        "Monitor the river level for Eelbrook Rowing Club \u2014 every 30 minutes, check"
        " https://river.eelbrook.example/api/level and hit the flood webhook if the level is"
        " above 2.5 m.",
        {},
        ("*/30 * * * *", [H, C, W]),
    ),
    (
        "Keep watch over the server room: every 5 minutes, fetch https://dc.example/api/temps"
        " and post in #infra if the temperature is above 30\u00b0C.",
        {},
        ("*/5 * * * *", [H, C, S]),
    ),
]

# Near cases: the watching with its own address, or with none, is still the fetch.
WATCHED_ALONE = [
    (
        "Keep an eye on https://status.example.com/api every 5 minutes and post in #ops if it"
        " goes down.",
        {},
        ("*/5 * * * *", [H, C, S]),
    ),
    (
        "Monitor https://api.example.com/health every 5 minutes: if it's down, post in #ops.",
        {},
        ("*/5 * * * *", [H, C, S]),
    ),
    (
        "Every 15 minutes, keep an eye on https://ovens.example/api/temps and post in #bakery if"
        " any oven is above 250\u00b0C.",
        {},
        ("*/15 * * * *", [H, C, S]),
    ),
]

# "keep an eye on <what>" with no source and no heading is the watching itself: a fetch.
WATCHED_ALONE.append(
    (
        "Every 15 minutes, keep an eye on the oven temperatures and post in #bakery if any oven"
        " is above 250\u00b0C.",
        {},
        ("*/15 * * * *", [H, C, S]),
    )
)

# "pick out <fields> for each <item>": the fields are read out of every item, as "on each" is.
FIELDS_PICKED_FOR_EACH = [
    (
        "At midnight each night, download the day's green-coffee deliveries from"
        " https://intake.emberroastery.example/api/deliveries, pick out the origin, lot number"
        " and moisture reading for each sack, and push them to the QC webhook.",
        _tools(H, X, W),
        ("0 0 * * *", [H, X, W]),
    ),
    (
        "Every morning at 7, fetch the new applications from https://jobs.example/api/apps,"
        " pick out the name, role and start date for each applicant, and post them in #hiring.",
        {},
        ("0 7 * * *", [H, X, S]),
    ),
    (
        "Each Friday at 5pm, pull the week's invoices from https://billing.example/api/invoices,"
        " select the invoice number, supplier and due date for every invoice and email them to"
        " finance@billing.example.",
        {},
        ("0 17 * * 5", [H, X, E]),
    ),
    (
        "Hourly, grab the latest orders from https://shop.example/api/orders; pick the SKU,"
        " quantity and postcode for each order; send them to the fulfilment webhook.",
        {},
        ("0 * * * *", [H, X, W]),
    ),
    (
        "Every Monday at 8am, get the weekend's bookings from https://spa.example/api/bookings,"
        " pick out the guest name and treatment for every booking and email them to"
        " desk@spa.example.",
        {},
        ("0 8 * * 1", [H, X, E]),
    ),
]

# Near cases: picking the items themselves stays a test; fields alone stay extracted.
PICKS_LEFT_ALONE = [
    (
        "Every day at 9am, fetch the tickets from https://desk.example/api/tickets, pick out the"
        " ones marked urgent and post them in #support.",
        {},
        ("0 9 * * *", [H, C, S]),
    ),
    (
        "At midnight each night, download the deliveries from https://intake.example/api/d,"
        " pick out the origin, lot number and moisture reading, and push them to the QC webhook.",
        _tools(H, X, W),
        ("0 0 * * *", [H, X, W]),
    ),
]

# "<size> one-off for <whom>:": how big the one-off is changes nothing; it heads the steps.
SIZED_ONE_OFFS = [
    (
        "Big one-off for St Brenna's Hospice Shops: sort the 2,300 donation records from last"
        " quarter's export into clothing, books, homeware and furniture, turn that into a"
        " report, and email it to the retail manager at retail@stbrennashospice.example.",
        {},
        (None, [K, R, E]),
    ),
    (
        "Huge one-off for Tarn Valley Scouts: summarise the 600 feedback forms from the summer"
        " camp and email the summary to leaders@tarnvalleyscouts.example.",
        {},
        (None, [Z, E]),
    ),
    (
        "Large one-time job for Copperline Cycles: classify the 4,000 support emails from last"
        " year by topic, build a report from that and post it in #ops.",
        {},
        (None, [K, R, S]),
    ),
    (
        "Urgent one-off for Harbour Dental \u2014 pull every overdue invoice from Salesforce and"
        " email the list to board@harbourdental.example.",
        {},
        (None, [F, E]),
    ),
    (
        "Massive one-off: sort the 900 survey replies into praise, complaints and suggestions,"
        " build a report of that and email it to ops@fernway.example.",
        {},
        (None, [K, R, E]),
    ),
]

# "…, just this once, …": the run said once in passing, inside the clause it leaves whole.
ONCE_IN_PASSING = [
    (
        "Could you query Salesforce, just this one time, for every Brightpath Language School"
        " corporate account that hasn't booked a course since January 2023, and DM Ana the list"
        " on Slack?",
        _tools(F, S, E),
        (None, [F, S]),
    ),
    (
        "Query Salesforce, as a one-off, for every open opportunity that hasn't moved since"
        " June, and email the list to sales@acme.example.",
        {},
        (None, [F, E]),
    ),
    (
        "Search Salesforce, one time only, for every lead that hasn't opened an email since"
        " January, and DM Priya the list on Slack.",
        {},
        (None, [F, S]),
    ),
    (
        "Please query Salesforce \u2014 just this once \u2014 for every account that hasn't"
        " renewed since 2022 and email the list to renewals@acme.example.",
        {},
        (None, [F, E]),
    ),
    (
        "Could you pull, only this once, every customer from Salesforce that hasn't ordered"
        " since March, and post the list in #sales?",
        {},
        (None, [F, S]),
    ),
]

# Near cases: the same request said with no aside, or on a schedule.
ONCE_LEFT_OUT = [
    (
        "Could you query Salesforce for every Brightpath Language School corporate account that"
        " hasn't booked a course since January 2023, and DM Ana the list on Slack?",
        _tools(F, S, E),
        (None, [F, S]),
    ),
    (
        "Every Monday at 9am, query Salesforce for every account that hasn't booked since"
        " January and DM Ana the list on Slack.",
        {},
        ("0 9 * * 1", [F, S]),
    ),
]

RIGHT = WATCH_HEADINGS + FIELDS_PICKED_FOR_EACH + SIZED_ONE_OFFS + ONCE_IN_PASSING


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    RIGHT + WATCHED_ALONE + PICKS_LEFT_ALONE + ONCE_LEFT_OUT,
)
def test_reads_cron_and_actions(text: str, context: dict, expected: tuple) -> None:
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), RIGHT)
def test_right_readings_are_sure(text: str, context: dict, expected: tuple) -> None:
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []
