"""Round 87: how things are, then ", so" and the request's verb ("X gets a mix of enquiries, so
label each …") is told before the request; items handed over ("Here are 3,000 emails from … —
tag each …") ask for nothing; a class after a sort heading its place after a colon ("emergency:
pager webhook") is that place's test, not a test alone; and the business an item is at ("any
gown order at Veil & Vow Bridal flagged …") is no word of the test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, S, E = "http.request", "check_status", "webhook.post", "slack.post_message", "email.send"
K, X = "classify", "extract"

# "<how things are>, so <verb> …": the request starts at its verb.
TOLD_THEN_SO_VERB = [
    (
        "Loudbox Podcast Studios gets a mix of enquiries, so label each new one as recording,"
        " editing or equipment hire. Equipment-hire enquiries should be emailed to"
        " gear@loudboxstudios.example; the rest can go in #bookings.",
        (None, [K, C, E, C, S]),
    ),
    (
        "We get a lot of enquiries, so label each one as recording or editing. Recording ones"
        " go to #studio.",
        (None, [K, C, S]),
    ),
    (
        "The front desk receives dozens of calls a day, so tag each voicemail as sales, support"
        " or spam and send the sales ones to sales@acme.example.",
        (None, [K, C, E]),
    ),
    (
        "Our shop has loads of returns, so sort each one into damaged, wrong size or changed"
        " mind. Damaged ones go to #warehouse.",
        (None, [K, C, S]),
    ),
    (
        "We run a bakery. The shop gets lots of orders, so tag each as wholesale or retail and"
        " email the wholesale ones to trade@bake.example.",
        (None, [K, C, E]),
    ),
    (
        "The inbox is always full of invoices, so extract the total from each and post it to"
        " #finance.",
        (None, [X, S]),
    ),
]

# "Here are / here's <items> —": what the run is given, before the request.
ITEMS_HANDED_OVER = [
    (
        "Here are 3,000 emails from the Quickhop Scooters support inbox \u2014 tag each as"
        " billing, damage or lost item, and forward the damage ones to"
        " fleet@quickhopscooters.example.",
        (None, [K, C, E]),
    ),
    (
        "Here's a batch of 200 reviews from our shop \u2014 label each as positive or negative"
        " and post the negative ones to #cx.",
        (None, [K, C, S]),
    ),
    (
        "Here are last month's 450 survey replies: tag each as praise, complaint or idea, and"
        " email the complaints to care@hotel.example.",
        (None, [K, C, E]),
    ),
    (
        "Here is an export of 1,200 tickets from the helpdesk. Sort each into bug, billing or"
        " question and post the bugs in #dev.",
        (None, [K, C, S]),
    ),
    (
        "here are about 80 voicemails from the weekend - classify each as urgent or routine and"
        " text the urgent ones via the sms webhook",
        (None, [K, C, W]),
    ),
]

# "<class>: <place>" after a sort: the class's test, then its delivery.
CLASS_HEADING_ITS_PLACE = [
    (
        "Inbound quote requests for Oakhart Tree Surgeons:\n\u2192 triage each as emergency /"
        " routine / not-for-us\n\u2192 emergency: pager webhook\n\u2192 routine:"
        " quotes@oakharttrees.example",
        (None, [K, C, W, C, E]),
    ),
    (
        "Triage each request as emergency or routine. Emergency: pager webhook. Routine: #quotes.",
        (None, [K, C, W, C, S]),
    ),
    (
        "Incoming support chats:\n- tag each as bug / billing / other\n- bug: sms webhook\n-"
        " billing: #finance",
        (None, [K, C, W, C, S]),
    ),
    (
        "Sort every new lead into hot, warm or cold; hot: Slack #sales; warm: leads@acme.example.",
        (None, [K, C, S, C, E]),
    ),
    (
        "Label each review as positive or negative. Negative: email care@shop.example."
        " Positive: #wins.",
        (None, [K, C, E, C, S]),
    ),
]

# "Any <item> at <Business> <state> → …": the item alone is tested.
ITEM_AT_A_BUSINESS = [
    (
        "Any gown order at Veil & Vow Bridal flagged 'supplier delay' \u2192 heads-up to"
        " consultants@veilandvow.example + a note in #alterations",
        (None, [C, E, S]),
    ),
    (
        "Any gown order at Harbour Bridal flagged 'supplier delay' \u2192 email"
        " consultants@harbour.example",
        (None, [C, E]),
    ),
    (
        "Every booking at Harbour Lights Cinema marked 'refund requested' \u2192 email"
        " box@hl.example",
        (None, [C, E]),
    ),
    (
        "Any parcel at Swift & Co Couriers tagged 'damaged' \u2192 a note in #claims + email"
        " claims@swift.example",
        (None, [C, S, E]),
    ),
    (
        "Each ticket at Brightdesk Support flagged 'urgent' \u2192 post in #escalations",
        (None, [C, S]),
    ),
]

ALL = TOLD_THEN_SO_VERB + ITEMS_HANDED_OVER + CLASS_HEADING_ITS_PLACE + ITEM_AT_A_BUSINESS


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_round87_constructions_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_round87_right_answers_stay_confident(text, expected):
    assert confidence_of(text) >= 0.8
    assert not [d for d in doubts_of(text) if "background" in d or "not understood" in d]


def test_a_told_day_before_so_still_makes_the_schedule():
    # "We meet every Monday, so post …": the told day may be the run's; left as it was.
    assert read("We meet every Monday, so post the agenda to #team.")[0] == "0 9 * * 1"


def test_a_subset_before_so_is_no_telling():
    # No verb of how things are: "Orders over $500" is the subset tested.
    assert read("Orders over $500, so email them to boss@x.example") == (None, [C, E])


def test_items_handed_over_at_an_address_are_fetched():
    text = (
        "Here are the orders at https://shop.example/api/orders \u2014 tag each as big or small"
        " and post the big ones to #sales."
    )
    assert read(text)[1][0] == H


def test_here_is_what_i_need_is_still_a_label_of_asking():
    text = (
        "Here's what I need: tag each email as billing or damage and post the damage ones to"
        " #fleet."
    )
    assert read(text) == (None, [K, C, S])


def test_a_class_named_alone_before_its_step_still_tests():
    text = "tag as billing / bug / how-to \u2192 bugs \u2192 POST to the bug webhook"
    assert read(text) == (None, [K, C, W])
