"""Round 91: a place's new name told in a sentence of its own, with no take-back word ("Oh, that
channel has been renamed — it's #chapel-team now."); someone confirming or approving, said with
"once" straight after the trigger, is a wait for that signal; and someone requesting, booking or
ordering something, heading the steps before a colon, is the trigger."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, S, E, W, H = "check_status", "slack.post_message", "email.send", "webhook.post", "http.request"
SIG, WAIT = "wait_for_signal", "wait"

# "<that place> has been renamed / moved — it's <new place> now": the new place corrects the old.
RENAMED = [
    (
        "Every day at 18:00, fetch tomorrow's services from "
        "https://diary.ashgrovefunerals.example/api/tomorrow and post them in #chapel-staff. "
        "Oh, that channel has been renamed \u2014 it's #chapel-team now.",
        ("0 18 * * *", [H, S]),
    ),
    (
        "Every Monday at 9am, post the rota in #nurses. Heads up, that channel was renamed: "
        "it's #ward-nurses now.",
        ("0 9 * * 1", [S]),
    ),
    (
        "When a refund is issued, email the details to old@shop.example. FYI the inbox moved "
        "last month, it's refunds@shop.example now.",
        (None, [E]),
    ),
    (
        "Each Friday at 4pm pull the report from https://api.x.example/v1/report and post it to "
        "#ops. By the way, #ops got renamed recently \u2014 it is #platform-ops now.",
        ("0 16 * * 5", [H, S]),
    ),
    (
        "At 7am daily, fetch the weather from https://wx.example/today and post it in #crew. "
        "Oh \u2014 our channel changed names, it's now #crew-room.",
        ("0 7 * * *", [H, S]),
    ),
]

# "<trigger>, once <someone> confirms / approves …, <step>": the run waits for that person.
AWAITED = [
    (
        "A couple requests a viewing at Thistledown Wedding Barn: once the coordinator confirms "
        "the slot, email the couple directions, then two days later email them the brochure.",
        (None, [SIG, E, WAIT, E]),
    ),
    (
        "When a couple requests a viewing, once the coordinator confirms the slot, email the "
        "couple directions.",
        (None, [SIG, E]),
    ),
    (
        "A patient books a check-up with Brightsmile Dental: once the hygienist approves the "
        "time, text them the address through the SMS webhook.",
        (None, [SIG, W]),
    ),
    (
        "Whenever a tenant submits a repair request, as soon as the landlord approves it, post "
        "the job in #maintenance.",
        (None, [SIG, S]),
    ),
    (
        "A student applies for a scholarship at Kelso College: once the bursar signs it off, "
        "email the student the award letter and post it in #bursary.",
        (None, [SIG, E, S]),
    ),
    (
        "A guest orders a cake through Crumb & Co: after the baker confirms the design, email "
        "the guest the invoice, then a week later email them a thank-you note.",
        (None, [SIG, E, WAIT, E]),
    ),
]

ALL = RENAMED + AWAITED


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_read_as_the_construction_says(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_right_answers_are_sure(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), AWAITED)
def test_awaited_confirmations_carry_no_doubt(text, expected):
    assert doubts_of(text) == []


# Without the construction's part, the reading stays as it was.
NEAR = [
    # A change told with no new place is background, not a correction.
    (
        "Every day at 18:00 post the list in #chapel-staff. That channel has moved to a new "
        "workspace.",
        ("0 18 * * *", [S]),
    ),
    ("Every day at 18:00 post the list in #chapel-staff.", ("0 18 * * *", [S])),
    # "once" opening the text is the trigger, not a wait.
    (
        "Once the coordinator confirms the slot, email the couple directions.",
        (None, [E]),
    ),
    # A confirmation that is the trigger itself, tested by "if" after it.
    (
        "When a customer confirms their moving date: if it's a local move, email the job sheet "
        "to crew@example-swiftmovers.com.au; if it's interstate, send it to the long-haul "
        "planning webhook instead.",
        (None, [C, E, C, W]),
    ),
    # The wait after a step keeps its place.
    (
        "When a couple requests a viewing, email the coordinator, once the coordinator confirms "
        "the slot, email the couple directions.",
        (None, [E, SIG, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
