"""Round 44: an "if" after the trigger, "in all other cases", modal duties, bare "provided",
and items headed with where they were posted."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import read

TEST_EMAIL_ELSE_POST = ["check_status", "email.send", "check_status", "slack.post_message"]
FETCH_TEST_HOOK_ELSE_POST = [
    "http.request",
    "check_status",
    "webhook.post",
    "check_status",
    "slack.post_message",
]
TRIAGE = ["classify", "check_status", "email.send", "check_status", "slack.post_message"]

CASES = [
    # An "if" after the trigger tests the item the trigger brought; it is no second trigger.
    (
        "When a tattoo booking request comes in, if the deposit has been paid, email the "
        "artist; otherwise post the request in #front-desk.",
        {},
        None,
        TEST_EMAIL_ELSE_POST,
    ),
    (
        "Whenever a venue hire enquiry arrives, if the contract has been signed, email "
        "events@x.com, otherwise post it in #bookings.",
        {},
        None,
        TEST_EMAIL_ELSE_POST,
    ),
    (
        "When a new tenant application is submitted, if the references were checked, "
        "email lettings@x.com; otherwise post the application in #lettings.",
        {},
        None,
        TEST_EMAIL_ELSE_POST,
    ),
    (
        "As soon as a repair job lands, if the invoice has been approved, email the "
        "contractor; otherwise post the job in #maintenance.",
        {},
        None,
        TEST_EMAIL_ELSE_POST,
    ),
    (
        "When a catering order comes through, if the menu has already been confirmed, email "
        "the kitchen at kitchen@x.com; otherwise post the order in #front-of-house.",
        {},
        None,
        TEST_EMAIL_ELSE_POST,
    ),
    # "in all other cases" is the other branch; "the webhook must be triggered" a duty.
    (
        "To: automation desk. From: Aquaculture Operations, Loch Farrow salmon site. Effective "
        "immediately, at 04:40 daily, dissolved-oxygen readings are to be retrieved from "
        "https://pens.example-lochfarrow.scot/api/oxygen. Should any pen register below 6 mg/L, "
        "the aeration webhook must be triggered; in all other cases, a routine entry is to be "
        "posted in #site-log.",
        {},
        "40 4 * * *",
        FETCH_TEST_HOOK_ELSE_POST,
    ),
    (
        "Every day at 06:15, fetch https://x.example.com/api/boilers. If any boiler is above "
        "90, the shutdown webhook must be triggered; in all other cases, post a note in #plant.",
        {},
        "15 6 * * *",
        FETCH_TEST_HOOK_ELSE_POST,
    ),
    (
        "Hourly, readings are to be retrieved from https://x.example.com/api/tanks. Should any "
        "tank fall below 20%, the refill webhook should be called; in any other case, post the "
        "readings in #yard.",
        {},
        "0 * * * *",
        FETCH_TEST_HOOK_ELSE_POST,
    ),
    (
        "At 23:00 every night, pull https://x.example.com/api/backups; if any backup failed, "
        "the alert webhook shall be triggered, in every other case post 'backups ok' in #ops.",
        {},
        "0 23 * * *",
        FETCH_TEST_HOOK_ELSE_POST,
    ),
    (
        "Each Monday at 8am, get https://x.example.com/api/stock. If stock is under 10, "
        "trigger the reorder webhook; in other cases, post the stock level in #store.",
        {},
        "0 8 * * 1",
        FETCH_TEST_HOOK_ELSE_POST,
    ),
    # A bare "provided" before a pronoun and its verb, contracted, opens a trailing test.
    (
        "When someone books a trial dance class, email them the what-to-wear note, provided "
        "it's their first visit.",
        {"availableTools": ["email.send", "webhook.post"]},
        None,
        ["check_status", "email.send"],
    ),
    (
        "When a member renews, email them a thank-you note, provided they're on the annual plan.",
        {},
        None,
        ["check_status", "email.send"],
    ),
    (
        "When a parcel is dispatched, post it in #dispatch, provided it's marked fragile.",
        {},
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "When a volunteer signs up, email coordinator@x.org, provided they're over 18.",
        {},
        None,
        ["check_status", "email.send"],
    ),
    (
        "When a shift swap is requested, post it in #rota, provided there's cover for it.",
        {},
        None,
        ["check_status", "slack.post_message"],
    ),
    # Items headed with where they were posted, then a colon: the trigger.
    (
        "Each new review posted about the driving school: score it as positive or negative; "
        "negative ones get emailed to instructors@example-passfirst.co.uk, otherwise post the "
        "review in #wins.",
        {},
        None,
        TRIAGE,
    ),
    (
        "Every new comment left on the bakery's page: classify it as positive or negative; "
        "negative ones get emailed to owner@x.com, otherwise post the comment in #kudos.",
        {},
        None,
        TRIAGE,
    ),
    (
        "Each new message sent to the support inbox: sort it into urgent or routine; urgent "
        "ones go to oncall@x.com, otherwise post the message in #support.",
        {},
        None,
        TRIAGE,
    ),
    (
        "Every new survey answer submitted through the feedback form: label it as happy or "
        "unhappy; unhappy ones get emailed to cx@x.com, otherwise post the answer in #cx.",
        {},
        None,
        TRIAGE,
    ),
    (
        "Each new post made on the club forum: classify it as question or other; questions "
        "get emailed to help@x.com, otherwise post it in #forum.",
        {},
        None,
        TRIAGE,
    ),
    # "otherwise," with a comma still opens the other branch of the test.
    (
        "When a form comes in, if it is urgent, email a@x.com; otherwise, post it in #forms.",
        {},
        None,
        TEST_EMAIL_ELSE_POST,
    ),
]

UNCHANGED = [
    # The same shapes without the test, or with the "if" as the only trigger.
    ("When a tattoo booking request comes in, email the artist.", None, ["email.send"]),
    ("If a new invoice is paid, email accounts@x.com.", None, ["email.send"]),
    (
        "When someone books a trial dance class, email them the what-to-wear note.",
        None,
        ["email.send"],
    ),
    (
        "Every day at 06:15, fetch https://x.example.com/api/boilers and post it in #plant.",
        "15 6 * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "Email the report provided by the vendor to a@x.com.",
        None,
        ["email.send"],
    ),
    (
        "In case of an outage, page the ops webhook.",
        None,
        ["webhook.post"],
    ),
]


@pytest.mark.parametrize(("text", "context", "cron", "actions"), CASES)
def test_construction_is_read(text, context, cron, actions):
    assert read(text, context) == (cron, actions)


@pytest.mark.parametrize(("text", "context", "cron", "actions"), CASES[:5] + CASES[10:])
def test_right_reading_is_sure(text, context, cron, actions):
    result = parse(text, context)
    assert result.confidence >= 0.7
    assert not [w for w in result.warnings if w.startswith("uncertain:")]


@pytest.mark.parametrize(("text", "cron", "actions"), UNCHANGED)
def test_near_cases_do_not_change(text, cron, actions):
    assert read(text) == (cron, actions)
