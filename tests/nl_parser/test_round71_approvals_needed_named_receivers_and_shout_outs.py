"""Round 71: an item a named firm or person receives opens the trigger ("For every tenancy
application Redfern Lettings receives, …"); "we need X's go-ahead before anything happens" is a
wait for that approval, and "once we have it" is the same approval said again; items that "get
shouted out in #channel" (or "get posted in …") before an "otherwise" are a delivery, not a test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
SF, CHECK, SIGNAL = "salesforce.query", "check_status", "wait_for_signal"
EXTRACT, SUMMARY = "extract", "summarize"
SALES_TOOLS = {"availableTools": [SF, H, S, E]}

# "For every tenancy application Redfern Lettings receives, …": the relative clause's subject
# may be a business or a person by name; the item sent in to them is the trigger, untested.
NAMED_RECEIVER = [
    (
        "For every tenancy application Redfern Lettings receives, email the applicant their"
        " draft lease.",
        (None, [E]),
    ),
    (
        "For each invoice Northgate Plumbing receives, extract the total and post it in #accounts.",
        (None, [EXTRACT, S]),
    ),
    (
        "For every claim Dr Amara Osei submits, email it to claims@example-osei-clinic.com.",
        (None, [E]),
    ),
    (
        "For every CV Brightwater Recruitment gets, summarise it and email the summary to"
        " hiring@example-brightwater.com.",
        (None, [SUMMARY, E]),
    ),
    (
        "For each report Mill Lane Surveyors uploads, send it to the archive webhook.",
        (None, [W]),
    ),
]

# "we need the landlord's go-ahead before anything happens; once we have it, …": an approval
# needed before any step is a wait for it; "once we have it" is that approval, no second step.
APPROVAL_NEEDED_BEFORE_ANYTHING = [
    (
        "For every tenancy application Redfern Lettings receives, we need the landlord's"
        " go-ahead before anything happens; once we have it, email the applicant their draft"
        " lease.",
        (None, [SIGNAL, E]),
    ),
    (
        "When a leave request comes in, we need the manager's approval before anything goes"
        " out; once we have it, email the employee their confirmation.",
        (None, [SIGNAL, E]),
    ),
    (
        "Whenever a supplier invoice arrives, we need the finance lead's sign-off before"
        " anything happens, then send it to the payments webhook.",
        (None, [SIGNAL, W]),
    ),
    (
        "When a new booking is made, we'll need the owner's go-ahead before anything else"
        " happens; once we've got it, post the booking in #bookings.",
        (None, [SIGNAL, S]),
    ),
    (
        "For each grant application we receive, we need the director's approval before we do"
        " anything; when we have it, email the applicant the award letter.",
        (None, [SIGNAL, E]),
    ),
    (
        "When a refund is requested, we need sign-off from finance before anything is done;"
        " as soon as we get it, send the refund to the payments webhook.",
        (None, [SIGNAL, W]),
    ),
]

# "Deals worth over $40k get shouted out in #big-wins; otherwise …": shouting items out in a
# channel posts them there, and "get <done> in/to a place" is a delivery of the items it picks.
SHOUTED_OUT = [
    (
        "Mondays at 07:05, pull last week's closed-won deals for Ashgrove Heating & Cooling out"
        " of Salesforce. Deals worth over $40k get shouted out in #big-wins; otherwise just"
        " email them to sales-ops@ashgrovehvac.example.",
        ("5 7 * * 1", [SF, CHECK, S, CHECK, E]),
    ),
    (
        "Every Friday at 4pm, fetch this week's five-star reviews from"
        " https://reviews.example-larder.com/api/reviews and shout them out in #team-kitchen.",
        ("0 16 * * 5", [H, S]),
    ),
    (
        "Every weekday at 9am, pull yesterday's closed tickets from"
        " https://desk.example-helpful.com/api/closed. Tickets with a CSAT score above 9 get"
        " shouted out in #support-wins; otherwise just email them to"
        " support-leads@example-helpful.com.",
        ("0 9 * * 1-5", [H, CHECK, S, CHECK, E]),
    ),
    (
        "Every Monday at 8am, pull last week's orders from Salesforce. Orders over $10k get"
        " posted in #big-orders; otherwise email them to sales@example-kestrel.com.",
        ("0 8 * * 1", [SF, CHECK, S, CHECK, E]),
    ),
    (
        "Every day at 6pm, pull today's donations from https://give.example-hope.org/api/donations."
        " Donations above 500 pounds get sent to #major-gifts; otherwise just email them to"
        " fundraising@example-hope.org.",
        ("0 18 * * *", [H, CHECK, S, CHECK, E]),
    ),
    (
        "Every Friday at 5pm, pull this week's sales from https://shop.example-fern.com/api/sales"
        " and shout out the top sellers in #shop-floor.",
        ("0 17 * * 5", [H, S]),
    ),
]

# Near cases: the same shapes without the new part keep their reading.
UNCHANGED = [
    ("When a tenancy application comes in, email the applicant their draft lease.", (None, [E])),
    (
        "Any roofing quote over £15k that our estimators finish needs Gareth's sign-off first"
        " — once he's approved it, email it to the homeowner and drop a copy in #quotes.",
        (None, [CHECK, SIGNAL, E, S]),
    ),
    (
        "When an order arrives, if we have it in stock, email the customer a confirmation.",
        (None, [CHECK, E]),
    ),
    (
        "Mondays at 07:05, pull last week's closed-won deals out of Salesforce. Deals worth over"
        " $40k get posted in #big-wins.",
        ("5 7 * * 1", [SF, CHECK, S]),
    ),
    (
        "Mondays at 07:05, pull last week's closed-won deals out of Salesforce. Deals worth over"
        " $40k go to #big-wins; otherwise email them to sales-ops@example-ashgrove.com.",
        ("5 7 * * 1", [SF, CHECK, S, CHECK, E]),
    ),
    (
        "Every Friday at 5pm, give the top sellers a shout-out in #shop-floor.",
        ("0 17 * * 5", [S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_RECEIVER)
def test_items_a_named_receiver_gets_open_the_trigger(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), APPROVAL_NEEDED_BEFORE_ANYTHING)
def test_approval_needed_before_anything_is_a_wait_for_it(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), SHOUTED_OUT)
def test_items_shouted_out_in_a_channel_are_posted(text, expected):
    assert read(text, SALES_TOOLS) == expected
    assert confidence_of(text, SALES_TOOLS) >= 0.7
    assert doubts_of(text, SALES_TOOLS) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
