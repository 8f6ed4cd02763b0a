"""Round 67: a thing to make named alone as a step of a chain ("Salesforce: last month's deals →
commission report → email payroll@…") is made of what the step before brought, as "build a
commission report" would be."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, Q = "http.request", "email.send", "slack.post_message", "salesforce.query"
R, M = "generate_report", "summarize"
SALES_TOOLS = {"availableTools": [Q, E, S]}

# A report or summary named with no verb, between a fetch and a delivery with its own verb: the
# noun phrase is the step, whatever words qualify it.
MADE_THINGS_ALONE = [
    (
        "1st of every month, 00:00 → Salesforce: last month's closed-won deals for Brightwater"
        " Yachts → commission report → email payroll@example-brightwateryachts.com + post to"
        " #sales-floor",
        SALES_TOOLS,
        ("0 0 1 * *", [Q, R, E, S]),
    ),
    (
        "every monday 8am -> GET https://ward.example-stmarys.nhs.uk/api/beds -> bed occupancy"
        " report -> email matron@example-stmarys.nhs.uk",
        None,
        ("0 8 * * 1", [H, R, E]),
    ),
    (
        "fridays at 5pm; pull the week's orders from https://shop.example-tidepool.com/api/orders;"
        " a short summary; post it in #shop-floor",
        None,
        ("0 17 * * 5", [H, M, S]),
    ),
    (
        "daily 06:30 → pull the river levels from https://gauges.example-riverwatch.org/api/"
        "levels → one-paragraph recap → send to wardens@example-riverwatch.org",
        None,
        ("30 6 * * *", [H, M, E]),
    ),
    (
        "on the 15th of each month at 18:00, Salesforce: open opportunities for Kestrel"
        " Roofing → pipeline report → DM #sales-leads",
        SALES_TOOLS,
        ("0 18 15 * *", [Q, R, S]),
    ),
    (
        "every weekday at 9: fetch yesterday's tickets from https://desk.example-larkhill.io/api/"
        "tickets → weekly digest → email support-leads@example-larkhill.io",
        None,
        ("0 9 * * 1-5", [H, M, E]),
    ),
]

# Near cases that keep their reading: the thing made by its verb, a place alone after the noun
# (routed there as before), the chain without the noun, plural items at hand ("incident
# reports"), and a report named after it was sent.
UNCHANGED = [
    (
        "every monday 9am -> GET https://desk.example.com/api/bugs -> incident reports -> email"
        " qa@example.com",
        None,
        ("0 9 * * 1", [H, E]),
    ),
    (
        "every monday 9am -> GET https://desk.example.com/api/bugs -> email qa@example.com ->"
        " weekly report",
        None,
        ("0 9 * * 1", [H, E]),
    ),
    (
        "1st of every month, 00:00 → Salesforce: last month's closed-won deals → build a commission"
        " report → email payroll@example.com",
        SALES_TOOLS,
        ("0 0 1 * *", [Q, R, E]),
    ),
    (
        "salesforce → last weeks new leads for peakside climbing walls → short summary → #growth",
        SALES_TOOLS,
        (None, [Q, M, S]),
    ),
    (
        "1st of every month, 00:00 → Salesforce: last month's closed-won deals → email"
        " payroll@example.com + post to #sales-floor",
        SALES_TOOLS,
        ("0 0 1 * *", [Q, E, S]),
    ),
    (
        "every monday 8am -> GET https://ward.example-stmarys.nhs.uk/api/beds -> email"
        " matron@example-stmarys.nhs.uk the bed occupancy",
        None,
        ("0 8 * * 1", [H, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), MADE_THINGS_ALONE)
def test_a_thing_to_make_named_alone_is_made(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert not doubts_of(text, context)


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
