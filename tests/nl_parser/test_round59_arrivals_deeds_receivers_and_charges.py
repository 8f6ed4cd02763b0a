"""Round 59: an item "that reaches" its place is the trigger; so is one "left on" a place, and
someone who "has had their first lesson" after "once"; "drop a note to …" sends a message;
"everyone who booked" is who it goes to, no subset; "the boarding invoices" names what they
are for, no state."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

S, E, W = "slack.post_message", "email.send", "webhook.post"
C, SUM, CLS, F = "check_status", "summarize", "classify", "http.request"
WAIT, SIGNAL = "wait", "wait_for_signal"
SLACK_ONLY = {"availableTools": ["slack.post_message"]}


def assert_read_well(text, cron, actions, context=None):
    assert read(text, context) == (cron, actions)
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


# "For each permit request that reaches Lindenbrook Council, …": an item reaching its place
# arrives there, the trigger, as "lands in" does; it tests only what else it says.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "For each skip permit request that reaches Lindenbrook Council, wait until a highways "
            "officer signs it off and then post the permit number to the permits webhook.",
            [SIGNAL, W],
        ),
        (
            "For every planning application that reaches the parish office, email it to "
            "clerk@example-parish.org.",
            [E],
        ),
        (
            "For each grant claim that reaches the finance desk, wait until the treasurer "
            "approves it and then post it to the grants webhook.",
            [SIGNAL, W],
        ),
        (
            "For each parcel that reaches our Leeds depot, post the tracking number in "
            "#depot-leeds.",
            [S],
        ),
        (
            "For every insurance claim that comes through the broker portal, summarize it and "
            "email it to claims@example.com.",
            [SUM, E],
        ),
    ],
)
def test_an_item_reaching_its_place_is_the_trigger(text, actions):
    assert_read_well(text, None, actions)


def test_an_item_reaching_its_place_still_tests_what_else_it_says():
    text = "For each order over $500 that reaches the warehouse, post it in #big-orders."
    assert read(text) == (None, [C, S])


# "Each time a comment is left on the kiosk": left somewhere, a thing arrives there; "left open"
# still says how a thing stays, a test.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Each time a comment is left on the Northwick Museum feedback kiosk, score it as "
            "positive or negative and email the negative ones to "
            "visitors@example-northwickmuseum.org.",
            [CLS, C, E],
        ),
        (
            "Each time a review is left on our booking page, summarize it and post it in #reviews.",
            [SUM, S],
        ),
        (
            "Whenever a voicemail is left on the surgery line, email a transcript summary to "
            "reception@example-surgery.co.uk.",
            [SUM, E],
        ),
        ("When a parcel is left at the front desk, post a note in #mailroom.", [S]),
        (
            "Every time a note is left in the suggestion box, classify it as complaint or idea "
            "and post the complaints in #ops.",
            [CLS, C, S],
        ),
    ],
)
def test_a_thing_left_somewhere_is_the_trigger(text, actions):
    assert_read_well(text, None, actions)


def test_a_thing_left_in_a_state_is_still_a_test():
    assert read("If a door is left open, post an alert in #security.") == (None, [C, S])


# "drop a note to the rota coordinator", "drop a line to …": a message dropped is sent; "drop the
# test ones" still keeps the rest.
@pytest.mark.parametrize(
    ("text", "cron", "actions", "context"),
    [
        (
            "Each time someone signs up to volunteer at Northfield Food Bank, drop a note to the "
            "rota coordinator.",
            None,
            [S],
            SLACK_ONLY,
        ),
        (
            "When a new member joins the rowing club, drop a message to the membership secretary.",
            None,
            [S],
            SLACK_ONLY,
        ),
        (
            "Whenever a delivery arrives at the depot, drop a line to the warehouse lead.",
            None,
            [S],
            SLACK_ONLY,
        ),
        (
            "When a refund is issued, drop a quick email to finance@example.com.",
            None,
            [E],
            None,
        ),
        ("Every Friday at 4pm, drop a reminder to #ops about timesheets.", "0 16 * * 5", [S], None),
    ],
)
def test_a_message_dropped_is_sent(text, cron, actions, context):
    assert_read_well(text, cron, actions, context)


def test_dropping_items_still_keeps_the_rest():
    text = (
        "Every morning at 8, fetch the orders from https://api.example.com/orders, drop the test "
        "ones and post the rest to #sales."
    )
    assert read(text) == ("0 8 * * *", [F, C, S])


# "Once a learner has had their first lesson, …": the moment a deed is done is the trigger; after
# "if" it is still a test.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Once a learner has had their first lesson with Clearway Driving School, leave it 72 "
            "hours and then email them our feedback survey.",
            [WAIT, E],
        ),
        (
            "Once a patient has had their vaccination, wait 48 hours and then email them a "
            "check-in form.",
            [WAIT, E],
        ),
        (
            "When a guest has completed their stay at the Harbour Inn, wait a day and email them "
            "a review link.",
            [WAIT, E],
        ),
        (
            "Each time a volunteer has finished their shift, post a thank-you in #volunteers.",
            [S],
        ),
        (
            "After a customer has made a purchase, wait two weeks and then email them a discount "
            "code.",
            [WAIT, E],
        ),
    ],
)
def test_a_deed_done_is_the_trigger(text, actions):
    assert_read_well(text, None, actions)


def test_a_deed_done_after_if_is_still_a_test():
    text = "If a customer has exceeded their credit limit, email accounts@example.com."
    assert read(text) == (None, [C, E])


# "email everyone who booked a short survey": all the people the event brought are who it goes
# to; "anyone who …" and a denial still pick some out.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Three hours after a Grainhouse Cinema screening ends, email everyone who booked a "
            "short survey about the film.",
            [WAIT, E],
        ),
        (
            "A day after each pottery workshop, email everyone who attended a feedback form.",
            [WAIT, E],
        ),
        (
            "When a webinar finishes, email everybody who registered a link to the recording.",
            [E],
        ),
        (
            "Two days after the quiz night ends, email everyone who entered the final scores.",
            [WAIT, E],
        ),
        (
            "When the charity run finishes, email everybody who signed up a thank-you note.",
            [E],
        ),
    ],
)
def test_everyone_who_did_it_is_who_it_goes_to(text, actions):
    assert_read_well(text, None, actions)


@pytest.mark.parametrize(
    "text",
    [
        "Every Monday at 9, fetch the bookings from https://api.example.com/bookings and email "
        "everyone who hasn't paid a reminder.",
        "Every Monday at 9, fetch the bookings from https://api.example.com/bookings and email "
        "anyone who booked a reminder.",
    ],
)
def test_anyone_who_or_a_denial_still_picks(text):
    assert read(text) == ("0 9 * * 1", [F, C, E])


# "the boarding invoices", "the roofing quotes": a gerund before a noun of what is charged names
# the service charged for; "the pending invoices" still picks.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "On the 1st of each month at 8am, email the boarding invoices to "
            "accounts@example-foxglovecattery.co.uk; two weeks later, post 'invoice follow-ups "
            "due' in #cattery-desk.",
            "0 8 1 * *",
            [E, WAIT, S],
        ),
        (
            "Every Monday at 9am, email the cleaning invoices to billing@example.com.",
            "0 9 * * 1",
            [E],
        ),
        (
            "At 5pm every Friday, send the catering receipts to finance@example.org.",
            "0 17 * * 5",
            [E],
        ),
        (
            "On the 15th of every month at 10am, post the tutoring bills in #accounts.",
            "0 10 15 * *",
            [S],
        ),
        (
            "Every Thursday at noon, email the roofing quotes to jobs@example-roofers.co.uk.",
            "0 12 * * 4",
            [E],
        ),
    ],
)
def test_a_gerund_before_charges_names_what_they_are_for(text, cron, actions):
    assert_read_well(text, cron, actions)


@pytest.mark.parametrize(
    "text",
    [
        "Every weekday at 7, email the pending invoices to ar@example.com.",
        "Every weekday at 7, email the outstanding bills to ar@example.com.",
    ],
)
def test_a_state_of_what_is_owed_still_picks(text):
    assert read(text) == ("0 7 * * 1-5", [F, C, E])
