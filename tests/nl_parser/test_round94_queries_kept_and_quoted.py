"""Round 94: the results of a query sent on ("DM Priya with the results of a Salesforce query for
deals stuck over 10 days") read the query as the fetch whose own filter picks the items; "keep
only <items> who/that/with …" keeps the items a test picks, as "keep only the ones …" does; and a
quotation before a noun in the other branch ("otherwise post a 'we're working today' message in
#roofers") is the message's words, the noun after it no verb of a step of its own."""

import pytest

from tests.nl_parser.reading import confidence_of, read

H, E, S, Q, C, W = (
    "http.request",
    "email.send",
    "slack.post_message",
    "salesforce.query",
    "check_status",
    "webhook.post",
)

QUERY_RESULTS_SENT = [
    (
        "DM Priya on Slack every weekday at 11:20 with the results of a Salesforce query for "
        "opportunities stuck in the Proposal stage for more than 10 days. (Sunfield Solar \u2014 "
        "our follow-ups keep slipping and we lost two installs to a competitor last week.)",
        ("20 11 * * 1-5", [Q, S]),
    ),
    (
        "Every Monday at 9 email sales@x.com the results of a Salesforce query for deals over "
        "$5,000",
        ("0 9 * * 1", [Q, E]),
    ),
    (
        "Every Monday at 9 post the results of a Salesforce query for deals older than 30 days "
        "in #sales",
        ("0 9 * * 1", [Q, S]),
    ),
    (
        "Each Friday at 4pm, send finance@example.com the output of a CRM query for accounts "
        "with more than 3 unpaid invoices",
        ("0 16 * * 5", [Q, E]),
    ),
    (
        "Weekdays at 8:15, message #renewals with the results of a Salesforce query for "
        "contracts expiring in less than 30 days",
        ("15 8 * * 1-5", [Q, S]),
    ),
]

ONLY_ITEMS_KEPT = [
    (
        "Gullhaven Marina \u2014 berth fee arrears\n* when: 1st of each month, 07:20\n"
        "* source: https://berths.gullhaven.example/api/arrears\n"
        "* keep only berth holders who are more than 30 days behind\n"
        "* send to harbourmaster@gullhaven.example by email",
        ("20 7 1 * *", [H, C, E]),
    ),
    (
        "Every Monday at 7am pull the members from https://club.example.org/api/members, keep "
        "only members who are more than 30 days behind and email them to treasurer@example.org",
        ("0 7 * * 1", [H, C, E]),
    ),
    (
        "Daily at 6pm: fetch the orders from https://shop.example.com/api/orders, keep just "
        "orders that are over $200, and post them in #big-orders",
        ("0 18 * * *", [H, C, S]),
    ),
    (
        "Every Friday at noon query Salesforce for open deals, keep only deals whose value is "
        "above \u00a310,000, and email them to boss@example.com",
        ("0 12 * * 5", [Q, C, E]),
    ),
    (
        "At 9am each weekday get the tickets from https://desk.example.com/api/tickets, keep "
        "only tickets older than 3 days, and post them to #support",
        ("0 9 * * 1-5", [H, C, S]),
    ),
]

QUOTED_BEFORE_A_NOUN = [
    (
        "For Topslate Roofing, weekdays at 6:40am: check the wind forcast at "
        "https://wx.topslateroofing.example/api/gusts. If gusts above 40 mph are expected, send "
        "the crews a stand-down text through the SMS webhook; otherwise post a 'we're working "
        "today' message in #roofers.",
        ("40 6 * * 1-5", [H, C, W, C, S]),
    ),
    (
        "Every morning at 7, fetch the snow report from https://snow.example.com/api/today; if "
        "more than 20 cm fell, email staff@example.com, otherwise post a 'lifts open as usual' "
        "message in #lifties",
        ("0 7 * * *", [H, C, E, C, S]),
    ),
    (
        "Weekdays at 8am: get the bookings from https://desk.example.com/api/bookings. If there "
        "are more than 50, email the manager at manager@example.com; otherwise drop a 'it's a "
        "quiet one today' message in #front-desk.",
        ("0 8 * * 1-5", [H, C, E, C, S]),
    ),
    (
        "Every Friday at 4pm, check https://api.example.com/stock. If any item is below 5 units, "
        "email buyer@example.com; otherwise send an 'all stocked, have a good weekend' message "
        "to #shop",
        ("0 16 * * 5", [H, C, E, C, S]),
    ),
    (
        "At 6pm daily pull the readings from https://tank.example.com/api/ph; if the pH is above "
        "8.5 post to #fishroom, otherwise send a 'we're all good' note to keeper@example.com",
        ("0 18 * * *", [H, C, S, C, E]),
    ),
]

NEAR_CASES = [
    # a query run first, its results sent after: unchanged
    (
        "Every Monday at 9 run a Salesforce query for deals older than 30 days and post the "
        "results in #sales",
        ("0 9 * * 1", [Q, S]),
    ),
    # the results of a query with no filter: the query alone
    (
        "Every Monday at 9 post the output of a CRM query for open deals in #sales",
        ("0 9 * * 1", [Q, S]),
    ),
    # a test after the fetch, not the query's own: still a test
    (
        "Every weekday at 9 pull the deals from Salesforce and, if any are over $5,000, email "
        "them to boss@example.com",
        ("0 9 * * 1-5", [Q, C, E]),
    ),
    # fields kept, with no test: still a pick of fields
    (
        "Every Monday at 7am pull the contacts from https://x.example.com/api/contacts, keep only "
        "the name and email and post them in #crm",
        ("0 7 * * 1", [H, "pick", S]),
    ),
    # a quoted message with no test before it: one post
    ("Every weekday at 7am post a 'we're open' message in #shop", ("0 7 * * 1-5", [S])),
]

CASES = QUERY_RESULTS_SENT + ONLY_ITEMS_KEPT + QUOTED_BEFORE_A_NOUN + NEAR_CASES


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text", [t for t, _ in QUERY_RESULTS_SENT + ONLY_ITEMS_KEPT + QUOTED_BEFORE_A_NOUN]
)
def test_right_answers_are_confident(text):
    assert confidence_of(text) >= 0.7
