"""Round 77: items told to be at an address, then fields wanted taken out of each ("…, and I need
the supplier, date and total pulled from each and emailed to …"): the want after the comma is a
step of its own, the last field before the participle is no verb ("and total pulled"), and the
fields taken "from each" are extracted, whatever verb of taking says so (pulled, extracted,
taken, read off)."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, X, E, S = "http.request", "extract", "email.send", "slack.post_message"

FIELDS_WANTED_FROM_EACH = [
    (
        "Can you run this once: the 1,200 scanned delivery notes for Tallow Builders are at"
        " https://docs.tallowbuilders.example/api/notes, and I need the supplier, date and total"
        " pulled from each and emailed to accounts@tallowbuilders.example.",
        (None, [H, X, E]),
    ),
    (
        "One-off: Brookvale Care's signed timesheets are at"
        " https://files.brookvale.example/api/timesheets, and we need the carer, hours and rate"
        " pulled from each and posted to #payroll.",
        (None, [H, X, S]),
    ),
    (
        "Just once: our 300 scanned receipts are at https://scans.larkhill.example/api/receipts,"
        " and I'd like the merchant, date and total extracted from each and emailed to"
        " finance@larkhill.example.",
        (None, [H, X, E]),
    ),
    (
        "One-off job: the claim forms are at https://forms.oakvale.example/api/claims; we want"
        " the policy number, claimant and amount taken from each and sent to"
        " claims@oakvale.example.",
        (None, [H, X, E]),
    ),
    (
        "Just once: the 80 inspection reports from Cobble Lane are at"
        " https://reports.cobblelane.example/api/inspections, and I need the inspector, grade and"
        " total read off each and shared in #inspections.",
        (None, [H, X, S]),
    ),
]

# Not fields taken out of items: a thing wanted sent as it is, data wanted fetched from an
# address, and the imperative that already read as an extraction.
UNCHANGED = [
    (
        "Just once: the delivery notes for Tallow Builders are at"
        " https://docs.tallowbuilders.example/api/notes, and I need them emailed to"
        " accounts@tallowbuilders.example.",
        (None, [H, E]),
    ),
    (
        "I need the open orders pulled from https://shop.tallow.example/api/orders and emailed to"
        " accounts@tallow.example.",
        (None, [H, E]),
    ),
    (
        "Pull the supplier, date and total from each delivery note at"
        " https://docs.tallowbuilders.example/api/notes and email them to"
        " accounts@tallowbuilders.example.",
        (None, [H, X, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS_WANTED_FROM_EACH)
def test_fields_wanted_from_each_are_extracted(text, expected):
    assert read(text) == expected
    assert doubts_of(text) == []
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
