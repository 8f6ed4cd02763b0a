"""Round 51: "once the surveyor confirms …" after a step is a wait for word back, a headline
"New X and it's Y?" is the event and its test, "5 days later, still no reply?" waits then tests,
and "New trial booking at the agency →" heads the text as its trigger."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S = "http.request", "check_status", "webhook.post", "email.send", "slack.post_message"
WAIT, SIGNAL = "wait", "wait_for_signal"

# "…; once the surveyor confirms the visit is done, push …": after a step, someone sending word
# back (confirms, replies, accepts, says yes) is what the run waits for, not a second trigger.
WORD_BACK = [
    (
        "When a homeowner requests a roofing quote, email them our survey booking link; once the"
        " surveyor confirms the visit is done, push the job to the quoting webhook at"
        " https://quotes.example-ridgetileroofing.co.uk/hooks/new.",
        (None, [E, SIGNAL, W]),
    ),
    (
        "When a patient books a scan, email them the prep sheet, and after the radiographer has"
        " confirmed the slot, post the booking in #imaging.",
        (None, [E, SIGNAL, S]),
    ),
    (
        "New wedding enquiry from the website: post it in #weddings, then when the couple says"
        " yes to the quote, email them the contract.",
        (None, [S, SIGNAL, E]),
    ),
    (
        "When a student enrols, email them the timetable; once the tutor accepts the booking,"
        " post it to #tutoring.",
        (None, [E, SIGNAL, S]),
    ),
    (
        "When a supplier signs up, email them our terms; as soon as their account manager"
        " replies, post the supplier in #procurement.",
        (None, [E, SIGNAL, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORD_BACK)
def test_word_back_after_a_step_is_awaited(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


def test_someone_confirming_first_is_the_trigger() -> None:
    # Near case: with no step before it, the same words are the event.
    text = (
        "When the surveyor confirms the visit is done, push the job to the quoting webhook at"
        " https://quotes.example-roofing.co.uk/hooks/new."
    )
    assert read(text) == (None, [W])


# "New booking request at Inkwell Tattoo and it's a cover-up job?": an item named as a headline
# and its state after "and it's" are the event and its test, as "when … and it's …" are.
HEADLINE_AND_ITS_STATE = [
    (
        "New booking request at Inkwell Tattoo and it's a cover-up job? Hold off until the artist"
        " has looked at photos of the old tattoo and said yes, then shoot the client the deposit"
        " link by email.",
        (None, [C, SIGNAL, E]),
    ),
    (
        "New booking request and it's a cover-up job? Email the client the deposit link.",
        (None, [C, E]),
    ),
    (
        "New booking request at Inkwell Tattoo and it's urgent? Email the client the deposit link.",
        (None, [C, E]),
    ),
    ("Fresh lead from the expo and they're in Germany? Post it in #dach-sales.", (None, [C, S])),
    (
        "New support ticket from a VIP and it's about billing? Email billing@example-desk.com.",
        (None, [C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_AND_ITS_STATE)
def test_headline_and_its_state_is_event_and_test(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.85


def test_headline_with_its_state_in_when_is_unchanged() -> None:
    text = (
        "When a new booking request comes in and it's a cover-up job, email the client the"
        " deposit link."
    )
    assert read(text) == (None, [C, E])


# "→ 5 days later, still no paid block booked? → slack …": the span waits, the question after
# its comma tests that none of the thing is there; "New X at the place →" is the trigger.
LATER_QUESTION = [
    (
        "New trial booking at the tutoring agency → welcome pack to the parent by email → 5 days"
        " later, still no paid block booked? → slack #tutor-coordinators",
        (None, [E, WAIT, C, S]),
    ),
    (
        "New lead → email the welcome pack → wait 5 days → still no reply? → slack #sales",
        (None, [E, WAIT, C, S]),
    ),
    (
        "New signup on the app → welcome pack by email → 3 days later, still no first order"
        " placed? → post in #growth",
        (None, [E, WAIT, C, S]),
    ),
    (
        "When a trial booking comes in, email the parent the welcome pack; 5 days later, still no"
        " paid block booked? Post in #tutor-coordinators.",
        (None, [E, WAIT, C, S]),
    ),
    (
        "When an invoice is sent, email the client a copy; a week later, still no payment"
        " received? Email accounts@example-books.com.",
        (None, [E, WAIT, C, E]),
    ),
    (
        "When a lead comes in, email them the welcome pack; 3 days later, if still no reply, post"
        " in #sales.",
        (None, [E, WAIT, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LATER_QUESTION)
def test_later_question_waits_then_tests(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.85
    assert doubts_of(text) == []


# Near cases: no question, or a plain wait, make no test.
NO_QUESTION = [
    (
        "New trial booking at the tutoring agency → welcome pack to the parent by email → 5 days"
        " later → slack #tutor-coordinators",
        (None, [E, WAIT, S]),
    ),
    (
        "When a lead comes in, email them the welcome pack, then 3 days later post in #sales.",
        (None, [E, WAIT, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_QUESTION)
def test_no_question_makes_no_test(text: str, expected: tuple) -> None:
    assert read(text) == expected
