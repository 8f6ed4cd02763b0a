"""Round 70: a field named by a compound whose first word looks like a verb ("email address",
"load weight", "post code") is one more field of the list a verb of taking opens, not a step;
and fields listed, then lifted off or from the item just named ("lift the haulier, load weight
and docket number off it"), are read out of it."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
X = "extract"
TOOLS = {"availableTools": [H, W, E]}

# "pick out the borrower's name, email address and book title": "email" heads a field here;
# read as a step, it sent an email and left "pick" as a transform of fields.
COMPOUND_FIELDS = [
    (
        "every Monday at 10:20, fetch the overdue loans from"
        " https://lms.example-bramblefordlibrary.org.uk/api/overdue, pick out the borrower's"
        " name, email address and book title from each record, and send them to the"
        " reminder-letters webhook.",
        ("20 10 * * 1", [H, X, W]),
    ),
    (
        "Every Friday at 6pm, pull the orders from https://shop.example-fernleaf.com/api/orders,"
        " pick out the customer's name, email address and order total from each order, and"
        " post them to the packing webhook.",
        ("0 18 * * 5", [H, X, W]),
    ),
    (
        "Each time a weighbridge ticket is uploaded, pull the driver, load weight and ticket"
        " number off it and post them to the yard webhook.",
        (None, [X, W]),
    ),
    (
        "Whenever a membership form is submitted, grab the member's name, post code and renewal"
        " date from it and send them to the members webhook.",
        (None, [X, W]),
    ),
    (
        "Whenever a booking form comes in, pick out the guest, email address and arrival date,"
        " and email them to front@example-harbourinn.co.uk.",
        (None, [X, E]),
    ),
]

# "lift the haulier, load weight and docket number off it": "lift" with fields listed and the
# item just named after "off" or "from" takes them out of it, as "lift … out of it" does.
LIFTED_OFF_IT = [
    (
        "Each time a scanned delivery docket is uploaded at Oakridge Timber Yard, lift the"
        " haulier, load weight and docket number off it and POST them to the weighbridge"
        " webhook.",
        (None, [X, W]),
    ),
    (
        "Whenever a signed lease is uploaded to the portal, pluck the tenant name, rent and start"
        " date off it and post them to the leases webhook.",
        (None, [X, W]),
    ),
    (
        "When a supplier invoice lands in the inbox, lift the supplier, total and due date from"
        " it and email them to accounts@example-marlowjoinery.co.uk.",
        (None, [X, E]),
    ),
    (
        "Every time a scanned permit arrives, lift the permit number and expiry date off it,"
        " then post them to the permits webhook.",
        (None, [X, W]),
    ),
    (
        "As soon as a batch of claim forms is uploaded, lift the claimant, policy number and"
        " loss date from them and send them to the claims webhook.",
        (None, [X, W]),
    ),
]

# Near cases: a verb-like word after a source, or with no field head after it, is a step.
UNCHANGED = [
    (
        "Every day at 9am, pull the invoices from https://books.example-tarn.com/api/invoices,"
        " email the totals to accounts@example-tarn.com and post them in #finance.",
        ("0 9 * * *", [H, E, S]),
    ),
    (
        "Every day at 9am, grab the sales from https://till.example-tarn.com/api/sales, post"
        " totals and margins in #finance.",
        ("0 9 * * *", [H, S]),
    ),
    (
        "Every day at 7am, fetch the parcels from https://post.example-tarn.com/api/parcels,"
        " post the list in #dispatch and email it to dispatch@example-tarn.com.",
        ("0 7 * * *", [H, S, E]),
    ),
    (
        "When a scanned docket is uploaded, extract the haulier and docket number and post them"
        " to the weighbridge webhook.",
        (None, [X, W]),
    ),
    # "after" in a label asks; "After that, …" opening the text is no label.
    ("After that, post the rota in #crew every Monday at 9am.", ("0 9 * * 1", [S])),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_FIELDS)
def test_a_verb_like_word_heading_a_field_names_one_more_field(text, expected):
    assert read(text, TOOLS) == expected
    assert confidence_of(text, TOOLS) >= 0.7
    assert doubts_of(text, TOOLS) == []


@pytest.mark.parametrize(("text", "expected"), LIFTED_OFF_IT)
def test_fields_lifted_off_the_item_just_named_are_extracted(text, expected):
    assert read(text, TOOLS) == expected
    assert confidence_of(text, TOOLS) >= 0.7
    assert doubts_of(text, TOOLS) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


LIBRARY = (
    "Long story short, the overdue letters at Brambleford Library used to be written by hand and"
    " half of them never went out. What I'm after: every Monday at 10:20, fetch the overdue loans"
    " from https://lms.example-bramblefordlibrary.org.uk/api/overdue, pick out the borrower's"
    " name, email address and book title from each record, and send them to the"
    " reminder-letters webhook. Much appreciated!"
)

# "What I'm after:": a label made only of asking, as "What I'd like:" is; read as an event,
# "after:" doubted the whole reading.
AFTER_LABEL = [
    (LIBRARY, ("20 10 * * 1", [H, X, W])),
    (
        "The kitchen keeps running out of oat milk. What I'm after: every day at 6am, fetch the"
        " stock from https://stock.example-fernleafcafe.com/api/levels and post it in #kitchen.",
        ("0 6 * * *", [H, S]),
    ),
    (
        "What we're after: every Friday at 5pm, pull the timesheets from"
        " https://hr.example-tarnbuild.co.uk/api/timesheets and email them to"
        " payroll@example-tarnbuild.co.uk.",
        ("0 17 * * 5", [H, E]),
    ),
    (
        "Volunteers forget their shifts all the time. What I'm after is: every Sunday at 7pm, get"
        " the rota from https://rota.example-ashfoodbank.org/api/week and post it in #volunteers.",
        ("0 19 * * 0", [H, S]),
    ),
    (
        "What I'm after: when a new order lands in Shopify, post it in #orders.",
        (None, [S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_LABEL)
def test_what_i_am_after_labels_the_request(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []
