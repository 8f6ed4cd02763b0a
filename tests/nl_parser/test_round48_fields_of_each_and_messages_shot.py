"""Round 48: fields picked out "on each one" are extracted ("pick out the haulier, date and net
weight on each one"), and a message shot at someone right after the event it follows starts a
step with no comma ("when someone books a tuning shoot them a confirmation email")."""

import pytest

from tests.nl_parser.reading import confidence_of, read

E, S, X, P, C = "email.send", "slack.post_message", "extract", "pick", "check_status"
MAIL_AND_SLACK = {"availableTools": [E, S]}


# "pick out the haulier, date and net weight on each one": fields listed, then read in each
# item, are read out of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I've got about 420 weighbridge tickets from last month as PDFs. Could you pick out the"
            " haulier, date and net weight on each one and send the lot to"
            " yard@example-greencycle.com?",
            (None, [X, E]),
        ),
        (
            "Pick out the invoice number, total and due date in every one and post them to #ap",
            (None, [X, S]),
        ),
        ("select the name and score from each one, then email it to a@b.com", (None, [X, E])),
        (
            "Could you select the sender and amount from each of them and email them to ops@x.com?",
            (None, [X, E]),
        ),
        (
            "We scanned 80 site diaries. Please pick out the foreman, weather and hours worked on"
            " each one and email the lot to office@example.com",
            (None, [X, E]),
        ),
    ],
)
def test_fields_picked_out_of_each_item_are_extracted(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pick out the ones mentioning refunds and send them to a@b.com", (None, [C, E])),
        ("pick the name and email fields and send them to a@b.com", (None, [P, E, E])),
    ],
)
def test_items_or_bare_fields_picked_stay(text, expected):
    assert read(text) == expected


# "when someone books a piano tuning shoot them a confirmation email": after the event, with no
# comma, a verb whose object is a message for someone starts the step, whatever the verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "when someone books a piano tuning shoot them a confirmation email and drop the"
            " address in #tuners",
            (None, [E, S]),
        ),
        (
            "when a new member signs up shoot them a welcome email and post their name in #members",
            (None, [E, S]),
        ),
        (
            "once a volunteer registers shoot them a thank-you email and post their name in"
            " #volunteers",
            (None, [E, S]),
        ),
        ("whenever a client pays an invoice fire off a receipt email to them", (None, [E])),
        (
            "when a parcel is returned shoot them a refund email and drop the order number in"
            " #returns",
            (None, [E, S]),
        ),
    ],
)
def test_a_message_shot_after_the_event_starts_a_step(text, expected):
    assert read(text, MAIL_AND_SLACK) == expected
    assert confidence_of(text, MAIL_AND_SLACK) >= 0.7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("when someone books a piano tuning drop the address in #tuners", (None, [S])),
        ("when a customer receives a welcome email post it in #cs", (None, [S])),
    ],
)
def test_the_event_itself_stays_the_event(text, expected):
    assert read(text, MAIL_AND_SLACK) == expected


# "do a one-time pull from Salesforce of every account …": a fetch named as a noun and done is
# the fetch, its source after "from".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Can you do a one-time pull from Salesforce of every account in the gym-equipment"
            " vertical with an open support escalation, generate a report for tomorrow's"
            " leadership meeting, and email it to leadership@example-ironworksfit.com?",
            (None, ["salesforce.query", "generate_report", E]),
        ),
        (
            "Please do a quick pull from Salesforce of all opportunities closing this month and"
            " post them to #sales",
            (None, ["salesforce.query", S]),
        ),
        (
            "do a full download from https://api.example.com/orders of yesterday's orders and"
            " send them to ops@x.com",
            (None, ["http.request", E]),
        ),
        (
            "Just this once, do an export from the CRM of every lead in Ohio, then email the list"
            " to a@b.com",
            (None, ["salesforce.query", E]),
        ),
        (
            "Could you run a one-off export from https://api.example.com/contacts of every"
            " contact tagged webinar and email it to me@x.com?",
            (None, ["http.request", E]),
        ),
    ],
)
def test_a_pull_done_is_a_fetch(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


def test_a_thing_done_that_is_no_fetch_stays():
    assert read("do a review of the report and email it to a@b.com") == (None, [E])
