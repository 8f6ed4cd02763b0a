"""Round 66: an item that "goes into (critical) alarm" is in that state, a test written as the
subject of a step ("any bay reporting a jammed brush should trigger …", "anything warmer than
-15°C needs flagging in #qa-team") guards it, and "upon X being marked absent, …" is "when X is
marked absent, …"."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, WAIT = "check_status", "wait"

# "goes into critical alarm", "enters lockdown": the alarm or alert state an item enters is its
# status, as "goes into a fault state" is.
ALARM_ENTERED = [
    (
        "When the blood fridge in the St Brannock's Hospital pathology lab goes into critical"
        " alarm, page the on-call biomedical scientist through the pager webhook.",
        (None, [C, W]),
    ),
    (
        "When a freezer at the Hollin Lane depot goes into alarm, fire the facilities webhook.",
        (None, [C, W]),
    ),
    (
        "Whenever a kiln drops into a high-temperature alarm, text the potter through the SMS"
        " webhook.",
        (None, [C, W]),
    ),
    (
        "As soon as the chlorine dosing unit at Marsh Lido enters lockdown, email"
        " maintenance@example-marshlido.org.",
        (None, [C, E]),
    ),
    (
        "When the vault at Carrow Bank falls into a security alert, page the duty guard through"
        " the pager webhook.",
        (None, [C, W]),
    ),
    (
        "If the fire panel at Dunmore Mill goes into alert, post in #security.",
        (None, [C, S]),
    ),
]

# "any bay reporting a jammed brush should trigger the webhook", "anything over $200 needs
# posting in #big-orders": the subject is the test, the rest the step it guards.
TEST_AS_SUBJECT = [
    (
        "Between 7 in the morning and 7 at night, every ten minutes, poll the bay sensors at"
        " https://wash.example-sudsyautowash.com/api/bays — any bay reporting a jammed brush"
        " should trigger the maintenance webhook.",
        ("*/10 7-19 * * *", [H, C, W]),
    ),
    (
        "Thirty minutes after any pallet is booked into the Kessler Foods cross-dock, look up its"
        " probe temperature at https://probes.example-kesslerfoods.com/api/pallets — anything"
        " warmer than -15°C needs flagging in #qa-team.",
        (None, [WAIT, H, C, S]),
    ),
    (
        "Every 15 minutes, read https://silos.example-grainco.com/api/levels — any silo above 90%"
        " should fire the overflow webhook.",
        ("*/15 * * * *", [H, C, W]),
    ),
    (
        "Every 5 minutes, poll https://pumps.example-aquaflow.com/api/status — any pump showing a"
        " seal leak will set off the engineer pager webhook.",
        ("*/5 * * * *", [H, C, W]),
    ),
    (
        "At 6am daily, fetch the overnight orders from https://shop.example-bakehouse.com/api/orders"
        " — any order over $200 needs posting in #big-orders.",
        ("0 6 * * *", [H, C, S]),
    ),
    (
        "Every 30 minutes, check https://greenhouse.example-fernleaf.com/api/sensors — anything"
        " under 10°C needs emailing to grower@example-fernleaf.com.",
        ("*/30 * * * *", [H, C, E]),
    ),
    (
        "Hourly, GET https://api.example-coldchain.io/trucks; any truck reporting a door fault"
        " must trigger the dispatch webhook.",
        ("0 * * * *", [H, C, W]),
    ),
]

# "Upon any pupil being marked absent, …": the event told as a noun phrase with "being".
UPON_BEING = [
    (
        "Upon any pupil at Heronsgate Primary School being marked absent with no reason given, an"
        " email is to be sent to the parent or carer the same morning.",
        (None, [C, E]),
    ),
    (
        "Upon an invoice being flagged as overdue, email accounts@example-brightpaper.com.",
        (None, [C, E]),
    ),
    (
        "Upon a parcel getting marked damaged, fire the claims webhook.",
        (None, [C, W]),
    ),
    (
        "Upon any ticket being marked urgent, a message is to be posted in #support.",
        (None, [C, S]),
    ),
    (
        "On a student being marked late for the third time, email the head of year at"
        " hoy@example-school.org.",
        (None, [C, E]),
    ),
]

UNCHANGED = [
    ("When a new entry goes into the alarm log, post it in #ops.", (None, [S])),
    ("When a freezer goes into defrost mode, post in #kitchen.", (None, [C, S])),
    (
        "Every 15 minutes, read https://silos.example-grainco.com/api/levels — any silo above 90%"
        " should go to #ops.",
        ("*/15 * * * *", [H, C, S]),
    ),
    (
        "Every 15 minutes, read https://silos.example-grainco.com/api/levels and trigger the"
        " overflow webhook.",
        ("*/15 * * * *", [H, W]),
    ),
    ("Upon receipt of a new invoice, email it to accounts@example.com.", (None, [E])),
    ("Upon a new invoice being uploaded, email it to accounts@example.com.", (None, [E])),
    ("On Monday at 9am, email the rota to staff@example.com.", ("0 9 * * 1", [E])),
]


@pytest.mark.parametrize(("text", "expected"), ALARM_ENTERED)
def test_an_alarm_entered_is_a_state(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), TEST_AS_SUBJECT)
def test_a_test_as_subject_guards_its_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UPON_BEING)
def test_upon_an_item_being_in_a_state_is_a_trigger_test(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
