"""Round 88: "<items> need triaging:" (or "need sorting / to be classified", before the routes
after the colon) is the sort of those items, as "triage <items>:" is; and a class named by a few
plain nouns joined by "and" ("burst pipes and leaks go straight to …") is one subject."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

K, C, S, E, W = "classify", "check_status", "slack.post_message", "email.send", "webhook.post"

SORT_NEEDED_FIRST = [
    (
        "Incoming callout requests for Drip Doctors Plumbing need triaging: burst pipes and"
        " leaks go straight to the emergency pager webhook, and every other request gets emailed"
        " to bookings@dripdoctors.example.",
        (None, [K, C, W, C, E]),
    ),
    (
        "New support tickets need sorting: outages go straight to the on-call webhook, and"
        " everything else gets posted in #support-queue.",
        (None, [K, C, W, C, S]),
    ),
    (
        "Guest messages at the Harbour Inn need to be triaged: complaints and refunds go to"
        " manager@harbourinn.example, and every other message gets posted in #front-desk.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Our incoming vet enquiries need classifying: injuries go straight to the emergency"
        " webhook, and every other enquiry gets emailed to desk@pawclinic.example.",
        (None, [K, C, W, C, E]),
    ),
    (
        "Each new insurance claim needs categorising: floods and fires go straight to the"
        " adjuster webhook, and every other claim gets posted in #claims.",
        (None, [K, C, W, C, S]),
    ),
]

ALL = SORT_NEEDED_FIRST


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_round88_sorts_needed_first_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_round88_sorts_needed_first_stay_confident(text, expected):
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)


def test_a_need_of_something_else_is_no_sort():
    text = "New invoices need approving: email them to finance@x.example."
    assert K not in read(text)[1]


def test_the_sort_asked_plainly_still_sorts():
    text = (
        "Triage incoming callout requests: leaks go straight to the emergency pager webhook,"
        " and every other request gets emailed to bookings@x.example."
    )
    assert read(text) == (None, [K, C, W, C, E])


def test_two_steps_joined_by_and_still_split():
    text = "Pull the open orders from https://x.example/orders and email them to ops@x.example."
    assert read(text) == (None, ["http.request", E])


def test_items_and_their_delivery_after_a_comma_still_split():
    text = "When a ticket is closed, summarise it, and the summary goes to the archive webhook."
    assert read(text)[1][-1] == W
