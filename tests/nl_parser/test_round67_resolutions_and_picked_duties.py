"""Round 67: a resolution's preamble ("Following the committee meeting of 4 March, the club
resolves as follows: …") is no step and its date no schedule, and a duty whose subject picks
the items ("…, and any member more than two months in arrears shall be written to by email")
is a step of its own, guarded by the test its subject makes."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C = "check_status"

# "<occasion of a date>, <body> resolves as follows:": who decides, and when they met, head
# what they decided; the date is the meeting's, not the schedule's.
RESOLUTION_PREAMBLES = [
    (
        "Following the committee meeting of 4 March, Kingsmead Rowing Club resolves as follows:"
        " at 20:00 on the 1st of each month, the subscriptions ledger at"
        " https://subs.example-kingsmeadrowing.org.uk/api/ledger shall be consulted, and any"
        " member more than two months in arrears shall be written to by email.",
        ("0 20 1 * *", [H, C, E]),
    ),
    (
        "At its meeting on 12 May, the Parish Council resolved as follows: every Monday at 9am,"
        " fetch the allotment plots list from https://parish.example-hollowby.gov.uk/api/list"
        " and email it to clerk@example-hollowby.gov.uk.",
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Further to the trustees' meeting of 2 June, the board has decided the following: each"
        " Friday at 17:00, post the week's donations from"
        " https://give.example-lanternfund.org/api/week in #trustees.",
        ("0 17 * * 5", [H, S]),
    ),
    (
        "As agreed at the AGM on 14 April, the society directs as follows: on the 15th of every"
        " month at 8am, retrieve https://members.example-orchidsoc.org/api/renewals and email"
        " it to secretary@example-orchidsoc.org.",
        ("0 8 15 * *", [H, E]),
    ),
    (
        "Pursuant to the staff meeting of 9 January 2024, the practice instructs as follows:"
        " daily at 7:30, pull https://clinic.example-elmvet.com/api/appointments and post them"
        " in #front-desk.",
        ("30 7 * * *", [H, S]),
    ),
]

# "…, and any <item> <test> shall be <done>": the subject picks which items the duty is done
# to; the duty starts a step of its own, and its subject is a test on each item.
PICKED_DUTIES = [
    (
        "At 20:00 on the 1st of each month, the subscriptions ledger at"
        " https://subs.example-kingsmeadrowing.org.uk/api/ledger shall be consulted, and any"
        " member more than two months in arrears shall be written to by email.",
        ("0 20 1 * *", [H, C, E]),
    ),
    (
        "Every morning at 6, the rent roll at https://lets.example-harbourhomes.co.uk/api/rent"
        " shall be retrieved, and any tenant more than three weeks behind on rent shall be"
        " emailed.",
        ("0 6 * * *", [H, C, E]),
    ),
    (
        "Each weekday at 8am the loans list at https://library.example-bramhall.org/api/loans is"
        " to be checked, and every borrower more than four weeks overdue with a book must be"
        " written to by email.",
        ("0 8 * * 1-5", [H, C, E]),
    ),
    (
        "Every Monday at 10, fetch https://fleet.example-greenvans.com/api/vans, and any van more"
        " than two months past its service date shall be posted in #fleet-ops.",
        ("0 10 * * 1", [H, C, S]),
    ),
    (
        "Daily at 18:00 the hive log at https://bees.example-hillcrest.com/api/hives shall be"
        " read, and any hive more than ten days past its inspection date should be reported to"
        " keeper@example-hillcrest.com.",
        ("0 18 * * *", [H, C, E]),
    ),
]

UNCHANGED = [
    # No preamble: the date is the schedule's.
    (
        "On 4 March at 20:00, fetch https://subs.example.org/api/ledger and email it to"
        " treasurer@example.org.",
        ("0 20 4 3 *", [H, E]),
    ),
    # A cadence in the piece before the colon is the schedule's, not a meeting's.
    (
        "Every Monday at 9am, the team agrees the following: fetch"
        " https://subs.example.org/api/ledger and email it to treasurer@example.org.",
        ("0 9 * * 1", [H, E]),
    ),
    # The duty without a test: whom it is done to picks no items.
    (
        "At 20:00 on the 1st of each month, the ledger at https://subs.example.org/api/ledger"
        " shall be consulted, and the treasurer shall be written to by email.",
        ("0 20 1 * *", [H, E]),
    ),
    (
        "At 20:00 on the 1st of each month, the ledger at https://subs.example.org/api/ledger"
        " shall be consulted, and any member in arrears shall be emailed.",
        ("0 20 1 * *", [H, C, E]),
    ),
    # Written to a place, a thing is stored or sent there, nobody is written to.
    (
        "Every day at 6pm, fetch https://shop.example.com/api/orders and the totals shall be"
        " written to #sales.",
        ("0 18 * * *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESOLUTION_PREAMBLES)
def test_a_resolution_preamble_is_no_step_and_no_schedule(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), PICKED_DUTIES)
def test_a_duty_on_picked_items_is_a_guarded_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not [d for d in doubts_of(text) if "condition" in d]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
