"""Round 70: a clause told in the past before the colon that opens the request ("Our head
aquarist asked for this after last month's pump scare: each weekday …") is the story, not a
title over a step; a title with no verb ("Our helpdesk inbox: tag …") stays the step's."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, S, H, K = "check_status", "email.send", "slack.post_message", "http.request", "classify"

TOLD_BEFORE_COLON = [
    (
        "We lost two pallets of seedlings to frost last winter: every night at 10pm, if the"
        " greenhouse temperature is below 3°C, email the growers at grow@example-fernleaf.com.",
        ("0 22 * * *", [H, C, E]),
    ),
    (
        "Our practice manager requested this after the fridge failed in March: every night at"
        " 11pm, if the vaccine fridge temperature is above 8°C, post a warning in #clinic.",
        ("0 23 * * *", [H, C, S]),
    ),
    (
        "My boss asked me for this because invoices kept slipping: every Monday at 9am, pull the"
        " overdue invoices from https://billing.example.com/api/overdue and email them to"
        " ar@example-ledgerline.com.",
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Our warehouse lead asked for this one: each weekday at 6pm, if fewer than 20 orders"
        " shipped today, post a warning in #warehouse.",
        ("0 18 * * 1-5", [H, C, S]),
    ),
]

NEAR_CASES = [
    (
        "Our helpdesk inbox: tag every message as billing or technical and post the billing ones"
        " in #billing.",
        (None, [K, C, S]),
    ),
    (
        "Every night at 10pm, if the greenhouse temperature is below 3°C, email the growers at"
        " grow@example-fernleaf.com.",
        ("0 22 * * *", [H, C, E]),
    ),
    ("We met every Monday at 10: post the agenda in #team.", ("0 10 * * 1", [S])),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_BEFORE_COLON)
def test_a_story_before_the_colon_is_no_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not any("not understood" in d for d in doubts_of(text))


def test_the_aquarium_miss_reads_right_and_sure():
    text = (
        "Our head aquarist asked for this after last month's pump scare at Brightwater Aquarium:"
        " each weekday at 4:45pm, if the shark-tank filtration pressure has dropped under 12 psi,"
        " email the life-support team at lss@brightwateraquarium.example. They'd rather get a"
        " false alarm than find out the hard way. Thanks!"
    )
    context = {"availableTools": ["http.request", "email.send"]}
    assert read(text, context) == ("45 16 * * 1-5", [H, C, E])
    assert confidence_of(text, context) >= 0.7
    assert not any("read as an event" in d for d in doubts_of(text, context))


@pytest.mark.parametrize(("text", "expected"), NEAR_CASES)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
