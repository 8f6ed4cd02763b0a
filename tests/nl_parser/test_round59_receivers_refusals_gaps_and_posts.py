"""Round 59: a receiver picked by a relative clause ("every patient who has not yet confirmed is
to receive a text"), a state recorded with no "as" ("is reported out of order"), a refusal by
someone ("gets declined by the lender"), items from a firm's line, a gapped "go" ("…, routine
ones to #callbacks"), one item compared that should call a webhook, and "the nurse in charge"."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

# "…, and every patient who has not yet confirmed is to receive a reminder text via the SMS
# webhook": a delivery told from the receiver's side ("is to receive", "should get", "gets"),
# the receiver picked by a relative clause, is a step of its own that tests who receives.
RECEIVER_PICKED_BY_A_RELATIVE = [
    (
        "MEMORANDUM — Calderbrook Dental Group, Practice Operations. Effective immediately: "
        "at 07:40 every weekday, tomorrow's appointment list is to be retrieved from "
        "https://diary.example-calderbrookdental.co.uk/api/appointments/tomorrow, and every "
        "patient who has not yet confirmed is to receive a reminder text via the SMS webhook.",
        {"availableTools": ["http.request", "webhook.post"]},
        ("40 7 * * 1-5", ["http.request", "check_status", "webhook.post"]),
    ),
    (
        "At 07:40 every weekday, tomorrow's appointment list is to be retrieved from "
        "https://diary.example-dental.co.uk/api/tomorrow, and every patient who has not yet "
        "confirmed is to receive a reminder text via the SMS webhook.",
        {"availableTools": ["http.request", "webhook.post"]},
        ("40 7 * * 1-5", ["http.request", "check_status", "webhook.post"]),
    ),
    (
        "Every Monday at 9am, the rent ledger is to be pulled from https://ledger.example-"
        "lettings.com/api/rent, and each tenant who hasn't paid is to receive an email "
        "reminder.",
        {},
        ("0 9 * * 1", ["http.request", "check_status", "email.send"]),
    ),
    (
        "Daily at 6pm, fetch the class roster from https://gym.example-fit.com/api/roster, "
        "and every member that has not checked in should get a text through the SMS webhook.",
        {},
        ("0 18 * * *", ["http.request", "check_status", "webhook.post"]),
    ),
    (
        "At 8am on weekdays, pull the volunteer rota from https://rota.example-"
        "foodbank.org/api/shifts, and every volunteer who has not yet replied gets a reminder"
        " in #volunteers.",
        {},
        ("0 8 * * 1-5", ["http.request", "check_status", "slack.post_message"]),
    ),
    (
        "Each Friday at 4pm, the timesheets are to be retrieved from https://hr.example-"
        "corp.com/api/timesheets, and each contractor who hasn't submitted is to get an "
        "email.",
        {},
        ("0 16 * * 5", ["http.request", "check_status", "email.send"]),
    ),
]

# "When a room is reported out of order": a verb of recording with the state it records, "as"
# left out, says which events count ("is reported" alone is the event).
REPORTED_OUT_OF_USE = [
    (
        "When a room at the Bellhaven Inn is reported out of order, drop a note in "
        "#housekeeping and hit the maintenance webhook.",
        {},
        (None, ["check_status", "slack.post_message", "webhook.post"]),
    ),
    (
        "When a lift at Harbour Court is reported out of service, email facilities@example-"
        "harbourcourt.com.",
        {},
        (None, ["check_status", "email.send"]),
    ),
    (
        "Whenever a treadmill is logged out of order at Pulse Gym, post it in #gym-floor.",
        {},
        (None, ["check_status", "slack.post_message"]),
    ),
    (
        "When a product at the Corner Deli gets listed out of stock, ping #buyers on Slack "
        "and email orders@example-cornerdeli.com.",
        {},
        (None, ["check_status", "slack.post_message", "email.send"]),
    ),
    (
        "When a bike at Spokes Hire is reported stolen, hit the insurance webhook.",
        {},
        (None, ["check_status", "webhook.post"]),
    ),
]

# "When a mortgage application gets declined by the lender": a refusal told with who refused
# it is the item's state, a test ("When an expense report is rejected" alone is the event).
REFUSED_BY_SOMEONE = [
    (
        "When a mortgage application at Stonegate Mortgage Brokers gets declined by the "
        "lender, email the client's adviser.",
        {},
        (None, ["check_status", "email.send"]),
    ),
    (
        "When a planning application is turned down by the council, post it in #planning and "
        "email the architect.",
        {},
        (None, ["check_status", "slack.post_message", "email.send"]),
    ),
    (
        "When a visa application gets refused by the embassy, text the applicant through the "
        "SMS webhook.",
        {},
        (None, ["check_status", "webhook.post"]),
    ),
    (
        "Whenever a card payment is declined by the bank, email the customer a link to update"
        " their card.",
        {},
        (None, ["check_status", "email.send"]),
    ),
    (
        "When an insurance claim gets rejected by the underwriter, post it in #claims.",
        {},
        (None, ["check_status", "slack.post_message"]),
    ),
]

# "For each voicemail transcript from the Holloway & Reyes Solicitors out-of-hours line": items
# from one place, however many words its firm's name has, arrive there: the trigger, no test.
ITEMS_FROM_A_FIRMS_LINE = [
    (
        "For each voicemail transcript from the Holloway & Reyes Solicitors out-of-hours "
        "line, classify it as urgent or routine. Urgent messages get texted to the duty "
        "solicitor via the SMS webhook; routine ones are emailed to reception@example-"
        "hollowayreyes.law for the morning.",
        {},
        (None, ["classify", "check_status", "webhook.post", "check_status", "email.send"]),
    ),
    (
        "For every message from the Birchwood Veterinary Group emergency line, classify it as"
        " urgent or routine and post the urgent ones in #vets-on-call.",
        {},
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "For each call transcript to the Harper and Sons Roofing after-hours line, extract "
        "the caller's name and address and email them to office@example-harperroofing.com.",
        {},
        (None, ["extract", "email.send"]),
    ),
    (
        "For every review left on the Old Mill Tea Rooms booking page, classify it as "
        "positive or negative and post the negative ones in #service.",
        {},
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "For each voicemail from the Marsh Lane Dental Practice out-of-hours line, summarize "
        "it and email the summary to frontdesk@example-marshlane.co.uk.",
        {},
        (None, ["summarize", "email.send"]),
    ),
]

# "emergencies go straight to the pager webhook, routine ones to #morning-callbacks": a second
# class sent somewhere, the "go" of the first left out, is a delivery with its own test.
GAPPED_GOING = [
    (
        "Every time a caller leaves a voicemail on the Pebblebrook Plumbing out-of-hours "
        "line, classify it as emergency or routine; emergencies go straight to the on-call "
        "plumber's pager webhook, routine ones to #morning-callbacks.",
        {"availableTools": ["webhook.post", "slack.post_message"]},
        (None, ["classify", "check_status", "webhook.post", "check_status", "slack.post_message"]),
    ),
    (
        "When a support ticket comes in, classify it as urgent or normal; urgent ones go to "
        "#oncall, normal ones to #support-queue.",
        {},
        (
            None,
            [
                "classify",
                "check_status",
                "slack.post_message",
                "check_status",
                "slack.post_message",
            ],
        ),
    ),
    (
        "When an enquiry arrives, sort it into sales or support; sales enquiries go to the "
        "CRM webhook, support enquiries to help@example-widgets.com.",
        {},
        (None, ["classify", "check_status", "webhook.post", "check_status", "email.send"]),
    ),
    (
        "Each time a fault report lands, classify it as critical or minor; critical ones go "
        "straight to the pager webhook and minor ones to #maintenance.",
        {},
        (None, ["classify", "check_status", "webhook.post", "check_status", "slack.post_message"]),
    ),
    (
        "When a review is posted, label it as positive or negative; negative ones go to "
        "#customer-care, and positive ones to #wins.",
        {},
        (
            None,
            [
                "classify",
                "check_status",
                "slack.post_message",
                "check_status",
                "slack.post_message",
            ],
        ),
    ),
]

# "A reading under 1.0 ppm should hit the dosing-pump webhook": one item with a comparison, then
# what it should make the workflow do (a webhook called, as "any … should page …" is), is a test
# and its step.
ONE_ITEM_COMPARED_SHOULD_ACT = [
    (
        "Eastbank Leisure Centre, outdoor lido: every day at 05:30 in July and August, read "
        "the chlorine level from https://plant.example-"
        "eastbankleisure.org.uk/api/lido/chlorine. A reading under 1.0 ppm should hit the "
        "dosing-pump webhook; any other reading just gets posted in #lido-plant.",
        {},
        (
            "30 5 * 7,8 *",
            ["http.request", "check_status", "webhook.post", "check_status", "slack.post_message"],
        ),
    ),
    (
        "Every 10 minutes, read the freezer temperature from https://cold.example-"
        "deli.com/api/freezer. A temperature above -15 should trigger the alarm webhook.",
        {},
        ("*/10 * * * *", ["http.request", "check_status", "webhook.post"]),
    ),
    (
        "Hourly, check https://tanks.example-brewery.com/api/pressure. A pressure over 2 bar "
        "should fire off the relief-valve webhook.",
        {},
        ("0 * * * *", ["http.request", "check_status", "webhook.post"]),
    ),
    (
        "Every 5 minutes, poll https://queue.example-shop.com/api/depth. A depth of more than"
        " 500 should page #ops-oncall.",
        {},
        ("*/5 * * * *", ["http.request", "check_status", "slack.post_message"]),
    ),
    (
        "Every morning at 6, read the soil moisture from https://farm.example-"
        "acres.com/api/moisture. A value below 20% should call the irrigation webhook.",
        {},
        ("0 6 * * *", ["http.request", "check_status", "webhook.post"]),
    ),
]

# "DM the nurse in charge on Slack": the post a person holds says who is told, not which of the
# fetched items go.
POST_HELD_BY_THE_RECEIVER = [
    (
        "St Martha's Hospice — at 07:00, 12:00 and 19:00 every day, read "
        "https://beds.example-stmarthashospice.org.uk/api/occupancy and DM the nurse in "
        "charge on Slack if fewer than 2 beds are free.",
        {},
        ("0 7,12,19 * * *", ["http.request", "check_status", "slack.post_message"]),
    ),
    (
        "Every hour, check https://site.example-build.com/api/crane-wind and email the "
        "engineer in charge if the wind speed is above 40 mph.",
        {},
        ("0 * * * *", ["http.request", "check_status", "email.send"]),
    ),
    (
        "Every 30 minutes, read https://ward.example-hospital.org/api/beds and text the "
        "doctor in charge via the SMS webhook when fewer than 3 beds are left.",
        {},
        ("*/30 * * * *", ["http.request", "check_status", "webhook.post"]),
    ),
]

# Near cases that must keep their reading: the receiver with no relative clause, "is reported"
# with no state, "is rejected" / "is approved by HR" with no refusal by another, the rest after
# a class, one thing made ("a summary should be posted"), a place after "in" that is a state.
UNCHANGED = [
    (
        "Every Monday at 9am, pull the rent ledger from https://ledger.example-"
        "lettings.com/api/rent, and the landlord gets an email.",
        {},
        ("0 9 * * 1", ["http.request", "email.send"]),
    ),
    (
        "When a room at the Bellhaven Inn is reported, drop a note in #housekeeping.",
        {},
        (None, ["slack.post_message"]),
    ),
    (
        "When an expense report is rejected, email the submitter the reason and post it to "
        "#finance-questions.",
        {},
        (None, ["email.send", "slack.post_message"]),
    ),
    (
        "When an offboarding request is approved by HR, email the IT team at it@example.com.",
        {},
        (None, ["email.send"]),
    ),
    (
        "When a ticket comes in, classify it as urgent or routine; urgent ones go to the "
        "pager webhook and everything else to #alerts.",
        {},
        (None, ["classify", "check_status", "webhook.post", "check_status", "slack.post_message"]),
    ),
    (
        "Every day at 9am, read the sales figures from https://shop.example.com/api/sales. A "
        "summary should be posted to #sales.",
        {},
        ("0 9 * * *", ["http.request", "summarize", "slack.post_message"]),
    ),
    (
        "Each morning at 7, pull the duty roster from https://rota.example-"
        "fire.gov/api/roster and email it to the officer in command.",
        {},
        ("0 7 * * *", ["http.request", "email.send"]),
    ),
    (
        "Every day at 8am, fetch the tickets from https://help.example.com/api/tickets and "
        "post the tickets in review to #qa.",
        {},
        ("0 8 * * *", ["http.request", "check_status", "slack.post_message"]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), RECEIVER_PICKED_BY_A_RELATIVE)
def test_a_receiver_picked_by_a_relative_clause_is_tested(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), REPORTED_OUT_OF_USE)
def test_a_state_recorded_without_as_says_which_events(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), REFUSED_BY_SOMEONE)
def test_a_refusal_by_someone_is_a_test(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), ITEMS_FROM_A_FIRMS_LINE)
def test_items_from_a_firms_line_are_the_trigger(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), GAPPED_GOING)
def test_a_second_class_with_its_go_left_out_is_sent(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), ONE_ITEM_COMPARED_SHOULD_ACT)
def test_one_item_compared_that_should_call_a_webhook_is_tested(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), POST_HELD_BY_THE_RECEIVER)
def test_the_post_a_receiver_holds_picks_no_items(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected


# Paraphrases with no unknown names: a right reading carries no doubt and a high confidence.
_CONFIDENT = [
    (text, context)
    for group in (
        RECEIVER_PICKED_BY_A_RELATIVE[1:],
        REPORTED_OUT_OF_USE,
        REFUSED_BY_SOMEONE,
        GAPPED_GOING[1:],
        ONE_ITEM_COMPARED_SHOULD_ACT[1:],
        POST_HELD_BY_THE_RECEIVER,
    )
    for text, context, _ in group
]


@pytest.mark.parametrize(("text", "context"), _CONFIDENT)
def test_right_readings_stay_confident(text, context):
    assert not doubts_of(text, context)
    assert confidence_of(text, context) >= 0.9
