"""Round 79: a receiver led by the name of the place they work for, in capitals ("the Frostline
Ice Arena rink managers should get a recap of …"), is one receiver however many words it runs
to; and data a receiver is bound to receive ("circulation@… should recieve the overdue-fines
list from https://…", "the duty vets are to receive today's list from …") is sent to them."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, SU, R, S, E = "http.request", "summarize", "generate_report", "slack.post_message", "email.send"
FETCH_OR_MAIL = {"availableTools": ["http.request", "email.send"]}

# "the <Place Name> <role> <modal> get | receive a <made thing> of …"
NAMED_RECEIVER = [
    (
        "Every Friday at 17:45, the Frostline Ice Arena rink managers should get a recap of the"
        " week's skate-hire takings.",
        FETCH_OR_MAIL,
        ("45 17 * * 5", [H, SU, E]),
    ),
    (
        "Every Monday at 8am, the Harbourside Marina dock staff should receive a summary of last"
        " week's berth bookings.",
        FETCH_OR_MAIL,
        ("0 8 * * 1", [H, SU, E]),
    ),
    (
        "On the first of every month at 9:00, the Greywell Parish Council finance committee must"
        " get a report on the month's hall-hire income.",
        FETCH_OR_MAIL,
        ("0 9 1 * *", [H, R, E]),
    ),
    (
        "Each weekday at 6pm, the Oakridge Vets night nurses will get a digest of the day's"
        " admissions.",
        FETCH_OR_MAIL,
        ("0 18 * * 1-5", [H, SU, E]),
    ),
    (
        "Every Sunday at 20:00 the Pinecrest Cycling Club ride leaders get a recap of the week's"
        " route sign-ups.",
        FETCH_OR_MAIL,
        ("0 20 * * 0", [H, SU, E]),
    ),
]

# "<receiver> <should | must | is to | needs to> receive | get <the data> from <source>"
DATA_BOUND_TO_RECEIVER = [
    (
        "Twice a month — the 7th and the 21st, 2 o'clock in the afternoon —"
        " circulation@ashbournelibrary.example should recieve the overdue-fines list from"
        " https://lms.ashbournelibrary.example/api/fines.",
        {},
        ("0 14 7,21 * *", [H, E]),
    ),
    (
        "Every Monday at 7am, #kitchen-leads should receive the week's delivery schedule from"
        " https://api.freshfarm.example/deliveries.",
        {},
        ("0 7 * * 1", [H, S]),
    ),
    (
        "Daily at 18:00, warehouse@boxhill.example must get the stock levels from"
        " https://inventory.boxhill.example/api/levels.",
        {},
        ("0 18 * * *", [H, E]),
    ),
    (
        "On weekdays at 8:30 the duty vets are to receive today's appointment list from"
        " https://clinic.example/api/appointments.",
        {},
        ("30 8 * * 1-5", [H, E]),
    ),
    (
        "Every Tuesday at 10, ops@firm.example needs to receive the open tickets from"
        " https://desk.example/api/open.",
        {},
        ("0 10 * * 2", [H, E]),
    ),
    (
        "At noon every Sunday, the volunteer drivers should recieve the route sheet from"
        " https://routes.example/api/sheet.",
        {},
        ("0 12 * * 0", [H, E]),
    ),
]

READ_WHOLE = NAMED_RECEIVER + DATA_BOUND_TO_RECEIVER


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


# A place named as the receiver says the medium too, so nothing is guessed.
@pytest.mark.parametrize(
    ("text", "context", "expected"), [DATA_BOUND_TO_RECEIVER[i] for i in (1, 2, 4)]
)
def test_place_bound_to_receive_leaves_no_doubt(text, context, expected):
    assert not doubts_of(text, context)


# Near cases that must not change.
NEAR = [
    (
        "Every Friday at 17:45, the rink managers should get a recap of the week's skate-hire"
        " takings.",
        FETCH_OR_MAIL,
        ("45 17 * * 5", [H, SU, E]),
    ),
    (
        "Every Friday at 17:45, email the Frostline Ice Arena rink managers a recap of the week's"
        " skate-hire takings.",
        FETCH_OR_MAIL,
        ("45 17 * * 5", [H, SU, E]),
    ),
    (
        # A job that gets data fetches it; nothing is delivered.
        "Every hour, the sync job should get the latest rates from https://rates.example/api.",
        {},
        ("0 * * * *", [H]),
    ),
    (
        "Every day at 9, fetch the overdue list from https://lms.example/api and email it to"
        " circ@lib.example.",
        {},
        ("0 9 * * *", [H, E]),
    ),
    ("When we recieve a new order, post it in #orders.", {}, (None, [S])),
]


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected
