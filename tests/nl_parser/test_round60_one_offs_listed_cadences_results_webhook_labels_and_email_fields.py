"""Round 60: "One-time job for <client>: …" is a one-off headed by whom it is for, "the tenant,
monthly rent and break date" names a field in a list (no cadence), "the resulting list emailed
to …" sends what the steps made (no subset), "the 'car park full' sign webhook" is a webhook
named by a quoted label, and "POST the customer's email and postcode to https://…" sends an
address as data (no email)."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, X, R, SUM = "check_status", "extract", "generate_report", "summarize"

# "One-time job for Calloway & Finch Solicitors: …": the one-off marker, then whom (or what) the
# run is for, before the colon or dash that opens the steps.
ONE_OFF_FOR = [
    (
        "One-time job for Calloway & Finch Solicitors: go through the 420 scanned tenancy"
        " agreements in our archive, pull the landlord, tenant, monthly rent and break-clause date"
        " out of each, and put together a report from it.",
        (None, [X, R]),
    ),
    (
        "One-off run for the Hartley audit team: pull the invoices from"
        " https://books.example-hartley.com/api/invoices and email them to"
        " audit@example-hartley.com.",
        (None, [H, E]),
    ),
    (
        "One-time task for Greenway Dental \u2014 fetch the patient list from"
        " https://api.example-greenway.com/patients and post it in #reception.",
        (None, [H, S]),
    ),
    (
        "one off job for Mrs Patel - go through the 80 scanned receipts, extract the date and"
        " amount from each, and email a summary to patel@example-mail.com",
        (None, [X, SUM, E]),
    ),
    (
        "One-off for the trustees: summarise the donations from"
        " https://give.example-lifeboat.org/api/donations and email the summary to"
        " trustees@example-lifeboat.org.",
        (None, [H, SUM, E]),
    ),
]

# "pull the landlord, tenant, monthly rent and break-clause date": a cadence word with one noun
# after it, between a list's comma and its "and", is a field's adjective, no schedule.
LISTED_CADENCE_WORDS = [
    (
        "Go through the 60 lease PDFs, pull the tenant, monthly rent and end date out of each, and"
        " email the list to leases@example-lettings.com.",
        (None, [X, E]),
    ),
    (
        "Look through the 120 scanned payslips, extract the employee, weekly wage and tax code"
        " from each, and email them to payroll@example-mill.com.",
        (None, [X, E]),
    ),
    (
        "Every Friday at 5pm, fetch the drivers from https://fleet.example-vans.com/api/drivers,"
        " extract the name, daily mileage and fuel cost of each and email it to"
        " fleet@example-vans.com.",
        ("0 17 * * 5", [H, X, E]),
    ),
    (
        "Extract the club, yearly fee and renewal date from each of the 40 attached membership"
        " forms and post them in #membership.",
        (None, [X, S]),
    ),
]

# The cadence itself, not between a list's comma and "and", stays a schedule.
CADENCES_KEPT = [
    (
        "Fetch the rent roll from https://lets.example-oak.com/api/rents monthly on the 1st and"
        " email it to owner@example-oak.com.",
        ("0 9 1 * *", [H, E]),
    ),
    (
        "Pull the invoices from https://books.example-hartley.com/api/invoices, weekly on"
        " Mondays, and email them to audit@example-hartley.com.",
        ("0 9 * * 1", [H, E]),
    ),
]

# "… and the resulting list emailed to …": what the steps before made, no subset of it.
RESULTS_SENT = [
    (
        "MEMORANDUM \u2014 Harrowgate Opticians, Clinical Operations. With effect from next"
        " month, every Tuesday and Thursday at 07:40 the recall list is to be retrieved from"
        " https://recalls.example-harrowgateoptic.co.uk/api/due, the patient name and last-exam"
        " date extracted from each entry, and the resulting list emailed to"
        " frontdesk@example-harrowgateoptic.co.uk.",
        ("40 7 * * 2,4", [H, X, E]),
    ),
    (
        "Every Friday the timesheets should be pulled from"
        " https://hr.example-mill.com/api/timesheets, totalled, and the resulting figures"
        " emailed to payroll@example-mill.com.",
        ("0 9 * * 5", [H, SUM, E]),
    ),
    (
        "Every day at 6am the bookings are to be fetched from"
        " https://inn.example-quay.com/api/bookings, the room and guest name extracted from each,"
        " and the resulting list emailed to housekeeping@example-quay.com.",
        ("0 6 * * *", [H, X, E]),
    ),
    (
        "Each Monday at 8 the open orders are to be pulled from"
        " https://shop.example-kiln.com/api/orders, summarised, and the resultant summary posted"
        " in #ops.",
        ("0 8 * * 1", [H, SUM, S]),
    ),
    (
        "Every night at 23:00 the sensor logs are to be fetched from"
        " https://iot.example-barn.com/api/logs, the highest reading extracted from each, and"
        " the resulting table emailed to farm@example-barn.com.",
        ("0 23 * * *", [H, X, E]),
    ),
]

# A state before the things sent still picks some of them.
SUBSETS_KEPT = [
    (
        "Every Monday at 8 the open orders are to be pulled from"
        " https://shop.example-kiln.com/api/orders and the failed ones posted in #ops.",
        ("0 8 * * 1", [H, C, S]),
    ),
    (
        "Every hour fetch the jobs from https://ci.example-kiln.com/api/jobs and post the failed"
        " jobs in #ops.",
        ("0 * * * *", [H, C, S]),
    ),
]

# "trigger the 'car park full' sign webhook": a quoted label names the webhook as one word does.
QUOTED_WEBHOOK_LABELS = [
    (
        "Every half hour from 6am to 10pm, read the occupancy at"
        " https://parking.example-quaygatecarparks.com/api/levels and trigger the 'car park full'"
        " sign webhook when it reaches 95% or more.",
        ("*/30 6-22 * * *", [H, C, W]),
    ),
    (
        "Every hour, fetch the queue length from https://q.example-clinic.com/api/queue and hit"
        " the 'queue too long' staffing webhook when it is over 20.",
        ("0 * * * *", [H, C, W]),
    ),
    (
        'Poll https://weather.example-farm.com/api/rain every 30 minutes and trigger the "rain'
        ' expected" irrigation shutoff webhook if the chance is 80% or more.',
        ("*/30 * * * *", [H, C, W]),
    ),
    (
        "Every 10 minutes, check the freezer temperature at https://cold.example-dairy.com/api/temp"
        " and fire the 'freezer too warm' alarm webhook if it goes above -15.",
        ("*/10 * * * *", [H, C, W]),
    ),
    (
        "Each morning at 7, pull the stock levels from https://shop.example-kiln.com/api/stock"
        " and call the 'stock running very low' reorder webhook when any item is below 5.",
        ("0 7 * * *", [H, C, W]),
    ),
]

# No webhook named, the call stays a call.
CALLS_KEPT = [
    (
        "Every hour, fetch the queue length from https://q.example-clinic.com/api/queue and"
        " trigger the 'rebuild' job at https://ci.example-clinic.com/api/rebuild when it is over"
        " 20.",
        ("0 * * * *", [H, C, H]),
    ),
]

# "POST the customer's email and postcode to https://…": someone's email, or an email address,
# sent to a URL is data the hook is given, not a second medium.
EMAIL_FIELDS = [
    (
        "Whenever a loyalty card is registered at Bramwell Farm Shop, POST the customer's email"
        " and postcode to https://crm.example-bramwellfarmshop.co.uk/hooks/loyalty and send them a"
        " thank-you email.",
        (None, [W, E]),
    ),
    (
        "When a member joins, POST their name, email and phone to"
        " https://crm.example-rowing.com/hooks/members and email them a welcome pack.",
        (None, [W, E]),
    ),
    (
        "When someone signs up for the newsletter, send their email address to"
        " https://crm.example-kiln.com/hooks/signup.",
        (None, [W]),
    ),
    (
        "Whenever an order ships, push the buyer's email and tracking number to"
        " https://hooks.example-parcel.com/shipped.",
        (None, [W]),
    ),
    (
        "When a guest checks out, send the guest's email and room number to"
        " https://hooks.example-inn.com/feedback and post a note in #front-desk.",
        (None, [W, S]),
    ),
]

# An email that carries the message stays the medium.
EMAILS_KEPT = [
    (
        "When an invoice is paid, send a receipt to the customer's email.",
        (None, [E]),
    ),
    (
        "When a member joins, email them a welcome pack and post their name to"
        " https://crm.example-rowing.com/hooks/members.",
        (None, [E, W]),
    ),
]

# "MEMORANDUM \u2014 Harrowgate Opticians, Clinical Operations.": the kind of document and who
# sends it, names alone, is no step and no unread words.
DOCUMENT_HEADINGS = [
    (
        "NOTICE - Kestrel Leisure Centre, Facilities Team. Every Monday at 6am the pool readings"
        " are to be fetched from https://pool.example-kestrel.com/api/readings and the results"
        " emailed to facilities@example-kestrel.com.",
        ("0 6 * * 1", [H, E]),
    ),
    (
        "Internal memo: Northgate Library, Lending Services. Every day at 8am the overdue loans"
        " are to be retrieved from https://lib.example-northgate.org/api/overdue and posted in"
        " #lending.",
        ("0 8 * * *", [H, S]),
    ),
    (
        "Memo \u2014 Finance. Each Friday at 5pm pull the expenses from"
        " https://books.example-kiln.com/api/expenses and email them to finance@example-kiln.com.",
        ("0 17 * * 5", [H, E]),
    ),
    (
        "Bulletin: Office of the Registrar. Every weekday at 7am fetch the enrolments from"
        " https://reg.example-college.ac.uk/api/enrolments and post them in #admissions.",
        ("0 7 * * 1-5", [H, S]),
    ),
]

RIGHT = ONE_OFF_FOR + LISTED_CADENCE_WORDS + RESULTS_SENT + QUOTED_WEBHOOK_LABELS + EMAIL_FIELDS
RIGHT += DOCUMENT_HEADINGS
KEPT = CADENCES_KEPT + SUBSETS_KEPT + CALLS_KEPT + EMAILS_KEPT


@pytest.mark.parametrize(("text", "expected"), RIGHT + KEPT)
def test_reads_cron_and_actions(text, expected):
    cron, actions = expected
    assert read(text) == (cron, actions)


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_right_readings_are_confident(text, expected):
    assert confidence_of(text) >= 0.7, doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_HEADINGS + QUOTED_WEBHOOK_LABELS[1:])
def test_headings_and_labels_leave_no_doubt(text, expected):
    assert doubts_of(text) == []
