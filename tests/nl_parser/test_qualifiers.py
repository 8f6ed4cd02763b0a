"""Round three of issue 15: what follows a delivered noun, corrections, and loose ends for both."""

import pytest

from nl_parser import parse
from nl_parser.qualifiers import find_qualifier

H, E, S, W, SF, C = (
    "http.request",
    "email.send",
    "slack.post_message",
    "webhook.post",
    "salesforce.query",
    "check_status",
)


@pytest.mark.parametrize(
    ("rest", "phrase"),
    [
        ("issues assigned to nobody to #triage", "assigned to nobody"),
        ("accounts in the healthcare vertical to hc@example.com", "in the healthcare vertical"),
        ("each signup from a gmail address to #consumer", "from a gmail address"),
        ("leads from Germany to #dach", "from Germany"),
        ("the orders to the finance webhook, skipping test orders", "skipping test orders"),
    ],
)
def test_a_phrase_after_the_noun_picks_a_subset(rest, phrase):
    assert find_qualifier(rest).phrase == phrase


@pytest.mark.parametrize(
    "rest",
    [
        "them to #ops",
        "the list from the billing API to ops@example.com",
        "it in a thread in #orders",
        "the summary to the team by email",
        "the deals closed yesterday to #wins",
        "a reminder in 3 days",
    ],
)
def test_a_destination_source_or_time_is_no_subset(rest):
    assert find_qualifier(rest) is None


@pytest.mark.parametrize(
    "text",
    [
        "Every morning at 9, fetch issues from the Jira API and post issues assigned to nobody "
        "to #triage.",
        "Every hour, pull new orders from the shop API and send the orders from Canada to #ca-ops.",
    ],
)
def test_a_qualified_delivery_of_fetched_items_is_filtered(text):
    assert parse(text).actions == [H, C, S]


def test_an_unfiltered_qualifier_is_a_loose_end_named_in_warnings():
    result = parse("When a new lead arrives, post leads from Germany to #dach.")
    assert result.confidence <= 0.6
    assert any("'from Germany'" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Every day at 7am, scratch that, make it 8am, post the standup reminder in #eng.", "0 8"),
        ("At 8am daily — actually make it 8:30 — email the agenda to team@example.com.", "30 8"),
    ],
)
def test_make_it_and_dashes_correct_the_time(text, expected):
    result = parse(text)
    assert result.schedule.cron_expression.startswith(expected)
    assert len(result.steps) == 1


def test_scratch_that_after_a_full_stop_replaces_the_sentence_before():
    text = (
        "Every Friday at 4pm, post the weekly wins to #general. Scratch that, post them to #wins."
    )
    result = parse(text)
    assert result.actions == [S]
    assert result.steps[0].config["channel"] == "#wins"


def test_or_rather_is_a_correction_not_a_typo():
    result = parse(
        "Every weekday at 9, post the standup reminder to #eng, or rather to #eng-standup."
    )
    assert result.actions == [S]
    assert result.steps[0].config["channel"] == "#eng-standup"


def test_a_correction_marker_nothing_read_lowers_confidence():
    result = parse("Every day at 9am email the digest to a@example.com instead of b@example.com.")
    assert any("reads like a correction" in w for w in result.warnings)


def test_a_comparison_with_no_number_after_the_noun_is_a_filter():
    assert find_qualifier("the customers over their quota to the billing webhook").value == "quota"


def test_an_event_that_sets_a_state_is_a_condition():
    assert parse("When a ticket is marked urgent, post it to #oncall.").actions == [C, S]
