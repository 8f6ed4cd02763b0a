"""Round 67: a correction that names a medium with its place ("— sorry, make that an email to
bookings@…") replaces the delivery before it, and a machine that jams ("when a lane's pinsetter
jams", "a printer gets jammed") is in a state the step is guarded by, as one that breaks is."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"

# "post it in #front-desk — sorry, make that an email to bookings@…": the medium and its place,
# with no verb, replace the delivery before the marker, as a medium named alone does.
MEDIUMS_WITH_THEIR_PLACE = [
    (
        "When a session at Pinewood Karting is cancelled with less than 24 hours' notice, post it"
        " in #front-desk \u2014 sorry, make that an email to"
        " bookings@example-pinewoodkarting.co.uk.",
        (None, [C, E]),
    ),
    (
        "When a delivery fails, email dispatch@example.com \u2014 actually, make that a Slack"
        " message in #dispatch.",
        (None, [C, S]),
    ),
    (
        "Every Monday at 9am, fetch the sales figures from https://crm.example.com/api/sales and"
        " post them in #sales - no, make that an email to boss@example.com.",
        ("0 9 * * 1", [H, E]),
    ),
    (
        "If the nightly backup fails, text the on-call engineer through the SMS webhook, sorry, a"
        " post in #oncall.",
        (None, [C, S]),
    ),
    (
        "When a new order comes in, send a message to #orders \u2014 or rather, an email to"
        " orders@example-shop.com.",
        (None, [E]),
    ),
    (
        "Email the weekly summary to team@example.com every Friday at 5pm \u2014 make that a quick"
        " message in #team.",
        ("0 17 * * 5", [S]),
    ),
]

# "when a lane's pinsetter jams", "if the printer gets jammed": a machine stopped by a jam is in
# a fault state, tested as "breaks" is, whatever the trigger's wording around it.
JAMS = [
    (
        "When a lane's pinsetter jams at Strikezone Bowl, post in #lane-techs \u2014 actually,"
        " make that the maintenance webhook.",
        (None, [C, W]),
    ),
    ("When a lane's pinsetter jams at Strikezone Bowl, post in #lane-techs.", (None, [C, S])),
    ("Whenever the office printer gets jammed, email it@example.com.", (None, [C, E])),
    (
        "If a ticket machine at the car park is jammed, text the warden via the SMS webhook.",
        (None, [C, W]),
    ),
    ("Ping #warehouse when the conveyor jams up.", (None, [C, S])),
    (
        "When a locker door jams at the Kingsway gym, email facilities@example-gym.com \u2014 no,"
        " make that the facilities webhook.",
        (None, [C, W]),
    ),
]

# Near cases that keep their reading: no correction, a place corrected alone, the medium corrected
# alone, a jam reported by a noun, and a fault of a scheduled check.
UNCHANGED = [
    (
        "When a session is cancelled, post it in #front-desk and send an email to"
        " bookings@example.com.",
        (None, [S, E]),
    ),
    (
        "When a session is cancelled, email bookings@example.com \u2014 sorry, make that"
        " desk@example.com.",
        (None, [E]),
    ),
    (
        "When a pinsetter breaks, post in #lane-techs \u2014 actually, make that the maintenance"
        " webhook.",
        (None, [C, W]),
    ),
    (
        "Every 10 minutes check https://lanes.example.com/api/pinsetters and text the mechanic"
        " through the SMS webhook if any pinsetter is jammed.",
        ("*/10 * * * *", [H, C, W]),
    ),
    (
        "Every half hour GET https://bays.example.com/api/status and email manager@example.com"
        " whenever a wash bay reports a jam.",
        ("*/30 * * * *", [H, C, E]),
    ),
    ("When a new booking comes in, post it in #front-desk.", (None, [S])),
]


@pytest.mark.parametrize(("text", "expected"), MEDIUMS_WITH_THEIR_PLACE)
def test_a_medium_named_with_its_place_corrects_the_delivery(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not [d for d in doubts_of(text) if "make" in d or "none was applied" in d]


@pytest.mark.parametrize(("text", "expected"), JAMS)
def test_a_machine_that_jams_is_tested(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not [d for d in doubts_of(text) if "not understood" in d]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
