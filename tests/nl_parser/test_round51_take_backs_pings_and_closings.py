"""Round 51: stacked take-back markers ("Actually, change of plan: …"), a thing pinged to a
place ("ping the summary to #ops"), and a closing of thanks or patience ("No rush — thank
you!")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, H, K, Q, S, U, WB, X = (
    "check_status",
    "email.send",
    "http.request",
    "classify",
    "salesforce.query",
    "slack.post_message",
    "summarize",
    "webhook.post",
    "extract",
)
CRM = {"availableTools": ["salesforce.query", "slack.post_message", "email.send"]}


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Whenever a puppy-class booking comes in, post it in #trainers. Actually, change of "
            "plan: email it to classes@example-happypawstraining.com rather than Slack.",
            [E],
        ),
        (
            "When a new signup arrives, email it to crew@example.com. Actually, change of plan: "
            "post it in #crew instead of emailing.",
            [S],
        ),
        (
            "Whenever a refund is requested, post it in #billing. Actually, scratch that: email "
            "it to refunds@example.com.",
            [E],
        ),
        (
            "Each time a kiln log lands, send it to potter@example.com. Actually, change of "
            "plans: push it to the studio webhook.",
            [WB],
        ),
        (
            "When an order ships, ping #dispatch. Actually, change that: email it to "
            "driver@example.com.",
            [E],
        ),
    ],
)
def test_actually_before_another_take_back_is_one_marker(text, actions):
    assert read(text) == (None, actions)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Fridays 17:15 \u2014 pull this week's won wholesale deals for the coffee roastery "
            "from the CRM, summarise them by caf\u00e9, then ping the summary to #roastery and "
            "email it to owner@example-emberbeanroasters.com.",
            [Q, U, S, E],
        ),
        (
            "Fridays 17:15 \u2014 pull this week's won deals from the CRM, summarise them, then "
            "ping the summary to #roastery.",
            [Q, U, S],
        ),
        (
            "Fridays 17:15 \u2014 pull this week's open deals from the CRM and ping the list "
            "over to #sales.",
            [Q, S],
        ),
        (
            "Fridays 17:15 \u2014 fetch https://shop.example.com/api/returns and ping them to "
            "returns@example.com.",
            [H, E],
        ),
        (
            "Fridays 17:15 \u2014 fetch https://shop.example.com/api/stock, summarise it, then "
            "ping the digest in #stock.",
            [H, U, S],
        ),
    ],
)
def test_a_thing_pinged_to_a_place_is_a_message(text, actions):
    context = CRM if Q in actions else {}
    assert read(text, context) == ("15 17 * * 5", actions)
    assert confidence_of(text, context) >= 0.7


def test_pinging_a_url_is_still_a_request():
    assert read("Every 5 minutes ping https://shop.example.com/health.")[1] == [H]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every weekday at 8:05 fetch the open jobs from https://jobs.example.com/api/open, "
            "tag each one as legal, medical or technical, and email the tagged list to "
            "team@example.com? Thank you so much, this would save us hours.",
            [H, K, E],
        ),
        (
            "Every weekday at 8:05 fetch https://jobs.example.com/api/open and email it to "
            "team@example.com. Thanks a lot \u2014 it will save me so much time!",
            [H, E],
        ),
        (
            "Every weekday at 8:05 fetch https://jobs.example.com/api/open and email it to "
            "team@example.com. No rush \u2014 thank you!",
            [H, E],
        ),
        (
            "Every weekday at 8:05 fetch https://jobs.example.com/api/open and email it to "
            "team@example.com. No hurry, thanks in advance.",
            [H, E],
        ),
        (
            "Every weekday at 8:05 fetch https://jobs.example.com/api/open and email it to "
            "team@example.com. Much appreciated, this would be a huge help!",
            [H, E],
        ),
    ],
)
def test_a_closing_of_thanks_or_patience_is_no_step(text, actions):
    assert read(text) == ("5 8 * * 1-5", actions)
    assert doubts_of(text) == []


def test_a_bookbinders_closing_is_no_step():
    text = (
        "Our bookbinding workshop has 640 old repair tickets typed up from index cards. Please "
        "pull out the customer, the book title and the repair type from each, then write me a "
        "short summary of which repairs come up most and email it to "
        "margaret@example-quirebindery.co.uk. No rush \u2014 thank you!"
    )
    assert read(text) == (None, [X, U, E])


def test_let_me_know_after_thanks_is_still_read():
    # "Let me know." alone stays a delivery to the asker: a closing needs thanks or patience.
    text = "Every weekday at 8:05 fetch https://jobs.example.com/api/open. Let me know."
    assert read(text)[1] != [H]
