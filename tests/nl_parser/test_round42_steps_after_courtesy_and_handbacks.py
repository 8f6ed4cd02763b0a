"""Round 42: a step after "— please", a made thing after the medium ("in Slack a summary of"),
a bare subject told ("email the patient that production has started"), a document handed back
as an event, and "go through the items" naming what the steps run on."""

import pytest

from tests.nl_parser.reading import read

_TOOLS = {"availableTools": ["http.request", "slack.post_message", "email.send"]}


@pytest.mark.parametrize(
    "text",
    [
        "There are 120 signed consent forms in Dropbox — please pick out the patient name and "
        "signing date from every form, then post them to https://forms.example.org/hooks/consent",
        "we've saved 30 lab sheets in the team folder \u2013 please extract the sample id and "
        "result from each one, and POST them to https://lab.example.com/hooks/results",
        "The 60 inspection scans sit on the shared drive; please pull out the site and inspector "
        "from each and send them to https://qa.example.com/hooks/scans.",
        "I'VE GOT 12 DELIVERY NOTES IN THE SHARED FOLDER — PLEASE EXTRACT THE SUPPLIER AND "
        "TOTAL AND POST THEM TO https://ap.example.com/hooks/notes",
    ],
)
def test_a_verb_after_a_dash_and_please_starts_a_step(text):
    assert read(text)[1] == ["extract", "webhook.post"]


def test_please_after_a_greeting_comma_asks_for_the_workflow():
    # near miss: ", please set up the following:" is no step of its own.
    text = (
        "On behalf of the harbour office, please set up the following: whenever a buoy reports "
        "a wave of 4 metres or more, email duty@harbour.example.org."
    )
    assert "set" not in read(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Each weekday at 5:15pm, DM the site manager in Slack a summary of today's crane logs.",
        "every monday at 9am message the on-call lead on Slack: a digest of last week's outage "
        "tickets",
        "Every Friday at 4pm, DM the ops lead on Slack — a recap of this week's gate incidents.",
        "At 6pm daily, post the head chef in Slack a roundup of today's waste logs",
    ],
)
def test_a_made_thing_after_the_medium_is_made_first(text):
    assert read(text, _TOOLS)[1] == ["http.request", "summarize", "slack.post_message"]


def test_a_thing_that_exists_after_the_medium_is_only_sent():
    # near miss: "the quarry blast logs" is sent as it is; nothing is summarised.
    text = "Every weekday at 8am, DM the plant manager in Slack the quarry blast logs."
    assert "summarize" not in read(text, _TOOLS)[1]


@pytest.mark.parametrize(
    "text",
    [
        "When a plan is approved, send it to the factory webhook and email the patient that "
        "production has started.",
        "When a refund is issued, email the customer that payment has just cleared.",
        "when a repair is booked, text the tenant that maintenance is now underway",
        "When a visa arrives, email the applicant that processing was completed.",
    ],
)
def test_that_and_a_bare_subject_after_one_person_is_what_is_told(text):
    assert "check_status" not in read(text)[1]


def test_that_after_many_people_may_still_pick_them():
    # near miss: "the customers that support has flagged" picks customers, as before.
    assert read("Email the customers that support has flagged.")[1] == [
        "check_status",
        "email.send",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Whenever the council returns a filming permit PDF, extract the shoot dates and permit "
        "number and post them in #locations.",
        "each time the lab returns its pathology report PDF; pull out the patient id and result "
        "and post them in #results",
        "When the insurer sends back the signed claim form → extract the claim number and amount "
        "and post them in #claims",
        "whenever the landlord hands in a renewal lease (scanned), extract the rent and term and "
        "post them in #leases",
    ],
)
def test_a_document_handed_back_is_an_event(text):
    assert read(text)[1] == ["extract", "slack.post_message"]


def test_an_error_returned_is_still_a_test():
    # near miss: "the API returns a 500 error" tests a state.
    assert read("When the API returns a 500 error, post in #ops.")[1] == [
        "check_status",
        "slack.post_message",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Go through the 200 refund emails exported to the drive, categorise each as fraud, "
        "error or goodwill, build a report from the results, and email it to cx@example.com.",
        "work through the 120 support emails in the shared inbox; classify each one as bug, "
        "billing or praise, build a report from them and email it to cx@example.com",
        "loop over the exported survey emails — classify each as happy, neutral or angry, build "
        "a report from the results and email it to cx@example.com",
        "comb through every exported complaint email, classify each as delay, damage or "
        "billing, build a report and email it to cx@example.com",
    ],
)
def test_going_through_the_items_is_no_step(text):
    assert read(text, {"availableTools": ["email.send", "slack.post_message"]})[1] == [
        "classify",
        "generate_report",
        "email.send",
    ]


def test_going_through_a_url_still_fetches():
    # near miss: "go through https://…" names where the data is, so it is still fetched.
    text = "Go through https://api.example.com/tickets and post the open ones in #support"
    assert read(text)[1][0] == "http.request"
