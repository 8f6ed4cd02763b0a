"""Round 80: a class of two words named as a later delivery's subject ("seat changes go to …")
takes its own test; "anything further / heavier / warmer" after a comparison is its other side;
"enquiries originating outside the UK" picks items by where they come from; and a class left
alone after the other classes were routed ("Billing ones can be ignored.") makes no step."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, K, C, S, E, W, X = (
    "http.request",
    "classify",
    "check_status",
    "slack.post_message",
    "email.send",
    "webhook.post",
    "extract",
)

# "<class of two words, plural> go to …" after another class was routed: a test of its own.
MANY_WORD_CLASS_ROUTED = [
    (
        "Every message landing in the Calderwood Philharmonic box-office inbox should be sorted"
        " into refund request, seat change or general question. Refund requests get forwarded to"
        " refunds@calderwoodphil.example, and seat changes go to the ticketing webhook.",
        (None, [K, C, E, C, W]),
    ),
    (
        "Sort every new ticket into bug report, feature request or question. Bug reports go to"
        " #bugs, and feature requests go to product@x.example.",
        (None, [K, C, S, C, E]),
    ),
    (
        "Tag every new support email as password reset, billing question or other. Email"
        " password resets to it@x.example and post billing questions in #billing.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Label each incoming enquiry as wedding booking, corporate event or other. Wedding"
        " bookings get emailed to weddings@hotel.example, and corporate events go to the events"
        " webhook.",
        (None, [K, C, E, C, W]),
    ),
    (
        "Classify every new claim as water damage, storm damage or theft. Send water damage"
        " claims to #plumbing-claims and email storm damage claims to storms@insure.example.",
        (None, [K, C, S, C, E]),
    ),
]

# "… under N …; anything further / heavier / warmer …": the other side of the comparison.
FAR_SIDE_OF_A_COMPARISON = [
    (
        "Pickup booked with Swiftvial Couriers \u2014 collections under 25 miles from the depot go"
        " to the bike-rider webhook; anything further gets emailed to vans@swiftvial.example.",
        (None, [C, W, C, E]),
    ),
    (
        "When a delivery is booked, orders under 5 km from the shop go to the cargo-bike webhook;"
        " anything further gets emailed to vans@x.example.",
        (None, [C, W, C, E]),
    ),
    (
        "When a parcel is booked in, parcels under 2 kg go to #small-parcels and anything heavier"
        " gets emailed to freight@x.example.",
        (None, [C, S, C, E]),
    ),
    (
        "Every hour, fetch the cold-room readings from https://sensors.example.com/api/cold;"
        " readings below 5\u00b0C go to #kitchen, anything warmer gets posted to the alarm"
        " webhook.",
        ("0 * * * *", [H, C, S, C, W]),
    ),
    (
        "When a quote request arrives, quotes under \u00a3500 go to #sales. Anything pricier gets"
        " emailed to manager@x.example.",
        (None, [C, S, C, E]),
    ),
]

# "<items> originating outside / coming from <place>": where they come from picks them.
PICKED_BY_ORIGIN = [
    (
        "POLICY \u2014 Bellows & Pipe Organ Builders, Workshop. Upon receipt of a restoration"
        " enquiry, the key details (church, organ make, number of ranks) are to be extracted and"
        " forwarded to the estimating webhook. Enquiries originating outside the UK shall"
        " additionally be e-mailed to export@bellowspipe.example.",
        (None, [X, W, C, E]),
    ),
    (
        "When a restoration enquiry arrives, extract the key details and forward them to the"
        " estimating webhook. Enquiries originating outside the UK should also be emailed to"
        " export@x.example.",
        (None, [X, W, C, E]),
    ),
    (
        "When a booking request arrives, extract the guest name and dates and send them to the"
        " bookings webhook. Also email requests coming from outside Europe to intl@x.example.",
        (None, [X, W, C, E]),
    ),
    (
        "When a supplier invoice lands in the AP inbox, pull out the supplier, total and due date"
        " and post them in #payables. Email invoices arriving from outside the EU to"
        " vat@x.example as well.",
        (None, [X, S, C, E]),
    ),
    (
        "Upon receipt of a wholesale order, the order lines are to be extracted and sent to the"
        " fulfilment webhook. Orders originating within Scotland shall also be e-mailed to"
        " scotland@x.example.",
        (None, [X, W, C, E]),
    ),
]

# "<class> can be ignored" last, after the other classes were routed: no step.
CLASS_LEFT_ALONE_LAST = [
    (
        "Triage every incoming support chat at Pixelpost Printing as billing, artwork or"
        " delivery. Artwork chats \u2192 #prepress. Delivery chats \u2192"
        " dispatch@pixelpost.example. Billing ones can be ignored.",
        (None, [K, C, S, C, E]),
    ),
    (
        "Triage every incoming support chat as billing, artwork or delivery. Artwork chats go to"
        " #prepress. Delivery chats go to dispatch@pixelpost.example. Ignore billing ones.",
        (None, [K, C, S, C, E]),
    ),
    (
        "Sort each new ticket into bug, feature or spam. Post bugs in #dev and email features to"
        " product@x.example; spam can be ignored.",
        (None, [K, C, S, C, E]),
    ),
    (
        "When a review comes in, classify it as positive, negative or neutral. Negative reviews"
        " go to the care webhook, positive ones get posted in #wins, and neutral ones can be"
        " skipped.",
        (None, [K, C, W, C, S]),
    ),
    (
        "Classify every incoming email as invoice, receipt or newsletter. Email invoices to"
        " ap@x.example and post receipts in #expenses. Newsletters should be ignored.",
        (None, [K, C, E, C, S]),
    ),
]

# Near cases: the same shapes without the construction, read as before.
NEAR = [
    # The same class of two words named twice: one test, not two.
    (
        "Sort every new ticket into bug report, feature request or question. Bug reports go to"
        " #bugs, and bug reports also go to dev@x.example.",
        (None, [K, C, S, E]),
    ),
    # The comparison alone, nothing on its other side.
    (
        "When a parcel is booked in, parcels under 2 kg go to #small-parcels.",
        (None, [C, S]),
    ),
    # No comparison before: "anything further" picks nothing.
    (
        "When a parcel is booked in, post it to #parcels and email anything further to"
        " ops@x.example.",
        (None, [S, E]),
    ),
    # Every enquiry is emailed: no origin, no test.
    (
        "Upon receipt of a restoration enquiry, the key details are to be extracted and forwarded"
        " to the estimating webhook. Enquiries shall additionally be e-mailed to"
        " export@bellowspipe.example.",
        (None, [X, W, E]),
    ),
    # A class dropped before the rest is sent keeps its one test.
    (
        "Classify every incoming email as spam or not spam. Skip the spam ones and post the rest"
        " in #inbox.",
        (None, [K, C, S]),
    ),
    (
        "Classify every incoming email as invoice, receipt or newsletter. Ignore newsletters and"
        " email the rest to ap@x.example.",
        (None, [K, C, E]),
    ),
]

READ_WHOLE = MANY_WORD_CLASS_ROUTED + FAR_SIDE_OF_A_COMPARISON + PICKED_BY_ORIGIN
READ_WHOLE += CLASS_LEFT_ALONE_LAST
# The courier's heading ("Pickup booked with Swiftvial Couriers —") is still left unread.
CONFIDENT = [case for case in READ_WHOLE if not case[0].startswith("Pickup booked")]


@pytest.mark.parametrize(("text", "expected"), READ_WHOLE)
def test_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONFIDENT)
def test_no_doubt_when_read(text, expected):
    assert not doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), CONFIDENT)
def test_confident_when_read(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected
