"""Round 75: a made thing whose particle comes after it ("put a report together on this week's
log"), which sums up dated data as "put together a report on …" does; and items that must wait
for someone's word before being sent on ("requests that include a controlled drug must wait for
the GP's sign-off before being sent on to the pharmacy webhook"), read as a test on the items, a
wait for the signal and the delivery."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, Q, C, E, S, W = (
    "http.request",
    "salesforce.query",
    "check_status",
    "email.send",
    "slack.post_message",
    "webhook.post",
)
REP, SUM, SIG = "generate_report", "summarize", "wait_for_signal"
HTTP_EMAIL = {"availableTools": [H, E]}
HTTP_SLACK = {"availableTools": [H, S]}
CRM_EMAIL = {"availableTools": [Q, E]}

# "put a report together on this week's wall-incident log": the particle after the made thing
# leaves it summing up the dated data, read first from the only source listed.
PARTICLE_AFTER = [
    (
        "Granite Loft Bouldering: at noon every Saturday, put a report together on this week's"
        " wall-incident log and shoot it over to safety@graniteloft.example.",
        HTTP_EMAIL,
        ("0 12 * * 6", [H, REP, E]),
    ),
    (
        "Every Monday at 9am, pull a summary together of last week's returns log and email it to"
        " ops@example-shopfront.com.",
        HTTP_EMAIL,
        ("0 9 * * 1", [H, SUM, E]),
    ),
    (
        "On the 1st of each month at 8am, put a report together covering last month's boiler"
        " service log and post it in #facilities.",
        HTTP_SLACK,
        ("0 8 1 * *", [H, REP, S]),
    ),
    (
        "Daily at 18:00, get a recap together on today's delivery log and send it to"
        " dispatch@example-vanline.com.",
        HTTP_EMAIL,
        ("0 18 * * *", [H, SUM, E]),
    ),
    (
        "Fridays at 5pm, put a digest together of this week's new sponsorship deals and email it"
        " to board@example-rowingclub.org.",
        CRM_EMAIL,
        ("0 17 * * 5", [Q, SUM, E]),
    ),
]

# The same wording with both sources listed, or none, or no dated data: nothing is fetched.
PARTICLE_AFTER_NO_FETCH = [
    (
        "At noon every Saturday, put a report together on this week's wall-incident log and email"
        " it to safety@graniteloft.example.",
        {},
        ("0 12 * * 6", [REP, E]),
    ),
    (
        "At noon every Saturday, put a report together on this week's wall-incident log and email"
        " it to safety@graniteloft.example.",
        {"availableTools": [H, Q, E]},
        ("0 12 * * 6", [REP, E]),
    ),
    (
        "At noon every Saturday, put a report together and email it to safety@graniteloft.example.",
        HTTP_EMAIL,
        ("0 12 * * 6", [REP, E]),
    ),
]

# "<items that …> must wait for <someone's word> before being sent on to <place>": the items
# picked are a test, the word a signal awaited, the sending the delivery after it.
WAIT_BEFORE_SENT = [
    (
        "Repeat-prescription requests at Marrowfield Surgery that include a controlled drug must"
        " wait for the duty GP's sign-off before being sent on to the pharmacy webhook.",
        (None, [C, SIG, W]),
    ),
    (
        "Expense claims over $500 must wait for the finance director's approval before being"
        " posted to the payments webhook.",
        (None, [C, SIG, W]),
    ),
    (
        "Refund requests that mention a chargeback have to wait for a manager's okay before going"
        " to #refunds.",
        (None, [C, SIG, S]),
    ),
    (
        "Leave requests longer than ten days should wait for HR's sign-off before they are emailed"
        " to payroll@example-joinery.co.uk.",
        (None, [C, SIG, E]),
    ),
    (
        "Any purchase order above £2,000 needs to wait for the owner's go-ahead before it is sent"
        " to the supplier webhook.",
        (None, [C, SIG, W]),
    ),
]

# No items picked: the wait and the delivery alone.
WAIT_BEFORE_SENT_NO_TEST = [
    (
        "Prescription requests must wait for the duty GP's sign-off before being sent on to the"
        " pharmacy webhook.",
        (None, [SIG, W]),
    ),
    (
        "Wait for the duty GP's sign-off before sending repeat-prescription requests on to the"
        " pharmacy webhook.",
        (None, [SIG, W]),
    ),
    (
        "Expense claims over $500 should be posted to the payments webhook.",
        (None, [C, W]),
    ),
    (
        "Hold repeat-prescription requests that include a controlled drug until the duty GP signs"
        " off, then send them on to the pharmacy webhook.",
        (None, [C, SIG, W]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), PARTICLE_AFTER)
def test_a_made_thing_with_its_particle_after_sums_up_dated_data(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "context", "expected"), PARTICLE_AFTER_NO_FETCH)
def test_a_made_thing_with_its_particle_after_fetches_only_from_the_only_source(
    text, context, expected
):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "expected"), WAIT_BEFORE_SENT)
def test_items_waiting_for_a_word_before_being_sent_are_tested_held_and_sent(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), WAIT_BEFORE_SENT_NO_TEST)
def test_a_wait_before_sending_with_no_items_picked_makes_no_test(text, expected):
    assert read(text) == expected
