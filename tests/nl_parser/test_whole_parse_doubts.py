"""Doubts from the text and the steps as a whole, each on the shape of a past silent miss."""

import pytest

from nl_parser import parse
from nl_parser.result import Schedule
from nl_parser.whole_parse_doubts import whole_parse_doubts

H, S, C = "http.request", "slack.post_message", "check_status"
EVERY_HOUR = Schedule("0 * * * *")


@pytest.mark.parametrize(
    ("text", "actions", "schedule", "says"),
    [
        (
            "Every 15 minutes, hit https://x.io/l and, in the event that latency exceeds 800 ms, "
            "post to #perf.",
            [H, S],
            EVERY_HOUR,
            "compares",
        ),
        ("When a PR gets two approvals, post it to #ready.", [S], None, "counts on the trigger"),
        ("When a customer writes in angry, post it to #cx.", [S], None, "which events count"),
        ("Every hour, pull https://x.io/e; if it's zero, do nothing.", [H, C], EVERY_HOUR, "last"),
        ("Open a ticket via https://x.io/t for every failed job.", [H], None, "picks items"),
        ("Every Monday at 9am, pull https://x.io/d and post it to #sales.", [H, S], None, "sched"),
        (
            "In case the scoreboard feed drops mid-match, fire the backup webhook.",
            ["webhook.post"],
            None,
            "opens a condition",
        ),
        (
            "Every Tuesday at 6pm, email the box list to subs@x.io, unless it is marked as draft.",
            ["email.send"],
            Schedule("0 18 * * 2"),
            "opens a condition",
        ),
        (
            "One-off job: post the certificates expiring before 1 June to #ops.",
            [S],
            Schedule("0 9 1 6 *"),
            "runs once",
        ),
    ],
)
def test_each_shape_of_a_past_silent_miss_is_doubted(text, actions, schedule, says):
    doubts = whole_parse_doubts(text, actions, schedule)
    assert len(doubts) == 1
    assert says in doubts[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Every hour, query Salesforce for new opportunities over $25k and post them to #deals.",
        "When a shipment is delayed, email the customer a discount code.",
        "Every Tuesday at 6pm, email the box list to subs@x.io unless it is marked as draft.",
        "One-off job: post the certificates in the shared drive to #ops.",
        "Every 5 minutes, fetch https://x.io/q and post to #ops when the backlog is over 1,000.",
        "When the nightly backup finishes with errors, post a message to #infra.",
        "Every 10 minutes, fetch https://x.io/failed-payments and, for every failed payment, "
        "email the customer.",
    ],
)
def test_right_parses_of_the_same_words_are_not_doubted(text):
    result = parse(text)
    schedule = result.schedule
    assert whole_parse_doubts(text, result.actions, schedule) == []


def test_a_state_after_the_events_verb_is_a_weak_guard():
    result = parse("When a customer writes in angry, escalate the conversation to #cx.")
    assert result.actions == [C, S]
    assert result.confidence < 0.6


def test_a_schedule_the_grammar_already_explained_is_not_doubted_again():
    text = "On the last day of every month at 6pm, email the report to a@example.com."
    assert whole_parse_doubts(text, ["email.send"], None, schedule_warned=True) == []
