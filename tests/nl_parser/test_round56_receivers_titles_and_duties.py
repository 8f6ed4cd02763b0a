"""Constructions found by round 56: a singular receiver after a classify names no class, "if its
<state> <verb>" is "it's", a labelled source's condition is what it fetches, a second passive duty
after ", and that …", and a title before the URL call it names."""

import pytest

from nl_parser import parse
from nl_parser.surface import plain_surface

E, S, C, H, W = "email.send", "slack.post_message", "check_status", "http.request", "webhook.post"
K, Q, R, M = "classify", "salesforce.query", "generate_report", "summarize"

CASES = [
    # A singular receiver ("the claims-team webhook", "the on-call locksmith") after a classify.
    (
        "Mondays, Wednesdays and Fridays at 13:00, pull the new lost-parcel claims from "
        "https://claims.example-swiftlinecouriers.com/api/new, triage each as damaged, missing or "
        "late, and fire the claims-team webhook for the missing ones.",
        "0 13 * * 1,3,5",
        [H, K, C, W],
    ),
    (
        "For every voicemail transcript that comes into the Keystone Locksmiths phone line, "
        "classify it as lockout, quote request or other, and text the on-call locksmith through "
        "the SMS webhook when it's a lockout.",
        None,
        [K, C, W],
    ),
    (
        "Every weekday at 9am, fetch the open support tickets from https://help.example.com/api/"
        "open, classify each as billing, bug or question, and fire the billing-team webhook for "
        "the billing ones.",
        "0 9 * * 1-5",
        [H, K, C, W],
    ),
    (
        "Every hour, pull new orders from https://shop.example.com/api/orders, sort each into "
        "domestic or international, and call the export-desk webhook for the international ones.",
        "0 * * * *",
        [H, K, C, W],
    ),
    (
        "When a patient message arrives, classify it as urgent, routine or admin, and page the "
        "on-duty nurse through the pager webhook when it's urgent.",
        None,
        [K, C, W],
    ),
    (
        "For every incoming support email, tag it as refund, complaint or praise, and text the "
        "duty manager through the SMS webhook when it's a complaint.",
        None,
        [K, C, W],
    ),
    (
        "Each morning at 8, get the overnight alerts from https://mon.example.com/alerts, "
        "classify them as critical or minor, and hit the night-shift webhook for the critical "
        "ones.",
        "0 8 * * *",
        [H, K, C, W],
    ),
    # "if its negative email …": "its" and a state, then the step's verb.
    (
        "for every review left on the seaview caravan park booking site, score it positive or "
        "negative and if its negative email warden@example-seaviewcaravans.co.uk",
        None,
        [K, C, E],
    ),
    (
        "for every review posted on the hilltop bed and breakfast website, score it positive or "
        "negative and if its negative email owner@example.com",
        None,
        [K, C, E],
    ),
    (
        "for every comment left on the riverside community garden noticeboard page, classify it "
        "as question or complaint and if its a complaint post in #garden-team",
        None,
        [K, C, S],
    ),
    (
        "for each form submitted through the northgate leisure centre booking portal, score it "
        "urgent or routine and if its urgent text the duty manager through the sms webhook",
        None,
        [K, C, W],
    ),
    (
        "when a survey response comes in, label it happy or unhappy and if its unhappy alert #cx",
        None,
        [K, C, S],
    ),
    # "salesforce: <records> expiring within 30 days": what the labelled source is asked for.
    (
        "lumen lift engineering renewals → weekdays 16:00 → salesforce: maintenance contracts "
        "expiring within 30 days → classify each by renewal risk (high / medium / low) → "
        "high-risk ones → #account-managers",
        "0 16 * * 1-5",
        [Q, K, C, S],
    ),
    (
        "weekdays 9:00 → salesforce: open opportunities closing within 14 days → classify each "
        "by deal size (large / small) → large ones → #sales-leads",
        "0 9 * * 1-5",
        [Q, K, C, S],
    ),
    (
        "every monday 8am → crm: accounts renewing within 60 days → email the list to "
        "renewals@example.com",
        "0 8 * * 1",
        [Q, E],
    ),
    (
        "tue 10:00; sfdc: subscriptions expiring within 2 weeks; email them to "
        "retention@example.com",
        "0 10 * * 2",
        [Q, E],
    ),
    (
        "every friday at 17:00 → salesforce: leads created in the last 7 days → summarize them → "
        "#marketing",
        "0 17 * * 5",
        [Q, M, S],
    ),
    # "…, and that report is to be emailed to …": a second passive duty after ", and".
    (
        "MEMO — Halden Forklift Hire, Sales Office. With effect from this month: at 07:00 on the "
        "3rd of each month, Salesforce is to be queried for the previous month's won hire "
        "contracts, a report is to be generated from the results, and that report is to be "
        "emailed to board@example-haldenforklifthire.co.uk.",
        "0 7 3 * *",
        [Q, R, E],
    ),
    (
        "At 06:00 on the 1st of each month, the billing API is to be called for last month's "
        "invoices, a summary is to be written from them, and that summary is to be posted to "
        "#finance.",
        "0 6 1 * *",
        [H, M, S],
    ),
    (
        "Every Friday at 5pm, Salesforce is to be queried for closed deals, a report is to be "
        "generated, and this report is to be emailed to ceo@example.com.",
        "0 17 * * 5",
        [Q, R, E],
    ),
    (
        "Each morning at 8, https://api.example.com/stock is to be fetched, a digest is to be "
        "compiled from it, and that digest is to be sent to #warehouse.",
        "0 8 * * *",
        [H, M, S],
    ),
    (
        "At 9am every Monday, the tickets are to be pulled from https://help.example.com/api/"
        "tickets, a summary is to be produced, and that summary is to be emailed to "
        "support-leads@example.com.",
        "0 9 * * 1",
        [H, M, E],
    ),
    # "ledgerloop api health; …; GET https://…/health": a title naming the API the URL calls.
    (
        "ledgerloop api health; every 5 min; GET https://api.example-ledgerloop.io/health; unless "
        "it comes back healthy → pager webhook + post in #incidents",
        "*/5 * * * *",
        [H, C, W, S],
    ),
    (
        "payments api uptime; every 10 minutes; GET https://pay.example.com/status; if it's down "
        "→ post in #payments-oncall",
        "*/10 * * * *",
        [H, C, S],
    ),
    (
        "shipping api check → hourly → call https://ship.example.com/api/ping → unless it "
        "returns 200 → ops webhook",
        "0 * * * *",
        [H, C, W],
    ),
    (
        "billing api latency → every 15 minutes → GET https://bill.example.com/api/health → if "
        "it's slow, email ops@example.com",
        "*/15 * * * *",
        [H, C, E],
    ),
    (
        "inventory api sync → every 30 minutes → GET https://inv.example.com/api/levels → post "
        "the levels in #stock",
        "*/30 * * * *",
        [H, S],
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), CASES)
def test_construction_reads_right(text, cron, actions):
    result = parse(text)
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions
    assert result.confidence >= 0.55
    assert not any("two conditions in a row" in w for w in result.warnings)


@pytest.mark.parametrize(
    "text",
    [
        CASES[0][0],
        CASES[2][0],
        CASES[7][0],
        CASES[13][0],
        CASES[19][0],
        CASES[22][0],
        CASES[23][0],
    ],
)
def test_right_answers_stay_confident(text):
    assert parse(text).confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        # A plural class after a classify is still the subset delivered.
        (
            "Every Monday at 10, fetch the leads from https://crm.example.com/api/leads, classify "
            "them by region, and send the EMEA leads to #emea-sales.",
            "0 10 * * 1",
            [H, K, C, S],
        ),
        # A possessive "its" with its noun's verb stays a possessive.
        ("when an order comes in, if its status is failed, email ops@example.com", None, [C, E]),
        # Without the test, the receiver alone guards nothing.
        (
            "When a patient message arrives, classify it as urgent or routine, and page the "
            "on-duty nurse through the pager webhook.",
            None,
            [K, W],
        ),
        # A verbless test after a fetch, with no source label, is still a test.
        (
            "weekdays 16:00 → contracts expiring within 30 days → #account-managers",
            "0 16 * * 1-5",
            [H, C, S],
        ),
        # With no URL call after it, the title is still read as the call it names.
        (
            "ledgerloop api health; every 5 min; unless it comes back healthy → pager webhook",
            "*/5 * * * *",
            [H, C, W],
        ),
    ],
)
def test_near_cases_do_not_change(text, cron, actions):
    result = parse(text)
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("if its negative email a@x.com", "if it's negative email a@x.com"),
        ("when its late, text me", "when it's late, text me"),
        ("unless its green → post in #ops", "unless it's green → post in #ops"),
        ("if its status is failed, email a@x.com", "if its status is failed, email a@x.com"),
        ("post its summary in #ops", "post its summary in #ops"),
    ],
)
def test_its_after_a_test_opener(written, plain):
    assert plain_surface(written) == plain
