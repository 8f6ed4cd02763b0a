"""Round 91: "Any <item> that …:" heading its steps; a thing leaving a part in a state ("leaves
a balance unpaid"); a device reporting a part's state with no article ("reports coin box
full"); a link that drops ("the feed drops"); an event with the regimen it happens on
("discharged on a controlled drug"); a bare "Any …?" answered by "Then …"; and "unless …, in
which case do nothing" after a step."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, S, E, W, H = "check_status", "slack.post_message", "email.send", "webhook.post", "http.request"

# "Any <item> that <does something>: <step>": the items the heading picks, tested as "when".
ANY_ITEM_HEADINGS = [
    (
        "Any Quayside Hotel checkout that leaves a minibar balance unpaid: email the details to"
        " frontdesk@quaysidehotel.example.",
        (None, [C, E]),
    ),
    ("Any order that is flagged as fraud: post it in #risk.", (None, [C, S])),
    (
        "Any booking that arrives without a deposit: email the details to desk@hotel.example.",
        (None, [C, E]),
    ),
    ("Any lead that scores over 80: DM Priya on Slack.", (None, [C, S])),
    (
        "Any Tidewater Gym member who leaves a locker fee unpaid: trigger the lockers webhook.",
        (None, [C, W]),
    ),
    (
        "Any rental return that leaves the fuel tank empty: email billing@vanhire.example.",
        (None, [C, E]),
    ),
]

# "leaves <a part> <unpaid / empty / open>": the state the event leaves says which events count.
LEFT_IN_A_STATE = [
    (
        "When a guest checks out leaving a bar tab unpaid, email accounts@inn.example.",
        (None, [C, E]),
    ),
    ("Whenever a cleaner leaves a fire door open, post in #facilities.", (None, [C, S])),
    (
        "Whenever a tenant leaves the final invoice unsettled, email rent@lettings.example.",
        (None, [C, E]),
    ),
]

# "<device> reports <part> <state>": the part's state with no article, heading the steps.
PART_STATES_REPORTED = [
    (
        "Pitstop Vending: machine reports coin box full -> fire the cash-collection webhook ->"
        " DM Oskar on Slack",
        (None, [C, W, S]),
    ),
    ("tank sensor reports water level low -> post in #greenhouse", (None, [C, S])),
    ("printer reports toner cartridge empty -> email office@firm.example", (None, [C, E])),
    ("When the fridge reports door open, DM Sam on Slack.", (None, [C, S])),
    (
        "Gatehouse Storage: unit alarm reports roller shutter jammed → trigger the locksmith"
        " webhook",
        (None, [C, W]),
    ),
]

# "<a feed / stream / connection> drops (out) / cuts out": the link is down, a test.
LINKS_DROPPED = [
    (
        "In case the Millstone Cricket Club scoreboard feed drops mid-match, fire the"
        " backup-scorer webhook and DM the club captain on Slack.",
        (None, [C, W, S]),
    ),
    ("If the venue wifi drops during the show, post in #tech.", (None, [C, S])),
    ("If the livestream cuts out, text the producer via the SMS webhook.", (None, [C, W])),
    ("In case the VPN connection drops out overnight, email it@firm.example.", (None, [C, E])),
    ("Post in #ops if the radio link to the depot drops.", (None, [C, S])),
]

# "<an event> on <a regimen>": what the item is put on when it happens says which count.
ON_A_REGIMEN = [
    (
        "Whenever a Fernhollow Vets patient is discharged on a controlled drug, email"
        " pharmacy@fernhollowvets.example so the register gets updated.",
        (None, [C, E]),
    ),
    ("When a resident is admitted on oxygen, post in #nursing.", (None, [C, S])),
    (
        "Whenever a patient is sent home on antibiotics, email the gp@surgery.example.",
        (None, [C, E]),
    ),
    ("When a customer is put on a payment plan, DM Leah on Slack.", (None, [C, S])),
    ("When an employee is placed on probation, email hr@firm.example.", (None, [C, E])),
]

# "Any …? Then …": a question whether such items exist, answered by "then", is the test.
ANY_ASKED_THEN = [
    (
        "Brightside Laundry \u2014 11:50 each weekday. Any of today's pickups still not assigned"
        " to a van? Then drop routes@brightsidelaundry.example a note by email.",
        ("50 11 * * 1-5", [H, C, E]),
    ),
    (
        "Every morning at 8, check https://api.example.com/invoices. Any invoices still unpaid?"
        " Then email accounts@firm.example.",
        ("0 8 * * *", [H, C, E]),
    ),
    (
        "Weekdays at 17:00: any parcels still not scanned out? Then post in #warehouse.",
        ("0 17 * * 1-5", [H, C, S]),
    ),
    (
        "Each Friday at 3pm. Any of this week's timesheets still not approved? Then DM Rosa on"
        " Slack.",
        ("0 15 * * 5", [H, C, S]),
    ),
    (
        "Daily at 6am. Any of last night's backups still not verified? If so, email"
        " ops@firm.example.",
        ("0 6 * * *", [H, C, E]),
    ),
]

# "<step> unless <test>, in which case do nothing": the test guards the step before it.
UNLESS_NOTHING = [
    (
        "Muddy Boots Veg Boxes: Tuesdays at 6pm, email this week's box contents from"
        " https://boxes.muddybootsveg.example/api/this-week to subscribers@muddybootsveg.example"
        " \u2014 unless the list is still marked as draft, in which case do nothing.",
        ("0 18 * * 2", [H, C, E]),
    ),
    (
        "Every Monday at 9am, post the rota from https://rota.example/api/week in #staff, unless"
        " it is empty, in which case do nothing.",
        ("0 9 * * 1", [H, C, S]),
    ),
    (
        "Each Friday at 4pm, fetch https://shop.example/api/sales and email it to"
        " boss@shop.example unless the total is zero, in which case skip it.",
        ("0 16 * * 5", [H, C, E]),
    ),
    (
        "Daily at 7am, get the forecast from https://wx.example/api/today and post it in"
        " #crew \u2014 unless the feed is down, in which case don't send anything.",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "When a form is submitted, email it to forms@club.example unless it is marked as spam,"
        " in which case do nothing.",
        (None, [C, E]),
    ),
]

CASES = [
    *ANY_ITEM_HEADINGS,
    *LEFT_IN_A_STATE,
    *PART_STATES_REPORTED,
    *LINKS_DROPPED,
    *ON_A_REGIMEN,
    *ANY_ASKED_THEN,
    *UNLESS_NOTHING,
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads_the_test(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_is_sure_of_it(text, expected):
    assert confidence_of(text) >= 0.7, doubts_of(text)


# Near cases that must not change.
NEAR = [
    # Every item, with no "that …" picking some: the event alone.
    ("When a new order comes in, post it in #sales.", (None, [S])),
    # A new item "drops": it arrives, no link is down.
    ("When a new order drops, post in #sales.", (None, [S])),
    ("If the price drops below 50, email me@x.example.", (None, [C, E])),
    # "on" a day or a place names no regimen.
    ("When a patient is discharged on a Friday, email ward@h.example.", (None, [E])),
    ("When a patient is discharged, email ward@h.example.", (None, [E])),
    ("When a post is published on the blog, share it in #marketing.", (None, [S])),
    # "leaves a review": no state left.
    ("When a guest leaves a review, post it in #reviews.", (None, [S])),
    # A device reporting something with an article was read already.
    ("lamp monitor reports a lamp failure -> page the on-call webhook", (None, [C, W])),
    # "in which case" naming a step keeps the test leading it.
    (
        "Every 15 minutes, read https://dc.example.net/api/temp. Leave everyone alone unless it"
        " climbs past 27\u00b0C, in which case page facilities through the pager webhook.",
        ("*/15 * * * *", [H, C, W]),
    ),
    # "if so" after "are there any" still works.
    (
        "Every day at 9, check https://api.example.com/leads. Are there any leads from Germany?"
        " If so, email de@x.example.",
        ("0 9 * * *", [H, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
