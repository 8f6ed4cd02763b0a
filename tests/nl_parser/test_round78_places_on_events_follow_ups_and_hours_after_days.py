"""Round 78: an event whose subject is placed by a long name in capitals ("an arrangement meeting
at Marsh Lane Funeral Home is completed") is still the trigger, not a test; "follow up" opening a
clause sends another message; and a bare hour with its period set off by a comma after the days
("Sundays, 8 in the evening") is their time."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W, C = "email.send", "slack.post_message", "webhook.post", "check_status"
H, SUM, WAIT, WS = "http.request", "summarize", "wait", "wait_for_signal"
MAIL_ONLY = {"availableTools": ["email.send"]}
MAIL_AND_HOOK = {"availableTools": ["email.send", "webhook.post"]}

# "When/Once a <thing> at <A Long Place Name> is <participle>, …": the event that opens the run.
EVENTS_AT_NAMED_PLACES = [
    (
        "Once an arrangement meeting at Marsh Lane Funeral Home is completed, email the family"
        " their arrangement confirmation, wait 48 hours, then text them through the SMS webhook"
        " asking whether anything needs changing.",
        MAIL_AND_HOOK,
        (None, [E, WAIT, W]),
    ),
    (
        "When a repair job at the Elm Street garage is completed, email the customer their"
        " invoice.",
        MAIL_ONLY,
        (None, [E]),
    ),
    (
        "Whenever a viewing at Hartley Green Estate Agents is cancelled, post it in #lettings and"
        " email the landlord.",
        {},
        (None, [S, E]),
    ),
    (
        "When a fitting appointment at Saint Anne's Bridal Boutique is confirmed, text the bride"
        " through the SMS webhook.",
        MAIL_AND_HOOK,
        (None, [W]),
    ),
    (
        "After a lesson at Riverside Swim School is rescheduled, email the parent the new time.",
        MAIL_ONLY,
        (None, [E]),
    ),
]

# "<a span> later, follow up [asking … | to ask … | with … | in #channel …]".
FOLLOW_UPS = [
    (
        "Whenever a patient is discharged from Carrow Road Physio, hold off until their physio"
        " signs off the discharge notes, then send the patient their home-exercise plan; a"
        " fortnight later, follow up asking how they're getting on.",
        MAIL_ONLY,
        (None, [WS, E, WAIT, E]),
    ),
    (
        "When a guest checks out of Harbour View B&B, send them a thank-you note; a week later,"
        " follow up asking how their trip home was.",
        MAIL_ONLY,
        (None, [E, WAIT, E]),
    ),
    (
        "After a boiler is installed, email the customer their warranty card, then three months"
        " later follow up asking whether it's running well.",
        MAIL_ONLY,
        (None, [E, WAIT, E]),
    ),
    (
        "Whenever a new member joins the climbing wall, email them the safety guide and, ten days"
        " later, follow up to ask how their first sessions went.",
        MAIL_ONLY,
        (None, [E, WAIT, E]),
    ),
    (
        "Once a course order ships, email the buyer a receipt. Two weeks later, follow up with a"
        " short survey.",
        MAIL_ONLY,
        (None, [E, WAIT, E]),
    ),
    (
        "When a tenant moves in, post a welcome in #lettings; a month later, follow up in"
        " #lettings asking whether the flat is OK.",
        {},
        (None, [S, WAIT, S]),
    ),
]

# "<days>, <bare hour> in the <period>: …".
HOURS_AFTER_DAYS = [
    (
        "Sundays, 8 in the evening: boil the week's lane bookings at Strikezone Bowl down into a"
        " short digest and get it to the duty managers.",
        {"availableTools": ["http.request", "email.send"]},
        ("0 20 * * 0", [H, SUM, E]),
    ),
    (
        "Fridays, 6 in the morning: email the night shift report to the plant manager.",
        MAIL_ONLY,
        ("0 6 * * 5", [E]),
    ),
    (
        "Every weekday, 7 in the evening: post a reminder in #kitchen to lock the walk-in fridge.",
        {},
        ("0 19 * * 1-5", [S]),
    ),
    (
        "Saturdays, 9 in the morning, pull the weekend class bookings from the gym API and email"
        " them to the front desk.",
        {"availableTools": ["http.request", "email.send"]},
        ("0 9 * * 6", [H, E]),
    ),
    (
        "Each Monday, 11 at night, post the weekly backup status to #ops.",
        {},
        ("0 23 * * 1", [S]),
    ),
    (
        "Tuesdays, 5 in the afternoon: tell #sales to log their calls.",
        {},
        ("0 17 * * 2", [S]),
    ),
]

READ_WHOLE = EVENTS_AT_NAMED_PLACES + FOLLOW_UPS + HOURS_AFTER_DAYS


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read_with_no_false_doubt(text, context, expected):
    assert read(text, context) == expected
    assert not doubts_of(text, context)


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


# Near cases that must not change.
NEAR = [
    # The event without a place, and a test on a placed subject.
    (
        "Once an arrangement meeting is completed, email the family their arrangement"
        " confirmation, wait 48 hours, then text them through the SMS webhook asking whether"
        " anything needs changing.",
        MAIL_AND_HOOK,
        (None, [E, WAIT, W]),
    ),
    (
        "When an order at Marsh Lane Funeral Home is over $500, email accounts@marshlane.example.",
        {},
        (None, [C, E]),
    ),
    (
        "Every Monday at 9am, if a room at the Belvoir Hotel is still dirty, post it in"
        " #housekeeping.",
        {},
        ("0 9 * * 1", [H, C, S]),
    ),
    # Someone else following up is no step; a follow-up named as a noun is read as before.
    (
        "When a donor pledges a legacy gift, email planned-giving@example.com so a gift officer"
        " can follow up.",
        MAIL_ONLY,
        (None, [E]),
    ),
    (
        "When a customer signs up, send a welcome email and a follow-up in 3 days.",
        MAIL_ONLY,
        (None, [E, WAIT, E]),
    ),
    (
        "When a shoot is booked, email the call sheet to photographers@example.com, then follow up"
        " in #shoots 48 hours later.",
        {},
        (None, [E, WAIT, S]),
    ),
    # An hour after "at", and an hour that is a count before a period's noun.
    ("Sundays at 8 in the evening: post the week's bookings in #desk.", {}, ("0 20 * * 0", [S])),
    ("Every Sunday evening, post the rota to #staff.", {}, ("0 18 * * 0", [S])),
    ("On Sundays, email the 8 in the evening shift their rota.", MAIL_ONLY, ("0 18 * * 0", [E])),
]


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected
