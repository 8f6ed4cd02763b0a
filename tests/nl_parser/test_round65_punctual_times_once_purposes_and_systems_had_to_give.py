"""Round 65: a clock time said to be kept to the minute ("at 7:35 sharp", "9am on the dot", "at
exactly 6"), a one-off marker before what the run is for ("Need this once for Thursday's board
pack: …"), and a system had to give its data ("have Salesforce return the accounts whose …")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, Q = "http.request", "email.send", "slack.post_message", "salesforce.query"
R, SU = "generate_report", "summarize"

# "at 7:35 sharp", "at 9am on the dot", "at precisely 18:00": a time kept to the minute is the
# time; the word that says so is the schedule's too, so the label it ends is no step.
PUNCTUAL_TIMES = [
    (
        "Monday mornings at 7:35 sharp: get me the Brightwater Solar deals from Salesforce that"
        " have a finished roof survey but still no quote sent, and mail them to"
        " quotes@example-brightwatersolar.co.uk.",
        ("35 7 * * 1", [Q, E]),
    ),
    (
        "Every weekday at 9am on the dot: pull the open tickets from https://api.example.com/tickets"
        " and post them in #support.",
        ("0 9 * * 1-5", [H, S]),
    ),
    (
        "At precisely 18:00 each Friday, summarise the week's orders from"
        " https://shop.example.com/api/orders and email it to owner@example.com.",
        ("0 18 * * 5", [H, SU, E]),
    ),
    (
        "Sundays at 8 o'clock sharp — query Salesforce for renewals due this month and post the"
        " list to #renewals.",
        ("0 8 * * 0", [Q, S]),
    ),
    (
        "Every day at exactly 6:15am, fetch the reservations from https://api.example.com/bookings"
        " and email them to front-desk@example.com.",
        ("15 6 * * *", [H, E]),
    ),
    (
        "Thursday evenings at 7pm sharp, post a reminder in #choir that rehearsal starts at 7:30.",
        ("0 19 * * 4", [S]),
    ),
]

# "Need this once for Thursday's board pack: …", "Just once, for the audit: …": the run said to
# happen once, then what it is for, heads the steps as "One-off for the board pack:" does.
ONCE_FOR_A_PURPOSE = [
    (
        "Need this once for Thursday's board pack: pull every Quillfeather Software account from"
        " Salesforce that renewed in 2024, generate a renewals report, email it to"
        " cfo@example-quillfeather.io and post it in #leadership.",
        (None, [Q, R, E, S]),
    ),
    (
        "Just once for the trustees' meeting: get the donations from https://api.example.org/gifts"
        " and email them to treasurer@example.org.",
        (None, [H, E]),
    ),
    (
        "We need it only once for the year-end audit — query Salesforce for every invoice marked"
        " disputed and send the list to audit@example.com.",
        (None, [Q, E]),
    ),
    (
        "I want this done just once, for the spring newsletter: summarise the member stories from"
        " https://example.org/api/stories and post the summary in #comms.",
        (None, [H, SU, S]),
    ),
    (
        "Once only for the Harbour Foods review: pull the open orders from the CRM and email them"
        " to ops@example-harbour.co.uk.",
        (None, [Q, E]),
    ),
]

# "have Salesforce return the accounts whose …", "let the CRM give us the deals …": a system had
# to give its data is queried, as one asked for it is ("have the team review it" asks people).
SYSTEMS_HAD_TO_GIVE = [
    (
        "Each Friday at 4:10pm, have Salesforce return the Brightwater Solar accounts whose panel"
        " warranty runs out before the end of next month, and email that list to"
        " aftercare@example-brightwatersolar.com.",
        ("10 16 * * 5", [Q, E]),
    ),
    (
        "Every Monday at 8am, have the CRM give us the deals that closed last week and post them"
        " in #sales.",
        ("0 8 * * 1", [Q, S]),
    ),
    (
        "Every day at 6am, have the inventory API send back today's low-stock items and post them"
        " in #ops.",
        ("0 6 * * *", [H, S]),
    ),
    (
        "On the 1st of every month, let Salesforce list the opportunities stuck in negotiation,"
        " then email them to sales-lead@example.com.",
        ("0 9 1 * *", [Q, E]),
    ),
    (
        "Every weekday at 7am, have https://api.example-depot.com/vans return the vans due a"
        " service and send them to fleet@example-depot.com.",
        ("0 7 * * 1-5", [H, E]),
    ),
    (
        "Nightly at 11pm, have the bookings API hand over tomorrow's arrivals and email them to"
        " housekeeping@example-inn.com.",
        ("0 23 * * *", [H, E]),
    ),
]

# The same wording without what was new keeps its reading.
UNCHANGED = [
    (
        "Monday mornings at 7:35: get me the deals from Salesforce and mail them to"
        " quotes@example.com.",
        ("35 7 * * 1", [Q, E]),
    ),
    (
        "Need this once: pull every account from Salesforce, and email it to cfo@example.io.",
        (None, [Q, E]),
    ),
    (
        "For Thursday's board pack: pull every account from Salesforce, and email it to"
        " cfo@example.io.",
        (None, [Q, E]),
    ),
    (
        "Each Friday at 4:10pm, get Salesforce to return the accounts whose warranty runs out next"
        " month, and email that list to a@example.com.",
        ("10 16 * * 5", [Q, E]),
    ),
    (
        "Every day at 6am, ask the inventory API for today's low-stock items and post them in"
        " #ops.",
        ("0 6 * * *", [H, S]),
    ),
    (
        "Every day at 6am, have the team review the low-stock items and post them in #ops.",
        ("0 6 * * *", [SU, S]),
    ),
    (
        "Once a lead replies, email it to sales@example.com.",
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PUNCTUAL_TIMES)
def test_a_time_kept_to_the_minute_is_the_time(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), ONCE_FOR_A_PURPOSE)
def test_once_for_a_purpose_heads_the_steps(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), SYSTEMS_HAD_TO_GIVE)
def test_a_system_had_to_give_its_data_is_queried(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
