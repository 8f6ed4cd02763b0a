"""Round 90: "once" after a step and before the next one ("read https://… once and give me a
summary") says how often, not an event; whose Slack it is ("in my slack dms") still names Slack;
and a party, however many words name it, handing over leave ("wait until air traffic control
grants permission", "till the city planning office issues the permit") is a wait for a signal."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = "http.request", "check_status", "slack.post_message", "email.send", "webhook.post"
SUMMARY, REPORT, SIGNAL, WAIT = "summarize", "generate_report", "wait_for_signal", "wait"

# "<step> once and <step>": how often the run goes, with the next step joined after it.
ONCE_BETWEEN_STEPS = [
    (
        "can u read https://reviews.brewhallbrewery.example/api/all once and give me a summary in"
        " my slack dms",
        (None, [H, SUMMARY, S]),
    ),
    (
        "pull https://stock.example/api/levels once and post a summary to #warehouse",
        (None, [H, SUMMARY, S]),
    ),
    (
        "Fetch the bookings from https://api.example-yoga.org/classes once, then email a summary"
        " to owner@example-yoga.org.",
        (None, [H, SUMMARY, E]),
    ),
    (
        "could you grab https://feeds.example.net/alerts.json once then send a summary to #ops",
        (None, [H, SUMMARY, S]),
    ),
    (
        "Hit https://api.example.com/orders once and write me a report in #finance.",
        (None, [H, REPORT, S]),
    ),
]

# "in my slack", "to their slack dms": whose Slack it is still names it.
WHOSE_SLACK = [
    (
        "fetch https://x.example/api/all and give me a summary in my slack dms",
        (None, [H, SUMMARY, S]),
    ),
    (
        "Read https://api.example.org/tickets and give me a summary in my slack",
        (None, [H, SUMMARY, S]),
    ),
    (
        "Every morning at 8, pull https://api.example.org/tickets and give me a summary in my"
        " Slack DMs.",
        ("0 8 * * *", [H, SUMMARY, S]),
    ),
]

# "wait until <party> grants/issues/gives/sends <leave>": a signal, whatever names the party.
LEAVE_GRANTED = [
    (
        "When a survey flight is booked at Skyline Drone Surveys, wait until air traffic control"
        " grants permission, then text the pilot via the SMS webhook; two hours later, email the"
        " client a reminder to clear the site.",
        (None, [SIGNAL, W, WAIT, E]),
    ),
    (
        "When a permit application is filed, wait until the city planning office issues the"
        " permit, then post it in #permits.",
        (None, [SIGNAL, S]),
    ),
    (
        "When a new tenant applies, wait till the building management company sends over their"
        " consent, then email the tenant the lease.",
        (None, [SIGNAL, E]),
    ),
    (
        "When a shipment is booked, hold it until the port authority releases its clearance,"
        " then email the customer.",
        (None, [SIGNAL, E]),
    ),
    (
        "Whenever a wedding enquiry arrives, sit tight until the venue events manager gives us"
        " the go-ahead, then email the couple.",
        (None, [SIGNAL, E]),
    ),
    (
        "When a flight is booked, wait until the tower gives clearance, then post in #ops.",
        (None, [SIGNAL, S]),
    ),
    (
        "When a drone flight is booked, don't post it to #pilots until air traffic control"
        " grants permission.",
        (None, [SIGNAL, S]),
    ),
]

# Near cases that keep their reading: "once" opening an event, "once a day", a wait for a time.
NEAR = [
    (
        "Once a lead's score passes 80, post it in #sales.",
        (None, [C, S]),
    ),
    (
        "Once the import finishes, email a summary to ops@example.com.",
        (None, [E]),
    ),
    (
        "Once a day, fetch https://api.example.com/health and post it to #ops.",
        ("0 9 * * *", [H, S]),
    ),
    (
        "When a flight is booked, wait 2 hours, then post in #ops.",
        (None, [WAIT, S]),
    ),
    (
        "When a flight is booked, wait for ATC to grant permission, then post in #ops.",
        (None, [SIGNAL, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONCE_BETWEEN_STEPS + WHOSE_SLACK + LEAVE_GRANTED)
def test_read_as_the_construction_says(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), ONCE_BETWEEN_STEPS + WHOSE_SLACK + LEAVE_GRANTED)
def test_right_answers_carry_no_doubt(text, expected):
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


def test_a_wait_until_a_time_is_still_a_timed_wait():
    assert read("When a survey flight is booked, wait until 5pm, then post in #ops.") == (
        None,
        [WAIT, S],
    )
