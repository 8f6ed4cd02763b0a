"""Round 58: "each claim classified as A, B or C" sorts, fields taken "off each card" end their
list, a thing made "for the wardens / the COO / the Keeper of Archives" goes to them, "…, and a
report generated for …" is a second duty, "the branch manager would like a recap" is sent to
them, and "half nine" is 9:30."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
HTTP_EMAIL = {"availableTools": [H, E]}
HTTP_SLACK = {"availableTools": [H, S]}

# "…, each claim classified as storm, vandalism or accidental damage, and …": a participle of
# sorting with the classes it chooses among, its object first, after a break, is a step.
CLASSIFIED_AS = [
    (
        "Copperbeech Glazing, claims administration — one-off request: kindly process the 212"
        " insurance claim letters received this quarter. The policy number and claim amount are"
        " to be extracted from each letter, each claim classified as storm, vandalism or"
        " accidental damage, and the results submitted to the claims-portal webhook.",
        {"availableTools": [W]},
        (None, ["extract", "classify", W]),
    ),
    (
        "One-off: the 300 warranty forms are in the shared drive. The serial number and purchase"
        " date are to be extracted from each form, each claim classified as repair, replacement"
        " or refund, and the results submitted to the returns webhook.",
        {"availableTools": [W]},
        (None, ["extract", "classify", W]),
    ),
    (
        "Every Monday at 7am the tickets are to be fetched from"
        " https://help.example-kiosk.com/api/tickets, each ticket categorised as billing, bug or"
        " feature request, and the results posted to #support.",
        HTTP_SLACK,
        ("0 7 * * 1", [H, "classify", S]),
    ),
    (
        "Please process the 80 supplier invoices: the totals are to be pulled out of each"
        " invoice, every invoice tagged as paid, overdue or disputed, and the results emailed to"
        " ap@example-ledgerly.com.",
        {},
        (None, ["extract", "classify", E]),
    ),
    (
        "Daily at 18:00 the reviews are to be retrieved from"
        " https://reviews.example-cafe.com/api/today, each review labelled as positive, neutral"
        " or negative, and the results sent to the feedback webhook.",
        {"availableTools": [H, W]},
        ("0 18 * * *", [H, "classify", W]),
    ),
]

# "grab the variety, sowing month and batch mark off each packet": the last field before
# "off/from each" looks like a verb with its particle ("mark off", "year off") but closes the
# list of what is taken out of each item.
TAKEN_OFF_EACH = [
    (
        "One-off job for the Ashcombe Parish Archive: we've scanned 1,850 old catalogue cards."
        " Pull the title, year and shelf mark off each card, put together a report from them and"
        " email it to archivist@example-ashcombearchive.org.uk.",
        (None, ["extract", "generate_report", E]),
    ),
    (
        "We've photographed 400 seed packets. Grab the variety, sowing month and batch mark off"
        " each packet and email a list to seeds@example-allotment.org.",
        (None, ["extract", E]),
    ),
    (
        "Pull the patient name and ward number off every wristband scan, then put together a"
        " report and email it to wards@example-hospital.org.",
        (None, ["extract", "generate_report", E]),
    ),
    (
        "Pull the title and year off each card, then email it to archive@example-library.org.",
        (None, ["extract", E]),
    ),
    (
        "Get the plate, axle weight and time stamp from each weighbridge ticket and post them to"
        " #yard.",
        (None, ["extract", S]),
    ),
]

# A summary or report made for people in a role, plural or one office ("the wardens", "the
# COO", "the Keeper of Archives", "the Head of Collections"), goes by the one medium listed.
MADE_FOR_A_ROLE = [
    (
        "At 21:00 each Sunday, write up a recap of the week's check-ins at Drovers Rest Hostel"
        " for the wardens.",
        HTTP_SLACK,
        ("0 21 * * 0", [H, "summarize", S]),
    ),
    (
        "One-off request: we've exported the 1,200 live-chat transcripts from last month's"
        " Mosaic Broadband outage. Tag each as billing, connectivity or hardware, and produce a"
        " report on the breakdown for the COO.",
        {"availableTools": [E]},
        (None, ["classify", "generate_report", E]),
    ),
    (
        "Every Friday at 5pm, summarise the week's incidents for the stewards.",
        HTTP_SLACK,
        ("0 17 * * 5", [H, "summarize", S]),
    ),
    (
        "Every Monday at 8am, prepare a report on last week's sales for the CFO.",
        HTTP_EMAIL,
        ("0 8 * * 1", [H, "generate_report", E]),
    ),
    (
        "On the 1st of each month at 9am, fetch the new accessions from"
        " https://archive.example-museum.org/api/new and compile a digest of them for the Head"
        " of Collections.",
        HTTP_EMAIL,
        ("0 9 1 * *", [H, "summarize", E]),
    ),
    (
        "Each evening at 6, write up a summary of the day's admissions for the duty wardens.",
        HTTP_SLACK,
        ("0 18 * * *", [H, "summarize", S]),
    ),
]

# "…are to be extracted, and a report generated for the Keeper of Archives": a second duty
# with its "is to be" left out, a made thing and its participle, is a step.
GAPPED_DUTY = [
    (
        "Records Office directive, St Aldric's College: each Friday at 16:30 the week's new"
        " accession entries are to be obtained from"
        " https://archive.example-staldrics.ac.uk/api/accessions; from each entry the donor name"
        " and date range are to be extracted, and a report generated for the Keeper of Archives.",
        HTTP_EMAIL,
        ("30 16 * * 5", [H, "extract", "generate_report", E]),
    ),
    (
        "Each Monday at 07:00 the weekend's orders are to be fetched from"
        " https://shop.example-bakery.com/api/orders, and a summary compiled for the bakery"
        " manager.",
        HTTP_EMAIL,
        ("0 7 * * 1", [H, "summarize", E]),
    ),
    (
        "Every night at 23:00 the sensor readings are to be obtained from"
        " https://sensors.example-farm.com/api/day; the peak values are to be extracted, and a"
        " report generated for the farm director.",
        HTTP_EMAIL,
        ("0 23 * * *", [H, "extract", "generate_report", E]),
    ),
    (
        "At 9am on the 1st, the invoices are to be retrieved from"
        " https://billing.example-host.com/api/month, and a report produced and emailed to"
        " finance@example-host.com.",
        {},
        ("0 9 1 * *", [H, "generate_report", E]),
    ),
    (
        "Every Friday at 9am the timesheets are to be downloaded from"
        " https://hr.example-firm.com/api/timesheets, and an overview prepared for the payroll"
        " officer.",
        HTTP_EMAIL,
        ("0 9 * * 5", [H, "summarize", E]),
    ),
]

# "the Thornbury Library branch manager would like a short recap of …", "Nettle & Sons Pest
# Control needs a report on …": a made thing wanted by someone else (a role, one person in it,
# or a firm's name of a few capitalised words) is made, and sent to them when nothing else
# says where it goes.
WANTED_BY_OTHERS = [
    (
        "At quarter past four in the afternoon each weekday, the Thornbury Library branch"
        " manager would like a short recap of the day's loans and returns.",
        HTTP_EMAIL,
        ("15 16 * * 1-5", [H, "summarize", E]),
    ),
    (
        "Every Monday at 9am, the Eastgate Pool duty manager would like a recap of last week's"
        " swim bookings.",
        HTTP_EMAIL,
        ("0 9 * * 1", [H, "summarize", E]),
    ),
    (
        "Each Friday at 4pm, our head of operations wants a summary of the week's deliveries.",
        HTTP_SLACK,
        ("0 16 * * 5", [H, "summarize", S]),
    ),
    (
        "Every weekday at 17:30, the site supervisor needs a short digest of the day's safety"
        " incidents.",
        HTTP_EMAIL,
        ("30 17 * * 1-5", [H, "summarize", E]),
    ),
    (
        "Nettle & Sons Pest Control needs a report on how many wasp nests we treated in the"
        " previous month, built at half nine in the morning on the 3rd of each month and emailed"
        " to ops@example-nettlepestcontrol.co.uk.",
        {},
        ("30 9 3 * *", ["generate_report", E]),
    ),
    (
        "Hollis & Grange Removals needs a report on last month's completed moves, built at 8am on"
        " the 2nd of each month and emailed to office@example-hollisgrange.co.uk.",
        {},
        ("0 8 2 * *", ["generate_report", E]),
    ),
]

# "at half nine", "half ten in the morning": the British "half past", its "past" left out.
HALF_HOURS = [
    ("Every weekday at half nine, email the rota to staff@example-cafe.co.uk.", "30 9 * * 1-5"),
    ("Each Saturday at half ten in the morning, post the fixtures to #club.", "30 10 * * 6"),
    (
        "Every day at half six in the evening, send the takings to manager@example-pub.co.uk.",
        "30 18 * * *",
    ),
    ("On Sundays at half 8pm, post the week's results to #league.", "30 20 * * 0"),
    ("Every day at half past nine, email the log to ops@example.com.", "30 9 * * *"),
]

# Near cases the rules must leave as they were.
UNCHANGED = [
    # One class named: the ones tagged pick a subset, no sorting step.
    (
        "Every hour, fetch new tickets from https://x.example.com/api/t, the ones tagged as spam"
        " deleted and the rest posted to #support.",
        {},
        ("0 * * * *", [H, S]),
    ),
    # One verb alone after "and", then "off each": a step ("mark off"), not a field.
    (
        "Grab the invoices from https://x.example.com/api and mark off each paid one in #ap.",
        {},
        (None, [H, S]),
    ),
    # No medium listed: the report made for the CFO may be read where it is kept.
    (
        "Every Monday at 8am, prepare a report on last week's sales for the CFO.",
        {},
        ("0 8 * * 1", ["generate_report"]),
    ),
    # "for the last quarter" is a span of time, not people.
    (
        "Every Monday at 8am, prepare a report on sales for the last quarter.",
        HTTP_EMAIL,
        ("0 8 * * 1", ["generate_report"]),
    ),
    # No comma before "and", no one it is for: the overview is not a second duty.
    (
        "Every Friday at 9am the timesheets are to be downloaded from"
        " https://hr.example-firm.com/api/timesheets and an overview prepared.",
        HTTP_EMAIL,
        ("0 9 * * 5", [H]),
    ),
    # The teller wants it: made, not sent (nothing says where).
    (
        "Every weekday at 17:30, I would like a short digest of the day's safety incidents.",
        HTTP_EMAIL,
        ("30 17 * * 1-5", [H, "summarize"]),
    ),
    # "in half" with no clock after "at": no time.
    (
        "Every day at 8am, split the list in half two times and email it to a@example.com.",
        {},
        ("0 8 * * *", [E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), CLASSIFIED_AS)
def test_a_participle_of_sorting_with_its_classes_is_a_step(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "expected"), TAKEN_OFF_EACH)
def test_the_last_field_taken_off_each_item_closes_the_list(text, expected):
    assert read(text) == expected
    assert not [d for d in doubts_of(text) if "not understood" in d]


@pytest.mark.parametrize(("text", "context", "expected"), MADE_FOR_A_ROLE)
def test_a_thing_made_for_a_role_goes_by_the_one_medium(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.9


@pytest.mark.parametrize(("text", "context", "expected"), GAPPED_DUTY)
def test_a_duty_with_its_to_be_left_out_is_a_step(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.9


@pytest.mark.parametrize(("text", "context", "expected"), WANTED_BY_OTHERS)
def test_a_made_thing_wanted_by_others_is_made_and_sent(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.85
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "cron"), HALF_HOURS)
def test_half_an_hour_without_past_is_half_past(text, cron):
    assert read(text)[0] == cron
    assert confidence_of(text) >= 0.9


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
