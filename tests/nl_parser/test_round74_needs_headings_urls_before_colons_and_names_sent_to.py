"""Round 74: who needs data kept at an address ("Parkgate Property Management needs a pass over
the leases at https://…: extract …") has it fetched, and a colon after the address ends that
clause; who needs a thing made, then "build it" after the colon, has it made; and a name after
an event's verb of giving ("a supplier sends Marwick Opticians a delivery note") is who is given
the thing, not a step."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
X, R, M = "extract", "generate_report", "summarize"

# The colon after the address was no break, so the extraction after it was lost in the fetch;
# and the firm's name opening the heading was read as an unknown verb.
NEEDED_AT_AN_ADDRESS = [
    (
        "Parkgate Property Management needs a single pass over the 1,200 scanned leases stored"
        " at https://docs.parkgateproperty.example/api/leases: extract the tenant name, monthly"
        " rent and end date from each and ship the results to the leasing webhook.",
        (None, [H, X, W]),
    ),
    (
        "Our clinic needs one run through the referral letters at"
        " https://files.clinic.example/referrals: pull out the patient name and referral date"
        " from each and post them in #referrals.",
        (None, [H, X, S]),
    ),
    (
        "Hartley & Sons wants a one-off sweep of the 300 invoices kept at"
        " https://erp.hartley.example/api/invoices: extract the supplier, total and due date from"
        " each and email the results to ap@hartley.example.",
        (None, [H, X, E]),
    ),
    (
        "The audit team needs the expense claims at https://hr.example/api/claims: summarize them"
        " and post the summary in #audit.",
        (None, [H, M, S]),
    ),
    (
        "Grab the leases at https://x.example/leases: extract the tenant name and end date from"
        " each and post the results to #leasing.",
        (None, [H, X, S]),
    ),
]

# The heading's thing made "makes a step", so it was kept whole and read as nothing.
MADE_AS_WANTED = [
    (
        "Castlegate Museum needs a monthly visitor-footfall report: build it at 7 in the morning"
        " on the 1st of each month and shoot it over to trustees@castlegatemuseum.example.",
        ("0 7 1 * *", [R, E]),
    ),
    (
        "Our bakery needs a weekly waste summary: put it together every Friday at 4pm and post it"
        " in #kitchen.",
        ("0 16 * * 5", [M, S]),
    ),
    (
        "The board wants a quarterly cash-flow report: generate it on the first day of each"
        " quarter at 8am and email it to board@acme.example.",
        ("0 8 1 1,4,7,10 *", [R, E]),
    ),
    (
        "Hollybrook Vets needs a daily appointments digest: compile it every weekday at 6:30 and"
        " send it to frontdesk@hollybrook.example.",
        ("30 6 * * 1-5", [M, E]),
    ),
    (
        "We need a monthly stock report: produce it on the 1st at 9am and email it to"
        " stock@x.example.",
        ("0 9 1 * *", [R, E]),
    ),
]

# "Marwick Opticians a delivery note" read as "<verb> <who> a <message>": an email was sent.
NAMED_RECEIVERS_OF_EVENTS = [
    (
        "Whenever a supplier sends Marwick Opticians a delivery note, pull out the frame codes,"
        " quantities and delivery date and post them in #stockroom.",
        (None, [X, S]),
    ),
    (
        "When a parent sends Little Acorns Nursery a sick note, pull out the child's name and"
        " the dates and post them in #attendance.",
        (None, [X, S]),
    ),
    (
        "When a guest emails Rosehill Cottages a booking request, pull out the dates and party"
        " size and post them in #bookings.",
        (None, [X, S]),
    ),
    (
        "Whenever a tenant gave Harbour Lets a meter reading, extract the reading and the date"
        " and post them in #meters.",
        (None, [X, S]),
    ),
    (
        "Each time a supplier sends Acme Ltd a delivery note, post it in #stockroom.",
        (None, [S]),
    ),
]

UNCHANGED = [
    ("We need a summary of signups: post it to #growth", (None, [M, S])),
    ("When a new booking comes in, give Martin a heads-up in #front-desk.", (None, [S])),
    ("When someone books a tuning shoot them a confirmation email.", (None, [E])),
    (
        "Our linen-supply business needs a one-off look at the Northbridge group: query"
        " Salesforce for their accounts and email them to a@b.example.",
        (None, ["salesforce.query", E]),
    ),
    (
        "Each weekday at 13:00, read the sandwich counter stock from"
        " https://stock.example-bluedoorcafe.com/api/counter: post in #cafe-floor when more than"
        " 20 are left, and email kitchen@example-bluedoorcafe.com when it's 20 or fewer.",
        ("0 13 * * 1-5", [H, "check_status", S, "check_status", E]),
    ),
    (
        "Build the monthly sales report on the 1st at 7am and email it to a@b.example.",
        ("0 7 1 * *", [R, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEEDED_AT_AN_ADDRESS)
def test_data_needed_at_an_address_is_fetched_and_its_colon_ends_the_fetch(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), MADE_AS_WANTED)
def test_a_thing_needed_then_built_after_the_colon_is_made(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), NAMED_RECEIVERS_OF_EVENTS)
def test_a_name_given_a_thing_in_an_event_is_no_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
