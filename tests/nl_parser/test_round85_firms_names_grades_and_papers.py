"""Round 85: a booking made with a firm named in lower case, a name typed lower-case given a
message after the event's comma, an alarm that goes critical, and items that arrive with a
paper heading the steps after a colon."""

import pytest

from nl_parser import parse

SLACK_ONLY = {"availableTools": ["slack.post_message"]}
WEBHOOK_ONLY = {"availableTools": ["webhook.post"]}

CASES = [
    # "books a tuning with keystone piano services": a firm's name typed lower-case, known by
    # the kind of firm it ends on, is the party the event happens with, not a test.
    (
        "whenever someone books a tuning with fairweather piano services let the tuner know the "
        "address + time pls",
        WEBHOOK_ONLY,
        ["webhook.post"],
    ),
    (
        "when a customer signs a lease with harbourview lettings, email the deposit details to "
        "accounts@example.com",
        None,
        ["email.send"],
    ),
    (
        "each time a client schedules a consultation with brightsmile dental clinic, text the "
        "dentist via the sms webhook",
        None,
        ["webhook.post"],
    ),
    (
        "when a parent enrols a child with little acorns co, post in #admissions",
        None,
        ["slack.post_message"],
    ),
    (
        "whenever a couple books a shoot with goldleaf photo studio, post it in #bookings",
        None,
        ["slack.post_message"],
    ),
    # "…, give deborah a heads-up": after the event's comma, a name typed lower-case is who
    # the message goes to, as a capitalised one is.
    (
        "whenever someone books a tuning with keystone piano services, give deborah a heads-up",
        SLACK_ONLY,
        ["slack.post_message"],
    ),
    (
        "whenever someone books a lesson with roadwise driving academy, give marco a heads-up",
        SLACK_ONLY,
        ["slack.post_message"],
    ),
    ("when a new order comes in, give sophie a heads-up", SLACK_ONLY, ["slack.post_message"]),
    ("whenever someone books a tuning, shoot deborah a quick text", WEBHOOK_ONLY, ["webhook.post"]),
    ("when a new member joins, send lucy a welcome note", SLACK_ONLY, ["slack.post_message"]),
    # "goes critical", "turns amber", "goes silent": a verb of becoming with a grade of alarm or
    # health is the state reached, a test as "goes offline" is.
    (
        "If a water main pressure alarm goes critical, page the duty engineer through the pager "
        "webhook and post in #network-control.",
        {"availableTools": ["webhook.post", "slack.post_message"]},
        ["check_status", "webhook.post", "slack.post_message"],
    ),
    (
        "If a patient's blood pressure goes critical, page the on-call webhook.",
        None,
        ["check_status", "webhook.post"],
    ),
    (
        "When a grain silo's temperature alarm turns amber, email the farm manager at "
        "farm@example.com.",
        None,
        ["check_status", "email.send"],
    ),
    (
        "If the studio feed goes silent, post in #on-air.",
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "If a reactor alarm turns critical, post in #ops.",
        None,
        ["check_status", "slack.post_message"],
    ),
    ("If the queue goes stale, post in #ops.", None, ["check_status", "slack.post_message"]),
    (
        "If the backup feed has gone silent, post in #ops.",
        None,
        ["check_status", "slack.post_message"],
    ),
    # "Every milk delivery arrives with a lab sheet: extract …": each item, told as arriving
    # with the paper it brings, heads the steps after the colon.
    (
        "Every milk delivery at Hollins Creamery arrives with a lab sheet: extract the butterfat "
        "and bacteria count, and if the bacteria count is over 50,000, reject the tanker through "
        "the intake webhook and email the farmer.",
        None,
        ["extract", "check_status", "webhook.post", "email.send"],
    ),
    (
        "Each tenancy application comes in with a payslip: extract the salary and employer, and "
        "if the salary is under 30,000, email the letting agent at lets@example.com.",
        None,
        ["extract", "check_status", "email.send"],
    ),
    (
        "Every sample at Ridgeway Labs lands with a chain-of-custody form: extract the sample id "
        "and collector, then email them to lab@example.com.",
        None,
        ["extract", "email.send"],
    ),
    (
        "Each delivery to the Granary Bakery turns up with a docket: extract the supplier and "
        "total and post them in #stores.",
        None,
        ["extract", "slack.post_message"],
    ),
    (
        "Every grain lorry comes with a moisture slip: pull out the moisture reading, and if it "
        "is above 15%, fire the drying webhook.",
        None,
        ["extract", "check_status", "webhook.post"],
    ),
]


@pytest.mark.parametrize(("text", "context", "actions"), CASES)
def test_round85_constructions(text: str, context: dict | None, actions: list[str]) -> None:
    result = parse(text, context)
    assert result.schedule is None
    assert result.actions == actions
    assert result.confidence >= 0.7
    assert not any(w.startswith("uncertain:") for w in result.warnings)


# Near cases keep their reading: "with" before a thing the item has is still a test; an event
# that goes live is still the trigger; items headed with no paper are read as before.
NEAR_CASES = [
    (
        "whenever a customer signs up with a company email, post in #sales",
        ["check_status", "slack.post_message"],
    ),
    (
        "whenever someone books a cake with nut allergy notes, post in #kitchen",
        ["check_status", "slack.post_message"],
    ),
    ("When the new site goes live, post in #ops.", ["slack.post_message"]),
    ("If the nightly build goes red, post in #ops.", ["check_status", "slack.post_message"]),
    ("If a pump goes offline, post in #ops.", ["check_status", "slack.post_message"]),
    (
        "Every milk delivery at Hollins Creamery: extract the butterfat and bacteria count, and "
        "email the farmer.",
        ["extract", "email.send"],
    ),
    ("whenever someone books a tuning, give Deborah a heads-up", ["slack.post_message"]),
]


@pytest.mark.parametrize(("text", "actions"), NEAR_CASES)
def test_round85_near_cases(text: str, actions: list[str]) -> None:
    result = parse(text, SLACK_ONLY if "heads-up" in text else None)
    assert result.schedule is None
    assert result.actions == actions
