"""Round 83: items named by a comparative after a comparison was delivered ("smaller jobs get
posted in …") are its other side; items with a modifier routed alone after a fetch ("- e-bike
jobs -> #bench") are a kind picked from what was read; and a question whether any items exist
with "are there" left out ("any open deal worth more than $8,000? If so, …") is the test."""

import pytest

from tests.nl_parser.reading import confidence_of, read

H, Q, C, S, E, W = (
    "http.request",
    "salesforce.query",
    "check_status",
    "slack.post_message",
    "email.send",
    "webhook.post",
)

# "<test> goes to X; <comparative> <items> go to Y": the comparative names the other side.
COMPARED_ITEMS = [
    (
        "Each weekday at 11:15, fetch the queued jobs from https://queue.inkpressprinters.example"
        "/api/jobs. Anything over 500 sheets goes to the litho-press webhook; smaller jobs get"
        " posted in #digital-press.",
        ("15 11 * * 1-5", [H, C, W, C, S]),
    ),
    (
        "Every day at 6pm, pull orders from https://shop.example/api/orders. Orders above $200 go"
        " to #big-orders; cheaper orders get emailed to ops@shop.example.",
        ("0 18 * * *", [H, C, S, C, E]),
    ),
    (
        "Mondays at 9, fetch the invoices from https://ac.example/api. Invoices more than 60 days"
        " old go to the collections webhook; newer invoices get posted in #accounts.",
        ("0 9 * * 1", [H, C, W, C, S]),
    ),
    (
        "Hourly, check readings from https://sensors.example/api. Any reading above 30 degrees"
        " goes to #alerts; lower readings are sent to the logging webhook.",
        ("0 * * * *", [H, C, S, C, W]),
    ),
    (
        "Each weekday at 8, fetch parcels from https://depot.example/api. Parcels under 2 kg go"
        " to #small-post; the heavier parcels go to the freight webhook.",
        ("0 8 * * 1-5", [H, C, S, C, W]),
    ),
]

# "- <modifier> <items> -> <place>" after a fetch: a kind of what was read.
KINDS_ROUTED_AFTER_A_FETCH = [
    (
        "Spokesmith Bike Repairs \u2014 workshop memo\n- Tue\u2013Sat, 08:05\n"
        "- pull the day's booked services from https://jobs.spokesmithbikes.example/api/today\n"
        "- e-bike jobs ->"
        " #ebike-bench\n- that's it",
        ("5 8 * * 2-6", [H, C, S]),
    ),
    (
        "Every weekday at 9:\n- pull the services from https://x.example/api\n- mobile jobs ->"
        " #vans",
        ("0 9 * * 1-5", [H, C, S]),
    ),
    (
        "Mondays 10:00 / fetch tickets from https://x.example/api / billing complaints \u2192"
        " billing@x.example",
        ("0 10 * * 1", [H, C, E]),
    ),
    (
        "Daily at 7am: pull the bookings from https://studio.example/api/bookings; private"
        " sessions \u2192 #coaches",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "Fridays 16:00\n- grab this week's returns from https://shop.example/api/returns\n-"
        " damaged parcels -> warehouse@shop.example",
        ("0 16 * * 5", [H, C, E]),
    ),
]

# "any <items> …? If so, <step>": "are there" left out of the question.
QUESTIONS_WITHOUT_ARE_THERE = [
    (
        "Tuesdays 11:20 \u2014 any open Brightlane Coworking opportunity in the CRM worth more"
        " than $8,000? If so, DM Tomasz in Slack.",
        ("20 11 * * 2", [Q, C, S]),
    ),
    (
        "Every Monday at 9, any invoices overdue by more than 30 days? If so, email"
        " accounts@x.example.",
        ("0 9 * * 1", [H, C, E]),
    ),
    (
        "Each morning at 7: anything in the Zendesk queue older than 2 days? If yes, post in"
        " #support.",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "At 6pm daily: any deals in Salesforce over $50k closing this week? If so, post them in"
        " #sales.",
        ("0 18 * * *", [Q, C, S]),
    ),
    (
        "Wednesdays at noon, any stock lines below 10 units? If so, email buying@shop.example.",
        ("0 12 * * 3", [H, C, E]),
    ),
]

# Near cases that must not change.
UNCHANGED = [
    # the comparison alone, with no comparative after it
    (
        "Each weekday at 11:15, fetch the queued jobs from https://q.example/api. Anything over"
        " 500 sheets goes to the litho-press webhook.",
        ("15 11 * * 1-5", [H, C, W]),
    ),
    # a fetch with the items routed as the fetch named them: no kind picked
    (
        "Every weekday at 9:\n- pull the open jobs from https://x.example/api\n- open jobs ->"
        " #bench",
        ("0 9 * * 1-5", [H, S]),
    ),
    # a made thing routed after a fetch is no kind
    (
        "Every weekday at 9:\n- pull the services from https://x.example/api\n- daily summary ->"
        " #bench",
        ("0 9 * * 1-5", [H, "summarize", S]),
    ),
    # "are there any" still reads as before
    (
        "Tuesdays 11:20 \u2014 are there any open opportunities in the CRM worth more than"
        " $8,000? If so, DM Tomasz in Slack.",
        ("20 11 * * 2", [Q, C, S]),
    ),
    # the same items fetched and sent, asked nothing, are tested by nothing
    (
        "Tuesdays 11:20 \u2014 pull the open opportunities from the CRM and DM Tomasz in Slack.",
        ("20 11 * * 2", [Q, S]),
    ),
]

CASES = [*COMPARED_ITEMS, *KINDS_ROUTED_AFTER_A_FETCH, *QUESTIONS_WITHOUT_ARE_THERE]


@pytest.mark.parametrize(("text", "expected"), [*CASES, *UNCHANGED])
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_right_answers_are_confident(text, expected):
    assert confidence_of(text) >= 0.7
