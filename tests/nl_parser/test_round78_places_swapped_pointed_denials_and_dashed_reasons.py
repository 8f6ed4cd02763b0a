"""Round 78: a place swapped in with "use" after the one before is said to be no good ("that
address is dead now, use office@…") corrects that place; a take-back that denies the place by
pointing at it ("hang on, not there, #helpline-managers") corrects with the words after the
denial; and a reason closing a corrected sentence after a dash ("make that the 15th — the
committee meets on the 20th") is no schedule."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, S, E, W = "http.request", "slack.post_message", "email.send", "webhook.post"
WS, SUM, C = "wait_for_signal", "summarize", "check_status"

# "<delivery to a place>. <(the old place) is no good>, use <place of the same kind>".
PLACES_SWAPPED = [
    (
        "When a pupil at Kestrel Driving School books their practical test, wait for their"
        " instructor to confirm the dual-control car is free that day, then email"
        " bookings@kestreldriving.example. Oh — that address is dead now, use"
        " office@kestreldriving.example.",
        (None, [WS, E]),
    ),
    (
        "Every Friday at 4pm, fetch the timesheet totals from"
        " https://hr.example-fenwick.io/api/totals and post them in #payroll. Hmm — that channel"
        " was archived last month, use #payroll-team.",
        ("0 16 * * 5", [H, S]),
    ),
    (
        "When a new volunteer signs up at Riverside Food Bank, email"
        " volunteers@riversidefood.example. Ah, that inbox isn't checked any more — use"
        " coordinator@riversidefood.example.",
        (None, [E]),
    ),
    (
        "Every weekday at 8am, fetch the delivery slots from"
        " https://slots.example-grocer.io/v1/today and post them in #drivers. That channel's gone"
        " now; use #delivery-crew.",
        ("0 8 * * 1-5", [H, S]),
    ),
    (
        "Every Monday at 7am, pull the league table from"
        " https://old.example-chessclub.org/api/table — the old feed has moved, so use"
        " https://api.example-chessclub.org/table — and email it to captains@chessclub.example.",
        ("0 7 * * 1", [H, E]),
    ),
    (
        "When a hoodie order comes in at Thread & Needle, email print@threadneedle.example —"
        " that one bounces, use press@threadneedle.example instead.",
        (None, [E]),
    ),
]

# "<take-back>, not <there | that one | that address> <break> <replacement>".
POINTED_DENIALS = [
    (
        "Every weekday at 17:15, summarise the day's calls from"
        " https://calls.brightlinehelpline.example/api/today and post the summary to #shift-leads"
        " — hang on, not there, #helpline-managers.",
        ("15 17 * * 1-5", [H, SUM, S]),
    ),
    (
        "Every Monday at 8am, pull the rota from https://rota.example-ashdown.org/api/week and"
        " email it to staff@ashdown.example — sorry, not there, rota@ashdown.example.",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "When a lost dog is reported at Paws Rescue, post the details in #general. No, not that"
        " one — #lost-dogs.",
        (None, [S]),
    ),
    (
        "Every Friday at 5pm, email the bar takings from https://till.example-redlion.pub/api/week"
        " to owner@redlion.example. Sorry, not that address: accounts@redlion.example.",
        ("0 17 * * 5", [H, E]),
    ),
    (
        "At 6pm every day, send the closing checklist to #floor — hang on, not to that one,"
        " #closing-crew.",
        ("0 18 * * *", [S]),
    ),
    (
        "When a boiler fault is logged, post it in #engineers — no, not there: email it to"
        " callouts@heatwise.example.",
        (None, [E]),
    ),
]

# "<correction of schedule words> — <a clause with its own subject giving the reason>."
DASHED_REASONS = [
    (
        "Email the allotment waiting list from"
        " https://plots.eastmeadallotments.example/api/waitlist to"
        " secretary@eastmeadallotments.example at 9am on the 1st of each month. Actually, better"
        " make that the 15th — the committee meets on the 20th.",
        ("0 9 15 * *", [H, E]),
    ),
    (
        "Every Tuesday at 10am, post the stock count from https://stock.example-bakery.io/api/count"
        " in #kitchen. Actually, make that Wednesdays — the flour delivery comes on Tuesdays.",
        ("0 10 * * 3", [H, S]),
    ),
    (
        "Every month on the 5th at 9am, email the rent ledger from"
        " https://ledger.example-lets.co.uk/api/rent to landlord@lets.example. I mean the 7th —"
        " our bank pays out on the 6th.",
        ("0 9 7 * *", [H, E]),
    ),
    (
        "Every Thursday at 16:00, summarise the week's tickets from"
        " https://help.example-plover.io/api/week and post it to #support. On second thought, make"
        " it Fridays — the team meets on Thursdays.",
        ("0 16 * * 5", [H, SUM, S]),
    ),
    (
        "Email the shift plan from https://plan.example-harbor.org/api/shifts to"
        " crew@harbor.example every Sunday at 6pm. Actually, make that 8pm \u2013 everyone is"
        " back from the match by 8.",
        ("0 20 * * 0", [H, E]),
    ),
]

# The same words without the construction keep their reading.
NEAR = [
    (
        "When a hoodie order comes in at Thread & Needle, email print@threadneedle.example; use"
        " press@threadneedle.example for rush orders.",
        (None, [E, E]),
    ),
    (
        "Every morning at 7, check https://parcels.example-depot.io/api/status and if the van is"
        " not there, email depot@example-depot.io.",
        ("0 7 * * *", [H, C, E]),
    ),
    (
        "When a lost dog is reported, post the details in #general — hang on, #lost-dogs.",
        (None, [S]),
    ),
    (
        "Every Tuesday at 10am, post the stock count from https://stock.example-bakery.io/api/count"
        " in #kitchen. Actually, make that Wednesdays — then email it to chef@example-bakery.io.",
        ("0 10 * * 3", [H, S, E]),
    ),
    (
        "Every Tuesday at 10am, post the stock count from https://stock.example-bakery.io/api/count"
        " in #kitchen — the flour delivery comes on Tuesdays.",
        ("0 10 * * 2", [H, S]),
    ),
    (
        "Every Tuesday at 10am, post the stock count from https://stock.example-bakery.io/api/count"
        " in #kitchen. Actually, make that Wednesdays, the flour delivery comes on Tuesdays.",
        ("0 10 * * 3", [H, S]),
    ),
]

# "<determiner> (<noun>) waiting <noun>": a wait takes no object, so the gerund names a thing.
GERUNDS_NAMING_THINGS = [
    (
        "Every Monday at 8am, fetch the waiting list from https://list.example-dentalcare.io/api"
        " and email it to reception@dentalcare.example.",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "When a patient checks in at Elmwood Surgery, post the waiting room count in #front-desk.",
        (None, [S]),
    ),
    (
        "Every evening at 6, pull the kennel waiting list from https://kennels.example-paws.org/api"
        " and post it in #kennel-staff.",
        ("0 18 * * *", [H, S]),
    ),
    (
        "Every Friday at noon, email the clinic's average waiting time from"
        " https://stats.example-clinic.io/api/week to manager@clinic.example.",
        ("0 12 * * 5", [H, E]),
    ),
]

READ_WHOLE = PLACES_SWAPPED + POINTED_DENIALS + DASHED_REASONS + GERUNDS_NAMING_THINGS


@pytest.mark.parametrize(("text", "expected"), READ_WHOLE)
def test_read_as_corrected(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), READ_WHOLE)
def test_only_the_correction_is_doubted(text, expected):
    assert all(" as a correction of " in doubt for doubt in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), READ_WHOLE)
def test_confident_when_read(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected


def test_a_wait_done_to_something_is_still_doubted():
    text = "When a parcel arrives, keep it waiting overnight, then email owner@example-depot.io."
    assert any("'waiting' reads like a step" in doubt for doubt in doubts_of(text))
