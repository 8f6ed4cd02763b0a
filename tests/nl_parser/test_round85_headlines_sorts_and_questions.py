"""Round 85: headline events with no article, a sort's classes closed by a colon or named as
buckets, a webhook routed to alone, a medium told in a trailing clause, and "find out if"."""

import pytest

from nl_parser import parse

WEEKDAYS_4PM = "0 16 * * 1-5"

CASES = [
    # "<item> <done> on/via/through <place> → …": a headline event with no quantifier.
    (
        "form submitted on the Riverside volunteer page → post it in #volunteers",
        None,
        ["slack.post_message"],
    ),
    (
        "application received via the careers page → email hr@brightway.example",
        None,
        ["email.send"],
    ),
    (
        "booking made through the Lakeside website → post it in #bookings",
        None,
        ["slack.post_message"],
    ),
    (
        "a review posted on the Hillcrest Dental site → post it in #reviews",
        None,
        ["slack.post_message"],
    ),
    (
        "invoice emailed to the accounts inbox → forward it to ap@ledger.example",
        None,
        ["email.send"],
    ),
    # "<item> arrives with <state> → …": the headline event keeps its test with no article.
    (
        "parcel arrives with a cracked screen → email claims@fixmyphone.example",
        None,
        ["check_status", "email.send"],
    ),
    (
        "order comes in with a missing address → post it in #fulfilment",
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "laptop arrives with a broken hinge → email repairs@fixit.example",
        None,
        ["check_status", "email.send"],
    ),
    (
        "parcel turns up with a torn label → post it in #warehouse",
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "return lands with a damaged box → email returns@shop.example",
        None,
        ["check_status", "email.send"],
    ),
    (
        "A parcel arrives with a broken seal → email claims@fixmyphone.example",
        None,
        ["check_status", "email.send"],
    ),
    # "sort … into A, B or C: A goes to …": a colon closing the classes ends the sort.
    (
        "Sort each email from the Oakfield Library contact form into renewals, lost property or "
        "event questions: lost property goes to #circulation and anything else to "
        "desk@oakfieldlibrary.example.",
        None,
        ["classify", "check_status", "slack.post_message", "check_status", "email.send"],
    ),
    (
        "Classify every ticket as billing, bug or feature request: bugs go to #dev and everything "
        "else to help@acme.example.",
        None,
        ["classify", "check_status", "slack.post_message", "check_status", "email.send"],
    ),
    (
        "Triage each new enquiry into wedding, corporate or other: weddings go to #weddings and "
        "anything else to events@hallmark.example.",
        None,
        ["classify", "check_status", "slack.post_message", "check_status", "email.send"],
    ),
    (
        "Sort every support chat into refunds, delivery or other: refunds go to #refunds and the "
        "rest to help@shop.example.",
        None,
        ["classify", "check_status", "slack.post_message", "check_status", "email.send"],
    ),
    (
        "Categorise each incoming review as praise, complaint or question: complaints go to "
        "#support and everything else to team@cafe.example.",
        None,
        ["classify", "check_status", "slack.post_message", "check_status", "email.send"],
    ),
    # near case: the semicolon version reads as before
    (
        "Sort each email from the Oakfield Library contact form into renewals, lost property or "
        "event questions; lost property goes to #circulation and anything else to "
        "desk@oakfieldlibrary.example.",
        None,
        ["classify", "check_status", "slack.post_message", "check_status", "email.send"],
    ),
    # "put it in one of three buckets: A, B or C": a sort into the groups named.
    (
        "When a support message comes in at Brightline Telecom, put it in one of three buckets: "
        "billing, outage or other. Outage ones go to #noc.",
        None,
        ["classify", "check_status", "slack.post_message"],
    ),
    (
        "When a new lead arrives, drop it into one of these piles: hot, warm or cold. Hot ones go "
        "to #sales.",
        None,
        ["classify", "check_status", "slack.post_message"],
    ),
    (
        "When a review comes in, put each review in one of three categories: praise, complaint or "
        "question. Complaints go to support@shop.example.",
        None,
        ["classify", "check_status", "email.send"],
    ),
    (
        "When a ticket lands, place it in one of four groups — billing, bug, feature or other. "
        "Bug tickets → #dev.",
        None,
        ["classify", "check_status", "slack.post_message"],
    ),
    (
        "When an email arrives at the clinic, file it under one of three types: booking, repeat "
        "prescription or other. Booking ones go to #reception.",
        None,
        ["classify", "check_status", "slack.post_message"],
    ),
    # near case: put in a channel is a post
    ("When a support message comes in, put it in #support.", None, ["slack.post_message"]),
    # "<kind> → <name> webhook; anything else → …": a webhook named alone is the kind's place.
    (
        "Helpdesk at Quarry Lane Vets: urgent tickets → pager webhook; anything else → #front-desk",
        None,
        ["check_status", "webhook.post", "check_status", "slack.post_message"],
    ),
    (
        "Orders at Hopfield Brewing: wholesale orders → the invoicing webhook; anything else → "
        "#shop",
        None,
        ["check_status", "webhook.post", "check_status", "slack.post_message"],
    ),
    (
        "emergency lockouts → pager webhook; anything else → #front-desk",
        None,
        ["check_status", "webhook.post", "check_status", "slack.post_message"],
    ),
    (
        "Service desk: critical incidents → the escalation webhook; everything else → #it-queue",
        None,
        ["check_status", "webhook.post", "check_status", "slack.post_message"],
    ),
    (
        "Returns at Penrose Books: damaged items → refunds webhook; anything else → "
        "returns@penrose.example",
        None,
        ["check_status", "webhook.post", "check_status", "email.send"],
    ),
    # near case: a channel as the place reads as before
    (
        "urgent tickets → #desk; anything else → #front-desk",
        None,
        ["check_status", "slack.post_message", "check_status", "slack.post_message"],
    ),
    # "…, use the sms webhook": the medium told in the clause trailing the request.
    (
        "Every weekday at 4pm pull tomorrow's appointments from "
        "https://appts.smilebright.example/api/tomorrow and text them a reminder, use the sms "
        "webhook.",
        WEEKDAYS_4PM,
        ["http.request", "webhook.post"],
    ),
    (
        "When a booking comes in, text the guest a confirmation, use the sms webhook.",
        None,
        ["webhook.post"],
    ),
    (
        "When a ticket is closed, notify the customer, just use the notify webhook please.",
        None,
        ["webhook.post"],
    ),
    (
        "Every day at 8am fetch today's classes from https://gym.example/api/classes and remind "
        "the members, use the sms webhook.",
        "0 8 * * *",
        ["http.request", "webhook.post"],
    ),
    ("When a new member signs up, send them a welcome note, use email.", None, ["email.send"]),
    # near case: the medium said with "via"
    (
        "Every weekday at 4pm pull tomorrow's appointments from "
        "https://appts.smilebright.example/api/tomorrow and text them a reminder via the sms "
        "webhook.",
        WEEKDAYS_4PM,
        ["http.request", "webhook.post"],
    ),
    # "find out if <URL> is offline; if so, …": the verb only asks the question.
    (
        "Every 5 minutes find out if https://status.parcelhub.example/api is offline; if so, page "
        "the on-call engineer via the pager webhook.",
        "*/5 * * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
    (
        "Every hour, find out if https://api.tidewater.example/pumps is down; if so, post in #ops.",
        "0 * * * *",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "Every morning at 7 work out if https://weather.example/api/wind is above 40; if so, "
        "email crew@sailclub.example.",
        "0 7 * * *",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "Every 10 minutes find out whether https://status.acme.example/health is failing and if "
        "it is, text the on-call via the sms webhook.",
        "*/10 * * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
    (
        "Every 15 minutes find out if https://queue.example/api/depth is over 500; if so, post in "
        "#ops.",
        "*/15 * * * *",
        ["http.request", "check_status", "slack.post_message"],
    ),
    # near case: "check if" reads as before
    (
        "Every 5 minutes check if https://status.parcelhub.example/api is offline; if so, page "
        "the on-call engineer via the pager webhook.",
        "*/5 * * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), CASES)
def test_round85_constructions(text: str, cron: str | None, actions: list[str]) -> None:
    result = parse(text)
    got_cron = result.schedule.cron_expression if result.schedule else None
    assert got_cron == cron
    assert result.actions == actions
    assert result.confidence >= 0.7
    assert not any(w.startswith("uncertain:") for w in result.warnings)


def test_bare_event_with_nothing_said_stays_unsure() -> None:
    # near case: an item and an event verb alone, with no place or state, is no headline read.
    result = parse("parcel arrives → email claims@fixmyphone.example")
    assert result.actions == ["email.send"]
