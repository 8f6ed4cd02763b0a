"""Round 38: a reading named with a verb's word, an arriving item as trigger, "those needing X",
and what could go wrong told after who we are."""

import pytest

from tests.nl_parser.reading import read

_POLL = "every 10 min read https://pit.example.com/api/stats"


@pytest.mark.parametrize(
    "text",
    [
        f"{_POLL}; run time above 30 min → #ops",
        f"{_POLL} — read latency above 800ms — post in #db",
        f"{_POLL}; request rate > 200/s → page the on-call webhook",
        f"{_POLL}, call volume over 500, email ops@pit.example.com",
        "hourly: fetch https://pit.example.com/stats; watch time under 2 hours → "
        "email growth@pit.example.com",
    ],
)
def test_a_reading_named_with_a_verbs_word_is_tested(text):
    assert read(text)[1][1] == "check_status"
    assert read(text)[1].count("http.request") == 1


def test_a_fetch_of_plural_items_over_an_amount_stays_a_fetch():
    assert "check_status" not in read("every hour pull orders over $500 → #sales")[1]


_POLL_PRINTERS = "Every 15 minutes, poll https://farm.example.com/api/units; post it in #floor."


@pytest.mark.parametrize(
    "story",
    [
        "I manage a small cold store with nobody on site at weekends, and a failed compressor "
        "could spoil everything before Monday.",
        "We operate a row of kilns overnight, and a stuck door may go unnoticed for hours.",
        "we look after the school greenhouses, and the irrigation pumps can sometimes jam "
        "without anyone noticing.",
        "We run the overnight print farm and clogged nozzles often go unnoticed until the "
        "morning shift.",
    ],
)
def test_what_could_go_wrong_after_who_we_are_is_no_step(story):
    assert read(f"{story} {_POLL_PRINTERS}")[1] == ["http.request", "slack.post_message"]


@pytest.mark.parametrize(
    "text",
    [
        "Every Friday, fetch the open orders from https://shop.example.com/api/orders and email "
        "the ones missing a tracking number to ops@shop.example.com.",
        "every hour GET https://shop.example.com/api/requests; forward any requiring sign-off to "
        "the approvals webhook",
        "Each morning pull the invoices from https://shop.example.com/api/invoices and DM those "
        "still awaiting approval to #finance",
        "Every weekday at 8, pull visitors from https://desk.example.com/api/visitors and post "
        "those needing a badge in #front-desk.",
    ],
)
def test_those_doing_something_are_a_subset(text):
    actions = read(text)[1]
    assert actions[0] == "http.request" and actions[1] == "check_status" and len(actions) == 3


def test_those_alone_picks_no_subset():
    text = (
        "Every day at 9, pull the tickets from https://desk.example.com/api/t and post those in #t."
    )
    assert read(text)[1] == ["http.request", "slack.post_message"]


@pytest.mark.parametrize(
    "text",
    [
        "for each signed contract that lands in the legal inbox: extract the parties and post "
        "them in #legal",
        "For every receipt that gets dropped into the expenses folder — extract the amount; "
        "post it to #finance",
        "For any CV that arrives in careers@hire.example.com, extract the name and email it to "
        "hr@hire.example.com.",
        "For every invoice which is uploaded to the AP folder, extract the total and POST it to "
        "https://erp.example.com/hooks/ap",
    ],
)
def test_an_item_that_arrives_opens_the_trigger(text):
    assert read(text)[1][0] == "extract"
    assert "check_status" not in read(text)[1]


def test_an_item_that_says_something_is_still_tested():
    assert read("For every ticket that mentions a refund, post it to #billing.")[1] == [
        "check_status",
        "slack.post_message",
    ]
