"""Round 59: "…, turn that into a report" after a step makes the report, "can you pull the X, Y
and Z off every one?" asks for fields read out of each item, "pull batch no., origin and weight"
after a fetch reads fields out of what was fetched, and "the cook gets them" sends it to them."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S = "http.request", "email.send", "slack.post_message"
SF = "salesforce.query"

# "…, turn that into a renewals report": "that" names what the step before gave, turned (or
# made, worked) into the thing after "into"; the verb after the comma starts a step.
TURNED_INTO = [
    (
        "On the 15th of every month at 14:20, query Salesforce for Hollybrook Van Hire fleet"
        " accounts whose contracts end next quarter, extract the contract value and renewal"
        " contact from each record, turn that into a renewals report and email it to"
        " fleetsales@example-hollybrookvans.co.uk.",
        {"availableTools": [SF, E]},
        ("20 14 15 * *", [SF, "extract", "generate_report", E]),
    ),
    (
        "every Monday at 8am pull the bookings from https://api.example-lakeside.com/bookings,"
        " turn that into a weekly occupancy report and post it in #front-desk",
        {},
        ("0 8 * * 1", [H, "generate_report", S]),
    ),
    (
        "every Friday at 5pm query Salesforce for closed-won deals, extract the amount and owner"
        " from each one, turn that into a summary and email it to sales@example-kiteworks.com",
        {},
        ("0 17 * * 5", [SF, "extract", "summarize", E]),
    ),
    (
        "at 6am daily fetch the overnight alarms from https://alarms.example-coldstore.com/api,"
        " classify each by severity, turn that into a short report and send it to #cold-chain",
        {},
        ("0 6 * * *", [H, "classify", "generate_report", S]),
    ),
    (
        "every weekday at 7:30 grab the deliveries from https://api.example-greengrocer.com/drops"
        " and turn that into a driver report, then email it to drivers@example-greengrocer.com",
        {},
        ("30 7 * * 1-5", [H, "generate_report", E]),
    ),
    (
        "every Monday at 9am query Salesforce for open opportunities, extract the amount from"
        " each record, make that into a pipeline report and email it to sales@example.com",
        {},
        ("0 9 * * 1", [SF, "extract", "generate_report", E]),
    ),
]

# "Can you pull the supplier, delivery date and total weight off every one?": fields listed and
# taken off each item, asked for, are read out of it as the imperative's are.
ASKED_FIELDS_OFF_EACH = [
    (
        "We've got roughly 800 scanned delivery notes at Ridgeway Timber Merchants. Can you pull"
        " the supplier, delivery date and total weight off every one?",
        (None, ["extract"]),
    ),
    (
        "There are about 300 signed consent forms in the folder. Could you grab the pupil name,"
        " class and total cost off each one?",
        (None, ["extract"]),
    ),
    (
        "We have 120 old lab sheets. Could you please pull the sample id, date and total"
        " nitrogen from each one?",
        (None, ["extract"]),
    ),
    (
        "can you get the invoice number, vendor and total due off every invoice and email them"
        " to ap@example-hartwell.com",
        (None, ["extract", E]),
    ),
    (
        "Would you pull the title, year and total pages off each manuscript and post them in"
        " #archive?",
        (None, ["extract", S]),
    ),
]

# "GET https://… :: pull batch no., origin, roast level and weight loss %": fields listed with no
# source of their own, after a fetch, are read out of what it fetched (one URL, one call).
FIELDS_AFTER_A_FETCH = [
    (
        "Kettleby Coffee Roasters :: Mon/Wed/Fri 05:50 :: GET"
        " https://roastlog.example-kettlebycoffee.com/api/batches/yesterday :: pull batch no.,"
        " origin, roast level and weight loss % :: write up a roast summary :: email"
        " headroaster@example-kettlebycoffee.com",
        ("50 5 * * 1,3,5", [H, "extract", "summarize", E]),
    ),
    (
        "every day at 6am GET https://api.example-bakehouse.com/orders/today, grab order id,"
        " customer, loaf type and quantity, summarise it and post it in #ovens",
        ("0 6 * * *", [H, "extract", "summarize", S]),
    ),
    (
        "every Monday at 9am query Salesforce for renewals due this month, pull the account"
        " name, renewal date, owner and ARR, and email them to cs@example-tallyho.com",
        ("0 9 * * 1", [SF, "extract", E]),
    ),
    (
        "Hourly: fetch https://sensors.example-greenhouse.com/api/latest -> get zone, humidity,"
        " soil temp and light level -> post in #greenhouse",
        ("0 * * * *", [H, "extract", S]),
    ),
    (
        "at 18:00 every weekday call https://api.example-courier.com/runs/today, then pull the"
        " run id, driver, stops and miles driven, then email it to ops@example-courier.com",
        ("0 18 * * 1-5", [H, "extract", E]),
    ),
]

# "… are fetched from https://… and the cook gets them": a person said to get (or receive) what
# was fetched or made is sent it, by the medium listed or named.
GETS_THEM = [
    (
        "Some context: at Millbeck Primary School the kitchen keeps running short of gluten-free"
        " bread because nobody looks at the allergy register until the morning of. Could we set"
        " it up so that every weekday at quarter to three in the afternoon, tomorrow's lunch"
        " numbers are fetched from https://meals.example-millbeckprimary.sch.uk/api/tomorrow and"
        " the cook gets them? Thanks so much.",
        {"availableTools": [H, E]},
        ("45 14 * * 1-5", [H, E]),
    ),
    (
        "every Monday at 7am fetch the week's rota from https://rota.example-harbourcafe.com/api"
        " and the shift leads get it",
        {"availableTools": [H, E]},
        ("0 7 * * 1", [H, E]),
    ),
    (
        "every day at 6pm summarise the day's returns from https://shop.example-fernleaf.com/api"
        "/returns and the warehouse manager receives it by email",
        {},
        ("0 18 * * *", [H, "summarize", E]),
    ),
    (
        "each Friday at 4pm pull the timesheets from https://hr.example-tilework.com/api/week,"
        " write a payroll report, and the bookkeeper should get it",
        {"availableTools": [H, E]},
        ("0 16 * * 5", [H, "generate_report", E]),
    ),
    (
        "every night at 11pm grab the incident log from https://ops.example-rivermill.com/api"
        "/incidents and the duty manager gets them on Slack",
        {},
        ("0 23 * * *", [H, S]),
    ),
]

UNCHANGED = [
    # "turn them into …" was read before, and stays.
    (
        "every Monday at 9am query Salesforce for open opportunities, turn them into a pipeline"
        " report and email it to sales@example.com",
        {},
        ("0 9 * * 1", [SF, "generate_report", E]),
    ),
    # "turn on the misters" is no report made.
    (
        "every day at noon fetch the humidity from https://api.example-fernhouse.com/rh and if it"
        " is below 40%, call https://api.example-fernhouse.com/misters/on",
        {},
        ("0 12 * * *", [H, "check_status", H]),
    ),
    # A fetch named with its source after a fetch is a second fetch, as before.
    (
        "every day at 9am pull the orders from https://shop.example-kiln.com/api/orders and pull"
        " the refunds, returns and exchanges from https://shop.example-kiln.com/api/refunds",
        {},
        ("0 9 * * *", [H, H]),
    ),
    # Fields pulled off each item, told as an imperative, are read as before.
    (
        "pull the title, year and shelf mark off each card",
        {},
        (None, ["extract"]),
    ),
    # A fetch that lists what it fetches, with nothing fetched before, stays a fetch.
    (
        "every Monday at 9am pull the orders, refunds and returns from"
        " https://shop.example-kiln.com/api and email them to ops@example-kiln.com",
        {},
        ("0 9 * * 1", [H, E]),
    ),
    # "when the warehouse gets them" is an event, not a delivery.
    (
        "when the warehouse gets a new order, post it in #packing",
        {},
        (None, [S]),
    ),
    # "make that 10am" is still a correction.
    (
        "every day at 9am send the digest to #ops, actually make that 10am",
        {},
        ("0 10 * * *", [S]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), TURNED_INTO)
def test_that_turned_into_a_thing_makes_it(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.9
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), ASKED_FIELDS_OFF_EACH)
def test_fields_asked_off_each_item_are_extracted(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), FIELDS_AFTER_A_FETCH)
def test_fields_listed_after_a_fetch_are_extracted(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "context", "expected"), GETS_THEM)
def test_someone_who_gets_it_is_sent_it(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.85
    assert not [d for d in doubts_of(text, context) if "background" not in d]


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
