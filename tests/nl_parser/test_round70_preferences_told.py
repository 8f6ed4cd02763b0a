"""Round 70: a preference told as why ("They'd rather get a false alarm than find out the hard
way.", "we'd rather push a discount than skate to an empty rink") is no step, whether it ends
the request or sits in the story before it; one that names a medium may choose a delivery, and
stays for the grammars."""

import pytest

from nl_parser.preferences import blank_preferences, preference_told
from tests.nl_parser.reading import confidence_of, read

C, E, S, W, H = "check_status", "email.send", "slack.post_message", "webhook.post", "http.request"

# "<request>. <someone>'d / would rather <A> than <B>.": why the request is wanted, said last.
PREFERENCE_LAST = [
    (
        "Every morning at 7, if the greenhouse humidity is above 85%, post a warning in"
        " #growers. We'd rather hear about it early than lose a crop.",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "When a new support ticket is marked urgent, email oncall@example-helixdesk.io. Our"
        " engineers would much rather be woken up than miss an outage.",
        (None, [C, E]),
    ),
    (
        "Each Friday at 5pm, if fewer than 10 volunteers have signed up for the weekend shift,"
        " send a reminder to the volunteer webhook. Honestly, I'd rather over-remind people"
        " than run short.",
        ("0 17 * * 5", [H, C, W]),
    ),
    (
        "At 9am on weekdays, pull the open invoices from https://billing.example.com/api/invoices"
        " and email them to ar@example-ledgerline.com. The team would rather chase too often than"
        " too late.",
        ("0 9 * * 1-5", [H, E]),
    ),
]

# "<teller> …'d rather <A> than <B>. <request>": the preference inside the story before it.
PREFERENCE_IN_STORY = [
    (
        "We run the public skate sessions at Glacier Point Ice Rink, and on quiet nights we'd"
        " rather push a discount than skate to an empty rink. So every day at 4:30pm, if"
        " tonight's public skate has fewer than 40 tickets sold, post a last-minute discount code"
        " in #marketing. Cheers!",
        ("30 16 * * *", [H, C, S]),
    ),
    (
        "We'd rather over-order flour than run out mid-bake. Every Monday at 6am, if the flour"
        " stock is below 50 kg, email orders@example-millbakery.com.",
        ("0 6 * * 1", [H, C, E]),
    ),
    (
        "I manage the car park at Hollins Station and I'd rather turn drivers away early than"
        " have them circle the block. Every weekday at 7:30am, if fewer than 15 spaces are free,"
        " post a warning in #station-ops.",
        ("30 7 * * 1-5", [H, C, S]),
    ),
    (
        "Our choir would rather cancel a rehearsal than sing to an empty hall. Each Wednesday at"
        " noon, if fewer than 12 singers have confirmed, email the choir at"
        " choir@example-stmarys.org.",
        ("0 12 * * 3", [H, C, E]),
    ),
]

# The same requests with no preference: they read as they did.
NEAR_CASES = [
    (
        "Every morning at 7, if the greenhouse humidity is above 85%, post a warning in #growers.",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "Each Wednesday at noon, if fewer than 12 singers have confirmed, email the choir at"
        " choir@example-stmarys.org.",
        ("0 12 * * 3", [H, C, E]),
    ),
    (
        "At 16:00 every Friday, pull this week's tickets from https://desk.example.com/api/tickets"
        "/week and post them in #support-leads. On reflection, email them to"
        " support-leads@example.com rather than posting.",
        ("0 16 * * 5", [H, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREFERENCE_LAST)
def test_a_preference_said_last_is_no_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), PREFERENCE_IN_STORY)
def test_a_preference_in_the_story_is_no_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


def test_the_aquarium_miss_makes_no_trailing_fetch():
    text = (
        "Our head aquarist asked for this after last month's pump scare at Brightwater Aquarium:"
        " each weekday at 4:45pm, if the shark-tank filtration pressure has dropped under 12 psi,"
        " email the life-support team at lss@brightwateraquarium.example. They'd rather get a"
        " false alarm than find out the hard way. Thanks!"
    )
    context = {"availableTools": ["http.request", "email.send"]}
    assert read(text, context) == ("45 16 * * 1-5", [H, C, E])


@pytest.mark.parametrize(("text", "expected"), NEAR_CASES)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "said",
    [
        "I'd rather get an email than a Slack ping",
        "we'd rather have it in #ops than in the inbox",
        "We'd rather not repeat it",
    ],
)
def test_a_preference_of_medium_or_a_wish_not_stays(said):
    assert blank_preferences(said) == said
    assert not preference_told(said)
