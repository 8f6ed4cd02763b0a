"""Round 69: a take-back that first denies a place or medium ("Sorry, not the webhook — post
them in #coaches") corrects with the words after the denial; the denial is part of the marker."""

import pytest

from tests.nl_parser.reading import confidence_of, read

H, S, E, W = "http.request", "slack.post_message", "email.send", "webhook.post"

# "<marker>, not <place or medium> <break> <replacement>": the replacement is a step, a place or
# a medium named alone, after a dash, comma, colon or full stop.
DENIED_FIRST = [
    (
        "Tuesdays 6pm: grab the week-ahead court bookings from"
        " https://courts.example-ashcombetennis.org.uk/api/week-ahead and push them to the"
        " floodlight-timer webhook. Sorry, not the webhook — post them in #coaches.",
        ("0 18 * * 2", [H, S]),
    ),
    (
        "Every Monday at 9am fetch the orders from https://api.example.com/orders and email them"
        " to ops@example.com. No, not the email, post them in #ops.",
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Every Monday at 9am fetch the orders from https://api.example.com/orders and email them"
        " to ops@example.com. Actually not by email: post them in #ops.",
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Every Monday at 9am fetch the orders from https://api.example.com/orders and post them"
        " in #general. Sorry, not #general, #ops.",
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Every weekday at 7am pull the rota from https://rota.example-stmarys.org/api/today and"
        " email it to wards@example-stmarys.org. Oops, not by email — the ward-display webhook.",
        ("0 7 * * 1-5", [H, W]),
    ),
    (
        "When a new order is placed, send the details to the packing webhook — no, not the"
        " webhook, email them to pack@example-crate.com.",
        (None, [E]),
    ),
    (
        "Tuesdays 6pm: grab the week-ahead court bookings from"
        " https://courts.example-ashcombetennis.org.uk/api/week-ahead and push them to the"
        " floodlight-timer webhook. Sorry, not the webhook. Post them in #coaches.",
        ("0 18 * * 2", [H, S]),
    ),
]

# A denial beside what is kept, and a take-back with no denial, keep their reading.
DENIED_FIRST_UNCHANGED = [
    (
        "Every Friday at 4pm fetch the timesheets from https://hr.example-acme.io/api/timesheets"
        " and post them in #payroll, not the webhook.",
        ("0 16 * * 5", [H, S]),
    ),
    (
        "Every Friday at 4pm fetch the timesheets from https://hr.example-acme.io/api/timesheets"
        " and post them in #payroll. Sorry, post them in #finance.",
        ("0 16 * * 5", [H, S]),
    ),
    (
        "Every Monday at 9am fetch the orders from https://api.example.com/orders and post them"
        " in #general. Sorry, #ops, not #general.",
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Every Sunday at 8pm email the rota to crew@example.com. Sorry, not Sunday — Saturday.",
        ("0 20 * * 6", [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_FIRST + DENIED_FIRST_UNCHANGED)
def test_denied_first_corrections(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), DENIED_FIRST)
def test_denied_first_corrections_are_confident(text, expected):
    assert confidence_of(text) >= 0.7
