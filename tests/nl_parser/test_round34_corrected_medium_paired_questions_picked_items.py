"""Round 34: a medium corrected by "change of plan: use X instead of Y", "where and when" as a
listed field, a subset after "for anything …", "whose X still hasn't …", and dated data fetched
from the only source listed."""

import pytest

from tests.nl_parser.reading import cron_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
Q, C = "salesforce.query", "check_status"


@pytest.mark.parametrize(
    "text",
    [
        "Every hour, poll https://tanks.example.com/api/levels and email ops@brewery.example.com "
        "if any tank drops below 10%. Change of plan: use the pager webhook instead of email.",
        "Every hour, poll https://tanks.example.com/api/levels and email ops@brewery.example.com "
        "if any tank drops below 10%. Change of plans: switch to the pager webhook.",
    ],
)
def test_a_change_of_plan_swaps_the_medium_and_keeps_the_test(text):
    assert read(text) == ("0 * * * *", [H, C, W])


def test_a_change_of_plan_keeps_its_schedule():
    text = (
        "Every weekday at 7am, email the kitchen crew today's deliveries list from "
        "https://pantry.example.com/api/deliveries. Change of plan: use the kitchen webhook."
    )
    assert cron_of(text) == "0 7 * * 1-5"


@pytest.mark.parametrize(
    "text",
    [
        "When a collector logs a find, pull out the coin type, when and where it was found and "
        "its grade, then post those in #finds.",
        "When a volunteer files a sighting, extract the bird, where and when it was seen and the "
        "count, then post those in #finds.",
    ],
)
def test_paired_question_words_are_listed_fields_not_a_condition(text):
    assert read(text) == (None, ["extract", S])


def test_a_lone_when_after_the_fields_still_reads_as_a_test():
    # near miss: "when" with no question word beside it is still a condition on the step
    text = (
        "Every day at 9, check https://q.example.com/api/depth and post in #ops when the depth "
        "is over 500."
    )
    assert read(text)[1] == [H, C, S]


@pytest.mark.parametrize(
    "text",
    [
        "Every Monday at 8, pull unpaid bills from https://bills.example.com/api/open and email "
        "the client a nudge for anything more than 14 days late.",
        "Every Monday at 8, pull unpaid bills from https://bills.example.com/api/open and email "
        "the client a nudge for each bill over $500.",
    ],
)
def test_items_picked_after_for_any_are_tested(text):
    assert read(text)[1] == [H, C, E]


def test_a_second_delivery_picking_its_own_items_gets_its_own_test():
    text = (
        "Every Monday at 8, pull unpaid bills from https://bills.example.com/api/open; email the "
        "client a nudge for anything more than 14 days late, and post anything over 45 days late "
        "in #arrears."
    )
    assert read(text)[1] == [H, C, E, C, S]


def test_a_message_for_every_item_picks_nothing():
    # near miss: "for each bill" with nothing picking them sends for all of them
    text = (
        "Every Monday at 8, pull unpaid bills from https://bills.example.com/api/open and email "
        "the client a nudge for each bill."
    )
    assert read(text)[1] == [H, E]


@pytest.mark.parametrize(
    "text",
    [
        "On the 1st of every month at 8am, query Salesforce for the membership roll and email each "
        "member whose card still hasn't been renewed.",
        "On the 1st of every month at 8am, query Salesforce for the membership roll and email each "
        "member whose club doesn't list them.",
    ],
)
def test_whose_with_a_denied_verb_is_a_test(text):
    assert read(text)[1] == [Q, C, E]


@pytest.mark.parametrize(
    ("text", "tools", "expected"),
    [
        ("Every Friday at 4pm, send the drivers next week's pickups.", [H, E], [H, E]),
        ("Every Friday at 4pm, send the choir this Saturday's running order list.", [H, E], [H, E]),
        ("Every Friday at 4pm, send the stewards next Sunday's rota.", [H, E], [H, E]),
        # near misses: no tools listed, or two sources listed, fetch nothing for a rota
        ("Every Friday at 4pm, send the stewards next Sunday's rota.", None, [E]),
        ("Every Friday at 4pm, send the stewards next Sunday's rota.", [H, Q, E], [E]),
    ],
)
def test_dated_data_is_fetched_from_the_only_source_listed(text, tools, expected):
    context = {"availableTools": tools} if tools else None
    assert read(text, context)[1] == expected
