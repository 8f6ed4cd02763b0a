"""Round 76: a cadence word on the last field of a list before the next step's "and" ("extract
the tenant name, move-in date and monthly rent and drop them into …"), which is no schedule; a
firm's name on the subject of an event ("When a Hawkridge Pest Control technician submits a job
report"), which is the trigger, not a test; a named thing held until a person has done something
("hold the catalogue entry until the specialist has authenticated the piece"), a wait for a
signal; and an irregular participle of a state in a question ("any lift shut for high wind?"),
a test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
X, CL, SUM, SIG, WAIT = "extract", "classify", "summarize", "wait_for_signal", "wait"

# "… move-in date and monthly rent and drop them …": between the list's "and" and the next
# step's, the cadence word is the last field's adjective.
LIST_CADENCE = [
    (
        "Whenever a signed lease comes back to Northgate Lettings, extract the tenant name,"
        " move-in date and monthly rent and drop them into the lettings webhook.",
        {"availableTools": [W, E]},
        (None, [X, W]),
    ),
    (
        "When a timesheet is submitted, extract the employee, project and weekly hours and post"
        " them to #payroll.",
        {},
        (None, [X, S]),
    ),
    (
        "Each time a supplier quote comes in, extract the supplier, item and daily rate and push"
        " them to the procurement webhook.",
        {},
        (None, [X, W]),
    ),
    (
        "When a gym membership form is submitted, pull out the member name, plan and monthly fee"
        " and drop them into the CRM webhook.",
        {},
        (None, [X, W]),
    ),
    (
        "Whenever an insurance renewal arrives, extract the policy number, insurer and yearly"
        " premium and email them to cover@harbourhomes.example.",
        {},
        (None, [X, E]),
    ),
]
# A cadence word that ends a step, or with no noun after it, is still the schedule.
LIST_CADENCE_KEPT = [
    (
        "Extract the tenant name, move-in date and rent and post them to #lettings monthly.",
        ("0 9 1 * *", [X, S]),
    ),
    (
        "Fetch the bookings from https://api.example/bookings and post them to #front-desk daily"
        " and email the manager.",
        ("0 9 * * *", [H, S, E]),
    ),
    (
        "Every Friday, extract the hours and rates and send them to payroll@acme.example.",
        ("0 9 * * 5", [X, E]),
    ),
]

# "a Hawkridge Pest Control technician submits a job report": the firm's name says whose the
# subject is; what the subject does is the event.
FIRM_SUBJECT = [
    (
        "When a Kestrel Haulage driver files an incident report, summarize it and post it to"
        " #fleet.",
        (None, [SUM, S]),
    ),
    (
        "When a Brightwater Swim School coach uploads a progress report, email it to the parents.",
        (None, [E]),
    ),
    (
        "Whenever a Pinecrest Vet Clinic nurse sends a lab report, extract the patient name and"
        " result and post them to #vets.",
        (None, [X, S]),
    ),
    (
        "When an Alder and Finch Bakery courier logs a delivery report, classify it as on time or"
        " late, and if it's late, email the manager.",
        (None, [CL, C, E]),
    ),
]
FIRM_SUBJECT_KEPT = [
    (
        "When a technician submits a job report, classify the infestation as rodents, insects or"
        " birds, and if it's rodents, email the officer.",
        (None, [CL, C, E]),
    ),
    ("If a Hawkridge invoice is overdue, email accounts@hawkridge.example.", (None, [C, E])),
]

# "hold the catalogue entry until the specialist has authenticated the piece": a person's deed,
# done, lets the named thing go on.
NAMED_HOLD = [
    (
        "When a lot is consigned to Ashcombe Auction Rooms, hold the catalogue entry until the"
        " specialist has authenticated the piece, then push it to the catalogue webhook and email"
        " the consignor a copy.",
        (None, [SIG, W, E]),
    ),
    (
        "When a grant application comes in, hold the application until the panel chair has"
        " reviewed it, then email the applicant.",
        (None, [SIG, E]),
    ),
    (
        "When an expense claim is submitted, hold the payout until the finance lead has checked"
        " the receipts, then post it to the payments webhook.",
        (None, [SIG, W]),
    ),
    (
        "When a new article is drafted, hold the draft until the editor has proofread it, then"
        " publish it to the blog webhook.",
        (None, [SIG, W]),
    ),
    (
        "When a sample arrives at the lab, hold the result until a pathologist has verified the"
        " slide, then email the GP.",
        (None, [SIG, E]),
    ),
]
NAMED_HOLD_KEPT = [
    (
        "When a lot is consigned, hold the catalogue entry for 2 days, then push it to the"
        " catalogue webhook.",
        (None, [WAIT, W]),
    ),
    (
        "When an order is placed, hold the order for a day to let the customer change it, then"
        " post it to #packing.",
        (None, [WAIT, S]),
    ),
]

# "any lift shut for high wind?": a participle of a state without -ed is the test asked.
SHUT_STATE = [
    (
        "Every hour → https://rail.example/api/lines → any line shut? → post in #control",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Weekdays 08:00 → https://pipes.example/api/valves → any valve stuck open? → email"
        " ops@pipes.example",
        ("0 8 * * 1-5", [H, C, E]),
    ),
    (
        "Daily at 6 → https://water.example/api/mains → any main frozen overnight? → trigger the"
        " on-call webhook",
        ("0 6 * * *", [H, C, W]),
    ),
    (
        "Every 15 minutes → https://gates.example/api/status → any pipe burst? → post in #security",
        ("*/15 * * * *", [H, C, S]),
    ),
    (
        "Daily at 06:45 → https://lifts.example/api/status → any lift shut for high wind? → post"
        " in #piste-patrol",
        ("45 6 * * *", [H, C, S]),
    ),
]
SHUT_STATE_KEPT = [
    (
        "Daily at 06:45 → https://lifts.example/api/status → any lift closed? → post in"
        " #piste-patrol",
        ("45 6 * * *", [H, C, S]),
    ),
    (
        "Daily at 06:45, check https://lifts.example/api/status and if any lift is shut, post in"
        " #piste-patrol",
        ("45 6 * * *", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), LIST_CADENCE)
def test_a_cadence_on_a_lists_last_field_before_the_next_step_is_no_schedule(
    text, context, expected
):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), LIST_CADENCE_KEPT)
def test_a_cadence_that_ends_a_step_is_still_the_schedule(text, expected):
    assert read(text) == expected


def test_a_firm_named_technician_submitting_a_report_is_the_trigger():
    text = (
        "When a Hawkridge Pest Control technician submits a job report, classify the infestation"
        " as rodents, insects or birds, and if it's rodents, make sure the health-and-safety"
        " officer hears about it."
    )
    context = {"availableTools": [E]}
    assert read(text, context) == (None, [CL, C, E])
    assert confidence_of(text, context) >= 0.7
    assert not any("condition" in d for d in doubts_of(text, context))


@pytest.mark.parametrize(("text", "expected"), FIRM_SUBJECT)
def test_a_firm_named_subject_doing_something_is_the_trigger(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), FIRM_SUBJECT_KEPT)
def test_subjects_without_a_firm_or_in_a_state_read_as_before(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), NAMED_HOLD)
def test_a_named_thing_held_until_a_person_has_done_something_waits_for_a_signal(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), NAMED_HOLD_KEPT)
def test_a_named_thing_held_for_a_span_still_waits_for_the_time(text, expected):
    assert read(text) == expected


def test_the_ski_centres_shut_lift_question_is_the_test():
    text = (
        "Cairnmore Ski Centre, daily at 06:45 → https://lifts.cairnmore-ski.example/api/status →"
        " any lift shut for high wind? → post in #piste-patrol + text the lift supervisor via the"
        " SMS webhook"
    )
    assert read(text) == ("45 6 * * *", [H, C, S, W])


@pytest.mark.parametrize(("text", "expected"), SHUT_STATE)
def test_an_irregular_participle_of_a_state_asked_is_the_test(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), SHUT_STATE_KEPT)
def test_states_in_ed_or_with_is_read_as_before(text, expected):
    assert read(text) == expected
