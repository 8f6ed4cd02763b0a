"""Round 46: the party joined ("registers with the food bank"), a thing named with a number ("the
Year 8 field trip"), a one-word subject that marks an item with a state ("security marks a gallery
as closed"), a state fallen into ("trips offline") and an event told in a sentence before "when
that happens"."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W, C = "email.send", "slack.post_message", "webhook.post", "check_status"


# "registers with the food bank", "signs up with the dog rescue": after a verb of joining, "with"
# and a definite organisation name who is joined, not which events count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Whenever a new volunter signs up with the dog rescue, wait for the vetting team to"
            " confirm their background check, then email them the induction pack and POST their"
            " details to https://rota.example-pawsrescue.org/hooks/add-volunteer.",
            (None, ["wait_for_signal", E, W]),
        ),
        (
            "When a new volunteer registers with the food bank, email them the induction pack.",
            (None, [E]),
        ),
        (
            "When a patient checks in with the front desk, post their name in #clinic.",
            (None, [S]),
        ),
        (
            "When a student enrols with our tutoring service, email them the timetable.",
            (None, [E]),
        ),
        (
            "Whenever someone books with the salon, send the booking to"
            " https://hooks.example.com/salon.",
            (None, [W]),
        ),
        (
            "When a runner registers with the marathon committee, email them the race pack.",
            (None, [E]),
        ),
    ],
)
def test_the_party_joined_is_no_test(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


def test_a_corrected_delivery_after_a_joining_event_keeps_one_step():
    text = (
        "When a new volunteer registers with the food bank, email them the induction pack —"
        " actually, text it to them through the SMS webhook instead."
    )
    assert read(text) == (None, [W])


# What the joining is done with ("a company email", "a promo code") still says which events count.
@pytest.mark.parametrize(
    "text",
    [
        "When a user signs up with a company email, post in #sales.",
        "When a customer registers with a referral code, post in #growth.",
    ],
)
def test_what_the_joining_uses_still_tests(text):
    assert read(text) == (None, [C, S])


# "for the Year 8 field trip", "at Gate 4", "in Room 12 ": a capitalised word with a number after
# "the" names the thing, not a count to test.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When a signed consent form comes back from a parent for the Year 8 field trip,"
            " extract the child's name, allergies and emergency contact, and email those details"
            " to trips@example-hartwellschool.org.",
            (None, ["extract", E]),
        ),
        (
            "When a form comes in for the Year 8 trip, email it to trips@example.org.",
            (None, [E]),
        ),
        (
            "When a delivery arrives for the Building 7 canteen, post in #facilities.",
            (None, [S]),
        ),
        (
            "Whenever a booking is made for the Room 12 projector, email av@example.com.",
            (None, [E]),
        ),
        (
            "When a parcel is dropped at the Gate 4 locker, text the courier desk through the"
            " SMS webhook.",
            (None, [W]),
        ),
    ],
)
def test_a_thing_named_with_a_number_is_no_count(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "When an order comes in with 5 items, post in #warehouse.",
        "When a ticket is reopened 3 times, post in #support.",
    ],
)
def test_a_number_on_the_event_still_tests(text):
    assert read(text) == (None, [C, S])


# "security marks a gallery as closed": a one-word subject (a team, a person) that marks, flags or
# reports an item with a state names the state the event gives it, as "QA marks a build as
# failed" does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When security marks a gallery as closed, email"
            " visitor-services@example-citymuseum.org so the front desk can redirect tours.",
            (None, [C, E]),
        ),
        (
            "When finance flags an invoice as disputed, post in #billing.",
            (None, [C, S]),
        ),
        (
            "When housekeeping marks a room as clean, text the front desk through the SMS webhook.",
            (None, [C, W]),
        ),
        (
            "Whenever Maria reports a machine as broken, email repairs@example.com.",
            (None, [C, E]),
        ),
        (
            "When someone marks a shift as uncovered, post it in #rota.",
            (None, [C, S]),
        ),
    ],
)
def test_a_one_word_subject_marking_a_state_tests_it(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


# "t" touches "f" and "g" on the row below, not "h": "redirect tours" is no slip for "hours",
# while a slip to a touching key is still mended.
def test_a_key_that_does_not_touch_is_no_slip():
    assert (
        doubts_of("When a gallery closes, email desk@example.com so they can redirect tours.") == []
    )
    assert read("Evry day at 9am, emsil the report to a@example.com.")[0] == "0 9 * * *"


def test_marking_without_a_state_is_the_event():
    assert read("When security marks a gallery, email ops@example.com.") == (None, [E])


# "trips offline", "drops offline", "gets knocked offline": a state fallen into is a test of the
# status, as "goes offline" is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When an inverter at the Brightfield solar array trips offline, page the on-call"
            " electrician through the pager webhook, wait 20 minutes, and if it still hasn't come"
            " back online, email ops@example-brightfield.solar.",
            (None, [C, W, "wait", C, E]),
        ),
        ("When an inverter trips offline, email ops@example.com.", (None, [C, E])),
        ("When a server drops offline, post in #ops.", (None, [C, S])),
        ("Whenever a camera falls offline, email security@example.com.", (None, [C, E])),
        ("When a sensor gets knocked offline, post in #plant.", (None, [C, S])),
        ("When the printer slips offline, email it@example.com.", (None, [C, E])),
    ],
)
def test_a_state_fallen_into_is_tested(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "X sometimes flags a pinsetter as jammed. When that happens, …": the event told in the sentence
# before is the trigger "when that happens" points at.
@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "the lane system at our bowling alley sometimes flags a pinsetter as jammed. when"
            " that happens can u text the mechanic thru the sms webhook",
            {"availableTools": ["webhook.post", "slack.post_message"]},
            (None, [C, W]),
        ),
        (
            "Our booking system sometimes marks a court as unavailable. When that happens,"
            " post in #front-desk.",
            {},
            (None, [C, S]),
        ),
        (
            "Every so often a freezer in the kitchen goes offline. When this happens, email"
            " chef@example.com.",
            {},
            (None, [C, E]),
        ),
        (
            "A new member sometimes joins the climbing club. Whenever that happens, email them"
            " the welcome pack.",
            {},
            (None, [E]),
        ),
        (
            "Now and then a payment fails. If that happens, post in #billing.",
            {},
            (None, [C, S]),
        ),
    ],
)
def test_when_that_happens_points_at_the_event_told_before(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


def test_a_trigger_in_its_own_sentence_is_unchanged():
    text = "When a pinsetter is flagged as jammed, text the mechanic through the SMS webhook."
    assert read(text) == (None, [C, W])
