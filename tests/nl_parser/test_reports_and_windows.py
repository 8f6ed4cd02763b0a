"""Constructions found by heldout41-42: a report a person makes is the event, and a span of time
the event falls outside (or inside) says which events count."""

import pytest

from nl_parser import parse

E, S, C, CL = "email.send", "slack.post_message", "check_status", "classify"


@pytest.mark.parametrize(
    "text",
    [
        "When a player reports a crash through the in-game form, classify it by platform and "
        "send the console ones to #console-qa.",
        "When a tester reports a crash, classify it by device and send the tablet ones to #qa.",
    ],
)
def test_a_crash_someone_reports_is_the_event_not_a_failure(text):
    result = parse(text)
    assert result.actions == [CL, C, S]


def test_a_thing_that_crashes_still_fails():
    result = parse("When the checkout service crashes, post it in #ops.")
    assert result.actions == [C, S]
    assert result.steps[0].config["value"] == "failed"


@pytest.mark.parametrize(
    "text, field, value",
    [
        (
            "When a firewall rule is changed outside the change window, email "
            "security@example.com and post it in #change-audit.",
            "$.during_change_window",
            False,
        ),
        (
            "When a door badge is used outside of business hours, email security@example.com.",
            "$.during_business_hours",
            False,
        ),
        (
            "When a deploy happens during the code freeze, email release@example.com.",
            "$.during_code_freeze",
            True,
        ),
        (
            "When a config is changed except during the maintenance window, email ops@example.com.",
            "$.during_maintenance_window",
            False,
        ),
    ],
)
def test_a_window_the_event_falls_in_or_out_of_is_tested(text, field, value):
    result = parse(text)
    assert result.actions[0] == C
    assert result.steps[0].config == {"field": field, "operator": "equals", "value": value}
    assert result.confidence >= 0.85, result.warnings


def test_events_left_out_with_no_test_are_doubted():
    result = parse("When an order is placed other than by staff, post it in #orders.")
    assert result.actions == [S]
    assert result.confidence <= 0.6
    assert any("leaves some events out" in w for w in result.warnings)
