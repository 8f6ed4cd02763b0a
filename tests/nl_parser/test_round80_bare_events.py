"""Round 80: an ordinary event told with the named party it happens with ("an application
lands with Westbrook University admissions", "a couple pays their deposit with Goldleaf
Photography") is a bare event, no test; and a time on the event ("swipes in after 10pm") ends
where a step verb and its object begin, with no comma between them."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

K, C, S, E, W, G = (
    "classify",
    "check_status",
    "slack.post_message",
    "email.send",
    "webhook.post",
    "wait_for_signal",
)

# "<someone/something> <event verb> [its object] with <Named Party>": who it happens with.
WITH_A_NAMED_PARTY = [
    (
        "When an application lands with Westbrook University admissions, categorise it as"
        " undergraduate, postgraduate or international. International ones go to the visa"
        " team's webhook; the rest get posted in #admissions.",
        {},
        (None, [K, C, W, C, S]),
    ),
    (
        "When a couple pays their deposit with Goldleaf Photography, email them the contract,"
        " wait until they've signed it, then post the booking in #shoots.",
        {},
        (None, [E, G, S]),
    ),
    (
        "Whenever a parcel lands with Harbourside Couriers, post it in #deliveries.",
        {},
        (None, [S]),
    ),
    (
        "When a customer pays their invoice with Brightwater Plumbing, email them a receipt.",
        {},
        (None, [E]),
    ),
    (
        "As soon as a guest leaves a deposit with Pinecrest Lodge, email them the check-in"
        " guide and post the stay in #front-desk.",
        {},
        (None, [E, S]),
    ),
    (
        "When a claim arrives with Oakridge Insurance, send the details to the claims webhook.",
        {},
        (None, [W]),
    ),
]

# "<event> after <clock time> <step verb> <its object>": the time ends where the step begins.
TIME_THEN_STEP = [
    (
        "whenever someone swipes into foundry makerspace after 10pm slack #trustees pls",
        {},
        (None, [C, S]),
    ),
    (
        "whenever the back door opens after 11pm email security@acme.example",
        {},
        (None, [C, E]),
    ),
    (
        "when a login happens after midnight alert #secops",
        {},
        (None, [C, S]),
    ),
    (
        "when someone badges into the server room after 22:00 ping #facilities",
        {},
        (None, [C, S]),
    ),
    (
        "whenever an order comes in after 9pm post it in #late-orders",
        {},
        (None, [C, S]),
    ),
]

# "<Firm> — <item> <done> and flagged '<state>' by <someone>: <steps>": the heading after the
# firm's name is the event, and the state it was given the test.
HEADED_EVENT_WITH_A_STATE = [
    (
        "Reelhouse Rentals \u2014 kit returned and flagged 'damaged' by the checker: 1) email"
        " the hirer, 2) call the deposit-hold webhook, 3) post in #kit-room.",
        {},
        (None, [C, E, W, S]),
    ),
    (
        "Harbour Cycles \u2014 bike returned and marked 'needs repair' by the mechanic:"
        " 1) email the renter, 2) post in #workshop.",
        {},
        (None, [C, E, S]),
    ),
    (
        "Pinewood Lettings - keys handed back and marked as damaged by the agent: email the"
        " landlord, then post in #lettings.",
        {},
        (None, [C, E, S]),
    ),
    (
        "Northgate Library \u2014 book checked in and tagged 'water damage' by staff:"
        " 1) email the borrower, 2) post in #desk.",
        {},
        (None, [C, E, S]),
    ),
    (
        "Summit Gear Hire \u2014 tent collected and flagged 'missing poles' by the yard team:"
        " 1) email the customer, 2) call the refunds webhook.",
        {},
        (None, [C, E, W]),
    ),
]

READ_WHOLE = WITH_A_NAMED_PARTY + TIME_THEN_STEP + HEADED_EVENT_WITH_A_STATE

NEAR = [
    # A state or manner on the event still says which events count.
    (
        "When an order arrives with a damaged box, email support@shop.example.",
        {},
        (None, [C, E]),
    ),
    (
        "When a signup comes in with a company email, post it in #sales.",
        {},
        (None, [C, S]),
    ),
    (
        "When a customer pays their invoice late, email them a reminder about our terms.",
        {},
        (None, [C, E]),
    ),
    # The time set off by a comma, and no time at all, read as before.
    (
        "whenever someone swipes into foundry makerspace after 10pm, slack #trustees pls",
        {},
        (None, [C, S]),
    ),
    # A heading with no state given is still only the firm's event, no test.
    (
        "Reelhouse Rentals \u2014 new booking: 1) email the hirer, 2) post in #kit-room.",
        {},
        (None, [E, S]),
    ),
    (
        "Reelhouse Rentals \u2014 kit returned: 1) email the hirer, 2) post in #kit-room.",
        {},
        (None, [E, S]),
    ),
    (
        "whenever someone swipes into the lab slack #trustees",
        {},
        (None, [S]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), WITH_A_NAMED_PARTY)
def test_no_condition_doubt(text, context, expected):
    assert not [d for d in doubts_of(text, context) if "not understood" in d]


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected
