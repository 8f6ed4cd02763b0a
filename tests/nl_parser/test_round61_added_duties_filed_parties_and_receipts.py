"""Round 61: a word of adding inside a passive duty ("should also be emailed", "is additionally
to be emailed") leaves the duty as it reads without it, and a passive of filing or dealing
"with" a named party ("is lodged with Wrenfold Parish Council") says who, not which events;
"upon receipt of X, …" is the event "when we receive X", and "<who>, <what kind of notice>:"
before an event is a heading."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, X = "check_status", "extract"

# "Any booking with more than 8 players should also be emailed to …": "also" between the modal
# and "be" says the duty comes on top of the steps before; it opens no inverted "should".
ADDED_DUTIES = [
    (
        "Hello! I look after front of house at Calder Valley Escape Rooms. Our game masters keep"
        " getting caught out by big groups turning up and there's nobody free to help brief them,"
        " which makes for a rough start. Could you set this up: every day at 9:15am, fetch"
        " today's bookings from https://book.example-caldervalleyescape.co.uk/api/today, pull"
        " out the group size, room name and start time for each booking and post them in"
        " #game-masters. Any booking with more than 8 players should also be emailed to"
        " manager@example-caldervalleyescape.co.uk so she can come in early. Thanks a lot!",
        ("15 9 * * *", [H, X, S, C, E]),
    ),
    (
        "Every weekday at 7am, pull the overnight orders from"
        " https://shop.example-brindle.com/api/orders and post them in #dispatch. Any order over"
        " $500 should also be emailed to owner@example-brindle.com.",
        ("0 7 * * 1-5", [H, S, C, E]),
    ),
    (
        "When a new support ticket arrives, post it in #support. Any ticket marked urgent should"
        " additionally be forwarded to the escalation webhook.",
        (None, [S, C, W]),
    ),
    (
        "Each Friday at 4pm, fetch the week's expenses from"
        " https://ledger.example-corvid.com/api/expenses and post them in #finance. Expenses"
        " above £1,000 will likewise be sent to cfo@example-corvid.com.",
        ("0 16 * * 5", [H, S, C, E]),
    ),
    (
        "When a delivery is logged, post it in #yard. Any delivery over 2 tonnes must also get"
        " emailed to foreman@example-yard.com.",
        (None, [S, C, E]),
    ),
]

# "…, the chief flying instructor is additionally to be emailed at …": the word of adding
# between "is" and "to be" leaves the duty its own clause after the test.
ADDED_TO_BE = [
    (
        "Operations notice, Harrier Flight School: upon receipt of each student's pre-flight"
        " checklist, the instructor's name, aircraft registration and fuel figure are to be"
        " extracted and forwarded to the dispatch webhook. Should the fuel figure fall below the"
        " minimum reserve, the chief flying instructor is additionally to be emailed at"
        " cfi@example-harrierflight.co.uk.",
        (None, [X, W, C, E]),
    ),
    (
        "When a lab result comes in, extract the patient ID and reading and send them to the"
        " records webhook. If the reading is above 140, the duty doctor is also to be emailed at"
        " doctor@example-larchwood.org.",
        (None, [X, W, C, E]),
    ),
    (
        "When a new invoice arrives, the supplier and amount are to be extracted and posted in"
        " #payables. Should the amount exceed 5000, the finance director is additionally to be"
        " notified by email at fd@example-ashgrove.co.uk.",
        (None, [X, S, C, E]),
    ),
    (
        "When a checklist arrives, extract the name and fuel and send it to the dispatch"
        " webhook. If the fuel is below 20, the chief pilot instructor is additionally to be"
        " emailed at cfi@example-harrierflight.co.uk.",
        (None, [X, W, C, E]),
    ),
    (
        "When a checklist arrives, extract the name and fuel and send it to the dispatch"
        " webhook. If the fuel is below 20, the chief flying instructor should additionally be"
        " emailed at cfi@example-harrierflight.co.uk.",
        (None, [X, W, C, E]),
    ),
]

# "Whenever a planning objection is lodged with Wrenfold Parish Council": who it is filed
# with (the, our, or a capitalised name) is no test on the events; nor is who a deal is made
# with, when it is named in capitals.
FILED_WITH_A_PARTY = [
    (
        "Whenever a planning objection is lodged with Wrenfold Parish Council, let the clerk know.",
        {"availableTools": [E]},
        (None, [E]),
    ),
    (
        "When a complaint is filed with the ombudsman, email legal@example-northwind.com.",
        None,
        (None, [E]),
    ),
    (
        "Each time a repair request is logged with Harbour Lettings, send the details to the"
        " maintenance webhook.",
        None,
        (None, [W]),
    ),
    (
        "When a grievance gets raised with HR, email people@example-fenwick.com.",
        None,
        (None, [E]),
    ),
    (
        "Whenever an order is placed with Brackenridge Supplies, post it in #purchasing.",
        None,
        (None, [S]),
    ),
    (
        "Whenever a booking is made with Rosewood Catering, post it in #events.",
        None,
        (None, [S]),
    ),
    (
        "When an objection is lodged with the parish council, email clerk@example-wrenfold.gov.uk.",
        None,
        (None, [E]),
    ),
]

# "Operations notice, Harrier Flight School: upon receipt of each student's checklist, …": the
# receipt, named as a noun, is the trigger's event; who sends the notice heads it. Both read,
# the right answer is sure of itself.
RECEIPTS_AND_NOTICES = [
    (
        ADDED_TO_BE[0][0],
        (None, [X, W, C, E]),
    ),
    (
        "Upon receipt of each signed lease, the tenant name and start date are to be extracted"
        " and posted in #lettings.",
        (None, [X, S]),
    ),
    (
        "On receipt of a new grant application, the applicant is to be emailed the eligibility"
        " checklist.",
        (None, [E]),
    ),
    (
        "Kestrel Dental, front desk procedure: on receipt of each new patient form, the"
        " patient's name and date of birth shall be extracted and sent to the records webhook.",
        (None, [X, W]),
    ),
    (
        "Upon the receipt of a supplier quote, post it in #purchasing.",
        (None, [S]),
    ),
    (
        "Riverside Allotments, committee notice: when a plot application comes in, email the"
        " secretary at secretary@example-riverside.org.",
        (None, [E]),
    ),
]

# Near cases: the duty without the word of adding, "also" before a verb, an inverted "should"
# with its subject, and "with" that says which events count, read as they did.
UNCHANGED = [
    (
        "Every day at 9am fetch bookings from https://x.example-gm.com/api and post them in #gm."
        " Any booking with more than 8 players should be emailed to manager@example-gm.com.",
        ("0 9 * * *", [H, S, C, E]),
    ),
    (
        "Every day at 9am fetch bookings from https://x.example-gm.com/api, post them in #gm and"
        " also email them to manager@example-gm.com.",
        ("0 9 * * *", [H, S, E]),
    ),
    (
        "Every day at 9am fetch bookings from https://x.example-gm.com/api and post them in #gm."
        " Also email any booking over 8 players to manager@example-gm.com.",
        ("0 9 * * *", [H, S, C, E]),
    ),
    (
        "When a ticket is opened with high priority, email oncall@example-gm.com.",
        (None, [C, E]),
    ),
    (
        "When an order is placed with express shipping, post it in #dispatch.",
        (None, [C, S]),
    ),
    (
        "Whenever a booking is made public, post it in #events.",
        (None, [C, S]),
    ),
    (
        "Email the receipt of each purchase to ap@example-corvid.com.",
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADDED_DUTIES + ADDED_TO_BE)
def test_a_word_of_adding_leaves_the_duty_as_it_reads(text, expected):
    assert read(text) == expected
    assert not any("condition" in doubt for doubt in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), ADDED_DUTIES + ADDED_TO_BE)
def test_a_duty_read_with_its_word_of_adding_is_sure(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), FILED_WITH_A_PARTY)
def test_a_party_filed_with_is_no_test(text, context, expected):
    assert read(text, context) == expected
    assert not doubts_of(text, context)


@pytest.mark.parametrize(("text", "expected"), RECEIPTS_AND_NOTICES)
def test_a_receipt_named_is_the_event_under_its_heading(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
