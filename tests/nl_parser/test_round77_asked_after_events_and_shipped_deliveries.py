"""Round 77: a verb of finding out before "whether" or "if" ("see whether the customer asked for
push processing") asks its question after an event's comma as "check whether" does; a second
participle after a perfect ("has visited the site and signed it off") tells what was done, no
step; and a thing shipped to someone is sent to them."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, C, WS = "email.send", "slack.post_message", "check_status", "wait_for_signal"
MAIL_ONLY = {"availableTools": ["email.send"]}

# "When <event>, <see | verify | determine | establish> whether …; if so, …, otherwise …".
ASKED_AFTER_AN_EVENT = [
    (
        "When a film roll is dropped off for developing at Silverhalide Film Lab, see whether the"
        " customer asked for push processing; if so, email darkroom@silverhalidelab.example,"
        " otherwise just drop a note in #intake.",
        {},
        (None, [C, E, C, S]),
    ),
    (
        "When a repair ticket is opened at Brightgate Plumbing, verify whether the customer is"
        " under warranty; if so, email warranty@brightgate.example, otherwise post a note in"
        " #repairs.",
        {},
        (None, [C, E, C, S]),
    ),
    (
        "Whenever a dog is booked in at Mossley Kennels, determine whether the owner asked for"
        " grooming; if so, post it in #grooming, otherwise email desk@mossley.example.",
        {},
        (None, [C, S, C, E]),
    ),
    (
        "Once a lease renewal comes in, establish whether the tenant wants a longer term; if so,"
        " email lettings@harbourlets.example, otherwise drop a note in #renewals.",
        {},
        (None, [C, E, C, S]),
    ),
    (
        "When a cake order arrives at Crumb & Co, see whether the buyer wanted a gift box; if"
        " so, email boxes@crumbco.example, otherwise just post it in #orders.",
        {},
        (None, [C, E, C, S]),
    ),
]

# "hold off until <someone> has <done> … and <done> it, then ship <it> to <someone>".
SHIPPED_AFTER_A_PERFECT = [
    (
        "When a tree-felling quote is requested at Oakhollow Arborists, hold off until the lead"
        " climber has visited the site and signed it off, then ship the quote to the customer.",
        MAIL_ONLY,
        (None, [WS, E]),
    ),
    (
        "When a boiler service is booked at Keystone Heating, wait until the engineer has tested"
        " the unit and cleared it, then ship the certificate to the homeowner.",
        MAIL_ONLY,
        (None, [WS, E]),
    ),
    (
        "When a kitchen design is requested, hold off until the designer has measured the room"
        " and priced it, then email the plan to the client.",
        MAIL_ONLY,
        (None, [WS, E]),
    ),
    (
        "Once an MOT booking is made at Fernside Garage, ship the confirmation to the driver.",
        MAIL_ONLY,
        (None, [E]),
    ),
    (
        "When a survey report is finished, ship it to the buyer.",
        MAIL_ONLY,
        (None, [E]),
    ),
]

READ_WHOLE = ASKED_AFTER_AN_EVENT + SHIPPED_AFTER_A_PERFECT


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read_with_no_false_doubt(text, context, expected):
    assert read(text, context) == expected
    assert not doubts_of(text, context)


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


# Near cases that must not change.
NEAR = [
    (
        "When a film roll is dropped off, check whether the customer asked for push processing;"
        " if so, email darkroom@silverhalidelab.example, otherwise post a note in #intake.",
        {},
        (None, [C, E, C, S]),
    ),
    ("When a film roll is dropped off, email darkroom@silverhalidelab.example.", {}, (None, [E])),
    (
        "When a quote is requested, ship the quote over to the customer.",
        MAIL_ONLY,
        (None, [E]),
    ),
    (
        "When a tree-felling quote is requested, hold off until the lead climber has visited the"
        " site, then send the quote to the customer.",
        MAIL_ONLY,
        (None, [WS, E]),
    ),
    ("When an order arrives, post the ship date in #orders.", {}, (None, [S])),
]


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected


def test_an_imperative_after_and_is_still_a_step():
    # No perfect before it: "and forward it" asks for a step of its own.
    text = "When a form arrives, extract the name and forward it to ops@x.example."
    assert read(text)[1][-1] == E
