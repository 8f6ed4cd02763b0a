"""Round 76: tests the parser read right but doubted: "any school-trip balances at <Firm> are
overdue" (a plural noun before "are" is no verb), "unless they've visited us before" (a deed
done to us), "should a dock report a jammed lock" (the bare verb after an inverted "should"),
"if everything went out" (all of a round sent) and "if the class still has space" (room left)."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"

READ = [
    # A plural noun, perhaps with a firm's place after it, before "are".
    (
        "Every Friday at 11am, if any school-trip balances at Wayfarer Educational Tours are"
        " overdue, remind the accounts team.",
        {"availableTools": [H, E]},
        ("0 11 * * 5", [H, C, E]),
    ),
    (
        "Every Monday at 9am, if any gift vouchers at Pemberton Books are outstanding, email"
        " the shop manager at shop@pemberton.example.",
        {"availableTools": [H, E]},
        ("0 9 * * 1", [H, C, E]),
    ),
    (
        "Each weekday at 8am, if any lab results from Kestrel Diagnostics are still pending,"
        " post a note in #clinic.",
        {"availableTools": [H, S]},
        ("0 8 * * 1-5", [H, C, S]),
    ),
    (
        "Every day at 6pm, if any night-shift rotas at Hollybrook Care Homes are unsigned,"
        " email rota@hollybrook.example.",
        {"availableTools": [H, E]},
        ("0 18 * * *", [H, C, E]),
    ),
    (
        "Every Friday at 11am, if any school-trip balances are overdue, remind the accounts"
        " team by email.",
        {"availableTools": [H, E]},
        ("0 11 * * 5", [H, C, E]),
    ),
    # A deed done to us by the pronoun's person.
    (
        "When a school group books a visit to Whitlow Planetarium, email the teacher the"
        " risk-assessment pack unless they've visited us before.",
        {},
        (None, [C, E]),
    ),
    (
        "When a new patient books at Ashdown Dental, email them the welcome pack unless"
        " they've contacted us before.",
        {},
        (None, [C, E]),
    ),
    (
        "When a caller books a boiler service, post it in #engineers unless they have called"
        " us before.",
        {},
        (None, [C, S]),
    ),
    (
        "When a new member joins the climbing gym, email them the induction video unless she"
        " has emailed us already.",
        {},
        (None, [C, E]),
    ),
    (
        "When someone books a table at Ridgeway Bistro, email them the menu unless they"
        " visited us before.",
        {},
        (None, [C, E]),
    ),
    # The bare verb after an inverted "should".
    (
        "Should a Cloudberry Bike Share dock report a jammed lock, post the dock ID in"
        " #field-team and trigger the repair-van webhook.",
        {},
        (None, [C, S, W]),
    ),
    (
        "Should a freezer report a temperature alarm, post it in #kitchen.",
        {},
        (None, [C, S]),
    ),
    (
        "Should any Harbourside Marina pontoon sensor show a water leak, email"
        " berths@harbourside.example.",
        {},
        (None, [C, E]),
    ),
    (
        "Should the boiler controller raise a pressure warning, trigger the plumber webhook.",
        {},
        (None, [C, W]),
    ),
    (
        "Should any refrigerated shipment report a temperature excursion in transit, email"
        " qa@example.org.",
        {},
        (None, [C, E]),
    ),
    # All of a round sent.
    (
        "When a Fenwick Fresh Produce van finishes its route, email depot@fenwickfresh.example"
        " in case any crates are still listed as undelivered; if everything went out, just"
        " post 'route complete' in #drivers.",
        {},
        (None, [C, E, C, S]),
    ),
    (
        "When the newsletter run finishes, post 'all sent' in #marketing if everything went out.",
        {},
        (None, [C, S]),
    ),
    (
        "When the courier batch closes, if everything has gone out, email ops@example.com.",
        {},
        (None, [C, E]),
    ),
    (
        "When the evening dispatch ends, if all went out, post a thumbs-up in #warehouse.",
        {},
        (None, [C, S]),
    ),
    (
        "When the invoice run completes, if everything goes out, email finance@example.com.",
        {},
        (None, [C, E]),
    ),
    # Room left for one more.
    (
        "When a puppy-class enrolment comes in at Waggington Dog Training, email a confirmation"
        " if the class still has space; otherwise fire the waitlist webhook.",
        {},
        (None, [C, E, C, W]),
    ),
    (
        "When a booking request arrives, email a confirmation if the tour has places left.",
        {},
        (None, [C, E]),
    ),
    (
        "When a workshop signup comes in, post it in #events if the session still has room;"
        " otherwise email the organiser at events@example.com.",
        {},
        (None, [C, S, C, E]),
    ),
    (
        "When a new camper registers, email them the kit list if the camp has spaces available.",
        {},
        (None, [C, E]),
    ),
    (
        "When a ferry booking comes in, trigger the ticket webhook if the sailing still has"
        " capacity.",
        {},
        (None, [C, W]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), READ)
def test_the_test_is_read_without_doubt(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.8


# Near cases: with no test the steps stand alone; words no rule reads keep their doubt.
NEAR = [
    (
        "When a school group books a visit to Whitlow Planetarium, email the teacher the"
        " risk-assessment pack.",
        (None, [E]),
        False,
    ),
    (
        "When a school group books a visit, email the teacher the pack unless they've visited"
        " the moon before.",
        (None, [C, E]),
        True,
    ),
    (
        "When a class enrolment comes in, email a confirmation if the class still has a mystery.",
        (None, [C, E]),
        False,
    ),
    ("Should a customer cancel an order, email the warehouse.", (None, [E]), False),
]


@pytest.mark.parametrize(("text", "expected", "doubted"), NEAR)
def test_near_cases_keep_their_reading(text, expected, doubted):
    assert read(text) == expected
    assert bool(doubts_of(text)) == doubted
