"""Round 42: an inverted "should" with no break, its subjunctive "be", picked items that "get a
message" somewhere, a trailing test after a fetch, and nouns before a participle kept as written."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import read

_FETCH = "Every day at 16:00 fetch the forecast from https://marine.example.com/api/waves, and "


@pytest.mark.parametrize(
    "tail",
    [
        "email ops@x.com should the queue depth go above 500.",
        "post to #ops should any pump fall below 2 bar.",
        "ping #bridge should gusts reach 40 knots",
        "notify me at me@x.com should the gauge be above 3 m",
        "for the harbour master at hm@example.no to be alerted by email should swell height "
        "top 4 m.",
    ],
)
def test_inverted_should_without_a_break_guards_the_step_before(tail: str) -> None:
    cron, actions = read(_FETCH + tail)
    assert cron == "0 16 * * *"
    assert actions[:2] == ["http.request", "check_status"]
    assert actions[2] in ("email.send", "slack.post_message")
    assert len(actions) == 3


@pytest.mark.parametrize(
    "tail",
    [
        "the summary should go to #ops.",
        "the summary should be emailed to ops@x.com.",
        "our team lead should review it and post it to #ops.",
    ],
)
def test_should_after_its_subject_stays_a_modal(tail: str) -> None:
    assert "check_status" not in read(_FETCH + tail)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Should the weekly invoice batch be refused by the gateway, email billing@acme.com and "
        "post the error to #billing.",
        "should our backup job be flagged as failed — page the on-call webhook.",
        "Should the supplier feed be late, email buyers@acme.com.",
        "Should the export be declined by the bank; post it to #finance.",
        "Email payroll@acme.com should the nightly file be rejected by the bank.",
    ],
)
def test_subjunctive_be_after_inverted_should_is_a_test(text: str) -> None:
    assert read(text)[1][0] == "check_status"


def test_an_event_in_the_subjunctive_stays_a_trigger() -> None:
    assert read("Should a new order be placed, email sales@acme.com.")[1] == ["email.send"]


_DEALS = "Weekdays at 4:45pm, pull today's closed-won deals from Salesforce; "


@pytest.mark.parametrize(
    "tail",
    [
        "any deal over $25k gets a mention in #gong.",
        "anything larger than $25k earns a ping in #gong.",
        "every deal worth more than $25k should get a shout-out in #gong.",
        "any deal that is bigger than $25k gets a shout-out in #gong.",
        "each deal above 25000 gets its own post in #gong.",
        "ANY deal bigger than $25k — gets a shout-out in #gong.",
    ],
)
def test_picked_items_that_get_a_message_somewhere_are_tested_and_sent(tail: str) -> None:
    result = parse(_DEALS + tail, {})
    assert result.actions == ["salesforce.query", "check_status", "slack.post_message"]
    assert result.confidence >= 0.85


def test_picked_items_getting_an_email_at_an_address_are_emailed() -> None:
    text = _DEALS + "any deal whose amount exceeds $25k gets a quick note to sales@acme.com."
    assert read(text)[1] == ["salesforce.query", "check_status", "email.send"]


def test_every_item_getting_a_message_is_not_a_test() -> None:
    assert read(_DEALS + "every deal gets a shout-out in #gong.")[1] == [
        "salesforce.query",
        "slack.post_message",
    ]


_LAB = (
    "Our lab asks that, at 16:30 each weekday, finished orders be retrieved from "
    "https://lab.example.com/api/orders, "
)


@pytest.mark.parametrize(
    "tail",
    [
        "the practice name and shade extracted from each, and the results posted to the "
        "courier webhook.",
        "the clinic and shade extracted from each; the results posted to the courier webhook.",
        "the clinic name and shade (A1-D4) extracted from each, and the results posted to the "
        "courier webhook.",
        "the shade and practice name extracted from every order, and results posted to the "
        "courier webhook.",
    ],
)
def test_a_noun_before_a_participle_is_no_typo_of_a_verb(tail: str) -> None:
    assert read(_LAB + tail) == ("30 16 * * 1-5", ["http.request", "extract", "webhook.post"])


def test_a_slip_for_a_verb_is_still_mended() -> None:
    text = "Every Monday at 9 pull the sales from https://x.example.com/api and shere them in #ops"
    assert read(text)[1] == ["http.request", "slack.post_message"]
