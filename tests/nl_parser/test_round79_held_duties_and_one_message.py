"""Round 79: after a message, a verb of telling with no one new to tell ("thank them for staying
and ask for a review") says more in that message; a passive duty of holding ("it shall be held
until the finance director approves it") waits for the person, and "then" between a duty's modal
and its "be" ("it shall then be sent") only orders it."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W, C = "email.send", "slack.post_message", "webhook.post", "check_status"
G, HOLD, WAIT = "generate_report", "wait_for_signal", "wait"
MAIL_ONLY = {"availableTools": ["email.send"]}

# "<message verb> them …, and <telling verb> for / to / them …": one message.
SAID_IN_ONE_MESSAGE = [
    (
        "As soon as a guest checks out of Saltbox Holiday Lets, wait a day, then thank them for"
        " staying and ask for a review.",
        MAIL_ONLY,
        (None, [WAIT, E]),
    ),
    (
        "When a member renews at Ashcombe Tennis Club, email them the receipt and thank them for"
        " staying with us.",
        {},
        (None, [E]),
    ),
    (
        "Once a student finishes the course at Brightwater Academy, congratulate them on passing"
        " and ask for feedback.",
        MAIL_ONLY,
        (None, [E]),
    ),
    (
        "Every Friday at 5pm, post the weekly wins in #sales and remind them to log their calls.",
        {},
        ("0 17 * * 5", [S]),
    ),
    (
        "When a booking is cancelled, text them through the SMS webhook and ask them to rebook.",
        {},
        (None, [W]),
    ),
    (
        "A day after each stay ends, thank the guest for visiting and invite them to book again.",
        MAIL_ONLY,
        (None, [WAIT, E]),
    ),
]

# Someone new to tell, or somewhere new to send it: a second delivery.
SECOND_DELIVERY = [
    (
        "When a guest checks out, thank them for staying and tell #housekeeping to clean the room.",
        {},
        (None, [E, S]),
    ),
    (
        "When a donation comes in, thank the donor by email and ask #fundraising for a shout-out.",
        {},
        (None, [E, S]),
    ),
    (
        "When a guest checks out, email them a receipt and post it in #frontdesk.",
        {},
        (None, [E, S]),
    ),
]

# "<thing> shall [then] be held until <person acts>": a wait for the person's word.
HELD_UNTIL_SOMEONE_ACTS = [
    (
        "MEMO: Payroll close. On the 28th of each month at 10:00 the payroll report shall be"
        " generated for Northwind Payroll Bureau's clients; it shall then be held until the"
        " finance director approves it, after which it shall be sent to the bank's payments"
        " webhook.",
        {},
        ("0 10 28 * *", [G, HOLD, W]),
    ),
    (
        "Every Friday at 16:00 the timesheet report shall be generated; it shall be held until"
        " the operations manager signs it off, after which it shall be emailed to"
        " payroll@firm.example.",
        {},
        ("0 16 * * 5", [G, HOLD, E]),
    ),
    (
        "Each Monday at 8am the rota report is to be generated. It is then to be held until the"
        " duty manager approves it, after which it is to be posted in #rota.",
        {},
        ("0 8 * * 1", [G, HOLD, S]),
    ),
    (
        "On the 1st of every month at 9:00 the board report must be generated; it must then be"
        " held until the chair approves it, and then it must be emailed to board@trust.example.",
        {},
        ("0 9 1 * *", [G, HOLD, E]),
    ),
    (
        "Every weekday at 7am the stock report shall be generated; it shall be held until the"
        " buyer approves it, after which it shall be sent to the suppliers webhook.",
        {},
        ("0 7 * * 1-5", [G, HOLD, W]),
    ),
]

# The duty without a hold, and the hold denied, read as before; "then" only orders the duty.
NEAR_HOLDS = [
    (
        "Every Monday at 9 the sales report shall be generated; it shall then be emailed to"
        " boss@x.com.",
        {},
        ("0 9 * * 1", [G, E]),
    ),
    (
        "Every Monday at 9 the sales report shall be generated; it shall be emailed to boss@x.com.",
        {},
        ("0 9 * * 1", [G, E]),
    ),
    (
        "On the 28th of each month at 10:00 the payroll report shall be generated; it shall not"
        " be sent until the finance director approves it, after which it shall be sent to the"
        " payments webhook.",
        {},
        ("0 10 28 * *", [G, HOLD, W]),
    ),
]

CASES = SAID_IN_ONE_MESSAGE + SECOND_DELIVERY + HELD_UNTIL_SOMEONE_ACTS + NEAR_HOLDS


@pytest.mark.parametrize(("text", "context", "expected"), CASES)
def test_reads_cron_and_actions(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "context"),
    [(t, c) for t, c, _ in SAID_IN_ONE_MESSAGE + HELD_UNTIL_SOMEONE_ACTS + NEAR_HOLDS[:2]],
)
def test_right_readings_are_confident(text, context):
    assert confidence_of(text, context) >= 0.7
    assert not [d for d in doubts_of(text, context) if "not understood" in d]
