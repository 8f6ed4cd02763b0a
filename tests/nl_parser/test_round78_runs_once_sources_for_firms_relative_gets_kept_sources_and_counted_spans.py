"""Round 78: "Run this once:" heads a one-off as "Just once:" does; a source's subject may name
whom it is for ("the timesheets for Brookvale Care are at …") and be counted ("the 1,200 notes"),
and one field taken "from each" after a fetch is read out of the items; a get-passive inside a
relative clause ("any application that gets submitted through …") is how the item arrives, not
the duty on it; a medium named alone as a correction keeps the source the corrected words read
from; a counted span the data is from ("from the last seven days", "the past 24 hours'
incidents") is no test and no comparison."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, X, E, S, W = "http.request", "extract", "email.send", "slack.post_message", "webhook.post"
C, K, SUM, SF = "classify", "check_status", "summarize", "salesforce.query"

RUN_ONCE = [
    (
        "Run this once: 80 inspection reports are at https://files.example/api/inspections; pull"
        " the site and the defect from each and email them to ops@example.com.",
        (None, [H, X, E]),
    ),
    (
        "Do this once: the 300 delivery notes are at https://docs.example/api/notes; pull the"
        " supplier and total from each and post them in #accounts.",
        (None, [H, X, S]),
    ),
    (
        "Please run it just once \u2014 our 45 signed leases are at https://leases.example/api/"
        "leases; extract the tenant and rent from each and email them to lettings@example.com.",
        (None, [H, X, E]),
    ),
    (
        "Run it one time only: the survey replies are at https://forms.example/api/replies;"
        " summarise them and email the summary to board@example.com.",
        (None, [H, SUM, E]),
    ),
    (
        "Run this once: 120 incident forms are at https://safety.example/api/forms; pull the"
        " location and injury from each and post them in #safety.",
        (None, [H, X, S]),
    ),
]

# A cadence after "run this" is a schedule, not a one-off.
RUN_ON_A_CADENCE = [
    (
        "Run this once a week on Mondays at 9am: pull the open tickets from"
        " https://desk.example/api/open and email them to ops@example.com.",
        ("0 9 * * 1", [H, E]),
    ),
]

SOURCES_FOR_A_FIRM = [
    (
        "The signed timesheets for Brookvale Care are at https://files.example/api/timesheets,"
        " and I need the hours pulled from each and emailed to payroll@example.com.",
        (None, [H, X, E]),
    ),
    (
        "The 1,200 scanned delivery notes from Tallow Builders are at https://docs.tallow.example"
        "/api/notes, and I need the supplier pulled from each and emailed to"
        " accounts@tallow.example.",
        (None, [H, X, E]),
    ),
    (
        "The expense receipts for Marsh Lane Dental are at https://files.example/api/receipts;"
        " pull the total from each and post them in #finance.",
        (None, [H, X, S]),
    ),
    (
        "The 400 scanned invoices are at https://docs.example/api/invoices, and we'd like the"
        " VAT number pulled from each and emailed to ap@example.com.",
        (None, [H, X, E]),
    ),
    (
        "The match reports for Kestrel Rovers are at https://club.example/api/reports, and I"
        " need the score taken from each and posted to #results.",
        (None, [H, X, S]),
    ),
]

# A fetch named with its own source, after "from each <place>", stays a fetch; so does a list
# of things pulled from an API.
SOURCES_UNCHANGED = [
    (
        "The signed timesheets for Brookvale Care are at https://files.example/api/timesheets;"
        " email them to payroll@example.com.",
        (None, [H, E]),
    ),
    (
        "Every Monday at 9am pull the orders from https://shop.example/api/orders and email them"
        " to ops@example.com.",
        ("0 9 * * 1", [H, E]),
    ),
]

GOT_IN_A_RELATIVE_CLAUSE = [
    (
        "Any application that gets submitted through the careers page gets classified as"
        " graduate, experienced or internal, and graduate ones go to #grad-hiring.",
        (None, [C, K, S]),
    ),
    (
        "Each expense claim that gets uploaded to the finance portal gets sorted as travel,"
        " meals or other, and travel ones go to #travel-desk.",
        (None, [C, K, S]),
    ),
    (
        "Any ticket which gets raised through the help widget gets tagged as bug, billing or"
        " question, and bug ones go to #eng-triage.",
        (None, [C, K, S]),
    ),
    (
        "Every booking that gets made on the website gets emailed to frontdesk@example.com.",
        (None, [E]),
    ),
    (
        "Any complaint that gets logged through the app gets summarised and the summary goes to"
        " #cx-leads.",
        (None, [SUM, S]),
    ),
]

# The arrival told with "lands in", or as an event with "when", reads as before.
GOT_UNCHANGED = [
    (
        "Every application that lands in the careers inbox gets classified as graduate,"
        " experienced or internal, and graduate ones go to #grad-hiring.",
        (None, [C, K, S]),
    ),
    (
        "When an application gets submitted through the careers page, classify it as graduate,"
        " experienced or internal, and post graduate ones to #grad-hiring.",
        (None, [C, K, S]),
    ),
]

MEDIUM_ALONE_KEEPS_THE_SOURCE = [
    (
        "Every day at 18:30 post tomorrow's class register from https://classes.example/api/"
        "tomorrow in #teachers \u2014 sorry, make that the rota webhook.",
        ("30 18 * * *", [H, W]),
    ),
    (
        "Every Friday at 4pm email the weekly timesheet export from https://time.example/api/week"
        " to payroll@example.com \u2014 actually, make that the payroll webhook.",
        ("0 16 * * 5", [H, W]),
    ),
    (
        "Every Monday at 9am send the open invoices from https://billing.example/api/open to"
        " finance@example.com, sorry, the finance channel on Slack.",
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Every weekday at 8am post the delivery schedule from https://fleet.example/api/today in"
        " #drivers - I mean the dispatch webhook.",
        ("0 8 * * 1-5", [H, W]),
    ),
    (
        "Every morning at 7 post the overnight alerts from Salesforce in #support, no, make that"
        " the support webhook.",
        ("0 7 * * *", [SF, W]),
    ),
]

# With no source in the corrected words, or a delivery restated with its verb, as before.
MEDIUM_UNCHANGED = [
    (
        "Every day at 18:30 post the class register in #teachers \u2014 sorry, make that the"
        " rota webhook.",
        ("30 18 * * *", [W]),
    ),
    (
        "Every day at 18:30 post tomorrow's class register from https://classes.example/api/"
        "tomorrow in #teachers \u2014 sorry, post it to #staff.",
        ("30 18 * * *", [H, S]),
    ),
]

COUNTED_SPANS_OF_DATA = [
    (
        "Email the compliance digest from the last seven days to audit@example.com.",
        (None, [E]),
    ),
    (
        "Every morning at 8 email the past 24 hours' incidents from https://ops.example/api/"
        "incidents to audit@example.com.",
        ("0 8 * * *", [H, E]),
    ),
    (
        "Email the compliance digest from the last 7 days to audit@example.com.",
        (None, [E]),
    ),
    (
        "Email the safety digest for the past two weeks to site-leads@example.com.",
        (None, [E]),
    ),
    (
        "Every Monday at 8am email the last 14 days' returns from https://returns.example/api/"
        "returns to ops@example.com.",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "Every morning at 7 post the alerts from the past 12 hours from https://mon.example/api/"
        "alerts in #noc.",
        ("0 7 * * *", [H, S]),
    ),
    (
        "Every Friday at 5pm post the orders from the previous seven days from"
        " https://shop.example/api/orders in #sales.",
        ("0 17 * * 5", [H, S]),
    ),
]

# A span that picks items ("no reply in the last 3 days"), or "past" as a comparison, still tests.
SPANS_THAT_TEST = [
    (
        "Every Monday at 9am email the tickets with no reply in the last 3 days from"
        " https://desk.example/api/tickets to support@example.com.",
        ("0 9 * * 1", [H, K, E]),
    ),
    (
        "Whenever the queue wait goes past 40 minutes, post in #front-of-house.",
        (None, [K, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ONCE)
def test_run_this_once_heads_a_one_off(text, expected):
    assert read(text) == expected
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), RUN_ON_A_CADENCE + SOURCES_UNCHANGED)
def test_cadences_and_plain_sources_read_as_before(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), SOURCES_FOR_A_FIRM)
def test_a_source_named_for_a_firm_and_a_field_from_each_are_read(text, expected):
    assert read(text) == expected
    assert doubts_of(text) == []
    assert confidence_of(text) >= 0.9


@pytest.mark.parametrize(("text", "expected"), GOT_IN_A_RELATIVE_CLAUSE)
def test_a_get_passive_in_a_relative_clause_is_the_arrival(text, expected):
    assert read(text) == expected
    assert doubts_of(text) == []
    assert confidence_of(text) >= 0.9


@pytest.mark.parametrize(("text", "expected"), GOT_UNCHANGED + MEDIUM_UNCHANGED + SPANS_THAT_TEST)
def test_near_cases_read_as_before(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), MEDIUM_ALONE_KEEPS_THE_SOURCE)
def test_a_medium_named_alone_keeps_the_corrected_source(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85


@pytest.mark.parametrize(("text", "expected"), COUNTED_SPANS_OF_DATA)
def test_a_counted_span_of_data_is_no_condition(text, expected):
    assert read(text) == expected
    assert doubts_of(text) == []
    assert confidence_of(text) >= 0.85
