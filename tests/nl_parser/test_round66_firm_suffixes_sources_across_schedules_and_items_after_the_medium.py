"""Round 66: a firm's "Co." or "Ltd." before a lower-case word ends no sentence; a source alone
at the head of an arrow chain ("salesforce → tues 08:05 → opps closing this week → #desk") points
at the data after the schedule, and a source pointing at its data, then a place alone, is a fetch
and a post; and the items sent after the receiver and the medium ("DM Priya in Slack the ones
with no next step set") pick a subset as they do right after the receiver."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, Q, W = (
    "http.request",
    "email.send",
    "slack.post_message",
    "salesforce.query",
    "webhook.post",
)
C, SU = "check_status", "summarize"
SF_EMAIL = {"availableTools": [Q, E]}
SF_SLACK = {"availableTools": [Q, S]}

# "Orchard Lane Cider Co. wholesale opportunities that went closed-lost": the firm's name goes on.
FIRM_SUFFIXES = [
    (
        "At noon on weekdays, query Salesforce for Orchard Lane Cider Co. wholesale opportunities"
        " that went closed-lost today and email them to trade@example-orchardlanecider.co.uk.",
        SF_EMAIL,
        ("0 12 * * 1-5", [Q, E]),
    ),
    (
        "Every Monday at 9am, pull Hartwell Bros. renewal deals that went closed-won last week"
        " from Salesforce and post them in #renewals.",
        {},
        ("0 9 * * 1", [Q, S]),
    ),
    (
        "Fridays at 4pm, query Salesforce for Kestrel Ltd. opportunities that moved to Closed Lost"
        " this week, summarise them and email the summary to sales@example-kestrel.co.uk.",
        {},
        ("0 16 * * 5", [Q, SU, E]),
    ),
    (
        "Daily at 07:30, fetch the Brightwater Inc. orders that shipped yesterday from"
        " https://api.example-brightwater.com/orders and post them to #dispatch.",
        {},
        ("30 7 * * *", [H, S]),
    ),
    (
        "Each weekday at 17:00, query the CRM for Meridian Corp. deals that went closed-lost today"
        " and email them to revops@example-meridian.com.",
        SF_EMAIL,
        ("0 17 * * 1-5", [Q, E]),
    ),
]

# "salesforce → tues 08:05 → …": the source's arrow reaches past the schedule to the data; and
# "salesforce → …" or "salesforce: …" then a place alone is a fetch, then a post there.
SOURCES_AT_THE_HEAD = [
    (
        "salesforce → tues 08:05 → thornbury scaffold hire opps closing this week → #hire-desk",
        SF_SLACK,
        ("5 8 * * 2", [Q, S]),
    ),
    (
        "salesforce → tues 08:05 → thornbury scaffold hire opps closing this week → #hire-desk",
        {},
        ("5 8 * * 2", [Q, S]),
    ),
    (
        "crm -> every monday 9am -> renewal deals closing this month -> #account-team",
        {},
        ("0 9 * * 1", [Q, S]),
    ),
    (
        "fri 16:00 → salesforce → marquee hire opportunities closing next week → #events-sales",
        {},
        ("0 16 * * 5", [Q, S]),
    ),
    (
        "salesforce → today's closed-won deals → #wins",
        {},
        (None, [Q, S]),
    ),
    (
        "weekdays 08:30 » salesforce » new inbound leads for Harbour Kayaks » #kayak-sales",
        {},
        ("30 8 * * 1-5", [Q, S]),
    ),
    (
        "salesforce: today's closed-won deals → #wins",
        {},
        (None, [Q, S]),
    ),
]

# "DM Priya in Slack the ones with no next step set": receiver, medium, then the subset sent.
ITEMS_AFTER_THE_MEDIUM = [
    (
        "Just this once: pull all of Stonecrop Payroll Services' open opportunities out of"
        " Salesforce and DM Priya in Slack the ones with no next step set.",
        {},
        (None, [Q, C, S]),
    ),
    (
        "Every Monday at 8am, pull open tickets from https://desk.example.com/api/tickets and"
        " message Tom on Slack the ones without an assignee.",
        {},
        ("0 8 * * 1", [H, C, S]),
    ),
    (
        "Each Friday at 3pm, query Salesforce for open leads and DM Aisha in Slack the ones with"
        " no owner.",
        {},
        ("0 15 * * 5", [Q, C, S]),
    ),
    (
        "One-off: grab this month's invoices from https://billing.example.com/api/invoices and"
        " send Marco by email the ones over $5,000.",
        {},
        (None, [H, C, E]),
    ),
    (
        "Daily at 6pm, fetch today's deliveries from https://api.example-vans.com/deliveries and"
        " ping the depot lead via Slack the ones that failed.",
        {},
        ("0 18 * * *", [H, C, S]),
    ),
]

# Near cases: the same shapes without what picks a subset, or with the dot ending a sentence.
UNCHANGED = [
    (
        "Just this once: pull all of Stonecrop Payroll Services' open opportunities out of"
        " Salesforce and DM Priya in Slack the full list.",
        (None, [Q, S]),
    ),
    (
        "Once: pull open opportunities out of Salesforce and DM the plant manager in Slack a"
        " summary of them.",
        (None, [Q, SU, S]),
    ),
    (
        "Every Monday at 9am, query Salesforce for open deals at Hartwell Bros. Post them in"
        " #renewals.",
        ("0 9 * * 1", [Q, S]),
    ),
    (
        "nightly 23:30 | salesforce → today's closed-won coach-hire deals | generate report |"
        " #coach-sales",
        ("30 23 * * *", [Q, "generate_report", S]),
    ),
    (
        "talent agency; tuesdays 08:20; salesforce → placement opportunities sitting in the"
        " Interview stage for 3+ weeks; 9 or more of them → email delivery-head@example.com;"
        " fewer than 9 → just a post in #consultants",
        ("20 8 * * 2", [Q, C, E, C, S]),
    ),
    (
        "Every Thursday at 3pm, query Salesforce for new leads and post the ones with no owner to"
        " #sales-ops.",
        ("0 15 * * 4", [Q, C, S]),
    ),
]


def _paraphrases(cases):
    return [(text, context) for text, context, _ in cases]


@pytest.mark.parametrize(("text", "context", "expected"), FIRM_SUFFIXES)
def test_a_firm_suffix_before_a_lower_case_word_ends_no_sentence(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), SOURCES_AT_THE_HEAD)
def test_a_source_at_the_head_points_at_its_data_past_the_schedule(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), ITEMS_AFTER_THE_MEDIUM)
def test_items_after_the_receiver_and_medium_pick_a_subset(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "context"),
    _paraphrases(FIRM_SUFFIXES)
    + _paraphrases(SOURCES_AT_THE_HEAD)
    + _paraphrases(ITEMS_AFTER_THE_MEDIUM),
)
def test_right_readings_carry_no_doubt(text, context):
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
