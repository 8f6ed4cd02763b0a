"""Round 82: a route written before its source ("slots → #dockhands pls. 7:30am sat & sun, pull em
from https://…"), with a courtesy after the lone place, "em" for "them" and lower-case days after
the clock time; a medium told alone after the request ("Could <people> get a roundup of who …?
Sundays at 19:00, by email."); and a mailbox named by its "info@" alone in the story told first
("I've exported the 350 emails from the old info@ inbox and attached them.")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = "http.request", "check_status", "slack.post_message", "email.send", "webhook.post"
SQ, SUMMARY, CLASSIFY = "salesforce.query", "summarize", "classify"

# "<items> → #channel pls. <when>, pull em from <URL>": the delivery first, its source after.
ROUTED_BEFORE_SOURCE = [
    (
        "weekend kayak slots \u2192 #dockhands pls. 7:30am sat & sun, pull em from"
        " https://hire.riverbendpaddlesports.example/api/slots",
        ("30 7 * * 0,6", [H, S]),
    ),
    (
        "tomorrow's pickups \u2192 #drivers pls. 6pm mon & thu, grab em from"
        " https://vans.example/api/pickups",
        ("0 18 * * 1,4", [H, S]),
    ),
    (
        "todays specials -> #floor please. 10:15 tue and fri, get them from"
        " https://kitchen.example/api/specials",
        ("15 10 * * 2,5", [H, S]),
    ),
    (
        "open shifts \u2192 #rota thanks. every weekday at 8am, pull em from"
        " https://rota.example/api/open",
        ("0 8 * * 1-5", [H, S]),
    ),
    (
        "new court bookings >> #front-desk pls. 9am sat & sun, fetch em from"
        " https://courts.example/api/bookings",
        ("0 9 * * 0,6", [H, S]),
    ),
    (
        "post the court bookings in #front-desk pls. 9am sat & sun, fetch 'em from"
        " https://courts.example/api/bookings",
        ("0 9 * * 0,6", [H, S]),
    ),
    (
        "every day at 9am, pull the bookings from https://courts.example/api/bookings \u2192"
        " #front-desk pls",
        ("0 9 * * *", [H, S]),
    ),
]

# "Could <people> get a <summary> of who / what …? <when>, by email.": the medium told last.
MEDIUM_TOLD_AFTER = [
    (
        "Could the Larkhill Community Choir section leaders get a roundup of who turned up to"
        " rehearsals this week? Sundays at 19:00, by email.",
        {"availableTools": [H, SUMMARY, E]},
        ("0 19 * * 0", [H, SUMMARY, E]),
    ),
    (
        "Can the Oakridge Allotment committee have a summary of which plots were watered"
        " yesterday? Every morning at 8, via email.",
        {"availableTools": [H, SUMMARY, E]},
        ("0 8 * * *", [H, SUMMARY, E]),
    ),
    (
        "Could the kitchen leads get a digest of what sold out today? Weekdays at 21:30, on Slack.",
        {"availableTools": [H, SUMMARY, S]},
        ("30 21 * * 1-5", [H, SUMMARY, S]),
    ),
    (
        "Would the volunteer coordinators get a recap of who signed up for shifts this week?"
        " Fridays at 5pm, by e-mail please.",
        {"availableTools": [H, SUMMARY, E]},
        ("0 17 * * 5", [H, SUMMARY, E]),
    ),
    (
        "Could our coaches get a roundup of how many players attended training last week?"
        " Mondays at 07:30. By email.",
        {"availableTools": [SQ, SUMMARY, E]},
        ("30 7 * * 1", [SQ, SUMMARY, E]),
    ),
]

# "I've exported the emails from the old info@ inbox and attached them.": told, not asked.
MAILBOX_IN_THE_STORY = [
    (
        "I've exported the 350 emails from Moorland Cider Press's old info@ inbox and attached"
        " them. Tag each one as supplier, customer or spam, and push the customer ones to the"
        " CRM-import webhook.",
        (None, [CLASSIFY, C, W]),
    ),
    (
        "We've pulled 1,200 messages out of the bookings@ mailbox and uploaded them. Sort each"
        " one into wedding, corporate or other, and send the wedding ones to"
        " events@harbourhall.example.",
        (None, [CLASSIFY, C, E]),
    ),
    (
        "I've saved last year's 600 enquiries from the old sales@ inbox to a folder. Classify"
        " each as hot, warm or cold and post the hot ones in #sales.",
        (None, [CLASSIFY, C, S]),
    ),
    (
        "I've downloaded the 80 complaints from our support@ address and attached them."
        " Summarise them and email the summary to ops@brightpath.example.",
        (None, [SUMMARY, E]),
    ),
    (
        "We exported every message in the hello@ inbox and attached them here. Tag each as"
        " refund, question or praise, and post the refund ones to #billing.",
        (None, [CLASSIFY, C, S]),
    ),
]

# Read the same way in one sentence: a summary of what a question asks of a span is made of
# data read from the only source listed; lower-case days joined right after a clock time are days.
ALSO_READ = [
    (
        "Every Sunday at 19:00, email the section leaders a roundup of who turned up to"
        " rehearsals this week.",
        {"availableTools": [H, SUMMARY, E]},
        ("0 19 * * 0", [H, SUMMARY, E]),
    ),
    ("at 5pm sat and sun, post the rota in #staff", {}, ("0 17 * * 0,6", [S])),
    ("at 18:00 mon and thu, post the rota in #staff", {}, ("0 18 * * 1,4", [S])),
]

# Near cases that keep their reading.
UNCHANGED = [
    # a whole address in the first sentence is where it goes: a step, not a story
    ("I've exported the emails. Send them to info@moorland.example.", {}, (None, [E])),
    (
        "Email the 350 emails from info@moorland.example to me@x.example and tag each one as"
        " supplier or customer.",
        {},
        (None, [E, CLASSIFY]),
    ),
    # the request that names its medium already keeps the sentence after it as a step of its own
    (
        "Post the rota in #staff every Friday at 5pm. By email too.",
        {},
        ("0 17 * * 5", [S, E]),
    ),
    # a fetch written after the delivery with no word pointing back runs as written
    (
        "Every Monday at 9am, post the rota in #staff and fetch https://x.example/api/orders.",
        {},
        ("0 9 * * 1", [S, H]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUTED_BEFORE_SOURCE)
def test_route_written_before_its_source(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "context", "expected"), MEDIUM_TOLD_AFTER)
def test_medium_told_after_the_request(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), MAILBOX_IN_THE_STORY)
def test_mailbox_named_in_the_story(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), ALSO_READ)
def test_also_read_in_one_sentence(text, context, expected):
    assert read(text, context) == expected
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected


def test_em_dash_is_no_pronoun():
    from nl_parser.surface import plain_surface

    assert plain_surface("use an em dash, then pull em from https://x.example") == (
        "use an em dash, then pull them from https://x.example"
    )
