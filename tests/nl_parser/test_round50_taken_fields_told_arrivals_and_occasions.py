"""Round 50: fields taken off each item ("grab X and Y off each ticket"), the story ended by a
dash before the request, what is at hand told as "there are …", items said to land somewhere
(the trigger), a thing got in front of its readers, a dated report covering every item, and a
favour asked before a named day's occasion."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W, C, H = "email.send", "slack.post_message", "webhook.post", "check_status", "http.request"
X, K, R, M, Q = "extract", "classify", "generate_report", "summarize", "salesforce.query"

EMAIL_ONLY = {"availableTools": ["email.send"]}
HTTP_EMAIL = {"availableTools": ["http.request", "email.send"]}
HTTP_SLACK = {"availableTools": ["http.request", "slack.post_message"]}


def _right(text: str, context: dict | None, expected: tuple) -> None:
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert not doubts_of(text, context)


# "grab the truck registration and net tonnage off each ticket": fields listed, then taken off
# (or from, or out of) each item, are extracted, whichever verb of taking says it.
TAKEN_OFF_EACH = [
    (
        "We've got about 900 weighbridge tickets from last month at the quarry. Can you grab the"
        " truck registration and net tonnage off each ticket and send the lot to"
        " accounts@example-stonevalequarry.co.uk?",
        None,
        (None, [X, E]),
    ),
    (
        "Grab the patient name and appointment date off each referral letter and email them to"
        " clinic@example-hillview.org.",
        None,
        (None, [X, E]),
    ),
    (
        "Pull the order number and total from every packing slip, then post them in #dispatch.",
        None,
        (None, [X, S]),
    ),
    (
        "get the meter ID, reading and date out of each photo the engineers send and email the"
        " lot to billing@example-gridco.com",
        None,
        (None, [X, E]),
    ),
    (
        "Fetch the member number, name and expiry date from each renewal card and send them to"
        " the membership webhook.",
        None,
        (None, [X, W]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), TAKEN_OFF_EACH)
def test_fields_taken_off_each_item_are_extracted(text: str, context, expected: tuple) -> None:
    _right(text, context, expected)


# A system named after "each" is still fetched from; a single thing taken is no list of fields.
TAKEN_FROM_SYSTEMS = [
    (
        "Every morning at 7, fetch the price and stock level from each supplier API and email"
        " them to buying@example-shop.com.",
        ("0 7 * * *", [H, E]),
    ),
    (
        "Every day at 6am, pull yesterday's orders from https://shop.example.com/api/orders and"
        " post them in #sales.",
        ("0 6 * * *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN_FROM_SYSTEMS)
def test_data_taken_from_a_system_is_still_fetched(text: str, expected: tuple) -> None:
    assert read(text) == expected


# "I've got about 600 scanned pages from the yard — can you extract …": the dash before the
# request ends the story as a full stop does.
STORY_BEFORE_A_DASH = [
    (
        "I've got about 600 scanned horse passport pages from the livery yard — can you extract"
        " each horse's name, microchip number and last vaccination date and email the lot to"
        " yard@example-oakfieldlivery.co.uk?",
        EMAIL_ONLY,
        (None, [X, E]),
    ),
    (
        "We have a pile of 300 signed consent forms from the summer camp — could you extract"
        " each child's name and allergy notes and email them to nurse@example-campwood.org?",
        None,
        (None, [X, E]),
    ),
    (
        "Our choir kept paper attendance sheets all term \u2013 please extract each singer's name"
        " and the dates they missed and send them to #choir-admin.",
        None,
        (None, [X, S]),
    ),
    (
        "I've inherited 80 old lease PDFs from the previous manager -- can you pull out the"
        " tenant, rent and end date from each one and email them to me@example-lettings.com?",
        None,
        (None, [X, E]),
    ),
    (
        "We've scanned 150 warranty cards from the shop — would you extract the serial number"
        " and purchase date from each and post them to the warranty webhook?",
        None,
        (None, [X, W]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), STORY_BEFORE_A_DASH)
def test_the_story_ends_at_a_dash_before_the_request(text: str, context, expected: tuple) -> None:
    _right(text, context, expected)


# "There are about 420 job-request emails sitting in the shared inbox.": what is at hand, told.
THERE_ARE = [
    (
        "We're a small translation agency and we've just inherited a backlog from a partner firm"
        " that closed down. There are about 420 job-request emails sitting in the shared inbox."
        " Just this once, please pull out the source language, target language and word count"
        " from each one, label each request as legal, medical or marketing, and send the lot to"
        " the webhook our project-management tool listens on.",
        (None, [X, K, W]),
    ),
    (
        "There are about 200 supplier emails in the purchasing inbox. Please extract the"
        " supplier name and quoted price from each one and email them to buyer@example-mill.com.",
        (None, [X, E]),
    ),
    (
        "There's a backlog of 90 warranty claims in the claims mailbox. Extract the product and"
        " fault from each one and post them in #warranty.",
        (None, [X, S]),
    ),
    (
        "There were 60 feedback forms left at reception. Summarise them and send the summary to"
        " #front-desk.",
        (None, [M, S]),
    ),
    (
        "There are 45 unpaid invoices in the shared inbox. Pull out the customer and amount from"
        " each one and send the lot to the collections webhook.",
        (None, [X, W]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), THERE_ARE)
def test_what_there_is_at_hand_is_told_not_asked(text: str, expected: tuple) -> None:
    assert read(text) == expected


# "Quarry delivery dockets land in our dockets inbox — extract …": items said to land somewhere,
# as a plain fact, opening the text, are its trigger, not a step.
ITEMS_LAND = [
    (
        "Quarry delivery dockets land in our dockets inbox — extract the truck reg, tonnage and"
        " material from each one, and push anything over 30 tonnes to the weighbridge-audit"
        " webhook.",
        (None, [X, C, W]),
    ),
    (
        "Supplier invoices arrive in the accounts mailbox; extract the supplier, total and due"
        " date from each one and email them to ap@example-brewco.com.",
        (None, [X, E]),
    ),
    (
        "Signed timesheets get uploaded to our payroll folder — pull out the hours from each one"
        " and post them in #payroll.",
        (None, [X, S]),
    ),
    (
        "Lab results come in through the results portal: extract the patient ID and the result"
        " from each one and send anything flagged as critical to the on-call webhook.",
        (None, [X, C, W]),
    ),
    (
        "Booking requests show up in the front-desk inbox — classify each one as group, family"
        " or solo and email the group ones to groups@example-hostel.com.",
        (None, [K, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITEMS_LAND)
def test_items_said_to_land_are_the_trigger(text: str, expected: tuple) -> None:
    assert read(text) == expected


# A clause that opens on its verb still asks for a step.
NOT_AN_ARRIVAL = [
    (
        "Send the new invoices to the accounts webhook.",
        (None, [W]),
    ),
    (
        "Forward the supplier invoices to ap@example-brewco.com.",
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_AN_ARRIVAL)
def test_a_step_on_items_is_no_arrival(text: str, expected: tuple) -> None:
    assert read(text) == expected


# "get it in front of #events-kitchen": a thing got before its readers is sent to them.
GOT_IN_FRONT_OF = [
    (
        "Whenever someone sends a catering enquiry through our site and the guest count is above"
        " 200, get it in front of #events-kitchen on Slack straight away.",
        None,
        (None, [C, S]),
    ),
    (
        "When a refund over $500 is requested, get it in front of #finance-approvals.",
        None,
        (None, [C, S]),
    ),
    (
        "Every Monday at 9am, summarise last week's churned accounts and get the summary in front"
        " of the leadership team by email.",
        None,
        ("0 9 * * 1", [M, E]),
    ),
    (
        "When a new complaint arrives, get it in front of support-leads@example-homeco.com.",
        None,
        (None, [E]),
    ),
    (
        "If a review has a rating below 2, get it in front of #reviews right away.",
        None,
        (None, [C, S]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), GOT_IN_FRONT_OF)
def test_a_thing_got_in_front_of_readers_is_sent(text: str, context, expected: tuple) -> None:
    _right(text, context, expected)


# "get the orders from Salesforce" still fetches; "get the team to review it" asks them.
def test_getting_data_is_still_a_fetch() -> None:
    assert read(
        "Every day at 8am, get the open orders from Salesforce and email them to ops@example.com."
    ) == ("0 8 * * *", [Q, E])


# "a usage report covering every docking station for the previous month": a dated report of
# each item, with http.request the only source listed, reads the data first.
REPORT_OF_EVERY_ITEM = [
    (
        "Bike-share scheme: build a usage report covering every docking station for the previous"
        " month at 07:30 on the 2nd of each month, and email it over to"
        " transport@example-pedalcity.gov.",
        HTTP_EMAIL,
        ("30 7 2 * *", [H, R, E]),
    ),
    (
        "Every Monday at 8am, write a report on every delivery van for the previous week and"
        " email it to fleet@example-vans.com.",
        HTTP_EMAIL,
        ("0 8 * * 1", [H, R, E]),
    ),
    (
        "At 6am on the 1st of each month, put together a summary of each branch for last month"
        " and post it in #regional.",
        HTTP_SLACK,
        ("0 6 1 * *", [H, M, S]),
    ),
    (
        "Every Friday at 5pm, compile an energy report covering each building over the past"
        " week and email it to estates@example-uni.ac.uk.",
        HTTP_EMAIL,
        ("0 17 * * 5", [H, R, E]),
    ),
    (
        "Daily at 23:00, build a report of every till for today and email it to"
        " manager@example-cafe.com.",
        HTTP_EMAIL,
        ("0 23 * * *", [H, R, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), REPORT_OF_EVERY_ITEM)
def test_a_dated_report_of_every_item_reads_the_data(text: str, context, expected: tuple) -> None:
    assert read(text, context) == expected


# Without a span of time, or with no source listed, nothing is read first.
def test_an_undated_report_of_every_item_reads_nothing() -> None:
    text = (
        "Every Monday at 8am, build a report covering every delivery van and email it to a@b.com."
    )
    assert read(text, HTTP_EMAIL) == ("0 8 * * 1", [R, E])


# "Quick favour before tomorrow's trade show: …": a one-off occasion of a named day, with the
# favour asked before it, is no step and no schedule.
OCCASION_AHEAD = [
    (
        "Quick favour before tomorrow's trade show: pull every open opportunity in Salesforce for"
        " our industrial dehumidifiers, write a short summary and send it to Marco on Slack.",
        (None, [Q, M, S]),
    ),
    (
        "Before Friday's gala: fetch the guest list from https://tickets.example-hall.org/api/"
        "guests and email it to door@example-hall.org.",
        (None, [H, E]),
    ),
    (
        "Small request ahead of tomorrow's site walk, pull the open snags from"
        " https://snags.example-build.com/api/open and post them in #site-team.",
        (None, [H, S]),
    ),
    (
        "One favour before next week's board dinner: summarise the open deals in Salesforce and"
        " email the summary to ceo@example.com.",
        (None, [Q, M, E]),
    ),
    (
        "In time for Monday's planning day: grab the backlog from https://jira.example.com/api/"
        "backlog and send it to #planning.",
        (None, [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OCCASION_AHEAD)
def test_a_favour_before_a_dated_occasion_is_no_step(text: str, expected: tuple) -> None:
    assert read(text) == expected


# A recurring occasion keeps its cadence as the schedule.
def test_a_recurring_occasion_keeps_its_schedule() -> None:
    text = (
        "Before each Monday standup, at 9am, post the open bugs from https://bugs.example.com/api"
        " to #eng."
    )
    assert read(text) == ("0 9 * * 1", [H, S])
