"""Round 53: a receiver who "gets a text" as what a test means, a reading "out of range", fields
lifted "out of it", a state not reached "in the last 12h", a thing set off through a webhook, the
state an item reports of itself, a state given an item named at length, and a passive deed done
through a webhook after a test ("in every other case" no schedule)."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S = "http.request", "check_status", "webhook.post", "email.send", "slack.post_message"
X, WAIT = "extract", "wait"
TOOLS = {"availableTools": [W, S]}

# "Chlorine out of range means the duty manager gets a text through the SMS webhook": the one
# told is the subject of "gets/needs/receives a <message>", and a reading "out of range" (or
# "out of spec") is a test with no band written.
TOLD_RECEIVERS = [
    (
        "At 5:45 each morning, read the chlorine level from"
        " https://plant.example-westgatelido.co.uk/api/chlorine. Chlorine out of range means the"
        " duty manager gets a text through the SMS webhook; if it's fine, just post 'pool open' in"
        " #lifeguards.",
        ("45 5 * * *", [H, C, W, C, S]),
    ),
    (
        "every day at 6am fetch https://api.example-aquarium.org/tanks; salinity out of range"
        " means the keeper gets a text via the SMS webhook",
        ("0 6 * * *", [H, C, W]),
    ),
    (
        "hourly, GET https://api.example-farm.com/silo; a level under 20% means the farm manager"
        " should get a message in #silo",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "each night at 22:00 pull https://api.example-lab.org/incubators; humidity out of spec"
        " means the technician receives an alert through the pager webhook",
        ("0 22 * * *", [H, C, W]),
    ),
    (
        "every monday at 8am get the invoices from https://api.example.com/invoices; a total over"
        " $5000 means finance gets an email at finance@example.com",
        ("0 8 * * 1", [H, C, E]),
    ),
    (
        "every hour GET https://api.example-meters.com/readings; a value over 400 means the site"
        " lead needs an email at lead@example.com",
        ("0 * * * *", [H, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_RECEIVERS)
def test_a_receiver_told_is_sent_what_the_test_means(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "lift the field ID and pH value out of it": fields taken out of the thing just named are
# extracted, as they are out of "each" one.
LIFTED_OUT_OF_IT = [
    (
        "Each time the soil lab sends us a results PDF, lift the field ID and pH value out of it;"
        " a pH under 5.5 means the agronomist at agronomy@example-brackenfarms.co.uk needs an"
        " email.",
        (None, [X, C, E]),
    ),
    (
        "whenever a CV arrives, pluck the name and phone number out of it, then email them to"
        " hr@example.com",
        (None, [X, E]),
    ),
    (
        "when a shipping label arrives, dig the tracking number and carrier out of it, then post"
        " them in #dispatch",
        (None, [X, S]),
    ),
    (
        "when a supplier emails an invoice, lift the invoice number and due date out of it, then"
        " email them to ap@example.com",
        (None, [X, E]),
    ),
    (
        "when a scanned form comes in, pull the name, date of birth and postcode out of it and"
        " email them to admissions@example.org",
        (None, [X, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIFTED_OUT_OF_IT)
def test_fields_lifted_out_of_it_are_extracted(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "any cat not fed in the last 12h": a state not reached in the last span is the time spent
# without it.
NOT_DONE_IN_THE_LAST = [
    (
        "07:00 and 19:00 daily; GET https://pens.example-whiskerlodgecattery.co.uk/api/feeding;"
        " any cat not fed in the last 12h \u2192 #cattery-staff",
        ("0 7,19 * * *", [H, C, S]),
    ),
    (
        "every hour fetch https://api.example-kennels.com/dogs; any dog not walked in the past 6"
        " hours \u2192 #kennel-staff",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "daily at 9am GET https://api.example-helpdesk.com/tickets; any ticket not answered in the"
        " last 2 days \u2192 #support-leads",
        ("0 9 * * *", [H, C, S]),
    ),
    (
        "every morning at 7 pull https://api.example-farm.com/hives; if any hive not inspected"
        " over the last 14 days, email bees@example-farm.com",
        ("0 7 * * *", [H, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_DONE_IN_THE_LAST)
def test_a_state_not_reached_in_the_last_span_is_tested(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "set off the shepherd's pager via the pager webhook": what is set off by way of a webhook is
# the webhook triggered, not a "set" transform.
SET_OFF_BY_A_WEBHOOK = [
    (
        "If the lambing shed thermometer at Crookfoot Farm reads below 5\u00b0C, set off the"
        " shepherd's pager via the pager webhook and post it in #farmhands.",
        (None, [C, W, S]),
    ),
    (
        "if the greenhouse drops below 2\u00b0C, set off the frost alarm through the alarm webhook",
        (None, [C, W]),
    ),
    (
        "when a server goes down, set off the on-call siren via the incident webhook and email"
        " ops@example.com",
        (None, [C, W, E]),
    ),
    (
        "every 10 minutes fetch https://api.example.com/queue; if the backlog is over 500, fire"
        " the klaxon through the ops webhook",
        ("*/10 * * * *", [H, C, W]),
    ),
    (
        "if the river gauge reads above 3 m, set off the flood sirens using the warning webhook"
        " and post it in #flood-watch",
        (None, [C, W, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SET_OFF_BY_A_WEBHOOK)
def test_a_thing_set_off_through_a_webhook_triggers_it(text: str, expected: tuple) -> None:
    tools = TOOLS if text.startswith("If the lambing") else {}  # as the round's set gave it
    assert read(text, tools) == expected
    assert confidence_of(text, tools) >= 0.7


# "a lift … reports it's stuck between floors": the state an item reports of itself says which
# events count, as "and it's …" does.
REPORTS_ITS_STATE = [
    (
        "When a lift in any of our client buildings reports it's stuck between floors, page the"
        " nearest engineer through the pager webhook, wait 30 minutes, then email the building"
        " manager an update.",
        (None, [C, W, WAIT, E]),
    ),
    ("when a pump reports that it has lost prime, post it in #plant-room", (None, [C, S])),
    ("whenever a door sensor says it's jammed, email facilities@example.com", (None, [C, E])),
    ("when a printer reports it is out of toner, post in #office", (None, [C, S])),
    ("when a freezer signals it's above temperature, trigger the kitchen webhook", (None, [C, W])),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS_ITS_STATE)
def test_the_state_an_item_reports_of_itself_is_tested(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "marks a room at the Belvoir Hotel as 'needs deep clean'": the state the event gives its
# object, however many words name the object.
MARKED_AS_AT_LENGTH = [
    (
        "When housekeeping marks a room at the Belvoir Hotel as 'needs deep clean', post it in"
        " #housekeeping-supervisors.",
        (None, [C, S]),
    ),
    (
        "when the warehouse team flags an order from the Leeds depot as damaged, email"
        " returns@example.com",
        (None, [C, E]),
    ),
    ("when a nurse marks a patient on ward 7 as 'fall risk', post it in #ward-7", (None, [C, S])),
    (
        "when support tags a ticket from an enterprise customer as urgent, post it in #escalations",
        (None, [C, S]),
    ),
    (
        "when the librarian marks a book from the rare collection as damaged, email"
        " security@example-library.org",
        (None, [C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKED_AS_AT_LENGTH)
def test_a_state_given_an_item_named_at_length_is_tested(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "a ticket is to be raised through the facilities webhook": after a test, a deed done by way of
# a webhook is the duty it guards, its verb known or not; "in every other case" is "otherwise".
RAISED_THROUGH_A_WEBHOOK = [
    (
        "Notice to IT operations, Brackenfield Data Centre: at 23:50 each night, the UPS battery"
        " health feed at https://ups.example-brackenfielddc.net/api/health is to be queried. Where"
        " any battery string reports below 70% capacity, a ticket is to be raised through the"
        " facilities webhook; in every other case, a one-line all-clear is to be emailed to"
        " dcops@example-brackenfielddc.net.",
        ("50 23 * * *", [H, C, W, C, E]),
    ),
    (
        "every day at 6am the boiler API at https://api.example-school.org/boiler is to be"
        " queried; if the pressure is below 1 bar, an alert is to be raised through the"
        " maintenance webhook; in every other case, an all-clear is to be emailed to"
        " caretaker@example-school.org",
        ("0 6 * * *", [H, C, W, C, E]),
    ),
    (
        "hourly, https://api.example.com/disk is to be checked; if usage is above 90%, an incident"
        " is to be opened via the ops webhook",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "at 8am each weekday the stock feed at https://api.example-shop.com/stock is to be"
        " fetched. Where any item is below 5 units, a reorder is to be lodged through the"
        " supplier webhook; otherwise a note is to be posted in #stock.",
        ("0 8 * * 1-5", [H, C, W, C, S]),
    ),
    (
        "if a payment fails, a case is to be logged through the billing webhook; in every other"
        " case, post it in #payments",
        (None, [C, W, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RAISED_THROUGH_A_WEBHOOK)
def test_a_deed_done_through_a_webhook_after_a_test_is_the_call(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert not any("every other" in d for d in doubts_of(text))
    if not text.startswith("Notice"):  # the heading's names stay unread, as before
        assert confidence_of(text) >= 0.7


# Near cases that must not change: no test, no webhook, a plain "set", a real "every other".
UNCHANGED = [
    ("when a results PDF arrives, email it to agronomy@example.com", (None, [E])),
    (
        "every day at 6am fetch https://api.example.com/tanks and post it in #tanks",
        ("0 6 * * *", [H, S]),
    ),
    ("when a sensor reports a leak, page the engineer through the pager webhook", (None, [W])),
    ("When housekeeping marks a room as dirty, post it in #housekeeping.", (None, [C, S])),
    (
        "every other day at 9am fetch https://api.example.com/stats and post them in #stats",
        ("0 9 */2 * *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text: str, expected: tuple) -> None:
    assert read(text) == expected
