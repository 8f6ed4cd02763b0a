"""Round 54: fields "needed from" documents (extracted), a race named by its distance in a
trigger ("enters the 10k"), verbless deliveries listed after a trigger ("X to them by email, a
welcome in #ops, and Y pushed to the webhook"), and a source after a label's colon pointing at
its data ("Noon on Fridays: Salesforce → …") with the result routed to two places ("#a + b@x")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

X, E, S, W = "extract", "email.send", "slack.post_message", "webhook.post"
Q, SUM, CS = "salesforce.query", "summarize", "check_status"
CRM = {"availableTools": ["salesforce.query", "slack.post_message", "email.send"]}


def assert_read_well(text, cron, actions, context=None):
    assert read(text, context) == (cron, actions)
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


# "Need the X, Y and Z from each of the CVs": fields wanted from documents are extracted.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Need the name, phone number and forklift licence status from each of the 450 CVs "
            "that came in for the Quickshift Recruitment warehouse roles, then email the lot to "
            "hiring@example-quickshift.co.uk.",
            [X, E],
        ),
        (
            "I need the invoice number and total from every supplier invoice in the inbox, then "
            "post them in #accounts.",
            [X, S],
        ),
        (
            "We'd like the start date and salary out of each of the 30 signed offer letters, and "
            "email the list to hr@example.com",
            [X, E],
        ),
        (
            "we want the policy number and renewal date from all the scanned certificates, then "
            "send them to the renewals webhook",
            [X, W],
        ),
        (
            "I need the pupil's name and allergy notes from each of the 120 consent forms, then "
            "email them to office@example-school.org",
            [X, E],
        ),
    ],
)
def test_fields_needed_from_documents_are_extracted(text, actions):
    assert_read_well(text, None, actions)


# "enters the coldwater harriers 10k": a race named by its distance is no amount tested.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "hey when someone enters the coldwater harriers 10k can u send their detals to the "
            "chip-timing webhook and email them the race-day info",
            [W, E],
        ),
        ("when a runner signs up for the 5k fun run, post their name in #race-crew", [S]),
        ("whenever somebody books the 10km trail race please email them the kit list", [E]),
        (
            "when someone registers for the Riverside half 21k, send their details to the "
            "timing webhook",
            [W],
        ),
        (
            "when a swimmer enters the 2k open water, send their details to the entries webhook "
            "and email them the safety briefing",
            [W, E],
        ),
    ],
)
def test_a_race_named_by_its_distance_is_no_test(text, actions):
    assert_read_well(text, None, actions)


def test_an_amount_on_the_trigger_is_still_a_test():
    assert read("when a deal over 10k closes, post it in #sales") == (None, [CS, S])


# "→ induction pack to them by email, a welcome in #volunteers, and their details pushed to
# the rota webhook": each thing with its place, no verb, is a delivery there.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "New volunteer registers with Northgate Food Bank → induction pack to them by email, "
            "a welcome in #volunteers, and their details pushed to the rota webhook.",
            [E, S, W],
        ),
        (
            "New patient books at Elm Dental → reminder card to them by email, a note in "
            "#front-desk, and their record sent to the PMS webhook.",
            [E, S, W],
        ),
        (
            "When a member joins → the welcome guide to them by email, a shout-out in #members, "
            "plus their details to the CRM webhook.",
            [E, S, W],
        ),
        (
            "Fresh lead from the site form → their info pushed to the sales webhook, a ping in "
            "#leads and a thank-you to them by email",
            [W, S, E],
        ),
        (
            "New booking at the salon → confirmation to them by email, and a heads-up in "
            "#stylists.",
            [E, S],
        ),
    ],
)
def test_verbless_deliveries_listed_are_each_sent(text, actions):
    assert_read_well(text, None, actions)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("New volunteer registers → induction pack to them by email", [E]),
        ("New volunteer registers → their details pushed to the rota webhook", [W]),
        # With verbs, as before.
        (
            "When a volunteer registers, email them the induction pack, post a welcome in "
            "#volunteers and send their details to the rota webhook.",
            [E, S, W],
        ),
    ],
)
def test_near_cases_of_listed_deliveries(text, actions):
    assert read(text) == (None, actions)


# "Noon on Fridays: Salesforce → this week's … → short summary → #front-desk + gm@…".
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Noon on Fridays: Salesforce → this week's closed-won memberships for Ironpeak Gym "
            "→ short summary → #front-desk + gm@example-ironpeakgym.com",
            "0 12 * * 5",
            [Q, SUM, S, E],
        ),
        (
            "daily at 7: CRM → today's renewals for the Northside clinic team → summary → #ops + "
            "ops@example.com",
            "0 7 * * *",
            [Q, SUM, S, E],
        ),
        (
            "Mondays 9am: salesforce -> last week's new leads for the Leeds office -> quick "
            "summary -> #sales and vp@example.com",
            "0 9 * * 1",
            [Q, SUM, S, E],
        ),
        (
            "every Friday at 5pm: pull the open deals from Salesforce → summary → #sales + "
            "cro@example.com",
            "0 17 * * 5",
            [Q, SUM, S, E],
        ),
        (
            "Weekdays 8:30: Salesforce → open cases for the Harbour Street branch → brief "
            "summary → #support & lead@example.com",
            "30 8 * * 1-5",
            [Q, SUM, S, E],
        ),
    ],
)
def test_a_source_after_a_label_points_at_its_data(text, cron, actions):
    assert_read_well(text, cron, actions, CRM)


def test_a_summary_routed_to_one_place_as_before():
    text = "every Friday at noon: Salesforce → this week's closed-won deals → summary → #desk"
    assert read(text, CRM) == ("0 12 * * 5", [Q, SUM, S])
