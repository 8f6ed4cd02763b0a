"""Round 77: a wait until a team, named bare ("compliance", "finance", "legal"), does something
to a thing ("wait until compliance clears the conflict check", "hold it till procurement
approves the order") is a wait for that team's word, a signal; a wait until a time, or until a
thing changes on its own with nothing done to an object, stays a timed wait."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, SIG, WT, H = "email.send", "slack.post_message", "wait_for_signal", "wait", "http.request"

TEAM_ACTS = [
    (
        "When a new client matter is opened at Harrow & Finch Solicitors, wait until compliance"
        " clears the conflict check, then email the engagement letter to the client.",
        (None, [SIG, E]),
    ),
    (
        "When a supplier invoice arrives, hold it until finance matches the purchase order,"
        " then post it in #payables.",
        (None, [SIG, S]),
    ),
    (
        "Whenever a new vendor is added, wait till procurement completes their due diligence"
        " and then email the welcome pack to the vendor.",
        (None, [SIG, E]),
    ),
    (
        "When a press release is drafted, pause until legal reviews the wording, then post it"
        " to #comms.",
        (None, [SIG, S]),
    ),
    (
        "When a new hire signs their contract, wait until security issues their badge, then"
        " email the first-day schedule to them.",
        (None, [SIG, E]),
    ),
]

# A time, or a thing's own change with no object, is no team's act: the wait stays timed.
UNCHANGED = [
    (
        "When a new client matter is opened, wait until Monday, then email the engagement"
        " letter to the client.",
        (None, [WT, E]),
    ),
    (
        "When a new client matter is opened, wait until morning comes, then email the client.",
        (None, [WT, E]),
    ),
    (
        "When a new client matter is opened, wait 2 days, then email the engagement letter to"
        " the client.",
        (None, [WT, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEAM_ACTS)
def test_a_team_acting_on_a_thing_is_awaited_as_a_signal(text, expected):
    assert read(text) == expected
    assert doubts_of(text) == []
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_a_time_or_a_change_alone_stays_a_timed_wait(text, expected):
    assert read(text) == expected
