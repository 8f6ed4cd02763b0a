"""Constructions found by heldout43-44: which trigger words say which events count (an answer,
a state the event gives, a miss, a grade) and which only name the event (a place on the subject,
a place it happens, a noun that looks like a verb, a person tied to the item)."""

import pytest

from nl_parser import parse

E, S, C, H = "email.send", "slack.post_message", "check_status", "http.request"


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("When a guest RSVPs no, email the couple at couple@example.com.", "$.response", "no"),
        ("When a member votes yes, post it in #board.", "$.response", "yes"),
        (
            "When a distributor reports a keg as damaged, email quality@example.com.",
            "$.status",
            "damaged",
        ),
        ("When a reviewer flags a listing as spam, post it in #trust.", "$.status", "spam"),
        (
            "When a patient misses an appointment, email the clinic at c@example.com.",
            "$.status",
            "missed",
        ),
        (
            "When a participant reports a serious adverse event, email pi@example.com.",
            "$.severity",
            "serious",
        ),
    ],
)
def test_a_trigger_that_says_which_events_count_is_tested(text, field, value):
    result = parse(text)
    assert result.actions[0] == C
    assert result.steps[0].config["field"] == field
    assert result.steps[0].config["value"] == value
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "When a meeting room booking at the library is cancelled, email w@example.com.",
        "When a new release is tagged on GitHub, post it in #announcements.",
        "When one of our matches gets rescheduled, post the new time in #team.",
        "When a book on hold is returned to any branch, email the patron who reserved it.",
    ],
)
def test_a_bare_event_is_no_test(text):
    result = parse(text)
    assert C not in result.actions
    assert result.confidence >= 0.85


def test_a_tag_value_is_still_a_test():
    result = parse("When a ticket is tagged 'legal', forward it to legal@example.com.")
    assert result.actions == [C, E]
    assert result.steps[0].config["value"] == "legal"


def test_a_relative_clause_with_its_own_state_still_filters():
    result = parse(
        "Every day at 9, fetch orders from https://shop.example.com/api/orders and email the "
        "ones that failed to ops@example.com."
    )
    assert result.actions == [H, C, E]
