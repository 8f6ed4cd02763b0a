"""Round 80: a run said to happen once in a sentence of its own ("Need this done once, not on a
loop.") keeps no weekday of the story told after it ("X is switching off its old system on
Friday") as a schedule; and a thing held pending someone's approval in a duty after the event's
comma ("…, the request shall be held pending approval from the agent; once approved, …") is a
wait for that person, the bare "once approved" after it the approval already awaited."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
X, Q, SIGNAL = "extract", "salesforce.query", "wait_for_signal"

# "Need this done once, not on a loop.": the run's once said first, in a sentence of its own;
# the day something else happens on, told in the story after it, was read as the schedule.
ONCE_THEN_A_STORY_DAY = [
    (
        "Need this done once, not on a loop. Harmonia Piano Services is switching off its old"
        " booking system on Friday, and the export of 2,300 customer notes sits at"
        " https://export.harmoniapianos.example/api/notes. Pull the piano make, serial number"
        " and last tuning date out of each note and push the results to the new system's import"
        " webhook.",
        (None, [H, X, W]),
    ),
    (
        "Only needs doing once, not every week. Our studio moves to the new booking tool on"
        " Monday. Fetch the clients from https://api.example-studio.com/clients and email the"
        " list to office@example-studio.com.",
        (None, [H, E]),
    ),
    (
        "One-off, not recurring. The auditors arrive on Thursday. Fetch the ledger from"
        " https://books.example-tarn.com/api/ledger and email it to finance@example-tarn.com.",
        (None, [H, E]),
    ),
    (
        "This only has to run once. Our florist shop is changing suppliers on Tuesday; query"
        " Salesforce for every open order and post the list in #orders.",
        (None, [Q, S]),
    ),
    (
        "Just once: the warehouse is retiring its old portal next Friday, so grab the stock list"
        " from https://portal.example-tarn.com/api/stock and email it to ops@example-tarn.com.",
        (None, [H, E]),
    ),
]

# Near cases: a day the run is asked on, a cadence, or a story with no once said, keep theirs.
ONCE_UNCHANGED = [
    (
        "Just once, on Friday at 9am, email the stock list to ops@example-tarn.com.",
        ("0 9 * * 5", [E]),
    ),
    (
        "Every Friday, grab the stock list from https://portal.example-tarn.com/api/stock and"
        " email it to ops@example-tarn.com.",
        ("0 9 * * 5", [H, E]),
    ),
    (
        "Need this done once, not on a loop. Fetch the notes from"
        " https://export.example-tarn.com/api/notes and email them to ops@example-tarn.com.",
        (None, [H, E]),
    ),
    (
        "The warehouse is retiring its old portal on Friday. Grab the stock list from"
        " https://portal.example-tarn.com/api/stock and email it to ops@example-tarn.com.",
        ("0 9 * * 5", [H, E]),
    ),
]

# "…, the request shall be held pending approval from the playwright's agent; once approved,
# …": the hold told as a duty after the event's comma was left in the event's clause.
HELD_PENDING = [
    (
        "STAGE MANAGEMENT NOTE \u2014 Gaslight Theatre Company. Upon receipt of a script-change"
        " request from a director, the request shall be held pending approval from the"
        " playwright's agent; once approved, the revised pages shall be e-mailed to"
        " cast@gaslighttheatre.example and a notice shall be posted in #stage-management.",
        (None, [SIGNAL, E, S]),
    ),
    (
        "When a refund request arrives, the request shall be held pending approval from"
        " finance; once approved, it shall be emailed to refunds@example-tarn.com.",
        (None, [SIGNAL, E]),
    ),
    (
        "Upon receipt of a leave request, the request is to be held until the line manager"
        " approves it; once approved, a note shall be posted in #rota.",
        (None, [SIGNAL, S]),
    ),
    (
        "Whenever a press release is drafted, the draft must be held pending sign-off from the"
        " editor; once signed off, it shall be posted to the newsroom webhook.",
        (None, [SIGNAL, W]),
    ),
    (
        "When a purchase order comes in, hold it pending approval from the finance director;"
        " once approved, email it to suppliers@example-tarn.com.",
        (None, [SIGNAL, E]),
    ),
]

# Near cases: a duty with no hold, a hold with "then", and "once approved" opening the text.
HELD_UNCHANGED = [
    (
        "When a refund request arrives, the request shall be sent to refunds@example-tarn.com.",
        (None, [E]),
    ),
    (
        "MEMO: Payroll close. On the 28th of each month at 10:00 the payroll report shall be"
        " generated; it shall then be held until the finance director approves it, after which"
        " it shall be sent to the bank's payments webhook.",
        ("0 10 28 * *", ["generate_report", SIGNAL, W]),
    ),
    (
        "Once an expense is approved, email it to payroll@example-tarn.com.",
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONCE_THEN_A_STORY_DAY)
def test_a_story_day_of_a_run_said_once_is_no_schedule(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), ONCE_UNCHANGED)
def test_near_cases_of_once_keep_their_schedule(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), HELD_PENDING)
def test_a_duty_held_pending_approval_waits_for_the_person(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), HELD_UNCHANGED)
def test_near_cases_of_holds_keep_their_reading(text, expected):
    assert read(text) == expected
