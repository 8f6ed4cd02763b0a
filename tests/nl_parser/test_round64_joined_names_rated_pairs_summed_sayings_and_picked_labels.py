"""Round 64: capitalised names an "&" joins ("Cobbold & Hart Insurance Brokers") kept as written,
not mended to "chart"; an item rated one of two listed grades ("rate each one positive or
negative"); a particle verb summing up what was said ("sum up what residents said"); and a class
picked by a clause that names a label ("DM Dev about any we lost on price" after "classify each by
why we lost it (price, service or timing)")."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W = "email.send", "slack.post_message", "webhook.post"
H, Q, C = "http.request", "salesforce.query", "check_status"
CL, SUM, REP = "classify", "summarize", "generate_report"
SLACK_ONLY = {"availableTools": [S]}

# "Cobbold & Hart Insurance Brokers", "Knight & Daly Solicitors": the words an ampersand joins,
# capitalised, are a firm's names, not slips for "chart", "night" or "daily".
JOINED_NAMES = [
    (
        "Triage each incoming IT ticket at Cobbold & Hart Insurance Brokers as hardware, software"
        " or access, and DM the access ones to Sam on Slack.",
        SLACK_ONLY,
        (None, [CL, C, S]),
    ),
    (
        "When a new client signs up with Knight & Daly Solicitors, email welcome@example.com.",
        {},
        (None, [E]),
    ),
    (
        "Every Friday at 5pm, send the week's bookings for Pearse & Wood Removals from"
        " https://api.example.com/bookings to office@example.com.",
        {},
        ("0 17 * * 5", [H, E]),
    ),
    (
        "Every weekday at 8, pull yesterday's orders for Hart & Sons Roofing from"
        " https://api.example.com/orders and email a summary to ops@example.com.",
        {},
        ("0 8 * * 1-5", [H, SUM, E]),
    ),
    (
        "Whenever a booking lands at Fenwick & Dailey Opticians, classify it as eye test, contact"
        " lenses or glasses and post the glasses ones to #frames.",
        {},
        (None, [CL, C, S]),
    ),
]
# A slip joined by "&" in lower case, or a capitalised one with no "&", is still mended.
SLIPS_KEPT = [
    (
        "Every weekday at 7, fetch the tickets from https://api.example.com/t & emial them to"
        " ops@example.com.",
        ("0 7 * * 1-5", [H, E]),
        "emial",
    ),
    ("Every Mondy at 9, email the report to ops@example.com.", ("0 9 * * 1", [E]), "Mondy"),
]

# "rate each one positive or negative", "rate them positive/negative": two grades listed right
# after what is rated are its labels, as three are.
RATED_PAIRS = [
    (
        "The Lindenfield Cider club has 2,300 tasting cards from the autumn festival. Rate each"
        " one positive or negative, then summarise the whole lot and email the summary to"
        " cellar@example-lindenfieldcider.co.uk.",
        (None, [CL, SUM, E]),
    ),
    (
        "When a review arrives for the Quayside Bistro, rate it good or bad and post the bad ones"
        " to #kitchen.",
        (None, [CL, C, S]),
    ),
    (
        "Every evening at 6, pull today's survey answers from https://api.example.com/survey, rate"
        " each answer happy or unhappy, and email the unhappy ones to care@example.com.",
        ("0 18 * * *", [H, CL, C, E]),
    ),
    (
        "Rate every new support call urgent or routine and page the on-call webhook for urgent"
        " ones.",
        (None, [CL, C, W]),
    ),
    (
        "We have 400 exit forms from the warehouse staff. Rate them positive/negative and then"
        " summarise them for hr@example.com.",
        (None, [CL, SUM, E]),
    ),
]
# A rate that is a quantity rates nothing.
RATES_KEPT = [
    ("If the error rate is 5% or more, post in #ops.", (None, [C, S])),
    (
        "Every hour, check the exchange rate at https://api.example.com/fx and email it to"
        " fx@example.com.",
        ("0 * * * *", [H, E]),
    ),
]

# "sum up what residents said", "sum up what went wrong": a verb and its particle whose object
# is what was said is a step after a comma, as "sum up their views" is.
SUMMED_SAYINGS = [
    (
        "Could you read through the 350 replies to the Ashleigh Parish Council car-park"
        " consultation, sum up what residents said, and email that to"
        " clerk@example-ashleighparish.gov.uk?",
        (None, [SUM, E]),
    ),
    (
        "Go through the 80 exit interviews from this year, sum up what leavers told us, and post"
        " it in #people.",
        (None, [SUM, S]),
    ),
    (
        "Every Monday at 9am, grab last week's support tickets from"
        " https://api.example.com/tickets, sum up what customers asked for, and post it to"
        " #support.",
        ("0 9 * * 1", [H, SUM, S]),
    ),
    (
        "Take the 600 comments from the staff survey, sum up what people think of the new rota"
        " and email it to hr@example.com.",
        (None, [SUM, E]),
    ),
    (
        "Read the 45 incident notes from the night shift, then sum up what went wrong and send"
        " that to safety@example.com.",
        (None, [SUM, E]),
    ),
]
SUMS_KEPT = [
    (
        "Read through the replies, sum them up, and email that to clerk@example.com.",
        (None, [SUM, E]),
    ),
]

# "classify each by why we lost it (price, service or timing), and DM Dev about any we lost on
# price": the classes of a criterion asked as a question are listed in brackets after it, and a
# clause picking items (its pronoun left out or not) that names one of them is a test for it.
PICKED_LABELS = [
    (
        "12:00 weekdays \u2014 grab today's closed-lost deals for Brightwater Laundry Services from"
        " Salesforce, classify each by why we lost it (price, service or timing), and DM Dev on"
        " Slack about any we lost on price.",
        ("0 12 * * 1-5", [Q, CL, C, S]),
        "price",
    ),
    (
        "Every Friday at 4pm, pull this week's cancelled bookings from Salesforce, classify each"
        " by why the guest cancelled (price, dates or service), and email hotel@example.com about"
        " any they cancelled over price.",
        ("0 16 * * 5", [Q, CL, C, E]),
        "price",
    ),
    (
        "When a support ticket closes at Gullhaven Broadband, classify it by what the fault turned"
        " out to be (line, router or billing) and message #network about any that were line.",
        (None, [CL, C, S]),
        "line",
    ),
    (
        "Each morning at 8, fetch yesterday's returns from https://api.example.com/returns, sort"
        " them by why they came back (damaged, wrong size or unwanted), and DM Priya on Slack"
        " about the damaged ones.",
        ("0 8 * * *", [H, CL, C, S]),
        "damaged",
    ),
    (
        "Every weekday at noon, pull the lost deals from Salesforce, classify each as price,"
        " service or timing, and email sales@example.com about any we lost on price.",
        ("0 12 * * 1-5", [Q, CL, C, E]),
        "price",
    ),
]
# The classification with no class picked tests nothing.
PICKED_LABELS_KEPT = [
    (
        "Every weekday at noon, pull the lost deals from Salesforce and classify each by why we"
        " lost it.",
        ("0 12 * * 1-5", [Q, CL]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), JOINED_NAMES)
def test_names_joined_by_an_ampersand_stay_as_written(text, context, expected):
    assert read(text, context) == expected
    assert not any("likely typo" in doubt for doubt in doubts_of(text, context))
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "expected", "slip"), SLIPS_KEPT)
def test_slips_not_in_a_joined_name_are_still_mended(text, expected, slip):
    assert read(text) == expected
    assert any(f"'{slip}'" in doubt for doubt in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), RATED_PAIRS)
def test_two_grades_rated_are_labels(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), RATES_KEPT)
def test_a_rate_that_is_a_quantity_rates_nothing(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), SUMMED_SAYINGS + SUMS_KEPT)
def test_summing_up_what_was_said_is_a_summary(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected", "label"), PICKED_LABELS)
def test_a_label_named_by_a_picking_clause_is_tested(text, expected, label):
    assert read(text) == expected
    tests = [step for step in parse(text, {}).steps if step.action == C]
    assert [step.config["value"] for step in tests] == [label]
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), PICKED_LABELS_KEPT)
def test_a_classification_alone_tests_nothing(text, expected):
    assert read(text) == expected
