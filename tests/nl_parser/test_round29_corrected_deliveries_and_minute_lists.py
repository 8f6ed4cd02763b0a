"""Round 29: corrected deliveries and their reasons, short intervals, dashed hours, minute lists."""

import pytest

from tests.nl_parser.reading import cron_of, read


def test_actually_no_before_a_verb_replaces_the_delivery():
    text = (
        "When an invoice is paid, extract the total and payer and email them to ap@example.com "
        "- actually no, post them in #finance."
    )
    assert read(text) == (None, ["extract", "slack.post_message"])


def test_a_medium_named_alone_replaces_the_delivery():
    text = "When the freezer rises above -10°C, post in #kitchen — no, make that the SMS webhook."
    assert read(text) == (None, ["check_status", "webhook.post"])


def test_a_corrected_channel_alone_still_only_swaps_the_channel():
    text = "When a ticket is opened, post it in #support — no, make that #support-urgent."
    assert read(text) == (None, ["slack.post_message"])


def test_a_corrected_delivery_keeps_its_condition():
    text = (
        "Every hour, fetch https://queue.example.com/api/depth and email ops@example.com if "
        "the backlog is over 500 — no, post it to #ops instead."
    )
    assert read(text) == ("0 * * * *", ["http.request", "check_status", "slack.post_message"])


def test_a_bare_event_delivery_stays_untested():
    assert read("When a new order arrives, post it in #orders.") == (None, ["slack.post_message"])


def test_the_reason_for_a_dashed_correction_is_no_step():
    text = (
        "Back up the warehouse daily at 02:00 — scratch that, 04:30, the loads run late — by "
        "calling https://dw.example.com/api/backup, and if it fails, post in #data."
    )
    assert read(text) == ("30 4 * * *", ["http.request", "check_status", "slack.post_message"])


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("weekdays 0800-1800 every 15m: GET https://q.example.com/depth", "*/15 8-18 * * 1-5"),
        ("every 2h 06:00-22:00, fetch https://q.example.com/depth", "0 6-22/2 * * *"),
        ("every 5m fetch https://q.example.com/depth", "*/5 * * * *"),
    ],
)
def test_short_intervals_and_dashed_24_hour_spans(text, cron):
    assert cron_of(text) == cron


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("At :05 and :35 past every hour, fetch https://q.example.com/depth", "5,35 * * * *"),
        ("at :10, :30 and :50 each hour, fetch https://q.example.com/depth", "10,30,50 * * * *"),
        ("At :20 past every hour, fetch https://q.example.com/depth", "20 * * * *"),
    ],
)
def test_listed_minutes_of_the_hour(text, cron):
    assert cron_of(text) == cron
