"""Constructions found by heldout25/26: requests around the workflow, passives, markers."""

import pytest

from nl_parser import parse

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "Every Tuesday at 4pm, pull the stats from https://ads.acme.io/api/stats and email "
            "them to growth@acme.io. Wait, make that every Thursday.",
            "0 16 * * 4",
        ),
        ("Every Monday at 9am post the agenda to #eng. Wait, no, make it every Wednesday.", None),
    ],
)
def test_wait_opening_a_correction_is_a_marker_and_a_day_alone_keeps_the_time(text, cron):
    result = parse(text)
    assert "wait" not in result.actions
    assert result.schedule.cron_expression == (cron or "0 9 * * 3")
    assert result.confidence >= 0.85


def test_a_correction_with_a_cadence_and_a_time_still_restates_the_whole_schedule():
    result = parse("Twice a day... no, every day at 9am, post the summary to #support.")
    assert result.schedule.cron_expression == "0 9 * * *"
