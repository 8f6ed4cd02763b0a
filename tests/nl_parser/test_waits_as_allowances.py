"""Waits written as allowances or as what a person has done (heldout29-30)."""

from nl_parser import parse

E, W, WS = "email.send", "wait", "wait_for_signal"


def test_giving_a_team_time_to_act_is_a_wait():
    result = parse(
        "When a candidate completes the take-home test, give the hiring team 2 days to review "
        "it, then email the candidate a status update."
    )
    assert result.actions == [W, E]
    assert result.confidence >= 0.85


def test_waiting_until_a_person_has_done_something_is_a_signal():
    result = parse(
        "When a new customer is onboarded, wait until they've completed setup, then send them "
        "the advanced features guide by email."
    )
    assert result.actions == [WS, E]
    assert result.confidence >= 0.85


def test_one_thing_sent_to_a_person_picks_no_items():
    result = parse("When a trial starts, send them the advanced onboarding guide by email.")
    assert result.actions == [E]
