"""Round 71: a story whose sentence opens on the place it happens at before the teller ("at
Millbrook Observatory our stargazing nights get called off …") is told, not asked; and "if"
before an item of a kind named after "for a" ("if a refill request for a controlled drug comes
in") asks whether the item is of that kind, a test ("when" names the event instead)."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, X, WAIT, SIGNAL = "check_status", "extract", "wait", "wait_for_signal"

MILLBROOK = (
    "Background: at Millbrook Observatory our public stargazing nights get called off when it's"
    " cloudy, and people drive an hour only to find the gates shut. So whenever a stargazing"
    " night is flagged as cancelled by the duty astronomer, email everyone booked on it and post"
    " the cancellation in #visitor-team. Two hours later, send them a follow-up email with a"
    " rebooking code. Thanks so much!"
)

# "at Millbrook Observatory our …": the place, then the teller; read as a request, its
# "when it's cloudy" made a test on a schedule "nights" gave.
PLACE_BEFORE_TELLER = [
    (MILLBROOK, (None, [C, E, S, WAIT, E])),
    (
        "At Fernhill Riding School our outdoor lessons get rained off when the arena floods, and"
        " parents turn up for nothing. So whenever a lesson is marked as cancelled, email the"
        " riders booked on it and post it in #yard-team.",
        (None, [C, E, S]),
    ),
    (
        "In Dunmore Harbour, we lose moorings to storms a few times a winter and owners only find"
        " out the next morning. When the harbour master flags a mooring as damaged, text the owner"
        " through the SMS webhook.",
        (None, [C, W]),
    ),
    (
        "At Quayside Books my weekend staff forget to reorder bestsellers, and customers leave"
        " empty-handed. Every Friday at 4pm, fetch the stock levels from"
        " https://stock.example-quaysidebooks.co.uk/api/levels and email them to"
        " orders@example-quaysidebooks.co.uk.",
        ("0 16 * * 5", [H, E]),
    ),
    (
        "At the Kestrel Arms our Thursday quiz scores get lost on scraps of paper and the winners"
        " complain. When a quiz sheet is uploaded, pull out the team names and scores and post"
        " them in #quiz-night.",
        (None, [X, S]),
    ),
    (
        "Background: at Rivermead Driving School our instructors keep forgetting to log their"
        " lesson hours, and the payroll run on the 25th comes out wrong nearly every month. So"
        " here's what I'd like: on the 22nd of each month at 10am, email"
        " instructors@example-rivermeaddriving.co.uk a reminder to log their hours, give them two"
        " days, then pull the logged hours from"
        " https://lessons.example-rivermeaddriving.co.uk/api/hours and send them to"
        " payroll@example-rivermeaddriving.co.uk.",
        ("0 10 22 * *", [E, WAIT, H, E]),
    ),
]

# Near cases: a place before a step, or before a teller who asks, or a time before a step.
PLACE_UNCHANGED = [
    (
        "At Millbrook Observatory, post the cancellation in #visitor-team whenever a stargazing"
        " night is flagged as cancelled.",
        (None, [C, S]),
    ),
    (
        "At 7am every day, fetch https://status.example-ops.com/api/health and post it in #ops.",
        ("0 7 * * *", [H, S]),
    ),
    (
        "At Rivermead we need the lesson hours emailed to payroll@example-rivermead.co.uk every"
        " Monday at 9am.",
        ("0 9 * * 1", [E]),
    ),
]

GOLDLEAF = (
    "If a refill request for a controlled drug comes in at Goldleaf Pharmacy, hold it until the"
    " pharmacist approves, then text the patient through the SMS webhook."
)

# "if a refill request for a controlled drug comes in": read as the event, the kind was lost.
KIND_ASKED_BY_IF = [
    (GOLDLEAF, (None, [C, SIGNAL, W])),
    (
        "If a booking for a private room comes in at the Oakwood Inn, email"
        " events@example-oakwoodinn.co.uk.",
        (None, [C, E]),
    ),
    (
        "If an order for an oversized sofa is placed on the Hartwell Furniture site, post it in"
        " #logistics.",
        (None, [C, S]),
    ),
    (
        "If a refund request comes in for a damaged parcel, wait for the depot manager to approve"
        " it, then email the customer.",
        (None, [C, SIGNAL, E]),
    ),
    (
        "Post it to the kitchen webhook if a cake order for a gluten-free sponge arrives.",
        (None, [C, W]),
    ),
    (
        "If a claim for a water-damaged phone is logged, text the claims team through the SMS"
        " webhook.",
        (None, [C, W]),
    ),
]

# Near cases: "when" names the event; a capitalised name or a day after "for" is no kind; an
# item of no kind stays the event.
KIND_UNCHANGED = [
    (
        "When a refill request for a controlled drug comes in, email the pharmacist at"
        " rx@example-goldleaf.co.uk.",
        (None, [E]),
    ),
    (
        "When a warranty claim comes in for a Brightforge kettle, email"
        " repairs@example-brightforge.com.",
        (None, [E]),
    ),
    (
        "If a booking comes in for a Saturday in June, email weddings@example-barn.co.uk.",
        (None, [C, E]),
    ),
    ("If a new order comes in, email sales@example-tarn.com.", (None, [E])),
    (
        "When a booking comes in for a private room, email events@example-oakwoodinn.co.uk.",
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_BEFORE_TELLER)
def test_a_place_before_the_teller_opens_a_story(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), PLACE_UNCHANGED)
def test_a_place_before_a_step_or_a_wish_keeps_its_reading(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), KIND_ASKED_BY_IF)
def test_if_before_an_item_of_a_kind_tests_the_kind(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not any("read as an event" in doubt for doubt in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), KIND_UNCHANGED)
def test_when_or_no_kind_keeps_the_event(text, expected):
    assert read(text) == expected
