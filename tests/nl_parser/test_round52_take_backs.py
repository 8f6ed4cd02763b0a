"""Round 52 take-backs: "wait, … instead", "no scratch that", and the test before an arrow or
"when" kept when its delivery is corrected."""

import pytest

from tests.nl_parser.reading import confidence_of, read

_WAIT_INSTEAD = [
    (
        "Every weekday at noon, post today's lunch menu from "
        "https://canteen.example-ashgroveschool.sch.uk/api/menu/today in #staffroom — wait, put it "
        "in #lunch-duty instead.",
        ("0 12 * * 1-5", ["http.request", "slack.post_message"]),
    ),
    (
        "Every Monday at 8am, send the rota from https://rota.example.com/api/week to "
        "staff@example.com — wait, post it in #rota instead.",
        ("0 8 * * 1", ["http.request", "slack.post_message"]),
    ),
    (
        "Daily at 6pm, fetch https://shop.example.com/api/sales and post the totals in #sales, "
        "wait, email them to boss@example.com instead.",
        ("0 18 * * *", ["http.request", "email.send"]),
    ),
    (
        "Every Friday at 4pm post the timesheet reminder in #crew — wait, send it to "
        "crew@example.org instead.",
        ("0 16 * * 5", ["email.send"]),
    ),
    (
        "At 7am each day, call https://weather.example.com/api/today and email the forecast to "
        "farm@example.com; wait, instead put it in #field-team.",
        ("0 7 * * *", ["http.request", "slack.post_message"]),
    ),
]

_NO_SCRATCH_THAT = [
    (
        "laundrette: every 15 min 7am-9pm, GET "
        "https://machines.example-sudslaundry.co.uk/api/status; any machine showing an error → "
        "email fixit@example-sudslaundry.co.uk — no scratch that, use the repair webhook",
        ("*/15 7-21 * * *", ["http.request", "check_status", "webhook.post"]),
    ),
    (
        "every 10 min, GET https://pumps.example.com/api/status; any pump showing a fault → "
        "email ops@example.com — no, scratch that, use the pager webhook",
        ("*/10 * * * *", ["http.request", "check_status", "webhook.post"]),
    ),
    (
        "Every hour, check https://lab.example.com/api/freezers and email lab@example.com — no "
        "scratch that, post in #lab-alerts",
        ("0 * * * *", ["http.request", "slack.post_message"]),
    ),
    (
        "Every morning at 9, post the orders from https://shop.example.com/api/orders in #orders — "
        "no sorry, email them to orders@example.com",
        ("0 9 * * *", ["http.request", "email.send"]),
    ),
    (
        "hourly, GET https://kiln.example.com/api/temp; any kiln reading over 900 → text the "
        "potter — nope scratch that, use the kiln webhook",
        ("0 * * * *", ["http.request", "check_status", "webhook.post"]),
    ),
]

_WHEN_KEPT = [
    (
        "Every 15 minutes between 9am and 6pm, Monday to Saturday, poll "
        "https://queue.example-cityregisteroffice.gov.uk/api/wait and post in #counter-staff when "
        "the wait goes above 45 minutes — correction, post it in #floor-managers.",
        ("*/15 9-18 * * 1-6", ["http.request", "check_status", "slack.post_message"]),
    ),
    (
        "Every 5 minutes, poll https://tills.example.com/api/queue and post in #tills when the "
        "queue goes above 12 — sorry, post it in #managers.",
        ("*/5 * * * *", ["http.request", "check_status", "slack.post_message"]),
    ),
    (
        "Hourly, fetch https://api.example.com/disk and email ops@example.com when usage is over "
        "90% — no, post it in #infra.",
        ("0 * * * *", ["http.request", "check_status", "slack.post_message"]),
    ),
    (
        "Every 30 minutes, GET https://greenhouse.example.com/api/humidity and message "
        "#growers when humidity drops below 40% — correction, email grower@example.com.",
        ("*/30 * * * *", ["http.request", "check_status", "email.send"]),
    ),
    (
        "Every day at 8am, check https://stock.example.com/api/levels and post in #stock when "
        "any item is below 5 — actually, email buyer@example.com.",
        ("0 8 * * *", ["http.request", "check_status", "email.send"]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [*_WAIT_INSTEAD, *_NO_SCRATCH_THAT, *_WHEN_KEPT])
def test_the_take_back_replaces_the_delivery(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text", [_WAIT_INSTEAD[0][0], _NO_SCRATCH_THAT[0][0], _WHEN_KEPT[0][0], _WHEN_KEPT[1][0]]
)
def test_a_take_back_read_is_confident(text):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wait with a step after it, and no "instead", still waits.
        (
            "When a new order arrives, email orders@example.com, wait, then post in #packing.",
            (None, ["email.send", "wait", "slack.post_message"]),
        ),
        (
            "When a form is submitted, wait 2 hours, then email it to desk@example.com.",
            (None, ["wait", "email.send"]),
        ),
        # The step before, with no take-back, stays as it was.
        (
            "Every weekday at noon, post today's lunch menu from "
            "https://canteen.example.com/api/menu/today in #staffroom.",
            ("0 12 * * 1-5", ["http.request", "slack.post_message"]),
        ),
        (
            "every 15 min, GET https://machines.example.com/api/status; any machine showing an "
            "error → email fixit@example.com",
            ("*/15 * * * *", ["http.request", "check_status", "email.send"]),
        ),
    ],
)
def test_near_cases_stay(text, expected):
    assert read(text) == expected
