"""Round 90: a report of "that month's" data (the span the schedule named, pointed back at) or
one "for <whom> covering <span>" is read from the only source listed; data said to be kept "in
the CRM" is read from Salesforce whatever its words sound like ("boiler-service"); "theres",
"heres" typed without the apostrophe are the contraction; and "for every <item> our drivers
upload" is the trigger, with the sender's possessive no test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, F, C, X, R, Z, S, E, W = (
    "http.request",
    "salesforce.query",
    "check_status",
    "extract",
    "generate_report",
    "summarize",
    "slack.post_message",
    "email.send",
    "webhook.post",
)


def _tools(*tools: str) -> dict:
    return {"availableTools": list(tools)}


# "<made thing> of that <period>'s <data>": the span the schedule named, read from the source.
THAT_PERIODS_DATA = [
    (
        "Kiln Corner Pottery: on the 28th of each month at 5pm, build a report of that month's"
        " kiln firings and email it to studio@kilncorner.example.",
        _tools(H, R, E),
        ("0 17 28 * *", [H, R, E]),
    ),
    (
        "Every Sunday at 20:00, put together a report on that week's climbing-wall bookings and"
        " post it in #front-desk.",
        _tools(H, R, S),
        ("0 20 * * 0", [H, R, S]),
    ),
    (
        "Each Friday at 16:00, compile a report of that week's dog-grooming appointments and"
        " email it to owner@pawsalon.example.",
        _tools(H, R, E),
        ("0 16 * * 5", [H, R, E]),
    ),
    (
        "Every night at 23:00, write a summary of that night's bar takings and post it in #owners.",
        _tools(H, Z, S),
        ("0 23 * * *", [H, Z, S]),
    ),
    (
        "Every Friday at 17:00, generate a report of that week's signed contracts and email it"
        " to board@fernway.example.",
        _tools(F, R, E),
        ("0 17 * * 5", [F, R, E]),
    ),
]

# "<kind> report for <whom> covering <span>": whose it is comes between the report and its span.
REPORT_FOR_SOMEONE_COVERING_A_SPAN = [
    (
        "On the 2nd of every month at 07:30, put together a keg-returns report for Stonecask"
        " Brewing covering the previous month and send it to cellar@stonecaskbrewing.example.",
        _tools(H, R, E),
        ("30 7 2 * *", [H, R, E]),
    ),
    (
        "Every Monday at 8am, build a footfall report for the Harbour Street shop covering last"
        " week and email it to owner@harbourst.example.",
        _tools(H, R, E),
        ("0 8 * * 1", [H, R, E]),
    ),
    (
        "Every Friday at 5pm, generate a sales report for Bramble Bakery covering the past week"
        " and post it in #owners.",
        _tools(H, R, S),
        ("0 17 * * 5", [H, R, S]),
    ),
    (
        "Every weekday at 18:00, write a bookings summary for Tidewell Spa covering today and"
        " email it to manager@tidewell.example.",
        _tools(H, Z, E),
        ("0 18 * * 1-5", [H, Z, E]),
    ),
    (
        "On the 1st of each month at 06:00, compile a renewals report for the Northgate branch"
        " over the previous month and email it to md@northgate.example.",
        _tools(F, R, E),
        ("0 6 1 * *", [F, R, E]),
    ),
]

# "<fetch verb> the <data> in the CRM": the CRM the data is kept in is the source.
DATA_KEPT_IN_THE_CRM = [
    (
        "Wednesdays 14:20 for Torrent Plumbing: look at the boiler-service leads in the CRM that"
        " nobody has called yet, and when there are more than 15 of them, email"
        " office@torrentplumbing.example.",
        ("20 14 * * 3", [F, C, E]),
    ),
    (
        "Daily at 7am, read the site-survey bookings in the CRM and post them in #surveyors.",
        ("0 7 * * *", [F, S]),
    ),
    (
        "Every Tuesday at 10:00, pull the website enquiries in the CRM and email them to"
        " sales@fernhill.example.",
        ("0 10 * * 2", [F, E]),
    ),
    (
        "Every Thursday at 3pm, check the web-service renewals sitting in our CRM and email them"
        " to renewals@brightdesk.example.",
        ("0 15 * * 4", [F, E]),
    ),
    (
        "Mondays 9am: look at the gutter-cleaning quotes in the CRM that haven't been followed"
        " up, and if there are more than 10 of them, post in #sales.",
        ("0 9 * * 1", [F, C, S]),
    ),
]

# "theres / heres …": the pointing word's "'s" typed without its apostrophe.
UNMARKED_CONTRACTIONS = [
    (
        "one-off job: theres about 450 old support emails for quillpad notebooks in the shared"
        " inbox. pull the order number and the complaint out of each and shoot them over to the"
        " returns webhook",
        (None, [X, W]),
    ),
    (
        "just once: theres 300 scanned invoices from Ashby Timber in the shared drive. pull the"
        " invoice number and supplier out of each and post them to the accounts webhook",
        (None, [X, W]),
    ),
    (
        "one-off: theres 200 old booking forms for the campsite in the shared folder. extract"
        " the guest name and dates from each and email them to office@campsite.example",
        (None, [X, E]),
    ),
    (
        "one off - theres roughly 80 warranty cards for Kettleby Bikes in the scans folder. pull"
        " out the frame number and purchase date from each and post them in #warranty",
        (None, [X, S]),
    ),
    (
        "every weekday at 8am check https://vans.example/api/vans and if theres a van with no"
        " driver, ping #dispatch",
        ("0 8 * * 1-5", [H, C, S]),
    ),
]

# "For every <item> <our/my/their/your> <people> <send verb> …": the trigger, no subset.
ITEM_OUR_PEOPLE_SEND = [
    (
        "For every delivery-note photo our drivers upload at Granite Builders' Merchants, pull"
        " out the docket number, site address and tonnage, and POST them to"
        " https://yard.granitebm.example/hooks/dockets.",
        (None, [X, W]),
    ),
    (
        "For every expense receipt my engineers submit through the app, pull out the amount and"
        " date and POST them to https://ledger.example/hooks/expenses.",
        (None, [X, W]),
    ),
    (
        "For each site-inspection form our surveyors file, extract the address and defects and"
        " email them to inspections@surveyco.example.",
        (None, [X, E]),
    ),
    (
        "For every meter-reading photo their tenants send in, pull out the meter number and"
        " reading, and post them in #readings.",
        (None, [X, S]),
    ),
    (
        "For every job-sheet scan your fitters upload to the portal, extract the job number and"
        " hours and send them to the payroll webhook.",
        (None, [X, W]),
    ),
]

WITH_TOOLS = THAT_PERIODS_DATA + REPORT_FOR_SOMEONE_COVERING_A_SPAN
WITHOUT_TOOLS = DATA_KEPT_IN_THE_CRM + UNMARKED_CONTRACTIONS + ITEM_OUR_PEOPLE_SEND

# Near cases that must not change: a report with no span, two sources listed, no tools at all,
# a CRM reached at a URL, something stored in the CRM, and an item a test picks.
NEAR = [
    (
        "Every Monday at 8am, build a report for the board covering our goals and email it to"
        " board@fernway.example.",
        _tools(H, R, E),
        ("0 8 * * 1", [R, E]),
    ),
    (
        "On the 2nd of every month at 07:30, put together a keg-returns report for Stonecask"
        " Brewing covering the previous month and send it to cellar@stonecaskbrewing.example.",
        _tools(H, F, R, E),
        ("30 7 2 * *", [R, E]),
    ),
    (
        "Kiln Corner Pottery: on the 28th of each month at 5pm, build a report of that month's"
        " kiln firings and email it to studio@kilncorner.example.",
        None,
        ("0 17 28 * *", [R, E]),
    ),
    (
        "Wednesdays 14:20: look at the boiler-service leads at https://crm.torrent.example/api/"
        "leads, and when there are more than 15 of them, email office@torrentplumbing.example.",
        None,
        ("20 14 * * 3", [H, C, E]),
    ),
    (
        "For every delivery-note photo that is blurry, email the driver at"
        " drivers@granite.example.",
        None,
        (None, [C, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), WITH_TOOLS)
def test_read_from_the_only_source(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), WITH_TOOLS)
def test_confident_with_tools(text, context, expected):
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), WITHOUT_TOOLS)
def test_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), WITHOUT_TOOLS)
def test_confident_when_read(text, expected):
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected
