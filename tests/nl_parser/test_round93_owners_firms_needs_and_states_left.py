"""Round 93: an item marked with its owner named ("flags a customer's load as damaged") is a
test; a firm an item is for, named in capitals, leaves a question-shaped test short ("New lead
in for Babel Street Language School with a budget over £5,000?"); "X needs to know" is telling
X, and an option ticked on an arriving item is a test of it; a thing an item left in a state
("any cat that's left its dinner untouched → …") is a test on a schedule."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, S, H = "check_status", "email.send", "slack.post_message", "http.request"
FETCH_DOUBT = (
    "uncertain: the condition needs data, so a http.request step was added before it; "
    "check what it should fetch"
)
SLACK_ONLY = {"availableTools": [S]}
FETCH_AND_SLACK = {"availableTools": [H, S]}

OWNERS_MARKED = [
    (
        "If the wash team at Bubblewash Laundry Service flags a customer's load as damaged, DM "
        "Keisha on Slack and email the customer an apology with the claim form.",
        (None, [C, S, E]),
    ),
    ("If a nurse flags a patient's chart as incomplete, post in #ward.", (None, [C, S])),
    (
        "When the warehouse logs a supplier's pallet as short, email buying@x.example.",
        (None, [C, E]),
    ),
    (
        "If a marker reports a student's essay as plagiarised, email the head of year at "
        "hoy@school.example.",
        (None, [C, E]),
    ),
    ("If the vet flags a pet's vaccination as overdue, post it in #reminders.", (None, [C, S])),
]

FIRMS_ASKED = [
    (
        "New lead in for Babel Street Language School with a budget over \u00a35,000? DM Lucia on "
        "Slack straight away.",
        (None, [C, S]),
    ),
    (
        "New booking in for Harbour View Sailing Club with more than 12 guests? Email "
        "events@harbourview.example.",
        (None, [C, E]),
    ),
    (
        "New order in for Greenleaf Garden Centre Ltd with a total above $2,000? Post it in "
        "#big-orders.",
        (None, [C, S]),
    ),
    (
        "New enquiry for Marlow Street Dental Practice with a quote over \u00a3800? Tell Priya on "
        "Slack.",
        (None, [C, S]),
    ),
    (
        "New claim in for Oakridge Home Insurance Services with damage above \u00a310,000? Email "
        "claims@oakridge.example right away.",
        (None, [C, E]),
    ),
]

NEEDS_AND_OPTIONS = [
    (
        "Pressfold Dry Cleaners: express orders keep getting missed in the back. Whenever a new "
        "order comes in with the express option ticked, the pressing team needs to know.",
        SLACK_ONLY,
        (None, [C, S]),
    ),
    (
        "When a booking arrives with the gift-wrap box checked, the packing team needs to know.",
        SLACK_ONLY,
        (None, [C, S]),
    ),
    (
        "If a payment bounces, Priya should know right away.",
        SLACK_ONLY,
        (None, [C, S]),
    ),
    (
        "When an order is placed with the rush delivery option selected, post it in #dispatch.",
        {},
        (None, [C, S]),
    ),
    (
        "Whenever a registration comes through with the wheelchair access box ticked, email the "
        "venue manager at venue@x.example.",
        {},
        (None, [C, E]),
    ),
    (
        "Whenever a patient misses a dose, the duty vet has to know about it.",
        SLACK_ONLY,
        (None, [C, S]),
    ),
]

STATES_LEFT = [
    (
        "Whiskers Boarding Cattery, nights at 21:00 sharp: any cat that's left its dinner "
        "untouched \u2192 tell the night carer.",
        FETCH_AND_SLACK,
        ("0 21 * * *", [H, C, S]),
    ),
    (
        "Every morning at 7am: any guest who has left their room unlocked \u2192 post in "
        "#security.",
        {},
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "Every weekday at 6pm, any kiln that's left its door open \u2192 email the studio manager "
        "at studio@x.example.",
        {},
        ("0 18 * * 1-5", [H, C, E]),
    ),
    (
        "Daily at 8pm: any patient who has left their lunch uneaten \u2192 post in #ward-7.",
        {},
        ("0 20 * * *", [H, C, S]),
    ),
    (
        "Every night at 21:00, if a cat has left its dinner untouched, post in #night.",
        {},
        ("0 21 * * *", [H, C, S]),
    ),
]

NEAR = [
    # Marked with no state: the event alone.
    ("When the wash team flags a customer's load, DM Keisha on Slack.", {}, (None, [S])),
    # The new item with no comparison: no test.
    (
        "New lead in for Babel Street Language School? DM Lucia on Slack straight away.",
        {},
        (None, [S]),
    ),
    # An arrival with no option ticked, and a thing it brings.
    ("When a new order comes in, post it in #orders.", {}, (None, [S])),
    (
        "When a new order comes in with a nut allergy note, tell the kitchen on Slack.",
        {},
        (None, [C, S]),
    ),
    # A need to know more is a question, not a delivery.
    ("Our manager needs to know whether the backup ran.", {}, (None, [])),
    # Left a place, not a thing in a state: no test.
    ("Every night at 21:00: post the dinner report in #night.", {}, ("0 21 * * *", [S])),
]


@pytest.mark.parametrize(("text", "expected"), OWNERS_MARKED + FIRMS_ASKED)
def test_read_as_the_construction_says(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "context", "expected"), NEEDS_AND_OPTIONS)
def test_needs_to_know_tell_and_options_ticked_test(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "context", "expected"), STATES_LEFT)
def test_states_left_are_tested_on_fetched_data(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == [FETCH_DOUBT]


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
