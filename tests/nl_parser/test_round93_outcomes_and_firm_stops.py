"""Round 93: an outcome named alone as the thing delivered ("a pass goes in #studio-news; a fail
gets emailed to …") is the result tested, each delivery under its own test; and a firm's "Co."
or "Ltd." before a heading's colon or comma ends no sentence ("Spindle Yarn Co.: triage …")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, S, K = "check_status", "email.send", "slack.post_message", "classify"

OUTCOMES = [
    (
        "Pirouette Dance Academy: when a ballet exam result comes in, a pass goes in "
        "#studio-news; a fail gets emailed to the pupil's teacher at "
        "teachers@pirouettedance.example.",
        (None, [C, S, C, E]),
    ),
    (
        "When a driving test result is logged, a pass gets posted to #wins and a fail goes by "
        "email to coach@x.example.",
        (None, [C, S, C, E]),
    ),
    (
        "When an MOT result arrives, email a fail to garage@x.example and post a pass in #mot.",
        (None, [C, E, C, S]),
    ),
    (
        "When a loan decision comes back: a yes goes to #approvals; a no is emailed to the "
        "applicant at a@x.example.",
        (None, [C, S, C, E]),
    ),
    (
        "Whenever a pitch inspection is finished, a fail goes to groundsman@club.example and a "
        "pass goes in #fixtures.",
        (None, [C, E, C, S]),
    ),
]

FIRM_STOPS = [
    (
        "Spindle Yarn Co.: triage each incoming wholesale order by size; large ones go by email "
        "to owner@spindleyarn.example, the rest get dropped in #packing.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Hollow Oak Ltd., every Monday at 9am: email the weekly sales summary to ops@x.example.",
        ("0 9 * * 1", [E]),
    ),
    (
        "Brightwell Bros.: classify each support email by urgency; urgent ones go to #on-call, "
        "the rest to help@brightwell.example.",
        (None, [K, C, S, C, E]),
    ),
    (
        "Copperpot Inc.: every Friday at 5pm, post the week's order count in #sales.",
        ("0 17 * * 5", [S]),
    ),
]

RIGHT = OUTCOMES + FIRM_STOPS

NEAR = [
    # The result sent whole: no outcome picked, no test.
    ("When a match result comes in, post it in #results.", (None, [S])),
    # A thing made to send, not an outcome.
    ("When a visitor registers, email them a pass at once.", (None, [E])),
    # "Ltd. Email …": a sentence still ends there.
    (
        "We are Fenwick Ltd. Email the weekly summary to ops@fenwick.example every Monday at 8am.",
        ("0 8 * * 1", [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_read_as_the_construction_says(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_right_answers_are_confident_and_carry_no_doubt(text, expected):
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
