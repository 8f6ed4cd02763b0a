"""Round 75: a label of background may drop its article ("Bit of background:", "Little bit of
context:"), and the story after it (how things stand, what it cost last time) is told; a bare
plural sent somewhere before "everything else" ("Complaints go to #complaints, everything else
lands in #general") is a kind picked from the items, so both branches are tested, and "lands in
#x" after "everything else" sends the rest there."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
K = "classify"

# The label read only with "A bit of …"; the story's cost ("nearly £2,000") warned as a
# condition, and its "nobody looks at the numbers" was read as a second call.
UNARTICLED_BACKGROUND_LABELS = [
    (
        "Bit of background: I run the office for Copperbeck Veterinary Group across three"
        " branches. The vaccine fridges log their temperatures automatically, but honestly"
        " nobody looks at the numbers until a batch has already spoiled, and last month that cost"
        " us nearly £2,000. Could we set it up so that every 30 minutes, around the clock, the"
        " readings at https://coldchain.copperbeckvets.example/api/fridges get checked, and if any"
        " fridge is above 8°C the on-call nurse is paged through the pager webhook and the"
        " practice manager gets an email at pm@copperbeckvets.example? Many thanks in advance.",
        ("*/30 * * * *", [H, C, W, E]),
    ),
    (
        "Bit of context: I manage the kitchen at Harlow Court care home. The walk-in freezer"
        " records its own temperature, but nobody reads the log until food has already thawed,"
        " and last winter that cost us about £1,500 in stock. Could you set it up so that every"
        " 15 minutes the readings at https://freezer.example-harlowcourt.org/api/temps get"
        " checked, and if the freezer is above -15°C the kitchen lead gets an email at"
        " kitchen@example-harlowcourt.org?",
        ("*/15 * * * *", [H, C, E]),
    ),
    (
        "Little bit of background: we grow seedlings in three greenhouses at Pellow Nurseries."
        " The heaters switch on by themselves, but nobody checks the temperatures overnight, and"
        " two years ago a frost killed nearly 3,000 seedlings. Every hour, fetch the temperatures"
        " from https://glass.example-pellow.co.uk/api/temps and email grower@example-pellow.co.uk"
        " if any greenhouse is below 4°C.",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "Bit of background — our bakery sells online. Orders come in all night, but nobody looks"
        " at the stock levels until we run out, and last month that lost us around £800 of sales."
        " Each morning at 5, pull the stock levels from"
        " https://stock.example-crumbandco.com/api/levels and post in #bakers if any item is"
        " below 10.",
        ("0 5 * * *", [H, C, S]),
    ),
    (
        "Bit of context first: The Old Forge Gym has two saunas. The heaters log their"
        " temperature automatically, but honestly no one reads it, and last year a fault cost us"
        " nearly £4,000 in repairs. Every 10 minutes, check"
        " https://sauna.example-oldforge.com/api/heat and trigger the maintenance webhook if any"
        " sauna is above 95°C.",
        ("*/10 * * * *", [H, C, W]),
    ),
    (
        "Bit of background: the pumps at Lyle Marina report their pressure to a dashboard, but"
        " nobody watches it overnight, and last spring a burst pipe cost us over £6,000. Every 20"
        " minutes, fetch the pressures from https://pumps.example-lylemarina.com/api/pressure and"
        " page the engineer through the pager webhook if any pump is above 4 bar.",
        ("*/20 * * * *", [H, C, W]),
    ),
]

# "Complaints go to #complaints, everything else lands in #general": "lands in" was no
# delivery (nothing posted to #general), and with "goes to" the two posts had no tests.
BARE_KINDS_BEFORE_THE_REST = [
    (
        "Whenever a message comes in to the support inbox, complaints go to #complaints,"
        " everything else lands in #general.",
        (None, [C, S, C, S]),
    ),
    (
        "Whenever a message comes in to the support inbox, Complaints go to #complaints,"
        " everything else goes to #general.",
        (None, [C, S, C, S]),
    ),
    (
        "When a new review is posted, complaints go to #complaints and everything else goes to"
        " #general.",
        (None, [C, S, C, S]),
    ),
    (
        "Whenever a form is submitted on the website, refunds go to #refunds, everything else"
        " lands in #front-desk.",
        (None, [C, S, C, S]),
    ),
    (
        "Each time a ticket arrives in the helpdesk, outages go to #incidents; everything else"
        " lands in #helpdesk.",
        (None, [C, S, C, S]),
    ),
    (
        "Whenever an enquiry comes in, bookings get posted in #bookings and the rest go to"
        " #enquiries.",
        (None, [C, S, C, S]),
    ),
    (
        "Whenever a message comes in to the shared inbox, invoices go to"
        " accounts@example-fenwick.com, everything else lands in #office.",
        (None, [C, E, C, S]),
    ),
    (
        "Whenever a message comes in to the support inbox, send complaints to #complaints,"
        " everything else goes to #general.",
        (None, [C, S, C, S]),
    ),
]

# Near cases: a label followed at once by the request, a story that asks for something, a kind
# with no rest after it, a class after a sort, "any … that lands in" (the items' own arrival),
# and a kind named with its modifier.
UNCHANGED = [
    (
        "Bit of background: every Monday at 9am, pull the orders from"
        " https://shop.example-quayside.com/api/orders and email them to ops@example-quayside.com.",
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Whenever a message comes in, complaints go to #complaints.",
        (None, [S]),
    ),
    (
        "Sort each new message into complaint, question or praise; complaints go to"
        " #complaints, everything else lands in #general.",
        (None, [K, C, S, C, S]),
    ),
    (
        "Whenever a new order comes in, critical ones go to the pager webhook and everything else"
        " to #orders.",
        (None, [C, W, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNARTICLED_BACKGROUND_LABELS)
def test_the_story_after_an_unarticled_background_label_is_told(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85
    assert doubts_of(text) == []


def test_a_story_after_the_label_that_asks_is_still_read():
    text = (
        "Bit of background: the fridges log their temperatures, and please email"
        " nurse@example-vets.co.uk a weekly summary. Every 30 minutes, fetch the readings from"
        " https://cold.example-vets.co.uk/api/fridges and trigger the pager webhook if any fridge"
        " is above 8°C."
    )
    assert E in read(text)[1]


@pytest.mark.parametrize(("text", "expected"), BARE_KINDS_BEFORE_THE_REST)
def test_a_bare_kind_before_the_rest_tests_both_branches(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85
    assert doubts_of(text) == []


def test_everything_else_landing_in_a_channel_is_sent_there():
    text = (
        "Whenever a message comes in to the support inbox, complaints go to #complaints,"
        " everything else lands in #general."
    )
    assert not any("#general" in doubt for doubt in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
