"""Round 68: a source named alone before a test ("https://…/temps → every 20 min → if any vat >
24°C → …") is the fetch the test reads, and a system named as where the data lives ("— it lives in
the Thimblewick Dairy routing system") is a call made first, as an address would be."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, Q, C, E, S, W = (
    "http.request",
    "salesforce.query",
    "check_status",
    "email.send",
    "slack.post_message",
    "webhook.post",
)

# The arrow after a bare source points at the data read from it, but a test after it ("if …",
# "when …", "unless …", "any …"), across the schedule or not, tests that data: one fetch, then
# the test.
SOURCE_BEFORE_A_TEST = [
    (
        "https://api.example-brindlecidermill.co.uk/vats/temps → every 20 min → if any vat > 24°C"
        " → fermentation-alarm webhook + #cellar",
        ("*/20 * * * *", [H, C, W, S]),
    ),
    (
        "every 20 min: https://api.example-brindlecidermill.co.uk/vats/temps → if any vat > 24°C"
        " → fermentation-alarm webhook + #cellar",
        ("*/20 * * * *", [H, C, W, S]),
    ),
    (
        "https://status.example-harbourferries.ie/api/sailings → hourly → if a sailing is"
        " cancelled → post in #ops",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "https://queue.example-lanterngrid.io/depth -> every 5 minutes -> when depth > 500 ->"
        " page the on-call webhook",
        ("*/5 * * * *", [H, C, W]),
    ),
    (
        "https://api.example-greenhollowfarm.com/soil → daily 6am → unless moisture is above 30%"
        " → email irrigation@example-greenhollowfarm.com",
        ("0 6 * * *", [H, C, E]),
    ),
    (
        "salesforce → weekdays 8am → if any deal over $50k is stuck → #sales-leads",
        ("0 8 * * 1-5", [Q, C, S]),
    ),
    (
        "https://api.example-brindlecidermill.co.uk/vats/temps → every 20 min → any vat over 24°C"
        " → fermentation-alarm webhook",
        ("*/20 * * * *", [H, C, W]),
    ),
]

# Where the data lives, said after the step as a system with no address: the call comes first.
SYSTEM_NAMED_AS_SOURCE = [
    (
        "Let the milk-round drivers know their drop list every weekday at twenty past five in the"
        " morning — it lives in the Thimblewick Dairy routing system.",
        ("20 5 * * 1-5", [H, S]),
        {"availableTools": ["http.request", "slack.post_message"]},
    ),
    (
        "Every Monday at 7am, send the week's rota to #kitchen — it lives in our staff scheduling"
        " app.",
        ("0 7 * * 1", [H, S]),
        {},
    ),
    (
        "Email the duty vets the day's appointment list at 6:45 every weekday morning; the"
        " appointments are kept in the Hollybrook clinic booking system.",
        ("45 6 * * 1-5", [H, E]),
        {},
    ),
    (
        "At 8am on Fridays, post the open maintenance jobs to #facilities. They're in the estates"
        " team's job tracker.",
        ("0 8 * * 5", [H, S]),
        {},
    ),
    (
        "Each weekday at 16:00, DM the couriers their pickup list on Slack — the list sits in the"
        " Brackenford Logistics dispatch platform.",
        ("0 16 * * 1-5", [H, S]),
        {},
    ),
    (
        "The stock levels live in our warehouse database. Every night at 11pm, email them to"
        " buyer@example-larchmoorgrocers.co.uk.",
        ("0 23 * * *", [H, E]),
        {},
    ),
]

# Near cases that must not change: a system that is where an event happens or what a message is
# about, and the same request with no source named.
NEAR = [
    (
        "When a hotel room is marked 'vacant dirty' in the housekeeping system, post the room"
        " number in #housekeeping.",
        (None, [C, S]),
    ),
    (
        "Golf course grounds crew: every year on 1 November at 9am, remind everyone in #grounds to"
        " winterise the irrigation system.",
        ("0 9 1 11 *", [S]),
    ),
    (
        "Every weekday at 5:20am, let the drivers know their drop list in #drivers.",
        ("20 5 * * 1-5", [S]),
    ),
    (
        "salesforce → tues 08:05 → hire opps closing this week → #desk",
        ("5 8 * * 2", [Q, S]),
    ),
    (
        "When a new hire is added to the HR system, email them the laptop request form and wait"
        " for IT to confirm the order before posting a welcome in #general.",
        (None, [E, "wait_for_signal", S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_BEFORE_A_TEST)
def test_source_alone_before_a_test_is_one_fetch(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected", "context"), SYSTEM_NAMED_AS_SOURCE)
def test_system_named_as_source_is_called_first(text, expected, context):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
