"""Round 95: three constructions.

- Items told by when they came in ("the leads that came into the CRM overnight") name the
  window the fetch covers, not a test; a CRM they came into is read first.
- After a colon, the items "any" or "anything" picks may lead their own delivery ("go through
  the deals in the CRM for <firm>: anything over $8,000 gets emailed to …"), as after a comma.
- In the story before a request, a medium someone reads or checks ("when nobody's checking
  email") is a noun; the sentence asks for nothing and is no test.
"""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
SF = "salesforce.query"

ARRIVAL_WINDOWS = [
    (
        "Every weekday at 8am, email the regional managers the leads that came into the CRM "
        "overnight.",
        ("0 8 * * 1-5", [SF, E]),
    ),
    (
        "Every morning at 7, send #sales the leads that landed in Salesforce overnight.",
        ("0 7 * * *", [SF, S]),
    ),
    (
        "At 9am every day, email sales-leads@example.com the opportunities that were added to "
        "the CRM yesterday.",
        ("0 9 * * *", [SF, E]),
    ),
    (
        "Each weekday at 17:00, post the deals that came into Salesforce today in #deals.",
        ("0 17 * * 1-5", [SF, S]),
    ),
    (
        "Every Friday at 4pm, email the team the contacts that have come into the CRM this week.",
        ("0 16 * * 5", [SF, E]),
    ),
]

PICKED_AFTER_COLON = [
    (
        "Every Tuesday at 09:05, go through all the corporate team-building deals in the CRM for "
        "Cragline Climbing: anything over $8,000 gets emailed to partnerships@cragline.example, "
        "and the smaller ones go in #sales-floor.",
        ("5 9 * * 2", [SF, C, E, C, S]),
    ),
    (
        "Every day at 6pm, go through the returns logged at https://shop.example.com/api/returns "
        "for the Fenwick Outdoor Store: any over £200 should be emailed to "
        "returns@fenwick.example.",
        ("0 18 * * *", [H, C, E]),
    ),
    (
        "Each Friday at 15:00, sift through all the open support cases in the CRM for Larchmont "
        "Dental Group: anything over 30 days old gets posted in #support-leads.",
        ("0 15 * * 5", [SF, C, S]),
    ),
    (
        "Every hour, check the server metrics at https://metrics.example.com/api/cpu for the whole "
        "Northfield data centre: any host above 90% gets reported to #infra-alerts.",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every Wednesday at 10:30, comb through the corporate hamper orders in the CRM for "
        "Thornbury Fine Foods: anything over €2,500 goes to sales@thornbury.example, and the "
        "smaller ones get posted in #orders.",
        ("30 10 * * 3", [SF, C, E, C, S]),
    ),
]

MEDIUM_READ_IN_STORY = [
    (
        "We're a small plumbing firm and most emergency calls come in overnight when nobody's "
        "checking email. Whenever a job request comes through the website and it's marked as an "
        "emergency, trigger the on-call pager webhook and post the details in #dispatch. Thanks!",
        (None, [C, W, S]),
    ),
    (
        "Our clinic closes at six and most messages come in after hours when nobody is reading "
        "email. Whenever a patient form is submitted and it's flagged as urgent, text the "
        "on-call nurse through the SMS webhook.",
        (None, [C, W]),
    ),
    (
        "I run a tiny bakery and big orders get missed when nobody's watching messages at night. "
        "When an order over $100 comes in, email owner@bakery.example.",
        (None, [C, E]),
    ),
    (
        "We're a two-person studio and enquiries sit for days when we're not checking email. "
        "Whenever a booking request arrives and it's for a wedding, post it in #bookings.",
        (None, [C, S]),
    ),
    (
        "Our shelter relies on volunteers and adoption forms get lost when no one checks the "
        "shared email. When an adoption form comes in and it's marked as urgent, email "
        "adoptions@shelter.example.",
        (None, [C, E]),
    ),
]

NEAR_CASES = [
    # items in the CRM picked by a state: still a test
    (
        "Every weekday at 8am, email the regional managers the leads in the CRM that haven't "
        "been contacted.",
        ("0 8 * * 1-5", [SF, C, E]),
    ),
    # the new leads in the CRM: read, no test, as before
    (
        "Every weekday at 8am, email the regional managers the new leads in the CRM.",
        ("0 8 * * 1-5", [SF, E]),
    ),
    # the same fetch with no subset picked after it: no test
    (
        "Every Tuesday at 09:05, go through all the corporate team-building deals in the CRM for "
        "Cragline Climbing and email them to partnerships@cragline.example.",
        ("5 9 * * 2", [SF, E]),
    ),
    # the story without the medium: unchanged
    (
        "We're a small plumbing firm and most emergency calls come in overnight. Whenever a job "
        "request comes through the website and it's marked as an emergency, trigger the on-call "
        "pager webhook and post the details in #dispatch.",
        (None, [C, W, S]),
    ),
]

RIGHT = ARRIVAL_WINDOWS + PICKED_AFTER_COLON + MEDIUM_READ_IN_STORY


@pytest.mark.parametrize(("text", "expected"), RIGHT + NEAR_CASES)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [t for t, _ in RIGHT])
def test_right_answers_are_confident(text):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize("text", [t for t, _ in ARRIVAL_WINDOWS + MEDIUM_READ_IN_STORY])
def test_right_answers_carry_no_doubt(text):
    assert doubts_of(text) == []


def test_the_crm_miss_with_only_its_tools():
    text = (
        "Every weekday at 8am, email the regional managers the leads that came into the CRM "
        "overnight."
    )
    assert read(text, {"availableTools": [SF, E]}) == ("0 8 * * 1-5", [SF, E])
