"""Round 40: sign-offs and OKs, readings taken, nouns after "pull out", documents handed over."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import read


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "draft the monthly safety memo, hold it until the R&D director signs it off, then "
            "post it in #safety",
            ["generate_report", "wait_for_signal", "slack.post_message"],
        ),
        (
            "build the audit report \u2014 wait for QA to sign the batch off \u2014 email it to "
            "qa@x.example.com",
            ["generate_report", "wait_for_signal", "email.send"],
        ),
        (
            "generate the invoice summary; pause until the head of HR has signed them off; email "
            "it to hr@x.example.com",
            ["summarize", "wait_for_signal", "email.send"],
        ),
        (
            "every Friday at 5pm build the sales report, hold it until the manager OKs it, then "
            "email it to sales@x.example.com",
            ["generate_report", "wait_for_signal", "email.send"],
        ),
        (
            "compile the weekly rota report and wait till the site lead OK's the draft, then post "
            "it in #rota",
            ["generate_report", "wait_for_signal", "slack.post_message"],
        ),
        (
            "write the release notes, hold until the PM okays it and email them to "
            "team@x.example.com",
            ["generate_report", "wait_for_signal", "email.send"],
        ),
        (
            "prepare the budget report, then wait for the CFO's OK before emailing it to "
            "board@x.example.com",
            ["generate_report", "wait_for_signal", "email.send"],
        ),
    ],
)
def test_a_sign_off_or_an_ok_is_waited_for_as_a_signal(text, actions):
    result = parse(text, {})
    assert result.actions == actions
    assert result.confidence >= 0.85


def test_a_timed_wait_stays_timed():
    assert read("build the report, wait 2 hours, then email it to a@x.example.com")[1] == [
        "generate_report",
        "wait",
        "email.send",
    ]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "If the boiler pressure drops below 1 bar, wait 10 minutes, take a fresh reading from "
            "https://boiler.example.com/api/pressure and if it is still low, email "
            "caretaker@x.example.com",
            ["check_status", "wait", "http.request", "check_status", "email.send"],
        ),
        (
            "when the tank level falls under 20% \u2192 wait half an hour \u2192 take one more "
            "measurement from https://tank.example.com/api/level \u2192 if still low, email "
            "ops@x.example.com",
            ["check_status", "wait", "http.request", "check_status", "email.send"],
        ),
        (
            "every hour take a new temperature reading from "
            "https://greenhouse.example.com/api/temp and post it in #greenhouse",
            ["http.request", "slack.post_message"],
        ),
        (
            "when the freezer alarm fires, wait 15 minutes, take another sample from the sensor "
            "API, and if it's still above -15, post in #kitchen",
            ["wait", "http.request", "check_status", "slack.post_message"],
        ),
    ],
)
def test_a_reading_taken_is_fetched(text, actions):
    assert read(text)[1] == actions


def test_taking_a_note_is_no_fetch():
    text = "take a note of the order total and email it to a@x.example.com"
    assert "http.request" not in read(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "GET https://x.example.com/api/games; pull out the winners and map names; post in #results",
        "pull out the scores, player handles and map names, then post them in #results",
        "pull out the names and rank points \u2192 post them in #results",
        "pick out the totals and sort codes from each statement and post them in #results",
    ],
)
def test_a_verb_shaped_noun_listed_after_pull_out_is_one_more_field(text):
    actions = read(text)[1]
    assert "extract" in actions
    assert not {"map", "classify", "pick"} & set(actions)


def test_a_verb_with_its_object_after_pull_out_is_still_a_step():
    assert read("pull out the totals and format them as a table, then post in #x")[1] == [
        "extract",
        "map",
        "slack.post_message",
    ]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "read through the enclosed 40 CVs, pull out each name and phone number and email the "
            "list to hr@x.example.com",
            ["extract", "email.send"],
        ),
        (
            "scan the uploaded invoices; pull out the totals; post them in #finance",
            ["extract", "slack.post_message"],
        ),
        (
            "look over all of the attached tickets, summarise them and post the summary in "
            "#support",
            ["summarize", "slack.post_message"],
        ),
        (
            "read each of the attached forms, pull out the name and phone number, and email them "
            "to office@x.example.com",
            ["extract", "email.send"],
        ),
        (
            "read the attached 2024 exit interviews and summarise them for hr@x.example.com",
            ["summarize", "email.send"],
        ),
    ],
)
def test_reading_documents_handed_over_fetches_nothing(text, actions):
    assert read(text)[1] == actions


@pytest.mark.parametrize(
    "text",
    [
        "read the orders from https://shop.example.com/api/orders and email a summary to "
        "a@x.example.com",
        "read the attached tickets from the helpdesk API and summarise them in #support",
    ],
)
def test_reading_from_a_source_still_fetches(text):
    assert read(text)[1][0] == "http.request"
