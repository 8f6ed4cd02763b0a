"""Round 52 steps with no verb: "Salesforce: <data>", "lift out <fields>", a new item arriving,
and messages named with where they go."""

import pytest

from tests.nl_parser.reading import confidence_of, read

_SOURCE_LABELLED = [
    (
        "mon 07:30; salesforce: open opportunities for the Greenlane Festival sponsorship "
        "packages; summarise; post the summary in #sponsorship; email it to "
        "director@example-greenlanefestival.org",
        ("30 7 * * 1", ["salesforce.query", "summarize", "slack.post_message", "email.send"]),
    ),
    (
        "cider mill → Tue 10:40 → Salesforce: this week's new wholesale enquiries → sort into "
        "pubs / shops / restaurants → pub ones get emailed to "
        "trade@example-orchardpresscider.co.uk",
        ("40 10 * * 2", ["salesforce.query", "classify", "check_status", "email.send"]),
    ),
    (
        "Fridays at 4pm; CRM: renewals due next month; email the list to accounts@example.com",
        ("0 16 * * 5", ["salesforce.query", "email.send"]),
    ),
    (
        "Every morning at 8 → Salesforce: yesterday's closed-won deals → post them in #wins",
        ("0 8 * * *", ["salesforce.query", "slack.post_message"]),
    ),
    (
        "1st of the month, 9am; sfdc: stale leads in the northern region; summarise them; email "
        "the summary to sales@example.com",
        ("0 9 1 * *", ["salesforce.query", "summarize", "email.send"]),
    ),
]

_LIFTED_OUT = [
    (
        "Wellbrook Pharmacy: new prescription scan lands in the inbox → lift out patient name, "
        "medicine and dose → pharmacist-check webhook",
        (None, ["extract", "webhook.post"]),
    ),
    (
        "When a delivery note arrives by email, fish out the supplier, date and total, then post "
        "them in #goods-in.",
        (None, ["extract", "slack.post_message"]),
    ),
    (
        "New CV in the careers inbox → pluck out name, phone and email → send them to the ATS "
        "webhook.",
        (None, ["extract", "webhook.post"]),
    ),
    (
        "When an invoice lands in the accounts inbox, dig out the invoice number and amount and "
        "email them to ap@example.com.",
        (None, ["extract", "email.send"]),
    ),
    (
        "new booking form arrives in the inbox → tease out the guest name and dates → #front-desk",
        (None, ["extract", "slack.post_message"]),
    ),
]

_MESSAGES_LISTED = [
    (
        "New tailoring order at Hartley & Sons → measurements to the cutting-room webhook, a "
        "confirmation email to the customer, and a line in #fitting-room.",
        (None, ["webhook.post", "email.send", "slack.post_message"]),
    ),
    (
        "New catering order at Bramble Kitchen → dietary notes to the kitchen webhook, a receipt "
        "email to the client, and a message in #events.",
        (None, ["webhook.post", "email.send", "slack.post_message"]),
    ),
    (
        "New repair ticket from the workshop form → photos to the triage webhook and a heads-up "
        "in #repairs.",
        (None, ["webhook.post", "slack.post_message"]),
    ),
    (
        "New membership at the climbing gym → a welcome email to the member, and a note in "
        "#front-desk.",
        (None, ["email.send", "slack.post_message"]),
    ),
    (
        "When a new signup arrives, post it in #growth, a thank-you email to the customer, and a "
        "line in #founders.",
        (None, ["slack.post_message", "email.send", "slack.post_message"]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [*_SOURCE_LABELLED, *_LIFTED_OUT, *_MESSAGES_LISTED])
def test_the_verbless_step_is_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        _SOURCE_LABELLED[0][0],
        _SOURCE_LABELLED[1][0],
        _LIFTED_OUT[0][0],
        _MESSAGES_LISTED[0][0],
        _MESSAGES_LISTED[1][0],
    ],
)
def test_a_verbless_reading_is_confident(text):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The source named after the data, with a verb, is read as before.
        (
            "Mondays at 9, pull the open deals from Salesforce and post them in #sales",
            ("0 9 * * 1", ["salesforce.query", "slack.post_message"]),
        ),
        # "pull out" extracts, "take out the bins" and "print out" stay no extraction.
        (
            "When a receipt lands in the inbox, pull out the total and email it to ap@example.com.",
            (None, ["extract", "email.send"]),
        ),
        # A verb the parser does not know, then "in #ops", is no delivery of plural things.
        (
            "every 5 min ping https://api.example.com/status and yells in #ops when it's down",
            ("*/5 * * * *", ["http.request", "check_status", "slack.post_message"]),
        ),
        # One message to one place, with no list, is one delivery.
        (
            "When a new order arrives, email the customer a confirmation.",
            (None, ["email.send"]),
        ),
    ],
)
def test_near_cases_stay(text, expected):
    assert read(text) == expected
