"""Constructions found by heldout32-34: made things someone wants, subsets delivered in the
passive, a webhook that "gets a call", and a source stated between a step and its delivery."""

import pytest

from nl_parser import parse

E, S, C, H, W = "email.send", "slack.post_message", "check_status", "http.request", "webhook.post"
R, SUM = "generate_report", "summarize"


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every Monday and Thursday at 4pm, the marketing team wants a report on ad spend from "
            "https://ads.acme.io/api/spend sent to marketing@acme.io.",
            [H, R, E],
        ),
        (
            "Every Monday at 9:30, I'd like a summary of last week's NPS comments in my inbox "
            "(li@acme.io). The comments are at https://nps.acme.io/api/comments.",
            [H, SUM, E],
        ),
        (
            "The support managers want a digest of escalated tickets every evening at 7; the "
            "tickets are at https://desk.acme.io/api/escalated and the digest goes to "
            "leads@acme.io.",
            [H, SUM, E],
        ),
        # Wanted with nothing it is of: the steps after it say how it is made.
        (
            "Our CFO wants a cash-flow report every Monday at 8am: pull the numbers from "
            "https://erp.acme.io/api/cash, write the report and mail it to cfo@acme.io.",
            [H, R, E],
        ),
    ],
)
def test_a_made_thing_someone_wants_is_made(text, actions):
    assert parse(text).actions == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every weekday at 8, grab the CSAT scores from https://desk.acme.io/api/csat, and any "
            "agent below 80% should be flagged in #support-leads.",
            [H, C, S],
        ),
        (
            "Every day at 4:30pm, grab the cash drawers from https://pos.acme.io/api/drawers; any "
            "drawer off by more than $20 gets reported to store-ops@acme.io.",
            [H, C, E],
        ),
    ],
)
def test_a_subset_delivered_in_the_passive_is_tested_and_sent(text, actions):
    result = parse(text)
    assert result.actions == actions
    assert result.confidence >= 0.85


def test_a_webhook_that_gets_a_call_is_posted_to():
    result = parse(
        "When a vulnerability is rated 'critical', the appsec webhook gets a call and "
        "security@acme.io gets an email."
    )
    assert result.actions == [C, W, E]
