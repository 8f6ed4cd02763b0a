"""Round 76: a plural noun opening a sentence before "that"/"which" is its subject, not an
imperative ("Requests that include a controlled drug must wait for …"), and "if" after a verb
of judging ("work out if it is a refund, a delivery or a complaint") asks which listed class
an item is, as "whether" does, rather than opening a test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, C, W = "email.send", "slack.post_message", "check_status", "webhook.post"
K, WAIT = "classify", "wait_for_signal"

# A plural noun with a relative clause, the whole subject of a wait for a word before sending.
PLURAL_SUBJECTS = [
    (
        "Requests that include a controlled drug must wait for the duty GP's sign-off before"
        " being sent on to the pharmacy webhook.",
        (None, [C, WAIT, W]),
    ),
    (
        "Refunds that exceed £500 must wait for the finance manager's approval before being"
        " sent to the payments webhook.",
        (None, [C, WAIT, W]),
    ),
    (
        "Posts that mention a competitor must wait for Dana's OK before being published to"
        " #social.",
        (None, [C, WAIT, S]),
    ),
    (
        "Claims which include a photo must wait for the adjuster's sign-off before being emailed"
        " to claims@example-insure.com.",
        (None, [C, WAIT, E]),
    ),
    (
        "Applications that include a criminal record check must wait for HR's approval before"
        " being sent on to the onboarding webhook.",
        (None, [C, WAIT, W]),
    ),
    # The same shape without the wait: the relative clause picks the items sent.
    ("Posts that mention pricing should be emailed to sales@example-shop.com.", (None, [C, E])),
    ("Emails that mention a refund go to #support.", (None, [C, S])),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_SUBJECTS)
def test_plural_subject_is_no_imperative(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.8


# "work out if …" between listed classes reads as "work out whether …" does.
JUDGED_IF = [
    "When a new ticket arrives, work out {} it is a refund, a delivery or a complaint and post"
    " it to #support.",
    "For every new email, figure out {} it's a sales lead, a support question or spam, then"
    " post it in #inbox.",
    "When a review comes in, determine {} it is positive, neutral or negative and email it to"
    " cx@example-cafe.com.",
    "work out {} each message is a booking, a cancellation or a question → post it in #desk",
    "Every new form submission: find out {} it's a job application or a supplier pitch and"
    " send it to hr@example-firm.com.",
]


@pytest.mark.parametrize("template", JUDGED_IF)
def test_judged_if_reads_as_whether(template):
    asked_if, asked_whether = template.format("if"), template.format("whether")
    assert read(asked_if)[1][0] == K
    assert read(asked_if) == read(asked_whether)
    assert confidence_of(asked_if) == confidence_of(asked_whether)


# Near cases that must not change.
def test_yes_or_no_asked_after_find_out_stays_a_check():
    text = "When a new ticket arrives, find out if the site is up or not and post it to #support."
    assert read(text)[1][-2:] == [C, S]


def test_if_after_the_judged_class_stays_a_test():
    text = (
        "When a new ticket arrives, work out the priority and post it to #support if it is urgent."
    )
    assert read(text) == (None, [K, C, S])


def test_subject_before_requests_that_stays_a_request():
    text = (
        "The registry office requests that each weekday at 08:45 the day's ceremony bookings be"
        " retrieved from https://ceremonies.example.gov.uk/api/bookings/today and emailed to"
        " registrars@example-council.gov.uk."
    )
    assert read(text) == ("45 8 * * 1-5", ["http.request", E])


def test_narrowed_lower_case_subject_unchanged():
    text = (
        "Repeat-prescription requests at Fernbank Surgery that include a controlled drug must"
        " wait for the duty GP's sign-off before being sent on to the pharmacy webhook."
    )
    assert read(text) == (None, [C, WAIT, W])


# An ask reported as the whole request ("My manager asked if we could …") reads as "could you …".
REPORTED_ASKS = [
    (
        "My manager asked if we could email her the stock levels from"
        " https://api.example-shop.com/stock every Friday at 9am.",
        ("0 9 * * 5", ["http.request", E]),
    ),
    (
        "The head chef asked if you could post the day's bookings from"
        " https://book.example-bistro.com/api/today in #kitchen every morning at 7.",
        ("0 7 * * *", ["http.request", S]),
    ),
    (
        "The practice manager was wondering if you could pull the missed appointments from"
        " https://pms.example-surgery.co.uk/api/dna each weekday at 5pm and post them in"
        " #reception.",
        ("0 17 * * 1-5", ["http.request", S]),
    ),
    (
        "Our coach has asked if we could email the squad the fixtures from"
        " https://league.example-club.org/api/fixtures every Thursday at 6pm.",
        ("0 18 * * 4", ["http.request", E]),
    ),
    (
        "The warden wondered if we could post the river levels from"
        " https://river.example-parks.gov.uk/api/levels in #rangers every day at 8am.",
        ("0 8 * * *", ["http.request", S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_ASKS)
def test_reported_ask_is_the_request(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.8


def test_asked_if_without_a_modal_stays_a_test():
    text = "Email the owner at boss@example-shop.com if the customer asked for a refund."
    assert read(text)[1] == [C, E]
