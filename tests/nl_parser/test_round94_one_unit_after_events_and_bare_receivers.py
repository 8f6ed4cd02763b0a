"""Round 94: "the day / week / fortnight / month after <event>, …" waits one unit after the event
before the step (as "two days after <event>" does), and a receiver named with its article dropped
("Shuttle driver needs a text whenever …") gets the message, with a medium told after a dash
("— use the SMS webhook") saying how it goes."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, W, E, S, P = "check_status", "wait", "email.send", "slack.post_message", "webhook.post"

ONE_UNIT_AFTER_EVENT = [
    (
        "The day after a patient has a filling at Brightsmile Dental, email them our aftercare "
        "leaflet, and a fortnight after that, drop them another email asking how the tooth is "
        "feeling.",
        (None, [W, E, W, E]),
    ),
    ("The day after a guest checks out, email them a review request.", (None, [W, E])),
    ("The week after a member joins the gym, send them a tips email.", (None, [W, E])),
    (
        "The month after a boiler is serviced at Hearthway Heating, email the owner a "
        "satisfaction survey.",
        (None, [W, E]),
    ),
    ("the fortnight after a puppy class ends, post a reminder in #trainers", (None, [W, S])),
    ("The next day after an invoice is paid, email the client a thank-you.", (None, [W, E])),
]

BARE_RECEIVERS = [
    (
        "Shuttle driver needs a text whenever a flight we're meeting at Northgate Airport "
        "Transfers is delayd by more than 45 minutes \u2014 use the SMS webhook.",
        (None, [C, P]),
    ),
    (
        "Night nurse needs a text whenever a patient's heart rate goes above 120 \u2014 use the "
        "pager webhook.",
        (None, [C, P]),
    ),
    (
        "Duty manager gets a ping whenever a freezer reads warmer than -15 degrees \u2014 use the "
        "alerts webhook.",
        (None, [C, P]),
    ),
    (
        "Site foreman needs an email whenever a delivery is more than 2 hours late.",
        (None, [C, E]),
    ),
    (
        "The shuttle driver should get a text whenever a flight is delayed by more than 45 "
        "minutes \u2014 use the SMS webhook.",
        (None, [C, P]),
    ),
]

RIGHT = ONE_UNIT_AFTER_EVENT + BARE_RECEIVERS


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_reads_the_construction(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_is_sure_of_it(text, expected):
    assert confidence_of(text) >= 0.7


def test_a_medium_told_after_a_dash_is_no_assumed_one():
    text = BARE_RECEIVERS[0][0]
    assert not [d for d in doubts_of(text) if "medium" in d]


# Near cases that must not change.
NEAR = [
    # A span with its number waits as before.
    ("Two days after a customer buys a mattress, email them a care guide.", (None, [W, E])),
    # "the day after that" after a step waits after the step, as before.
    (
        "When a booking comes in, email the guest a confirmation, and the day after that, "
        "email them directions.",
        (None, [E, W, E]),
    ),
    # The event alone, with no span before it: no wait.
    ("After a patient has a filling, email them our aftercare leaflet.", (None, [E])),
    # The receiver with no condition: only the delivery.
    ("The shuttle driver needs a text every morning at 6.", ("0 6 * * *", [P])),
    # A medium told after a dash where the request names a place already adds nothing.
    (
        "Email ops@example.com whenever a backup fails \u2014 use email.",
        (None, [C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
