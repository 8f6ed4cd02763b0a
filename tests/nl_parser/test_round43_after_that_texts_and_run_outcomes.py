"""Round 43: "…, and after that <step>", a purpose heading ("Once, for the board pack: …"), a
text message named as the thing sent, "for every X from the <place>" opening a trigger, a run
that "ends in an error", and a phrasal "hand over" that compares nothing."""

import pytest

from tests.nl_parser.reading import confidence_of, read


# "…, and after that <verb> …": the order said in two words, as "then" says it.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Once a passenger books a sunrise balloon ride, email them the weight declaration"
            " form, then hold everything until the pilot gives the weather go-ahead, and after"
            " that text them the launch-field location through the SMS webhook.",
            ["email.send", "wait_for_signal", "webhook.post"],
        ),
        (
            "When an order ships, email the customer the invoice, and after that post the order"
            " in #shipping.",
            ["email.send", "slack.post_message"],
        ),
        (
            "When a vendor submits an invoice, wait until finance approves it, and after that"
            " POST it to the ERP webhook.",
            ["wait_for_signal", "webhook.post"],
        ),
        (
            "whenever a new hire accepts an offer, wait for HR to confirm the start date, after"
            " that email them the onboarding pack.",
            ["wait_for_signal", "email.send"],
        ),
        (
            "When a lab sample is logged, post its barcode in #lab-intake and after that email"
            " the results to lims@example-lab.org.",
            ["slack.post_message", "email.send"],
        ),
    ],
)
def test_after_that_opens_the_next_step(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # "a week after that" is a wait, not the connector
        (
            "When a member joins, email them the welcome pack and, a week after that, email"
            " them a survey.",
            ["email.send", "wait", "email.send"],
        ),
    ],
)
def test_a_span_after_that_stays_a_wait(text, actions):
    assert read(text)[1] == actions


# "Once, for the board pack: …": a one-off marker, then what the run is for; neither a step.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Once, for the board pack: query Salesforce for every opportunity we lost in 2024,"
            " classify the loss reasons into price, features, timing or competitor, and build a"
            " report from that.",
            ["salesforce.query", "classify", "generate_report"],
        ),
        (
            "For the board meeting: pull last quarter's closed deals from Salesforce and"
            " email a summary to cfo@example.com.",
            ["salesforce.query", "summarize", "email.send"],
        ),
        (
            "One-off, for the auditors: fetch the 2023 invoices from"
            " https://billing.example.com/api/invoices and build a report from them.",
            ["http.request", "generate_report"],
        ),
        (
            "Once, for our investor update — query Salesforce for every deal won in March and"
            " post the count in #founders.",
            ["salesforce.query", "slack.post_message"],
        ),
        (
            "for the annual safety audit: get the incident log from"
            " https://safety.example.org/api/incidents and summarize it for safety@example.org.",
            ["http.request", "summarize", "email.send"],
        ),
    ],
)
def test_purpose_heading_is_no_step(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


def test_for_the_ones_is_still_a_subset():
    text = (
        "Classify each ticket as billing or bug; for the billing ones, email billing@example.com."
    )
    assert "check_status" in read(text)[1]


# "send X a text": the message named as an SMS, which the catalog sends by webhook.
@pytest.mark.parametrize(
    ("text", "context", "actions"),
    [
        (
            "Every weekday at 07:55, send the field reps a text with today's scheduled account"
            " visits from the CRM.",
            {"availableTools": ["salesforce.query", "webhook.post", "email.send"]},
            ("55 7 * * 1-5", ["salesforce.query", "webhook.post"]),
        ),
        (
            "When an online prescription order is placed, send the customer a text message.",
            {},
            (None, ["webhook.post"]),
        ),
        (
            "Whenever a table is ready, send the guest an SMS.",
            {},
            (None, ["webhook.post"]),
        ),
        (
            "When a parcel ships, shoot the recipient a quick text.",
            {"availableTools": ["webhook.post", "email.send"]},
            (None, ["webhook.post"]),
        ),
        (
            "Every day at 4pm, send a text to the on-call nurse with tomorrow's rota from"
            " https://rota.example-clinic.org/api/tomorrow.",
            {},
            ("0 16 * * *", ["http.request", "webhook.post"]),
        ),
    ],
)
def test_a_text_named_as_the_thing_sent_goes_by_webhook(text, context, actions):
    assert read(text, context) == actions


def test_a_text_on_teams_is_still_unsupported():
    assert read("When a build fails, send the team a Microsoft Teams message.")[1] == [
        "check_status"
    ]


def test_email_with_the_text_of_a_thing_stays_email():
    text = "When a contract is signed, email legal@example.com the full text of the contract."
    assert read(text)[1] == ["email.send"]


# "For every X from the <place>, …" opening an unscheduled text: items arriving, the trigger.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "For every call transcript from the claims line, tag it as new claim, claim update"
            " or complaint, and email the ones tagged complaint to complaints@example-insure.com.",
            ["classify", "check_status", "email.send"],
        ),
        (
            "For each voicemail from the after-hours line, summarize it and post the summary in"
            " #night-desk.",
            ["summarize", "slack.post_message"],
        ),
        (
            "For every form submission from our website, extract the name and email and POST"
            " them to https://crm.example.com/hooks/leads.",
            ["extract", "webhook.post"],
        ),
        (
            "for each email from the support inbox, classify it as bug or question and post the"
            " bugs in #eng-triage.",
            ["classify", "check_status", "slack.post_message"],
        ),
        (
            "For every photo from the site cameras, tag it as safe or hazard and email the"
            " hazard ones to safety@example-build.com.",
            ["classify", "check_status", "email.send"],
        ),
    ],
)
def test_items_from_a_place_open_the_trigger(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


def test_items_from_a_kind_of_sender_still_pick():
    text = "For each order from a VIP customer, post the order in #vip-desk."
    assert read(text)[1] == ["check_status", "slack.post_message"]


# "ends in an error": a run's outcome said with an ending verb, a failure as "fails" is.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When a 3D print job on the print farm ends in an error, post the printer name in"
            " #print-farm, wait 15 minutes, and if nobody has restarted it by then, email"
            " labtech@example-uniprint.edu.",
            ["check_status", "slack.post_message", "wait", "check_status", "email.send"],
        ),
        (
            "When a nightly backup finishes in failure, email ops@example.com.",
            ["check_status", "email.send"],
        ),
        (
            "Whenever a deploy ends in error, post the commit hash in #deploys.",
            ["check_status", "slack.post_message"],
        ),
        (
            "when a payroll run terminates with an exception, page the payroll webhook.",
            ["check_status", "webhook.post"],
        ),
        (
            "When a render on the farm stops in a crash, text the wrangler through the SMS"
            " webhook.",
            ["check_status", "webhook.post"],
        ),
    ],
)
def test_run_ending_in_an_error_is_a_failure(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


def test_a_run_that_ends_is_only_the_event():
    assert read("When a 3D print job ends, post the printer name in #print-farm.")[1] == [
        "slack.post_message"
    ]


# "when we hand over X": a verb's particle "over", no comparison.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When we hand over a finished kitchen renovation, email the client our care guide;"
            " after 30 days, drop a note in #aftercare to book the snagging visit.",
            ["email.send", "wait", "slack.post_message"],
        ),
        (
            "When the night shift hands over the ward, post the handover notes in #ward-7.",
            ["slack.post_message"],
        ),
        (
            "Whenever a client signs over a vehicle title, email the scan to titles@example.com.",
            ["email.send"],
        ),
        (
            "When a new owner takes over a franchise store, email them the operations manual.",
            ["email.send"],
        ),
        (
            "When an agent turns over a lead to sales, post the lead in #sales-handoffs.",
            ["slack.post_message"],
        ),
    ],
)
def test_phrasal_over_compares_nothing(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


def test_over_a_number_still_tests():
    text = "When an order comes in over $500, post it in #big-orders."
    assert read(text)[1] == ["check_status", "slack.post_message"]
