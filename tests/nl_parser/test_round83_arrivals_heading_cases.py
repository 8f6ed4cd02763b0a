"""Round 83: items named, then "as they come in:" before routed cases ("emergency lockouts →
pager webhook; anything else → #day-jobs") are the trigger, and the first case after the colon is
tested as the remainder's other side; an item arriving with a state ("waiver comes in with the
'under 8' box ticked → DM …") heads the steps as the event and its test, with no "when"."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, S, E, W = "check_status", "slack.post_message", "email.send", "webhook.post"

# "<event heading>: <kind> → <place>; anything else → <place>".
CASES_AFTER_AN_ARRIVAL = [
    (
        "Keyturn Locksmiths call-outs, as they come in: emergency lockouts \u2192 pager webhook;"
        " anything else \u2192 #day-jobs",
        (None, [C, W, C, S]),
    ),
    (
        "Harbour Dental enquiries, as they arrive: emergencies \u2192 #on-call; everything else"
        " \u2192 #front-desk",
        (None, [C, S, C, S]),
    ),
    (
        "When a support ticket comes in: billing questions \u2192 #finance; anything else"
        " \u2192 #support",
        (None, [C, S, C, S]),
    ),
    (
        "Repair requests, as and when they come in: burst pipes \u2192 the plumber webhook;"
        " all other requests \u2192 #maintenance",
        (None, [C, W, C, S]),
    ),
    (
        "As soon as a booking arrives: party bookings \u2192 #events; anything else"
        " \u2192 #bookings",
        (None, [C, S, C, S]),
    ),
    (
        "Bike shop orders, as they come in: e-bike orders \u2192 #ebike-bench; everything else"
        " \u2192 #workshop",
        (None, [C, S, C, S]),
    ),
]

# "<item> comes in / arrives / lands with <state> → <step>": the event and its test.
ARRIVALS_WITH_A_STATE = [
    (
        "Tumble & Roll Trampoline Park: waiver comes in with the 'under 8' box ticked \u2192 DM"
        " the floor supervisor on Slack",
        (None, [C, S]),
    ),
    (
        "Brightwater Vets: a consent form arrives with the 'over 65' box ticked \u2192 email"
        " nurses@example.com",
        (None, [C, E]),
    ),
    (
        "Glenmore Hire: each booking lands with the 'urgent' flag set \u2192 post it in #desk",
        (None, [C, S]),
    ),
    (
        "A return shows up with a damaged seal \u2192 text the warehouse lead via the SMS webhook",
        (None, [C, W]),
    ),
    (
        "A parcel arrives with a cracked screen \u2192 post it in #returns",
        (None, [C, S]),
    ),
]

NEAR_CASES = [
    # No cases after the heading: the steps take every item.
    ("Keyturn call-outs, as they come in: post them in #day-jobs", (None, [S])),
    # One case and no remainder: nothing says the items were only some.
    ("When a call-out comes in: emergency lockouts \u2192 pager webhook", (None, [W])),
    # An arrival with nothing it arrives with: no test.
    ("waiver comes in \u2192 DM the floor supervisor on Slack", (None, [S])),
    (
        "Tumble & Roll Trampoline Park: waiver comes in \u2192 DM the floor supervisor on Slack",
        (None, [S]),
    ),
    # The case label with "otherwise" still reads as before.
    (
        "When a grade exam result comes back: distinction \u2192 post it in #wall-of-fame,"
        " otherwise email the teacher at t@example.com",
        (None, [C, S, C, E]),
    ),
    ("commercial policies \u2192 #desk; everything else \u2192 #general", (None, [C, S, C, S])),
]

READ_RIGHT = CASES_AFTER_AN_ARRIVAL + ARRIVALS_WITH_A_STATE


@pytest.mark.parametrize(("text", "expected"), READ_RIGHT)
def test_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), READ_RIGHT)
def test_confident_and_undoubted(text, expected):
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), NEAR_CASES)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected
