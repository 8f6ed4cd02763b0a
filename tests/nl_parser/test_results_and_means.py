"""Constructions found by heldout32-34: results that come back with a value, which occurrence of
an event counts, questions of class, and steps done by a means on a picked subset."""

import pytest

from nl_parser import parse

E, S, C, H, W, K = (
    "email.send",
    "slack.post_message",
    "check_status",
    "http.request",
    "webhook.post",
    "classify",
)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When a patient's lab result comes back abnormal, notify the doctor at "
            "doctors@acme.io and post a note in #nurses.",
            [C, E, S],
        ),
        (
            "When a background check comes back clear, email the candidate the offer; if it "
            "comes back flagged, notify hr@acme.io.",
            [C, E, C, E],
        ),
        ("When the scan turns out positive, page the lab webhook.", [C, W]),
        # A place or a companion after "comes back" is no value: the event itself.
        ("When a customer comes back to the site, email them a coupon.", [E]),
    ],
)
def test_a_result_that_comes_back_with_a_value_is_a_test(text, actions):
    result = parse(text)
    assert result.actions == actions
    if actions[0] == C:
        assert result.confidence >= 0.85


def test_which_occurrence_of_an_event_counts_is_a_test():
    result = parse(
        "When a ticket is reopened for the third time, escalate it to #support-escalations."
    )
    assert result.actions == [C, S]
    assert result.steps[0].config == {"field": "$.occurrence", "operator": "equals", "value": 3}
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every weekday at 7am, fetch the tickets from https://desk.acme.io/api/new, work out "
            "which team each belongs to, and forward them to the triage webhook.",
            [H, K, W],
        ),
        (
            "When a hire starts, figure out what kind of laptop they need and email it@acme.io.",
            [K, E],
        ),
    ],
)
def test_a_question_of_which_class_is_classifying(text, actions):
    result = parse(text)
    assert result.actions == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every 3 hours, hit https://api.acme.io/scrapers and restart any scraper that has "
            "stalled by calling https://api.acme.io/scrapers/restart.",
            [H, C, H],
        ),
        (
            "Every hour, query https://api.acme.io/ads and pause any campaign that has spent over "
            "its cap by calling https://api.acme.io/ads/pause.",
            [H, C, H],
        ),
        (
            "When a shipment is over 8C, email quality@acme.io and hold the shipment by calling "
            "https://wms.acme.io/api/hold.",
            [C, E, H],
        ),
        # Each one, with nothing picking it, is every item: no test.
        (
            "Every 30 minutes, fetch the failed payments from https://pay.acme.io/failed and "
            "retry each one by calling https://pay.acme.io/retry.",
            [H, H],
        ),
    ],
)
def test_a_step_done_by_a_means_tests_the_subset_it_picks(text, actions):
    assert parse(text).actions == actions


def test_one_who_does_a_verb_is_no_typo_of_it():
    result = parse("Every hour, post the scraper stats from https://api.acme.io/stats to #data.")
    assert not any("scrape'" in w for w in result.warnings)


def test_something_done_to_an_item_named_in_three_words_is_the_event():
    result = parse(
        "When a donor's recurring gift is cancelled, email donors@acme.io, then wait a week and "
        "send the donor a note by email."
    )
    assert result.actions == [E, "wait", E]
    assert result.confidence >= 0.85
