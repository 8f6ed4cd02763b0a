"""Round 56: a thing left to sit until someone approves it ("the booking then sits until the
producer gives it the thumbs-up, after which it goes out to …"), a date or plan agreed with a
named party ("confirms the service date with Ashgrove Funeral Directors"), what a person asks
to do in a trigger ("asks to collect their pet"), and thanks joined to what the workflow is
worth ("Thanks so much, this will save us a lot of grief.")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, H, S, W, WS, WB = (
    "check_status",
    "email.send",
    "http.request",
    "slack.post_message",
    "wait",
    "wait_for_signal",
    "webhook.post",
)

HELD_UNTIL_APPROVED = [
    (
        "Once a session is booked at Fathom Sound Studios, email the engineer the session brief; "
        "the booking then sits until the producer gives it the thumbs-up, after which it goes "
        "out to the studio-calendar webhook.",
        [E, WS, WB],
    ),
    (
        "When an invoice arrives, email the approver a copy; the invoice then sits until the "
        "director gives it the thumbs-up, after which it goes out to the payments webhook.",
        [E, WS, WB],
    ),
    (
        "Whenever a draft is uploaded, email the editor a link. The draft stays put until the "
        "editor approves it, after which post it in #published.",
        [E, WS, S],
    ),
    (
        "When a refund request comes in, post it in #refunds; the request remains on hold "
        "until finance signs it off, then email the customer the confirmation.",
        [S, WS, E],
    ),
    (
        "When a new listing is submitted, email the agent a receipt; it then waits until the "
        "manager approves it, after which it goes to the listings webhook.",
        [E, WS, WB],
    ),
]


@pytest.mark.parametrize(("text", "actions"), HELD_UNTIL_APPROVED)
def test_a_thing_left_to_sit_until_approved_is_a_wait(text: str, actions: list[str]) -> None:
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


PARTY_AGREED_WITH = [
    (
        "When a family confirms the service date with Ashgrove Funeral Directors, email them the "
        "order-of-service proof; a week on, send a gentle follow-up by text through the SMS "
        "webhook.",
        [E, W, WB],
    ),
    (
        "When a tenant confirms the move-in date with Harbour Lettings, email them the welcome "
        "pack; two days later, post a reminder in #lettings.",
        [E, W, S],
    ),
    (
        "Whenever a couple finalises the menu with Rosewood Catering, email them the invoice.",
        [E],
    ),
    (
        "Once a student agrees the project title with Professor Okafor, post it in #projects.",
        [S],
    ),
    (
        "When a patient reserves a slot with Dr Patel, email the clinic a note and post it in "
        "#clinic.",
        [E, S],
    ),
]


@pytest.mark.parametrize(("text", "actions"), PARTY_AGREED_WITH)
def test_who_a_thing_is_agreed_with_is_no_test(text: str, actions: list[str]) -> None:
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


WISHED_DOINGS = [
    (
        "Whenever an owner asks to collect their pet from the Willowbank Vets ward, wait for the "
        "duty vet to confirm discharge, then email the owner the aftercare notes and post the "
        "collection time in #reception.",
        [WS, E, S],
    ),
    (
        "When a customer asks to collect their parcel from the depot, email them the pickup code.",
        [E],
    ),
    (
        "When a client wants to pull their records, email them the request form.",
        [E],
    ),
    (
        "Whenever a member requests to fetch their locker key from reception, post it in #desk.",
        [S],
    ),
    (
        "When a guest would like to collect their luggage from storage, email the porter the "
        "ticket number.",
        [E],
    ),
]


@pytest.mark.parametrize(("text", "actions"), WISHED_DOINGS)
def test_what_a_person_asks_to_do_is_part_of_the_trigger(text: str, actions: list[str]) -> None:
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


THANKS_AND_WORTH = [
    (
        "Background: our lab at the Halvorsen Institute lost a whole batch of antibody samples "
        "last spring because a -80 freezer crept up overnight and nobody noticed until the "
        "morning shift. From now on, every 10 minutes, read the freezer temperatures from "
        "https://freezers.example-halvorseninstitute.org/api/temps and, if any unit is warmer "
        "than -70\u00b0C, fire the on-call pager webhook and also email "
        "labmanager@example-halvorseninstitute.org. Thanks so much, this will save us a lot of "
        "grief.",
        "*/10 * * * *",
        [H, C, WB, E],
    ),
    (
        "Every Monday at 9am, email the weekly rota to staff@example.com. Thank you, it will "
        "save us a lot of hassle.",
        "0 9 * * 1",
        [E],
    ),
    (
        "When a form is submitted, post it in #forms. Cheers \u2014 that'd spare the team hours "
        "of chasing.",
        None,
        [S],
    ),
    (
        "Every day at 6pm, post the open tickets in #support. Thanks a lot, this would save me "
        "so much stress.",
        "0 18 * * *",
        [S],
    ),
    (
        "When an order ships, email the customer the tracking link. Many thanks, it'll free up "
        "our Friday afternoons.",
        None,
        [E],
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), THANKS_AND_WORTH)
def test_thanks_with_what_the_workflow_is_worth_is_no_step(
    text: str, cron: str | None, actions: list[str]
) -> None:
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # No approval awaited: the thing sitting somewhere is no wait.
        ("When a booking is made, email the engineer the brief and post it in #studio.", [E, S]),
        # "with" and a thing (not a party) still says which events count.
        ("When a customer confirms the order with a coupon, email them the receipt.", [C, E]),
        # A step after a comma is still a step, "asks" or not.
        ("When a customer asks for a refund, pull their order from Stripe and email them.", None),
        # Thanks that save things somewhere is a step ("save them to the sheet").
        (
            "When a form comes in, post it in #forms. Thanks, and save it to the sheet too.",
            None,
        ),
    ],
)
def test_near_cases_keep_their_reading(text: str, actions: list[str] | None) -> None:
    if actions is not None:
        assert read(text)[1] == actions
