"""Round 77: a past act's weekend, the feeling of an event's feedback."""

import pytest

from nl_parser import parse

CASES = [
    # A weekend after the past verb and its object, in a test: the items' weekend, not the run's.
    (
        "Every Monday at 6am, if any walk-in freezer at Tanglewood Catering logged a temperature "
        "above -15°C over the weekend, let the head chef know.",
        {"availableTools": ["http.request", "slack.post_message"]},
        "0 6 * * 1",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "On Mondays at 8am, email ops@example.com if a pump recorded a pressure below 2 bar over "
        "the weekend.",
        {},
        "0 8 * * 1",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "Each Monday at 8am, alert #it if any server hit more than 90% CPU over the weekend.",
        {},
        "0 8 * * 1",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "Every Monday at 7:30, post in #sales whether any rep closed a deal above £10k during the "
        "weekend.",
        {},
        "30 7 * * 1",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "Tuesdays at 9am, email the vet at vet@example-farm.com if a cow produced less than 10 "
        "litres at the weekend.",
        {},
        "0 9 * * 2",
        ["http.request", "check_status", "email.send"],
    ),
    # Near: a weekend with no past verb stays the run's.
    (
        "Every 2 hours over the weekend, check https://x.example/api and post the count in #ops.",
        {},
        "0 */2 * * 0,6",
        ["http.request", "slack.post_message"],
    ),
    # The feeling of the feedback an event brings says which events count.
    (
        "when some1 leaves a negative review on the spindle & thread yarn shop page "
        "dm me on slack pls",
        {},
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "When a guest posts a bad review on our hostel's booking page, email the manager at "
        "manager@example-hostel.com.",
        {},
        None,
        ["check_status", "email.send"],
    ),
    (
        "If a glowing review comes in for the bakery, share it in #wins.",
        {},
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "Whenever a patient gives us a poor rating on the clinic survey, text the practice "
        "manager on slack.",
        {},
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "when any1 leaves negative feedback on the gym app dm me on slack",
        {},
        None,
        ["check_status", "slack.post_message"],
    ),
    # Near: a review with no feeling is every review.
    (
        "when someone leaves a review on the shop page, dm me on slack",
        {},
        None,
        ["slack.post_message"],
    ),
]


@pytest.mark.parametrize(("text", "context", "cron", "actions"), CASES)
def test_round77_constructions(text, context, cron, actions):
    result = parse(text, context)
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions


@pytest.mark.parametrize(
    "text",
    [CASES[0][0], CASES[6][0]],
)
def test_round77_misses_are_sure(text):
    context = CASES[0][1] if text == CASES[0][0] else {}
    assert parse(text, context).confidence >= 0.7
