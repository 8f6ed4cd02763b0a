"""Round 52: a two-word opener with no comma before its step ("every time someone books a cut
send …"), a party booked with after the thing booked, a state given in quotes to a long object,
the doer and modal after a trigger ("…, Two Oaks Removals should email …"), an event done by
someone not on a list, a verbless test with a firm's name after it, and a message wanted by
name ("Ottilie wants a Slack DM any time …")."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, S, WB = "check_status", "email.send", "slack.post_message", "webhook.post"
EMAIL_OR_HTTP = {"availableTools": ["email.send", "http.request"]}


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "every time someone books a cut at fade factory barbers send the booking to the "
            "chair-display webhook pls",
            [WB],
        ),
        (
            "every time a parent books a swim lesson at splash academy post the booking in "
            "#poolside",
            [S],
        ),
        (
            "each time a rider finishes a lap at the velodrome send the lap to the timing webhook",
            [WB],
        ),
        (
            "any time someone orders a cake at sugar loaf bakery email the order to "
            "bake@example.com",
            [E],
        ),
        ("every time someone books a cut send the booking to the chair-display webhook", [WB]),
    ],
)
def test_a_two_word_opener_ends_at_the_step_with_no_comma(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


def test_a_two_word_opener_with_no_step_still_makes_none():
    assert read("every time someone books a cut at fade factory barbers") == (None, [])


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When a family books a service with Ashby & Sons Funeral Directors, email the "
            "details to celebrant@example-ashbyandsons.co.uk and post them in #arrangements.",
            [E, S],
        ),
        ("When a patient books an appointment with Dr Rivera, post it in #front-desk.", [S]),
        (
            "When a guest books a room with Harbour Lights Hotel, send it to the bookings webhook.",
            [WB],
        ),
        ("When a diner books a tasting menu with the chef, email it to host@example.com.", [E]),
        (
            "When a customer books a table with Luigi's Trattoria, email the details to "
            "a@example.com.",
            [E],
        ),
    ],
)
def test_the_party_booked_with_after_the_thing_booked_is_no_test(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


def test_what_the_booking_comes_with_still_says_which_count():
    text = (
        "When a customer books a table with a dietary requirement, email the kitchen at "
        "chef@example.com."
    )
    assert read(text) == (None, [C, E])


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When a technician marks an air-con service visit as 'needs parts', email "
            "parts@example-coolbreezehvac.com and post the visit in #dispatch.",
            [C, E, S],
        ),
        ("When a nurse flags a home care visit as urgent, post it in #nurses.", [C, S]),
        (
            "When an inspector logs a fire door as 'needs repair', email estates@example.com.",
            [C, E],
        ),
        ("When a moderator marks a forum post as 'needs review', post it in #mods.", [C, S]),
        (
            "Whenever the warehouse team marks a pallet as 'damaged in transit', email "
            "claims@example.com.",
            [C, E],
        ),
    ],
)
def test_a_state_given_to_a_long_object_is_tested(text, actions):
    assert read(text) == (None, actions)
    assert not doubts_of(text)


def test_a_quoted_state_is_tested_whole():
    text = "When a technician marks a visit as 'needs parts', email parts@example.com."
    assert parse(text).steps[0].config["value"] == "needs_parts"


def test_a_long_object_with_no_state_is_no_test():
    text = "When a technician completes an air-con service visit, email parts@example.com."
    assert read(text) == (None, [E])


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "After each house move, Two Oaks Removals should email the customer the final "
            "invoice unless they paid upfront.",
            [C, E],
        ),
        (
            "After each lesson, Riverside Swim School should email the parent the progress report.",
            [E],
        ),
        ("When a repair is booked, Kwik Fix will post it in #workshop.", [S]),
        (
            "Once a delivery is signed for, we should send the customer a thank-you email.",
            [E],
        ),
        ("After each delivery, Marta needs to email the driver's log to ops@example.com.", [E]),
        (
            "After each tasting, Harbour Wines must post the notes in #cellar unless they were "
            "already shared.",
            [C, S],
        ),
    ],
)
def test_the_doer_and_modal_after_a_trigger_leave_the_step(text, actions):
    assert read(text) == (None, actions)


def test_a_lower_case_subject_before_a_modal_still_names_a_subset():
    assert read("When an order fails, urgent ones should go to #ops.") == (None, [C, S])


@pytest.mark.parametrize(
    ("text", "context", "actions"),
    [
        (
            "When a child at Little Acorns Nursery is collected by someone who isn't on their "
            "approved pick-up list, tell the nursery manager straight away.",
            EMAIL_OR_HTTP,
            [C, E],
        ),
        (
            "When a child is collected by someone who is not on the approved list, email the "
            "manager at head@example.com.",
            None,
            [C, E],
        ),
        (
            "Whenever a door is opened by a person who isn't on the access list, post it in "
            "#security.",
            None,
            [C, S],
        ),
        (
            "If a parcel is signed for by someone not on the delivery register, email "
            "depot@example.com.",
            None,
            [C, E],
        ),
        (
            "When a badge is scanned by anyone who isn't on the night rota, post it in #security.",
            None,
            [C, S],
        ),
    ],
)
def test_an_event_done_by_one_not_on_a_list_is_tested(text, context, actions):
    assert read(text, context) == (None, actions)
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(
    "text",
    [
        "When a child is collected by a grandparent, email the manager at head@example.com.",
        "When a child is collected, email the manager at head@example.com.",
    ],
)
def test_an_event_done_by_anyone_is_no_test(text):
    assert read(text) == (None, [E])


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Any wholesale bread order for more than 200 loaves at Crumb & Co. → DM Tomasz in "
            "Slack so he can plan the night bake.",
            [C, S],
        ),
        (
            "Any wholesale flower order for more than 50 bunches at Petal and Stem → email the "
            "florist at shop@example.com.",
            [C, E],
        ),
        (
            "Every catering booking for more than 80 guests at The Old Mill Barn -> post it in "
            "#events.",
            [C, S],
        ),
        (
            "Any corporate room block of over 20 rooms at Harbour View Hotel → DM Nadia in Slack.",
            [C, S],
        ),
        (
            "Any wholesale coffee order above 40 kilos at Bean & Leaf Roasters → post it in "
            "#roastery.",
            [C, S],
        ),
    ],
)
def test_a_firm_named_after_a_verbless_test_keeps_it_a_test(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


def test_a_firm_named_with_no_comparison_is_no_test():
    assert read("Any wholesale bread order at Crumb & Co. → DM Tomasz in Slack.") == (None, [S])


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Ottilie wants a Slack DM any time one of the Emberglass Studio furnaces goes above "
            "1,250°C.",
            [C, S],
        ),
        ("Marcus needs an email whenever a walk-in freezer rises above -15°C.", [C, E]),
        ("We'd like a Slack message any time a greenhouse drops below 5°C.", [C, S]),
        ("Ottilie would like a Slack DM whenever a furnace goes above 1,250°C.", [C, S]),
        ("I want an email any time one of the furnaces goes above 1,250°C.", [C, E]),
    ],
)
def test_a_message_wanted_by_name_is_sent(text, actions):
    assert read(text) == (None, actions)
    assert not doubts_of(text)


def test_a_message_wanted_on_a_schedule_is_sent_on_it():
    text = "Ottilie wants a Slack DM every morning at 8am with the furnace log."
    assert read(text) == ("0 8 * * *", [S])


def test_a_slack_dm_sent_to_a_name_is_one_step():
    text = "Send Ottilie a Slack DM any time a furnace goes above 1,250°C."
    assert read(text) == (None, [C, S])
