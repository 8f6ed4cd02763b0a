"""Round 51: "make sure the crews have it" delivers, "shoot the client the link by email" is a
delivery whatever its verb, and "signs a lease with Fenwick Lettings" names the party, no test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S = "http.request", "check_status", "webhook.post", "email.send", "slack.post_message"
WAIT, SIGNAL = "wait", "wait_for_signal"
HTTP_EMAIL = {"availableTools": [H, E]}
HTTP_SLACK = {"availableTools": [H, S]}

# "make sure the cleaning crews have it": what was fetched ends up with the people named, so it
# is sent to them in the medium the tools allow; the object is a pronoun or "a copy".
MADE_SURE_THEY_HAVE = [
    (
        "Every Thursday at ten past four in the afternoon, collect Friday's appointments from"
        " https://bookings.example-inkwellstudio.com/api/tomorrow and make sure the tattoo"
        " artists have them.",
        HTTP_EMAIL,
        ("10 16 * * 4", [H, E]),
    ),
    (
        "Every weekday at 7:40am, get the day's job sheet from"
        " https://jobs.example-clearpanewindows.co.uk/api/today and make sure the cleaning crews"
        " have it.",
        HTTP_SLACK,
        ("40 7 * * 1-5", [H, S]),
    ),
    (
        "Every Monday at 8am, pull the rota from https://rota.example-ward.org/api/week and make"
        " sure the nursing staff get a copy.",
        HTTP_SLACK,
        ("0 8 * * 1", [H, S]),
    ),
    (
        "Every Friday at 5pm, fetch the stock list from https://shop.example-deli.com/api/stock"
        " and make sure the warehouse team receives it by email.",
        HTTP_EMAIL,
        ("0 17 * * 5", [H, E]),
    ),
    (
        "Every day at 6am, grab the delivery routes from https://routes.example-vans.net/api/today"
        " and make sure our drivers have them.",
        HTTP_SLACK,
        ("0 6 * * *", [H, S]),
    ),
    (
        "At 9am each Monday, download the menu from https://menu.example-bistro.org/api/week;"
        " make sure the kitchen porters have it too.",
        HTTP_SLACK,
        ("0 9 * * 1", [H, S]),
    ),
    # Near cases: told of it as before, or sent it outright, reads the same.
    (
        "Every weekday at 7:40am, get the job sheet from https://jobs.example-glass.co.uk/api/today"
        " and make sure the cleaning crews hear about it.",
        HTTP_SLACK,
        ("40 7 * * 1-5", [H, S]),
    ),
    (
        "Every weekday at 7:40am, get the job sheet from https://jobs.example-glass.co.uk/api/today"
        " and notify the cleaning crews.",
        HTTP_SLACK,
        ("40 7 * * 1-5", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), MADE_SURE_THEY_HAVE)
def test_made_sure_they_have_it_delivers(text: str, context: dict, expected: tuple) -> None:
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.85
    assert doubts_of(text, context) == []


def test_made_sure_they_have_a_thing_of_their_own_is_no_delivery() -> None:
    # "have ladders": a noun of their own, not what was fetched; no delivery is guessed.
    text = (
        "Every weekday at 7:40am, get the job sheet from https://jobs.example-glass.co.uk/api/today"
        " and make sure the cleaning crews have ladders."
    )
    assert read(text, HTTP_SLACK) == ("40 7 * * 1-5", [H])


# "shoot the client the deposit link by email": an unknown verb with who, what and the medium
# it goes by is a delivery, and no unknown action.
SENT_BY_A_MEDIUM = [
    (
        "When someone registers to volunteer at the beach clean-up, shoot them the safety"
        " briefing by email.",
        (None, [E]),
    ),
    (
        "When a student signs up, email them the welcome pack, then fire the tutor the student's"
        " details by email.",
        (None, [E, E]),
    ),
    (
        "When a new hire accepts the offer, bung the office manager the start date by email.",
        (None, [E]),
    ),
    (
        "When an order ships, zap the customer the tracking link via email.",
        (None, [E]),
    ),
    (
        "When a booking is cancelled, flick the owner the refund details by email.",
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENT_BY_A_MEDIUM)
def test_unknown_verb_with_a_medium_delivers(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.85


# "a tenant signs a lease with Fenwick Lettings": after a verb of agreeing and its object,
# "with" and a capitalised name say who the deal is with, not which events count.
DEAL_PARTY = [
    (
        "When a tenant signs a lease with Fenwick Lettings, email them the move-in pack, then 14"
        " days later post the flat adress in #inspections so someone books the first check.",
        (None, [E, WAIT, S]),
    ),
    ("When a customer signs a contract with Acme, email them the welcome pack.", (None, [E])),
    (
        "When a customer opens an account with Harbour Bank, email them the welcome pack.",
        (None, [E]),
    ),
    (
        "When a member books a class with Studio Luma, email them the studio rules.",
        (None, [E]),
    ),
    (
        "When a client takes out a policy with Harbour Insurance, post it in #new-policies.",
        (None, [S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEAL_PARTY)
def test_party_of_a_deal_is_no_test(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.85


# Near cases: "with" and what the event carries still says which events count.
WITH_WHAT_COUNTS = [
    ("When a ticket is opened with high priority, post it in #urgent.", (None, [C, S])),
    (
        "When a customer opens a ticket with a refund request, post it in #refunds.",
        (None, [C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITH_WHAT_COUNTS)
def test_with_what_the_event_carries_still_tests(text: str, expected: tuple) -> None:
    assert read(text) == expected
