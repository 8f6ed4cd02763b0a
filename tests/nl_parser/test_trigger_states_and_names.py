"""Constructions found by heldout47-50: a trigger's state after its verb (made public, a new or
wrong place, a change from a state) is a test; a number or word in a name is not."""

import pytest

from nl_parser import parse

E, S, C, W = "email.send", "slack.post_message", "check_status", "webhook.post"


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("When a repository is made private, email sec@example.com.", "$.status", "private"),
        ("When a listing is turned private, post it in #trust.", "$.status", "private"),
        ("If someone signs in from an unknown device, post it in #sec.", "$.device", "unknown"),
        ("When a parcel is dropped at the wrong depot, email ops@example.com.", "$.depot", "wrong"),
        (
            "When a ticket moves from Triage to Done, post it in #support.",
            "$.previous_status",
            "triage",
        ),
    ],
)
def test_a_state_after_the_trigger_verb_is_tested(text, field, value):
    result = parse(text)
    assert result.actions[0] == C
    assert result.steps[0].config == {"field": field, "operator": "equals", "value": value}


@pytest.mark.parametrize(
    "text, actions",
    [
        ("When a courier arrives at gate 7, post the waybill in #dock.", [S]),
        ("When an employee submits an I-9, send it to the HR webhook.", [W]),
        ("When a guest books a table through Resy, email host@example.com.", [E]),
        ("When a customer downgrades to the free plan, email them a survey.", [E]),
    ],
)
def test_a_name_or_a_bare_change_names_the_event_only(text, actions):
    assert parse(text).actions == actions


def test_a_count_after_the_verb_still_says_which_events_count():
    assert parse("When a card is declined 3 times, email risk@example.com.").actions == [C, E]
