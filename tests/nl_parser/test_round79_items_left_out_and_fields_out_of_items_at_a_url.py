"""Round 79: a participle of leaving out after a delivery, with its items quantified ("…,
ignoring any complimentary passes", "…, skipping the test orders"), picks which delivered items
go, as it did without the quantifier; and fields taken out of (or off each of) items that live
at a URL ("pull the model number and purchase date out of the warranty cards at https://…") are
extracted from what the URL returns, not fetched as they stand."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
X = "extract"

# ", ignoring any X" was cut off as a step of an unknown verb, and the exclusion was lost.
LEFT_OUT = [
    (
        "Every night at 23:30, send studio@peakformyoga.example today's new memberhips from"
        " https://members.peakformyoga.example/api/today, ignoring any complimentary passes.",
        ("30 23 * * *", [H, C, E]),
    ),
    (
        "Every morning at 8, post today's orders from https://shop.example/api/orders to #ops,"
        " skipping any test orders.",
        ("0 8 * * *", [H, C, S]),
    ),
    (
        "Each Friday at 17:00, email finance@acme.example this week's invoices from"
        " https://billing.acme.example/api/invoices, excluding the voided ones.",
        ("0 17 * * 5", [H, C, E]),
    ),
    (
        "Every hour, send the new tickets from https://desk.example/api/tickets to the triage"
        " webhook, ignoring all spam tickets.",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "Daily at 07:00, email ops@lindenworks.example the overnight alerts from"
        " https://mon.lindenworks.example/api/alerts, disregarding any test alerts.",
        ("0 7 * * *", [H, C, E]),
    ),
    (
        "At 9am on weekdays, post yesterday's signups from https://app.example/api/signups in"
        " #growth, omitting the internal accounts.",
        ("0 9 * * 1-5", [H, C, S]),
    ),
]

# "pull the model number … out of the 900 warranty cards at https://…": the URL is where the
# cards are, so the fields are read out of them; "out of https://…" still reads a system.
OUT_OF_ITEMS_AT_A_URL = [
    (
        "One-off: pull the model number and purchase date out of the 900 warranty cards at"
        " https://scans.homeforgeappliances.example/api/warranty and send them to the"
        " product-registration webhook.",
        (None, [H, X, W]),
    ),
    (
        "Just once: grab the serial number and fault code out of the 250 repair tickets at"
        " https://repairs.example/api/tickets and email them to service@fixwell.example.",
        (None, [H, X, E]),
    ),
    (
        "Every Monday at 9, pull the supplier, date and amount out of the receipts at"
        " https://expenses.example/api/receipts and send them to the accounts webhook.",
        ("0 9 * * 1", [H, X, W]),
    ),
    (
        "Pull the tag number and weight off each ear-tag record at https://farm.example/api/tags"
        " and post them to #herd.",
        (None, [H, X, S]),
    ),
    (
        "One time: get the author and publication year from each catalogue card at"
        " https://library.example/api/cards and email them to archive@oakshelf.example.",
        (None, [H, X, E]),
    ),
]

UNCHANGED = [
    (
        "Every night at 23:30, send studio@peakformyoga.example today's new memberships from"
        " https://members.peakformyoga.example/api/today.",
        ("30 23 * * *", [H, E]),
    ),
    (
        "Every morning at 8, post today's orders from https://shop.example/api/orders to #ops,"
        " skipping test orders.",
        ("0 8 * * *", [H, C, S]),
    ),
    (
        "pull the orders out of https://shop.example/api/orders and post them to #ops.",
        (None, [H, S]),
    ),
    (
        "pull today's orders from the shop API at https://shop.example/api/orders and post them"
        " to #ops.",
        (None, [H, S]),
    ),
    (
        "pull the model number and purchase date out of the warranty cards and send them to the"
        " product-registration webhook.",
        (None, [X, W]),
    ),
    (
        "Every day at 6, fetch the price and stock from each supplier API at"
        " https://suppliers.example/api/stock and email them to buying@larder.example.",
        ("0 6 * * *", [H, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEFT_OUT)
def test_items_left_out_after_a_delivery_are_not_sent(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), OUT_OF_ITEMS_AT_A_URL)
def test_fields_out_of_items_at_a_url_are_extracted(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
