"""Round 56: a list that is the subject of a duty ("the supplier name, invoice total and due date
shall be extracted") splits at none of its verb-like nouns; a delivery told as a duty after "and"
or after a test with no comma ("if it is below 2 mm an email is to be sent …") is a step; an
"otherwise" opening the other branch is no unknown action; and "pick out" a closing list of fields
extracts them."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S = "http.request", "check_status", "webhook.post", "email.send", "slack.post_message"
X, SUM, REP = "extract", "summarize", "generate_report"

# "Candidate number, subject and total mark shall be extracted": "subject", "invoice" and
# "total" are listed nouns of the duty's subject, not steps.
LISTED_SUBJECTS = [
    (
        "Ashworth Grammar School, Exams Office — instruction: the 1,100 scanned mock-exam cover"
        " sheets are to be processed once. Candidate number, subject and total mark shall be"
        " extracted from each sheet, and the results forwarded to the mark-import webhook.",
        (None, [X, W]),
    ),
    (
        "Greystone Hotels Group, accounts payable procedure: upon receipt of a supplier invoice,"
        " the supplier name, invoice total and due date shall be extracted. Invoices exceeding"
        " £2,000 shall be forwarded to the approval webhook; all other invoices shall be emailed"
        " to ap@example-greystonehotels.com.",
        (None, [X, C, W, C, E]),
    ),
    (
        "When a delivery note arrives, the driver name, invoice total and pallet count are to be"
        " extracted and posted to the yard webhook.",
        (None, [X, W]),
    ),
    (
        "Upon receipt of a claim form, the policy number, claim total and incident date shall be"
        " extracted.",
        (None, [X]),
    ),
    (
        "Patient ID, sample type and result will be extracted from each uploaded lab report and"
        " forwarded to the records webhook.",
        (None, [X, W]),
    ),
    (
        "Employee number, total hours and site must be extracted from each scanned timesheet, and"
        " the results emailed to payroll@example-builders.com.",
        (None, [X, E]),
    ),
    (
        "Once a week on Friday at 16:00, pull the orders from https://shop.example.com/api/orders,"
        " and the name, total and postcode are to be extracted.",
        ("0 16 * * 5", [H, X]),
    ),
]

# "… shall be retrieved from https://… and a reminder email shall be sent to every patient": the
# delivery told as a duty after "and" is a step of its own.
DUTIES_AFTER_AND = [
    (
        "Notice to all reception staff, Brightwater Dental Practice: commencing next week, at"
        " 17:45 on each weekday the following day's appointment list shall be retrieved from"
        " https://diary.example-brightwaterdental.co.uk/api/tomorrow and a reminder email shall"
        " be sent to every patient on it.",
        ("45 17 * * 1-5", [H, E]),
    ),
    (
        "Every morning at 8 the rota shall be fetched from https://rota.example-clinic.org/api/today"
        " and a summary email shall be sent to the duty manager at duty@example-clinic.org.",
        ("0 8 * * *", [H, SUM, E]),
    ),
    (
        "Each Monday at 07:30 the stock levels are to be retrieved from"
        " https://stock.example-farm.com/api and a short report is to be posted in #farm-ops.",
        ("30 7 * * 1", [H, REP, S]),
    ),
    (
        "At 6pm daily the new bookings shall be pulled from https://book.example-spa.com/api/new"
        " and a welcome message must be posted to #front-desk.",
        ("0 18 * * *", [H, S]),
    ),
    (
        "Daily at noon, fetch the queue from https://q.example.com/api and a status update will be"
        " sent to ops@example.com.",
        ("0 12 * * *", [H, E]),
    ),
]

# "if it is below 2 mm an email is to be sent to the customer; otherwise …": after the test's
# predicate, the duty starts the step it guards with no comma; "otherwise" opens the other branch.
DUTIES_AFTER_A_TEST = [
    (
        "Crestview Tyres, workshop procedure: whenever a tread-depth reading is recorded for a"
        " customer's vehicle, if it is below 2 mm an email is to be sent to the customer"
        " recommending replacement; otherwise the reading is to be forwarded to the"
        " service-history webhook.",
        (None, [C, E, C, W]),
    ),
    (
        "When a meter reading comes in, if it is above 500 kWh an alert is to be sent to"
        " facilities@example-school.org; otherwise the reading is to be posted in #energy.",
        (None, [C, E, C, S]),
    ),
    (
        "If a parcel weighs over 30 kg a warning email shall be sent to the depot at"
        " depot@example-couriers.com; otherwise the parcel is to be forwarded to the dispatch"
        " webhook.",
        (None, [C, E, C, W]),
    ),
    (
        "When a survey response arrives, if the score is below 5 a follow-up email is to be sent"
        " to the customer, otherwise the response is to be posted in #feedback.",
        (None, [C, E, C, S]),
    ),
    (
        "Whenever a temperature is logged, if it exceeds 8 degrees a message should be posted to"
        " #cold-chain; otherwise the reading is to be forwarded to the history webhook.",
        (None, [C, S, C, W]),
    ),
]

# "From each of the 90 scanned receipts …, pick out the invoice number, supplier name and VAT
# amount": fields listed after "pick out", closing the clause, are extracted.
PICKED_OUT_FIELDS = [
    (
        "From each of the 90 scanned supplier receipts in our shared folder at Fernleaf"
        " Architects, pick out the invoice number, supplier name and VAT amount, and email the"
        " list to accounts@example-fernleafarchitects.co.uk.",
        (None, [X, E]),
    ),
    (
        "From each of the 40 scanned delivery notes in the shared drive, pick out the driver name,"
        " vehicle registration and delivery date, and post them to the yard webhook.",
        (None, [X, W]),
    ),
    (
        "Out of every uploaded CV in the recruitment folder, please pick out the candidate name"
        " and phone number, then email the list to hr@example-agency.com.",
        (None, [X, E]),
    ),
    (
        "For the 200 photographed meter cards on the drive, pick out the meter ID, reading and"
        " date and send them to the billing webhook.",
        (None, [X, W]),
    ),
    (
        "Pick out the invoice number, supplier name and VAT amount, and email the list to"
        " a@example.com.",
        (None, [X, E]),
    ),
]

# Near cases that keep their reading.
NEAR = [
    # A verb with its own object is a step, list or not.
    ("Total the sales and the refunds and email the figures to cfo@example.com.", (None, [SUM, E])),
    # The imperatives the duties say in other words.
    (
        "Every day at 9am fetch the list from https://x.example.com/api and send a reminder email"
        " to every patient on it.",
        ("0 9 * * *", [H, E]),
    ),
    (
        "If the reading is below 2 mm, email the customer; otherwise forward the reading to the"
        " history webhook.",
        (None, [C, E, C, W]),
    ),
    # A passive inside the test is its predicate, not a step.
    ("If the invoice is sent to the wrong address, email ap@example.com.", (None, [C, E])),
    # Items picked, not fields.
    ("Pick out the ones mentioning refunds and email them to billing@example.com.", (None, [C, E])),
    ("Pick the name and date fields.", (None, ["pick"])),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    LISTED_SUBJECTS + DUTIES_AFTER_AND + DUTIES_AFTER_A_TEST + PICKED_OUT_FIELDS + NEAR,
)
def test_reading(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    LISTED_SUBJECTS[2:] + DUTIES_AFTER_AND[1:] + DUTIES_AFTER_A_TEST[1:],
)
def test_right_readings_are_confident(text, expected):
    assert confidence_of(text) >= 0.7, doubts_of(text)


def test_otherwise_is_no_unknown_action():
    text = DUTIES_AFTER_A_TEST[0][0]
    assert not any("otherwise" in doubt for doubt in doubts_of(text))
