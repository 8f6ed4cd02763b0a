"""Round 89: one item arriving at its place heads an arrow chain as its event, and a record
asked with no subject ("flagged abnormal?") is its test; a cadence word after a measure
("gross monthly pay") is a figure's adjective; a memo's plural "STEPS:" label is no word of
the request, and "JOB: one-off" alone on its line says the run happens once; "shout about it
in #channel" posts there, and "with status 'rejected'" is the status tested; what others do
by habit ("… write notes after every session") is told before a request with its own
schedule."""

import pytest

from tests.nl_parser.reading import confidence_of, read

H, C, X, K, R, Z, S, E, W, G = (
    "http.request",
    "check_status",
    "extract",
    "classify",
    "generate_report",
    "summarize",
    "slack.post_message",
    "email.send",
    "webhook.post",
    "wait_for_signal",
)

# "<item> lands in <place> → <participle> <state>? → …": the event, then its test.
ITEM_ARRIVES_THEN_RECORD_ASKED = [
    (
        "Lab result lands in the Pawsworth Vets system \u2192 flagged abnormal? \u2192 DM the"
        " treating vet in Slack \u2192 wait for the vet to sign off \u2192 email the pet's owner"
        " the results",
        (None, [C, S, G, E]),
    ),
    (
        "Invoice arrives in the Xero inbox \u2192 marked overdue? \u2192 post in #finance",
        (None, [C, S]),
    ),
    (
        "Booking lands in the Tidewell Spa calendar \u2192 tagged VIP? \u2192 DM the manager in"
        " Slack \u2192 email the guest a welcome note",
        (None, [C, S, E]),
    ),
    (
        "A claim form comes in to the Harbour Insurance portal \u2192 flagged as fraud? \u2192"
        " email fraud@harbour.example \u2192 wait for an investigator to approve \u2192 post in"
        " #claims",
        (None, [C, E, G, S]),
    ),
    (
        "Signed contract arrives in the Harlow Legal inbox \u2192 flagged urgent? \u2192 email"
        " partners@harlowlegal.example \u2192 wait for a partner to approve \u2192 post in"
        " #contracts",
        (None, [C, E, G, S]),
    ),
    (
        "When a lab result arrives, if marked overdue, post in #vets",
        (None, [C, S]),
    ),
]

# "<measure> <cadence word> <noun>": a figure, not when the run happens.
MEASURED_FIGURES = [
    (
        "When a payslip is uploaded to the Fernleaf Mortgages portal, extract the employer and"
        " gross monthly pay; in case the pay is under \u00a32,000, email"
        " advisers@fernleafmortgages.example for a manual review.",
        (None, [X, C, E]),
    ),
    (
        "Whenever a timesheet is submitted in the Harrowgate Staffing app, pull out the worker"
        " name and average weekly hours; if the hours are over 48, email"
        " compliance@harrowgate.example.",
        (None, [X, C, E]),
    ),
    (
        "Each time a lease is uploaded to the Brookmere Lettings portal, extract the tenant and"
        " net monthly rent, and if the rent is above \u00a33,000, post it in #lettings.",
        (None, [X, C, S]),
    ),
    (
        "When a quote arrives from a supplier, extract the supplier, total annual cost and term;"
        " email procurement@x.example if the cost is over 50000",
        (None, [X, C, E]),
    ),
    (
        "Email the gross monthly pay figures to payroll@x.example",
        (None, [E]),
    ),
]

# "LABEL: value" lines, the steps under a plural label.
MEMO_FIELDS = [
    (
        "FROM: Ops, Greyhaven Wind Farm\nJOB: one-off\nINPUT: three years of turbine maintenance"
        " logs at https://scada.greyhavenwind.example/api/logs\nSTEPS: pull out turbine ID and"
        " fault code from each entry; build a report\nSEND TO: engineering@greyhavenwind.example",
        (None, [H, X, R, E]),
    ),
    (
        "FROM: Finance, Ashby Foods\nJOB: one-off\nINPUT: last year's invoices at"
        " https://erp.ashbyfoods.example/api/invoices\nSTEPS: pull out supplier and amount from"
        " each invoice; summarise them\nSEND TO: cfo@ashbyfoods.example",
        (None, [H, X, Z, E]),
    ),
    (
        "TO: Data team\nJOB: one-off\nSOURCE: https://api.rivermeadclinic.example/appointments\n"
        "TASKS: extract the clinician and no-show flag from each row; build a report\nSEND TO:"
        " manager@rivermeadclinic.example",
        (None, [H, X, R, E]),
    ),
    (
        "Job: one-off\nInput: https://tickets.brightwave.example/api/closed\nSteps: classify each"
        " ticket by topic; build a report\nSend to: support-leads@brightwave.example",
        (None, [H, K, R, E]),
    ),
    (
        "From: Estates, Calder College\nJob: one-off\nInput: the boiler logs at"
        " https://bms.caldercollege.example/api/boilers\nActions: pull out boiler ID and pressure"
        " from each entry; summarise them\nSend to: estates@caldercollege.example",
        (None, [H, X, Z, E]),
    ),
]

# "<event> with status '<state>', shout about it in #channel": the test, then a post.
SHOUTED_ABOUT = [
    (
        "Three times this month a Kestrel Haulage lorry has sat at the port gate for two hours"
        " because its slot was wrong. From now on, whenever the port booking system sends back a"
        " slot with status 'rejected', shout about it in #traffic-desk and email"
        " planning@kestrelhaulage.example. Ta.",
        (None, [C, S, E]),
    ),
    (
        "Whenever the warehouse system returns an order with status 'on hold', shout about it in"
        " #dispatch and email ops@tillery.example.",
        (None, [C, S, E]),
    ),
    (
        "From now on, when the payments API sends back a transfer with status 'failed', shout"
        " about it in #finance-alerts.",
        (None, [C, S]),
    ),
    (
        "Each time a booking comes back from the venue system with a status of declined, shout"
        " about it on #events and email events@corvid.example.",
        (None, [C, S, E]),
    ),
    (
        "Whenever the warehouse system returns an order with status 'on hold', post about it in"
        " #dispatch.",
        (None, [C, S]),
    ),
]

# "<people> [at <Firm>] <verb> … every <occasion>. <schedule>, <request>": the habit is theirs.
HABITS_BEFORE_A_SCHEDULE = [
    (
        "Parents at Brightsparks Tutoring keep asking how their kids are getting on, and the"
        " tutors write notes after every session that nobody ever reads. Every Friday at 16:30,"
        " could you pull the week's session notes from"
        " https://notes.brightsparkstutoring.example/api/week, summarise them and email the"
        " summary to office@brightsparkstutoring.example? Thanks!",
        ("30 16 * * 5", [H, Z, E]),
    ),
    (
        "The nurses write handover notes after every shift that nobody reads. Each Friday at"
        " noon, can you grab the notes from https://ward.stmarys.example/api/notes, summarise"
        " them and send the summary to matron@stmarys.example?",
        ("0 12 * * 5", [H, Z, E]),
    ),
    (
        "Members at Oakridge Climbing log their routes after every session that nobody looks at."
        " Every Sunday at 18:00, please fetch the week's logs from"
        " https://logs.oakridge.example/api/week, build a report and post it in #setters.",
        ("0 18 * * 0", [H, R, S]),
    ),
    (
        "Volunteers at Hollybank Food Bank record stock levels at the end of each shift. At 7am"
        " every weekday, pull the levels from https://stock.hollybank.example/api/levels and"
        " email them to coordinator@hollybank.example.",
        ("0 7 * * 1-5", [H, E]),
    ),
    (
        "Our drivers fill in a defect sheet after every run, and the fleet manager never sees"
        " them. Every Monday at 08:00, could you pull last week's sheets from"
        " https://fleet.ashgrove.example/api/sheets, summarise them and email the summary to"
        " fleet@ashgrove.example?",
        ("0 8 * * 1", [H, Z, E]),
    ),
]

READ_WHOLE = [
    *ITEM_ARRIVES_THEN_RECORD_ASKED,
    *MEASURED_FIGURES,
    *MEMO_FIELDS,
    *SHOUTED_ABOUT,
    *HABITS_BEFORE_A_SCHEDULE,
]

# Without the new part, or where the cadence word is the run's, nothing changes.
NEAR = [
    (
        "Lab result lands in the Pawsworth Vets system \u2192 DM the treating vet in Slack",
        (None, [S]),
    ),
    (
        "Send the average weekly hours report to ops@x.example weekly",
        ("0 9 * * 1", [E]),
    ),
    (
        "Shout out the top sellers in #shop-floor every Friday at 5pm",
        ("0 17 * * 5", [S]),
    ),
    (
        "Drivers submit a check form before every shift. Whenever one comes in, pull out the reg"
        " and post it in #fleet.",
        (None, [X, S]),
    ),
    (
        "Clients at Meadow Physio book sessions every week. Email the bookings from"
        " https://book.meadow.example/api/week to reception@meadow.example.",
        ("0 9 * * 1", [H, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ_WHOLE)
def test_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), READ_WHOLE)
def test_confident_when_read(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected
