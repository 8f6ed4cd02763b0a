"""Round 88: "wait on <someone> for <what they send>" (or "to <act>") waits for a person; "until
they say / tell us / let us know …" is word from a person; "<items picked> need <someone>'s OK"
told before the trigger, then the wait for it, is the test and one wait; and a device that
reports a thing in a bad state ("a lift reports a trapped passenger") is tested, not news."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, S, E, W = "check_status", "slack.post_message", "email.send", "webhook.post"
G, T = "wait_for_signal", "wait"

# "wait on <someone> for <what they send>", "wait on <someone> to <act>": a person lets it go on.
WAITED_ON_SOMEONE = [
    (
        "Hopper Skip Hire: after a customer accepts a quote for a roadside skip, we have to wait"
        " on the council for the permit. Once the council approves it, email the customer their"
        " delivery date and post the job in #drivers.",
        {"availableTools": ["email.send", "slack.post_message", "webhook.post"]},
        (None, [G, E, S]),
    ),
    (
        "When a buyer makes an offer, wait on the bank for the mortgage offer. Once the bank"
        " approves it, email the buyer at sales@x.example.",
        {},
        (None, [G, E]),
    ),
    (
        "After an order is placed, wait on the supplier for a delivery slot, then text the"
        " customer through the SMS webhook.",
        {},
        (None, [G, W]),
    ),
    (
        "When a planning application is lodged, wait on the council to respond, then email the"
        " architect at plans@x.example.",
        {},
        (None, [G, E]),
    ),
    (
        "Once a claim comes in, we have to wait on the insurer for the paperwork, then post it"
        " in #claims.",
        {},
        (None, [G, S]),
    ),
]

# "until <he/she/they> say / tell us / let us know …": word from a person, not a time.
UNTIL_THEY_SAY = [
    (
        "After a reupholstery job is finished at Thimble & Tack, text the owner a photo link"
        " through the SMS webhook, then sit tight until they say they're happy with it before"
        " firing the invoice webhook.",
        {},
        (None, [W, G, W]),
    ),
    (
        "When a draft is ready, email it to the client at c@x.example, then hold on until they"
        " say it's good to go before posting it in #published.",
        {},
        (None, [E, G, S]),
    ),
    (
        "After a quote is sent to the customer, wait until she tells us she's happy, then hit"
        " the booking webhook.",
        {},
        (None, [G, W]),
    ),
    (
        "When a proof is uploaded, email it to author@x.example and wait till he lets us know"
        " it's fine, then post it in #print.",
        {},
        (None, [E, G, S]),
    ),
    (
        "When a repair is finished, text the customer through the SMS webhook, then hang tight"
        " until they say they've picked it up before emailing the invoice to accounts@x.example.",
        {},
        (None, [W, G, E]),
    ),
]

# "<items picked> need <someone>'s OK. When one <event>, wait for <it>, then …": the items'
# test, then one wait (the need told first, the wait said again after the trigger).
NEED_TOLD_THEN_AWAITED = [
    (
        "Expense claims over \u00a3500 at Calder Engineering need the finance director's OK."
        " When one is submitted, wait for her approval, then send it to the payments webhook.",
        {},
        (None, [C, G, W]),
    ),
    (
        "Refunds above $200 need the store manager's OK. When a customer asks for one, wait for his"
        " sign-off, then post it in #refunds.",
        {},
        (None, [C, G, S]),
    ),
    (
        "Purchase orders over 10,000 euros require the CFO's approval. When one is raised, wait"
        " for her to approve it, then email it to buying@x.example.",
        {},
        (None, [C, G, E]),
    ),
    (
        "Discounts above 20% need the sales director's okay. When a rep offers one, wait for his"
        " approval, then email the quote to deals@x.example.",
        {},
        (None, [C, G, E]),
    ),
    (
        "Any booking over 12 guests needs the manager's OK. When one comes in, wait for her"
        " go-ahead and then post it in #events.",
        {},
        (None, [C, G, S]),
    ),
]

# "<device> reports a <thing in a bad state>": the state is tested ("a tenant reports a blocked
# drain" is news from a person).
FAULT_REPORTED = [
    (
        "If a lift at any Upfloor Elevators site reports a trapped passenger, page the on-call"
        " engineer through the pager webhook straight away and email"
        " safety@upfloorelevators.example.",
        {},
        (None, [C, W, E]),
    ),
    (
        "If a locker at any Stashbox site reports a jammed door, email support@x.example.",
        {},
        (None, [C, E]),
    ),
    (
        "When a boiler in one of our flats reports a blocked flue, trigger the engineer webhook"
        " and post in #maintenance.",
        {},
        (None, [C, W, S]),
    ),
    (
        "Whenever a printer on the third floor reports a jammed tray, post it in #it-help.",
        {},
        (None, [C, S]),
    ),
    (
        "If a chairlift signals a trapped rider, fire the rescue webhook.",
        {},
        (None, [C, W]),
    ),
]

ALL = [*WAITED_ON_SOMEONE, *UNTIL_THEY_SAY, *NEED_TOLD_THEN_AWAITED, *FAULT_REPORTED]


@pytest.mark.parametrize(("text", "context", "expected"), ALL)
def test_round88_constructions_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), ALL)
def test_round88_right_answers_stay_confident(text, context, expected):
    assert confidence_of(text, context) >= 0.7
    assert not [d for d in doubts_of(text, context) if "no duration" in d or "trigger" in d]


def test_a_span_waited_on_someone_is_still_a_timed_wait():
    text = "When an order ships, wait on the courier for two days, then email help@x.example."
    assert read(text) == (None, [T, E])


def test_until_they_have_signed_is_still_a_signal():
    text = "When an invoice goes out, wait until they've signed it, then post it in #finance."
    assert read(text) == (None, [G, S])


def test_a_need_of_every_item_told_first_makes_no_test():
    text = (
        "Expense claims need the finance director's OK. When one is submitted, wait for her"
        " approval, then send it to the payments webhook."
    )
    assert read(text) == (None, [G, W])


def test_a_need_and_its_wait_said_again_after_so_makes_one_wait():
    text = (
        "Laser cutter bookings at Forge & Pixel Makerspace need a trained steward's OK \u2014 so"
        " when one comes in, sit on it until a steward approves, then hit the door-access webhook."
    )
    assert read(text) == (None, [G, W])


def test_a_person_reporting_a_thing_broken_is_news():
    assert read("When a rider reports a broken bike, post in #field-techs.") == (None, [S])
    text = "If a tenant reports a blocked drain, page the plumber through the pager webhook."
    assert read(text) == (None, [W])


def test_a_device_reporting_a_fault_still_tests():
    text = "If a lift reports a fault, page the engineer through the pager webhook."
    assert read(text) == (None, [C, W])
